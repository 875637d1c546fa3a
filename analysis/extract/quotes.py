"""Quotes: quoted speech with its speaker."""
from __future__ import annotations

from ..records import Article, Country, Organization, Person, Quote


def extract_quotes(article: Article, persons: list[Person], organizations: list[Organization],
                   countries: list[Country]) -> list[Quote]:
    return []  # placeholder until the quote extractor lands
