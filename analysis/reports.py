"""Build the report set: execute the notebooks with papermill, render self-contained HTML.

``build_reports(corpus_paths, out=...)`` is what ``dispatches reports`` runs:

1. hash the corpus inputs (file contents); turn them into a Parquet store once (reused while
   the inputs, the package version and the word lists are unchanged) -- :func:`prepare_store`;
2. resolve the report set of ``notebooks/reports.toml`` against the corpus (overview, top N
   actors, every topic, the agreements register, extra entries) -- :func:`resolve_reports`;
3. execute the reports whose key changed (notebook, parameters, corpus, package version,
   rendering options) with papermill in a process pool, and render each to one HTML file with
   the template ``analysis/templates/dispatches`` (inline CSS, images as data: URIs, code
   hidden unless ``show_code``, a table of contents, no external URL);
4. write ``index.html`` and the build state ``.build.json``; optionally print PDFs.

Every output is written to a temporary file in the output folder and moved into place with
``os.replace``, so an interrupted build leaves the previous reports intact. A failing notebook
is recorded (``<name>.failed.ipynb``) and shown in the index; the others still build.
"""
from __future__ import annotations

import hashlib
import html
import json
import logging
import multiprocessing
import multiprocessing.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
import warnings
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Sequence

from .errors import InputError, ReportError

STATE_FILE = ".build.json"
#: Content hashes of the corpus files by path and stat, so an unchanged corpus is not reread.
HASHES_FILE = ".hashes.json"
#: Files changed less than this many seconds ago are hashed again at the next build.
RACY_SECONDS = 2.0
STORE_DIR = ".store"
#: The read-optimised copy of the store the notebooks load (see :func:`prepare_snapshot`).
SNAPSHOT_DIR = ".snapshot"
ASSETS_DIR = "assets"
LOG_DIR = ".logs"
STATE_FORMAT = 1
TEMPLATE_NAME = "dispatches"
KERNEL_NAME = "python3"
#: Per-cell execution limit (seconds).
CELL_TIMEOUT = 900
# Seconds to wait for a cell's output after the kernel says it is done. nbclient's default
# (4 s), which papermill turns into an error, fails big charts on a busy machine.
IOPUB_TIMEOUT = 120

KIND_ORDER = {"overview": 0, "actor": 1, "topic": 2, "agreements": 3}
#: Kinds by decreasing usual cost (the build starts the costly reports first).
KIND_COST = {"overview": 0, "agreements": 1, "topic": 2, "actor": 3}
KIND_LABELS = {"overview": "Corpus overview", "actor": "Actor profile", "topic": "Topic brief",
               "agreements": "Agreements register"}
#: Parameters the build sets itself; not shown as report parameters.
BUILD_PARAMETERS = ("corpus", "output_dir", "title")
#: File stems that must never be produced (the index, and device names on Windows).
RESERVED_STEMS = frozenset({"index", "con", "prn", "aux", "nul", "clock"}
                           | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)})
#: Environment of every notebook kernel: fixed hash seed and dates, no progress bars.
KERNEL_ENV = {"PYTHONHASHSEED": "0", "SOURCE_DATE_EPOCH": "0", "TQDM_DISABLE": "1"}


# --------------------------------------------------------------------------- records

@dataclass(frozen=True)
class ReportSpec:
    """One report of the set: ``<name>.html`` rendered from ``notebook`` with ``parameters``."""

    name: str
    kind: str
    title: str
    notebook: str
    parameters: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class BuildResult:
    """What a build did; ``ok`` is False when any report failed."""

    out: Path
    index: Path
    built: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    executed: list[str] = field(default_factory=list)
    pdfs: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        lines = [f"reports: {len(self.built)} built, {len(self.skipped)} unchanged, "
                 f"{len(self.failed)} failed in {self.seconds:.1f} s"]
        if self.failed and not self.executed:
            lines[0] += " (failures unchanged since the last build; --force retries them)"
        if self.pdfs:
            lines.append(f"pdf: {len(self.pdfs)} printed")
        for name, error in sorted(self.failed.items()):
            lines.append(f"  FAILED {name}: {error}")
        for message in self.warnings:
            lines.append(f"  warning: {message}")
        lines.append(f"index: {self.index}")
        return "\n".join(lines)


# --------------------------------------------------------------------------- names

def report_stem(kind: str, slug: str | None = None) -> str:
    """File stem of a report: ``overview``, ``actor-vladimir-putin``. Only ``[a-z0-9-]``,
    at most ~100 characters, never empty, never a reserved name, never a path."""
    from .corpus import slugify

    stem = slugify(kind, max_length=20)
    if slug is not None:
        stem = f"{stem}-{slugify(slug, max_length=80)}"
    if stem in RESERVED_STEMS:
        stem += "-report"
    return stem


def output_path(out: Path, stem: str, suffix: str = ".html") -> Path:
    """``out/<stem><suffix>``, refusing anything that would land outside ``out``."""
    out = Path(out).resolve()
    if not stem or "/" in stem or "\\" in stem or stem.startswith("."):
        raise ReportError(f"unsafe report name {stem!r}: names are made of a-z, 0-9 and '-'")
    path = (out / f"{stem}{suffix}").resolve()
    if path.parent != out:
        raise ReportError(f"report name {stem!r} would write outside {out}")
    return path


def _unique(stem: str, used: set[str]) -> str:
    candidate, n = stem, 2
    while candidate in used:
        candidate = f"{stem}-{n}"
        n += 1
    used.add(candidate)
    return candidate


# --------------------------------------------------------------------------- hashing

def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _input_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return sorted((p for p in path.rglob("*") if p.is_file()
                   and not any(part.startswith(".") for part in p.relative_to(path).parts)),
                  key=lambda p: p.relative_to(path).as_posix())


def _known_sha256(path: Path, cache: dict | None, seen: dict | None) -> str:
    """``_sha256_file``, taken from ``cache`` while the file's size, mtime, ctime and inode
    are those it was hashed with (ctime changes on every write and cannot be set back);
    the entries used are copied to ``seen``."""
    if cache is None:
        return _sha256_file(path)
    st = path.stat()
    stamp = [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]
    name = str(path.resolve())
    hit = cache.get(name)
    digest = hit[1] if isinstance(hit, list) and len(hit) == 2 and hit[0] == stamp else _sha256_file(path)
    # a file written in the last moments may change again within the same timestamp tick:
    # not remembered (hashed again next time), as git does for "racily clean" files
    if seen is not None and time.time() - max(st.st_mtime, st.st_ctime) > RACY_SECONDS:
        seen[name] = [stamp, digest]
    return digest


def corpus_fingerprint(paths: Sequence[Path], *, cache: dict | None = None,
                       seen: dict | None = None) -> str:
    """Hash of the corpus inputs' content (relative names and bytes), independent of where
    the folder lives and of file times; cheap enough to run on every build. ``cache``:
    hashes of earlier builds by path and stat (see :func:`_known_sha256`)."""
    digest = hashlib.sha256()
    for path in paths:
        path = Path(path)
        if not path.exists():
            raise InputError(f"corpus path {path} does not exist; give a file or folder of "
                             f"articles (or a store) with --corpus")
        digest.update(b"\x01input\x00")
        for f in _input_files(path):
            rel = f.name if f == path else f.relative_to(path).as_posix()
            digest.update(rel.encode("utf-8") + b"\x00" + _known_sha256(f, cache, seen).encode() + b"\x00")
    return digest.hexdigest()


def template_fingerprint() -> str:
    from .paths import TEMPLATES

    digest = hashlib.sha256()
    for f in _input_files(TEMPLATES):
        digest.update(f.relative_to(TEMPLATES).as_posix().encode() + _sha256_file(f).encode())
    return digest.hexdigest()


def report_key(spec: ReportSpec, parameters: dict, corpus_key: str, *, show_code: bool,
               template: str) -> str:
    """The key that decides whether a report is rebuilt."""
    from . import __version__

    notebook = Path(spec.notebook)
    payload = {
        "notebook": _sha256_file(notebook) if notebook.is_file() else f"missing:{notebook}",
        "parameters": parameters, "corpus": corpus_key, "version": __version__,
        "show_code": show_code, "template": template, "kind": spec.kind, "title": spec.title,
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()


# --------------------------------------------------------------------------- atomic files

def atomic_write(path: Path, data: str | bytes) -> None:
    """Write ``data`` to a temp file beside ``path`` and move it into place."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _remove_temp_files(out: Path) -> None:
    for tmp in out.glob(".*.tmp"):
        tmp.unlink(missing_ok=True)


# --------------------------------------------------------------------------- corpus store

def _is_store(path) -> bool:
    # store.is_store without importing the store module (pandas, pyarrow): an unchanged
    # rebuild over a store never needs them
    return Path(path).is_dir() and (Path(path) / "store.json").is_file()


def corpus_key(paths: Sequence[Path], *, cache: dict | None = None, seen: dict | None = None) -> str:
    """Content of the inputs + package version + word lists + extraction code: what the
    store (and so every report) depends on. For a store given as the corpus: its files
    and the package version. ``cache``/``seen``: see :func:`corpus_fingerprint`."""
    from . import __version__

    if len(paths) == 1 and _is_store(paths[0]):
        prints = {"version": __version__}      # a given store is read, never re-extracted
        return hashlib.sha256(json.dumps([corpus_fingerprint(paths, cache=cache, seen=seen), prints],
                                         sort_keys=True).encode()).hexdigest()
    from . import store
    from .text import resource_fingerprint

    if hasattr(store, "fingerprints"):
        prints = store.fingerprints()
    else:  # pragma: no cover - older store module
        prints = {"version": __version__, "resources": resource_fingerprint()}
    payload = json.dumps([corpus_fingerprint(paths, cache=cache, seen=seen), prints], sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()


def prepare_store(paths: Sequence[Path], store_dir: Path, key: str, *,
                  known_key: str | None = None, jobs: int = 1,
                  progress: bool = False) -> tuple[Path, bool]:
    """The Parquet store the notebooks read, and whether it was (re)built.

    A single store given as the corpus is used as it is. Otherwise ``store_dir`` is reused
    untouched while ``key`` (inputs' content, package version, word lists) equals
    ``known_key``, the key it was last built for; when it differs the inputs are ingested
    with :func:`analysis.store.ingest` (incremental: only new or changed files are
    extracted), or loaded and written whole where that is not available.
    This is the one place that turns inputs into a store.
    """
    paths = [Path(p) for p in paths]
    if len(paths) == 1 and _is_store(paths[0]):
        return paths[0].resolve(), False
    if known_key == key and _is_store(store_dir):
        return store_dir.resolve(), False
    from . import store

    if hasattr(store, "ingest"):
        store.ingest(paths, store_dir, jobs=jobs, progress=progress)
    else:  # pragma: no cover - older store module
        from .corpus import load_corpus
        store.write_store(load_corpus(paths, jobs=jobs, progress=progress), store_dir)
    if not store.is_store(store_dir):
        raise ReportError(f"no store was written to {store_dir}; run 'dispatches ingest "
                          f"{' '.join(map(str, paths))} --store {store_dir}' to see why")
    return store_dir.resolve(), True


def prepare_snapshot(store_dir: Path, snapshot_dir: Path, key: str) -> Path:
    """The snapshot of the store the report notebooks load (``store.write_snapshot``):
    each table in one memory-mapped Arrow file, actor ids unified and the actors table of
    ``views.actors`` computed once per build instead of once per notebook. Rebuilt when
    ``key`` (the corpus key) or the code shaping it changes. The notebooks still get the
    store as their ``corpus``; ``$DISPATCHES_SNAPSHOT`` in their kernels names the snapshot,
    which ``load_corpus`` reads instead while it matches the store
    (``store.snapshot_for``)."""
    from . import store
    from .paths import PACKAGE_DIR

    # the code that shapes the snapshot's tables and derived frames is part of its key
    code = hashlib.sha256()
    for module in ("store.py", "corpus.py", "tables.py", "views.py"):
        code.update(_sha256_file(PACKAGE_DIR / module).encode())
    key = hashlib.sha256(f"{key}\0{code.hexdigest()}".encode()).hexdigest()
    if store.snapshot_info(snapshot_dir).get("key") == key:
        return snapshot_dir.resolve()

    def derived(corpus) -> dict:
        from . import views

        return {"actors": views.actors(corpus)}

    store.write_snapshot(store_dir, snapshot_dir, key=key, derived=derived)
    return snapshot_dir.resolve()


def _snapshot_or_none(store_dir: Path, snapshot_dir: Path, key: str, result) -> Path | None:
    """:func:`prepare_snapshot`, or None with a warning when it cannot be written (the
    notebooks then read the store itself: slower, same reports)."""
    try:
        return prepare_snapshot(store_dir, snapshot_dir, key)
    except Exception as exc:  # noqa: BLE001 - an optimisation; the build goes on without it
        message = f"no snapshot written to {snapshot_dir} ({_error_text(exc)}); the notebooks read the store"
        if message not in result.warnings:
            result.warnings.append(message)
        return None


def corpus_summary(store_dir: Path) -> dict:
    """Counts shown on the index page (articles, dates, sources, manifest, actors, topics)."""
    import pandas as pd

    def read(name: str, columns: list[str]) -> pd.DataFrame:
        return _read_columns(store_dir, name, columns)

    articles = read("articles", ["id", "date", "source", "word_count"])
    manifest = read("manifest", ["status"])
    persons = read("persons", ["actor_id"])
    topics = read("topics", ["label"])
    agreements = read("agreements", ["agreement_id"])
    quotes = read("quotes", ["article_id"])
    dates = pd.to_datetime(articles.get("date", pd.Series(dtype=object)), errors="coerce").dropna()
    status = manifest.get("status", pd.Series(dtype=object)).value_counts()
    return {
        "articles": int(len(articles)),
        "words": int(pd.to_numeric(articles.get("word_count", pd.Series(dtype=float)),
                                   errors="coerce").fillna(0).sum()),
        "first_date": dates.min().date().isoformat() if len(dates) else None,
        "last_date": dates.max().date().isoformat() if len(dates) else None,
        "sources": int(articles.get("source", pd.Series(dtype=object)).nunique()),
        "inputs": int(len(manifest)),
        "loaded": int(status.get("loaded", 0)),
        "duplicate": int(status.get("duplicate", 0)),
        "rejected": int(status.get("rejected", 0)),
        "actors": int(persons.get("actor_id", pd.Series(dtype=object)).nunique()),
        "topics": int(topics.get("label", pd.Series(dtype=object)).nunique()),
        "quotes": int(len(quotes)),
        "agreements": int(len(agreements)),
    }


# --------------------------------------------------------------------------- the report set

def load_config(path: Path) -> dict:
    """Read and check ``reports.toml`` (see notebooks/reports.toml for the format)."""
    path = Path(path)
    try:
        config = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ReportError(f"report set {path} not found; pass --config FILE.toml "
                          f"(see notebooks/reports.toml)") from None
    except tomllib.TOMLDecodeError as exc:
        raise ReportError(f"{path} is not valid TOML: {exc}") from None
    known = {"defaults", "overview", "actors", "topics", "agreements", "extra"}
    unknown = sorted(set(config) - known)
    if unknown:
        raise ReportError(f"{path}: unknown section(s) {', '.join(unknown)}; "
                          f"the sections are {', '.join(sorted(known))}")
    for section in ("overview", "actors", "topics", "agreements"):
        if section in config and not isinstance(config[section], dict):
            raise ReportError(f"{path}: [{section}] must be a table")
        if isinstance(config.get(section), dict) and config[section].get("enabled", True) \
                and "notebook" not in config[section]:
            raise ReportError(f"{path}: [{section}] needs notebook = \"FILE.ipynb\"")
    extras = config.get("extra", [])
    if not isinstance(extras, list):
        raise ReportError(f"{path}: extra reports are written as [[extra]] tables")
    for i, entry in enumerate(extras, 1):
        missing = [k for k in ("kind", "name", "notebook") if not entry.get(k)]
        if missing:
            raise ReportError(f"{path}: [[extra]] number {i} lacks {', '.join(missing)}")
        if not isinstance(entry.get("parameters", {}), dict):
            raise ReportError(f"{path}: [[extra]] {entry['name']!r}: parameters must be a table")
    return config


def _notebook(config_dir: Path, name: str) -> str:
    path = Path(name)
    return str((path if path.is_absolute() else config_dir / path).resolve())


def _clean(params: dict) -> dict:
    """Drop unset values (TOML has no null: "" or absent means unset)."""
    return {k: v for k, v in sorted(params.items()) if v is not None and v != ""}


def top_actors(persons, n: int) -> list[tuple[str, str]]:
    """(actor_id, name) of the ``n`` actors found in most articles; ties by name, then id."""
    if persons is None or len(persons) == 0 or n <= 0:
        return []
    frame = persons[["article_id", "actor_id", "name"]].dropna(subset=["actor_id"])
    counts = frame.groupby("actor_id")["article_id"].nunique()
    names = frame.groupby("actor_id")["name"].first()
    ranked = sorted(counts.index, key=lambda a: (-int(counts[a]), str(names[a]).lower(), str(a)))
    return [(str(a), str(names[a])) for a in ranked[:n]]


def top_topics(topics, n: int = 0) -> list[str]:
    """Every topic label present (``n`` <= 0), or the ``n`` labels of most articles; sorted."""
    if topics is None or len(topics) == 0:
        return []
    frame = topics.dropna(subset=["label"])
    if n <= 0:
        return sorted({str(label) for label in frame["label"]})
    counts = frame.groupby("label")["article_id"].nunique()
    ranked = sorted(counts.index, key=lambda label: (-int(counts[label]), str(label)))
    return sorted(str(label) for label in ranked[:n])


def _find_actor(persons, wanted: str) -> tuple[str, str] | None:
    if persons is None or len(persons) == 0:
        return None
    from .corpus import slugify

    key = wanted.strip().lower()
    for actor_id, name in persons[["actor_id", "name"]].drop_duplicates().itertuples(index=False):
        if key in (str(actor_id).lower(), str(name).lower()) or slugify(wanted) == str(actor_id):
            return str(actor_id), str(name)
    return None


def resolve_reports(config: dict, config_dir: Path, persons, topics) -> list[ReportSpec]:
    """The concrete report list, in index order, with unique safe names."""
    defaults = _clean(config.get("defaults", {}))
    used: set[str] = set()
    specs: list[ReportSpec] = []

    def add(kind: str, slug: str | None, section: dict, title: str, params: dict) -> None:
        name = _unique(report_stem(kind, slug), used)
        specs.append(ReportSpec(name=name, kind=kind, title=title,
                                notebook=_notebook(config_dir, section["notebook"]),
                                parameters=_clean({**defaults, **section.get("parameters", {}),
                                                   **params})))

    def enabled(section: str) -> dict | None:
        value = config.get(section)
        return value if isinstance(value, dict) and value.get("enabled", True) else None

    if (sec := enabled("overview")) is not None:
        add("overview", None, sec, sec.get("title", KIND_LABELS["overview"]), {})
    if (sec := enabled("actors")) is not None:
        chosen = top_actors(persons, int(sec.get("top", 8)))
        seen = {actor_id for actor_id, _ in chosen}
        for wanted in sec.get("names", []):
            found = _find_actor(persons, wanted)
            if found is None:      # the notebook fails fast and lists the closest actors
                chosen.append((wanted, wanted))
            elif found[0] not in seen:
                chosen.append(found)
                seen.add(found[0])
        for actor_id, name in chosen:
            add("actor", name, sec, f"{KIND_LABELS['actor']}: {name}", {"actor": actor_id})
    if (sec := enabled("topics")) is not None:
        labels = [str(label) for label in sec.get("labels", [])]
        if not labels:
            labels = top_topics(topics, int(sec.get("top", 0)))
        for label in labels:
            add("topic", label, sec, f"{KIND_LABELS['topic']}: {label}", {"topic": label})
    if (sec := enabled("agreements")) is not None:
        params = _clean({"party": sec.get("party"), "status": sec.get("status")})
        add("agreements", None, sec, sec.get("title", KIND_LABELS["agreements"]), params)
    for entry in config.get("extra", []):
        kind = report_stem(str(entry["kind"]))
        title = entry.get("title") or f"{KIND_LABELS.get(kind, kind.title())}: {entry['name']}"
        add(kind, str(entry["name"]), entry, title, {})
    return specs


def _read_columns(store_dir: Path, name: str, columns: list[str]):
    """Some columns of one table of a store (an empty frame when the table lacks them)."""
    import pandas as pd

    from . import store

    try:
        return store.read_table(store_dir, name, columns=columns)
    except Exception:  # noqa: BLE001 - a missing column or table only empties the summary
        try:
            frame = store.read_table(store_dir, name)
        except Exception:  # noqa: BLE001
            return pd.DataFrame(columns=columns)
        return frame[[c for c in columns if c in frame.columns]]


def _actors_table(store_dir: Path):
    """Persons with actor ids unified across the corpus, as the notebooks see them."""
    import pandas as pd

    from .corpus import COLUMNS, resolve_actors

    persons = _read_columns(store_dir, "persons", ["article_id", "actor_id", "name"])
    resolve_actors(persons, pd.DataFrame(columns=COLUMNS["mentions"]),
                   pd.DataFrame(columns=COLUMNS["quotes"]))
    return persons


def display_parameters(params: dict) -> list[tuple[str, str]]:
    """The parameters a reader cares about, as (name, text) pairs in a stable order."""
    return [(k, v if isinstance(v, str) else json.dumps(v, ensure_ascii=False))
            for k, v in sorted(params.items()) if k not in BUILD_PARAMETERS and v is not None]


# --------------------------------------------------------------------------- kernel

def ensure_kernel(name: str = KERNEL_NAME) -> str:
    """Make sure the Jupyter kernel ``name`` exists (``make install`` installs it into the
    venv); install it for this interpreter when it is missing."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        KernelSpecManager().get_kernel_spec(name)
        return name
    except NoSuchKernel:
        pass
    try:
        from ipykernel.kernelspec import install
        install(prefix=sys.prefix, kernel_name=name)
    except Exception as exc:  # noqa: BLE001 - the message says what to do
        raise ReportError(f"no Jupyter kernel {name!r} and installing one failed ({exc}); run "
                          f"'{sys.executable} -m ipykernel install --sys-prefix --name {name}'") from exc
    return name


@contextmanager
def _quiet(log_path: Path):
    """Send this process's stderr (and so the kernel's start-up chatter) to ``log_path``
    and keep papermill's warnings (unknown parameters, unparsed annotations) out of the
    console while one notebook runs."""
    logger = logging.getLogger("papermill")
    level = logger.level
    logger.setLevel(logging.ERROR)
    sys.stderr.flush()
    saved = os.dup(2)
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "ab") as log:
        os.dup2(log.fileno(), 2)
        try:
            yield
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)
            logger.setLevel(level)


@contextmanager
def _environment(values: dict[str, str]):
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


# --------------------------------------------------------------------------- kernels

#: What a reused kernel runs before its next report: the previous notebook's variables
#: (``%reset -f``), pyplot figures and working folder go; the imported modules stay, since
#: starting a kernel and importing pandas, matplotlib and the package is a third of a
#: typical report's cost.
_RESET_CODE = """\
get_ipython().run_line_magic("reset", "-f")
import gc as _dispatches_gc, os as _dispatches_os, sys as _dispatches_sys
if "matplotlib.pyplot" in _dispatches_sys.modules:
    _dispatches_sys.modules["matplotlib.pyplot"].close("all")
_dispatches_os.chdir({cwd!r})
del _dispatches_os, _dispatches_sys
_dispatches_gc.collect()
del _dispatches_gc
"""
#: This process's kernel, kept for its next report: {"km", "key", "log", "finalizer"}.
_KERNEL: dict[str, Any] = {}


def _reused_kernel(name: str, cwd: str, env: dict[str, str], log_path: Path):
    """The kernel for this process's next report: the previous report's kernel, cleared
    (:data:`_RESET_CODE`), when it was started the same way and is alive and well; else a
    new one. Its stderr goes to ``log_path`` (start-up chatter, C-level warnings)."""
    from jupyter_client.manager import AsyncKernelManager
    from jupyter_core.utils import run_sync

    key = (name, cwd, tuple(sorted(env.items())), str(log_path))
    km = _KERNEL.get("km")
    if km is not None:
        if _KERNEL.get("key") == key and _reset_kernel(km, cwd):
            return km
        _shutdown_kernel()
    log_path.parent.mkdir(parents=True, exist_ok=True)
    log = open(log_path, "ab")  # noqa: SIM115 - open for the kernel's life
    try:
        for attempt in range(KERNEL_START_ATTEMPTS):
            km = AsyncKernelManager(kernel_name=name)
            with _environment(env):
                run_sync(km.start_kernel)(cwd=cwd, stderr=log)
            if _kernel_ready(km):
                break
            # (two kernels starting at once may pick the same free port: "Address already in
            # use"; the one that lost dies at once, and a new start picks other ports)
            run_sync(km.shutdown_kernel)(now=True)
        else:
            raise RuntimeError(f"the {name!r} kernel died {KERNEL_START_ATTEMPTS} times while starting; "
                               f"see {log_path}")
    except BaseException:
        log.close()
        raise
    _KERNEL.update(km=km, key=key, log=log)
    if "finalizer" not in _KERNEL:
        # pool workers leave through multiprocessing, which runs finalizers but not atexit
        _KERNEL["finalizer"] = multiprocessing.util.Finalize(None, _shutdown_kernel, exitpriority=10)
    return km


#: starts of a kernel tried before a report fails (a start that loses a port race dies at once)
KERNEL_START_ATTEMPTS = 3


def _answers(km, code: str | None = None) -> bool:
    """Whether the kernel is alive and answers (and, given ``code``, runs it without error);
    False on any trouble: the caller starts a new kernel."""
    from jupyter_core.utils import run_sync

    async def ask() -> bool:
        if not await km.is_alive():
            return False
        kc = km.client()
        kc.start_channels()
        try:
            await kc.wait_for_ready(timeout=60)
            if code is None:
                return True
            reply = await kc.execute_interactive(code, store_history=False, timeout=60,
                                                 output_hook=lambda msg: None)
            return reply["content"]["status"] == "ok"
        finally:
            kc.stop_channels()

    try:
        return run_sync(ask)()
    except Exception:  # noqa: BLE001 - dead, not answering or the code failed
        return False


def _kernel_ready(km) -> bool:
    """Whether a kernel just started answers (False when it died starting)."""
    return _answers(km)


def _reset_kernel(km, cwd: str) -> bool:
    """Clear a kernel for its next report; False when it is dead or the reset failed."""
    return _answers(km, _RESET_CODE.format(cwd=cwd))


def _shutdown_kernel() -> None:
    """Stop this process's kept kernel (after a failed report, and when the process ends)."""
    from jupyter_core.utils import run_sync

    km, log = _KERNEL.pop("km", None), _KERNEL.pop("log", None)
    _KERNEL.pop("key", None)
    try:
        if km is not None:
            run_sync(km.shutdown_kernel)(now=True)
    except Exception:  # noqa: BLE001 - already gone
        pass
    finally:
        if log is not None:
            log.close()


# --------------------------------------------------------------------------- rendering

@lru_cache(maxsize=4)
def _exporter(show_code: bool):
    from nbconvert import HTMLExporter
    from traitlets.config import Config

    from .paths import TEMPLATES

    config = Config()
    config.TemplateExporter.extra_template_basedirs = [str(TEMPLATES)]
    exporter = HTMLExporter(config=config, template_name=TEMPLATE_NAME)
    exporter.exclude_input = not show_code
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    exporter.embed_images = True
    exporter.exclude_anchor_links = False
    exporter.log.setLevel(logging.ERROR)      # not "alternative text is missing" per chart
    return exporter


_HEADING = re.compile(r"<h([1-3])((?:\s[^>]*)?)>(.*?)</h\1>", re.S | re.I)
_ID = re.compile(r"""\sid\s*=\s*(["'])(.*?)\1""", re.S)
_TAG = re.compile(r"<[^>]+>")
TOC_MARK = "<!--dispatches:toc-->"


def add_toc(page: str) -> str:
    """Replace the TOC mark with a list of the body's h1-h3 headings (ids added if missing)."""
    head, sep, body = page.partition('<main class="report-body">')
    if not sep:
        return page.replace(TOC_MARK, "")
    entries: list[tuple[int, str, str]] = []
    used: set[str] = set()

    def heading(match: re.Match) -> str:
        level, attrs, inner = int(match.group(1)), match.group(2) or "", match.group(3)
        inner_text = re.sub(r"<a\b[^>]*class=\"anchor-link\"[^>]*>.*?</a>", "", inner, flags=re.S)
        text = " ".join(html.unescape(_TAG.sub("", inner_text)).split())
        if not text:
            return match.group(0)
        found = _ID.search(attrs)
        if found:
            anchor = html.unescape(found.group(2))
        else:
            anchor = f"section-{len(entries) + 1}"
            attrs = f'{attrs} id="{anchor}"'
        if anchor in used:
            return match.group(0)
        used.add(anchor)
        entries.append((level, anchor, text))
        return f"<h{level}{attrs}>{inner}</h{level}>"

    body = _HEADING.sub(heading, body)
    if not entries:
        return head.replace(TOC_MARK, "") + sep + body
    top = min(level for level, _, _ in entries)
    items = "\n".join(
        f'<li class="level-{min(level - top + 1, 3)}"><a href="#{html.escape(anchor, quote=True)}">'
        f"{html.escape(text)}</a></li>" for level, anchor, text in entries)
    nav = f'<nav class="toc" aria-label="Contents">\n<h2>Contents</h2>\n<ol>\n{items}\n</ol>\n</nav>'
    return head.replace(TOC_MARK, nav) + sep + body


def _strip_run_metadata(nb) -> Any:
    """A copy of the executed notebook without papermill's timestamps and durations, with
    cell ids numbered in order (stable anchors, identical HTML on identical input)."""
    import copy

    nb = copy.deepcopy(nb)
    nb.metadata.pop("papermill", None)
    for i, cell in enumerate(nb.cells):
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
        if "id" in cell:        # papermill gives injected cells random ids
            cell["id"] = f"c{i}"
    return nb


def render_html(nb, *, title: str, kind: str, parameters: dict, corpus: str, notebook: str,
                record: str, built: str, show_code: bool = False) -> str:
    """One self-contained HTML page for an executed notebook."""
    from . import __version__

    meta = {
        "title": title, "kind": kind, "kind_label": KIND_LABELS.get(kind, kind.title()),
        "parameters": display_parameters(parameters), "corpus": corpus,
        "notebook": notebook, "record": record, "built": built, "version": __version__,
        "show_code": show_code,
    }
    body, _ = _exporter(show_code).from_notebook_node(
        _strip_run_metadata(nb), resources={"dispatches": meta})
    return add_toc(body)


# --------------------------------------------------------------------------- one report

def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _error_text(exc: BaseException) -> str:
    from papermill.exceptions import PapermillExecutionError

    if isinstance(exc, PapermillExecutionError):
        where = f" (cell {exc.exec_count})" if exc.exec_count else ""
        return f"{exc.ename}: {exc.evalue}{where}"
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}".rstrip(": ")


def build_one(task: dict) -> dict:
    """Execute and render one report (runs in a worker process). Never raises for a
    notebook's own failure: returns a dict with ``status`` ok|failed and ``error``."""
    import nbformat
    import papermill

    out = Path(task["out"])
    name = task["name"]
    started = time.perf_counter()
    built = _now()
    result = {"name": name, "status": "ok", "error": None, "built": built}
    fd, tmp_nb = tempfile.mkstemp(prefix=f".{name}.", suffix=".ipynb.tmp", dir=out)
    os.close(fd)
    tmp_nb = Path(tmp_nb)
    try:
        Path(task["parameters"]["output_dir"]).mkdir(parents=True, exist_ok=True)
        log = out / LOG_DIR / f"{name}.log"
        log.unlink(missing_ok=True)
        env = dict(KERNEL_ENV)
        if task.get("snapshot"):
            env["DISPATCHES_SNAPSHOT"] = task["snapshot"]   # load_corpus reads it for the store
        kernel = task.get("kernel", KERNEL_NAME)
        cwd = str(Path(task["notebook"]).parent)
        with _quiet(log), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            km = _reused_kernel(kernel, cwd, env, out / LOG_DIR / f"kernel-{os.getpid()}.log")
            nb = papermill.execute_notebook(
                task["notebook"], str(tmp_nb), parameters=task["parameters"],
                kernel_name=kernel, km=km, progress_bar=False,
                log_output=False, request_save_on_cell_execute=False,
                cwd=cwd, execution_timeout=CELL_TIMEOUT,
                start_timeout=120, iopub_timeout=IOPUB_TIMEOUT)
        page = render_html(nb, title=task["title"], kind=task["kind"],
                           parameters=task["parameters"], corpus=task["corpus_label"],
                           notebook=Path(task["notebook"]).name, record=f"{name}.ipynb",
                           built=built, show_code=task["show_code"])
        atomic_write(out / f"{name}.html", page)
        os.replace(tmp_nb, out / f"{name}.ipynb")
        for stale in (f"{name}.failed.ipynb", f"{name}.failed.html"):
            (out / stale).unlink(missing_ok=True)
    except Exception as exc:  # noqa: BLE001 - isolated failure, reported in the index
        from papermill.exceptions import PapermillExecutionError

        _shutdown_kernel()      # whatever state the failure left, the next report starts afresh
        # A notebook raising is a property of its inputs: not retried until they change.
        # Anything else (kernel died, timeout, rendering) is retried by the next build.
        result.update(status="failed", error=_error_text(exc),
                      retry=not isinstance(exc, PapermillExecutionError))
        if tmp_nb.is_file() and tmp_nb.stat().st_size:
            try:
                nb = nbformat.read(tmp_nb, as_version=4)
                os.replace(tmp_nb, out / f"{name}.failed.ipynb")
                result["record"] = f"{name}.failed.ipynb"
                page = render_html(nb, title=f"{task['title']} (failed)", kind=task["kind"],
                                   parameters=task["parameters"], corpus=task["corpus_label"],
                                   notebook=Path(task["notebook"]).name,
                                   record=f"{name}.failed.ipynb", built=built, show_code=True)
                atomic_write(out / f"{name}.failed.html", page)
                result["failed_html"] = f"{name}.failed.html"
            except Exception:  # noqa: BLE001 - the record is a bonus; the error stands
                pass
    finally:
        tmp_nb.unlink(missing_ok=True)
        result["seconds"] = round(time.perf_counter() - started, 2)
    return result


# --------------------------------------------------------------------------- PDF

def find_chromium() -> str | None:
    for candidate in ("chromium", "chromium-browser", "google-chrome", "/usr/bin/chromium"):
        found = shutil.which(candidate)
        if found:
            return found
    return None


def chromium_command(chromium: str, profile: str) -> list[str]:
    """Headless Chromium that never talks to the network."""
    return [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-extensions", "--host-resolver-rules=MAP * ~NOTFOUND",
            f"--user-data-dir={profile}"]


def print_pdf(html_path: Path, pdf_path: Path, *, chromium: str, timeout: float = 180) -> None:
    """Print one report to PDF (atomically)."""
    tmp = pdf_path.with_name(f".{pdf_path.stem}.{os.getpid()}.pdf.tmp")
    with tempfile.TemporaryDirectory(prefix="dispatches-chromium-") as profile:
        cmd = chromium_command(chromium, profile) + [
            "--no-pdf-header-footer", f"--print-to-pdf={tmp}", Path(html_path).resolve().as_uri()]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            tmp.unlink(missing_ok=True)
            raise ReportError(f"chromium took more than {timeout:.0f} s to print {html_path}") from None
    if not tmp.is_file() or tmp.stat().st_size == 0:
        tmp.unlink(missing_ok=True)
        raise ReportError(f"chromium did not print {html_path}: {proc.stderr.strip()[-300:]}")
    os.replace(tmp, pdf_path)


# --------------------------------------------------------------------------- index page

def _index_row(spec: ReportSpec, entry: dict | None, out: Path) -> str:
    e = html.escape
    status = (entry or {}).get("status", "not built")
    params = display_parameters(spec.parameters)
    params_html = "".join(f"<code>{e(k)}</code> = {e(v)}<br>" for k, v in params) or "&mdash;"
    has_html = (out / f"{spec.name}.html").is_file()
    title = e(spec.title)
    link = f'<a href="{e(spec.name)}.html">{title}</a>' if has_html else title
    extra = []
    if (out / f"{spec.name}.pdf").is_file():
        extra.append(f'<a href="{e(spec.name)}.pdf">PDF</a>')
    if (out / f"{spec.name}.ipynb").is_file():
        extra.append(f'<a href="{e(spec.name)}.ipynb">notebook</a>')
    if status == "ok":
        status_html = '<span class="badge ok">ok</span>'
    elif status == "failed":
        links = []
        if (entry or {}).get("failed_html") and (out / entry["failed_html"]).is_file():
            links.append(f'<a href="{e(entry["failed_html"])}">failed run</a>')
        if (out / f"{spec.name}.failed.ipynb").is_file():
            links.append(f'<a href="{e(spec.name)}.failed.ipynb">executed notebook</a>')
        if has_html:
            links.append("the link on the title is the last good version")
        status_html = ('<span class="badge failed">failed</span>'
                       f'<pre class="error">{e(entry.get("error") or "")}</pre>'
                       + (f'<span class="small">{" &middot; ".join(links)}</span>' if links else ""))
    else:
        status_html = f'<span class="badge none">{e(status)}</span>'
    built = e((entry or {}).get("built") or "")
    seconds = (entry or {}).get("seconds")
    took = f"{seconds:.1f} s" if isinstance(seconds, (int, float)) else ""
    return (f'<tr data-kind="{e(spec.kind)}" data-status="{e(status)}">'
            f'<td class="title">{link}<div class="small">{" &middot; ".join(extra)}</div></td>'
            f'<td>{e(KIND_LABELS.get(spec.kind, spec.kind))}</td><td class="params">{params_html}</td>'
            f'<td>{status_html}</td><td class="built">{built}</td><td class="num">{took}</td></tr>')


INDEX_CSS = """
:root { --ink:#1d2430; --muted:#5b6472; --rule:#d8dde4; --accent:#1f5f99; --soft:#f4f6f9; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); font: 16px/1.5 "Source Sans 3", "Segoe UI", "Helvetica Neue", Arial, sans-serif; }
header, main, footer { max-width: 80rem; margin: 0 auto; padding: 0 1.5rem; }
header { padding-top: 1.2rem; }
h1 { font-size: 1.8rem; margin: 0 0 0.3rem; }
h2 { font-size: 1.2rem; margin: 1.4rem 0 0.5rem; }
a { color: var(--accent); }
dl.corpus { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 1rem; margin: 0; }
dl.corpus dt { font-weight: 600; color: var(--muted); }
dl.corpus dd { margin: 0; overflow-wrap: anywhere; }
.filters { margin: 0.6rem 0; display: flex; flex-wrap: wrap; gap: 0.4rem; }
.filters button { font: inherit; font-size: 0.9rem; padding: 0.2rem 0.7rem; border: 1px solid var(--rule);
                  border-radius: 1rem; background: #fff; cursor: pointer; }
.filters button[aria-pressed="true"] { background: var(--accent); border-color: var(--accent); color: #fff; }
table { width: 100%; border-collapse: collapse; font-size: 0.92rem; }
th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--rule); }
thead th { border-bottom: 2px solid var(--ink); background: var(--soft); }
td.title { overflow-wrap: anywhere; min-width: 14rem; }
td.params { overflow-wrap: anywhere; }
td.num, td.built { white-space: nowrap; }
.small { font-size: 0.82rem; color: var(--muted); }
.badge { display: inline-block; padding: 0 0.5rem; border-radius: 0.6rem; font-size: 0.85rem; font-weight: 600; }
.badge.ok { background: #e3f4e8; color: #1b6b34; }
.badge.failed { background: #fde8e8; color: #9b1c1c; }
.badge.none { background: var(--soft); color: var(--muted); }
pre.error { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0.3rem 0; padding: 0.3rem 0.5rem;
            background: #fdf0f0; color: #9b1c1c; font-size: 0.82rem; }
footer { color: var(--muted); font-size: 0.85rem; padding-top: 1rem; padding-bottom: 1.5rem; }
@media print { .filters { display: none; } tr[hidden] { display: table-row; } a { color: inherit; } }
"""

INDEX_JS = """
(function () {
  var buttons = document.querySelectorAll('.filters button');
  function show(filter) {
    buttons.forEach(function (b) { b.setAttribute('aria-pressed', String(b.dataset.filter === filter)); });
    document.querySelectorAll('#reports tbody tr').forEach(function (row) {
      var visible = filter === 'all' || row.dataset.kind === filter ||
                    (filter === 'failed' && row.dataset.status === 'failed');
      row.hidden = !visible;
    });
  }
  buttons.forEach(function (b) { b.addEventListener('click', function () { show(b.dataset.filter); }); });
})();
"""


def render_index(specs: Sequence[ReportSpec], state: dict, out: Path, *, corpus_label: str,
                 summary: dict, built: str, store: str) -> str:
    from . import __version__

    e = html.escape
    entries = state.get("reports", {})
    order = sorted(specs, key=lambda s: (KIND_ORDER.get(s.kind, 9), s.kind, s.title.lower(), s.name))
    kinds: dict[str, int] = {}
    for spec in order:
        kinds[spec.kind] = kinds.get(spec.kind, 0) + 1
    statuses = [entries.get(s.name, {}).get("status", "not built") for s in order]
    n_ok, n_failed = statuses.count("ok"), statuses.count("failed")
    buttons = [f'<button type="button" data-filter="all" aria-pressed="true">All ({len(order)})</button>']
    for kind, n in sorted(kinds.items(), key=lambda kv: (KIND_ORDER.get(kv[0], 9), kv[0])):
        label = KIND_LABELS.get(kind, kind)
        buttons.append(f'<button type="button" data-filter="{e(kind)}" aria-pressed="false">'
                       f'{e(label)} ({n})</button>')
    if n_failed:
        buttons.append(f'<button type="button" data-filter="failed" aria-pressed="false">'
                       f'Failed ({n_failed})</button>')
    rows = "\n".join(_index_row(spec, entries.get(spec.name), out) for spec in order)
    s = summary or {}
    dates = (f"{s.get('first_date')} to {s.get('last_date')}" if s.get("first_date")
             else "no dated article")
    corpus_rows = [
        ("corpus", corpus_label), ("store", store),
        ("articles", f"{s.get('articles', 0)} ({s.get('words', 0):,} words), {dates}, "
                     f"{s.get('sources', 0)} sources"),
        ("manifest", f"{s.get('inputs', 0)} inputs: {s.get('loaded', 0)} loaded, "
                     f"{s.get('duplicate', 0)} duplicate, {s.get('rejected', 0)} rejected"),
        ("extracted", f"{s.get('actors', 0)} actors, {s.get('quotes', 0)} quotes, "
                      f"{s.get('agreements', 0)} agreements, {s.get('topics', 0)} topics"),
        ("reports", f"{len(order)}: {n_ok} ok, {n_failed} failed"
                    + (f", {len(order) - n_ok - n_failed} not built" if len(order) - n_ok - n_failed else "")),
        ("built", built),
    ]
    corpus_html = "\n".join(f"<dt>{e(k)}</dt><dd>{e(str(v))}</dd>" for k, v in corpus_rows)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="dispatches {e(__version__)}">
<meta name="dispatches-built" content="{e(built)}">
<title>Reports: {e(corpus_label)}</title>
<style>{INDEX_CSS}</style>
</head>
<body>
<header>
<h1>Reports</h1>
<p class="small">Self-contained HTML reports built by <code>dispatches reports</code>; each opens offline.</p>
</header>
<main>
<h2>Corpus</h2>
<dl class="corpus">
{corpus_html}
</dl>
<h2>Reports</h2>
<div class="filters" role="group" aria-label="Filter by kind">
{"".join(buttons)}
</div>
<table id="reports">
<thead><tr><th>Report</th><th>Kind</th><th>Parameters</th><th>Status</th><th>Built (UTC)</th><th>Time</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
</main>
<footer>dispatches {e(__version__)} &middot; build state in <code>{e(STATE_FILE)}</code> &middot;
executed notebooks (<code>.ipynb</code>) beside each report are the record of each run.</footer>
<script>{INDEX_JS}</script>
</body>
</html>
"""


# --------------------------------------------------------------------------- the build

def _load_state(path: Path) -> dict:
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"format": STATE_FORMAT, "reports": {}}
    if not isinstance(state, dict) or state.get("format") != STATE_FORMAT:
        return {"format": STATE_FORMAT, "reports": {}}
    state.setdefault("reports", {})
    return state


def _save_state(path: Path, state: dict) -> None:
    atomic_write(path, json.dumps(state, indent=1, sort_keys=True, ensure_ascii=False) + "\n")


def _remove_outputs(out: Path, name: str) -> None:
    for suffix in (".html", ".ipynb", ".pdf", ".failed.ipynb", ".failed.html"):
        try:
            output_path(out, name, suffix).unlink(missing_ok=True)
        except ReportError:
            pass
    assets = out / ASSETS_DIR / name
    if assets.is_dir() and assets.resolve().parent == (out / ASSETS_DIR).resolve():
        shutil.rmtree(assets, ignore_errors=True)


def _selected(name: str, only: Iterable[str] | None) -> bool:
    return not only or any(part.lower() in name for part in only)


def build_reports(corpus_paths: Sequence[str | os.PathLike], *, out: str | os.PathLike | None = None,
                  config: str | os.PathLike | None = None, jobs: int | None = None,
                  show_code: bool = False, pdf: bool = False, force: bool = False,
                  only: Sequence[str] | None = None, progress: bool = True) -> BuildResult:
    """Build the report set for a corpus into ``out`` (see the module docstring)."""
    from tqdm.auto import tqdm

    from .paths import REPORT_CONFIG, REPORTS

    started = time.perf_counter()
    paths = [Path(p) for p in (corpus_paths or [])]
    if not paths:
        raise InputError("no corpus given; pass --corpus PATH (articles or a store)")
    out = Path(out or REPORTS).resolve()
    config_path = Path(config or REPORT_CONFIG).resolve()
    jobs = max(1, int(jobs or os.cpu_count() or 1))
    out.mkdir(parents=True, exist_ok=True)
    _remove_temp_files(out)
    state_path = out / STATE_FILE
    state = _load_state(state_path)
    result = BuildResult(out=out, index=out / "index.html")

    # 1. corpus: hash the inputs first; load and extract only when they changed.
    config_data = load_config(config_path)
    hashes_path = out / HASHES_FILE
    try:
        hashes = json.loads(hashes_path.read_text(encoding="utf-8"))
        hashes = hashes if isinstance(hashes, dict) else {}
    except (OSError, ValueError):
        hashes = {}
    seen: dict = {}
    key = corpus_key(paths, cache=hashes, seen=seen)
    if seen != hashes:
        atomic_write(hashes_path, json.dumps(seen, sort_keys=True, separators=(",", ":")))
    cached = state.get("corpus", {})
    store_dir, rebuilt_store = prepare_store(paths, out / STORE_DIR, key,
                                             known_key=cached.get("key"), jobs=jobs,
                                             progress=progress)
    corpus_label = ", ".join(str(p) for p in paths)
    if rebuilt_store or cached.get("key") != key or "summary" not in cached:
        summary = corpus_summary(store_dir)
    else:
        summary = cached["summary"]
    state["corpus"] = {"key": key, "store": str(store_dir), "inputs": corpus_label,
                       "summary": summary}

    # 2. the report set, cached per (config, corpus, version).
    from . import __version__

    resolve_key = hashlib.sha256(json.dumps(
        [config_data, str(config_path.parent), key, __version__], sort_keys=True,
        default=str).encode()).hexdigest()
    resolved = state.get("resolved", {})
    snapshot_dir = (out / SNAPSHOT_DIR).resolve()
    if resolved.get("key") == resolve_key and not rebuilt_store:
        specs = [ReportSpec(**d) for d in resolved["reports"]]
    else:
        # the corpus (or the set) changed, so reports will run: make their snapshot now and
        # take the actors from it (ids unified there once)
        snapshot = _snapshot_or_none(store_dir, snapshot_dir, key, result)
        if snapshot is not None:
            from . import store

            persons = store.read_snapshot(snapshot).persons[["article_id", "actor_id", "name"]]
        else:
            persons = _actors_table(store_dir)
        topics = _read_columns(store_dir, "topics", ["article_id", "label"])
        specs = resolve_reports(config_data, config_path.parent, persons, topics)
        state["resolved"] = {"key": resolve_key, "reports": [s.as_dict() for s in specs]}
    for spec in specs:      # refuse anything that could escape the folder, before running
        output_path(out, spec.name)

    # 3. what to build.
    template = template_fingerprint()
    tasks = []
    for spec in specs:
        params = {**spec.parameters, "corpus": str(store_dir), "title": spec.title,
                  "output_dir": str(out / ASSETS_DIR / spec.name)}
        rkey = report_key(spec, params, key, show_code=show_code, template=template)
        entry = state["reports"].get(spec.name, {})
        if not _selected(spec.name, only):
            continue
        if not Path(spec.notebook).is_file():
            result.failed[spec.name] = f"notebook {spec.notebook} not found"
            state["reports"][spec.name] = {"key": None, "status": "failed", "built": _now(),
                                           "error": result.failed[spec.name], "seconds": 0.0}
            continue
        unchanged = not force and entry.get("key") == rkey
        if unchanged and entry.get("status") == "ok" and (out / f"{spec.name}.html").is_file():
            result.skipped.append(spec.name)
            continue
        if unchanged and entry.get("status") == "failed":
            # Same inputs, same failure: not re-run (--force retries); still counts as failed.
            result.failed[spec.name] = f"{entry.get('error')} (unchanged since {entry.get('built')})"
            continue
        tasks.append({"name": spec.name, "kind": spec.kind, "title": spec.title,
                      "notebook": spec.notebook, "parameters": params, "out": str(out),
                      "corpus_label": corpus_label, "show_code": show_code, "key": rkey,
                      "kernel": KERNEL_NAME, "snapshot": str(snapshot_dir)})

    # 4. execute and render, in parallel, saving the state after each report; the longest
    # first (as last time, else by kind), so that no worker is left with a long report at
    # the end while the others idle.
    tasks.sort(key=lambda t: (-float(state["reports"].get(t["name"], {}).get("seconds") or 0.0),
                              KIND_COST.get(t["kind"], 9)))
    if tasks:
        ensure_kernel(KERNEL_NAME)
        for old_log in (out / LOG_DIR).glob("kernel-*.log"):     # the last build's kernels
            old_log.unlink(missing_ok=True)
        if _snapshot_or_none(store_dir, snapshot_dir, key, result) is None:
            for task in tasks:
                task["snapshot"] = None
        bar = tqdm(total=len(tasks), unit="report", desc="reports", disable=not progress)

        def record(task: dict, outcome: dict) -> None:
            entry = {"key": task["key"], "status": outcome["status"], "built": outcome["built"],
                     "seconds": outcome["seconds"], "error": outcome["error"]}
            if outcome.get("failed_html"):
                entry["failed_html"] = outcome["failed_html"]
            result.executed.append(task["name"])
            if outcome["status"] == "ok":
                result.built.append(task["name"])
            else:
                if outcome.get("crashed") or outcome.get("retry"):
                    entry["key"] = None     # not the notebook's fault: try again next time
                result.failed[task["name"]] = outcome["error"]
            state["reports"][task["name"]] = entry
            _save_state(state_path, state)
            bar.update()

        try:
            if jobs == 1 or len(tasks) == 1:
                try:
                    for task in tasks:
                        record(task, build_one(task))
                finally:
                    _shutdown_kernel()      # the kernel kept between reports, in this process
            else:
                # spawn, not fork: the parent may hold pyarrow/pandas threads.
                context = multiprocessing.get_context("spawn")
                pool = ProcessPoolExecutor(max_workers=min(jobs, len(tasks)), mp_context=context)
                try:
                    futures = {pool.submit(build_one, task): task for task in tasks}
                    for future in as_completed(futures):
                        task = futures[future]
                        try:
                            outcome = future.result()
                        except Exception as exc:  # noqa: BLE001 - a worker died
                            outcome = {"status": "failed", "error": _error_text(exc),
                                       "built": _now(), "seconds": 0.0, "crashed": True}
                        record(task, outcome)
                except BaseException:
                    pool.shutdown(wait=False, cancel_futures=True)
                    raise
                pool.shutdown()
        finally:
            bar.close()

    # 5. reports no longer in the set: remove their files (only on a full build).
    if not only:
        current = {s.name for s in specs}
        for name in sorted(set(state["reports"]) - current):
            _remove_outputs(out, name)
            del state["reports"][name]

    # 6. PDFs.
    if pdf:
        chromium = find_chromium()
        if chromium is None:
            result.warnings.append("--pdf: Chromium is not installed (apt-get install chromium, "
                                   "or 'make browser'); no PDF printed")
        else:
            for spec in specs:
                html_file, pdf_file = out / f"{spec.name}.html", out / f"{spec.name}.pdf"
                entry = state["reports"].get(spec.name, {})
                if not _selected(spec.name, only) or entry.get("status") != "ok":
                    continue
                if pdf_file.is_file() and pdf_file.stat().st_mtime >= html_file.stat().st_mtime \
                        and spec.name not in result.built:
                    continue
                try:
                    print_pdf(html_file, pdf_file, chromium=chromium)
                    result.pdfs.append(spec.name)
                except ReportError as exc:
                    result.warnings.append(str(exc))

    # 7. the index and the state.
    built = _now()
    atomic_write(result.index, render_index(specs, state, out, corpus_label=corpus_label,
                                            summary=summary, built=built, store=str(store_dir)))
    _save_state(state_path, state)
    result.built.sort()
    result.skipped.sort()
    result.executed.sort()
    result.seconds = time.perf_counter() - started
    return result
