"""The spaCy component ``newsift_events``: ``nlp.add_pipe("newsift_events")``.

It reads the actor, claim, time and place components' results, so it goes after
them; results are in ``doc._.newsift_events``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsift.events.arguments import ActorLookup
from newsift.events.coder import find_events
from newsift.actors.kb import KnowledgeBase
from newsift.events.lexicon import EventLexicon, load_event_lexicon
from newsift.model import Actor, Mention
from newsift.syntax import learn_irregular_verbs

if not Doc.has_extension("newsift_events"):
    Doc.set_extension("newsift_events", default=None)


def get_event_lexicon(user_files: tuple[str, ...] = ()) -> EventLexicon:
    return load_event_lexicon(tuple(user_files))


class EventCoder:
    def __init__(self, lexicon: EventLexicon, kb: KnowledgeBase | None = None) -> None:
        self.lexicon = lexicon
        self.kb = kb  # the actor component's, to list countries named only through a place

    def __call__(self, doc: Doc) -> Doc:
        lookup = ActorLookup(doc, self.kb)
        events = find_events(doc, self.lexicon, lookup)
        doc._.newsift_events = events
        used = {actor for event in events for actor in (event.source, event.target) if actor}
        _add_implied_actors(doc, {country: spans for country, spans in lookup.place_mentions.items() if country in used}, self.kb, "place")
        _add_implied_actors(doc, {actor: spans for actor, spans in lookup.implied.items() if actor in used}, self.kb, "agent")
        _add_implied_actors(doc, {actor: spans for actor, spans in lookup.protested.items() if actor in used}, self.kb, "protest")
        return doc


def _add_implied_actors(doc: Doc, implied: dict[str, list[tuple[int, int, str]]], kb: KnowledgeBase | None, kind: str) -> None:
    """"Russian drones struck Odesa": the target is Ukraine, which the article may not name; it
    joins the actor list with the place as its mention (kind ``place``). "killed 30 civilians
    in Goma": the civilians are CODCVL, with "civilians" as the mention (kind ``agent``). So
    every event's actors are listed."""
    actors = doc._.get("newsift_actors")
    if not implied or kb is None or actors is None:
        return
    by_id = {actor.id: actor for actor in actors}
    for actor_id, spans in implied.items():
        mentions = [Mention(start, end, text, kind) for start, end, text in sorted(set(spans))]
        known = by_id.get(actor_id)
        if known is not None:
            known.mentions.extend(mention for mention in mentions if all(mention.start != kept.start for kept in known.mentions))
            known.mentions.sort(key=lambda mention: mention.start)
            continue
        body = kb.get(actor_id)
        if body is None:
            continue
        actor = Actor(body.id, body.name, body.type, body.code, body.wikidata, True, mentions, country=body.country, demonym=body.demonyms[0] if body.demonyms else None)
        actors.append(actor)
        by_id[actor_id] = actor


@Language.factory(
    "newsift_events",
    default_config={"event_files": []},
    requires=["doc._.newsift_actors"],
    assigns=["doc._.newsift_events"],
)
def make_event_coder(nlp: Language, name: str, event_files: list[str]) -> EventCoder:
    kb = nlp.get_pipe("newsift_actors").kb if "newsift_actors" in nlp.pipe_names else None
    learn_irregular_verbs(nlp)
    return EventCoder(get_event_lexicon(tuple(event_files)), kb)
