"""Readers per format, decoding, and the manifest (placeholder: the loader lands next)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .records import Article, ManifestEntry


@dataclass
class LoadResult:
    articles: list[Article] = field(default_factory=list)
    manifest: list[ManifestEntry] = field(default_factory=list)


def load_articles(paths: Iterable[Path], *, progress: bool = False) -> LoadResult:
    raise NotImplementedError
