"""Atomic file writes: a reader sees the old file or the new one, never half of either."""

from __future__ import annotations

import contextlib
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

    On any exception the temporary file is removed and `path` is left as it was. With
    `keep_backup`, the version replaced is kept as `path~` (only once the new one is in
    place). The file keeps the permissions it had; a new one gets the umask's.
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
            os.replace(backup_tmp, path.with_name(path.name + "~"))
    except BaseException:
        for leftover in (tmp_name, backup_tmp):
            if leftover:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(leftover)
        raise


def _mode_for(path: Path) -> int:
    """The existing file's permissions, else what a plain open() would have given."""
    try:
        return path.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_text_atomic(path: Path | str, text: str, *, keep_backup: bool = False) -> None:
    with atomic_open(path, "w", keep_backup=keep_backup, newline="") as handle:
        handle.write(text)


def write_bytes_atomic(path: Path | str, data: bytes) -> None:
    with atomic_open(path, "wb") as handle:
        handle.write(data)
