"""Organisations: named bodies, ministries, parties, media, companies; acronyms tied to expansions."""
from __future__ import annotations

from ..records import Article, Country, Organization


def extract_organizations(article: Article, countries: list[Country]) -> list[Organization]:
    return []  # placeholder until the organisation extractor lands
