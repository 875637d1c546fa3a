"""Topics: one to four GUIDELINES labels per article from reviewable keyword lists."""
from __future__ import annotations

from ..records import Article, Topic


def classify_topics(article: Article) -> list[Topic]:
    return []  # placeholder until the topic classifier lands
