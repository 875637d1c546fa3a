"""dispatches: structured data and reports on actors, topics and agreements from news articles.

The public API a notebook needs::

    import analysis
    corpus = analysis.load_corpus(analysis.paths.RAW)   # files, folders or a store
    corpus.articles, corpus.persons, corpus.quotes, corpus.agreements, corpus.topics
"""
from __future__ import annotations

__version__ = "0.1.0"

from . import paths
from .errors import (ActorNotFound, DispatchesError, EvaluationError, InputError, ReportError,
                     ResourceError, StoreError)
from .records import (STATUSES, TOPIC_LABELS, Agreement, Article, Country, Extraction,
                      ManifestEntry, Mention, Organization, Person, Quote, Sentence, Topic)

__all__ = [
    "__version__", "paths", "Corpus", "load_corpus", "extract_article", "export_record",
    "DispatchesError", "InputError", "ResourceError", "StoreError", "ActorNotFound",
    "ReportError", "EvaluationError", "STATUSES", "TOPIC_LABELS", "Agreement", "Article",
    "Country", "Extraction", "ManifestEntry", "Mention", "Organization", "Person", "Quote",
    "Sentence", "Topic",
]


def __getattr__(name: str):
    # The corpus layer imports pandas (about a second); load it on first use so that the
    # command line and worker processes that only load or extract start fast. Likewise the
    # extractors (their patterns and word lists), which report kernels never use.
    if name in ("Corpus", "load_corpus"):
        from . import corpus

        return getattr(corpus, name)
    if name in ("export_record", "extract_article"):
        from . import extract

        return getattr(extract, name)
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")
