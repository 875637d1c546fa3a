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
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import pandas as pd

from .errors import InputError
from .records import Article, Extraction, ManifestEntry
from .tables import COLUMNS, TABLES, slugify, table_columns  # noqa: F401 - re-exported


# --------------------------------------------------------------------------- extraction

def __getattr__(name: str):
    # ``extract_article`` is imported on first use: readers of a store never extract.
    if name == "extract_article":
        from .extract import extract_article

        return extract_article
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _extractor():
    found = globals().get("extract_article")     # set when a test patches it
    if found is None:
        from .extract import extract_article as found
    return found


def _extract_chunk(articles: Sequence[Article]) -> list[Extraction]:
    extract_article = _extractor()
    return [extract_article(a) for a in articles]


def extract_all(articles: Sequence[Article], *, jobs: int = 1, progress: bool = False,
                chunk_size: int = 200) -> list[Extraction]:
    """Extract every article, in ``jobs`` processes when more than one."""
    from tqdm.auto import tqdm

    bar = tqdm(total=len(articles), unit="article", desc="extract", disable=not progress)
    extract_article = _extractor()
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

def tables_from(articles: Sequence[Article], extractions: Sequence[Extraction]) -> dict[str, pd.DataFrame]:
    """Build the per-kind tables (everything but the manifest) from records."""
    columns, rows = table_columns(articles, extractions)
    # (an empty table from empty lists would get float columns; from no rows, object ones)
    return {name: pd.DataFrame(columns[name] if rows[name] else [], columns=COLUMNS[name])
            for name in columns}


def manifest_frame(entries: Iterable[ManifestEntry]) -> pd.DataFrame:
    return pd.DataFrame([e.as_dict() for e in entries], columns=COLUMNS["manifest"])


def _remap(values: pd.Series, mapping: dict) -> pd.Series:
    """``values`` with the keys of ``mapping`` replaced (``Series.replace`` with a large dict
    is slow on Arrow-backed strings)."""
    if values.empty:
        return values
    mapped = values.map(mapping)
    return mapped.where(mapped.notna(), values).astype(values.dtype)


#: How many times more articles the fuller name a lone family name is tied to must have than
#: the other fuller names with that family name together (see resolve_actors).
DOMINANT = 5


def resolve_actors(persons: pd.DataFrame, mentions: pd.DataFrame, quotes: pd.DataFrame) -> None:
    """Give the same person one ``actor_id`` across the corpus (in place).

    An article that names someone only by family name ("Putin") is tied to the corpus'
    fuller name ending in that family name: the only one, or the one named in at least
    ``DOMINANT`` times as many articles as all the others together ("Trump" to "Donald
    Trump" rather than "Melania Trump" in an archive of his presidency: an article that
    never gives the full name is about the one everybody knows). Otherwise the
    per-article id stands.
    """
    if persons.empty:
        return
    names = persons[["actor_id", "name"]].drop_duplicates()
    pairs = list(zip(names["actor_id"].tolist(), names["name"].tolist()))
    articles = persons.groupby("actor_id", sort=False)["article_id"].nunique().to_dict()
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
            elif candidates:
                ranked = sorted(candidates, key=lambda a: (-articles.get(a, 0), a))
                rest = sum(articles.get(a, 0) for a in ranked[1:])
                if articles.get(ranked[0], 0) >= DOMINANT * rest:
                    mapping[actor_id] = ranked[0]
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
            self.__dict__.setdefault("_loaded", {})[name] = frame
            return frame
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def derived(self, name: str, tables: Sequence[str]) -> pd.DataFrame | None:
        """A frame computed from ``tables`` when the corpus was saved (see
        ``store.write_snapshot``), or None: when there is none, or when one of ``tables`` was
        replaced since it was read (the caller then computes it). Not a copy."""
        found = self.__dict__.get("_derived", {})
        if name not in found:
            return None
        loaders = self.__dict__.get("_loaders", {})
        loaded = self.__dict__.get("_loaded", {})
        for table in tables:
            if table not in loaders and (table not in loaded or self.__dict__.get(table) is not loaded[table]):
                return None
        value = found[name]
        if callable(value):
            value = found[name] = value()
        return value

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
        # the report build hands its kernels a read-optimised snapshot of the store
        snapshot = store.snapshot_for(paths[0])
        return store.read_snapshot(snapshot) if snapshot else store.read_store(paths[0])
    if len(paths) == 1 and store.is_snapshot(paths[0]):
        return store.read_snapshot(paths[0])
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
