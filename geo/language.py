"""Which language an article is written in, offline.

The model is py3langid's (langid.py's naive Bayes over byte n-grams, shipped inside the
package: nothing is downloaded). It reads the title and the first `SAMPLE_CHARS` characters
of the body, which settle a news article's language; the rest would only cost time.

Most of what geo reads is English, so an article whose sample is mostly made of English's
commonest words is English without running the model, at a tenth of its cost (the model
then decides only the articles that are not plainly English).

Among the model's languages only those with a written press of their own are candidates:
pidgins, creoles, dead and constructed languages are left out, so that a two-line English
report from Nigeria is not taken for Nigerian Pidgin ("pcm"), nor a Latin-looking list of
names for Latin.

Where the model is unsure (its probability below `MIN_CONFIDENCE`: a two-line report made
mostly of names), or the text is too short (fewer than `MIN_LETTERS` letters) and the model
gives a language of another script than its letters', the script decides: Armenian letters
are Armenian, Cyrillic Russian (of the languages written in Cyrillic, the one the conflicts
geo maps are most reported in), Georgian Georgian, and Latin letters the default, English.
"""

from __future__ import annotations

import hashlib
import io
import lzma
import re
import unicodedata
from functools import cache
from pathlib import Path

import numpy as np

from geo.atomic import atomic_open

DEFAULT = "en"
SAMPLE_CHARS = 1000
MIN_LETTERS = 40
MIN_CONFIDENCE = 0.5  # the model's probability, below which its script decides

# The model's languages that are not candidates: pidgins and creoles of another candidate's
# words, dead and constructed languages, regional varieties whose press writes the standard
# language (Moroccan and Egyptian Arabic, Cantonese, Ligurian...), and "zxx" (no language).
_NOT_CANDIDATES = frozenset(
    "pcm gcf gcr ht la grc hbo eo vo ary arz wuu yue uzs sdh lij vec wa ext an ltg "
    "zxx".split())

# English's commonest words that other languages written in Latin letters rarely use as
# words of their own ("in", "a", "to", "is", "was", "on", "die" are words of other languages).
_ENGLISH_WORDS = frozenset(
    "the of and that for with said from has have were which this by his their are its "
    "been would will who after they".split())
# Of the sample's words: English news runs at 0.18 to 0.30, a terse report of names and
# numbers ("On 4 June 2021, gunmen fired two mortar rounds at the police post of Kilisar")
# at 0.06 and more; other languages written in Latin letters at 0.02 and less.
_ENGLISH_SHARE = 0.08
_ENGLISH_MIN_WORDS = 20
_LATIN_WORD = re.compile(r"[a-z]+")

# A script's language when the text is too short for the model.
_SCRIPT_LANGUAGE = {"ARMENIAN": "hy", "CYRILLIC": "ru", "GEORGIAN": "ka", "ARABIC": "ar",
                    "HEBREW": "he", "GREEK": "el"}
_LANGUAGE_SCRIPT = {lang: script for script, lang in _SCRIPT_LANGUAGE.items()}


def detect(text: str) -> str:
    """The ISO 639-1 code (or ISO 639-3 where the language has none) of the text's
    language; English for a text without letters."""
    sample = text[:SAMPLE_CHARS]
    if _plainly_english(sample):
        return DEFAULT
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return DEFAULT
    script = _script(letters)
    guess, confidence = _identifier().classify(sample)
    if confidence < MIN_CONFIDENCE or len(letters) < MIN_LETTERS and (
            _LANGUAGE_SCRIPT.get(guess, "LATIN") != script):
        return _SCRIPT_LANGUAGE.get(script, DEFAULT)
    return guess


def article_language(title: str, body: str) -> str:
    """The language of an article, from its title and the beginning of its body."""
    head = f"{title}\n{body[:SAMPLE_CHARS]}" if title and not body.startswith(title) else body
    return detect(head)


def _plainly_english(sample: str) -> bool:
    words = _LATIN_WORD.findall(sample.lower())
    if len(words) < _ENGLISH_MIN_WORDS:
        return False
    return sum(word in _ENGLISH_WORDS for word in words) >= _ENGLISH_SHARE * len(words)


def _script(letters: list[str]) -> str:
    """The script most of the letters are written in ("LATIN", "CYRILLIC", ...)."""
    counts: dict[str, int] = {}
    for letter in letters[:200]:
        name = unicodedata.name(letter, "")
        script = name.split(" ", 1)[0] if name else ""
        counts[script] = counts.get(script, 0) + 1
    return max(counts, key=counts.get) if counts else ""


# The folder where an uncompressed copy of the model is kept, once `keep_model_in` names it.
_MODEL_FOLDER: list[Path] = []


def keep_model_in(cache_dir: Path) -> None:
    """Read the model from an uncompressed copy of it in `cache_dir` (made there the first
    time): the package ships it compressed with LZMA (68 MB as 4.4), and decompressing it
    cost each process that parses articles 0.6 s, its largest cost after the name index.
    The copy holds the very same arrays, so every answer is the same."""
    _MODEL_FOLDER[:] = [Path(cache_dir)]


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    model = _uncompressed_model(_MODEL_FOLDER[0]) if _MODEL_FOLDER else None
    if model is None:
        identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        identifier.set_languages(_candidates(identifier.nb_classes))
        return identifier
    ptc, pc, classes, nextmove, row, output = model
    return LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)


def _candidates(classes: list[str]) -> list[str]:
    return [code for code in dict.fromkeys(classes) if code not in _NOT_CANDIDATES]


# The arrays of the model's copy, each a file of its own that is mapped into memory rather
# than read: the few rows a sample's n-grams touch are all that is ever read from the disk,
# and the processes that parse articles share one copy in memory.
_MODEL_ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")


def _uncompressed_model(folder: Path) -> tuple | None:
    """The model's arrays as `LanguageIdentifier` takes them, already restricted to the
    candidates (what `set_languages` would make of the package's), from the copy in
    `folder`, written first if missing; None if it cannot be had, and the package's copy is
    read instead. Copies of other versions of the model (or of the candidates) are removed."""
    from py3langid import langid

    source = Path(langid.__file__).parent / langid.MODEL_FILE
    try:
        stat = source.stat()
        excluded = hashlib.sha1(" ".join(sorted(_NOT_CANDIDATES)).encode()).hexdigest()[:8]
        stem = f"langid-{stat.st_size}-{stat.st_mtime_ns}-{excluded}"
        paths = {name: folder / f"{stem}.{name}.npy" for name in _MODEL_ARRAYS}
        if not all(path.exists() for path in paths.values()):
            _write_model_copy(source, paths)
            for stale in folder.glob("langid-*"):
                if not stale.name.startswith(stem + "."):
                    stale.unlink(missing_ok=True)
        array = {name: np.load(path, mmap_mode="r", allow_pickle=False)
                 for name, path in paths.items()}
        return (array["ptc"], array["pc"], array["classes"].tolist(),
                memoryview(array["nextmove"]), array["nextmove_row"].tolist(),
                array["out_feat"].tolist())
    except (OSError, ValueError, KeyError, EOFError, lzma.LZMAError):
        return None  # a copy that cannot be written or read: the package's is read


def _write_model_copy(source: Path, paths: dict[str, Path]) -> None:
    """The package's model, restricted to the candidates as `set_languages` restricts it,
    one `.npy` file an array."""
    with lzma.open(source) as compressed:
        unpacked = io.BytesIO(compressed.read())
    with np.load(unpacked, allow_pickle=False) as data:
        model = {name: data[name] for name in _MODEL_ARRAYS}
    classes = model["classes"].tolist()
    candidates = set(_candidates(classes))
    keep = [i for i, code in enumerate(classes) if code in candidates]
    model["ptc"] = np.ascontiguousarray(model["ptc"][:, keep])
    model["pc"], model["classes"] = model["pc"][keep], model["classes"][keep]
    for name, path in paths.items():
        with atomic_open(path, "wb") as copy:
            np.save(copy, np.ascontiguousarray(model[name]), allow_pickle=False)
