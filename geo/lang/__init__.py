"""Language data: the words and phrases each stage reads, one package per language.

As in spaCy's `lang/`, a language is plain data (word lists, phrase patterns, the trigger
table), and the stages that use it (`geo.dates`, `geo.events`) know nothing of any language:
they compile what `language(code)` gives them. Adding a language is adding a package here
with the same names as `geo.lang.en`.
"""

from __future__ import annotations

import importlib
from types import ModuleType

SUPPORTED = ("en",)


def language(code: str) -> ModuleType:
    """The data package of a supported language (an ISO 639-1 code)."""
    if code not in SUPPORTED:
        raise ValueError(f"no language data for {code!r}; supported: {', '.join(SUPPORTED)}")
    return importlib.import_module(f"geo.lang.{code}")
