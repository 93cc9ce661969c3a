"""Actors of one article: KB names, generic agents with a country, NER fallback, coreference.

:func:`extract_actors` is a plain function over a parsed ``Doc``; the spaCy
component in :mod:`newsift.actors.component` wraps it.
"""

from __future__ import annotations

import datetime as dt
import re
from spacy.tokens import Doc, Span, Token

from newsift.actors import coref
from newsift.actors.kb import KnowledgeBase
from newsift.actors.match import NameMatch, find_names
from newsift.actors.mentions import ArticleActors, Found
from newsift.actors.normalize import name_key
from newsift.actors.wordmatch import doc_words
from newsift.actors.phrases import followed_by_name, lexicon_matches, owner_before, owner_by_place, owners_after
from newsift.actors.schema import INSTITUTIONS, LAYER_PHOENIX, KBActor

INSTITUTION_TYPES = {actor_type for actor_type, _ in INSTITUTIONS.values()}
# Actors whose members an agent noun can name: "Hezbollah fighters", "UN officials".
_MEMBER_TYPES = {"armed_group", "party", "group", "igo", "ngo", "media", "company"} | INSTITUTION_TYPES
from newsift.doc_extensions import article_of
from newsift.model import Actor, Affiliation, Mention
from newsift.placenames import in_gazetteer, looks_like_place
from newsift.syntax import hyphened

_AGENTIVE_DEPS = {"nsubj", "nsubjpass", "agent", "poss", "csubj"}
_TITLE_WORDS = {
    "president", "minister", "prime", "king", "emir", "prince", "gen", "general", "mr", "mrs", "ms", "dr",
    "sheikh", "sheik", "leader", "chief", "commander", "spokesman", "spokeswoman", "ambassador", "envoy",
    "secretary", "lt", "col", "colonel", "maj", "major", "capt", "sgt", "adm", "admiral", "field", "marshal",
    "sen", "senator", "rep", "gov", "governor", "mayor", "pope", "ayatollah", "imam", "sultan", "queen", "premier",
    "archbishop", "bishop", "cardinal", "patriarch", "metropolitan", "rabbi", "cleric", "pastor", "father",
}  # fmt: skip
# Verbs whose object is an addressee, so a capital there is its government.
_ADDRESSING_VERBS = {
    "urge", "ask", "press", "warn", "accuse", "tell", "blame", "criticize", "criticise", "condemn", "invite",
    "thank", "support", "pressure", "call", "sanction", "threaten", "reassure", "persuade", "lobby",
    "prompt", "spur", "force", "allow", "order", "push", "compel", "encourage",  # "prompting Beijing to summon…": it acts
    "defend", "protect", "arm", "fund", "recognise", "recognize",  # "its commitment to defend Manila": the state
}  # fmt: skip
# Prepositions and the words they hang on that make a capital after them an addressee.
_ADDRESSED_THROUGH = {
    "on": {"call", "prevail", "pressure", "sanction", "sanctions", "demand", "demands", "blame", "pin"},  # "blamed the attack on Moscow"
    "upon": {"call", "prevail"},
    "to": {"appeal", "plea", "message", "letter", "ultimatum", "offer", "proposal", "demand"},
    "at": {"lash", "hit", "swipe", "jab", "anger", "fury", "outrage"},  # "lashed out at Manila"
}  # fmt: skip
# Dealings between parties: a capital in their "between" phrase is one of the parties.
_DEALINGS = {
    "talk", "negotiation", "meeting", "dialogue", "agreement", "deal", "accord", "ceasefire", "truce", "relation",
    "tie", "tension", "dispute", "row", "conflict", "war", "fighting", "clash", "mediation", "summit", "call",
    "exchange", "swap", "rapprochement", "normalisation", "normalization", "contact", "consultation", "treaty",
}  # fmt: skip
# What a party puts to another: a capital it comes "from" stands for its government.
_OFFERED = {"offer", "proposal", "request", "demand", "invitation", "call", "appeal", "plea", "pressure", "warning", "threat", "ultimatum", "message", "letter"}
_PARTICLES = {"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "bin", "ibn", "abu", "de", "van", "von"}
_MEDIA_SUFFIXES = {"tv", "television", "news", "agency", "channel", "radio", "network", "newspaper", "daily", "satellite"}
_NER_TYPES = {"PERSON": "person", "ORG": "organization"}
# Last words of names of buildings and sites, which the small model may tag as organisations.
_FACILITY_HEADS = {
    "palace", "airport", "hospital", "stadium", "bridge", "square", "prison", "jail", "mosque", "church",
    "cathedral", "temple", "monastery", "museum", "hotel", "station", "terminal", "refinery", "dam", "tower",
    "airbase", "port", "harbour", "harbor", "checkpoint", "crossing", "highway", "road", "street", "avenue",
}  # fmt: skip


def extract_actors(doc: Doc, kb: KnowledgeBase, day: dt.date | None = None) -> ArticleActors:
    """Find and resolve every actor mention in ``doc``; ``day`` decides names and roles."""
    context = ArticleActors(doc, kb, day)
    _add_name_matches(context)
    coref.resolve_titles(context)  # before agents: "the Israeli defence minister" is a person
    _add_agents(context)
    _add_ner_actors(context)
    coref.disambiguate_surnames(context)
    coref.resolve_descriptions(context)
    _add_agents(context, described=True)
    coref.resolve_ages(context)
    coref.resolve_short_forms(context)
    coref.resolve_pronoun_speakers(context)
    return context


def actors_of(context: ArticleActors) -> list[Actor]:
    """The article's actors in order of first mention, each with every mention."""
    grouped: dict[str, list[Found]] = {}
    for found in sorted(context.found, key=lambda item: item.start):
        grouped.setdefault(found.actor, []).append(found)
    text = context.text
    return [_actor_record(context, actor_id, mentions, text) for actor_id, mentions in grouped.items()]


def _titled_country(context: ArticleActors, first: Found) -> str | None:
    """"Dominican President Luis Abinader", "Somalia's defence minister Ahmed Fiqi": the state
    whose office a person the KB does not know holds, from the title before the name."""
    span = context.span_of(first.start, first.end)
    if span is None:
        return None
    doc = context.doc
    for length in (3, 2, 1):
        start = span.start - length
        if start < 0:
            continue
        title = " ".join(token.lower_ for token in doc[start : span.start])
        if title not in context.kb.lexicons.titles:
            continue
        before = doc[start - 1] if start > 0 else None
        if before is not None and before.lower_ in ("'s", "’s") and start > 1:
            before = doc[start - 2]
        owner = context.token_mention(before) if before is not None else None
        known = context.kb.get(owner.actor) if owner is not None else None
        if known is not None and known.type == "state":
            return known.id
    return None


def _actor_record(context: ArticleActors, actor_id: str, found: list[Found], text: str) -> Actor:
    mentions = [Mention(item.start, item.end, text[item.start : item.end], item.kind) for item in found]
    known = context.kb.get(actor_id)
    if known is None:
        unresolved = context.unresolved[actor_id]
        country = _titled_country(context, found[0]) if unresolved.type == "person" else None
        return Actor(actor_id, unresolved.name, unresolved.type, None, None, False, mentions, country=country)
    affiliation = _affiliation(context, known)
    cameo = affiliation.cameo if affiliation else known.code if known.type != "person" else None
    known_as = known.name_on(context.day)
    return Actor(
        id=known.id,
        name=known.name,
        type=known.type,
        cameo=cameo,
        wikidata=known.wikidata,
        resolved=True,
        mentions=mentions,
        country=known.country,
        affiliation=affiliation,
        known_as=known_as if known_as != known.name else None,
        demonym=_demonym(context, known),
    )


def _demonym(context: ArticleActors, known: KBActor) -> str | None:
    if known.demonyms:
        return known.demonyms[0]
    country = context.kb.get(known.country) if known.country and known.type != "person" else None
    return country.demonyms[0] if country is not None and country.demonyms else None


def _affiliation(context: ArticleActors, person: KBActor) -> Affiliation | None:
    role = context.kb.affiliation(person, context.day)
    if role is None:
        return None
    body = context.kb.get(role.actor) if role.actor else None
    return Affiliation(
        actor=role.actor,
        name=body.name if body else None,
        title=role.title,
        cameo=body.code if body else role.cameo,
        since=role.period.start.isoformat() if role.period.start else None,
        until=role.period.end.isoformat() if role.period.end else None,
    )


# --- names -----------------------------------------------------------------------------


def _add_name_matches(context: ArticleActors) -> None:
    doc = context.doc
    matches = [match for match in find_names(context.text, context.kb, context.day, doc_words(doc)) if match.entry.kind != "block"]
    countries = _countries_named(context, matches)
    others = _countries_named(context, [match for match in matches if _kb_type(context, match) != "party"])
    for match in matches:
        entry = match.entry
        span = context.span_of(match.start, match.end)
        if span is None:
            continue
        if entry.kind == "capital" and not _acts_as_subject(span):
            continue  # "troops entered Damascus": a place, not the government
        if _stance_prefixed(doc, span) or _patron_of_next(doc, span):
            continue  # "pro-EU protesters", "Islamic State-linked insurgents": a stance or a patron, not the actor
        actor = context.kb.get(entry.actor)
        if actor is None:
            continue
        if _other_states_body(context, matches, match, actor):
            continue  # "the Peruvian Congress" is Peru's, not the US Congress
        if entry.layer == LAYER_PHOENIX and not _phoenix_plausible(actor, context.day, countries):
            continue
        if actor.type == "party" and actor.country and others and actor.country not in others:
            continue  # "Democratic Party" in a Seoul story is South Korea's, not the US one
        if actor.type == "person" and _surname_only(entry.text) and _other_first_name(span):
            continue  # "Yair Netanyahu" is not Benjamin Netanyahu; "Hafez al-Assad" not Bashar
        if actor.type != "person" and _inside_person_name(span):
            continue  # "Amal Osman" is a woman, not the Amal movement
        if actor.type == "person" and _name_runs_on(span):
            continue  # "Joaquin Guzman Lopez" is not Joaquin Guzman; "Donald Trump Jr." not his father
        end = _media_suffix_end(doc, span) if actor.type == "media" else match.end
        context.add(Found(match.start, end, entry.actor, entry.kind))


def _other_states_body(context: ArticleActors, matches: list[NameMatch], match: NameMatch, actor: KBActor) -> bool:
    """A state institution's one-word name ("Congress", "Knesset") right after another state's
    name or adjective ("the Peruvian Congress", "Nigeria's Senate"), or an international body's
    generic name after a state's adjective and titles ("the Iranian Supreme National Security
    Council" is Iran's, not the UN's)."""
    if actor.type == "igo" and match.words >= 2:  # (not "the French UN envoy")
        before = context.text[: match.start].rstrip()
        while before and before.rsplit(None, 1)[-1].lower() in _STATE_TITLES:
            before = before[: len(before) - len(before.rsplit(None, 1)[-1])].rstrip()  # "Supreme National"
    elif actor.type not in INSTITUTION_TYPES or not actor.country or match.words != 1:
        return False  # (not "the pro-Iranian Hizbollah": a group, and a stance)
    else:
        before = context.text[: match.start].rstrip()
    before = before[:-2].rstrip() if before.endswith(("'s", "’s")) else before
    for other in matches:
        if other.end == len(before) and other.entry.kind in ("demonym", "name", "alias"):
            state = context.kb.get(other.entry.actor)
            return state is not None and state.type == "state" and state.id != (actor.country if actor.type != "igo" else None)
    return False


def _stance_prefixed(doc, span: Span) -> bool:
    """A name joined to "pro-" or "anti-" ("pro-EU", "anti-Russian"): a stance towards the actor."""
    return span.start >= 2 and doc[span.start - 2].lower_ in ("pro", "anti") and hyphened(doc[span.start - 2], doc[span.start])


_PATRONAGE = {"linked", "backed", "allied", "aligned", "affiliated", "inspired", "supported", "funded", "sponsored", "trained", "armed"}  # not "run", "led": "the Hamas-run ministry" is Hamas's


def _patron_of_next(doc, span: Span) -> bool:
    """"Islamic State-linked insurgents", "Iran-backed militias": the name is a patron of the
    people it modifies, not them (a named group after it keeps its own name: "Rwanda-backed M23")."""
    if span.end + 1 >= len(doc):
        return False
    participle = doc[span.end + 1]
    if participle.lower_ not in _PATRONAGE or not hyphened(doc[span.end - 1], participle):
        return False
    head = participle.head if participle.head.i > participle.i else None
    return head is not None and head.pos_ == "NOUN"  # a common noun: "militants", "government"


def _kb_type(context: ArticleActors, match) -> str | None:
    actor = context.kb.get(match.entry.actor)
    return actor.type if actor is not None else None


def _countries_named(context: ArticleActors, matches: list) -> set[str]:
    """Countries the article's curated matches point to (states, institutions, people, groups)."""
    countries = set()
    for match in matches:
        if match.entry.layer == LAYER_PHOENIX:
            continue
        actor = context.kb.get(match.entry.actor)
        if actor is not None and actor.country:
            countries.add(actor.country)
    return countries


# Phoenix entries describe the world of 2014; an open-ended role there is not evidence of 2025.
_PHOENIX_VINTAGE = dt.date(2016, 1, 1)
_PHOENIX_WINDOW_YEARS = 10


def _phoenix_plausible(actor: KBActor, day: dt.date | None, countries: set[str]) -> bool:
    """Accept a Phoenix-derived match only with supporting context.

    Its country must be named in the article (IGOs and NGOs excepted), and a
    person must have held a role within ten years of the article's date.  This
    keeps breadth for older news without letting a 2014 namesake claim a 2025 mention.
    """
    if actor.country and actor.country not in countries and actor.type not in ("igo", "ngo"):
        return False
    if actor.type != "person" or day is None or not actor.roles:
        return True
    earliest = dt.date(day.year - _PHOENIX_WINDOW_YEARS, day.month, min(day.day, 28))
    for role in actor.roles:
        start = role.period.start or dt.date.min
        end = role.period.end or _PHOENIX_VINTAGE
        if start <= day and end >= earliest:
            return True
    return False


_PLACE_NOUNS = {
    "village", "town", "city", "district", "province", "region", "state", "county", "municipality", "island",
    "port", "camp", "neighbourhood", "neighborhood", "area", "suburb", "settlement", "enclave", "governorate",
}  # fmt: skip


def _named_place(span: Span) -> bool:
    """"the village of Yelwata", "the town of Pont-Sondé": the name of the place a noun names."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in _PLACE_NOUNS


def _acts_as_subject(span: Span) -> bool:
    """A capital that speaks, acts or is addressed ("Damascus said", "urged Moscow to")."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ in _AGENTIVE_DEPS:
        return True
    if root.dep_ == "pobj" and root.head.lower_ in ("with", "against"):
        return True  # "lodged a protest with Beijing", "sanctions against Moscow": a party, not a place
    if root.dep_ == "pobj" and root.head.lower_ == "between" and root.head.head.lemma_.lower() in _DEALINGS:
        return True  # "talks between Kinshasa and the M23": a party (not "flights between Paris and Rome")
    governor = root.head.head
    if root.head.lower_ == "on" and governor.dep_ == "dobj" and governor.head.lemma_.lower() in ("blame", "pin"):
        governor = governor.head  # "blamed the attack on Moscow", the phrase hung on the act blamed
    if root.dep_ == "pobj" and _ADDRESSED_THROUGH.get(root.head.lower_, set()) & {governor.lemma_.lower(), governor.lower_}:
        return True  # "called on Washington to", "appealed to Kinshasa", "pressure on Moscow"
    if root.dep_ == "pobj" and root.head.lower_ == "from":
        offered = governor.head.head if governor.dep_ == "pobj" and governor.head.lower_ == "of" else governor
        if {governor.lemma_.lower(), offered.lemma_.lower()} & _OFFERED:
            return True  # "rejected offers of talks from Seoul", "a request from Kyiv": who made it
    return root.dep_ == "dobj" and root.head.lemma_.lower() in _ADDRESSING_VERBS


def _inside_person_name(span: Span) -> bool:
    """A one-word name that spaCy reads as part of a longer person's name ("Amal Osman")."""
    if len(span) != 1 or span[0].ent_type_ != "PERSON":
        return False
    token = span[0]
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.ent_iob_ == "I" or (following is not None and following.ent_iob_ == "I")


def _surname_only(name: str) -> bool:
    """"Netanyahu", "al-Assad": a family name without a given name."""
    words = name_key(name).split()
    while len(words) > 1 and words[0] in _PARTICLES:
        words = words[1:]
    return len(words) == 1


def _name_runs_on(span: Span) -> bool:
    """The person's name is followed, inside one PERSON entity, by another name word or "Jr."."""
    if span.end >= len(span.doc):
        return False
    after = span.doc[span.end]
    last = span.doc[span.end - 1]
    if last.whitespace_ == "" or after.ent_type_ != "PERSON" or after.ent_iob_ != "I":
        return False
    return after.pos_ == "PROPN" and after.text[:1].isupper() or after.lower_.rstrip(".") in ("jr", "sr")


def _describes_next_name(context: ArticleActors, doc: Doc, end: int) -> bool:
    """"Sudan's paramilitary Rapid Support Forces", "the militant group Hamas": a generic word
    right before an organisation's name describes it; it is not another actor."""
    if end >= len(doc):
        return False
    found = context.token_mention(doc[end])
    return found is not None and context.type_of(found.actor) in ("armed_group", "party", "military", "police", "intelligence", "igo", "ngo", "group")


def _other_first_name(span: Span) -> bool:
    """A capitalised given name right before a one-word surname makes it someone else."""
    if span.start == 0:
        return False
    previous = span.doc[span.start - 1]
    if not (previous.pos_ == "PROPN" and previous.text[:1].isupper()):
        return False
    if previous.text.lower().rstrip(".") in _TITLE_WORDS:
        return False
    return previous.ent_type_ in ("PERSON", "") and previous.whitespace_ != ""


def _media_suffix_end(doc: Doc, span: Span) -> int:
    """"Alekhbariah TV": the outlet's name runs on into a generic media word."""
    end = span.end
    while end < len(doc) and doc[end].text.lower() in _MEDIA_SUFFIXES:
        end += 1
    return doc[end - 1].idx + len(doc[end - 1].text)


# --- generic agents ----------------------------------------------------------------------


def _add_agents(context: ArticleActors, described: bool = False) -> None:
    """"Syrian troops" -> SYRMIL; "Hezbollah fighters" -> Hezbollah. ``described``: the second
    pass, once descriptions are resolved, for agents owned by one ("the country's commanders")."""
    doc = context.doc
    lexicon = context.kb.lexicons
    if described and not any(found.kind == "description" for found in context.found):
        return  # no "the country" to own an agent
    matches = list(lexicon_matches(context, lexicon.agents, lexicon.agent_lengths))
    starts = {match.start for match in matches}
    for match in matches:
        span = context.span_of(match.start, match.end)
        if span is None or followed_by_name(context, doc, span.end) or _describes_next_name(context, doc, span.end):
            continue
        if described:
            owner = owner_before(context, doc, span.start)
            if owner is not None and owner.kind == "description" and not any(context.token_mention(token) for token in span):
                _attach_agent(context, owner, match.value, doc[span.end - 1])
            continue
        if span.text.lower() == "deputy" and span.end < len(doc) and doc[span.end].idx in starts:
            continue  # "deputy ambassador", "deputy commander": a rank of the next word's post
        if span.end + 1 < len(doc) and hyphened(doc[span.end - 1], doc[span.end + 1]):
            continue  # "Sudan's army-aligned government", "police-run checkpoints": a modifier, not the actor
        if _describes_act(doc[span.end - 1]):
            continue  # "condemned Beijing's military exercises": the state's act, aimed at the state
        owner = owner_before(context, doc, span.start)
        if owner is not None:
            _attach_agent(context, owner, match.value, doc[span.end - 1])
            continue
        owners = owners_after(context, doc, span)
        if owners:
            _attach_agent(context, owners[0], match.value, doc[span.end - 1], start=span.start_char, also=owners[1:])
            continue
        placed = owner_by_place(context, doc, span, match.value)
        if placed is not None:
            _attach_placed_agent(context, placed, match.value, span)
        elif doc[span.end - 1].lemma_.lower() == "settler" and context.kb.get(_ISRAELI_SETTLERS) is not None and _ISRAEL_PALESTINE.search(context.text):
            # "settlers torched cars in a West Bank village": in a story of Israel and the
            # Palestinians, settlers are Israel's, wherever they live (ISRCVL, as Phoenix codes them)
            context.add(Found(span.start_char, span.end_char, _ISRAELI_SETTLERS, "agent"))


_ISRAELI_SETTLERS = "settlers-israel"
_ISRAEL_PALESTINE = re.compile(r"\b(?:Israel|Israeli|Israelis|Palestinian|Palestinians|West Bank|Gaza|Jerusalem)\b")


# Acts a state does with its armed forces, which "military" only describes.
_MILITARY_ACTS = {
    "action", "operation", "intervention", "escalation", "pressure", "activity", "aggression",
    "adventurism", "campaign", "exercise", "drill", "buildup", "build-up", "posture", "move", "maneuver", "manoeuvre",
}  # fmt: skip


def _describes_act(word: Token) -> bool:
    """"India's military action", "Beijing's military exercises": the adjective describes an act."""
    return word.lower_ == "military" and word.dep_ == "amod" and word.head.i > word.i and word.head.lemma_.lower() in _MILITARY_ACTS


def _attach_placed_agent(context: ArticleActors, owner: Found, code: str, span: Span) -> None:
    """"civilians in Burkina Faso" -> BFACVL on "civilians"; the place keeps its own mention."""
    actor = context.kb.get(owner.actor)
    if actor is None:
        return
    if actor.type == "state":
        institution = context.kb.institution(actor.id, code)
        if institution is not None:
            context.add(Found(span.start_char, span.end_char, institution.id, "agent"))
    elif actor.type in _MEMBER_TYPES:
        context.add(Found(span.start_char, span.end_char, actor.id, "agent"))  # "fighters from JNIM"


def _attach_agent(context: ArticleActors, owner: Found, code: str, last: Token, start: int | None = None, also: list[Found] | None = None) -> None:
    """``start`` is given when the owner follows the agent ("the ministers of Congo and
    Rwanda", with Rwanda in ``also``): the mention then runs from the agent to the owner."""
    end = last.idx + len(last.text) if start is None else owner.end
    owners = [owner] + (_coordinated_owners(context, owner) if also is None else also)
    for item in owners:
        actor = context.kb.get(item.actor)
        if actor is None:
            continue
        state = actor if actor.type == "state" else _parent_state(context, actor)
        # "officials" of an institution stay that institution ("Syrian military officials").
        if state is not None and (actor.type == "state" or (code in INSTITUTIONS and code != "GOV")):
            # "Syrian troops" -> SYRMIL; "Syrian government forces" -> SYRMIL too.
            institution = context.kb.institution(state.id, code)
            if institution is None:
                continue
            kind = "label" if item.kind == "label" else "agent"
            context.remove(item)
            first = start if start is not None and item is owner else item.start
            context.add(Found(first, end if item is owner else item.end, institution.id, kind))
        elif actor.type in _MEMBER_TYPES and item is owner:
            context.remove(item)
            context.add(Found(item.start if start is None else start, end, item.actor, "agent" if item.kind != "label" else "label"))


def _parent_state(context: ArticleActors, actor: KBActor) -> KBActor | None:
    if actor.type not in INSTITUTION_TYPES or not actor.parent:
        return None
    parent = context.kb.get(actor.parent)
    return parent if parent is not None and parent.type == "state" else None


def _coordinated_owners(context: ArticleActors, owner: Found) -> list[Found]:
    """"Zionist and Syrian forces", "Israeli, Syrian and Lebanese officials": the agent applies to
    every adjective of the list."""
    doc = context.doc
    found: list[Found] = []
    current = owner
    for _ in range(8):
        span = context.span_of(current.start, current.end)
        if span is None or span.start < 2 or doc[span.start - 1].lower_ not in ("and", "or", ","):
            break
        before = doc[span.start - 2]
        if before.head.i < span.start:
            break  # "struck Iran, Iranian media said": the name belongs to the clause before, not to the phrase
        previous = context.token_mention(before)
        if previous is None or previous.kind not in ("demonym", "label", "name", "alias"):
            break
        actor = context.kb.get(previous.actor)
        if actor is None or actor.type != "state":
            break
        found.append(previous)
        current = previous
    return found


# --- NER fallback --------------------------------------------------------------------------


def _add_ner_actors(context: ArticleActors) -> None:
    for ent in context.doc.ents:
        actor_type = _NER_TYPES.get(ent.label_)
        if actor_type is None:
            continue
        span = _without_determiner(ent)
        fronted = span is not None and actor_type == "organization" and _state_named_body(context, span)
        if span is None or not fronted and context.covering(span.start_char, span.end_char):
            continue
        if not any(token.text[:1].isupper() for token in span if token.is_alpha):
            continue  # "the umbrella union for primary school teachers": a description, not a name
        if looks_like_place(span.text) or (span.root.dep_ not in ("nsubj", "nsubjpass", "poss") and in_gazetteer(span.text)):
            continue  # "Idlib" tagged ORG, "Kyiv" tagged PERSON: places, not actors
        if _named_place(span):
            continue  # "the village of Yelwata": a place the gazetteer does not know
        if span[-1].lower_ in _FACILITY_HEADS:
            continue  # "the National Palace", "Ben Gurion Airport": buildings, named as places are
        if _site_location(span):
            continue  # "the bombed facilities at Fordow and Natanz": where the sites are
        if span.text.lower().startswith(("pro-", "anti-")) or _stance_prefixed(context.doc, span):
            continue  # "pro-EU protesters": a stance, not a name
        key = name_key(span.text)
        if key in context.kb.lexicons.agents or key in context.kb.lexicons.titles:
            continue  # "Army" in "Army chief Gen. ..." is a generic noun, not a name
        if _is_article_source(context, key):
            actor_type = "media"  # the outlet or agency of the dateline, cited in the body
        elif actor_type == "organization" and _person_named_like_an_org(span):
            actor_type = "person"  # the small model often tags African and Asian names as ORG
        if coref.link_surname(context, span) or coref.link_short_name(context, span):
            continue
        navy = _navy_of_ship(context, span)
        if navy is not None:
            context.add(Found(span.start_char, span.end_char, navy, "name"))  # "the USS Harry S. Truman": the US military's
            continue
        if fronted:
            for token in span:
                inside = context.token_mention(token)
                if inside is not None:
                    context.remove(inside)  # the state's name and another state's body inside the name
        fuzzy = fuzzy_actor(context.kb, span.text, actor_type)
        if fuzzy is not None:
            context.add(Found(span.start_char, span.end_char, fuzzy, "fuzzy"))
            continue
        context.add(Found(span.start_char, span.end_char, context.unresolved_actor(span.text, actor_type), "ner"))
    coref.link_bare_surnames(context)
    coref.link_bare_short_names(context)


# Nouns for sites, whose "at"/"in"/"near" phrase names where they are.
_SITES = _FACILITY_HEADS | {"facility", "site", "plant", "reactor", "installation", "complex", "base", "depot", "mine", "camp", "compound", "field", "terminal", "factory"}


def _site_location(span: Span) -> bool:
    """A name after "at", "in" or "near" a site noun ("the facilities at Fordow and Natanz"),
    which the small model may tag as an organisation: a place."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in ("at", "in", "near", "outside") and root.head.head.lemma_.lower() in _SITES


# Warship name prefixes and the states whose navies use them ("USS Harry S. Truman").
_SHIP_PREFIXES = {"uss": "USA", "hms": "GBR", "hmas": "AUS", "hmcs": "CAN", "hmnzs": "NZL", "ins": "IND", "roks": "KOR", "brp": "PHL"}


def _navy_of_ship(context: ArticleActors, span: Span) -> str | None:
    """The armed forces a named warship belongs to, by its name's prefix."""
    if len(span) < 2 or not span[0].text.isupper():
        return None
    state = _SHIP_PREFIXES.get(span[0].lower_)
    military = context.kb.institution(state, "MIL") if state else None
    return military.id if military is not None else None


_ORG_WORDS = {
    "agency", "alliance", "army", "assembly", "association", "authority", "bank", "board", "brigade", "brigades",
    "bureau", "cabinet", "center", "centre", "channel", "club", "coalition", "college", "command", "commission",
    "committee", "company", "congress", "corp", "corps", "council", "court", "department", "desk", "embassy",
    "federation", "force", "forces", "foundation", "front", "fund", "government", "group", "guard", "hospital",
    "inc", "initiative", "institute", "league", "ltd", "media", "ministry", "mission", "movement", "network",
    "news", "observatory", "office", "organisation", "organization", "parliament", "party", "police", "post",
    "press", "program", "programme", "project", "radio", "school", "senate", "service", "services", "society",
    "times", "trust", "tv", "union", "university", "watch",
}  # fmt: skip
_PERSON_NOUNS = {
    "spokesman", "spokeswoman", "spokesperson", "minister", "president", "leader", "commander", "official",
    "envoy", "ambassador", "chief", "head", "governor", "general", "colonel", "director", "secretary", "mayor",
    "prosecutor", "judge", "activist", "analyst", "researcher", "professor", "journalist", "correspondent",
    "lawmaker", "senator", "deputy", "adviser", "advisor", "resident", "witness", "doctor", "father", "mother",
}  # fmt: skip


def _is_article_source(context: ArticleActors, key: str) -> bool:
    article = article_of(context.doc)
    if article is None:
        return False
    sources = [article.outlet, article.dateline.agency if article.dateline else None]
    return any(source and name_key(source) == key for source in sources)


def _person_named_like_an_org(span: Span) -> bool:
    """An ORG entity that reads as a person: proper nouns only, next to a person noun."""
    if not 2 <= len(span) <= 4 or any(token.pos_ != "PROPN" or token.lower_ in _ORG_WORDS for token in span):
        return False
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lemma_.lower() in _PERSON_NOUNS:
        return True  # "spokesman Wilfried Houngbedji"
    return any(child.dep_ == "appos" and child.lemma_.lower() in _PERSON_NOUNS for child in span.root.children)


# Words inside a body's name that may sit between the state's name and the body's head.
_NAME_LINKS = {"of", "and", "for", "the", "&"}
# State bodies whose name is the state's adjective and a title ("the Brazilian National Congress").
_STATE_TITLES = {"national", "federal", "supreme", "high", "constitutional", "state", "central", "people's", "republican"}


def _state_named_body(context: ArticleActors, span: Span) -> bool:
    """"The Sudanese Professionals Association", "the Nigeria Labour Congress", "the Bank of Japan",
    "the Election Commission of India": a body whose name the small model tags whole and that
    begins or ends with a state's name or adjective is that body, not the state (nor the US
    Congress). A head that is a state institution's word ("the Sudanese Armed Forces", "the Supreme
    Court of Pakistan") leaves the state's institution in place, as does a headline in title case."""
    root = span.root
    if span.start > 0 and span.doc[span.start - 1].tag_ == "POS":
        return False  # "Beijing's Taiwan Affairs Office": its owner is named before it
    if len(span) < 2 or any(token.is_alpha and not token.text[:1].isupper() and token.lower_ not in _NAME_LINKS for token in span):
        return False
    first, last = context.token_mention(span[0]), context.token_mention(span[-1])
    if first is not None and first.end <= root.idx:
        named, fronted = first, True
    elif last is not None and last.start > root.idx and any(token.lower_ == "of" and root.i < token.i for token in span):
        named, fronted = last, False  # "the Central Bank of Nigeria"
    else:
        return False
    state = context.kb.get(named.actor) if named.kind in ("demonym", "name", "alias") else None
    if state is None or state.type != "state":
        return False
    for token in span:
        inside = context.token_mention(token)
        known = context.kb.get(inside.actor) if inside is not None and inside is not named else None
        if known is not None and (known.type == "state" or known.country == state.id):
            return False  # "the Israeli Knesset": the state's own body, which the KB knows
    agents = context.kb.lexicons.agents
    # a state's body by its head words before the name ("the British Home Office"); after "of" only
    # its last word, as "the Central Bank of Nigeria" is no agent phrase of a state
    sizes = (3, 2, 1) if fronted else (1,)
    heads = [" ".join(token.lemma_.lower() for token in span.doc[max(span.start, root.i - size + 1) : root.i + 1]) for size in sizes]
    code = next((agents[head] for head in [*heads, root.lower_] if head in agents), None)
    if code is not None and (fronted or code in INSTITUTIONS):
        # "the Nigeria Labour Congress" is a union; "the Peruvian Congress", "the Brazilian National Congress" the legislature
        between = [token for token in span if named.end <= token.idx and token.i < root.i]
        if not fronted or root.lemma_.lower() != "congress" or not any(token.lower_ not in _STATE_TITLES for token in between):
            return False
    line_start = context.text.rfind("\n", 0, span.start_char) + 1
    line_end = context.text.find("\n", span.end_char)
    line = context.text[line_start : line_end if line_end >= 0 else len(context.text)]
    words = [word for word in line.split() if word[:1].isalpha() and len(word) > 3]
    return not (len(words) >= 3 and all(word[:1].isupper() for word in words))  # a title-case headline


def _without_determiner(ent: Span) -> Span | None:
    """The name without determiners, punctuation, and, for a person, titles the NER took in
    ("Archbishop Bagrat Galstanyan" is Bagrat Galstanyan)."""
    start = ent.start
    while start < ent.end and ent.doc[start].pos_ in ("DET", "PUNCT"):
        start += 1
    while ent.label_ == "PERSON" and start < ent.end - 2 and ent.doc[start].text.lower().rstrip(".") in _TITLE_WORDS:
        start += 1
    end = ent.end
    while end > start and ent.doc[end - 1].pos_ == "PUNCT" or (end > start and ent.doc[end - 1].tag_ == "POS"):
        end -= 1
    return ent.doc[start:end] if end > start else None


_FUZZY_MIN_CHARS = 12
_FUZZY_SCORE = 92


def fuzzy_actor(kb: KnowledgeBase, text: str, actor_type: str) -> str | None:
    """A KB actor for a misspelt long name ("Benjamin Netanyahou"), or None.

    Only names of two or more words and at least 12 characters are tried, against KB
    names with the same number of words and the same first letter, at a high bar:
    short names need explicit variants, never a guess (Golani is not Jolani).
    """
    key = name_key(text)
    words = key.split()
    if len(key) < _FUZZY_MIN_CHARS or len(words) < 2:
        return None
    from rapidfuzz import fuzz, process

    pool = kb.fuzzy_pool(words[0][0], len(words), actor_type == "person")
    found = process.extractOne(key, pool, scorer=fuzz.ratio, score_cutoff=_FUZZY_SCORE)
    if found is None:
        return None
    actors = {entry.actor for entry in kb.names[found[0]]}
    return actors.pop() if len(actors) == 1 else None
