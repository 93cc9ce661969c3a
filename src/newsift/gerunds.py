"""Gerunds the small model reads as nouns, read again as verbs.

"Rwanda has long denied arming or directing the group", "whom Kinshasa accuses Rwanda of
arming": the tagger calls a bare "arming" a noun (NN) and lemmatizes it as "arming", so no verb
reading of it exists for the extractors. Where a verb of denial, admission or stopping takes it
as its object, or an accusation as its "of"/"for" phrase, a bare -ing word with no determiner,
possessive or modifier is the verb's gerund; this component, run after the lemmatizer, retags it
(VBG, VERB) and gives it the verb's lemma. A gerund the parser makes an adjective at the head of
an accusation's "of" phrase ("accused the RSF of launching drone strikes", with "launching"
modifying "drone") is re-attached as the phrase's verb, with the nouns after it as its object.
Everything else is left as the model parsed it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsift.syntax import phrase_governor

# Verbs whose object may be a gerund ("denied arming", "stopped supplying").
_GERUND_OBJECT_TAKERS = {
    "deny", "admit", "acknowledge", "confirm", "avoid", "stop", "halt", "resume", "continue", "risk", "suspend",
    "consider", "start", "begin", "end", "cease", "quit", "refuse", "reject", "dismiss",
}  # fmt: skip
# Verbs whose "of"/"for" phrase names an act the object did ("accused Rwanda of arming").
_JUDGING_OF = {"accuse", "blame", "charge", "suspect", "convict", "condemn", "criticise", "criticize", "praise", "thank", "credit"}
# -ing words that are nouns in their own right.
_ING_NOUNS = {
    "wrongdoing", "meeting", "building", "ruling", "wedding", "hearing", "briefing", "warning", "training", "offering",
    "housing", "shipping", "clothing", "evening", "morning", "ceiling", "feeling", "beginning", "setting", "listing",
    "uprising", "landing", "funding", "spending", "bombing", "shelling", "killing", "fighting", "shooting", "looting",
    "kidnapping", "undertaking", "understanding", "gathering", "standing", "spring", "string",
    "thing", "king", "ring", "something", "anything", "nothing", "everything", "sibling", "recording", "painting",
    "rating", "saving", "earning", "holding", "dealing", "proceeding", "crossing", "sitting", "outing", "opening",
}  # fmt: skip
_MODIFYING = ("det", "poss", "amod", "compound", "nummod", "nmod")


def _read_as_noun(token: Token) -> bool:
    if token.tag_ != "NN" or not token.lower_.endswith("ing") or len(token.text) < 6 or token.lower_ in _ING_NOUNS:
        return False
    if any(child.dep_ in _MODIFYING for child in token.children):
        return False  # "the arming of militias": a noun
    if token.dep_ == "dobj":
        return token.head.lemma_.lower() in _GERUND_OBJECT_TAKERS
    if token.dep_ == "pobj" and token.head.lower_ in ("of", "for"):
        return phrase_governor(token.head).lemma_.lower() in _JUDGING_OF
    return False


def _read_as_modifier(token: Token) -> bool:
    """"accused the RSF of launching drone strikes", parsed with "launching" as an adjective of
    "drone": a gerund first in an accusation's "of"/"for" phrase, modifying the phrase's noun."""
    if token.tag_ != "VBG" or token.dep_ != "amod" or token.i == 0:
        return False
    noun = token.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("of", "for") or prep.i != token.i - 1:
        return False
    governor = phrase_governor(prep)
    if governor.dep_ == "dobj":
        governor = governor.head  # "accused the RSF of …", with "of" hung on the accused
    return governor.lemma_.lower() in _JUDGING_OF


def _attach_as_gerund(token: Token) -> None:
    """The gerund takes the "of" phrase's place, and the nouns after it become its object."""
    prep = token.head.head
    objects = [child for child in prep.children if child.dep_ == "pobj" and child.i > token.i]
    if not objects:
        return
    last = objects[-1]  # the phrase's head noun ("drone strikes": strikes)
    token.head = prep
    token.dep_ = "pcomp"
    for noun in objects[:-1]:
        noun.head = last
        noun.dep_ = "compound"
    last.head = token
    last.dep_ = "dobj"


@Language.factory("newsift_gerunds", requires=["token.lemma", "token.dep"])
def make_gerund_repair(nlp: Language, name: str) -> "GerundRepair":
    return GerundRepair(nlp)


class GerundRepair:
    def __init__(self, nlp: Language) -> None:
        self._lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None

    def __call__(self, doc: Doc) -> Doc:
        if self._lemmatizer is None:
            return doc
        for token in doc:
            if _read_as_modifier(token):
                _attach_as_gerund(token)
                continue
            if not _read_as_noun(token):
                continue
            token.tag_ = "VBG"
            token.pos_ = "VERB"
            lemmas = self._lemmatizer.rule_lemmatize(token)
            if lemmas:
                token.lemma_ = lemmas[0]
        return doc
