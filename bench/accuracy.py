"""Place-resolver accuracy on the shared geoparsing benchmarks, beside the published systems.

    python bench/accuracy.py [--sets LGL GeoVirus GeoWebNews-dev] [--show 20]

Runs `make_map.py` over each set's documents (as a user would) and prints the scorer's
table from ../shared/eval/score.py: the published systems first, this project last.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
SETS = ["LGL", "GeoVirus", "GeoWebNews-dev"]
GOALS = {"LGL": (0.50, 0.85), "GeoVirus": (0.72, 0.85), "GeoWebNews-dev": (0.60, 0.85)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", nargs="+", default=SETS, choices=SETS)
    parser.add_argument("--show", type=int, default=0, help="list N misses and spurious finds")
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "eval")
    args = parser.parse_args()
    if not EVAL.is_dir():
        print(f"no benchmark data at {EVAL}", file=sys.stderr)
        return 2
    for name in args.sets:
        set_dir = EVAL / name
        out = args.out / name
        started = time.perf_counter()
        subprocess.run([sys.executable, str(ROOT / "make_map.py"), "--corpus",
                        str(set_dir / "docs"), "--out", str(out), "--quiet"],
                       check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        seconds = time.perf_counter() - started
        command = [sys.executable, str(EVAL / "score.py"), str(set_dir), str(out / "mentions.csv")]
        if args.show:
            command += ["--show", str(args.show)]
        print(subprocess.run(command, check=True, capture_output=True, text=True).stdout, end="")
        r161, precision = GOALS[name]
        print(f"goal: R161 >= {r161:.2f}, P >= {precision:.2f}; run took {seconds:.1f} s\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
