"""The event coder: verbs and event nouns in the dependency parse become coded events.

For each trigger it finds the code (most specific matching pattern of its lexicon
entry), the source and target actors (docs/conventions.md, "Events"), the status,
the claim it sits in, its date and place, and then merges repeated mentions of the
same event.  ``find_events`` is a plain function over a Doc on which the actor,
time, place and claim components have run.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsift.doc_extensions import article_of
from newsift.events.arguments import ActorLookup, Argument, argument, objects, prep_objects, subjects
from newsift.events.lexicon import EventLexicon, NounEntry, Pattern
from newsift.events.status import Status, event_status
from newsift.model import Claim, DateValue, Event, Evidence, Place, SentenceRange, Span, TimeExpr

_NOUN_TARGET_PREPS = ("on", "against", "with", "to", "into", "at", "toward", "towards", "targeting", "in")
_PLACE_SPECIFICITY = {"city": 0, "landmark": 1, "zone": 2, "admin1": 3, "region": 4, "country": 5}
_CONSULT_CODES = {"040", "04"}
# "hundreds of airstrikes", "a form of normalization": the event noun hangs below these.
_QUANTITY_HEADS = {
    "hundred", "dozen", "thousand", "score", "series", "wave", "barrage", "round", "spate", "string", "number",
    "form", "kind", "sort", "type", "campaign", "flurry", "volley", "salvo", "couple", "lot",
}  # fmt: skip
# Verbs of intention whose subject is the doer of the event noun they take ("seeking talks").
_INTENT_CARRIERS = {"seek", "pursue", "want", "plan", "propose", "prepare", "favour", "favor", "push", "consider"}


@dataclass(slots=True)
class _Draft:
    trigger: Token
    head: Token  # the verb whose clause holds the event (the light verb for nominal events)
    code: str
    source: Argument | None
    target: Argument | None
    noun: Token | None = None
    status: Status | None = None
    claim: Claim | None = None
    date: DateValue | None = None
    place: int | None = None
    evidence: list[Evidence] = field(default_factory=list)


def find_events(doc: Doc, lexicon: EventLexicon) -> list[Event]:
    lookup = ActorLookup(doc)
    drafts: list[_Draft] = []
    for token in doc:
        if token.pos_ in ("VERB", "AUX"):
            drafts.extend(_verb_events(token, lexicon, lookup))
        elif token.pos_ in ("NOUN", "PROPN"):
            drafts.extend(_noun_events(token, lexicon, lookup))
    context = _ArticleContext(doc, lexicon, lookup)
    for draft in drafts:
        context.complete(draft)
    return _merged(drafts, lexicon, doc.text)


# --- verbs ---------------------------------------------------------------------------------


def _verb_events(verb: Token, lexicon: EventLexicon, lookup: ActorLookup) -> list[_Draft]:
    particle = next((child.lower_ for child in verb.children if child.dep_ == "prt"), None)
    entry = lexicon.verb(verb.lemma_.lower(), particle)
    if entry is None or _carries_event_noun(verb, lexicon):
        return []  # "launched airstrikes": the noun is the event, coded with the noun
    pattern = next((pattern for pattern in entry.patterns if _matches(pattern, verb)), None)  # most specific first
    code = pattern.code if pattern is not None else entry.code
    if code is None:
        return []
    doers = subjects(verb)
    if any(_is_event_noun(doer, lexicon) for doer in doers):
        return []  # "Israeli strikes killed 12": the strikes are the event
    slots = pattern.target if pattern is not None and pattern.target is not None else entry.target
    sources = [argument(token, lookup) for token in doers] or [None]
    targets = [argument(token, lookup) for token in objects(verb, slots)] or [None]
    return _pairs(verb, verb, code, sources, targets, entry.reciprocal)


def _matches(pattern: Pattern, head: Token) -> bool:
    children = list(head.children)
    if pattern.particle and not any(child.dep_ == "prt" and child.lower_ == pattern.particle for child in children):
        return False
    if pattern.object:
        heads = [child for child in children if child.dep_ in ("dobj", "nsubjpass", "attr", "oprd")]
        heads += [grandchild for child in children if child.dep_ == "prep" and child.lower_ in ("to", "on") for grandchild in child.children if grandchild.dep_ == "pobj"]
        if not any(_lemma_matches(candidate, pattern.object) for candidate in heads):
            return False
    if pattern.prep:
        preps = [child for child in children if child.dep_ in ("prep", "agent", "dative") and child.lower_ == pattern.prep]
        preps += [
            grandchild for child in children if child.dep_ in ("dobj", "nsubjpass")
            for grandchild in child.children if grandchild.dep_ == "prep" and grandchild.lower_ == pattern.prep
        ]  # fmt: skip
        if not preps:
            return False
        if pattern.pobj and not any(_lemma_matches(obj, pattern.pobj) for prep in preps for obj in prep.children if obj.dep_ in ("pobj", "pcomp")):
            return False
    if pattern.subject and not any(_lemma_matches(child, pattern.subject) for child in children if child.dep_ in ("nsubj", "nsubjpass")):
        return False
    if pattern.xcomp and not any(child.lemma_.lower() in pattern.xcomp for child in children if child.dep_ in ("xcomp", "ccomp")):
        return False
    if pattern.compound and not any(child.lower_ in pattern.compound or child.lemma_.lower() in pattern.compound for child in children if child.dep_ in ("compound", "amod")):
        return False
    return True


def _lemma_matches(token: Token, words: tuple[str, ...]) -> bool:
    """The token's lemma, or its compound phrase's last words ("assassination attempt")."""
    lemma = token.lemma_.lower()
    if lemma in words or token.lower_ in words:
        return True
    modifiers = [child.lower_ for child in token.children if child.dep_ in ("compound", "amod") and child.i < token.i]
    for size in (1, 2):
        if len(modifiers) >= size and " ".join(modifiers[-size:] + [lemma]) in words:
            return True
    return False


# --- event nouns -------------------------------------------------------------------------------


def _noun_entry(noun: Token, lexicon: EventLexicon) -> NounEntry | None:
    lemma = noun.lemma_.lower()
    modifiers = [child for child in noun.children if child.dep_ in ("compound", "amod") and child.i == noun.i - 1]
    if modifiers:
        entry = lexicon.nouns.get(f"{modifiers[0].lower_} {lemma}") or lexicon.nouns.get(f"{modifiers[0].lemma_.lower()} {lemma}")
        if entry is not None:
            return entry
    entry = lexicon.nouns.get(lemma)
    if entry is not None and entry.plural_only and noun.tag_ not in ("NNS", "NNPS"):
        return None
    return entry


def _noun_code(entry: NounEntry | None, noun: Token) -> str | None:
    if entry is None:
        return None
    for pattern in entry.patterns:
        if _matches(pattern, noun):
            return pattern.code
    return entry.code


def _is_event_noun(token: Token, lexicon: EventLexicon) -> bool:
    return token.pos_ == "NOUN" and _noun_code(_noun_entry(token, lexicon), token) is not None


def _carries_event_noun(verb: Token, lexicon: EventLexicon) -> bool:
    if verb.lemma_.lower() not in lexicon.light_verbs:
        return False
    carried = [child for child in verb.children if child.dep_ in ("dobj", "attr")]
    carried += [grandchild for child in verb.children if child.dep_ == "prep" and child.lower_ in ("in", "into") for grandchild in child.children if grandchild.dep_ == "pobj"]
    carried += [grandchild for token in list(carried) for child in token.children if child.lower_ == "of" for grandchild in child.children if token.lemma_.lower() in _QUANTITY_HEADS]
    return any(_is_event_noun(token, lexicon) for token in carried)


def _noun_events(noun: Token, lexicon: EventLexicon, lookup: ActorLookup) -> list[_Draft]:
    entry = _noun_entry(noun, lexicon)
    code = _noun_code(entry, noun)
    if entry is None or code is None or lookup.at(noun) is not None:
        return []
    carrier = _carrier_verb(noun, lexicon)
    between = _between(noun, lookup)
    if len(between) >= 2:
        parties = [argument(token, lookup) for token in between]
        return _pairs(noun, carrier or noun, code, parties, [None], True, noun)
    anchor = _quantity_head(noun)
    heads = {noun.i: noun, anchor.i: anchor}
    target_tokens = [token for head in heads.values() for preposition in _NOUN_TARGET_PREPS for token in prep_objects(head, preposition) if lookup.resolve(token)]
    if carrier is not None and not target_tokens:
        target_tokens = [token for preposition in _NOUN_TARGET_PREPS[:5] for token in prep_objects(carrier, preposition) if lookup.resolve(token)]
    own_sources = _noun_owners(noun, lookup)
    if own_sources:
        sources = own_sources
    elif carrier is not None:
        sources = [argument(token, lookup) for token in subjects(carrier)]
    else:
        sources = []
    if not sources and not target_tokens and carrier is None:
        return []  # "the talks", alone: a topic, not a reported event
    targets = [argument(token, lookup) for token in target_tokens] or [None]
    return _pairs(noun, carrier or noun, code, sources or [None], targets, entry.reciprocal and len(sources) > 1, noun)


def _between(noun: Token, lookup: ActorLookup) -> list[Token]:
    """"a meeting in Paris between X and Y": the parties, however the parser hung them.

    The small model often misses the coordination in long names ("between HTS foreign
    minister X and Israeli minister Y"), so the parties are the actors named inside the
    "between" phrase that are not mere modifiers (HTS, Israeli) of another name.
    """
    for token in noun.subtree:
        if token.dep_ == "prep" and token.lower_ == "between":
            parties: dict[str, Token] = {}
            for inner in token.subtree:
                actor = lookup.at(inner)
                if actor is None or actor in parties or inner.is_punct or inner.dep_ in ("amod", "compound", "nmod", "poss"):
                    continue
                if lookup.at(inner.head) != actor or inner.head.i == inner.i:
                    parties[actor] = inner  # the root of the name, not a word inside it
            if len(parties) >= 2:
                return sorted(parties.values(), key=lambda party: party.i)
    return []


def _quantity_head(noun: Token) -> Token:
    """"hundreds" in "hundreds of airstrikes": the word the parser hangs the phrase on."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _QUANTITY_HEADS:
        return noun.head.head
    return noun


def _carrier_verb(noun: Token, lexicon: EventLexicon) -> Token | None:
    """The light verb that carries an event noun: "launched airstrikes", "engaged in talks"."""
    noun = _quantity_head(noun)
    head = noun.head
    if noun.dep_ in ("dobj", "attr", "nsubjpass") and head.lemma_.lower() in _INTENT_CARRIERS:
        return head
    if noun.dep_ in ("dobj", "attr", "nsubjpass") and head.lemma_.lower() in lexicon.light_verbs:
        return head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower() in lexicon.light_verbs:
        return head.head
    if noun.dep_ == "conj" and noun.head.i != noun.i:
        return _carrier_verb(noun.head, lexicon)
    return None


def _noun_owners(noun: Token, lookup: ActorLookup) -> list[Argument]:
    """"Israel's airstrikes", "Israeli airstrikes", "an HTS offensive", "strikes by Israel"."""
    owners = [child for child in noun.children if child.dep_ in ("poss", "amod", "compound", "nmod") and lookup.at(child)]
    owners += prep_objects(noun, "by")
    resolved = [argument(token, lookup) for token in owners]
    return [item for item in resolved if item.actor]


# --- shared -------------------------------------------------------------------------------------


def _pairs(
    trigger: Token, head: Token, code: str, sources: list[Argument | None], targets: list[Argument | None], reciprocal: bool, noun: Token | None = None
) -> list[_Draft]:
    """One draft per source and target; between coordinated parties, one each way."""
    if reciprocal and len(sources) > 1 and targets == [None]:
        return [
            _Draft(trigger, head, code, first, second, noun)
            for first in sources for second in sources
            if first is not None and second is not None and first.token.i != second.token.i
        ]  # fmt: skip
    return [_Draft(trigger, head, code, source, target, noun) for source in sources for target in targets if not _same(source, target)]


def _same(source: Argument | None, target: Argument | None) -> bool:
    return source is not None and target is not None and source.actor is not None and source.actor == target.actor


class _ArticleContext:
    """Status, claim, date and place for drafts, from the article's other extractions."""

    def __init__(self, doc: Doc, lexicon: EventLexicon, lookup: ActorLookup) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.lookup = lookup
        self.claims: list[Claim] = list(doc._.get("newsift_claims") or [])
        self.times: list[TimeExpr] = list(doc._.get("newsift_times") or [])
        self.places: list[Place] = list(doc._.get("newsift_places") or [])
        article = article_of(doc)
        self.reference: dt.date | None = article.reference_date if article is not None else None

    def complete(self, draft: _Draft) -> None:
        trigger = draft.trigger
        draft.claim = self._claim_of(trigger)
        cue_lemma = draft.claim.cue_lemma if draft.claim else None
        participants = {draft.source.actor if draft.source else None, draft.target.actor if draft.target else None} - {None}
        if draft.claim is not None and draft.source is None and cue_lemma in self.lexicon.status.confirming_cues:
            # "acknowledged talks with X": the speaker is the other side of the talks.
            participants.add(draft.claim.speaker)
            if draft.claim.speaker and draft.target is not None and draft.target.actor != draft.claim.speaker:
                draft.source = Argument(trigger, draft.claim.speaker, draft.claim.speaker_text or "")
        draft.status = event_status(draft.head, draft.noun, self.lexicon.status, draft.claim, participants, cue_lemma)
        clause = _clause_range(draft.head)
        sentence = (trigger.sent.start_char, trigger.sent.end_char)
        draft.date = self._date(trigger, clause, sentence)
        draft.place = self._place(trigger, clause, sentence)
        if draft.code in _CONSULT_CODES and draft.place is not None and self._third_country(draft):
            draft.code = "044"  # a meeting held in a third country

    def _claim_of(self, trigger: Token) -> Claim | None:
        holding = [claim for claim in self.claims if claim.content.start <= trigger.idx < claim.content.end]
        return min(holding, key=lambda claim: claim.content.end - claim.content.start) if holding else None

    def _date(self, trigger: Token, clause: tuple[int, int], sentence: tuple[int, int]) -> DateValue | None:
        for start, end in (clause, sentence):
            inside = [time for time in self.times if start <= time.start and time.end <= end and time.value]
            if inside:
                nearest = min(inside, key=lambda time: abs(time.start - trigger.idx))
                return DateValue(nearest.value, nearest.precision or "day")
        if self.reference is not None:
            return DateValue(self.reference.isoformat(), "article")
        return None

    def _place(self, trigger: Token, clause: tuple[int, int], sentence: tuple[int, int]) -> int | None:
        for start, end in (clause, sentence):
            inside = [index for index, place in enumerate(self.places) if start <= place.start and place.end <= end]
            if inside:
                return min(inside, key=lambda index: (_PLACE_SPECIFICITY.get(self.places[index].kind, 9), abs(self.places[index].start - trigger.idx)))
        return None

    def _third_country(self, draft: _Draft) -> bool:
        place = self.places[draft.place]
        countries = {_iso2(self.lookup.countries.get(party.actor)) for party in (draft.source, draft.target) if party and party.actor}
        countries.discard(None)
        return bool(place.country) and bool(countries) and place.country not in countries


def _clause_range(head: Token) -> tuple[int, int]:
    return head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text)


@lru_cache(maxsize=512)
def _iso2(iso3: str | None) -> str | None:
    if not iso3:
        return None
    import pycountry

    country = pycountry.countries.get(alpha_3=iso3)
    return country.alpha_2 if country else None


def _merged(drafts: list[_Draft], lexicon: EventLexicon, text: str) -> list[Event]:
    """One event per (source, code, target, status); repeated mentions become evidence."""
    merged: dict[tuple, _Draft] = {}
    order: list[tuple] = []
    for draft in sorted(drafts, key=lambda item: item.trigger.idx):
        source = draft.source.actor if draft.source else None
        target = draft.target.actor if draft.target else None
        if source is None and target is None:
            continue  # an event needs at least one actor: "an agreement was reached" codes nothing
        key = (source, draft.code, target, draft.status.status)
        trigger = draft.trigger
        evidence = Evidence(Span.of(text, trigger.idx, trigger.idx + len(trigger.text)), SentenceRange(trigger.sent.start_char, trigger.sent.end_char), draft.status.status)
        if key in merged:
            merged[key].evidence.append(evidence)
            continue
        draft.evidence.append(evidence)
        merged[key] = draft
        order.append(key)
    return [_event(index, merged[key], lexicon, text) for index, key in enumerate(order)]


def _event(index: int, draft: _Draft, lexicon: EventLexicon, text: str) -> Event:
    info = lexicon.code_info(draft.code)
    trigger = draft.trigger
    return Event(
        id=f"e{index + 1}",
        source=draft.source.actor if draft.source else None,
        target=draft.target.actor if draft.target else None,
        cameo=draft.code,
        plover=info.plover if info else None,
        quad_class=info.quad if info else None,
        goldstein=info.goldstein if info else None,
        status=draft.status.status,
        date=draft.date,
        place=draft.place,
        claim=draft.claim.id if draft.claim else None,
        trigger=Span.of(text, trigger.idx, trigger.idx + len(trigger.text)),
        sentence=SentenceRange(trigger.sent.start_char, trigger.sent.end_char),
        plover_mode=info.mode if info else None,
        status_cue=draft.status.cue_text,
        source_text=draft.source.text if draft.source else None,
        target_text=draft.target.text if draft.target else None,
        evidence=draft.evidence,
    )
