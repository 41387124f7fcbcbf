"""Language data: the words and phrases each stage reads, one package per language.

As in spaCy's `lang/`, a language is plain data (word lists, phrase patterns, the trigger
table), and the stages that use it (`geo.dates`, `geo.events`) know nothing of any language:
they compile what `language(code)` gives them. Adding a language is adding a package here
with the same names as `geo.lang.en`.

A package may hold only part of a language: its calendar (`dates`), its event words
(`triggers` and `words`), its actor words (`actors`). `supports(code, part)` says which; a
stage whose part a language lacks leaves the language's articles alone rather than read them
with another language's words.
"""

from __future__ import annotations

import importlib
from functools import cache
from types import ModuleType

# Every language with a package here, and what each package holds.
SUPPORTED = ("en", "ru", "tr", "az", "fr", "es", "de", "hy")
PARTS = {"dates": ("dates",), "events": ("triggers", "words"), "actors": ("actors",)}


def language(code: str) -> ModuleType:
    """The data package of a supported language (an ISO 639-1 code)."""
    if code not in SUPPORTED:
        raise ValueError(f"no language data for {code!r}; supported: {', '.join(SUPPORTED)}")
    return importlib.import_module(f"geo.lang.{code}")


@cache
def supports(code: str, part: str) -> bool:
    """Whether geo has a language's data for a part: "dates", "events" or "actors"."""
    if code not in SUPPORTED:
        return False
    package = language(code)
    return all(hasattr(package, module) for module in PARTS[part])


@cache
def language_name(code: str) -> str:
    """A language's English name ("Russian" for "ru"), else its code."""
    import pycountry

    found = pycountry.languages.get(alpha_2=code) if len(code) == 2 else \
        pycountry.languages.get(alpha_3=code)
    return found.name if found is not None else code
