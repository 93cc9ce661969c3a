"""Sentence starts the parser should respect: line breaks and the end of a dateline.

News text puts a headline on its own line without a full stop, and a dateline
("DAMASCUS (Dispatches) –") before the first sentence; left alone, the small
model parses the headline, the dateline and the first sentence as one, and loses
the first sentence's subject.  This component runs before the parser and marks
those boundaries; everything else is left to the parser.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsift.doc_extensions import article_of


# Dotted abbreviations the small model takes for a sentence end ("The U.S. | State Department
# condemned …"), and the words that continue the name they start.
_DOTTED = {"U.S.", "U.N.", "U.K.", "E.U."}
_NAME_GOES_ON = {
    "state", "secretary", "secretary-general", "security", "ambassador", "president", "envoy", "special", "treasury",
    "army", "navy", "air", "forces", "military", "officials", "official", "embassy", "department", "commerce", "trade",
    "defense", "defence", "senate", "congress", "house", "general", "human", "refugee", "peacekeeping", "mission",
    "representative", "central", "command", "troops", "soldiers", "marines", "coast", "justice", "attorney", "health",
    "food", "children's", "development", "envoys", "investigators", "experts", "agency", "agencies", "aid", "relief",
}  # fmt: skip


@Language.component("newsift_segmenter")
def segment(doc: Doc) -> Doc:
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if token.is_space:
            continue
        if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
        elif previous.text in _DOTTED and token.lower_ in _NAME_GOES_ON and token.text[:1].isupper():
            token.is_sent_start = False
    article = article_of(doc)
    dateline = article.dateline if article is not None else None
    if dateline is None:  # a bare nlp(text) or a hand-made Article: look, as ingest would
        from newsift.ingest.dateline import find_dateline

        dateline = find_dateline(article.text if article is not None else doc.text, article.published if article is not None else None)
    if dateline is not None:
        inside = doc.char_span(dateline.start, dateline.end, alignment_mode="expand")
        if inside is not None:
            for token in inside[1:]:
                token.is_sent_start = False
            after = inside.end
            while after < len(doc) and doc[after].is_space:
                after += 1
            if after < len(doc):
                doc[after].is_sent_start = True
                # ("BAKU – Azerbaijan and Armenia initialled…": the parser may cut the first word off
                # into a sentence of its own; no sentence after a dateline is a word or two long)
                for token in doc[after + 1 : after + 3]:
                    if token.is_space or "\n" in doc[token.i - 1].whitespace_ or doc[token.i - 1].text in (".", "!", "?"):
                        break
                    token.is_sent_start = False
    return doc
