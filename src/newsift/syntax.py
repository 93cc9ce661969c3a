"""Small facts about the dependency parse that several extractors rely on."""

from __future__ import annotations

from spacy.tokens import Token

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def is_finite(token: Token) -> bool:
    return token.tag_ in FINITE_TAGS


def detached_conjunct(verb: Token) -> bool:
    """A finite verb the parser joined to a non-finite one that has no auxiliary to share:
    in "accused India of sponsoring terror and expelled its diplomats" and "did not strike
    Iran and imposed sanctions" the second verb has its own tense, subject and status; in
    "accused Serbia of having armed and trained the gunmen" it shares "having" and belongs
    with "armed".
    """
    head = verb.head
    if verb.dep_ != "conj" or not is_finite(verb) or is_finite(head) or head.pos_ not in ("VERB", "AUX"):
        return False
    # a finite verb cannot share "to" ("asked the Council to convene a meeting and accused Thailand")
    return not any(child.dep_ in ("aux", "auxpass") and child.i < head.i and child.lower_ not in ("did", "do", "does", "to") for child in head.children)


def finite_ancestor(token: Token) -> Token:
    """The nearest finite verb above ``token`` (itself if finite), else the root."""
    while not is_finite(token) and token.head.i != token.i:
        token = token.head
    return token


def base_forms(verb: Token) -> list[str]:
    """Base forms the small model's lemmatiser misses ("staged" -> "stag", "shelled" -> "shelled")."""
    word = verb.lower_
    if verb.tag_ in ("VBD", "VBN") and word.endswith("ed"):
        stem = word[:-2]
        candidates = [word[:-1], stem]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            candidates.append(stem[:-1])  # "shelled" -> "shell" is the stem; "shipped" -> "ship"
        if stem.endswith("i"):
            candidates.append(stem[:-1] + "y")  # "allied" -> "ally"
        return candidates
    if verb.tag_ == "VBG" and word.endswith("ing"):
        stem = word[:-3]
        candidates = [stem, stem + "e"]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            candidates.append(stem[:-1])
        return candidates
    if verb.tag_ == "VBZ" and word.endswith("s"):
        return [word[:-1], word[:-2]] if word.endswith("es") else [word[:-1]]
    return []
