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
#: Per-user cache of what is slow to rebuild and safe to lose (``$DISPATCHES_CACHE``, else
#: ``$XDG_CACHE_HOME/dispatches``, else ``~/.cache/dispatches``).
CACHE = Path(os.environ.get("DISPATCHES_CACHE")
             or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "dispatches")
#: Reference material kept outside the repository (may be absent).
SHARED = Path(os.environ.get("DISPATCHES_SHARED", ROOT.parent / "shared"))


def resource(name: str) -> Path:
    """Path of a data file under ``analysis/resources``."""
    return RESOURCES / name
