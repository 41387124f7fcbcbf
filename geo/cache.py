"""The per-article results cache: one SQLite file beside the outputs (`<out>/.cache/`).

Each article's table rows are kept under a key made of its content (text and metadata),
the compiled base gazetteer's version and the pipeline's code, so a re-run parses only the
articles that are new or changed, and a new base or code re-parses everything. An edit of
the curated gazetteer files re-parses only the articles it can change: each article's rows
are kept with the names they depend on (`geo.depends`), and the cache keeps what the
gazetteer said of every name the curated files change (`Gazetteer.key_signatures`), so
that the next run knows which names an edit changed (`ResultCache.follow_gazetteer`).
Writes happen in transactions committed every second or so: a run stopped half way keeps
what it finished. A cache SQLite cannot read is moved aside and rebuilt, never trusted.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from geo.depends import ChangedNames
from geo.model import Article

SCHEMA = "6"
CACHE_FILE = "results.sqlite"
# The modules whose code decides what the rows hold: a change to any re-parses all.
_RESULT_MODULES = ("corpus", "dates", "depends", "events", "export", "lang", "language",
                   "model", "pipeline", "recognize", "resolve", "text", "engines")
_COMMIT_SECONDS = 1.0


class CacheCorrupt(Exception):
    """The cache file cannot be trusted; the caller moves it aside and starts again."""


class CacheUnusable(Exception):
    """The cache is sound but cannot be used here (a read-only folder, a full disk, a lock
    held): the user's to fix, said in one line naming the file."""


@dataclass
class ArticleRows:
    """What one article contributes to the outputs, small enough to cache and ship.

    `events` are rows as lists in export's column order. Mentions are the bulk of a corpus,
    so they are kept as the article's lines of mentions.csv, ready to write (`mentions_csv`,
    `mention_count` of them), plus the unresolved ones as lists with the extra `_sentence`
    column, for unresolved.csv. `skipped` is the reason when the stages failed on it.
    """

    article_id: str
    path: str
    position: int
    key: str
    events: list[list] = field(default_factory=list)
    mentions_csv: str = ""
    mention_count: int = 0
    unresolved: list[list] = field(default_factory=list)
    skipped: str = ""
    notes: list[str] = field(default_factory=list)  # read, but not quite as written
    timings: dict[str, float] = field(default_factory=dict)
    page_text: str = ""  # a saved web page's text, for the map's text view
    # The names the rows depend on (`geo.depends.article_names`); None: unknown, so any
    # edit of the gazetteer parses the article again (one the stages failed on).
    depends: str | None = None


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """A hash of the code that makes the rows, so cached rows never outlive it."""
    digest = hashlib.sha1(SCHEMA.encode())
    here = Path(__file__).resolve().parent
    for name in _RESULT_MODULES:
        module = here / f"{name}.py"
        files = [module] if module.exists() else sorted((here / name).rglob("*.py"))
        for path in files:
            digest.update(path.relative_to(here).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def _overlay_code_version() -> str:
    """A hash of the code that lays the curated files over the base."""
    digest = hashlib.sha1()
    here = Path(__file__).resolve().parent
    for name in ("gazetteer.py", "curated.py"):
        digest.update((here / name).read_bytes())
    return digest.hexdigest()[:16]


def article_key(article: Article, version: str) -> str:
    """The cache key: everything about the article that the rows depend on, plus versions."""
    digest = hashlib.sha1(version.encode())
    for value in (article.article_id, article.path, article.title, article.published,
                  article.url, article.source, str(article.body_start), article.text):
        digest.update(b"\x00")
        digest.update(value.encode("utf-8", errors="surrogatepass"))
    return digest.hexdigest()


def cache_path(out_dir: Path) -> Path:
    return Path(out_dir) / ".cache" / CACHE_FILE


class ResultCache:
    """The rows of every article of the corpus, and which run last saw each one."""

    def __init__(self, path: Path, *, rebuild: bool = False):
        self.path = Path(path)
        self._db: sqlite3.Connection | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, isolation_level=None)
            # Text that is not UTF-8 is damage: raised as such (sqlite3 would report it as an
            # OperationalError, as it reports a full disk).
            self._db.text_factory = _utf8
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("BEGIN IMMEDIATE")
            self._db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT)")
            if self._meta("schema") not in (None, SCHEMA):
                # Rows of another layout: none can be used (the run counter stays).
                for table in ("articles", "files", "gazetteer_keys"):
                    self._db.execute(f"DROP TABLE IF EXISTS {table}")
                self._db.execute("DELETE FROM meta WHERE name != 'run'")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS articles (article_id TEXT PRIMARY KEY, key TEXT, "
                "path TEXT, position INTEGER, run INTEGER, skipped TEXT, payload BLOB, "
                "depends BLOB)")
            # What each unchanged file gave last time: its articles' ids (before a `~2`
            # suffix) and its skip reasons, so that a warm run need not read it again.
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, signature TEXT, "
                "version TEXT, run INTEGER, items TEXT)")
            # What the gazetteer said of each name the curated files change, when the rows
            # were last brought up to date with it (see `follow_gazetteer`).
            self._db.execute("CREATE TABLE IF NOT EXISTS gazetteer_keys (key TEXT PRIMARY KEY, "
                             "signature TEXT) WITHOUT ROWID")
            self._set_meta("schema", SCHEMA)
            self.run = int(self._meta("run") or 0) + 1
            self._set_meta("run", str(self.run))
            # Each cached article's key, and the file it came from.
            self.known: dict[str, str] = {}
            self._paths: dict[str, str] = {}
            if not rebuild:
                for article_id, key, path in self._db.execute(
                        "SELECT article_id, key, path FROM articles"):
                    self.known[article_id] = key
                    self._paths[article_id] = path
            self._db.execute("COMMIT")
            self._db.execute("BEGIN")
        except (sqlite3.Error, OSError, ValueError, TypeError) as error:
            if self._db is not None:
                self._db.close()
            raise self._failure(error) from error
        self._last_commit = time.monotonic()
        # What a warm run does to every unchanged file and its articles (mark them seen this
        # run), written in batches rather than a statement each: 30,000 statements cost
        # 10,000 files half a second. A run stopped before they are written marks them again.
        self._files: dict[str, tuple[str, str, str]] | None = None  # read on first use
        self._seen_articles: list[tuple[int, int, str]] = []  # (position, run, article id)
        self._seen_files: list[tuple[int, str]] = []  # (run, path)

    def _meta(self, name: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    def _set_meta(self, name: str, value: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (name, value))

    def hit(self, article_id: str, key: str, position: int) -> bool:
        """True when the rows for this exact article are cached (and marks them seen)."""
        if self.known.get(article_id) != key:
            return False
        self._seen_articles.append((position, self.run, article_id))
        self._commit_when_due()
        return True

    def remembered_file(self, path: str, signature: str, version: str) -> list[list] | None:
        """What an unchanged file gave last time: [["article", id] or ["skipped", reason]]."""
        if not signature:
            return None
        if self._files is None:
            try:
                self._files = {row[0]: row[1:] for row in self._db.execute(
                    "SELECT path, signature, version, items FROM files")}
            except ValueError as error:
                raise CacheCorrupt(f"{self.path}: {error}") from error
            except sqlite3.Error as error:
                raise self._failure(error) from error
        row = self._files.get(path)
        if row is None or row[0] != signature or row[1] != version:
            return None
        try:
            items = json.loads(row[2])
            if all(kind in ("article", "skipped") and isinstance(value, str)
                   for kind, value in items):
                return items
        except (ValueError, TypeError):
            pass
        raise CacheCorrupt(f"{self.path}: the record of {path} is damaged")

    def hit_remembered(self, article_id: str, path: str, position: int) -> bool:
        """Marks an unchanged file's article seen, if its rows are still here (and are that
        file's: an id can move to another file when a file of the same name is added)."""
        if article_id not in self.known or self._paths.get(article_id) != path:
            return False
        self._seen_articles.append((position, self.run, article_id))
        return True

    def remember_file(self, path: str, signature: str, version: str,
                      items: list[list] | None) -> None:
        """Records what the file gave (or, with None or no signature, forgets it)."""
        if items is None or not signature:
            self._execute("DELETE FROM files WHERE path = ?", (path,))
        else:
            self._execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?)",
                          (path, signature, version, self.run, json.dumps(items)))

    def file_seen(self, path: str) -> None:
        """Marks seen a file whose record `remembered_file` gave, unchanged."""
        self._seen_files.append((self.run, path))
        self._commit_when_due()

    def _write_seen(self) -> None:
        """Write the marks of the articles and files seen this run (see `__init__`)."""
        if self._seen_articles:
            self._db.executemany("UPDATE articles SET position = ?, run = ? "
                                 "WHERE article_id = ?", self._seen_articles)
            self._seen_articles = []
        if self._seen_files:
            self._db.executemany("UPDATE files SET run = ? WHERE path = ?", self._seen_files)
            self._seen_files = []

    def store(self, rows: ArticleRows) -> None:
        payload = zlib.compress(json.dumps([rows.events, rows.mentions_csv, rows.mention_count,
                                            rows.unresolved, rows.notes, rows.page_text],
                                           default=_plain).encode("ascii"), 1)
        depends = (None if rows.depends is None
                   else zlib.compress(rows.depends.encode("utf-8", "surrogatepass"), 1))
        self._execute("INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                      (rows.article_id, rows.key, rows.path, rows.position, self.run,
                       rows.skipped, payload, depends))
        self.known[rows.article_id] = rows.key
        self._paths[rows.article_id] = rows.path

    def follow_gazetteer(self, gazetteer) -> int:
        """Bring the cache up to the gazetteer's curated files: forget the rows of every
        article an edit since the last run can change, so that they are parsed again;
        returns how many.

        Only the names whose answers changed (`Gazetteer.key_signatures`, then and now) can
        change an article, and only one that could name them (`geo.depends`). Rows made
        with another base are of other keys (see `article_key`) and are parsed again
        anyway; rows whose gazetteer is unknown are forgotten.
        """
        # (The code that lays the curated rows over the base counts too: changed, it may
        # give some name another answer from the same files.)
        version = f"{gazetteer.version}:{_overlay_code_version()}"
        try:
            if self._meta("gazetteer") == version:
                return 0
            signatures = dict(gazetteer.key_signatures())
            if self._meta("gazetteer_base") == gazetteer.base_fingerprint:
                before = dict(self._db.execute("SELECT key, signature FROM gazetteer_keys"))
                changed = ChangedNames(key for key in before.keys() | signatures.keys()
                                       if before.get(key) != signatures.get(key))
            else:
                changed = ChangedNames.every_name()
            forget = [article_id for article_id, depends in self._db.execute(
                          "SELECT article_id, depends FROM articles") if changed.reach(
                              _record(depends))] if changed else []
            self._db.executemany("DELETE FROM articles WHERE article_id = ?",
                                 ((article_id,) for article_id in forget))
            for article_id in forget:
                self.known.pop(article_id, None)
                self._paths.pop(article_id, None)
            self._db.execute("DELETE FROM gazetteer_keys")
            self._db.executemany("INSERT INTO gazetteer_keys VALUES (?, ?)",
                                 sorted(signatures.items()))
            self._set_meta("gazetteer", version)
            self._set_meta("gazetteer_base", gazetteer.base_fingerprint)
            self._db.execute("COMMIT")
            self._db.execute("BEGIN")
        except sqlite3.Error as error:
            raise self._failure(error) from error
        self._last_commit = time.monotonic()
        return len(forget)

    def _execute(self, sql: str, params: tuple) -> sqlite3.Cursor:
        try:
            cursor = self._db.execute(sql, params)
        except sqlite3.Error as error:
            raise self._failure(error) from error
        self._commit_when_due()
        return cursor

    def _commit_when_due(self) -> None:
        """Commit what this run did, every second or so: a run stopped keeps it."""
        if time.monotonic() - self._last_commit <= _COMMIT_SECONDS:
            return
        try:
            self._write_seen()
            self._db.execute("COMMIT")
            self._db.execute("BEGIN")
        except sqlite3.Error as error:
            raise self._failure(error) from error
        self._last_commit = time.monotonic()

    def _failure(self, error: Exception) -> Exception:
        """Damage to rebuild from, or a problem of the disk or the folder for the user.

        SQLite names damage in the file itself (malformed, not a database) but, for damage
        in some places, reports an error that could be the disk's: such a file is judged by
        SQLite's own check of every page.
        """
        if isinstance(error, OSError):
            return CacheUnusable(f"{error.filename or self.path}: {error.strerror or error}")
        if isinstance(error, sqlite3.OperationalError) and _sound(self.path):
            return CacheUnusable(f"{self.path}: {error}")
        return CacheCorrupt(f"{self.path}: {error}")

    def finish(self) -> int:
        """Forget the articles this run did not see (removed from the corpus); how many."""
        try:
            self._write_seen()
            removed = self._db.execute("DELETE FROM articles WHERE run != ?", (self.run,))
            self._db.execute("DELETE FROM files WHERE run != ?", (self.run,))
            self._db.execute("COMMIT")
        except sqlite3.Error as error:
            raise self._failure(error) from error
        self._last_commit = time.monotonic()
        return removed.rowcount

    def rows(self) -> Iterator[ArticleRows]:
        """This run's articles in corpus order, read back one at a time."""
        query = ("SELECT article_id, path, position, key, skipped, payload FROM articles "
                 "WHERE run = ? ORDER BY position")
        try:
            self._write_seen()
            for article_id, path, position, key, skipped, payload in self._db.execute(
                    query, (self.run,)):
                events, mentions_csv, count, unresolved, notes, page_text = json.loads(
                    zlib.decompress(payload))
                yield ArticleRows(article_id, path, position, key, events, mentions_csv, count,
                                  unresolved, skipped, notes, page_text=page_text)
        except sqlite3.Error as error:
            raise self._failure(error) from error
        except (zlib.error, ValueError, TypeError) as error:
            raise CacheCorrupt(f"{self.path}: {type(error).__name__}: {error}") from error

    def close(self) -> None:
        try:
            self._write_seen()
            if self._db.in_transaction:
                self._db.execute("COMMIT")
        except sqlite3.Error:
            pass
        self._db.close()


def _sound(path: Path) -> bool:
    """Whether the file's header is SQLite's and SQLite finds every page in order (read
    only; about 0.2 s for 100 MB): then an error it reported is the disk's or the folder's.

    A header damaged in its version bytes makes SQLite call the file read-only, which a
    read-only folder would too: the header is checked first.
    """
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError:
        return True  # cannot even be read: not evidence of damage
    if len(header) == 100 and (not header.startswith(b"SQLite format 3\x00")
                               or header[18] not in (1, 2) or header[19] not in (1, 2)):
        return False
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return connection.execute("PRAGMA quick_check(1)").fetchone() == ("ok",)
        finally:
            connection.close()
    except sqlite3.OperationalError:
        return True  # could not look (locked, unreadable): not evidence of damage
    except sqlite3.DatabaseError:
        return False  # malformed, not a database


def move_aside(path: Path) -> Path:
    """Keep a corrupt cache for inspection, out of the way of the next one."""
    path = Path(path)
    stamp = time.strftime('%Y%m%d-%H%M%S')
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    number = 1
    while target.exists():  # two damaged caches in one second
        number += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{number}")
    try:
        for suffix in ("", "-wal", "-shm"):
            source = Path(f"{path}{suffix}")
            if source.exists():
                os.replace(source, f"{target}{suffix}")
    except OSError as error:
        raise CacheUnusable(f"{path}: it is damaged and cannot be moved aside: "
                            f"{error.strerror or error}") from error
    return target


def _utf8(data: bytes) -> str:
    return data.decode("utf-8")


def _record(depends: bytes | None) -> str | None:
    """An article's stored record of names; None when there is none or it is damaged (then
    any edit parses the article again)."""
    if depends is None:
        return None
    try:
        return zlib.decompress(depends).decode("utf-8", "surrogatepass")
    except (zlib.error, UnicodeDecodeError, TypeError):
        return None


def _plain(value):
    """numpy scalars, should a stage hand one over, as the Python values they hold."""
    if hasattr(value, "item"):
        return value.item()
    raise TypeError(f"cannot cache a {type(value).__name__}")
