"""The per-article work every engine runs: analyse a chunk of articles, report failures."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Iterator, Sequence

from newsift.model import Analysis, Article


@dataclass(slots=True)
class Knowledge:
    """User knowledge files layered over the built-in ones (--kb, --events, --framing)."""

    kb: tuple[str, ...] = ()
    events: tuple[str, ...] = ()
    framing: tuple[str, ...] = ()


@dataclass(slots=True)
class ChunkResult:
    analyses: list[Analysis] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (input, reason)


def analyse_chunk(articles: Sequence[Article], knowledge: Knowledge) -> ChunkResult:
    """Analyse articles with the process's pipeline (built once per process and knowledge)."""
    from newsift.nlp import analyze_many, get_pipeline

    result = ChunkResult()

    def failed(article: Article, reason: str) -> None:
        result.failures.append((article.source or article.id, reason))

    nlp = get_pipeline(knowledge.kb, knowledge.events, knowledge.framing)
    result.analyses.extend(analyze_many(articles, nlp, on_failure=failed))
    return result


def chunked(articles: Iterator[Article], size: int) -> Iterator[list[Article]]:
    """Consecutive lists of ``size`` articles, read lazily."""
    while True:
        chunk = list(itertools.islice(articles, size))
        if not chunk:
            return
        yield chunk
