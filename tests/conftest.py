"""What the whole test run shares: the memory a test's runs kept is given back after it.

A run in this process keeps what it loaded for the next one (module-level caches keyed by the
gazetteer, the name index moved out of the garbage collector's sweeps by `gc.freeze`), as a
long run over a corpus should. A test run makes hundreds of runs with as many gazetteers:
each kept about 70 MB through the caches keyed by its gazetteer, and a module of such tests
peaked at 2.6 GB. After each test the caches keyed by a gazetteer are emptied and what was
frozen is handed back to the collector (cheap: the other caches, of words and patterns, stay
for the next test); after each module every cache is emptied and collected. The base's
name index, which no test changes, is read once per file for the whole run.
"""

from __future__ import annotations

import functools
import gc
import inspect
import sys
from pathlib import Path

import pytest


def _geo_caches() -> list[functools._lru_cache_wrapper]:
    """The functools caches at the top level of the geo modules loaded so far."""
    return [value for name, module in list(sys.modules.items())
            if name == "geo" or name.startswith("geo.")
            for value in list(vars(module).values())
            if isinstance(value, functools._lru_cache_wrapper)]


@functools.cache
def _keyed_by_a_gazetteer(cached: functools._lru_cache_wrapper) -> bool:
    """Whether the cached function takes a gazetteer (then each entry keeps one alive)."""
    try:
        return "gazetteer" in inspect.signature(cached.__wrapped__).parameters
    except (TypeError, ValueError):  # no signature to read: emptied to be safe
        return True


@pytest.fixture(autouse=True)
def _gazetteers_let_go_after_each_test():
    yield
    for cached in _geo_caches():
        if _keyed_by_a_gazetteer(cached):
            cached.cache_clear()
    if gc.get_freeze_count():
        gc.unfreeze()  # (the next collection frees what the test's runs left in cycles)


@pytest.fixture(autouse=True, scope="session")
def _base_name_index_read_once_per_file():
    """The base's name index read from its file once for all the in-process runs of the
    test run, as one long run would (each run read its 180 MB again: about a second each),
    and read again when the file is another (rebuilt, damaged, of another cache folder).
    What a run lays over it is made by each run, from its own gazetteer."""
    from geo import recognize

    real = recognize._cached_base_index
    read: dict[Path, tuple[tuple, object]] = {}  # the file: (its state, its index)

    def cached_base_index(plain, cache_dir, progress):
        path = Path(cache_dir) / (f"names-{plain.base_fingerprint}-"
                                  f"{recognize._code_version()}.pickle")
        try:
            stat = path.stat()
        except OSError:  # none yet (or the naming changed): the real thing
            return real(plain, cache_dir, progress)
        state = (stat.st_ino, stat.st_size, stat.st_mtime_ns)
        if read.get(path, (None,))[0] != state:
            for gone in [other for other in read if other == path or not other.exists()]:
                del read[gone]
            read[path] = (state, real(plain, cache_dir, progress))
        return read[path][1]

    patch = pytest.MonkeyPatch()
    patch.setattr(recognize, "_cached_base_index", cached_base_index)
    yield
    patch.undo()
    read.clear()


@pytest.fixture(autouse=True, scope="module")
def _memory_given_back_after_each_module():
    yield
    for cached in _geo_caches():
        cached.cache_clear()
    gc.unfreeze()
    gc.collect()
