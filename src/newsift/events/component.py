"""The spaCy component ``newsift_events``: ``nlp.add_pipe("newsift_events")``.

It reads the actor, claim, time and place components' results, so it goes after
them; results are in ``doc._.newsift_events``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsift.events.coder import find_events
from newsift.events.lexicon import EventLexicon, load_event_lexicon

if not Doc.has_extension("newsift_events"):
    Doc.set_extension("newsift_events", default=None)


def get_event_lexicon(user_files: tuple[str, ...] = ()) -> EventLexicon:
    return load_event_lexicon(tuple(user_files))


class EventCoder:
    def __init__(self, lexicon: EventLexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        doc._.newsift_events = find_events(doc, self.lexicon)
        return doc


@Language.factory(
    "newsift_events",
    default_config={"event_files": []},
    requires=["doc._.newsift_actors"],
    assigns=["doc._.newsift_events"],
)
def make_event_coder(nlp: Language, name: str, event_files: list[str]) -> EventCoder:
    return EventCoder(get_event_lexicon(tuple(event_files)))
