"""Repository hygiene: notebooks stay thin and output-free, the README's commands exist,
and nothing from ../shared is copied into the repository."""
from __future__ import annotations

import json
import re
import subprocess

import pytest

from analysis.paths import NOTEBOOKS, ROOT


def _notebooks():
    return sorted(NOTEBOOKS.glob("*.ipynb"))


def test_there_are_notebooks():
    assert _notebooks(), "notebooks/ holds no .ipynb"


@pytest.mark.parametrize("path", _notebooks(), ids=lambda p: p.name)
def test_notebook_committed_without_outputs(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert not cell.get("outputs"), f"{path.name} has outputs: clear them before committing"
            assert cell.get("execution_count") is None, f"{path.name} has execution counts"


@pytest.mark.parametrize("path", [p for p in _notebooks() if not p.name.startswith("00")],
                         ids=lambda p: p.name)
def test_report_notebook_has_typed_parameters_cell(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    tagged = [c for c in nb["cells"] if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1, f"{path.name} needs exactly one cell tagged 'parameters'"
    source = "".join(tagged[0]["source"])
    for name in ("corpus", "date_from", "date_to"):
        assert re.search(rf"^{name}\s*:\s*\S+.*=", source, re.M), f"{path.name}: parameter {name} untyped"
    assert "#" in source, "parameters are commented"


def test_readme_leads_with_the_two_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    head = text[:1500]
    assert "make reports" in head and "make test" in head
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci


def test_nothing_from_shared_is_copied(shared_dir):
    probes = []
    for name in ("dev.jsonl", "wikinews.jsonl"):
        path = shared_dir / "corpus" / name
        if path.exists():
            for line in path.open(encoding="utf-8"):
                sentences = [s for s in re.split(r"(?<=[.!?])\s+", json.loads(line)["text"]) if len(s) > 80]
                if sentences:
                    probes.append(sentences[len(sentences) // 2][:70])
    eir = shared_dir / "corpus" / "eir"
    for path in eir.glob("*.txt"):
        probes += [s[:70] for s in re.split(r"(?<=[.!?])\s+", path.read_text(encoding="utf-8")) if len(s) > 80]
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True).stdout.split("\n")
    hits = []
    for f in files:
        path = ROOT / f
        if not f or not path.is_file() or path.stat().st_size > 5_000_000:
            continue
        body = path.read_text(encoding="utf-8", errors="ignore")
        if any(p in body for p in probes):
            hits.append(f)
    assert not hits, f"tracked files contain sentences from ../shared: {hits}"


#: gazetteers list bodies by their full names, which articles print too
_NAME_LISTS = ("analysis/resources/organizations.tsv", "analysis/resources/office_holders.tsv",
               "analysis/resources/past_office_holders.tsv")


def test_no_tracked_file_shares_eight_words_with_shared(shared_dir):
    """A stricter probe than the one above: no line of a tracked file (test sentences, comments,
    sample articles) shares a run of eight words with an article or gold file of ../shared."""
    def words(text):
        return re.findall(r"[a-z0-9’']+", text.lower())

    texts = []
    for name in ("dev.jsonl", "wikinews.jsonl"):
        path = shared_dir / "corpus" / name
        if path.exists():
            texts += [json.loads(line).get("text", "") for line in path.open(encoding="utf-8")]
    texts += [p.read_text(encoding="utf-8", errors="ignore") for p in (shared_dir / "corpus" / "eir").rglob("*.txt")]
    texts += [p.read_text(encoding="utf-8") for p in (shared_dir / "gold").glob("*.json")]
    runs = set()
    for text in texts:
        w = words(text)
        runs.update(zip(w, w[1:], w[2:], w[3:], w[4:], w[5:], w[6:], w[7:]))
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True).stdout.split("\n")
    hits = []
    for f in files:
        path = ROOT / f
        if not f or f in _NAME_LISTS or not path.is_file() or path.stat().st_size > 5_000_000:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8", errors="ignore").split("\n"), 1):
            w = words(line)
            if any(r in runs for r in zip(w, w[1:], w[2:], w[3:], w[4:], w[5:], w[6:], w[7:])):
                hits.append(f"{f}:{n}")
    assert not hits, f"lines sharing eight words with ../shared (write them in the project's own words): {hits[:20]}"


def test_no_test_module_defines_a_test_twice():
    # a second "def test_x" in the same module silently replaces the first, which then never runs
    twice = []
    for path in sorted((ROOT / "tests").glob("test_*.py")):
        names = re.findall(r"^def (test_\w+)", path.read_text(encoding="utf-8"), re.M)
        twice += [f"{path.name}: {n}" for n in sorted({n for n in names if names.count(n) > 1})]
    assert not twice, f"test functions defined twice (rename one so both run): {twice}"
