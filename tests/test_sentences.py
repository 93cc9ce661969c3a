"""The sentence index behind Token.sent and Span.sent gives what spaCy's own scan gives."""

from __future__ import annotations

import pickle

TEXT = (
    "DAMASCUS, Sept 24 (Reuters) - Syria and Israel held a third round of talks in Paris on Monday. "
    "Israeli troops moved into the buffer zone overnight, residents said.\n\n"
    "Damascus has refrained from retaliating. Officials in Amman said the talks would resume next week."
)


def _scanned(doc, index: int) -> tuple[int, int]:
    """The sentence around token ``index``, read from the sentence starts one token at a time."""
    start = index
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    end = index + 1
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
    return start, end


def test_pipeline_installs_the_index_after_the_last_parse_repair(nlp):
    names = nlp.pipe_names
    assert names.index("newsift_sentences") == names.index("newsift_complements") + 1
    doc = nlp(TEXT)
    assert "sent" in doc.user_token_hooks and "sent" in doc.user_span_hooks


def test_every_token_gets_the_sentence_the_boundaries_give(nlp):
    doc = nlp(TEXT)
    assert len(list(doc.sents)) >= 4
    for token in doc:
        sentence = token.sent
        assert (sentence.start, sentence.end) == _scanned(doc, token.i), token.text
        assert sentence.doc is doc


def test_a_span_gets_the_sentence_it_starts_in(nlp):
    doc = nlp(TEXT)
    start = next(token.i for token in doc if token.text == "buffer")
    span = doc[start : start + 2]
    assert span.sent.text.startswith("Israeli troops moved into the buffer zone")
    crossing = doc[start : len(doc)]
    assert crossing.sent.start == span.sent.start


def test_a_copy_and_a_pickled_doc_read_their_own_sentences(nlp):
    doc = nlp(TEXT)
    first = doc[3].sent  # read before copying, so the shared index has seen the original
    copy = doc.copy()
    assert copy[3].sent.doc is copy
    assert (copy[3].sent.start, copy[3].sent.end) == (first.start, first.end)
    restored = pickle.loads(pickle.dumps(doc))
    last = restored[len(restored) - 2]
    assert last.sent.doc is restored
    assert last.sent.text.startswith("Officials in Amman said")
