"""Execution of load + extraction over batches of input files: in this process, in a local
process pool (``--jobs``) or on a Dask cluster (``--engine dask``).

A *batch* is a list of input files. :func:`process_batch` reads them (``load.read_file``),
drops repeated texts inside the batch, extracts every article (``extract_article``), builds
the tables (``corpus.tables_from``) and returns a :class:`BatchResult`: per-file records
for the store's index and the tables as Arrow tables, rows grouped by file in input order.
Given ``out_dir`` (a local pool, whose workers share the store's file system) it writes the
Parquet parts itself and returns only the small records. Everything here is a pure function
of the input files, so every engine gives the same tables.
"""
from __future__ import annotations

import gc
import hashlib
import os
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Sequence

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from .records import ManifestEntry

#: Tables written per batch by the workers (the manifest is written by the store, which
#: settles duplicates across batches).
EXTRACTED = ("articles", "sentences", "persons", "mentions", "countries", "organizations",
             "quotes", "agreements", "topics")

_INT = {"paragraphs", "sentences", "word_count", "line", "sentence", "paragraph", "start", "end",
        "mentions"}
_FLOAT = {"score"}
_LIST = {"parties", "targets", "topics", "terms"}


def arrow_type(table: str, column: str, values=None) -> pa.DataType:
    """The Arrow type of a column: fixed for known columns (so every part of a table has the
    same schema even when a batch has only nulls), guessed from the data otherwise."""
    fixed = _fixed_type(column)
    if fixed is not None:
        return fixed
    if values is not None:
        for v in values:
            if v is None or (isinstance(v, float) and v != v):
                continue
            if isinstance(v, bool):
                return pa.bool_()
            if isinstance(v, int):
                return pa.int64()
            if isinstance(v, float):
                return pa.float64()
            if isinstance(v, (list, tuple)):
                return pa.list_(pa.string())
            break
    return pa.string()


def _clean(v):
    # NaN (pandas' missing value in numeric columns) -> None
    return None if v is None or (isinstance(v, float) and v != v) else v


def to_arrow(name: str, frame) -> pa.Table:
    """A table's DataFrame as an Arrow table with the store's schema."""
    arrays, fields = [], []
    for column in frame.columns:
        series = frame[column]
        typ = _fixed_type(column)
        if typ is None:
            typ = arrow_type(name, column, _head(series))
        try:
            array = pa.array(series, type=typ, from_pandas=True)
        except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError):
            array = pa.array(_plain(series.tolist(), typ), type=typ)
        arrays.append(array)
        fields.append(pa.field(column, typ))
    return pa.Table.from_arrays(arrays, schema=pa.schema(fields))


def _fixed_type(column: str) -> pa.DataType | None:
    if column in _LIST:
        return pa.list_(pa.string())
    if column in _INT:
        return pa.int64()
    if column in _FLOAT:
        return pa.float64()
    return None


def _head(series, n: int = 50) -> list:
    """Some non-missing values of a column (for guessing its type)."""
    out = []
    for v in series.tolist():
        if v is None or (isinstance(v, float) and v != v):
            continue
        out.append(v)
        if len(out) >= n:
            break
    return out


def _plain(values: list, typ: pa.DataType) -> list:
    if pa.types.is_list(typ):
        return [None if v is None else [None if x is None else str(x) for x in v] for v in values]
    if pa.types.is_string(typ):
        return [None if (c := _clean(v)) is None else str(c) for v in values]
    return [_clean(v) for v in values]


def empty_table(name: str) -> pa.Table:
    from .tables import COLUMNS

    return pa.schema([pa.field(c, arrow_type(name, c)) for c in COLUMNS[name]]).empty_table()


def manifest_table(entries: Sequence[ManifestEntry]) -> pa.Table:
    from .tables import COLUMNS

    cols = COLUMNS["manifest"]   # fields of ManifestEntry, whose values are str, int or None
    return columns_to_arrow("manifest", {c: [getattr(e, c) for e in entries] for c in cols})


def file_digest(path: str | os.PathLike) -> str:
    """SHA-1 of a file's bytes (the store's change test after size and mtime)."""
    digest = hashlib.sha1()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# --------------------------------------------------------------------------- batches

@dataclass
class FileResult:
    """What became of one input file."""

    path: str                       # as the loader saw it
    key: str                        # absolute path: the store index key
    size: int
    mtime_ns: int
    sha1: str
    entries: list[ManifestEntry]
    rows: list[int] = field(default_factory=list)   # rows per EXTRACTED table, in the part
    dups: list[str] = field(default_factory=list)   # content hashes of duplicate entries


@dataclass
class ArticleRows:
    """One loaded article of a batch and its rows per EXTRACTED table."""

    file: int            # index into BatchResult.files
    entry: int           # index into that file's entries
    id: str
    content_hash: str
    rows: tuple[int, ...]


@dataclass
class BatchResult:
    index: int
    files: list[FileResult]
    articles: list[ArticleRows]
    tables: dict[str, pa.Table] | None = None   # None when written to out_dir
    part: str | None = None
    words: int = 0
    load_seconds: float = 0.0      # wall time of each phase (includes waiting for a core)
    extract_seconds: float = 0.0
    table_seconds: float = 0.0
    load_cpu: float = 0.0          # CPU time of each phase in the worker
    extract_cpu: float = 0.0
    table_cpu: float = 0.0


def process_batch(paths: Sequence[str], *, index: int = 0, out_dir: str | None = None,
                  part: str | None = None, seen_hashes: dict[str, str] | None = None) -> BatchResult:
    """Load, extract and tabulate one batch of files (runs in a worker).

    Repeated texts are marked ``duplicate`` and repeated ids renamed exactly as
    ``load.load_articles`` does, starting from ``seen_hashes`` (content hash -> id of the
    articles before this batch; not changed)."""
    # The batch's records are freed by reference counting; the cyclic collector would mostly
    # walk the thousands of live articles again and again (about a tenth of the load and
    # table time), so it is paused for the batch (bounded in size) and resumed after.
    paused = gc.isenabled()
    gc.disable()
    try:
        return _process_batch(paths, index=index, out_dir=out_dir, part=part,
                              seen_hashes=seen_hashes)
    finally:
        if paused:
            gc.enable()


def _process_batch(paths: Sequence[str], *, index: int, out_dir: str | None, part: str | None,
                   seen_hashes: dict[str, str] | None) -> BatchResult:
    from . import load
    from .extract import extract_article

    started, started_cpu = time.perf_counter(), time.process_time()
    files, kept = _load_files(paths, load._Dedup(dict(seen_hashes) if seen_hashes else None))
    loaded, loaded_cpu = time.perf_counter(), time.process_time()
    articles = [a for _, _, a in kept]
    extractions = [extract_article(a) for a in articles]
    extracted, extracted_cpu = time.perf_counter(), time.process_time()
    tables = _tables(articles, extractions)
    # rows per article per table, then per file
    ordinals = {name: tables[name][1] for name in EXTRACTED}
    counts = {name: _bincount(ordinals[name], len(articles)) for name in EXTRACTED}
    rows = []
    for i, (f, e, a) in enumerate(kept):
        r = tuple(counts[name][i] for name in EXTRACTED)
        rows.append(ArticleRows(file=f, entry=e, id=a.id, content_hash=a.content_hash, rows=r))
    for fr in files:
        fr.rows = [0] * len(EXTRACTED)
    for ar in rows:
        fr = files[ar.file]
        fr.rows = [x + y for x, y in zip(fr.rows, ar.rows)]
    arrow = {name: tables[name][0] for name in EXTRACTED}
    result = BatchResult(index=index, files=files, articles=rows, tables=arrow, part=part,
                         words=sum(a.word_count for a in articles),
                         load_seconds=loaded - started, extract_seconds=extracted - loaded,
                         load_cpu=loaded_cpu - started_cpu, extract_cpu=extracted_cpu - loaded_cpu)
    if out_dir is not None:
        write_part(out_dir, part or f"b{index:06d}", arrow)
        result.tables = None
    result.table_seconds = time.perf_counter() - extracted
    result.table_cpu = time.process_time() - extracted_cpu
    return result


def _load_files(paths: Sequence[str], dedup) -> tuple[list[FileResult], list[tuple]]:
    """Read every file once (its size, mtime, SHA-1 and articles all come from the same
    bytes): the FileResults and the kept ``(file index, entry index, article)``."""
    from . import load

    files: list[FileResult] = []
    kept = []
    for path in paths:
        st, data = _read_bytes(path)
        key = os.path.abspath(path)
        sha1 = hashlib.sha1(data).hexdigest()
        entries, dups = [], []
        for entry, article in load.read_file(path, data=data):
            content = article.content_hash if article is not None else None
            entry, article = dedup(entry, article)
            if article is not None:
                kept.append((len(files), len(entries), article))
            elif entry.status == "duplicate" and content:
                dups.append(content)
            entries.append(entry)
        files.append(FileResult(path=str(path), key=key, size=st.st_size, mtime_ns=st.st_mtime_ns,
                                sha1=sha1, entries=entries, dups=dups))
    return files, kept


def _read_bytes(path) -> tuple[os.stat_result, bytes]:
    """The file's stat and bytes (one read when the size holds; no buffered file object)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        st = os.fstat(fd)
        data = os.read(fd, st.st_size + 1)
        if len(data) != st.st_size:     # grown, shrunk or a short read: read to the end
            parts = [data]
            while chunk := os.read(fd, 1 << 20):
                parts.append(chunk)
            data = b"".join(parts)
    finally:
        os.close(fd)
    return st, data


def _bincount(ordinals: list[int], n: int) -> list[int]:
    counts = Counter(ordinals)
    return [counts.get(i, 0) for i in range(n)]


def _tables(articles, extractions) -> dict[str, tuple[pa.Table, list[int]]]:
    """Tables of a batch with rows in article order, and each row's article ordinal.

    Built from lists per column (``tables.table_columns``) straight into Arrow: the same
    tables as ``to_arrow(name, corpus.tables_from(...)[name])`` without the DataFrames."""
    from .tables import table_columns

    columns, ordinals = table_columns(articles, extractions)
    return {name: (columns_to_arrow(name, columns[name]), ordinals[name]) for name in EXTRACTED}


def columns_to_arrow(name: str, columns: dict[str, list]) -> pa.Table:
    """Lists per column as an Arrow table with the store's schema, as :func:`to_arrow` makes
    it from the DataFrame of the same lists."""
    arrays, fields = [], []
    for column, values in columns.items():
        typ = _fixed_type(column)
        if typ is None:
            first = next((v for v in values if not (v is None or (isinstance(v, float) and v != v))),
                         None)
            if first is not None and not isinstance(first, str):
                # not a text column: let pandas settle it as tables_from's DataFrame would
                import pandas as pd

                return to_arrow(name, pd.DataFrame(columns if values else [], columns=list(columns)))
            typ = pa.string()
        array = _from_buffers(values, typ)
        if array is None:
            try:
                array = pa.array(values, type=typ, from_pandas=True)
            except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError):
                array = pa.array(_plain(values, typ), type=typ)
        arrays.append(array)
        fields.append(pa.field(column, typ))
    return pa.Table.from_arrays(arrays, schema=pa.schema(fields))


def _from_buffers(values: list, typ: pa.DataType) -> pa.Array | None:
    """``pa.array(values, type=typ)`` for the store's column types (text, int64, float64,
    list of text) built from buffers; None when a value is not of the column's Python type
    (then ``pa.array`` settles it).

    ``pa.array`` asks pandas whether its input is a pandas object, importing pandas on the
    first call: about half a second in a fresh process, more than extracting the few files
    of an incremental ingest costs. The result equals ``pa.array``'s."""
    if pa.types.is_string(typ):
        return _strings(values)
    if pa.types.is_list(typ) and pa.types.is_string(typ.value_type):
        if not all(v is None or type(v) is list for v in values):
            return None
        flat = [x for v in values if v is not None for x in v]
        items = _strings(flat)
        if items is None:
            return None
        lengths = np.fromiter((0 if v is None else len(v) for v in values), np.int32, len(values))
        validity, nulls = _validity(values)
        return pa.Array.from_buffers(typ, len(values), [validity, _offsets(lengths)], null_count=nulls,
                                     children=[items])
    for py, np_type, pa_type in ((int, np.int64, pa.int64()), (float, np.float64, pa.float64())):
        if typ == pa_type:
            if not all(v is None or (type(v) is py and v == v) for v in values):
                return None     # NaN is null to pa.array(from_pandas=True)
            validity, nulls = _validity(values)
            data = np.fromiter((0 if v is None else v for v in values), np_type, len(values)) \
                if nulls else np.array(values, dtype=np_type)
            return pa.Array.from_buffers(typ, len(values), [validity, pa.py_buffer(data)],
                                         null_count=nulls)
    return None


def _strings(values: list) -> pa.Array | None:
    if not all(v is None or type(v) is str for v in values):
        return None
    try:
        encoded = [b"" if v is None else v.encode() for v in values]
    except UnicodeEncodeError:      # a lone surrogate: pa.array reports it
        return None
    lengths = np.fromiter(map(len, encoded), np.int64, len(encoded))
    if lengths.sum() >= 2 ** 31:    # beyond 32-bit offsets
        return None
    validity, nulls = _validity(values)
    return pa.Array.from_buffers(pa.string(), len(values),
                                 [validity, _offsets(lengths), pa.py_buffer(b"".join(encoded))],
                                 null_count=nulls)


def _offsets(lengths) -> pa.Buffer:
    offsets = np.zeros(len(lengths) + 1, dtype=np.int32)
    np.cumsum(lengths, out=offsets[1:])
    return pa.py_buffer(offsets)


def _validity(values: list) -> tuple[pa.Buffer | None, int]:
    """Arrow's validity bitmap of a list with None for null (None when nothing is null)."""
    nulls = values.count(None)
    if not nulls:
        return None, 0
    valid = np.fromiter((v is not None for v in values), bool, len(values))
    return pa.py_buffer(np.packbits(valid, bitorder="little")), nulls


def write_part(root: str | os.PathLike, part: str, tables: dict[str, pa.Table]) -> None:
    """Write one Parquet file per table: ``root/<table>/<part>.parquet``."""
    root = Path(root)
    for name, table in tables.items():
        (root / name).mkdir(parents=True, exist_ok=True)
        pq.write_table(table, root / name / f"{part}.parquet", compression="zstd")


# --------------------------------------------------------------------------- engines

def _call(args):
    paths, index, out_dir, part = args
    return process_batch(paths, index=index, out_dir=out_dir, part=part)



#: Up to this many input bytes an ingest extracts in its own process, whatever ``--jobs``:
#: extraction costs about 0.1-0.15 s of CPU per 100 KB, while each forked worker costs about
#: 0.3 s (pages copied on write, results sent back), so a pool would not be faster.
INLINE_BYTES = 256 << 10

#: A small article of the shapes the extractors meet (dateline, names, titles, a quote,
#: countries, organisations, an agreement, dates), run once by :func:`warm_up`.
_WARM_UP_TEXT = """Talks on Grain Exports Resume in Geneva

Geneva, March 4, 2024 (EIR)--Foreign Minister Anna Keller of Austria met U.N.
Secretary-General Antonio Guterres and the Chinese ambassador, Mr. Li Wei, on Monday.
"We are ready to sign a new memorandum of understanding on trade," Keller told reporters.
According to the European Commission, Russia and Ukraine agreed to extend the Black Sea
Grain Initiative until May 18, while the International Monetary Fund and the World Bank
warned of food shortages in Egypt, Kenya and Pakistan.

President Joe Biden said that the United States would support the accord. NATO and the
African Union called for a ceasefire, and the two governments signed a bilateral treaty
on energy cooperation on Tuesday.
"""


def warm_up() -> None:
    """Load, extract and tabulate one small built-in article in this process, so that what
    the extractors build on first use (regular expressions, word sets, tries) exists before
    a pool is forked: its workers inherit it instead of each building it again. Harmless
    to skip: the workers then build what they need, as a spawned worker does."""
    from . import load
    from .extract import extract_article

    articles = [a for _, a in load.read_file("warm-up.txt", data=_WARM_UP_TEXT.encode())
                if a is not None]
    _tables(articles, [extract_article(a) for a in articles])


def _fork_context():
    """The ``fork`` start method on Linux (workers start at once, sharing this process's
    imported modules and warm caches copy-on-write), else None (the platform's default)."""
    import multiprocessing
    import sys

    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return None


def run_local(batches: Sequence[Sequence[str]], *, jobs: int = 1, out_dir: str | None = None,
              parts: Sequence[str] | None = None) -> Iterator[BatchResult]:
    """Process batches in this process (``jobs == 1``) or in a pool of ``jobs`` processes,
    yielding results in batch order; at most ``2 * jobs`` batches are in flight.

    On Linux the pool's workers are forked after a :func:`warm_up` here, so the set-up of
    the extractors is paid once rather than once per worker."""
    parts = list(parts) if parts is not None else [f"b{i:06d}" for i in range(len(batches))]
    tasks = [(list(b), i, out_dir, parts[i]) for i, b in enumerate(batches)]
    if jobs <= 1 or len(tasks) <= 1:
        for task in tasks:
            yield _call(task)
        return
    from concurrent.futures import ProcessPoolExecutor

    context = _fork_context()
    frozen = False
    if context is not None:
        try:
            warm_up()
        except Exception:   # noqa: BLE001 - an optimisation only: the workers meet it again
            pass
        gc.collect()
        gc.freeze()     # the warm objects stay out of the workers' collections (fewer copied pages)
        frozen = True
    try:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            pending: deque = deque()
            it = iter(tasks)
            for task in it:
                pending.append(pool.submit(_call, task))   # the first one forks the workers
                if frozen:
                    gc.unfreeze()
                    frozen = False
                if len(pending) >= 2 * jobs:
                    break
            while pending:
                result = pending.popleft().result()
                nxt = next(it, None)
                if nxt is not None:
                    pending.append(pool.submit(_call, nxt))
                yield result
    finally:
        if frozen:
            gc.unfreeze()


def _dask_batch(args) -> BatchResult:
    paths, index, part = args
    return process_batch(paths, index=index, out_dir=None, part=part)


def run_dask(batches: Sequence[Sequence[str]], *, scheduler: str | None = None,
             parts: Sequence[str] | None = None, workers: int = 2,
             log: Callable[[str], None] | None = None) -> Iterator[BatchResult]:
    """Process batches on a Dask cluster (a ``dask.bag`` with one partition per batch),
    yielding results in batch order with a bounded number in flight. Without
    ``scheduler`` a ``LocalCluster`` of ``workers`` processes is started and closed."""
    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    parts = list(parts) if parts is not None else [f"b{i:06d}" for i in range(len(batches))]
    tasks = [(list(b), i, parts[i]) for i, b in enumerate(batches)]
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    if log:
        log(f"dask: {client.scheduler.address} with {len(client.scheduler_info()['workers'])} worker(s)")
    try:
        if not tasks:
            return
        bag = db.from_sequence(tasks, npartitions=len(tasks)).map(_dask_batch)
        delayed = bag.to_delayed()
        nworkers = max(1, len(client.scheduler_info()["workers"]))
        window = 2 * nworkers
        futures: deque = deque()
        nxt = 0
        while nxt < len(delayed) and len(futures) < window:
            futures.append(client.compute(delayed[nxt]))
            nxt += 1
        while futures:
            out = futures.popleft().result()
            if nxt < len(delayed):
                futures.append(client.compute(delayed[nxt]))
                nxt += 1
            for result in out:
                yield result
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def make_batches(files: Sequence[tuple[str, int]], *, jobs: int = 1,
                 target_bytes: int = 4 << 20, max_files: int = 2000) -> list[list[str]]:
    """Group ``(path, size)`` in input order into batches of about ``target_bytes``
    (smaller when the whole is small, so every worker gets several batches). With several
    jobs the batches are of equal size and their number a multiple of ``jobs``, so that no
    worker is left with a lone batch at the end while the others idle."""
    total = sum(size for _, size in files)
    target = min(target_bytes, max(64 << 10, total // max(1, 4 * jobs) + 1))
    if jobs > 1 and total > 0:
        n = -(-total // target)
        n = -(-n // jobs) * jobs
        groups: list[list[str]] = [[] for _ in range(n)]
        pos = 0
        for path, size in files:
            groups[min(n - 1, pos * n // total)].append(path)   # by the file's first byte
            pos += size
        return [chunk for group in groups if group
                for chunk in (group[i:i + max_files] for i in range(0, len(group), max_files))]
    batches: list[list[str]] = []
    current: list[str] = []
    size_now = 0
    for path, size in files:
        if current and (size_now + size > target or len(current) >= max_files):
            batches.append(current)
            current, size_now = [], 0
        current.append(path)
        size_now += size
    if current:
        batches.append(current)
    return batches
