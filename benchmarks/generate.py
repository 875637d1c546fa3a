"""Generate a synthetic corpus of N articles of realistic shape and vocabulary.

Sentences come from the project's sample corpus (data/raw) and, when present, the
reference corpus in ../shared/corpus; they are read at run time and never stored in the
repository. Each generated article takes the paragraph shape of a random source article and
fills it with sentences drawn from the whole pool, so no two articles are alike; given names
(analysis/resources/given_names.txt) and country names (country_aliases.tsv) in the sentences
are swapped at random, and every article gets its own id, title and date. Most articles are
written as EIR-style or Wikinews-style .txt files, a tenth as .jsonl feeds of 100 lines::

    python benchmarks/generate.py /tmp/corpus -n 10000
"""
from __future__ import annotations

import argparse
import importlib.util
import datetime as dt
import json
import random
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if importlib.util.find_spec("analysis") is None:   # not installed: use the checkout
    sys.path.insert(0, str(ROOT))

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PER_DIR = 1000      # files per sub-folder
PER_FEED = 100      # articles per .jsonl file


@dataclass
class Pool:
    sentences: list[list[tuple[str, str]]]   # segments: ("", text) literal, ("G"|"C", word) slot
    shapes: list[list[int]]                  # sentences per paragraph of each source article
    given: list[str]
    countries: list[str]
    sources: list[str]

    @property
    def size(self) -> int:
        return len(self.sentences)


def source_paths(use_shared: bool = True) -> list[Path]:
    from analysis.paths import RAW, SHARED

    paths = [RAW] if RAW.is_dir() else []
    if use_shared and (SHARED / "corpus").is_dir():
        paths.append(SHARED / "corpus")
    return paths


def build_pool(paths: list[Path] | None = None) -> Pool:
    """Read the source articles once and cut them into sentence templates."""
    from analysis.load import load_articles
    from analysis.text import load_lines, load_table

    paths = paths if paths is not None else source_paths()
    if not paths:
        raise SystemExit("no source corpus: data/raw is empty and ../shared/corpus is absent")
    result = load_articles(paths)
    given = sorted({g for g in load_lines("given_names.txt") if g.isalpha() and len(g) > 2})
    countries = sorted({r["alias"] for r in load_table("country_aliases.tsv")
                        if r.get("kind") in ("name", "short") and r.get("code") not in ("", "-")
                        and r["alias"][:1].isupper() and "." not in r["alias"]})
    slot = re.compile(r"\b(%s)\b" % "|".join(
        re.escape(w) for w in sorted(set(given) | set(countries), key=len, reverse=True)))
    given_set = set(given)
    sentences, shapes = [], []
    for article in result.articles:
        shape: dict[int, int] = {}
        for s in article.sentences:
            shape[s.paragraph] = shape.get(s.paragraph, 0) + 1
            segments, pos = [], 0
            for m in slot.finditer(s.text):
                segments.append(("", s.text[pos:m.start()]))
                segments.append(("G" if m.group(1) in given_set else "C", m.group(1)))
                pos = m.end()
            segments.append(("", s.text[pos:]))
            sentences.append(segments)
        if shape:
            shapes.append([shape[k] for k in sorted(shape)])
    return Pool(sentences, shapes, given, countries, [str(p) for p in paths])


def _fill(segments, rng: random.Random, pool: Pool, swap: bool) -> str:
    out = []
    for kind, text in segments:
        if kind and swap and rng.random() < 0.5:
            text = rng.choice(pool.given if kind == "G" else pool.countries)
        out.append(text)
    return "".join(out)


def make_article(k: int, rng: random.Random, pool: Pool) -> dict:
    shape = rng.choice(pool.shapes)
    if len(shape) > 14:
        shape = shape[:14]
    paragraphs = []
    for n in shape:
        n = max(1, min(n, 5))
        paragraphs.append(" ".join(_fill(rng.choice(pool.sentences), rng, pool, swap=True)
                                   for _ in range(n)))
    title_words = _fill(rng.choice(pool.sentences), rng, pool, swap=True).split()[:rng.randint(5, 10)]
    title = " ".join(w.strip("\"“”,.;:") for w in title_words).strip() or f"Item {k}"
    date = dt.date(2012, 1, 1) + dt.timedelta(days=rng.randrange(15 * 365))
    return {"id": f"gen-{k:07d}", "title": title[:1].upper() + title[1:], "date": date.isoformat(),
            "paragraphs": paragraphs, "_date": date}


def eir_text(a: dict) -> str:
    d = a["_date"]
    first = f"{MONTHS[d.month - 1]} {d.day}, {d.year} (EIRNS)—{a['paragraphs'][0]}"
    return "\n\n".join([a["title"], first, *a["paragraphs"][1:]]) + "\n"


def wikinews_text(a: dict) -> str:
    d = a["_date"]
    line = f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}"
    return "\n\n".join([a["title"], line, *a["paragraphs"]]) + "\n"


def generate(out: Path, n: int, *, seed: int = 7, start: int = 0, pool: Pool | None = None,
             jsonl_share: float = 0.1, prefix: str = "part") -> dict:
    """Write articles ``start .. start+n-1`` under ``out``; returns counts."""
    pool = pool or build_pool()
    rng = random.Random(seed * 1_000_003 + start)
    out.mkdir(parents=True, exist_ok=True)
    words = files = 0
    feed: list[dict] = []
    feeds = 0

    def flush():
        nonlocal feeds, files, feed
        if feed:
            d = out / f"{prefix}-feeds"
            d.mkdir(exist_ok=True)
            path = d / f"feed-{start:07d}-{feeds:05d}.jsonl"
            path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in feed), encoding="utf-8")
            feeds += 1
            files += 1
            feed = []

    for k in range(start, start + n):
        a = make_article(k, rng, pool)
        words += sum(len(p.split()) for p in a["paragraphs"])
        r = rng.random()
        if r < jsonl_share:
            feed.append({"id": a["id"], "title": a["title"], "date": a["date"], "source": "Meridian Wire",
                         "text": "\n\n".join(a["paragraphs"])})
            if len(feed) >= PER_FEED:
                flush()
            continue
        d = out / f"{prefix}-{k // PER_DIR:04d}"
        d.mkdir(exist_ok=True)
        text = eir_text(a) if r < 0.75 else wikinews_text(a)
        (d / f"{a['id']}.txt").write_text(text, encoding="utf-8")
        files += 1
    flush()
    return {"articles": n, "files": files, "words": words, "words_per_article": words / max(1, n)}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("out", type=Path, help="output folder")
    p.add_argument("-n", type=int, default=1000, help="number of articles")
    p.add_argument("--start", type=int, default=0, help="first article number (for extra files)")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--no-shared", action="store_true", help="use data/raw only")
    args = p.parse_args(argv)
    t = time.perf_counter()
    pool = build_pool(source_paths(not args.no_shared))
    stats = generate(args.out, args.n, seed=args.seed, start=args.start, pool=pool)
    print(f"{stats['articles']} articles in {stats['files']} files ({stats['words_per_article']:.0f} words "
          f"each on average) from a pool of {pool.size} sentences -> {args.out} "
          f"in {time.perf_counter() - t:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
