"""The Parquet store: round trip, incremental re-ingest, atomic writes, errors, DuckDB.

Extraction is replaced by a small deterministic stand-in (counting its calls), so these
tests exercise the store's machinery whatever state the real extractors are in.
"""
from __future__ import annotations

import json
import re

import pandas as pd
import pytest

import analysis.corpus
import analysis.extract
from analysis import store
from analysis.corpus import TABLES, build_corpus
from analysis.errors import StoreError
from analysis.load import load_articles
from analysis.records import Agreement, Country, Extraction, Mention, Person, Quote, Topic
from analysis.text import sentence_index

NAMES = re.compile(r"\b(?:President|Minister) ([A-Z][a-z]+ [A-Z][a-z]+)")
QUOTE = re.compile(r'"([^"]+)"')


class FakeExtractor:
    """Persons after a title, quotes, an agreement per 'agreed', one topic; counts calls."""

    def __init__(self):
        self.calls: list[str] = []
        self.fail_on: str | None = None

    def __call__(self, a):
        self.calls.append(a.id)
        if self.fail_on and self.fail_on in a.text:
            raise RuntimeError("boom")
        persons = []
        for m in NAMES.finditer(a.text):
            s = sentence_index(a.sentences, m.start(1))
            name = m.group(1)
            persons.append(Person(name, "President", None,
                                  (Mention(m.start(1), m.end(1), name, s),), name.lower().replace(" ", "-")))
        quotes = [Quote(m.group(1), m.start(1), m.end(1), sentence_index(a.sentences, m.start()),
                        persons[0].name if persons else None, "person" if persons else None,
                        persons[0].key if persons else None, "said") for m in QUOTE.finditer(a.text)]
        agreements = [Agreement(s.text, s.start, s.end, "agreed", ("JPN", "RUS"), (), "cooperate",
                                ("diplomacy",), None, "agreed", None, i)
                      for i, s in enumerate(a.sentences) if "agreed" in s.text]
        countries = [Country("RUS", "Russia", (Mention(m.start(), m.end(), "Russia", 0),))
                     for m in re.finditer("Russia", a.text)][:1]
        topics = [Topic("diplomacy", 0.75, ("talks", "summit"))]
        return Extraction(a.id, tuple(persons), tuple(countries), (), tuple(quotes),
                          tuple(agreements), tuple(topics))


@pytest.fixture
def fake(monkeypatch):
    f = FakeExtractor()
    monkeypatch.setattr(analysis.extract, "extract_article", f)
    monkeypatch.setattr(analysis.corpus, "extract_article", f)
    return f


def _article(i: int, extra: str = "") -> str:
    return (f"Talks in Moscow, round {i}\n\nApril {i % 28 + 1}, 2017 (EIRNS)—Russian President "
            f"Vladimir Putin{i} met Prime Minister Shinzo Abe in Moscow for round {i}. "
            f"They agreed to cooperate on project {i}.\n\n\"We see round {i} as a common task,\" "
            f"Putin said. {extra}\n")


@pytest.fixture
def corpus_dir(tmp_path):
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    for i in range(6):
        (d / f"a{i}.txt").write_text(_article(i), encoding="utf-8")
    lines = [{"id": f"j{i}", "title": f"Item {i}", "date": "2019-01-0%d" % (i + 1),
              "text": f"The Security Council met for session {i}. Russia agreed to talks on item {i}."}
             for i in range(3)]
    (d / "sub" / "b.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    (d / "sub" / "empty.txt").write_text("\n", encoding="utf-8")
    return d


def _norm(frame: pd.DataFrame) -> pd.DataFrame:
    """Order-, index- and dtype-insensitive form of a table for comparison."""
    out = frame.copy()
    for c in out.columns:
        out[c] = [None if (v is None or (isinstance(v, float) and v != v)) else
                  (tuple(v) if isinstance(v, (list, tuple)) else
                   int(v) if isinstance(v, float) and v.is_integer() else v) for v in out[c]]
        out[c] = out[c].astype(object)
    order = sorted(range(len(out)), key=lambda i: repr(tuple(out.iloc[i])))
    return out.iloc[order].reset_index(drop=True)


def assert_same_tables(a, b):
    for name in TABLES:
        left, right = _norm(a.table(name)), _norm(b.table(name))
        assert list(left.columns) == list(right.columns), name
        pd.testing.assert_frame_equal(left, right, check_dtype=False, obj=name)


def test_round_trip_equals_in_memory_corpus(fake, corpus_dir, tmp_path):
    report = store.ingest([corpus_dir], tmp_path / "store", progress=False)
    assert report.articles == 9 and report.rejected == 1 and report.extracted == 9
    read = store.read_store(tmp_path / "store")
    result = load_articles([corpus_dir])
    memory = build_corpus(result.articles, result.manifest)
    assert len(read.persons) > 0 and len(read.agreements) > 0 and len(read.quotes) > 0
    assert_same_tables(read, memory)
    assert isinstance(read.agreements["parties"].iloc[0], list)
    meta = store.info(tmp_path / "store")
    from analysis import __version__
    from analysis.text import resource_fingerprint
    assert meta["version"] == __version__ and meta["resources"] == resource_fingerprint()
    f = next(x for x in meta["files"] if x["path"].endswith("a0.txt"))
    assert f["size"] == (corpus_dir / "a0.txt").stat().st_size and len(f["sha1"]) == 40
    assert f["mtime_ns"] == (corpus_dir / "a0.txt").stat().st_mtime_ns


def test_read_only_some_tables(fake, corpus_dir, tmp_path):
    store.ingest([corpus_dir], tmp_path / "store", progress=False)
    corpus = store.read_store(tmp_path / "store", tables=["articles", "topics"])
    assert len(corpus.articles) == 9 and len(corpus.topics) == 9 and corpus.persons.empty
    with pytest.raises(StoreError, match="no table 'people'"):
        store.read_store(tmp_path / "store", tables=["people"])



def test_tables_of_a_store_are_read_on_first_use(fake, corpus_dir, tmp_path):
    store.ingest([corpus_dir], tmp_path / "store", progress=False)
    corpus = store.read_store(tmp_path / "store")
    assert "sentences" not in corpus.__dict__          # not read yet
    sentences = corpus.sentences
    assert len(sentences) > 0 and "sentences" in corpus.__dict__
    assert corpus.sentences is sentences               # read once
    pd.testing.assert_frame_equal(sentences, store.read_table(tmp_path / "store", "sentences"))
    with pytest.raises(AttributeError, match="no attribute 'nonsense'"):
        corpus.nonsense

def test_load_corpus_reads_a_store(fake, corpus_dir, tmp_path):
    store.ingest([corpus_dir], tmp_path / "store", progress=False)
    fake.calls.clear()
    corpus = analysis.corpus.load_corpus(tmp_path / "store")
    assert len(corpus.articles) == 9 and fake.calls == []


def test_unchanged_ingest_extracts_nothing(fake, corpus_dir, tmp_path):
    store.ingest([corpus_dir], tmp_path / "store", progress=False)
    before = store.info(tmp_path / "store")["content"]
    fake.calls.clear()
    (corpus_dir / "a1.txt").touch()          # new mtime, same bytes
    report = store.ingest([corpus_dir], tmp_path / "store", progress=False)
    assert fake.calls == [] and report.up_to_date
    assert store.info(tmp_path / "store")["content"] == before


def test_added_file_is_the_only_one_extracted(fake, corpus_dir, tmp_path):
    store.ingest([corpus_dir], tmp_path / "store", progress=False)
    fake.calls.clear()
    (corpus_dir / "new.txt").write_text(_article(99), encoding="utf-8")
    report = store.ingest([corpus_dir], tmp_path / "store", progress=False)
    assert fake.calls == ["new"] and report.new == 1 and report.unchanged == 8
    corpus = store.read_store(tmp_path / "store")
    assert "new" in set(corpus.articles["id"]) and len(corpus.articles) == 10
    assert set(corpus.persons["article_id"]) >= {"new", "a0"}


def test_changed_file_is_re_extracted(fake, corpus_dir, tmp_path):
    store.ingest([corpus_dir], tmp_path / "store", progress=False)
    fake.calls.clear()
    (corpus_dir / "a2.txt").write_text(_article(2, extra="President Xi Jinping agreed too."),
                                       encoding="utf-8")
    report = store.ingest([corpus_dir], tmp_path / "store", progress=False)
    assert fake.calls == ["a2"] and report.changed == 1
    corpus = store.read_store(tmp_path / "store")
    assert len(corpus.articles) == 9
    assert "Xi Jinping" in set(corpus.persons.loc[corpus.persons["article_id"] == "a2", "name"])
    assert (corpus.articles["id"] == "a2").sum() == 1


def test_removed_file_leaves_the_store(fake, corpus_dir, tmp_path):
    store.ingest([corpus_dir], tmp_path / "store", progress=False)
    (corpus_dir / "a3.txt").unlink()
    (corpus_dir / "sub" / "b.jsonl").unlink()
    fake.calls.clear()
    report = store.ingest([corpus_dir], tmp_path / "store", progress=False)
    assert fake.calls == [] and report.removed == 2
    corpus = store.read_store(tmp_path / "store")
    for name in TABLES:
        ids = corpus.table(name)["id" if name in ("articles", "manifest") else "article_id"]
        assert not {"a3", "j0", "j1", "j2"} & set(ids), name
    assert sorted(corpus.articles["id"]) == ["a0", "a1", "a2", "a4", "a5"]
    assert len(corpus.persons) == 10 and set(corpus.persons["article_id"]) == {"a0", "a1", "a2", "a4", "a5"}
    assert len(store.info(tmp_path / "store")["files"]) == 6


def test_changed_resources_re_extract_everything(fake, corpus_dir, tmp_path, monkeypatch):
    store.ingest([corpus_dir], tmp_path / "store", progress=False)
    fake.calls.clear()
    monkeypatch.setattr(analysis.text, "resource_fingerprint", lambda: "0" * 40)
    report = store.ingest([corpus_dir], tmp_path / "store", progress=False)
    assert report.full and "resource" in report.full
    assert sorted(fake.calls) == sorted(["a0", "a1", "a2", "a3", "a4", "a5", "j0", "j1", "j2"])
    assert store.info(tmp_path / "store")["resources"] == "0" * 40


def test_changed_version_re_extracts_everything(fake, corpus_dir, tmp_path, monkeypatch):
    store.ingest([corpus_dir], tmp_path / "store", progress=False)
    fake.calls.clear()
    monkeypatch.setattr(analysis, "__version__", "99.0")
    report = store.ingest([corpus_dir], tmp_path / "store", progress=False)
    assert "version" in report.full and len(fake.calls) == 9


def test_duplicates_across_batches_and_their_original_leaving(fake, tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for i in range(8):
        (d / f"a{i}.txt").write_text(_article(i), encoding="utf-8")
    (d / "z-copy.txt").write_text(_article(1), encoding="utf-8")   # same text as a1
    (d / "zz").mkdir()
    (d / "zz" / "a4.txt").write_text(_article(44), encoding="utf-8")  # same id as a4
    report = store.ingest([d], tmp_path / "s", progress=False, batch_bytes=1)  # one file a batch
    assert len(store.info(tmp_path / "s")["parts"]) == 10
    corpus = store.read_store(tmp_path / "s")
    expected = load_articles([d])
    assert report.duplicates == 1
    assert sorted(corpus.articles["id"]) == sorted(a.id for a in expected.articles)
    dup = corpus.manifest[corpus.manifest["status"] == "duplicate"]
    assert list(dup["duplicate_of"]) == ["a1"]
    assert "a4-2" in set(corpus.articles["id"])
    # the original leaves: its copy becomes the loaded article
    (d / "a1.txt").unlink()
    fake.calls.clear()
    report = store.ingest([d], tmp_path / "s", progress=False)
    assert report.reprocessed == 1 and fake.calls == ["z-copy"]
    corpus = store.read_store(tmp_path / "s")
    assert "z-copy" in set(corpus.articles["id"]) and report.duplicates == 0


def test_failed_ingest_leaves_the_store_as_it_was(fake, corpus_dir, tmp_path):
    target = tmp_path / "store"
    store.ingest([corpus_dir], target, progress=False)
    before = store.read_store(target)
    meta = (target / "store.json").read_text()
    (corpus_dir / "a0.txt").write_text(_article(0, extra="BOOM"), encoding="utf-8")
    (corpus_dir / "a5.txt").unlink()
    fake.fail_on = "BOOM"
    with pytest.raises(RuntimeError):
        store.ingest([corpus_dir], target, progress=False)
    assert (target / "store.json").read_text() == meta
    assert_same_tables(store.read_store(target), before)
    assert not list(tmp_path.glob(".store.tmp*")), "temporary folders are cleaned up"


def test_one_ingest_per_store_at_a_time(fake, corpus_dir, tmp_path):
    import fcntl

    with open(tmp_path / ".store.lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        with pytest.raises(StoreError, match="another 'dispatches ingest'"):
            store.ingest([corpus_dir], tmp_path / "store", progress=False)
    assert store.ingest([corpus_dir], tmp_path / "store", progress=False).articles == 9


def test_jobs_give_the_same_tables(fake, corpus_dir, tmp_path):
    store.ingest([corpus_dir], tmp_path / "one", progress=False, jobs=1, batch_bytes=1)
    # a pool (forked after a warm-up) even for these few bytes, then the default: in-process
    store.ingest([corpus_dir], tmp_path / "two", progress=False, jobs=2, batch_bytes=1, inline_bytes=0)
    store.ingest([corpus_dir], tmp_path / "inline", progress=False, jobs=2, batch_bytes=1)
    assert_same_tables(store.read_store(tmp_path / "one"), store.read_store(tmp_path / "two"))
    assert_same_tables(store.read_store(tmp_path / "one"), store.read_store(tmp_path / "inline"))


def test_small_work_runs_in_this_process(fake, corpus_dir, tmp_path, monkeypatch):
    import analysis.engine as engine

    seen = []
    real = engine.run_local
    monkeypatch.setattr(engine, "run_local", lambda batches, **kw: seen.append(kw["jobs"]) or real(batches, **kw))
    store.ingest([corpus_dir], tmp_path / "a", progress=False, jobs=2, batch_bytes=1)
    store.ingest([corpus_dir], tmp_path / "b", progress=False, jobs=2, batch_bytes=1, inline_bytes=0)
    assert seen == [1, 2]


def _imported_code_fingerprint() -> str:
    """The code fingerprint as the modules that loading and extraction import give it."""
    import hashlib
    import os
    import sys
    from pathlib import Path

    import analysis.corpus  # noqa: F401
    import analysis.extract  # noqa: F401
    import analysis.load  # noqa: F401

    digest = hashlib.sha1()
    for name in sorted(sys.modules):
        if not (name == "analysis" or name.startswith("analysis.")):
            continue
        if name in store._NOT_EXTRACTION or name.startswith("analysis.report"):
            continue
        path = getattr(sys.modules[name], "__file__", None)
        if path and path.endswith(".py") and os.path.isfile(path):
            digest.update(name.encode())
            digest.update(Path(path).read_bytes())
    return digest.hexdigest()


def test_code_fingerprint_covers_what_extraction_imports():
    import sys

    assert store.code_fingerprint() == _imported_code_fingerprint()
    sources = store._package_sources()
    imported = [n for n in sys.modules if n == "analysis" or n.startswith("analysis.")]
    assert imported and all(n in sources for n in imported if getattr(sys.modules[n], "__file__", None))


def test_code_fingerprint_follows_a_changed_module(monkeypatch, tmp_path):
    before = store.code_fingerprint()
    sources = store._package_sources()
    changed = tmp_path / "persons.py"
    changed.write_bytes(sources["analysis.extract.persons"].read_bytes() + b"\n# changed\n")
    monkeypatch.setattr(store, "_package_sources", lambda: {**sources, "analysis.extract.persons": changed})
    assert store.code_fingerprint() != before
    unrelated = tmp_path / "cli.py"
    unrelated.write_bytes(sources["analysis.cli"].read_bytes() + b"\n# changed\n")
    monkeypatch.setattr(store, "_package_sources", lambda: {**sources, "analysis.cli": unrelated})
    assert store.code_fingerprint() == before


def test_a_no_change_ingest_imports_neither_pandas_nor_the_extractors(fake, corpus_dir, tmp_path):
    import subprocess
    import sys

    store.ingest([corpus_dir], tmp_path / "store", progress=False)
    code = ("import sys; from analysis.cli import main; "
            f"main(['ingest', {str(corpus_dir)!r}, '--store', {str(tmp_path / 'store')!r}, '--no-progress']); "
            "print(sorted(m for m in ('pandas', 'pyarrow', 'analysis.extract', 'analysis.corpus') if m in sys.modules))")
    # the fake extractor is not in the child: the store was written with the same code, so
    # the child finds it up to date
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "up to date" in done.stderr
    assert done.stdout.strip() == "[]"


def test_missing_or_foreign_folder_is_a_store_error(tmp_path, corpus_dir):
    with pytest.raises(StoreError, match="does not exist"):
        store.read_store(tmp_path / "nowhere")
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(StoreError, match="not a dispatches store"):
        store.read_store(foreign)
    with pytest.raises(StoreError, match="not a dispatches store"):
        store.ingest([corpus_dir], foreign, progress=False)
    assert [p.name for p in foreign.iterdir()] == ["notes.txt"]
    (foreign / "store.json").write_text('{"format": "something-else"}', encoding="utf-8")
    with pytest.raises(StoreError, match="another version"):
        store.read_store(foreign)


def test_duckdb_query_over_the_store(fake, corpus_dir, tmp_path):
    store.ingest([corpus_dir], tmp_path / "store", progress=False)
    corpus = store.read_store(tmp_path / "store")
    counts = store.query(tmp_path / "store",
                         "SELECT (SELECT count(*) FROM articles) AS a, (SELECT count(*) FROM persons) AS p, "
                         "(SELECT count(*) FROM manifest WHERE status = 'rejected') AS r")
    assert counts.iloc[0].tolist() == [len(corpus.articles), len(corpus.persons), 1]
    top = store.query(tmp_path / "store", "SELECT label, count(*) AS n FROM topics GROUP BY label")
    assert top.to_dict("records") == [{"label": "diplomacy", "n": 9}]
    # pandas reads a table folder directly too
    assert len(pd.read_parquet(tmp_path / "store" / "persons")) == len(corpus.persons)


def test_cli_ingest_store(fake, corpus_dir, tmp_path, capsys):
    from analysis.cli import main

    from analysis.load import article_record

    manifest, out = tmp_path / "m.jsonl", tmp_path / "a.jsonl"
    assert main(["ingest", str(corpus_dir), "--store", str(tmp_path / "s"), "--jobs", "1",
                 "--no-progress", "--manifest", str(manifest), "-o", str(out)]) == 0
    assert "9 articles" in capsys.readouterr().err
    rows = [json.loads(line) for line in manifest.read_text().splitlines()]
    assert len(rows) == 10 and {r["status"] for r in rows} == {"loaded", "rejected"}
    records = {r["id"]: r for r in map(json.loads, out.read_text().splitlines())}
    expected = {a.id: json.loads(json.dumps(article_record(a))) for a in load_articles([corpus_dir]).articles}
    assert records == expected


def test_dask_engine_needs_a_store(corpus_dir, capsys):
    from analysis.cli import main

    assert main(["ingest", str(corpus_dir), "--engine", "dask"]) == 2
    assert "--store" in capsys.readouterr().err


def test_file_index_is_kept_apart_and_old_stores_still_read(fake, corpus_dir, tmp_path):
    import json
    d = tmp_path / "store"
    store.ingest([corpus_dir], d, progress=False)
    marker = json.loads((d / store.MARKER).read_text())
    assert "files" not in marker and marker["format"] == store.FORMAT
    assert len(store.info(d)["files"]) == len(json.loads((d / store.INDEX).read_text())) > 0
    assert "files" not in store.info(d, files=False)
    before = store.read_store(d)
    # a store of format 2 kept the index inside store.json
    marker.update(format="dispatches-store/2", files=json.loads((d / store.INDEX).read_text()))
    (d / store.MARKER).write_text(json.dumps(marker))
    (d / store.INDEX).unlink()
    assert len(store.info(d)["files"]) == len(marker["files"])
    assert_same_tables(store.read_store(d), before)
    fake.calls.clear()
    assert store.ingest([corpus_dir], d, progress=False).extracted == 0 and fake.calls == []


# --------------------------------------------------------------------------- batch tables

def _frames_to_arrow(articles, extractions):
    from analysis.corpus import tables_from
    from analysis.engine import EXTRACTED, to_arrow

    frames = tables_from(articles, extractions)
    return {name: to_arrow(name, frames[name]) for name in EXTRACTED}


@pytest.mark.parametrize("take", [slice(None), slice(0, 1), slice(0, 0), slice(6, 9)])
def test_batch_tables_equal_the_dataframe_route(fake, corpus_dir, take):
    """engine._tables builds Arrow straight from columns: the same values, types and row
    order as tables_from's DataFrames through to_arrow, including empty tables."""
    from analysis.engine import _tables

    articles = load_articles([corpus_dir]).articles[take]
    extractions = [fake(a) for a in articles]
    expected = _frames_to_arrow(articles, extractions)
    for name, (table, ordinals) in _tables(articles, extractions).items():
        assert table.equals(expected[name]) and table.schema.equals(expected[name].schema), name
        ids = table.column("id" if name == "articles" else "article_id").to_pylist()
        assert [articles[i].id for i in ordinals] == ids


def test_batch_tables_with_a_non_text_value_in_a_text_column(fake, corpus_dir):
    from dataclasses import replace

    from analysis.engine import _tables

    articles = load_articles([corpus_dir]).articles[:2]
    extractions = [fake(a) for a in articles]
    # int labels: the DataFrame route makes an int64 column of them, and so must the batch
    extractions = [replace(x, topics=(Topic(7, 0.5, ("x",)),)) for x in extractions]
    expected = _frames_to_arrow(articles, extractions)
    table = _tables(articles, extractions)["topics"][0]
    assert table.equals(expected["topics"]) and table.schema.equals(expected["topics"].schema)


def test_snapshot_reads_like_the_store_and_follows_it(fake, corpus_dir, tmp_path, monkeypatch):
    """write_snapshot: every table as read_store gives it (actor ids unified), read through
    memory maps; load_corpus uses it for the store while $DISPATCHES_SNAPSHOT names it and
    the store is unchanged."""
    store.ingest([corpus_dir], tmp_path / "store", progress=False)
    snap = store.write_snapshot(tmp_path / "store", tmp_path / "snap", key="k1")
    assert store.snapshot_info(snap)["key"] == "k1" and store.is_snapshot(snap)
    read, fast = store.read_store(tmp_path / "store"), store.read_snapshot(snap)
    for name in TABLES:
        pd.testing.assert_frame_equal(fast.table(name), read.table(name), obj=name)
    assert fast.origin == read.origin
    monkeypatch.setenv(store.SNAPSHOT_ENV, str(snap))
    assert store.snapshot_for(tmp_path / "store") == snap
    assert "_derived" in analysis.corpus.load_corpus(tmp_path / "store").__dict__  # the snapshot
    assert store.snapshot_for(tmp_path / "other") is None
    (corpus_dir / "new.txt").write_text(_article(99), encoding="utf-8")
    store.ingest([corpus_dir], tmp_path / "store", progress=False)   # the store moved on
    assert store.snapshot_for(tmp_path / "store") is None
    assert len(analysis.corpus.load_corpus(tmp_path / "store").articles) == len(read.articles) + 1
    with pytest.raises(StoreError, match="not a readable dispatches snapshot"):
        store.read_snapshot(tmp_path / "store")


def test_snapshot_tables_are_converted_once_and_handed_out_as_copies(fake, corpus_dir, tmp_path):
    """A process reading a snapshot again (a report kernel's next report) gets the frame it
    converted before, as a copy its reader may change freely; a rewritten snapshot is read anew."""
    store.ingest([corpus_dir], tmp_path / "store", progress=False)
    snap = store.write_snapshot(tmp_path / "store", tmp_path / "snap", key="k1")
    first = store.read_snapshot(snap).articles
    first["title"] = "changed"
    del first["text"]
    again = store.read_snapshot(snap).articles
    assert "text" in again and len(again) == len(store.read_store(tmp_path / "store").articles) and "changed" not in set(again["title"])
    (corpus_dir / "new.txt").write_text(_article(99), encoding="utf-8")
    store.ingest([corpus_dir], tmp_path / "store", progress=False)
    snap = store.write_snapshot(tmp_path / "store", tmp_path / "snap", key="k2")
    assert len(store.read_snapshot(snap).articles) == len(again) + 1


@pytest.mark.parametrize("jobs", [2, 3])
def test_batches_are_even_and_a_multiple_of_the_jobs(jobs):
    from analysis.engine import make_batches

    files = [(f"f{i:04d}.txt", 1000 + (i * 37) % 900) for i in range(3000)]
    batches = make_batches(files, jobs=jobs, target_bytes=200_000)
    assert [p for b in batches for p in b] == [p for p, _ in files]   # in input order, each once
    assert len(batches) % jobs == 0
    size = dict(files)
    totals = [sum(size[p] for p in b) for b in batches]
    assert max(totals) - min(totals) <= 2 * max(size.values())
    assert [len(b) for b in make_batches(files[:7], jobs=2, target_bytes=1)] == [1] * 7


@pytest.mark.parametrize("typ, values", [
    ("string", ["Putin", None, "", "Erdoğan’s “word”", "\u00e9\u0301", None]),
    ("string", []),
    ("string", [None, None]),
    ("string", ["a", 7]),                       # not text: pa.array settles it
    ("string", ["a", float("nan")]),
    ("int64", [0, None, -3, 2 ** 40]),
    ("int64", [1, 2.0]),                        # a float: pa.array settles it
    ("float64", [0.5, None, 1e300]),
    ("float64", [0.5, float("nan")]),           # NaN is null, as from_pandas makes it
    ("list", [["RUS", "JPN"], [], None, ["é", None]]),
    ("list", [("RUS",)]),                       # a tuple: pa.array settles it
])
def test_columns_built_from_buffers_equal_pa_array(typ, values):
    """engine._from_buffers builds Arrow columns without pa.array (which imports pandas):
    the same array as pa.array gives, or None to leave the column to it."""
    import pyarrow as pa

    from analysis.engine import _from_buffers, columns_to_arrow

    arrow_type = pa.list_(pa.string()) if typ == "list" else pa.type_for_alias(typ)
    built = _from_buffers(values, arrow_type)
    plain = all(v is None or type(v) is {"string": str, "int64": int, "float64": float,
                                         "list": list}[typ] for v in values)
    plain = plain and not any(isinstance(v, float) and v != v for v in values)
    assert (built is not None) == plain
    if built is not None:
        built.validate(full=True)
        assert built.equals(pa.array(values, type=arrow_type, from_pandas=True))
    column = {"string": "name", "int64": "start", "float64": "score", "list": "terms"}[typ]
    table = columns_to_arrow("t", {column: values})
    if typ != "string" or plain or not values:
        assert table.column(column).type == arrow_type


def test_an_ingest_that_extracts_a_few_files_does_not_import_pandas(corpus_dir, tmp_path):
    """pandas costs about half a second to import: a small incremental ingest (the real
    extractors, in this process) writes the store without it."""
    import subprocess
    import sys

    code = ("import sys; from analysis.cli import main; "
            f"main(['ingest', {str(corpus_dir)!r}, '--store', {str(tmp_path / 'store')!r}, '--no-progress']); "
            "print('pandas' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "extracted 9 articles" in done.stderr, done.stderr
    assert done.stdout.strip() == "False"
    assert len(store.read_store(tmp_path / "store").articles) == 9
