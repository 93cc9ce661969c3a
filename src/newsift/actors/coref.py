"""In-article coreference for actors: surnames, titles, definite descriptions, speaker pronouns.

Each resolver only links a mention when the antecedent is unambiguous; an
unresolved "the president" is better than the wrong one.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span, Token

from newsift.actors.mentions import ArticleActors, Found
from newsift.actors.normalize import fold, name_key
from newsift.actors.wordmatch import tokens_for_words
from newsift.actors.phrases import followed_by_name, lexicon_matches, owner_before
from newsift.doc_extensions import article_of
from newsift.syntax import hyphened

_MILITARY_TITLES = {"Chief of Staff", "Army Chief", "Commander"}
_GENERIC_HEAD_TITLES = ("Leader", "Secretary-General", "Director-General", "President", "Commander", "Head of State")
_NAMING_KINDS = {"name", "alias", "former", "ner", "fuzzy"}
_OTHER_REFERENT = {
    "previous", "former", "new", "old", "last", "next", "other", "another", "past", "future", "interim",
    "transitional", "rival", "opposing", "ousted", "toppled", "fallen", "incoming", "outgoing", "same",
}  # fmt: skip
_DETERMINERS = {"the", "its", "his", "her", "their", "this", "that"}
_ORG_TYPES = {"armed_group", "party", "igo", "ngo", "media", "company", "group", "government", "military", "police", "intelligence", "legislature", "judiciary", "state", "organization"}


# --- surnames ------------------------------------------------------------------------------

# Countries whose people the English press names family name first ("Xi Jinping" is Xi,
# "Yoon Suk Yeol" Yoon, "Hun Manet" Hun).
_FAMILY_NAME_FIRST = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "KHM", "SGP"}


def _surname_index(context: ArticleActors) -> dict[str, set[str]]:
    """Last word of every multi-word person name in the article -> the persons it could be."""
    index: dict[str, set[str]] = {}
    for found in context.found:
        if found.kind not in _NAMING_KINDS or context.type_of(found.actor) != "person":
            continue
        words = name_key(context.text[found.start : found.end]).split()
        if len(words) >= 2:
            index.setdefault(words[-1], set()).add(found.actor)
            actor = context.kb.get(found.actor)
            if actor is not None and actor.country in _FAMILY_NAME_FIRST and len(words) <= 3:
                index.setdefault(words[0], set()).add(found.actor)  # "Lai Ching-te … Lai's office"
    return index


def link_surname(context: ArticleActors, span: Span) -> bool:
    """Link a one-word PERSON entity to the one person in the article with that surname."""
    key = name_key(span.text)
    if " " in key:
        return False
    persons = _surname_index(context).get(key, set())
    if len(persons) != 1:
        return False
    context.add(Found(span.start_char, span.end_char, persons.pop(), "surname"))
    return True


def link_short_name(context: ArticleActors, span: Span) -> bool:
    """"The Brotherhood denied…" after "the Muslim Brotherhood", "the Front" after "the Polisario
    Front": a capitalised one-word name after "the" that ends the name of a group, party or body
    named earlier in the article (the nearest such, within eight sentences) is that group."""
    doc = context.doc
    if len(span) != 1 or span.start == 0 or doc[span.start - 1].lower_ != "the" or not span.text[:1].isupper():
        return False
    for found in context.before(span.start_char, sentences=8):
        if found.kind not in _NAMING_KINDS or context.type_of(found.actor) in ("person", "state", "other"):
            continue
        words = context.text[found.start : found.end].split()
        if len(words) >= 2 and words[-1] == span.text:
            context.add(Found(span.start_char, span.end_char, found.actor, "description"))
            return True
    return False


def link_bare_short_names(context: ArticleActors) -> None:
    """Short names the NER missed or called a nationality ("the Guards' navy")."""
    for token in tokens_for_words(context.doc, {"the"}):
        following = context.doc[token.i + 1] if token.i + 1 < len(context.doc) else None
        if following is not None and following.pos_ == "PROPN" and not context.token_mention(following):
            link_short_name(context, context.doc[following.i : following.i + 1])


def link_bare_surnames(context: ArticleActors) -> None:
    """Capitalised proper nouns the NER missed that repeat a known person's surname."""
    index = {key: persons for key, persons in _surname_index(context).items() if len(persons) == 1}
    if not index:
        return
    for token in tokens_for_words(context.doc, index):
        if token.pos_ != "PROPN" or not token.text[:1].isupper() or context.token_mention(token):
            continue
        persons = index.get(fold(token.text))
        if persons and not _inside_other_name(token):
            context.add(Found(token.idx, token.idx + len(token.text), next(iter(persons)), "surname"))


def disambiguate_surnames(context: ArticleActors) -> None:
    """A lone surname follows the person the article named in full, not the KB's default.

    "Hafez al-Assad ruled for 30 years. Assad crushed the uprising": the KB reads
    "Assad" as Bashar; the article has named another Assad, so the nearest full
    name wins.
    """
    full_names: dict[str, list[Found]] = {}
    for found in context.found:
        if found.kind in _NAMING_KINDS and context.type_of(found.actor) == "person":
            words = name_key(context.text[found.start : found.end]).split()
            if len(words) >= 2:
                full_names.setdefault(words[-1], []).append(found)
    for found in list(context.found):
        if context.type_of(found.actor) != "person" or found.kind not in ("alias", "surname", "former", "ner"):
            continue
        words = name_key(context.text[found.start : found.end]).split()
        named = full_names.get(words[0]) if len(words) == 1 else None
        if not named or {item.actor for item in named} == {found.actor}:
            continue
        if _office_holder_over_unknowns(context, found.actor, named):
            continue
        earlier = [item for item in named if item.end <= found.start]
        nearest = earlier[-1] if earlier else named[0]
        context.remove(found)
        context.add(Found(found.start, found.end, nearest.actor, "surname"))


def _office_holder_over_unknowns(context: ArticleActors, actor_id: str, named: list[Found]) -> bool:
    """Keep a KB person in office on the article's date against namesakes the KB does not know.

    "Yair Netanyahu posted a video, and Netanyahu defended him": the bare surname of
    a sitting prime minister is still the prime minister.
    """
    person = context.kb.get(actor_id)
    if person is None or context.kb.affiliation(person, context.day) is None:
        return False
    return all(context.kb.get(item.actor) is None for item in named)


def _inside_other_name(token: Token) -> bool:
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    return before is not None and before.pos_ == "PROPN" and before.text[:1].isupper() and before.whitespace_ != ""


# --- titles --------------------------------------------------------------------------------


def resolve_titles(context: ArticleActors) -> None:
    """"the Syrian president", "Israel's defence minister", "the prime minister" -> a person."""
    doc = context.doc
    lexicon = context.kb.lexicons
    for match in lexicon_matches(context, lexicon.titles, lexicon.title_lengths):
        span = context.span_of(match.start, match.end)
        if span is None or followed_by_name(context, doc, span.end):
            continue
        owner = owner_before(context, doc, span.start)
        if _inside_other_name(doc[span.start]) and (owner is None or owner.end < doc[span.start - 1].idx):
            continue  # "Defence Secretary Tom King": a surname, not the title
        determined = span.start > 0 and doc[span.start - 1].lower_ in _DETERMINERS
        if owner is None and not determined:
            continue
        if any(child.dep_ == "det" and child.lower_ in ("a", "an", "another") or child.dep_ == "nummod" for child in doc[span.end - 1].children):
            continue  # "a senior Islamic State leader", "two Hamas commanders": one of many, not the post's holder
        person = _title_holder(context, owner, match.value, match.start)
        if person is None:
            continue
        start = match.start
        if owner is not None:
            context.remove(owner)
            start = owner.start
        context.add(Found(start, match.end, person, "title"))


def _title_holder(context: ArticleActors, owner: Found | None, title: str, position: int) -> str | None:
    kb = context.kb
    titles = (title,) + (_GENERIC_HEAD_TITLES if title == "Leader" else ())
    if owner is not None:
        for body in _bodies_of(context, owner.actor, title):
            for candidate_title in titles:
                holders = kb.holders(body, candidate_title, context.day)
                if len(holders) == 1:
                    return holders[0]
        return None
    # No owner: a person already named in the article who holds the post...
    for found in context.before(position, sentences=12):
        person = kb.get(found.actor)
        if person is None or person.type != "person":
            continue
        role = kb.affiliation(person, context.day)
        if role is not None and role.title == title:
            return person.id
    # ...else the post in the article's main country, if one country clearly dominates.
    country = _main_country(context, position)
    if country is None:
        return None
    for body in _bodies_of(context, country, title):
        holders = kb.holders(body, title, context.day)
        if len(holders) == 1:
            return holders[0]
    return None


def _bodies_of(context: ArticleActors, actor_id: str, title: str) -> list[str]:
    actor = context.kb.get(actor_id)
    if actor is None:
        return []
    if actor.type == "state":
        codes = ("MIL", "GOV") if title in _MILITARY_TITLES else ("GOV", "MIL")
        return [f"{actor.id}{code}" for code in codes]
    bodies = [actor.id]
    if actor.parent:
        bodies.append(actor.parent)
    return bodies


# Participles that, hyphened to a name, say who stands behind the thing described, not what it is.
_BACKED = {"backed", "led", "allied", "aligned", "supported", "sponsored", "funded", "armed", "trained"}


def _backer(token: Token) -> bool:
    """"the Rwanda-backed group": a name hyphened to a participle of support names the backer,
    not the group, which is still the one the story is about."""
    doc = token.doc
    return token.i + 2 < len(doc) and hyphened(token, doc[token.i + 2]) and doc[token.i + 2].lower_ in _BACKED


def _main_country(context: ArticleActors, position: int) -> str | None:
    counts: Counter[str] = Counter()
    for found in context.found:
        if found.start >= position:
            continue
        state = _state_of(context, found.actor)
        if state:
            counts[state] += 1
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


# --- definite descriptions -------------------------------------------------------------------


def resolve_descriptions(context: ArticleActors) -> None:
    """"the group said", "the regime", "the army" -> the latest compatible actor named before."""
    doc = context.doc
    descriptions = context.kb.lexicons.descriptions
    for token in tokens_for_words(doc, {"the"}):
        if token.dep_ != "det":
            continue
        head = token.head
        types = descriptions.get(head.lemma_.lower()) or descriptions.get(head.lower_)
        backers = sum(1 for inner in doc[token.i : head.i] if _backer(inner) and inner.pos_ == "PROPN")
        if not types or head.i < token.i or head.i - token.i > 3 + 2 * backers:
            continue  # ("the Rwanda-backed group": a hyphened word is three tokens)
        if any(context.token_mention(inner) and not _backer(inner) for inner in doc[token.i : head.i + 1]):
            continue
        if any(child.dep_ == "prep" and child.lower_ == "of" for child in head.children):
            continue  # "the government of Lebanon" names its owner itself
        if any(inner.lower_ in _OTHER_REFERENT for inner in doc[token.i + 1 : head.i]):
            continue  # "the previous regime", "the new government": not the one just named
        if any(child.dep_ == "nummod" or child.lower_ == "both" for child in head.children):
            continue  # "the two governments": a pair, which the event coder pairs
        types = _narrowed(types, doc[token.i + 1 : head.i])
        excluded = _own_subjects(context, head) | _state_aligned(context, head.lemma_.lower())
        actor_id = (
            _commanded(context, head, types) or _home_body(context, token.idx, types, excluded)
            or _named_after(context, token.idx, head.lemma_.lower(), types, excluded) or _antecedent(context, token.idx, types, excluded)
        )  # fmt: skip
        if actor_id is not None:
            context.add(Found(token.idx, head.idx + len(head.text), actor_id, "description"))


_INSURGENT_WORDS = {"militant", "rebel", "insurgent", "jihadist", "guerrilla", "separatist", "insurgency"}
# Words before "group" or "organisation" that say which kind of body it is.
_KIND_WORDS = {
    "armed_group": {"paramilitary", "armed", "militant", "rebel", "jihadist", "insurgent", "militia", "extremist", "terrorist", "islamist", "separatist", "guerrilla"},
    "ngo": {"rights", "aid", "humanitarian", "charity", "relief", "advocacy", "watchdog"},
}


def _narrowed(types: tuple[str, ...], modifiers) -> tuple[str, ...]:
    """"the paramilitary group" after the Rapid Support Forces and the United Nations is the
    armed group, not the nearer UN; "the rights group" an NGO."""
    words = {word.lower_ for word in modifiers}
    for kind, cues in _KIND_WORDS.items():
        if words & cues and kind in types:
            return (kind,)
    return types


def _state_aligned(context: ArticleActors, word: str) -> set[str]:
    """Armed groups the KB codes as a state's own forces (Burkina Faso's VDP is BFAMIL): never
    "the jihadists" or "the rebels"."""
    if word not in _INSURGENT_WORDS:
        return set()
    aligned = set()
    for found in context.found:
        known = context.kb.get(found.actor)
        if known is not None and known.type == "armed_group" and (known.cameo or "")[3:6] in ("MIL", "GOV", "COP"):
            aligned.add(known.id)
    return aligned


_COMMANDING = {"order", "command", "instruct", "direct", "tell", "deploy", "mobilise", "mobilize", "send", "put", "place"}
_SAYING = {"say", "warn", "announce", "vow", "pledge", "promise", "insist", "declare", "threaten", "state"}
_OWN_BODIES = {"military": "MIL", "government": "GOV", "police": "COP"}


def _commanded(context: ArticleActors, head, types: tuple[str, ...]) -> str | None:
    """"Maduro ordered the armed forces to deploy", "Anutin warned that the army would respond":
    a leader orders, and speaks of, their own state's army or government."""
    code = _OWN_BODIES.get(types[0])
    if code is None:
        return None
    if head.dep_ == "dobj" and head.head.lemma_.lower() in _COMMANDING:
        verb = head.head
    elif head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "ccomp" and head.head.head.lemma_.lower() in _SAYING:
        verb = head.head.head
    else:
        return None
    while verb.dep_ == "conj" and not any(child.dep_ == "nsubj" for child in verb.children) and verb.head.i != verb.i:
        verb = verb.head  # "denounced the strike and ordered the armed forces to deploy"
    states = set()
    for child in verb.children:
        if child.dep_ != "nsubj":
            continue
        for word in child.subtree:
            mention = context.token_mention(word)
            known = context.kb.get(mention.actor) if mention is not None else None
            if known is not None:
                states.add(known.id if known.type == "state" else known.country)
    states.discard(None)
    if len(states) != 1:
        return None
    institution = context.kb.institution(states.pop(), code)
    return institution.id if institution is not None else None


def resolve_ages(context: ArticleActors) -> None:
    """"Vucic rejected … The 55-year-old said": an age standing for a person is the person named
    last before it (within two sentences), not the subject of its own clause."""
    doc = context.doc
    for token in tokens_for_words(doc, {"old"}):
        year = doc[token.i - 2] if token.i >= 4 else None
        if year is None or year.lower_ not in ("year", "years") or doc[token.i - 1].text != "-" or doc[token.i - 3].text != "-":
            continue
        age = doc[token.i - 4]
        start = doc[token.i - 5] if token.i >= 5 and doc[token.i - 5].lower_ == "the" else None
        if not age.like_num or start is None or token.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "appos"):
            continue  # "a 55-year-old man": a description, not someone named before
        if context.token_mention(token) is not None:
            continue
        excluded = _own_subjects(context, token)
        person = next((found.actor for found in context.before(start.idx, sentences=2) if context.type_of(found.actor) == "person" and found.actor not in excluded), None)
        if person is not None:
            context.add(Found(start.idx, token.idx + len(token.text), person, "description"))


def resolve_short_forms(context: ArticleActors) -> None:
    """"urged the North to return to dialogue" in a story naming North or South Korea: a short
    form (short_forms.yaml) names its state once the article has named the pair."""
    forms = context.kb.lexicons.short_forms
    if not forms:
        return
    doc = context.doc
    named = {found.actor for found in context.found}
    named |= {actor.country for actor in map(context.kb.get, list(named)) if actor is not None and actor.country}
    by_words = {form.words: form for form in forms if form.when & named and context.kb.get(form.actor) is not None}
    if not by_words:
        return
    for token in tokens_for_words(doc, {"the"}):
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        form = by_words.get(following.text) if following is not None else None
        if form is None or context.token_mention(following):
            continue
        after = doc[following.i + 1] if following.i + 1 < len(doc) else None
        if after is not None and after.text[:1].isupper() and after.pos_ == "PROPN":
            continue  # "the South China Sea", "the North Atlantic"
        context.add(Found(following.idx, following.idx + len(following.text), form.actor, "description"))


def _named_after(context: ArticleActors, position: int, word: str, types: tuple[str, ...], excluded: set[str]) -> str | None:
    """"The court ordered Venezuela" after "the International Court of Justice" and the Security
    Council: the nearest earlier actor of a compatible type whose own name holds the description's
    noun, within eight sentences, before the nearest actor of the type."""
    for found in context.before(position, sentences=8):
        if found.actor in excluded or context.type_of(found.actor) not in types:
            continue
        known = context.kb.get(found.actor)
        if known is not None and word in name_key(known.name).split():
            return found.actor
    return None


def _own_subjects(context: ArticleActors, head) -> set[str]:
    """The actors subject of the clause a non-subject description sits in: "France then criticised
    the country" cannot mean France (that would be "itself")."""
    if head.dep_ in ("nsubj", "nsubjpass", "attr", "appos", "conj"):
        return set()  # "Russia became the first country": a predicate is its subject
    verb = head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    for _ in range(2):  # "Trump threatened to send troops into the country": the subject "send" shares
        if any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children) or verb.dep_ != "xcomp":
            break
        verb = verb.head
    found = set()
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            for word in child.subtree:
                mention = context.token_mention(word)
                if mention is not None:
                    found.add(mention.actor)
    # "Trump threatened to send troops into the country": not the subject's own country either
    for actor in list(found):
        known = context.kb.get(actor)
        if known is not None and known.country and known.type != "state":
            found.add(known.country)
    return found


_STATE_BODIES = {"government", "military", "police", "intelligence", "legislature", "judiciary"}


def _home_body(context: ArticleActors, position: int, types: tuple[str, ...], excluded: set[str]) -> str | None:
    """"KINSHASA – … Qatar, which hosts talks between the government and the rebels": the
    dateline state's government or army, when that state is among those named in the three
    sentences before, ahead of any other's."""
    if types[0] not in ("government", "military"):
        return None
    home = _dateline_state(context)
    if home is None or home in excluded:
        return None
    if home not in {_state_of(context, found.actor) for found in context.before(position, sentences=3)}:
        return None
    institution = context.kb.institution(home, "GOV" if types[0] == "government" else "MIL")
    return institution.id if institution is not None and institution.id not in excluded else None


def _dateline_state(context: ArticleActors) -> str | None:
    """The state whose capital heads the dateline ("KINSHASA, Dec 12 (Wire) –"), if any."""
    article = article_of(context.doc)
    place = article.dateline.place if article is not None and article.dateline is not None else None
    if not place:
        return None
    states = {entry.actor for entry in context.kb.names.get(name_key(place), []) if entry.kind == "capital"}
    return states.pop() if len(states) == 1 else None


def _state_of(context: ArticleActors, actor_id: str) -> str | None:
    """The state an actor is or belongs to in the KB (SDNGOV -> SDN), else None."""
    known = context.kb.get(actor_id)
    if known is None:
        return None
    if known.type == "state":
        return known.id
    parent = context.kb.get(known.parent) if known.parent else None
    return parent.id if parent is not None and parent.type == "state" else None


def _antecedent(context: ArticleActors, position: int, types: tuple[str, ...], excluded: set[str] = frozenset()) -> str | None:
    """The nearest earlier actor of a compatible type; a state stands in for its
    government or army only when no such actor was named ("the army" after "Sudan's army"
    is that army, not a state mentioned in between)."""
    earlier = [found for found in context.before(position, sentences=3) if found.actor not in excluded]
    compatible = [found for found in earlier if context.type_of(found.actor) in types]
    for found in compatible:
        # "JNIM, al Qaeda's affiliate in the Sahel, claimed … The group said": an owner named
        # to describe another actor of its sentence is not the one the story goes on about
        rivals = [other for other in compatible if other.actor != found.actor and context.sentence_index(other.start) == context.sentence_index(found.start)]
        if rivals and _possessor(context, found):
            continue
        return found.actor
    # states whose own institution was named, nearest first ("Mali's junta" names Mali)
    owners = [
        known.parent for found in earlier for known in [context.kb.get(found.actor)]
        if known is not None and known.parent and context.type_of(known.parent) == "state" and known.type in _STATE_BODIES
    ]  # "French broadcasters" say nothing of whose army "the army" is
    owners = [state for state in owners if state not in excluded]
    if types == ("state",) and owners:
        return owners[0]  # "Mali's junta expelled … France criticised the country": Mali
    if types[0] in ("government", "military"):
        # "Sudan's army struck RSF supply lines … rejected a proposal from the United States and
        # Saudi Arabia … urged the RSF and the army": the army named a little further back, before
        # a state named only in passing
        further = [found for found in context.before(position, sentences=6) if found.actor not in excluded and context.type_of(found.actor) in types]
        if further:
            return further[0].actor
        code = "GOV" if types[0] == "government" else "MIL"
        # a state whose own institution was named ("Mali's military government … the army") before
        # the nearest state, which may be only where something came from ("convoys from Ivory Coast")
        states = owners + [found.actor for found in earlier if context.type_of(found.actor) == "state"]
        if states:
            institution = context.kb.institution(states[0], code)
            return institution.id if institution else None
    return None


def _possessor(context: ArticleActors, found: Found) -> bool:
    """An owner that describes another party ("al Qaeda's affiliate", "Russia's ally Belarus"),
    not one whose thing was acted on ("Israel struck Iran's nuclear site … the country's
    commanders" is Iran)."""
    span = context.span_of(found.start, found.end)
    if span is None or len(span) == 0 or span.root.dep_ != "poss":
        return False
    owned = span.root.head
    return owned.dep_ in ("appos", "attr") or owned.lemma_.lower() in _RELATIONS or context.token_mention(owned) is not None


# Nouns for a party by its tie to another: their possessor is not the party the story goes on about.
_RELATIONS = {"affiliate", "ally", "proxy", "partner", "wing", "branch", "offshoot", "client", "patron", "backer", "sponsor", "arm", "franchise", "rival", "enemy", "foe", "neighbour", "neighbor"}


# --- pronouns as speakers ---------------------------------------------------------------------


def resolve_pronoun_speakers(context: ArticleActors) -> None:
    """"…," he added: the pronoun subject of a speech verb is the last compatible actor."""
    speech = context.kb.lexicons.speech_verbs
    for token in tokens_for_words(context.doc, {"he", "she", "it", "they"}):
        pronoun = token.lower_
        if token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if token.head.lemma_.lower() not in speech or context.token_mention(token):
            continue
        actor_id = _speaker_antecedent(context, token.idx, pronoun)
        if actor_id is not None:
            context.add(Found(token.idx, token.idx + len(token.text), actor_id, "pronoun"))


def _speaker_antecedent(context: ArticleActors, position: int, pronoun: str) -> str | None:
    wanted_gender = {"he": "male", "she": "female"}.get(pronoun)
    for found in context.before(position, sentences=4):
        actor_type = context.type_of(found.actor)
        if pronoun in ("he", "she"):
            if actor_type != "person":
                continue
            known = context.kb.get(found.actor)
            if known is not None and known.gender and known.gender != wanted_gender:
                continue
            return found.actor
        if actor_type in _ORG_TYPES:
            return found.actor
    return None
