"""A sentence index for the extractors, installed as spaCy's ``sent`` hooks.

spaCy answers ``Token.sent`` by checking the whole Doc's annotation and scanning token by token
for the boundaries, and builds two new spans each time. The extractors ask for a token's
sentence tens of thousands of times per hundred articles, which made it one of the coder's
largest single costs. The index reads the sentences once, after the last component that may move
boundaries (re-attaching heads resets them), and answers each question with a binary search.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc, Span, Token


class SentenceIndex:
    """The Doc's sentences, read on first use. A copy of the Doc (which shares its hooks) or an
    unpickled one gets a fresh reading: spans are views of one Doc and are never pickled."""

    __slots__ = ("_doc", "_starts", "_sentences")

    def __init__(self) -> None:
        self._doc: Doc | None = None
        self._starts: list[int] = []
        self._sentences: list[Span] = []

    def __reduce__(self) -> tuple:
        return (SentenceIndex, ())

    def _read(self, doc: Doc) -> None:
        if doc is not self._doc:
            self._sentences = list(doc.sents)
            self._starts = [sentence.start for sentence in self._sentences]
            self._doc = doc

    def of_token(self, token: Token) -> Span:
        self._read(token.doc)
        return self._sentences[bisect_right(self._starts, token.i) - 1]

    def of_span(self, span: Span) -> Span:
        """The sentence the span starts in, as spaCy's ``Span.sent`` gives it."""
        self._read(span.doc)
        return self._sentences[bisect_right(self._starts, span.start) - 1]


def index_sentences(doc: Doc) -> Doc:
    if len(doc) and doc.has_annotation("SENT_START"):
        index = SentenceIndex()
        doc.user_token_hooks["sent"] = index.of_token
        doc.user_span_hooks["sent"] = index.of_span
    return doc


@Language.component("newsift_sentences", requires=["token.is_sent_start"])
def sentence_index_component(doc: Doc) -> Doc:
    return index_sentences(doc)
