"""Atomic file writes: a reader sees the old file or the new one, never half of either."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


@contextlib.contextmanager
def atomic_open(path: Path | str, mode: str = "w", *, keep_backup: bool = False,
                encoding: str | None = "utf-8", newline: str | None = None) -> Iterator[IO]:
    """Open a temporary file beside `path`; on success fsync it and rename it over `path`.

    On any exception the temporary file is removed and `path` is left as it was; an OSError
    that names no file (a full disk, met while writing) is raised again naming `path`. With
    `keep_backup`, the version replaced is kept as `backup_path(path)` (only once the new one
    is in place). The file keeps the permissions it had; a new one gets the umask's.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    binary = "b" in mode
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    backup_tmp = None
    try:
        with os.fdopen(fd, mode, encoding=None if binary else encoding,
                       newline=None if binary else newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, _mode_for(path))
        if keep_backup and path.exists():
            backup_tmp = f"{tmp_name}.previous"
            shutil.copy2(path, backup_tmp)
        os.replace(tmp_name, path)
        if backup_tmp:
            os.replace(backup_tmp, _backup_folder(path.parent) / path.name)
    except BaseException as error:
        for leftover in (tmp_name, backup_tmp):
            if leftover:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(leftover)
        if isinstance(error, OSError) and not error.filename:
            raise OSError(error.errno, error.strerror or str(error), str(path)) from error
        raise


# Where the previous versions of edited files go: a folder beside them that git ignores (it
# holds a .gitignore of "*"), so that an edit of a curated file under version control leaves
# no untracked file behind.
BACKUP_FOLDER = ".backup"


def backup_path(path: Path | str) -> Path:
    """Where `atomic_open(path, keep_backup=True)` keeps the version it replaced."""
    path = Path(path)
    return path.parent / BACKUP_FOLDER / path.name


def _backup_folder(parent: Path) -> Path:
    folder = parent / BACKUP_FOLDER
    folder.mkdir(exist_ok=True)
    ignore = folder / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# Previous versions of the files beside this folder, kept by each "
                          "edit; not for git.\n*\n", encoding="utf-8")
    return folder


def _mode_for(path: Path) -> int:
    """The existing file's permissions, else what a plain open() would have given."""
    try:
        return path.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextlib.contextmanager
def locked(path: Path | str) -> Iterator[None]:
    """Hold an exclusive lock on the file `path` (made if missing): of processes that would
    build the same cached file at once, one builds it and the others then read it."""
    with Path(path).open("a") as handle:
        try:
            import fcntl
        except ImportError:  # not POSIX: the rename alone keeps the file whole
            yield
            return
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def write_text_atomic(path: Path | str, text: str, *, keep_backup: bool = False) -> None:
    with atomic_open(path, "w", keep_backup=keep_backup, newline="") as handle:
        handle.write(text)


def write_bytes_atomic(path: Path | str, data: bytes) -> None:
    with atomic_open(path, "wb") as handle:
        handle.write(data)


# --- a set of files replaced together --------------------------------------------------
#
# One rename is atomic, several are not: a run killed between renaming its tables and its
# map would leave new tables beside an old map. So the new files are written into a staging
# folder, a journal naming them is written (atomically) as the commit point, and only then
# are they renamed into place. A run that dies before the journal leaves the old files; one
# that dies after it is finished by `finish_publishing`, which every run calls first.

PUBLISH_JOURNAL = ".publishing.json"
STAGING_PREFIX = ".staging-"


@contextlib.contextmanager
def published_together(folder: Path | str) -> Iterator[Path]:
    """A staging folder to write files into; on success they replace `folder`'s together."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    finish_publishing(folder)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=folder))
    try:
        yield staging
        names = sorted(path.name for path in staging.iterdir())
        for name in names:
            os.chmod(staging / name, _mode_for(folder / name))
        journal = {"staging": staging.name, "files": names}
        write_text_atomic(folder / PUBLISH_JOURNAL, json.dumps(journal))
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    finish_publishing(folder)


def finish_publishing(folder: Path | str) -> list[str]:
    """Complete a publication a killed run had committed, drop any it had not; the names moved.

    Idempotent: renaming what is left again after another interruption is harmless.
    """
    folder = Path(folder)
    moved: list[str] = []
    journal_path = folder / PUBLISH_JOURNAL
    try:
        journal = json.loads(journal_path.read_text(encoding="utf-8"))
        staging, names = folder / journal["staging"], list(journal["files"])
    except FileNotFoundError:
        pass  # nothing was committed and left unfinished
    except (ValueError, KeyError, TypeError):  # not written by us: commit nothing
        journal_path.unlink()
    else:
        for name in names:
            if (staging / name).exists():
                os.replace(staging / name, folder / name)
                moved.append(name)
        _fsync_folder(folder)
        journal_path.unlink()
    for leftover in folder.glob(f"{STAGING_PREFIX}*"):
        shutil.rmtree(leftover, ignore_errors=True)
    return moved


def _fsync_folder(folder: Path) -> None:
    """Make the renames durable (a no-op where folders cannot be opened, as on Windows)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
