"""Values made from installed data, kept in the cache folder for the next run.

Some things a run needs are made from files that change only when a package does (the
offline map's land and towns, the first names the recogniser knows): making them costs a
run tenths of a second that reading a pickle of them does not.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from geo.atomic import write_bytes_atomic

_T = TypeVar("_T")


def kept(cache_dir: Path | None, name: str, key: str, make: Callable[[], _T],
         keep: int = 1) -> _T:
    """`make()`, kept in `cache_dir` as `<name>-<hash of key>.pickle` for the next run
    (the last `keep` of each name); made each time without a cache folder.

    The key must hold all that decides the value (the code that makes it, the versions or
    states of the files it is made from), so that a kept value is what `make()` would give;
    one that cannot be read is made again, never trusted.
    """
    if cache_dir is None:
        return make()
    digest = hashlib.sha1(key.encode()).hexdigest()[:16]
    path = Path(cache_dir) / f"{name}-{digest}.pickle"
    try:
        value = pickle.loads(path.read_bytes())
        os.utime(path)  # (the most recently used are the ones kept)
        return value
    except Exception:  # noqa: BLE001 - none kept, or damaged: made again
        pass
    value = make()
    try:
        write_bytes_atomic(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        others = sorted(Path(cache_dir).glob(f"{name}-*.pickle"),
                        key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in others[keep:]:
            stale.unlink(missing_ok=True)
    except OSError:
        pass  # a cache folder that cannot be written costs the next run the same time
    return value
