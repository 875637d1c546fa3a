"""Extraction: pure functions of an article returning typed records.

The order matters: countries first (demonyms and capitals), then organisations, then
persons (whose country comes from demonyms and organisations), then quotes (speakers are
persons or organisations), then agreements (parties are states or organisations through
persons), and topics. Nothing here imports pandas or the corpus and report layers.
"""
from __future__ import annotations

import logging
import signal
import threading

from ..records import Article, Extraction
from .agreements import extract_agreements
from .countries import extract_countries
from .organizations import extract_organizations
from .persons import extract_persons
from .quotes import extract_quotes
from .topics import classify_topics

__all__ = ["extract_article", "export_record"]


log = logging.getLogger(__name__)

#: Seconds one article may take before the extractor at work on it is stopped. An article
#: takes milliseconds; this is a safety net for a rule that loops on some unusual text, so
#: that it costs one table of one article, not the run. Applies in a process's main thread
#: (the local engine's workers and the command line); not in Dask's worker threads.
ARTICLE_TIME_LIMIT = 20.0


class ArticleTimeout(Exception):
    """An extractor ran past ARTICLE_TIME_LIMIT on one article."""


def _on_alarm(signum, frame):
    raise ArticleTimeout(f"it ran past the limit of {ARTICLE_TIME_LIMIT:g} s per article")


def _arm_timer() -> bool:
    """Start the per-article timer where a signal can stop the work: the main thread of a
    process whose alarm signal nothing else uses."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        return False
    handler = signal.getsignal(signal.SIGALRM)
    if handler is not _on_alarm:
        if handler not in (signal.SIG_DFL, None):
            return False                # (someone else's alarm: leave it alone)
        signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, ARTICLE_TIME_LIMIT)
    return True


def extract_article(article: Article) -> Extraction:
    """Run every extractor on one article. An extractor that fails on it (a bug the article
    brings out) or runs past ARTICLE_TIME_LIMIT leaves its table empty for this article, with
    a warning, and the others run: one bad article never stops a run."""
    armed = _arm_timer()
    try:
        return _extract(article)
    finally:
        if armed:
            signal.setitimer(signal.ITIMER_REAL, 0)


def _extract(article: Article) -> Extraction:
    warnings: list[str] = []

    def run(name, extractor, *args):
        try:
            return extractor(*args)
        except Exception as exc:  # noqa: BLE001 - reported, and the run goes on
            if isinstance(exc, ArticleTimeout):
                signal.setitimer(signal.ITIMER_REAL, 0)     # (the rest of the article runs unlimited)
            message = (f"{name} extraction failed on this article ({type(exc).__name__}: {exc}); "
                       f"its {name} are left empty; please report it")
            log.warning("%s: %s", article.id, message)
            warnings.append(message)
            return []

    countries = run("countries", extract_countries, article)
    organizations = run("organizations", extract_organizations, article, countries)
    persons = run("persons", extract_persons, article, countries, organizations)
    quotes = run("quotes", extract_quotes, article, persons, organizations, countries)
    agreements = run("agreements", extract_agreements, article, persons, countries, organizations, quotes)
    topics = run("topics", classify_topics, article)
    return Extraction(
        article_id=article.id,
        persons=tuple(persons),
        countries=tuple(countries),
        organizations=tuple(organizations),
        quotes=tuple(quotes),
        agreements=tuple(agreements),
        topics=tuple(topics),
        warnings=tuple(warnings),
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
