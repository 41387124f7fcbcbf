"""Where a run reads and writes: the project's own folders, and a corpus folder's settings.

`make_map.py` may be run from any folder (`cd ~/articles && python /path/to/make_map.py
--corpus .`): the shipped corpus and the curated gazetteer are found beside the package, never
in the working directory, so that a run from elsewhere does not silently leave the user's
gazetteer out. An analyst who keeps one folder per conflict puts a small `geo.toml` in it:

    gazetteer = "../gazetteer"     # the curated gazetteer folder
    out = "../sudan-map"           # the output folder
    title = "Sudan, 2023-2024"     # the map's title

Paths are relative to the settings file; command-line options override it. A settings file
that cannot be used is one `SettingsError` naming the file and the problem: a run with the
wrong gazetteer or output folder would look like a good one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10: tomli is the same parser, if installed
    try:
        import tomli as tomllib  # type: ignore[no-redef]
    except ModuleNotFoundError:
        tomllib = None  # type: ignore[assignment]

# The folder that holds the geo package, make_map.py, corpus/ and gazetteer/.
PROJECT_DIR = Path(__file__).resolve().parent.parent
SHIPPED_CORPUS = PROJECT_DIR / "corpus"
PROJECT_GAZETTEER = PROJECT_DIR / "gazetteer"
PROJECT_MAPS = PROJECT_DIR / "maps"
SETTINGS_FILE = "geo.toml"
# setting: what it holds ("folder" values are paths relative to the file)
SETTINGS = {"gazetteer": "folder", "out": "folder", "title": "text"}
_SETTINGS_BYTES = 64 * 1024  # a settings file is a few lines


class SettingsError(Exception):
    """A settings file that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class Settings:
    """What a corpus folder's settings file says (None where it says nothing)."""

    path: Path | None = None
    gazetteer: Path | None = None
    out: Path | None = None
    title: str | None = None


def read_settings(folder: Path) -> Settings:
    """The settings in `folder`/geo.toml; no settings when the folder has no such file."""
    path = (Path(folder) / SETTINGS_FILE).absolute()
    if not os.path.lexists(path):
        return Settings()
    label = str(path)
    if not path.is_file():
        raise SettingsError(f"{label}: not a file")
    try:
        data = path.read_bytes()[:_SETTINGS_BYTES + 1]
    except OSError as error:
        raise SettingsError(f"{label}: unreadable: {error.strerror or error}") from None
    if len(data) > _SETTINGS_BYTES:
        raise SettingsError(f"{label}: larger than the {_SETTINGS_BYTES // 1024} KB a settings "
                            "file may have")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise SettingsError(f"{label}:{line}: byte 0x{data[error.start]:02x} is not UTF-8; "
                            "save the file as UTF-8") from None
    if tomllib is None:
        raise SettingsError(f"{label}: reading it needs Python 3.11 or the tomli package "
                            "(pip install tomli)")
    try:
        values = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise SettingsError(f"{label}: not valid TOML: {error}") from None
    return _checked(path, values)


def _checked(path: Path, values: dict) -> Settings:
    """The settings with their paths made absolute; an unknown name or a value of the wrong
    kind is an error (a misspelt `gazeteer` must not be silently ignored)."""
    known = ", ".join(SETTINGS)
    found: dict[str, object] = {}
    for name, value in values.items():
        if name not in SETTINGS:
            raise SettingsError(f"{path}: unknown setting {name!r} (known: {known})")
        if not isinstance(value, str) or not value.strip():
            raise SettingsError(f"{path}: {name} must be a non-empty string in quotes, "
                                f"not {value!r}")
        if SETTINGS[name] == "folder":
            found[name] = path.parent / Path(value).expanduser()
        else:
            found[name] = value
    return Settings(path, **found)  # type: ignore[arg-type]


def default_out(corpus: Path, *, corpus_given: bool) -> Path:
    """Where a run writes when neither --out nor a settings file says.

    The shipped corpus's map goes to the project's maps/; a corpus given on the command line
    gets maps/ in the current folder, unless that lies inside the corpus (run from within
    it), where the next run would read the tables as articles: then `<corpus>-map` beside it.
    """
    if not corpus_given:
        return PROJECT_MAPS
    here = Path("maps")
    inside = Path(os.path.realpath(here))
    root = Path(os.path.realpath(corpus))
    if inside == root or root in inside.parents:
        return root.parent / f"{root.name}-map"
    return here


def default_gazetteer(folder: Path = Path(".")) -> Path:
    """The curated gazetteer folder the `gazetteer` commands edit without --gazetteer: the
    one the settings file of `folder` (the current one) names, else the project's."""
    return read_settings(folder).gazetteer or PROJECT_GAZETTEER
