"""The spaCy component ``newsift_actors``: ``nlp.add_pipe("newsift_actors")``.

It needs the parser and NER to have run.  Results: ``doc._.newsift_actors`` (a list
of :class:`newsift.model.Actor`) and ``doc.spans["newsift_actors"]`` (one span per
mention, labelled with the actor id) for later components such as the event coder.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, SpanGroup

from newsift.actors.extract import actors_of, extract_actors
from newsift.actors.kb import KnowledgeBase, build_knowledge_base, user_kb_files
from newsift.doc_extensions import article_of

SPAN_KEY = "newsift_actors"


def get_knowledge_base(user_files: tuple[str, ...] = (), include_phoenix: bool = True) -> KnowledgeBase:
    """The KB for ``--kb`` files plus ``NEWSIFT_KB``, built once per process for each set."""
    files = tuple(str(path) for path in user_kb_files(user_files))
    return _knowledge_base(files, include_phoenix)


@lru_cache(maxsize=4)
def _knowledge_base(files: tuple[str, ...], include_phoenix: bool) -> KnowledgeBase:
    return build_knowledge_base(files, include_phoenix=include_phoenix)


class ActorResolver:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def __call__(self, doc: Doc) -> Doc:
        article = article_of(doc)
        day = article.reference_date if article is not None else None
        context = extract_actors(doc, self.kb, day)
        doc._.newsift_actors = actors_of(context)
        spans = []
        for found in context.found:
            span = doc.char_span(found.start, found.end, label=found.actor, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[SPAN_KEY] = SpanGroup(doc, name=SPAN_KEY, spans=spans)
        return doc


@Language.factory(
    "newsift_actors",
    default_config={"kb_files": [], "include_phoenix": True},
    requires=["doc.ents", "token.dep", "token.lemma"],
    assigns=["doc._.newsift_actors", "doc.spans"],
)
def make_actor_resolver(nlp: Language, name: str, kb_files: list[str], include_phoenix: bool) -> ActorResolver:
    return ActorResolver(get_knowledge_base(tuple(kb_files), include_phoenix))
