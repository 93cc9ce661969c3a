"""What the article calls each actor: appositions, modifiers and titles, predicate nominals,
relative clauses and the KB's labels, each with where it is and its polarity."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsift.framing.context import FramingContext
from newsift.model import ActorLabel, FramingCue, Span as TextSpan

_DETERMINERS = {"a", "an", "the", "this", "that", "these", "those"}
_MAX_WORDS = 14  # a descriptor longer than this is a clause about the actor, cut at a comma


def find_labels(doc: Doc, cues: list[FramingCue], context: FramingContext) -> list[ActorLabel]:
    """Every descriptor attached to an actor, grouped by actor and words, in text order."""
    found: dict[tuple[str, str], ActorLabel] = {}
    for mention in doc.spans.get("newsift_actors", []):
        actor = mention.label_
        for kind, words in _descriptors(mention):
            text = words.text.strip(" ,;")
            if not text or "\n" in text or _is_actor_name(words, doc):
                continue
            polarity = _polarity(words, cues)
            if kind == "modifier" and polarity == "neutral":
                continue  # "southern Syria", "former Daesh": a plain adjective says nothing of the actor
            voice = context.voice(words.start_char, words.end_char).voice
            key = (actor, text.lower())
            label = found.get(key)
            if label is None:
                label = found[key] = ActorLabel(actor, text, 0, kind, polarity, voice)
            span = TextSpan(words.start_char, words.start_char + len(text), text)
            if all(existing.start != span.start for existing in label.spans):
                label.spans.append(span)
                label.count += 1
    for cue in cues:  # the KB's labels: "the Zionist regime" is a label for Israel
        if cue.source == "kb_label" and cue.target:
            key = (cue.target, cue.text.lower())
            label = found.get(key) or found.setdefault(key, ActorLabel(cue.target, cue.text, 0, "label", cue.polarity, cue.voice))
            label.spans.append(TextSpan(cue.start, cue.end, cue.text))
            label.count += 1
    return sorted(found.values(), key=lambda label: label.spans[0].start)


def _descriptors(mention: Span) -> list[tuple[str, Span]]:
    head = mention.root
    found: list[tuple[str, Span]] = []
    for child in (child for token in mention for child in token.children):  # the parser may hang them on any word of a long name
        if child.i in range(mention.start, mention.end):
            continue
        if child.dep_ == "appos":  # "HTS, an extremist group with …"
            found.append(("apposition", _phrase(child)))
        elif child.dep_ == "relcl":  # "Hezbollah, which fired …"
            found.append(("relative", _phrase(child, relative=True)))
    if head.dep_ == "appos" and head.head.i not in range(mention.start, mention.end):
        governor = head.head  # "the RSF commander, Mohamed Hamdan Dagalo": the phrase it stands beside
        found.append(("apposition", _phrase(governor, without=mention)))
    modifiers = _left_modifiers(mention)
    if modifiers is not None:  # "former Daesh in Iraq commander Abu Muhammad al-Jolani"
        found.append(("title" if any(token.pos_ == "NOUN" for token in modifiers) else "modifier", modifiers))
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_ == "be":
        for child in head.head.children:
            if child.dep_ in ("attr", "acomp"):  # "HTS is a terrorist group"
                found.append(("predicate", _phrase(child)))
    return found


def _left_modifiers(mention: Span) -> Span | None:
    """The words before a name in its own noun phrase, past determiners and other actors."""
    doc = mention.doc
    head = mention.root
    left = min([token.i for token in head.subtree], default=mention.start)
    if left >= mention.start:
        return None
    words = doc[left : mention.start]
    for index in range(words.end - 1, words.start - 1, -1):  # "X and Israeli minister Y": only Y's own words
        if doc[index].dep_ == "cc" or doc[index].text in (",", ";", ":") or "\n" in doc[index].text_with_ws:
            words = doc[index + 1 : words.end]
            break
    while len(words) and (words[0].lower_ in _DETERMINERS or words[0].is_punct or words[0].dep_ == "poss"):
        words = doc[words.start + 1 : words.end]
    while len(words) and (words[-1].is_punct or words[-1].lower_ in ("'s", "’s")):
        words = doc[words.start : words.end - 1]
    if not len(words) or len(words) > _MAX_WORDS or any(token.text in ",;:" for token in words):
        return None
    return words


def _phrase(token: Token, relative: bool = False, without: Span | None = None) -> Span:
    """A token's phrase, cut at a comma, semicolon or dash and without a leading determiner."""
    doc = token.doc
    left, right = token.left_edge.i, token.right_edge.i + 1
    if without is not None and without.start > token.i:
        right = min(right, without.start)
    for index in range(token.i + 1, right):
        if doc[index].text in (",", ";", "—", "–") and not relative:
            right = index
            break
    while left < right and (doc[left].lower_ in _DETERMINERS or doc[left].is_punct):
        left += 1
    while right > left and doc[right - 1].is_punct:
        right -= 1
    span = doc[left:right]
    return span if len(span) <= _MAX_WORDS * 2 else doc[left : left + _MAX_WORDS * 2]


def _is_actor_name(words: Span, doc: Doc) -> bool:
    """Whether the descriptor is just another name of an actor ("(HTS)")."""
    for mention in doc.spans.get("newsift_actors", []):
        if mention.start <= words.start and words.end <= mention.end:
            return True
    return False


def _polarity(words: Span, cues: list[FramingCue]) -> str:
    inside = [cue for cue in cues if words.start_char <= cue.start and cue.end <= words.end_char and cue.category in ("labelling", "loaded_language", "doubt")]
    if any(cue.polarity == "negative" for cue in inside):
        return "negative"
    if inside:
        return "positive"
    return "neutral"
