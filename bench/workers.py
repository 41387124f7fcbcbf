"""Where parsing on all cores starts to pay: one process against --workers N, by corpus size.

    python bench/workers.py                          # 8 to 512 articles, 3 runs each
    python bench/workers.py --sizes 32 64 --runs 5

For each size it writes a corpus of that many articles (bench/throughput.py's texts, each
with its own id and date), then times cold runs of `make_map.py` (a separate process, the
map included, `--rebuild` so every article is parsed) with `--workers 1` and with
`--workers N` (this machine's cores), alternating, on the warm gazetteer cache. It prints
the median seconds of each and the smallest size from which the workers are faster at it
and at every larger size: what `--workers auto` should start the workers at
(`geo.cli.AUTO_WORKERS_FROM`). Starting a worker costs loading the gazetteer and the name
index in it, so the crossover is measured, not guessed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script
from bench.throughput import source_texts, write_corpus  # noqa: E402


def timed_run(corpus: Path, out: Path, workers: int) -> float:
    """Seconds of one cold run as a user would make it."""
    command = [sys.executable, str(ROOT / "make_map.py"), "--corpus", str(corpus), "--out",
               str(out), "--quiet", "--rebuild", "--workers", str(workers)]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"make_map.py failed:\n{done.stdout}\n{done.stderr}")
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[8, 16, 32, 64, 128, 256, 512])
    parser.add_argument("--runs", type=int, default=3, help="runs of each setting (median)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                        help="the many-process setting (default: this machine's cores)")
    args = parser.parse_args()
    texts = source_texts()
    print(f"{os.cpu_count()} cores; --workers 1 against --workers {args.workers}, "
          f"median of {args.runs} cold runs each")
    faster: list[tuple[int, bool]] = []
    with tempfile.TemporaryDirectory(prefix="geo-workers-") as folder:
        out = Path(folder, "maps")
        timed_run(Path(ROOT, "corpus"), out, 1)  # the gazetteer and name index warm
        for size in args.sizes:
            corpus = Path(folder, f"corpus-{size}")
            write_corpus(corpus, texts, size)
            one: list[float] = []
            many: list[float] = []
            for _ in range(args.runs):
                one.append(timed_run(corpus, out, 1))
                many.append(timed_run(corpus, out, args.workers))
            a, b = statistics.median(one), statistics.median(many)
            faster.append((size, b < a))
            print(f"{size:>6} articles: 1 process {a:6.2f} s, {args.workers} workers "
                  f"{b:6.2f} s ({a / b:4.2f}x)", flush=True)
    from_size = next((size for n, (size, _) in enumerate(faster)
                      if all(win for _, win in faster[n:])), None)
    print(f"crossover: the workers are faster from {from_size} articles on"
          if from_size is not None else "crossover: the workers were never faster")
    return 0


if __name__ == "__main__":
    sys.exit(main())
