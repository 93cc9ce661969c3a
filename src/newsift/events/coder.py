"""The event coder: verbs and event nouns in the dependency parse become coded events.

For each trigger it finds the code (most specific matching pattern of its lexicon
entry), the source and target actors (docs/conventions.md, "Events"), the status,
the claim it sits in, its date and place, and then merges repeated mentions of the
same event.  ``find_events`` is a plain function over a Doc on which the actor,
time, place and claim components have run.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from collections import Counter
from functools import lru_cache
from itertools import islice

from spacy.tokens import Doc, Token

from newsift.actors.phrases import NOT_PEOPLE
from newsift.claims import speech_verbs
from newsift.doc_extensions import article_of
from newsift.events.arguments import ADVERB_PARTICLES, LOCATED, NAMING_VERBS, PEOPLE_CODES, ActorLookup, Argument, antecedent_noun, argument, counted, is_time, makers_of, named_as_what, objects, participle_read_as_clause, phrase_text, prep_objects, put_forward_by, sentence_floor, subjects, with_conjuncts
from newsift.events.lexicon import NAMED_OBJECT, PERSON_OBJECT, PLACE_OBJECT, EventLexicon, NounEntry, Pattern, VerbEntry
from newsift.events.status import Status, blaming_clauses, event_status
from newsift.model import Claim, DateValue, Event, Evidence, Place, SentenceRange, Span, TimeExpr
from newsift.syntax import FOR_CLAUSE_DEPS, base_forms, detached_conjunct, finite_ancestor, for_clauses, for_governor, for_subject, is_passive, negates, perfect_read_as_modifier, phrase_governor

# Not "in": "hostilities in Sudan", "airstrikes in Yemen" name where, not whom.
_NOUN_TARGET_PREPS = ("on", "against", "with", "to", "into", "at", "toward", "towards", "targeting", "around")
_PLACE_SPECIFICITY = {"city": 0, "landmark": 1, "zone": 2, "admin1": 3, "region": 4, "country": 5}
_CONSULT_CODES = {"040", "04"}
_VISITS = ("042", "043")
_GIVING = ("06", "07")  # given to a place is given to its country
_PERSONAL = {"he", "she", "it", "they", "we", "i", "you"}
# "talks on a ceasefire and the release of hostages": what the talks are about is not an event.
_TOPIC_PREPS = {"on", "about", "over", "regarding", "concerning"}
# "hundreds of airstrikes", "a form of normalization": the event noun hangs below these.
_QUANTITY_HEADS = {
    "hundred", "dozen", "thousand", "score", "series", "wave", "barrage", "round", "spate", "string", "number",
    "form", "kind", "sort", "type", "campaign", "flurry", "volley", "salvo", "couple", "lot", "package",
    "day", "week", "month", "hour", "night", "round", "part", "portion", "share", "stage", "phase",
}  # fmt: skip
# Measures of what is given ("handed over 700 kg of medicine"): the "of" phrase names it.
_UNITS = {"kg", "kilogram", "kilo", "ton", "tonne", "truckload", "consignment", "batch", "litre", "liter", "gallon"}
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


def find_events(doc: Doc, lexicon: EventLexicon, lookup: ActorLookup | None = None) -> list[Event]:
    """The article's events; ``lookup.place_mentions`` then holds the places that stood for a
    country in them ("shelled Kharkiv": UKR)."""
    lookup = lookup or ActorLookup(doc)
    drafts: list[_Draft] = []
    denials: list[Token] = []
    for token in doc:
        if _gerund_between(token):
            drafts.extend(_noun_events(token, lexicon, lookup))
        elif token.pos_ in ("VERB", "AUX") or _verb_mistagged(token):
            if token.lemma_.lower() in _DENYING:
                denials.append(token)
            drafts.extend(_verb_events(token, lexicon, lookup))
            drafts.extend(_obligations(token, lookup))
            drafts.extend(_put_on_alert(token, lookup))
            drafts.extend(_fallen_to(token, lookup))
            drafts.extend(_ultimatums(token, lookup))
            drafts.extend(_forces_detected(token, lookup))
            drafts.extend(_conditional_threats(token, lexicon, lookup))
        elif token.pos_ in ("NOUN", "PROPN") or _hyphened_noun_read_as_adjective(token, lexicon):
            drafts.extend(_noun_events(token, lexicon, lookup))
    _victims_of_the_attack(drafts, lookup)
    drafts = _both_sides(drafts, lexicon, lookup)
    drafts += _unnamed_fighting(drafts, lookup)
    # an event needs at least one actor ("an agreement was reached" codes nothing), and
    # completing one (status, date, place) is the costly part
    _done_in_told_act(drafts, lexicon, lookup)
    _air_defences(drafts, lookup)
    drafts = [draft for draft in drafts if not _befell(draft, lexicon, lookup)]
    _judged_at_home(drafts, lookup)
    drafts = [draft for draft in drafts if draft.source is not None or draft.target is not None]
    _aim_at_earlier_doers(drafts, lexicon, lookup)
    _aim_as_told_before(drafts, lexicon)
    _doers_named_by_their_act(drafts)
    _aim_unaimed_force(drafts, lookup)
    _aim_at_boarded(drafts, lookup)
    _aim_at_banned_acts(drafts)
    _aim_at_accuser(drafts, lookup)
    _aim_at_conditioner(drafts, lookup)
    _arson(drafts, lookup)
    _hostages_taken(drafts, lookup)
    _labour_strikes(drafts, lookup)
    _protest_occupations(drafts, lookup)
    _aim_protest_demands(drafts)
    _repressed_protesters(drafts, lookup)
    _protesters_not_forces(drafts, lookup)
    _home_troops(drafts, lookup)
    _insurgents_own_forces(drafts, lookup)
    _forces_sent(drafts, lookup)
    _aim_at_adversary(drafts, lookup)
    _arrested_where(drafts, lookup)
    for draft in drafts:
        draft.source = _armed_forces_of(draft, lookup)
    context = _ArticleContext(doc, lexicon, lookup)
    for draft in drafts:
        context.complete(draft)
    drafts += _declared_intents(drafts, lexicon, lookup, context)
    drafts += _denied_acts(denials, drafts, lookup)
    drafts = _mediated(drafts, lexicon)
    drafts = _street_clashes(drafts + _mirrored(drafts, lexicon))
    _described_protesters(drafts, lookup)
    _riots(drafts, lookup)
    _conceded_to_protesters(drafts, lookup)
    return _merged(_without_unaimed_twins(drafts + _protests_met_with_force(drafts, lookup)), lexicon, doc.text)


def _without_unaimed_twins(drafts: list[_Draft]) -> list[_Draft]:
    """One act read twice, once with its target and once without ("warned that India would strike
    deep inside Pakistan"): the reading without adds nothing."""
    def act(draft: _Draft) -> tuple[int, str | None, str]:
        return draft.trigger.i, draft.source.actor if draft.source else None, draft.code

    aimed = {act(draft) for draft in drafts if draft.target is not None and draft.target.actor and not _own_side(draft.source, draft.target)}
    return [draft for draft in drafts if draft.target is not None and draft.target.actor or act(draft) not in aimed]


def _own_side(source: Argument | None, target: Argument) -> bool:
    """A state's government, army or police acting on another of its own bodies ("put its forces
    on alert"): a reading that names no one the act is aimed at."""
    if source is None or not source.actor or not target.actor:
        return False
    return _country_part(source.actor) == _country_part(target.actor) and _sector(target.actor) in ("GOV", "MIL", "COP")


def _forces_sent(drafts: list[_Draft], lookup: ActorLookup) -> None:
    """"North Korean troops are believed to have been deployed to Russia": troops sent with no
    sender named are sent by their own state's forces, which go."""
    for draft in drafts:
        verb = draft.trigger
        if draft.source is not None and draft.source.actor or draft.noun is not None or verb.lemma_.lower() not in _SENDING or not any(child.dep_ == "auxpass" for child in verb.children):
            continue
        if any(child.dep_ == "agent" for child in verb.children):
            continue
        sent = [child for child in verb.children if child.dep_ == "nsubjpass"]
        if not sent and verb.dep_ == "xcomp":
            sent = [child for child in verb.head.children if child.dep_ == "nsubjpass"]  # "troops are believed to have been deployed"
        forces = lookup.resolve(counted(sent[0])) if sent else None
        if forces is not None and (_sector(forces) in ("MIL", "COP") or lookup.types.get(forces) in ("military", "police")) and (draft.target is None or draft.target.actor != forces):
            draft.source = Argument(sent[0], forces, phrase_text(sent[0]))


def _home_troops(drafts: list[_Draft], lookup: ActorLookup) -> None:
    """"BOGOTA – … Troops killed four rebels near the Venezuelan border": bare troops using force
    on the dateline country's own rebels or people are its military. Bare soldiers are no one's
    elsewhere: they may be anyone's."""
    home = lookup.home_country()
    if home is None or lookup.kb is None or lookup.dateline_country() != home:
        return
    for draft in drafts:
        if not draft.code.startswith(_FORCE_ROOTS) or draft.source is None or draft.source.actor or draft.target is None or not draft.target.actor:
            continue
        if _country_part(draft.target.actor) != home or _sector(draft.target.actor) not in ("REB", "CVL", "OPP"):
            continue
        noun = counted(draft.source.token)
        if noun.pos_ not in ("NOUN", "PROPN") or any(child.dep_ in ("amod", "compound", "poss", "nmod") for child in noun.children):
            continue
        forces = lookup.home_agent(noun, home, {"MIL"})
        if forces is not None:
            draft.source = Argument(draft.source.token, forces, draft.source.text)


def _insurgents_own_forces(drafts: list[_Draft], lookup: ActorLookup) -> None:
    """"MOGADISHU – Al-Shabaab said it had killed 20 soldiers", "JNIM fighters killed 12 soldiers
    near Kayes": bare soldiers, troops or police that a country's own insurgents use force on at
    home (the dateline's country, or the only country the sentence's places are in) are that
    country's, as ACLED pairs al-Shabaab with the Military Forces of Somalia; a nationality, an
    owner or a named body says otherwise."""
    if lookup.kb is None:
        return
    for draft in drafts:
        if not draft.code.startswith(_FORCE_ROOTS) or draft.source is None or not draft.source.actor or draft.target is None or draft.target.actor:
            continue
        insurgent = lookup.types.get(draft.source.actor) == "armed_group" or _sector(draft.source.actor) == "REB"
        state = _country_of(draft.source.actor, lookup)
        if not insurgent or not lookup.is_state(state):
            continue
        # at home: the dateline's country, or a place in the sentence ("Hezbollah fired rockets at
        # soldiers" says nothing of whose)
        sentence = draft.trigger.sent
        placed = {lookup.country_of_place(token, stands_for=False) for token in sentence if token.pos_ == "PROPN"} - {None}
        if lookup.dateline_country() != state and placed != {state}:
            continue
        noun = counted(draft.target.token)
        if noun.pos_ != "NOUN" or any(child.dep_ in ("amod", "compound", "poss", "nmod") and child.lemma_.lower() not in ("government", "security") for child in noun.children):
            continue
        forces = lookup.home_agent(noun, state, {"MIL", "COP"})
        if forces is not None:
            draft.target = Argument(draft.target.token, forces, draft.target.text)


def _protesters_not_forces(drafts: list[_Draft], lookup: ActorLookup) -> None:
    """"Police arrested hundreds of PTI supporters as they tried to march on Islamabad": "they"
    who protest are the people acted on, not the police the pronoun's nearest subject names."""
    for draft in drafts:
        source = draft.source
        if not draft.code.startswith("14") or source is None or not source.actor or source.token.lower_ not in ("they", "them"):
            continue
        if _sector(source.actor) not in ("COP", "MIL") and lookup.types.get(source.actor) not in ("police", "military"):
            continue
        clause = draft.trigger
        while clause.dep_ in ("xcomp", "advcl", "conj") and clause.head.i != clause.i and not any(child.dep_ == "dobj" for child in clause.children):
            clause = clause.head
        people = [item for item in _arguments([child for child in clause.children if child.dep_ == "dobj"], lookup) if item is not None and item.actor and item.actor != source.actor]
        if clause is not draft.trigger and people:
            draft.source = Argument(source.token, people[0].actor, source.text)


def _aim_protest_demands(drafts: list[_Draft]) -> None:
    """"Thousands marched in Tel Aviv to demand a hostage deal", "protesters blocked roads,
    demanding the government's resignation": a demand made by protesting is made of whom they
    protest against."""
    protests = {(draft.trigger.i, draft.source.actor): draft.target for draft in drafts if draft.code.startswith("14") and draft.source is not None and draft.target is not None and draft.target.actor}
    for draft in drafts:
        if not draft.code.startswith("10") or draft.target is not None and draft.target.actor or draft.source is None or not draft.source.actor:
            continue
        verb = draft.trigger
        if verb.dep_ in ("xcomp", "advcl") and verb.head.i != verb.i:
            target = protests.get((verb.head.i, draft.source.actor))
            if target is not None:
                draft.target = target


def _gerund_between(token: Token) -> bool:
    """"Fighting between the army and Fano militiamen spread": a gerund the parser tags as a verb
    that names an act between two parties, as the noun "fighting" would; it has no subject of its
    own, so the verb reading would borrow the clause's."""
    if token.tag_ != "VBG" or token.dep_ not in ("nsubj", "nsubjpass", "pobj", "pcomp", "dobj", "conj"):
        return False
    return not any(child.dep_ in ("nsubj", "dobj", "aux") for child in token.children) and any(child.dep_ == "prep" and child.lower_ == "between" for child in token.children)


def _verb_mistagged(token: Token) -> bool:
    """"voted to authorise a force": a verb the small model tags otherwise (often a British
    spelling), though it has "to" and an object."""
    return token.pos_ in ("ADV", "ADJ", "NOUN") and any(child.dep_ == "aux" and child.lower_ == "to" for child in token.children) and any(child.dep_ == "dobj" for child in token.children)


# Troops sent this way to another state help it ("sent 1,500 troops to Russia"); "strengthened its
# forces in Lebanon" does not.
_SENDING = {"send", "deploy", "dispatch", "provide", "supply", "contribute", "offer", "lend", "commit", "pledge"}
# Acts only a state's armed forces carry out: fighting, military posture, pulling troops back.
_ARMED_ACTS = ("19", "150", "151", "152", "153", "154", "0874")


def _armed_forces_of(draft: _Draft, lookup: ActorLookup) -> Argument | None:
    """"Russian strikes killed", "no Israeli airstrikes": an armed act named by a noun with the
    state's adjective is its military's (RUSMIL), as ACLED ("Military Forces of Russia") records
    it. A state named as the subject ("Israel struck Iran") stays the state: coders keep the
    state when the text makes it the doer."""
    source = draft.source
    if source is None or source.actor is None or not draft.code.startswith(_ARMED_ACTS):
        return source
    # "Cambodian rockets had killed 12 civilians": weapons a demonym names as the doer are its forces'
    fired = draft.noun is None and source.token.lemma_.lower() in _WEAPONS and any(
        child.dep_ in ("amod", "compound") and child.ent_type_ == "NORP" for child in source.token.children
    )
    if not fired and (draft.noun is None or source.token.head.i != draft.noun.i or source.token.dep_ not in ("amod", "compound", "nmod") or source.token.ent_type_ != "NORP"):
        return source
    if lookup.types.get(source.actor) != "state" or lookup.kb is None:
        return source
    forces = lookup.implied_institution(source.actor, "MIL", source.token)
    return replace(source, actor=forces) if forces is not None else source


_PAIR_AGENTS = {"official", "minister", "diplomat", "delegation", "envoy", "negotiator", "representative", "delegate"}
# "troops from the two countries fought": the pair's forces
_PAIR_FORCES = {"troop", "soldier", "force"}
_PARTY_NOUNS = {"side", "country", "nation", "leader", "government", "party", "neighbour", "neighbor", "foe", "rival", "adversary", "enemy", "capital", "army"}


def _both_sides(drafts: list[_Draft], lexicon: EventLexicon, lookup: ActorLookup) -> list[_Draft]:
    """"Pakistan and Afghanistan clashed in October. The two sides agreed to extend the
    ceasefire": "the two sides", "both countries" are the two parties of the latest act between
    two actors told before."""
    found: list[_Draft] = []
    for draft in drafts:
        if draft.source is not None and draft.source.actor and (draft.target is None or not draft.target.actor) and draft.noun is None:
            # "Trump praised both countries": one event for each of the pair
            both = next((token for token in objects(draft.trigger, ("dobj",) + _target_slots(draft.trigger, lexicon)) if _names_both(token)), None)  # "called on both sides"
            pair = _usual_pair(drafts, both, lookup) if both is not None else None
            if pair is not None:
                found += [replace(draft, target=Argument(both, party.actor, party.text)) for party in pair if party.actor != draft.source.actor]
                continue
        if draft.source is not None and draft.source.actor or draft.noun is not None and draft.head.i == draft.noun.i:
            found.append(draft)
            continue
        # a verb's own subject, or for a noun the subject of the verb that carries it ("signed agreements")
        both = next((token for token in subjects(draft.head if draft.noun is not None else draft.trigger) if _names_both(token)), None)
        pair = _usual_pair(drafts, both, lookup) if both is not None else None
        if pair is None:
            found.append(draft)
            continue
        first, second = (Argument(both, party.actor, party.text) for party in pair)
        if draft.target is None or not draft.target.actor:
            found += [replace(draft, source=first, target=second), replace(draft, source=second, target=first)]
        else:
            found += [replace(draft, source=first), replace(draft, source=second)]
    return found


def _names_both(token: Token) -> bool:
    if token.lemma_.lower() in _PAIR_AGENTS | _PAIR_FORCES:
        # "officials from both countries", "the foreign ministers of the two countries"
        return any(prep.dep_ == "prep" and prep.lower_ in ("from", "of") and any(item.dep_ == "pobj" and _names_both(item) for item in prep.children) for prep in token.children)
    if token.lemma_.lower() not in _PARTY_NOUNS:
        return token.lower_ == "both" and token.dep_ in ("nsubj", "nsubjpass", "dobj")
    # "denied arming either side": each of them
    return any(child.lower_ == "two" and child.dep_ == "nummod" or child.lower_ in ("both", "either") and child.dep_ in ("det", "predet") for child in token.children)


_WARRING = {"warring", "belligerent", "fighting", "rival", "opposing"}


def _usual_pair(drafts: list[_Draft], both: Token, lookup: ActorLookup) -> tuple[Argument, Argument] | None:
    """The two parties most often paired in the acts told before (the latest on a tie); for
    "the two countries", "both capitals", two states."""
    states = both.lemma_.lower() in ("country", "nation", "neighbour", "neighbor", "capital")
    governments = both.lemma_.lower() in ("government", "administration") or both.lemma_.lower() in _PAIR_AGENTS
    sides_only = both.lemma_.lower() in ("side", "party")
    # "urged both warring parties": the two that fought, not the two that cut ties
    warring = any(child.lower_ in _WARRING for child in both.children)
    pairs: dict[frozenset[str], list[_Draft]] = {}
    for draft in drafts:
        if draft.trigger.i >= both.i or draft.source is None or draft.target is None or draft.code.startswith(("042", "043")):
            continue  # a visitor and a host are not the two sides
        if warring and not draft.code.startswith(_FORCE_ROOTS):
            continue
        sides = (draft.source.actor, draft.target.actor)
        if not all(sides) or sides[0] == sides[1]:
            continue
        if states and not all(lookup.types.get(side) == "state" or _country_part(side) != side for side in sides):
            continue
        # "both sides": the parties, whoever spoke or fought for them (Israel's jets, its minister)
        key = frozenset(_party(side, lookup) for side in sides) if sides_only else frozenset(sides)
        if len(key) == 2:
            pairs.setdefault(key, []).append(draft)
    if not pairs:
        return None
    told = max(pairs.values(), key=lambda told: (len(told), max(draft.trigger.i for draft in told)))
    best = told[-1]
    if sides_only and len({frozenset((draft.source.actor, draft.target.actor)) for draft in told}) > 1:
        # told in several forms ("Israeli warplanes", "Israel", "Israel Katz"): the parties themselves
        first, second = (_party(side.actor, lookup) for side in (best.source, best.target))
        return Argument(both, first, best.source.text), Argument(both, second, best.target.text)
    if governments or both.lemma_.lower() in _PAIR_FORCES:
        # "Prabowo … held talks with Xi, and the two governments signed deals": the leaders'
        # governments; "troops from the two countries fought": their forces
        sector = "MIL" if both.lemma_.lower() in _PAIR_FORCES else "GOV"
        ruled = [lookup.implied_institution(_country_of(side.actor, lookup), sector, both) for side in (best.source, best.target)]
        if all(ruled) and ruled[0] != ruled[1]:
            return Argument(both, ruled[0], best.source.text), Argument(both, ruled[1], best.target.text)
    return best.source, best.target


# Reactions aimed at an act: approve, disapprove, reject, threaten, and answer.
_REACTION_ROOTS = ("05", "11", "12", "13")
# Acts aimed at whom their condition is put to: threats, and offers to agree, talk or concede
# ("would accept a ceasefire only if the RSF withdrew").
_CONDITIONAL_ROOTS = ("03", "04", "08", "13")
_REACHING = ("into", "to", "in", "on", "against", "from")
_DEFINITE = {"the", "this", "that", "these", "those", "such"}
# Prepositions that name what a reaction is about ("expressed regret over the strikes").
_REACTION_PREPS = ("for", "over", "against")


def _aim_at_earlier_doers(drafts: list[_Draft], lexicon: EventLexicon, lookup: ActorLookup) -> None:
    """"Israeli jets struck Damascus. Syria condemned the strikes", "Sudan cut ties with the UAE.
    The UAE rejected the decision": a reaction to an act the article already told, named by a
    definite noun with no doer of its own, is aimed at the doer of the latest such act before
    it: one named by the same word ("the ramming" after "rammed"), else of the same kind (same
    root, or any use of force), else, for a noun that only sums up an act ("the decision",
    "the move"), the latest act of another actor."""
    aimed: list[_Draft] = []
    for draft in drafts:
        if draft.noun is not None or draft.source is None or not draft.source.actor or draft.target is not None and draft.target.actor:
            continue
        verb = draft.trigger
        if not draft.code.startswith(_REACTION_ROOTS) and not _answering(verb) and verb.lemma_.lower() not in _REPELLING:
            continue
        # "called the drone attacks terrorist acts": the small model may make the named act a predicate
        acts = [child for child in verb.children if child.dep_ in ("dobj", "oprd")] + [token for preposition in _REACTION_PREPS for token in prep_objects(verb, preposition)]
        for act in acts:
            referent = lookup.resolve(act) if act.lower_ in ("it", "this") else None
            if act.lower_ in ("it", "this") and (referent is None or _country_of(referent, lookup) == _country_of(draft.source.actor, lookup)):
                # "Ukraine proposed a ceasefire, but the Russian side rejected it": the act just
                # told (a pronoun object is not its own subject's side, whatever coref says)
                told = [
                    other for other in drafts
                    if other is not draft and sentence_floor(act, back=1) <= other.trigger.i < act.i and other.source is not None
                    and other.source.actor and other.source.actor != draft.source.actor and not other.code.startswith(_REACTION_ROOTS)
                ]  # fmt: skip
                if told:
                    doer = max(told, key=lambda other: other.trigger.i).source
                    draft.target = Argument(doer.token, doer.actor, doer.text)
                    aimed.append(draft)
                    break
                continue
            # "the drone attacks": the parser may hang the article on the compound
            determiners = [child for child in act.children if child.dep_ == "det"] + [grand for child in act.children if child.dep_ == "compound" for grand in child.children if grand.dep_ == "det"]
            if act.pos_ != "NOUN" or not any(word.lower_ in _DEFINITE for word in determiners) or _noun_owners(act, lookup):
                continue
            code = _noun_code(_noun_entry(act, lexicon), act)
            earlier = [
                other for other in drafts
                if other.trigger.i < act.i and other is not draft and other.source is not None and other.source.actor
                and other.trigger.i != draft.trigger.i  # (not the co-subject's own reaction: "France and Germany condemned the verdict")
                and other.source.actor != draft.source.actor and other.trigger.i >= sentence_floor(act, back=6)
                and not _background(other.trigger)
            ]  # fmt: skip
            # the same word may reach further back than an act of the same kind
            named = [other for other in earlier if _names_act(other.trigger, act)]
            wide = earlier
            earlier = [other for other in earlier if other.trigger.i >= sentence_floor(act, back=3)]
            kind = [other for other in earlier if code is not None and _same_kind(other.code, code)]
            summed = earlier if act.lemma_.lower() in _ACT_NOUNS else []
            # "Sudan cut ties with the UAE … The UAE rejected the decision": a decision about the one reacting first
            mine = _country_of(draft.source.actor, lookup)
            if summed:
                summed = [other for other in wide if other.target is not None and other.target.actor and _country_of(other.target.actor, lookup) == mine] or summed
            candidates = named or kind or summed
            if verb.lemma_.lower() in _REPELLING:
                # "attacked a base …, and government forces backed by U.S. air strikes repelled the
                # assault": the act repelled was aimed at the repellers, not done by their backers
                mine = _country_of(draft.source.actor, lookup)
                candidates = [other for other in candidates if other.target is not None and other.target.actor and _country_of(other.target.actor, lookup) == mine] or candidates
            if not candidates and code is not None:
                # "Moldova ordered a Russian diplomat to leave … Russia denounced the expulsion":
                # an act of another kind, but done to the one reacting, and hostile (not "Wang met
                # Dar … Dar condemned the bombing")
                mine = _country_of(draft.source.actor, lookup)
                candidates = [
                    other for other in earlier
                    if other.target is not None and other.target.actor and _country_of(other.target.actor, lookup) == mine and other.code.startswith(_HOSTILE_ROOTS)
                ]  # fmt: skip
            # a state's leaders do not condemn their own state's acts ("Taiwan scrambled jets … Lai
            # condemned the exercises" is China's); its opposition may
            official = _official_state(draft.source.actor, lookup)
            candidates = [other for other in candidates if official is None or _official_state(other.source.actor, lookup) != official]
            if candidates:
                # a doer from another country than the one reacting, then the latest
                own = _country_of(draft.source.actor, lookup)
                chosen = max(candidates, key=lambda other: (_country_of(other.source.actor, lookup) != own, other.trigger.i))
                doer = chosen.source
                draft.target = Argument(doer.token, doer.actor, doer.text)
                aimed.append(draft)
                # "Ethiopia and Eritrea agreed … The African Union welcomed the agreement": an act
                # the two parties did together is aimed at both
                partners = {
                    other.source.actor: other.source for other in candidates
                    if other.trigger.i == chosen.trigger.i and other.target is not None and other.target.actor == doer.actor
                    and chosen.target is not None and chosen.target.actor == other.source.actor and other.source.actor != draft.source.actor
                }  # fmt: skip
                for partner in partners.values():
                    copy = replace(draft, target=Argument(partner.token, partner.actor, partner.text), evidence=[])
                    drafts.append(copy)
                    aimed.append(copy)
                break
            doer = _teller_of_act(act, draft.source.actor, lookup)
            if doer is not None:
                draft.target = doer
                aimed.append(draft)
                break
    for draft in drafts:
        if draft in aimed or draft.noun is not None or draft.source is None or not draft.source.actor or draft.target is not None and draft.target.actor:
            continue
        verb = draft.trigger
        # "vowed to respond": the vow answers as the act it promises
        # "warned that the army would respond with force if its troops were attacked again": so does a warning of one
        answers = _answering(verb) or _met_with_response(verb) or any(
            child.dep_ == "dobj" and child.lemma_.lower() in _ANSWER_NOUNS or child.dep_ in ("xcomp", "ccomp") and _answering(child) for child in verb.children
        )
        if not (answers and draft.code.startswith(("13", "19"))):
            continue
        # "Pakistani warplanes struck Taliban hideouts … The Taliban government vowed retaliation":
        # an answer with nothing named is aimed at the latest force used on the one answering
        mine = _country_of(draft.source.actor, lookup)
        side = _side(draft.source.actor, lookup)  # (rebels answer their own state's army)
        struck = [
            other for other in drafts
            if other is not draft and sentence_floor(verb, back=3) <= other.trigger.i < verb.i and other.code.startswith(_FORCE_ROOTS)
            and other.source is not None and other.source.actor and other.target is not None and other.target.actor
            and (_country_of(other.target.actor, lookup) == mine and _country_of(other.source.actor, lookup) != mine
                 or _side(other.target.actor, lookup) == side and _side(other.source.actor, lookup) != side)
        ]  # fmt: skip
        if struck:
            doer = max(struck, key=lambda other: other.trigger.i).source
            draft.target = Argument(doer.token, doer.actor, doer.text)
            aimed.append(draft)
    for draft in drafts:
        if draft.noun is None and draft.source is not None and (draft.target is None or not draft.target.actor):
            # "vowed to retaliate for the attack": the vow is aimed where the act it governs is
            governed = [
                other.target for other in aimed
                if other.trigger.dep_ in ("xcomp", "ccomp") and other.trigger.head.i == draft.trigger.i
                and other.target is not None and other.target.actor and other.source is not None and other.source.actor == draft.source.actor
            ]  # fmt: skip
            if governed:
                draft.target = governed[0]


def _answering(verb: Token) -> bool:
    """"retaliate", "respond", "strike back", "hit back": an act that answers another."""
    if verb.lemma_.lower() in _ANSWERING:
        return True
    return verb.lemma_.lower() in _HITTING_BACK and any(child.dep_ in ("prt", "advmod") and child.lower_ == "back" for child in verb.children)


_HITTING_BACK = {"strike", "hit", "fight", "shoot"}


# Weapons in flight: shooting them down is force on whoever fired them.
_PROJECTILES = {"missile", "drone", "rocket", "projectile", "shahed", "uav"}
_DOWNING = {"shoot", "intercept", "down", "destroy", "neutralise", "neutralize", "repel", "repulse"}


def _aim_unaimed_force(drafts: list[_Draft], lookup: ActorLookup) -> None:
    """Force told with no one it was aimed at: a verb whose participle hit someone is aimed at
    them ("opened fire, wounding two Thai rangers"); "Russia launched 100 missiles at Ukraine.
    Ukraine's air force said it had shot down 102 missiles": downing missiles or drones is force
    on the military of whoever the article last said fired them (within two sentences); returning
    fire or retaliating is force on whoever used force before ("Cambodian soldiers opened fire …
    its troops had returned fire")."""
    for draft in drafts:
        if not draft.code.startswith("19") or draft.target is not None and draft.target.actor:
            continue
        # "opened fire with rifles, wounding two Thai rangers", "launched its largest drone attack,
        # firing 728 drones at Ukraine": aimed at whom its participle hit
        hit = next((other for other in drafts if other.trigger.head.i == draft.head.i and other.trigger.dep_ in ("advcl", "xcomp") and other.trigger.tag_ == "VBG"
                    and other.code.startswith(("18", "19", "20")) and other.source is not None and draft.source is not None and other.source.actor == draft.source.actor
                    and other.target is not None and other.target.actor), None)  # fmt: skip
        if hit is not None:
            draft.target = hit.target
            continue
        if draft.noun is not None:
            continue
        lemma = draft.trigger.lemma_.lower()
        downed = [token for token in objects(draft.trigger, ("dobj",)) if counted(token).lemma_.lower() in _PROJECTILES] if lemma in _DOWNING else []
        # "its troops had returned fire", "the army retaliated": at whoever fired before
        answered = lemma in _ANSWERING or lemma == "return" and any(token.lemma_.lower() == "fire" for token in objects(draft.trigger, ("dobj",)))
        if not downed and not answered or draft.source is None or not draft.source.actor:
            continue
        floor = sentence_floor(draft.trigger, back=2)
        own = _country_of(draft.source.actor, lookup)
        for earlier in reversed(drafts):
            if earlier.trigger.i >= draft.trigger.i or earlier.trigger.i < floor or not earlier.code.startswith(("19", "20")):
                continue
            if earlier.source is None or not earlier.source.actor or _country_of(earlier.source.actor, lookup) == own:
                continue
            if downed:
                fired = [counted(token) for token in objects(earlier.trigger, ("dobj",))] + ([earlier.noun] if earlier.noun is not None else [])
                if not any(token.lemma_.lower() in _PROJECTILES for token in fired):
                    continue
            launcher = earlier.source.actor
            if downed and lookup.types.get(launcher) == "state":
                launcher = lookup.implied_institution(launcher, "MIL", downed[0]) or launcher
            anchor = downed[0] if downed else draft.trigger
            draft.target = Argument(anchor, launcher, earlier.source.text)
            break


# Acts whose unnamed target is the doer's one opponent in the article: force, threats, shows
# of force, sanctions, demands, accusations, rejections, offers and truces.
_ADVERSARY_ROOTS = ("035", "036", "037", "0871", "10", "11", "12", "13", "15", "16", "171", "18", "19")
_HOSTILE_ROOTS = ("11", "12", "13", "15", "16", "17", "18", "19", "20")
# Force is aimed only at whom the doer's side used force on, coerced or faced down (a show of
# force itself answers any conflict).
_ARMED_ROOTS = ("15", "17", "18", "19", "20")
# Force whose doer the article leaves unnamed is the side that fought the one it hit.
_FOUGHT_ROOTS = ("18", "19", "20")


def _side(actor: str, lookup: ActorLookup) -> str:
    """The side an actor fights or speaks for: a state for its government, forces and office
    holders, else the actor's own body (a rebel group, a country's rebels)."""
    return _official_state(actor, lookup) or lookup.affiliations.get(actor) or actor


@dataclass
class _Conflicts:
    """Who the article sets against whom: for each side, the sides opposed to it in acts of
    conflict with both parties named ("any"), in force or coercion ("armed"), in force only
    ("fought"); and the actors each side was told as."""

    against: dict[str, dict[str, Counter[str]]] = field(default_factory=lambda: {"any": {}, "armed": {}, "fought": {}})
    forms: dict[str, Counter[str]] = field(default_factory=dict)
    told: dict[str, Argument] = field(default_factory=dict)

    def opponent(self, side: str, kind: str) -> str | None:
        ranked = self.against[kind].get(side, Counter()).most_common(2)
        return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


def _conflicts(drafts: list[_Draft], lookup: ActorLookup) -> _Conflicts:
    conflicts = _Conflicts()
    for draft in drafts:
        if not draft.code.startswith(_HOSTILE_ROOTS) or draft.source is None or draft.target is None or not draft.source.actor or not draft.target.actor:
            continue
        ends = (_side(draft.source.actor, lookup), _side(draft.target.actor, lookup))
        if ends[0] == ends[1] or any(child.dep_ == "neg" for child in draft.head.children):
            continue  # ("Seoul would not retaliate for the launch" sets no one against North Korea)
        for mine, theirs, party in ((ends[0], ends[1], draft.target), (ends[1], ends[0], draft.source)):
            for kind, roots in (("any", _HOSTILE_ROOTS), ("armed", _ARMED_ROOTS), ("fought", _FOUGHT_ROOTS)):
                if kind in ("any", "armed") and draft.code.startswith(_FOUGHT_ROOTS) and _sector(theirs) in PEOPLE_CODES:
                    # shelling villagers makes them no party to truces or demands (protesters are),
                    # nor the side further strikes are aimed at ("killed 300 people in Lebanon" does
                    # not set Israel against Lebanon's people); they still say who fought whom
                    continue
                if draft.code.startswith(roots):
                    conflicts.against[kind].setdefault(mine, Counter())[theirs] += 1
            conflicts.forms.setdefault(theirs, Counter())[party.actor] += 1
            conflicts.told[party.actor] = party
    return conflicts


def _aim_at_adversary(drafts: list[_Draft], lookup: ActorLookup) -> None:
    """"M23 rebels seized Goma … The rebels captured Bukavu", "Hamas said it was ready to hand
    over the hostages": an act of conflict (force, threat, show of force, sanction, demand,
    accusation, rejection, offer to yield or talk, truce) that names no one is aimed at its doer's
    opponent: the side the article most often sets against the doer's side in acts of conflict
    with both parties named (for force, in force), when one side stands out. The other way round,
    force with no doer named is done by the side that fought the side it hit."""
    for draft in drafts:
        # "a civilian was killed by Indian shelling": the force that did the killing is aimed at whom it killed
        if not draft.code.startswith(_FORCE_ROOTS) or draft.source is None or not draft.source.actor or draft.target is not None and draft.target.actor:
            continue
        agent = draft.trigger.head if draft.trigger.dep_ in ("pcomp", "pobj") else None
        if agent is None or agent.dep_ != "agent":
            continue
        outcome = next((other for other in drafts if other.trigger.i == agent.head.i and other.code.startswith(_FORCE_ROOTS) and other.target is not None and other.target.actor), None)
        if outcome is not None and outcome.target.actor != draft.source.actor:
            draft.target = outcome.target
    conflicts = _conflicts(drafts, lookup)
    for draft in drafts:
        if draft.code == "072" and draft.noun is None and draft.trigger.lemma_.lower() in _SENDING and draft.source is not None and draft.source.actor and draft.target is not None and draft.target.actor:
            # "Rwanda deployed soldiers to eastern Congo", in a story that sets the two against each
            # other: troops sent into an opponent's land are not military aid to it
            theirs = _side(draft.target.actor, lookup)
            if theirs in conflicts.against["any"].get(_side(draft.source.actor, lookup), Counter()):
                draft.code = "154"
    aimed = {(draft.trigger.i, draft.source.actor) for draft in drafts if draft.source is not None and draft.target is not None and draft.target.actor}
    for draft in drafts:
        if not draft.code.startswith(_ADVERSARY_ROOTS) or draft.source is None or not draft.source.actor or draft.target is not None and draft.target.actor:
            continue
        if (draft.trigger.i, draft.source.actor) in aimed:
            continue  # told aimed at someone by another reading of the same words
        # (a show of force answers any conflict: jets scrambled in a diplomatic row face the other state)
        armed = draft.code.startswith(_ARMED_ROOTS) and not draft.code.startswith("15")
        if armed and draft.noun is None and any(child.dep_ == "dobj" and not lookup.resolve(counted(child)) and counted(child).lemma_.lower() not in _NOT_AIMS for child in draft.trigger.children):
            continue  # "targeted a container ship": aimed at something the article does not tie to anyone
        if draft.noun is None and any(child.dep_ == "dobj" and not lookup.resolve(counted(child)) and lookup.is_people(child) and _others_named(counted(child)) for child in draft.trigger.children):
            continue  # "blamed European governments for prolonging the war": parties named as others than the opponent
        side = conflicts.opponent(_side(draft.source.actor, lookup), "armed" if armed else "any")
        if side is not None:
            # for force, the opponent's forces or state before its leaders
            actor = max(conflicts.forms[side].items(), key=lambda item: (not armed or lookup.types.get(item[0]) != "person", item[1]))[0]
            draft.target = _at_level_of(draft, side, conflicts.told[actor], lookup)
    for draft in drafts:
        if not draft.code.startswith(_FOUGHT_ROOTS) or draft.source is not None and draft.source.actor or draft.target is None or not draft.target.actor:
            continue
        if lookup.types.get(draft.target.actor) == "person":
            continue  # who killed a named person is what accusations are about: never inferred
        side = conflicts.opponent(_side(draft.target.actor, lookup), "fought")
        doers = Counter({actor: count for actor, count in conflicts.forms[side].items() if lookup.types.get(actor) != "person"}) if side is not None else Counter()
        if doers:
            enemy = conflicts.told[doers.most_common(1)[0][0]]
            draft.source = Argument(enemy.token, enemy.actor, enemy.text)


def _others_named(noun: Token) -> bool:
    """People described by another region ("European governments", "Western allies"): parties
    the text sets apart, not the article's opponent ("foreign powers" often is the opponent)."""
    return any(child.dep_ == "amod" and child.lower_ in _OTHERS for child in noun.children)


_OTHERS = {"western", "european", "arab", "african", "gulf"}


# Things that do force for someone, not instead of them ("killed by a bomb", "a blast killed").
_DOING_THINGS = {
    "bomb", "explosive", "mine", "landmine", "ied", "device", "blast", "explosion", "shelling", "gunfire", "airstrike",
    "fire", "sniper", "gunman", "assailant", "attacker",
}  # fmt: skip
# Objects that do not say whom an act is aimed at: weapons, forces, the act itself.
_NOT_AIMS = _PROJECTILES | {
    "missile", "rocket", "shell", "bomb", "round", "shot", "fire", "weapon", "jet", "warplane", "plane", "aircraft",
    "warship", "troop", "force", "soldier", "reservist", "brigade", "unit", "reinforcement", "drill", "exercise",
    "alert", "readiness", "ceasefire", "truce", "agreement", "deal", "accord", "ultimatum", "demand", "proposal",
    "offer", "plan", "it", "this", "that",
}  # fmt: skip
# Weapons a demonym may name as the doer of force ("Cambodian rockets killed…").
_WEAPONS = _PROJECTILES | {
    "missile", "rocket", "shell", "bomb", "round", "shot", "fire", "gunfire", "shelling", "weapon", "jet", "warplane", "plane",
    "aircraft", "warship", "artillery", "tank", "mortar",
}  # fmt: skip
# Subjects that stand for a doer without naming one: a deadly thing caused by no one is neither.
_NOT_DOERS = _NOT_AIMS | _DOING_THINGS


def _at_level_of(draft: _Draft, side: str, enemy: Argument, lookup: ActorLookup) -> Argument:
    """A state opponent at the level the doer acts at: its forces for force or a show of force
    by forces and for an alert; the state for a state's act, a deployment and a group's force;
    its government for what a government, a leader or a group says, demands or offers."""
    if not lookup.is_state(side):
        return Argument(enemy.token, enemy.actor, enemy.text)
    doer = draft.source.actor
    # (an alert or scrambled jets answer the other side's forces; a deployment by a state faces the state)
    if draft.code.startswith("152") or draft.code.startswith(("15", "19")) and _sector(doer) == "MIL":
        actor = lookup.implied_institution(side, "MIL", enemy.token)
    elif lookup.types.get(doer) == "state" or draft.code.startswith(_FORCE_ROOTS + ("15",)):
        actor = side if enemy.actor == side else lookup.implied_state(side, enemy.token)
    else:
        actor = lookup.implied_institution(side, "GOV", enemy.token)
    return Argument(enemy.token, actor or lookup.implied_state(side, enemy.token), enemy.text)


def _repressed_protesters(drafts: list[_Draft], lookup: ActorLookup) -> None:
    """"Thousands marched on parliament, and police responded with pepper spray": repression
    (175) that names no one falls on the protesters of its sentence, when they are the same
    country's."""
    for draft in drafts:
        if not draft.code.startswith("175") or draft.source is None or not draft.source.actor or draft.target is not None and draft.target.actor:
            continue
        home = _country_of(draft.source.actor, lookup)
        start, end = draft.trigger.sent.start, draft.trigger.sent.end
        protesters = [
            other.source for other in drafts
            if other.code.startswith("14") and start <= other.trigger.i < end and other.source is not None and other.source.actor
            and _sector(other.source.actor) in _STREET_PEOPLE and _country_of(other.source.actor, lookup) == home
        ]  # fmt: skip
        if protesters:
            draft.target = protesters[0]


def _aim_at_boarded(drafts: list[_Draft], lookup: ActorLookup) -> None:
    """"Coast guard personnel boarded Philippine navy boats and seized several rifles": a seizure or
    force that names no one, told with another act of the same doers on someone else's people or
    property (a conjoined verb, or the verb a participle hangs on), is done to them."""
    for draft in drafts:
        verb = draft.trigger
        if draft.noun is not None or not draft.code.startswith(_FORCE_ROOTS) or draft.target is not None and draft.target.actor:
            continue
        if draft.source is None or not draft.source.actor or any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children):
            continue
        siblings = [verb.head] if verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ == "VBG" else []
        siblings += [other for other in verb.conjuncts if other.pos_ == "VERB" and other.i != verb.i]
        own = _country_of(draft.source.actor, lookup)
        for sibling in siblings:
            if sibling.pos_ != "VERB":
                continue
            # the sibling's own reading first ("stormed Afghan border posts": AFGMIL), else its object's
            told = [other.target for other in drafts if other.trigger.i == sibling.i and other.noun is None and other.target is not None and other.target.actor]
            victims = told + [Argument(token, actor, phrase_text(token)) for token in objects(sibling, ("dobj",)) for actor in [lookup.resolve(counted(token))] if actor]
            victims = [victim for victim in victims if _country_of(victim.actor, lookup) not in (None, own)]
            if victims:
                draft.target = victims[0]
                break


def _aim_at_banned_acts(drafts: list[_Draft]) -> None:
    """"Police banned a planned march by war veterans": a ban (172) on an act the sentence gives a
    doer is aimed at the doers."""
    for draft in drafts:
        if draft.noun is not None or not draft.code.startswith("172") or draft.target is not None and draft.target.actor:
            continue
        banned = {token.i for token in objects(draft.trigger, ("dobj", "nsubjpass"))}
        acts = [other for other in drafts if other.noun is not None and other.noun.i in banned and other.source is not None and other.source.actor]
        if acts and (draft.source is None or acts[0].source.actor != draft.source.actor):
            draft.target = acts[0].source


def _naming_by_speaker(draft: _Draft, claim: Claim) -> bool:
    """A participle naming something ("…, calling the threat blackmail") done by the speaker of the
    claim it trails: part of the speaking, not of what is said."""
    trigger = draft.trigger
    return (
        draft.noun is None and trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and trigger.lemma_.lower() in NAMING_VERBS
        and trigger.doc[trigger.i - 1].text == "," and draft.source is not None and draft.source.actor is not None
        and draft.source.actor == claim.speaker
    )  # fmt: skip


def _labour_strikes(drafts: list[_Draft], lookup: ActorLookup) -> None:
    """"Kenyan teachers began a strike": a strike by a country's people, teachers, doctors or
    unions is a labour strike (143), against their government when no one else is named."""
    for draft in drafts:
        if draft.noun is None or draft.noun.lemma_.lower() != "strike" or not draft.code.startswith("19"):
            continue
        if draft.source is None or not draft.source.actor or _sector(draft.source.actor) not in _HOME_PROTESTERS:
            continue
        draft.code = "143"
        if draft.target is None or not draft.target.actor:
            draft.target = next(iter(_own_government(draft.trigger, [draft.source], lookup)), draft.target)


_SITES = {"building", "university", "campus", "faculty", "school", "square", "office", "ministry", "parliament", "headquarters", "hall", "plaza", "park", "street", "road", "highway", "bridge", "station"}


def _protest_occupations(drafts: list[_Draft], lookup: ActorLookup) -> None:
    """"Students occupied the main university building": a country's people occupying a building or
    a public place is a protest (141, a sit-in), not a seizure of territory (192)."""
    for draft in drafts:
        if draft.noun is not None or draft.code != "192" or draft.source is None or not draft.source.actor or _sector(draft.source.actor) not in _HOME_PROTESTERS:
            continue
        held = [counted(token) for token in objects(draft.trigger, ("dobj",))]
        if not any(token.lemma_.lower() in _SITES for token in held):
            continue
        home = _country_part(draft.source.actor)
        if draft.target is not None and draft.target.actor and _country_of(draft.target.actor, lookup) != home:
            continue  # "settlers occupied a Palestinian school": not at home
        draft.code = "141"
        if draft.target is None or not draft.target.actor:
            draft.target = next(iter(_own_government(draft.trigger, [draft.source], lookup)), draft.target)


def _air_defences(drafts: list[_Draft], lookup: ActorLookup) -> None:
    """"Russia launched 472 drones at Ukraine … Air defences shot down 385": air defences no one is
    named as owning are the military of the country the projectiles were fired at, else of the
    dateline's country (they defend at home)."""
    for draft in drafts:
        if draft.source is not None and draft.source.actor or draft.trigger.lemma_.lower() not in _DOWNING or lookup.kb is None:
            continue
        doers = [token for token in subjects(draft.trigger) if token.lemma_.lower() in ("defence", "defense") and any(child.lower_ == "air" for child in token.children)]
        if not doers:
            continue
        fired = [
            other for other in drafts
            if other.trigger.i < draft.trigger.i and other.trigger.i >= sentence_floor(draft.trigger, back=3) and other.code.startswith("19")
            and other.target is not None and other.target.actor and lookup.is_state(_country_of(other.target.actor, lookup))
        ]  # fmt: skip
        country = _country_of(max(fired, key=lambda other: other.trigger.i).target.actor, lookup) if fired else lookup.dateline_country()
        forces = lookup.implied_institution(country, "MIL", doers[0]) if country and lookup.is_state(country) else None
        if forces is not None:
            draft.source = Argument(doers[0], forces, phrase_text(doers[0]))


_FIGHTERS = {"soldier", "troop", "officer", "policeman", "guard", "fighter", "personnel", "serviceman", "ranger", "marine"}


def _victims_of_the_attack(drafts: list[_Draft], lookup: ActorLookup) -> None:
    """"Militants had attacked its troops in Rafah, killing two soldiers": bare soldiers a participle
    kills are of the force the act it follows was aimed at, not of the place it happened in."""
    for draft in drafts:
        trigger = draft.trigger
        if draft.noun is not None or trigger.dep_ != "advcl" or trigger.tag_ != "VBG" or not draft.code.startswith(_FORCE_ROOTS) or draft.target is None:
            continue
        if counted(draft.target.token).lemma_.lower() not in _FIGHTERS or any(lookup.at(child) for child in counted(draft.target.token).children):
            continue  # "killing two Thai soldiers" names whose
        attacked = [
            other.target for other in drafts
            if other.trigger.i == trigger.head.i and other.noun is None and other.target is not None and other.target.actor
            and (_sector(other.target.actor) in ("MIL", "COP") or lookup.types.get(other.target.actor) in ("military", "police", "armed_group"))
        ]  # fmt: skip
        if attacked and attacked[0].actor != draft.target.actor:
            draft.target = Argument(draft.target.token, attacked[0].actor, draft.target.text)


def _background(trigger: Token) -> bool:
    """An act told in a relative clause ("the Arakan Army, which seized the town last year") is
    background to the sentence, not the news others react to."""
    token = trigger
    for _ in range(4):
        if token.dep_ == "relcl":
            return True
        if token.head.i == token.i or token.pos_ in ("VERB", "AUX") and token.dep_ in ("ROOT", "ccomp"):
            return False
        token = token.head
    return False


def _teller_of_act(act: Token, reactor: str, lookup: ActorLookup) -> Argument | None:
    """"The Security Council voted to authorise a force. Haiti welcomed the vote": an act the
    article told with a verb that codes no event of its own; its subject is the doer."""
    for index in range(act.i - 1, sentence_floor(act, back=3) - 1, -1):
        verb = act.doc[index]
        if verb.pos_ != "VERB" or not _names_act(verb, act):
            continue
        for subject in subjects(verb):
            actor = lookup.resolve(subject)
            if actor and actor != reactor:
                return Argument(subject, actor, subject.text)
    return None


# What only a court does to someone: charging, trying, convicting or sentencing them.
_JUDGING_ACTS = {"charge", "indict", "convict", "sentence", "acquit", "try"}


def _judged_at_home(drafts: list[_Draft], lookup: ActorLookup) -> None:
    """"Opposition leader Tundu Lissu was later charged with treason": a person charged,
    tried, convicted or sentenced with no one named doing it is judged by their own country's
    courts (`TZAJUD`)."""
    for draft in drafts:
        verb = draft.trigger
        if draft.noun is not None or draft.source is not None and draft.source.actor or draft.target is None or not draft.target.actor:
            continue
        if verb.lemma_.lower() not in _JUDGING_ACTS or not is_passive(verb) or any(child.dep_ == "agent" for child in verb.children):
            continue
        country = lookup.countries.get(draft.target.actor) if lookup.types.get(draft.target.actor) == "person" else None
        court = lookup.implied_institution(country, "JUD", verb) if country else None
        if court is not None:
            draft.source = Argument(verb, court, verb.text)


def _befell(draft: _Draft, lexicon: EventLexicon, lookup: ActorLookup) -> bool:
    """"An earthquake killed 300 people", "a canopy collapsed, killing 15": deaths a thing caused
    that is neither a weapon, an act of force nor anyone's people are no one's use of force."""
    if draft.noun is not None or not draft.code.startswith(_FOUGHT_ROOTS) or draft.source is not None and draft.source.actor:
        return False
    causes = [token for token in subjects(draft.trigger) if token.pos_ in ("NOUN", "PROPN")]
    return bool(causes) and all(
        not lookup.resolve(token) and not lookup.is_people(token) and token.lemma_.lower() not in _NOT_DOERS and not _is_event_noun(token, lexicon)
        for token in causes
    )  # fmt: skip


def _unnamed_fighting(drafts: list[_Draft], lookup: ActorLookup) -> list[_Draft]:
    """"Thai jets struck Cambodian military targets after clashes along the border killed 12
    people": clashes, fighting or an exchange of fire that names no one are between the two
    sides of the sentence's own use of force, one event each way."""
    found: list[_Draft] = []
    for draft in drafts:
        noun = draft.noun
        if noun is None or noun.lemma_.lower() not in _UNNAMED_FIGHTING or draft.source is not None and draft.source.actor or draft.target is not None and draft.target.actor:
            continue
        floor, end = noun.sent.start, noun.sent.end
        fought = [
            other for other in drafts
            if other is not draft and floor <= other.trigger.i < end and other.code.startswith(_FOUGHT_ROOTS)
            and other.source is not None and other.source.actor and other.target is not None and other.target.actor
            and _side(other.source.actor, lookup) != _side(other.target.actor, lookup)
        ]  # fmt: skip
        if not fought:
            continue
        pair = min(fought, key=lambda other: abs(other.trigger.i - noun.i))
        found += [replace(draft, source=pair.source, target=pair.target), replace(draft, source=pair.target, target=pair.source)]
    return found


def _done_in_told_act(drafts: list[_Draft], lexicon: EventLexicon, lookup: ActorLookup) -> None:
    """"Israeli warplanes struck Hodeidah … Six dock workers were killed in the strikes": a
    passive act with no doer, done in a definite act told before, is that act's doer's; its
    unnamed victims are the people of the country that act struck."""
    for draft in drafts:
        verb = draft.trigger
        if draft.noun is not None or draft.source is not None and draft.source.actor or not is_passive(verb) or not draft.code.startswith(_FORCE_ROOTS):
            continue
        acts = [noun for preposition in ("in", "during") for noun in prep_objects(verb, preposition) if noun.pos_ == "NOUN" and any(child.dep_ == "det" and child.lower_ in _DEFINITE for child in noun.children)]
        for act in acts:
            told = [
                other for other in drafts
                if other is not draft and sentence_floor(act, back=6) <= other.trigger.i < act.i and other.source is not None and other.source.actor
                and other.code.startswith(_FORCE_ROOTS) and (_names_act(other.trigger, act) or _same_kind(other.code, _noun_code(_noun_entry(act, lexicon), act) or ""))
            ]  # fmt: skip
            # "the strikes" after "struck" first (from six sentences back), else an act of the kind from three
            named = [other for other in told if _names_act(other.trigger, act)]
            told = named or [other for other in told if other.trigger.i >= sentence_floor(act, back=3)]
            if not told:
                continue
            mutual = act.lemma_.lower() in _TWO_SIDED or {other.source.actor for other in told} & {other.target.actor for other in told if other.target is not None}
            if mutual:
                break  # "killed in the fighting", "in the clashes": both sides fought, no one doer
            latest = max(told, key=lambda other: other.trigger.i)
            draft.source = Argument(act, latest.source.actor, latest.source.text)
            struck = latest.target.actor if latest.target is not None and latest.target.actor else None
            if (draft.target is None or not draft.target.actor) and struck and lookup.is_state(struck):
                victims = [child for child in verb.children if child.dep_ == "nsubjpass"]
                people = lookup.home_agent(counted(victims[0]), struck, PEOPLE_CODES) if victims else None
                if people:
                    draft.target = Argument(victims[0], people, phrase_text(victims[0]))
            break


_DENYING = {"deny", "dismiss", "reject", "refute"}
_DENIED = {"accusation", "allegation", "claim", "charge", "report", "involvement", "responsibility", "role", "participation", "wrongdoing"}


def _denied_acts(verbs: list[Token], drafts: list[_Draft], lookup: ActorLookup) -> list[_Draft]:
    """"The Houthis were accused of arming the gunmen. The group denied the accusation": the
    act the denier was said to have done, again, as denied (the denial's own code stays)."""
    found: list[_Draft] = []
    for verb in verbs:
        if verb.pos_ != "VERB" or not any(child.dep_ == "dobj" and child.lemma_.lower() in _DENIED for child in verb.children):
            continue
        deniers = {actor for subject in subjects(verb) for actor in [lookup.resolve(subject)] if actor}
        if not deniers:
            continue
        own = deniers | {_country_of(actor, lookup) for actor in deniers}
        if any(
            verb.sent.start <= draft.trigger.i < verb.i and _accused_act(draft.head) and draft.source is not None
            and (draft.source.actor in own or _country_of(draft.source.actor or "", lookup) in own) for draft in drafts
        ):  # fmt: skip
            continue  # "accused Pakistan of backing militants, a charge Islamabad denies": that act is the one denied
        said = [
            draft for draft in drafts
            if sentence_floor(verb, back=3) <= draft.trigger.i < verb.sent.start and draft.source is not None and draft.source.actor
            and draft.status is not None and draft.status.status in ("reported", "speculative") and not draft.code.startswith(("01", "11", "12"))
        ]  # fmt: skip
        # what the denier was said to have done, else what was said to have been done to it
        # ("Russia said it had captured the village. Ukraine denied the claim")
        if verb.lemma_.lower() != "deny":
            # "rejected the accusations": only an act the denier was accused of, not every act it was said to do
            said = [draft for draft in said if _accused_act(draft.head)]
        told = [draft for draft in said if draft.source.actor in own or _country_of(draft.source.actor, lookup) in own]
        told = told or [draft for draft in said if draft.target is not None and draft.target.actor and (draft.target.actor in own or _country_of(draft.target.actor, lookup) in own)]
        if told:
            latest = max(told, key=lambda draft: draft.trigger.i)
            found.append(replace(latest, trigger=verb, head=verb, noun=None, status=Status("denied", verb), claim=None, evidence=[]))
    return found


def _declared_intents(drafts: list[_Draft], lexicon: EventLexicon, lookup: ActorLookup, context: "_ArticleContext") -> list[_Draft]:
    """"Iran said it would retaliate against Israel": a doer's own word that it will act is an
    event of its own, as CAMEO codes it: a threat (138) or an intent (036 for "said they would
    meet"), and "said it would not negotiate" a refusal (125). The act itself stays planned,
    hypothetical or negated. Only the doer's own voice counts: "Hamas said Israel would release
    prisoners" states no intent of Israel's."""
    declared: list[_Draft] = []
    # a verb that already says it ("warned that Hezbollah would strike", "pledged to") is coded
    spoken = {draft.trigger.i for draft in drafts if draft.code.startswith(("03", "12", "13"))}
    for draft in drafts:
        claim, status = draft.claim, draft.status
        if claim is None or claim.speaker is None or claim.cue_span is None or draft.source is None or not draft.source.actor or status is None:
            continue
        if status.status not in ("planned", "hypothetical", "negated") or not _future_clause(draft.head):
            continue
        refused = status.status == "negated"
        code = lexicon.refusal_code(draft.code) if refused else lexicon.intent_code(draft.code)
        if code is None or draft.code.startswith(("12", "13") if refused else ("03", "12", "13")):
            continue
        cue = context.root_of(claim.cue_span.start, claim.cue_span.end)
        if cue is None or cue.i in spoken:
            continue
        # ("Japan and the Philippines said they would hold joint patrols": each co-speaker's own;
        # "Portuguese President Mario Soares said": an office holder of the state the title names)
        speakers = {claim.speaker} | {lookup.resolve(token) for token in with_conjuncts(subjects(cue))} | {_titled_state(token, lookup) for token in subjects(cue)}
        if not any(speaker and _speaks_for(speaker, draft.source.actor, lookup) for speaker in speakers):
            continue
        said = _Draft(cue, cue, code, draft.source, draft.target)
        context.complete(said)
        declared.append(said)
    return declared


_STATE_TITLES = {"president", "minister", "premier", "chancellor", "king", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy"}


def _titled_state(speaker: Token, lookup: ActorLookup) -> str | None:
    """The state of an office holder the KB does not know ("Portuguese President Mario Soares":
    PRT): the country the actor layer gave them, when their title is a state office (a country
    alone does not make an opposition leader speak for the state)."""
    if not any(word.lemma_.lower() in _STATE_TITLES for word in speaker.subtree if word.i <= speaker.i):
        return None
    actor = lookup.resolve(speaker)
    return lookup.countries.get(actor) if actor is not None and lookup.types.get(actor) == "person" else None


def _future_clause(head: Token) -> bool:
    """A clause in the future of its telling: "will meet", "would not negotiate", "is going to"."""
    clause = head if head.pos_ in ("VERB", "AUX") else head.head
    if any(child.dep_ == "aux" and child.lower_ in _FUTURE_AUX_OR_WONT for child in clause.children):
        return True
    return clause.dep_ == "xcomp" and clause.head.lower_ == "going" and any(child.dep_ == "aux" for child in clause.head.children)


def _speaks_for(speaker: str, doer: str, lookup: ActorLookup) -> bool:
    """Whether a speaker's word is the doer's own: both are on the same side (the doer, an
    official of the same state, a member of the same body: "a Hamas spokesman"), or the speaker
    is an agency of the doer's organisation."""
    return _side(speaker, lookup) == _side(doer, lookup) or doer.startswith("IGO") and speaker.startswith(doer)


_STATE_SOIL = ("country", "city", "admin1", "region")


def _arrested_where(drafts: list[_Draft], lookup: ActorLookup) -> None:
    """"Two French citizens were arrested in Iran": an arrest or deportation no one is named as
    making is made by the police of the state it happened in (`IRNCOP`), as only a state's
    authorities arrest on its soil; the place is where, not whom."""
    for draft in drafts:
        if not draft.code.startswith(("173", "174")) or draft.source is not None and draft.source.actor or draft.noun is not None:
            continue
        verb = draft.trigger
        if not is_passive(verb):
            continue
        # (not in a contested zone: arrests in the West Bank are mostly Israel's)
        places = [(token, country) for token in prep_objects(verb, "in") for country in [lookup.country_of_place(token, stands_for=False, kinds=_STATE_SOIL)] if country]
        if not places:
            continue
        token, country = places[0]
        police = lookup.implied_institution(country, "COP", token)
        if police is None:
            continue
        draft.source = Argument(token, police, phrase_text(token))
        if draft.target is not None and draft.target.actor == country and draft.target.token.i == token.i:
            draft.target = None  # the place was read as whom


def _judgement_of(draft: _Draft, verbs: set[str]) -> Token | None:
    """The verb of the accusation or thanks whose "of"/"for" phrase holds the act: "accused
    Pakistan of violating the ceasefire", "accused Pakistan of repeated violations of the
    ceasefire", "thanked the United States for sending air defences"."""
    # "praised the IMF for approving a loan": the noun's carrier
    return next((governor for word in (draft.noun, draft.head, draft.trigger) if word is not None for governor in [_judging_verb(word, verbs)] if governor is not None), None)


def _judging_verb(word: Token, verbs: set[str]) -> Token | None:
    """The verb among ``verbs`` whose "of"/"for" phrase holds the word, past a day the parser hung it on."""
    if word.dep_ not in ("pcomp", "pobj") or word.head.lower_ not in ("of", "for"):
        return None
    governor = phrase_governor(word.head)
    return governor if governor.lemma_.lower() in verbs else None


# Acts someone is thanked or praised for, done for the one who thanks: aid, help, concessions.
_HELPFUL_ROOTS = ("03", "05", "06", "07", "08")
_ACCUSING = {"accuse", "blame", "charge"}
_THANKING = {"thank", "praise", "commend", "credit", "hail"}


def _aim_at_accuser(drafts: list[_Draft], lookup: ActorLookup) -> None:
    """"India accused Pakistan of violating the ceasefire", "the military accused Hamas of
    violating the truce": force or coercion a state party accuses another of, naming no one it
    hit, was used on the accuser's state. "Zelensky thanked the United States for sending air
    defences": help a state's officer thanks or praises someone for, naming no one it went to,
    went to that state."""
    for draft in drafts:
        if draft.source is None or not draft.source.actor or draft.target is not None and draft.target.actor:
            continue
        judgement = None
        if draft.code.startswith(_ARMED_ROOTS) and not draft.code.startswith("20"):  # (atrocities fall on people, not a state)
            judgement = _judgement_of(draft, _ACCUSING)
        elif draft.code.startswith(_HELPFUL_ROOTS):
            judgement = _judgement_of(draft, _THANKING)
        if judgement is None:
            continue
        if draft.code.startswith(_ARMED_ROOTS) and draft.noun is None and any(
            child.dep_ == "dobj" and not lookup.resolve(counted(child)) and counted(child).lemma_.lower() not in _NOT_AIMS
            and (not lookup.is_people(child) or counted(child).lemma_.lower() in NOT_PEOPLE)
            for child in draft.trigger.children
        ):
            continue  # "accusing the army of attacking schools and hospitals": it names what it hit
        for accuser in subjects(judgement):
            state = _official_state(lookup.resolve(accuser) or "", lookup)
            if state is not None and lookup.is_state(state) and state != _side(draft.source.actor, lookup):
                draft.target = Argument(accuser, lookup.implied_state(state, accuser), accuser.text)
                break


_CONDITION_MARKS = {"if", "unless", "until"}
# What people own that is burned: homes, vehicles, shops, places of worship.
_PROPERTY = {
    "home", "house", "dwelling", "shop", "store", "market", "farm", "crop", "field", "car", "vehicle", "truck",
    "lorry", "tanker", "bus", "motorcycle", "building", "mosque", "church", "school", "office", "warehouse", "village",
}  # fmt: skip
_FLAMES = {"ablaze", "alight", "afire", "fire"}


def _arson(drafts: list[_Draft], lookup: ActorLookup) -> None:
    """"Jewish settlers set fire to homes and cars in a Palestinian village", "gang members set
    homes ablaze in Pont-Sonde": setting property on fire destroys it (1712), and it is done to
    the people whose it is, told by a demonym on the property or its place, or the country the
    place is in."""
    for draft in drafts:
        verb = draft.trigger
        if draft.noun is not None or verb.lemma_.lower() != "set":
            continue
        burned = _burned(verb)
        if not burned:
            continue
        if draft.target is not None and draft.target.actor:
            # "set fire to Palestinian homes": the owners are already the target (not "the
            # parliament building", a seat of power, which stays force on the body)
            if _sector(draft.target.actor) in PEOPLE_CODES | {"BUS"}:
                draft.code = "1712"
            continue
        draft.code = "1712"
        for item in burned:
            owner = _owners_of_property(item, verb, lookup)
            if owner is not None:
                draft.target = Argument(item, owner, phrase_text(item))
                break


def _hostages_taken(drafts: list[_Draft], lookup: ActorLookup) -> None:
    """"Gunmen took 20 passengers hostage in Quetta", "took staff hostage", parsed with the people
    as a modifier of "hostage": they are whom the abduction is done to (`PAKCVL` by the place)."""
    for draft in drafts:
        if not draft.code.startswith("181") or draft.noun is not None or draft.target is not None and draft.target.actor:
            continue
        verb = draft.trigger
        held = [child for obj in objects(verb, ("dobj",)) if obj.lemma_.lower() in ("hostage", "captive") for child in obj.children if child.dep_ == "compound" and child.pos_ == "NOUN"]
        for people in held:
            actor = lookup.resolve(people) or lookup.victims(people, verb)
            if actor:
                draft.target = Argument(people, actor, phrase_text(people))
                break


def _burned(verb: Token) -> list[Token]:
    """The property a "set fire to" / "set … ablaze" / "set … on fire" clause burns."""
    direct = objects(verb, ("dobj",))
    if any(token.lemma_.lower() == "fire" for token in direct):
        found = prep_objects(verb, "to") + [token for obj in direct for token in prep_objects(obj, "to")]
    elif any(child.lower_ in _FLAMES for child in verb.children if child.dep_ in ("oprd", "advmod", "acomp", "ccomp", "xcomp", "dobj", "npadvmod")) or any(
        token.lower_ == "fire" for token in prep_objects(verb, "on")
    ):
        found = direct
    else:
        return []
    found = [token for item in found for token in [item, *item.conjuncts]]
    return [counted(token) for token in found if counted(token).lemma_.lower() in _PROPERTY]


def _owners_of_property(item: Token, verb: Token, lookup: ActorLookup) -> str | None:
    state = _state_owner(item, lookup)  # "Palestinian homes"
    if state is None:
        # "homes in a Palestinian village", "homes in Pont-Sonde": the place's people
        places = [place for holder in (item, verb, *item.conjuncts) for preposition in ("in", "near") for place in prep_objects(holder, preposition)]
        for place in places:
            state = _state_owner(place, lookup) or next((country for word in place.subtree for country in [lookup.country_of_place(word, stands_for=False)] if country), None)
            if state:
                break
    return lookup.implied_institution(state, "CVL", item) if state else None


def _aim_at_conditioner(drafts: list[_Draft], lookup: ActorLookup) -> None:
    """"Pakistan would strike Afghanistan if the TTP carried out fresh attacks": force or any act
    but yielding in the condition of what someone threatens or promises, naming no one it is aimed
    at, is aimed at them (what is yielded, "unless Henry stepped down", goes to no one named)."""
    for draft in drafts:
        if draft.source is None or not draft.source.actor or draft.target is not None and draft.target.actor or draft.code.startswith("08"):
            continue  # (what is yielded in a condition, hostages or ground, goes to no one named)
        clause = draft.head
        if clause.dep_ != "advcl" or not any(child.dep_ == "mark" and child.lower_ in _CONDITION_MARKS for child in clause.children):
            continue
        for subject in subjects(clause.head):
            actor = lookup.resolve(subject)
            if actor and actor != draft.source.actor and _side(actor, lookup) != _side(draft.source.actor, lookup):
                draft.target = Argument(subject, actor, subject.text)
                break


def _accused_act(verb: Token) -> bool:
    """"accused Algeria of shooting down the drone": the act in an accusation's "of" phrase."""
    return verb.dep_ == "pcomp" and _judging_verb(verb, _ACCUSING | {"allege"}) is not None


_ANSWER_NOUNS = {"retaliation", "revenge", "reprisal", "response"}
_ACT_DOERS = {"attacker", "assailant", "raider", "perpetrator", "kidnapper", "abductor", "gunman", "hijacker", "bomber"}


def _doers_named_by_their_act(drafts: list[_Draft]) -> None:
    """"Fighters from JNIM attacked an army base … the army struck the attackers as they
    withdrew": "the attackers" are whoever carried out the latest use of force told before."""
    for draft in drafts:
        for role in ("source", "target"):
            item = getattr(draft, role)
            if item is None or item.actor:
                continue
            noun = counted(item.token)
            if noun.lemma_.lower() not in _ACT_DOERS or not any(child.dep_ == "det" and child.lower_ in ("the", "these", "those") for child in noun.children):
                continue
            other = draft.target if role == "source" else draft.source
            earlier = [
                told for told in drafts
                if told is not draft and sentence_floor(noun, back=3) <= told.trigger.i < noun.i and told.code.startswith(_FORCE_ROOTS)
                and told.source is not None and told.source.actor and (other is None or told.source.actor != other.actor)
            ]  # fmt: skip
            if earlier:
                latest = max(earlier, key=lambda told: told.trigger.i).source
                setattr(draft, role, Argument(item.token, latest.actor, item.text))


def _aim_as_told_before(drafts: list[_Draft], lexicon: EventLexicon) -> None:
    """"Haniyeh was killed in Tehran, and Hamas accused Israel of carrying out the assassination":
    an act named again by a definite noun with no target of its own ("the assassination", "the
    attack") is aimed where the act told within the three sentences before it was."""
    for draft in drafts:
        noun = draft.noun
        if noun is None or draft.trigger.i != noun.i or draft.target is not None and draft.target.actor:
            continue
        if not any(child.dep_ == "det" and child.lower_ in _DEFINITE for child in noun.children):
            continue
        floor = sentence_floor(noun, back=3)
        told = [
            other for other in drafts
            if other is not draft and floor <= other.trigger.i < noun.i and other.target is not None and other.target.actor
            and (_names_act(other.trigger, noun) or _same_kind(other.code, draft.code))
            and not (draft.source is not None and other.target.actor == draft.source.actor)
        ]  # fmt: skip
        if told:
            act = max(told, key=lambda other: other.trigger.i)
            latest = act.target
            draft.target = Argument(latest.token, latest.actor, latest.text)
            if (draft.source is None or not draft.source.actor) and act.source is not None and act.source.actor:
                # "… initialled a peace treaty. Pashinyan said the deal opened a new era": the same
                # act, with its doer too (it merges with the first telling as more evidence)
                draft.source = Argument(act.source.token, act.source.actor, act.source.text)


def _names_act(trigger: Token, act: Token) -> bool:
    """Whether an act noun names the act a trigger told: the same lemma ("the strikes" after
    "strikes" or "struck"), or the verb's gerund or agent noun ("the ramming" after "rammed")."""
    told, noun = trigger.lemma_.lower(), act.lemma_.lower()
    if told == noun:
        return True
    return len(told) >= 3 and noun.startswith(told) and noun[len(told):] in ("ing", "ning", "ming", "ting", "ion", "ation", "ment")


def _same_kind(code: str, other: str) -> bool:
    return code[:2] == other[:2] or code.startswith(_FORCE_ROOTS) and other.startswith(_FORCE_ROOTS)


def _mediated(drafts: list[_Draft], lexicon: EventLexicon) -> list[_Draft]:
    """"a ceasefire under a deal mediated by Anwar Ibrahim", "signed a declaration after
    mediation by Erdogan", "China hosted talks between the junta and the alliance": a mediator
    or host with no target of its own mediates between the parties of the sentence's mutual act."""
    found: list[_Draft] = []
    for draft in drafts:
        if not draft.code.startswith(("045", "043")) or draft.target is not None and draft.target.actor or draft.source is None:
            found.append(draft)
            continue
        sentence = draft.trigger.sent
        parties: dict[str, Argument] = {}
        within = [other for other in drafts if other is not draft and other.trigger.sent.start == sentence.start]
        # "exchanged prisoners in a swap mediated by the UAE": an act done each way is mutual too
        pairs = {(other.source.actor, other.target.actor) for other in within if other.source is not None and other.target is not None}
        for other in within:
            each_way = other.source is not None and other.target is not None and (other.target.actor, other.source.actor) in pairs
            if not (lexicon.is_mutual(other.code) or lexicon.is_reciprocal(other.code) or each_way):
                continue
            for side in (other.source, other.target):
                if side is not None and side.actor and side.actor != draft.source.actor:
                    parties.setdefault(side.actor, side)
        if len(parties) < 2 and _hosts_told_meeting(draft.trigger):
            # "… met for direct talks. The meeting, hosted by Hakan Fidan, lasted an hour": the
            # parties of the latest mutual act told in the three sentences before
            floor = sentence_floor(draft.trigger, back=3)
            told = [
                other for other in drafts
                if other is not draft and floor <= other.trigger.i < sentence.start and lexicon.is_mutual(other.code)
                and other.source is not None and other.source.actor and other.target is not None and other.target.actor
                and draft.source.actor not in (other.source.actor, other.target.actor)
            ]  # fmt: skip
            if told:
                latest = max(told, key=lambda other: other.trigger.i)
                parties = {latest.source.actor: latest.source, latest.target.actor: latest.target}
        if len(parties) < 2:
            found.append(draft)
            continue
        # a host of talks between two others facilitates them (CAMEO 045, mediate), and is
        # visited by neither
        found.extend(replace(draft, code="045", target=party, evidence=[]) for party in parties.values())
    return found


_MEETINGS = {"meeting", "talk", "summit", "negotiation", "round", "session", "conference"}


def _hosts_told_meeting(trigger: Token) -> bool:
    """"The meeting, hosted by X", "X hosted the talks": a host of a meeting already told."""
    meetings = [trigger.head] if trigger.dep_ == "acl" else [child for child in trigger.children if child.dep_ == "dobj"]
    return any(noun.lemma_.lower() in _MEETINGS and any(child.dep_ == "det" and child.lower_ in _DEFINITE for child in noun.children) for noun in meetings)


def _mirrored(drafts: list[_Draft], lexicon: EventLexicon) -> list[_Draft]:
    """"X met Y" is also Y meeting X, "X received Y" is Y visiting X: the other direction of
    mutual events, once."""
    have = {(draft.source.actor if draft.source else None, draft.code, draft.target.actor if draft.target else None, draft.trigger.i) for draft in drafts}
    mirrors = []
    for draft in drafts:
        code = lexicon.mirror_code(draft.code)
        fought_with = draft.trigger.lemma_.lower() == "fight" and any(child.dep_ == "prep" and child.lower_ == "with" for child in draft.trigger.children)
        if code is None and draft.code.startswith(_FORCE_ROOTS) and draft.noun is None and (draft.trigger.lemma_.lower() in _MUTUAL_FIGHTING or fought_with):
            code = draft.code  # "clashed with riot police", "exchanged fire with Kosovo police", "fighting with": both fought
        if code is None or draft.source is None or draft.target is None:
            continue
        if draft.status is None or not (draft.status.status in ("asserted", "reported") or _scheduled(draft.status)):
            continue  # "declined to meet", "agreed to meet": one side's act or intent, not a meeting
        source, target = draft.source.actor, draft.target.actor
        if source is None or target is None or source == target or (target, code, source, draft.trigger.i) in have:
            continue
        have.add((target, code, source, draft.trigger.i))
        mirrors.append(replace(draft, code=code, source=draft.target, target=draft.source, evidence=[]))
    return mirrors


_MUTUAL_FIGHTING = {"clash", "skirmish", "exchange", "battle", "scuffle", "brawl"}
# Fighting told with no one named: both sides of it ("after clashes along the border").
_UNNAMED_FIGHTING = _MUTUAL_FIGHTING | {"fighting", "fight", "hostility", "combat", "firefight", "gunfight"}
_TWO_SIDED = _UNNAMED_FIGHTING | {"war", "conflict", "crossfire"}  # "killed in the fighting"
_STREET_PEOPLE = ("CVL", "OPP", "EDU", "LAB")
_STREET_FORCES = ("COP", "MIL")


def _street_clashes(drafts: list[_Draft]) -> list[_Draft]:
    """"Protesters clashed with police", "protests left 19 dead in clashes with police": a clash
    between a state's people and its own police or army is a violent protest by the people (145)
    and violent repression by the forces (175), as CAMEO codes street clashes; a clash with the
    forces that names no other side, in a sentence telling a protest, is the protesters'."""
    for draft in list(drafts):
        if draft.code != "190" or draft.trigger.lemma_.lower() not in _MUTUAL_FIGHTING or draft.source is not None and draft.source.actor:
            continue
        forces = draft.target.actor if draft.target is not None else None
        if _sector(forces) not in _STREET_FORCES:
            continue
        protests = [
            other for other in drafts
            if other.code.startswith("14") and other.trigger.sent == draft.trigger.sent and other.source is not None
            and _sector(other.source.actor) in _STREET_PEOPLE and other.source.actor[:3] == forces[:3]
        ]  # fmt: skip
        if protests:
            draft.source = protests[0].source
            drafts.append(replace(draft, source=draft.target, target=draft.source, evidence=[]))
    for draft in drafts:
        if draft.code != "190" or draft.trigger.lemma_.lower() not in _MUTUAL_FIGHTING or draft.source is None or draft.target is None:
            continue
        source, target = draft.source.actor, draft.target.actor
        if source is None or target is None or source[:3] != target[:3]:
            continue
        if _sector(source) in _STREET_PEOPLE and _sector(target) in _STREET_FORCES:
            draft.code = "145"
        elif _sector(source) in _STREET_FORCES and _sector(target) in _STREET_PEOPLE:
            draft.code = "175"
    return drafts


_PROTESTERS = {"protester", "protestor", "demonstrator", "marcher"}
_RIOTERS = _PROTESTERS | {"rioter", "crowd", "mob"}
# What a crowd storms, burns or ransacks: the state's institutions, a party, property.
_RIOTED = ("GOV", "LEG", "JUD", "COP", "MIL")


def _described_protesters(drafts: list[_Draft], lookup: ActorLookup) -> None:
    """"Police fired tear gas at students protesting job quotas": people a participle describes
    as protesting, whom another act of the sentence names, protest as who they are there
    (`BGDCVL`), against their own government when nothing else is named."""
    for draft in drafts:
        if not draft.code.startswith("14") or draft.noun is not None or draft.source is not None and draft.source.actor:
            continue
        verb = draft.trigger
        if verb.dep_ != "acl" or verb.tag_ != "VBG":
            continue
        known = next((other.target for other in drafts if other.target is not None and other.target.actor and counted(other.target.token).i == verb.head.i), None)
        if known is None or _sector(known.actor) not in _HOME_PROTESTERS:
            continue
        # ("protesters marching on parliament": the participle's noun, when no subject was read)
        people = draft.source.token if draft.source is not None else verb.head
        draft.source = Argument(people, known.actor, phrase_text(people))
        if draft.target is None or not draft.target.actor:
            government = _own_government(verb, [draft.source], lookup)
            draft.target = government[0] if government else draft.target


def _conceded_to_protesters(drafts: list[_Draft], lookup: ActorLookup) -> None:
    """"Hasina resigned as protesters marched on her residence", "Ruto withdrew the finance bill
    a day after protesters stormed parliament": a resignation or a policy withdrawn (083x) with no
    one named gives way to the state's own people whose protest the sentence, or the one before,
    tells."""
    for draft in drafts:
        if not draft.code.startswith("083") or draft.source is None or not draft.source.actor or draft.target is not None and draft.target.actor:
            continue
        country = _country_of(draft.source.actor, lookup)
        floor = sentence_floor(draft.trigger, back=1)
        protests = [
            other for other in drafts
            if other.code.startswith("14") and floor <= other.trigger.i < draft.trigger.sent.end and other.source is not None and other.source.actor
            and _sector(other.source.actor) in _HOME_PROTESTERS and _country_part(other.source.actor) == country
        ]  # fmt: skip
        if protests:
            people = min(protests, key=lambda other: abs(other.trigger.i - draft.trigger.i)).source
            draft.target = Argument(people.token, people.actor, people.text)


def _riots(drafts: list[_Draft], lookup: ActorLookup) -> None:
    """"Protesters stormed parliament", "demonstrators ransacked an office of the ruling party",
    "protesters set fire to parliament": force or destruction by protesters, a crowd or a mob on
    the state's institutions, a party or property is a violent protest (145), as CAMEO codes a
    riot; unnamed protesters storming a state's institution are its people."""
    for draft in drafts:
        if not draft.code.startswith(("18", "19", "1712")) or draft.noun is not None or draft.source is None:
            continue
        if not _is_crowd(draft.source.token):
            continue
        target = draft.target.actor if draft.target is not None else None
        if target is not None and _sector(target) not in _RIOTED and lookup.types.get(target) not in ("party", "company"):
            continue  # "a mob lynched two men": force on people
        if draft.source.actor is None and _sector(target) in _RIOTED:
            people = lookup.implied_institution(_country_part(target), "CVL", draft.source.token)
            draft.source = Argument(draft.source.token, people, draft.source.text) if people else draft.source
        if draft.source.actor is not None and (_sector(draft.source.actor) in _STREET_PEOPLE or lookup.types.get(draft.source.actor) == "party"):
            draft.code = "145"


def _is_crowd(token: Token) -> bool:
    """Protesters, a crowd or a mob, also as "who" after them and as a capitalised first word the
    tagger takes for a name ("– Protesters stormed parliament")."""
    noun = counted(antecedent_noun(token))  # "protesters who tried to storm parliament"
    lemma = noun.lemma_.lower()
    return lemma in _RIOTERS or noun.pos_ == "PROPN" and lemma.endswith("s") and lemma[:-1] in _RIOTERS


def _protests_met_with_force(drafts: list[_Draft], lookup: ActorLookup) -> list[_Draft]:
    """"Riot police used water cannon to disperse thousands of demonstrators outside parliament":
    the demonstrators the forces act on were protesting, against their own government (141), as
    ACLED records a protest beside the force used on it; said as surely as the force is."""
    found: list[_Draft] = []
    told = {(draft.source.actor, draft.trigger.sent.start) for draft in drafts if draft.code.startswith("14") and draft.source is not None}
    for draft in drafts:
        target = draft.target
        if not draft.code.startswith(("17", "18", "19")) or draft.source is None or target is None or not target.actor or lookup.kb is None:
            continue
        people = counted(target.token)
        if people.lemma_.lower() not in _PROTESTERS or _sector(target.actor) != "CVL" or (target.actor, draft.trigger.sent.start) in told:
            continue
        if any(child.dep_ in ("relcl", "acl") and child.pos_ == "VERB" for child in people.children):
            continue  # "protesters who stormed parliament": what they did is told, and coded, there
        forces = draft.source.actor
        if forces is None or forces[:3] != target.actor[:3] or _sector(forces) not in ("COP", "MIL", "GOV"):
            continue
        unnamed = next((other for other in drafts if other.code.startswith("14") and other.source is not None and not other.source.actor and counted(other.source.token).i == people.i), None)
        if unnamed is not None:
            # "fired tear gas at protesters marching on parliament", parsed with the protesters as the
            # march's subject: the march is theirs, as the force names them
            unnamed.source = Argument(unnamed.source.token, target.actor, unnamed.source.text)
            told.add((target.actor, draft.trigger.sent.start))
            continue
        government = _own_government(people, [target], lookup)
        if not government:
            continue
        told.add((target.actor, draft.trigger.sent.start))
        found.append(replace(draft, trigger=people, head=people, code="141", source=target, target=government[0], noun=people, evidence=[]))
    return found


def _scheduled(status: Status) -> bool:
    """"will meet", "is set to hold talks": a meeting on the calendar, not one side's intent."""
    cue = status.cue
    return status.status == "planned" and cue is not None and (cue.dep_ == "aux" and cue.lower_ != "to" or cue.lemma_.lower() in _SCHEDULING)


_SCHEDULING = {"set", "schedule", "due", "expect"}


# --- verbs ---------------------------------------------------------------------------------


_SILENCING = {"suspend", "ban", "shut", "close", "block", "outlaw", "bar"}


def _silences_media(verb: Token, lookup: ActorLookup) -> bool:
    """"Suspended the BBC and Voice of America", "banned Al Jazeera": silencing an outlet the
    article names is a restriction on freedoms (1721), whatever the verb codes with other objects."""
    if verb.lemma_.lower() not in _SILENCING:
        return False
    named = with_conjuncts(objects(verb, ("dobj",)))
    return any(lookup.types.get(actor) == "media" for token in named for actor in [lookup.resolve(token)] if actor)


def _verb_events(verb: Token, lexicon: EventLexicon, lookup: ActorLookup) -> list[_Draft]:
    particle = next((child.lower_ for child in verb.children if child.dep_ == "prt"), None)
    if particle is None and verb.lemma_.lower() in lexicon.particle_verbs:
        # "pull back from", which the parser can read as an adverb
        # "pulling some of its soldiers back": after the object too
        # "pull out of Uvira", parsed with "out" as a preposition holding "of"
        adverb = next((
            child.lower_ for child in verb.children
            if (child.dep_ == "advmod" and (child.i == verb.i + 1 or child.i > verb.i and any(obj.dep_ == "dobj" and obj.i < child.i for obj in verb.children))
                or child.dep_ == "prep" and child.i == verb.i + 1 and any(item.dep_ == "prep" for item in child.children)
                # "forced the UN mission out of the country", "pulled its troops out of Mali"
                or child.dep_ == "prep" and child.lower_ == "out" and any(obj.dep_ == "dobj" and obj.i < child.i for obj in verb.children) and any(item.lower_ == "of" for item in child.children))
            and child.lower_ in ADVERB_PARTICLES
        ), None)  # fmt: skip
        particle = adverb if adverb is not None and (verb.lemma_.lower(), adverb) in lexicon.verbs else None
    entry = _verb_entry(verb, lexicon, particle)
    if entry is None or _carries_event_noun(verb, lexicon):
        return []  # "launched airstrikes": the noun is the event, coded with the noun
    if _requested(verb, lexicon):
        return []  # "urged X to allow aid": the appeal is the event; the aid has not been allowed
    if _dispersal_purpose(verb):
        return []  # "fired tear gas to disperse the crowd": one act, coded on "fired"
    if verb.lemma_.lower() == "tell" and not any(child.dep_ == "xcomp" and any(grandchild.lower_ == "to" for grandchild in child.children) for child in verb.children):
        return []  # "told reporters that Israel had withdrawn": a report, not a demand
    if verb.dep_ in ("advcl", "xcomp") and verb.head.lemma_.lower() == "summon" and verb.lemma_.lower() in ("protest", "complain"):
        return []  # "summoned Japan's ambassador to protest": the summons is the complaint
    if verb.lemma_.lower() == "meet" and is_passive(verb) and any(child.dep_ == "prep" and child.lower_ == "with" for child in verb.children) and not any(child.dep_ == "agent" for child in verb.children):
        return []  # "would be met with a firm response": a reaction, not a meeting
    if verb.lemma_.lower() == "arm" and verb.dep_ in ("acl", "amod") and any(child.lower_ == "with" for child in verb.children):
        return []  # "coast guard personnel armed with knives": a description, not supplying arms
    if named_as_what(verb) is not None:
        return []  # "condemned what it called China's actions": the naming is part of the condemnation
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in _ENTITLEMENTS:
        return []  # "respect the right to protest": an entitlement, not an act
    if participle_read_as_clause(verb):
        return []  # "detained impeached President Yoon": a description of whom they detained
    if _alerted(verb):
        return []  # "forces were placed on high alert": coded once, by _put_on_alert
    pattern = _first_match(entry, verb)
    code = pattern.code if pattern is not None else entry.code
    intended = _intended_noun(verb, lexicon) if entry.intent else None
    if pattern is None and entry.intent:
        # "agreed to send delegations for talks", "pledged 500 million euros in military aid":
        # the intent takes its kind from the act
        noun_code = _noun_code(_noun_entry(intended, lexicon), intended) if intended is not None else None
        code = _intent_code(verb, lexicon) or (lexicon.intent_code(noun_code) if noun_code else None) or code
    elif pattern is None and entry.refusal:
        code = _intent_code(verb, lexicon, refused=True) or code  # "declined to resign": 1231
    if code is None and _silences_media(verb, lookup):
        code = "1721"
    doers = _drafters(verb) or subjects(verb)
    if code is None and pattern is not None and pattern.passive_code:
        # PETRARCH's [:B]: "appeared before a court": the subject undergoes the event; "flew him
        # to New York to face charges": he does
        carried = [child for child in verb.head.children if child.dep_ == "dobj"] if verb.dep_ in ("advcl", "xcomp") and verb.head.i != verb.i else []
        doers = carried or doers
        sufferers = [argument(token, lookup) for token in doers if not _is_event_noun(token, lexicon)]
        return _pairs(verb, verb, pattern.passive_code, [None], sufferers or [None], False)
    if code is None:
        return []
    if any(_is_event_noun(doer, lexicon) for doer in doers) or _drives_below(verb) and _driven_by_event_noun(verb, lexicon):
        return []  # "Israeli strikes killed 12", "an attack that killed 12": the strikes are the event (they take its target)
    slots = pattern.target if pattern is not None and pattern.target is not None else entry.target
    if code.startswith("042") and "dobj" not in slots and any(child.dep_ == "dobj" for child in verb.children):
        return []  # "flew him to New York": carrying someone is no visit
    target_tokens = _target_tokens(verb, slots, lookup)
    if code.startswith(_FORCE_ROOTS):
        target_tokens += [obj for child in verb.children if _dispersal_purpose(child) for obj in objects(child, ("dobj",))]
    own_doers = {lookup.resolve(token) for token in doers}
    if code.startswith("114"):
        # "complained to the United Nations over two Israeli air raids": about whoever did the act
        offenders = [owner.token for preposition in ("over", "about") for act in prep_objects(verb, preposition) if _is_event_noun(act, lexicon) for owner in _noun_owners(act, lookup) if owner.actor not in own_doers]
        target_tokens = offenders[:1] or target_tokens
    if all(lookup.resolve(token) in own_doers | {None} for token in target_tokens):
        if code.startswith(("15", "13")):
            # "mobilized army reservists for a possible war against Iraq": whom the act it is for faces
            target_tokens = _faced_in_purpose(verb, lookup) or target_tokens
        elif code.startswith("16"):
            # "suspended part of a military aid program for Bosnia": whom what is cut was for
            target_tokens = _receivers_of_object(verb, lookup) or target_tokens
    if pattern is not None and pattern.object:
        # "demanded the withdrawal of Rwandan troops from eastern Congo": the parser may hang the
        # place they leave on the verb, where "from" names whom a demand is made of
        leavers = [leaver for obj in objects(verb, ("dobj",)) if _lemma_matches(obj, pattern.object) for leaver in _leavers(obj) if lookup.resolve(leaver)]
        target_tokens = leavers[:1] or target_tokens
        # "expressed condolences to Iran": the pattern names the object; its partner is the target
        target_tokens = [_partner_of(token) if _lemma_matches(token, pattern.object) and not lookup.resolve(token) else token for token in target_tokens]
    if pattern is not None and pattern.prep and pattern.pobj and not any(lookup.resolve(token) for token in target_tokens):
        # "agreed to U.S. mediation": whose the thing the pattern names is, as with an object ("accepted EU mediation")
        phrase = [token for token in prep_objects(verb, pattern.prep) if _lemma_matches(token, pattern.pobj)]
        named = [token for token in phrase if lookup.resolve(token) not in own_doers | {None}]
        # "called for the withdrawal of Russian forces": of those asked to leave
        named += [leaver for token in phrase for leaver in _leavers(token) if lookup.resolve(leaver) not in own_doers | {None}]
        target_tokens = named[:1] or target_tokens
    if intended is not None and not any(lookup.resolve(token) for token in target_tokens):
        target_tokens = [token for preposition in ("to", "for", "against", "on") for token in prep_objects(intended, preposition) if lookup.resolve(token)]
    # the acts the verb governs ("threatened to strike", "agreed to resume"); a threat's also when
    # the parser reads "threatened on Monday to secede" as an adverbial clause
    # ("dispatched warships to monitor the Chinese forces": a show of force faces what its purpose names)
    governed = [child for child in verb.children if child.dep_ in ("xcomp", "ccomp") or code.startswith(("13", "15")) and _to_clause(child)]
    if code.startswith(("15", "06", "07")) and not any(lookup.resolve(token) for token in target_tokens):
        # "sending North Korean troops to help Russian forces drive Ukrainian units out": sent to
        # whom the purpose helps
        target_tokens = _helped(verb, lookup) or target_tokens
    if not target_tokens:
        # "threatened to strike Hezbollah", "agreed to resume cooperation with the IAEA": aimed
        # at the target of the act it governs; "offered to help rebuild the country's grid":
        # through a helping verb to the act
        acts = governed + [grandchild for child in governed if child.lemma_.lower() in _HELPING for grandchild in child.children if grandchild.dep_ == "xcomp"]
        target_tokens = [token for child in acts for token in _target_tokens(child, _target_slots(child, lexicon), lookup)]
    if code.startswith("13") and governed and not any(lookup.resolve(token) for token in target_tokens):
        # "threatened to send troops into the country", "to cut off electricity to the
        # Azerbaijani republic of Nakhichevan", "to secede from the Soviet Union", "to resume
        # attacks in Israel": aimed at the actor or state the threatened act reaches
        own = {lookup.resolve(token) for token in doers}
        reached = [token for child in governed for preposition in _REACHING for token in prep_objects(child, preposition)]
        reached += [token for child in governed for obj in objects(child, ("dobj",)) for preposition in _REACHING for token in prep_objects(obj, preposition)]
        target_tokens = [token for token in reached if (lookup.resolve(token) or lookup.country_of_place(token, stands_for=False)) not in own | {None}][:1] or target_tokens
    if (code.startswith(_CONDITIONAL_ROOTS) or _answering(verb)) and not any(lookup.resolve(token) for token in target_tokens):
        # "threatened to hold a general strike unless Israel rescinded the annexation", "would respond
        # with force if Iran tried…": a threat or a response is aimed at whom its condition is put to
        target_tokens = _conditioned(verb, lookup) or target_tokens
    if code.startswith(_REACTIONS_TO_ACTS) and not any(lookup.resolve(token) for token in target_tokens):
        # "detained 11 journalists, a move condemned by Human Rights Watch", "lifted sanctions on
        # Syria, a step Damascus welcomed": aimed at who made the move
        act = verb.head if verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in _ACT_NOUNS else None
        act = act or next((token for token in target_tokens if token.lemma_.lower() in _ACT_NOUNS), None)
        if act is not None:
            target_tokens = _movers(act, verb, lookup) or target_tokens
    own = {lookup.resolve(token) for token in doers}
    partners: list[Token] = []
    if all(lookup.resolve(token) in own | {None} for token in target_tokens):
        # "closed its border with Belarus", "recalled its ambassador to Algeria": the object's partner
        relational = [obj for obj in objects(verb, ("dobj",)) if obj.lemma_.lower() in _RELATIONAL_OBJECTS]
        partners = [partner for obj in relational for partner in _relational_partners(obj)] + (prep_objects(verb, "with") if relational else [])
        target_tokens = [partner for partner in partners if lookup.resolve(partner) or _counted_actors(partner, lookup)] or target_tokens
    if verb.lemma_.lower() in lexicon.status.requesting_governors and not any(lookup.resolve(token) for token in target_tokens):
        # "demanded that Israel withdraw": the demand is made of the clause's subject
        target_tokens = [token for child in verb.children if child.dep_ == "ccomp" for token in subjects(child)] or target_tokens
    sources = [_local_doer(source, verb, lookup) for source in _arguments(doers, lookup)]
    if not any(source is not None and source.actor for source in sources):
        sources = _borrowed_sources(verb, lexicon, lookup) or sources
        if doers and not any(source is not None and source.actor for source in sources) and _cooperative(code) and not any(doer.lower_ in _PERSONAL or _names_both(doer) for doer in doers):
            return []  # "a cable that links Taiwan with…", "a ceremony marking…": things do not cooperate
    targets = _arguments(target_tokens, lookup)
    if partners and not any(target is not None and target.actor and target.actor not in own for target in targets):
        # "recalled its ambassadors from Bamako and Niamey", "closed its airspace to flights to and
        # from Mali": a city named as the partner stands for its state
        placed = [(partner, lookup.country_of_place(partner)) for partner in partners]
        targets = [Argument(partner, country, phrase_text(partner)) for partner, country in placed if country and country not in own] or targets
    if code.startswith(_TO_PEOPLE):
        targets = [_people(target, lookup) for target in targets]  # "urged Malians to stay calm", "pledged aid to Palestinians"
        targets = [_addressed(target, verb, sources, lookup) for target in targets]  # "asked citizens to respect the law"
    if code.startswith(_PLACE_RULES) and not any(target is not None and target.actor for target in targets):
        targets = _people_of_place(verb, sources, lookup) or targets
    if code.startswith(_VISITS + _GIVING):
        targets = [_visited_country(target, lookup) for target in targets]
        if code.startswith(_GIVING) and not any(target is not None and target.actor for target in targets):
            # "supplied missiles to Moscow", "sent aid to Gaza": the place stands for its country
            given_to = prep_objects(verb, "to") + [item for obj in objects(verb, ("dobj",)) for item in prep_objects(obj, "to")]
            # ("contributed troops to the mission in Haiti": where what receives them is)
            receivers = [_visited_country(argument(token, lookup), lookup) for token in given_to + [place for token in given_to for place in prep_objects(token, "in")]]
            targets = [target for target in receivers if target is not None and target.actor] or targets
    elif code.startswith(_FORCE_ROOTS) or code == "174":
        # a truce declared by Putin is not force on Putin
        acted_on = targets if code.startswith("196") else [_held_by(_doer_of_act(target, lexicon, lookup), lookup) for target in targets]
        targets = [_victims(_people(target, lookup), verb, lookup) for target in acted_on]
        targets = [_victims_at_home(target, sources, lookup, code) for target in targets]
        targets = [_armed_post(target, verb, lookup) for target in targets]
        if not code.startswith("174"):
            # people sent away to detention centres in Albania are not Albania
            targets = _struck_country(verb, targets, sources, lookup, seized=code.startswith("192") and _fighters(sources, lookup))
            if code.startswith(("18", "19", "20")) and not code.startswith(("191", "192")):
                targets = _populated_at_home(verb, targets, sources, lookup)
        if _mass_killing(verb, targets):
            code = "202"
        elif _assassination(verb, targets, lookup):
            code = "186"
        elif code == "190":
            code = _weapon_code(verb) or code
        if _shown_force(verb, code, targets):
            code = "150"
    if not any(target is not None and target.actor for target in targets) and _answering(verb):
        # "retaliated for the Israeli strikes": aimed at whoever struck
        answered = [noun for noun in prep_objects(verb, "for") if _is_event_noun(noun, lexicon)]
        targets = [owner for noun in answered for owner in _noun_owners(noun, lookup)] or targets
    if code.startswith(_DISAPPROVING) and not any(target is not None and target.actor for target in targets):
        # "condemned the strikes by Israel": aimed at whoever does the act judged
        judged = [target.token for target in targets if target is not None and _is_event_noun(target.token, lexicon)]
        # ("condemned the drills between the United States and South Korea": both parties)
        parties = [item for noun in judged for item in _arguments(with_conjuncts(prep_objects(noun, "between")), lookup) if item is not None and item.actor]
        targets = [owner for noun in judged for owner in _noun_owners(noun, lookup)] or parties or targets
    if code.startswith(_DISAPPROVING) and not any(target is not None and target.actor for target in targets):
        # "rejected offers of talks from Seoul and Washington": aimed at those who made them
        offered = [token for target in targets if target is not None for token in [target.token, *prep_objects(target.token, "of")]]
        makers = [item for token in offered for item in _arguments(with_conjuncts(prep_objects(token, "from")), lookup) if item is not None and item.actor]
        # "rejected a truce proposed by the United States and Saudi Arabia": those who put it forward
        proposed = [agent for target in targets if target is not None for agent in put_forward_by(target.token)]
        makers += [item for item in _arguments(with_conjuncts(proposed), lookup) if item is not None and item.actor]
        targets = makers or targets
    left_body = any(target is not None and lookup.types.get(target.actor or "") == "igo" for target in targets)
    ordered = verb.dep_ == "xcomp" and any(child.dep_ == "dobj" for child in verb.head.children)  # "ordered advisers to leave": the order is the act
    if verb.lemma_.lower() in _LEAVING and not left_body and not ordered and _armed(sources, lookup):
        code = "0874"  # "French troops would leave the country": a military pulls out
    if code == "0874" and not any(target is not None and target.actor for target in targets):
        targets = _left_country(verb, sources, lookup) or targets  # "withdrew from Kherson": from Ukraine
    mutual_parties = (entry.reciprocal or lexicon.is_reciprocal(code)) and (
        len({source.actor for source in sources if source is not None and source.actor}) > 1 or any(_names_both(doer) for doer in doers)
    )  # "officials from both countries spoke by telephone": the pair comes from the acts told before
    if code.startswith("04") and verb.lemma_.lower() in _GOING and not any(target is not None and target.actor for target in targets) and not mutual_parties:
        # "Macron went to Kyiv" visits Ukraine; "the gunmen went from house to house" meets no one
        own_countries = {_country_of(source.actor, lookup) for source in sources if source is not None and source.actor}
        visited = [item for item in (_visited_country(argument(token, lookup), lookup) for token in prep_objects(verb, "to")) if item is not None and item.actor and item.actor not in own_countries]
        if not visited or not any(source is not None and source.actor for source in sources):
            return []
        code, targets = "042", visited
    untargeted = pattern is not None and pattern.target == ("none",)  # "ordered reinforcements": no one is ordered
    if entry.needs_target and not untargeted and code != "0874" and not any(target is not None and target.actor for target in targets) and not mutual_parties:
        return []  # "Putin and Trump spoke by phone" has its parties; "spoke at a rally" none
    if verb.lemma_.lower() in _LEAVING and code != "0874" and not left_body:
        return []  # "left ECOWAS" breaks ties; "left Kabul", "left the country" is travel
    targets = [_local_doer(target, verb, lookup, doer=False) for target in targets]  # "clashed with riot police in Tbilisi"
    if code.startswith(_FORCE_ROOTS) and not code.startswith("174"):  # deportees are foreigners
        # "police arrested protesters", "police opened fire on protesters": a state's own police
        # or government coerce or shoot its own people
        # (an execution is always at home: "Iran executed a man convicted of spying")
        violent = not code.startswith("17") and verb.lemma_.lower() not in _EXECUTING
        targets = [_coerced_at_home(target, sources, lookup, violent=violent) for target in targets]
    if code.startswith("14"):
        sources = [_people(source, lookup) for source in sources]  # "hundreds of Palestinians marched"
        if verb.lemma_.lower() in _COMPLAINING and sources and all(_official(source, lookup) for source in sources):
            code = "114"  # "Vietnam protested Chinese patrols": a state protests by diplomatic complaint
        if not any(target is not None and target.actor for target in targets):
            targets = _embassy_owners(verb, lookup) or targets  # "rallied outside the French embassy"
        if not any(target is not None and target.actor for target in targets):
            targets = _protested(verb, sources, lookup) or targets  # "demonstrated … calling for independence from Iraq"
        if not any(target is not None and target.actor for target in targets):
            targets = _against_government(doers, sources, lookup) or targets  # "anti-government protesters blocked roads"
        if not any(target is not None and target.actor for target in targets):
            targets = _own_government(verb, sources, lookup) or targets  # "Serbian students blocked an intersection"
    if code.startswith("15") and not any(target is not None and target.actor for target in targets):
        targets = _shown_at(verb, sources, lookup) or targets  # "staged drills around Taiwan"
    destined = {token.i for preposition in ("to", "into") for token in with_conjuncts(prep_objects(verb, preposition))}
    sent_there = any(target is not None and target.token.i in destined for target in targets)  # not "to monitor the Chinese fleet"
    if code == "154" and verb.lemma_.lower() in _SENDING and sent_there and _foreign_state(sources, targets, lookup) and not _to_border(verb):
        code = "072"  # "sent 1,500 troops to Russia": troops for another state are military aid
    if code.startswith("11") and not any(target is not None and target.actor for target in targets):
        # "a deal Somalia's government condemned as an act of aggression by Ethiopia": the doer
        # of the act it is named as
        named_doers = [token for naming in prep_objects(verb, "as") for token in naming.subtree if token.dep_ == "pobj" and token.head.lower_ == "by" and lookup.resolve(token)]
        targets = _arguments(named_doers[:1], lookup) if named_doers else targets
    if code.startswith(("115", "116")):
        # "a Tunisian court sentenced 37 opposition politicians": a state's courts judge its own people
        targets = [_coerced_at_home(target, sources, lookup) for target in targets]
    if not code.startswith(_FORCE_ROOTS):
        targets = [_addressed_at_home(target, sources, lookup) for target in targets]
    if code.startswith("084") and any(target is not None and target.actor in _INTERMEDIARIES for target in targets):
        # "handed over the remains of two Israeli hostages to the Red Cross": the Red Cross carries
        # them to their state, which is who receives them
        handed = [counted(token) for token in objects(verb, ("dobj",))]
        owners = [lookup.at(word) for token in handed for holder in [token, *prep_objects(token, "of")] for word in holder.children if word.dep_ in ("amod", "compound") and word.ent_type_ == "NORP"]
        states = [owner for owner in owners if owner and lookup.types.get(owner) == "state"]
        if states:
            targets = [Argument(target.token, states[0], target.text) if target is not None and target.actor in _INTERMEDIARIES else target for target in targets]
    if code.startswith("0841"):
        if not any(target is not None for target in targets) and verb.lemma_.lower() in ("release", "free") and len(sources) == 1:
            # "released 135 political prisoners": read off the object when the entry reads none
            targets = [Argument(token, None, phrase_text(token)) for token in objects(verb, ("dobj",))] or targets
        targets = [_own_prisoners(target, sources, lookup) for target in targets]
    if code.startswith(_FORCE_ROOTS + ("15",)) and _joint(target_tokens):
        code = "062"  # "patrolled the border together with Thai troops"
    own_people = _each_their_own(sources, target_tokens, lookup)
    if own_people:
        return [draft for source, target in own_people for draft in _pairs(verb, verb, code, [source], [target], False)]
    ready = _readiness(verb)
    if ready is not None:
        # "Putin was ready to meet Zelensky": a stated readiness is an intent (036), said now
        code = lexicon.intent_code(code) or code
        return _pairs(verb, ready, code, sources, targets, False)
    return _pairs(verb, verb, code, sources, targets, entry.reciprocal or lexicon.is_reciprocal(code) or _mutual_wording(verb))


_DISPERSING = {"disperse", "scatter", "clear", "break"}
# Who carries hostages, prisoners or remains between the sides, and is not their receiver.
_INTERMEDIARIES = {"NGOHLHIRC"}
_CROWD_WEAPONS = {"fire", "use", "deploy", "spray", "shoot", "lob"}


def _to_clause(token: Token) -> bool:
    """An adverbial to-infinitive ("threatened on Monday to secede", "to disperse the crowd")."""
    return token.dep_ == "advcl" and any(child.dep_ == "aux" and child.lower_ == "to" for child in token.children)


_AIDING = {"help", "assist", "support", "aid", "bolster", "reinforce", "back", "defend", "protect"}


def _helped(verb: Token, lookup: ActorLookup) -> list[Token]:
    """Whom a to-infinitive purpose of helping names: its object, or the subject of the act it
    helps with ("to help Russian forces drive…")."""
    purposes = [child for child in verb.children if _to_clause(child) and child.lemma_.lower() in _AIDING]
    helped = [token for purpose in purposes for token in objects(purpose, ("dobj",))]
    helped += [token for purpose in purposes for clause in purpose.children if clause.dep_ in ("ccomp", "xcomp") for token in subjects(clause)]
    return [token for token in helped if lookup.resolve(token)][:1]


# Acts of war a preparation or a threat may be "for".
_WARS = {"war", "attack", "offensive", "invasion", "operation", "strike", "conflict", "assault", "confrontation"}


def _faced_in_purpose(verb: Token, lookup: ActorLookup) -> list[Token]:
    """Whom the war, attack or offensive a verb's "for" phrase names is against."""
    wars = [noun for noun in prep_objects(verb, "for") if noun.lemma_.lower() in _WARS]
    wars += [noun for obj in objects(verb, ("dobj",)) for noun in prep_objects(obj, "for") if noun.lemma_.lower() in _WARS]
    return [token for war in wars for preposition in ("against", "with", "on") for token in prep_objects(war, preposition) if lookup.resolve(token)][:1]


def _receivers_of_object(verb: Token, lookup: ActorLookup) -> list[Token]:
    """Whom a cut object ("part of a military aid program for Bosnia", "aid to Niger") was for,
    down its "of" phrases."""
    heads = objects(verb, ("dobj",))
    for _ in range(2):
        heads += [obj for head in heads for obj in prep_objects(head, "of") if obj not in heads]
    return [token for head in heads for preposition in ("for", "to") for token in prep_objects(head, preposition) if lookup.resolve(token)][:1]


def _dispersal_purpose(verb: Token) -> bool:
    """"fired tear gas to disperse the crowd": the purpose of a use of force names whom it hit."""
    return (
        verb.lemma_.lower() in _DISPERSING and verb.dep_ in ("advcl", "xcomp") and verb.head.lemma_.lower() in _CROWD_WEAPONS
        and any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)
    )  # fmt: skip


def _each_their_own(sources: list[Argument | None], target_tokens: list[Token], lookup: ActorLookup) -> list[tuple[Argument, Argument]]:
    """"The United States and Britain urged their citizens to leave Mali": each state its own
    people (USA -> USACVL, GBR -> GBRCVL), not one another."""
    named = [source for source in sources if source is not None and source.actor and lookup.types.get(source.actor) == "state"]
    people = [token for token in target_tokens if any(child.dep_ == "poss" and child.lower_ == "their" for child in token.children) and lookup.is_people(token)]
    if len(named) < 2 or len(people) != 1:
        return []
    pairs = []
    for source in named:
        actor = lookup.home_agent(people[0], source.actor, PEOPLE_CODES)
        if actor:
            pairs.append((source, Argument(people[0], actor, phrase_text(people[0]))))
    return pairs if len(pairs) == len(named) else []


def _joint(tokens: list[Token]) -> bool:
    """Whether an argument comes from "together with", "jointly with" or "alongside": a partner."""
    for token in tokens:
        prep = token.head
        if prep.dep_ == "prep" and prep.lower_ == "alongside":
            return True
        if prep.dep_ == "prep" and prep.lower_ == "with" and (prep.i > 0 and prep.doc[prep.i - 1].lower_ in ("together", "jointly") or any(child.lower_ in ("together", "jointly") for child in prep.children)):
            return True
    return False


# Texts someone puts forward that then "ask", "call" or "demand" in their own right.
_GOING = {"go", "come", "head", "return"}
_PUTTING_FORWARD = {"draft", "submit", "propose", "table", "introduce", "circulate", "present", "adopt", "pass", "approve", "issue", "send", "sign", "write", "unveil", "release", "publish"}
_DRAFTS = {"resolution", "draft", "proposal", "motion", "bill", "letter", "statement", "communique", "declaration"}


def _drafters(verb: Token) -> list[Token]:
    """"The United States and Ecuador are drafting a resolution that would ask the Security
    Council to …": the text asks on behalf of those who put it forward."""
    head = verb.head
    if verb.dep_ != "relcl" or head.lemma_.lower() not in _DRAFTS or head.dep_ != "dobj" or head.head.lemma_.lower() not in _PUTTING_FORWARD:
        return []  # "vetoed a resolution that would have demanded": not the vetoer's demand
    if not any(child.dep_ == "nsubj" and child.lower_ in ("that", "which") for child in verb.children):
        return []
    return subjects(head.head)


_EACH_OTHER = {("each", "other"), ("one", "another")}
_MUTUAL_WORDS = {"reciprocal", "mutual", "bilateral"}


# What the obliged party is told to do -> the kind of demand (CAMEO 10).
_DEMANDED = {
    "release": "1053", "free": "1053", "withdraw": "1056", "halt": "1056", "stop": "1056", "cease": "1056",
    "end": "1056", "resign": "1041", "step": "1041", "negotiate": "106", "talk": "106",
}  # fmt: skip


def _obligations(verb: Token, lookup: ActorLookup) -> list[_Draft]:
    """"Russia said Sudan must return the helicopter": a speaker saying another party must act
    demands it (CAMEO 10), as the CAMEO manual codes it. Only "must": "should" advises."""
    if verb.lemma_.lower() not in speech_verbs() or verb.lemma_.lower() in ("deny", "ask", "wonder"):
        return []
    if not any(_obliged(clause) for clause in verb.children):
        return []  # (before the costly part: whom the speakers are)
    speakers = _named(subjects(verb), lookup)
    if not speakers:
        return []
    drafts = []
    for clause in verb.children:
        if clause.dep_ != "ccomp" or not _obliged(clause):
            continue
        if any(child.dep_ == "neg" for child in clause.children):
            continue  # "must not attack" forbids; CAMEO has no code for it
        obliged = _named([child for child in clause.children if child.dep_ == "nsubj"], lookup)
        code = _DEMANDED.get(clause.lemma_.lower(), "100")
        drafts += _pairs(verb, verb, code, speakers, obliged, False) if obliged else []
    return [draft for draft in drafts if draft.target is not None]


_ALERT_WORDS = {"alert", "readiness", "standby", "footing"}
_PUTTING = {"put", "place", "keep", "be", "remain", "go"}


def _alerted(verb: Token) -> bool:
    """"Put the army on full alert", "forces were placed on high alert", "remain on standby"."""
    return verb.lemma_.lower() in _PUTTING and any(word.lemma_.lower() in _ALERT_WORDS for token in prep_objects(verb, "on") for word in token.subtree)


_DETECTING = {"detect", "spot", "track", "sight", "monitor", "observe"}
_PRESENCE_PREPS = ("around", "near", "off", "in", "into", "inside")


def _forces_detected(verb: Token, lookup: ActorLookup) -> list[_Draft]:
    """"Taiwan's defence ministry said it had detected 89 Chinese military aircraft around the
    island": another state's forces reported near a country are a show of force (150) on it, by
    those forces. The country is the place named, else the one that detected them."""
    if verb.lemma_.lower() not in _DETECTING or lookup.kb is None or any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children):
        return []  # "dispatched jets to monitor the Chinese forces": a purpose, not a sighting
    seen = with_conjuncts(objects(verb, ("dobj",)))
    forces = [(token, actor) for token in seen for actor in [lookup.resolve(counted(token))] if actor and (_sector(actor) in ("MIL", "COP") or lookup.types.get(actor) in ("military", "police"))]
    if not forces:
        return []
    watchers = [(token, _country_of(actor, lookup)) for token in subjects(verb) for actor in [lookup.resolve(token)] if actor]
    around = [item for token in [verb, *seen] for preposition in _PRESENCE_PREPS for item in prep_objects(token, preposition)]
    places = [(item, country) for item in around for country in [lookup.country_of_place(item, stands_for=False)] if country]
    # the place named, else the country that detected them ("around the island" stands for it)
    found = places or [(around[0] if around else token, country) for token, country in watchers if lookup.is_state(country)]
    if not found:
        return []
    anchor, country = found[0]
    sources = [Argument(token, actor, phrase_text(token)) for token, actor in forces if _country_of(actor, lookup) != country]
    if not sources:
        return []
    lookup.place_mentions.setdefault(country, []).append((anchor.idx, anchor.idx + len(anchor.text), anchor.text))
    return _pairs(verb, verb, "150", sources, [Argument(anchor, country, phrase_text(anchor))], False)


def _put_on_alert(verb: Token, lookup: ActorLookup) -> list[_Draft]:
    """"Vucic put the army on the highest level of combat readiness", "Guyana's military was on
    full alert": raising military (152) or police (151) readiness. Whose forces: the object put
    on alert (or a passive's subject), else the subject."""
    if not _alerted(verb):
        return []
    put = [child for child in verb.children if child.dep_ in ("dobj", "nsubjpass")]
    doers = put if verb.lemma_.lower() in ("put", "place", "keep") and put else subjects(verb)
    sources = [item for item in _arguments(doers, lookup) if item is not None and item.actor]
    if not sources:
        return []
    orderers = _named(subjects(verb), lookup) if put and not is_passive(verb) and verb.lemma_.lower() in ("put", "place") else []
    # "Kenya placed its police on alert": police alert (151), else military (152)
    police = all(_sector(source.actor) == "COP" or lookup.types.get(source.actor) == "police" or source.token.lemma_.lower() in ("police", "gendarmerie") for source in sources)
    # "Vucic put the army on alert": the leader raises the readiness of the forces
    return _pairs(verb, verb, "151" if police else "152", orderers or sources, [None], False)


def _fallen_to(verb: Token, lookup: ActorLookup) -> list[_Draft]:
    """"El Fasher fell to the Rapid Support Forces", "the town fell to the rebels": the one it fell
    to took it (192), from no one the clause names."""
    if verb.lemma_.lower() != "fall" or is_passive(verb):
        return []
    places = [token for token in subjects(verb) if not lookup.resolve(token) or lookup.country_of_place(token, stands_for=False)]
    if not places or len(places) != len(subjects(verb)):
        return []
    takers = [item for item in _arguments(prep_objects(verb, "to"), lookup) if item is not None and item.actor]
    takers = [item for item in takers if lookup.types.get(item.actor or "") in ("armed_group", "military", "state", "police") or _sector(item.actor or "") in ("MIL", "REB", "COP")]
    return _pairs(verb, verb, "192", takers, [None], False) if takers else []


# Spans of time a deadline gives ("48 hours", "a week", "until noon").
_DEADLINE_UNITS = {"hour", "day", "week", "month", "minute"}


def _ultimatums(verb: Token, lookup: ActorLookup) -> list[_Draft]:
    """"Trump gave Hamas until noon on Saturday to release the hostages", "gave the ambassador 48
    hours to leave": a deadline for an act is an ultimatum (139) to whom it is given; the act is
    asked for, not done (``_requested``)."""
    if verb.lemma_.lower() != "give" or not _deadline_clause(verb):
        return []
    given = [child for child in verb.children if child.dep_ in ("dobj", "dative") and child.lemma_.lower() not in _DEADLINE_UNITS and not is_time(child)]
    targets = [item for item in _arguments(given, lookup) if item is not None and item.actor]
    sources = [item for item in _arguments(subjects(verb), lookup) if item is not None and item.actor]
    if not targets or not sources:
        return []
    return _pairs(verb, verb, "139", sources, targets, False)


def _deadline_clause(verb: Token) -> Token | None:
    """The to-infinitive a deadline ("until noon", "48 hours") is given for."""
    timed = any(child.dep_ == "prep" and child.lower_ == "until" or child.dep_ in ("dobj", "npadvmod") and child.lemma_.lower() in _DEADLINE_UNITS for child in verb.children)
    if not timed:
        return None
    clauses = [child for child in verb.children if child.dep_ in ("xcomp", "advcl", "ccomp") and any(grandchild.lower_ == "to" and grandchild.dep_ == "aux" for grandchild in child.children)]
    clauses += [clause for child in verb.children if child.dep_ in ("dobj", "prep") for clause in child.subtree if clause.dep_ in ("relcl", "acl", "advcl", "xcomp") and any(grandchild.lower_ == "to" and grandchild.dep_ == "aux" for grandchild in clause.children)]
    return clauses[0] if clauses else None


_PRISONERS = {"prisoner", "detainee", "inmate", "convict"}


def _own_prisoners(target: Argument | None, sources: list[Argument | None], lookup: ActorLookup) -> Argument | None:
    """"Lukashenko freed 52 prisoners", "the junta will release 5,000 prisoners": prisoners a state
    frees with no nationality of their own are its own people."""
    if target is None or target.actor is not None:
        return target
    if counted(target.token).lemma_.lower() not in _PRISONERS:
        # "the ELN released six soldiers it had held in Arauca": captives an armed group frees
        # are the people of where it holds them
        if any(source is not None and lookup.types.get(source.actor or "") == "armed_group" for source in sources):
            country = lookup.home_country()
            people = lookup.home_agent(target.token, country, {"MIL", "COP", "CVL", "MED", "AID"}) if country else None
            return Argument(target.token, people, target.text) if people else target
        return target
    for source in sources:
        if source is None or not source.actor or lookup.types.get(source.actor) in ("armed_group", "group", "party", "igo", "ngo"):
            continue
        people = lookup.implied_institution(_country_of(source.actor, lookup), "CVL", target.token)  # None unless a state's
        if people is not None:
            return Argument(target.token, people, target.text)
    return target


# Appeals, aid, demands and threats aimed at a nation named as people reach its people, not its
# state (force and coercion reach them through their victims).
_TO_PEOPLE = ("02", "033", "06", "07", "10", "13")
_HELPING = {"help", "assist", "try", "seek", "work", "continue", "begin", "start", "keep", "resume"}
# Rules imposed on or lifted from a place bind its people: curfews, martial law, bans (CAMEO 172,
# 081).
_PLACE_RULES = ("172", "081")


def _people_of_place(verb: Token, sources: list[Argument | None], lookup: ActorLookup) -> list[Argument]:
    """"Yugoslavia lifted a curfew in Kosovo", "Israel banned voting in East Jerusalem": the place's
    country, when it is not the doer's own (a state's curfew at home has no named target)."""
    places = prep_objects(verb, "in") + [token for obj in objects(verb, ("dobj",)) for token in prep_objects(obj, "in")]
    if verb.pos_ == "NOUN" and verb.head.pos_ in ("VERB", "AUX"):
        places += prep_objects(verb.head, "in")  # "imposed a curfew in Algiers", parsed either way
    homes = {_country_of(source.actor, lookup) for source in sources if source is not None and source.actor}
    found = []
    for place in places:
        named = lookup.at(place)
        country = named if named is not None and lookup.types.get(named) == "state" else lookup.country_of_place(place)
        if country is None or lookup.kb is None:
            continue
        people = lookup.kb.get(country) if country not in homes else None  # at home: no one but its own people, left unnamed
        if people is not None:
            found.append(Argument(place, people.id, phrase_text(place)))
    return found


# Nouns that sum up the act just told ("…, a move condemned by X"), and the reactions to them.
_ACT_NOUNS = {"move", "step", "decision", "verdict", "ruling", "sentence", "measure", "action", "trial", "announcement", "crackdown", "order", "decree", "launch", "incident", "operation", "provocation"}
_REACTIONS_TO_ACTS = ("05", "11", "12", "13")


def _movers(act: Token, reaction: Token, lookup: ActorLookup) -> list[Token]:
    """Who made the move an act noun sums up: the subject of the clause it hangs from."""
    node = act.head
    for _ in range(5):
        if node.pos_ in ("VERB", "AUX") and node.i != reaction.i:
            return [token for token in subjects(node) if lookup.resolve(token)]
        if node.head.i == node.i:
            break
        node = node.head
    return []


def _conditioned(verb: Token, lookup: ActorLookup) -> list[Token]:
    """The subjects of an "if"/"unless" clause on the verb or on the act it governs."""
    heads = [verb] + [child for child in verb.children if child.dep_ in ("xcomp", "ccomp")]
    conditions = [child for head in heads for child in head.children if child.dep_ == "advcl" and any(mark.dep_ == "mark" and mark.lower_ in ("if", "unless") for mark in child.children)]
    own = {lookup.resolve(subject) for subject in subjects(verb)}
    found = [subject for condition in conditions for subject in subjects(condition) if lookup.resolve(subject)]
    pronouns = [subject for condition in conditions for subject in subjects(condition) if subject.lower_ in ("it", "they")]
    if verb.dep_ == "conj" and pronouns and all(lookup.resolve(subject) in own for subject in found):
        # "pressed Mexico to do more … and threatened to impose tariffs if it fails to act": the
        # one the same doers have just addressed
        holder = finite_ancestor(verb.head) if detached_conjunct(verb) else verb.head
        found = [token for token in objects(holder, ("dobj",)) if lookup.resolve(token)]
    return found


# The threat that announcing a conditional act of each kind makes (CAMEO 13).
_THREAT_OF = {"14": "133", "15": "138", "16": "131", "17": "137", "18": "138", "19": "138", "20": "138"}


_RESPONSES = {"response", "retaliation", "force", "reply", "reaction", "riposte"}


def _met_with_response(verb: Token) -> bool:
    """"said any attack would be met with a crushing response": a force act, told as hypothetical,
    that a reported clause says will be answered."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() != "meet" or not is_passive(clause):
            continue
        acts = [child for child in clause.children if child.dep_ == "nsubjpass" and any(det.lower_ in ("any", "further", "another") for det in child.children)]
        answers = [item for item in prep_objects(clause, "with") if item.lemma_.lower() in _RESPONSES]
        if acts and answers:
            return True
    return False


def _conditional_threats(verb: Token, lexicon: EventLexicon, lookup: ActorLookup) -> list[_Draft]:
    """"Lula said Brazil would respond with reciprocal measures if Washington went ahead with
    tariffs": announcing a hostile act on a condition threatens whom the condition is put to
    (CAMEO 13; the act itself is coded hypothetical where it stands). Verbs that threaten or warn
    by themselves code their own threat."""
    lemma = verb.lemma_.lower()
    warning = lemma == "warn"  # "the EU warned Georgia that it would suspend visa-free travel"
    if lemma not in speech_verbs() or lemma in ("threaten", "vow", "deny", "ask"):
        return []
    if not any(_foretold(clause) for clause in verb.children) and (warning or not _met_with_response(verb)):
        return []  # (before the costly part: whom the speakers are)
    speakers = _named(subjects(verb), lookup)
    if not speakers:
        return []
    warned = [item for item in _arguments(objects(verb, ("dobj",)), lookup) if item is not None and item.actor] if warning else []
    drafts: list[_Draft] = []
    unaimed_warnings: list[_Draft] = []
    if not warning and _met_with_response(verb):
        # "Iran's Revolutionary Guards said any new attack would be met with a crushing response":
        # a threat, aimed (by _aim_at_earlier_doers) at whoever used force on the speaker before
        return _pairs(verb, verb, "138", speakers, [None], False)
    for clause in verb.children:
        if not _foretold(clause):
            continue
        conditioned = _conditioned(clause, lookup)
        if not conditioned and not warning:
            continue
        acts = _verb_events(clause, lexicon, lookup) + [draft for token in clause.subtree if token.pos_ in ("NOUN", "PROPN") and token.head.i == clause.i for draft in _noun_events(token, lexicon, lookup)]
        own = {speaker.actor for speaker in speakers} | {_country_of(speaker.actor, lookup) for speaker in speakers}  # "Katz warned … that Israel would"
        # a warning threatens only with the warner's own acts ("…that it would suspend"), not
        # with what others may do
        hostile = [act for act in acts if act.code[:2] in _THREAT_OF and (not warning or act.source is not None and act.source.actor in own)]
        if not hostile and warning:
            drafts += _bare_warning(verb, clause, speakers, warned, conditioned, acts, own, lookup)
        if warning and not warned:
            # "Pakistan warned that any attempt to divert the water would be an act of war",
            # "Cherizier warned that his fighters would attack": a warning of hostile things that
            # names no one is still made (aimed later at the warner's opponent, if the article has one)
            allies = own | {lookup.affiliations.get(speaker.actor, "") for speaker in speakers}
            forceful = [act for act in acts if act.code[:2] in _THREAT_OF and act.source is not None and (act.source.actor in allies or _country_of(act.source.actor or "", lookup) in allies)]
            if forceful or {token.lemma_.lower() for token in clause.subtree} & _WARNED_OF:
                unaimed_warnings += _pairs(verb, verb, _THREAT_OF[forceful[0].code[:2]] if forceful else "130", speakers, [None], False)
        if not hostile:
            continue
        # aimed at the act's target ("would bomb Iran if Tehran…"), else at whom the condition names
        aimed = warned[0] if warned else next((act.target for act in hostile if act.target is not None and act.target.actor), None)  # a warning is aimed at whom it warns
        fallback = _arguments(conditioned[:1], lookup) if conditioned else warned
        drafts += _pairs(verb, verb, _THREAT_OF[hostile[0].code[:2]], speakers, [aimed] if aimed else fallback, False)
    aimed_threats = [draft for draft in drafts if draft.target is not None and draft.target.actor]
    if aimed_threats or not unaimed_warnings or _verb_events(verb, lexicon, lookup):
        return aimed_threats  # (the warning read another way, aimed: "…would respond with force if…")
    return unaimed_warnings[:1]


def _foretold(clause: Token) -> bool:
    """"(said Brazil) would respond": a reported clause about what will happen."""
    return clause.dep_ == "ccomp" and any(child.dep_ == "aux" and child.lower_ in _FUTURE_AUX for child in clause.children)


# What a warning of hostile things speaks of, when it names no act of the warner's own.
_WARNED_OF = {
    "war", "consequence", "response", "retaliation", "reprisal", "tolerate", "punish", "price", "force", "attack",
    "escalation", "measure", "countermeasure", "action", "respond", "retaliate", "strike", "close", "block", "cut",
}  # fmt: skip


# Whoever is meant by a warning that anyone who does something will be punished.
_ANYONE = {"anyone", "anybody", "whoever", "those", "everyone"}


def _bare_warning(
    verb: Token, clause: Token, speakers: list[Argument], warned: list[Argument], conditioned: list[Token], acts: list[_Draft], own: set[str], lookup: ActorLookup
) -> list[_Draft]:
    """A warning of what will follow that names no act of the warner's own is still a threat
    (CAMEO 130): "Moscow warned Helsinki that any further seizure would be met with a firm
    response" is aimed at whom it warns; "warned that the agreement would fail unless Kinshasa
    neutralised the FDLR" at whom the condition is put to. "Police warned that anyone who took
    part would be arrested" threatens the state's own people with the act (137 for arrests)."""
    # "would be targeted", "would be arrested": the warner's own act, told without its doer
    punished = [act for act in acts if act.trigger.i == clause.i and act.source is None and act.code[:2] in _THREAT_OF and is_passive(clause)]
    code = _THREAT_OF[punished[0].code[:2]] if punished else "130"
    targets = warned or [item for item in _arguments(conditioned, lookup) if item is not None and item.actor and _country_of(item.actor, lookup) not in own]
    if targets:
        return _pairs(verb, verb, code, speakers, targets[:1], False)
    patient = next((child for child in clause.children if child.dep_ == "nsubjpass" and child.lower_ in _ANYONE), None)
    if not punished or patient is None:
        return []
    people = {lookup.implied_institution(_country_of(speaker.actor, lookup), "CVL", patient) for speaker in speakers if speaker.actor}
    people.discard(None)
    if len(people) != 1:
        return []
    return _pairs(verb, verb, code, speakers, [Argument(patient, people.pop(), patient.text)], False)


def _obliged(clause: Token) -> bool:
    """"(Sudan) must return": deontic "must"; not the inference "must have known"."""
    auxiliaries = [child.lower_ for child in clause.children if child.dep_ in ("aux", "auxpass")]
    return clause.dep_ == "ccomp" and "must" in auxiliaries and "have" not in auxiliaries


def _mutual_wording(verb: Token) -> bool:
    """"agreed to stop targeting each other", "cut their reciprocal tariffs": what coordinated
    subjects do to each other, one event each way."""
    # the verb, its prepositions and the complements it governs ("agreed to stop targeting …")
    stack, seen = [verb], 0
    while stack and seen < 6:
        head = stack.pop()
        seen += 1
        for child in head.children:
            if child.dep_ in ("dobj", "pobj"):
                before = child.doc[child.i - 1].lower_ if child.i > 0 else ""
                if (before, child.lower_) in _EACH_OTHER or any(grand.dep_ == "amod" and grand.lower_ in _MUTUAL_WORDS for grand in child.children):
                    return True
                if head is verb and child.dep_ == "dobj" and child.lemma_.lower() in _BONDS:
                    return True  # "Czechoslovakia and Albania restored diplomatic ties": with each other
            elif child.dep_ in ("prep", "xcomp") or child.dep_ == "ccomp" and head is verb:
                stack.append(child)
    return False


# What two parties can only have with each other.
_BONDS = {"tie", "relation", "relationship"}
_HOME_CODES = {"OPP", "LEG", "JUD", "COP", "REL"}


def _addressed_at_home(target: Argument | None, sources: list[Argument | None], lookup: ActorLookup) -> Argument | None:
    """"Yoon Suk Yeol accused the opposition", "Zourabichvili called the parliament illegitimate":
    an opposition, parliament, court, police or clergy named without a country, addressed by an
    actor of a country, is that country's own."""
    if target is None or target.actor is not None or lookup.kb is None:
        return target
    noun = target.token
    if noun.pos_ != "NOUN" or any(child.dep_ in ("poss", "amod", "compound", "nmod") and lookup.at(child) for child in noun.children):
        return target
    countries = {lookup.countries.get(source.actor) for source in sources if source is not None and source.actor}
    countries.discard(None)
    if len(countries) != 1:
        return target
    actor = lookup.home_agent(noun, countries.pop(), _HOME_CODES)
    return Argument(noun, actor, target.text) if actor else target


_BORDERS = {"border", "frontier", "boundary"}


def _to_border(verb: Token) -> bool:
    """"deployed troops to the border with Guyana": forces massed on a border face the state
    across it (154), they do not help it."""
    return any(counted(token).lemma_.lower() in _BORDERS for token in prep_objects(verb, "to") + [item for obj in objects(verb, ("dobj",)) for item in prep_objects(obj, "to")])


def _foreign_state(sources: list[Argument | None], targets: list[Argument | None], lookup: ActorLookup) -> bool:
    own = {lookup.countries.get(source.actor) or source.actor for source in sources if source is not None and source.actor}
    return any(
        target is not None and target.actor and lookup.types.get(target.actor) in ("state", "government")
        and (lookup.countries.get(target.actor) or target.actor) not in own
        for target in targets
    )  # fmt: skip


_FORCE_ROOTS = ("17", "18", "19", "20")
_DISAPPROVING = ("11", "12")  # disapproving and rejecting
_AIMED_AT = ("into", "on", "against", "at", "toward", "towards", "inside")


def _struck_country(head: Token, targets: list[Argument | None], sources: list[Argument | None], lookup: ActorLookup, seized: bool = False) -> list[Argument | None]:
    """Force used on a country's territory is used on that country ("crossed into Russia's Kursk
    region", "strikes on nine sites in Pakistan"); never the attacker's own country ("Syrian
    forces shelled Idlib" names no target). A city, town or building is where the event
    happened, recorded as its place, not a target ("shelled Kharkiv"), as GDELT and ACLED keep
    the location apart from the actors. A town or city seized is taken from its state, by rebels
    at home too ("M23 rebels seized Goma" → `COD`)."""
    if any(target is not None and target.actor for target in targets):
        return targets
    own = {_country_of(source.actor, lookup) for source in sources if source is not None and source.actor and (not seized or _official_state(source.actor, lookup))}
    kinds = ("country", "admin1", "region", "city") if seized else ("country", "admin1", "region")
    candidates = [target.token for target in targets if target is not None]
    candidates += [token for preposition in _AIMED_AT for token in prep_objects(head, preposition)]
    if head.pos_ == "NOUN":
        # "carried out a wave of strikes on villages in southern Lebanon": the phrase hung on the
        # quantity or on the light verb
        anchor = _quantity_head(head)
        holders = ([anchor] if anchor is not head else []) + ([anchor.head] if anchor.dep_ == "dobj" else [])
        candidates += [token for holder in holders for preposition in _AIMED_AT for token in prep_objects(holder, preposition)]
    taken = with_conjuncts([child for child in head.children if child.dep_ == "dobj"])  # "seized the town of Pokrovsk"
    candidates += taken + [place for token in taken for place in prep_objects(token, "of")]
    # "strikes on nine sites in Pakistan", "shelled villages in south Lebanon", "struck an airport
    # near Damascus": where the thing hit is
    candidates += [place for token in list(candidates) for preposition in LOCATED for place in prep_objects(token, preposition)]
    candidates += prep_objects(head, "in")  # "hit a refinery in Russia's Saratov region", the phrase hung on the verb
    # "strikes on what it described as terrorist infrastructure in Pakistan": a free relative's places
    free = [token for token in list(candidates) if token.lower_ == "what" or token.dep_ == "pcomp" and any(child.lower_ == "what" for child in token.children)]
    named = [word for token in free for word in (token.head if token.lower_ == "what" else token).subtree if word.pos_ == "PROPN"]
    # "struck what Islamabad said were hideouts of the Pakistani Taliban in Afghanistan": the
    # group whose hideouts they were before the country they are in
    groups = [word for word in named if lookup.types.get(lookup.at(word) or "") == "armed_group" and lookup.at(word) not in own]
    if groups:
        return [Argument(groups[0], lookup.at(groups[0]), phrase_text(groups[0]))]
    candidates += named
    for token in candidates:
        country = lookup.country_of_place(token, kinds=kinds) or _state_owner(token, lookup)
        if country is not None and country not in own:
            return [Argument(token, country, phrase_text(token))]
    return targets


# Where people live: force on it at home is force on its people.
_POPULATED = {
    "village", "town", "neighbourhood", "neighborhood", "settlement", "hamlet", "suburb",
    "camp", "market", "marketplace", "community", "residential",
}  # fmt: skip
_GATHERED = {"camp", "market", "marketplace", "residential"}  # where people are, one of them enough


def _populated_at_home(head: Token, targets: list[Argument | None], sources: list[Argument | None], lookup: ActorLookup) -> list[Argument | None]:
    """"The army bombed villages in Sagaing", "gangs attacked towns north of Port-au-Prince":
    force a state's own forces or its own armed groups use on villages, towns or neighbourhoods
    (plural: a named town is fought over), a camp or a market in their own country is force on
    its people (CVL), as ACLED records attacks on civilians. The place must be shown to be at
    home: named there, else the dateline's country, else the doers are insurgents, who fight at
    home ("Israeli jets bombed villages" names no one). Abroad, the place's country is the
    target (``_struck_country``)."""
    if any(target is not None and target.actor for target in targets) or lookup.kb is None:
        return targets
    homes = {_country_of(source.actor, lookup) for source in sources if source is not None and source.actor}
    if len(homes) != 1:
        return targets
    home = homes.pop()
    if not lookup.is_state(home):
        return targets
    # with no place named: the dateline's country, or insurgents, who fight at home
    insurgents = all(lookup.types.get(source.actor) == "armed_group" or _sector(source.actor) in ("REB", "CRM") for source in sources if source is not None and source.actor)
    struck = [target.token for target in targets if target is not None] + [token for preposition in _AIMED_AT for token in prep_objects(head, preposition)]
    for token in struck:
        place = counted(token)
        words = {place.lemma_.lower()} | {child.lemma_.lower() for child in place.children if child.dep_ in ("amod", "compound")}
        if not words & _POPULATED or place.tag_ != "NNS" and not words & _GATHERED:
            continue  # "attacked the town of Babanusa": a named town is fought over, not its people
        located = [lookup.country_of_place(item, stands_for=False) for holder in (place, head) for preposition in ("in", "of", "near") for item in prep_objects(holder, preposition)]
        located = [country for country in located if country]
        if located and located[0] != home or not located and not insurgents and lookup.dateline_country() != home:
            continue
        people = lookup.implied_institution(home, "CVL", place)
        if people is not None:
            return [Argument(place, people, phrase_text(place))]
    return targets


_LAUNCHING = {"fire", "launch", "test"}
_MISSILES = {"missile", "projectile", "rocket"}
_OPEN_WATERS = {"sea", "ocean", "water", "waters"}


def _shown_force(verb: Token, code: str, targets: list[Argument | None]) -> bool:
    """"North Korea fired two ballistic missiles off its east coast": a launch aimed at no one
    and at no place is a show of force (CAMEO 150), not an attack."""
    if not code.startswith(("194", "195")) or verb.lemma_.lower() not in _LAUNCHING or any(target is not None and target.actor for target in targets):
        return False
    missiles = [obj for obj in objects(verb, ("dobj",)) if obj.lemma_.lower() in _MISSILES]
    if not missiles or any(child.dep_ in ("relcl", "acl") for missile in missiles for child in missile.children):
        return False  # "firing the rocket that killed 12 children" attacked
    aims = [child for head in [verb, *missiles] for child in head.children if child.dep_ == "prep" and child.lower_ in _AIMED_AT + ("in",)]
    # "on Tuesday", "into the sea" aim at no one
    return not any(obj.ent_type_ not in ("DATE", "TIME") and obj.lemma_.lower() not in _OPEN_WATERS for aim in aims for obj in aim.children if obj.dep_ == "pobj")


def _state_owner(token: Token, lookup: ActorLookup) -> str | None:
    """"a refinery in Russia's Saratov region", "the Russian port of Novorossiysk": the state
    named as the place's owner."""
    owner = next((lookup.at(child) for child in token.children if child.dep_ in ("poss", "amod") and lookup.at(child)), None)
    return owner if owner is not None and lookup.types.get(owner) == "state" else None


def _doer_of_act(target: Argument | None, lexicon: EventLexicon, lookup: ActorLookup) -> Argument | None:
    """"repelled a Russian assault", "thwarted an attack by Hamas": force against an act is
    force against whoever does it."""
    if target is None or target.actor is not None or not _is_event_noun(target.token, lexicon):
        return target
    owners = _noun_owners(target.token, lookup)
    return owners[0] if owners else target


def _held_by(target: Argument | None, lookup: ActorLookup) -> Argument | None:
    """"ambushed a convoy escorted by the Malian army", "seized a tanker operated by an Iranian
    firm": force on a thing is force on whoever the participle says has it."""
    if target is None or target.actor is not None:
        return target
    for participle in target.token.children:
        if participle.dep_ == "acl" and participle.tag_ == "VBN":
            holders = [item for item in _arguments(prep_objects(participle, "by"), lookup) if item is not None and item.actor]
            if holders:
                return holders[0]
    return target


def _people(argument_: Argument | None, lookup: ActorLookup) -> Argument | None:
    if argument_ is None:
        return None
    actor = lookup.people_of(counted(argument_.token), argument_.actor)
    return Argument(argument_.token, actor, argument_.text) if actor else argument_


def _addressed(target: Argument | None, verb: Token, sources: list[Argument | None], lookup: ActorLookup) -> Argument | None:
    if target is None or target.actor is not None:
        return target
    actor = lookup.addressed_people(target.token, verb, [source.actor for source in sources if source is not None and source.actor])
    return Argument(target.token, actor, target.text) if actor else target


def _armed(sources: list[Argument | None], lookup: ActorLookup) -> bool:
    """Whether the doers are armed forces ("French troops", "the Russian army")."""
    named = [source for source in sources if source is not None and source.actor]
    return bool(named) and all(source.actor.endswith("MIL") or lookup.types.get(source.actor) == "military" for source in named)


def _fighters(sources: list[Argument | None], lookup: ActorLookup) -> bool:
    """Whether the doers fight: armed forces, armed groups or a country's rebels (not protesters
    occupying a building)."""
    named = [source for source in sources if source is not None and source.actor]
    return bool(named) and all(_sector(source.actor) in ("MIL", "REB") or lookup.types.get(source.actor) in ("military", "armed_group") for source in named)


def _left_country(verb: Token, sources: list[Argument | None], lookup: ActorLookup) -> list[Argument]:
    """The state a force pulls out of: the one the place it leaves is in ("withdrew from
    Kherson": UKR), never its own; for "would leave the archipelago" said by the host's leader,
    the speaker's state. Rebels pull out of the state they fight ("M23 would pull out of Goma": COD)."""
    own = {
        _country_of(source.actor, lookup) for source in sources
        if source is not None and source.actor and lookup.types.get(source.actor) != "armed_group" and _sector(source.actor) != "REB"
    }  # fmt: skip
    for token in objects(verb, ("dobj",)) + prep_objects(verb, "from") + prep_objects(verb, "of"):
        actor = lookup.resolve(token)
        country = actor if actor and lookup.types.get(actor) == "state" else None
        country = country or lookup.country_of_place(token, kinds=("country", "admin1", "region", "city"))
        if country and country not in own:
            return [Argument(token, country, phrase_text(token))]
    clause = verb
    while clause.dep_ in ("ccomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
    if clause.i != verb.i and clause.lemma_.lower() in speech_verbs():
        every = {_country_of(source.actor, lookup) for source in sources if source is not None and source.actor}
        for speaker in _named(subjects(clause), lookup):
            country = _country_of(speaker.actor, lookup)
            if country not in every and lookup.is_state(country):
                return [Argument(speaker.token, country, speaker.text)]
    return []


_PROTEST_AIMS = ("against", "over", "at", "for")
_ANSWERABLE = {"person", "government", "military", "police", "armed_group", "party"}


def _protested(head: Token, sources: list[Argument | None], lookup: ActorLookup) -> list[Argument]:
    """Whom a protest is against when no object says it: the first actor its purpose or grievance
    names ("to demand political reforms by President Suharto's government", "calling for
    independence from Iraq", "in protest against violations by Algerian security forces", "to
    show their disapproval of the United States' policies")."""
    own = {source.actor for source in sources if source is not None and source.actor}
    own |= {_country_of(actor, lookup) for actor in list(own)}
    reasons = [child for child in head.children if child.dep_ in ("advcl", "xcomp") and child.i > head.i]
    reasons += [child for child in head.children if child.dep_ == "prep" and child.lower_ in _PROTEST_AIMS + ("in",)]
    for reason in sorted(reasons, key=lambda token: token.i):
        if reason.dep_ == "prep" and reason.lower_ == "in" and not any(child.lemma_.lower() in ("protest", "defiance") for child in reason.children):
            continue  # "in Kirkuk" is a place; "in protest against", "in defiance of" give a reason
        for token in reason.subtree:
            if token.dep_ == "poss" and token.head.lemma_.lower() in _SUFFERED:
                continue  # "to protest his judicial persecution": he suffers it, the protest is for him
            actor = lookup.at(token) or (lookup.resolve(token) if token.pos_ == "PRON" or token.dep_ == "poss" else None)
            if actor is None and token.lemma_.lower() in ("government", "authorities", "regime") and token.pos_ == "NOUN":
                # "in defiance of a government ban": the protesters' own government
                states = {_country_of(source.actor, lookup) for source in sources if source is not None and source.actor}
                state = states.pop() if len(states) == 1 else None
                actor = lookup.implied_institution(state, "GOV", token) if state and lookup.is_state(state) else None
                if actor is not None:
                    return [Argument(token, actor, phrase_text(token))]
            if actor is None or actor in own:
                continue
            # another country, or anyone with power at home ("against the government", "Suharto's government")
            if _country_of(actor, lookup) not in own or lookup.types.get(actor) in _ANSWERABLE:
                return [Argument(token, actor, phrase_text(token))]
    return []


def _shown_at(verb: Token, sources: list[Argument | None], lookup: ActorLookup) -> list[Argument]:
    """"Staged large-scale drills around Taiwan", "exercises near the Lithuanian border": a show of
    force or readiness around another country's territory is aimed at that country; so are troops
    deployed inside it ("has deployed thousands of soldiers in eastern Congo")."""
    own = {_country_of(source.actor, lookup) for source in sources if source is not None and source.actor}
    heads = [verb] + [child for child in verb.children if child.dep_ == "dobj"]
    prepositions = ("around", "near", "off") + (("in", "inside") if verb.lemma_.lower() in _SENDING else ())
    for token in (item for head in heads for preposition in prepositions for item in prep_objects(head, preposition)):
        # (a disputed zone one state administers is that state's: "waters around the Senkaku Islands")
        country = lookup.country_of_place(token, kinds=("country", "admin1", "region", "zone")) or lookup.resolve(token)
        if country and lookup.is_state(country) and country not in own:
            return [Argument(token, country, phrase_text(token))]
    return []


def _against_government(doers: list[Token], sources: list[Argument | None], lookup: ActorLookup) -> list[Argument]:
    """"Anti-government protesters": their own state's government."""
    for doer, source in zip(doers, sources):
        noun = counted(doer)
        before = noun.doc[noun.left_edge.i : noun.i].text.lower().replace(" ", "")
        if source is None or not source.actor or not ("anti-government" in before or "antigovernment" in before):
            continue
        # the mention is the word "government" itself (or "antigovernment"), not the protesters
        word = next(token for token in noun.doc[noun.left_edge.i : noun.i] if "government" in token.lower_)
        state = _country_of(source.actor, lookup)
        government = lookup.implied_institution(state, "GOV", word) if state and lookup.is_state(state) else None
        if government:
            return [Argument(word, government, word.text)]
    return []


def _home_protesters(noun: Token, lookup: ActorLookup) -> Argument | None:
    """Protests no one is named as holding, in a story about one country (its dateline's, or the
    only country its actors belong to), are held by that country's people; a place in the
    sentence says where first ("protests in Nairobi")."""
    told = noun.dep_ in ("nsubj", "nsubjpass", "dobj") or noun.dep_ == "pobj" and noun.head.lower_ in ("after", "following", "amid", "despite")
    if not told or any(child.lemma_.lower() in _NOT_AGAINST_GOVERNMENT for child in noun.children):
        return None  # "detained at a protest", "riot police", "a campaign rally": no protest told as news
    if [child.lower_ for child in noun.children] == ["the"]:
        return None  # "orchestrating the protests": the protests told before
    # "held a protest in Nairobi": the place may hang on the verb that carries the noun
    holders = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
    placed = [country for holder in holders for place in prep_objects(holder, "in") for country in [lookup.country_of_place(place, stands_for=False)] if country]
    country = placed[0] if placed else lookup.home_country()
    people = lookup.implied_institution(country, "CVL", noun) if country and lookup.is_state(country) else None
    return Argument(noun, people, None) if people else None


_NOT_AGAINST_GOVERNMENT = {"campaign", "election", "electoral", "victory", "pro-government", "government", "ruling", "solidarity"}


# People who protest at home: with no target named, against their own government.
_HOME_PROTESTERS = {"CVL", "OPP", "EDU", "LAB", "MED", "REL", "HRI", "REF", "AGR", "BUS", "HLH"}


def _own_government(trigger: Token, sources: list[Argument | None], lookup: ActorLookup) -> list[Argument]:
    """"Serbian students blocked a major intersection", "thousands of Georgians rallied outside
    parliament": a country's own people or parties protesting with no target named protest against
    its government, as CAMEO coders and the gold sets code a domestic protest. The protest word is
    the government's mention (kind ``protest``): no word names it."""
    for source in sources:
        if source is None or not source.actor or lookup.kb is None:
            continue
        actor = source.actor
        domestic = len(actor) == 6 and actor.isupper() and actor[3:] in _HOME_PROTESTERS or lookup.types.get(actor) == "party"
        state = _country_of(actor, lookup) if domestic else None
        government = lookup.kb.institution(state, "GOV") if state and lookup.is_state(state) else None
        if government is not None:
            lookup.protested.setdefault(government.id, []).append((trigger.idx, trigger.idx + len(trigger.text), trigger.text))
            return [Argument(trigger, government.id, None)]
    return []


_SUFFERED = {
    "persecution", "arrest", "detention", "jailing", "imprisonment", "killing", "death", "murder", "trial", "conviction",
    "sentence", "exile", "disappearance", "abduction", "kidnapping", "prosecution", "ouster", "removal", "disqualification",
}  # fmt: skip
_MISSIONS = {"embassy", "consulate", "mission", "chancery"}
_SEATS = {"residence", "office", "palace", "home", "house", "headquarters"}


def _embassy_owners(verb: Token, lookup: ActorLookup) -> list[Argument]:
    """"rallied outside the French embassy", "marched on her official residence": a protest at a
    state's mission is aimed at that state, one at someone's residence or office at its owner."""
    found = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("outside", "at", "near", "before", "in", "to", "on", "toward", "towards"):
            continue
        places = [child for child in prep.children if child.dep_ == "pobj"]
        places += [grand for child in prep.children if child.dep_ == "prep" for grand in child.children if grand.dep_ == "pobj"]  # "in front of"
        for place in places:
            lemma = place.lemma_.lower()
            if lemma not in _MISSIONS and lemma not in _SEATS:
                continue
            for owner in place.children:
                if owner.dep_ not in ("amod", "compound", "poss", "nmod"):
                    continue
                actor = lookup.resolve(owner) if lemma in _SEATS and owner.dep_ == "poss" else lookup.at(owner)
                if actor and (lookup.types.get(actor) == "state" or lemma in _SEATS):
                    found.append(Argument(owner, actor, phrase_text(owner)))
    return found


_COMPLAINING = {"protest", "complain"}
_OFFICIAL_TYPES = {"state", "government", "legislature"}


def _official(source: Argument | None, lookup: ActorLookup) -> bool:
    """A state, its government or parliament, or someone holding office in one."""
    if source is None or not source.actor:
        return False
    actor = source.actor
    if lookup.types.get(actor) == "person":
        actor = lookup.affiliations.get(actor) or ""  # the body the person holds office in
    return lookup.types.get(actor) in _OFFICIAL_TYPES or len(actor) == 6 and actor.endswith(("GOV", "LEG"))


def _coerced_at_home(target: Argument | None, sources: list[Argument | None], lookup: ActorLookup, violent: bool = False) -> Argument | None:
    """Opponents, protesters and journalists a state's own institutions coerce are its own. Not
    people a state as such kills where no place is named ("the United States struck a boat in
    the Caribbean, killing 11 people"): its police firing on protesters are at home, its strikes
    need not be."""
    if target is None or target.actor is not None:
        return target
    for source in sources:
        if source is None or not source.actor or violent and lookup.types.get(source.actor) == "state":
            continue
        state = lookup.countries.get(source.actor) if lookup.types.get(source.actor) in _STATE_BODIES else None
        if state is None and source.actor.endswith("MIL") and _country_part(source.actor) == lookup.home_country():
            state = _country_part(source.actor)  # "BAMAKO – The army arrested dozens": an army at home
        state = state or (_country_part(source.actor) if _country_part(source.actor) != source.actor and source.actor[3:] in ("GOV", "COP", "JUD", "SPY", "LEG") else None)
        if state:
            # "suspended the activities of all political parties": whose activities
            held = [target.token] + [token for token in prep_objects(target.token, "of") if target.token.lemma_.lower() in _BELONGINGS]
            for token in held:
                actor = lookup.own_people(token, state)
                if actor:
                    return Argument(target.token, actor, target.text)
    return target


# What coercion of a group's things falls on the group: "froze the assets of opposition leaders".
_BELONGINGS = {"activity", "asset", "account", "office", "headquarters", "property", "member", "leader", "newspaper", "website", "meeting", "rally", "gathering", "operation"}


# Killing by judicial sentence, which a state does at home.
_EXECUTING = {"execute", "hang", "behead", "flog", "lash"}


# Not the military, which may act abroad ("troops detained protesters in Jenin").
_STATE_BODIES = {"state", "government", "police", "judiciary", "intelligence", "legislature"}


def _local_doer(source: Argument | None, verb: Token, lookup: ActorLookup, doer: bool = True) -> Argument | None:
    if source is None or source.actor is not None:
        return source
    actor = lookup.local_doers(source.token, verb, doer)
    return Argument(source.token, actor, source.text) if actor else source


def _party(actor: str, lookup: ActorLookup) -> str:
    """The party an actor acts for: a person's body, a state's sector its state (ISRMIL -> ISR)."""
    if lookup.types.get(actor) == "person":
        actor = lookup.affiliations.get(actor) or lookup.countries.get(actor) or actor
    return _country_part(actor)


def _country_part(actor: str) -> str:
    """ECUREB -> ECU: a country's sector stands for that country."""
    return actor[:3] if len(actor) == 6 and actor.isupper() and actor.isalpha() else actor


def _sector(actor: str | None) -> str | None:
    """ECUREB -> REB: the sector of a country's institution or people, None for any other actor."""
    return actor[3:] if actor is not None and _country_part(actor) != actor else None


def _official_state(actor: str, lookup: ActorLookup) -> str | None:
    """The state an actor speaks for: the state itself, its government or armed forces, or a person
    holding office in them; None for anyone else (its opposition, its people)."""
    body = lookup.affiliations.get(actor, actor)
    if lookup.is_state(body):
        return body
    state = _country_part(body)
    return state if state != body and _sector(body) in ("GOV", "MIL") else None


def _country_of(actor: str, lookup: ActorLookup) -> str:
    """The country an actor belongs to (a person's, a sector's), else the actor itself."""
    return lookup.countries.get(actor) or _country_part(actor)


def _victims(target: Argument | None, verb: Token, lookup: ActorLookup, cause: Token | None = None) -> Argument | None:
    if target is None or target.actor is not None:
        return target
    actor = lookup.victims(target.token, verb, cause)
    return Argument(target.token, actor, target.text) if actor else target


def _armed_post(target: Argument | None, verb: Token, lookup: ActorLookup) -> Argument | None:
    if target is None:
        return target
    if target.actor is not None:
        actor = lookup.national_property(counted(target.token), target.actor)  # "Palestinian homes"
    else:
        actor = lookup.armed_post(counted(target.token), verb)
    return Argument(target.token, actor, target.text) if actor else target


def _victims_at_home(target: Argument | None, sources: list[Argument | None], lookup: ActorLookup, code: str) -> Argument | None:
    """"ABUJA – Boko Haram has killed tens of thousands of people": people an armed group of the
    article's own country kills, or a crowd anyone disperses, with no place named, are that
    country's."""
    if target is None or target.actor is not None or lookup.kb is None:
        return target
    home = lookup.home_country()
    doers = [source for source in sources if source is not None and source.actor]
    if home is None or not doers:
        return target
    crowd_control = code.startswith("175")  # "KFOR troops fired tear gas to disperse the crowd" in a Zvecan story
    if not crowd_control and not all((lookup.types.get(source.actor) == "armed_group" or source.actor.endswith("REB")) and _country_of(source.actor, lookup) == home for source in doers):
        return target
    actor = lookup.home_agent(target.token, home, PEOPLE_CODES)
    return Argument(target.token, actor, target.text) if actor else target


# Weapons that say how force was used: CAMEO 194 artillery and tanks, 195 aerial weapons.
_WEAPON_CODES = {
    "drone": "1952", "uav": "1952", "missile": "195", "airstrike": "195", "warplane": "195", "jet": "195",
    "bomber": "195", "helicopter": "195", "aircraft": "195", "rocket": "194", "shell": "194", "mortar": "194",
    "artillery": "194", "tank": "194", "shelling": "194",
}  # fmt: skip


def _weapon_code(verb: Token) -> str | None:
    """"a Houthi drone killed a man", "hit the base with missiles", "was destroyed by a drone":
    the weapon that did it sets the kind of force."""
    tools = [child for child in verb.children if child.dep_ in ("nsubj",)]
    tools += prep_objects(verb, "with") + [token for child in verb.children if child.dep_ == "agent" for token in child.children if token.dep_ == "pobj"]
    return _weapon_kind(tools)


def _weapon_kind(tools: list[Token]) -> str | None:
    """The kind of force the named weapons make: one kind, or aerial when all are aerial
    ("missiles and drones": 195); None when none is a weapon or they differ."""
    # (a suicide bomber is no aircraft)
    codes = {"1831" if tool.lemma_.lower() == "bomber" and any(child.lower_ == "suicide" for child in tool.children) else _WEAPON_CODES[tool.lemma_.lower()] for tool in tools if tool.lemma_.lower() in _WEAPON_CODES}
    if len(codes) == 1:
        return codes.pop()
    return "195" if codes and codes <= {"195", "1952"} else None


_KILLING = {"kill", "massacre", "slaughter", "execute", "murder", "slay", "gun"}
_MANY = {"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "score", "scores"}


def _mass_killing(verb: Token, targets: list[Argument | None]) -> bool:
    """CAMEO 202: civilians killed in large numbers ("killed at least 200 civilians",
    "massacred dozens of villagers"), not a death toll of fighters or of two people."""
    if verb.lemma_.lower() not in _KILLING:
        return False
    for target in targets:
        if target is None or not (target.actor or "").endswith("CVL"):
            continue
        noun = target.token
        if noun.lower_ in _MANY or noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in _MANY:
            return True
        for child in noun.children:
            if child.dep_ == "nummod" and (child.lower_ in _MANY or _number(child.text) >= 20):
                return True
    return False


def _assassination(verb: Token, targets: list[Argument | None], lookup: ActorLookup) -> bool:
    """CAMEO 186: a named person killed ("gunmen shot dead the mayor Carlos Manzo", "killed
    Hezbollah leader Hassan Nasrallah"), not people in numbers."""
    lemma = verb.lemma_.lower()
    shot_dead = lemma in ("shoot", "gun") and any(child.lower_ in ("dead", "down") for child in verb.children)
    if lemma not in ("kill", "murder", "assassinate", "slay", "execute") and not shot_dead:
        return False
    return any(
        target is not None and target.token.ent_type_ == "PERSON" and (target.actor is None or lookup.types.get(target.actor) == "person")
        for target in targets
    )  # fmt: skip


def _number(text: str) -> float:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return 0.0


def _visited_country(target: Argument | None, lookup: ActorLookup) -> Argument | None:
    """A visit to a city is a visit to its country (CAMEO codes visits between actors); so
    is aid sent to it."""
    if target is None or target.actor is not None:
        return target
    country = lookup.country_of_place(target.token)
    return Argument(target.token, country, target.text) if country else target


def _requested(verb: Token, lexicon: EventLexicon) -> bool:
    """Whether the verb is what someone is asked to do, however deep ("called on allies to
    let Kyiv use long-range weapons", "urged X to return to talks and allow aid", "a demand
    that Kyiv withdraw its troops", "said Israel must withdraw")."""
    if _obliged(verb) and verb.head.lemma_.lower() in speech_verbs():
        return True
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "tell" and any(child.dep_ in ("dobj", "dative") for child in verb.head.children):
        return True  # "told Hamas to release the hostages": asked of them, not done
    for _ in range(4):
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            if detached_conjunct(verb):
                return False  # "asked the Council to convene a meeting and accused Thailand…": accused is Cambodia's own act
            verb = verb.head
        # (a deadline's act may be parsed as an adverbial clause of "gave")
        governor = for_governor(verb) if verb.dep_ in FOR_CLAUSE_DEPS else None
        if governor is not None:
            return governor.lemma_.lower() in lexicon.status.requesting_governors  # "called for Iran to release…"
        if verb.dep_ not in ("xcomp", "ccomp", "acl", "relcl") and not (verb.dep_ == "advcl" and verb.head.lemma_.lower() == "give") and not _asked_after_aside(verb, lexicon) or verb.head.i == verb.i:
            return False
        if verb.dep_ in ("acl", "relcl") and (verb.head.pos_ != "NOUN" or _relative_subject(verb)):
            return False  # the parser takes "a demand that Kyiv withdraw" for a relative clause
        verb = verb.head
        if verb.lemma_.lower() in lexicon.status.requesting_governors or verb.lemma_.lower() == "ultimatum":
            return True
        if verb.lemma_.lower() == "give" and _deadline_clause(verb) is not None:
            return True  # "gave Hamas until Saturday to release the hostages"
        if verb.pos_ == "NOUN":
            return False
    return False


def _asked_after_aside(verb: Token, lexicon: EventLexicon) -> bool:
    """"called on the United States and France, which oversee the truce, to pressure Israel": an
    aside before the infinitive makes the parser hang it on the request as an adverbial clause."""
    return (
        verb.dep_ == "advcl" and verb.head.lemma_.lower() in lexicon.status.requesting_governors
        and any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)
        and any(child.dep_ == "relcl" for addressee in [*objects(verb.head, ("dobj",)), *prep_objects(verb.head, "on")] for party in [addressee, *addressee.conjuncts] for child in party.children)
    )  # fmt: skip


def _requested_noun(noun: Token, lexicon: EventLexicon) -> bool:
    """An act someone calls for, appeals for, presses for or demands ("called for tougher
    sanctions", "demanded an investigation"): asked for, not done."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for" and head.head.pos_ in ("VERB", "NOUN"):
        return head.head.lemma_.lower() in lexicon.status.requesting_governors
    return noun.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in ("demand", "request", "seek", "urge")


def _cooperative(code: str) -> bool:
    return code[:2] <= "08"


def _target_tokens(verb: Token, slots: tuple[str, ...], lookup: ActorLookup) -> list[Token]:
    """The first slot whose words name an actor ("supplied gas to Syria": Syria, not gas);
    else the first slot with any words (kept for ``target_text``)."""
    first: list[Token] = []
    for slot in slots:
        found = objects(verb, (slot,))
        if slot == "dobj" and found and all(_own_request(token, lookup) for token in found):
            # "repeated its call for Iran to release…", "reiterated its demand that Israel ease…":
            # the request is made of whom its clause is about, not of its maker ("its")
            asked = objects(verb, ("clause",))
            if asked and any(lookup.resolve(token) for token in asked):
                return asked
        if found and any(lookup.resolve(token) for token in found):
            return found
        first = first or found
        if slot == "none":
            break
    if "dobj" in slots and "dative" not in slots:
        # "gave Tanzania a grant", "offered Kyiv more air defence": the first object is whom the
        # thing in the second goes to
        given = objects(verb, ("dative",))
        if given and any(lookup.resolve(token) for token in given):
            return given
    return first


_REQUEST_NOUNS = {"call", "appeal", "demand", "plea", "request", "ultimatum"}


def _own_request(noun: Token, lookup: ActorLookup) -> bool:
    """A request the verb's subject makes ("repeated its call for…"), not one someone else made
    of them ("rejected a U.S. demand that it halt enrichment", "rejected Moscow's demand")."""
    if noun.lemma_.lower() not in _REQUEST_NOUNS:
        return False
    return not any(child.dep_ in ("poss", "compound", "amod", "nmod") and child.pos_ != "PRON" and lookup.resolve(child) for child in noun.children)


def _arguments(tokens: list[Token], lookup: ActorLookup) -> list[Argument | None]:
    """Arguments for tokens, splitting coordinated modifiers ("Russian and Ukrainian delegations")."""
    found: list[Argument | None] = []
    for token in tokens:
        parts = _coordinated_modifiers(token, lookup) or _plural_antecedents(token, lookup) or _counted_actors(token, lookup) or makers_of(token) or [token]
        found.extend(argument(part, lookup) for part in parts)
    return found or [None]


def _named(tokens: list[Token], lookup: ActorLookup) -> list[Argument]:
    """The arguments among ``tokens`` that name an actor."""
    return [item for item in _arguments(tokens, lookup) if item is not None and item.actor]


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_PAIRS = {"couple", "pair"}
_PEOPLE_NOUNS = {"leader", "man", "woman", "president", "minister", "official", "politician"}
_STATE_NOUNS = {"country", "nation", "state", "power", "neighbour", "neighbor", "capital"}  # "the two governments": paired elsewhere, as governments


def _counted_actors(token: Token, lookup: ActorLookup) -> list[Token]:
    """"recalled its ambassadors to the three countries", "accused the two neighbours": the
    last so many states the article named before (within three sentences), each once."""
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN" or not (lemma in _STATE_NOUNS and token.tag_ == "NNS" or lemma in _PEOPLE_NOUNS or lemma in _PAIRS):
        return []
    count = next((_COUNTS[child.lower_] for child in token.children if child.dep_ == "nummod" and child.lower_ in _COUNTS), None)
    if count is None and (any(child.lower_ == "both" for child in token.children) or lemma in _PAIRS):
        count = 2
    if count is None or not any(child.lower_ in ("the", "both") for child in token.children):
        return []
    wanted = ("state", "government") if lemma in _STATE_NOUNS else ("person",)
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    # "Pezeshkian accused the three European powers": not his own
    own = {item for subject in subjects(verb) if subject.i != token.i for actor in [lookup.resolve(subject)] if actor for item in (actor, lookup.state_of(actor))}
    found: dict[str, Token] = {}
    for index in range(token.i - 1, sentence_floor(token, back=3) - 1, -1):
        actor = lookup.at(token.doc[index])
        state = (lookup.state_of(actor) if wanted[0] == "state" else actor) if actor else None
        if state and state not in found and state not in own and lookup.types.get(actor) in wanted:
            found[state] = token.doc[index]
            if len(found) == count:
                return sorted(found.values(), key=lambda item: item.i)
    return []


def _plural_antecedents(token: Token, lookup: ActorLookup) -> list[Token]:
    """"Tuareg rebels and JNIM fighters said they had killed …": "they" is every coordinated
    speaker, not the first; one actor or none when the subject names one."""
    if token.lower_ not in ("they", "them", "their"):
        return []
    clause = token.head
    for _ in range(6):
        if clause.dep_ == "ccomp" and clause.head.i != clause.i:
            speakers = [speaker for speaker in subjects(clause.head) if speaker.i < token.i and lookup.resolve(speaker)]
            return speakers if len({lookup.resolve(speaker) for speaker in speakers}) > 1 else []
        if clause.head.i == clause.i:
            break
        clause = clause.head
    return []


def _coordinated_modifiers(token: Token, lookup: ActorLookup) -> list[Token]:
    """"Russian and Ukrainian delegations", "the ministers of Rwanda and Uganda"."""
    owners = [grandchild for child in token.children if child.dep_ == "prep" and child.lower_ == "of" for grandchild in child.children if grandchild.dep_ == "pobj"]
    for child in [*token.children, *owners]:
        if child.dep_ in ("amod", "compound", "nmod", "pobj") and lookup.at(child) and child.conjuncts:
            parts = [child, *(part for part in child.conjuncts if lookup.at(part))]
            # "Israeli, Syrian and Lebanese officials": a list's first items may hang on the noun itself
            parts += [other for other in token.children if other.dep_ == child.dep_ and other.i < child.i and lookup.at(other) and other.nbor(1).text == ","]
            if len({lookup.at(part) for part in parts}) > 1:
                return sorted(parts, key=lambda part: part.i)
    return []


def _borrowed_sources(verb: Token, lexicon: EventLexicon, lookup: ActorLookup) -> list[Argument]:
    """A doer the verb's own subject does not name.

    "a resolution demanding a ceasefire" (adopted by the Council): the subject of the clause
    the noun sits in; "was killed in an Israeli air strike": the owner of the event noun that
    did it.
    """
    # ("an operation to pursue the fighters", parsed as an infinitival relative)
    infinitival = verb.dep_ == "relcl" and any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children) and not any(child.dep_.startswith("nsubj") for child in verb.children)
    if (verb.dep_ == "acl" or infinitival) and verb.tag_ != "VBN" and verb.head.i != verb.i and not lookup.is_people(verb.head):
        # (not "protesters demonstrating against the ban": people act themselves)
        governor = verb.head
        while governor.pos_ not in ("VERB", "AUX") and governor.head.i != governor.i:
            governor = governor.head
        if governor.pos_ in ("VERB", "AUX") and not _struck_thing(verb.head, governor, lexicon):
            found = [item for item in _arguments(subjects(governor), lookup) if item is not None and item.actor]
            if found:
                return found
    for preposition in ("in", "by", "with"):
        for noun in prep_objects(verb, preposition):
            if _is_event_noun(noun, lexicon):
                owners = _noun_owners(noun, lookup)
                if owners:
                    return owners
    return []


def _struck_thing(noun: Token, governor: Token, lexicon: EventLexicon) -> bool:
    """"struck gas facilities supplying the Ukrainian army": what a force attacks does not act
    for it (unlike "adopted a resolution demanding a ceasefire")."""
    if noun.dep_ not in ("dobj", "conj") or noun.head.i != governor.i and noun.head.head.i != governor.i:
        return False
    code = _noun_code(_verb_entry(governor, lexicon, next((child.lower_ for child in governor.children if child.dep_ == "prt"), None)), governor)
    return code is not None and code[:2] in ("18", "19", "20")


def _intent_code(verb: Token, lexicon: EventLexicon, refused: bool = False) -> str | None:
    """The code of intending (or, ``refused``, of refusing) the act the verb takes."""
    for child in _intended_acts(verb):
        entry = _verb_entry(child, lexicon, next((grandchild.lower_ for grandchild in child.children if grandchild.dep_ == "prt"), None))
        if entry is None:
            continue
        pattern = _first_match(entry, child)
        act = pattern.code if pattern is not None else entry.code
        if act is None and _carries_event_noun(child, lexicon):
            act = next((_noun_code(_noun_entry(token, lexicon), token) for token in child.children if token.dep_ == "dobj" and _is_event_noun(token, lexicon)), None)
        if act is not None:
            negated = any(negates(grandchild) for grandchild in child.children)
            if act.startswith(_FORCE_ROOTS) and negated and not refused:
                return "0356"  # "pledged not to use force against each other": to de-escalate
            if refused or negated:
                return lexicon.refusal_code(act)  # "vowed never to negotiate with Hamas": a refusal (125)
            return lexicon.intent_code(act)
    return None


_READY = {"ready", "willing", "prepared", "open", "eager"}


def _readiness(token: Token) -> Token | None:
    """The verb that carries "ready to meet", "willing to resume negotiations", "open to
    dialogue": the act is intended, and the intent is stated now."""
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in _READY and token.head.pos_ == "ADJ":
        adjective = token.head
    elif token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lemma_.lower() in _READY and token.head.head.pos_ == "ADJ":
        adjective = token.head.head
    else:
        return None
    return adjective.head if adjective.dep_ in ("acomp", "xcomp", "oprd") and adjective.head.i != adjective.i else None


def _intended_acts(verb: Token) -> list[Token]:
    """"vowed to retaliate"; "vowed that the group would keep attacking Israel": the act
    intended, through a future clause and "keep" or "continue"."""
    acts = [child for child in verb.children if child.dep_ == "xcomp" or _to_clause(child)]  # ("have sworn to fight", parsed as an adverbial clause)
    acts += [child for child in verb.children if child.dep_ == "ccomp" and any(aux.dep_ == "aux" and aux.lower_ in _FUTURE_AUX for aux in child.children)]
    return [grandchild for act in acts for grandchild in ([act] + [item for item in act.children if item.dep_ == "xcomp"] if act.lemma_.lower() in _CONTINUING else [act])]


_FUTURE_AUX = {"will", "would", "shall", "'ll"}
_FUTURE_AUX_OR_WONT = _FUTURE_AUX | {"wo"}  # "won't" is "wo" + "n't"
_CONTINUING = {"keep", "continue", "resume"}


def _intended_noun(verb: Token, lexicon: EventLexicon) -> Token | None:
    """The event noun an intent verb promises: "pledged military aid", "pledged 500 million
    euros in military aid", "promised a package of aid"."""
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        if _is_event_noun(child, lexicon):
            return child
        for prep in child.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "for"):
                for token in prep.children:
                    if token.dep_ == "pobj" and _is_event_noun(token, lexicon):
                        return token
    return None


# Objects that stand between two parties: the border with X, the ambassador to X.
_RELATIONAL_OBJECTS = {"border", "frontier", "crossing", "airspace", "ambassador", "envoy", "diplomat", "embassy", "consulate", "mission", "tie", "relation"}


def _relational_partners(noun: Token) -> list[Token]:
    """"its border with Belarus", "its ambassador to Algeria", "its ambassadors from Mali and
    Niger", "its airspace to Malian flights" (the phrase may hang on the verb)."""
    heads = (noun, noun.head) if noun.dep_ == "dobj" else (noun,)
    found = [token for head in heads for preposition in ("with", "to", "in", "from") for token in with_conjuncts(prep_objects(head, preposition))]
    # "its airspace to flights to and from Mali": one level further, to the flights' ends
    ends = [prep for item in found if item.pos_ == "NOUN" for prep in item.children if prep.dep_ == "prep" and prep.lower_ in ("to", "from")]
    ends += [conj for prep in ends for conj in prep.conjuncts]  # "to and from Mali"
    return found + [token for prep in ends for token in with_conjuncts([child for child in prep.children if child.dep_ == "pobj"])]


def _leavers(noun: Token) -> list[Token]:
    """Those a withdrawal, exit or pullout is of ("the withdrawal of Rwandan troops")."""
    return prep_objects(noun, "of") if noun.lemma_.lower() in _LEAVING_NOUNS else []


def _partner_of(noun: Token) -> Token:
    """"expressed condolences to Iran", "opened fire on protesters" (the phrase may hang on the verb);
    "demanded the withdrawal of Rwandan troops from eastern Congo": those asked to leave."""
    leavers = _leavers(noun)
    if leavers:
        return leavers[0]
    for head in (noun, noun.head) if noun.dep_ == "dobj" else (noun,):
        partners = [token for preposition in ("to", "with", "against", "on", "toward", "towards", "at", "from", "by") for token in prep_objects(head, preposition)]
        partners = [token for token in partners if not is_time(token)]  # "released prisoners on Thursday"
        if partners:
            return partners[0]
    return noun


def _verb_entry(verb: Token, lexicon: EventLexicon, particle: str | None) -> VerbEntry | None:
    entry = lexicon.verb(verb.lemma_.lower(), particle)
    if entry is not None:
        return entry
    for lemma in base_forms(verb):
        entry = lexicon.verb(lemma, particle)
        if entry is not None:
            return entry
    return None


def _target_slots(verb: Token, lexicon: EventLexicon) -> tuple[str, ...]:
    """Where the verb's target is read: its matching pattern's slots, else its entry's."""
    entry = _verb_entry(verb, lexicon, None)
    if entry is None:
        return ("dobj",)
    if not any(pattern.target is not None for pattern in entry.patterns):
        return entry.target  # (matching the patterns is the costly part)
    pattern = _first_match(entry, verb)
    return pattern.target if pattern is not None and pattern.target is not None else entry.target


@dataclass(slots=True)
class _Slots:
    """What a head word's children offer to patterns, read once per head: with a few hundred
    converted patterns on common verbs, matching is then set lookups."""

    particles: set[str]
    objects: set[str]
    preps: dict[str, set[str]]
    subjects: set[str]
    xcomps: set[str]
    modifiers: set[str]


def _slots_of(head: Token, needs: frozenset[str]) -> _Slots:
    """What the head's children offer; of the rarely used slots (subjects, complements, modifiers,
    "for … to" clauses), only those some pattern in ``needs`` asks about."""
    children = list(head.children)
    objects: set[str] = set()
    preps: dict[str, set[str]] = {}
    subjects: set[str] = set()
    # "called the strike an act of murder": what is named is no object of the act ("called a strike")
    naming = head.lemma_.lower() in NAMING_VERBS and any(child.dep_ == "oprd" for child in children)
    for child in children:
        dep = child.dep_
        if dep in ("dobj", "nsubjpass", "attr", "oprd") and not (naming and dep == "dobj"):
            objects |= _names(child)
            for conjunct in child.conjuncts:  # "sent a team of rescuers and relief supplies"
                objects |= _names(conjunct)
            if child.lemma_.lower() in _QUANTITY_HEADS | _UNITS or child.lower_ in ("millions", "billions", "thousands", "hundreds", "dozens"):
                # "shipped millions of artillery shells"
                objects |= {name for prep in child.children if prep.lower_ == "of" for item in prep.children if item.dep_ == "pobj" for name in _names(item)}
            if dep == "dobj":
                # "called Zelensky a dictator": the small model makes the object predicate an
                # apposition; a true one is set off by a comma
                objects |= {name for item in child.children if item.dep_ == "appos" and item.i > 0 and item.doc[item.left_edge.i - 1].text != "," for name in _names(item)}
            if child.ent_type_ == "PERSON":
                objects.add(PERSON_OBJECT)  # "received Antonio Guterres"
            if dep == "dobj" and child.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") and not any(other.dep_ == "ccomp" for other in children):
                objects.add(NAMED_OBJECT)  # "warned India" (not "warned India that…": what it said decides)
            named = [child] + [token for prep in child.children if prep.lower_ == "of" for token in prep.children if token.dep_ == "pobj"]
            if "place" in needs and any(_is_place(token) for token in named):
                objects.add(PLACE_OBJECT)  # "seized most of Goma"
        if dep in ("nsubj", "nsubjpass") and "subject" in needs:
            subjects |= _names(child)
        if dep in ("prep", "agent", "dative"):
            _add_prep(preps, child)
            if child.lower_ in ("to", "on"):
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        objects |= _names(grandchild)
        if dep == "nsubj" and head.dep_ == "amod" and head.head.i > head.i and not any(item.dep_ == "dobj" for item in children):
            objects |= _names(head.head)  # "NATO scrambled fighter jets", parsed with "scrambled" modifying the jets
        if dep in ("dobj", "nsubjpass") and not naming:
            # "designated the Sinaloa Cartel, … and six other groups as terrorist organisations":
            # the phrase may hang on the last of coordinated objects ("called the attack on
            # parliament treasonous" names the attack; it calls on no one)
            for grandchild in (item for holder in (child, *child.conjuncts) for item in holder.children):
                if grandchild.dep_ == "prep":
                    _add_prep(preps, grandchild)
    if perfect_read_as_modifier(head):
        objects |= _names(head.head)  # "it had targeted weapons depots", parsed with "targeted" modifying them
    # (a "for … to" clause hangs on the head, or on its parent for an object: the parse is cheap to ask first)
    asked = for_clauses(head) if ("for" in needs or "xcomp" in needs) and (any(child.dep_ in FOR_CLAUSE_DEPS for child in children) or head.dep_ in ("dobj", "pobj")) else []
    for clause in asked:
        # "called for Iran to release the detainees" reads as "called for … release"
        preps.setdefault("for", set()).update(_names(for_subject(clause)))
    return _Slots(
        particles={child.lower_ for child in children if child.dep_ == "prt"},
        objects=objects,
        preps=preps,
        subjects=subjects,
        xcomps={child.lemma_.lower() for child in children if child.dep_ in ("xcomp", "ccomp")} | {clause.lemma_.lower() for clause in asked} if "xcomp" in needs else set(),
        # "respond militarily": a manner adverb names the kind of act as a modifier names a noun's
        modifiers={word for child in children if child.dep_ in ("compound", "amod") or child.dep_ == "advmod" and child.lower_.endswith("ly") for word in (child.lower_, child.lemma_.lower())} if "compound" in needs else set(),
    )


def _is_place(token: Token) -> bool:
    """Whether the place component found a named place at the token (NER calls "Goma" a person)."""
    return token.ent_type_ in ("GPE", "LOC", "FAC") or any(
        place.start <= token.idx < place.end for place in token.doc._.get("newsift_places") or []
    )


def _add_prep(preps: dict[str, set[str]], prep: Token) -> None:
    objects_ = [child for child in prep.children if child.dep_ in ("pobj", "pcomp")]
    if objects_ and all(is_time(child) for child in objects_):
        return  # "called Kagame on Thursday" is no call on anyone
    names = preps.setdefault(prep.lower_, set())
    for child in prep.children:
        if child.dep_ in ("pobj", "pcomp"):
            names |= _names(child)
        elif child.dep_ == "prep" and not objects_:
            _add_prep(preps, child)  # "pull out of the talks", parsed with "out" as a preposition holding "of"


def _names(token: Token) -> set[str]:
    """The token's lemma and form, and its phrase's last words ("assassination attempt")."""
    lemma = token.lemma_.lower()
    names = {lemma, token.lower_}
    whole = _hyphened_word(token)
    if whole is not None:
        names |= {whole, whole.replace("-", "")}  # "staged a sit-in", "agreed to a cease-fire"
    # the modifier words right before it, however the parser nested them ("air defence systems")
    modifiers: list[str] = []
    for index in range(token.i - 1, max(token.i - 3, token.left_edge.i - 1), -1):  # the parse is projective: all in its subtree
        word = token.doc[index]
        if word.dep_ not in ("compound", "amod") and not (word.dep_ == "advmod" and word.head.i == token.i):  # "politically motivated"
            break
        modifiers.insert(0, word.lower_)
    for size in (1, 2):
        if len(modifiers) >= size:
            names |= {" ".join(modifiers[-size:] + [lemma]), " ".join(modifiers[-size:] + [token.lower_])}
    # "a state of emergency", "a show of force": the head with its "of" phrase
    names |= {f"{lemma} of {item.lower_}" for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of" for item in prep.children if item.dep_ == "pobj"}
    return names


def _matches(pattern: Pattern, slots: _Slots) -> bool:
    if pattern.particle and pattern.particle not in slots.particles:
        return False
    if pattern.object and slots.objects.isdisjoint(pattern.object):
        return False
    if pattern.prep:
        names = slots.preps.get(pattern.prep)
        if names is None or (pattern.pobj and names.isdisjoint(pattern.pobj)):
            return False
    if pattern.subject and slots.subjects.isdisjoint(pattern.subject):
        return False
    if pattern.xcomp and slots.xcomps.isdisjoint(pattern.xcomp):
        return False
    if pattern.compound and slots.modifiers.isdisjoint(pattern.compound):
        return False
    return True


def _first_match(entry: VerbEntry | NounEntry, head: Token) -> Pattern | None:
    """The most specific matching pattern (patterns come sorted most specific first)."""
    if not entry.patterns:
        return None
    slots = _slots_of(head, entry.index.needs)
    asked = [index for word in slots.objects for index in entry.index.by_object.get(word, ())]
    candidates = sorted(set(asked).union(entry.index.objectless)) if asked else entry.index.objectless
    return next((entry.patterns[index] for index in candidates if _matches(entry.patterns[index], slots)), None)


def _lemma_matches(token: Token, words: tuple[str, ...]) -> bool:
    return not _names(token).isdisjoint(words)


# --- event nouns -------------------------------------------------------------------------------


def _hyphened_word(token: Token) -> str | None:
    """"sit-in", which the tokeniser splits into "sit", "-", "in": the whole word at its last part."""
    if token.i < 2 or token.doc[token.i - 1].text != "-" or token.doc[token.i - 1].whitespace_ or token.doc[token.i - 2].whitespace_:
        return None
    return f"{token.doc[token.i - 2].lower_}-{token.lower_}"


# Words that make their subject the one who would take part ("ready for talks with Iran").
_READY = {"ready", "willing", "open", "prepared", "eager", "keen", "committed"}


def _speaking_party(noun: Token, partners: list[Token], lookup: ActorLookup) -> list[Argument]:
    """Talks "with" someone that no one is named as holding: the side that speaks of them ("Iran
    said negotiations with the United States had stalled") or declares itself ready for them,
    unless it is the partner itself."""
    node = noun
    for _ in range(6):
        head = node.head
        if head.i == node.i:
            return []
        if node.dep_ == "ccomp" and head.lemma_.lower() in speech_verbs() or node.dep_ == "prep" and head.lower_ in _READY and head.pos_ == "ADJ":
            holder = head if head.pos_ in ("VERB", "AUX") else head.head
            partners_named = {lookup.resolve(token) for token in partners}
            return [item for item in _arguments(subjects(holder), lookup) if item is not None and item.actor and item.actor not in partners_named]
        if node.dep_ in ("relcl", "acl", "advcl", "conj"):
            return []
        node = head
    return []


def _hyphened_noun_read_as_adjective(token: Token, lexicon: EventLexicon) -> bool:
    """"launched a counter-offensive", tagged with "offensive" an adjective: an event noun written
    with a hyphen, in a noun's place."""
    if token.pos_ != "ADJ" or token.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass") or _hyphened_word(token) is None:
        return False
    return _noun_entry(token, lexicon) is not None


def _trigger_chars(trigger: Token) -> tuple[int, int]:
    """The trigger's characters: the whole of a split hyphened word ("sit-in")."""
    start = trigger.doc[trigger.i - 2].idx if _hyphened_word(trigger) else trigger.idx
    return start, trigger.idx + len(trigger.text)


def _noun_entry(noun: Token, lexicon: EventLexicon) -> NounEntry | None:
    lemma = noun.lower_ if noun.tag_ == "VBG" else noun.lemma_.lower()
    whole = _hyphened_word(noun)
    for form in (whole, whole.replace("-", "")) if whole is not None else ():
        if form in lexicon.nouns:
            return lexicon.nouns[form]  # "a sit-in", "a cease-fire"
    if lemma not in lexicon.noun_heads:
        return None
    modifiers = [child for child in noun.children if child.dep_ in ("compound", "amod") and child.i == noun.i - 1]
    if modifiers:
        entry = lexicon.nouns.get(f"{modifiers[0].lower_} {lemma}") or lexicon.nouns.get(f"{modifiers[0].lemma_.lower()} {lemma}")
        if entry is not None:
            return entry
    entry = lexicon.nouns.get(lemma)
    if entry is not None and entry.plural_only and noun.tag_ not in ("NNS", "NNPS"):
        return None
    return entry


def _noun_code(entry: NounEntry | VerbEntry | None, noun: Token) -> str | None:
    """The code of the entry's most specific matching pattern at the token, else its default."""
    if entry is None:
        return None
    pattern = _first_match(entry, noun)
    return pattern.code if pattern is not None else entry.code


def _is_event_noun(token: Token, lexicon: EventLexicon) -> bool:
    return token.pos_ == "NOUN" and _noun_code(_noun_entry(token, lexicon), token) is not None


def _carries_event_noun(verb: Token, lexicon: EventLexicon) -> bool:
    if verb.lemma_.lower() not in lexicon.light_verbs:
        return False
    carried = [child for child in verb.children if child.dep_ in ("dobj", "attr")]
    carried += _carried_in(verb)
    carried += [grandchild for token in list(carried) for child in token.children if child.lower_ == "of" for grandchild in child.children if token.lemma_.lower() in _QUANTITY_HEADS]
    return any(_is_event_noun(token, lexicon) for token in carried)


def _placed_victims(noun: Token, carrier: Token | None, prepositions: tuple[str, ...], lookup: ActorLookup) -> list[Token]:
    """People in the noun's phrases whose nationality the place of the act (or of its carrying verb) says."""
    return [
        token for preposition in prepositions for token in prep_objects(noun, preposition)
        if lookup.victims(token, noun) or carrier is not None and lookup.victims(token, carrier)
    ]  # fmt: skip


def _carried_in(verb: Token) -> list[Token]:
    """The nouns of a light verb's "in"/"into" phrase, which it carries ("engaged in talks", "took
    part in the offensive") unless it acts on an object of its own: "launched 800 drones at Ukraine
    in the largest aerial attack of the war" is the launch, which the attack only names."""
    if any(child.dep_ == "dobj" and child.lemma_.lower() != "part" for child in verb.children):
        return []
    return [grandchild for child in verb.children if child.dep_ == "prep" and child.lower_ in ("in", "into") for grandchild in child.children if grandchild.dep_ == "pobj"]


def _noun_events(noun: Token, lexicon: EventLexicon, lookup: ActorLookup) -> list[_Draft]:
    entry = _noun_entry(noun, lexicon)
    code = _noun_code(entry, noun)
    if entry is None or code is None or lookup.at(noun) is not None or _is_topic(noun, lexicon):
        return []
    if _coded_by_its_verb(noun, lexicon) and len(_between(noun, lookup)) < 2:
        return []  # (not "hosted talks between Kinshasa and the M23": the talks are the parties' own)
    if _requested_noun(noun, lexicon):
        return []  # "called for tougher sanctions on Moscow": the appeal is the event
    if noun.ent_type_ == "DATE" or noun.lower_ == "march" and noun.text[0].isupper():
        return []  # "in March": a month, not a protest
    carrier = _carrier_verb(noun, lexicon)
    # "agreed to send troops after a phone call with Trump": what came before the clause's act
    # happened, whatever the clause says of its own act
    anchor = _quantity_head(noun)
    before = carrier is not None and anchor.dep_ == "pobj" and anchor.head.lower_ in ("after", "following") and anchor.head.head.i == carrier.i
    between = _between(noun, lookup)
    if len(between) >= 2:
        parties = _arguments(between, lookup)
        mediators = _mediators(noun, lookup) if code.startswith("045") else []
        if mediators:
            # "their mediation between Israel and Hamas": the parties are whom they mediate with
            return _pairs(noun, carrier or noun, code, mediators, parties, False, noun)
        return _pairs(noun, noun if before else carrier or noun, code, parties, [None], True, noun)
    heads = {noun.i: noun, anchor.i: anchor}
    left = [token for token in prep_objects(noun, "from") if lookup.types.get(lookup.resolve(token) or "") == "igo"] if noun.lemma_.lower() in _LEAVING_NOUNS else []
    if left:
        code = "161"  # "their withdrawal from ECOWAS" breaks ties with it
    # "Russia's invasion of Ukraine", "the arrest of Imamoglu": for force, "of" names who suffers it
    # "blamed the attack on Moscow": whom it is blamed on did it, as alleged; no one it was aimed at
    blamed_on = [token for token in prep_objects(noun, "on") if lookup.resolve(token)] if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _BLAMED_ON else []
    # "the attack, which Israel blamed on Hezbollah": the same, told in a relative clause
    blamed_on = blamed_on or [token for clause in blaming_clauses(noun, _BLAMED_ON) for token in prep_objects(clause, "on") if lookup.resolve(token)]
    target_tokens = left or [token for head in heads.values() for preposition in _NOUN_TARGET_PREPS for token in prep_objects(head, preposition) if lookup.resolve(token) and token not in blamed_on]
    target_tokens = target_tokens or [token for token in _undergoers(noun) if lookup.resolve(token)]  # "Maduro's arrest"
    investigated: list[Token] = []
    if code.startswith("09") and not target_tokens:
        # "opened an investigation into alleged war crimes by the RSF": into what the RSF did
        topics = prep_objects(noun, "into")
        investigated = [agent for topic in topics for agent in prep_objects(topic, "by") if lookup.resolve(agent)]
        investigated += [owner.token for topic in topics if _is_event_noun(topic, lexicon) for owner in _noun_owners(topic, lookup)]  # "into the killing of prisoners by Russian troops"
        if topics and carrier is not None and subjects(carrier):
            # the parser may hang "by" on the noun or on its verb
            investigated += [agent for head in (noun, carrier) for agent in prep_objects(head, "by") if lookup.resolve(agent)]
        target_tokens = investigated
    if noun.lemma_.lower() in _HANDED_OF and not target_tokens:
        # "ordered the release of Imran Khan", "demanded the extradition of the suspects": whom it frees or hands over
        target_tokens = [token for token in prep_objects(noun, "of") if lookup.resolve(token)]
    if code.startswith("17") and not target_tokens:
        # "a crackdown on protesters": people the coercion falls on, named or not (their state below)
        target_tokens = [token for preposition in ("on", "against") for token in prep_objects(noun, preposition)]
    slain: list[Token] = []
    if code.startswith(_FORCE_ROOTS) and not target_tokens:
        # (not "attacks of Israeli jets", the rare agentive "of")
        target_tokens = [token for token in prep_objects(noun, "of") if _suffers(lookup.resolve(token), lookup)]
        # "an attack on a military post"
        target_tokens = target_tokens or [token for preposition in ("on", "against") for token in prep_objects(noun, preposition) if lookup.armed_post(counted(token), noun, remember=False)]
        # "the killing of more than 200 villagers in White Nile state": people whose place says whose
        # ("carried out executions of civilians in Goma": the place may hang on the carrying verb)
        # ("attacks against civilians in Darfur": the same people, aimed at)
        slain = [] if target_tokens else _placed_victims(noun, carrier, ("of",), lookup) or _placed_victims(noun, carrier, ("on", "against"), lookup)
        target_tokens = target_tokens or slain
    if carrier is not None and not target_tokens and noun.dep_ == "pobj" and noun.head.lower_ == "under":
        target_tokens = [token for token in objects(carrier, ("dobj",)) if lookup.resolve(counted(token))]  # whom they placed under arrest
    if carrier is not None and not target_tokens:
        target_tokens = [token for preposition in _NOUN_TARGET_PREPS[:5] for token in prep_objects(carrier, preposition) if lookup.resolve(token)]
    if carrier is not None and not target_tokens and (code.startswith("06") or entry.reciprocal):
        # "would hold joint patrols near the shoal with the United States": the partner, wherever
        # the parser hung the "with" phrase in the clause
        target_tokens = [
            token for prep in carrier.subtree if prep.dep_ == "prep" and prep.lower_ == "with" and prep.i > noun.i
            for token in prep.children if token.dep_ == "pobj" and lookup.resolve(token)
        ][:1]  # fmt: skip
    if not target_tokens and noun.lemma_.lower() in lexicon.status.requesting_governors:
        # "repeated its demand that Armenia remove…": the demand is made of the clause's subject
        target_tokens = [token for clause in noun.children if clause.dep_ in ("acl", "ccomp") and any(child.dep_ == "mark" for child in clause.children) for token in subjects(clause) if lookup.resolve(token)]
        if not target_tokens and noun.lemma_.lower() in _DEMANDS and noun.dep_ == "dobj":
            target_tokens = [token for token in subjects(noun.head) if lookup.resolve(token)]  # "Iran rejected Washington's demands": made of Iran
    broker = _broker(noun, lookup) if code.startswith("04") else None
    if broker is not None:
        # "a second round of U.S.-brokered talks": the broker mediates between the parties of the
        # sentence's meeting (paired in _mediated), with that meeting's status ("were due to meet":
        # planned); it does not talk to itself. "Israel and Hamas held Qatari-mediated talks": the
        # holders talk, one event each way
        served = _clause_verb(noun)
        brokered = _pairs(noun, carrier or served or noun, "045", [broker], [None], False, noun)
        holders = [item for item in _arguments(subjects(carrier), lookup) if item is not None and item.actor] if carrier is not None else []
        talks = _pairs(noun, carrier, code, holders, [None], True, noun) if len({item.actor for item in holders}) > 1 else []
        return talks + brokered
    own_sources = [item for item in _noun_owners(noun, lookup) if item.token not in investigated] or [item for item in _arguments(blamed_on, lookup) if item is not None and item.actor]
    borrowed = False  # sources taken from the clause the noun is a circumstance of
    holder = carrier if carrier is not None else noun.head if noun.dep_ == "dobj" else None
    if own_sources and holder is not None and all(item.token.pos_ == "PRON" for item in own_sources):
        # "Mali, Burkina Faso and Niger announced their withdrawal": "their" is all of them
        carried = [item for item in _arguments(subjects(holder), lookup) if item is not None and item.actor]
        own_sources = carried or own_sources
    if not own_sources and lexicon.is_mutual(code):
        own_sources = _their_parties(noun, lookup)  # "Xi told Biden at their summit": both met
    if own_sources:
        sources = own_sources
    elif carrier is not None:
        sources = [item for item in _arguments(subjects(carrier), lookup) if item is not None]
        # "Hundreds of teachers held a protest in Nairobi", "JUBA – Rebels signed a ceasefire"
        sources = [_local_doer(item, carrier, lookup) for item in sources]
    elif blamed := _blamed_for(noun, lookup):
        sources = blamed  # "blamed the army for the massacre": the blamed did it (alleged)
    elif _claimed(noun):
        # "Hezbollah claimed responsibility for a rocket attack", "Islamic State claimed the attack": the claimant did it
        claim = noun.head if noun.dep_ == "dobj" else noun.head.head.head
        sources = [item for item in _arguments(subjects(claim), lookup) if item is not None and item.actor]
    elif _threatened_with(noun):
        # "Macron threatened Moscow with further sanctions": the sanctions, as the threatened act
        # (hypothetical), by the threatener on whom it threatens
        threat = noun.head.head
        sources = [item for item in _arguments(subjects(threat), lookup) if item is not None and item.actor]
        target_tokens = target_tokens or [token for token in objects(threat, ("dobj",)) if lookup.resolve(token)]
    elif noun.dep_ == "pobj" and noun.head.lower_ == "on" and noun.head.head.lemma_ in ("be", "remain", "stay") and (code.startswith("14") or noun.lemma_.lower() == "strike"):
        # "has been on hunger strike for three weeks", "teachers remain on strike": who is on it protests
        code = code if code.startswith("14") else "143"
        sources = [item for item in _arguments(subjects(noun.head.head), lookup) if item is not None and item.actor]
        carrier = noun.head.head if sources else None
    elif noun.dep_ == "pobj" and noun.head.lower_ == "behind" and noun.head.head.lemma_ == "be":
        # "the Arakan Army may have been behind a drone attack": who was behind it did it
        sources = [item for item in _arguments(subjects(noun.head.head), lookup) if item is not None and item.actor]
        carrier = noun.head.head if sources else None
    elif (answerable := _answerable_for(noun)) is not None:
        # "Sudan's government is responsible for mass killings in Darfur": who answers for it did it
        sources = [item for item in _arguments(subjects(answerable), lookup) if item is not None and item.actor]
        carrier = answerable if sources else None
    elif given := _from_sources(noun, code, lookup):
        sources = given  # "drawing condemnation from Israel and the United States"
    elif anchor.dep_ == "pobj" and (anchor.head.lower_ in ("in", "for", "during") or anchor.head.lower_ in ("after", "following") and (code.startswith("04") or entry.reciprocal and target_tokens)) and anchor.head.head.pos_ == "VERB" and not is_passive(anchor.head.head) and anchor.head.head.lemma_.lower() not in _ANSWERING | _BLAMING and not (code.startswith("042") and anchor.head.head.lemma_.lower() in _HOSTING):
        # "Palestinians marched … in a protest against Hamas": the marchers protest; "is set to
        # visit Washington for talks with Trump": the visitor talks, as certainly as they visit;
        # "released 52 prisoners after talks with a U.S. envoy" (talks only: "after a drone
        # incursion" is someone else's)
        sources = [item for item in _arguments(subjects(anchor.head.head), lookup) if item is not None and item.actor]
        if code.startswith("14") and sources and all(_sector(item.actor) in _STREET_FORCES or lookup.types.get(item.actor) in ("police", "military") for item in sources):
            # "Police arrested 40 people during protests": the forces do not protest; those they
            # act on were protesting
            sources = [item for item in _arguments(objects(anchor.head.head, ("dobj",)), lookup) if item is not None and item.actor and _sector(item.actor) in _STREET_PEOPLE]
        carrier = anchor.head.head if sources else None
        if carrier is not None and carrier.dep_ == "xcomp" and code.startswith("05") and anchor.head.lower_ == "in":
            carrier = carrier.head  # "agreed to reopen their border, in a deal brokered by Riyadh": the deal is the agreeing, made
        if sources and not target_tokens:
            # "killed dozens of Wagner mercenaries in fighting": the fight is with whom the clause acts on
            target_tokens = [token for token in objects(anchor.head.head, ("dobj",)) if lookup.resolve(counted(token))]
            borrowed = bool(target_tokens)  # "met in Istanbul for direct talks": no object, the talks are between the subjects
    elif entry.reciprocal and target_tokens and (party := _speaking_party(noun, target_tokens, lookup)):
        sources = party  # "The Kremlin said talks with Washington would resume": the Kremlin's talks
    else:
        sources = []
    if code.startswith("14") and not sources and not target_tokens:
        # "after youth-led protests left 19 people dead" in a Nepal story: the country's people
        held = _home_protesters(noun, lookup)
        sources = [held] if held is not None else []
    if not sources and not target_tokens and carrier is None and noun.lemma_.lower() not in _UNNAMED_FIGHTING and _verb_of_its_doer(noun, lexicon) is None:
        return []  # "the talks", alone: a topic, not a reported event (fighting is paired below; "a roadside bomb killed…" is whom it killed)
    driven = _verb_it_drives(noun, lexicon)
    if not target_tokens and code.startswith("16"):
        # "a suspension of air links with Yugoslavia", "the suspension of aid to Niger": whom what
        # is cut tied the doer to
        target_tokens = [token for obj in prep_objects(noun, "of") for preposition in ("with", "to", "for") for token in prep_objects(obj, preposition) if lookup.resolve(token)][:1]
    if driven is not None:
        target_tokens += objects(driven, _target_slots(driven, lexicon))
    elif code.startswith(_FORCE_ROOTS) and not target_tokens:
        target_tokens = _left_dead(noun)  # "police raids in Yekaterinburg left two Azerbaijani men dead"
    if not target_tokens and noun.dep_ == "dobj" and noun.head.lemma_.lower() in _DRAWING:
        target_tokens = [token for token in subjects(noun.head) if lookup.resolve(token)]  # what drew the condemnation
    if code.startswith(_VISITS) and not target_tokens:
        target_tokens = [token for token in prep_objects(noun, "to") if lookup.country_of_place(token)]  # "a visit to Kyiv"
    if code.startswith("0874") and not target_tokens:
        # "the withdrawal of invasion forces from Panama": from the state it leaves
        held = [noun, *prep_objects(noun, "of")]
        target_tokens = [token for head in held for token in prep_objects(head, "from") if lookup.country_of_place(token) or lookup.types.get(lookup.resolve(token) or "") == "state"][:1]
    if code.startswith("07") and not target_tokens:
        target_tokens = [token for token in prep_objects(noun, "for") if lookup.resolve(token)]  # "a $3 billion loan for Pakistan"
    receivers: list[Token] = []
    if code.startswith("07") and not target_tokens and carrier is not None:
        # "delivered food aid to 200,000 people in Gaza": the people where they are
        receivers = [token for token in prep_objects(noun, "to") + prep_objects(carrier, "to") + prep_objects(noun, "for") if lookup.is_people(token)]
    targets = _arguments(target_tokens, lookup)
    if receivers:
        targets = [_local_doer(argument(token, lookup), carrier, lookup, doer=False) for token in receivers[:1]]
    if code.startswith(_PLACE_RULES) and not any(target is not None and target.actor for target in targets):
        targets = _people_of_place(noun, sources, lookup) or targets
    if code.startswith(_VISITS):
        targets = [_visited_country(target, lookup) for target in targets]
    elif code.startswith(_FORCE_ROOTS):
        if code.startswith("17") and not code.startswith("174"):
            targets = [_coerced_at_home(target, sources, lookup) for target in targets]  # "the government's crackdown on protesters"
        if driven is not None:
            targets = [_victims(_people(target, lookup), driven, lookup, noun) for target in targets]  # "killed 18 people across Gaza"
        elif slain:
            targets = [_victims(target, noun, lookup) for target in targets]
            if carrier is not None:
                targets = [_victims(target, carrier, lookup) for target in targets]
        targets = [_armed_post(target, noun, lookup) for target in targets]
        targets = _struck_country(noun, targets, sources, lookup, seized=code.startswith("192") and _fighters(sources, lookup))
    if code == "190":
        # "Iran's missile and drone attack": the weapons named on the noun set the kind of force
        weapons = [child for child in noun.children if child.dep_ in ("compound", "amod", "nmod")]
        weapons += subjects(carrier) if carrier is not None else []  # "Israeli jets carried out strikes"
        code = _weapon_kind([token for weapon in weapons for token in (weapon, *weapon.conjuncts)]) or code
    if carrier is not None and noun.dep_ == "dobj" and _shown_force(carrier, code, targets):
        code = "150"
    if code.startswith("14"):
        sources = [_people(source, lookup) for source in sources]  # "Palestinians marched … in a protest against Hamas"
        if carrier is not None and not any(target is not None and target.actor for target in targets):
            targets = _protested(carrier, sources, lookup) or targets  # "staged mass demonstrations to demand reforms by Suharto's government"
        if not any(target is not None and target.actor for target in targets):
            targets = _own_government(noun, sources, lookup) or targets  # "youth-led protests"
    if code.startswith(_FORCE_ROOTS + ("15",)) and _joint(target_tokens):
        code = "062"  # "flight operations together with the Guyana Defence Force": done with them, not to them
    if code == "150" and len({source.actor for source in sources if source is not None and source.actor}) > 1 and not any(target is not None and target.actor for target in targets):
        code = "062"  # "South Korean and U.S. forces began their military exercises": together
    reciprocal = (entry.reciprocal or lexicon.is_reciprocal(code)) and len(sources) > 1 and not borrowed
    ready = (_readiness(carrier) if carrier is not None else None) or _readiness(noun)
    if ready is not None:
        # "willing to resume negotiations", "open to dialogue"
        return _pairs(noun, ready, lexicon.intent_code(code) or code, sources or [None], targets, False, None)
    return _pairs(noun, noun if before else carrier or noun, code, sources or [None], targets, reciprocal, noun)


def _threatened_with(noun: Token) -> bool:
    """"threatened Moscow with further sanctions": the act a threat threatens with."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.lemma_.lower() == "threaten"


_LEAVING = {"leave", "quit", "exit"}
_ENTITLEMENTS = {"right", "freedom", "permission", "licence", "license", "mandate", "authority", "power"}
# Participles whose agent does the act the noun names: "sanctions imposed by the EU".
_DOING = {"impose", "carry", "conduct", "launch", "stage", "mount", "declare", "order", "commit", "perpetrate", "announce", "enforce", "fire", "unleash", "plant", "detonate", "lay", "sign", "conclude", "ink", "reach"}
# A party written with a hyphen before these brokered or backed the act; it did not do it.
_BROKERED_SUFFIXES = ("-brokered", "-mediated", "-sponsored", "-backed", "-led", "-hosted")
_LEAVING_NOUNS = {"withdrawal", "exit", "departure", "pullout"}
_ANSWERING = {"retaliate", "respond", "avenge"}
# Force against an act is force against whoever does it ("troops had repelled the attack").
_REPELLING = {"repel", "repulse", "thwart", "foil", "counter", "fend"}
_DRAWING = {"draw", "prompt", "spark", "trigger", "provoke", "attract", "earn", "bring", "elicit"}
# Nouns of what one side says or gives to another: "condemnation from X", "aid from X".
_FROM_ROOTS = ("02", "05", "06", "07", "10", "11", "12", "13", "14", "16")


_BROKERING = ("brokered", "mediated", "sponsored", "facilitated")
_BROKERED = tuple(f"-{word}" for word in _BROKERING)


def _mediators(noun: Token, lookup: ActorLookup) -> list[Argument]:
    """Who mediates: the mediation's owners, else the subjects of the clause it sits in
    ("Egypt and Qatar pledged to continue their mediation": both)."""
    owners = [item for item in _noun_owners(noun, lookup) if item.actor]
    if owners:
        return owners
    clause = _clause_verb(noun)
    return _named(subjects(clause), lookup) if clause is not None else []


def _clause_verb(noun: Token) -> Token | None:
    """The verb of the clause a noun sits in."""
    return next((ancestor for ancestor in noun.ancestors if ancestor.pos_ in ("VERB", "AUX")), None)


def _broker(noun: Token, lookup: ActorLookup) -> Argument | None:
    """The mediator in "U.S.-brokered talks", "Qatari-mediated negotiations"."""
    for child in noun.children:
        if child.dep_ != "amod":
            continue
        if child.lower_.endswith(_BROKERED) and (broker := lookup.resolve(child)):
            return Argument(child, broker, child.text)  # one token: "U.S.-brokered"
        if child.lower_ in _BROKERING:
            for holder in child.children:
                if holder.dep_ in ("npadvmod", "compound", "nmod") and holder.i < child.i and (broker := lookup.resolve(holder)):
                    return Argument(holder, broker, holder.text)
    return None


def _blamed_for(noun: Token, lookup: ActorLookup) -> list[Argument]:
    """"blamed the army for the massacre", "accused Rwanda of the attack": who is blamed."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("for", "of") or phrase_governor(noun.head).lemma_.lower() not in _BLAMING:
        return []
    return _named([child for child in phrase_governor(noun.head).children if child.dep_ == "dobj"], lookup)


# "welcomed Xi to Astana for a state visit": the guest visits, not the host
_HOSTING = {"welcome", "host", "receive", "greet", "invite"}
_BLAMING = {"blame", "accuse", "charge", "hold", "fault", "condemn", "criticise", "criticize"}
_BLAMED_ON = {"blame", "pin"}
# Acts whose "of" phrase names the people freed, handed over or sent away.
_HANDED_OF = {"release", "extradition", "handover", "repatriation", "deportation", "expulsion", "pardon", "freeing", "transfer"}


def _claimed(noun: Token) -> bool:
    """The act in "claimed responsibility for the attack", "took responsibility for", "claimed the attack"."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() == "claim":
        return True
    if noun.dep_ != "pobj" or noun.head.lower_ != "for" or noun.head.head.lemma_.lower() not in ("responsibility", "credit"):
        return False
    # "denied responsibility for the killing": the denier is who was said to have done it (denied)
    return noun.head.head.dep_ == "dobj" and noun.head.head.head.lemma_.lower() in ("claim", "take", "accept", "admit", "assume", "deny", "disclaim")


def _suffers(actor: str | None, lookup: ActorLookup) -> bool:
    return actor is not None and lookup.types.get(actor) not in ("military", "armed_group") and not actor.endswith(("MIL", "REB"))


def _their_parties(noun: Token, lookup: ActorLookup) -> list[Argument]:
    """"Xi Jinping told Joe Biden at their summit": "their" is the clause's subject and object."""
    if not any(child.dep_ == "poss" and child.lower_ == "their" for child in noun.children):
        return []
    if noun.dep_ != "pobj" or noun.head.head.pos_ not in ("VERB", "AUX"):
        return []
    verb = noun.head.head
    people = subjects(verb) + [child for child in verb.children if child.dep_ in ("dobj", "dative")]
    parties = [item for item in _arguments(people, lookup) if item is not None and item.actor]
    return parties if len({item.actor for item in parties}) >= 2 else []


def _from_sources(noun: Token, code: str, lookup: ActorLookup) -> list[Argument]:
    if not code.startswith(_FROM_ROOTS):
        return []
    heads = [noun, noun.head] if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _DRAWING else [noun]  # "drawing condemnation from Amnesty", parsed either way
    givers = [token for head in heads for found in prep_objects(head, "from") for token in (found, *found.conjuncts)]
    return [item for item in _arguments(givers, lookup) if item is not None and item.actor]


# Codes of nouns that end or cut what their "of" phrase names.
_ENDING_CODES = {"161", "162", "164"}


def _is_topic(noun: Token, lexicon: EventLexicon) -> bool:
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and _noun_code(_noun_entry(noun.head.head, lexicon), noun.head.head) in _ENDING_CODES:
        return True  # "a suspension of military cooperation with Mali": the suspension is the event
    if noun.dep_ != "pobj" or noun.head.lower_ not in _TOPIC_PREPS:
        return False
    holder = noun.head.head
    if _is_event_noun(holder, lexicon) or holder.lemma_.lower() in speech_verbs():
        return True
    return _carries_event_noun(holder, lexicon)  # "held talks in Doha on a ceasefire"


def _coded_by_its_verb(noun: Token, lexicon: EventLexicon) -> bool:
    """"suspended military aid", "lifted sanctions", "violated the truce": the verb's own
    pattern names the noun, so verb and noun are one event, coded from the verb."""
    if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "into") and noun.head.head.lemma_.lower() in lexicon.light_verbs and not _carried_in(noun.head.head):
        verb = noun.head.head  # "launched 800 drones at Ukraine in the largest attack of the war": the launch
        aimed = any(child.dep_ == "prep" and child.lower_ in _NOUN_TARGET_PREPS for child in noun.children)
        return not aimed and _verb_entry(verb, lexicon, None) is not None  # "in an attack on Kyiv" says whom
    if noun.dep_ == "pobj" and noun.head.head.dep_ == "dobj":
        verb = noun.head.head.head  # "pledged 500 million euros in military aid"
        entry = _verb_entry(verb, lexicon, None)
        intended = _intended_noun(verb, lexicon) if entry is not None and entry.intent else None
        if intended is not None and intended.i == noun.i:
            return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _QUANTITY_HEADS and noun.head.head.dep_ == "dobj":
        verb = noun.head.head.head  # "blocked a new package of EU sanctions"
        entry = _verb_entry(verb, lexicon, None)
        return entry is not None and verb.lemma_.lower() not in lexicon.light_verbs and any(
            pattern.object and _lemma_matches(noun, pattern.object) and pattern.code for pattern in entry.patterns
        )
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"):
        # "agreed on a ceasefire deal": the verb's pattern names the phrase; one event
        verb = noun.head.head
        entry = _verb_entry(verb, lexicon, None)
        if entry is None or noun.head.lower_ in ("of", "for") and verb.lemma_.lower() in _BLAMING or _threatened_with(noun):
            return False  # "accused Pakistan of violations of the ceasefire": the violations are an act of their own
        preposition = noun.head.lower_
        candidates = [pattern for pattern in entry.patterns if pattern.prep == preposition and pattern.pobj and pattern.code]
        if not candidates:
            return False
        names, slots = _names(noun), _slots_of(verb, entry.index.needs)
        return any(not names.isdisjoint(pattern.pobj) and _matches(pattern, slots) for pattern in candidates)
    if noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = noun.head
    if noun.lemma_.lower() in _DEMANDS and (_put_by_another(noun, verb) or any(clause.dep_ in ("acl", "ccomp") for clause in noun.children)):
        # "rejected a U.S. demand that it halt enrichment": the demand was made, by someone else,
        # before it was rejected; two events
        return False
    if noun.dep_ == "dobj":
        entry = _verb_entry(verb, lexicon, None)
        if entry is not None and entry.intent and verb.lemma_.lower() not in lexicon.light_verbs:
            return True  # "pledged military aid": the pledge, coded from the verb
    particle = next((child.lower_ for child in verb.children if child.dep_ == "prt"), None)
    entry = _verb_entry(verb, lexicon, particle)
    if entry is None or verb.lemma_.lower() in lexicon.light_verbs:
        return False
    if noun.dep_ == "dobj" and _put_by_another(noun, verb) and (_noun_code(_noun_entry(noun, lexicon), noun) or "").startswith(_FORCE_ROOTS):
        return False  # "strikes meant to end Houthi attacks": the Houthis' attacks are an act of their own
    return any(pattern.object and _lemma_matches(noun, pattern.object) and pattern.code for pattern in entry.patterns)


# Demands someone makes of another, which the other then meets or turns down.
_DEMANDS = {"demand", "ultimatum"}


def _put_by_another(noun: Token, verb: Token) -> bool:
    """Whether the noun has an owner of its own that is not its verb's subject ("rejected Moscow's
    demand", not "repeated its demand")."""
    owners = [child for child in noun.children if child.dep_ in ("poss", "compound") and child.pos_ == "PROPN" or child.dep_ == "poss" and child.pos_ != "PRON"]
    return bool(owners) and not {owner.lower_ for owner in owners} & {subject.lower_ for subject in subjects(verb)}


def _verb_it_drives(noun: Token, lexicon: EventLexicon) -> Token | None:
    """"Three soldiers were killed by Israeli airstrikes", "Israeli strikes killed 18 people",
    "a drone attack that killed dozens": the force verb whose doer is the event noun."""
    doing = _verb_of_its_doer(noun, lexicon)
    if doing is not None or noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        return doing
    # "an attack that killed 12"; "airstrikes killed 18 people", which the parser can take for
    # a reduced relative
    driven = next((child for child in noun.children if _drives_below(child) and _forceful(child, lexicon)), None)
    if driven is None:
        # "a suicide bombing at a military base in Mogadishu that killed nine soldiers": the parser
        # hangs the clause on the place, which kills no one
        driven = next((verb for place in _places_below(noun) for verb in place.children if verb.dep_ == "relcl" and _relative_subject(verb) and _forceful(verb, lexicon)), None)
    return driven


def _verb_of_its_doer(noun: Token, lexicon: EventLexicon) -> Token | None:
    """The force verb whose subject or agent the noun is ("Israeli strikes killed 18", "killed
    by a roadside bomb"): the cheap part of _verb_it_drives."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        return _forceful(noun.head.head, lexicon, unknown=True)
    return noun.head if noun.dep_ == "nsubj" and _forceful(noun.head, lexicon, unknown=True) else None


def _driven_by_event_noun(verb: Token, lexicon: EventLexicon) -> bool:
    """The relative clause's verb is the force of an event noun above it, directly or across the
    places the noun's phrases name."""
    for head in islice(verb.ancestors, 7):
        if _is_event_noun(head, lexicon) and _verb_it_drives(head, lexicon) == verb:
            return True
    return False


_CASUALTY_STATES = {"dead", "wounded", "injured", "hurt"}


def _answerable_for(noun: Token) -> Token | None:
    """The verb "be" of "X is responsible (or to blame) for <act>", whose subject did the act."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    word = noun.head.head
    if word.lemma_.lower() not in ("responsible", "guilty", "culpable", "accountable") or word.dep_ not in ("acomp", "attr"):
        return None
    return word.head if word.head.lemma_ in ("be", "remain") else None


def _left_dead(noun: Token) -> list[Token]:
    """Whom an act "left dead" or wounded: the people it was done to."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() != "leave" or not any(token.lower_ in _CASUALTY_STATES for token in verb.subtree):
        return []
    return [child for child in verb.children if child.dep_ in ("dobj", "nsubj") and child.i > verb.i] or [
        subject for child in verb.children if child.dep_ in ("ccomp", "xcomp", "oprd") for subject in subjects(child)
    ]


def _places_below(noun: Token) -> list[Token]:
    """The places, times and things an event noun's "at"/"in"/"on"/"near" phrases name, down their
    own such phrases ("a strike on a school in Gaza City on Thursday")."""
    found: list[Token] = []
    frontier = [noun]
    for _ in range(3):
        frontier = [obj for head in frontier for child in head.children if child.dep_ == "prep" and child.lower_ in _SCENE_PREPS for obj in child.children if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN")]
        frontier = [obj for obj in frontier if obj.ent_type_ not in ("PERSON", "NORP", "ORG") and obj.lower_ not in ("that", "which")]
        found += frontier
    return found


_SCENE_PREPS = {"at", "in", "on", "near", "outside", "inside"}


def _forceful(verb: Token, lexicon: EventLexicon, unknown: bool = False) -> Token | None:
    """The verb if its code is force; ``unknown``: also a coded verb without a code of its own."""
    entry = _verb_entry(verb, lexicon, None)
    if entry is None:
        return None
    pattern = _first_match(entry, verb)
    code = pattern.code if pattern is not None else entry.code
    if code is None:
        return verb if unknown else None
    return verb if code.startswith(_FORCE_ROOTS) else None  # "troops backed by U.S. airstrikes" do not hit the troops


def _drives_below(verb: Token) -> bool:
    if verb.dep_ == "relcl":
        return _relative_subject(verb)
    # a participle with an object of its own is active, however the parser tagged it
    return verb.dep_ == "acl" and any(child.dep_ == "dobj" for child in verb.children)


def _relative_subject(verb: Token) -> bool:
    return any(child.dep_ == "nsubj" and child.lower_ in ("that", "which") for child in verb.children)


def _between(noun: Token, lookup: ActorLookup) -> list[Token]:
    """"a meeting in Paris between X and Y": the parties, however the parser hung them.

    The small model often misses the coordination in long names ("between HTS foreign
    minister X and Israeli minister Y"), so the parties are the actors named inside the
    "between" phrase that are not mere modifiers (HTS, Israeli) of another name.
    """
    phrases = list(noun.subtree)
    if noun.dep_ in ("nsubj", "nsubjpass"):
        # "fighting broke out in Tripoli between the army and Radaa": hung on the verb
        phrases += [child for child in noun.head.children if child.i > noun.i]
    for token in phrases:
        if token.dep_ == "prep" and token.lower_ == "between":
            parties: dict[str, Token] = {}
            for inner in token.subtree:
                actor = lookup.at(inner) or (lookup.resolve(inner) if inner.dep_ in ("pobj", "conj") and inner.pos_ == "NOUN" else None)
                if actor is None or actor in parties or inner.is_punct:
                    continue
                head_actor = lookup.at(inner.head) if inner.head.i != inner.i else None
                if inner.dep_ in ("amod", "compound", "nmod", "poss"):
                    # "between Israeli and Syrian officials": a modifier is a party only when the
                    # word it modifies belongs to another actor (not "HTS foreign minister X").
                    if head_actor is None or head_actor == actor:
                        continue
                    parties[actor] = inner
                elif head_actor != actor:
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
    if noun.dep_ == "dobj" and head.lemma_.lower() == "put" and any(child.lower_ == "forward" for child in head.children):
        return head  # "Moscow had put forward unacceptable demands"
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower() in lexicon.light_verbs and not (head.lower_ in _CIRCUMSTANCE_PREPS and (_protest_noun(noun, lexicon) or head.lower_ in ("after", "following", "amid") and _told_before(noun))):
        # (not "imposed a curfew after the riots", "launched airstrikes after the rocket attacks":
        # a protest, or an act the definite article says was told before, is someone else's;
        # "took the city after an 18-month siege" is the taker's own)
        return head.head
    if noun.dep_ == "pobj" and head.lower_ == "under" and noun.lemma_.lower() in _HELD_UNDER and head.head.lemma_.lower() in ("place", "put", "keep", "hold"):
        return head.head  # "placed Imran Khan under house arrest"
    if noun.dep_ == "pobj" and head.lower_ == "with" and _going_ahead(head.head):
        return head.head  # "if Washington went ahead with tariffs", "proceeded with the annexation"
    if noun.dep_ == "conj" and noun.head.i != noun.i:
        return _carrier_verb(noun.head, lexicon)
    return None


_AHEAD = {"go", "press", "push", "forge", "move"}
def _told_before(noun: Token) -> bool:
    """A definite act noun with no owner of its own ("the rocket attacks")."""
    return any(child.dep_ == "det" and child.lower_ in ("the", "this", "these", "that", "those") for child in noun.children) and not any(
        child.dep_ in ("poss", "amod", "compound") and child.ent_type_ in ("NORP", "GPE", "ORG") for child in noun.children
    )


def _protest_noun(noun: Token, lexicon: EventLexicon) -> bool:
    code = _noun_code(_noun_entry(noun, lexicon), noun)
    return code is not None and code.startswith("14")


# Prepositions that set an act beside another, which the light verb does not carry.
_CIRCUMSTANCE_PREPS = {"after", "following", "before", "despite", "amid", "amidst", "since", "until", "because"}
# What someone is placed or kept under: arrest, detention, guard.
_HELD_UNDER = {"arrest", "detention", "custody", "guard"}


def _going_ahead(verb: Token) -> bool:
    """Going ahead with an act does it: "went ahead with", "pressed ahead with", "proceeded with"."""
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and (lemma == "proceed" or lemma in _AHEAD and any(child.dep_ in ("advmod", "prt") and child.lower_ == "ahead" for child in verb.children))


# Acts whose possessor undergoes them: "Maduro's arrest", "Imamoglu's detention".
_UNDERGONE = {
    "arrest", "detention", "extradition", "deportation", "expulsion", "execution", "assassination", "murder",
    "abduction", "kidnapping", "capture", "trial", "conviction", "sentencing", "imprisonment", "jailing",
    "ouster", "impeachment", "release",
}  # fmt: skip


# Mass crimes named, in front, for their victims or their place, not for who committed them.
_NAMED_FOR_VICTIMS = {"genocide", "massacre", "holocaust", "pogrom"}


def _undergoers(noun: Token) -> list[Token]:
    """The possessors who undergo the act the noun names ("Maduro's arrest")."""
    if noun.lemma_.lower() not in _UNDERGONE or prep_objects(noun, "of"):
        return []  # ("Iran's executions of protesters": the "of" phrase undergoes it, the possessor does it)
    return [child for child in noun.children if child.dep_ == "poss"]


def _noun_owners(noun: Token, lookup: ActorLookup) -> list[Argument]:
    """"Israel's airstrikes", "Israeli airstrikes", "an HTS offensive", "strikes by Israel";
    not "Maduro's arrest", which Maduro undergoes."""
    undergoing = {token.i for token in _undergoers(noun)}
    modifiers = [child for child in noun.children if child.i not in undergoing]
    owners = [child for child in modifiers if child.dep_ in ("poss", "amod", "compound", "nmod") and lookup.at(child)]
    # "a fuel blockade imposed by JNIM", "strikes carried out by Israel", "an agreement signed by Congo and Rwanda"
    signers = [agent for child in noun.children if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in _DOING for agent in with_conjuncts(prep_objects(child, "by"))]
    if signers:
        # "a U.S.-brokered agreement signed by Congo and Rwanda": the signers made it, not the broker
        owners = [child for child in owners if not child.lower_.endswith(_BROKERED_SUFFIXES)]
    # "the Israeli and U.S. strikes": both did them
    owners += [other for child in owners for other in child.conjuncts if other.i < noun.i and lookup.at(other) and other not in owners]
    if noun.lemma_.lower() in _NAMED_FOR_VICTIMS:
        owners = [child for child in owners if child.dep_ == "poss"]  # "the Armenian genocide", "the Srebrenica massacre"
    if not owners and not signers and not prep_objects(noun, "by") and not any(child.dep_ == "poss" for child in modifiers):
        # "police raids", "government drone strikes": the institution, through a weapon word too
        means = [grandchild for child in modifiers if child.dep_ == "compound" for grandchild in child.children]
        institutions = [Argument(word, actor, word.text) for word in [*modifiers, *means] if word.i < noun.i for actor in [lookup.act_institution(word)] if actor]
        if institutions:
            return institutions[:1]
    # "during his visit to Ulaanbaatar": the person the possessive stands for
    owners += [child for child in modifiers if child.dep_ == "poss" and child.lower_ in ("his", "her")]
    # "Baku repeated its demand": the body "its" stands for, when nothing else owns the noun
    owners += [child for child in modifiers if child.dep_ == "poss" and child.lower_ == "its" and not owners and lookup.resolve(child)]
    owners += with_conjuncts(prep_objects(noun, "by"))  # "exercises by Russia and Belarus"
    if noun.dep_ == "dobj" and not owners and not is_passive(noun.head):
        # "condemned the strikes by Israel on Gaza", parsed with "by" on the verb, which is active
        owners += [agent for agent in with_conjuncts(prep_objects(noun.head, "by")) if lookup.resolve(agent)]
    # "executions of children by M23 fighters", parsed with "by" on the noun's object
    owners += [agent for obj in prep_objects(noun, "of") if not lookup.at(obj) for agent in prep_objects(obj, "by")]
    owners += signers
    # "Israel and the United States … after their strikes": "their" is the pair named just before
    pairs = [pair for child in noun.children if child.dep_ == "poss" and child.lower_ == "their" and noun.dep_ == "pobj" for pair in [_last_pair(child, lookup)] if pair]
    if pairs:
        owners = [token for token in owners if token.lower_ != "their"] + pairs[0]
    resolved = [argument(token, lookup) for token in owners]
    return [item for item in resolved if item.actor]


def _last_pair(pronoun: Token, lookup: ActorLookup) -> list[Token]:
    """The coordinated actors nearest before a plural pronoun in its sentence, if any."""
    for index in range(pronoun.i - 1, pronoun.sent.start - 1, -1):
        token = pronoun.doc[index]
        head = token.head if token.dep_ == "conj" else token
        named = [item for item in [head, *head.conjuncts] if lookup.resolve(item)]
        if token.dep_ == "conj" and len({lookup.resolve(item) for item in named}) > 1:
            return named
    return []


# --- shared -------------------------------------------------------------------------------------


def _pairs(
    trigger: Token, head: Token, code: str, sources: list[Argument | None], targets: list[Argument | None], reciprocal: bool, noun: Token | None = None
) -> list[_Draft]:
    """One draft per source and target; between coordinated parties, one each way.

    A conjunct that names no actor ("Yazidi men and boys") is dropped when another names one.
    """
    sources = _named_first(sources)
    targets = _named_first(targets)
    if reciprocal and len(sources) > 1 and all(target is None or target.actor is None for target in targets):
        return [
            _Draft(trigger, head, code, first, second, noun)
            for first in sources for second in sources
            if first is not None and second is not None and first.token.i != second.token.i and not _same(first, second)
        ]  # fmt: skip
    drafts = {}
    for source in sources:
        for target in targets:
            # "Turkey deployed troops to its border": an actor is not its own target
            kept = None if _same(source, target) else target
            key = (source.token.i if source else None, kept.token.i if kept else None)
            drafts.setdefault(key, _Draft(trigger, head, code, source, kept, noun))
    return list(drafts.values())


def _named_first(arguments: list[Argument | None]) -> list[Argument | None]:
    named = [item for item in arguments if item is not None and item.actor]
    return named if named else arguments[:1]


_STATE_SECTORS = ("GOV", "MIL", "COP", "LEG", "JUD", "SPY")


def _same(source: Argument | None, target: Argument | None) -> bool:
    """The same actor, or a state and one of its own institutions ("the U.S. ambassador
    reaffirmed Washington's commitment": USAGOV and USA)."""
    if source is None or target is None or source.actor is None or target.actor is None:
        return False
    if source.actor == target.actor:
        return True
    pair = sorted((source.actor, target.actor), key=len)
    return len(pair[0]) == 3 and pair[0].isupper() and len(pair[1]) == 6 and pair[1].startswith(pair[0]) and pair[1][3:] in _STATE_SECTORS


_FIRST_PERSON = {"we", "i"}
# Acts done by saying them ("we condemn", "I urge", "we reject", "we will retaliate" is not one).
_SPOKEN_ACTS = ("01", "02", "03", "05", "10", "11", "12", "13")


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
        if draft.claim is not None and _naming_by_speaker(draft, draft.claim):
            draft.claim = None  # "The Kremlin denied …, calling the accusations a provocation": the outlet tells the naming
        cue_lemma = draft.claim.cue_lemma if draft.claim else None
        performed = self._performed_in_quote(draft)
        if performed:
            # '"We call on the Thai side to return to talks," Hun Manet said': the quote is the
            # speaker's own appeal, made as it is spoken
            draft.source = Argument(draft.source.token, draft.claim.speaker, draft.claim.speaker_text or draft.source.text)
            draft.status = event_status(draft.head, draft.noun, self.lexicon.status, None, set(), None)
            sentence = (trigger.sent.start_char, trigger.sent.end_char)
            draft.date = self._date(trigger, draft.head, sentence)
            draft.place = self._place(trigger, draft.head, sentence)
            return
        if self._first_person_in_quote(draft):
            draft.source = Argument(draft.source.token, draft.claim.speaker, draft.claim.speaker_text or draft.source.text)  # '"We will strike back," Araghchi said'
        participants = {draft.source.actor if draft.source else None, draft.target.actor if draft.target else None} - {None}
        if draft.claim is not None and draft.source is None and cue_lemma in self.lexicon.status.confirming_cues:
            # "acknowledged talks with X": the speaker is the other side of the talks.
            participants.add(draft.claim.speaker)
            if draft.claim.speaker and draft.target is not None and draft.target.actor and draft.target.actor != draft.claim.speaker:
                draft.source = Argument(trigger, draft.claim.speaker, draft.claim.speaker_text or "")
        if draft.claim is not None and draft.claim.cue_span is not None and draft.source is not None:
            # "Mali, Burkina Faso and Niger announced their withdrawal": each co-speaker confirms its own part
            cue = self.root_of(draft.claim.cue_span.start, draft.claim.cue_span.end)
            if cue is not None and draft.source.token.i in {token.i for token in subjects(cue)}:
                participants.add(draft.claim.speaker)
        spoken_for = _official_state(draft.claim.speaker, self.lookup) if draft.claim is not None and draft.claim.speaker else None
        if spoken_for is not None and any(_official_state(participant, self.lookup) == spoken_for for participant in participants):
            participants.add(draft.claim.speaker)  # "Israel acknowledged that its jets had struck": its military's act (not its media's)
        draft.status = event_status(draft.head, draft.noun, self.lexicon.status, draft.claim, participants, cue_lemma)
        sentence = (trigger.sent.start_char, trigger.sent.end_char)
        draft.date = self._date(trigger, draft.head, sentence)
        draft.place = self._place(trigger, draft.head, sentence)
        if draft.code in _CONSULT_CODES and draft.place is not None and self._third_country(draft):
            draft.code = "044"  # a meeting held in a third country

    def _first_person_in_quote(self, draft: _Draft) -> bool:
        claim = draft.claim
        if claim is None or claim.kind != "direct" or not claim.speaker or draft.source is None or draft.source.token.lower_ not in _FIRST_PERSON:
            return False
        return draft.source.actor in (None, claim.speaker)

    def _performed_in_quote(self, draft: _Draft) -> bool:
        """A speech act in the first person and the present tense inside the speaker's own
        quotation ("We condemn", "I urge"): done by the speaker, by saying it."""
        if not self._first_person_in_quote(draft) or not draft.code.startswith(_SPOKEN_ACTS):
            return False
        return draft.noun is None and draft.trigger.tag_ in ("VBP", "VBZ")

    def _claim_of(self, trigger: Token) -> Claim | None:
        # (the saying is not part of what is said: "M23 rebels, whom Kinshasa accuses Rwanda of
        # arming", where the content the claims reader finds holds its own cue)
        holding = [
            claim for claim in self.claims
            if claim.content.start <= trigger.idx < claim.content.end and not (claim.cue_span is not None and claim.cue_span.start <= trigger.idx < claim.cue_span.end)
        ]  # fmt: skip
        # the smallest; of two over the same words ("X accused Y of Z, a charge Y denied"), the denial
        denying = self.lexicon.status.denying_governors
        return min(holding, key=lambda claim: (claim.content.end - claim.content.start, (claim.cue_lemma or "") not in denying)) if holding else None

    def _date(self, trigger: Token, head: Token, sentence: tuple[int, int]) -> DateValue | None:
        """The event's own time ("moved troops on December 8"), else one of its sentence's
        that is not inside another clause ("a frontier that has separated them since 1973"),
        else the article's date."""
        inside = [time for time in self.times if sentence[0] <= time.start and time.end <= sentence[1] and time.value]
        rooted = [(time, self.root_of(time.start, time.end)) for time in inside]
        own = [time for time, root in rooted if root is not None and _within_clause(root, head)]
        free = [time for time, root in rooted if root is not None and not _in_other_clause(root, head)]
        for pool in (own, free):
            if pool:
                nearest = min(pool, key=lambda time: abs(time.start - trigger.idx))
                return DateValue(nearest.value, nearest.precision or "day")
        if self.reference is not None:
            return DateValue(self.reference.isoformat(), "article")
        return None

    def root_of(self, start: int, end: int) -> Token | None:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    def _place(self, trigger: Token, head: Token, sentence: tuple[int, int]) -> int | None:
        """Where the event happened: a place in its own clause ("struck a depot in Homs"),
        else one of its sentence's not inside another clause; the most specific, nearest."""
        inside = [index for index, place in enumerate(self.places) if sentence[0] <= place.start and place.end <= sentence[1]]
        rooted = [(index, self.root_of(self.places[index].start, self.places[index].end)) for index in inside]
        own = [index for index, root in rooted if root is not None and _within_clause(root, head)]
        free = [index for index, root in rooted if root is not None and not _in_other_clause(root, head)]
        for pool in (own, free):
            if pool:
                return min(pool, key=lambda index: (_PLACE_SPECIFICITY.get(self.places[index].kind, 9), abs(self.places[index].start - trigger.idx)))
        return None

    def _third_country(self, draft: _Draft) -> bool:
        place = self.places[draft.place]
        countries = {_iso2(self.lookup.countries.get(party.actor)) for party in (draft.source, draft.target) if party and party.actor}
        countries.discard(None)
        return bool(place.country) and bool(countries) and place.country not in countries


_CLAUSES = ("relcl", "acl", "ccomp", "advcl", "csubj", "parataxis", "xcomp", "pcomp")


def _within_clause(token: Token, head: Token) -> bool:
    """Whether ``token`` hangs from ``head`` without passing through a clause of its own."""
    node = token
    for _ in range(40):
        if node.i == head.i:
            return True
        if node.dep_ in _CLAUSES or node.head.i == node.i or node.dep_ == "conj" and node.pos_ in ("VERB", "AUX"):
            return False
        node = node.head
    return False


def _in_other_clause(token: Token, head: Token) -> bool:
    """Whether ``token`` sits in a subordinate clause that does not hold the event."""
    node = token
    for _ in range(40):
        clause = node.dep_ in ("relcl", "acl", "ccomp", "advcl", "csubj") or node.dep_ == "conj" and node.pos_ in ("VERB", "AUX")
        if clause and node.head.i != node.i:
            return not (node.left_edge.i <= head.i <= node.right_edge.i)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


@lru_cache(maxsize=512)
def _iso2(iso3: str | None) -> str | None:
    if not iso3:
        return None
    import pycountry

    country = pycountry.countries.get(alpha_3=iso3)
    return country.alpha_2 if country else None


# Mentions of one event whose statuses agree that it happened are merged: the outlet's
# own statement and a source's ("X struck Y ... Y said X struck it").  Denied, negated,
# speculative, planned or hypothetical mentions stay separate events.
_FACTUAL = ("asserted", "reported")


def _merged(drafts: list[_Draft], lexicon: EventLexicon, text: str) -> list[Event]:
    """One event per (source, code, target) and status group; repeated mentions become
    evidence, and the event takes the most certain factual mention's status and claim."""
    merged: dict[tuple, _Draft] = {}
    order: list[tuple] = []
    article = article_of(drafts[0].trigger.doc) if drafts else None
    headline_end = article.dateline.start if article is not None and article.dateline is not None else 0
    told_in_body: set[tuple] = set()
    for draft in sorted(drafts, key=lambda item: item.trigger.idx):
        source = draft.source.actor if draft.source else None
        target = draft.target.actor if draft.target else None
        if source is None and target is None:
            continue  # an event needs at least one actor: "an agreement was reached" codes nothing
        if target is not None and target == source:
            # "Thai and Cambodian troops exchanged fire, killing two soldiers": whose soldiers the
            # text does not say, and no one is their own target
            draft.target, target = None, None
        if source is not None and target is not None and draft.code.startswith(("18", "19", "20")) and _country_part(target) == source and target[3:] in ("MIL", "COP"):
            continue  # "troops clashed, killing 20 Indian soldiers", paired with both sides: India did not kill its own
        status = draft.status.status
        key = (source, draft.code, target, "factual" if status in _FACTUAL else status)
        trigger = draft.trigger
        evidence = Evidence(Span.of(text, *_trigger_chars(trigger)), SentenceRange(trigger.sent.start_char, trigger.sent.end_char), status)
        kept = merged.get(key)
        if kept is None:
            draft.evidence.append(evidence)
            merged[key] = draft
            order.append(key)
            continue
        kept.evidence.append(evidence)
        if kept.trigger.idx < headline_end and trigger.idx >= headline_end and key not in told_in_body:
            # a headline states flatly what the body attributes: the body's first mention says how sure
            kept.status, kept.claim = draft.status, draft.claim
            told_in_body.add(key)
        elif status == "asserted" and kept.status.status == "reported":
            kept.status, kept.claim = draft.status, draft.claim  # the outlet also states it as fact
        if kept.date is not None and kept.date.precision == "article" and draft.date is not None and draft.date.precision != "article":
            kept.date = draft.date  # a later mention says when
        if kept.place is None:
            kept.place = draft.place
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
        trigger=Span.of(text, *_trigger_chars(trigger)),
        sentence=SentenceRange(trigger.sent.start_char, trigger.sent.end_char),
        plover_mode=info.mode if info else None,
        status_cue=draft.status.cue_text,
        source_text=draft.source.text if draft.source else None,
        target_text=draft.target.text if draft.target else None,
        evidence=draft.evidence,
    )
