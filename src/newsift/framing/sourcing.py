"""The sourcing profile: what the article asserts on its own authority and whom it lets speak."""

from __future__ import annotations

from spacy.tokens import Doc

from newsift.model import Claim, SourceVoice, Sourcing


def sourcing_profile(doc: Doc) -> Sourcing:
    claims: list[Claim] = list(doc._.get("newsift_claims") or [])
    actors = {actor.id: actor for actor in doc._.get("newsift_actors") or []}
    profile = Sourcing()
    for sentence in doc.sents:
        if not _asserts(sentence):
            continue
        profile.assertions += 1
        start, end = sentence.start_char, sentence.end_char
        if any(_overlaps(claim, start, end) for claim in claims):
            profile.attributed += 1
        else:
            profile.unattributed += 1
    voices: dict[str, SourceVoice] = {}
    for claim in claims:
        named = claim.speaker is not None or _names_someone(claim.speaker_text, doc)
        profile.named_sources += named
        profile.anonymous_sources += not named
        key = claim.speaker or (claim.speaker_text or "(unnamed)").lower()
        voice = voices.get(key)
        if voice is None:
            actor = actors.get(claim.speaker) if claim.speaker else None
            side = (actor.country or actor.id) if actor is not None else None
            voice = voices[key] = SourceVoice(claim.speaker, claim.speaker_text, side, named=named)
        voice.claims += 1
        if claim.kind == "direct":
            voice.quoted_chars += len(claim.content.text)
    profile.voices = sorted(voices.values(), key=lambda voice: (-voice.quoted_chars, -voice.claims))
    for voice in profile.voices:
        if voice.quoted_chars:
            side = voice.side or "(unnamed)"
            profile.quoted_chars_by_side[side] = profile.quoted_chars_by_side.get(side, 0) + voice.quoted_chars
    return profile


def _asserts(sentence) -> bool:
    """A sentence that states something: it has a verb and is not a question."""
    return any(token.pos_ in ("VERB", "AUX") for token in sentence) and not sentence.text.rstrip().endswith("?")


def _overlaps(claim: Claim, start: int, end: int) -> bool:
    spans = [claim.content] + ([claim.cue_span] if claim.cue_span is not None else [])
    return any(span.start < end and start < span.end for span in spans)


def _names_someone(speaker_text: str | None, doc: Doc) -> bool:
    """"Dr Ali Hassan, a surgeon" names someone the KB does not know; "officials" does not."""
    if not speaker_text:
        return False
    words = speaker_text.split()
    return any(word[:1].isupper() for word in words[1:]) or (len(words) == 1 and words[0][:1].isupper() and words[0].lower() not in _VAGUE)


_VAGUE = {"officials", "sources", "reports", "diplomats", "witnesses", "residents", "analysts", "experts", "observers", "critics"}
