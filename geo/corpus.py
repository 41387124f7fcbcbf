"""Read a folder of articles, whatever form they were saved in, into `Article` values.

Every file becomes either articles or a `Skipped` with a one-line reason, so that one bad
file never stops a run and the user learns what was left out. Files are read one at a time
(records of .jsonl and .csv files one line at a time), so a corpus larger than memory is
fine. For .txt and .md files `Article.text` is the decoded file exactly as read, so offsets
found later point into the user's own file.
"""

from __future__ import annotations

import codecs
import csv
import itertools
import json
import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

import yaml
from charset_normalizer import from_bytes
from dateutil import parser as date_parser

from geo.model import Article

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".csv")

_SAMPLE_BYTES = 256 * 1024  # enough to tell an encoding; huge files are not sniffed whole
_TITLE_CHARS = 200
_CSV_FIELD_LIMIT = 1 << 30  # one article per cell; the csv module's default is 128 KiB
_METADATA_KEYS = ("title", "date", "url", "source")


@dataclass(frozen=True)
class Skipped:
    """A file, or one record of a file, that gave no article, and why."""

    path: str  # relative to the corpus root
    reason: str  # one line


def read_corpus(root: Path | str) -> Iterator[Article | Skipped]:
    """Every article under `root`, in the sorted order of the files' relative paths.

    Hidden files and folders are ignored. An id met a second time (`a.txt` beside `a.md`)
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
            yield Skipped(relative, problem)
            continue
        for item in read_file(root / relative, root):
            if isinstance(item, Article) and unique(item.article_id) != item.article_id:
                item = replace(item, article_id=unique.last)
            yield item


def read_file(path: Path, root: Path) -> Iterator[Article | Skipped]:
    """The articles of one file (several for .jsonl, .csv and .json lists)."""
    relative = Path(os.path.relpath(path, root)).as_posix()
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        kind = suffix or "(no extension)"
        yield Skipped(relative, f"unsupported file type {kind}")
        return
    stem = relative[: len(relative) - len(path.suffix)]
    try:
        if suffix in (".jsonl", ".csv"):
            encoding = _stream_encoding(path)
            if encoding is None:
                yield Skipped(relative, "binary file: not text in any known encoding")
                return
            records = _jsonl_articles if suffix == ".jsonl" else _csv_articles
            yield from _noted(records(path, encoding, relative, stem), encoding)
        else:
            yield from _whole_file_articles(path.read_bytes(), suffix, relative, stem)
    except OSError as error:
        yield Skipped(relative, f"unreadable: {error.strerror or error}")


def corpus_files(root: Path) -> list[tuple[str, str]]:
    """(relative path, problem) for every visible file; a folder seen twice is read once.

    Folder symlinks are followed, but a folder whose real path was already walked is not
    entered again, so a link back to an ancestor cannot loop.
    """
    found: list[tuple[str, str]] = []
    visited: set[str] = set()

    def unreadable(error: OSError) -> None:
        relative = Path(os.path.relpath(error.filename, root)).as_posix()
        found.append((relative, f"unreadable folder: {error.strerror or error}"))

    for folder, dirs, files in os.walk(root, followlinks=True, onerror=unreadable):
        real = os.path.realpath(folder)
        if real in visited:
            dirs[:] = []
            continue
        visited.add(real)
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        for name in files:
            if not name.startswith("."):
                found.append((Path(os.path.relpath(Path(folder, name), root)).as_posix(), ""))
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


def _encoding_of(sample: bytes) -> str | None:
    """The encoding to read these bytes with, or None when they are not text."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in sample:
        return None
    try:
        # not final: a sample may end inside a multi-byte character
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        return _legacy_encoding(sample)


def _legacy_encoding(sample: bytes) -> str | None:
    """Guess a pre-Unicode encoding; Windows-1252 wins a tie.

    charset-normalizer often finds several single-byte code pages equally plausible for a
    short Western text and then names Windows-1250, which turns "à" into "ŕ". Old Western
    news files are far more often Latin-1 / Windows-1252, so that one is preferred whenever
    it is among the least chaotic readings.
    """
    matches = from_bytes(sample)
    best = matches.best()
    if best is None:
        return None
    calmest = [match for match in matches if match.chaos <= best.chaos]
    if any("cp1252" in match.could_be_from_charset for match in calmest):
        return "cp1252"
    return best.encoding


def _decode(data: bytes) -> tuple[str | None, str | None]:
    """The whole file's text, decoded once (a 50 MB file is not copied more than needed),
    and the encoding it was read in."""
    encoding = _encoding_of(data[:_SAMPLE_BYTES])
    if encoding == "utf-8":
        try:
            return data.decode("utf-8"), encoding
        except UnicodeDecodeError as error:  # valid at the start only: judge by the bad part
            encoding = _legacy_encoding(data[error.start:error.start + _SAMPLE_BYTES])
    if encoding is None:
        return None, None
    return data.decode(encoding, errors="replace"), encoding


def _noted(items: Iterator[Article | Skipped], encoding: str) -> Iterator[Article | Skipped]:
    """Articles read in a guessed legacy encoding say so, for the run's summary."""
    if encoding.replace("_", "-").lower() in ("utf-8", "utf-8-sig", "utf-16", "ascii"):
        yield from items
        return
    note = f"not UTF-8, decoded as {codecs.lookup(encoding).name} (a guess)"
    for item in items:
        yield replace(item, notes=(*item.notes, note)) if isinstance(item, Article) else item


# --- whole files: .txt, .md, .html, .json ----------------------------------------------


def _whole_file_articles(data: bytes, suffix: str, relative: str, stem: str
                         ) -> Iterator[Article | Skipped]:
    text, encoding = _decode(data)
    if text is None or encoding is None:
        yield Skipped(relative, "binary file: not text in any known encoding")
    elif not _NON_SPACE.search(text):
        yield Skipped(relative, "empty file")
    elif suffix in (".txt", ".md"):
        yield from _noted(iter([_text_article(text, relative, stem)]), encoding)
    elif suffix in (".html", ".htm"):
        yield from _noted(iter([_html_article(text, relative, stem)]), encoding)
    else:
        yield from _noted(_json_articles(text, relative, stem), encoding)


def _text_article(text: str, relative: str, stem: str) -> Article | Skipped:
    metadata, body_start = _header(text)
    if not _NON_SPACE.search(text, body_start):
        return Skipped(relative, "no text after the metadata header")
    return Article(
        article_id=stem, path=relative, text=text,
        title=metadata.get("title") or _title_from_text(text, body_start),
        published=_iso_date(metadata.get("date")),
        url=metadata.get("url", ""), source=metadata.get("source", ""),
        body_start=body_start,
    )


_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r\n|\n|\r|\Z)",
                           re.S | re.M)
_YAML_KEY_LINE = re.compile(r"[A-Za-z_][\w -]*:")
_HEADER_LINE = re.compile(
    r"(?P<key>title|date|published|dated|url|link|source|author|by)[ \t]*:[ \t]*"
    r"(?P<value>[^\r\n]*?)[ \t]*(?:\r\n|\n|\r|\Z)", re.I)
_DATE_LINE = re.compile(
    r"(?P<key>date|published|dated)[ \t]+(?P<value>[^\r\n:][^\r\n]*?)[ \t]*(?:\r\n|\n|\r|\Z)",
    re.I)
# A saved page's first line may carry its date and then the page's first words, after a
# leading space: " date 2020-10-17 BAKU, Azerbaijan, Oct. 15". The date is metadata; the
# words after it are the body.
_DATE_THEN_TEXT = re.compile(
    r"[ \t]*(?P<key>date|published|dated)[ \t]+(?P<value>\d{4}-\d{2}-\d{2})(?=[ \t]+\S)[ \t]+",
    re.I)
_KEY_ALIASES = {"published": "date", "dated": "date", "link": "url"}
_NON_SPACE = re.compile(r"\S")
_LINE = re.compile(r"[^\r\n]+")


def _header(text: str) -> tuple[dict[str, str], int]:
    """Metadata from YAML front matter or `key: value` lines at the top, and where the body
    begins. A front matter block that is not valid YAML still ends the header (its lines are
    not prose) but gives no metadata."""
    front = _FRONT_MATTER.match(text)
    if front:
        try:
            loaded = yaml.safe_load(front.group(1))
        except yaml.YAMLError:
            loaded = None
        if isinstance(loaded, dict):
            return _metadata(loaded), front.end()
        if _YAML_KEY_LINE.match(front.group(1).lstrip()):
            return {}, front.end()
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
    return _metadata(fields), position


def _metadata(fields: dict) -> dict[str, str]:
    """The keys `Article` keeps, as plain strings, whatever their spelling or YAML type."""
    picked: dict[str, str] = {}
    for key, value in fields.items():
        name = str(key).strip().lower()
        name = _KEY_ALIASES.get(name, name)
        if name in _METADATA_KEYS and name not in picked and value not in (None, ""):
            picked[name] = _iso_date(value) if name == "date" else " ".join(str(value).split())
    return picked


def _title_from_text(text: str, start: int = 0) -> str:
    """The first line with a letter or digit, without markdown heading marks.

    Lines are found one by one, so a huge file is not split whole for its first line.
    """
    for match in _LINE.finditer(text, start):
        line = re.sub(r"^\s*#{1,6}\s+|\s+#+\s*$", "", match.group()).strip()
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


def _html_article(html: str, relative: str, stem: str) -> Article | Skipped:
    """The page's main text with its title as the first paragraph, so offsets point into it."""
    html = re.sub(r"\A\s*<\?xml[^>]*\?>", "", html)  # lxml refuses a str that declares bytes
    try:
        document = _trafilatura(html)
    except Exception as error:  # noqa: BLE001 - a library failure on one page skips only it
        return Skipped(relative, f"HTML could not be parsed: {type(error).__name__}: {error}")
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
        url=(document.url or "") if document else "",
        source=(document.sitename or "") if document else "",
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


_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_BLOCK_TAGS = ("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
               "li", "blockquote", "pre", "table", "tr", "figcaption", "dd", "dt", "br")


def _plain_html_text(html: str) -> tuple[str, str]:
    """(body text, <title>) read with lxml, for pages where trafilatura finds no article."""
    import lxml.etree
    import lxml.html

    # lxml refuses to set a text that holds a control character XML forbids ("<p>\x01")
    html = _NOT_IN_XML.sub(" ", html)
    try:
        tree = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return "", ""
    title = " ".join(" ".join(tree.xpath("//title//text()")).split())
    body = tree.find("body")
    if body is None:
        return "", title
    for noise in body.xpath(".//script|.//style|.//noscript|.//template|.//nav|.//header"
                            "|.//footer|.//form"):
        noise.drop_tree()
    for block in body.iter(*_BLOCK_TAGS):
        block.tail = "\n\n" + (block.tail or "")
        block.text = "\n\n" + (block.text or "")
    blocks = re.split(r"\n\s*\n", body.text_content())
    return "\n\n".join(" ".join(block.split()) for block in blocks if block.strip()), title


def _invalid_json(line: int, error: json.JSONDecodeError) -> str:
    return f"line {line}, column {error.colno}: invalid JSON: {error.msg}"


def _json_articles(text: str, relative: str, stem: str) -> Iterator[Article | Skipped]:
    """A .json file: one object, a list of objects, or an object holding such a list."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        yield Skipped(relative, _invalid_json(error.lineno, error))
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
    if not text.strip():
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
    safe = re.sub(r"[^\w.-]+", "-", str(value).strip()).strip(".-")
    return safe or str(number)


# --- streamed files: .jsonl, .csv --------------------------------------------------------


def _stream_encoding(path: Path) -> str | None:
    with path.open("rb") as handle:
        return _encoding_of(handle.read(_SAMPLE_BYTES))


def _jsonl_articles(path: Path, encoding: str, relative: str, stem: str
                   ) -> Iterator[Article | Skipped]:
    """One record per line; a bad line is skipped on its own and named by its number."""
    records = 0
    # surrogateescape marks undecodable bytes, so that only their own line is skipped. It
    # keeps bytes of 128 and more only: a UTF-16 file's broken pairs may hold smaller ones
    # ("\x00\xdc"), which are read as U+FFFD instead, as in every other kind of file.
    errors = "replace" if encoding == "utf-16" else "surrogateescape"
    with path.open(encoding=encoding, errors=errors, newline="") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            records += 1
            try:
                line.encode("utf-8")
            except UnicodeEncodeError:
                yield Skipped(relative, f"line {number}: not {encoding} text")
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                yield Skipped(relative, _invalid_json(number, error))
                continue
            if isinstance(record, dict):
                yield _record_article(record, relative, stem, number, f"line {number}")
            else:
                yield Skipped(relative, f"line {number}: not a JSON object")
    if not records:
        yield Skipped(relative, "empty file")


def _csv_articles(path: Path, encoding: str, relative: str, stem: str
                 ) -> Iterator[Article | Skipped]:
    """One article per row under a header with a `text` column (any case)."""
    # process-wide, but only ever raised: a newspaper article easily exceeds 128 KiB
    csv.field_size_limit(max(csv.field_size_limit(), _CSV_FIELD_LIMIT))
    with path.open(encoding=encoding, errors="replace", newline="") as handle:
        first = handle.readline()
        while first and not first.strip():
            first = handle.readline()
        if not first:
            yield Skipped(relative, "empty file")
            return
        reader = csv.reader(itertools.chain([first], handle), delimiter=_delimiter(first))
        names = [name.strip().lower() for name in next(reader)]
        if "text" not in names:
            # (A quoted header cell may hold a new line: the reason stays on one line.)
            shown = ", ".join(" ".join(name.split()) for name in names)
            yield Skipped(relative, f"no 'text' column (columns: {shown})")
            return
        rows = 0
        try:
            for number, row in enumerate(reader, 1):
                if not row:
                    continue
                rows += 1
                if len(row) != len(names):
                    yield Skipped(relative, f"row {number} (line {reader.line_num}): "
                                            f"{len(row)} fields where the header has {len(names)}")
                else:
                    yield _record_article(dict(zip(names, row)), relative, stem, number,
                                          f"row {number}")
        except csv.Error as error:
            yield Skipped(relative, f"line {reader.line_num}: invalid CSV, rest of file "
                                    f"skipped: {error}")
            return
        if not rows:
            yield Skipped(relative, "a header and no rows")


def _delimiter(header_line: str) -> str:
    """The delimiter under which the header has a `text` column; a comma by default."""
    for delimiter in (",", ";", "\t", "|"):
        names = next(csv.reader([header_line], delimiter=delimiter), [])
        if "text" in (name.strip().lower() for name in names):
            return delimiter
    return ","
