"""How certain the text is about an event: from negation, modality, governors and claims.

The event's head (its verb, or for a nominal event the light verb carrying it) is
inspected, then the verbs above it in the same sentence ("refrained from
retaliating", "appears to be seeking … by opening negotiations"), then the claim
the event sits in.  Signals are ranked (docs/conventions.md): denied > negated >
hypothetical > speculative > planned > reported > asserted.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsift.claims import speech_verbs
from newsift.events.arguments import ADVERB_PARTICLES
from newsift.events.lexicon import StatusWords
from newsift.model import Claim
from newsift.syntax import base_forms, detached_conjunct, finite_ancestor, is_passive, negates, phrase_governor

RANK = ("denied", "negated", "hypothetical", "speculative", "planned", "reported", "asserted")
# Complements inherit their governor's status ("refrained from retaliating"); adjunct clauses
# (advcl, relcl, acl) are events of their own: "a day after Putin agreed…" is not negated by
# the main clause's "did not strike".
_CLIMB = {"xcomp", "pcomp", "prep", "conj", "ccomp", "dobj", "pobj", "acomp", "attr"}
_MAX_CLIMB = 6


@dataclass(slots=True)
class Status:
    status: str
    cue: Token | None = None  # the word that set it (None for asserted and claim-based)
    cue_text: str | None = None


def event_status(
    head: Token,
    noun: Token | None,
    words: StatusWords,
    claim: Claim | None,
    participants: set[str | None],
    claim_cue_lemma: str | None,
) -> Status:
    """The status of an event whose verb (or carrying verb) is ``head``."""
    found: list[Status] = []
    if noun is not None:
        for child in noun.children:
            if child.dep_ == "det" and child.lower_ in ("no", "neither"):
                found.append(Status("negated", child))
            elif child.dep_ == "det" and child.lower_ == "any":
                found.append(Status("hypothetical", child))  # "would pay a heavy price for any attack"
        for clause in blaming_clauses(noun, words.accusing_governors):
            found.append(Status("reported", clause))  # "the attack, which Israel blamed on Hezbollah": its doer is alleged
        if _supposed(noun, words):
            found.append(Status("hypothetical", noun.head))  # "an Israeli strike on Iran would be a disaster"
        elif _due(noun, words):
            found.append(Status("planned", noun.head))  # "talks would resume next week"
    if noun is not None and head.i != noun.i and head.lemma_.lower() in words.proposing_carriers:
        found.append(Status("planned", head))  # "presented a new package of sanctions": put forward, not yet done
    if noun is None and head.dep_ == "advcl" and head.tag_ == "VBG" and head.head.lemma_.lower() in words.accusing_governors and any(child.dep_ == "prep" and child.lower_ == "of" for child in head.head.children):
        found.append(Status("reported", head.head))  # "accused the coast guard of ramming a boat, injuring a sailor": alleged too
    if noun is None and _counterfactual(head):
        found.append(Status("hypothetical", head))  # "Had Israel struck Iran, Iran would have retaliated"
    if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of" and _has_no(noun.head.head):
        found.append(Status("negated", noun.head.head))  # "there were no reports of clashes", "no sign of strikes"
    if noun is None and any(child.dep_ in ("nsubj", "nsubjpass") and (_has_no(child) or child.lower_ in ("nobody", "none")) for child in head.children):
        found.append(Status("negated", head))  # "No Israeli troops entered Syria", "nobody was arrested"
    if head.dep_ in ("acl", "pcomp") and _denied_by_no(head):
        found.append(Status("negated", head))  # "had no plans to meet Zelensky", "no intention of attacking"
    abandoning = _abandoned_plan(head, words)
    if abandoning is not None:
        found.append(Status("negated", abandoning))  # "abandoned plans to attack Kyiv", "shelved plans to sanction"
    node = head
    if noun is not None and head.i == noun.i and head.dep_ == "dobj" and head.head.i != head.i:
        # "did not condemn Russia's invasion", "may discuss the strikes": an act named as the
        # object of a verb that is not its carrier keeps its own status; only a verb that
        # undoes or disputes it counts ("denied the strikes", "cancelled the visit")
        found.extend(_local_signals(head, words, governor=False))
        governor = head.head.lemma_.lower()
        if governor in words.denying_governors and head.lemma_.lower() not in words.requesting_governors:
            # (a demand turned down was still made: "rejected Moscow's demand")
            found.append(Status("denied", head.head))
        elif _left_open(head.head, words):
            found.append(Status("speculative", head.head))  # "has not ruled out strikes on Venezuela"
        elif _negating(head.head, words) and not _ended_run(head):
            found.append(Status("negated", head.head))
        elif governor in words.proposing_carriers:
            found.append(Status("planned", head.head))  # "is preparing a ground offensive", "sought talks"
        elif governor in words.accusing_governors:
            found.append(Status("reported", head.head))  # "blamed the attack on Moscow": alleged
        if not any(form in _REALISING for form in (governor, *base_forms(head.head))):
            return _ranked(found, claim, words, participants, claim_cue_lemma)
        # "hopes to host talks between Russia and Ukraine", "will convene a meeting": the verb
        # that makes the act happen carries it, so the act is as certain as that verb
        node = head.head
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ not in ("dobj", "nsubj", "nsubjpass", "attr"):
        # A nominal event with no verb of its own ("amid relentless airstrikes") takes no
        # status from the clause it sits in, only from its own words and its claim.
        found.extend(_local_signals(head, words, governor=False))
        if head.dep_ == "pobj" and head.head.lower_ in ("for", "of") and phrase_governor(head.head).lemma_.lower() in words.accusing_governors:
            found.append(Status("reported", phrase_governor(head.head)))  # "blamed France for the attack": alleged
        if head.dep_ == "pobj" and head.head.lower_ == "with" and head.head.head.lemma_.lower() in words.hypothetical_governors:
            found.append(Status("hypothetical", head.head.head))  # "threatened Moscow with sanctions"
        return _ranked(found, claim, words, participants, claim_cue_lemma)
    sibling = False
    for depth in range(_MAX_CLIMB):
        # a coordinated verb shares its partner's auxiliaries and negation, but the partner
        # does not govern it ("suspended the treaty and ordered advisers to leave")
        found.extend(_local_signals(node, words, governor=depth > 0 and not sibling))
        forgone = _forgone(node)
        if forgone is not None:
            found.append(Status("negated", forgone))  # "chose to negotiate rather than attack", "instead of attacking"
        sibling = False
        if (node.dep_ not in _CLIMB and not _misread_complement(node, words)) or node.head.i == node.i:
            break
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in speech_verbs():
            if claim is None and _left_open(node.head, words):
                found.append(Status("speculative", node.head))  # "did not confirm that it carried out the strike" (no claim)
            break  # a reported clause: its speaker's status comes from the claim below
        if node.dep_ == "conj" and any(child.dep_ in ("nsubj", "nsubjpass") for child in node.children):
            # a joined clause with its own subject says its own: "The government did not accept the
            # plan, and Burhan vowed to keep fighting" (not "did not … keep fighting")
            break
        if depth == 0 and detached_conjunct(node):
            # A finite verb joined to a non-finite one has its own tense, auxiliaries and
            # negation ("did not strike Iran and imposed sanctions"), and when the parser joins
            # it to a verb below its true partner ("accused India of sponsoring terror and
            # expelled its diplomats") that partner is a sibling, not a governor.
            partner = finite_ancestor(node.head)
            if partner.dep_ not in _CLIMB or partner.head.i == partner.i:
                break
            node = partner.head
            sibling = True  # the partner's governor is read like a partner: its words, not its lemma
            continue
        if node.dep_ == "conj" and depth == 0:
            # "launched airstrikes and conducted incursions": coordination shares the governor.
            node = node.head
            sibling = True
            continue
        if node.dep_ == "conj":
            # "denied losing ground and accused Kinshasa of bombing civilian areas": a governor's
            # partner governs what the partner says, not what this governor says
            break
        node = node.head
    return _ranked(found, claim, words, participants, claim_cue_lemma)


def blaming_clauses(noun: Token, lemmas: frozenset[str] | set[str]) -> list[Token]:
    """Relative clauses that blame or pin the act the noun names on someone ("the attack, which
    Israel blamed on Hezbollah")."""
    # (not "an agreement signed by Congo and Rwanda, which Kinshasa accuses of commanding the
    # rebels": one accused "of" an act is a party, not the act)
    return [
        clause for clause in noun.children
        if clause.dep_ == "relcl" and clause.lemma_.lower() in lemmas and any(child.dep_ == "dobj" and child.tag_ in ("WDT", "WP") for child in clause.children)
        and not any(child.dep_ == "prep" and child.lower_ == "of" for child in clause.children)
    ]  # fmt: skip


def _supposed(noun: Token, words: StatusWords) -> bool:
    """An act named as the subject of what it would bring about ("an attack would invoke the
    treaty"); not of what is set to happen to it ("the talks would resume")."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in words.consequence_verbs:
        return False
    return any(child.dep_ == "aux" and child.lower_ in ("would", "could", "might", "'d") for child in verb.children)


def _due(noun: Token, words: StatusWords) -> bool:
    """An act named as the subject of its taking place later ("the talks will resume")."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in words.taking_place_verbs:
        return False
    return any(child.dep_ == "aux" and child.lower_ in words.planned_aux | {"would", "'d"} for child in verb.children)


def _counterfactual(verb: Token) -> bool:
    """A condition told with its auxiliary before the subject ("Had Israel struck Iran, …"), or
    what would have followed from one ("…, Iran would have retaliated")."""
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    subject = next((child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")), None)
    # (the parser may make the condition a complement, or "Were" its head: "Were Israel to strike")
    inverted = verb.dep_ != "ROOT" and subject is not None and (
        any(aux.lower_ in ("had", "were", "should") and aux.i < subject.i and aux.i == verb.left_edge.i for aux in auxiliaries)
        or verb.head.lower_ == "were" and verb.head.dep_ == "advcl" and verb.head.i < subject.i
    )
    would_have = {aux.lower_ for aux in auxiliaries} >= {"would", "have"} and verb.tag_ == "VBN"
    return inverted or would_have


# Verbs that make the act their object names happen ("host talks", "convene a meeting").
_REALISING = frozenset({"host", "convene", "organise", "organize", "arrange", "broker", "chair"})
# Verbs that exclude an act, which with their own negation leave it possible.
_EXCLUDING = frozenset({"rule out", "exclude"})


def _left_open(governor: Token, words: StatusWords) -> bool:
    """"has not ruled out strikes", "did not exclude talks", "has never acknowledged supplying
    drones": a possibility left open, not a denial."""
    lemma = governor.lemma_.lower()
    opening = _phrasal(governor) in _EXCLUDING or lemma in _EXCLUDING or lemma in words.unconfirming_cues
    return opening and any(negates(child) for child in governor.children)


# Verbs that put an end to acts already under way.
_ENDING = frozenset({"end", "halt", "stop", "cease"})


def _ended_run(noun: Token) -> bool:
    """Another party's acts in the plural that a verb ends ("to halt Russian strikes on power
    plants") took place; a single act stopped before it happened is negated ("police stopped an
    attack"), and so are the subject's own ("may halt its mediation efforts"), as its plans are."""
    own = any(child.dep_ == "poss" and child.pos_ == "PRON" for child in noun.children)
    return noun.head.lemma_.lower() in _ENDING and noun.tag_ == "NNS" and not own


def _has_no(noun: Token) -> bool:
    return any(child.dep_ == "det" and child.lower_ in ("no", "neither") for child in noun.children)


def _abandoned_plan(verb: Token, words: StatusWords) -> Token | None:
    """The verb that drops the plan, threat or intention the act completes ("abandoned plans to
    attack", "backed away from threats to strike")."""
    noun = verb.head if verb.dep_ == "acl" else verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else None
    if noun is None or noun.pos_ != "NOUN" or noun.head.i == noun.i:
        return None
    governor = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head if noun.dep_ == "dobj" else None
    if governor is not None and _negating(governor, words):
        return governor
    return None


def _forgone(node: Token) -> Token | None:
    """The word that sets the act aside for another: "than" in "rather than attack" (the parser
    joins the two acts with it), "instead" in "instead of attacking"."""
    if node.dep_ == "conj":
        than = next((child for child in node.head.children if child.dep_ == "cc" and child.lower_ == "than" and node.head.i < child.i < node.i), None)
        if than is not None and any(word.lower_ == "rather" for word in (*than.children, than.doc[than.i - 1])):
            return than
    if node.dep_ in ("pcomp", "pobj") and node.head.lower_ == "of":
        return next((child for child in node.head.children if child.lower_ == "instead"), None)
    return None


def _denied_by_no(verb: Token) -> bool:
    """Whether the verb completes a noun of intent the text says there is none of."""
    noun = verb.head if verb.dep_ == "acl" else verb.head.head if verb.head.dep_ == "prep" else None
    return noun is not None and noun.pos_ == "NOUN" and _has_no(noun)


def _ranked(found: list[Status], claim: Claim | None, words: StatusWords, participants: set[str | None], claim_cue_lemma: str | None) -> Status:
    if claim is not None:
        lemma = (claim_cue_lemma or "").lower()
        if lemma in words.denying_governors:
            found.append(Status("denied", None, claim.cue))
        elif lemma in words.confirming_cues and claim.speaker is not None and claim.speaker in participants:
            pass  # a party confirming its own part in the event: the outlet asserts the confirmation
        else:
            found.append(Status("reported", None, claim.cue))
    if not found:
        return Status("asserted")
    best = min(found, key=lambda item: RANK.index(item.status))
    if best.cue is not None and best.cue_text is None:
        best.cue_text = best.cue.text
    return best


def _negating(governor: Token, words: StatusWords) -> bool:
    """Whether the word negates the act it governs ("refused to", "ruled out", "called off")."""
    return governor.lemma_.lower() in words.negating_governors or _phrasal(governor) in words.negating_governors


def _phrasal(verb: Token) -> str:
    """The verb with its particle, as the status lists write phrasal verbs ("rule out", "call off")."""
    # (the parser may read the particle as an adverb: "backed away from")
    particle = next((child.lower_ for child in verb.children if child.dep_ == "prt" or child.dep_ == "advmod" and child.i == verb.i + 1 and child.lower_ in ADVERB_PARTICLES), None)
    return f"{verb.lemma_.lower()} {particle}" if particle else verb.lemma_.lower()


def _local_signals(node: Token, words: StatusWords, governor: bool) -> list[Status]:
    found: list[Status] = []
    lemma = node.lemma_.lower()
    # "warned X of consequences if it did not …": the condition belongs to the threatened act;
    # the warning itself was made.
    threat = lemma in words.hypothetical_governors
    # (not the complement of "threaten" or "warn" the parser reads as an adverbial clause:
    # "threatened on Monday to resume attacks")
    # (not "went house to house killing men": a gerund after "to" is no infinitive)
    if not governor and node.dep_ in ("acl", "advcl") and node.tag_ != "VBG" and not _misread_complement(node, words) and any(child.dep_ == "aux" and child.lower_ == "to" for child in node.children) and not _voiced_by_protest(node, words):
        found.append(Status("planned", next(child for child in node.children if child.dep_ == "aux")))  # "… to reach an agreement"
    if governor and node.dep_ == "prep" and node.lower_ == "without":
        found.append(Status("negated", node))  # "left without signing a deal"
    if governor:
        if lemma in words.accusing_governors:
            found.append(Status("reported", node))  # "accused Israel of carrying out the attack"
        if lemma in words.denying_governors:
            found.append(Status("denied", node))
        elif _left_open(node, words):
            found.append(Status("speculative", node))  # "did not rule out striking again"
        elif _negating(node, words):
            found.append(Status("negated", node))  # "refused to disarm", "ruled out disarming"
        elif lemma in words.hypothetical_governors:
            found.append(Status("hypothetical", node))
        elif lemma in words.speculative_governors and (node.pos_ in ("ADJ",) or lemma in ("appear", "seem") or _passive(node)):
            found.append(Status("speculative", node))
        elif lemma in words.reported_governors and _passive(node):
            found.append(Status("reported", node))
        elif lemma in words.planned_governors or node.lower_ in words.planned_governors or any(form in words.planned_governors for form in base_forms(node)):
            found.append(Status("planned", node))  # (the small model lemmatises "hoped" as "hop")
    for child in node.children:
        lower = child.lower_
        if negates(child) and not (governor and _left_open(node, words)):
            found.append(Status("negated", child))
        elif child.dep_ in ("aux", "auxpass"):
            if lower in words.speculative_modals:
                found.append(Status("speculative", child))
            elif lower in words.planned_aux:
                found.append(Status("planned", child))
            elif lower == "would":
                found.append(Status("planned", child))
        elif child.dep_ == "advmod":
            if lower in words.reported_adverbs:
                found.append(Status("reported", child))
            elif lower in words.speculative_adverbs:
                found.append(Status("speculative", child))
        elif child.dep_ == "amod" and node.pos_ == "NOUN" and lower in words.reported_adjectives:
            found.append(Status("reported", child))
        elif child.dep_ == "amod" and node.pos_ == "NOUN" and lower in words.speculative_adjectives:
            found.append(Status("speculative", child))
        elif child.dep_ == "amod" and node.pos_ == "NOUN" and lower in words.planned_adjectives:
            found.append(Status("planned", child))
        elif child.dep_ == "mark" and lower in words.hypothetical_marks:
            found.append(Status("hypothetical", child))
        elif child.dep_ == "advcl" and not threat and any(grandchild.dep_ == "mark" and grandchild.lower_ in words.hypothetical_marks for grandchild in child.children):
            mark = next(grandchild for grandchild in child.children if grandchild.dep_ == "mark")
            found.append(Status("hypothetical", mark))  # "will strike Iran again if it rebuilds …"
    return found


def _misread_complement(node: Token, words: StatusWords) -> bool:
    """"threatened on Monday to resume attacks": a to-infinitive the parser hangs on "threaten"
    or "warn" as an adverbial clause is its complement."""
    return node.dep_ == "advcl" and node.head.lemma_.lower() in words.hypothetical_governors and any(child.dep_ == "aux" and child.lower_ == "to" for child in node.children)


# Acts of protest that voice the demand their purpose clause names.
_PROTESTING = {"protest", "demonstrate", "rally", "march", "stage", "hold", "gather", "strike", "block", "picket"}


# Purposes an act fulfils by being done: "drove tractors into Brussels to protest".
_PROTEST_PURPOSES = {"protest", "demonstrate", "rally", "denounce", "condemn"}


def _voiced_by_protest(node: Token, words: StatusWords) -> bool:
    """"staged demonstrations to demand the resignation of X": the protest makes the demand, so
    the demand is made, not planned; "took to the streets to protest", "drove tractors into
    Brussels to protest EU policy": going there is protesting."""
    head = node.head
    if node.lemma_.lower() in _PROTEST_PURPOSES:
        return True
    # (the small model lemmatises "staged" as "stag")
    return node.lemma_.lower() in words.requesting_governors and any(form in _PROTESTING for form in [head.lemma_.lower(), *base_forms(head)])


def _passive(token: Token) -> bool:
    return token.tag_ == "VBN" and is_passive(token)
