"""The ``Doc._`` attributes newsift components read and write, registered once on import."""

from __future__ import annotations

from spacy.tokens import Doc

# Set by newsift.nlp before the pipeline runs; components work without it (no article date).
ARTICLE = "newsift_article"

for _name in (ARTICLE, "newsift_actors"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def article_of(doc: Doc):
    """The :class:`newsift.model.Article` a Doc was made from, or None."""
    return doc._.get(ARTICLE)
