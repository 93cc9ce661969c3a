"""Where a cue stands: whose voice it is in, and whether the outlet uses it at all.

A cue inside a direct quotation is the quoted speaker's.  A loaded word the outlet mentions
rather than uses ("rejected the label 'terrorist'"), negates ("is not a terrorist group"),
reports as someone's designation ("designated a terrorist organisation by the US") or that is
part of an official name ("the Counter Terrorism Police") is nobody's framing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsift.model import Claim
from newsift.syntax import is_passive

# Words that talk about a word: "the label 'terrorist'", "branded them 'thugs'".
_METALINGUISTIC = {
    "label", "term", "word", "designation", "description", "epithet", "moniker", "name", "phrase", "tag",
    "call", "brand", "dub", "describe", "refer", "characterise", "characterize", "nickname", "title", "list", "avoid",
}  # fmt: skip
# How far before quoted words a word about words may stand without governing them ("the label
# 'terrorist'"); farther off it must govern them ("lists 'thugs', 'hordes' and 'regime'"), so "The
# same words were used in 2023, when the coastguard's 'rescue' began" is no mention.
_MENTION_REACH = 4
_DESIGNATING = {"designate", "designation", "list", "proscribe", "blacklist", "classify", "outlaw"}
_DENYING = {"deny", "reject", "dispute", "refute", "dismiss", "rebut"}
# Nouns and verbs that make a charged word someone else's charge ("the genocide case", "accused of").
_ALLEGATION_NOUNS = {
    "case", "charge", "allegation", "accusation", "claim", "trial", "convention", "ruling", "lawsuit", "suit",
    "investigation", "probe", "hearing", "proceeding", "inquiry", "indictment", "verdict", "conviction", "term",
    "label", "word", "finding", "report",
}  # fmt: skip
_ATTRIBUTING_VERBS = {
    "accuse", "allege", "charge", "call", "describe", "label", "brand", "term", "claim", "say", "deny",
    "convict", "indict", "acquit", "investigate", "prosecute", "try", "dub", "decry", "condemn", "denounce",
}  # fmt: skip
# Verbs that make words a charge or a name someone gives (the accuser's, not the outlet's, even
# unquoted); "say", "describe" and "condemn" only relay.
_CHARGING_VERBS = _ATTRIBUTING_VERBS - {"say", "claim", "describe", "decry", "condemn", "denounce"}
# Words that make a capitalised phrase an institution's name ("Counter Terrorism Police").
_INSTITUTIONAL = {
    "ministry", "department", "police", "agency", "office", "court", "council", "list", "act", "law",
    "committee", "force", "forces", "brigade", "brigades", "front", "movement", "party", "organization",
    "organisation", "organizations", "organisations", "army", "guard", "unit", "centre", "center",
    "commission", "foundation", "institute", "directorate", "service", "bureau", "authority", "tribunal",
    "resistance", "alliance", "coalition", "command", "corps", "group", "network", "division", "squad",
    "square", "street", "bridge", "mosque", "hospital", "school", "university", "stadium", "camp", "brigade",
}  # fmt: skip
_NAME_LINKS = {"of", "for", "and", "de", "del", "la", "al", "el", "du", "des", "di", "the"}
_QUOTES = re.compile(r"[\"“”]([^\"“”\n]{1,400})[\"“”]|(?<![\w’'])[‘']([^‘’'\n]{1,60})[’'](?![\w’'])")


@dataclass(frozen=True, slots=True)
class Voice:
    voice: str  # outlet | quoted
    speaker: str | None
    claim: str | None


@dataclass(frozen=True, slots=True)
class Quoted:
    start: int  # the words inside the marks
    end: int
    text: str


class FramingContext:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.sentences = list(doc.sents)  # doc.sents is rebuilt on every access
        self.claims: list[Claim] = list(doc._.get("newsift_claims") or [])
        self.quotes = quoted_stretches(doc.text)
        self.mentions = [
            (mention.start, mention.end, actor.id, mention.kind)
            for actor in doc._.get("newsift_actors") or [] for mention in actor.mentions
        ]  # fmt: skip
        self.scare: set[tuple[int, int]] = set()  # quotes that mark doubt, not speech (cues.py)
        self.quote_speakers: dict[tuple[int, int], str | None] = {}  # short quotes someone said

    # --- voice ---------------------------------------------------------------------------

    def voice(self, start: int, end: int) -> Voice:
        direct = [claim for claim in self.claims if claim.kind == "direct" and claim.content.start <= start and end <= claim.content.end]
        if direct:
            claim = min(direct, key=lambda item: item.content.end - item.content.start)
            return Voice("quoted", claim.speaker, claim.id)
        for quote in self.quotes:
            if quote.start <= start and end <= quote.end and (quote.start, quote.end) not in self.scare:
                # quoted words the claims did not attribute ("called it a 'farce'")
                return Voice("quoted", self.quote_speakers.get((quote.start, quote.end)), None)
        holding = [claim for claim in self.claims if claim.content.start <= start and end <= claim.content.end]
        claim = min(holding, key=lambda item: item.content.end - item.content.start) if holding else None
        return Voice("outlet", None, claim.id if claim else None)

    def in_quotes(self, start: int, end: int) -> Quoted | None:
        return next((quote for quote in self.quotes if quote.start <= start and end <= quote.end), None)

    # --- reasons a loaded word is not framing ------------------------------------------------

    def not_framing(self, span: Span, judging: bool = False, net: bool = False) -> str | None:
        """Why the words in ``span`` are not a framing cue, or None when they are one. ``judging``:
        the words judge (doubt, load) rather than label, so one that qualifies a list or a
        designation judges it ("its spurious list of state sponsors of terrorism"). ``net``: a
        word of the open-ended evaluative net, which counts only where no one else's account is
        told ("villagers described scenes of horrifyingly cruel treatment" is theirs)."""
        if self.official_name(span):
            return "official name"
        if self.mentioned(span, paraphrase=not net):
            return "mentioned"
        root = span.root
        qualifies = judging and root.dep_ == "amod" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in _DESIGNATING
        if _governed_by(root, _DESIGNATING) and root.pos_ in ("NOUN", "PROPN", "ADJ") and not qualifies:
            return "designation"  # "which Washington lists as a terrorist organisation"
        if self.negated(root):
            return "negated"
        return None

    def outlets_own(self, span: Span, voice: Voice) -> bool:
        """The outlet says these words itself: outside quotes and reported claims, and not as
        someone else's charge or description."""
        return voice.voice == "outlet" and voice.claim is None and not self.attributed(span)

    def attributed(self, span: Span, saying: bool = True) -> bool:
        """The words report someone else's charge or description, though no claim holds them:
        "South Africa's genocide case", "what Kyiv calls ethnic cleansing", "charged with
        genocide", "the term 'warlord'". With ``saying=False`` only a charge counts, not words
        under a plain "said"."""
        root = span.root
        if root.dep_ == "advmod" and root.pos_ == "ADV":
            return False  # "Predictably, the usual chorus condemned …": the outlet's aside on the act
        if root.head.i != root.i and root.head.lemma_.lower() in _ALLEGATION_NOUNS and root.dep_ in ("compound", "amod", "pobj", "nmod"):
            return not (root.dep_ == "amod" and root.pos_ == "ADJ")  # "wild claims" judges the claim; "genocide claims" repeat it
        if root.dep_ == "pobj" and root.head.head.lemma_.lower() in _ALLEGATION_NOUNS:
            return True  # "allegations of genocide"
        return _governed_by(root, _ATTRIBUTING_VERBS if saying else _CHARGING_VERBS)

    def official_name(self, span: Span) -> bool:
        """The cue is part of a name: an actor's name in the KB, or a capitalised name around it
        ("the Counter Terrorism Police", "the Junta de Andalucía", "Martyrs' Square")."""
        start, end = span.start_char, span.end_char
        for mention_start, mention_end, _actor, kind in self.mentions:
            if mention_start <= start and end <= mention_end and kind in ("name", "alias", "former"):
                return True
        if not all(token.text[:1].isupper() for token in span if token.is_alpha) or title_case_line(span):
            return False
        for entity in self.doc.ents:
            inside = entity.start <= span.start and span.end <= entity.end and len(entity) > len(span)
            if inside and entity.label_ in ("ORG", "FAC", "LAW", "WORK_OF_ART", "EVENT", "GPE", "LOC"):
                return True
        left, right = span.start, span.end
        doc = self.doc
        while left > 0 and (doc[left - 1].text[:1].isupper() or doc[left - 1].lower_ in _NAME_LINKS) and not doc[left - 1].is_sent_start:
            left -= 1
        while right < len(doc) and (doc[right].text[:1].isupper() or doc[right].lower_ in _NAME_LINKS or doc[right].lower_ in ("'", "’", "'s")):
            right += 1
        run = doc[left:right]
        capitalised = [token for token in run if token.text[:1].isupper() and token.is_alpha]
        foreign = any(token.lower_ in ("de", "del", "la", "al", "el", "du", "des", "di") for token in run)
        return len(capitalised) >= 2 and (foreign or any(token.lower_ in _INSTITUTIONAL for token in capitalised))

    def mentioned(self, span: Span, paraphrase: bool = True) -> bool:
        """Talked about rather than used: a quoted word after a word about words ("the label
        'terrorist'", "lists 'thugs', 'hordes' and 'regime'"), a label someone else applies or
        does not ("does not describe Hamas as terrorists"), or one put in question ("whether
        the killings amount to a massacre"). With ``paraphrase``, what someone is said to have
        described, without "as", is told in the outlet's own words ("residents described
        atrocities"), and so is a passive view no one is named as holding ("fishermen are
        considered fair game")."""
        doc = self.doc
        quoted = self.in_quotes(span.start_char, span.end_char)
        before = doc[span.sent.start : span.start]
        first = span.start
        while first > span.sent.start and (doc[first - 1].is_quote or doc[first - 1].lower_ in (",", "and", "or") or self.in_quotes(doc[first - 1].idx, doc[first - 1].idx + 1) is not None):
            first -= 1  # back over a list of quoted words: "lists 'thugs', 'hordes' and 'regime'"
        near = [token for token in before if token.i >= first - _MENTION_REACH or token.is_ancestor(span.root)]
        if quoted is not None and any(token.lemma_.lower() in _METALINGUISTIC and token.pos_ != "VERB" and not is_so_called(token) for token in near):
            return True  # "the label 'terrorist'"; after a verb ("called it 'a brutal crime'") the words are quoted
        head = span.root.head
        labelling_noun = head.lemma_.lower() in {"label", "term", "word", "designation", "tag", "epithet"}
        if head.i != span.root.i and labelling_noun and head.i >= span.end and not any(is_so_called(token) for token in span):
            return True
        node = span.root
        for _ in range(7):
            if _asks_whether(node):
                return True
            if node.head.i == node.i:
                break
            if node.dep_ in _NOT_THE_LABEL and node.head.lemma_.lower() in _APPLYING:
                break  # "brazenly branded", "the terrorists called it", "branded a racist by the media establishment"
            if node.dep_ in ("relcl", "advcl"):
                break  # "describe classrooms where festivals have quietly been dropped": the outlet's own clause
            described = paraphrase and node.dep_ == "dobj" and node.head.lemma_.lower() in _DESCRIBING and not _labels_its_object(node.head)
            node = node.head
            if _asks_whether(node):
                return True
            if described or paraphrase and node.lemma_.lower() in _VIEWING and _is_passive_without_agent(node):
                break  # "residents described atrocities": what they told; "are considered fair game": the outlet's own view
            if node.pos_ == "VERB" and node.lemma_.lower() in _APPLYING and not is_so_called(node) and quoted is None and not _calls_for(node):
                return True  # quoted, the words are the subject's: quoted voice, not a mention
        return False

    def negated(self, root: Token) -> bool:
        """"Hamas is not a terrorist group", "denied it was a junta"."""
        node = root
        for _ in range(6):
            if node.dep_ == "conj" and any(child.dep_ == "cc" and child.lower_ == "but" for child in node.head.children):
                return False  # "not an invasion but the collapse of a corrupt army": the negation stops at "but"
            if node.dep_ in ("attr", "acomp", "oprd") and node.head.i != node.i:
                verb = node.head
                if any(child.dep_ == "neg" for child in verb.children):
                    return True
                if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _DENYING:
                    return True
                return False
            if node.head.i == node.i or node.dep_ in ("ROOT", "ccomp", "advcl", "relcl"):
                return False
            node = node.head
        return False


# Verbs that apply a label, so the label is the subject's, not the outlet's ("described Hamas as terrorists").
_APPLYING = {"describe", "call", "label", "brand", "term", "dub", "characterise", "characterize", "consider", "deem", "regard"}


# Arguments of a labelling verb that are not the label it applies.
_NOT_THE_LABEL = {"advmod", "nsubj", "nsubjpass", "npadvmod", "aux", "neg", "mark", "advcl", "agent"}
# Labelling verbs that label only through "as" or a complement: their bare object is what is
# described ("described atrocities"), not a label ("described them as terrorists").
_DESCRIBING = {"describe", "characterise", "characterize"}
# Verbs of holding a view, whose passive without an agent is the outlet's own view.
_VIEWING = {"consider", "deem", "regard"}


def _labels_its_object(verb: Token) -> bool:
    """"described the attack as terrorism", "considered it a betrayal": the verb puts a label on
    its object through "as" or an object predicate."""
    return any(child.dep_ in ("oprd", "xcomp", "ccomp") or child.dep_ == "prep" and child.lower_ == "as" for child in verb.children)


def _asks_whether(clause: Token) -> bool:
    """"whether the killings amount to a massacre": words put in question."""
    return any(child.dep_ == "mark" and child.lower_ == "whether" for child in clause.children)


def _is_passive_without_agent(verb: Token) -> bool:
    """"Fishermen are considered fair game": a passive that names no one who considers."""
    return is_passive(verb) and not any(child.dep_ == "agent" for child in verb.children)


def _calls_for(verb: Token) -> bool:
    """"call for", "call on": an appeal, not a label ("ministers call for Gaza to be flattened")."""
    return any(child.dep_ in ("prep", "prt") and child.lower_ in ("for", "on", "upon") for child in verb.children)


def is_so_called(token: Token) -> bool:
    return token.lower_ == "called" and token.i >= 2 and token.doc[token.i - 2].lower_ == "so"


def quoted_stretches(text: str) -> list[Quoted]:
    """Every stretch of text between quotation marks (the words inside)."""
    found = []
    for match in _QUOTES.finditer(text):
        group = 1 if match.group(1) is not None else 2
        inner = match.group(group)
        if group == 2 and ("'s " in inner or inner.endswith("'s")):
            continue  # apostrophes, not quotes
        found.append(Quoted(match.start(group), match.end(group), inner))
    return found


def _governed_by(token: Token, lemmas: set[str]) -> bool:
    node = token
    for _ in range(5):
        if node.head.i == node.i or node.dep_ in _OWN_CLAUSES or node.dep_ == "conj" and node.pos_ in ("VERB", "AUX"):
            return False  # a relative clause or a clause joined on says its own words: "tried to X, a provocation that could have dragged"
        subject = node.dep_ in ("nsubj", "nsubjpass")
        node = node.head
        if node.lemma_.lower() in lemmas and not subject and not (node.lemma_.lower() == "try" and any(child.dep_ == "xcomp" for child in node.children)):
            return True  # "tried to hijack" is an attempt, not a trial; "the violations are being investigated" no charge
    return False


_OWN_CLAUSES = frozenset({"relcl", "advcl", "parataxis"})


def title_case_line(span: Span) -> bool:
    """Whether the cue sits in a headline written in title case (every word capitalised)."""
    doc = span.doc
    left, right = span.start, span.end
    # the line, not the sentence: the parser often runs a headline into the dateline below it
    while left > span.sent.start and "\n" not in doc[left - 1].text:
        left -= 1
    while right < span.sent.end and "\n" not in doc[right].text:
        right += 1
    words = [token for token in doc[left:right] if token.is_alpha and len(token) > 3 and not token.is_stop]
    return len(words) >= 3 and all(token.text[:1].isupper() for token in words)


def in_headline(span: Span) -> bool:
    """Whether the span is in the first line of an article that has more than one line."""
    text = span.doc.text
    return "\n" not in text[: span.start_char] and "\n" in text.strip()
