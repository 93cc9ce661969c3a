"""The DuckDB schema: one row per article, actor, mention, event, claim, time, place, framing cue
and actor label, plus runs and their input manifests.  ``SCHEMA_VERSION`` is stored in ``meta``;
``MIGRATIONS`` bring an older database up to date when it is opened."""

from __future__ import annotations

SCHEMA_VERSION = 1

TABLES: dict[str, str] = {
    "meta": """
        CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)""",
    "runs": """
        CREATE TABLE IF NOT EXISTS runs (
            run_id VARCHAR PRIMARY KEY, started_at TIMESTAMP, finished_at TIMESTAMP,
            newsift_version VARCHAR, engine VARCHAR, workers INTEGER, sources VARCHAR[],
            status VARCHAR, articles_ok INTEGER, articles_skipped INTEGER, inputs_failed INTEGER)""",
    "run_inputs": """
        CREATE TABLE IF NOT EXISTS run_inputs (
            run_id VARCHAR, input VARCHAR, article_id VARCHAR, status VARCHAR, reason VARCHAR,
            recorded_at TIMESTAMP)""",
    "articles": """
        CREATE TABLE IF NOT EXISTS articles (
            article_id VARCHAR PRIMARY KEY, title VARCHAR, outlet VARCHAR, url VARCHAR, published DATE,
            language VARCHAR, dateline_place VARCHAR, dateline_agency VARCHAR, dateline_date VARCHAR,
            source VARCHAR, n_chars INTEGER, n_events INTEGER, newsift_version VARCHAR,
            run_id VARCHAR, ingested_at TIMESTAMP, text VARCHAR, analysis JSON)""",
    "actors": """
        CREATE TABLE IF NOT EXISTS actors (
            article_id VARCHAR, actor_id VARCHAR, name VARCHAR, type VARCHAR, cameo VARCHAR,
            country VARCHAR, wikidata VARCHAR, resolved BOOLEAN, affiliation VARCHAR, known_as VARCHAR,
            mentions INTEGER)""",
    "mentions": """
        CREATE TABLE IF NOT EXISTS mentions (
            article_id VARCHAR, actor_id VARCHAR, start_char INTEGER, end_char INTEGER, text VARCHAR, kind VARCHAR)""",
    "events": """
        CREATE TABLE IF NOT EXISTS events (
            article_id VARCHAR, event_id VARCHAR, source VARCHAR, target VARCHAR, cameo VARCHAR,
            cameo_root VARCHAR, plover VARCHAR, plover_mode VARCHAR, quad_class INTEGER, goldstein DOUBLE,
            status VARCHAR, status_cue VARCHAR, date_value VARCHAR, date_precision VARCHAR, event_date DATE,
            place_text VARCHAR, place_name VARCHAR, place_country VARCHAR, place_kind VARCHAR,
            latitude DOUBLE, longitude DOUBLE, geonames_id BIGINT, claim_id VARCHAR, claim_speaker VARCHAR,
            trigger_start INTEGER, trigger_end INTEGER, trigger_text VARCHAR,
            sentence_start INTEGER, sentence_end INTEGER, sentence_text VARCHAR,
            source_text VARCHAR, target_text VARCHAR, mentions INTEGER)""",
    "claims": """
        CREATE TABLE IF NOT EXISTS claims (
            article_id VARCHAR, claim_id VARCHAR, speaker VARCHAR, speaker_text VARCHAR, kind VARCHAR,
            cue VARCHAR, medium VARCHAR, content_start INTEGER, content_end INTEGER, content VARCHAR,
            parent VARCHAR)""",
    "times": """
        CREATE TABLE IF NOT EXISTS times (
            article_id VARCHAR, start_char INTEGER, end_char INTEGER, text VARCHAR, value VARCHAR,
            precision VARCHAR, modifier VARCHAR)""",
    "places": """
        CREATE TABLE IF NOT EXISTS places (
            article_id VARCHAR, place_index INTEGER, start_char INTEGER, end_char INTEGER, text VARCHAR,
            name VARCHAR, country VARCHAR, latitude DOUBLE, longitude DOUBLE, kind VARCHAR,
            occupied_by VARCHAR, geonames_id BIGINT)""",
    "framing_cues": """
        CREATE TABLE IF NOT EXISTS framing_cues (
            article_id VARCHAR, start_char INTEGER, end_char INTEGER, text VARCHAR, category VARCHAR,
            technique VARCHAR, target VARCHAR, neutral VARCHAR, voice VARCHAR, speaker VARCHAR,
            polarity VARCHAR, source VARCHAR)""",
    "actor_labels": """
        CREATE TABLE IF NOT EXISTS actor_labels (
            article_id VARCHAR, actor_id VARCHAR, text VARCHAR, count INTEGER, kind VARCHAR,
            polarity VARCHAR, voice VARCHAR)""",
}

# Tables whose rows belong to one article: replaced together when the article is written again.
ARTICLE_TABLES = ("articles", "actors", "mentions", "events", "claims", "times", "places", "framing_cues", "actor_labels")

INDEXES = (
    "CREATE INDEX IF NOT EXISTS events_article ON events (article_id)",
    "CREATE INDEX IF NOT EXISTS run_inputs_run ON run_inputs (run_id)",
)

# version -> statements that bring a database at version - 1 to it.
MIGRATIONS: dict[int, tuple[str, ...]] = {}


def column_types(table: str) -> list[tuple[str, str]]:
    """``(name, DuckDB type)`` for each column of a table, read off its DDL."""
    body = TABLES[table].split("(", 1)[1].rsplit(")", 1)[0]
    columns = []
    for part in body.split(","):
        words = part.split()
        if len(words) >= 2:
            columns.append((words[0], words[1]))
    return columns
