"""extract_article as a whole: one extractor failing on an article stops neither the article
nor the run."""
from __future__ import annotations

import json

import analysis.extract as extract
from analysis.cli import main
from analysis.load import parse_text


def _fail(*args):
    raise ValueError("kestrel")


def test_a_failing_extractor_leaves_its_table_empty_with_a_warning(monkeypatch):
    monkeypatch.setattr(extract, "extract_persons", _fail)
    article = parse_text("President Ivo Marek of Peru met the Chilean envoy in Lima.", id="a1")
    x = extract.extract_article(article)
    assert x.persons == ()
    assert [c.code for c in x.countries] == ["PER", "CHL"]
    assert len(x.warnings) == 1 and "persons extraction failed" in x.warnings[0] and "kestrel" in x.warnings[0]


def test_a_failing_extractor_does_not_stop_the_extract_command(monkeypatch, tmp_path, caplog):
    monkeypatch.setattr(extract, "extract_quotes", _fail)
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps({"id": f"a{k}", "text": f"Peru and Chile met in Lima, part {k}."})
                             for k in range(3)) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(src), "-o", str(out), "--jobs", "1"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a0", "a1", "a2"]
    assert all(r["countries"] == ["PER", "CHL"] and r["quotes"] == [] for r in records)
    assert "quotes extraction failed" in caplog.text


def _loop(*args):
    while True:
        pass


def test_an_extractor_that_never_ends_is_stopped_and_the_article_keeps_its_other_tables(monkeypatch):
    monkeypatch.setattr(extract, "ARTICLE_TIME_LIMIT", 0.3)
    monkeypatch.setattr(extract, "extract_organizations", _loop)
    article = parse_text("President Ivo Marek of Peru met the Chilean envoy in Lima.", id="a1")
    x = extract.extract_article(article)
    assert x.organizations == ()
    assert [c.code for c in x.countries] == ["PER", "CHL"] and [p.name for p in x.persons] == ["Ivo Marek"]
    assert len(x.warnings) == 1 and "ArticleTimeout" in x.warnings[0]
    # (the timer is off once the article is done)
    import signal
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
