"""Read-only questions to the store: filtered events, the most-mentioned actors, and SQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from newsift.errors import UsageError
from newsift.store.database import Store

EVENT_COLUMNS = (
    "event_date", "source", "cameo", "plover", "target", "status", "place_name", "outlet", "trigger_text", "article_id", "event_id",
)  # fmt: skip


@dataclass(slots=True)
class EventFilter:
    actor: str | None = None  # source (or either side with both_sides)
    target: str | None = None
    cameo: str | None = None  # a code or its prefix ("19", "195")
    plover: str | None = None
    status: tuple[str, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    outlet: str | None = None
    both_sides: bool = False
    limit: int | None = None


@dataclass(slots=True)
class Rows:
    columns: list[str]
    rows: list[tuple]


def query_events(store: Store, where: EventFilter) -> Rows:
    clauses, params = [], []
    if where.actor:
        clauses.append("(e.source = ? OR e.target = ?)" if where.both_sides else "e.source = ?")
        params += [where.actor, where.actor] if where.both_sides else [where.actor]
    simple = (
        ("e.target = ?", where.target), ("starts_with(e.cameo, ?)", where.cameo),
        ("e.plover = ?", where.plover.upper() if where.plover else None), ("e.event_date >= ?", where.since),
        ("e.event_date <= ?", where.until), ("a.outlet ILIKE ?", where.outlet),
    )  # fmt: skip
    for clause, value in simple:
        if value is not None:
            clauses.append(clause)
            params.append(value)
    if where.status:
        clauses.append(f"e.status IN ({', '.join('?' for _ in where.status)})")
        params += list(where.status)
    sql = (
        "SELECT e.event_date, e.source, e.cameo, e.plover, e.target, e.status, e.place_name, a.outlet, e.trigger_text, e.article_id, e.event_id "
        "FROM events e JOIN articles a USING (article_id)"
        + (" WHERE " + " AND ".join(clauses) if clauses else "")
        + " ORDER BY e.event_date NULLS LAST, e.article_id, e.event_id"
        + (f" LIMIT {int(where.limit)}" if where.limit else "")
    )
    return Rows(list(EVENT_COLUMNS), store.connection.execute(sql, params).fetchall())


def top_actors(store: Store, limit: int = 20, actor_type: str | None = None) -> Rows:
    """Actors by the number of articles that mention them, with mentions and events."""
    params: list[Any] = []
    where = ""
    if actor_type:
        where = "WHERE ac.type = ?"
        params.append(actor_type)
    sql = f"""
        SELECT ac.actor_id, any_value(ac.name) AS name, any_value(ac.type) AS type,
               count(DISTINCT ac.article_id) AS articles, sum(ac.mentions) AS mentions,
               (SELECT count(*) FROM events e WHERE e.source = ac.actor_id) AS as_source,
               (SELECT count(*) FROM events e WHERE e.target = ac.actor_id) AS as_target
        FROM actors ac {where}
        GROUP BY ac.actor_id ORDER BY articles DESC, mentions DESC, ac.actor_id LIMIT {int(limit)}"""
    return Rows(["actor", "name", "type", "articles", "mentions", "as_source", "as_target"], store.connection.execute(sql, params).fetchall())


def run_sql(store: Store, sql: str) -> Rows:
    """A read-only SQL query (the store is opened read-only, so writes fail)."""
    import duckdb

    try:
        result = store.connection.execute(sql)
    except duckdb.Error as err:
        raise UsageError(f"SQL: {str(err).splitlines()[0]}") from None
    if result.description is None:
        return Rows([], [])
    return Rows([column[0] for column in result.description], result.fetchall())
