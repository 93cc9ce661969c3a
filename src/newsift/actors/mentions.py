"""What the actor extractor knows about one article while it works through it."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsift.actors.kb import KnowledgeBase
from newsift.actors.normalize import name_key
from newsift.actors.schema import KBActor


@dataclass(slots=True)
class Found:
    """A stretch of text that refers to an actor, and how it was recognised."""

    start: int
    end: int
    actor: str
    kind: str


@dataclass(slots=True)
class Unresolved:
    """An actor spaCy's NER found that the KB does not know."""

    id: str
    name: str
    type: str


@dataclass(slots=True)
class ArticleActors:
    doc: Doc
    kb: KnowledgeBase
    day: dt.date | None
    found: list[Found] = field(default_factory=list)
    unresolved: dict[str, Unresolved] = field(default_factory=dict)
    text: str = ""  # doc.text, which spaCy rebuilds on every access

    def __post_init__(self) -> None:
        self.text = self.doc.text

    def add(self, item: Found) -> None:
        bisect.insort(self.found, item, key=lambda found: found.start)

    def remove(self, item: Found) -> None:
        self.found.remove(item)

    def covering(self, start: int, end: int) -> Found | None:
        """The mention overlapping [start, end), if any."""
        index = bisect.bisect_right(self.found, start, key=lambda found: found.start)
        # Mentions never overlap, so only the neighbours of the insertion point can.
        for candidate in self.found[max(0, index - 1) : index + 1]:
            if candidate.start < end and start < candidate.end:
                return candidate
        return None

    def token_mention(self, token: Token) -> Found | None:
        return self.covering(token.idx, token.idx + len(token.text))

    def actor(self, actor_id: str) -> KBActor | None:
        return self.kb.get(actor_id)

    def type_of(self, actor_id: str) -> str:
        known = self.kb.get(actor_id)
        if known is not None:
            return known.type
        unresolved = self.unresolved.get(actor_id)
        return unresolved.type if unresolved else "other"

    def before(self, position: int, sentences: int = 3) -> list[Found]:
        """Mentions that end before ``position``, nearest first, within a few sentences."""
        first_sentence = self.sentence_index(position) - sentences
        earlier = [found for found in self.found if found.end <= position and self.sentence_index(found.start) >= first_sentence]
        return sorted(earlier, key=lambda found: found.start, reverse=True)

    def sentence_index(self, char: int) -> int:
        starts = self._sentence_starts()
        return bisect.bisect_right(starts, char) - 1

    def _sentence_starts(self) -> list[int]:
        cached = self.doc.user_data.get("newsift_sentence_starts")
        if cached is None:
            cached = [sentence.start_char for sentence in self.doc.sents]
            self.doc.user_data["newsift_sentence_starts"] = cached
        return cached

    def span_of(self, start: int, end: int) -> Span | None:
        return self.doc.char_span(start, end, alignment_mode="expand")

    def unresolved_actor(self, text: str, actor_type: str) -> str:
        """The id for an unknown actor; the same spelling maps to the same id in an article."""
        slug = re.sub(r"[^a-z0-9]+", "-", name_key(text)).strip("-") or "unnamed"
        actor_id = f"x-{slug}"
        self.unresolved.setdefault(actor_id, Unresolved(actor_id, text, actor_type))
        return actor_id
