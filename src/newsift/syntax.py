"""Small facts about the dependency parse that several extractors rely on."""

from __future__ import annotations

from spacy.tokens import Token

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def is_finite(token: Token) -> bool:
    return token.tag_ in FINITE_TAGS


def is_passive(verb: Token) -> bool:
    """Whether the verb is told in the passive: it has a passive subject or auxiliary."""
    return any(child.dep_ in ("nsubjpass", "auxpass") for child in verb.children)


def negates(word: Token) -> bool:
    """Whether the word negates its head: "not", "n't" (the parser's ``neg``) or "never"."""
    return word.dep_ == "neg" or word.dep_ == "advmod" and word.lower_ == "never"


def hyphened(left: Token, right: Token) -> bool:
    """Whether two words are written as one with a hyphen ("pro-EU", "Iran-backed", "army-aligned"):
    the tokenizer splits the hyphen off, and no space surrounds it."""
    if right.i != left.i + 2:
        return False
    hyphen = left.doc[left.i + 1]
    return hyphen.text in ("-", "‑") and not left.whitespace_ and not hyphen.whitespace_


def detached_conjunct(verb: Token) -> bool:
    """A finite verb the parser joined to a non-finite one that has no auxiliary to share:
    in "accused India of sponsoring terror and expelled its diplomats" and "did not strike
    Iran and imposed sanctions" the second verb has its own tense, subject and status; in
    "accused Serbia of having armed and trained the gunmen" it shares "having" and belongs
    with "armed".
    """
    head = verb.head
    if verb.dep_ != "conj" or is_finite(head) or head.pos_ not in ("VERB", "AUX"):
        return False
    auxiliaries = [child for child in head.children if child.dep_ in ("aux", "auxpass") and child.i < head.i]
    if not is_finite(verb):
        # "pressed Mexico to do more … and have threatened tariffs": a participle with a finite
        # auxiliary of its own cannot share the infinitive's "to"
        own = [child for child in verb.children if child.dep_ in ("aux", "auxpass") and child.i < verb.i]
        # ("said it would review its ties and has already sanctioned…": nor a modal)
        return any(is_finite(child) for child in own) and any(child.lower_ == "to" or child.tag_ == "MD" for child in auxiliaries)
    if verb.tag_ == "VBD" and auxiliaries and all(child.tag_ == "MD" for child in auxiliaries):
        return True  # a past tense cannot share a modal: "said he would not bow to pressure and accused…"
    # a finite verb cannot share "to" ("asked the Council to convene a meeting and accused Thailand")
    return not any(child.lower_ not in ("did", "do", "does", "to") for child in auxiliaries)


# Acts done without an object, so a participle of one cannot be a passive.
_INTRANSITIVE_ACTS = frozenset({"protest", "rally", "march", "demonstrate", "gather", "riot", "clash", "flee", "assemble", "converge", "mass", "chant"})


def perfect_read_as_modifier(verb: Token) -> Token | None:
    """"it had targeted weapons depots", parsed with "had" as the verb and "targeted" modifying
    its object: the auxiliary the participle belongs to, else None."""
    if verb.dep_ != "amod" or verb.tag_ != "VBN" or verb.i == 0 or verb.head.dep_ != "dobj":
        return None
    auxiliary = verb.doc[verb.i - 1]
    if auxiliary.lemma_.lower() != "have" or verb.head.head.i != auxiliary.i:
        return None
    return auxiliary


def main_verb_read_as_modifier(verb: Token) -> bool:
    """"Hundreds of residents protested in Tripoli", parsed as a noun phrase whose participle
    modifies it: a sentence with no finite verb of its own whose root noun has a past-tense
    modifier is the noun doing that verb, not undergoing it."""
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and head.dep_ != "ROOT":
        return _main_verb_after_relative(verb)
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN", "NUM"):
        return False
    if any(child.dep_ in ("dobj", "agent", "auxpass") for child in verb.children) or verb.i < head.i:
        return False  # "forces backed by Rwanda", "drones launched overnight at Kyiv"
    # "The EU, which has deployed monitors, called on both sides": the noun's own clauses
    # between it and the verb, closed by a comma
    described = [child for child in head.children if child.dep_ in ("relcl", "appos") and child.i < verb.i]
    if not described and verb.lemma_.lower() not in _INTRANSITIVE_ACTS:
        return False  # "Thousands of people killed in the fighting": a headline's passive
    if described and verb.doc[verb.i - 1].text != ",":
        return False
    inside = {token.i for child in described for token in child.subtree}
    # ("…, while the United States said it was in touch": a subordinate clause has verbs of its own)
    inside |= {token.i for clause in head.sent if clause.dep_ == "advcl" and clause.i > verb.i and any(mark.dep_ == "mark" for mark in clause.children) for token in clause.subtree}
    return not any(is_finite(token) for token in head.sent if token.i != verb.i and token.i not in inside)


def subject_read_as_conjunct(verb: Token) -> list[Token]:
    """"Following talks in Riyadh, Russia and the United States agreed…", parsed with the subject
    joined to the opening phrase's last noun ("Riyadh, Russia and the United States"): a main
    verb with no subject whose opening phrase ends, after a comma, in conjuncts right before it
    has those conjuncts for its subject."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 3:
        return []
    # ("After talks in Riyadh, Russia…", parsed with "After" marking "talks" as the subject)
    opened = any(child.dep_ == "mark" and child.lower_ in ("after", "following", "before", "since") and child.i == child.sent.start for child in verb.children)
    if any(child.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for child in verb.children) and not opened:
        return []
    doc = verb.doc
    last = doc[verb.i - 1]
    if last.dep_ != "conj" or last.pos_ not in ("PROPN", "NOUN") or last.right_edge.i != verb.i - 1:
        return []
    chain = [last]
    while chain[0].head.dep_ == "conj" and chain[0].head.i < chain[0].i:
        chain.insert(0, chain[0].head)
    first = chain[0]
    if doc[first.left_edge.i - 1].text != ",":
        return []
    opening = [token for token in first.head.ancestors if token.head.i == verb.i and token.i != verb.i]
    if not opening or not (opening[-1].dep_ == "prep" or opened and opening[-1].dep_ == "nsubj"):
        return []
    return chain


# Participles of allegiance the parser takes for a main verb ("Militants linked to the Islamic
# State attacked a village").
_ALLEGIANCE = {"link", "tie", "ally", "affiliate", "connect", "loyal", "back", "align"}


def allegiance_read_as_main_verb(verb: Token) -> bool:
    """"Militants linked to the Islamic State attacked a village", parsed with "linked" as the
    main verb and "attacked" hung on it: a root past participle of allegiance with a "to", "with"
    or "by" phrase, and a later past-tense verb of its own with no subject."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() not in _ALLEGIANCE:
        return False
    if not any(child.dep_ == "nsubj" and child.pos_ in ("NOUN", "PROPN") for child in verb.children):
        return False
    if not any(child.dep_ == "prep" and child.lower_ in ("to", "with", "by") for child in verb.children):
        return False
    return any(_unsubjected_act(child) for child in verb.children if child.i > verb.i)


def _unsubjected_act(child: Token) -> bool:
    return child.dep_ in ("dep", "advcl", "conj", "ccomp") and child.tag_ == "VBD" and not any(item.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "cc") for item in child.children)


def main_verb_under_allegiance(verb: Token) -> Token | None:
    """The participle of allegiance (``allegiance_read_as_main_verb``) the verb was hung on."""
    head = verb.head
    return head if head.i != verb.i and _unsubjected_act(verb) and allegiance_read_as_main_verb(head) else None


def _main_verb_after_relative(verb: Token) -> bool:
    """"Angola, which has been mediating between the two neighbours, called for a ceasefire",
    parsed with "called" modifying "neighbours": a past form after the comma that closes the root
    noun's relative clause or apposition, in a sentence with no finite verb outside that clause."""
    root = verb.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or verb.i == 0 or verb.doc[verb.i - 1].text != "," or verb.i < root.i:
        return False
    described = [child for child in root.children if child.dep_ in ("relcl", "appos") and child.i < verb.i]
    own = {token.i for token in verb.subtree}
    inside = {token.i for child in described for token in child.subtree} - own
    if verb.head.i not in inside:
        return False
    return not any(is_finite(token) for token in verb.sent if token.i not in inside and token.i not in own)


def misread_main_verb_subject(verb: Token) -> Token:
    """The noun a main verb read as a modifier (``main_verb_read_as_modifier``) is said of."""
    return verb.head if verb.head.dep_ == "ROOT" else verb.sent.root


def participle_read_as_conjunct(verb: Token) -> bool:
    """"urged both sides to respect the ceasefire agreed in Doha", parsed with "agreed" as a second
    main verb: a conjoined past form right after a noun, with no "and" or comma before it, is that
    noun's participle (agreed by someone the sentence may not name)."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBN") or verb.i == 0 or verb.head.i > verb.i:
        return False
    before = verb.doc[verb.i - 1]
    return before.pos_ in ("NOUN", "PROPN") and before.dep_ in ("dobj", "pobj", "attr") and verb.head.i < before.i


_CONDITION_MARKS = {"if", "when", "unless", "once", "whenever"}


def reduced_conditional_passive(verb: Token) -> bool:
    """"Iran threatened to close the strait if attacked": a bare past participle after "if",
    "when" or "unless", with no subject or auxiliary of its own, says what is done to the main
    clause's subject; it is not that subject's act."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or verb.head.i == verb.i:
        return False
    children = list(verb.children)
    if any(child.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "csubj", "expl") for child in children):
        return False
    return any(child.dep_ == "mark" and child.lower_ in _CONDITION_MARKS for child in children)


def finite_ancestor(token: Token) -> Token:
    """The nearest finite verb above ``token`` (itself if finite), else the root."""
    while not is_finite(token) and token.head.i != token.i:
        token = token.head
    return token


# Irregular verb forms and their base forms, from the pipeline's own lemmatiser tables
# (learn_irregular_verbs): the tagger reads some past forms as present ("retook" VB), and the
# lemmatiser then leaves them as they are.
_IRREGULAR: dict[str, tuple[str, ...]] = {}


def learn_irregular_verbs(nlp) -> None:
    """Take the irregular verb forms from ``nlp``'s rule lemmatiser, if it has one."""
    if _IRREGULAR or "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_exc"):
        return
    verbs = lookups.get_table("lemma_exc").get("verb") or {}
    _IRREGULAR.update({form: tuple(bases) for form, bases in verbs.items() if bases and bases[0] != form})


def base_forms(verb: Token) -> list[str]:
    """Base forms the small model's lemmatiser misses ("staged" -> "stag", "shelled" -> "shelled",
    "retook" tagged as a present form)."""
    word = verb.lower_
    irregular = _IRREGULAR.get(word)
    if irregular and verb.lemma_.lower() == word:
        return list(irregular)
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


def phrase_governor(preposition: Token) -> Token:
    """The word a prepositional phrase belongs to. The parser hangs an "of"/"for" phrase after a
    time on the time ("accused Pakistan late on Saturday of repeated violations"); a day cannot
    take it, so it belongs to the verb the time modifies."""
    head = preposition.head
    if preposition.lower_ not in ("of", "for"):
        return head
    if preposition.dep_ == "conj" and head.dep_ == "prep":
        # "accused Eritrea of preparing for war and of backing rebels", parsed with the second
        # "of" joined to "for": it belongs with the first "of", whose word it shares
        first = head
        while first.dep_ == "prep" and first.head.dep_ in ("pcomp", "pobj") and first.head.head.dep_ == "prep" and first.head.head.lower_ == preposition.lower_:
            first = first.head.head
        if first.lower_ == preposition.lower_:
            return phrase_governor(first)
    for _ in range(3):
        if head.ent_type_ not in ("DATE", "TIME") or head.dep_ not in ("pobj", "npadvmod", "advmod"):
            break
        head = head.head.head if head.dep_ == "pobj" else head.head
        if head.pos_ in ("VERB", "AUX"):
            return head
    return preposition.head


def for_subject(clause: Token) -> Token | None:
    """Whom a "for … to" clause is about: "called for Iran to release the detainees" (parsed as a
    clause marked "for" with Iran its subject, or as "for Iran" with the clause after it)."""
    if clause.dep_ not in FOR_CLAUSE_DEPS:
        return None
    if any(mark.dep_ == "mark" and mark.lower_ == "for" for mark in clause.children):
        return next((subject for subject in clause.children if subject.dep_ in ("nsubj", "nsubjpass")), None)
    if not any(child.dep_ == "aux" and child.lower_ == "to" for child in clause.children) or any(child.dep_ in ("nsubj", "nsubjpass") for child in clause.children):
        return None
    before = clause.left_edge.i - 1
    if before < 1:
        return None
    word = clause.doc[before]
    return next((token for token in (word, *word.ancestors) if token.dep_ == "pobj" and token.head.lower_ == "for" and token.right_edge.i == before), None)


def for_governor(clause: Token) -> Token | None:
    """The word a "for … to" clause completes ("called", "its call")."""
    subject = for_subject(clause)
    if subject is None:
        return None
    return clause.head if subject.head.i == clause.i else subject.head.head


def for_clauses(head: Token) -> list[Token]:
    """The verbs of the "for … to" clauses ``head`` governs ("called for Iran to release…")."""
    pool = [child for child in head.children if child.dep_ in FOR_CLAUSE_DEPS and child.i > head.i]
    if head.dep_ in ("dobj", "pobj"):
        pool += [child for child in head.head.children if child.dep_ in FOR_CLAUSE_DEPS and child.i > head.i]
    return [clause for clause in pool if (governor := for_governor(clause)) is not None and governor.i == head.i]


# How the parser attaches a "for … to" clause.
FOR_CLAUSE_DEPS = ("advcl", "ccomp", "xcomp")
