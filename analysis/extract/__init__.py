"""Extraction: pure functions of an article returning typed records.

The order matters: countries first (demonyms and capitals), then organisations, then
persons (whose country comes from demonyms and organisations), then quotes (speakers are
persons or organisations), then agreements (parties are states or organisations through
persons), and topics. Nothing here imports pandas or the corpus and report layers.
"""
from __future__ import annotations

from ..records import Article, Extraction
from .agreements import extract_agreements
from .countries import extract_countries
from .organizations import extract_organizations
from .persons import extract_persons
from .quotes import extract_quotes
from .topics import classify_topics

__all__ = ["extract_article", "export_record"]


def extract_article(article: Article) -> Extraction:
    """Run every extractor on one article."""
    countries = extract_countries(article)
    organizations = extract_organizations(article, countries)
    persons = extract_persons(article, countries, organizations)
    quotes = extract_quotes(article, persons, organizations, countries)
    agreements = extract_agreements(article, persons, countries, organizations, quotes)
    topics = classify_topics(article)
    return Extraction(
        article_id=article.id,
        persons=tuple(persons),
        countries=tuple(countries),
        organizations=tuple(organizations),
        quotes=tuple(quotes),
        agreements=tuple(agreements),
        topics=tuple(topics),
    )


def export_record(article: Article, extraction: Extraction) -> dict:
    """The export contract of DESIGN.md: one JSON object per article."""
    return {
        "id": article.id,
        "title": article.title,
        "date": article.date,
        "source": article.source,
        "persons": [{"name": p.name, "role": p.role, "country": p.country} for p in extraction.persons],
        "countries": [c.code for c in extraction.countries],
        "organizations": [o.name for o in extraction.organizations],
        "quotes": [{"speaker": q.speaker, "text": q.text} for q in extraction.quotes],
        "agreements": [
            {"evidence": a.evidence, "status": a.status, "parties": list(a.parties),
             "targets": list(a.targets), "what": a.what, "when": a.when}
            for a in extraction.agreements
        ],
        "topics": [t.label for t in extraction.topics],
    }
