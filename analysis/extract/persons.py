"""Persons: named people with their role and the state they act for."""
from __future__ import annotations

from ..records import Article, Country, Organization, Person


def extract_persons(article: Article, countries: list[Country],
                    organizations: list[Organization]) -> list[Person]:
    return []  # placeholder until the person extractor lands
