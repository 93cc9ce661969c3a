"""Gerunds the small model reads as nouns, read again as verbs.

"Rwanda has long denied arming or directing the group", "whom Kinshasa accuses Rwanda of
arming": the tagger calls a bare "arming" a noun (NN) and lemmatizes it as "arming", so no verb
reading of it exists for the extractors. Where a verb of denial, admission or stopping takes it
as its object, or an accusation as its "of"/"for" phrase, a bare -ing word with no determiner,
possessive or modifier is the verb's gerund; this component, run after the lemmatizer, retags it
(VBG, VERB) and gives it the verb's lemma. Everything else is left as the model parsed it.
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
            if not _read_as_noun(token):
                continue
            token.tag_ = "VBG"
            token.pos_ = "VERB"
            lemmas = self._lemmatizer.rule_lemmatize(token)
            if lemmas:
                token.lemma_ = lemmas[0]
        return doc
