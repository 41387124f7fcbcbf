"""What the whole test run shares: its memory is given back after each test module.

A run in this process keeps what it loaded for the next one (module-level caches keyed by the
gazetteer, the name index moved out of the garbage collector's sweeps by `gc.freeze`), as a
long run over a corpus should. A test run makes hundreds of runs with as many gazetteers, and
kept them all: the default run peaked at 4.5 GB. Each module's are dropped when it ends.
"""

from __future__ import annotations

import functools
import gc
import sys

import pytest


@pytest.fixture(autouse=True, scope="module")
def _memory_given_back_after_each_module():
    yield
    for name, module in list(sys.modules.items()):
        if name != "geo" and not name.startswith("geo."):
            continue
        for value in list(vars(module).values()):
            if isinstance(value, functools._lru_cache_wrapper):
                value.cache_clear()
    gc.unfreeze()
    gc.collect()
