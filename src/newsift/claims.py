"""Claims and quotes: who says what, how, and in which words (docs/conventions.md).

Four sources of claims, all read from the parse and the article's actors:

- direct quotes: quoted stretches attributed by an adjacent speech verb
  (`"…," X said`, `X said: "…"`, `"…" he added`), or continuing the previous quote;
- indirect speech: a speech or stance verb with a reported clause ("X said (that) …",
  "X told Y …", "X denied …", "X accused Y of …") or a report noun ("reports of …");
- "according to X, …" and "…, according to X";
- a headline of the form "Speaker: words".

``find_claims`` is a plain function over a Doc that the actor component has
already processed; ``newsift_claims`` is the spaCy component.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from newsift.yamlio import parse_yaml
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsift.syntax import detached_conjunct

from newsift.model import Claim, Span as TextSpan

_OPENING = {"“": "”", "«": "»", "„": "“", '"': '"', "‘": "’"}
_CLOSING = {"”", "»", '"', "’", "“"}
_SENTENCE_PUNCT = ".!?;"
_DOBJ_VERBS = {"acknowledge", "confirm", "deny", "admit", "announce", "reveal", "accuse", "report"}
_REPORT_NOUNS = {"report", "claim", "allegation"}
_DENYING = {"deny", "reject", "dismiss", "refute", "rebut"}
_CHARGE_NOUNS = {"charge", "accusation", "allegation", "claim"}
_MEDIUM_PREPOSITIONS = {"in", "on", "at", "during", "via", "through", "over"}
_MEDIUM_NOUNS = {
    "interview", "statement", "post", "video", "speech", "address", "conference", "briefing", "letter", "broadcast",
    "tweet", "message", "television", "tv", "radio", "channel", "telegram", "x", "twitter", "facebook", "instagram",
    "youtube", "tiktok", "whatsapp", "website", "communique", "communiqué", "op-ed", "podcast", "remarks", "sermon",
    "session", "meeting", "summit", "forum", "debate", "hearing", "rally", "ceremony", "note", "memo", "report",
}  # fmt: skip
_NOT_SPEAKERS = {"all", "which", "what", "that", "this", "these", "those", "who"}
_SOURCE_NOUNS = {
    "official", "source", "report", "witness", "resident", "diplomat", "data", "figure", "estimate", "count", "tally",
    "analyst", "expert", "activist", "monitor", "medic", "doctor", "survey", "document", "statement", "ministry",
    "agency", "group", "observer", "investigator", "record", "person", "people", "account", "media", "outlet",
    "army", "military", "police", "government", "authority", "spokesman", "spokeswoman", "spokesperson", "office",
    "hospital", "paramedic", "rescuer", "command", "force", "prosecutor", "court", "organisation",
    "organization", "observatory", "television", "tv", "newspaper", "broadcaster", "channel", "radio",
}  # fmt: skip


@dataclass(slots=True)
class _Quote:
    start: int  # content start (after the opening mark)
    end: int  # content end (before the closing mark)
    open_at: int  # position of the opening mark
    close_at: int  # position of the closing mark
    paragraph: int


@dataclass(slots=True)
class _Draft:
    kind: str
    content: tuple[int, int]
    speaker: str | None = None
    speaker_text: tuple[int, int] | None = None
    cue: tuple[int, int] | None = None
    medium: tuple[int, int] | None = None
    verb: int | None = None  # token index of the attributing verb
    cue_lemma: str | None = None
    parent: int | None = None
    extra: dict = field(default_factory=dict)


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    data = parse_yaml(resources.files("newsift.data").joinpath("speech_verbs.yaml").read_text("utf-8"), "speech_verbs.yaml")
    return frozenset(str(verb) for verbs in data.values() for verb in verbs)


def speaker_conjunct(verb: Token) -> bool:
    """"Zelensky said Russian troops had shelled Kharkiv and urged allies to send air defence":
    a past-tense speech or appeal verb the parser joins to the reported clause's verb, with no
    subject or auxiliary of its own, is the speaker's next act, not part of what was said."""
    head = verb.head
    # "Petro said one of the dead was a Colombian fisherman and suspended intelligence sharing":
    # what was said is a description ("was a fisherman"); the act after it is the speaker's (the
    # tagger may read it as a participle)
    described = head.lemma_.lower() == "be" and any(child.dep_ in ("attr", "acomp") for child in head.children) and head.head.lemma_.lower() in speech_verbs()
    if verb.dep_ != "conj" or head.dep_ != "ccomp" or verb.tag_ != "VBD" and not (described and verb.tag_ == "VBN") or head.head.tag_ not in ("VBD", "VBN"):
        return False
    if any(child.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for child in verb.children):
        return False
    # 'chanted "Ruto must go" and marched': the quotation closed before the verb
    closed = any(token.tag_ == "''" for token in verb.doc[head.i + 1 : verb.i]) and head.head.i < head.i
    return closed or described or verb.lemma_.lower() in speech_verbs() and head.head.lemma_.lower() in speech_verbs()


def find_claims(doc: Doc) -> list[Claim]:
    """Every claim in ``doc``, ordered by where its content starts, with nesting."""
    text = doc.text
    actors = _ActorIndex(doc)
    drafts: list[_Draft] = []
    drafts += _headline_claim(doc, text, actors)
    quotes = _quotes(text)
    direct = _direct_claims(doc, text, quotes, actors)
    drafts += direct
    used_verbs = {draft.verb for draft in direct if draft.verb is not None}
    drafts += _indirect_claims(doc, text, actors, used_verbs, quotes)
    drafts += _according_to_claims(doc, text, actors)
    drafts += _report_noun_claims(doc, text, actors, quotes)
    return _finish(drafts, text)


# --- actors ------------------------------------------------------------------------------------


class _ActorIndex:
    """Which actor a character belongs to, from the actor component's spans."""

    def __init__(self, doc: Doc) -> None:
        self.spans = [(span.start_char, span.end_char, span.label_) for span in doc.spans.get("newsift_actors", [])]
        self.types = {actor.id: actor.type for actor in doc._.get("newsift_actors") or []}

    def at(self, start: int, end: int) -> str | None:
        for span_start, span_end, actor in self.spans:
            if span_start < end and start < span_end:
                return actor
        return None

    def of_token(self, token: Token) -> str | None:
        return self.at(token.idx, token.idx + len(token.text))


def _speaker_of(noun_phrase: Span, actors: _ActorIndex) -> str | None:
    """The actor a speaker phrase names: its head's actor, else its possessor's ("X's office")."""
    head = noun_phrase.root
    found = actors.of_token(head)
    if found:
        return found
    for child in head.children:  # "Iran's foreign ministry spokesman Esmaeil Baghaei"
        if child.dep_ == "appos" and noun_phrase.start <= child.i < noun_phrase.end and actors.of_token(child):
            return actors.of_token(child)
    for child in head.children:
        if child.dep_ in ("poss", "compound", "amod") and child.i >= noun_phrase.start and child.i < noun_phrase.end:
            found = actors.of_token(child)
            if found:
                return found
    if head.lemma_.lower() in _SPEAKING_FOR:
        # "a spokesman for the Israeli prime minister", "an aide to Netanyahu", "the head of the IAEA"
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("for", "of", "to") and noun_phrase.start <= child.i < noun_phrase.end:
                for holder in (item for item in child.children if item.dep_ == "pobj"):
                    found = actors.of_token(holder) or next((actors.of_token(word) for word in holder.children if word.dep_ in ("poss", "compound", "amod") and actors.of_token(word)), None)
                    if found:
                        return found
    return None


# People who speak for whom their "for", "of" or "to" phrase names.
_SPEAKING_FOR = {
    "spokesman", "spokeswoman", "spokesperson", "official", "aide", "adviser", "advisor", "representative",
    "envoy", "head", "chief", "leader", "director", "secretary", "member", "source",
}  # fmt: skip


def _noun_phrase(token: Token) -> Span:
    """The subject's words, up to a comma that starts an apposition or relative clause."""
    doc = token.doc
    left, right = token.left_edge.i, token.right_edge.i + 1
    for index in range(token.i + 1, right):
        if doc[index].text == ",":
            right = index
            break
    while right > left and doc[right - 1].is_punct:
        right -= 1
    if right < len(doc) and doc[right].is_quote and sum(token.is_quote for token in doc[left:right]) % 2:
        right += 1  # the closing mark of a quoted name: 'The so-called "national army"'
    return doc[left:right]


# --- direct quotes -----------------------------------------------------------------------------


def _quotes(text: str) -> list[_Quote]:
    """Closed quotations; a quote left open at the end of a paragraph continues only when the
    next paragraph opens with a quotation mark (the news convention), else it is dropped."""
    quotes: list[_Quote] = []
    paragraph_starts = [0] + [match.end() for match in re.finditer(r"\n", text)]
    position = 0
    while position < len(text):
        char = text[position]
        if char in _OPENING and _opens(text, position):
            closing = _OPENING[char]
            end = _closing_position(text, position + 1, char, closing)
            paragraph = _paragraph_of(paragraph_starts, position)
            if end is not None:
                quotes.append(_Quote(position + 1, end, position, end, paragraph))
                position = end + 1
                continue
            paragraph_end = text.find("\n", position)
            if paragraph_end != -1 and text[paragraph_end + 1 : paragraph_end + 2] in _OPENING:
                content_end = len(text[:paragraph_end].rstrip())
                quotes.append(_Quote(position + 1, content_end, position, content_end, paragraph))
                position = paragraph_end + 1
                continue
        position += 1
    return [quote for quote in quotes if text[quote.start : quote.end].strip()]


def _opens(text: str, position: int) -> bool:
    before = text[position - 1] if position > 0 else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    if after.isspace():
        return False
    if text[position] in ("‘", "'"):
        return before.isspace() or before in "(["  # not an apostrophe inside a word
    return before.isspace() or before in "([—–-:" or position == 0


def _closing_position(text: str, start: int, opening: str, closing: str) -> int | None:
    """The mark that closes a quote opened before ``start``, within its paragraph."""
    index = start
    while index < len(text):
        char = text[index]
        if char == "\n":
            return None
        if char == closing and (closing not in ("’", "'") or _ends_word_quote(text, index)):
            if opening == '"' and index + 1 < len(text) and text[index + 1].isalnum() and not text[index - 1].isspace():
                index += 1
                continue
            return index
        index += 1
    return None


def _ends_word_quote(text: str, index: int) -> bool:
    after = text[index + 1] if index + 1 < len(text) else " "
    return not after.isalpha()


def _paragraph_of(starts: list[int], position: int) -> int:
    return sum(1 for start in starts if start <= position) - 1


def _direct_claims(doc: Doc, text: str, quotes: list[_Quote], actors: _ActorIndex) -> list[_Draft]:
    drafts: list[_Draft] = []
    previous: _Draft | None = None
    previous_paragraph = -10
    for quote in quotes:
        if len(text[quote.start : quote.end].split()) < 2 and not text[quote.start : quote.end].rstrip().endswith(tuple(".?!,")):
            continue  # a single quoted word is a scare quote, not speech
        attribution = _attribution_after(doc, text, quote, actors) or _attribution_before(doc, text, quote, actors)
        if attribution is not None:
            draft = attribution
            draft.content = (quote.start, quote.end)
        elif previous is not None and quote.paragraph - previous_paragraph <= 1 and _starts_sentence(doc, quote.open_at):
            draft = _Draft("direct", (quote.start, quote.end), speaker=previous.speaker, cue_lemma=previous.cue_lemma)  # a continued quote
        else:
            continue  # a title or scare quote: quoted words nobody is said to have spoken
        drafts.append(draft)
        previous, previous_paragraph = draft, quote.paragraph
    return drafts


def _starts_sentence(doc: Doc, position: int) -> bool:
    span = doc.char_span(position, position + 1, alignment_mode="expand")
    if span is None:
        return False
    token = span[0]
    return token.is_sent_start or token.i == token.sent.start or (token.i > 0 and doc[token.i - 1].text in _SENTENCE_PUNCT + "\n")


def _attribution_after(doc: Doc, text: str, quote: _Quote, actors: _ActorIndex) -> _Draft | None:
    """`"…," X said` / `"…," said X` / `"…" he added`: a speech verb right after the quote."""
    inner = text[quote.start : quote.end].rstrip()
    if not inner.endswith(tuple(",.?!…:;—–-")) and not text[quote.close_at + 1 : quote.close_at + 3].lstrip().startswith((",", "—", "–", ":")):
        return None  # a quoted name inside the sentence ("the so-called 'national army' claimed"), not someone's words
    after = doc.char_span(quote.close_at + 1, min(len(text), quote.close_at + 200), alignment_mode="expand")
    if after is None:
        return None
    for index, token in enumerate(after[:14]):
        if token.text in _OPENING or token.text in _CLOSING or token.text in ".!?" or "\n" in token.text:
            return None
        if token.lemma_.lower() in speech_verbs() and token.pos_ in ("VERB", "AUX"):
            between = [word for word in after[:index] if not (word.is_punct or word.is_space)]
            if any(word.tag_ in ("WDT", "WP", "WP$") or not token.is_ancestor(word) for word in between):
                return None  # "…", which observers believe / "…", with channels rarely mentioning: another clause's verb
            return _draft_for_verb(doc, token, actors, "direct")
    return None


def _attribution_before(doc: Doc, text: str, quote: _Quote, actors: _ActorIndex) -> _Draft | None:
    """`X said: "…"` / `X said, "…"` / `X wrote on X: "…"`: a speech verb, then `:` or `,`."""
    lead = text[max(0, quote.open_at - 3) : quote.open_at].rstrip()
    if not lead.endswith((":", ",")):
        return None
    before = doc.char_span(max(0, quote.open_at - 160), quote.open_at, alignment_mode="expand")
    if before is None:
        return None
    for token in reversed(list(before)):
        if token.text in _CLOSING or token.text in _OPENING:
            if token.idx < quote.open_at - 1:
                return None
        if token.text in ".!?" or "\n" in token.text:
            return None
        if token.lemma_.lower() in speech_verbs() and token.pos_ in ("VERB", "AUX"):
            return _draft_for_verb(doc, token, actors, "direct")
    return None


def _draft_for_verb(doc: Doc, verb: Token, actors: _ActorIndex, kind: str) -> _Draft | None:
    # the nearest subject: the parser also makes a quote before the verb its subject ('"Death to X", the crowd chanted')
    subject = min((child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")), key=lambda child: abs(verb.i - child.i), default=None)
    if subject is not None and not actors.of_token(subject) and (subject.pos_ not in ("PROPN", "NOUN", "PRON") or subject.lower_ in _NOT_SPEAKERS):
        return None  # "All told, …"
    draft = _Draft(kind, (0, 0), cue=(verb.idx, verb.idx + len(verb.text)), verb=verb.i, cue_lemma=verb.lemma_.lower())
    if subject is not None and not (subject.lower_ == "it" and subject.dep_ == "nsubjpass"):
        phrase = _noun_phrase(subject)
        if len(phrase):
            draft.speaker_text = (phrase.start_char, phrase.end_char)
            draft.speaker = _speaker_of(phrase, actors)
    elif subject is None and kind == "direct":
        return None
    draft.medium = _medium_of(verb)
    return draft


def _medium_of(verb: Token) -> tuple[int, int] | None:
    for child in verb.children:
        if child.dep_ != "prep" or child.lower_ not in _MEDIUM_PREPOSITIONS:
            continue
        objects = [grandchild for grandchild in child.children if grandchild.dep_ == "pobj"]
        if objects and (objects[0].lemma_.lower().rstrip(".") in _MEDIUM_NOUNS or objects[0].lower_.rstrip(".") in _MEDIUM_NOUNS):
            inside = [token for token in child.subtree if not _in_clause(token, child)]
            right = inside[-1]
            while right.i > child.i and right.is_punct:
                right = right.doc[right.i - 1]
            end = right.idx + len(right.text)
            if right.text.endswith(".") and len(right.text) > 1 and (right.i + 1 == len(right.doc) or right.is_sent_end):
                end -= 1  # the tokenizer glued the full stop to "X."
            return child.idx, end
    return None


def _in_clause(token: Token, top: Token) -> bool:
    """Whether ``token`` sits in a clause hung below ``top`` ("an interview that …")."""
    # Tokens are views created on access: compare positions, never identities.
    while token.i != top.i and token.head.i != token.i:
        if token.dep_ in ("acl", "relcl", "ccomp", "advcl"):
            return True
        token = token.head
    return False


# --- indirect speech ---------------------------------------------------------------------------


def _indirect_claims(doc: Doc, text: str, actors: _ActorIndex, used_verbs: set[int], quotes: list[_Quote]) -> list[_Draft]:
    drafts = []
    for token in doc:
        if token.i in used_verbs or token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in speech_verbs():
            continue
        if any(child.dep_ == "neg" for child in token.children) or _inside_quote(token.idx, quotes):
            continue
        if text[token.idx + len(token.text) : token.idx + len(token.text) + 2].lstrip().startswith(":"):
            continue  # "X said: …" introduces direct speech; unquoted or unclosed, it is no claim
        content = _denied_charge(token) or _reported_clause(token, quotes) or _final_attribution(token)
        if content is None and token.lemma_.lower() in _DOBJ_VERBS:
            content = _object_span(token)
        if content is None or text[content[0]] in _OPENING:
            continue
        draft = _draft_for_verb(doc, token, actors, "indirect")
        if draft is None:
            continue
        draft.content = content
        drafts.append(draft)
    return drafts


def _final_attribution(verb: Token) -> tuple[int, int] | None:
    """"Israeli troops killed three men in Jenin, a rights group said on Saturday", parsed with
    "said" as a conjunct of "killed" (or, with more after it, ", …, the air force said, in one of
    the largest attacks", as an aside): the clause before the comma is what was said. Not when
    "and" joins them ("… and the army said"), nor when the verb reports anything of its own."""
    head = verb.head
    if verb.dep_ not in ("conj", "parataxis") or head.i >= verb.i or head.pos_ not in ("VERB", "AUX"):
        return None
    if any(child.dep_ in ("ccomp", "dobj", "xcomp") for child in verb.children):
        return None
    subject = next((child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or any(child.dep_ == "cc" and head.i < child.i < verb.i for child in head.children):
        return None
    start = subject.left_edge.i
    doc = verb.doc
    if start == 0 or doc[start - 1].text != ",":
        return None
    first = head.left_edge
    last = doc[start - 2]
    if last.i <= first.i:
        return None
    return first.idx, last.idx + len(last.text)


def _denied_charge(verb: Token) -> tuple[int, int] | None:
    """"X accused Y of Z, a charge Y denied" (parsed with the accusation as the denial's
    complement): what is denied is the charge, Z, not that X made it."""
    if verb.lemma_.lower() not in _DENYING or not any(child.dep_ == "dobj" and child.lemma_.lower() in _CHARGE_NOUNS for child in verb.children):
        return None
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.i < verb.i and clause.lemma_.lower() in _DOBJ_VERBS:
            return _object_span(clause)
    return None


def _reported_clause(verb: Token, quotes: list[_Quote]) -> tuple[int, int] | None:
    """The clause a speech verb reports: a complement that is not a quote already taken,
    else a that-clause the parser hung on the verb's object or medium ("told Al Arabiya in
    an interview that …")."""
    complements = [child for child in verb.children if child.dep_ == "ccomp"]
    complements.sort(key=lambda child: child.i < verb.i)  # after the verb first
    for complement in complements:
        content = _clause_span(complement)
        if content is not None and not any(_covers(content, quote) for quote in quotes):
            return content
    for child in verb.children:
        attached = [child] + [grandchild for grandchild in child.children if grandchild.dep_ == "pobj"]
        for head in attached:
            for clause in head.children:
                if clause.dep_ in ("acl", "relcl", "ccomp", "advcl") and any(mark.lower_ == "that" and mark.dep_ == "mark" for mark in clause.children):
                    return _clause_span(clause)
    return None


def _covers(content: tuple[int, int], quote: _Quote) -> bool:
    """The reported clause is the quote itself (already a direct claim)."""
    return content[0] >= quote.start - 1 and content[1] <= quote.end + 1


def _inside_quote(position: int, quotes: list[_Quote]) -> bool:
    return any(quote.start <= position < quote.end for quote in quotes)


# Time nouns that measure a narrator's "a day after", "hours before" adjunct.
_LAPSES = {"minute", "hour", "day", "week", "month", "year", "moment"}


def _narrated_tail(tokens: list[Token]) -> int | None:
    """Where a trailing ", a day after …" / ", hours before …" adjunct starts: the outlet's own
    narration hung on the reported clause ("Nigeria said it would welcome U.S. help, a day after
    Trump threatened to send troops"), not what the speaker said."""
    for index in range(1, len(tokens) - 1):
        comma, first = tokens[index - 1], tokens[index]
        if comma.text != ",":
            continue
        for token in tokens[index : min(index + 4, len(tokens))]:
            if token.lower_ in ("after", "before") and token.i > first.i and token.doc[token.i - 1].lemma_.lower() in _LAPSES:
                return index - 1
    return None


def _clause_span(clause: Token) -> tuple[int, int] | None:
    tokens = list(clause.subtree)
    spoken = [child for child in clause.children if speaker_conjunct(child)]
    if spoken:
        # the speaker's own next act and the "and" before it are not what was said
        first = min(child.i for child in spoken)
        tokens = [token for token in tokens if token.i < first and not (token.dep_ == "cc" and token.head.i == clause.i and token.i > clause.i)]
    tail = _narrated_tail(tokens)
    if tail is not None:
        tokens = tokens[:tail]
    while tokens and (tokens[0].dep_ == "mark" and tokens[0].lower_ == "that" or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct and tokens[-1].text not in ("”", '"', "’", ")"):
        tokens = tokens[:-1]
    if len(tokens) < 2:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _object_span(verb: Token) -> tuple[int, int] | None:
    """"acknowledged ongoing talks", "accused Israel of blocking …": the object and its of-phrase."""
    objects = [child for child in verb.children if child.dep_ in ("dobj", "attr")]
    if not objects:
        return None
    tokens = list(objects[0].subtree)
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i > objects[0].i:
            tokens += _own_subtree(child)
    tokens.sort(key=lambda token: token.i)
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]
    return (tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)) if tokens else None


def _own_subtree(token: Token) -> list[Token]:
    """The subtree without finite verbs the parser joined to a non-finite one: in "accused
    India of sponsoring terror and expelled its diplomats" the expelling is not the accusation."""
    cut = [item for item in token.subtree if detached_conjunct(item)]
    if not cut:
        return list(token.subtree)
    dropped = {inner.i for item in cut for inner in item.subtree}
    return [item for item in token.subtree if item.i not in dropped]



# --- according to --------------------------------------------------------------------------------


def _according_to_claims(doc: Doc, text: str, actors: _ActorIndex) -> list[_Draft]:
    drafts = []
    for token in doc[:-1]:
        if token.lower_ != "according" or doc[token.i + 1].lower_ != "to":
            continue
        to = doc[token.i + 1]
        source = next((child for child in to.children if child.dep_ == "pobj"), None)
        if source is None or not _is_source(source, actors):
            continue
        phrase = _noun_phrase(source)
        sentence = token.sent
        if token.i == sentence.start or (token.i > sentence.start and doc[sentence.start].is_punct and token.i == sentence.start + 1):
            rest_start = phrase.end
            while rest_start < sentence.end and doc[rest_start].is_punct:
                rest_start += 1
            content = _trimmed(doc, rest_start, sentence.end)
        else:
            end = token.i
            while end > sentence.start and doc[end - 1].is_punct:
                end -= 1
            content = _trimmed(doc, sentence.start, end)
            if phrase.end < sentence.end and not all(t.is_punct or t.is_space for t in doc[phrase.end : sentence.end]):
                continue  # mid-sentence "according to X": no single span holds the rest
        if content is None:
            continue
        draft = _Draft("according_to", content, speaker=_speaker_of(phrase, actors))
        draft.speaker_text = (phrase.start_char, phrase.end_char)
        draft.cue = (token.idx, to.idx + len(to.text))
        draft.cue_lemma = "according to"
        drafts.append(draft)
    return drafts


def _is_source(token: Token, actors: _ActorIndex) -> bool:
    """"according to the UN / two diplomats / reports", not "according to plan"."""
    if actors.of_token(token) or token.pos_ == "PROPN":
        return True
    return token.lemma_.lower() in _SOURCE_NOUNS or any(actors.of_token(child) for child in token.subtree)


def _trimmed(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct and doc[end - 1].text not in ("”", '"', "’", ")")):
        end -= 1
    while start < end and doc[start].is_space:
        start += 1
    if end - start < 2:
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


# --- report nouns and headlines ---------------------------------------------------------------


def _report_noun_claims(doc: Doc, text: str, actors: _ActorIndex, quotes: list[_Quote]) -> list[_Draft]:
    """"reports of heavy fighting", "claims that the army withdrew": attribution by a noun."""
    drafts = []
    for token in doc:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in _REPORT_NOUNS or token.tag_ != "NNS":
            continue
        if _inside_quote(token.idx, quotes):
            continue
        content = None
        for child in [*token.children, *_detached_of(token)]:
            if child.dep_ == "prep" and child.lower_ == "of":
                objects = [grandchild for grandchild in child.children if grandchild.dep_ == "pobj"]
                if objects:
                    content = _clause_span(objects[0]) or (objects[0].idx, objects[0].idx + len(objects[0].text))
            elif child.dep_ in ("acl", "ccomp") and any(grandchild.lower_ == "that" for grandchild in child.children):
                content = _clause_span(child)
        if content is None:
            continue
        draft = _Draft("indirect", content, cue=(token.idx, token.idx + len(token.text)), cue_lemma=token.lemma_.lower())
        draft.speaker_text = draft.cue
        owner = next((child for child in token.children if child.dep_ in ("poss", "compound", "amod") and actors.of_token(child)), None)
        if owner is not None:
            draft.speaker = actors.of_token(owner)
        drafts.append(draft)
    return drafts


_TIME_WORDS = {"last", "this", "next", "month", "week", "year", "day", "earlier", "recent", "recently", "yesterday", "today", "overnight"}


def _detached_of(noun: Token) -> list[Token]:
    """"reports last month of a meeting": the parser hangs "of" on the verb, past the time words."""
    doc = noun.doc
    index = noun.i + 1
    while index < len(doc) and index <= noun.i + 4 and (doc[index].lower_ in _TIME_WORDS or doc[index].ent_type_ == "DATE"):
        index += 1
    if index < len(doc) and index > noun.i + 1 and doc[index].lower_ == "of":
        return [doc[index]]
    return []


def _headline_claim(doc: Doc, text: str, actors: _ActorIndex) -> list[_Draft]:
    """"Jolani: HTS in Security Talks": the speaker before a headline's colon."""
    first_line = text.split("\n", 1)[0]
    match = re.match(r"^\s*([^:\n]{2,60}?):\s+(\S.*?)\s*$", first_line)
    if not match or first_line.rstrip().endswith((".", "?", "!")) and "\n" in text:
        return []
    speaker = actors.at(match.start(1), match.end(1))
    prefix = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
    if speaker is None or prefix is None or any(token.pos_ in ("VERB", "AUX") for token in prefix) or match.group(2)[0] in _OPENING:
        return []
    draft = _Draft("indirect", (match.start(2), match.end(2)), speaker=speaker)
    draft.speaker_text = (match.start(1), match.end(1))
    draft.cue = (match.end(1), match.end(1) + 1)
    return [draft]


# --- assembly ------------------------------------------------------------------------------------


def _finish(drafts: list[_Draft], text: str) -> list[Claim]:
    drafts = [draft for draft in drafts if draft.content[1] > draft.content[0]]
    drafts.sort(key=lambda draft: (draft.content[0], -draft.content[1]))
    unique: list[_Draft] = []
    for draft in drafts:
        # one claim per reported clause and cue: "X accused Y of Z, a charge Y denied" is two
        if not any(other.content == draft.content and other.cue == draft.cue for other in unique):
            unique.append(draft)
    for index, draft in enumerate(unique):
        enclosing = [
            other_index for other_index, other in enumerate(unique)
            if other is not draft and other.content[0] <= (draft.cue or draft.content)[0] and draft.content[1] <= other.content[1]
            and other.content != draft.content
        ]  # fmt: skip
        if enclosing:
            draft.parent = min(enclosing, key=lambda other_index: unique[other_index].content[1] - unique[other_index].content[0])
    claims = []
    for index, draft in enumerate(unique):
        start, end = draft.content
        claims.append(
            Claim(
                id=f"c{index + 1}",
                speaker=draft.speaker,
                speaker_text=_slice(text, draft.speaker_text),
                kind=draft.kind,
                cue=_slice(text, draft.cue),
                medium=_slice(text, draft.medium),
                content=TextSpan(start, end, text[start:end]),
                parent=f"c{draft.parent + 1}" if draft.parent is not None else None,
                cue_lemma=draft.cue_lemma,
                cue_span=TextSpan(draft.cue[0], draft.cue[1], text[draft.cue[0] : draft.cue[1]]) if draft.cue else None,
            )
        )
    return claims


def _slice(text: str, span: tuple[int, int] | None) -> str | None:
    return text[span[0] : span[1]] if span else None


# --- the spaCy component -----------------------------------------------------------------------

if not Doc.has_extension("newsift_claims"):
    Doc.set_extension("newsift_claims", default=None)


@Language.component("newsift_claims", assigns=["doc._.newsift_claims"], requires=["doc._.newsift_actors"])
def claims_component(doc: Doc) -> Doc:
    doc._.newsift_claims = find_claims(doc)
    return doc
