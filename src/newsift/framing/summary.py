"""The per-article framing summary: rates by category, labelled actors, voices, sourcing."""

from __future__ import annotations

from collections import Counter
from typing import Any

from spacy.tokens import Doc

from newsift.framing.lexicon import CATEGORIES
from newsift.model import ActorLabel, FramingCue, Sourcing

_TOP_ACTORS = 5


def framing_summary(doc: Doc, cues: list[FramingCue], labels: list[ActorLabel], sourcing: Sourcing) -> dict[str, Any]:
    words = sum(1 for token in doc if token.is_alpha)
    outlet = [cue for cue in cues if cue.voice == "outlet"]
    quoted = [cue for cue in cues if cue.voice == "quoted"]
    counts = Counter(cue.category for cue in outlet)
    names = {actor.id: actor.known_as or actor.name for actor in doc._.get("newsift_actors") or []}
    return {
        "words": words,
        "outlet_cues": len(outlet),
        "quoted_cues": len(quoted),
        "outlet_cues_per_1000_words": _rate(len(outlet), words),
        "by_category": {category: counts[category] for category in CATEGORIES if counts[category]},
        "per_1000_words": {category: _rate(counts[category], words) for category in CATEGORIES if counts[category]},
        "quoted_by_category": dict(Counter(cue.category for cue in quoted)),
        "labelled_actors": _labelled_actors(labels, outlet, names),
        "sourcing": {
            "assertions": sourcing.assertions,
            "attributed_share": round(sourcing.attributed / sourcing.assertions, 3) if sourcing.assertions else None,
            "named_sources": sourcing.named_sources,
            "anonymous_sources": sourcing.anonymous_sources,
            "most_quoted": [voice.speaker or voice.speaker_text for voice in sourcing.voices if voice.quoted_chars][:3],
        },
    }


def _rate(count: int, words: int) -> float:
    return round(1000 * count / words, 2) if words else 0.0


def _labelled_actors(labels: list[ActorLabel], outlet: list[FramingCue], names: dict[str, str]) -> list[dict[str, Any]]:
    """The actors the outlet labels most: loaded descriptors and cues aimed at them."""
    weight: Counter = Counter()
    words: dict[str, list[str]] = {}
    for label in labels:
        if label.voice != "outlet":
            continue
        words.setdefault(label.actor, []).append(label.text)
        weight[label.actor] += label.count * (2 if label.polarity != "neutral" else 1)
    for cue in outlet:
        if cue.target:
            weight[cue.target] += 1
            if cue.category == "labelling" and cue.text not in words.setdefault(cue.target, []):
                words[cue.target].append(cue.text)
    return [
        {"actor": actor, "name": names.get(actor, actor), "labels": words.get(actor, []), "weight": score}
        for actor, score in weight.most_common(_TOP_ACTORS)
    ]
