"""Read a folder of articles, whatever form they were saved in, into `Article` values.

Every file becomes either articles or a `Skipped` with a one-line reason, so that one bad
file never stops a run and the user learns what was left out. Files are read one at a time
(records of .jsonl and .csv files one line at a time), so a corpus larger than memory is
fine, and no file can make a run hang or take unbounded memory: only regular files inside
the corpus are opened (not a FIFO, a device or a link leading elsewhere), a whole-file
format is read only up to MAX_FILE_BYTES and a record of a streamed one up to
MAX_RECORD_CHARS. For .txt and .md files `Article.text` is the decoded file exactly as read,
so offsets found later point into the user's own file.
"""

from __future__ import annotations

import codecs
import csv
import html as html_entities
import itertools
import json
import os
import re
import stat
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import TextIO

import yaml
from charset_normalizer import from_bytes
from dateutil import parser as date_parser

from geo.model import Article
from geo.settings import SETTINGS_FILE

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".csv")

# Bounds on what one input may cost. A file of a whole-file format (.txt, .md, .html, .json)
# is held in memory while it is read, a .jsonl line or a .csv row is: at most about 6 times
# its size for text, 20 times for a web page (lxml's tree, or the plain reading's pieces).
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_RECORD_CHARS = 50 * 1024 * 1024
# trafilatura's time grows faster than the page (34 s for 600,000 tags): a page with more
# tags than this is read by the plain extractor, which costs time in proportion to it.
TRAFILATURA_MAX_TAGS = 100_000
_FRONT_MATTER_CHARS = 64 * 1024  # YAML front matter longer than this is not parsed
_DATE_CHARS = 100  # a date value longer than this is no date

_SAMPLE_BYTES = 256 * 1024  # enough to tell an encoding; huge files are not sniffed whole
_TITLE_CHARS = 200
_METADATA_KEYS = ("title", "date", "url", "source")
_MB = 1024 * 1024


@dataclass(frozen=True)
class Skipped:
    """A file, or one record of a file, that gave no article, and why."""

    path: str  # relative to the corpus root
    reason: str  # one line


def read_corpus(root: Path | str) -> Iterator[Article | Skipped]:
    """Every article under `root`, in the sorted order of the files' relative paths.

    Hidden files and folders are ignored, and so is the settings file at its top (geo.toml).
    An id met a second time (`a.txt` beside `a.md`)
    gets a `~2` suffix, since ids name output rows and gold files.
    """
    root = Path(root)
    if root.is_file():
        yield from read_file(root, root.parent)
        return
    if not root.is_dir():
        raise FileNotFoundError(f"{root}: no such folder of articles")
    unique = UniqueIds()
    for relative, problem in corpus_files(root):
        if problem:
            yield Skipped(path_label(relative), problem)
            continue
        for item in read_file(root / relative, root):
            if isinstance(item, Article) and unique(item.article_id) != item.article_id:
                item = replace(item, article_id=unique.last)
            yield item


def read_file(path: Path, root: Path) -> Iterator[Article | Skipped]:
    """The articles of one file (several for .jsonl, .csv and .json lists)."""
    raw_relative = Path(os.path.relpath(path, root)).as_posix()
    relative = path_label(raw_relative)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        kind = suffix or "(no extension)"
        yield Skipped(relative, f"unsupported file type {kind}")
        return
    stem = relative[: len(relative) - len(path.suffix)]
    name_note = () if relative == raw_relative else (
        "a file name that is not UTF-8 (its bytes shown as \\x escapes)",)
    try:
        problem = _not_readable(path, root, whole=suffix not in (".jsonl", ".csv"))
        if problem:
            yield Skipped(relative, problem)
            return
        if suffix in (".jsonl", ".csv"):
            decoding = _stream_decoding(path)
            if decoding is None:
                yield Skipped(relative, "binary file: not text in any known encoding")
                return
            records = _jsonl_articles if suffix == ".jsonl" else _csv_articles
            items: Iterable[Article | Skipped] = records(path, decoding, relative, stem)
        else:
            items = _whole_file_articles(path.read_bytes(), suffix, relative, stem)
        for item in items:
            if isinstance(item, Article):
                item = _writable(item)
                if name_note:
                    item = replace(item, notes=(*item.notes, *name_note))
            else:  # a reason may quote the file (a CSV's column names)
                item = replace(item, reason=_LONE_SURROGATE.sub("\ufffd", item.reason))
            yield item
    except OSError as error:
        yield Skipped(relative, f"unreadable: {error.strerror or error}")


def path_label(relative: str) -> str:
    """The corpus-relative path as outputs and the cache name it.

    A file name that is not valid UTF-8 comes from the OS with its bad bytes as lone
    surrogates, which no UTF-8 file or database can hold: they are shown as `\\xe9`.
    """
    return relative.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _not_readable(path: Path, root: Path, *, whole: bool) -> str:
    """Why this file must not be opened, or "" when it can be.

    A FIFO would block the run for ever and a device (a link to /dev/zero) never ends; a link
    that leads out of the corpus would put a file the user never meant to share (/etc/passwd)
    on the map; a whole-file format larger than MAX_FILE_BYTES would be held in memory.
    """
    target = os.path.realpath(path)
    if not _inside(target, os.path.realpath(root)):
        return f"a link to {target}, outside the corpus: not followed"
    status = path.stat()  # follows links; a loop or a missing target raises OSError
    if not stat.S_ISREG(status.st_mode):
        return f"not a regular file but {_file_kind(status.st_mode)}"
    if whole and status.st_size > MAX_FILE_BYTES:
        return (f"too large: {status.st_size / _MB:,.0f} MB, more than the "
                f"{MAX_FILE_BYTES // _MB} MB a file may have")
    return ""


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _file_kind(mode: int) -> str:
    kinds = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
             (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"),
             (stat.S_ISDIR, "a folder"))
    return next((kind for test, kind in kinds if test(mode)), "a special file")


def corpus_files(root: Path) -> list[tuple[str, str]]:
    """(relative path, problem) for every visible file but the corpus's own settings file
    (geo.toml, see `geo.settings`); a folder seen twice is read once.

    Folder symlinks inside the corpus are followed, but a folder whose real path was already
    walked is not entered again, so a link back to an ancestor cannot loop; a folder link
    that leads out of the corpus is reported, not followed. (Paths are the OS's: see
    `path_label` for the name to show.)
    """
    found: list[tuple[str, str]] = []
    visited: set[str] = set()
    real_root = os.path.realpath(root)

    def relative_of(path: str) -> str:
        return Path(os.path.relpath(path, root)).as_posix()

    def unreadable(error: OSError) -> None:
        found.append((relative_of(error.filename), f"unreadable folder: {error.strerror or error}"))

    for folder, dirs, files in os.walk(root, followlinks=True, onerror=unreadable):
        real = os.path.realpath(folder)
        if real in visited:
            dirs[:] = []
            continue
        visited.add(real)
        kept = []
        for name in sorted(name for name in dirs if not name.startswith(".")):
            target = os.path.realpath(os.path.join(folder, name))
            if _inside(target, real_root):
                kept.append(name)
            else:
                found.append((relative_of(os.path.join(folder, name)),
                              f"a link to the folder {target}, outside the corpus: not followed"))
        dirs[:] = kept
        # (The folder's relative path once, its files' by joining their names to it: a
        # `relpath` per file costs more than reading a small file.)
        inside = relative_of(folder)
        for name in files:
            if not name.startswith(".") and not (name == SETTINGS_FILE and real == real_root):
                found.append((name if inside == "." else f"{inside}/{name}", ""))
    return sorted(found)


class UniqueIds:
    """Gives an id met again in the corpus a `~2`, `~3`... suffix, in corpus order."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}
        self.last = ""  # the id given by the last call

    def __call__(self, article_id: str) -> str:
        count = self._seen.get(article_id, 0) + 1
        self._seen[article_id] = count
        self.last = article_id if count == 1 else f"{article_id}~{count}"
        return self.last

    def peek(self, article_ids: list[str]) -> list[str]:
        """The ids these would be given next, without giving them."""
        counts: dict[str, int] = {}
        given = []
        for article_id in article_ids:
            counts[article_id] = counts.get(article_id, self._seen.get(article_id, 0)) + 1
            count = counts[article_id]
            given.append(article_id if count == 1 else f"{article_id}~{count}")
        return given


def file_signature(path: Path) -> str:
    """Size and modification time: what tells, without reading it, that a file is unchanged.

    Empty for a file modified in the last seconds, whose next change could keep the same
    time stamp (git's "racy" files): such a file is read again on the next run.
    """
    try:
        status = path.stat()
    except OSError:
        return ""
    if time.time() - status.st_mtime < 2.0:
        return ""
    return f"{status.st_size}:{status.st_mtime_ns}:{status.st_ino}"


# --- decoding --------------------------------------------------------------------------
#
# UTF-8 is read wherever it is valid. Bytes that are not UTF-8 are read in a legacy
# single-byte encoding (Windows-1252 unless the bytes say otherwise), so that a file pasted
# together from two sources keeps both halves readable, and a file in a multi-byte legacy
# encoding (Shift-JIS...) is read in it whole. NUL bytes alone do not make a file binary:
# UTF-16 and UTF-32 without a BOM are told by where their NULs fall, and a UTF-8 text with a
# few NULs (a write cut short) is text.

_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")  # a byte surrogateescape could not decode
_DECODED_NON_ASCII = re.compile("[\x80-\udc7f\udd00-\U0010ffff]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _encoding_of(sample: bytes) -> str | None:
    """The encoding to read these bytes with, or None when they are not text."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in sample:
        return _wide_encoding(sample) or ("utf-8" if _utf8_text_with_nuls(sample) else None)
    try:
        # not final: a sample may end inside a multi-byte character
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    legacy = _legacy_encoding(sample)
    if legacy is None:
        # charset-normalizer finds no one encoding for a file pasted together from two: UTF-8
        # text with a few bytes of another is still text (`_mend` reads them)
        text = sample.decode("utf-8", "surrogateescape")
        if _looks_like_text(text):
            return "utf-8"
    return legacy


def _wide_encoding(sample: bytes) -> str | None:
    """UTF-16 or UTF-32 without a BOM, or None. Every Latin letter, space and digit has NUL
    bytes in them; charset-normalizer tells them from binary data and from UTF-8 with a few
    stray NULs (asked only when NULs are not that few: it takes a moment)."""
    if sample.count(0) < len(sample) // 50:
        return None
    best = from_bytes(sample).best()
    encoding = best.encoding.replace("_", "-") if best is not None else ""
    return encoding if encoding in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be") \
        else None


def _utf8_text_with_nuls(sample: bytes) -> bool:
    try:
        text = codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
    except UnicodeDecodeError:
        return False
    return _looks_like_text(text.replace("\x00", ""))


def _looks_like_text(text: str) -> bool:
    """Some words and hardly any control characters (binary data decodes to many)."""
    controls = len(text) - len(_CONTROL.sub("", text))
    return bool(text.strip()) and controls <= len(text) // 50


def _legacy_encoding(sample: bytes) -> str | None:
    """Guess a pre-Unicode encoding; Windows-1252, then Windows-1251, wins a tie.

    charset-normalizer often finds several single-byte code pages equally plausible for a
    short Western text and then names Windows-1250, which turns "à" into "ŕ" (and for a short
    Russian one Mac Cyrillic, which turns "О" into "ќ"). Old news files are far more often
    Latin-1 / Windows-1252 or Windows-1251, so these are preferred whenever they are among
    the least chaotic readings.
    """
    matches = from_bytes(sample)
    best = matches.best()
    if best is None:
        return None
    calmest = [match for match in matches if match.chaos <= best.chaos]
    for preferred in ("cp1252", "cp1251"):
        if any(preferred in match.could_be_from_charset for match in calmest):
            return preferred
    return best.encoding


@cache
def _single_byte(encoding: str) -> bool:
    """One character per byte (cp1252, koi8-r...), unlike Shift-JIS or UTF-16."""
    if codecs.lookup(encoding).name in ("utf-8", "utf-8-sig"):
        return False
    return len(bytes(range(0x80, 0x100)).decode(encoding, "replace")) == 0x80


@cache
def _byte_table(encoding: str) -> dict[int, str]:
    """What each byte that surrogateescape kept (U+DC80..U+DCFF) is in `encoding`."""
    return {0xDC00 + byte: bytes([byte]).decode(encoding, "replace")
            for byte in range(0x80, 0x100)}


def _encoding_note(encoding: str) -> str:
    return f"not UTF-8, decoded as {codecs.lookup(encoding).name} (a guess)"


def _mend(text: str, legacy: str | None, *, binary_share: float | None = None
          ) -> tuple[str | None, str]:
    """Text decoded as UTF-8 with surrogateescape, with its other bytes read in a legacy
    encoding, and the note that says so ("" when it was all UTF-8).

    When some line is valid UTF-8 beyond ASCII, the file is mixed: only the bad bytes are
    read in the legacy encoding, guessed from the lines that hold them (a mixed file's whole
    sample misleads the guess). Otherwise it is all legacy, read in `legacy` (the guess from
    a sample of the file) or in the guess from its bad lines. With `binary_share`, None is
    returned when no encoding reads the bad bytes and they are more than that share of the
    text (binary data after a text start).
    """
    if not _ESCAPED_BYTE.search(text):
        return text, ""
    mixed = _has_a_utf8_line(text)
    if mixed or legacy is None:
        guess = _legacy_encoding(_lines_with_bad_bytes(text))
        if guess is None and binary_share is not None and \
                len(_ESCAPED_BYTE.findall(text)) > len(text) * binary_share:
            return None, ""
        legacy = guess or "cp1252"
    if not mixed:
        return text.encode("utf-8", "surrogateescape").decode(legacy, "replace"), \
            _encoding_note(legacy)
    if not _single_byte(legacy):
        legacy = "cp1252"
    escaped = len(_ESCAPED_BYTE.findall(text))
    return text.translate(_byte_table(legacy)), (
        f"mixed encodings: UTF-8, and {_count(escaped, 'byte')} read as "
        f"{codecs.lookup(legacy).name} (a guess)")


def _has_a_utf8_line(text: str) -> bool:
    """Whether a line holds characters beyond ASCII that UTF-8 decoded, and no bad byte."""
    position = 0
    while match := _DECODED_NON_ASCII.search(text, position):
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        if not _ESCAPED_BYTE.search(text, start, end):
            return True
        position = end
    return False


def _lines_with_bad_bytes(text: str, limit: int = 64 * 1024) -> bytes:
    """The lines holding undecodable bytes, as bytes again, up to `limit`: what the legacy
    encoding is guessed from."""
    lines: list[bytes] = []
    size = 0
    position = 0
    while size < limit:
        bad = _ESCAPED_BYTE.search(text, position)
        if bad is None:
            break
        start = text.rfind("\n", 0, bad.start()) + 1
        end = text.find("\n", bad.end())
        end = len(text) if end < 0 else end
        end = min(end, start + limit)
        lines.append(text[start:end].encode("utf-8", "surrogateescape"))
        size += end - start
        position = max(end, bad.end())
    return b"\n".join(lines)


def _decode(data: bytes) -> tuple[str | None, str]:
    """The whole file's text, decoded once (a 100 MB file is not copied more than needed),
    and the note on how it was read when not as UTF-8 ("" when it was)."""
    encoding = _encoding_of(data[:_SAMPLE_BYTES])
    if encoding is None:
        return None, ""
    if encoding in ("utf-8", "utf-8-sig") or _single_byte(encoding):
        if data.startswith(codecs.BOM_UTF8):
            data = data[len(codecs.BOM_UTF8):]
        return _mend(data.decode("utf-8", "surrogateescape"),
                     None if encoding.startswith("utf-8") else encoding, binary_share=0.01)
    text = data.decode(encoding, errors="replace")
    return text, "" if encoding in ("utf-16", "utf-32") else _encoding_note(encoding)


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def _writable(article: Article) -> Article:
    """An article with nothing a UTF-8 file cannot hold: JSON's "\\ud800" escapes give lone
    surrogates, which would stop the table writes (and every later run's), and NUL bytes,
    which spreadsheets and terminals mishandle. Each becomes one character, so offsets hold.
    """
    fields = {name: getattr(article, name) for name in ("text", "title", "url", "source")}
    notes = []
    surrogates = sum(len(_LONE_SURROGATE.findall(value)) for value in fields.values())
    if surrogates:
        fields = {name: _LONE_SURROGATE.sub("\ufffd", value) for name, value in fields.items()}
        notes.append(f"{_count(surrogates, 'lone surrogate')} (such as \\ud800) read as U+FFFD")
    nuls = sum(value.count("\x00") for value in fields.values())
    if nuls:
        fields = {name: value.replace("\x00", " ") for name, value in fields.items()}
        notes.append(f"{_count(nuls, 'NUL character')} read as spaces")
    if not notes:
        return article
    return replace(article, **fields, notes=(*article.notes, *notes))


# --- whole files: .txt, .md, .html, .json ----------------------------------------------


def _whole_file_articles(data: bytes, suffix: str, relative: str, stem: str
                         ) -> Iterator[Article | Skipped]:
    text, note = _decode(data)
    del data  # the bytes are not needed once decoded: a large file is held once, not twice
    if text is None:
        yield Skipped(relative, "binary file: not text in any known encoding")
        return
    if not _NON_SPACE.search(text):
        yield Skipped(relative, "empty file")
        return
    if suffix in (".txt", ".md"):
        items: Iterable[Article | Skipped] = [_text_article(text, relative, stem)]
    elif suffix in (".html", ".htm"):
        items = [_html_article(text, relative, stem)]
    else:
        items = _json_articles(text, relative, stem)
    for item in items:
        yield replace(item, notes=(note, *item.notes)) if note and isinstance(item, Article) \
            else item


def _text_article(text: str, relative: str, stem: str) -> Article | Skipped:
    metadata, body_start, note = _header(text)
    if not _NON_SPACE.search(text, body_start):
        return Skipped(relative, "no text after the metadata header")
    return Article(
        article_id=stem, path=relative, text=text,
        title=metadata.get("title") or _title_from_text(text, body_start),
        published=_iso_date(metadata.get("date")),
        url=metadata.get("url", ""), source=metadata.get("source", ""),
        body_start=body_start, notes=(note,) if note else (),
    )


_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r\n|\n|\r|\Z)",
                           re.S | re.M)
_YAML_KEY_LINE = re.compile(r"[A-Za-z_][\w -]*:")
_HEADER_LINE = re.compile(
    r"[ \t]*(?P<key>title|date|published|dated|url|link|source|author|by)[ \t]*:[ \t]*"
    r"(?P<value>[^\r\n]*?)[ \t]*(?:\r\n|\n|\r|\Z)", re.I)
# (as a saved page may write it, after a leading space: " date 2023-07-11")
_DATE_LINE = re.compile(
    r"[ \t]*(?P<key>date|published|dated)[ \t]+(?P<value>[^\r\n:][^\r\n]*?)[ \t]*"
    r"(?:\r\n|\n|\r|\Z)",
    re.I)
# A saved page's first line may carry its date and then the page's first words, after a
# leading space: " date 2020-10-17 BAKU, Azerbaijan, Oct. 15". The date is metadata; the
# words after it are the body.
_DATE_THEN_TEXT = re.compile(
    r"[ \t]*(?P<key>date|published|dated)[ \t]+(?P<value>\d{4}-\d{2}(?:-\d{2})?)(?=[ \t]+\S)"
    r"[ \t]+",
    re.I)
_KEY_ALIASES = {"published": "date", "dated": "date", "link": "url"}
_NON_SPACE = re.compile(r"\S")
_LINE = re.compile(r"[^\r\n]+")


class _FrontMatterLoader(yaml.SafeLoader):
    """YAML without aliases: front matter needs none, and aliases of aliases expand
    exponentially (ten lines can ask for gigabytes: the "billion laughs")."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            raise yaml.composer.ComposerError(
                None, None, "aliases (*name) are not read in front matter",
                self.peek_event().start_mark)
        return super().compose_node(parent, index)


# Front matter of plain `key: value` lines: printable ASCII, no line indented (nothing
# nested), and none of YAML's indicators of aliases, anchors, tags, flow collections, block
# scalars, quotes or comments. libyaml reads it as the pure-Python parser does, seven times
# as fast (a corpus of many small files spends most of its reading here), and it can hold
# no alias for `_FrontMatterLoader` to refuse.
_YAML_SPECIAL = r"#&*!|>'\"%@`\[\]{}\\\x00-\x1f\x7f-\uffff"
_PLAIN_LINE = (rf"[A-Za-z_][A-Za-z0-9_ -]*:(?: (?:[^{_YAML_SPECIAL}\s:?,-]|:(?=\S))"
               rf"(?:[^{_YAML_SPECIAL}:]|:(?=\S))*)?")
_PLAIN_FRONT_MATTER = re.compile(rf"(?:{_PLAIN_LINE}\n)*(?:{_PLAIN_LINE})?")
_FAST_LOADER = getattr(yaml, "CSafeLoader", None)  # None without libyaml


def _front_matter(block: str) -> tuple[object, str]:
    """The YAML of a front matter block, or None and why it could not be read ("" when it
    simply is not YAML)."""
    if len(block) > _FRONT_MATTER_CHARS:
        return None, f"front matter not read: longer than {_FRONT_MATTER_CHARS // 1024} KB"
    loader = _FAST_LOADER if _FAST_LOADER is not None and _PLAIN_FRONT_MATTER.fullmatch(
        block) else _FrontMatterLoader
    try:
        return yaml.load(block, Loader=loader), ""  # noqa: S506 - a safe loader
    except yaml.composer.ComposerError as error:
        if "aliases" in str(error.problem):
            return None, "front matter not read: it uses YAML aliases (*name)"
        return None, ""
    except yaml.YAMLError:
        return None, ""
    except RecursionError:
        return None, "front matter not read: nested too deeply"


def _header(text: str) -> tuple[dict[str, str], int, str]:
    """Metadata from YAML front matter or `key: value` lines at the top, where the body
    begins, and a note when front matter could not be read. A front matter block that is
    not valid YAML still ends the header (its lines are not prose) but gives no metadata."""
    front = _FRONT_MATTER.match(text)
    if front:
        loaded, note = _front_matter(front.group(1))
        if isinstance(loaded, dict):
            return _metadata(loaded), front.end(), ""
        if note or _YAML_KEY_LINE.match(front.group(1).lstrip()):
            return {}, front.end(), note
    fields: dict[str, object] = {}
    position = 0
    while True:
        line = _HEADER_LINE.match(text, position)
        if line is None:
            line = _DATE_LINE.match(text, position)
            if line is None or not _iso_date(line["value"]):
                line = _DATE_THEN_TEXT.match(text, position) if not fields else None
                if line is None or not _iso_date(line["value"]):
                    break
                fields.setdefault("date", line["value"])
                position = line.end()
                break  # the body begins on this very line
        fields.setdefault(line["key"].lower(), line["value"])
        position = line.end()
    return _metadata(fields), position, ""


_URL_CHARS = 2048  # a longer "url" is no address a browser keeps; it is dropped


def _metadata(fields: dict) -> dict[str, str]:
    """The keys `Article` keeps, as plain strings, whatever their spelling or YAML type.

    Only single values count (a list or a mapping is no title), and each is bounded: a title
    and a source are shortened, a URL too long to be one is dropped.
    """
    picked: dict[str, str] = {}
    for key, value in fields.items():
        name = str(key).strip().lower()
        name = _KEY_ALIASES.get(name, name)
        if (name not in _METADATA_KEYS or name in picked or value in (None, "")
                or not isinstance(value, (str, int, float, date))):
            continue
        if name == "date":
            picked[name] = _iso_date(value)
        elif name == "url":
            url = str(value).strip()
            picked[name] = url if len(url) <= _URL_CHARS else ""
        else:
            picked[name] = _shorten(" ".join(str(value)[:_TITLE_CHARS * 50].split()))
    return picked


def _title_from_text(text: str, start: int = 0) -> str:
    """The first line with a letter or digit, without markdown heading marks.

    Lines are found one by one, so a huge file is not split whole for its first line.
    """
    for match in _LINE.finditer(text, start):
        line = re.sub(r"^\s*#{1,6}\s+|\s+#+\s*$", "", match.group()[:_TITLE_CHARS * 50]).strip()
        if any(char.isalnum() for char in line):
            return _shorten(" ".join(line.split()))
    return ""


def _shorten(title: str) -> str:
    if len(title) <= _TITLE_CHARS:
        return title
    cut = title[:_TITLE_CHARS].rsplit(" ", 1)[0]
    return cut + "…"


def _iso_date(value: object) -> str:
    """ISO 8601 as precise as the value is ("2020", "2020-10", "2020-10-04"), "" if none."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if value is None or isinstance(value, bool):
        return ""
    text = str(value).strip()
    if len(text) > _DATE_CHARS:
        return ""
    numeric = re.fullmatch(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?", text)
    if numeric:
        return _checked_date(*(int(part) if part else None for part in numeric.groups()))
    stamp = re.match(r"(\d{4})-(\d{2})-(\d{2})[T ]\d", text)
    if stamp:
        return _checked_date(*(int(part) for part in stamp.groups()))
    return _free_form_date(text)


def _checked_date(year: int, month: int | None, day: int | None) -> str:
    if not 1000 <= year <= 2999:
        return ""
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return ""
    if month is None:
        return f"{year:04d}"
    return f"{year:04d}-{month:02d}" if day is None else f"{year:04d}-{month:02d}-{day:02d}"


def _free_form_date(text: str) -> str:
    """Parse "4 October 2020" or "Oct 2020"; what dateutil had to fill in is left out.

    Parsing twice with different defaults shows which parts the text really gave.
    """
    try:
        first = date_parser.parse(text, default=datetime(1, 1, 1))
        second = date_parser.parse(text, default=datetime(2, 2, 2))
    except (ValueError, OverflowError):
        return ""
    if first.year != second.year:
        return ""
    month = first.month if first.month == second.month else None
    day = first.day if month is not None and first.day == second.day else None
    return _checked_date(first.year, month, day)


_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _html_article(html: str, relative: str, stem: str) -> Article | Skipped:
    """The page's main text with its title as the first paragraph, so offsets point into it.

    trafilatura finds the article among a page's menus and footers; a page it finds nothing
    in, fails on, or that has too many tags for it (its time grows faster than the page) is
    read by `_plain_html_text` instead.
    """
    html = re.sub(r"\A\s*<\?xml[^>]*\?>", "", html)  # lxml refuses a str that declares bytes
    # lxml refuses a text that holds a control character XML forbids ("<p>\x01")
    html = _NOT_IN_XML.sub(" ", html)
    document = None
    notes: tuple[str, ...] = ()
    tags = html.count("<")
    if tags > TRAFILATURA_MAX_TAGS:
        notes = (f"a page of {tags:,} tags, read as plain text (menus and footers kept)",)
    else:
        try:
            document = _trafilatura(html)
        except (Exception, RecursionError):  # noqa: BLE001 - the plain reading follows
            document = None
    title = " ".join((document.title or "").split()) if document else ""
    body = _paragraphs(document.text or "") if document else ""
    if not body:
        body, page_title = _plain_html_text(html)
        title = title or page_title
    if not body:
        return Skipped(relative, "HTML page with no text in its body")
    first_line = body.split("\n", 1)[0]
    text = body if not title or first_line == title else f"{title}\n\n{body}"
    return Article(
        article_id=stem, path=relative, text=text,
        title=_shorten(title) or _title_from_text(body),
        published=_iso_date(document.date) if document else "",
        url=_metadata({"url": document.url}).get("url", "") if document else "",
        source=_shorten(document.sitename or "") if document else "",
        notes=notes,
    )


def _trafilatura(html: str):
    import trafilatura  # slow to import; only corpora with web pages pay for it
    from trafilatura.settings import set_date_params

    return trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True,
        # dates from the page's markup and URL only: reading dates out of the prose is
        # geo.dates's job, done the same way for every format
        date_extraction_params=set_date_params(extensive=False),
    )


def _paragraphs(text: str) -> str:
    """One paragraph per line becomes paragraphs separated by blank lines."""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


_BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li",
    "blockquote", "pre", "table", "tr", "figcaption", "dd", "dt", "br", "body", "ul", "ol"})
# Left out with everything inside them: not the article's words.
_NOISE_TAGS = frozenset({"head", "nav", "header", "footer", "form", "noscript", "template",
                         "svg"})
_RAW_TEXT_TAGS = frozenset({"script", "style", "title", "textarea", "xmp"})
_TAG_NAME = re.compile(r"/?([A-Za-z][^\s/>]*)")


def _plain_html_text(html: str) -> tuple[str, str]:
    """(body text, <title>) of a page, read tag by tag, for pages trafilatura does not read.

    No tree is built, so a page nested a million tags deep reads like any other (lxml stops
    at 256 levels and drops the rest), and every search starts where the last one ended, so
    the time is in proportion to the page whatever it holds (an unclosed "<a " repeated
    makes Python's html.parser quadratic).
    """
    pieces: list[str] = []
    title = ""
    noise = 0  # how deep inside tags whose text is not the article's
    position = 0
    next_close = -1  # where the next ">" is, found once for every tag before it
    while position < len(html):
        start = html.find("<", position)
        if start < 0:
            start = len(html)
        if not noise:
            pieces.append(html[position:start])
        if start >= len(html):
            break
        if html.startswith("<!--", start):
            end = html.find("-->", start + 4)
            position = len(html) if end < 0 else end + 3
            continue
        tag = _TAG_NAME.match(html, start + 1)
        if tag is None and html[start + 1:start + 2] not in ("!", "?"):
            if not noise:
                pieces.append("<")  # "a < b" is text
            position = start + 1
            continue
        if next_close < start:
            next_close = html.find(">", start)
        if next_close < 0:
            break  # a tag left open to the end holds no text
        position = next_close + 1
        if tag is None:
            continue  # <!doctype ...>, <?xml ...?>
        name = tag.group(1).lower()
        closing = tag.group().startswith("/")
        if name in _RAW_TEXT_TAGS and not closing:
            end_tag = re.compile(f"</{re.escape(name)}", re.I).search(html, position)
            end = len(html) if end_tag is None else end_tag.start()
            if name == "title" and not title:
                title = " ".join(html_entities.unescape(html[position:end]).split())
            elif name in ("textarea", "xmp") and not noise:
                pieces.append(html[position:end])
            position = end
        elif name == "body" and not closing:
            noise = 0  # a <head> left open ends here
        elif name in _NOISE_TAGS and not html.endswith("/", start, next_close):
            noise = max(0, noise - 1) if closing else noise + 1
        if name in _BLOCK_TAGS:
            pieces.append("\n\n")
    text = _NOT_IN_XML.sub(" ", html_entities.unescape("".join(pieces)))
    blocks = re.split(r"\n\s*\n", text)
    return "\n\n".join(" ".join(block.split()) for block in blocks if block.strip()), title


def _invalid_json(line: int, error: json.JSONDecodeError) -> str:
    return f"line {line}, column {error.colno}: invalid JSON: {error.msg}"


def _parsed_json(text: str, line: int) -> tuple[object, str]:
    """The JSON value, or None and the one-line reason it could not be read."""
    try:
        return json.loads(text), ""
    except json.JSONDecodeError as error:
        return None, _invalid_json(line + error.lineno - 1, error)
    except RecursionError:
        # json gives up where Python's recursion limit (about 1,000 levels) would be passed
        return None, f"line {line}: JSON nested too deeply (arrays or objects about 1,000 " \
                     "levels down)"


def _json_articles(text: str, relative: str, stem: str) -> Iterator[Article | Skipped]:
    """A .json file: one object, a list of objects, or an object holding such a list."""
    value, problem = _parsed_json(text, 1)
    if problem:
        yield Skipped(relative, problem)
        return
    if isinstance(value, dict) and "text" not in value:
        value = next((item for item in value.values()
                      if isinstance(item, list) and item and isinstance(item[0], dict)), value)
    if isinstance(value, dict):
        yield _record_article(value, relative, stem, None, "the object")
    elif isinstance(value, list):
        if not value:
            yield Skipped(relative, "empty file: an empty JSON list")
        for number, item in enumerate(value, 1):
            if isinstance(item, dict):
                yield _record_article(item, relative, stem, number, f"item {number}")
            else:
                yield Skipped(relative, f"item {number}: not a JSON object")
    else:
        yield Skipped(relative, "JSON is neither an object nor a list of objects")


def _record_article(record: dict, relative: str, stem: str, number: int | None, where: str
                    ) -> Article | Skipped:
    """An article from one record; `number` None means the file holds this one alone."""
    fields = {str(key).strip().lower(): value for key, value in record.items()}
    text = fields.get("text")
    if text is None:
        return Skipped(relative, f"{where}: no 'text' field")
    if not isinstance(text, str):
        return Skipped(relative, f"{where}: 'text' is not a string")
    if not text.replace("\x00", " ").strip():  # (NULs are read as spaces)
        return Skipped(relative, f"{where}: empty text")
    metadata = _metadata({key: fields.get(key) for key in _METADATA_KEYS})
    return Article(
        article_id=stem if number is None else f"{stem}/{_record_id(fields.get('id'), number)}",
        path=relative, text=text,
        title=_shorten(metadata.get("title", "")) or _title_from_text(text),
        published=metadata.get("date", ""),
        url=metadata.get("url", ""), source=metadata.get("source", ""),
    )


def _record_id(value: object, number: int) -> str:
    """The record's own id as one safe path segment (gold files are named after ids)."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return str(number)
    safe = re.sub(r"[^\w.-]+", "-", str(value)[:_TITLE_CHARS].strip()).strip(".-")
    return safe or str(number)


# --- streamed files: .jsonl, .csv --------------------------------------------------------


@dataclass(frozen=True)
class _StreamDecoding:
    """How a streamed file's lines are decoded: `encoding` opens it; when `mended`, it was
    opened as UTF-8 with surrogateescape and a line's other bytes are read by `_mend` (in
    `legacy`, the guess from the file's start, when it had to guess)."""

    encoding: str
    mended: bool
    legacy: str | None = None


def _stream_decoding(path: Path) -> _StreamDecoding | None:
    with path.open("rb") as handle:
        encoding = _encoding_of(handle.read(_SAMPLE_BYTES))
    if encoding is None:
        return None
    if encoding in ("utf-8", "utf-8-sig"):
        return _StreamDecoding(encoding, True)
    if _single_byte(encoding):
        return _StreamDecoding("utf-8", True, encoding)
    return _StreamDecoding(encoding, False)


def _mended_record(line: str, decoding: _StreamDecoding) -> tuple[str | None, str]:
    """A line (or a row's text) with any bytes that were not UTF-8 read as `_mend` reads
    them, and the note; None when its encoding cannot hold what was read (a multi-byte
    legacy file's broken line)."""
    if decoding.mended:
        mended, note = _mend(line, decoding.legacy)
        return mended, note
    if decoding.encoding in ("utf-16", "utf-32"):  # told by a BOM
        return line, ""
    if decoding.encoding.startswith(("utf-16", "utf-32")):
        return line, _encoding_note(decoding.encoding)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        return None, ""
    return line, _encoding_note(decoding.encoding)


def _stream(path: Path, decoding: _StreamDecoding) -> TextIO:
    # surrogateescape marks undecodable bytes, so that only their own line is mended (or
    # skipped). It keeps bytes of 128 and more only: a UTF-16 file's broken pairs may hold
    # smaller ones ("\x00\xdc"), which are read as U+FFFD instead, as in every other kind of
    # file.
    errors = "replace" if decoding.encoding.startswith(("utf-16", "utf-32")) \
        else "surrogateescape"
    return path.open(encoding=decoding.encoding, errors=errors, newline="")


class _TooLong(Exception):
    """A line or a row longer than MAX_RECORD_CHARS."""


def _bounded_lines(handle: TextIO) -> Iterator[str | None]:
    """The file's lines, each read up to MAX_RECORD_CHARS characters; None stands for a
    longer line, whose characters are read past without being kept."""
    limit = MAX_RECORD_CHARS
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit:
            yield line
            continue
        while line and not line.endswith(("\n", "\r")):
            line = handle.readline(limit)
        yield None


def _too_long(what: str) -> str:
    return f"{what}: longer than the {MAX_RECORD_CHARS // _MB} MB a record may have"


def _jsonl_articles(path: Path, decoding: _StreamDecoding, relative: str, stem: str
                    ) -> Iterator[Article | Skipped]:
    """One record per line; a bad line is skipped on its own and named by its number."""
    records = 0
    with _stream(path, decoding) as handle:
        for number, line in enumerate(_bounded_lines(handle), 1):
            if line is None:
                records += 1
                yield Skipped(relative, _too_long(f"line {number}"))
                continue
            if not line.strip():
                continue
            records += 1
            line, note = _mended_record(line, decoding)
            if line is None:
                yield Skipped(relative, f"line {number}: not {decoding.encoding} text")
                continue
            record, problem = _parsed_json(line, number)
            if problem:
                yield Skipped(relative, problem)
            elif isinstance(record, dict):
                article = _record_article(record, relative, stem, number, f"line {number}")
                yield replace(article, notes=(note,)) if note and isinstance(article, Article) \
                    else article
            else:
                yield Skipped(relative, f"line {number}: not a JSON object")
    if not records:
        yield Skipped(relative, "empty file")


class _RowLines:
    """The lines of a CSV file for csv.reader, with the characters of the row being read
    counted, so that a row (quoted fields span lines) cannot pass MAX_RECORD_CHARS."""

    def __init__(self, lines: Iterator[str | None]):
        self.lines = lines
        self.row_chars = 0

    def __iter__(self) -> Iterator[str]:
        for line in self.lines:
            if line is None:
                raise _TooLong
            self.row_chars += len(line)
            if self.row_chars > MAX_RECORD_CHARS:
                raise _TooLong
            yield line


def _csv_articles(path: Path, decoding: _StreamDecoding, relative: str, stem: str
                  ) -> Iterator[Article | Skipped]:
    """One article per row under a header with a `text` column (any case)."""
    # process-wide, but only ever raised: a newspaper article easily exceeds 128 KiB
    csv.field_size_limit(max(csv.field_size_limit(), MAX_RECORD_CHARS))
    with _stream(path, decoding) as handle:
        lines = _RowLines(_bounded_lines(handle))
        stream = iter(lines)
        try:
            first = next(stream, "")
            while first and not first.strip():
                first = next(stream, "")
        except _TooLong:
            yield Skipped(relative, _too_long("line 1"))
            return
        if not first:
            yield Skipped(relative, "empty file")
            return
        reader = csv.reader(itertools.chain([first], stream), delimiter=_delimiter(first))
        try:
            header = next(reader)
        except _TooLong:
            yield Skipped(relative, _too_long("the header"))
            return
        except csv.Error as error:
            yield Skipped(relative, f"line {reader.line_num}: invalid CSV header: {error}")
            return
        mended, _ = _mended_record("\x1f".join(header), decoding)
        names = [name.strip().lower() for name in
                 (mended or _ESCAPED_BYTE.sub("\ufffd", "\x1f".join(header))).split("\x1f")]
        if "text" not in names:
            # (A quoted header cell may hold a new line: the reason stays on one line.)
            shown = ", ".join(" ".join(name.split()) for name in names)
            yield Skipped(relative, f"no 'text' column (columns: {shown[:1000]})")
            return
        rows = 0
        try:
            for number, row in enumerate(reader, 1):
                lines.row_chars = 0
                if not row:
                    continue
                rows += 1
                if len(row) != len(names):
                    yield Skipped(relative, f"row {number} (line {reader.line_num}): "
                                            f"{len(row)} fields where the header has {len(names)}")
                    continue
                yield _csv_row_article(row, names, decoding, relative, stem, number)
        except csv.Error as error:
            yield Skipped(relative, f"line {reader.line_num}: invalid CSV, rest of file "
                                    f"skipped: {error}")
            return
        except _TooLong:
            yield Skipped(relative, _too_long(f"line {reader.line_num + 1}") +
                          ", rest of file skipped")
            return
        if not rows:
            yield Skipped(relative, "a header and no rows")


def _csv_row_article(row: list[str], names: list[str], decoding: _StreamDecoding,
                     relative: str, stem: str, number: int) -> Article | Skipped:
    """A row's article, its cells mended together (one encoding guess for the row)."""
    joined, note = _mended_record("\x1f".join(row), decoding)
    if joined is None:
        return Skipped(relative, f"row {number}: not {decoding.encoding} text")
    article = _record_article(dict(zip(names, joined.split("\x1f"))), relative, stem, number,
                              f"row {number}")
    return replace(article, notes=(note,)) if note and isinstance(article, Article) else article


def _delimiter(header_line: str) -> str:
    """The delimiter under which the header has a `text` column; a comma by default."""
    for delimiter in (",", ";", "\t", "|"):
        names = next(csv.reader([header_line], delimiter=delimiter), [])
        if "text" in (name.strip().lower() for name in names):
            return delimiter
    return ","
