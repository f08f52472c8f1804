"""Where things live: the package's own data, the project folder, and the corpus setting.

The project folder (data/, notebooks/, reports/) is the source checkout the package runs from; when
the package is installed elsewhere, it is $MULTIPOLAR_HOME, else the first folder upwards from the
working directory that holds data/raw or a pyproject.toml of multipolar. The corpus setting is the
raw folder ($MULTIPOLAR_RAW, else data/raw) and the folder its tables go to ($MULTIPOLAR_PROCESSED,
else data/processed for data/raw and a sub-folder of it named after any other raw folder); a
relative folder in either variable is taken from the project folder. The command line,
load_articles() and the notebooks all read it, so one setting serves them all.
"""
from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
PACKAGE_DATA = PACKAGE / "data"
HOME_ENV, RAW_ENV, PROCESSED_ENV = "MULTIPOLAR_HOME", "MULTIPOLAR_RAW", "MULTIPOLAR_PROCESSED"


class ProjectNotFound(FileNotFoundError):
    """No project folder: the message says what to set."""


def is_project(folder: Path) -> bool:
    """True for a multipolar project folder: it holds data/raw, or multipolar's pyproject.toml."""
    toml = folder / "pyproject.toml"
    return (folder / "data" / "raw").is_dir() or (toml.is_file() and 'name = "multipolar"' in toml.read_text(errors="replace"))


def find_root() -> Path | None:
    """The project folder: $MULTIPOLAR_HOME, the source checkout of this package, or the working
    directory or one above it; None when there is none."""
    if os.environ.get(HOME_ENV):
        return Path(os.environ[HOME_ENV]).expanduser().resolve()
    checkout = PACKAGE.parents[1]
    if is_project(checkout):
        return checkout
    here = Path.cwd().resolve()
    return next((p for p in (here, *here.parents) if is_project(p)), None)


ROOT = find_root() or PACKAGE.parents[1]
DATA = ROOT / "data"
RAW = DATA / "raw"
PROCESSED = DATA / "processed"
REPORTS = ROOT / "reports"
FIGURES = REPORTS / "figures"
NOTEBOOKS = ROOT / "notebooks"
ANNOTATIONS = ROOT / "tests" / "annotations"
FIXTURES = ROOT / "tests" / "fixtures"
SHIPPED = FIXTURES / "shipped"  # the tests' own copy of the shipped pages


def from_env(name: str) -> Path | None:
    """A folder named by an environment variable; a relative one is taken from the project folder,
    so that a notebook (which runs in notebooks/) and the shell that set it agree."""
    value = os.environ.get(name, "").strip()
    if not value:
        return None
    path = Path(value).expanduser()
    return path if path.is_absolute() else ROOT / path


def raw_folder(raw: str | Path | None = None) -> Path:
    """The raw folder of the corpus setting: the argument, else $MULTIPOLAR_RAW, else data/raw."""
    if raw is not None:
        return Path(raw)
    if from_env(RAW_ENV) is not None:
        return from_env(RAW_ENV)
    if find_root() is None:
        raise ProjectNotFound(f"no project folder found (no data/raw here or above {Path.cwd()}) - "
                              f"set {HOME_ENV} to the folder holding data/raw, or {RAW_ENV} to your pages' folder")
    return RAW


def processed_folder(raw: str | Path | None = None, out: str | Path | None = None) -> Path:
    """Where a raw folder's tables go: the argument, else $MULTIPOLAR_PROCESSED, else data/processed
    for data/raw and data/processed/<name>-<hash of its path> for any other folder (two corpora never
    share a store)."""
    if out is not None:
        return Path(out)
    if from_env(PROCESSED_ENV) is not None:
        return from_env(PROCESSED_ENV)
    raw = raw_folder(raw).resolve()
    if raw == RAW.resolve():
        return PROCESSED
    return PROCESSED / f"{raw.name}-{hashlib.sha256(str(raw).encode()).hexdigest()[:8]}"


def user_cache() -> Path | None:
    """The user's cache folder for this package ($XDG_CACHE_HOME/multipolar, else ~/.cache/multipolar), made if
    needed: indexes that take long to build and depend only on the package's own data are kept there between runs
    (each file keyed by what it is built from); None when it cannot be written."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "multipolar"
    try:
        base.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return base


def write_cached(path: Path, text: str) -> None:
    """Write a file of the user's cache whole (a temporary file, then a rename: two processes writing at once leave
    the last one's file, whole), and remove the files of the same kind built from other sources ('cities-*.json' beside
    'cities-<key>.json') that have not been written for a week. A cache that cannot be written is left as it is."""
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
        return
    kind, week_ago = path.name.rsplit("-", 1)[0], time.time() - 7 * 24 * 3600
    for old in path.parent.glob(f"{kind}-*{path.suffix}"):
        try:  # (one not read for a week: two checkouts of different versions sharing the cache keep each their own)
            if old != path and old.name.rsplit("-", 1)[0] == kind and old.stat().st_mtime < week_ago:
                old.unlink(missing_ok=True)
        except OSError:
            pass
