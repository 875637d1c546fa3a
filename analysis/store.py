"""The Parquet corpus store: one Parquet file per table plus ``store.json``."""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from .errors import StoreError

MARKER = "store.json"


def is_store(path: Path) -> bool:
    return Path(path).is_dir() and (Path(path) / MARKER).is_file()


def write_store(corpus, directory: Path, *, meta: dict | None = None) -> Path:
    """Write every table of ``corpus`` as Parquet, atomically (a temp folder renamed)."""
    from . import __version__
    from .corpus import TABLES
    from .text import resource_fingerprint

    directory = Path(directory)
    directory.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".store-", dir=directory.parent))
    for name in TABLES:
        getattr(corpus, name).to_parquet(tmp / f"{name}.parquet", index=False)
    info = {"version": __version__, "resources": resource_fingerprint(), "origin": corpus.origin,
            **(meta or {})}
    (tmp / MARKER).write_text(json.dumps(info, indent=2), encoding="utf-8")
    if directory.exists():
        old = directory.with_name(directory.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        os.replace(directory, old)
        os.replace(tmp, directory)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(tmp, directory)
    return directory


def read_store(directory: Path):
    from .corpus import TABLES, Corpus

    directory = Path(directory)
    if not is_store(directory):
        raise StoreError(f"{directory} is not a dispatches store (no {MARKER}); "
                         f"build one with 'dispatches ingest PATH --store {directory}'")
    info = json.loads((directory / MARKER).read_text(encoding="utf-8"))
    tables = {}
    for name in TABLES:
        path = directory / f"{name}.parquet"
        if not path.is_file():
            raise StoreError(f"store {directory} lacks {name}.parquet; rebuild it with "
                             f"'dispatches ingest PATH --store {directory}'")
        tables[name] = pd.read_parquet(path)
    return Corpus(origin=info.get("origin", str(directory)), **tables)
