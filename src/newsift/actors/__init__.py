"""Actors: the knowledge base, name matching, resolution and in-article coreference.

``extract_actors(doc, kb, day)`` is the plain function; ``newsift_actors`` the spaCy
component (registered when this package is imported).
"""

from newsift.actors.component import SPAN_KEY, get_knowledge_base
from newsift.actors.extract import actors_of, extract_actors
from newsift.actors.kb import KnowledgeBase, build_knowledge_base, check_files

__all__ = [
    "SPAN_KEY",
    "KnowledgeBase",
    "actors_of",
    "build_knowledge_base",
    "check_files",
    "extract_actors",
    "get_knowledge_base",
]
