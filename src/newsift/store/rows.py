"""One analysed article as rows of the store's tables (column order as in schema.py)."""

from __future__ import annotations

import datetime as dt
import json

from newsift.model import Analysis
from newsift.store.schema import ARTICLE_TABLES, column_types

# Column order of each article table, as the schema declares it.
COLUMNS: dict[str, tuple[str, ...]] = {table: tuple(name for name, _ in column_types(table)) for table in ARTICLE_TABLES}


def analysis_rows(analysis: Analysis, run_id: str | None, ingested_at: dt.datetime) -> dict[str, list[tuple]]:
    article = analysis.article
    key = article.id
    text = article.text
    dateline = article.dateline
    claims = {claim.id: claim for claim in analysis.claims}
    rows: dict[str, list[tuple]] = {
        "articles": [
            (
                key, article.title, article.outlet, article.url, article.published, article.language,
                dateline.place if dateline else None, dateline.agency if dateline else None,
                dateline.date.value if dateline and dateline.date else None, article.source, len(text),
                len(analysis.events), analysis.newsift_version, run_id, ingested_at, text,
                json.dumps(analysis.to_dict(), ensure_ascii=False),
            )
        ],
        "actors": [
            (
                key, actor.id, actor.name, actor.type, actor.cameo, actor.country, actor.wikidata, actor.resolved,
                actor.affiliation.actor if actor.affiliation else None, actor.known_as, len(actor.mentions),
            )
            for actor in analysis.actors
        ],
        "mentions": [(key, actor.id, mention.start, mention.end, mention.text, mention.kind) for actor in analysis.actors for mention in actor.mentions],
        "events": [],
        "claims": [
            (key, claim.id, claim.speaker, claim.speaker_text, claim.kind, claim.cue, claim.medium, claim.content.start, claim.content.end, claim.content.text, claim.parent)
            for claim in analysis.claims
        ],
        "times": [(key, time.start, time.end, time.text, time.value, time.precision, time.mod) for time in analysis.times],
        "places": [
            (key, index, place.start, place.end, place.text, place.name, place.country, place.lat, place.lon, place.kind, place.occupied_by, place.geonames_id)
            for index, place in enumerate(analysis.places)
        ],
        "framing_cues": [
            (key, cue.start, cue.end, cue.text, cue.category, cue.technique, cue.target, cue.neutral, cue.voice, cue.speaker, cue.polarity, cue.source)
            for cue in analysis.framing.cues
        ],
        "actor_labels": [(key, label.actor, label.text, label.count, label.kind, label.polarity, label.voice) for label in analysis.framing.labels],
    }
    for event in analysis.events:
        place = analysis.places[event.place] if event.place is not None and event.place < len(analysis.places) else None
        claim = claims.get(event.claim) if event.claim else None
        rows["events"].append(
            (
                key, event.id, event.source, event.target, event.cameo, event.cameo[:2], event.plover, event.plover_mode,
                event.quad_class, event.goldstein, event.status, event.status_cue,
                event.date.value if event.date else None, event.date.precision if event.date else None,
                event_day(event.date.value) if event.date else None,
                place.text if place else None, place.name if place else None, place.country if place else None,
                place.kind if place else None, place.lat if place else None, place.lon if place else None,
                place.geonames_id if place else None, event.claim, claim.speaker if claim else None,
                event.trigger.start, event.trigger.end, event.trigger.text, event.sentence.start, event.sentence.end,
                text[event.sentence.start : event.sentence.end], event.source_text, event.target_text, len(event.evidence),
            )
        )
    return rows


def event_day(value: str | None) -> dt.date | None:
    """The first day an ISO 8601 value covers ("2025-08" -> 2025-08-01); None for seasons,
    decades and anything else that is not a calendar date, month or year."""
    if not value:
        return None
    parts = value.split("-")
    try:
        if len(parts) == 3:
            return dt.date(int(parts[0]), int(parts[1]), int(parts[2][:2]))
        if len(parts) == 2 and 1 <= int(parts[1]) <= 12:
            return dt.date(int(parts[0]), int(parts[1]), 1)
        if len(parts) == 1 and len(value) == 4 and value.isdigit():
            return dt.date(int(value), 1, 1)
    except ValueError:
        return None
    return None
