"""Every report notebook, and 00-explore, executed through papermill on a small corpus.

The corpus is the hand-built one of tests/test_views.py written as a Parquet store, so
these tests do not depend on the extractors. Each notebook runs once per session (two at a
time); the tests then read the executed notebooks.
"""
from __future__ import annotations

import json
import re
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import nbformat
import pytest

from analysis.paths import NOTEBOOKS
from analysis.store import write_store

from test_views import SCRIPT, make_corpus

pytestmark = pytest.mark.slow
papermill = pytest.importorskip("papermill")

ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"
FIXTURE_CORPUS = str(Path(__file__).parent / "fixtures" / "corpus")

# name -> (notebook, parameters besides corpus/output_dir, headings that must be there)
RUNS = {
    "overview": ("01-overview.ipynb", {"title": f"Overview {SCRIPT}"},
                 ["Corpus overview", "1. The corpus at a glance", "2. Articles over time", "3. Sources",
                  "4. Article lengths", "5. What was loaded, and what was not", "6. Leading actors",
                  "11. Topics", "13. Agreements by status"]),
    "actor": ("02-actor-profile.ipynb", {"actor": "putin", "date_from": "2017-06-01"},
              ["Actor profile", "1. Who they are", "2. Mentions over time", "3. Who they appear with",
               "4. What they said", "5. The agreements they are party to", "6. Their topics"]),
    "topic": ("03-topic-brief.ipynb", {"topic": "Diplomacy"},
              ["Topic brief", "1. Volume over time", "2. Leading actors", "3. Leading countries",
               "4. Notable quotes", "5. Agreements under the topic"]),
    "topic-empty": ("03-topic-brief.ipynb", {"topic": "health"}, ["Topic brief", "4. Notable quotes"]),
    "agreements": ("04-agreements-register.ipynb", {},
                   ["Agreements register", "1. Agreements by status", "2. Timeline by status",
                    "3. Who agrees with whom", "4. The register"]),
    "agreements-japan": ("04-agreements-register.ipynb", {"party": "Japan", "status": "agreed",
                                                          "date_to": "2018-12-31"}, ["4. The register"]),
    "agreements-none": ("04-agreements-register.ipynb", {"date_from": "2030-01-01"}, ["4. The register"]),
    "explore": ("00-explore.ipynb", {}, ["Explore the corpus", "1. Load the corpus in one call", "4. Browse",
                                         "5. From a chart to the sentences behind it"]),
    "ambiguous": ("02-actor-profile.ipynb", {"actor": "Abe"}, []),
    # the fixture articles through the real loader and extractors
    "fixture-actor": ("02-actor-profile.ipynb", {"corpus": FIXTURE_CORPUS, "actor": "Jaishankar"},
                      ["Actor profile", "4. What they said"]),
}


def _execute(name: str, store: Path, out: Path):
    notebook, params, _ = RUNS[name]
    parameters = {"corpus": str(store), **params}
    if notebook != "00-explore.ipynb":
        parameters["output_dir"] = str(out / f"{name}-charts")
    for attempt in range(3):
        try:
            papermill.execute_notebook(str(NOTEBOOKS / notebook), str(out / f"{name}.ipynb"),
                                       parameters=parameters, kernel_name="python3", progress_bar=False,
                                       cwd=str(NOTEBOOKS), execution_timeout=120, start_timeout=60)
            return None
        except papermill.PapermillExecutionError as error:
            return error
        except RuntimeError as error:
            # two kernels starting at once may pick the same free port; the one that lost
            # dies before it answers, and a new start picks other ports
            if "Kernel died before replying" not in str(error) or attempt == 2:
                raise


@pytest.fixture(scope="session")
def executed(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("notebooks")
    store = write_store(make_corpus(), out / "store")
    # Two kernels at a time, each driven from its own process (kernels driven from threads of
    # one process can deadlock); a cell or kernel start that hangs fails after a timeout.
    with ProcessPoolExecutor(max_workers=2) as pool:
        futures = {name: pool.submit(_execute, name, store, out) for name in RUNS}
        errors = {name: future.result(timeout=300) for name, future in futures.items()}
    return {"dir": out, "errors": errors}


def _load(executed, name):
    return nbformat.read(executed["dir"] / f"{name}.ipynb", as_version=4)


def _outputs(nb, mime: str | None = None) -> list[str]:
    texts = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream":
                if mime in (None, "text/plain"):
                    texts.append(output.get("text", ""))
            for key, value in output.get("data", {}).items():
                if mime is None or key == mime:
                    texts.append(value if isinstance(value, str) else json.dumps(value))
    return texts


@pytest.mark.parametrize("name", [n for n in RUNS if n != "ambiguous"])
def test_notebook_runs_and_has_its_headings(executed, name):
    assert executed["errors"][name] is None, f"{name} failed: {executed['errors'][name]}"
    nb = _load(executed, name)
    headings = [line.lstrip("# ").strip() for cell in nb.cells if cell.cell_type == "markdown"
                for line in cell.source.splitlines() if line.startswith("#")]
    for expected in RUNS[name][2]:
        assert expected in headings, f"{name}: heading {expected!r} missing"
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            assert output.get("output_type") != "error", f"{name}: {output.get('ename')}"


@pytest.mark.parametrize("name", [n for n in RUNS if n != "ambiguous"])
def test_article_markup_never_renders(executed, name):
    html = "\n".join(_outputs(_load(executed, name), "text/html"))
    assert "<script>alert" not in html
    assert "<script" not in re.sub(r"<style>.*?</style>", "", html, flags=re.S).lower() or name == "explore"


@pytest.mark.parametrize("name,expected", [
    ("overview", 2), ("actor", 1), ("agreements", 1), ("topic", 1), ("fixture-actor", 1),
])
def test_script_fixture_shows_as_text(executed, name, expected):
    html = "\n".join(_outputs(_load(executed, name), "text/html"))
    assert html.count(ESCAPED) >= expected, f"{name}: the <script> title/quote should show as text"


@pytest.mark.parametrize("name,charts", [
    ("overview", ["articles-per-month", "sources", "article-lengths", "leading-actors", "leading-countries",
                  "topics", "topics-over-time", "agreements-by-status"]),
    ("actor", ["mentions-per-month", "co-occurrence-network", "topics"]),
    ("topic", ["volume", "leading-actors", "leading-countries", "related-topics"]),
    ("agreements", ["agreements-by-status", "timeline-by-status", "party-matrix"]),
])
def test_charts_saved_beside_their_csv_and_shown(executed, name, charts):
    folder = executed["dir"] / f"{name}-charts"
    for chart in charts:
        assert (folder / f"{chart}.png").stat().st_size > 1000, chart
        assert (folder / f"{chart}.csv").read_text(encoding="utf-8").count("\n") >= 2, chart
    images = _outputs(_load(executed, name), "image/png")
    assert len(images) >= len(charts)


def test_actor_profile_content(executed):
    text = "\n".join(_outputs(_load(executed, "actor")))
    assert "Vladimir Putin" in text and "Russia (RUS)" in text and "Shinzo Abe" in text
    assert "Xi Jinping" in text and "a thirty-year gas supply contract" in text
    # date_from 2017-06-01: the April 2017 quote is out of the period, the 2018 one is in
    assert "Our cooperation in the Far East" not in text and "is not a policy" in text


def test_register_filters_and_empty_period(executed):
    japan = "\n".join(_outputs(_load(executed, "agreements-japan"), "text/html"))
    assert "The two leaders agreed to set up a working group" in japan and "gas supply contract" not in japan
    none = "\n".join(_outputs(_load(executed, "agreements-none")))
    assert "No agreements in this period" in none
    assert (executed["dir"] / "agreements-none-charts" / "register.csv").is_file()


def test_topic_without_articles_says_so(executed):
    text = "\n".join(_outputs(_load(executed, "topic-empty")))
    assert "No articles on health in this period" in text
    assert "No quotes in the articles on this topic" in text


def test_unknown_or_ambiguous_actor_fails_fast_listing_candidates(executed):
    error = executed["errors"]["ambiguous"]
    assert error is not None and error.ename == "ActorNotFound"
    assert "Shinzo Abe" in error.evalue and "Akie Abe" in error.evalue


def test_explore_shows_sentences_behind_a_chart(executed):
    text = "\n".join(_outputs(_load(executed, "explore")))
    assert "The two leaders agreed to set up a working group" in text  # behind the "agreed" bar
    assert "application/vnd.jupyter.widget-view+json" in json.dumps(
        [o for c in _load(executed, "explore").cells for o in c.get("outputs", [])])
