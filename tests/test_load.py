"""The article loader: every shape, every kind of bad input, and the manifest accounting.

Fixtures are written into tmp_path by the tests themselves (binary and encoded ones too).
"""
from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

import pytest

from analysis.cli import main
from analysis.load import (article_record, iter_inputs, iter_load, load_articles, parse_date,
                           parse_text, read_file)
from analysis.text import content_hash

EIR = (
    "Executive Intelligence Review\n"
    "Subscribe to EIR\n\n\n"
    "Leaders Conclude Talks in Moscow, Call for New Round\n\n"
    "MOSCOW, April 29, 2017 (EIRNS)\u2014Russian President Ivan Petrov and the visiting Prime "
    "Minister of Freedonia concluded two days of talks. The two called for a new round.\n\n"
    "\u201cWe agreed on the main points,\u201d Petrov said.\n"
)


def write(path: Path, content: str | bytes, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode(encoding)
    path.write_bytes(content)
    return path


def only(path: Path):
    rows = read_file(path)
    assert len(rows) == 1
    return rows[0]


def loaded(path: Path):
    entry, article = only(path)
    assert entry.status == "loaded", entry.reason
    return article


def rejected(path: Path) -> str:
    entry, article = only(path)
    assert entry.status == "rejected" and article is None
    assert entry.reason
    return entry.reason


# --------------------------------------------------------------------------- plain text

def test_eir_article(tmp_path):
    a = loaded(write(tmp_path / "eir-2017-04-29-talks.txt", EIR))
    assert a.id == "eir-2017-04-29-talks"
    assert a.title == "Leaders Conclude Talks in Moscow, Call for New Round"
    assert (a.date, a.source, a.dateline) == ("2017-04-29", "EIR", "Moscow")
    assert a.text.startswith("Russian President Ivan Petrov")
    assert "Executive Intelligence" not in a.text and "EIRNS" not in a.text
    assert len(a.paragraphs) == 2 and a.text == "\n\n".join(a.paragraphs)
    assert all(a.text[s.start:s.end] == s.text for s in a.sentences)
    assert a.word_count > 20 and a.content_hash == content_hash(a.text)


@pytest.mark.parametrize("dateline", [
    "April 29, 2017 (EIRNS)\u2014", "April 29, 2017 (EIRNS)--", "April 29, 2017 (EIRNS) \u2013 ",
    "April 29, 2017 (EIRNS) - ", "MOSCOW, April 29, 2017 (EIRNS)--",
])
def test_eir_dateline_forms(dateline):
    a = parse_text(f"EIR Daily Alert Service\n\nA Title\n\n{dateline}Body starts here. More.", id="x")
    assert (a.date, a.source, a.title) == ("2017-04-29", "EIR", "A Title")
    assert a.text == "Body starts here. More."
    assert a.dateline == ("Moscow" if dateline.startswith("MOSCOW") else None)


@pytest.mark.parametrize("text", [
    "Some Title\n\nby Jane Doe (EIRNS) \u2014 Aug. 21, 2026\n\nBody starts here. More.",
    "Some Title\n\nby Jane Doe (EIRNS) \u2014 Aug. 21, 2026\u2014Body starts here. More.",
    "Some Title\n\nby Jane Doe (EIRNS) \u2014 Aug. 21, 2026 Body starts here. More.",
])
def test_eir_daily_brief_byline(text):
    a = parse_text(text, id="x")
    assert (a.byline, a.date, a.source, a.title) == ("Jane Doe", "2026-08-21", "EIR", "Some Title")
    assert a.text == "Body starts here. More."


def test_wikinews_date_line(tmp_path):
    text = "\n\nFriday, January 4, 2019\u00a0\n\n\nAn apartment building collapsed. Rescuers came.\n"
    a = loaded(write(tmp_path / "wn.txt", text))
    assert a.date == "2019-01-04" and a.title is None
    assert a.text == "An apartment building collapsed. Rescuers came."


@pytest.mark.parametrize("text, title, body", [
    ("Leaders agree on corridor\n\nThe leaders agreed. More.", "Leaders agree on corridor",
     "The leaders agreed. More."),
    ("The leaders agreed on Monday. More followed.\n\nSecond paragraph.", None,
     "The leaders agreed on Monday. More followed.\n\nSecond paragraph."),
    ("A sentence-like first line.\n\nBody.", None, "A sentence-like first line.\n\nBody."),
    ("Only one short line", None, "Only one short line"),
    ("Title on its own line\nApril 29, 2017 (EIRNS)\u2014Body. More.", "Title on its own line",
     "Body. More."),
])
def test_title_heuristic(text, title, body):
    a = parse_text(text, id="x")
    assert (a.title, a.text) == (title, body)


@pytest.mark.parametrize("text, place, source, date, body", [
    ("WASHINGTON (Reuters) - The talks resumed. More.", "Washington", "Reuters", None,
     "The talks resumed. More."),
    ("PARIS, March 3 (AFP) \u2014 The talks resumed.", "Paris", "AFP", None, "The talks resumed."),
    ("KABUL, Afghanistan (AP) \u2014 The talks resumed.", "Kabul, Afghanistan", "AP", None,
     "The talks resumed."),
    ("NEW DELHI \u2014 India said so.", "New Delhi", None, None, "India said so."),
    ("BEIJING, 12 May 2020 (Xinhua) -- China said so.", "Beijing", "Xinhua", "2020-05-12",
     "China said so."),
    # the agency after the place and date, or glued before the place in brackets
    ("MOSCOW, 12 Apr - RIA Novosti. Russia said so.", "Moscow", "RIA Novosti", None, "Russia said so."),
    ("ABC News(WASHINGTON) \u2014 The talks resumed.", "Washington", "ABC News", None, "The talks resumed."),
    ("Lima, the capital - a city of note. It was.", None, None, None, "Lima, the capital - a city of note. It was."),
    ("The United Nations (UN) said so. More.", None, None, None, "The United Nations (UN) said so. More."),
    ("US - China talks resumed.", None, None, None, "US - China talks resumed."),
    # two cities a slash joins, and no space after the dash
    ("LIMA/SANTIAGO (Reuters) -Chile said so.", "Lima/Santiago", "Reuters", None, "Chile said so."),
])
def test_agency_datelines(text, place, source, date, body):
    a = parse_text(text, id="x")
    assert (a.dateline, a.source, a.date, a.text) == (place, source, date, body)


def test_no_title_no_date(tmp_path):
    a = loaded(write(tmp_path / "plain.txt", "Talks went on. Nobody agreed.\n\nThey will meet again."))
    assert (a.title, a.date, a.source, a.dateline) == (None, None, None, None)
    assert a.paragraphs == ("Talks went on. Nobody agreed.", "They will meet again.")


def test_paragraph_split_inside_a_quote_is_joined():
    a = parse_text('"The situation is serious,"\n\nPutin told journalists. Then\n\nhe left.', id="x")
    assert a.paragraphs == ('"The situation is serious," Putin told journalists. Then he left.',)


def test_a_quote_closed_by_a_comma_before_a_quoted_paragraph_stays_apart():
    """'"…,"' then a paragraph opening with a quotation mark: two quotes whose attribution the
    writer left out, not one sentence broken by the layout."""
    a = parse_text('"We could withdraw into the countryside,"\n\n"What we do know is that it is hard."', id="x")
    assert len(a.paragraphs) == 2


def test_one_paragraph_per_line():
    a = parse_text("First paragraph ends here.\nSecond paragraph ends here.\nThird one too.", id="x")
    assert len(a.paragraphs) == 3


def test_meta_takes_precedence():
    a = parse_text("My Title\n\nMOSCOW, April 29, 2017 (EIRNS)\u2014Body.", id="x",
                   meta={"title": "My Title", "date": "2018-01-02", "source": "Other", "url": "u"})
    assert (a.title, a.date, a.source, a.url, a.dateline) == ("My Title", "2018-01-02", "Other", "u", "Moscow")
    assert a.text == "Body."


# --------------------------------------------------------------------------- encodings and hygiene

QUOTED = "\u201cWe agreed,\u201d he said. It\u2019s a caf\u00e9 deal \u2014 done.\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"])
def test_encodings(tmp_path, encoding):
    a = loaded(write(tmp_path / f"enc-{encoding}.txt", QUOTED * 3, encoding))
    assert a.text.startswith("\u201cWe agreed,\u201d he said.")
    assert "caf\u00e9" in a.text and "\ufeff" not in a.text


def test_hygiene_nul_zero_width_bidi(tmp_path):
    raw = "Talks\u200b resumed\x00 today.\u202e It is\u00a0over.\r\nMore\u2069 text."
    a = loaded(write(tmp_path / "dirty.txt", raw))
    assert a.text == "Talks resumed today. It is over.\n\nMore text."  # one paragraph per line
    assert not any(ch in a.text for ch in "\x00\u200b\u202e\u2069\r")


def test_nfc(tmp_path):
    a = loaded(write(tmp_path / "nfc.txt", "Caf\u0065\u0301 talks. More."))
    assert a.text == "Caf\u00e9 talks. More."


# --------------------------------------------------------------------------- other formats

def test_gzip_of_text_and_jsonl(tmp_path):
    write(tmp_path / "story.txt.gz", gzip.compress(EIR.encode()))
    write(tmp_path / "lines.jsonl.gz", gzip.compress(b'{"id": "j1", "text": "Gzipped body. Fine."}\n'))
    result = load_articles([tmp_path])
    assert sorted(a.id for a in result.articles) == ["j1", "story"]


def test_html(tmp_path):
    html = """<!DOCTYPE html><html><head><title>Leaders agree on corridor | Daily Wire</title>
    <meta name="date" content="2019-03-04"><meta property="og:site_name" content="Daily Wire">
    <script>var tracking = "SCRIPTTEXT";</script></head><body>
    <nav><ul><li><a href="/">Home</a></li><li><a href="/world">NAVTEXT World</a></li></ul></nav>
    <article><h1>Leaders agree on corridor</h1>
    <p>BERLIN, March 4 (AFP) \u2014 The leaders of two neighbouring countries agreed on Monday to build
    a new rail corridor between their capitals, officials said.</p>
    <p>\u201cThis is a historic day,\u201d said the chancellor. The project should be finished by 2030,
    according to the agreement signed in Berlin.</p>
    <p>The two governments will share the cost, estimated at ten billion euros.</p></article>
    <footer><p>Copyright 2019 FOOTERTEXT. All rights reserved.</p></footer>
    <script>console.log("SCRIPT2")</script></body></html>"""
    a = loaded(write(tmp_path / "page.html", html))
    assert a.title == "Leaders agree on corridor"
    assert (a.date, a.dateline, a.source) == ("2019-03-04", "Berlin", "Daily Wire")
    assert a.text.startswith("The leaders of two neighbouring countries agreed")
    assert len(a.paragraphs) == 3
    for noise in ("NAVTEXT", "FOOTERTEXT", "SCRIPT", "Home"):
        assert noise not in a.text


def test_html_without_main_text(tmp_path):
    html = "<html><body><nav>Home | World</nav><script>var a = 1;</script></body></html>"
    assert "no main text" in rejected(write(tmp_path / "nav.html", html))


def test_jsonl(tmp_path):
    rows = [
        {"ID": "a1", "Headline": "Leaders meet", "pubDate": "Fri, 04 Jan 2019 10:00:00 +0000",
         "Body": "WASHINGTON (Reuters) - Leaders met. They agreed.", "Link": "https://x", "Publisher": "Wire"},
        {"title": "No id here", "content": ["First paragraph.", "Second paragraph."]},
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(json.dumps(r) for r in rows) + "\n\n")
    out = read_file(path)
    assert [e.status for e, _ in out] == ["loaded", "loaded"]
    a, b = (art for _, art in out)
    assert (a.id, a.title, a.date, a.url, a.source, a.dateline, a.line) == (
        "a1", "Leaders meet", "2019-01-04", "https://x", "Wire", "Washington", 1)
    assert a.text == "Leaders met. They agreed."
    assert (b.id, b.line, b.paragraphs) == ("feed-2", 2, ("First paragraph.", "Second paragraph."))


def test_html_fragment_in_a_json_field(tmp_path):
    row = {"id": "wp", "title": {"rendered": "Talks &amp; trade"},
           "content": {"rendered": "<p>First &amp; one.</p>\n<p>Second <em>part</em>.</p><script>x()</script>"}}
    a = loaded(write(tmp_path / "wp.json", json.dumps(row)))
    assert (a.title, a.text) == ("Talks & trade", "First & one.\n\nSecond part.")


def test_malformed_json_line_does_not_stop_the_file(tmp_path):
    path = write(tmp_path / "bad.jsonl", '{"id": "ok1", "text": "Fine. One."}\n{"id": broken\n'
                                         '[1, 2]\n{"id": "nt", "title": "t"}\n{"id": "ok2", "text": "Fine. Two."}\n')
    out = read_file(path)
    assert [(e.line, e.status) for e, _ in out] == [
        (1, "loaded"), (2, "rejected"), (3, "rejected"), (4, "rejected"), (5, "loaded")]
    assert "malformed JSON line" in out[1][0].reason and "column" in out[1][0].reason
    assert "not an object" in out[2][0].reason
    assert "no text field" in out[3][0].reason and "title" in out[3][0].reason


@pytest.mark.parametrize("payload, ids", [
    ([{"id": "x", "text": "One. Two."}, {"text": "Three. Four."}], ["x", "arr-2"]),
    ({"articles": [{"id": "x", "body": "One. Two."}]}, ["x"]),
    ({"data": [{"id": "x", "body": "One. Two."}]}, ["x"]),
    ({"id": "single", "text": "One. Two."}, ["single"]),
    ({"text": "One. Two."}, ["arr"]),
])
def test_json_shapes(tmp_path, payload, ids):
    result = load_articles(write(tmp_path / "arr.json", json.dumps(payload)))
    assert [a.id for a in result.articles] == ids


def test_malformed_json_file(tmp_path):
    assert rejected(write(tmp_path / "broken.json", '{"id": "x", "text": ')).startswith("malformed JSON")


def test_csv_with_body_column(tmp_path):
    csv_text = ('id,Headline,published,Body,link,source\n'
                '1,Leaders meet,2019-03-04,"BERLIN (dpa) - Leaders met on Monday.\n\nThey agreed.",http://x,\n'
                '2,No body,2019-03-05,,http://y,\n'
                '3,Bad date,31/02/2019,"Text here. More text.",,Paper\n')
    out = read_file(write(tmp_path / "table.csv", csv_text))
    assert [(e.status, e.line, e.id) for e, _ in out] == [
        ("loaded", 2, "1"), ("rejected", 5, "2"), ("loaded", 6, "3")]
    first = out[0][1]
    assert (first.title, first.date, first.source, first.dateline, first.url) == (
        "Leaders meet", "2019-03-04", "dpa", "Berlin", "http://x")
    assert first.paragraphs == ("Leaders met on Monday.", "They agreed.")
    assert "empty text field" in out[1][0].reason
    third_entry, third = out[2]
    assert third.date is None and third.source == "Paper"
    assert "invalid date '31/02/2019'" in third.warnings[0]
    assert "31/02/2019" in third_entry.reason


def test_tsv_and_semicolon_csv(tmp_path):
    write(tmp_path / "t.tsv", "id\ttext\nt1\tTab separated. Body.\n")
    write(tmp_path / "s.csv", "id;content\ns1;Semicolon separated. Body.\n")
    assert sorted(a.id for a in load_articles([tmp_path]).articles) == ["s1", "t1"]


def test_csv_without_text_column(tmp_path):
    reason = rejected(write(tmp_path / "cols.csv", "id,title,date\n1,a,2019-01-01\n2,b,2019-01-02\n"))
    assert "no text column" in reason and "id, title, date" in reason


# --------------------------------------------------------------------------- bad inputs

@pytest.mark.parametrize("name, content, words", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n \t\n", "empty file"),
    ("invisible.txt", "\u200b\u200b\n".encode(), "empty file"),
    ("doc.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(64), "PNG"),
    ("photo.html", b"\xff\xd8\xff\xe0" + bytes(64), "JPEG"),
    ("anim.txt", b"GIF89a" + bytes(32), "GIF"),
    ("archive.txt", b"PK\x03\x04" + bytes(32), "ZIP"),
    ("nul.txt", b"abc\x00def\x00" * 50, "binary"),
    ("high.txt", bytes(range(128, 256)) * 4, "undecodable"),
    ("title-only.txt", b"Executive Intelligence Review\n\nApril 29, 2017 (EIRNS)\xe2\x80\x94", "no article text"),
    ("scan.pdf", b"%PDF-1.4", ".pdf: unsupported format; convert to .txt or .html"),
    ("notes.docx", b"PK\x03\x04", "convert to .txt or .html"),
    ("bundle.zip", b"PK\x03\x04", "unpack"),
    ("corrupt.txt.gz", b"\x1f\x8b\x08\x00 not really gzip", "corrupt gzip"),
])
def test_bad_inputs_are_rejected_with_a_reason(tmp_path, name, content, words):
    assert words in rejected(write(tmp_path / name, content))


def test_missing_path_is_a_rejection(tmp_path):
    result = load_articles([tmp_path / "nope.txt", tmp_path / "nodir"])
    assert [(e.status, e.reason) for e in result.manifest] == [
        ("rejected", "no such file or folder"), ("rejected", "no such file or folder")]


def test_stray_nul_is_removed_not_rejected(tmp_path):
    a = loaded(write(tmp_path / "stray.txt", b"A long enough text with one stray\x00 NUL byte. " * 5))
    assert "\x00" not in a.text


# --------------------------------------------------------------------------- duplicates and ids

def test_duplicates_and_repeated_ids(tmp_path):
    write(tmp_path / "a.txt", "Talks resumed on Monday. They agreed.")
    write(tmp_path / "b.txt", "talks   resumed on monday.\n\nThey agreed.")      # same content hash
    write(tmp_path / "c.jsonl", '{"id": "a", "text": "Entirely different text. Yes."}\n')
    result = load_articles([tmp_path])
    by_path = {Path(e.path).name: e for e in result.manifest}
    assert by_path["b.txt"].status == "duplicate" and by_path["b.txt"].duplicate_of == "a"
    assert [a.id for a in result.articles] == ["a", "a-2"]
    assert "renamed 'a-2'" in result.articles[1].warnings[0]
    assert by_path["c.jsonl"].id == "a-2" and "renamed" in by_path["c.jsonl"].reason


def test_iter_load_with_seen_hashes(tmp_path):
    write(tmp_path / "x.txt", "Already stored text. Yes.")
    seen = {content_hash("Already stored text. Yes."): "old-id"}
    ((entry, article),) = list(iter_load([tmp_path], seen_hashes=seen))
    assert (entry.status, entry.duplicate_of, article) == ("duplicate", "old-id", None)


def test_read_file_does_not_detect_duplicates(tmp_path):
    path = write(tmp_path / "d.jsonl", '{"id": "1", "text": "Same. Text."}\n{"id": "1", "text": "Same. Text."}\n')
    assert [e.status for e, _ in read_file(path)] == ["loaded", "loaded"]


# --------------------------------------------------------------------------- walking and accounting

def test_iter_inputs_recursive_sorted_skips_hidden(tmp_path):
    write(tmp_path / "b" / "z.txt", "Z. Z.")
    write(tmp_path / "a.txt", "A. A.")
    write(tmp_path / "b" / "c" / "y.txt", "Y. Y.")
    write(tmp_path / ".git" / "config.txt", "hidden")
    write(tmp_path / "b" / ".hidden.txt", "hidden")
    names = [p.relative_to(tmp_path).as_posix() for p in iter_inputs([tmp_path, tmp_path / "a.txt"])]
    assert names == ["a.txt", "b/c/y.txt", "b/z.txt"]
    assert list(iter_inputs(tmp_path / "missing")) == [tmp_path / "missing"]


def test_manifest_accounts_for_every_input(tmp_path):
    write(tmp_path / "eir.txt", EIR)
    write(tmp_path / "copy.txt", EIR)
    write(tmp_path / "empty.txt", b"")
    write(tmp_path / "x.pdf", b"%PDF")
    write(tmp_path / "f.jsonl", '{"id": "j1", "text": "One. Two."}\nnot json\n{"id": "j2"}\n')
    write(tmp_path / "t.csv", 'id,text\nc1,"Row one. Fine."\nc2,\n')
    result = load_articles([tmp_path], progress=True)
    inputs = 2 + 1 + 1 + 3 + 2
    counts = Counter(e.status for e in result.manifest)
    assert len(result.manifest) == inputs == counts["loaded"] + counts["duplicate"] + counts["rejected"]
    assert counts == {"loaded": 3, "duplicate": 1, "rejected": 5}
    assert len(result.articles) == counts["loaded"]
    assert all(e.reason for e in result.manifest if e.status != "loaded")


def test_article_record_is_json(tmp_path):
    a = loaded(write(tmp_path / "eir.txt", EIR))
    record = json.loads(json.dumps(article_record(a)))
    assert set(record) == {"id", "title", "date", "source", "dateline", "url", "byline", "text",
                           "paragraphs", "sentences", "word_count", "content_hash", "path",
                           "line", "warnings"}
    for s in record["sentences"]:
        assert record["text"][s["start"]:s["end"]] == s["text"]


# --------------------------------------------------------------------------- dates

@pytest.mark.parametrize("value, iso", [
    ("2017-04-29", "2017-04-29"), ("2017-04-29T10:00:00Z", "2017-04-29"),
    ("April 29, 2017", "2017-04-29"), ("Apr. 29 2017", "2017-04-29"), ("29 April 2017", "2017-04-29"),
    ("Aug. 21, 2026", "2026-08-21"), ("Sept. 3, 2020", "2020-09-03"),
    ("Friday, January 4, 2019", "2019-01-04"), ("Fri, 04 Jan 2019 10:00:00 +0000", "2019-01-04"),
    ("2017/04/29", "2017-04-29"), ("20170429", "2017-04-29"), ("1546560000", "2019-01-04"),
    ("03/04/2019", "2019-03-04"), ("13/04/2019", "2019-04-13"), ("04.01.2019", "2019-01-04"),
    ("2019-02-31", None), ("31/02/2019", None), ("not a date", None), ("", None),
])
def test_parse_date(value, iso):
    assert parse_date(value) == iso


def test_invalid_date_is_a_warning_not_a_rejection(tmp_path):
    path = write(tmp_path / "d.jsonl", '{"id": "d", "date": "2019-13-45", "text": "Body. Text."}\n')
    ((entry, article),) = read_file(path)
    assert entry.status == "loaded" and article.date is None
    assert "invalid date '2019-13-45'" in entry.reason and article.warnings


# --------------------------------------------------------------------------- command line

def test_cli_ingest_writes_articles_and_manifest(tmp_path, capsys):
    write(tmp_path / "in" / "eir.txt", EIR)
    write(tmp_path / "in" / "bad.pdf", b"%PDF")
    out, manifest = tmp_path / "a.jsonl", tmp_path / "m.jsonl"
    assert main(["ingest", str(tmp_path / "in"), "-o", str(out), "--manifest", str(manifest),
                 "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert "2 inputs: 1 loaded, 0 duplicate, 1 rejected" in err and "bad.pdf" in err
    (article,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert article["date"] == "2017-04-29" and article["source"] == "EIR"
    rows = [json.loads(line) for line in manifest.read_text().splitlines()]
    assert sorted(r["status"] for r in rows) == ["loaded", "rejected"]


def test_cli_ingest_exit_2_when_nothing_could_be_read(tmp_path, capsys):
    write(tmp_path / "empty.txt", b"")
    assert main(["ingest", str(tmp_path), "--no-progress"]) == 2
    assert "nothing could be read" in capsys.readouterr().err
    assert main(["ingest", str(tmp_path / "missing"), "--no-progress"]) == 2


def test_cli_ingest_bad_arguments(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["ingest"])
    assert exc.value.code == 2
    write(tmp_path / "eir.txt", EIR)
    assert main(["ingest", str(tmp_path), "-o", str(tmp_path), "--no-progress"]) == 2
    assert "is a folder" in capsys.readouterr().err


# --------------------------------------------------------------------------- reference corpus

@pytest.mark.shared
def test_shared_corpus_is_fully_accounted_for(shared_dir):
    corpus = shared_dir / "corpus"
    result = load_articles([corpus])
    expected = sum(1 for _ in (corpus / "eir").glob("*.txt"))
    for name in ("wikinews.jsonl", "dev.jsonl"):
        with (corpus / name).open(encoding="utf-8") as fh:
            expected += sum(1 for line in fh if line.strip())
    counted = Counter((Path(e.path).suffix, e.status) for e in result.manifest)
    inputs = sum(n for (suffix, _), n in counted.items() if suffix in (".txt", ".jsonl"))
    assert inputs == expected
    assert all(e.reason for e in result.manifest if e.status != "loaded")
    (eir,) = [a for a in result.articles if a.id == "eir-2017-04-29-abe-putin"]
    assert (eir.date, eir.source) == ("2017-04-29", "EIR")
    assert eir.text.startswith("Russian President")
    assert eir.title and "EIRNS" not in eir.text


@pytest.mark.parametrize("text", ["February 30, 2019\n\nBody. Text.",
                                  "Title\n\nFebruary 30, 2017 (EIRNS)\u2014Body. Text."])
def test_invalid_date_in_the_text_is_a_warning(text):
    a = parse_text(text, id="x")
    assert a.date is None and a.text == "Body. Text."
    assert a.warnings == ("invalid date 'February 30, " + text.split(", ")[1][:4] + "' ignored",)


@pytest.mark.parametrize("text, body", [
    ("Title\n\nApril 29, 2017 (EIRNS)\u2014Body. More.\n\nEnd.\n\n"
     "Copyright \u00a9 2017 EIR News Service Inc. All rights reserved.\nSubscribe to EIR", "Body. More.\n\nEnd."),
    ("Body.\n\nCopyright law was changed in 2019. More.", "Body.\n\nCopyright law was changed in 2019. More."),
])
def test_trailing_boilerplate(text, body):
    assert parse_text(text, id="x").text == body


@pytest.mark.parametrize("text, byline, source", [
    # a wire's closing credits: the journalists are kept as the byline, not in the text
    ("Body. More.\n\n(Reporting by Ivo Marek, Tom Harlan in Tarva; Editing by Abe de Kestrel)",
     "Reporting by Ivo Marek, Tom Harlan in Tarva; Editing by Abe de Kestrel", None),
    ("Body. More.\n\nReporting by Ivo Marek; Writing By Tom Harlan; Editing by Abe Kestrel",
     "Reporting by Ivo Marek; Writing By Tom Harlan; Editing by Abe Kestrel", None),
    ("Body. More.\n\n(Reporting by Kestrel staff; Editing by Ivo Marek and Tom Harlan)",
     "Reporting by Kestrel staff; Editing by Ivo Marek and Tom Harlan", None),
    # past participles, one credit a line
    ("Body. More.\n\nReported by Ivo Marek\nEdited by K021, Tom Harlan", "Reported by Ivo Marek", None),
    # an agency's closing tag: the agency is a publisher of the article
    ("Body. More.\n\n(Xinhua News Agency March 3, 2011)", None, "Xinhua"),
    ("Body. More.\n\nSource: AA", None, "Anadolu Agency"),
    ("Body. More.\n\nReuters", None, "Reuters"),
])
def test_closing_credits_and_agency_tags(text, byline, source):
    a = parse_text(text, id="x")
    assert (a.text, a.byline, a.source) == ("Body. More.", byline, source)


def test_credits_run_on_at_the_end_of_the_last_paragraph():
    # ("by" left out after the first credit)
    a = parse_text("Body. More.\n\nShe said talks go on. Reporting by Ivo Marek Editing Tom Harlan\n\n"
                   "(source: Reuters)", id="x")
    assert (a.text, a.byline, a.source) == ("Body. More.\n\nShe said talks go on.",
                                            "Reporting by Ivo Marek Editing Tom Harlan", "Reuters")


@pytest.mark.parametrize("text", [
    "Body. More.\n\nReporting by Kestrian state television suggested the talks had failed.",
    "Body. More.\n\nThe Kestrel agency.",
    "Body. More.\n\nHe said so. The reporting by Kestria Today was wrong.",
])
def test_last_paragraphs_that_are_no_credits_stay(text):
    assert parse_text(text, id="x").text == text


def test_a_closing_agency_tag_joins_the_publishers_named_in_the_metadata():
    a = parse_text("Body. More.\n\nReuters", id="x", meta={"source": "Kestrel Times"})
    assert (a.source, a.agency, a.text) == ("Kestrel Times", "Reuters", "Body. More.")


@pytest.mark.parametrize("text, title", [
    ("Will They Sign a Treaty?\n\nApril 29, 2017 (EIRNS)\u2014Body. More.", "Will They Sign a Treaty?"),
    ("Is this a question?\n\nBody. More.", None),
])
def test_question_title_only_before_a_dateline(text, title):
    assert parse_text(text, id="x").title == title


# --------------------------------------------------------------------------- bytes given by the caller

@pytest.mark.parametrize("name, content", [
    ("eir.txt", EIR.encode("utf-8")),
    ("quoted-cp1252.txt", (QUOTED * 2).encode("cp1252")),
    ("utf16.txt", (QUOTED * 2).encode("utf-16")),
    ("feed.jsonl", b'{"id": "x1", "text": "One body."}\n{"id": "x2"}\n'),
    ("empty.txt", b"  \n "),
    ("invisible.txt", "\u200b\ufeff ".encode("utf-8")),
    ("notes.pdf", b"%PDF-1.4 binary"),
    ("no-extension", b"Title\n\nBody of the text."),
])
def test_read_file_with_the_bytes_given_equals_reading_the_file(tmp_path, name, content):
    path = write(tmp_path / "sub" / name, content)
    assert read_file(path, data=content) == read_file(path)
    assert read_file(str(path), data=content) == read_file(path)


def test_read_file_keeps_the_path_as_pathlib_writes_it(tmp_path):
    path = write(tmp_path / "a.txt", EIR)
    odd = str(tmp_path) + "//./a.txt"
    entry, article = read_file(odd, data=path.read_bytes())[0]
    assert entry.path == article.path == str(path)


def test_lone_surrogates_from_json_escapes_do_not_stop_a_run(tmp_path):
    # "\ud800" is valid JSON but no character: it becomes U+FFFD, and the file's other
    # records load as usual
    (tmp_path / "feed.jsonl").write_text(
        '{"id": "a", "title": "Odd \\udc00 title", "text": "Bad \\ud800 char in a sentence here. Another one."}\n'
        '{"id": "b", "title": "Fine", "text": "Russia and China signed a deal on Tuesday."}\n', encoding="utf-8")
    result = load_articles([tmp_path / "feed.jsonl"])
    assert [e.status for e in result.manifest] == ["loaded", "loaded"]
    a = result.articles[0]
    assert "\ufffd" in a.text and "\ud800" not in a.text and "\udc00" not in (a.title or "")
    assert len(a.content_hash) == 40 and a.word_count == 8


def test_a_record_that_cannot_be_structured_is_rejected_with_its_reason(tmp_path, monkeypatch):
    import analysis.load as load

    real = load._structure_record

    def fragile(obj, *args):
        if obj.get("id") == "boom":
            raise ValueError("unexpected shape")
        return real(obj, *args)

    monkeypatch.setattr(load, "_structure_record", fragile)
    (tmp_path / "feed.jsonl").write_text(
        '{"id": "boom", "text": "This one breaks the structuring step."}\n'
        '{"id": "ok", "text": "This one loads as usual, with a sentence."}\n', encoding="utf-8")
    result = load_articles([tmp_path / "feed.jsonl"])
    assert [e.status for e in result.manifest] == ["rejected", "loaded"]
    assert "ValueError: unexpected shape" in result.manifest[0].reason and result.manifest[0].line == 1


def _walked(paths) -> list[str]:
    """What iter_inputs gave before its scandir walk: os.walk, sorted relative paths,
    files deduplicated by their real path."""
    import os

    out, seen = [], set()
    for root in [Path(p) for p in paths]:
        if root.is_dir():
            found = []
            for dirpath, dirnames, filenames in os.walk(root):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                found.extend(Path(dirpath) / f for f in filenames if not f.startswith("."))
            candidates = sorted(found, key=lambda p: p.relative_to(root).as_posix())
        else:
            candidates = [root]
        for path in candidates:
            key = os.path.realpath(path) if path.exists() else str(path)
            if key not in seen:
                seen.add(key)
                out.append(str(path))
    return out


def test_iter_inputs_follows_os_walk_with_links(tmp_path, monkeypatch):
    for name in ["x.txt", "c/sub/y.txt", "c/z.txt", "a b/q.txt", "c/a-b", "c/a.b", "c/sub/B.txt",
                 "c/sub/.hid/h.txt"]:
        write(tmp_path / name, "T. T.")
    (tmp_path / "c" / "link.txt").symlink_to(tmp_path / "x.txt")       # a second name of x.txt
    (tmp_path / "c" / "broken.txt").symlink_to(tmp_path / "nowhere")  # kept, read_file rejects it
    (tmp_path / "sublink").symlink_to(tmp_path / "c" / "sub")          # a folder link: not walked
    monkeypatch.chdir(tmp_path)
    for paths in ([tmp_path], [tmp_path / "c", tmp_path], [tmp_path / "sublink"], ["."], ["c"],
                  ["./c/"], [tmp_path / "c" / "link.txt", tmp_path / "x.txt"]):
        assert [str(p) for p in iter_inputs(paths)] == _walked(paths)
    assert "c/broken.txt" in [str(p) for p in iter_inputs(["c"])]


@pytest.mark.parametrize("meta_source, text, agency", [
    # a dateline's agency in a record of another site is kept as the article's agency
    ("Kestrel Post", "LIMA (Reuters) - Ivo Marek spoke on Monday.", "Reuters"),
    # (not when the record's source is that agency, nor without a dateline agency)
    ("Reuters", "LIMA (Reuters) - Ivo Marek spoke on Monday.", None),
    ("Kestrel Post", "LIMA, Jan. 4 - Ivo Marek spoke on Monday.", None),
    # a site's own name, the agency it carries and a date in the brackets: both are publishers
    ("Kestrel", "UNITED NATIONS (Kestrel News / AFP - 03rd March, 2021) Ivo Marek spoke on Monday.",
     "Kestrel News / AFP"),
    ("Kestrel", "LIMA (Kestrel News / Sputnik - 3 March 2021) Ivo Marek spoke on Monday.", "Kestrel News / Sputnik"),
    ("Kestrel", "LIMA, 24 Sep - RIA Novosti. Ivo Marek spoke on Monday.", "RIA Novosti"),
])
def test_a_dateline_agency_in_another_sites_record(meta_source, text, agency):
    a = parse_text(text, id="x", meta={"source": meta_source})
    assert (a.source, a.agency, a.text) == (meta_source, agency, "Ivo Marek spoke on Monday.")


def test_no_dateline_from_brackets_without_a_date_or_known_agency():
    text = "LIMA (Kestrel News / Other Voices - soon) Ivo Marek spoke on Monday."
    a = parse_text(text, id="x", meta={"source": "Kestrel"})
    assert (a.agency, a.text) == (None, text)


def test_every_name_of_a_two_name_dateline_is_a_publisher_not_an_organisation():
    from analysis.extract import extract_article
    a = parse_text("UNITED NATIONS (Kestrel News / AFP - 03rd March, 2021) Ivo Marek spoke to Kestrel News "
                   "and AFP on Monday about the United Nations.", id="x", meta={"source": "Kestrel"})
    assert [o.name for o in extract_article(a).organizations] == ["United Nations"]


@pytest.mark.parametrize("text, meta, byline", [
    # a byline without "By": names alone on the first line, with a place, desk or date
    ("Jake Marek and Anna Ruiz\n\nBody text. More.", {}, "Jake Marek and Anna Ruiz"),
    ("Tomasz Kestrel 12.02.2019 20:00\n\nBody text. More.", {}, "Tomasz Kestrel"),
    ("Anna Ruiz, Kestria ,\n\nBody text. More.", {}, "Anna Ruiz"),
    ("Ivan Marek / Herald Correspondent\n\nBody text. More.", {}, "Ivan Marek"),
    ("Anna Ruiz\n\nBody text. More.", {"title": "Talks resume"}, "Anna Ruiz"),
    ("Edited by Anna Ruiz\n\nBody text. More.", {}, "Anna Ruiz"),
    # "By" names with an outlet in brackets, a date after a bar or dash, desks
    ("By Ivo Marek and Anna Ruiz  (Kestrel Daily)\n\nBody text. More.", {}, "Ivo Marek and Anna Ruiz"),
    ("by Tom Harlan - 03/04/21 9:05 AM ET\n\nBody text. More.", {}, "Tom Harlan"),
    ("By Tom Harlan | Nov 08, 2023\n\nBody text. More.", {}, "Tom Harlan"),
    ("By Kestrel Staff, Ivo Marek for Kestrel Radio, and by Anna Ruiz for Tarva Radio.\n\nBody text. More.", {},
     "Kestrel Staff, Ivo Marek for Kestrel Radio, and by Anna Ruiz for Tarva Radio"),
    # names joined by "&"; a name with its outlet and town
    ("By Ivo Marek & Anna Ruiz\n\nBody text. More.", {}, "Ivo Marek & Anna Ruiz"),
    ("Anna Ruiz Kovac, The Kestrel Post, Tarva\n\nBody text. More.", {"title": "Talks resume"}, "Anna Ruiz Kovac"),
])
def test_a_line_of_names_over_the_text_is_a_byline(text, meta, byline):
    a = parse_text(text, id="x", meta=meta)
    assert (a.byline, a.text) == (byline, "Body text. More.")


@pytest.mark.parametrize("text", [
    "Anna Ruiz\n\nBody text. More.",          # with no title given, a name alone may be the title
    "By Monday, the talks were over\n\nBody text. More.",
    "Border Talks Resume\n\nBody text. More.",
])
def test_a_first_line_that_may_be_the_title_is_no_byline(text):
    a = parse_text(text, id="x")
    assert (a.byline, a.title) == (None, text.split("\n")[0])


def test_a_grave_accent_typed_for_an_apostrophe_reads_as_one():
    """Some wire copies type "Norway`s": the loaded text has the apostrophe, so the
    possessive names the state of the office after it."""
    from analysis.extract import extract_article
    a = parse_text("Japan's fleet sailed on Monday. Norway`s Minister of Climate Ola Brekke objected.", id="x")
    assert "Norway's Minister" in a.text
    [p] = extract_article(a).persons
    assert (p.name, p.country) == ("Ola Brekke", "NOR")


@pytest.mark.parametrize("first, place", [
    ("LAHORE: Police said the march would go ahead.", "Lahore"),
    ("NEW DELHI, March 3: The ministry said talks went well.", "New Delhi"),
    ("Khartoum: An aid worker was freed on Monday.", "Khartoum"),
    # labels and unknown mixed-case words before a colon are no datelines
    ("UPDATE: The talks failed late on Monday.", None),
    ("Background: The talks failed late on Monday.", None),
])
def test_a_place_and_a_colon_is_recorded_as_the_dateline_and_the_text_keeps_it(first, place):
    a = parse_text(f"A Title\n\n{first}\n\nMore text follows here.", id="x")
    assert (a.dateline, a.text.startswith(first)) == (place, True)
