"""The Parquet corpus store written by ``dispatches ingest PATH --store DIR``.

Layout::

    DIR/store.json                  format, package version, resource and code fingerprints,
                                    the list of parts
    DIR/files.json                  per input file: path, size, mtime, SHA-1, the part
                                    holding its rows and their counts (read by ingest only)
    DIR/<table>/<part>.parquet      one Parquet file per table and part (a batch of files)

Every table of :data:`analysis.tables.TABLES` has one file per part, rows grouped by input
file, so ``pandas.read_parquet(DIR / "persons")`` or DuckDB's
``read_parquet('DIR/persons/*.parquet')`` read a table whole; :func:`read_store` returns a
:class:`~analysis.corpus.Corpus` (actor ids unified across the corpus) and :func:`query`
runs SQL with every table as a view.

Incremental: a re-ingest compares each input's size and mtime (then its SHA-1) with the
index and extracts only new and changed files; parts losing files are rewritten without
their rows; removed files leave the store. A different package version, resource
fingerprint (word lists, gazetteers) or extraction code re-extracts everything.

Atomic: a new state is assembled in a sibling folder (unchanged parts hard-linked, so this
costs nothing) and swapped in by renames; a failed or interrupted ingest leaves the old
store as it was.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import time
from dataclasses import dataclass, field
from functools import partial
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

from .errors import InputError, StoreError

if TYPE_CHECKING:    # (for annotations only: both are imported where used, pandas being slow to import)
    import pandas as pd
    import pyarrow as pa

MARKER = "store.json"
#: The per-input-file index (path, size, mtime, hash, rows...), kept apart from ``store.json``
#: so that reading a store does not parse an index of every input file.
INDEX = "files.json"
FORMAT = "dispatches-store/3"
_READABLE = (FORMAT, "dispatches-store/2")   # 2 kept the index inside store.json

#: Modules whose code does not change extracted tables (edits to them keep the store valid).
_NOT_EXTRACTION = {"analysis.cli", "analysis.store", "analysis.engine", "analysis.__main__",
                   "analysis.evaluate", "analysis.paths", "analysis.errors", "analysis.views",
                   "analysis.network"}


# --------------------------------------------------------------------------- fingerprints

def code_fingerprint() -> str:
    """Hash of the package modules loading and extraction run (``analysis.load``,
    ``analysis.text``, ``analysis.extract.*``, ...): changes when their code changes.

    Every module of the package's source tree is hashed but those of :data:`_NOT_EXTRACTION`
    and the report modules, read as files, without importing them (importing the extractors
    compiles hundreds of regular expressions that this process may never use): a superset
    of what loading and extraction run, equal to hashing the modules they import."""
    digest = hashlib.sha1()
    for name, path in sorted(_package_sources().items()):
        if name in _NOT_EXTRACTION or name.startswith("analysis.report"):
            continue
        digest.update(name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _package_sources() -> dict[str, Path]:
    """Module name -> source file of every ``.py`` module of this package (the folders
    with an ``__init__.py``, as the import system finds them)."""
    root = Path(__file__).resolve().parent
    package = __name__.rpartition(".")[0]
    found: dict[str, Path] = {}

    def walk(folder: Path, prefix: str) -> None:
        for entry in os.scandir(folder):
            if entry.is_dir() and (Path(entry.path) / "__init__.py").is_file():
                walk(Path(entry.path), f"{prefix}.{entry.name}")
            elif entry.is_file() and entry.name.endswith(".py"):
                stem = entry.name[:-3]
                if stem.isidentifier():
                    found[prefix if stem == "__init__" else f"{prefix}.{stem}"] = Path(entry.path)

    walk(root, package)
    return found


def fingerprints() -> dict[str, str]:
    """What produced a store: package version, resource files and extraction code."""
    from . import __version__
    from .text import resource_fingerprint

    return {"version": __version__, "resources": resource_fingerprint(), "code": code_fingerprint()}


# --------------------------------------------------------------------------- reading

def is_store(path) -> bool:
    return Path(path).is_dir() and (Path(path) / MARKER).is_file()


def info(directory, *, files: bool = True) -> dict:
    """The parsed ``store.json`` of a store (raises :class:`StoreError` if there is none);
    with ``files`` also the index of input files (``meta["files"]``)."""
    directory = Path(directory)
    if not directory.exists():
        raise StoreError(f"store {directory} does not exist; build it with "
                         f"'dispatches ingest PATH --store {directory}'")
    if not is_store(directory):
        raise StoreError(f"{directory} is not a dispatches store (no {MARKER}); "
                         f"build one with 'dispatches ingest PATH --store {directory}'")
    try:
        meta = json.loads((directory / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StoreError(f"{directory / MARKER} cannot be read ({exc}); rebuild the store with "
                         f"'dispatches ingest PATH --store {directory}'") from exc
    if meta.get("format") not in _READABLE:
        raise StoreError(f"{directory} was written by another version of dispatches "
                         f"(format {meta.get('format')!r}, expected {FORMAT!r}); rebuild it with "
                         f"'dispatches ingest PATH --store {directory}'")
    if files and "files" not in meta:
        try:
            meta["files"] = json.loads((directory / INDEX).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise StoreError(f"{directory / INDEX} cannot be read ({exc}); rebuild the store with "
                             f"'dispatches ingest PATH --store {directory}'") from exc
    return meta


def part_files(directory, table: str, meta: dict | None = None) -> list[Path]:
    """The Parquet files of one table, in store order."""
    directory = Path(directory)
    meta = meta or info(directory, files=False)
    files = [directory / table / f"{part}.parquet" for part in meta["parts"]]
    for f in files:
        if not f.is_file():
            raise StoreError(f"store {directory} lacks {f.relative_to(directory)}; rebuild it with "
                             f"'dispatches ingest PATH --store {directory}'")
    return files


def read_parquet(path, columns: Sequence[str] | None = None) -> pa.Table:
    """One Parquet file as an Arrow table. (``pyarrow.parquet.read_table`` goes through
    ``pyarrow.dataset``, whose import, pandas with it, costs half a second: a small
    incremental ingest would pay more for that than for its reading.)"""
    import pyarrow.parquet as pq

    with pq.ParquetFile(path) as f:
        return f.read(columns=list(columns) if columns else None)


def read_table(directory, table: str, *, columns: Sequence[str] | None = None,
               meta: dict | None = None) -> pd.DataFrame:
    """One table of a store as a DataFrame (list columns as Python lists)."""
    import pyarrow as pa

    from .tables import TABLES

    if table not in TABLES:
        raise StoreError(f"no table {table!r} in a store; the tables are {', '.join(TABLES)}")
    files = part_files(directory, table, meta)
    pieces = [read_parquet(f, columns) for f in files]
    if pieces:
        arrow = pa.concat_tables(pieces, promote_options="permissive")
    else:
        from .engine import empty_table
        arrow = empty_table(table)
        if columns:
            arrow = arrow.select(list(columns))
    return _frame(arrow, table, ordered=not columns)


def _frame(arrow: pa.Table, table: str, *, ordered: bool = True) -> pd.DataFrame:
    """An Arrow table as the corpus holds it: list columns as Python lists (as in a corpus
    built in memory), columns in ``COLUMNS`` order (when ``ordered``)."""
    import pyarrow as pa

    from .tables import COLUMNS

    lists = [name for name, typ in zip(arrow.schema.names, arrow.schema.types) if pa.types.is_list(typ)]
    frame = arrow.drop_columns(lists).to_pandas() if lists else arrow.to_pandas()
    for name in lists:
        values = arrow.column(name).to_pylist()    # several times faster than via pandas
        frame.insert(arrow.schema.get_field_index(name), name,
                     [v if v is not None else [] for v in values])
    if ordered and table in COLUMNS:
        wanted = [c for c in COLUMNS[table] if c in frame.columns]
        frame = frame[wanted + [c for c in frame.columns if c not in wanted]]
    return frame


def read_store(directory, *, tables: Sequence[str] | None = None):
    """The :class:`~analysis.corpus.Corpus` of a store, without re-extracting.

    ``tables``: read only these (e.g. ``["articles", "persons", "topics"]``; the others come
    back empty) to save memory on a large store. Actor ids are unified across the corpus
    when ``persons`` is read (as ``build_corpus`` does)."""
    import pandas as pd

    from .corpus import COLUMNS, TABLES, Corpus, resolve_actors

    directory = Path(directory)
    meta = info(directory, files=False)
    wanted = list(TABLES) if tables is None else list(tables)
    unknown = [t for t in wanted if t not in TABLES]
    if unknown:
        raise StoreError(f"no table {unknown[0]!r} in a store; the tables are {', '.join(TABLES)}")
    # persons, mentions and quotes are read now (actor ids are unified over all three);
    # the other wanted tables on first use, so a report pays only for what it looks at.
    now = {"articles", "manifest"} & set(wanted)
    if "persons" in wanted:
        now |= {"persons", "mentions", "quotes"} & set(wanted)
    frames = {name: read_table(directory, name, meta=meta) if name in now
              else pd.DataFrame(columns=COLUMNS[name]) for name in TABLES}
    if "persons" in wanted:
        resolve_actors(frames["persons"], frames["mentions"], frames["quotes"])
    corpus = Corpus(origin=meta.get("origin") or str(directory), **frames)
    lazy = {name: partial(read_table, directory, name, meta=meta) for name in wanted if name not in now}
    for name in lazy:
        del corpus.__dict__[name]   # read by Corpus.__getattr__ on first use
    corpus.__dict__["_loaders"] = lazy
    return corpus


def connect(directory):
    """A DuckDB connection with one view per table of the store (``articles``, ``persons``,
    ...). Actor ids are as extracted per article (``read_store`` unifies them)."""
    import duckdb

    from .tables import TABLES

    directory = Path(directory)
    meta = info(directory, files=False)
    con = duckdb.connect()
    for name in TABLES:
        files = [str(f) for f in part_files(directory, name, meta)]
        listing = ", ".join("'" + f.replace("'", "''") + "'" for f in files)
        con.execute(f'CREATE VIEW "{name}" AS SELECT * FROM read_parquet([{listing}])')
    return con


def query(directory, sql: str, params: Sequence | None = None) -> pd.DataFrame:
    """Run SQL with DuckDB over a store's Parquet files; every table is a view::

        query(store, "SELECT label, count(*) AS n FROM topics GROUP BY label ORDER BY n DESC")
    """
    con = connect(directory)
    try:
        return con.execute(sql, params or []).df()
    finally:
        con.close()


# --------------------------------------------------------------------------- snapshots

#: Marker of a snapshot folder (see :func:`write_snapshot`).
SNAPSHOT = "snapshot.json"
SNAPSHOT_FORMAT = "dispatches-snapshot/1"
#: Tables whose actor ids ``read_store`` rewrites (written from the unified frames).
_RESOLVED = ("persons", "mentions", "quotes")


#: Environment variable naming a snapshot that ``load_corpus`` reads instead of its store
#: (the report build sets it for the notebook kernels; see :func:`snapshot_for`).
SNAPSHOT_ENV = "DISPATCHES_SNAPSHOT"


def is_snapshot(path) -> bool:
    return Path(path).is_dir() and (Path(path) / SNAPSHOT).is_file()


def _marker_hash(store_dir: Path) -> str:
    """Changes whenever the store is rewritten (``store.json`` records parts, content and
    the time of the last write)."""
    return hashlib.sha1((Path(store_dir) / MARKER).read_bytes()).hexdigest()


def snapshot_for(store_dir, snapshot=None) -> Path | None:
    """The snapshot (``snapshot``, else the one named by ``$DISPATCHES_SNAPSHOT``) when it
    was made from ``store_dir`` as the store is now; else None."""
    snapshot = snapshot or os.environ.get(SNAPSHOT_ENV)
    if not snapshot:
        return None
    meta = snapshot_info(snapshot)
    try:
        same = (bool(meta) and meta.get("store") == str(Path(store_dir).resolve())
                and meta.get("marker") == _marker_hash(store_dir))
    except OSError:
        return None
    return Path(snapshot) if same else None


def snapshot_info(directory) -> dict:
    """The parsed ``snapshot.json`` of a snapshot ({} when there is none or it is unreadable)."""
    try:
        meta = json.loads((Path(directory) / SNAPSHOT).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return meta if isinstance(meta, dict) and meta.get("format") == SNAPSHOT_FORMAT else {}


def write_snapshot(store_dir, directory, *, key: str = "", derived=None) -> Path:
    """A read-optimised copy of a store for many short-lived readers (the report kernels).

    Every table but the sentences goes into one uncompressed Arrow IPC file, which
    :func:`read_snapshot` memory-maps: opening a table costs almost nothing whatever its
    size, where reading the store decompresses every part. Actor ids are unified once here
    (as :func:`read_store` does on every read). ``derived(corpus)`` may return more frames
    computed from the corpus (e.g. ``views.actors``), pickled beside the tables and handed
    out by ``Corpus.derived`` while the tables they come from are unchanged. The sentences
    are read from the store on first use. ``key`` is recorded (callers compare it to decide
    whether to rebuild). Assembled in a sibling folder and swapped in.
    """
    import pyarrow as pa
    import pyarrow.ipc as ipc

    from .tables import TABLES

    store_dir = Path(store_dir).resolve()
    directory = Path(directory)
    meta = info(store_dir, files=False)
    marker = _marker_hash(store_dir)
    tmp = _new_tmp(directory)

    def write(name: str, arrow: pa.Table) -> None:
        with pa.OSFile(str(tmp / f"{name}.arrow"), "wb") as sink, ipc.new_file(sink, arrow.schema) as writer:
            writer.write_table(arrow)

    def copy(name: str) -> None:
        files = part_files(store_dir, name, meta)
        if files:
            arrow = pa.concat_tables([read_parquet(f) for f in files], promote_options="permissive")
        else:
            from .engine import empty_table
            arrow = empty_table(name)
        write(name, arrow)

    try:
        tables = [name for name in TABLES if name != "sentences"]
        # the tables copied as they are (Arrow work, which runs beside the GIL) in threads,
        # while this thread unifies the actor ids
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=2) as pool:
            copies = [pool.submit(copy, name) for name in tables if name not in _RESOLVED]
            resolved = read_store(store_dir, tables=list(_RESOLVED))
            for name in _RESOLVED:
                write(name, pa.Table.from_pandas(getattr(resolved, name), preserve_index=False))
            for future in copies:
                future.result()
        data = {"format": SNAPSHOT_FORMAT, "key": key, "store": str(store_dir),
                "marker": marker, "content": meta.get("content"),
                "origin": meta.get("origin") or str(store_dir),
                "tables": tables, "derived": [], "created": _now()}
        _write_json_atomic(tmp / SNAPSHOT, data)
        if derived is not None:     # computed from the snapshot, as its readers will see it
            extra = derived(read_snapshot(tmp))
            for name, frame in extra.items():
                frame.to_pickle(tmp / f"{name}.pkl")
            data["derived"] = sorted(extra)
            _write_json_atomic(tmp / SNAPSHOT, data)
        _swap_in(tmp, directory)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return directory


#: Frames of snapshot files this process has read, by file identity: a report kernel that
#: builds several reports converts each table once (see ``reports._reused_kernel``).
_SNAPSHOT_FRAMES: dict[str, tuple[tuple, pd.DataFrame]] = {}


def _read_ipc(path: Path, table: str) -> pd.DataFrame:
    """A snapshot table as a frame: a copy of the one read before when the file is the same
    (the cells of list columns are shared; the frame's own columns are not)."""
    import pyarrow as pa
    import pyarrow.ipc as ipc

    stat = path.stat()
    identity = (stat.st_ino, stat.st_size, stat.st_mtime_ns)
    known = _SNAPSHOT_FRAMES.get(str(path))
    if known is None or known[0] != identity:
        # memory-mapped: the frame's strings stay in the file's pages (Arrow-backed columns)
        known = (identity, _frame(ipc.open_file(pa.memory_map(str(path))).read_all(), table))
        _SNAPSHOT_FRAMES[str(path)] = known
    return known[1].copy()


def read_snapshot(directory):
    """The :class:`~analysis.corpus.Corpus` of a snapshot written by :func:`write_snapshot`:
    the same tables as ``read_store`` of its store, each read on first use."""
    import pandas as pd

    from .corpus import COLUMNS, TABLES, Corpus

    directory = Path(directory)
    meta = snapshot_info(directory)
    if not meta:
        raise StoreError(f"{directory} is not a readable dispatches snapshot; rebuild the reports "
                         f"('dispatches reports --force') or load the store itself")
    loaders = {name: partial(_read_ipc, directory / f"{name}.arrow", name) for name in meta["tables"]}
    for name in TABLES:
        if name not in loaders:
            loaders[name] = partial(read_table, meta["store"], name)
    corpus = Corpus(origin=meta.get("origin") or str(directory),
                    **{name: pd.DataFrame(columns=COLUMNS[name]) for name in TABLES})
    for name in TABLES:
        del corpus.__dict__[name]   # read by Corpus.__getattr__ on first use
    corpus.__dict__["_loaders"] = loaders
    corpus.__dict__["_derived"] = {name: partial(pd.read_pickle, directory / f"{name}.pkl")
                                   for name in meta.get("derived", [])}
    return corpus


# --------------------------------------------------------------------------- writing

def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _write_meta(directory: Path, data: dict) -> None:
    """Write ``store.json`` and, apart, its file index (the index first: a store.json is
    never newer than its index)."""
    data = dict(data)
    _write_json_atomic(directory / INDEX, data.pop("files", []))
    data["format"] = FORMAT
    _write_json_atomic(directory / MARKER, data)


def _write_json_atomic(path: Path, data) -> None:
    tmp = path.with_name(path.name + f".tmp-{os.getpid()}")
    tmp.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    os.replace(tmp, path)


def _content_id(parts: list[str], files: list[dict]) -> str:
    """Changes exactly when the store's rows change (reports use it to skip rebuilds)."""
    digest = hashlib.sha1("\n".join(parts).encode())
    for f in files:
        digest.update(f"{f['key']}\0{f['sha1']}\0{f['part']}\n".encode())
    return digest.hexdigest()


def _swap_in(tmp: Path, directory: Path) -> None:
    if directory.exists():
        old = directory.with_name(f".{directory.name}.old-{os.getpid()}")
        shutil.rmtree(old, ignore_errors=True)
        os.replace(directory, old)
        os.replace(tmp, directory)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(tmp, directory)


def _new_tmp(directory: Path) -> Path:
    directory.parent.mkdir(parents=True, exist_ok=True)
    for stale in directory.parent.glob(f".{directory.name}.tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)
    tmp = directory.parent / f".{directory.name}.tmp-{os.getpid()}-{int(time.time() * 1000)}"
    tmp.mkdir()
    return tmp


def _link(src: Path, dst: Path) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def write_store(corpus, directory, *, meta: dict | None = None) -> Path:
    """Write an in-memory :class:`Corpus` as a store (one part, no file index: a later
    ``ingest`` into it re-extracts everything)."""
    from .tables import TABLES
    from .engine import to_arrow, write_part

    directory = Path(directory)
    _check_target(directory)
    tmp = _new_tmp(directory)
    try:
        write_part(tmp, "p000000-000000", {name: to_arrow(name, getattr(corpus, name)) for name in TABLES})
        data = {"format": FORMAT, **fingerprints(), "origin": corpus.origin, "created": _now(),
                "updated": _now(), "generation": 0, "indexed": False, "tables": list(TABLES),
                "parts": ["p000000-000000"], **(meta or {}), "files": []}
        data["content"] = _content_id(data["parts"], [])
        _write_meta(tmp, data)
        _swap_in(tmp, directory)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return directory


def _check_target(directory: Path) -> None:
    if directory.exists() and not directory.is_dir():
        raise StoreError(f"{directory} is a file, not a store folder; give --store a folder path")
    if directory.is_dir() and not is_store(directory) and any(directory.iterdir()):
        raise StoreError(f"{directory} exists and is not a dispatches store (no {MARKER}); "
                         f"choose an empty or new folder for --store, or remove this one")


@dataclass
class IngestReport:
    """What an ingest did (``str()`` is the one-line summary the CLI prints)."""

    store: Path
    files: int = 0
    new: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0
    reprocessed: int = 0
    full: str | None = None          # why everything was re-extracted, if it was
    extracted: int = 0               # articles extracted in this run
    words: int = 0
    articles: int = 0                # articles in the store after the run
    duplicates: int = 0
    rejected: int = 0
    seconds: float = 0.0
    timings: dict = field(default_factory=dict)

    @property
    def up_to_date(self) -> bool:
        return not (self.new or self.changed or self.removed or self.reprocessed or self.full)

    def __str__(self) -> str:
        what = (f"{self.files} input files: {self.new} new, {self.changed} changed, "
                f"{self.removed} removed, {self.unchanged} unchanged")
        if self.full:
            what += f" (re-extracting everything: {self.full})"
        if self.up_to_date:
            return f"store {self.store} is up to date ({what}; {self.articles} articles) in {self.seconds:.1f} s"
        rate = f", {self.extracted / self.seconds:,.0f} articles/s" if self.seconds > 0 and self.extracted else ""
        return (f"store {self.store}: {what}; extracted {self.extracted} articles "
                f"({self.words:,} words) in {self.seconds:.1f} s{rate}; the store holds "
                f"{self.articles} articles ({self.duplicates} duplicates, {self.rejected} rejected inputs)")


def _take_blocks(table: pa.Table, counts: list[int], keep: list[bool]) -> pa.Table:
    """Rows of ``table`` made of consecutive blocks of ``counts`` rows, keeping the blocks
    flagged in ``keep``."""
    import numpy as np
    import pyarrow as pa

    if all(keep):
        return table
    bounds = np.cumsum([0, *counts])
    if bounds[-1] != table.num_rows:
        raise StoreError("a store part does not match its index; rebuild the store with "
                         "'dispatches ingest PATH --store DIR' after removing it")
    idx = np.concatenate([np.arange(bounds[i], bounds[i + 1]) for i, k in enumerate(keep) if k]
                         or [np.arange(0)])
    return table.take(pa.array(idx, type=pa.int64()))


def ingest(paths, store_dir=None, *, jobs: int = 1, engine: str = "local",
           scheduler: str | None = None, progress: bool = True, manifest_path=None,
           articles_path=None, batch_bytes: int = 4 << 20, workers: int = 2,
           inline_bytes: int | None = None) -> IngestReport:
    """Bring the store at ``store_dir`` up to date with the input files under ``paths``
    (see the module docstring); returns an :class:`IngestReport`.

    ``inline_bytes``: with the local engine, files to (re)process totalling at most this
    many bytes are processed in this process whatever ``jobs`` says (a pool would cost
    more than it saves); default ``engine.INLINE_BYTES``, 0 always uses the pool."""
    started = time.perf_counter()
    if store_dir is None:
        from .paths import DEFAULT_STORE
        store_dir = DEFAULT_STORE
    directory = Path(store_dir)
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    paths = [Path(p) for p in paths]
    if engine not in ("local", "dask"):
        raise InputError(f"unknown engine {engine!r}; use 'local' or 'dask'")
    _check_target(directory)
    directory.parent.mkdir(parents=True, exist_ok=True)
    with _lock(directory):
        return _ingest(paths, directory, jobs=jobs, engine=engine, scheduler=scheduler,
                       progress=progress, manifest_path=manifest_path, articles_path=articles_path,
                       batch_bytes=batch_bytes, workers=workers, started=started,
                       inline_bytes=inline_bytes)


class _lock:
    """One ingest per store at a time (an advisory lock on a sibling file)."""

    def __init__(self, directory: Path):
        self.path = directory.parent / f".{directory.name}.lock"

    def __enter__(self):
        import fcntl

        self.fh = open(self.path, "w")
        try:
            fcntl.flock(self.fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self.fh.close()
            raise StoreError(f"another 'dispatches ingest' is writing {self.path.parent / self.path.name[1:-5]}; "
                             f"wait for it to finish and run this one again") from None
        return self

    def __exit__(self, *exc):
        self.fh.close()
        return False


def _ingest(paths, directory: Path, *, jobs, engine, scheduler, progress, manifest_path,
            articles_path, batch_bytes, workers, started, inline_bytes=None) -> IngestReport:
    from . import load

    report = IngestReport(store=directory)

    # ---- what is there
    old = None
    if is_store(directory):
        try:
            old = info(directory)
        except StoreError as exc:
            report.full = str(exc).split(";")[0]
    prints = fingerprints()
    if old is not None:
        if not old.get("indexed", True):
            report.full = "the store was written from a corpus in memory"
        else:
            changed = [k for k in ("version", "resources", "code") if old.get(k) != prints[k]]
            if changed:
                names = {"version": "package version", "resources": "resource files",
                         "code": "extraction code"}
                report.full = " and ".join(names[k] for k in changed) + " changed"
        if report.full:
            old = None
    old_files: dict[str, dict] = {f["key"]: f for f in (old or {}).get("files", [])}

    # ---- inputs and their state
    t0 = time.perf_counter()
    inputs = []
    for p in load.input_files(paths):
        st = os.stat(p)
        inputs.append((p, _abspath(p), st.st_size, st.st_mtime_ns))
    if not inputs:
        raise InputError(f"no input files under {', '.join(str(p) for p in paths)}; give files or "
                         f"folders of articles (txt, html, json, jsonl, csv)")
    report.files = len(inputs)

    todo: list[tuple[str, int]] = []     # (path, size) to (re)process
    keep_keys: set[str] = set()
    touched: dict[str, dict] = {}        # unchanged content, new size/mtime
    for path, key, size, mtime in inputs:
        rec = old_files.get(key)
        if rec is None:
            report.new += 1
            todo.append((path, size))
        elif rec["size"] == size and rec["mtime_ns"] == mtime:
            keep_keys.add(key)
        elif rec["size"] == size and _file_digest(path) == rec["sha1"]:
            keep_keys.add(key)
            touched[key] = {"mtime_ns": mtime}
        else:
            report.changed += 1
            todo.append((path, size))
    input_keys = {key for _, key, _, _ in inputs}
    removed = [k for k in old_files if k not in input_keys]
    report.removed = len(removed)
    # files holding duplicates of articles that leave the store are reprocessed (their copy
    # becomes the loaded one)
    leaving = {h for k in old_files if k not in keep_keys for h in old_files[k].get("hashes", ())}
    if leaving:
        for key in sorted(keep_keys):
            if leaving.intersection(old_files[key].get("dups", ())):
                keep_keys.discard(key)
                rec = old_files[key]
                todo.append((rec["path"], rec["size"]))
                report.reprocessed += 1
    report.unchanged = len(keep_keys)
    order = {path: i for i, (path, *_rest) in enumerate(inputs)}
    todo.sort(key=lambda item: order.get(item[0], len(order)))
    report.timings["scan"] = time.perf_counter() - t0

    if report.up_to_date:
        if touched and old is not None:
            for f in old["files"]:
                f.update(touched.get(f["key"], {}))
            old["updated"] = _now()
            _write_meta(directory, old)
        report.articles = sum(f["rows"][0] for f in old["files"])
        report.duplicates = sum(len(f.get("dups", ())) for f in old["files"])
        report.rejected = _rejected(old["files"])
        report.seconds = time.perf_counter() - started
        _side_outputs(directory, manifest_path, articles_path)
        return report

    # ---- assemble the new state in a sibling folder (Arrow, pandas and the extractors are
    # imported only where they are used: a run that only drops files needs none of them)
    if old is not None and old.get("tables"):
        TABLES = tuple(old["tables"])   # as tables.TABLES: the code fingerprint covers tables.py
    else:
        from .tables import TABLES
    generation = (old or {}).get("generation", 0) + 1
    tmp = _new_tmp(directory)
    try:
        files_out: list[dict] = []
        parts_out: list[str] = []
        seen: dict[str, str] = {}               # content hash -> article id, in input order
        t0 = time.perf_counter()
        if old is not None:
            by_part: dict[str, list[dict]] = {}
            for f in old["files"]:
                by_part.setdefault(f["part"], []).append(f)
            for n, part in enumerate(old["parts"]):
                members = sorted(by_part.get(part, []), key=lambda f: f["seq"])
                if not members:
                    continue
                keep = [f["key"] in keep_keys for f in members]
                if not any(keep):
                    continue
                if all(keep):
                    for name in TABLES:
                        _link(directory / name / f"{part}.parquet", tmp / name / f"{part}.parquet")
                    new_part = part
                else:
                    import pyarrow.parquet as pq

                    new_part = f"p{generation:06d}-r{n:05d}"
                    for t, name in enumerate(TABLES):
                        table = read_parquet(directory / name / f"{part}.parquet")
                        table = _take_blocks(table, [f["rows"][t] for f in members], keep)
                        (tmp / name).mkdir(parents=True, exist_ok=True)
                        pq.write_table(table, tmp / name / f"{new_part}.parquet", compression="zstd")
                parts_out.append(new_part)
                seq = 0
                for f, k in zip(members, keep):
                    if k:
                        f = {**f, **touched.get(f["key"], {}), "part": new_part, "seq": seq}
                        seq += 1
                        files_out.append(f)
        report.timings["carry"] = time.perf_counter() - t0

        # ---- extract what is new or changed
        t0 = time.perf_counter()
        if todo:
            import pyarrow as pa

            from .engine import (EXTRACTED, INLINE_BYTES, make_batches, manifest_table,
                                 process_batch, run_dask, run_local, write_part)

            run_jobs = jobs
            if engine == "local" and sum(size for _, size in todo) <= (
                    INLINE_BYTES if inline_bytes is None else inline_bytes):
                run_jobs = 1        # a few files: no pool
            batches = make_batches(todo, jobs=run_jobs if engine == "local" else workers,
                                   target_bytes=batch_bytes)
            names = [f"p{generation:06d}-{i:06d}" for i in range(len(batches))]
            if progress:
                from tqdm.auto import tqdm

                bar = tqdm(total=len(todo), unit="file", desc="ingest", file=sys.stderr)
            else:
                bar = _NoBar()
            if engine == "dask":
                results = run_dask(batches, scheduler=scheduler, parts=names, workers=workers,
                                   log=(lambda m: print(m, file=sys.stderr)) if progress else None)
            else:
                results = run_local(batches, jobs=run_jobs, out_dir=str(tmp), parts=names)
            if old is not None and files_out:
                carried = pa.concat_tables([read_parquet(tmp / "articles" / f"{part}.parquet",
                                                          ["id", "content_hash"])
                                            for part in parts_out])
                seen.update(zip(carried.column("content_hash").to_pylist(), carried.column("id").to_pylist()))
            seen_ids = set(seen.values())
            for result in results:
                part = result.part
                if any(ar.content_hash in seen or ar.id in seen_ids for ar in result.articles):
                    # the text or the id was met in an earlier batch: redo this batch here,
                    # knowing all that came before (rare)
                    result = process_batch(batches[result.index], index=result.index, part=part,
                                           out_dir=str(tmp) if result.tables is None else None,
                                           seen_hashes=seen)
                for ar in result.articles:
                    seen[ar.content_hash] = ar.id
                    seen_ids.add(ar.id)
                if result.tables is not None:
                    write_part(tmp, part, result.tables)
                write_part(tmp, part, {"manifest": manifest_table([e for f in result.files for e in f.entries])})
                parts_out.append(part)
                report.extracted += len(result.articles)
                hashes: list[list[str]] = [[] for _ in result.files]
                for ar in result.articles:
                    hashes[ar.file].append(ar.content_hash)
                for seq, fr in enumerate(result.files):
                    counts = dict(zip(EXTRACTED, fr.rows), manifest=len(fr.entries))
                    files_out.append({
                        "path": fr.path, "key": fr.key, "size": fr.size, "mtime_ns": fr.mtime_ns,
                        "sha1": fr.sha1, "part": part, "seq": seq,
                        "rows": [counts[name] for name in TABLES],
                        "hashes": hashes[seq],
                        "dups": fr.dups,
                        "rejected": sum(1 for e in fr.entries if e.status == "rejected"),
                    })
                report.words += result.words
                for k in ("load_seconds", "extract_seconds", "table_seconds", "load_cpu",
                          "extract_cpu", "table_cpu"):
                    report.timings[k] = report.timings.get(k, 0.0) + getattr(result, k)
                bar.update(len(result.files))
                bar.set_postfix(articles=report.extracted, refresh=False)
            bar.close()
        report.timings["process"] = time.perf_counter() - t0

        if not parts_out:   # every input rejected or removed: keep the tables' schemas
            from .engine import empty_table, write_part

            part = f"p{generation:06d}-empty"
            write_part(tmp, part, {name: empty_table(name) for name in TABLES})
            parts_out.append(part)
        files_out.sort(key=lambda f: f["key"])
        data = {"format": FORMAT, **prints, "origin": ", ".join(str(p) for p in paths),
                "created": (old or {}).get("created", _now()), "updated": _now(),
                "generation": generation, "indexed": True, "tables": list(TABLES),
                "parts": parts_out, "content": _content_id(parts_out, files_out),
                "last_ingest": {"extracted": report.extracted, "words": report.words,
                                "full": report.full, "engine": engine, "jobs": jobs,
                                **{k: round(v, 3) for k, v in report.timings.items()}},
                "files": files_out}
        _write_meta(tmp, data)
        t0 = time.perf_counter()
        _swap_in(tmp, directory)
        report.timings["commit"] = time.perf_counter() - t0
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    report.articles = sum(f["rows"][0] for f in files_out)
    report.duplicates = sum(len(f["dups"]) for f in files_out)
    report.rejected = _rejected(files_out)
    report.seconds = time.perf_counter() - started
    _side_outputs(directory, manifest_path, articles_path)
    return report


class _NoBar:
    """What the ingest asks of a progress bar, doing nothing (tqdm is not imported)."""

    def update(self, n=1) -> None:
        pass

    def set_postfix(self, **kwargs) -> None:
        pass

    def close(self) -> None:
        pass


def _abspath(path: str) -> str:
    """``os.path.abspath(path)``, at once for a path that is absolute and normal already
    (the files under an absolute input folder)."""
    if path[:1] == "/" and "/." not in path and "//" not in path and not path.endswith("/"):
        return path
    return os.path.abspath(path)


def _file_digest(path) -> str:
    from .engine import file_digest

    return file_digest(path)


def _rejected(files: Iterable[dict]) -> int:
    return sum(f.get("rejected", 0) for f in files)


def _side_outputs(directory: Path, manifest_path, articles_path) -> None:
    """``--manifest`` and ``-o`` of ``dispatches ingest --store``: the whole store's manifest
    and articles as JSON Lines (articles in the form of ``load.article_record``), part by part."""
    if not (manifest_path or articles_path):
        return

    meta = info(directory, files=False)
    if manifest_path:
        _jsonl(Path(manifest_path), read_table(directory, "manifest", meta=meta))
    if articles_path:
        path = Path(articles_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as fh:
            for part in meta["parts"]:
                arts = read_parquet(directory / "articles" / f"{part}.parquet").to_pylist()
                sents = read_parquet(directory / "sentences" / f"{part}.parquet",
                                    ["article_id", "start", "end", "text"]).to_pylist()
                by_article: dict[str, list] = {}
                for s in sents:
                    by_article.setdefault(s.pop("article_id"), []).append(s)
                for a in arts:
                    record = {
                        "id": a["id"], "title": a["title"], "date": a["date"], "source": a["source"],
                        "dateline": a["dateline"], "url": a["url"], "byline": a["byline"],
                        "text": a["text"], "paragraphs": a["text"].split("\n\n") if a["text"] else [],
                        "sentences": by_article.get(a["id"], []), "word_count": a["word_count"],
                        "content_hash": a["content_hash"], "path": a["path"], "line": a["line"],
                        "warnings": a["warnings"].split("; ") if a["warnings"] else [],
                    }
                    fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def _jsonl(path: Path, frame: pd.DataFrame) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    frame = frame.astype(object).where(frame.notna(), None)
    with path.open("w", encoding="utf-8") as fh:
        for row in frame.to_dict(orient="records"):
            fh.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
