"""The DuckDB store, batch ingest (resumable, with a manifest), Dask scale-out and queries."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsift.batch import Knowledge, merge_parts, run_ingest
from newsift.model import Article, article_id_for
from newsift.nlp import analyze
from newsift.store import Store, StoreError
from newsift.store.queries import EventFilter, query_events, run_sql, top_actors

from conftest import EXAMPLES, ROOT, run_newsift

TEXT_EXAMPLES = sorted(EXAMPLES.glob("*.txt"))


def _corpus(path: Path, copies: int) -> Path:
    """A JSON Lines corpus of distinct articles made from the bundled examples."""
    bases = [item.read_text("utf-8") for item in TEXT_EXAMPLES]
    with path.open("w", encoding="utf-8") as out:
        for number in range(copies):
            text = bases[number % len(bases)].rstrip("\n") + f"\nUpdate {number}: officials gave no further details.\n"
            out.write(json.dumps({"text": text, "outlet": "Test Wire", "published": "2025-03-03"}) + "\n")
    return path


def _counts(db: Path) -> dict[str, int]:
    with Store(db, read_only=True) as store:
        return {table: store.count(table) for table in ("articles", "events", "actors", "claims", "run_inputs")}


def test_writing_an_article_twice_replaces_it(tmp_path, nlp):
    text = TEXT_EXAMPLES[0].read_text("utf-8")
    analysis = analyze(Article(article_id_for(text), None, "Nile Wire", None, dt.date(2025, 3, 3), None, "en", text), nlp)
    db = tmp_path / "n.duckdb"
    with Store(db) as store:
        store.write([analysis])
        first = {table: store.count(table) for table in ("articles", "events", "actors", "mentions", "claims", "framing_cues")}
        store.write([analysis])
        again = {table: store.count(table) for table in first}
        assert store.schema_version == 1
    assert first == again and first["articles"] == 1
    assert first["events"] == len(analysis.events) and first["claims"] == len(analysis.claims)


def test_a_newer_schema_is_refused(tmp_path):
    db = tmp_path / "n.duckdb"
    with Store(db) as store:
        store.connection.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="newer newsift"):
        Store(db)


def test_ingest_records_every_input_and_resumes(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    for item in TEXT_EXAMPLES:
        (source / item.name).write_text(item.read_text("utf-8"), "utf-8")
    (source / "empty.txt").write_text("   \n", "utf-8")
    (source / "binary.txt").write_bytes(b"\x00\x01\x02PNG" * 50)
    db = tmp_path / "n.duckdb"
    first = run_ingest([str(source)], db)
    assert (first.ok, first.skipped, first.failed) == (len(TEXT_EXAMPLES), 0, 2)
    with Store(db, read_only=True) as store:
        manifest = store.connection.execute("SELECT input, status, reason FROM run_inputs ORDER BY input").fetchall()
        runs = store.connection.execute("SELECT status, articles_ok, inputs_failed FROM runs").fetchall()
    assert [(Path(item).name, status) for item, status, _ in manifest] == sorted(
        [("binary.txt", "failed"), ("empty.txt", "failed")] + [(item.name, "ok") for item in TEXT_EXAMPLES]
    )
    assert all(reason for _, status, reason in manifest if status == "failed")
    assert runs == [("finished", len(TEXT_EXAMPLES), 2)]
    again = run_ingest([str(source)], db)
    assert (again.ok, again.skipped) == (0, len(TEXT_EXAMPLES))
    forced = run_ingest([str(source)], db, force=True)
    assert forced.ok == len(TEXT_EXAMPLES)
    counts = _counts(db)
    assert counts["articles"] == len(TEXT_EXAMPLES)


def test_killed_run_resumes_without_duplicates_or_losses(tmp_path):
    corpus = _corpus(tmp_path / "corpus.jsonl", 40)
    db = tmp_path / "n.duckdb"
    command = [sys.executable, "-c", "from newsift.cli import main; main()", "ingest", str(corpus), "--db", str(db), "--no-progress", "--commit-every", "8"]
    env = dict(os.environ, NEWSIFT_CRASH_AFTER_COMMITS="2")
    killed = subprocess.run(command, env=env, capture_output=True, timeout=600)
    assert killed.returncode == -9  # SIGKILL in the middle of the run
    partial = _counts(db)
    assert 0 < partial["articles"] < 40
    resumed = subprocess.run(command, capture_output=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr.decode()
    with Store(db, read_only=True) as store:
        articles = store.connection.execute("SELECT count(*), count(DISTINCT article_id) FROM articles").fetchone()
        done = store.connection.execute("SELECT count(DISTINCT input) FROM run_inputs WHERE status = 'ok'").fetchone()[0]
        duplicated_events = store.connection.execute("SELECT count(*) FROM (SELECT article_id, event_id FROM events GROUP BY ALL HAVING count(*) > 1)").fetchone()[0]
    assert articles == (40, 40) and done == 40 and duplicated_events == 0


def test_bad_knowledge_file_stops_ingest_with_one_line(tmp_path):
    bad = tmp_path / "mine.yaml"
    bad.write_text("actors:\n  - {id: someone, type: person}\n", "utf-8")  # no name
    result = run_newsift("ingest", str(EXAMPLES), "--kb", str(bad), "--db", str(tmp_path / "n.duckdb"), "--no-progress")
    message = result.stderr.decode().strip()
    assert result.returncode != 0 and "Traceback" not in message
    assert f"{bad}:2:" in message and "name" in message and len(message.splitlines()) == 1


def test_two_workers_store_what_one_does(tmp_path):
    corpus = _corpus(tmp_path / "corpus.jsonl", 12)
    one = run_ingest([str(corpus)], tmp_path / "one.duckdb", workers=1)
    two = run_ingest([str(corpus)], tmp_path / "two.duckdb", workers=2)
    assert one.ok == two.ok == 12
    assert _counts(tmp_path / "one.duckdb")["events"] == _counts(tmp_path / "two.duckdb")["events"]


def test_dask_local_cluster_and_merge(tmp_path):
    corpus = _corpus(tmp_path / "corpus.jsonl", 10)
    parts = tmp_path / "parts"
    summary = run_ingest([str(corpus), str(tmp_path / "missing.jsonl")], tmp_path / "d.duckdb", workers=2, engine="dask", parts=parts)
    assert (summary.ok, summary.failed) == (10, 1)
    assert any((parts / "events").glob("*.parquet"))
    merge_parts(parts, tmp_path / "d.duckdb")
    merge_parts(parts, tmp_path / "d.duckdb")  # idempotent
    local = run_ingest([str(corpus)], tmp_path / "l.duckdb")
    dask_counts, local_counts = _counts(tmp_path / "d.duckdb"), _counts(tmp_path / "l.duckdb")
    assert dask_counts["articles"] == local_counts["articles"] == local.ok == 10
    assert dask_counts["events"] == local_counts["events"] and dask_counts["claims"] == local_counts["claims"]
    assert dask_counts["run_inputs"] == 11  # ten ok and the missing file


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("store") / "examples.duckdb"
    run_ingest([str(EXAMPLES)], db, knowledge=Knowledge())
    return db


def test_query_filters(examples_db):
    with Store(examples_db, read_only=True) as store:
        everything = query_events(store, EventFilter())
        assert everything.rows
        israel = query_events(store, EventFilter(actor="ISR"))
        assert israel.rows and all(row[1] == "ISR" for row in israel.rows)
        attacks = query_events(store, EventFilter(cameo="19", status=("asserted",)))
        assert attacks.rows and all(row[2].startswith("19") and row[5] == "asserted" for row in attacks.rows)
        assault = query_events(store, EventFilter(plover="assault"))
        assert {row[3] for row in assault.rows} == {"ASSAULT"}
        dated = [row for row in everything.rows if row[0] is not None]
        cut = sorted(row[0] for row in dated)[len(dated) // 2]
        later = query_events(store, EventFilter(since=cut))
        assert later.rows and all(row[0] >= cut for row in later.rows)
        by_outlet = query_events(store, EventFilter(outlet="sahel desk"))
        assert by_outlet.rows and {row[7] for row in by_outlet.rows} == {"Sahel Desk"}
        top = top_actors(store, limit=3)
        assert len(top.rows) == 3 and top.rows[0][3] >= top.rows[-1][3]
        assert run_sql(store, "SELECT count(*) FROM articles").rows == [(len(list(item for item in EXAMPLES.iterdir() if not item.name.startswith("."))) + 3,)]


def test_query_cli_and_read_only_sql(examples_db):
    done = run_newsift("events", "--db", str(examples_db), "--cameo", "19", "--format", "json")
    assert done.returncode == 0, done.stderr.decode()
    rows = json.loads(done.stdout)
    assert rows and all(row["cameo"].startswith("19") for row in rows)
    done = run_newsift("sql", "DELETE FROM events", "--db", str(examples_db))
    assert done.returncode == 2 and b"read-only" in done.stderr
    done = run_newsift("actors", "top", "--db", str(examples_db), "--format", "csv", "--limit", "2")
    assert done.returncode == 0 and done.stdout.decode().splitlines()[0] == "actor,name,type,articles,mentions,as_source,as_target"
    done = run_newsift("events", "--db", str(ROOT / "no-such.duckdb"))
    assert done.returncode == 2 and b"no such database" in done.stderr
