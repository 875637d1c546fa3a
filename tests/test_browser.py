"""Real browser check: headless Chromium renders the index and one report of each kind.

The reports are built with the real notebooks on tests/fixtures/corpus (overview, the top
actor, the top topic, the agreements register, plus a notebook that fails), then each page
is screenshotted by Chromium with every host unresolvable and a NetLog recorded:
no console error, no request made by the page, a screenshot that is not blank, and no
script element that the report did not put there itself. Skips, saying why, when
Chromium is absent (Debian: ``apt-get install chromium``, or ``make browser`` as root).
"""
from __future__ import annotations

import json
import re
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from analysis import reports
from analysis.paths import NOTEBOOKS

CHROMIUM = reports.find_chromium()
pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian: apt-get "
                       "install chromium, or 'make browser' as root); the browser check needs it"),
]

FIXTURE_NOTEBOOKS = Path(__file__).parent / "fixtures" / "notebooks"
KINDS = ("overview", "actor", "topic", "agreements")
# Elements that load what they point at (links in <a href> are not loaded by opening a page).
RESOURCE = re.compile(
    r"""<(?:script|img|link|iframe|source|video|audio|embed|object|track|input)\b[^>]*?"""
    r"""\b(?:src|href|data|srcset|poster)\s*=\s*["']?\s*(?:https?:|ftp:|wss?:)?//"""
    r"""|url\(\s*["']?\s*(?:https?:)?//|@import""", re.I)
CONSOLE = re.compile(r"CONSOLE|Uncaught|SyntaxError|ReferenceError|TypeError", re.I)


def chromium(*args: str, profile: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    cmd = reports.chromium_command(CHROMIUM, str(profile)) + [
        "--enable-logging=stderr", "--v=0", "--hide-scrollbars", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)


def page_requests(netlog: Path) -> list[str]:
    """URLs the page itself asked for (Chromium's own background traffic has no origin)."""
    data = json.loads(netlog.read_text(encoding="utf-8"))
    types = {v: k for k, v in data["constants"]["logEventTypes"].items()}
    found = []
    for event in data.get("events", []):
        params = event.get("params") or {}
        if types.get(event["type"]) != "URL_REQUEST_START_JOB" or "url" not in params:
            continue
        from_page = (params.get("initiator") not in (None, "not an origin")
                     or "file://" in str(params.get("network_isolation_key", "")))
        if from_page and not params["url"].startswith(("file:", "data:")):
            found.append(params["url"])
    return found


def png_pixels(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and the decompressed (filtered) scanlines of a PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width, height = 8, b"", 0, 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    return width, height, zlib.decompress(idat)


def assert_not_blank(png: Path) -> None:
    width, height, raw = png_pixels(png.read_bytes())
    assert width >= 800 and height >= 600
    assert len(set(raw)) > 32, f"{png.name} looks blank (few distinct byte values)"
    rows = len(raw) // height
    distinct_rows = {raw[i * rows + 1:(i + 1) * rows] for i in range(0, height, 8)}
    assert len(distinct_rows) > 10, f"{png.name} looks blank (rows all alike)"


@pytest.fixture(scope="module")
def site(tmp_path_factory, fixtures_dir):
    corpus = fixtures_dir / "corpus"
    wanted = ["01-overview.ipynb", "02-actor-profile.ipynb", "03-topic-brief.ipynb",
              "04-agreements-register.ipynb"]
    missing = [n for n in wanted if not (NOTEBOOKS / n).is_file()]
    if missing or not corpus.is_dir():
        pytest.skip(f"needs notebooks/{', '.join(missing) or '*'} and tests/fixtures/corpus")
    root = tmp_path_factory.mktemp("browser")
    config = root / "reports.toml"
    config.write_text(f"""
[overview]
notebook = "{NOTEBOOKS / wanted[0]}"
[actors]
notebook = "{NOTEBOOKS / wanted[1]}"
top = 1
[topics]
notebook = "{NOTEBOOKS / wanted[2]}"
top = 1
[agreements]
notebook = "{NOTEBOOKS / wanted[3]}"
[[extra]]
kind = "check"
name = "fails"
notebook = "{FIXTURE_NOTEBOOKS / 'fails.ipynb'}"
""", encoding="utf-8")
    out = root / "out"
    result = reports.build_reports([corpus], out=out, config=config, jobs=2, pdf=True,
                                   progress=False)
    return {"out": out, "result": result, "root": root}


def test_every_kind_is_built_and_printed(site):
    result, out = site["result"], site["out"]
    assert list(result.failed) == ["check-fails"], result.summary()
    kinds = {name.split("-")[0] for name in result.built}
    assert kinds == set(KINDS), result.built
    for name in result.built:
        pdf = out / f"{name}.pdf"
        assert pdf.is_file() and pdf.read_bytes()[:5] == b"%PDF-", name
    assert sorted(result.pdfs) == sorted(result.built)


def pages(site) -> list[Path]:
    out = site["out"]
    built = sorted(site["result"].built)
    return [out / "index.html"] + [out / f"{name}.html" for name in built]


def test_pages_reference_nothing_outside_themselves(site):
    for page in pages(site):
        text = page.read_text(encoding="utf-8")
        assert not RESOURCE.search(text), (page.name, RESOURCE.search(text))
        assert "<script>alert(1)" not in text, page.name          # article markup escaped


@pytest.mark.parametrize("which", ["index", *KINDS])
def test_chromium_renders_without_errors_or_requests(site, which, tmp_path):
    out = site["out"]
    if which == "index":
        page = out / "index.html"
    else:
        page = next(p for p in pages(site)[1:] if p.stem.split("-")[0] == which)
    shot, netlog = tmp_path / f"{which}.png", tmp_path / "net.json"
    proc = chromium("--window-size=1280,1600", f"--screenshot={shot}", f"--log-net-log={netlog}",
                    page.as_uri(), profile=tmp_path / "profile")
    assert shot.is_file(), proc.stderr[-2000:]
    console = [line for line in proc.stderr.splitlines() if CONSOLE.search(line)]
    assert console == [], console
    assert page_requests(netlog) == []
    assert_not_blank(shot)
    keep = site["root"] / "screenshots"                  # left for a human to look at
    keep.mkdir(exist_ok=True)
    (keep / shot.name).write_bytes(shot.read_bytes())


@pytest.mark.parametrize("which", ["index", "overview"])
def test_no_script_runs_but_our_own(site, which, tmp_path):
    page = site["out"] / ("index.html" if which == "index" else "overview.html")
    proc = chromium("--dump-dom", page.as_uri(), profile=tmp_path / "profile")
    dom = proc.stdout
    assert "</html>" in dom
    assert dom.lower().count("<script") == (1 if which == "index" else 0)
    if which == "index":
        assert 'data-filter="actor"' in dom


def test_page_requests_are_detected(tmp_path):
    """The checker itself: a page that fetches from a CDN is caught."""
    bad = tmp_path / "bad.html"
    bad.write_text('<!DOCTYPE html><html><head><link rel="stylesheet" href="https://cdn.invalid/x.css">'
                   '</head><body><p>x</p><script>console.error("oops")</script></body></html>',
                   encoding="utf-8")
    netlog = tmp_path / "net.json"
    proc = chromium("--dump-dom", f"--log-net-log={netlog}", bad.as_uri(), profile=tmp_path / "p")
    assert page_requests(netlog) == ["https://cdn.invalid/x.css"]
    assert any("oops" in line for line in proc.stderr.splitlines() if CONSOLE.search(line))
    assert RESOURCE.search(bad.read_text(encoding="utf-8"))
