"""Agreements: statements of agreement, commitment, appeal, discussion or failure."""
from __future__ import annotations

from ..records import Agreement, Article, Country, Organization, Person, Quote


def extract_agreements(article: Article, persons: list[Person], countries: list[Country],
                       organizations: list[Organization], quotes: list[Quote]) -> list[Agreement]:
    return []  # placeholder until the agreement extractor lands
