"""Countries: ISO 3166-1 alpha-3 codes from names, demonyms, short forms and capitals."""
from __future__ import annotations

from ..records import Article, Country


def extract_countries(article: Article) -> list[Country]:
    return []  # placeholder until the country extractor lands
