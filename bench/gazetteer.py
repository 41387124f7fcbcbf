"""Gazetteer speed and memory, each figure printed beside its goal.

    python bench/gazetteer.py              # cold build into a temporary folder, then warm runs
    python bench/gazetteer.py --warm-only  # reuse the default cache ($GEO_CACHE_DIR, ~/.cache/geo)

Each measurement runs in a fresh Python process, so that a load is timed as a user meets it
and the memory figure is that process's peak resident set.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOALS = {"cold build (s)": 30.0, "warm load (s)": 0.5,
         "peak RSS after load and lookups (MB)": 600.0, "lookup, not cached (us)": 50.0}
SAMPLE = 20_000
COMMON = ["Stepanakert", "Khankendi", "Şuşa", "Ganja", "Moscow", "Nagorno-Karabakh", "Baku",
          "Yerevan", "London", "Paris", "Springfield", "Texas", "Gaza Strip", "Kyiv"]


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def child_cold(cache_dir: Path) -> dict:
    from geo.gazetteer import ensure_base

    started = time.perf_counter()
    ensure_base(cache_dir)
    return {"cold build (s)": time.perf_counter() - started, "peak RSS of the build (MB)":
            _peak_rss_mb()}


def child_warm(cache_dir: Path) -> dict:
    started = time.perf_counter()
    from geo.gazetteer import load_gazetteer

    imported = time.perf_counter()
    gazetteer = load_gazetteer(ROOT / "gazetteer", cache_dir=cache_dir)
    loaded = time.perf_counter()
    keys = list(gazetteer.name_keys())
    listed = time.perf_counter()
    sample = random.Random(1).sample(keys, min(SAMPLE, len(keys))) + COMMON
    del keys
    began = time.perf_counter()
    found = sum(len(gazetteer.candidates(k)) for k in sample)
    cold = (time.perf_counter() - began) / len(sample) * 1e6
    began = time.perf_counter()
    for key in sample:
        gazetteer.candidates(key)
    warm = (time.perf_counter() - began) / len(sample) * 1e6
    began = time.perf_counter()
    gazetteer.reverse(39.8177, 46.7528)
    reverse_first = time.perf_counter() - began
    return {
        "import geo.gazetteer (s)": imported - started,
        "warm load (s)": loaded - imported,
        "name_keys(), all (s)": listed - loaded,
        "lookup, not cached (us)": cold,
        "lookup, cached (us)": warm,
        "candidates per lookup": found / len(sample),
        "first reverse() (s)": reverse_first,
        "peak RSS after load and lookups (MB)": _peak_rss_mb(),
    }


def _run_child(mode: str, cache_dir: Path) -> dict:
    result = subprocess.run([sys.executable, __file__, "--child", mode, "--cache-dir",
                             str(cache_dir)], check=True, capture_output=True, text=True,
                            cwd=ROOT)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--warm-only", action="store_true",
                        help="skip the cold build; use the default cache folder")
    parser.add_argument("--child", choices=("cold", "warm"), help=argparse.SUPPRESS)
    parser.add_argument("--cache-dir", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        sys.path.insert(0, str(ROOT))
        measure = child_cold if args.child == "cold" else child_warm
        print(json.dumps(measure(args.cache_dir)))
        return 0

    sys.path.insert(0, str(ROOT))
    from geo.gazetteer import default_cache_dir

    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="geo-bench-") as temporary:
        cache_dir = default_cache_dir() if args.warm_only else Path(temporary)
        if not args.warm_only:
            figures.update(_run_child("cold", cache_dir))
        else:
            _run_child("cold", cache_dir)  # makes sure the default cache is built
        runs = [_run_child("warm", cache_dir) for _ in range(3)]
    # The best of three for times (the machine is shared), the worst for memory.
    for name in runs[0]:
        pick = max if "RSS" in name else min
        figures[name] = pick(run[name] for run in runs)
    width = max(len(name) for name in figures)
    for name, value in figures.items():
        goal = GOALS.get(name)
        verdict = "" if goal is None else f"goal <= {goal:g}  {'ok' if value <= goal else 'MISSED'}"
        print(f"{name:<{width}}  {value:10.3f}  {verdict}")
    return 0 if all(figures[n] <= g for n, g in GOALS.items() if n in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
