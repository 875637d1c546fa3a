"""The corpus: articles and every extracted table as pandas DataFrames.

``load_corpus(path)`` reads files (any supported format) or a Parquet store written by
``dispatches ingest --store`` and returns a :class:`Corpus`. Tables (one row per ...):

- ``articles``: article (id, title, date, source, dateline, url, text, word_count, ...)
- ``manifest``: input (path, line, status loaded|duplicate|rejected, reason, id)
- ``sentences``: sentence (article_id, sentence, start, end, text)
- ``persons``: actor per article (actor_id, name, role, country, mentions, first span)
- ``mentions``: mention of a person (actor_id, start, end, sentence)
- ``countries``, ``organizations``: entity per article with mention count and first span
- ``quotes``: quote (speaker, speaker_id, text, start, end, sentence)
- ``agreements``: agreement record (status, parties, targets, what, when, evidence, span)
- ``topics``: topic label per article (label, score, terms)
"""
from __future__ import annotations

import os
import re
import unicodedata
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import pandas as pd

from .errors import InputError
from .extract import extract_article
from .records import Article, Extraction, ManifestEntry

TABLES = ("articles", "manifest", "sentences", "persons", "mentions", "countries",
          "organizations", "quotes", "agreements", "topics")


_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str, *, max_length: int = 80) -> str:
    """ASCII, lower-case, dash-separated; safe as a file name ("Recep Tayyip Erdoğan" ->
    "recep-tayyip-erdogan"). Never empty, never a path."""
    ascii_text = text if text.isascii() else unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = _NON_SLUG.sub("-", ascii_text.lower()).strip("-")[:max_length].strip("-")
    return slug or "unnamed"


# --------------------------------------------------------------------------- extraction

def _extract_chunk(articles: Sequence[Article]) -> list[Extraction]:
    return [extract_article(a) for a in articles]


def extract_all(articles: Sequence[Article], *, jobs: int = 1, progress: bool = False,
                chunk_size: int = 200) -> list[Extraction]:
    """Extract every article, in ``jobs`` processes when more than one."""
    from tqdm.auto import tqdm

    bar = tqdm(total=len(articles), unit="article", desc="extract", disable=not progress)
    results: list[Extraction] = []
    if jobs <= 1 or len(articles) <= chunk_size:
        for article in articles:
            results.append(extract_article(article))
            bar.update()
    else:
        chunks = [articles[i:i + chunk_size] for i in range(0, len(articles), chunk_size)]
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for chunk, out in zip(chunks, pool.map(_extract_chunk, chunks)):
                results.extend(out)
                bar.update(len(chunk))
    bar.close()
    return results


# --------------------------------------------------------------------------- tables

def _first(mentions) -> tuple:
    if not mentions:
        return (None, None, None)
    m = mentions[0]
    return (m.start, m.end, m.sentence)


def tables_from(articles: Sequence[Article], extractions: Sequence[Extraction]) -> dict[str, pd.DataFrame]:
    """Build the per-kind tables (everything but the manifest) from records."""
    rows: dict[str, list[dict]] = defaultdict(list)
    for a in articles:
        rows["articles"].append({
            "id": a.id, "title": a.title, "date": a.date, "source": a.source,
            "dateline": a.dateline, "url": a.url, "byline": a.byline, "text": a.text,
            "paragraphs": len(a.paragraphs), "sentences": len(a.sentences),
            "word_count": a.word_count, "content_hash": a.content_hash,
            "path": a.path, "line": a.line, "warnings": "; ".join(a.warnings) or None,
        })
        for i, s in enumerate(a.sentences):
            rows["sentences"].append({"article_id": a.id, "sentence": i, "paragraph": s.paragraph,
                                      "start": s.start, "end": s.end, "text": s.text})
    for x in extractions:
        aid = x.article_id
        for p in x.persons:
            start, end, sent = _first(p.mentions)
            rows["persons"].append({"article_id": aid, "actor_id": p.key or slugify(p.name),
                                    "name": p.name, "role": p.role, "country": p.country,
                                    "mentions": len(p.mentions), "start": start, "end": end,
                                    "sentence": sent})
            for m in p.mentions:
                rows["mentions"].append({"article_id": aid, "actor_id": p.key or slugify(p.name),
                                         "text": m.text, "start": m.start, "end": m.end,
                                         "sentence": m.sentence})
        for c in x.countries:
            start, end, sent = _first(c.mentions)
            rows["countries"].append({"article_id": aid, "code": c.code, "name": c.name,
                                      "mentions": len(c.mentions), "start": start, "end": end,
                                      "sentence": sent})
        for o in x.organizations:
            start, end, sent = _first(o.mentions)
            rows["organizations"].append({"article_id": aid, "org_id": slugify(o.name), "name": o.name,
                                          "acronym": o.acronym, "kind": o.kind, "country": o.country,
                                          "mentions": len(o.mentions), "start": start, "end": end,
                                          "sentence": sent})
        for q in x.quotes:
            rows["quotes"].append({"article_id": aid, "speaker": q.speaker,
                                   "speaker_kind": q.speaker_kind, "speaker_id": q.speaker_key,
                                   "text": q.text, "start": q.start, "end": q.end,
                                   "sentence": q.sentence, "cue": q.cue})
        for i, g in enumerate(x.agreements):
            rows["agreements"].append({"article_id": aid, "agreement_id": f"{aid}#{i}",
                                       "status": g.status, "parties": list(g.parties),
                                       "targets": list(g.targets), "what": g.what,
                                       "topics": list(g.topics), "when": g.when, "cue": g.cue,
                                       "reported_by": g.reported_by, "evidence": g.evidence,
                                       "start": g.start, "end": g.end, "sentence": g.sentence})
        for t in x.topics:
            rows["topics"].append({"article_id": aid, "label": t.label, "score": t.score,
                                   "terms": list(t.terms)})
    return {name: pd.DataFrame(rows[name], columns=COLUMNS[name]) for name in COLUMNS if name != "manifest"}


COLUMNS: dict[str, list[str]] = {
    "articles": ["id", "title", "date", "source", "dateline", "url", "byline", "text", "paragraphs",
                 "sentences", "word_count", "content_hash", "path", "line", "warnings"],
    "manifest": ["path", "line", "status", "reason", "id", "duplicate_of"],
    "sentences": ["article_id", "sentence", "paragraph", "start", "end", "text"],
    "persons": ["article_id", "actor_id", "name", "role", "country", "mentions", "start", "end", "sentence"],
    "mentions": ["article_id", "actor_id", "text", "start", "end", "sentence"],
    "countries": ["article_id", "code", "name", "mentions", "start", "end", "sentence"],
    "organizations": ["article_id", "org_id", "name", "acronym", "kind", "country", "mentions",
                      "start", "end", "sentence"],
    "quotes": ["article_id", "speaker", "speaker_kind", "speaker_id", "text", "start", "end",
               "sentence", "cue"],
    "agreements": ["article_id", "agreement_id", "status", "parties", "targets", "what", "topics",
                   "when", "cue", "reported_by", "evidence", "start", "end", "sentence"],
    "topics": ["article_id", "label", "score", "terms"],
}


def manifest_frame(entries: Iterable[ManifestEntry]) -> pd.DataFrame:
    return pd.DataFrame([e.as_dict() for e in entries], columns=COLUMNS["manifest"])


def _remap(values: pd.Series, mapping: dict) -> pd.Series:
    """``values`` with the keys of ``mapping`` replaced (``Series.replace`` with a large dict
    is slow on Arrow-backed strings)."""
    if values.empty:
        return values
    mapped = values.map(mapping)
    return mapped.where(mapped.notna(), values).astype(values.dtype)


def resolve_actors(persons: pd.DataFrame, mentions: pd.DataFrame, quotes: pd.DataFrame) -> None:
    """Give the same person one ``actor_id`` across the corpus (in place).

    An article that names someone only by family name ("Putin") or by a shorter form
    is tied to the corpus' single fuller name ending in that family name, when exactly
    one exists; otherwise the per-article id stands.
    """
    if persons.empty:
        return
    names = persons[["actor_id", "name"]].drop_duplicates()
    pairs = list(zip(names["actor_id"].tolist(), names["name"].tolist()))
    slugs: dict[str, str] = {}

    def slug(word: str) -> str:
        if word not in slugs:
            slugs[word] = slugify(word)
        return slugs[word]

    by_family: dict[str, set[str]] = defaultdict(set)
    for actor_id, name in pairs:
        tokens = name.split()
        if len(tokens) >= 2:
            by_family[slug(tokens[-1])].add(actor_id)
    mapping = {}
    for actor_id, name in pairs:
        tokens = name.split()
        if len(tokens) == 1:
            candidates = by_family.get(slug(tokens[0]), set())
            if len(candidates) == 1:
                mapping[actor_id] = next(iter(candidates))
    if mapping:
        persons["actor_id"] = _remap(persons["actor_id"], mapping)
        mentions["actor_id"] = _remap(mentions["actor_id"], mapping)
        quotes["speaker_id"] = _remap(quotes["speaker_id"], mapping)
    # The display name of an actor is its most common fullest form.
    full = persons.assign(_len=persons["name"].str.len()).sort_values("_len", ascending=False)
    canonical = full.groupby("actor_id")["name"].first()
    persons["name"] = persons["actor_id"].map(canonical)


# --------------------------------------------------------------------------- the Corpus

@dataclass
class Corpus:
    """Articles and extracted tables as pandas DataFrames (see the module docstring)."""

    articles: pd.DataFrame
    manifest: pd.DataFrame
    sentences: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=COLUMNS["sentences"]))
    persons: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=COLUMNS["persons"]))
    mentions: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=COLUMNS["mentions"]))
    countries: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=COLUMNS["countries"]))
    organizations: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=COLUMNS["organizations"]))
    quotes: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=COLUMNS["quotes"]))
    agreements: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=COLUMNS["agreements"]))
    topics: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=COLUMNS["topics"]))
    origin: str = ""

    def __getattr__(self, name: str):
        # Tables of a store are read on first use (see store.read_store): a report that never
        # looks at the sentences never pays for reading them.
        loaders = self.__dict__.get("_loaders")
        if loaders and name in loaders:
            frame = loaders.pop(name)()
            self.__dict__[name] = frame
            return frame
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __repr__(self) -> str:
        counts = ", ".join(f"{name}={len(getattr(self, name))}" for name in TABLES)
        return f"<Corpus {self.origin!r}: {counts}>"

    def table(self, name: str) -> pd.DataFrame:
        if name not in TABLES:
            raise KeyError(f"no table {name!r}; the tables are {', '.join(TABLES)}")
        return getattr(self, name)

    @property
    def rejections(self) -> pd.DataFrame:
        return self.manifest[self.manifest["status"] == "rejected"]

    def sentence(self, article_id: str, index: int) -> str:
        """The text of one sentence: the evidence behind any row with ``sentence``."""
        rows = self.sentences[(self.sentences["article_id"] == article_id)
                              & (self.sentences["sentence"] == index)]
        if rows.empty:
            raise KeyError(f"article {article_id!r} has no sentence {index}")
        return rows["text"].iloc[0]

    def evidence(self, rows: pd.DataFrame) -> pd.DataFrame:
        """Attach the sentence text (and article title and date) behind each row of a table
        that has ``article_id`` and ``sentence`` columns: from any chart to its sentences."""
        sent = self.sentences.rename(columns={"text": "sentence_text"})[
            ["article_id", "sentence", "sentence_text"]]
        arts = self.articles.rename(columns={"id": "article_id"})[["article_id", "title", "date"]]
        out = rows.merge(sent, on=["article_id", "sentence"], how="left")
        return out.merge(arts, on="article_id", how="left")

    def search(self, pattern: str, *, regex: bool = False, case: bool = False) -> pd.DataFrame:
        """Sentences matching ``pattern`` with their article's title and date."""
        hits = self.sentences[self.sentences["text"].str.contains(pattern, regex=regex, case=case, na=False)]
        return self.evidence(hits[["article_id", "sentence"]])


def build_corpus(articles: Sequence[Article], manifest: Iterable[ManifestEntry], *,
                 extract: bool = True, jobs: int = 1, progress: bool = False,
                 origin: str = "") -> Corpus:
    extractions = extract_all(articles, jobs=jobs, progress=progress) if extract else []
    tables = tables_from(articles, extractions)
    resolve_actors(tables["persons"], tables["mentions"], tables["quotes"])
    return Corpus(manifest=manifest_frame(manifest), origin=origin, **tables)


def load_corpus(paths: str | os.PathLike | Sequence[str | os.PathLike], *, extract: bool = True,
                jobs: int = 1, progress: bool = False) -> Corpus:
    """Load a corpus in one call.

    ``paths``: files or folders of articles (txt, html, json, jsonl, csv, and .gz of
    these), or a store folder written by ``dispatches ingest --store``. With
    ``extract=False`` only articles and manifest are filled.
    """
    from . import load, store

    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    paths = [Path(p) for p in paths]
    if len(paths) == 1 and store.is_store(paths[0]):
        return store.read_store(paths[0])
    result = load.load_articles(paths, progress=progress)
    origin = ", ".join(str(p) for p in paths)
    if not result.articles:
        raise InputError(
            f"no article could be read from {origin}: "
            + (f"{len(result.manifest)} input(s) rejected, e.g. {result.manifest[0].path}: "
               f"{result.manifest[0].reason}" if result.manifest else "no input files found")
        )
    return build_corpus(result.articles, result.manifest, extract=extract, jobs=jobs,
                        progress=progress, origin=origin)
