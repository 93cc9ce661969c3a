"""That-clauses the small model hangs on a noun, read again as the speech verb's complement.

"Cherizier warned in a video posted on social media that his fighters would storm the palace",
"told reporters on Monday that the talks had failed": the parser often attaches the "that"
clause to the last noun before it as a relative clause, although "that" there is a
complementiser (``mark``), not a relative pronoun. When that noun sits in the object or a
prepositional phrase of a speech verb, and is not a noun that takes a clause of its own ("the
claim that…", "reports that…"), this component, run after the parser, makes the clause the
verb's complement (``ccomp``), so claims and events see what was said and who said it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsift.claims import speech_verbs

# Nouns whose "that" clause is their own content ("the claim that", "fears that").
_CONTENT_NOUNS = {
    "claim", "report", "statement", "warning", "fact", "news", "assurance", "belief", "fear", "hope", "idea",
    "notion", "possibility", "sign", "evidence", "rumour", "rumor", "allegation", "accusation", "suggestion",
    "assertion", "argument", "view", "concern", "doubt", "message", "promise", "pledge", "threat", "demand",
    "condition", "expectation", "speculation", "conclusion", "finding", "indication", "proof", "suspicion",
    "decision", "agreement", "order", "ruling", "impression", "sense", "feeling", "insistence", "denial",
}  # fmt: skip


def _misplaced_complement(clause: Token) -> Token | None:
    """The speech verb a relative-looking "that" clause belongs to, if it is one."""
    if clause.dep_ != "relcl" or not any(child.dep_ == "mark" and child.lower_ == "that" for child in clause.children):
        return None
    noun = clause.head
    if noun.lemma_.lower() in _CONTENT_NOUNS or noun.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    # up through an object or a chain of prepositional phrases and participles to the verb
    token = noun
    for _ in range(4):
        if token.dep_ in ("dobj", "dative", "npadvmod") or token.dep_ == "pobj" and token.head.dep_ == "prep":
            token = token.head if token.dep_ != "pobj" else token.head.head
        elif token.dep_ == "acl" and token.tag_ == "VBN":
            token = token.head  # "a video posted on social media"
        else:
            break
        if token.pos_ == "VERB":
            return token if token.lemma_.lower() in speech_verbs() else None
    return None


@Language.factory("newsift_complements", requires=["token.dep", "token.lemma"])
def make_complement_repair(nlp: Language, name: str) -> "ComplementRepair":
    return ComplementRepair()


class ComplementRepair:
    def __call__(self, doc: Doc) -> Doc:
        for clause in doc:
            verb = _misplaced_complement(clause)
            if verb is not None:
                clause.head = verb
                clause.dep_ = "ccomp"
        return doc
