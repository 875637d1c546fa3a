"""The tables of a corpus as plain lists per column, without pandas.

:data:`TABLES` names the tables, :data:`COLUMNS` their columns; :func:`table_columns`
turns articles and their extractions into those lists. The store's workers write them to
Arrow directly (``engine``); ``corpus`` makes DataFrames of them. Nothing here imports
pandas, so an ingest that extracts a few files does not pay for it.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Sequence

from .records import Article, Extraction

TABLES = ("articles", "manifest", "sentences", "persons", "mentions", "countries",
          "organizations", "quotes", "agreements", "topics")


_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str, *, max_length: int = 80) -> str:
    """ASCII, lower-case, dash-separated; safe as a file name ("Recep Tayyip Erdoğan" ->
    "recep-tayyip-erdogan"). Never empty, never a path."""
    ascii_text = text if text.isascii() else unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = _NON_SLUG.sub("-", ascii_text.lower()).strip("-")[:max_length].strip("-")
    return slug or "unnamed"


_slug = lru_cache(maxsize=65536)(slugify)


def table_columns(articles: Sequence[Article], extractions: Sequence[Extraction]
                  ) -> tuple[dict[str, dict[str, list]], dict[str, list[int]]]:
    """The tables of :func:`tables_from` as lists per column (in ``COLUMNS`` order), and per
    table the index of the article (or extraction) each row comes from."""
    tables = {name: {c: [] for c in COLUMNS[name]} for name in COLUMNS if name != "manifest"}
    rows: dict[str, list[int]] = {name: [] for name in tables}

    t = tables["articles"]
    t["id"].extend(a.id for a in articles)
    t["title"].extend(a.title for a in articles)
    t["date"].extend(a.date for a in articles)
    t["source"].extend(a.source for a in articles)
    t["dateline"].extend(a.dateline for a in articles)
    t["url"].extend(a.url for a in articles)
    t["byline"].extend(a.byline for a in articles)
    t["text"].extend(a.text for a in articles)
    t["paragraphs"].extend(len(a.paragraphs) for a in articles)
    t["sentences"].extend(len(a.sentences) for a in articles)
    t["word_count"].extend(a.word_count for a in articles)
    t["content_hash"].extend(a.content_hash for a in articles)
    t["path"].extend(a.path for a in articles)
    t["line"].extend(a.line for a in articles)
    t["warnings"].extend("; ".join(a.warnings) or None for a in articles)
    rows["articles"].extend(range(len(articles)))

    # sentences (most rows) column by column
    all_sentences = [s for a in articles for s in a.sentences]
    if all_sentences:
        t = tables["sentences"]
        t["article_id"] = [a.id for a in articles for _ in a.sentences]
        t["sentence"] = [k for a in articles for k in range(len(a.sentences))]
        t["paragraph"] = [s.paragraph for s in all_sentences]
        t["start"] = [s.start for s in all_sentences]
        t["end"] = [s.end for s in all_sentences]
        t["text"] = [s.text for s in all_sentences]
        rows["sentences"] = [i for i, a in enumerate(articles) for _ in a.sentences]

    # the other tables as row tuples (in COLUMNS order), turned into columns at the end
    tuples: dict[str, list[tuple]] = {name: [] for name in tables
                                      if name not in ("articles", "sentences")}
    persons, mentions = tuples["persons"], tuples["mentions"]
    countries, orgs = tuples["countries"], tuples["organizations"]
    quotes, agreements, topics = tuples["quotes"], tuples["agreements"], tuples["topics"]

    none3 = (None, None, None)
    for i, x in enumerate(extractions):
        aid = x.article_id
        for p in x.persons:
            actor = p.key or _slug(p.name)
            ms = p.mentions
            m = ms[0] if ms else None
            persons.append((aid, actor, p.name, p.role, p.country, len(ms),
                            *((m.start, m.end, m.sentence) if m else none3)))
            mentions.extend([(aid, actor, m.text, m.start, m.end, m.sentence) for m in ms])
            rows["mentions"].extend([i] * len(ms))
        rows["persons"].extend([i] * len(x.persons))
        for c in x.countries:
            ms = c.mentions
            m = ms[0] if ms else None
            countries.append((aid, c.code, c.name, len(ms),
                              *((m.start, m.end, m.sentence) if m else none3)))
        rows["countries"].extend([i] * len(x.countries))
        for o in x.organizations:
            ms = o.mentions
            m = ms[0] if ms else None
            orgs.append((aid, _slug(o.name), o.name, o.acronym, o.kind, o.country, len(ms),
                         *((m.start, m.end, m.sentence) if m else none3)))
        rows["organizations"].extend([i] * len(x.organizations))
        quotes.extend([(aid, q.speaker, q.speaker_kind, q.speaker_key, q.text, q.start, q.end,
                        q.sentence, q.cue) for q in x.quotes])
        rows["quotes"].extend([i] * len(x.quotes))
        agreements.extend([(aid, f"{aid}#{k}", g.status, list(g.parties), list(g.targets), g.what,
                            list(g.topics), g.when, g.cue, g.reported_by, g.evidence, g.start,
                            g.end, g.sentence) for k, g in enumerate(x.agreements)])
        rows["agreements"].extend([i] * len(x.agreements))
        topics.extend([(aid, tp.label, tp.score, list(tp.terms)) for tp in x.topics])
        rows["topics"].extend([i] * len(x.topics))
    for name, table_rows in tuples.items():
        if table_rows:
            tables[name] = dict(zip(COLUMNS[name], map(list, zip(*table_rows))))
    return tables, rows


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
