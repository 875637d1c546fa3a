"""Every path the project uses, in one place (notebooks never write '../data')."""
from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
#: The checkout root (the folder holding ``pyproject.toml``).
ROOT = PACKAGE_DIR.parent
RESOURCES = PACKAGE_DIR / "resources"
TEMPLATES = PACKAGE_DIR / "templates"
NOTEBOOKS = ROOT / "notebooks"
DATA = ROOT / "data"
#: The project's own sample corpus, the default of ``dispatches reports``.
RAW = DATA / "raw"
#: Generated stores (git-ignored).
PROCESSED = DATA / "processed"
DEFAULT_STORE = PROCESSED / "store"
REPORTS = ROOT / "reports"
#: The report set built by ``dispatches reports`` (see notebooks/reports.toml).
REPORT_CONFIG = NOTEBOOKS / "reports.toml"


def _cache_dir() -> Path:
    """Per-user cache of what is slow to rebuild and safe to lose: ``$DISPATCHES_CACHE``, else
    ``$XDG_CACHE_HOME/dispatches``, else ``~/.cache/dispatches`` (a folder under the system's
    temporary directory where no home directory is known)."""
    if os.environ.get("DISPATCHES_CACHE"):
        return Path(os.environ["DISPATCHES_CACHE"])
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]) / "dispatches"
    try:
        return Path.home() / ".cache" / "dispatches"
    except (RuntimeError, KeyError):
        import tempfile

        return Path(tempfile.gettempdir()) / "dispatches-cache"


#: see :func:`_cache_dir`
CACHE = _cache_dir()
#: Reference material kept outside the repository (may be absent).
SHARED = Path(os.environ.get("DISPATCHES_SHARED", ROOT.parent / "shared"))


def resource(name: str) -> Path:
    """Path of a data file under ``analysis/resources``."""
    return RESOURCES / name
