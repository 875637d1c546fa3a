"""The report build (analysis.reports): names, report set, rendering, index, and whole builds.

Whole builds run the tiny notebooks of tests/fixtures/notebooks on a small store written
here (no extraction involved), so they test the machinery: process pool, incremental keys,
failure isolation, atomic writes, escaping, determinism. The real report notebooks are
executed in tests/test_browser.py (and by their own tests).
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from analysis import reports
from analysis.corpus import COLUMNS, Corpus
from analysis.errors import ReportError
from analysis.store import write_store

NOTEBOOKS = Path(__file__).parent / "fixtures" / "notebooks"
TINY = NOTEBOOKS / "tiny.ipynb"
FAILS = NOTEBOOKS / "fails.ipynb"
SCRIPT_TITLE = "<script>alert('x')</script> Summit & talks"

# A resource reference to anything outside the file: src/href/url() pointing at a URL,
# protocol-relative or not (links in text are fine; there are none in our templates).
EXTERNAL = re.compile(r"""(?:src|href|action|poster|data)\s*=\s*["']?\s*(?:https?:)?//"""
                      r"""|url\(\s*["']?\s*(?:https?:)?//|@import\s|https?://""", re.I)
STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


def normalise(page: str) -> str:
    """A page with build times and durations blanked (the only parts allowed to change)."""
    page = STAMP.sub("TIME", page)
    return re.sub(r'<td class="num">[^<]*</td>', "", page)


def frame(name: str, rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=COLUMNS[name])


def make_store(directory: Path) -> Path:
    """Three articles, three actors (one with a hostile name), two topics."""
    articles = [
        {"id": "a1", "title": "Talks in Moscow", "date": "2017-04-29", "source": "EIR",
         "text": "Talks.", "word_count": 120},
        {"id": "a2", "title": SCRIPT_TITLE, "date": "2018-01-02", "source": "EIR",
         "text": "Summit.", "word_count": 80},
        {"id": "a3", "title": "Pipeline", "date": "2018-03-03", "source": "Wire",
         "text": "Gas.", "word_count": 60},
    ]
    persons = [
        {"article_id": "a1", "actor_id": "vladimir-putin", "name": "Vladimir Putin"},
        {"article_id": "a2", "actor_id": "vladimir-putin", "name": "Vladimir Putin"},
        {"article_id": "a2", "actor_id": "xi-jinping", "name": "Xi Jinping"},
        {"article_id": "a3", "actor_id": "etc-passwd", "name": "../../etc/passwd"},
    ]
    topics = [{"article_id": "a1", "label": "diplomacy", "score": 1.0, "terms": ["talks"]},
              {"article_id": "a3", "label": "energy", "score": 1.0, "terms": ["gas"]}]
    manifest = [{"path": f"{a['id']}.txt", "status": "loaded", "id": a["id"]} for a in articles]
    manifest.append({"path": "empty.txt", "status": "rejected", "reason": "empty file"})
    corpus = Corpus(articles=frame("articles", articles), manifest=frame("manifest", manifest),
                    persons=frame("persons", persons), topics=frame("topics", topics),
                    origin="test fixture")
    return write_store(corpus, directory)


def write_config(path: Path, *, agreements_party: str | None = None) -> Path:
    party = f'party = "{agreements_party}"\n' if agreements_party else ""
    path.write_text(f"""
[overview]
notebook = "{TINY}"

[actors]
notebook = "{TINY}"
top = 1
names = ["../../etc/passwd"]

[topics]
notebook = "{TINY}"
top = 1

[agreements]
notebook = "{TINY}"
{party}
[[extra]]
kind = "check"
name = "boom"
title = "Boom <b>bold</b>"
notebook = "{FAILS}"
""", encoding="utf-8")
    return path


EXPECTED = ["actor-etc-passwd", "actor-vladimir-putin", "agreements", "overview", "topic-diplomacy"]


# --------------------------------------------------------------------------- names

UNSAFE = ["../../etc/passwd", "a/b", "CON", "con", "nul", "index", "x" * 500, "", "   ",
          "..", ".hidden", "Recep Tayyip Erdoğan", "名前", "a\\b\\c", "C:\\Windows", "\x00evil",
          "<script>"]


@pytest.mark.parametrize("name", UNSAFE)
@pytest.mark.parametrize("kind", ["actor", "topic", "../kind", "index"])
def test_report_names_are_safe(tmp_path, kind, name):
    stem = reports.report_stem(kind, name)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", stem)
    assert len(stem) <= 110
    assert stem not in reports.RESERVED_STEMS
    path = reports.output_path(tmp_path, stem)
    assert path.parent == tmp_path.resolve()


@pytest.mark.parametrize("name, stem", [
    ("Vladimir Putin", "actor-vladimir-putin"), ("Recep Tayyip Erdoğan", "actor-recep-tayyip-erdogan"),
    ("../../etc/passwd", "actor-etc-passwd"), ("", "actor-unnamed")])
def test_report_stem_examples(name, stem):
    assert reports.report_stem("actor", name) == stem


@pytest.mark.parametrize("kind, stem", [("overview", "overview"), ("index", "index-report"),
                                        ("CON", "con-report"), ("agreements", "agreements")])
def test_singleton_stems_avoid_reserved_names(kind, stem):
    assert reports.report_stem(kind) == stem


@pytest.mark.parametrize("stem", ["../x", "a/b", ".build", "", "x\\y"])
def test_output_path_refuses_escapes(tmp_path, stem):
    with pytest.raises(ReportError):
        reports.output_path(tmp_path, stem)


# --------------------------------------------------------------------------- the report set

def persons_frame(rows):
    return pd.DataFrame(rows, columns=["article_id", "actor_id", "name"])


def test_top_actors_ranks_by_articles_then_name():
    persons = persons_frame([("a1", "b", "Bravo"), ("a2", "b", "Bravo"), ("a1", "a", "Alpha"),
                             ("a2", "a", "Alpha"), ("a3", "c", "Charlie"), ("a3", "c", "Charlie"),
                             ("a4", "d", "Delta")])
    assert reports.top_actors(persons, 3) == [("a", "Alpha"), ("b", "Bravo"), ("c", "Charlie")]
    assert reports.top_actors(persons, 0) == []


def test_resolve_reports_builds_the_set(tmp_path):
    persons = persons_frame([("a1", "p1", "Ann Lee"), ("a2", "p1", "Ann Lee"),
                             ("a1", "p2", "Ann  Lee!"), ("a3", "p3", "Bo Day")])
    topics = pd.DataFrame({"article_id": ["a1", "a2", "a3"], "label": ["trade", "energy", "trade"]})
    config = {"defaults": {"date_from": "2017-01-01", "date_to": ""},
              "overview": {"notebook": "o.ipynb"},
              "actors": {"notebook": "a.ipynb", "top": 2, "names": ["Bo Day", "Nobody Known"]},
              "topics": {"notebook": "t.ipynb"},
              "agreements": {"notebook": "g.ipynb", "party": "Russia", "status": ""},
              "extra": [{"kind": "actor", "name": "Ann in 2017", "notebook": "a.ipynb",
                         "parameters": {"actor": "p1", "date_to": "2017-12-31"}}]}
    specs = reports.resolve_reports(config, tmp_path, persons, topics)
    names = [s.name for s in specs]
    assert names == ["overview", "actor-ann-lee", "actor-ann-lee-2", "actor-bo-day",
                     "actor-nobody-known", "topic-energy", "topic-trade", "agreements",
                     "actor-ann-in-2017"]
    by_name = {s.name: s for s in specs}
    assert by_name["actor-ann-lee"].parameters == {"actor": "p1", "date_from": "2017-01-01"}
    assert by_name["actor-nobody-known"].parameters["actor"] == "Nobody Known"
    assert by_name["agreements"].parameters == {"date_from": "2017-01-01", "party": "Russia"}
    assert by_name["actor-ann-in-2017"].parameters["date_to"] == "2017-12-31"
    assert by_name["topic-trade"].notebook == str((tmp_path / "t.ipynb").resolve())
    assert len(set(names)) == len(names)


def test_disabled_and_missing_sections_build_nothing(tmp_path):
    config = {"overview": {"notebook": "o.ipynb", "enabled": False}}
    assert reports.resolve_reports(config, tmp_path, None, None) == []


@pytest.mark.parametrize("text, message", [
    ("[overview\n", "not valid TOML"),
    ("[nonsense]\nx = 1\n", "unknown section"),
    ("[overview]\ntitle = 'x'\n", "needs notebook"),
    ("[[extra]]\nkind = 'actor'\n", "lacks name, notebook"),
])
def test_config_errors_say_what_to_fix(tmp_path, text, message):
    path = tmp_path / "reports.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ReportError, match=message):
        reports.load_config(path)


def test_the_repository_report_set_is_valid():
    from analysis.paths import REPORT_CONFIG

    config = reports.load_config(REPORT_CONFIG)
    for section in ("overview", "actors", "topics", "agreements"):
        assert (REPORT_CONFIG.parent / config[section]["notebook"]).name.endswith(".ipynb")


# --------------------------------------------------------------------------- hashing

def test_corpus_fingerprint_follows_content_not_place_or_time(tmp_path):
    one = tmp_path / "one"
    one.mkdir()
    (one / "a.txt").write_text("alpha", encoding="utf-8")
    (one / "sub").mkdir()
    (one / "sub" / "b.txt").write_text("beta", encoding="utf-8")
    first = reports.corpus_fingerprint([one])
    two = tmp_path / "two"
    shutil.copytree(one, two)
    assert reports.corpus_fingerprint([two]) == first
    (two / "a.txt").write_text("alpha", encoding="utf-8")      # same bytes, new mtime
    assert reports.corpus_fingerprint([two]) == first
    (two / "a.txt").write_text("alpha!", encoding="utf-8")
    assert reports.corpus_fingerprint([two]) != first
    (one / "c.txt").write_text("", encoding="utf-8")
    assert reports.corpus_fingerprint([one]) != first


# --------------------------------------------------------------------------- rendering

def small_notebook(title_text: str) -> nbformat.NotebookNode:
    png = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
    code = new_code_cell("secret_code_marker = 1\nprint(title)", execution_count=1, outputs=[
        new_output("stream", name="stdout", text=f"{title_text}\n"),
        new_output("display_data", data={"image/png": png, "text/plain": "<Figure>"}),
        new_output("display_data", data={"application/javascript": "alert(1)",
                                         "text/plain": "<js>"}),
    ])
    nb = new_notebook(cells=[new_markdown_cell("# Findings\n\n## Mentions over time\n\ntext"), code,
                             new_markdown_cell("### A `<detail>` & more")])
    nb.metadata["papermill"] = {"start_time": "2026-01-01T00:00:00", "duration": 1.0}
    return nb


def render(nb, **kw):
    options = dict(title=SCRIPT_TITLE, kind="actor", parameters={"actor": "<b>x</b>", "corpus": "/c"},
                   corpus="corpus <dir>", notebook="nb.ipynb", record="r.ipynb",
                   built="2026-01-01T00:00:00Z")
    options.update(kw)
    return reports.render_html(nb, **options)


def test_rendered_report_is_self_contained_escaped_and_hides_code():
    page = render(small_notebook("<script>alert(2)</script>"))
    assert not EXTERNAL.search(page), EXTERNAL.search(page)
    assert "<script" not in page.lower()                 # no script at all in a report
    assert "&lt;script&gt;alert(" in page                   # the title, as text
    assert "&lt;b&gt;x&lt;/b&gt;" in page                   # parameters escaped
    assert "corpus &lt;dir&gt;" in page
    assert "data:image/png;base64," in page
    assert "secret_code_marker" not in page                # code hidden by default
    assert "In&nbsp;[" not in page
    assert '<nav class="toc"' in page
    assert 'href="#Mentions-over-time"' in page
    assert "A &lt;detail&gt; &amp; more" in page           # TOC text escaped
    assert "start_time" not in page
    assert "@media print" in page


def test_show_code_keeps_the_code():
    page = render(small_notebook("hello"), show_code=True)
    assert "secret_code_marker" in page
    assert not EXTERNAL.search(page)


def test_toc_mark_is_removed_without_headings():
    page = reports.add_toc('<body><!--dispatches:toc--><main class="report-body"><p>x</p></main>')
    assert "dispatches:toc" not in page and "<nav" not in page


def test_index_escapes_titles_parameters_and_errors(tmp_path):
    specs = [reports.ReportSpec(name="actor-x", kind="actor", title=SCRIPT_TITLE,
                                notebook="n.ipynb", parameters={"actor": "<img src=x onerror=1>"}),
             reports.ReportSpec(name="check-boom", kind="check", title="Boom", notebook="f.ipynb")]
    state = {"reports": {"actor-x": {"status": "ok", "built": "2026-01-01T00:00:00Z", "seconds": 1.0},
                         "check-boom": {"status": "failed", "error": "ValueError: <script>bad()</script>"}}}
    page = reports.render_index(specs, state, tmp_path, corpus_label="<corpus>", summary={},
                                built="2026-01-01T00:00:00Z", store="/s")
    assert "<script>alert" not in page and "<script>bad" not in page and "<img src=x" not in page
    assert "ValueError: &lt;script&gt;bad()&lt;/script&gt;" in page
    assert page.count("<script>") == 1                      # only the filter buttons' code
    assert 'data-filter="actor"' in page and 'data-filter="failed"' in page
    assert not EXTERNAL.search(page)


# --------------------------------------------------------------------------- corpus store

def test_prepare_store_extracts_once(tmp_path, fixtures_dir):
    source = fixtures_dir / "corpus"
    if not source.is_dir():
        pytest.skip("tests/fixtures/corpus is absent")
    corpus = tmp_path / "corpus"
    shutil.copytree(source, corpus)
    key = reports.corpus_key([corpus])
    store, built = reports.prepare_store([corpus], tmp_path / "store", key)
    assert built and (store / "store.json").is_file()
    summary = reports.corpus_summary(store)
    assert summary["articles"] > 0 and summary["inputs"] >= summary["articles"]
    assert reports.prepare_store([corpus], tmp_path / "store", key, known_key=key) == (store, False)
    assert reports.prepare_store([store], tmp_path / "other", "k") == (store, False)
    (corpus / "extra.txt").write_text("Executive Intelligence Review\n\nA New Title\n\n"
                                      "May 1, 2025 (EIRNS)—A short item about talks.\n",
                                      encoding="utf-8")
    new_key = reports.corpus_key([corpus])
    assert new_key != key
    store, built = reports.prepare_store([corpus], tmp_path / "store", new_key, known_key=key)
    assert built and reports.corpus_summary(store)["articles"] == summary["articles"] + 1


# --------------------------------------------------------------------------- whole builds

@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """One build of the tiny report set: 5 reports that work and one that fails."""
    root = tmp_path_factory.mktemp("reports")
    store = make_store(root / "store")
    config = write_config(root / "reports.toml")
    out = root / "out"
    result = reports.build_reports([store], out=out, config=config, jobs=2, progress=False)
    return {"root": root, "store": store, "config": config, "out": out, "result": result}


def build(site, **kw):
    options = dict(out=site["out"], config=site["config"], jobs=1, progress=False)
    options.update(kw)
    return reports.build_reports([site["store"]], **options)


@pytest.mark.slow
def test_build_writes_every_report_and_isolates_the_failure(site):
    result, out = site["result"], site["out"]
    assert not result.ok
    assert sorted(result.built) == EXPECTED
    assert list(result.failed) == ["check-boom"]
    assert "deliberate failure" in result.failed["check-boom"]
    assert "1 failed" in result.summary() and str(out / "index.html") in result.summary()
    for name in EXPECTED:
        assert (out / f"{name}.html").is_file() and (out / f"{name}.ipynb").is_file()
        assert (out / reports.ASSETS_DIR / name / "counts.png").is_file()
        assert (out / reports.ASSETS_DIR / name / "counts.csv").is_file()
    assert not (out / "check-boom.html").exists()
    assert (out / "check-boom.failed.ipynb").is_file()
    assert sorted(p.name for p in out.iterdir() if p.suffix == ".html") == sorted(
        [f"{n}.html" for n in EXPECTED] + ["index.html", "check-boom.failed.html"])
    assert not list(out.glob(".*.tmp"))


@pytest.mark.slow
def test_reports_have_their_sections_and_no_external_reference(site):
    out = site["out"]
    for path in sorted(out.glob("*.html")):
        page = path.read_text(encoding="utf-8")
        assert not EXTERNAL.search(page), (path.name, EXTERNAL.search(page))
    page = (out / "actor-vladimir-putin.html").read_text(encoding="utf-8")
    assert "Actor profile: Vladimir Putin" in page
    assert "Articles in the corpus" in page and "3 articles" in page
    assert '<nav class="toc"' in page and 'href="#A-chart"' in page
    assert "data:image/png;base64," in page
    assert "import matplotlib" not in page                 # code hidden
    assert '<a href="index.html">' in page


@pytest.mark.slow
def test_index_lists_every_report_with_status_and_error(site):
    page = (site["out"] / "index.html").read_text(encoding="utf-8")
    for name in EXPECTED:
        assert f'href="{name}.html"' in page
    assert page.count('data-status="ok"') == 5 and page.count('data-status="failed"') == 1
    assert "deliberate failure for the tests: Boom &lt;b&gt;bold&lt;/b&gt;" in page
    assert 'href="check-boom.failed.ipynb"' in page
    assert "Boom &lt;b&gt;bold&lt;/b&gt;" in page and "<b>bold" not in page
    assert "4 inputs: 3 loaded, 0 duplicate, 1 rejected" in page
    assert "2017-04-29 to 2018-03-03" in page


@pytest.mark.slow
def test_unsafe_actor_name_stays_inside_and_script_title_is_text(site):
    out = site["out"]
    assert (out / "actor-etc-passwd.html").resolve().parent == out.resolve()
    assert not list(site["root"].glob("**/passwd*"))
    page = (out / "actor-etc-passwd.html").read_text(encoding="utf-8")
    assert "Actor profile: ../../etc/passwd" in page
    overview = (out / "overview.html").read_text(encoding="utf-8")
    assert "<script" not in overview.lower()


@pytest.mark.slow
def test_second_build_executes_nothing_and_keeps_the_html(site):
    out = site["out"]
    before = {p.name: p.read_bytes() for p in out.glob("*.html") if p.name != "index.html"}
    index_before = (out / "index.html").read_text(encoding="utf-8")
    result = build(site)
    assert result.executed == []
    assert sorted(result.skipped) == EXPECTED
    assert list(result.failed) == ["check-boom"] and not result.ok   # still failing: exit 1
    after = {p.name: p.read_bytes() for p in out.glob("*.html") if p.name != "index.html"}
    assert after == before
    assert normalise((out / "index.html").read_text(encoding="utf-8")) == normalise(index_before)


@pytest.mark.slow
def test_changed_parameter_rebuilds_exactly_one_report(site, tmp_path):
    # (later tests build with --only, so they do not mind the changed agreements report)
    config = write_config(tmp_path / "reports.toml", agreements_party="Russia")
    result = build(site, config=config)
    assert result.executed == ["agreements"]
    page = (site["out"] / "agreements.html").read_text(encoding="utf-8")
    assert "<dt>party</dt><dd>Russia</dd>" in page


@pytest.mark.slow
def test_forced_rebuild_gives_identical_html(site):
    path = site["out"] / "topic-diplomacy.html"
    before = path.read_text(encoding="utf-8")
    result = build(site, force=True, only=["topic-diplomacy"])
    assert result.executed == ["topic-diplomacy"]
    assert normalise(path.read_text(encoding="utf-8")) == normalise(before)


@pytest.mark.slow
def test_missing_chromium_warns_and_skips_pdf(site, monkeypatch):
    monkeypatch.setattr(reports, "find_chromium", lambda: None)
    result = build(site, pdf=True, only=["overview"])
    assert result.executed == [] and result.pdfs == []
    assert any("Chromium is not installed" in w for w in result.warnings)


@pytest.mark.slow
@pytest.mark.parametrize("error", [KeyboardInterrupt, RuntimeError])
def test_interrupted_render_leaves_previous_report_intact(site, monkeypatch, error):
    out = site["out"]
    path = out / "overview.html"
    before, record = path.read_bytes(), (out / "overview.ipynb").read_bytes()

    def broken(*args, **kwargs):
        raise error("renderer stopped midway")

    monkeypatch.setattr(reports, "render_html", broken)
    if error is KeyboardInterrupt:
        with pytest.raises(KeyboardInterrupt):
            build(site, force=True, only=["overview"])
    else:
        result = build(site, force=True, only=["overview"])
        assert "renderer stopped midway" in result.failed["overview"]
    assert path.read_bytes() == before
    assert (out / "overview.ipynb").read_bytes() == record
    assert not list(out.glob(".*.tmp"))
    if error is RuntimeError:
        monkeypatch.undo()
        result = build(site, only=["overview"])                 # the next build recovers
        assert result.built == ["overview"] and "overview" not in result.failed


# --------------------------------------------------------------------------- small pieces

def test_missing_notebook_is_a_failure_in_the_index_not_a_crash(tmp_path):
    store = make_store(tmp_path / "store")
    config = tmp_path / "reports.toml"
    config.write_text('[overview]\nnotebook = "no-such-notebook.ipynb"\n', encoding="utf-8")
    result = reports.build_reports([store], out=tmp_path / "out", config=config, progress=False)
    assert not result.ok and result.executed == []
    assert "no-such-notebook.ipynb not found" in result.failed["overview"]
    page = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert 'data-status="failed"' in page and "not found" in page


def test_missing_corpus_says_what_to_do(tmp_path):
    from analysis.errors import InputError

    with pytest.raises(InputError, match="does not exist"):
        reports.build_reports([tmp_path / "nowhere"], out=tmp_path / "out",
                              config=write_config(tmp_path / "r.toml"), progress=False)


def test_remove_outputs_only_touches_the_reports_files(tmp_path):
    (tmp_path / "actor-x.html").write_text("x")
    (tmp_path / "actor-x.pdf").write_text("x")
    (tmp_path / "assets" / "actor-x").mkdir(parents=True)
    (tmp_path / "keep.html").write_text("x")
    reports._remove_outputs(tmp_path, "actor-x")
    reports._remove_outputs(tmp_path, "../keep")               # refused silently
    assert sorted(p.name for p in tmp_path.iterdir()) == ["assets", "keep.html"]
    assert not (tmp_path / "assets" / "actor-x").exists()


def test_missing_kernel_is_installed(monkeypatch):
    from jupyter_client import kernelspec

    installed = []

    class NoKernels:
        def get_kernel_spec(self, name):
            raise kernelspec.NoSuchKernel(name)

    monkeypatch.setattr(kernelspec, "KernelSpecManager", NoKernels)
    import ipykernel.kernelspec

    monkeypatch.setattr(ipykernel.kernelspec, "install",
                        lambda **kw: installed.append(kw) or "/tmp/k")
    assert reports.ensure_kernel("python3") == "python3"
    assert installed and installed[0]["kernel_name"] == "python3"


def test_corpus_fingerprint_reuses_hashes_only_of_unchanged_files(tmp_path, monkeypatch):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("one", encoding="utf-8")
    (folder / "b.txt").write_text("two", encoding="utf-8")
    monkeypatch.setattr(reports, "RACY_SECONDS", -1.0)     # trust files written just now
    seen: dict = {}
    first = reports.corpus_fingerprint([folder], cache={}, seen=seen)
    assert first == reports.corpus_fingerprint([folder]) and len(seen) == 2
    hashed = []
    real = reports._sha256_file
    monkeypatch.setattr(reports, "_sha256_file", lambda path: hashed.append(path.name) or real(path))
    again: dict = {}
    assert reports.corpus_fingerprint([folder], cache=seen, seen=again) == first and hashed == []
    (folder / "b.txt").write_text("three", encoding="utf-8")
    assert reports.corpus_fingerprint([folder], cache=again, seen={}) != first and hashed == ["b.txt"]
    monkeypatch.setattr(reports, "RACY_SECONDS", 3600.0)   # just written: not remembered
    fresh: dict = {}
    reports.corpus_fingerprint([folder], cache={}, seen=fresh)
    assert fresh == {}


@pytest.mark.slow
def test_build_leaves_the_kernels_a_snapshot_of_the_store(site):
    from analysis import store

    snapshot = site["out"] / reports.SNAPSHOT_DIR
    assert store.snapshot_for(site["store"], snapshot) == snapshot
    # the notebooks are still given the store (a notebook may read its Parquet files itself)
    record = nbformat.read(site["out"] / "overview.ipynb", as_version=4)
    assert record.metadata["papermill"]["parameters"]["corpus"] == str(site["store"].resolve())


# --------------------------------------------------------------------------- kernel reuse

PROBE = '''import json, os
from pathlib import Path
seen = sorted(name for name in ("leaked", "corpus_obj") if name in globals())
start_dir = os.getcwd()
leaked = corpus_obj = 1
os.chdir(Path(output_dir).parent)
Path(output_dir, "probe.json").write_text(json.dumps(
    {"pid": os.getpid(), "seen": seen, "start_dir": start_dir}))'''


def probe_set(tmp_path: Path, names: list[str]) -> tuple[Path, Path]:
    """A report set of extras running ``probe.ipynb`` (or ``fails.ipynb`` for "boom"
    names), in this order, on the tiny store."""
    probe = tmp_path / "nb" / "probe.ipynb"
    probe.parent.mkdir()
    book = new_notebook(cells=[new_code_cell('corpus = ""\noutput_dir = ""\ntitle = ""'),
                               new_code_cell(PROBE)],
                        metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                 "language": "python"}})
    book.cells[0].metadata["tags"] = ["parameters"]
    nbformat.write(book, probe)
    config = tmp_path / "reports.toml"
    config.write_text("".join(
        f'[[extra]]\nkind = "check"\nname = "{n}"\nnotebook = "{FAILS if n.startswith("boom") else probe}"\n'
        for n in names), encoding="utf-8")
    return make_store(tmp_path / "store"), config


def probes(out: Path, names: list[str]) -> dict[str, dict]:
    import json

    return {n: json.loads((out / reports.ASSETS_DIR / f"check-{n}" / "probe.json").read_text())
            for n in names}


@pytest.mark.slow
def test_one_kernel_serves_several_reports_without_leaking_their_state(tmp_path):
    store, config = probe_set(tmp_path, ["one", "two", "three"])
    out = tmp_path / "out"
    result = reports.build_reports([store], out=out, config=config, jobs=1, progress=False)
    assert sorted(result.built) == ["check-one", "check-three", "check-two"]
    seen = probes(out, ["one", "two", "three"])
    assert len({p["pid"] for p in seen.values()}) == 1          # the kernel was reused
    for p in seen.values():
        assert p["seen"] == []                                  # no variable of the last report
        assert p["start_dir"] == str(tmp_path / "nb")           # the notebook's folder, always
    assert len(list((out / reports.LOG_DIR).glob("kernel-*.log"))) == 1
    assert "km" not in reports._KERNEL                          # stopped at the end of the build


@pytest.mark.slow
def test_a_failed_report_leaves_the_next_one_a_new_kernel(tmp_path):
    store, config = probe_set(tmp_path, ["one", "boom", "two"])
    out = tmp_path / "out"
    result = reports.build_reports([store], out=out, config=config, jobs=1, progress=False)
    assert sorted(result.built) == ["check-one", "check-two"] and list(result.failed) == ["check-boom"]
    seen = probes(out, ["one", "two"])
    assert seen["one"]["pid"] != seen["two"]["pid"]
    assert seen["two"]["seen"] == []


@pytest.mark.slow
def test_reused_and_fresh_kernels_render_the_same_report(tmp_path):
    store = make_store(tmp_path / "store")
    config = write_config(tmp_path / "reports.toml")
    reused, fresh = tmp_path / "reused", tmp_path / "fresh"
    reports.build_reports([store], out=reused, config=config, jobs=1, progress=False)
    for name in EXPECTED:           # one build per report: each runs in a kernel of its own
        reports.build_reports([store], out=fresh, config=config, jobs=1, only=[name], progress=False)
    for name in EXPECTED:
        assert normalise((reused / f"{name}.html").read_text(encoding="utf-8")) == \
            normalise((fresh / f"{name}.html").read_text(encoding="utf-8")), name


@pytest.mark.slow
def test_a_kernel_that_dies_starting_is_started_again(tmp_path, monkeypatch):
    # (two kernels starting at once may pick the same free port; the loser dies at once)
    store, config = probe_set(tmp_path, ["one"])
    real, calls = reports._kernel_ready, []

    def first_start_dies(km):
        calls.append(km)
        return False if len(calls) == 1 else real(km)

    monkeypatch.setattr(reports, "_kernel_ready", first_start_dies)
    result = reports.build_reports([store], out=tmp_path / "out", config=config, jobs=1, progress=False)
    assert result.built == ["check-one"] and len(calls) == 2


@pytest.mark.slow
def test_a_kernel_that_never_starts_fails_the_report_with_its_log(tmp_path, monkeypatch):
    store, config = probe_set(tmp_path, ["one"])
    monkeypatch.setattr(reports, "_kernel_ready", lambda km: False)
    result = reports.build_reports([store], out=tmp_path / "out", config=config, jobs=1, progress=False)
    error = result.failed["check-one"]
    assert result.built == [] and "died 3 times while starting" in error and "kernel-" in error
