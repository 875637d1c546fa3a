"""The Dask engine on a LocalCluster writes the same store as the local engine."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from analysis import store
from analysis.corpus import TABLES

pytest.importorskip("dask.distributed")

PEOPLE = [("Russian", "President", "Vladimir Putin"), ("Japanese", "Prime Minister", "Shinzo Abe"),
          ("Chinese", "Foreign Minister", "Wang Yi"), ("French", "President", "Emmanuel Macron"),
          ("Indian", "Prime Minister", "Narendra Modi")]
PLACES = ["Moscow", "Tokyo", "Beijing", "Paris", "New Delhi"]


def _text(i: int) -> str:
    a, b = PEOPLE[i % 5], PEOPLE[(i + 2) % 5]
    return (f"{a[2].split()[-1]} and {b[2].split()[-1]} Agree on Talks, Round {i}\n\n"
            f"March {i % 27 + 1}, 2019 (EIRNS)—{a[0]} {a[1]} {a[2]} and {b[0]} {b[1]} {b[2]} met in "
            f"{PLACES[i % 5]} on Tuesday. The two leaders agreed to expand trade and energy "
            f"cooperation and called for a resumption of six-party talks.\n\n"
            f"\"We have agreed to work together on project {i},\" {a[2].split()[-1]} told journalists. "
            f"The United Nations Security Council will discuss the sanctions next week, "
            f"according to the foreign ministry.\n")


@pytest.fixture
def small_corpus(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for i in range(16):
        (d / f"item-{i:02d}.txt").write_text(_text(i), encoding="utf-8")
    rows = [{"id": f"wire-{i}", "title": f"Wire {i}", "date": f"2020-02-{i + 1:02d}", "text": _text(100 + i)}
            for i in range(4)]
    (d / "wire.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return d


def _norm(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for c in out.columns:
        out[c] = pd.Series([None if (v is None or (isinstance(v, float) and v != v)) else
                            tuple(v) if isinstance(v, (list, tuple)) else v for v in out[c]],
                           dtype=object, index=out.index)
    order = sorted(range(len(out)), key=lambda i: repr(tuple(out.iloc[i])))
    return out.iloc[order].reset_index(drop=True)


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_dask_local_cluster_writes_the_same_tables(small_corpus, tmp_path):
    local = store.ingest([small_corpus], tmp_path / "local", jobs=1, progress=False, batch_bytes=4096)
    dask = store.ingest([small_corpus], tmp_path / "dask", engine="dask", progress=False,
                        batch_bytes=4096)
    assert local.articles == dask.articles == 20
    assert len(store.info(tmp_path / "dask")["parts"]) > 2, "several partitions ran on the cluster"
    a, b = store.read_store(tmp_path / "local"), store.read_store(tmp_path / "dask")
    assert len(a.sentences) > 40 and len(a.countries) > 0
    for name in TABLES:
        pd.testing.assert_frame_equal(_norm(a.table(name)), _norm(b.table(name)), obj=name)
