"""Typed records passed between the layers.

Every record is a frozen dataclass, so it pickles to a process pool or a Dask worker and
cannot be changed behind a caller's back. Every extracted record keeps the character span
(``start``/``end`` into ``Article.text``) it came from, so any number in a report can be
traced back to sentences.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

Status = Literal["agreed", "planned", "called_for", "discussed", "failed"]
STATUSES: tuple[str, ...] = ("agreed", "planned", "called_for", "discussed", "failed")

#: Topic labels of ../shared/gold/GUIDELINES.md, in its order.
TOPIC_LABELS: tuple[str, ...] = (
    "diplomacy", "security", "territorial_dispute", "trade", "sanctions", "energy",
    "infrastructure", "economy", "domestic_politics", "human_rights", "environment",
    "health", "science_technology", "culture_society",
)

ManifestStatus = Literal["loaded", "duplicate", "rejected"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of an article: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str
    paragraph: int = 0


@dataclass(frozen=True, slots=True)
class Article:
    """One loaded article. ``text`` is the body (dateline and header lines removed);
    paragraphs are separated by a blank line in ``text``."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None          # ISO 8601 (YYYY-MM-DD) or None
    source: str | None = None        # publication or agency ("EIR", "Wikinews")
    agency: str | None = None        # an agency credited in the dateline of another source's record
    dateline: str | None = None      # place named in the dateline ("MOSCOW")
    url: str | None = None
    byline: str | None = None        # author(s) named in a byline (never actors)
    paragraphs: tuple[str, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    word_count: int = 0
    content_hash: str = ""
    path: str | None = None          # where it was read from
    line: int | None = None          # JSON line / CSV row number (1-based), if any
    warnings: tuple[str, ...] = ()   # e.g. "invalid date '31/02/2019' ignored"


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    """What became of one input (file, JSON line, CSV row)."""

    path: str
    status: ManifestStatus
    line: int | None = None
    reason: str | None = None
    id: str | None = None
    duplicate_of: str | None = None

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Mention:
    """One place in the text where an entity is named or referred to."""

    start: int
    end: int
    text: str
    sentence: int            # index into Article.sentences


@dataclass(frozen=True, slots=True)
class Person:
    name: str                # fullest name the article gives ("Shinzo Abe")
    role: str | None         # title or office as written ("Prime Minister")
    country: str | None      # ISO 3166-1 alpha-3 of the state they act for
    mentions: tuple[Mention, ...] = ()
    key: str = ""            # slug of the canonical name ("shinzo-abe")


@dataclass(frozen=True, slots=True)
class Country:
    code: str                # ISO 3166-1 alpha-3 ("XKX" for Kosovo by convention)
    name: str                # short English name ("Russia")
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class Organization:
    name: str                # full name ("United Nations Security Council")
    acronym: str | None = None
    kind: str | None = None  # "international", "government", "party", "media", "company", ...
    country: str | None = None
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    text: str                # quoted words, without the marks
    start: int               # span of the quoted words in Article.text
    end: int
    sentence: int            # index of the sentence holding the quote's start
    speaker: str | None      # person's fullest name, organisation or country name
    speaker_kind: str | None = None   # "person" | "organization" | "country" | "unnamed" (a description: "senior official") | None
    speaker_key: str | None = None    # Person.key / org name / ISO code
    cue: str | None = None   # reporting verb or phrase ("told journalists", "according to")


@dataclass(frozen=True, slots=True)
class Agreement:
    evidence: str            # the sentence or clause, copied exactly
    start: int
    end: int
    status: Status
    parties: tuple[str, ...] = ()     # ISO codes, or organisation names where no state is
    targets: tuple[str, ...] = ()     # the state called on or acted upon
    what: str | None = None           # the thing agreed (verb phrase or clause)
    topics: tuple[str, ...] = ()
    when: str | None = None           # ISO date or "start/end" range resolved against the article date
    cue: str | None = None            # the trigger ("agreed to", "called for")
    reported_by: str | None = None    # who reported it, for reported speech
    sentence: int = 0


@dataclass(frozen=True, slots=True)
class Topic:
    label: str               # one of TOPIC_LABELS
    score: float
    terms: tuple[str, ...] = ()   # the keywords and phrases that triggered it


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article."""

    article_id: str
    persons: tuple[Person, ...] = ()
    countries: tuple[Country, ...] = ()
    organizations: tuple[Organization, ...] = ()
    quotes: tuple[Quote, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    topics: tuple[Topic, ...] = ()
    warnings: tuple[str, ...] = field(default=())
