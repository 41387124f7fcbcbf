"""Whole-pipeline throughput at growing corpus sizes: cold run, warm re-run, memory, stages.

    python bench/throughput.py                 # 1,000 and 10,000 articles
    python bench/throughput.py --full          # and 100,000
    python bench/throughput.py --sizes 2000 --workers 2

For each size it writes a corpus of N articles into a temporary folder (texts drawn in turn
from corpus/ and ../shared/eval/*/docs/*.txt, each with its own id and date), runs
`make_map.py` on it as a user would (a separate process, map included) and prints the
articles/s and MB/s of the cold run (its articles never parsed before; the gazetteer's
compiled indexes made beforehand, as the first run after a gazetteer change makes them),
the seconds of a warm re-run after adding 10 articles,
the peak resident memory of the largest process, and the share of each stage. The peer is
spaCy's small English model with only its NER running, over the same texts: it finds entity
spans and resolves nothing, a lower bound on a geoparser built on it.

Goals on the 2-core machine this was written on: cold >= 600 articles/s at 10,000
articles; warm re-run with 10 new articles <= 3 s; peak memory < 1.5 GB at 100,000.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script
from bench.resolver import spacy_ner  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
GOAL_COLD = 600.0
GOAL_WARM_S = 3.0
GOAL_MEMORY_MB = 1500.0
STAGES = ("read", "recognise", "resolve", "events", "write", "map")
# Runs make_map.py and reports the peak memory of the largest process under it.
_MEASURE = ("import resource, subprocess, sys; code = subprocess.call(sys.argv[1:]); "
            "print('maxrss', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); "
            "sys.exit(code)")


def source_texts() -> list[str]:
    from geo.corpus import read_corpus
    from geo.model import Article

    texts = [item.text[item.body_start:] for item in read_corpus(ROOT / "corpus")
             if isinstance(item, Article)]
    texts += [path.read_text(encoding="utf-8") for path in sorted(EVAL.glob("*/docs/*.txt"))]
    return [text for text in texts if text.strip()]


def write_corpus(folder: Path, texts: list[str], count: int, first: int = 0) -> int:
    """`count` articles named and dated apart, in folders of 1,000; their bytes."""
    rng = random.Random(first)
    written = 0
    for number in range(first, first + count):
        day = f"{2015 + rng.randrange(10)}-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}"
        text = f"---\ntitle: Article {number}\ndate: {day}\n---\n{texts[number % len(texts)]}"
        path = folder / f"{number // 1000:04d}" / f"article-{number:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        path.write_bytes(data)
        written += len(data)
    return written


def make_map(corpus: Path, out: Path, workers: int) -> dict:
    """One run as a user would make it: its seconds, peak memory, stage seconds, summary."""
    command = [sys.executable, "-c", _MEASURE, sys.executable, str(ROOT / "make_map.py"),
               "--corpus", str(corpus), "--out", str(out), "--quiet", "--timings",
               "--workers", str(workers)]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"make_map.py failed:\n{done.stdout}\n{done.stderr}")
    line = re.search(r"^timings \(s\): (.*)$", done.stdout, re.MULTILINE)[1]
    stages = dict(re.findall(r"(\w+) ([\d.]+)", line))
    cache = re.search(r"cache: (\d+) articles from cache, (\d+) parsed", done.stdout)
    return {"seconds": seconds, "memory_mb": int(re.search(r"maxrss (\d+)", done.stdout)[1]) / 1024,
            "stages": {k: float(v) for k, v in stages.items()},
            "cached": int(cache[1]), "parsed": int(cache[2])}


def prepare_indexes(texts: list[str], workers: int) -> float:
    """Seconds of one run over a single article, which compiles the gazetteer and the name
    index into the cache folder if they are missing or stale (after a gazetteer edit or on
    a fresh machine): a one-time cost, kept out of the cold runs, which time articles."""
    with tempfile.TemporaryDirectory(prefix="geo-throughput-") as folder:
        corpus = Path(folder, "corpus")
        write_corpus(corpus, texts, 1)
        return make_map(corpus, Path(folder, "maps"), workers)["seconds"]


def spacy_peer(texts: list[str], count: int) -> tuple[float, float] | None:
    """spaCy NER over the first `count` generated texts: articles/s and MB/s, or None."""
    nlp = spacy_ner()
    if nlp is None:
        return None
    sample = [texts[n % len(texts)] for n in range(count)]
    nlp.max_length = max(nlp.max_length, max(len(t) for t in sample) + 1)
    list(nlp.pipe(sample[:5]))
    started = time.perf_counter()
    for _ in nlp.pipe(sample, batch_size=32):
        pass
    seconds = time.perf_counter() - started
    megabytes = sum(len(t.encode("utf-8")) for t in sample) / 1e6
    return count / seconds, megabytes / seconds


def bench_size(size: int, texts: list[str], workers: int) -> None:
    with tempfile.TemporaryDirectory(prefix="geo-throughput-") as folder:
        corpus, out = Path(folder, "corpus"), Path(folder, "maps")
        megabytes = write_corpus(corpus, texts, size) / 1e6
        cold = make_map(corpus, out, workers)
        write_corpus(corpus, texts, 10, first=size)
        warm = make_map(corpus, out, workers)
    rate = size / cold["seconds"]
    total = sum(cold["stages"].values()) or 1.0
    shares = ", ".join(f"{stage} {100 * cold['stages'].get(stage, 0.0) / total:.0f}%"
                       for stage in STAGES)
    print(f"{size:>7,} articles, {megabytes:6.1f} MB, {workers} worker(s): "
          f"cold {cold['seconds']:6.1f} s = {rate:5.0f} articles/s, "
          f"{megabytes / cold['seconds']:.2f} MB/s, peak {cold['memory_mb']:.0f} MB")
    print(f"         stages (cold, parsing summed over workers): {shares}")
    print(f"         warm re-run with 10 new articles: {warm['seconds']:.2f} s "
          f"({warm['cached']} from cache, {warm['parsed']} parsed), "
          f"peak {warm['memory_mb']:.0f} MB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--full", action="store_true", help="also 100,000 articles")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                        help="--workers for make_map.py (default: this machine's cores)")
    parser.add_argument("--peer-articles", type=int, default=500,
                        help="articles spaCy's NER is timed on (default 500)")
    args = parser.parse_args()
    sizes = [*args.sizes, *([100_000] if args.full else [])]
    texts = source_texts()
    print(f"{len(texts)} source texts from corpus/ and {EVAL}/*/docs")
    print(f"gazetteer and name index compiled (or found current) beforehand, not counted: "
          f"{prepare_indexes(texts, args.workers):.1f} s")
    for size in sizes:
        bench_size(size, texts, args.workers)
    peer = spacy_peer(texts, args.peer_articles)
    if peer is None:
        print("spaCy NER: not installed (pip install -e '.[bench]'); no peer figure")
    else:
        print(f"peer, spaCy en_core_web_sm NER only, one process, {args.peer_articles} "
              f"articles: {peer[0]:.0f} articles/s, {peer[1]:.2f} MB/s")
    print(f"goals: cold >= {GOAL_COLD:.0f} articles/s at 10,000; warm re-run <= "
          f"{GOAL_WARM_S:.0f} s; peak < {GOAL_MEMORY_MB:.0f} MB at 100,000")
    return 0


if __name__ == "__main__":
    sys.exit(main())
