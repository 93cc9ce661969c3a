"""Places: gazetteer matches in the text, disambiguated by the article's own context.

Rules (docs/conventions.md): a country named as an actor ("Israel launched
strikes") is not a place, "in Syria" is; a compass word joins its place
("southern Syria"); a small town that is also a word needs spaCy's place tag or a
locative preposition; "Paris" is in France unless the sentence says Texas.
``find_places`` is a plain function; ``newsift_places`` the spaCy component.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from newsift.actors.normalize import name_key
from newsift.actors.wordmatch import PhraseMatch, doc_words, longest_matches
from newsift.doc_extensions import article_of
from newsift.gazetteer import Gazetteer, PlaceRecord, load_gazetteer
from newsift.model import Dateline, Place
from newsift.timex import is_month_name

_COMPASS = {
    "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
    "northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest", "southeast", "southwest",
}  # fmt: skip
_LOCATIVE = {
    "in", "into", "inside", "within", "across", "throughout", "from", "to", "toward", "towards", "near", "outside",
    "around", "over", "of", "at", "via", "through", "on", "off", "along", "beyond", "between",
}  # fmt: skip
# Prepositions after which a country reads as a place rather than as an actor
# ("into Syria", "the takeover of Syria"; not "talks with Syria", "sanctions on Syria").
_COUNTRY_LOCATIVE = {
    "in", "into", "inside", "within", "across", "throughout", "from", "to", "toward", "towards", "near", "outside",
    "around", "over", "of", "at", "via", "through", "beyond", "off",
}  # fmt: skip
# Verbs whose object is a place: movement, capture and bombardment of ground.
_PLACE_OBJECT_VERBS = {
    "enter", "invade", "leave", "flee", "cross", "visit", "tour", "reach", "occupy", "annex", "exit", "overrun",
    "infiltrate", "evacuate", "traverse", "bypass", "transit", "capture", "seize", "take", "retake", "recapture",
    "storm", "shell", "bomb", "besiege", "blockade", "encircle", "surround", "liberate", "raid", "hit", "strike",
    "pound", "control", "hold", "secure", "abandon", "lose",
}  # fmt: skip
_SUFFIXES = {"province", "governorate", "region", "oblast", "district", "county", "camp", "village", "town", "area", "municipality", "countryside", "city", "state"}
_PLACE_ENTS = {"GPE", "LOC", "FAC"}
_KIND_RANK = {"zone": 400, "country": 380, "city": 320, "admin1": 300, "region": 280, "landmark": 260}
_ADMIN_SUFFIXES = {"province", "governorate", "region", "oblast", "district", "county", "state", "municipality"}
# Words that are place names somewhere but almost never mean the place in English prose.
_FUNCTION_WORDS = {"we", "us", "i", "it", "he", "she", "they", "may", "will", "can"}
_BIG_CITY = 1_000_000


@dataclass(slots=True)
class _Found:
    match: PhraseMatch
    start: int
    end: int
    candidates: list[PlaceRecord]
    compass: str | None = None
    suffix: str | None = None  # "province", "region", "camp"... written after the name


def find_places(doc: Doc, gazetteer: Gazetteer | None = None) -> list[Place]:
    """Geocoded place mentions in ``doc`` (actors, if already found, keep agents out)."""
    gazetteer = gazetteer or get_gazetteer()
    text = doc.text
    words = doc_words(doc)
    actor_spans = _actor_spans(doc)
    person_ents = [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ == "PERSON"]
    place_ents = [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ in _PLACE_ENTS]
    dateline = article_of(doc).dateline if article_of(doc) is not None else None

    def accept(key: str, first: int, count: int) -> tuple[str, int] | None:
        if key not in gazetteer.index:
            return None
        start, end = words.words[first].start, words.words[first + count - 1].end
        letters = [char for char in text[start:end] if char.isalpha()]
        if key in gazetteer.exact_case and not all(char.isupper() for char in letters):
            return None
        if not any(char.isupper() for char in letters):
            return None
        if count == 1 and text[start:end].lower() in _FUNCTION_WORDS:
            return None  # "We …" at the start of a sentence is not Wé, New Caledonia
        if count == 1 and is_month_name(text[start:end]) and _next_to_number(text, start, end):
            return None  # "on Jan. 3" is a day, not Jackson, Mississippi
        return key, end

    found: list[_Found] = []
    for match in longest_matches(words, gazetteer.lengths, accept):
        start, end = match.start, match.end
        if _inside_longer(person_ents, start, end):
            continue  # "Tyre Nichols": a place name inside a person's name
        candidates = gazetteer.candidates(match.value)
        compass = _compass_before(text, words, match.first_word)
        in_dateline = dateline is not None and dateline.start <= start and end <= dateline.end
        preposition = _word_before(words, match.first_word, skip={"the"})
        # "Tripoli, Lebanon"; "Maarat al-Numan and Saraqib": joined to the place just before.
        joined = bool(found) and text[found[-1].end : start] in (", ", " and ", ", and ")
        placelike = compass is not None or preposition in _COUNTRY_LOCATIVE or joined or in_dateline or _object_of_place_verb(doc, start, end)
        actor = _overlaps_span(actor_spans, start, end)
        if actor is not None and not _place_over_actor(actor, start, end, placelike):
            continue  # inside an organisation's or person's name, or a capital that acts
        tagged = _overlaps(place_ents, start, end)
        if not (in_dateline or compass or placelike or _evidence(candidates, preposition, tagged, match.words, text, end)):
            continue
        if all(record.kind == "country" for record in candidates) and not placelike:
            continue  # a country as subject or object of an action is an actor, not a place
        item = _Found(match, start, end, candidates, compass)
        if compass:
            item.start = start - len(compass) - 1
        item.end = _with_suffix(text, end)
        item.suffix = text[end + 1 : item.end].lower() or None
        found.append(item)
    return _disambiguate(doc, found, text, gazetteer, dateline)


def _next_to_number(text: str, start: int, end: int) -> bool:
    after = text[end : end + 3].lstrip(". ")
    before = text[max(0, start - 3) : start].rstrip()
    return after[:1].isdigit() or before[-1:].isdigit()


def _evidence(candidates: list[PlaceRecord], preposition: str | None, tagged: bool, count: int, text: str, end: int) -> bool:
    """Why a match may be a place: its kind, spaCy's tag, a preposition, or its size."""
    if any(record.kind != "city" for record in candidates):
        return True
    if tagged or preposition in _LOCATIVE or count > 1:
        return True
    if any(record.population >= _BIG_CITY for record in candidates):
        return True
    return text[end : end + 2] == ", "  # "Paris, Texas"


def _object_of_place_verb(doc: Doc, start: int, end: int) -> bool:
    """The object of "entered", "captured", "shelled"... is a place ("troops entered Syria")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ in ("dobj", "conj") and root.head.lemma_.lower() in _PLACE_OBJECT_VERBS


def _place_over_actor(actor: tuple[int, int, str], start: int, end: int, placelike: bool) -> bool:
    """Whether a place wins over an actor mention on the same words.

    A longer place holds the actor's name ("UNDOF buffer zone", "Kurdistan Region of Iraq");
    a state named in a place-like position is also a place ("in Northern Cyprus").
    """
    actor_start, actor_end, kind = actor
    if start <= actor_start and actor_end <= end and (end - start) > (actor_end - actor_start):
        return True
    return kind in ("name", "alias") and placelike


_NEIGHBOUR_CHARS = 60


def _disambiguate(doc: Doc, found: list[_Found], text: str, gazetteer: Gazetteer, dateline: Dateline | None = None) -> list[Place]:
    """Pick each mention's record: first on its own and the article's countries, then again
    with the choices of the other places in its sentence ("Paris, Texas"; "Pokrovsk in the
    Donetsk region")."""
    context = _context_countries(doc, found)
    sentences = [_sentence_of(doc, item.start) for item in found]
    # (a namesake town abroad is no neighbour either: "Alaska" in the Philippines would pull others there)
    first = [max(_placeable(item, context, []) or item.candidates, key=lambda record: _score(record, item, context)) for item in found]
    datelined = [record.country for item, record in zip(found, first) if dateline is not None and dateline.start <= item.start < dateline.end and record.country]
    if datelined:
        # a town several countries share is the dateline country's ("DHAKA – … crowds in
        # Gopalganj" is Bangladesh's, though the story also names India), above other named countries
        context = {**context, datelined[0]: max(context.get(datelined[0], 0.0), 1.0) + 0.5}
    places = []
    for index, item in enumerate(found):
        # near it in its sentence: "Tripoli, Lebanon", "Pokrovsk in the Donetsk region"; not "fled to
        # India … marched on her residence in Dhaka"
        neighbours = [
            first[other] for other in range(len(found))
            if other != index and sentences[other] == sentences[index] and abs(found[other].start - item.start) <= _NEIGHBOUR_CHARS
        ]  # fmt: skip
        candidates = _placeable(item, context, neighbours)
        if not candidates:
            continue
        record = max(candidates, key=lambda record: _score(record, item, context) + _neighbour_bonus(record, neighbours))
        places.append(_place(item, record, text))
    return places


# A town smaller than this, in a country the article never names, is more likely a namesake the
# gazetteer lacks than a trip abroad ("killed dozens of civilians in Moura" in a Mali story is not
# Moura in Portugal).
_STRAY_TOWN_POPULATION = 100_000


def _placeable(item: _Found, context: dict[str, float], neighbours: list[PlaceRecord]) -> list[PlaceRecord]:
    """The mention's readings less the stray towns: small GeoNames towns in a country neither the
    article nor a place beside it names, when the article is about some country."""
    return [record for record in item.candidates if not _stray_town(record, context, neighbours)]


def _stray_town(record: PlaceRecord, context: dict[str, float], neighbours: list[PlaceRecord]) -> bool:
    small_town = record.kind == "city" and record.source != "curated" and record.population < _STRAY_TOWN_POPULATION
    unnamed = bool(context) and record.country not in context and all(neighbour.country != record.country for neighbour in neighbours)
    return small_town and unnamed


def _score(record: PlaceRecord, item: _Found, context: dict[str, float]) -> float:
    score = _kind_rank(record.kind, item.suffix) + math.log10(record.population + 1)
    alternate = record.source == "geonames" and name_key(record.name) != item.match.value
    if record.kind == "city" and record.population >= 1_000_000 and not alternate:
        # a world city: a bare "Paris" is in France unless the article is about Texas; not by an
        # old or alternate name ("Islamabad" is Pakistan's capital, not Chittagong's old name)
        score += 40 if record.population < 5_000_000 else 120  # a megacity beats a namesake in a country the article names ("Dhaka")
    if record.source == "curated":
        score += 10  # the curated file holds the spellings and places news uses
    if alternate:
        score -= 3  # matched only through a GeoNames alternate name ("Pokrovsk" for Engels)
    score += 100 * context.get(record.country, 0.0)
    return score


def _neighbour_bonus(record: PlaceRecord, neighbours: list[PlaceRecord]) -> float:
    bonus = 0.0
    for neighbour in neighbours:
        if neighbour.kind == "admin1" and neighbour.country == record.country and neighbour.admin1 and neighbour.admin1 == record.admin1:
            bonus = max(bonus, 1000)  # "Paris, Texas"
        elif neighbour.kind != "city" and neighbour.country == record.country:
            bonus = max(bonus, 300)  # "Tripoli, Lebanon"; "Pokrovsk in the Donetsk region"
        elif neighbour.country == record.country:
            bonus = max(bonus, 150)  # "Atlanta, Georgia"
    return bonus


def _kind_rank(kind: str, suffix: str | None) -> int:
    """A bare name shared by a city and its province is the city; "X province" the province."""
    if suffix in _ADMIN_SUFFIXES:
        return 600 if kind == "admin1" else 0
    if suffix in ("camp", "village", "town", "city"):
        return 600 if kind == "city" else 0
    return _KIND_RANK.get(kind, 0)


def _context_countries(doc: Doc, found: list[_Found]) -> dict[str, float]:
    """Countries the article is about, weighted: its actors' mentions and its unambiguous
    places.  A country the article is mostly about weighs 1; one named in passing (a single
    "U.S." in a story about Syria) little, so it does not pull "Paris" to Texas."""
    counts: dict[str, int] = {}
    for actor in doc._.get("newsift_actors") or []:
        if actor.country:
            iso2 = _iso2(actor.country)
            if iso2:
                counts[iso2] = counts.get(iso2, 0) + max(1, len(actor.mentions))
    for item in found:
        if len({record.country for record in item.candidates}) == 1 and item.candidates[0].country:
            counts[item.candidates[0].country] = counts.get(item.candidates[0].country, 0) + 1
    if not counts:
        return {}
    most = max(counts.values())
    return {country: 1.0 if count >= 2 and count >= 0.25 * most else 0.1 for country, count in counts.items()}


@lru_cache(maxsize=512)
def _iso2(iso3: str) -> str | None:
    import pycountry

    country = pycountry.countries.get(alpha_3=iso3)
    return country.alpha_2 if country else {"XKX": "XK", "KOS": "XK"}.get(iso3)


def _place(item: _Found, record: PlaceRecord, text: str) -> Place:
    # A compass region is named as written ("southern Gaza"): it is no gazetteer entry.
    name = f"{item.compass.lower()} {text[item.match.start : item.match.end]}" if item.compass else record.name
    kind = "region" if item.compass else record.kind
    lat = None if math.isnan(record.lat) else round(record.lat, 5)
    lon = None if math.isnan(record.lon) else round(record.lon, 5)
    return Place(
        start=item.start, end=item.end, text=text[item.start : item.end], name=name, country=record.country,
        lat=lat, lon=lon, kind=kind, occupied_by=record.occupied_by, geonames_id=record.geonames_id,
    )  # fmt: skip


def _compass_before(text: str, words, first: int) -> str | None:
    if first == 0:
        return None
    before = words.words[first - 1]
    if before.folded in _COMPASS and text[before.end : words.words[first].start] in (" ", "-"):
        return text[before.start : before.end]
    return None


def _word_before(words, first: int, skip: set[str]) -> str | None:
    index = first - 1
    while index >= 0 and words.folded[index] in skip:
        index -= 1
    return words.folded[index] if index >= 0 else None


def _with_suffix(text: str, end: int) -> int:
    """"Sweida province", "Jenin camp": an attached generic word belongs to the place."""
    rest = text[end : end + 16]
    if rest[:1] != " ":
        return end
    word = rest[1:].split(" ", 1)[0].rstrip(".,;:)\"”’'")
    return end + 1 + len(word) if word.lower() in _SUFFIXES else end


def _actor_spans(doc: Doc) -> list[tuple[int, int, str]]:
    spans = []
    for actor in doc._.get("newsift_actors") or []:
        for mention in actor.mentions:
            kind = mention.kind if actor.type == "state" else "other"
            spans.append((mention.start, mention.end, kind))
    return spans


def _inside_longer(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Inside an entity that is longer than the match (spaCy often tags a bare place as PERSON)."""
    return any(other_start <= start and end <= other_end and (other_end - other_start) > (end - start) for other_start, other_end in spans)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(other_start < end and start < other_end for other_start, other_end in spans)


def _overlaps_span(spans: list[tuple[int, int, str]], start: int, end: int) -> tuple[int, int, str] | None:
    return next((span for span in spans if span[0] < end and start < span[1]), None)


def _sentence_of(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0].sent.start if span is not None else -1


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    return load_gazetteer()


if not Doc.has_extension("newsift_places"):
    Doc.set_extension("newsift_places", default=None)


@Language.component("newsift_places", assigns=["doc._.newsift_places"], requires=["doc.ents"])
def place_component(doc: Doc) -> Doc:
    doc._.newsift_places = find_places(doc)
    return doc
