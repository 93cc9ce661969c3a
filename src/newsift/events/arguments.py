"""Who did it and to whom: reading an event's source and target actors off the parse."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from newsift.actors.phrases import NOT_PEOPLE, located_words
from newsift.claims import speaker_conjunct, speech_verbs
from newsift.doc_extensions import article_of
from newsift.syntax import detached_conjunct, finite_ancestor, for_clauses, for_subject, hyphened, is_passive, main_verb_read_as_modifier, main_verb_under_allegiance, allegiance_read_as_main_verb, misread_main_verb_subject, participle_read_as_conjunct, subject_read_as_conjunct, perfect_read_as_modifier, phrase_governor, reduced_conditional_passive

if TYPE_CHECKING:
    from newsift.actors.kb import KnowledgeBase

_RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
_STANDING_KINDS = ("city", "country", "admin1", "landmark", "region")
_RULING = {"government", "administration", "regime", "cabinet", "office"}  # "Lai's office": Taiwan's government
_HOMELAND = {"country", "nation"}
_FOLLOWING = {"supporter", "follower", "loyalist", "backer", "sympathiser", "sympathizer"}
# People a possessive relates to someone without being them: "Navalny's widow", "Khan's lawyers",
# "Netanyahu's critics".
_RELATED = {
    "widow", "widower", "wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "family",
    "relative", "nephew", "niece", "grandson", "granddaughter", "child", "parent", "cousin", "uncle", "aunt",
    "lawyer", "attorney", "biographer", "killer", "assassin", "murderer", "victim", "opponent", "rival", "critic",
    "accuser", "successor", "predecessor", "challenger", "detractor", "foe", "enemy",
}  # fmt: skip
_HELD = {"hostage", "captive", "detainee", "prisoner"}
# Settlers live where they settle but are not its people ("settlers rampaged through a Palestinian village").
_NOT_LOCAL = _HELD | {"settler", "colonist"}
_PROPOSALS = {"proposal", "offer", "plan", "demand", "request", "call", "ultimatum", "initiative", "bid", "appeal", "invitation", "resolution", "draft", "statement", "remark", "comment", "decision", "move"}
# Unnamed institutions read as the dateline country's: lemma -> CAMEO sector.
_HOME_INSTITUTIONS = {
    "army": "MIL", "military": "MIL", "junta": "GOV", "government": "GOV", "authority": "GOV", "police": "COP",
    "troop": "MIL", "soldier": "MIL", "force": "MIL", "administration": "GOV", "policeman": "COP", "gendarme": "COP",
    "officer": "COP", "parliament": "LEG",
}  # fmt: skip
# Only as "the army", "the government", or with "government" before them ("government troops").
_DETERMINED_ONLY = {"army", "military", "junta", "government", "authority", "administration"}
_GOVERNMENT_ONLY = {"troop", "soldier", "force"}
_ARMED_BODIES = {"troop", "soldier", "force", "fighter", "militant", "gunman", "rebel", "insurgent", "militiaman", "jihadist"}
# Members of an armed group a sentence may name without saying whose.
_GROUP_FIGHTERS = {"fighter", "militant", "gunman", "insurgent", "militiaman", "jihadist", "rebel"}
_SENDING_FORCES = {"send", "deploy", "dispatch", "station", "mobilise", "mobilize", "contribute", "commit"}
# Actor types whose statements speak for their state's people.
_SPEAKING_BODIES = {"state", "government", "military", "police"}
# A state's institutions a possessive pronoun may own ("its parliament", "their police").
_STATE_BODIES = {"GOV", "MIL", "COP", "LEG", "JUD", "SPY"}
_OWN_STATE = {"government", "state", "federal", "national", "junta", "regime"}  # "junta troops", "regime forces": the state's own
_PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
_GROUP_PRONOUNS = {"it", "they", "them", "its", "their"}
# Nouns other rules resolve when definite ("the country", "the group", people, posts).
_DESCRIBED_ELSEWHERE = {
    "country", "nation", "state", "group", "people", "civilian", "protester", "base", "post", "convoy", "time", "year", "day", "week", "month",
    "corridor", "border", "area", "zone", "region", "city", "town", "village", "crossing", "road", "territory", "side", "frontier", "line",
    "coast", "island", "province", "district", "capital", "sea", "waters", "airspace",
}  # fmt: skip
_PEOPLE_WORDS = {
    "official", "officer", "source", "diplomat", "spokesman", "spokeswoman", "spokesperson", "minister", "envoy", "ambassador",
    "witness", "resident", "analyst", "expert", "lawmaker", "leader", "commander", "president", "soldier", "fighter", "militant",
    "man", "woman", "person", "child", "member", "delegation", "negotiator", "mediator", "investigator", "activist", "journalist",
}  # fmt: skip
_ONE_OF_A_BODY = {"official", "diplomat", "ambassador", "envoy", "minister", "spokesman", "spokeswoman", "spokesperson", "commander", "officer", "attache"}
_FIRST_PERSON = {"we", "i", "us", "me", "our", "my"}
_MODIFIER_DEPS = ("poss", "compound", "amod", "nmod", "npadvmod")
_VICTIM_CODES = {"CVL", "REF", "HLH", "AID", "MED", "REL", "EDU", "REB", "CRM", "MIL", "BUS", "HRI"}
_DOMESTIC_CODES = {"CVL", "OPP", "MED", "EDU", "REL", "HRI"}
# Business people, the only kind of business a place gives a nationality to.
_BUSINESS_PEOPLE = {"businessman", "businesswoman", "businessmen", "businesswomen", "trader", "merchant", "investor", "entrepreneur", "shopowner"}
# A state's bodies a generic noun names as the body itself ("the parliament", "the ministry").
_BODIES = {"LEG", "JUD", "GOV"}
# Kinds of unnamed people (not institutions or fighters) a country's name can be given to.
PEOPLE_CODES = frozenset({"CVL", "REF", "MED", "EDU", "REL", "HLH", "AID"})
_LOCAL_CODES = {"CVL", "OPP", "COP", "JUD", "EDU", "REB", "CRM"}  # unnamed gunmen: "Unidentified Armed Group (Nigeria)", as ACLED names them
# Posts and units of armed bodies, and the words that say whose they are.
_POSTS = {
    "base", "post", "outpost", "convoy", "patrol", "position", "barracks", "checkpoint", "garrison", "station", "headquarters",
    "camp", "unit", "vehicle", "helicopter", "jet", "aircraft", "building", "palace", "office", "compound",
    "airport", "airfield", "airbase", "academy", "school", "depot", "facility", "installation",
}  # fmt: skip
_HOMES = {"home", "house", "household", "dwelling", "shop", "farm", "farmland", "orchard", "grove", "livestock", "crop"}
_CREWS = {"crew", "crewman", "crewmember"}  # "the Chinese crew of a cargo ship"; not an agent: "the crew of the Galaxy Leader" is no one's people
_MILITARY_POSTS = {"post", "outpost", "position", "barracks", "checkpoint", "garrison", "bunker", "trench", "patrol"}
_POST_OWNERS = {
    "army": "MIL", "military": "MIL", "naval": "MIL", "navy": "MIL", "air": "MIL", "police": "COP", "gendarmerie": "COP",
    "parliament": "LEG", "parliamentary": "LEG", "presidential": "GOV", "government": "GOV", "ministry": "GOV",
    # "a Philippine fisheries vessel" is the fisheries bureau's, "a Philippine coast guard ship" the coast guard's
    "fisheries": "GOV", "fishery": "GOV", "research": "GOV", "coast": "COP", "fishing": "CVL", "cargo": "CVL", "merchant": "CVL",
}  # fmt: skip
# Ships a demonym and a modifier say whose they are.
_VESSELS = {"vessel", "ship", "boat"}
_HOME_DOERS = {"CVL", "REB", "CRM", "JUD", "COP", "OPP"}
_QUANTITIES = {"thousands", "hundreds", "dozens", "scores", "tens", "millions"}
_AT_PLACE = ("in", "on", "at", "against")
LOCATED = ("in", "inside", "near", "outside")  # "air bases deep inside Russia"


@dataclass(slots=True)
class Argument:
    """An event participant: the token the parse gives and the actor it resolves to."""

    token: Token
    actor: str | None
    text: str


class ActorLookup:
    """Which actor a token belongs to, from the actor component's spans and actor types."""

    def __init__(self, doc: Doc, kb: "KnowledgeBase | None" = None) -> None:
        self.doc = doc
        self.kb = kb
        self.implied: dict[str, list[tuple[int, int, str]]] = {}  # "civilians" read as BFACVL -> their mentions
        self.protested: dict[str, list[tuple[int, int, str]]] = {}  # a government a domestic protest is against -> the protest words
        self.by_token: dict[int, str] = {}
        self._resolved: dict[int, str | None] = {}
        self._home: str | None = None
        self._home_known = False
        self._scene: str | None = None
        self._scene_known = False
        for span in doc.spans.get("newsift_actors", []):
            for token in span:
                self.by_token.setdefault(token.i, span.label_)
        self.types = {actor.id: actor.type for actor in doc._.get("newsift_actors") or []}
        self.countries = {actor.id: actor.country for actor in doc._.get("newsift_actors") or []}
        self.place_mentions: dict[str, list[tuple[int, int, str]]] = {}  # country -> places standing for it
        self.affiliations = {
            actor.id: actor.affiliation.actor for actor in doc._.get("newsift_actors") or [] if actor.affiliation is not None and actor.affiliation.actor
        }  # fmt: skip

    def country_of_place(self, token: Token, stands_for: bool = True, kinds: tuple[str, ...] | None = None) -> str | None:
        """The country (ISO 3166 alpha-3) of a place the token is part of ("visited Kyiv": UKR).
        When the place stands for its country in an event (``stands_for``), it is remembered as a
        mention of that country (``place_mentions``), for the article's actor list; a place that
        only says where people are from ("civilians in Goma") is not."""
        # a contested zone (Crimea, the Golan Heights) does not stand for a state in an act,
        # but says where its people live ("18 people in Gaza")
        kinds = kinds or (_STANDING_KINDS if stands_for else _STANDING_KINDS + ("zone",))
        for place in self.doc._.get("newsift_places") or []:
            if place.start <= token.idx < place.end and place.country and place.kind in kinds:
                country = _alpha3(place.country)
                if country and stands_for:
                    self.place_mentions.setdefault(country, []).append((place.start, place.end, place.text))
                return country
        return None

    def victims(self, noun: Token, verb: Token, cause: Token | None = None) -> str | None:
        """The actor for people an act is done to whose nationality only the place says:
        "killed 30 civilians in Goma" (CODCVL), "struck Kharkiv, killing five people"
        (UKRCVL), "a strike that hit a market in Kharkiv killed 12 people" (the ``cause``'s
        places count). One country, or none."""
        return self._placed(noun, verb, _VICTIM_CODES, victims=True, cause=cause)

    def armed_post(self, noun: Token, verb: Token, remember: bool = True) -> str | None:
        """"ambushed an army convoy", "an attack on a military post", "set fire to a police
        station", "stormed the base" (an army base told before): force on an armed body's post
        or unit is force on that body, of the country the post is in (else the dateline's)."""
        code = self.post_code(noun) if self.kb is not None else None
        if code is None:
            return None
        countries = self._countries_after(noun, LOCATED) | self._countries_after(verb, LOCATED)
        # "a gendarmerie school and a military airport in Bamako": the place of the list
        countries |= {country for other in noun.conjuncts for country in self._countries_after(other, LOCATED)}
        if not countries:
            countries = {country for token in _clause_words(verb) for country in [self.country_of_place(token, stands_for=False)] if country}
        country = countries.pop() if len(countries) == 1 else None if countries else self.dateline_country()
        if not country:
            return None
        if not remember:
            institution = self.kb.institution(country, code)
            return institution.id if institution is not None else None
        return self.implied_institution(country, code, noun)

    def national_property(self, noun: Token, actor: str | None) -> str | None:
        """"demolished 12 Palestinian homes" (PSECVL), "shelled Pakistani posts" (PAKMIL), "detained
        the Chinese crew": homes and crews a demonym names are its civilians', posts its military's."""
        if actor is None or self.kb is None or self.types.get(actor) != "state" or noun.pos_ != "NOUN":
            return None
        if not any(child.dep_ in ("amod", "compound") and child.i < noun.i and self.at(child) == actor for child in noun.children):
            return None
        lemma = _noun_lemma(noun)
        code = "CVL" if lemma in _HOMES or lemma in _CREWS else "MIL" if lemma in _MILITARY_POSTS else _owner_word(noun) if lemma in _POSTS | _VESSELS else None
        return self.implied_institution(actor, code, noun) if code else None

    def post_code(self, noun: Token) -> str | None:
        """The sector (MIL, COP) of the armed body whose post or unit the noun names, if any."""
        if noun.pos_ != "NOUN" or _noun_lemma(noun) not in _POSTS:
            return None
        code = self._post_owner(noun)
        if code is None and any(child.dep_ == "det" and child.lower_ in ("the", "that", "this") for child in noun.children):
            # "the base": the same post named before with its owner
            for index in range(noun.i - 1, sentence_floor(noun, back=3) - 1, -1):
                earlier = noun.doc[index]
                if earlier.lemma_.lower() == noun.lemma_.lower() and earlier.pos_ == "NOUN":
                    return self._post_owner(earlier)
        return code

    def _post_owner(self, noun: Token) -> str | None:
        if any(self.at(child) for child in noun.children):
            return None  # "a Hezbollah base", "an Israeli army post": owned by a named actor
        return _owner_word(noun)

    def local_doers(self, noun: Token, verb: Token, doer: bool = True) -> str | None:
        """Doers who belong where they act: "protesters rallied in Belgrade" (SRBCVL), "police
        arrested him in Islamabad" (PAKCOP), unnamed gunmen in Zamfara (NGAREB, as ACLED's
        "Unidentified Armed Group (Nigeria)"); never soldiers, who may be anyone's."""
        following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        if following is not None and following.pos_ == "PROPN" and self.types.get(self.at(following) or "") == "person":
            return None  # "opposition figure Venancio Mondlane", parsed as two: a title, not a crowd
        partnered = self._partner_country(noun) if doer else None
        if partnered is not None:
            # "South Sudan's government and an armed opposition faction signed a ceasefire in
            # Nairobi": the state's own rebels; the place is where they signed
            code = self._doer_code(counted(noun))
            if code in _HOME_DOERS and noun.lemma_.lower() not in NOT_PEOPLE:
                return self.implied_institution(partnered, code, noun)
        placed = self._placed(noun, verb, _LOCAL_CODES, victims=False)
        judged = noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in _JUDGING  # "accused security forces of opening fire"
        if placed is not None or self.kb is None or verb.dep_ in ("acl", "amod") or verb.dep_ == "pcomp" and not judged:
            return placed  # "fired tear gas at protesters marching on parliament": a description
        # "SEOUL – Thousands of protesters rallied outside the residence": a local report's
        # unnamed crowd or gunmen, where the sentence names no place, are the dateline's
        noun = counted(antecedent_noun(noun))  # "protesters who tried to storm parliament"
        code = self._doer_code(noun)
        if code not in _HOME_DOERS or noun.lemma_.lower() in NOT_PEOPLE or noun.lemma_.lower() in _NOT_LOCAL:
            return None
        if self._sentence_names_place(noun):
            return None
        if not doer and self._at_sea(noun):
            return None  # "CARACAS – U.S. forces struck a boat in the Caribbean, killing three people": not Venezuelans
        # the doers of a story about one country are its own even with no dateline; those acted
        # on may have come from anywhere ("will deport the activists aboard the yacht")
        country = self.scene_country() or self.home_country() if doer else self._speaking_state(verb) or self.scene_country() or self.dateline_country()
        return self.implied_institution(country, code, noun) if country else None

    def _where(self, start: int, end: int) -> bool:
        """Whether a place is where something happens ("in", "near", "at", "on" it), not where
        something came from ("fuel convoys from Senegal")."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        token = span.root if span is not None else None
        for _ in range(4):
            if token is None or token.dep_ == "pobj" or token.head.i == token.i:
                break
            token = token.head
        return token is not None and token.dep_ == "pobj" and token.head.lower_ in ("in", "near", "at", "on", "inside", "across")

    def scene_country(self) -> str | None:
        """The one country the places of the article's first sentence lie in, when it is not the
        dateline's ("JERUSALEM – Israeli forces killed three Palestinians in a raid on the Jenin
        refugee camp in the occupied West Bank": the gunmen later are Palestinian, not Israeli)."""
        if not self._scene_known:
            self._scene, self._scene_known = None, True
            article = article_of(self.doc)
            line = article.dateline if article is not None else None
            dateline = self.dateline_country()
            if line is not None and dateline is not None:
                lead = next((sentence for sentence in self.doc.sents if sentence.end_char > line.end), None)
                countries = {
                    _alpha3(place.country) for place in self.doc._.get("newsift_places") or []
                    if lead is not None and place.country and place.kind != "country" and lead.start_char <= place.start < lead.end_char and place.start >= line.end and self._where(place.start, place.end)
                }  # fmt: skip
                countries.discard(None)
                if len(countries) == 1 and dateline not in countries:
                    self._scene = countries.pop()
        return self._scene

    def _partner_country(self, noun: Token) -> str | None:
        """The state the noun is joined to by "and", or whose government it is joined to."""
        for partner in noun.conjuncts:
            actor = self.resolve(partner)
            if actor and self.types.get(actor) in ("government", "state"):  # (not "Israeli troops and gunmen clashed": foes)
                return self.state_of(actor)
        return None

    def _speaking_state(self, verb: Token) -> str | None:
        """The state whose statement tells the act ("Pakistan said 26 civilians were killed"): the
        people it counts, with no place or nationality of their own, are its own."""
        node = verb
        for _ in range(4):
            if node.dep_ == "ccomp" and node.head.lemma_.lower() in speech_verbs():
                # (a state or its body speaking: a person's state is a guess the title may have got wrong)
                speakers = {self.state_of(actor) for actor in (self.resolve(token) for token in subjects(node.head)) if actor and self.types.get(actor) in _SPEAKING_BODIES}
                return speakers.pop() if len(speakers) == 1 and None not in speakers else None
            if node.head.i == node.i or node.dep_ not in ("conj", "xcomp", "ccomp", "advcl"):
                return None
            node = node.head
        return None

    def _placed(self, noun: Token, verb: Token, codes: set[str], victims: bool, cause: Token | None = None) -> str | None:
        if self.kb is None:
            return None
        noun = counted(antecedent_noun(noun))  # "gunmen who had stormed a studio in Guayaquil"
        code = self._doer_code(noun)
        if not victims and code == "MIL" and any(child.lower_ in _OWN_STATE for child in noun.children if child.dep_ in ("amod", "compound")):
            codes = codes | {"MIL"}  # "government forces … in Syria's coastal provinces": a state's forces at home
        if code not in codes or noun.lemma_.lower() in NOT_PEOPLE or noun.lemma_.lower() in _NOT_LOCAL:
            return None  # hostages and prisoners are held far from home: only their own adjective says whose
        if code == "BUS" and noun.lemma_.lower() not in _BUSINESS_PEOPLE:
            return None  # tankers and companies in a place are not its people
        holders = [(noun, ("in", "from")), (verb, ("in",))]
        holders += [(other, ("in",)) for other in verb.conjuncts if other.pos_ == "VERB"]  # "beat and detained dozens in Kampala"
        holders += [(child, ("in",)) for child in verb.children if child.dep_ == "dobj" and child.i != noun.i]  # "arrested Khan in Islamabad"
        if victims and verb.dep_ == "advcl" and verb.head.i != verb.i:
            governor = verb.head
            holders += [(governor, _AT_PLACE)] + [(child, _AT_PLACE) for child in governor.children if child.dep_ == "dobj"]
        countries = {country for holder, prepositions in holders for country in self._countries_after(holder, prepositions)}
        if not countries:
            # "killed 63 people in an overnight raid on a village in Nigeria's Borno state": the one
            # country the clause's places are in (with the noun's own clauses: "protesters who
            # stormed parliament in Nairobi"; and for a participle, its governor's: "opened fire
            # on protesters in Nairobi, killing five")
            words = _clause_words(verb) + list(noun.subtree) + (list(cause.subtree) if cause is not None else [])
            countries = {country for token in words for country in [self.country_of_place(token, stands_for=False)] if country}
            if not countries and verb.dep_ == "advcl" and verb.head.i != verb.i:
                # its governor's places only when its own clause names none ("as protesters marched
                # on her residence in Dhaka" after "fled to India")
                countries = {country for token in _clause_words(verb.head) for country in [self.country_of_place(token, stands_for=False)] if country}
            if not countries and "MIL" in codes and code == "MIL" and not victims:
                # "Al Shabaab attacked a base in Somalia's Middle Shabelle region, and government
                # forces repelled the assault": a state's own forces fight where the sentence is
                countries = {country for token in noun.sent for country in [self.country_of_place(token, stands_for=False)] if country}
        if len(countries) != 1:
            return None
        return self.implied_institution(countries.pop(), code, noun)

    def _countries_after(self, holder: Token, prepositions: tuple[str, ...]) -> set[str]:
        found = set()
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in prepositions:
                continue
            for place in (child for child in prep.children if child.dep_ == "pobj"):
                for word in located_words(place):
                    actor = self.at(word)
                    country = actor if actor is not None and self.types.get(actor) == "state" else self.country_of_place(word, stands_for=False)
                    if country:
                        found.add(country)
        return found

    def own_people(self, noun: Token, state: str) -> str | None:
        """People a state's own institutions coerce are that state's: "police arrested dozens of
        protesters" (the police's country), "Nicaragua stripped 94 opponents of citizenship"."""
        return self.home_agent(noun, state, _DOMESTIC_CODES)

    def addressed_people(self, noun: Token, verb: Token, sources: list[str]) -> str | None:
        """Unnamed people an actor appeals to, warns or helps: those of the place the clause
        names ("urged residents of Goma to leave"), else the speaker's own ("Choi urged citizens
        to stay calm": KORCVL), else the article's country."""
        noun = counted(noun)
        if self.kb is None or noun.pos_ != "NOUN" or any(child.dep_ in ("poss", "amod", "compound", "nmod") and self.at(child) for child in noun.children):
            return None
        if noun.lemma_.lower() in _RELATED and any(child.dep_ == "poss" for child in noun.children):
            return None  # "granted asylum to Assad and his family": someone's kin, not the giver's people
        placed = self._placed(noun, verb, PEOPLE_CODES, victims=True)
        if placed is not None:
            return placed
        own = {self.state_of(source) for source in sources}
        own.discard(None)
        country = own.pop() if len(own) == 1 else self.home_country() if not own else None
        return self.home_agent(noun, country, PEOPLE_CODES) if country else None

    def people_of(self, token: Token, actor: str | None) -> str | None:
        """A nation named as people ("deported 200 Venezuelans", "hundreds of Palestinians
        marched") is its civilians, not its state."""
        plural = token.tag_ in ("NNPS", "NNS") or token.tag_ == "NNP" and token.lower_.endswith("s")  # "Georgians", tagged NNP
        if self.kb is None or actor is None or self.types.get(actor) != "state" or not plural:
            return None
        if self.at(token) != actor or not token.text[:1].isupper():
            return None  # the nation's own name as people, not "Iranian nuclear facilities"
        state = self.kb.get(actor)
        if state is not None and token.lower_ in state.name.lower().split():
            return None  # "the Philippines", "the Netherlands": the state's name, plural in form
        return self.implied_institution(actor, "CVL", token)

    def _collective(self, pronoun: Token) -> bool:
        """Whether "their" belongs to a clause whose subject names several actors ("Russia and
        China urged their allies")."""
        clause = pronoun.head
        for _ in range(4):
            if clause.pos_ in ("VERB", "AUX"):
                break
            if clause.head.i == clause.i:
                return False
            clause = clause.head
        named = {self.at(subject) for subject in subjects(clause) if subject.i < pronoun.i} - {None}
        return len(named) > 1

    def at(self, token: Token) -> str | None:
        return self.by_token.get(token.i)

    def resolve(self, token: Token, depth: int = 0) -> str | None:
        """The actor an argument token stands for.

        The token's own mention; a relative pronoun's antecedent; a pronoun's nearest
        compatible actor before it; else an actor modifying it ("Syrian military
        infrastructure", "the group's fighters") or in apposition to it.
        """
        found = self.at(token)
        if found and found.startswith("x-"):
            # "the Myanmar military's Western Regional Command", "the agency's Board of Governors":
            # a unit the KB does not know is part of the known body that owns it
            owners = [self.at(child) for child in token.children if child.dep_ == "poss"]
            owner = next((actor for actor in owners if actor and not actor.startswith("x-")), None)
            if owner is not None and self.types.get(owner) in ("military", "government", "police", "armed_group", "state", "igo"):
                return owner
        if found and len(found) == 6 and found.isupper():
            # "Russia's envoy to the agency, Mikhail Ulyanov, criticised…": the official the
            # apposition names, not the body the title stands for
            named = next((self.at(child) for child in token.children if child.dep_ == "appos" and self.types.get(self.at(child) or "") == "person"), None)
            if named:
                return named
        if found:
            return found
        if depth == 0:
            if token.i not in self._resolved:  # arguments are asked for again and again
                self._resolved[token.i] = self._resolve(token, 0)
            return self._resolved[token.i]
        return self._resolve(token, depth)

    def _resolve(self, token: Token, depth: int) -> str | None:
        lower = token.lower_
        if lower in _RELATIVE_PRONOUNS and token.head.dep_ in ("relcl", "acl") and token.head.head.i != token.head.i:
            nearest = _named_before_relative(token)
            if nearest is not None and token.head.lemma_.lower() in _JUDGING and self.at(token.head.head) is None and self.at(nearest):
                # "an agreement signed by Congo and Rwanda, which Kinshasa accuses of commanding the
                # rebels": one accused is a party, the name just before, not the agreement
                return self.at(nearest)
            return self.resolve(token.head.head)
        if lower in _PERSON_PRONOUNS or lower in _GROUP_PRONOUNS:
            return self._antecedent(token, person=lower in _PERSON_PRONOUNS)
        if lower in _FIRST_PERSON:
            return self._quoted_speaker(token)
        if token.lemma_.lower() in _FORCES:
            # "his troops", "Dagalo's fighters": the body the person commands on the article's date
            for child in token.children:
                if child.dep_ == "poss":
                    if child.lower_ in ("its", "their"):
                        continue
                    owner = self._antecedent(child, person=True) if child.lower_ in ("his", "her") else self.resolve(child, depth + 1)
                    if owner is not None and self.types.get(owner) == "person" and owner in self.affiliations:
                        self._imply(self.affiliations[owner], token)  # the body may be named nowhere else
                        return self.affiliations[owner]
        if depth < 2:
            # "a truce proposal put forward by the United States": whoever made it
            found = next((actor for agent in makers_of(token) for actor in [self.resolve(agent, depth + 1)] if actor), None)
            if found:
                return found
        for child in token.children:  # "Iran's foreign minister Abbas Araghchi": the named person
            if child.dep_ == "appos":
                found = self.at(child) or (self.resolve(child, depth + 1) if depth < 2 else None)
                if found:
                    return found
        related = token.lemma_.lower() in _RELATED and token.pos_ == "NOUN"
        # the nearest modifier first: "Hasina's Awami League party" is the party, not its leader
        for child in sorted(token.children, key=lambda item: -item.i):
            if child.dep_ == "poss" and related:
                continue  # "Navalny's widow" is not Navalny
            if child.dep_ in _MODIFIER_DEPS and child.i < token.i:
                found = self.at(child)
                if found is None and child.dep_ == "compound" and child.lemma_.lower() == "police" and token.pos_ == "NOUN":
                    found = self._home_institution(child)  # "condemned the police response": the police's
                if found is None and child.dep_ == "compound" and child.lower_ in ("army", "military") and self._agent_code(token) == "MIL" and self.home_country():
                    # "PORT SUDAN – Army drones struck RSF positions": the dateline country's army
                    found = self.implied_institution(self.home_country(), "MIL", child)
                if found and child.dep_ in ("poss", "compound") and token.lemma_.lower() in _FOLLOWING and self.types.get(found) == "person":
                    followers = self._followers(found, token)
                    if followers:
                        return followers
                    continue  # "Yoon's supporters", "Assad loyalists" are not Yoon or Assad
                if found and child.dep_ == "poss" and token.lemma_.lower() in _RULING and self.types.get(found) == "person":
                    return self._ruled_by(found, token) or found  # "Noboa's government": Ecuador's
                if found and child.dep_ == "poss" and token.lemma_.lower() in _RULING and self.types.get(found) == "state":
                    # "Sudan's army-backed government", "Libya's Tripoli-based government": a hyphened
                    # word keeps the KB's "Sudan's government" from matching, but it is the state's
                    return self.implied_institution(found, "GOV", token) or found
                if found:
                    return found  # "their Burundian allies": Burundi, not whom "their" stands for
        held = self._holder(token)
        if held:
            return held
        for child in token.children:
            if child.dep_ == "poss" and child.lower_ in ("its", "their", "his", "her", "whose") and not related:
                if child.lower_ == "whose":
                    # "Ruto, whose country has deployed police": the relative clause's head
                    clause = next((item for item in token.ancestors if item.dep_ == "relcl"), None)
                    owner = self.resolve(clause.head, depth + 1) if clause is not None and depth < 2 else None
                else:
                    owner = self._antecedent(child, person=child.lower_ in ("his", "her"))  # "its troops"
                if owner is not None and self.types.get(owner) == "person" and token.lemma_.lower() in _HOMELAND:
                    # "Maduro warned that his country would respond": his state, not Maduro
                    country = self.countries.get(owner)
                    if not country or not self.is_state(country):
                        return owner
                    self.implied.setdefault(country, []).append((child.idx, token.idx + len(token.text), self.doc[child.i : token.i + 1].text))
                    return country
                if owner is not None and self.types.get(owner) == "person" and token.lemma_.lower() in _FOLLOWING:
                    return self._followers(owner, token)  # "his supporters" are not him
                if owner is not None and self.types.get(owner) == "person" and token.lemma_.lower() in _RULING:
                    return self._ruled_by(owner, token) or owner  # "Chapo said his government would…"
                if owner is not None and token.lemma_.lower() in _STATE_FORCES and self.state_of(owner) and self.types.get(owner) in ("state", "government"):
                    # "Russia said its forces had captured the village", "the defence ministry said its
                    # troops…": the state's military
                    return self.implied_institution(self.state_of(owner), "MIL", token) or owner
                if owner is not None and self.types.get(owner) == "state" and self._agent_code(token) in _STATE_BODIES and token.lemma_.lower() not in _GUESTS:
                    # "its parliament approved a motion", "its police arrested two suspects": the
                    # state's own body
                    return self.implied_institution(owner, self._agent_code(token), token) or owner
                return owner
        # "Militants linked to the Islamic State attacked…", parsed with "linked" as the main verb
        misread = [token.head] if token.dep_ == "nsubj" and allegiance_read_as_main_verb(token.head) else []
        for child in list(token.children) + misread:  # "rebels led by HTS": the leader names them
            if child.dep_ == "acl" and child.lemma_.lower() in _LEADING:
                for agent in prep_objects(child, "by"):
                    found = self.at(agent)
                    if found and token.lemma_.lower() in _RULING and self.types.get(found) == "person":
                        return self._ruled_by(found, token) or found  # "the interim government led by Muhammad Yunus": Bangladesh's
                    if found:
                        return found
            if (child.dep_ in ("acl", "amod") or child in misread) and child.lemma_.lower() in _LINKED and self.types.get(self.at(token) or "") is None:
                # "insurgents linked to the Islamic State", "militias loyal to Haftar"
                for partner in prep_objects(child, "to") + prep_objects(child, "with"):
                    found = self.at(partner) or (self.resolve(partner, depth + 1) if depth < 2 else None)
                    if found and self.types.get(found) in ("armed_group", "party", "group"):
                        return found
                    if found and self.types.get(found) == "person" and token.lemma_.lower() in _FORCES and child.lemma_.lower() == "loyal":
                        # "militias loyal to Haftar": his force; "security forces loyal to President
                        # Salva Kiir": his state's (its police for security forces, else its military)
                        body = self.affiliations.get(found)
                        if body and self.types.get(body) in ("armed_group", "party", "group"):
                            return body
                        country = self.countries.get(found)
                        if country and self.is_state(country) and (body is None or body[:3] == country):
                            return self.implied_institution(country, "COP" if self._agent_code(token) == "COP" else "MIL", token) or found
                    known = self.kb.get(found) if found and self.kb is not None else None
                    kind = self.types.get(found) or (known.type if known is not None else None) if found else None
                    state = (self.state_of(found) or (known.parent if known is not None else None)) if kind in ("state", "government") else None
                    if state and token.lemma_.lower() in _STATE_FORCES and child.lemma_.lower() == "loyal":
                        # "forces loyal to the Government of National Unity": that government's military
                        return self.implied_institution(state, "MIL", token) or found
                    if found and kind == "state" and self._agent_code(token) is None and token.lemma_.lower() in _LINKED_THINGS:
                        # "vessels linked to Israel", "companies tied to Iran": the state they serve
                        return found
        if depth < 2:
            for child in token.children:  # "a strip of Syrian territory", "forces of the regime"
                # "cooperation with the IAEA": a relational noun stands for its partner
                # "gunmen from the Viv Ansanm coalition": armed men are the group they come from;
                # "a proposal by European leaders", "an offer from Trump": what someone put forward
                armed = child.lower_ == "from" and self._agent_code(token) in ("REB", "UAF", "MIL")
                proposed = child.lower_ in ("by", "from") and token.lemma_.lower() in _PROPOSALS
                if child.dep_ == "prep" and (child.lower_ == "of" or child.lower_ == "with" and token.pos_ == "NOUN" or armed or proposed):
                    for grandchild in child.children:
                        if grandchild.dep_ == "pobj":
                            found = self.resolve(grandchild, depth + 1)
                            if found and token.lemma_.lower() in _RULING and self.types.get(found) == "person":
                                # "the government of President Aleksandar Vucic": his country's
                                return self._ruled_by(found, token) or found
                            if found and token.lemma_.lower() in _FOLLOWING and self.types.get(found) == "person":
                                followers = self._followers(found, token)
                                if followers:
                                    return followers
                                continue  # "supporters of Imran Khan" are not Khan: people where they are
                            if found:
                                return found
        if depth == 0:
            told = self._told_before(token) or self._same_fighters(token) or self._group_fighters(token)
            if told:
                return told
        if token.dep_ == "conj" and token.pos_ == "NOUN" and token.head.pos_ == "NOUN" and not any(child.dep_ in _MODIFIER_DEPS + ("det",) for child in token.children):
            # "Yazidi men and boys": the bare second noun shares the first one's modifier
            for child in token.head.children:
                if child.dep_ in ("amod", "compound", "nmod") and child.i < token.head.i and self.at(child):
                    if self.at(child) != self.at(token.head) or self.types.get(self.at(child)) not in ("government", "military", "police"):
                        return self.at(child)
                    # "the Colombian government and rebels": the demonym is part of the first
                    # noun's name; the second shares its country, not its name
                    country, code = self.state_of(self.at(child)), self._agent_code(token)
                    if country and code and self.is_state(country):
                        return self.implied_institution(country, code, token)
                    break
        return self._the_country(token) or self._home_institution(token) or self._speakers_forces(token)

    def _speakers_forces(self, token: Token) -> str | None:
        """"The government said troops had repelled the attack", "the ministry said soldiers
        killed 20 militants": bare troops in what a state's body or officer says are that
        state's forces (its military), as a communiqué speaks of its own."""
        if token.pos_ != "NOUN" or token.tag_ != "NNS" or token.lemma_.lower() not in _BARE_TROOPS:
            return None
        if any(child.dep_ in _MODIFIER_DEPS or child.dep_ == "prep" for child in token.children):
            return None
        for claim in self.doc._.get("newsift_claims") or []:
            if not claim.speaker or not claim.content.start <= token.idx < claim.content.end:
                continue
            body = self.affiliations.get(claim.speaker, claim.speaker)
            state = body if self.is_state(body) else body[:3] if len(body) == 6 and body[3:] in ("GOV", "MIL") and self.is_state(body[:3]) else None
            return self.implied_institution(state, "MIL", token) if state else None
        return None

    def _holder(self, token: Token) -> str | None:
        """"shelled rebel-held areas of Idlib", "bombed Houthi-held ports": who holds the place;
        "Al Qaeda-linked fighters": the group they belong to."""
        for child in token.children:
            if child.dep_ == "amod" and child.tag_ == "VBN" and child.lemma_.lower() in _LINKED and self._agent_code(token) in ("REB", "UAF"):
                # "Al Qaeda-linked fighters", "IS-affiliated militants": the group they belong to
                group = next((self.at(item) for item in child.children if item.dep_ in ("npadvmod", "compound", "nmod") and item.i < child.i and self.at(item)), None)
                if group is not None and self.types.get(group) == "armed_group":
                    return group
            if child.dep_ != "amod" or child.lemma_.lower() not in _HOLDING or child.tag_ != "VBN":
                continue
            for holder in child.children:
                if holder.dep_ not in ("npadvmod", "compound", "nmod") or holder.i > child.i:
                    continue
                found = self.at(holder)
                if found:
                    return found
                code = self._agent_code(holder)
                if code in ("REB", "UAF"):
                    places = [token] + [place for prep in token.children if prep.dep_ == "prep" and prep.lower_ in ("of", "in") for place in prep.children]
                    countries = {country for place in places for word in place.subtree for country in [self.country_of_place(word, stands_for=False)] if country}
                    if len(countries) == 1:
                        return self.implied_institution(countries.pop(), "REB", holder)
        return None

    def _at_sea(self, token: Token) -> bool:
        """Whether the token's sentence names a sea or region that is no country's ("in the
        Caribbean", "in the Red Sea"), so the dateline says nothing of whose people were there."""
        return any(word.ent_type_ == "LOC" and word.ent_iob_ == "B" and not self.country_of_place(word, stands_for=False) for word in token.sent)

    def _sentence_names_place(self, token: Token) -> bool:
        """Whether the token's sentence names a place of some country, outside the dateline."""
        article = article_of(self.doc)
        after = article.dateline.end if article is not None and article.dateline is not None else 0
        return any(self.country_of_place(word, stands_for=False) for word in token.sent if word.idx >= after)

    def _followers(self, person: str, token: Token) -> str | None:
        """Supporters of a person are people where they act; where the sentence names no place,
        the person's country's ("supporters of former Bolivian president Evo Morales" → BOLCVL)."""
        if self._sentence_names_place(token):
            return None
        country = self.countries.get(person)
        return self.implied_institution(country, "CVL", token) if country and self.is_state(country) else None

    def _told_before(self, token: Token) -> str | None:
        """"A Philippine fisheries vessel … the vessel", "Chinese coast guard ships … the ships":
        a definite noun with no owner of its own is the same thing named just before, with its owner."""
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN" or lemma in _DESCRIBED_ELSEWHERE or lemma in _HOME_INSTITUTIONS or lemma in _PEOPLE_WORDS:
            return None  # people ("the official said") are resolved as people, not by their word
        if not any(child.dep_ == "det" and child.lower_ in ("the", "this", "that", "these", "those") for child in token.children):
            return None
        if any(child.dep_ in _MODIFIER_DEPS or child.dep_ == "prep" and child.lower_ == "of" for child in token.children):
            return None  # "the Chinese ships", "the ships of the coast guard": owned in their own words
        for index in range(token.i - 1, sentence_floor(token, back=2) - 1, -1):
            earlier = token.doc[index]
            if earlier.lemma_.lower() != lemma or earlier.pos_ != "NOUN":
                continue
            return self.resolve(earlier, 1) if any(child.dep_ in _MODIFIER_DEPS for child in earlier.children) else None
        return None

    def _same_fighters(self, token: Token) -> str | None:
        """"North Korea had deployed troops … Kim praised the soldiers": a definite armed body with
        no owner of its own is the one of its kind named just before, or the troops a state sent."""
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN" or token.tag_ != "NNS" or lemma not in _ARMED_BODIES:
            return None
        if not any(child.dep_ == "det" and child.lower_ in ("the", "these", "those") for child in token.children):
            return None
        if any(child.dep_ in _MODIFIER_DEPS or child.dep_ == "prep" for child in token.children):
            return None
        kind = self._agent_code(token)
        found: set[str | None] = set()
        for index in range(token.i - 1, sentence_floor(token, back=2) - 1, -1):
            earlier = token.doc[index]
            if earlier.pos_ != "NOUN" or earlier.lemma_.lower() not in _ARMED_BODIES or self._agent_code(earlier) != kind:
                continue
            actor = self.resolve(earlier, 1)
            if actor is None and kind == "MIL" and earlier.dep_ == "dobj" and earlier.head.lemma_.lower() in _SENDING_FORCES:
                # "it had deployed troops": the sender's military
                sender = next((self.resolve(subject, 1) for subject in subjects(earlier.head)), None)
                military = self.kb.institution(sender, "MIL") if sender and self.types.get(sender) == "state" and self.kb is not None else None
                actor = military.id if military is not None else sender
            found.add(actor)
        if len(found) != 1 or None in found:
            return None  # "retake Kursk from Ukrainian forces … praised the soldiers": whose is unclear
        actor = found.pop()
        known = self.kb.get(actor) if self.kb is not None else None
        if known is not None and known.type == "military" and known.country:
            return self.implied_institution(known.country, "MIL", token) or actor  # a mention of the article's actor
        return actor

    def _group_fighters(self, token: Token) -> str | None:
        """"The RSF seized El Fasher, and witnesses said fighters went house to house killing men":
        bare fighters, with no word of whose, in a sentence that names one armed group before
        them, are that group's."""
        if token.pos_ != "NOUN" or token.tag_ != "NNS" or token.lemma_.lower() not in _GROUP_FIGHTERS:
            return None
        if any(child.dep_ in _MODIFIER_DEPS + ("det", "prep") for child in token.children):
            return None
        groups = {actor for index, actor in self.by_token.items() if token.sent.start <= index < token.i and self.types.get(actor) == "armed_group"}
        return groups.pop() if len(groups) == 1 else None

    def _quoted_speaker(self, token: Token) -> str | None:
        """'"We will respond," Araghchi said': the first person of a direct quotation is its speaker."""
        for claim in self.doc._.get("newsift_claims") or []:
            if claim.kind == "direct" and claim.speaker and claim.content.start <= token.idx < claim.content.end:
                return claim.speaker
        return None

    def _the_country(self, token: Token) -> str | None:
        """"offered to help rebuild the country's power grid": the state named last before it,
        in its sentence or the one before."""
        if token.lemma_.lower() not in ("country", "nation") or not any(child.dep_ == "det" and child.lower_ == "the" for child in token.children):
            return None
        if token.tag_ == "NNS" or any(child.dep_ == "nummod" for child in token.children):
            return None  # "the two countries": a pair, not the last one named
        if any(child.dep_ in ("prep", "relcl", "acl") for child in token.children):
            return None  # "the country of origin", "the country that hosts": described, not referred to
        for index in range(token.i - 1, sentence_floor(token, back=1) - 1, -1):
            actor = self.by_token.get(index)
            if actor is not None and self.types.get(actor) == "state":
                return actor
        return None

    def _ruled_by(self, person: str, token: Token) -> str | None:
        country = self.countries.get(person)
        return self.implied_institution(country, "GOV", token) if country else None

    def _home_institution(self, token: Token) -> str | None:
        """"BAMAKO, Oct 28 – The junta suspended…", "…, police said": an institution the article
        names without its country, and no earlier actor explains, is the dateline country's
        (as ACLED reads an unnamed "police" in a local report). Never bare soldiers or forces,
        who may be anyone's."""
        code = _HOME_INSTITUTIONS.get(token.lemma_.lower())
        if code is None or self.kb is None or token.pos_ != "NOUN" and not (token.pos_ == "PROPN" and token.is_sent_start):  # "Police said", tagged a name
            return None
        lemma = token.lemma_.lower()
        # not "army-aligned", "military-backed": a generic word joined by a hyphen says who backs it, not whose it is
        modifiers = {child.lower_ for child in token.children if child.dep_ in ("amod", "compound", "poss", "nmod") and not _hyphened_generic(child, self)}
        if lemma in _DETERMINED_ONLY and not any(child.dep_ == "det" and child.lower_ == "the" for child in token.children):
            return None
        if any(child.dep_ == "nummod" or child.lower_ == "both" for child in token.children):
            return None  # "the two governments": a pair the article has named, not the dateline's own
        if lemma == "force" and "security" in modifiers:
            code, modifiers = "COP", modifiers - {"security"}  # "security forces", as the gold sets and ACLED read them
        elif lemma in _GOVERNMENT_ONLY and not modifiers & _OWN_STATE:
            return None  # "government troops", not "troops"
        if modifiers - _OWN_STATE - {"local", "riot"}:
            return None  # "the Russian army", "Hamas's government", "the regional government": owned or other
        if any(child.dep_ == "prep" and child.lower_ == "of" and not any(act.dep_ == "pcomp" for act in child.children) for child in token.children):
            return None  # "the army of Sudan" names its owner ("accused government forces of bombing" does not)
        places = [place for child in token.children if child.dep_ == "prep" and child.lower_ in ("in", "from") for place in child.children if place.dep_ == "pobj"]
        if places:
            # "police in Nairobi", "the authorities in Nepal": the place says whose, not the dateline
            country = next((found for place in places for found in [self.country_of_place(place)] if found), None)
            return self.implied_institution(country, code, token) if country and self.is_state(country) else None
        country = self.home_country()
        if country is None:
            return None
        return self.implied_institution(country, code, token)

    def act_institution(self, modifier: Token) -> str | None:
        """"government drone strikes", "police raids", "army shelling": an institution word bare
        before an act noun, with no country of its own, is the article's country's."""
        lemma = modifier.lemma_.lower()
        code = _HOME_INSTITUTIONS.get(lemma)
        if code is None or lemma not in _DETERMINED_ONLY | {"police"} or modifier.dep_ != "compound":
            return None
        if modifier.n_lefts or modifier.n_rights or modifier.nbor(1).text in ("-", "‑"):
            return None  # "the Russian army's", "army-backed": another's, or a backer
        country = self.home_country()
        return self.implied_institution(country, code, modifier) if country else None

    def home_country(self) -> str | None:
        """The country the article is about: the dateline's, else the one country every actor it
        names belongs to ("Nepali Prime Minister K.P. Sharma Oli resigned a day after police opened
        fire…": Nepal), else None. Asked for per argument, so worked out once."""
        if not self._home_known:
            self._home = self.dateline_country() or self._sole_country()
            self._home_known = True
        return self._home

    def _sole_country(self) -> str | None:
        # "The junta expelled the French ambassador": a foreign state's envoys, embassy and
        # nationals are guests in the article's country, so they do not make it theirs
        # (a news agency that reports the story, Reuters or AFP, does not make it its country's)
        countries = {self.state_of(actor) for index, actor in self.by_token.items() if not self._guest(self.doc[index]) and self.types.get(actor) != "media"}
        countries.discard(None)
        return countries.pop() if len(countries) == 1 else None

    def _guest(self, token: Token) -> bool:
        head = token.head if token.dep_ in ("amod", "compound", "nmod", "poss") else token
        if head.lemma_.lower() in _GUESTS:
            return True
        # "The junta suspended two French television channels": a demonym on what is acted on
        # says whose that thing is, not where the story is; people ("Kenyan protesters") still do
        return head is not token and head.dep_ == "dobj" and not self.is_people(head)

    def state_of(self, actor: str) -> str | None:
        """The country an actor belongs to, or the actor itself if it is a state."""
        return self.countries.get(actor) or (actor if self.types.get(actor) == "state" else None)

    def is_state(self, actor: str) -> bool:
        """Whether the KB knows the actor as a state (also one the article has not named)."""
        known = self.kb.get(actor) if self.kb is not None else None
        return known is not None and known.type == "state"

    def is_people(self, noun: Token) -> bool:
        """Whether a generic noun names people who can act ("protesters", "villagers", "gunmen")."""
        return self._agent_code(counted(noun)) is not None

    def home_agent(self, noun: Token, state: str, codes: set[str]) -> str | None:
        """The state's own institution or group a generic noun names ("the opposition" -> KOROPP)."""
        noun = counted(noun)
        code = self._agent_code(noun)
        if code not in codes or noun.lemma_.lower() in NOT_PEOPLE and code not in _BODIES:
            return None  # ("the village" names a place, not its people; "the parliament" is the body itself)
        return self.implied_institution(state, code, noun)

    def _agent_code(self, noun: Token) -> str | None:
        """The agent code of a generic noun, its modifier first: "armed men" are gunmen (UAF)."""
        agents = self.kb.lexicons.agents if self.kb is not None else {}
        lemma = noun.lemma_.lower()
        code = None
        for child in noun.children:
            if child.dep_ in ("amod", "compound") and child.i == noun.i - 1:
                code = agents.get(f"{child.lower_} {lemma}")
                if code:
                    break
        code = code or agents.get(lemma) or agents.get(noun.lower_)
        if code == "OPP" and any(child.dep_ == "amod" and child.lower_ == "armed" for child in noun.children):
            return "REB"  # "an armed opposition faction" fights
        return code

    def _doer_code(self, noun: Token) -> str | None:
        """The agent code of people who act where they are: Phoenix's unaligned armed forces
        ("gunmen", UAF) are read as a place's rebels."""
        code = self._agent_code(noun)
        return "REB" if code == "UAF" else code

    def implied_state(self, country: str, token: Token) -> str:
        """The state itself, which the token stands for (an opponent named by its forces or its
        leader), remembered as its mention."""
        self._imply(country, token)
        return country

    def _imply(self, actor: str, token: Token) -> None:
        self.implied.setdefault(actor, []).append((token.idx, token.idx + len(token.text), token.text))

    def implied_institution(self, country: str, code: str, token: Token) -> str | None:
        """The country's institution or people (SYR + MIL, SYR + CVL) the token stands for,
        remembered as its mention so it joins the article's actors; None unless a state's."""
        actor = self.kb.institution(country, code) if self.kb is not None else None
        if actor is None:
            return None
        self._imply(actor.id, token)
        return actor.id

    def dateline_country(self) -> str | None:
        """The country of the place the dateline names ("BOGOTA, Mar 3 (Wire) –": COL), if any."""
        article = article_of(self.doc)
        line = article.dateline if article is not None else None
        if line is None:
            return None
        place = next((place for place in self.doc._.get("newsift_places") or [] if line.start <= place.start < line.end and place.country), None)
        return _alpha3(place.country) if place is not None else None

    def _antecedent(self, pronoun: Token, person: bool) -> str | None:
        """The actor a pronoun stands for: the subject of the sentence before (the topic),
        else the nearest compatible actor named before it within two sentences. "Their" after
        coordinated subjects is all of them, which no single actor stands for."""
        if pronoun.lower_ == "their" and self._collective(pronoun):
            return None
        doc = pronoun.doc
        sentence = pronoun.sent
        clause = pronoun.head
        if pronoun.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "advcl" and any(child.dep_ == "mark" and child.lower_ in ("if", "unless") for child in clause.children):
            # "warned that Japan would suffer a crushing defeat if it intervened": the subject of
            # the clause the condition is put on
            for subject in subjects(clause.head):
                actor = self.at(subject) if subject.i < pronoun.i and _agrees(pronoun, subject) else None
                if actor is not None and self._fits(pronoun, actor, person):
                    return actor
        for _ in range(4):  # "X warned Y that they would…": they is X, the speaker of the clause
            if clause.dep_ == "ccomp" and clause.head.i != clause.i:
                for speaker in subjects(clause.head):  # "a day after announcing that he would…"
                    if not _agrees(pronoun, speaker):
                        continue  # "Police said they had arrested 200 of its activists": not the police's
                    actor = self.at(speaker)
                    if actor is not None and self._fits(pronoun, actor, person):
                        return actor
                break
            if clause.head.i == clause.i:
                break
            clause = clause.head
        # "Rubio said after meeting him": an object pronoun is not its own clause's subject
        own_subjects = subjects(pronoun.head) if pronoun.dep_ in ("dobj", "dative", "pobj") and pronoun.head.pos_ in ("VERB", "AUX") else []
        own = {self.at(subject) for subject in own_subjects}
        # "Iran has not retaliated … despite threats by its commanders": the sentence's topic
        # ("accused Manila … and urged it to stop": not the urging subject); "Dagalo announced a
        # truce, but aid workers said his fighters…": a person's too
        root = sentence.root
        for subject in (child for child in root.children if child.dep_ in ("nsubj", "nsubjpass") and child not in own_subjects and _agrees(pronoun, child)):
            if subject.i < pronoun.i and not (subject.left_edge.i <= pronoun.i <= subject.right_edge.i):
                actor = self.resolve(subject) if subject.lower_ not in _GROUP_PRONOUNS | _PERSON_PRONOUNS else None
                if actor is not None and (self.types.get(actor) == "person") == person:
                    return actor
        if sentence.start > 0:
            previous = doc[sentence.start - 1].sent
            for token in previous:
                if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT":
                    actor = self.resolve(token) if token.lower_ not in _PERSON_PRONOUNS | _GROUP_PRONOUNS else None
                    if actor is None and not person and pronoun.lower_ in ("they", "them", "their") and (token.tag_ == "NNS" or token.lower_ in _QUANTITIES):
                        # "Hundreds of supporters rallied … Police detained 12 of them": the unnamed crowd
                        actor = self.local_doers(counted(token), token.head) if self.is_people(token) else None
                    if actor is not None and self._fits(pronoun, actor, person):
                        return actor
        floor = sentence_floor(pronoun, back=2)
        for index in range(pronoun.i - 1, floor - 1, -1):
            actor = self.by_token.get(index)
            if actor is None or actor in own:
                continue
            # "a Russian embassy official … accusing him": one person of an institution
            is_person = self.types.get(actor) == "person" or doc[index].lemma_.lower() in _ONE_OF_A_BODY
            if is_person == person and self._pronoun_agrees(pronoun, actor):
                return actor
        return None

    def _fits(self, pronoun: Token, actor: str, person: bool) -> bool:
        return (self.types.get(actor) == "person") == person and self._pronoun_agrees(pronoun, actor)

    def _pronoun_agrees(self, pronoun: Token, actor: str) -> bool:
        """"her motorcycle convoy" after "Nicolas Maduro was sworn in": not him; "urged them to
        return to talks" after "The UN called on both sides": not a state or an international
        body, which news English calls "it"."""
        if pronoun.lower_ in ("they", "them", "their", "theirs", "themselves") and self.types.get(actor) in _SINGULAR_BODIES:
            return False
        known = self.kb.get(actor) if self.kb is not None else None
        gender = known.gender if known is not None else None
        lower = pronoun.lower_
        if lower in ("he", "him", "his", "himself"):
            return gender != "female"
        if lower in ("she", "her", "hers", "herself"):
            return gender != "male"
        return True


# Actors news English calls "it", never "they".
_SINGULAR_BODIES = {"state", "igo"}

_LINKED_THINGS = {"vessel", "ship", "tanker", "company", "firm", "entity", "business", "bank", "network", "asset", "target", "interest", "facility", "site"}
_HOLDING = {"hold", "control", "run", "occupy", "besiege", "administer"}
_GUESTS = {"ambassador", "envoy", "embassy", "diplomat", "consul", "consulate", "attache", "attaché", "national", "tourist", "expatriate", "expat"}


def _hyphened_generic(modifier: Token, lookup: ActorLookup) -> bool:
    """"army-aligned", "military-led": a participle joined to a common noun that names no actor."""
    joined = next((child for child in modifier.children if child.i == modifier.i - 2), None)
    return modifier.tag_ == "VBN" and joined is not None and hyphened(joined, modifier) and joined.pos_ == "NOUN" and lookup.at(joined) is None


def _agrees(pronoun: Token, antecedent: Token) -> bool:
    """Whether a subject can be what "its" stands for: not a plural ("police", "they")."""
    return pronoun.lower_ != "its" or not (antecedent.tag_ == "NNS" or antecedent.lower_ == "they")  # not NNPS: "the United States"


def _owner_word(noun: Token) -> str | None:
    """The sector a post's modifiers name: "an army base", "a police station" ("a gendarmerie
    training school": the owner may modify the modifier)."""
    modifiers = [child for child in noun.children if child.dep_ in ("compound", "amod", "nmod")]
    words = {word.lower_ for child in modifiers for word in (child, *(grand for grand in child.children if grand.dep_ == "compound"))}
    return next((code for word, code in _POST_OWNERS.items() if word in words), None)


def _noun_lemma(noun: Token) -> str:
    """The noun's lemma, mended where the lemmatiser errs ("air bases" is not "basis")."""
    return "base" if noun.lower_ == "bases" else noun.lemma_.lower()


def counted(noun: Token) -> Token:
    """What a count is of: "tens of thousands of people" -> people."""
    for _ in range(3):
        if noun.lower_ not in _QUANTITIES:
            break
        noun = next((child for prep in noun.children if prep.lower_ == "of" for child in prep.children if child.dep_ == "pobj"), noun)
    return noun


def _clause_words(verb: Token) -> list[Token]:
    """The verb's clause without the clauses below it (relative, reported, adverbial)."""
    words, stack = [], [verb]
    while stack:
        token = stack.pop()
        words.append(token)
        stack.extend(child for child in token.children if child.dep_ not in ("relcl", "ccomp", "advcl", "acl", "conj", "parataxis"))
    return words


_USER_ASSIGNED = {"XK": "XKX"}


@lru_cache(maxsize=512)
def _alpha3(alpha2: str) -> str | None:
    import pycountry

    country = pycountry.countries.get(alpha_2=alpha2)
    # Kosovo's user-assigned XK is not in ISO 3166; the actor KB and CAMEO write it XKX
    return country.alpha_3 if country else _USER_ASSIGNED.get(alpha2)


def sentence_floor(token: Token, back: int) -> int:
    sentence = token.sent
    doc = token.doc
    start = sentence.start
    for _ in range(back):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return start


def subjects(verb: Token) -> list[Token]:
    """The verb's doers: its subject (with coordinated ones), the passive "by" agent, or
    the subject it shares with the verb it depends on ("launching" after "Israel has
    intensified …", "X agreed to withdraw", "troops advancing on")."""
    passive = is_passive(verb)
    if passive and verb.lemma_.lower() in _STATE_PASSIVES:
        # "HTS is engaged in negotiations": the subject does it; this passive is a state.
        return with_conjuncts([child for child in verb.children if child.dep_ == "nsubjpass"])
    if passive or reduced_conditional_passive(verb) or _reduced_passive_with_agent(verb):
        agents = [grandchild for child in verb.children if child.dep_ == "agent" for grandchild in child.children if grandchild.dep_ == "pobj"]
        # "killed by Indian shelling", parsed with the gerund's modifier as its subject
        agents += [doer for child in verb.children if child.dep_ == "agent" for grandchild in child.children if grandchild.dep_ == "pcomp" for doer in grandchild.children if doer.dep_ == "nsubj"]
        return with_conjuncts(agents)
    opening = subject_read_as_conjunct(verb)
    if opening:
        return opening  # "Following talks in Riyadh, Russia and the United States agreed"
    own = [child for child in verb.children if child.dep_ in ("nsubj", "csubj", "expl")]
    # "Egypt and Qatar are mediating", parsed with the subject on the auxiliary
    own = own or [grandchild for child in verb.children if child.dep_ == "aux" for grandchild in child.children if grandchild.dep_ == "nsubj"]
    # "Sudan's paramilitary Rapid Support Forces shelled", parsed with two subjects: the words
    # before the name describe it (but "Japarov and … Rahmon signed", joined by "and", are both)
    own = _named_last(own, verb)
    if len(own) == 1 and own[0].lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl" and verb.head.conjuncts and all(item.i < own[0].i for item in verb.head.conjuncts):
        return with_conjuncts([verb.head])  # "Qatar and Turkey, which mediated the talks": both did
    if own:
        return _listed_before(verb, own) + with_conjuncts(own)
    allegiance = main_verb_under_allegiance(verb)
    if allegiance is not None:
        return with_conjuncts([child for child in allegiance.children if child.dep_ == "nsubj"])  # "Militants linked to IS attacked"
    if (verb.dep_ == "pcomp" or verb.dep_ == "pobj" and verb.tag_ == "VBG") and (verb.head.dep_ == "prep" or verb.head.dep_ == "conj" and verb.head.pos_ == "ADP") and verb.head.lower_ in ("of", "for", "from", "against") and phrase_governor(verb.head).lemma_.lower() in _JUDGING:
        # "accused Israel of carrying out the attack", "thanked Kim for sending troops"
        judged = [child for child in phrase_governor(verb.head).children if child.dep_ == "dobj"]
        if not judged and is_passive(phrase_governor(verb.head)):
            # "the RSF have been accused by the United States of committing genocide": the accused
            judged = _named_last([child for child in phrase_governor(verb.head).children if child.dep_ == "nsubjpass"], phrase_governor(verb.head))
        judged = [child for child in judged if not _relative_pronoun(child)] or judged  # "whom Kinshasa accuses Rwanda of arming"
        if judged:
            return with_conjuncts(judged)
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        punished = punished_for(verb.head)
        if punished:
            return punished  # "detained three officers for plotting to overthrow the government"
    if verb.dep_ in ("pcomp", "pobj") and verb.head.dep_ == "prep" and verb.head.lower_ in ("of", "for") and verb.head.head.dep_ == "dobj" and verb.head.head.head.lemma_.lower() in _JUDGING:
        return with_conjuncts([verb.head.head])  # "accused [the IAEA of siding with Israel]": the "of" hung on the object
    if main_verb_read_as_modifier(verb):
        return with_conjuncts([misread_main_verb_subject(verb)])
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in _ACCUSING and prep_objects(verb.head, "of"):
        # "accused China's coast guard of ramming a boat, injuring a sailor": the parser hangs the
        # outcome on the accusation; it is the accused's act
        accused = [child for child in verb.head.children if child.dep_ == "dobj"]
        if accused:
            return with_conjuncts(accused)
    if participle_read_as_conjunct(verb):
        return with_conjuncts(prep_objects(verb, "by"))  # "the ceasefire agreed in Doha": not the urgers'
    auxiliary = perfect_read_as_modifier(verb)
    if auxiliary is not None:
        return subjects(auxiliary)  # "it had targeted weapons depots", "had" read as the verb
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(child.dep_ == "dobj" for child in verb.children):
        # "M23 rebels, backed by Rwandan troops": the agent does it (to the noun)
        return with_conjuncts(prep_objects(verb, "by"))
    if speaker_conjunct(verb):
        return subjects(verb.head.head)  # "X said Y had shelled Kharkiv and urged allies": X urged
    # "Abu Dhabi denied arming either side", parsed with the gerund as the object
    gerund_object = verb.dep_ == "dobj" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in _GERUND_TAKERS
    if (verb.dep_ in ("xcomp", "advcl", "conj", "pcomp") or gerund_object) and verb.head.i != verb.i:
        governor = verb.head
        if verb.dep_ == "pcomp":
            governor = governor.head  # "refrained from retaliating": from -> refrained
            if governor.dep_ == "advmod" and governor.lower_ == "short":
                governor = governor.head  # "stopped short of rejecting": the one who stopped
            if governor.pos_ == "NOUN" and governor.dep_ in ("dobj", "attr") and governor.head.pos_ in ("VERB", "AUX"):
                governor = governor.head  # "has no intention of attacking": who has the intention
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in NAMING_VERBS and verb.doc[verb.i - 1].text == ",":
            # "Lula said Brazil would respond if Washington went ahead with tariffs, calling the
            # threat blackmail": the parser hangs the naming on the nearest verb; the speaker names
            for _ in range(3):
                if governor.dep_ not in ("ccomp", "advcl") or governor.head.pos_ not in ("VERB", "AUX"):
                    break
                governor = governor.head
        if detached_conjunct(verb):
            # "accused India of sponsoring terror and expelled its diplomats", parsed with
            # "expelled" joined to "sponsoring": a finite verb shares a finite verb's subject
            governor = finite_ancestor(governor)
        raised = [child for child in governor.children if child.dep_ == "nsubjpass"]
        if raised and not any(child.dep_ == "agent" for child in governor.children) and verb.dep_ in ("xcomp", "pcomp"):
            # "drones are believed to have struck", "the RSF is suspected of abducting"
            return with_conjuncts(raised)
        if verb.dep_ == "xcomp":
            objects = [child for child in governor.children if child.dep_ in ("dobj",)]
            if objects and governor.lemma_.lower() in _OBJECT_CONTROL:
                return with_conjuncts(objects)  # "urged Israel to withdraw": Israel withdraws
        if verb.dep_ == "advcl" and governor.lemma_.lower() in _ASKING_FOR and any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children):
            # "rallied to demand a deal to free the hostages", parsed with "free" hung on "demand":
            # what the thing asked for is to do, not the askers
            if any(child.dep_ == "dobj" and child.pos_ == "NOUN" and child.right_edge.i == verb.left_edge.i - 1 for child in governor.children):
                return []
        return subjects(governor)
    if verb.dep_ in ("pobj", "pcomp") and verb.tag_ == "VBG":
        # "entered Goma after days of fighting with Congolese troops", "during fighting with": the
        # main clause's subject does the gerund of its adjunct
        anchor = verb.head.head if verb.head.lower_ == "of" and verb.head.head.lemma_.lower() in _SPANS else verb
        preposition = anchor.head if anchor is not verb else verb.head
        if preposition.lower_ in _ADJUNCT_PREPOSITIONS and preposition.head.pos_ in ("VERB", "AUX") and preposition.head.i != verb.i:
            return subjects(preposition.head)
    if verb.dep_ == "amod" and verb.tag_ == "VBG" and verb.head.dep_ == "dobj" and verb.head.head.i < verb.i < verb.head.i:
        # "denied deploying troops", parsed with the gerund as a modifier of "troops"; a verb that
        # takes no gerund has a described object ("executed surrendering soldiers": they surrender)
        return subjects(verb.head.head) if verb.head.head.lemma_.lower() in _GERUND_TAKERS else []
    if verb.dep_ in ("acomp", "attr") and verb.head.i != verb.i:
        return subjects(verb.head)  # "is engaged in talks" parsed with "engaged" as a complement
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in _PROPOSALS:
        offerers = prep_objects(verb.head, "from") + prep_objects(verb.head, "by")
        if offerers:
            return with_conjuncts(offerers)  # "an offer from Donald Trump to send troops": Trump would send them
    if verb.dep_ == "acl" and any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children):
        if verb.head.dep_ == "pobj":
            punished = punished_for(verb.head.head)
            if punished:
                return punished  # "arrested 14 people over a plan to bomb military sites": they planned it
        owners = [child for child in verb.head.children if child.dep_ == "poss" and child.pos_ != "PRON"] + prep_objects(verb.head, "by")
        if owners:
            return with_conjuncts(owners)  # "welcomed Russia's decision to recognise its government": Russia would
        # "engaged in negotiations with Israel to reach an agreement": the purpose of the
        # clause the noun sits in, done by that clause's subject
        governor = verb.head
        while governor.pos_ not in ("VERB", "AUX") and governor.head.i != governor.i:
            governor = governor.head
        if governor.lemma_.lower() in _ASKING_FOR:
            return []  # "rallied to demand a deal to free the hostages": not the demanders who free them
        return subjects(governor) if governor.pos_ in ("VERB", "AUX") else []
    if verb.dep_ in ("acl", "relcl") and verb.head.i != verb.i:
        return [verb.head]  # "forces advancing on the town"
    return []


def _named_before_relative(pronoun: Token) -> Token | None:
    """The word right before a relative pronoun (and its comma), when it lies inside the phrase
    the parser made the antecedent."""
    index = pronoun.i - 1
    if index >= 0 and pronoun.doc[index].text == ",":
        index -= 1
    if index < 0:
        return None
    word = pronoun.doc[index]
    antecedent = pronoun.head.head
    return word if word.i > antecedent.i and antecedent.left_edge.i <= word.i <= antecedent.right_edge.i else None


def _reduced_passive_with_agent(verb: Token) -> bool:
    """"exchanged 84 prisoners each, mediated by the United Arab Emirates": a bare participle
    with its own "by" agent is done by the agent, not by the clause it hangs on."""
    return verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl") and any(child.dep_ == "agent" for child in verb.children) and not any(child.dep_ in ("aux", "nsubj") for child in verb.children)


def punished_for(preposition: Token) -> list[Token]:
    """Those a verb punishes or holds for the act its "for"/"over"/"with" phrase names ("arrested
    14 people over a plot to bomb", "charged two men with planning an attack"): they did it,
    not the ones who arrest them. Also through "on suspicion/charges of"."""
    if preposition.lower_ == "of" and preposition.head.lemma_.lower() in ("suspicion", "charge", "accusation", "allegation") and preposition.head.dep_ == "pobj":
        preposition = preposition.head.head  # "arrested on suspicion of spying"
        if preposition.lower_ != "on":
            return []
    elif preposition.lower_ not in _PUNISHED_FOR:
        return []
    governor = preposition.head
    if governor.dep_ in ("dobj", "nsubjpass") and governor.head.lemma_.lower() in _PUNISHING:
        held = [governor]  # the phrase hung on the object ("arrested [five men over a plot]")
    elif governor.lemma_.lower() in _PUNISHING and governor.pos_ == "VERB":
        held = [child for child in governor.children if child.dep_ in ("dobj", "nsubjpass")]
    else:
        return []
    return with_conjuncts([token for token in held if not _relative_pronoun(token)] or held)


def antecedent_noun(token: Token) -> Token:
    """The noun a relative pronoun stands for ("protesters who tried to storm parliament"), else
    the token itself."""
    if token.lower_ in _RELATIVE_PRONOUNS and token.head.dep_ in ("relcl", "acl") and token.head.head.i != token.i:
        return token.head.head
    return token


def _named_last(subjects_: list[Token], verb: Token) -> list[Token]:
    """Of several subjects before the verb not joined by "and", the last: the parser makes the
    words that describe a name ("Sudan's paramilitary") a subject of their own."""
    if len(subjects_) > 1 and all(token.i < verb.i for token in subjects_) and not any(child.dep_ == "cc" for token in subjects_ for child in token.children):
        return [max(subjects_, key=lambda token: token.i)]
    return subjects_


_SPANS = {"day", "week", "month", "year", "hour", "night", "round"}
# Verbs that ask for a thing whose purpose others would carry out ("demand a deal to free…").
_ASKING_FOR = {"demand", "urge", "seek", "request", "call", "press", "push", "want", "ask", "back", "support", "welcome", "propose", "offer"}
# Verbs that take a gerund as their object ("denied deploying troops", "resumed shelling towns").
_GERUND_TAKERS = {
    "deny", "admit", "acknowledge", "confirm", "consider", "avoid", "stop", "continue", "start", "begin", "resume",
    "halt", "risk", "suspend", "keep", "end", "cease", "finish", "postpone", "delay", "quit", "discuss", "propose",
    "recommend", "report", "reject", "oppose", "contemplate", "mull", "refuse", "justify", "defend", "condemn",
    "intensify", "escalate", "step",
}  # fmt: skip
_ADJUNCT_PREPOSITIONS = {"after", "during", "amid", "following", "before", "while"}
# Verbs of judgement whose object did the act named in their "of"/"for" phrase.
_ACCUSING = {"accuse", "charge", "suspect", "convict", "indict"}
_JUDGING = {
    "accuse", "blame", "charge", "suspect", "convict", "indict", "praise", "thank", "commend", "criticise",
    "criticize", "condemn", "fault", "punish", "congratulate", "credit", "hail", "sanction", "reward",
    "warn", "caution", "bar", "ban", "prevent", "stop", "deter", "dissuade", "discourage", "prohibit",
}  # fmt: skip
# Verbs that punish or hold someone for what they did or planned, given in a "for"/"over"/"with" phrase.
_PUNISHING = {
    "arrest", "detain", "jail", "imprison", "sentence", "execute", "prosecute", "try", "fine", "deport", "hang",
    "charge", "convict", "indict", "hold", "punish", "sanction", "expel", "apprehend", "round",
}  # fmt: skip
_PUNISHED_FOR = {"for", "over", "with"}
_LEADING = {"lead", "command", "head", "run"}
_LINKED = {"link", "affiliate", "tie", "ally", "connect", "loyal", "belong"}
# Troops a state's communiqué speaks of without an owner are its own.
_BARE_TROOPS = {"troop", "soldier", "force"}
_STATE_FORCES = {"troop", "force", "soldier", "army", "military", "warplane", "jet", "drone", "navy", "warship"}
_FORCES = {"troop", "force", "fighter", "soldier", "man", "army", "militia", "unit", "guard", "police", "officer", "militant", "commander"}
_STATE_PASSIVES = {"engage", "involve", "embroil", "lock", "commit", "poise", "set", "prepare", "determine", "resolve", "oppose"}
# Verbs whose object, not subject, does what the complement says ("urged X to withdraw").
_OBJECT_CONTROL = {
    "urge", "ask", "order", "call", "force", "press", "push", "tell", "encourage", "persuade", "allow", "invite", "compel", "warn", "request",
    "prompt", "lead", "cause", "spur", "drive", "provoke",
}  # fmt: skip


def objects(verb: Token, slots: tuple[str, ...]) -> list[Token]:
    """Targets in the order of ``slots``: dobj, dative, "prep:X"; the subject of a passive."""
    # ("Israel is opposed to French mediation": a state, whose subject is the doer, not the object)
    passive_subjects = [child for child in verb.children if child.dep_ == "nsubjpass"] if verb.lemma_.lower() not in _STATE_PASSIVES else []
    passive_subjects = _named_last(passive_subjects, verb)  # "Sudan's paramilitary Rapid Support Forces have been accused"
    for slot in slots:
        if slot == "none":
            return []
        if slot == "dobj":
            found = passive_subjects or [child for child in verb.children if child.dep_ in ("dobj", "attr")]
            if len(found) > 1:
                # "neutralise the FDLR, a Hutu militia", parsed with the apposition as a second object
                found = [token for token in found if not _apposition_read_as_object(token, found)]
            if len(found) > 1 and verb.lemma_.lower() in _JUDGING:
                # "M23 rebels, whom Kinshasa accuses Rwanda of arming": the relative pronoun is
                # what the judged act is done to, not who is judged
                found = [token for token in found if not _relative_pronoun(token)] or found
            if not found and verb.dep_ in ("pcomp", "pobj") and verb.head.dep_ == "prep" and phrase_governor(verb.head).lemma_.lower() in _JUDGING:
                found = [token for token in phrase_governor(verb.head).children if token.dep_ == "dobj" and _relative_pronoun(token)]
            if not found and reduced_conditional_passive(verb):
                found = subjects(verb.head)  # "threatened to retaliate if attacked": the threatener is attacked
            if not found and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i != verb.i and not main_verb_read_as_modifier(verb):
                found = [verb.head]  # "M23 rebels, backed by Rwandan troops"
            if not found and verb.dep_ == "amod" and verb.head.i > verb.i and (any(child.dep_ == "nsubj" for child in verb.children) or perfect_read_as_modifier(verb)):
                found = [verb.head]  # "after Trump hosted Vladimir Putin", parsed with "hosted" modifying Putin
            if not found:
                # "detained impeached President Yoon", parsed with "impeached" as a clause of its own
                found = [obj for child in verb.children if participle_read_as_clause(child) for obj in child.children if obj.dep_ == "dobj"]
            if not found:
                # "ambushed Malian soldiers escorting a convoy", parsed as a clause "soldiers escorting…"
                found = [
                    subject for child in verb.children
                    if child.dep_ == "ccomp" and child.tag_ == "VBG" and child.i > verb.i and not any(item.dep_ in ("aux", "auxpass", "mark") for item in child.children)
                    for subject in child.children if subject.dep_ == "nsubj" and subject.pos_ in ("NOUN", "PROPN")
                ]  # fmt: skip
            if not found:
                # "detained opposition leader Maria Corina Machado", parsed with the name as an
                # adverbial noun phrase: a name right after the verb is its object
                found = [child for child in verb.children if child.dep_ == "npadvmod" and child.pos_ == "PROPN" and child.left_edge.i == verb.i + 1 and not is_time(child) and child.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "")]
            if not found:
                # "condemned what it called China's dangerous actions": the thing so named
                found = [named for child in verb.children if child.dep_ in ("ccomp", "xcomp") for named in [named_as_what(child)] if named is not None]
            if not found and not any(child.dep_ in ("ccomp", "xcomp", "prep", "dative", "attr", "acomp", "oprd") for child in verb.children):
                # "had beaten and detained dozens of his supporters": two verbs joined right next to
                # each other share the object of the second
                found = [
                    obj for child in verb.children
                    if child.dep_ == "conj" and child.pos_ == "VERB" and child.i == verb.i + 2 and verb.doc[verb.i + 1].dep_ == "cc"
                    for obj in child.children if obj.dep_ == "dobj"
                ]  # fmt: skip
        elif slot == "dative":
            found = [child for child in verb.children if child.dep_ == "dative" and child.pos_ != "ADP"]
            found += prep_objects(verb, "to") if any(child.dep_ == "dative" and child.pos_ == "ADP" for child in verb.children) else []
        elif slot == "clause":
            # "demanded that North Korea give up its programme": who the demanded clause is about
            clauses = [child for child in verb.children if child.dep_ == "ccomp"]
            clauses += [grandchild for child in verb.children if child.dep_ == "dobj" for grandchild in child.children if grandchild.dep_ in ("acl", "ccomp")]
            found = [subject for clause in clauses if clause.pos_ in ("VERB", "AUX") for subject in clause.children if subject.dep_ in ("nsubj", "nsubjpass")]
            # "called for Iran to release the detainees", "repeated its call for Iran to release…"
            found += [subject for child in [verb, *(item for item in verb.children if item.dep_ == "dobj")] for clause in for_clauses(child) for subject in [for_subject(clause)] if subject is not None and subject not in found]
        elif slot.startswith("prep:"):
            # "cut ties with Ukraine": the parser may hang the phrase on the verb or on its object.
            held = with_conjuncts([child for child in verb.children if child.dep_ in ("dobj", "nsubjpass")])
            if slot != "prep:with":
                held += prep_objects(verb, "with")  # "retaliated with a levy on U.S. goods"
            found = prep_objects(verb, slot[5:]) + [token for obj in held for token in prep_objects(obj, slot[5:])]
            if not found and slot in ("prep:with", "prep:to"):
                # "spoke by telephone with Guterres": the phrase hung on the means
                found = [token for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("by", "over", "on") for means in prep.children if means.dep_ == "pobj" for token in prep_objects(means, slot[5:])]
            found = [token for token in found if not is_time(token)]
        else:
            found = []
        if found:
            return with_conjuncts(found)
    return []


def _relative_pronoun(token: Token) -> bool:
    return token.tag_ in ("WP", "WDT") and token.i < token.head.i


def participle_read_as_clause(verb: Token) -> bool:
    """A participle right after its verb that the parser made a clause of its own, though it
    modifies the verb's object ("detained impeached President Yoon Suk Yeol")."""
    return (
        verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i == verb.head.i + 1 and verb.head.pos_ == "VERB"
        and not any(child.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") for child in verb.head.children)
        and not any(child.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for child in verb.children)
        and any(child.dep_ == "dobj" and child.pos_ == "PROPN" for child in verb.children)
    )  # fmt: skip


def is_time(token: Token) -> bool:
    """A day or time, never a party: "on Thursday", "at dawn" (spaCy's tag or the time component's)."""
    return token.ent_type_ in ("DATE", "TIME") or any(time.start <= token.idx < time.end for time in token.doc._.get("newsift_times") or [])


NAMING_VERBS = {"call", "describe", "term", "dub", "label", "brand", "characterise", "characterize"}


def named_as_what(verb: Token) -> Token | None:
    """In a free relative "what it called X" / "what it described as X", the X so named."""
    if verb.lemma_.lower() not in NAMING_VERBS or not any(child.dep_ == "dobj" and child.lower_ == "what" for child in verb.children):
        return None
    named = [child for child in verb.children if child.dep_ == "oprd"] + prep_objects(verb, "as")
    return named[0] if named else None


_PREP_DEPS = ("prep", "agent", "dative")
# Verb particles the small model may attach as an adverb or a preposition ("pull out of",
# "pulled back from"), with the real preposition hanging on them.
ADVERB_PARTICLES = {"back", "out", "off", "down", "up", "away"}


def prep_objects(head: Token, preposition: str) -> list[Token]:
    # one pass over the head's children (the hot path): its own phrases, then those hung on a
    # particle after it ("pulled back from")
    found: list[Token] = []
    particles: list[Token] = []
    for child in head.children:
        dep = child.dep_
        if dep in _PREP_DEPS:
            found.extend(_shared_objects(child, preposition))
        if dep in ("prt", "advmod", "prep") and child.i > head.i and child.lower_ in ADVERB_PARTICLES:
            particles.append(child)
    for holder in particles:
        found.extend(grandchild for child in holder.children if child.dep_ in _PREP_DEPS and child.lower_ == preposition for grandchild in child.children if grandchild.dep_ in ("pobj", "pcomp"))
    # "fired tear gas at protesters marching on parliament", parsed as a clause after "at":
    # its subject is what the preposition takes
    if preposition not in ("at", "on", "against", "toward", "towards", "into"):
        return found  # "with Moscow freeing Gershkovich": a circumstance, not whom
    return [next((child for child in token.children if child.dep_ == "nsubj"), token) if token.dep_ == "pcomp" and token.tag_ == "VBG" else token for token in found]


def _shared_objects(prep: Token, preposition: str) -> list[Token]:
    """What a preposition takes, also when two prepositions share one object ("flights to and
    from Colombia": the parser hangs "from" on "to" and "Colombia" on "from")."""
    linked = [child for child in prep.children if child.dep_ == "conj" and child.pos_ == "ADP"]
    if prep.lower_ == preposition:
        objects = [child for child in prep.children if child.dep_ in ("pobj", "pcomp")]
        return objects or [grandchild for other in linked for grandchild in other.children if grandchild.dep_ == "pobj"]
    return [grandchild for other in linked if other.lower_ == preposition for grandchild in other.children if grandchild.dep_ == "pobj"]


# How a proposal comes from someone ("put forward by", "drafted by"), not what others did to it ("condemned by").
_MAKING = {"put", "draft", "make", "propose", "submit", "present", "table", "offer", "announce", "unveil", "broker", "sponsor", "author", "write", "issue", "outline", "float", "suggest", "craft", "prepare", "send", "deliver", "advance"}


def makers_of(token: Token) -> list[Token]:
    """Who put forward a proposal, plan or demand the noun names, through a participle ("a truce
    proposal put forward by the United States, Saudi Arabia and Egypt") or "from"/"by", each of them."""
    if token.lemma_.lower() not in _PROPOSALS:
        return []
    makers = put_forward_by(token)
    # "a truce proposal from the United States and Saudi Arabia"
    makers = makers or [maker for preposition in ("from", "by") for maker in prep_objects(token, preposition)]
    return with_conjuncts(makers)


def put_forward_by(token: Token) -> list[Token]:
    """The agents of a participle of making on the noun ("a truce proposed by the United States",
    "a plan put forward by Egypt"), as written (without their conjuncts)."""
    made = [child for child in token.children if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in _MAKING]
    return [agent for child in made for item in child.children if item.dep_ == "agent" for agent in item.children if agent.dep_ == "pobj"]


def with_conjuncts(tokens: list[Token]) -> list[Token]:
    found: list[Token] = []
    for token in tokens:
        found.append(token)
        later = [child for child in token.conjuncts if child.i > token.i]
        if later:
            cut = _trailing_speakers(token, later)
            found.extend(child for child in later if child.i < cut)
        found.extend(_collapsed_conjuncts(token))
        found.extend(_listed_appositions(token))
    unique = {token.i: token for token in found}
    return [unique[index] for index in sorted(unique)]


def _trailing_speakers(token: Token, later: list[Token]) -> int:
    """"fighting with Congolese troops and allied militias, residents and a rebel spokesman said":
    the parser may join the speakers of a closing "… said" to a list before it, leaving the verb
    without a subject. Where such a list's speakers (among the ``later`` conjuncts) begin."""
    last = max(later, key=lambda item: item.i).right_edge.i + 1
    root = token.doc[last] if last < len(token.doc) else None
    if root is None or root.dep_ != "ROOT" or root.lemma_.lower() not in speech_verbs() or any(child.dep_ in ("nsubj", "nsubjpass") for child in root.children):
        return len(token.doc)
    for child in sorted(later, key=lambda item: item.i):
        start = child.left_edge.i
        if start > 0 and token.doc[start - 1].text == "," and child.right_edge.i + 1 == root.i:
            return start
    return len(token.doc)


def _collapsed_conjuncts(token: Token) -> list[Token]:
    """"Prime Minister Keir Starmer and French President Emmanuel Macron agreed": the small model
    often folds two titled names into one phrase headed by the last, the first hanging below it
    as a modifier with the "and"; that first name is a conjunct."""
    if token.pos_ != "PROPN":
        return []
    found = []
    for inner in token.lefts:
        for word in inner.subtree:
            first = word.head
            if word.dep_ == "cc" and word.lower_ == "and" and first.i < word.i and first.pos_ == "PROPN" and first.dep_ in ("nmod", "compound"):
                found.append(first)
    return found


def _listed_before(verb: Token, own: list[Token]) -> list[Token]:
    """"Guinea, Gabon and Chad announced": the small model may hang the list's first name on the
    verb as a loose modifier; a name followed by a comma before a subject list "B and C" belongs
    to the list."""
    first = min(own, key=lambda token: token.i)
    if first.pos_ != "PROPN" or not any(child.dep_ == "cc" for child in first.children):
        return []
    doc = verb.doc
    return [
        child for child in verb.children
        if child.dep_ in ("npadvmod", "nmod", "dep", "nsubj") and child.pos_ == "PROPN" and child.i < first.i
        and child.i + 1 < len(doc) and doc[child.i + 1].text == "," and child.right_edge.i + 2 == first.left_edge.i
    ]  # fmt: skip


def _apposition_read_as_object(token: Token, found: list[Token]) -> bool:
    """An object after a comma that closes another object, with an indefinite article: that
    object's description ("the FDLR, a Hutu militia"), not a second party."""
    if not any(child.dep_ == "det" and child.lower_ in ("a", "an") for child in token.children):
        return False
    start = token.left_edge.i
    return start > 0 and token.doc[start - 1].text == "," and any(other.i < token.i and other.right_edge.i == start - 2 for other in found)


def _listed_appositions(token: Token) -> list[Token]:
    """"Mali, Burkina Faso and Niger announced": the small model often reads a list of names as a
    name with an apposition that has the rest as conjuncts. A name in apposition to a name,
    itself joined by "and" or "or" to another name, is a list member: an apposition that describes
    ("Mali, a landlocked country") is not a proper name."""
    if token.pos_ != "PROPN":
        return []
    found = []
    for child in token.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.i > token.i:
            names = [conjunct for conjunct in child.conjuncts if conjunct.pos_ == "PROPN"]
            if names and any(word.dep_ == "cc" and word.lower_ in ("and", "or") for word in child.children):
                found += [child, *names]
    return found


def phrase_text(token: Token) -> str:
    """The words of an argument: the token's subtree up to a comma or a clause."""
    doc = token.doc
    left, right = token.left_edge.i, token.right_edge.i + 1
    for index in range(token.i + 1, right):
        if doc[index].text in (",", ";") or doc[index].dep_ in ("relcl", "acl") and doc[index].head.i == token.i:
            right = index
            break
    while right > left + 1 and doc[right - 1].is_punct:
        right -= 1
    return doc[left:right].text


def argument(token: Token, lookup: ActorLookup) -> Argument:
    return Argument(token, lookup.resolve(token), phrase_text(token))


def clause_of(token: Token) -> Span:
    """The smallest verb-headed subtree holding ``token`` (its clause)."""
    node = token
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") or node.dep_ == "ROOT" or node.head.i == node.i:
            break
        node = node.head
    return token.doc[node.left_edge.i : node.right_edge.i + 1]
