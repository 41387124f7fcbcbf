"""The daily loop of issue 23: fix the gazetteer, regenerate the map; timed as a user runs it.

    python bench/daily_loop.py                  # about 5 minutes on 2 cores
    python bench/daily_loop.py --reuse-base     # copy the compiled base instead of timing it
    python bench/daily_loop.py --check          # also compare each edit's map with a whole run

Everything happens in a temporary folder: a copy of gazetteer/ (the project's is never
touched), a cache folder of its own (GEO_CACHE_DIR) and the maps. It prints, beside the
goals of issue 23:

- the first run's one-time build of the base gazetteer (then of the base's name index);
- on the shipped corpus, a regeneration after `gazetteer alias`, then nine more edits
  (alias, move, add, remove), each followed by a regeneration;
- the cache folder's size after those ten edits;
- on 10,000 articles (bench/throughput.py's synthetic corpus, with a made-up name written
  into 20 of them and a village's name into 20 others): a regeneration after an alias of
  the made-up name, and after a move of the village; and how many articles each parsed.

Each regeneration is `make_map.py` in a process of its own, as a user runs it; its seconds
are the process's, start to finish, map included (the map's own share is printed apart).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script
from bench.throughput import source_texts, write_corpus  # noqa: E402

GOAL_SHIPPED_S = 2.0
WAS_SHIPPED_S = 11.4
GOAL_LARGE_S = 5.0
GOAL_CACHE_MB = 300.0
GOAL_BASE_S = 30.0
LARGE = 10_000
NAMED = 20  # articles of the large corpus that name the edited name
MADE_UP = "Zarnavik"  # no place has this name: the alias gives one
MADE_UP_SENTENCE = f"\n\nShelling hit {MADE_UP} on Monday, officials said.\n"
# A village none of whose names the source texts hold (checked), named in 20 articles.
VILLAGES = ("Kajaran", "Meghri", "Tsaghkadzor", "Agarak", "Shinuhayr")
VILLAGE_SENTENCE = "\n\nResidents of {name} fled as shells fell on the village on Monday.\n"
# The shipped corpus's ten edits: (what, gazetteer command); the first is the goal's alias.
SHIPPED_EDITS = [
    ("alias 'Martuni' (2 articles) for Goris", ["alias", "gn:174895", "Martuni"]),
    ("alias a name no article holds", ["alias", "gn:586523", "Gyandzha"]),
    ("move Goris", ["move", "gn:174895", "39.5125", "46.3420"]),
    ("add a village", ["add", "Sahlabad", "--lat", "40.36", "--lon", "46.93", "--kind",
                       "city", "--country", "AZ"]),
    ("alias 'Barda' (2 articles) for Tartar", ["alias", "gn:584871", "Barda"]),
    ("move Ganja", ["move", "gn:586523", "40.6830", "46.3610"]),
    ("remove Goris", ["remove", "gn:174895", "--reason", "bench"]),
    ("add 'Sotk' (1 article)", ["add", "Sotk", "--lat", "40.21", "--lon", "45.95", "--kind",
                                "city", "--country", "AM"]),
    ("move Tartar", ["move", "gn:584871", "40.3420", "46.9316"]),
    ("alias a name no article holds", ["alias", "gn:146970", "Khankendy Town"]),
]


class Run:
    """One make_map.py process: its seconds, what it parsed, the map's share."""

    def __init__(self, seconds: float, output: str):
        self.seconds = seconds
        cache = re.search(r"cache: (\d+) articles from cache, (\d+) parsed", output)
        self.cached, self.parsed = (int(cache[1]), int(cache[2])) if cache else (0, 0)
        timings = re.search(r"^timings \(s\): (.*)$", output, re.MULTILINE)
        stages = dict(re.findall(r"(\w+) ([\d.]+)", timings[1])) if timings else {}
        self.map_seconds = float(stages.get("map", 0.0))
        self.tables_seconds = float(stages.get("write", 0.0))

    def line(self) -> str:
        return (f"{self.seconds:5.1f} s ({self.parsed} parsed, {self.cached} from cache; "
                f"{self.tail()})")

    def tail(self) -> str:
        """What the run spent writing (tables, then the map), outside the gazetteer's loop."""
        return f"tables {self.tables_seconds:.1f} s and map {self.map_seconds:.1f} s of it"


def make_map(corpus: Path, out: Path, gazetteer: Path, env: dict) -> Run:
    command = [sys.executable, str(ROOT / "make_map.py"), "--corpus", str(corpus), "--out",
               str(out), "--gazetteer", str(gazetteer), "--quiet", "--timings"]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=out.parent)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"make_map.py failed:\n{done.stdout}\n{done.stderr}")
    return Run(seconds, done.stdout)


def edit(gazetteer: Path, command: list[str], env: dict) -> None:
    done = subprocess.run([sys.executable, str(ROOT / "make_map.py"), "gazetteer",
                           "--gazetteer", str(gazetteer), *command],
                          capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise SystemExit(f"gazetteer {' '.join(command)} failed:\n{done.stdout}{done.stderr}")


def same_tables(one: Path, other: Path) -> bool:
    names = ("events.csv", "mentions.csv", "unresolved.csv", "events.geojson", "actors.csv",
             "incidents.csv")
    return all((one / n).read_bytes() == (other / n).read_bytes() for n in names)


def megabytes(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def verdict(figure: float, goal: float) -> str:
    """Whether a figure is within its upper bound, judged on the figure itself (not as
    printed: 2.04 s is over a 2 s goal)."""
    return "met" if figure <= goal else "NOT MET"


def build_base(cache: Path, env: dict, reuse: bool) -> float | None:
    """Seconds of the one-time base build, in a process of its own (None: copied)."""
    if reuse:
        from geo.gazetteer import default_cache_dir

        found = sorted(default_cache_dir().glob("gazetteer-base-*.sqlite"))
        if found:
            shutil.copy(found[-1], cache / found[-1].name)
            return None
    code = ("import sys, time; from pathlib import Path; from geo.gazetteer import ensure_base;"
            " t = time.perf_counter(); ensure_base(Path(sys.argv[1])); "
            "print(time.perf_counter() - t)")
    done = subprocess.run([sys.executable, "-c", code, str(cache)], capture_output=True,
                          text=True, env=env, cwd=ROOT, check=True)
    return float(done.stdout.split()[-1])


def village(gazetteer: Path, cache: Path, texts: list[str]) -> tuple[str, str]:
    """(place id, name) of a village none of whose names the source texts hold."""
    from geo.gazetteer import load_gazetteer

    world = load_gazetteer(gazetteer, cache_dir=cache)
    for name in VILLAGES:
        places = world.candidates(name)
        if not places:
            continue
        names = [n for n in world.names_of(places[0].place_id) if len(n) > 3]
        pattern = re.compile("|".join(rf"\b{re.escape(n)}\b" for n in names))
        if not any(pattern.search(text) for text in texts):
            return places[0].place_id, name
    raise SystemExit(f"none of {', '.join(VILLAGES)} is free of the source texts")


def write_large(folder: Path, texts: list[str], name: str) -> tuple[list[Path], list[Path]]:
    """The 10,000 articles, with the made-up name in 20 and the village's in 20 others."""
    write_corpus(folder, texts, LARGE)
    files = sorted(folder.rglob("*.txt"))
    made_up = files[7::LARGE // NAMED][:NAMED]
    villages = files[263::LARGE // NAMED][:NAMED]
    for path, sentence in [*((p, MADE_UP_SENTENCE) for p in made_up),
                           *((p, VILLAGE_SENTENCE.format(name=name)) for p in villages)]:
        with path.open("a", encoding="utf-8") as handle:
            handle.write(sentence)
    return made_up, villages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reuse-base", action="store_true",
                        help="copy the compiled base from $GEO_CACHE_DIR instead of building it")
    parser.add_argument("--check", action="store_true",
                        help="compare the tables after each large edit with a whole new run")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="geo-daily-loop-") as folder:
        root = Path(folder)
        cache, gazetteer = root / "cache", root / "gazetteer"
        cache.mkdir()
        shutil.copytree(ROOT / "gazetteer", gazetteer)
        env = {**os.environ, "GEO_CACHE_DIR": str(cache)}
        print(f"daily loop (issue 23) on {os.cpu_count()} cores, in {folder}", flush=True)

        base_seconds = build_base(cache, env, args.reuse_base)
        first = make_map(ROOT / "corpus", root / "shipped-map", gazetteer, env)
        if base_seconds is None:
            print("base build: not timed (--reuse-base)")
        else:
            print(f"first run: base gazetteer built in {base_seconds:.1f} s (goal <= "
                  f"{GOAL_BASE_S:.0f} s, {verdict(base_seconds, GOAL_BASE_S)}), once; then "
                  f"the map, with the base's name index built once: {first.line()}", flush=True)
        warm = make_map(ROOT / "corpus", root / "shipped-map", gazetteer, env)
        print(f"shipped corpus, nothing changed: {warm.line()}")
        runs = []
        for what, command in SHIPPED_EDITS:
            edit(gazetteer, command, env)
            runs.append(make_map(ROOT / "corpus", root / "shipped-map", gazetteer, env))
            print(f"  after {what:<40} {runs[-1].line()}", flush=True)
        seconds = sorted(run.seconds for run in runs)
        print(f"shipped corpus, regenerate after `gazetteer alias`: {runs[0].seconds:.2f} s "
              f"(goal <= {GOAL_SHIPPED_S:.0f} s, {verdict(runs[0].seconds, GOAL_SHIPPED_S)}; "
              f"was {WAS_SHIPPED_S} s; {runs[0].parsed} "
              f"parsed again; {runs[0].tail()}); over the ten edits median "
              f"{seconds[len(seconds) // 2]:.1f} s, most {seconds[-1]:.1f} s")
        indexes = sorted(p.name for p in cache.glob("names-*.pickle"))
        print(f"cache after 10 edits: {megabytes(cache):.0f} MB (goal <= {GOAL_CACHE_MB:.0f} "
              f"MB, {verdict(megabytes(cache), GOAL_CACHE_MB)}): "
              f"{len(list(cache.glob('gazetteer-base-*.sqlite')))} base, "
              f"{len(indexes)} name index; the map's results cache "
              f"{megabytes(root / 'shipped-map' / '.cache'):.1f} MB", flush=True)

        texts = source_texts()
        place_id, name = village(gazetteer, cache, texts)
        corpus = root / "large"
        write_large(corpus, texts, name)
        cold = make_map(corpus, root / "large-map", gazetteer, env)
        print(f"{LARGE:,} articles, first run: {cold.line()}", flush=True)
        for what, command, named in (
                (f"alias of '{MADE_UP}', which {NAMED} articles hold",
                 ["alias", "gn:584871", MADE_UP], NAMED),
                (f"move of {name} ({place_id}), which {NAMED} articles name",
                 ["move", place_id, "39.15", "46.15"], NAMED)):
            edit(gazetteer, command, env)
            run = make_map(corpus, root / "large-map", gazetteer, env)
            only = "only those" if run.parsed == named else f"not only those {named}"
            print(f"{LARGE:,} articles, regenerate after {what}: {run.seconds:.2f} s (goal <= "
                  f"{GOAL_LARGE_S:.0f} s, {verdict(run.seconds, GOAL_LARGE_S)}); "
                  f"{run.parsed} parsed again ({only}); "
                  f"{run.tail()}", flush=True)
            if args.check:
                fresh = root / "large-fresh"
                shutil.rmtree(fresh, ignore_errors=True)
                make_map(corpus, fresh, gazetteer, env)
                print(f"  tables equal to a whole new run's: "
                      f"{same_tables(root / 'large-map', fresh)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
