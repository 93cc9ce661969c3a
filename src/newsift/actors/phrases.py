"""Token-level phrase helpers shared by agent, title and description resolution."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsift.actors.mentions import ArticleActors, Found
from newsift.actors.wordmatch import PhraseMatch, doc_words, longest_matches


def owner_before(context: ArticleActors, doc: Doc, index: int) -> Found | None:
    """The actor mention modifying a noun phrase that starts at token ``index``.

    Walks left over modifiers ("Israeli ground forces", "Iran-backed", "Syria's"),
    stopping at determiners, verbs and punctuation other than hyphens.
    """
    sentence_start = doc[index].sent.start
    position = index - 1
    steps = 0
    while position >= sentence_start and steps < 4:
        token = doc[position]
        found = context.token_mention(token)
        if found is not None:
            return found
        degree = token.pos_ == "ADV" and token.dep_ == "advmod" and token.head.pos_ == "ADJ"  # "Iran's most senior commanders"
        if token.tag_ == "POS" or token.text in ("-", "‑") or token.pos_ in ("ADJ", "NOUN", "PROPN", "NUM") or degree:
            position -= 1
            steps += 1
            continue
        if token.pos_ == "VERB" and token.tag_ == "VBN" and position > 0 and doc[position - 1].text in ("-", "‑"):
            position -= 1  # "HTS-led", "Iran-backed"
            steps += 1
            continue
        break
    return None


def owners_after(context: ArticleActors, doc: Doc, span: Span) -> list[Found]:
    """The actor a plural agent belongs to through "of" ("the foreign ministers of Congo and
    Rwanda", "troops of the Syrian army").  Singular agents are left alone: "the foreign
    minister of Iran, Abbas Araghchi" names a person."""
    last = span[-1]
    if last.tag_ not in ("NNS", "NNPS") or span.end + 1 >= len(doc) or doc[span.end].lower_ != "of":
        return []
    position = span.end + 1
    if doc[position].lower_ == "the" and position + 1 < len(doc):
        position += 1
    owners = []
    for token in (doc[position], *doc[position].conjuncts):
        found = context.token_mention(token)
        if found is not None and context.type_of(found.actor) in _OWNING_TYPES and found not in owners:
            owners.append(found)
    return owners


def owner_by_place(context: ArticleActors, doc: Doc, span: Span, code: str) -> Found | None:
    """The country or group an agent without a modifier belongs to through a place or origin:
    "civilians in central Burkina Faso", "refugees from Sudan", "fighters from JNIM", and for
    victims the place of the act ("killed hundreds of civilians in northern Mali").

    Only "from" names the owner of state agents: "troops in Syria" may be anyone's troops
    (police and courts excepted: "police in Kenya", "a military court in Kinshasa").
    """
    head = span[-1]
    if head.lemma_.lower() in NOT_PEOPLE:
        return None  # "shelled two villages in south Lebanon": places, not villagers
    heads = [(head, ("from",) if code in _STATE_AGENTS else ("from", "in"))]
    if code in _VICTIMS:
        noun = head
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "NUM"):
            noun = noun.head.head  # "hundreds of civilians", "dozens of villagers"
        if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB":
            heads.append((noun.head, ("in",)))
    for holder, prepositions in heads:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in prepositions:
                continue
            for place in (child for child in prep.children if child.dep_ == "pobj"):
                for token in located_words(place):
                    found = context.token_mention(token)
                    if found is None or found.start < span.end_char and span.start_char < found.end:
                        continue
                    owner_type = context.type_of(found.actor)
                    if owner_type == "state" or (prep.lower_ == "from" and owner_type in _OWNING_TYPES):
                        return found
    return None


def located_words(place: Token) -> list[Token]:
    """The words of a place phrase that say where ("in northern Mali", "in the Ukrainian capital"),
    not a demonym that says whose an act is ("killed in Ukrainian shelling", also when the
    parser makes the demonym the object and the act a clause of its own)."""
    doc = place.doc
    after = doc[place.i + 1] if place.i + 1 < len(doc) else None
    if after is not None and place.right_edge.i == place.i and after.tag_ in ("VBG", "NN", "NNS") and after.head.i != place.i:
        return []
    if place.lemma_.lower() in _PLACE_NOUNS:
        return place_words(place)
    words = [token for token in place_words(place) if not (token.dep_ == "amod" and token.head.i == place.i)]
    # "killed in Israeli attacks in Lebanon": where the act was
    return words + [token for prep in place.children if prep.dep_ == "prep" and prep.lower_ == "in" for inner in prep.children if inner.dep_ == "pobj" for token in located_words(inner)]


def place_words(place: Token) -> list[Token]:
    """The place phrase's own words and an "of" phrase ("the north of Mali"), not clauses."""
    words = [place] + [child for child in place.children if child.dep_ in ("compound", "amod", "conj", "poss")]
    for prep in place.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            words += [child for child in prep.children if child.dep_ == "pobj"]
    return words


# Agents of a state (a place does not say whose); people an act is done to in a place.
_STATE_AGENTS = {"GOV", "MIL", "LEG", "SPY"}  # police and courts serve where they are
_VICTIMS = {"CVL", "REF", "HLH", "AID", "MED", "REL", "EDU", "HRI"}
# Agent words that name places or bodies, not people a place can give a nationality to.
NOT_PEOPLE = {
    "village", "town", "city", "camp", "area", "district", "neighborhood", "neighbourhood", "settlement",
    "hospital", "clinic", "bank", "company", "firm", "newspaper", "media", "press",
    "monastery", "church", "mosque", "temple", "synagogue", "cathedral", "school", "university", "college",
    "embassy", "consulate", "office", "headquarters", "station", "base", "parliament", "ministry",
}  # fmt: skip


# Nouns for places, which a demonym before them locates ("in the Ukrainian capital").
_PLACE_NOUNS = {
    "capital", "city", "town", "village", "region", "province", "state", "territory", "area", "border", "side",
    "coast", "waters", "airspace", "north", "south", "east", "west", "part", "district", "countryside",
    "frontier", "camp", "zone", "soil", "port", "island", "enclave", "county", "governorate", "oblast",
}  # fmt: skip
_OWNING_TYPES = {"state", "government", "military", "police", "armed_group", "group", "party", "igo"}


def followed_by_name(context: ArticleActors, doc: Doc, end: int) -> bool:
    """"prime minister Benjamin Netanyahu": the phrase is a title, the name the actor."""
    if end >= len(doc):
        return False
    following = doc[end]
    if following.text in (",",) and end + 1 < len(doc):
        following = doc[end + 1]  # "The group's leader, Naim Qassem"
    found = context.token_mention(following)
    if found is not None:
        return context.type_of(found.actor) == "person"
    return following.ent_type_ == "PERSON" or (following.pos_ == "PROPN" and following.text[:1].isupper() and following.ent_iob_ != "O")


def lexicon_matches(context: ArticleActors, phrases: dict[str, str], lengths: dict[str, tuple[int, ...]]) -> list[PhraseMatch]:
    """Longest lexicon phrases in the article that do not overlap a mention found so far."""
    words = doc_words(context.doc)

    def accept(key: str, first: int, count: int) -> tuple[str, int] | None:
        value = phrases.get(key)
        start, end = words.words[first].start, words.words[first + count - 1].end
        if value is None or context.covering(start, end):
            return None
        return value, end

    return longest_matches(words, lengths, accept)
