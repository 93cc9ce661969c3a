"""Exports from the store, each read back with an independent reader (pandas, json, pyarrow) and
checked against the articles by hand (docs/exports.md)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from newsift.errors import UsageError
from newsift.ingest import read_inputs
from newsift.model import Analysis, Article, article_id_for
from newsift.nlp import analyze_many
from newsift.store import Store
from newsift.store import exports
from newsift.store.exports import ACLED_COLUMNS, ACLED_EVENT_TYPES, GDELT_COLUMNS, actor_code, acled_type, global_event_id

from conftest import EXAMPLES


@dataclass
class Exported:
    db: Path
    out: Path
    analyses: dict[str, Analysis]
    dispatch: str  # the dispatch's article id
    counts: dict[str, int]


@pytest.fixture(scope="module")
def exported(tmp_path_factory, nlp, dispatch_path) -> Exported:
    root = tmp_path_factory.mktemp("exports")
    articles = [item for item in read_inputs([str(EXAMPLES)]) if isinstance(item, Article)]
    text = dispatch_path.read_text("utf-8")
    # No url and no source: the dispatch exercises the "newsift:<id>" SOURCEURL fallback.
    dispatch = Article(article_id_for(text), None, None, None, dt.date(2025, 9, 14), None, "en", text)
    analyses = list(analyze_many([*articles, dispatch], nlp))
    db = root / "store.duckdb"
    with Store(db) as store:
        store.write(analyses)
    out = root / "out"
    out.mkdir()
    with Store(db, read_only=True) as store:
        counts = {
            "gdelt": exports.export_gdelt(store, out / "events.tsv"),
            "acled": exports.export_acled(store, out / "events.csv"),
            "plover": exports.export_plover(store, out / "events.plover.jsonl"),
            "jsonl": exports.export_jsonl(store, out / "analyses.jsonl"),
            "parquet": exports.export_parquet(store, out / "parquet"),
            "geojson": exports.export_geojson(store, out / "events.geojson"),
        }
    return Exported(db, out, {item.article.id: item for item in analyses}, dispatch.id, counts)


def _events(exported: Exported, where: str = "TRUE") -> list[dict]:
    with Store(exported.db, read_only=True) as store:
        result = store.connection.execute(f"SELECT * FROM events WHERE {where}")
        names = [column[0] for column in result.description]
        return [dict(zip(names, row)) for row in result.fetchall()]


def _dispatch_event(exported: Exported, source: str, cameo: str, status: str, target: str | None = None):
    """The dispatch's event with this source, code and status, as analysed."""
    (event,) = [
        event
        for event in exported.analyses[exported.dispatch].events
        if (event.source, event.cameo, event.status) == (source, cameo, status) and (target is None or event.target == target)
    ]
    return event


# --- GDELT -----------------------------------------------------------------------------------


def _gdelt(path: Path) -> pd.DataFrame:
    frame = pd.read_csv(path, sep="\t", header=None, dtype=str, keep_default_na=False, quoting=csv.QUOTE_NONE)
    assert frame.shape[1] == 61
    frame.columns = list(GDELT_COLUMNS)
    return frame


def test_gdelt_layout_and_values(exported):
    frame = _gdelt(exported.out / "events.tsv")
    assert len(frame) == exported.counts["gdelt"] > 0
    assert GDELT_COLUMNS[:5] == ("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate")
    assert GDELT_COLUMNS[25:35] == ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
    assert GDELT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")
    ids = frame["GlobalEventID"].astype(int)
    assert ids.is_unique and (ids > 0).all() and (ids < 2**63).all()
    assert frame["EventCode"].str.fullmatch(r"\d{3,4}").all()
    assert frame["EventCode"].str.startswith("0").any()  # leading zeros kept ("046", "0841")
    assert (frame["EventBaseCode"] == frame["EventCode"].str[:3]).all() and (frame["EventRootCode"] == frame["EventCode"].str[:2]).all()
    assert (frame["SOURCEURL"] != "").all() and frame["DATEADDED"].str.fullmatch(r"\d{14}").all()
    assert set(frame["NumArticles"]) == {"1"} and set(frame["AvgTone"]) == {""}
    assert (frame[[f"Actor1Geo_{name}" for name in ("Type", "FullName", "Lat")]] == "").all().all()
    # Day, MonthYear and Year come from the stored event date; statuses are the default two.
    stored = {global_event_id(event["article_id"], event["event_id"]): event for event in _events(exported)}
    for _, row in frame.iterrows():
        event = stored[int(row["GlobalEventID"])]
        day = event["event_date"]
        assert row["Day"] == (day.strftime("%Y%m%d") if day else "")
        assert row["Year"] == (str(day.year) if day else "")
        assert event["status"] in ("asserted", "reported")
        assert event["source"] or event["target"]
        assert row["EventCode"].startswith(event["cameo"])


def test_gdelt_dispatch_by_hand(exported):
    frame = _gdelt(exported.out / "events.tsv").set_index("GlobalEventID")
    strike = _dispatch_event(exported, "ISR", "195", "asserted", target="SYRMIL")
    row = frame.loc[str(global_event_id(exported.dispatch, strike.id))]
    assert (row["Actor1Code"], row["Actor1Name"], row["Actor1CountryCode"]) == ("ISR", "ISRAEL", "ISR")
    assert (row["Actor2Code"], row["Actor2CountryCode"], row["Actor2Type1Code"]) == ("SYRMIL", "SYR", "MIL")
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"], row["QuadClass"]) == ("195", "195", "19", "4")
    assert float(row["GoldsteinScale"]) == -10.0
    assert (row["Day"], row["MonthYear"], row["Year"], row["FractionDate"]) == ("20250914", "202509", "2025", f"{2025 + 257 / 365:.4f}")
    assert row["IsRootEvent"] == "0"  # third sentence
    assert row["SOURCEURL"] == f"newsift:{exported.dispatch}"
    # The talks in the lead sentence are a root event; the retaliation HTS refrained from is not
    # there at all (negated), nor is what HTS appears to seek (speculative).
    talks = _dispatch_event(exported, "hts", "046", "reported")
    assert frame.loc[str(global_event_id(exported.dispatch, talks.id)), "IsRootEvent"] == "1"
    assert frame.loc[str(global_event_id(exported.dispatch, talks.id)), "Actor1Code"] == "SYRREB"
    retaliation = _dispatch_event(exported, "hts", "190", "negated")
    assert str(global_event_id(exported.dispatch, retaliation.id)) not in frame.index
    normalisation = _dispatch_event(exported, "hts", "050", "speculative")
    assert str(global_event_id(exported.dispatch, normalisation.id)) not in frame.index


def test_gdelt_action_geo_and_status_filter(exported, tmp_path):
    frame = _gdelt(exported.out / "events.tsv")
    located = frame[frame["ActionGeo_FullName"] != ""]
    assert len(located) and located["ActionGeo_Type"].isin(["1", "2", "3", "4", "5"]).all()
    assert located["ActionGeo_CountryCode"].str.fullmatch(r"[A-Z]{2}").all()  # ISO2, not FIPS
    djibo = located[located["ActionGeo_FullName"] == "Djibo"].iloc[0]
    assert (djibo["ActionGeo_Type"], djibo["ActionGeo_CountryCode"]) == ("4", "BF")
    assert float(djibo["ActionGeo_Lat"]) == pytest.approx(14.1) and djibo["ActionGeo_FeatureID"] != ""
    with Store(exported.db, read_only=True) as store:
        count = exports.export_gdelt(store, tmp_path / "negated.tsv", statuses=("negated",))
        with pytest.raises(UsageError, match="rumoured"):
            exports.export_gdelt(store, tmp_path / "bad.tsv", statuses=("rumoured",))
    negated = _gdelt(tmp_path / "negated.tsv")
    retaliation = _dispatch_event(exported, "hts", "190", "negated")
    assert count == len(negated) and str(global_event_id(exported.dispatch, retaliation.id)) in set(negated["GlobalEventID"])
    assert not (tmp_path / "bad.tsv").exists()


def test_actor_codes_taken_apart():
    un = actor_code("IGOUNO", "United Nations", "igo", "IGOUNO", None)
    assert (un.code, un.country, un.known_group, un.types) == ("IGOUNO", None, "UNO", ("IGO",))
    qaeda = actor_code("al-qaeda", "al-Qaeda", "armed_group", "IMGREBALQ", "AFG")
    assert (qaeda.country, qaeda.known_group, qaeda.types) == (None, "ALQ", ("IMG", "REB"))
    doctors = actor_code("NGOHLHSDN", "Sudan Doctors Network", "ngo", "NGOHLHSDN", "SDN")
    assert (doctors.country, doctors.known_group, doctors.types) == ("SDN", None, ("NGO", "HLH"))
    minister = actor_code("ron-dermer", "Ron Dermer", "person", "ISRGOV", "ISR")
    assert (minister.code, minister.country, minister.types) == ("ISRGOV", "ISR", ("GOV",))
    # An outlet is its country's media, as Phoenix codes it; a slug without a CAMEO code falls
    # back on its country; one with no country has no code.
    assert actor_code("al-ekhbariya", "Al-Ekhbariya", "media", "al-ekhbariya", "SYR").code == "SYRMED"
    assert actor_code("x-ahmad-khalil", "Ahmad Khalil", "person", None, "SYR").code == "SYR"
    assert actor_code("x-someone", "Someone", "person", None, None).code == ""
    assert actor_code(None, None, None, None, None) is None


# --- ACLED -----------------------------------------------------------------------------------


def _acled(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def test_acled_layout_and_types(exported):
    frame = _acled(exported.out / "events.csv")
    assert list(frame.columns) == list(ACLED_COLUMNS)
    assert len(frame) == exported.counts["acled"] > 0
    assert set(frame["event_type"]) <= set(ACLED_EVENT_TYPES)
    assert set(frame["disorder_type"]) <= {"Political violence", "Demonstrations", "Strategic developments", "Political violence; Demonstrations"}
    assert set(frame["fatalities"]) == {""}  # newsift does not count deaths
    assert frame["event_id_cnty"].is_unique
    assert frame["inter1"].isin([str(code) for code in range(1, 9)] + [""]).all()
    dated = frame[frame["event_date"] != ""]
    assert dated["event_date"].str.fullmatch(r"\d{4}-\d{2}-\d{2}").all() and dated["time_precision"].isin(["1", "2", "3"]).all()
    assert (dated["year"] == dated["event_date"].str[:4]).all()
    assert frame["tags"].str.fullmatch(r"newsift status=(asserted|reported)").all()


def test_acled_dispatch_by_hand(exported):
    frame = _acled(exported.out / "events.csv").set_index("event_id_cnty")
    strike = _dispatch_event(exported, "ISR", "195", "asserted", target="SYRMIL")
    row = frame.loc[f"XXX-{exported.dispatch}-{strike.id}"]  # the sentence names no place
    assert (row["event_type"], row["sub_event_type"], row["disorder_type"]) == ("Explosions/Remote violence", "Air/drone strike", "Political violence")
    assert (row["actor1"], row["inter1"], row["actor2"], row["inter2"], row["interaction"]) == ("Israel", "1", "Syrian Arab Army", "1", "11")
    assert (row["event_date"], row["year"], row["time_precision"]) == ("2025-09-14", "2025", "2")
    text = exported.analyses[exported.dispatch].article.text
    assert row["notes"] == text[strike.sentence.start : strike.sentence.end].strip()
    assert row["notes"].startswith("Israel has intensified its military aggression")
    # Incursions into southern Syria: a foreign army in Syria is ACLED's "external force" (8).
    incursion = frame.loc[f"SYR-{exported.dispatch}-{_dispatch_event(exported, 'ISR', '190', 'asserted').id}"]
    assert (incursion["event_type"], incursion["inter1"], incursion["country"], incursion["iso"]) == ("Battles", "8", "Syria", "760")
    assert (incursion["location"], incursion["geo_precision"]) == ("southern Syria", "2")
    # The talks are an ACLED "Agreement"; the negated retaliation and the reported meeting in
    # Paris (diplomacy ACLED does not record) are absent.
    talks = frame.loc[f"XXX-{exported.dispatch}-{_dispatch_event(exported, 'hts', '046', 'reported').id}"]
    assert (talks["event_type"], talks["sub_event_type"], talks["actor1"], talks["inter1"]) == ("Strategic developments", "Agreement", "Hayat Tahrir al-Sham", "2")
    ids = {key.rsplit("-", 1)[1] for key in frame.index if exported.dispatch in key}
    assert _dispatch_event(exported, "hts", "190", "negated").id not in ids
    assert not {event.id for event in exported.analyses[exported.dispatch].events if event.cameo == "044"} & ids


def test_acled_type_mapping():
    state, rebels, civilians, protesters = 1, 2, 7, 6
    assert acled_type("1951", state, rebels, True) == ("Explosions/Remote violence", "Air/drone strike")
    assert acled_type("194", rebels, None, False) == ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert acled_type("1831", rebels, None, False) == ("Explosions/Remote violence", "Suicide bomb")
    assert acled_type("1833", rebels, None, False) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert acled_type("190", state, rebels, True) == ("Battles", "Armed clash")
    assert acled_type("190", rebels, civilians, True) == ("Violence against civilians", "Attack")
    assert acled_type("181", rebels, state, True) == ("Violence against civilians", "Abduction/forced disappearance")
    assert acled_type("175", state, protesters, True) == ("Protests", "Excessive force against protesters")
    assert acled_type("1411", civilians, None, False) == ("Protests", "Peaceful protest")
    assert acled_type("145", civilians, None, False) == ("Riots", "Violent demonstration")
    assert acled_type("193", civilians, state, True) == ("Riots", "Mob violence")
    assert acled_type("0871", state, rebels, True) == ("Strategic developments", "Agreement")
    assert acled_type("173", state, civilians, True) == ("Strategic developments", "Arrests")
    for outside in ("010", "042", "112", "138", "163", "191", "2042"):
        assert acled_type(outside, state, state, True) is None


# --- PLOVER ----------------------------------------------------------------------------------


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_plover_records(exported):
    records = _jsonl(exported.out / "events.plover.jsonl")
    assert len(records) == exported.counts["plover"] == len(_events(exported))
    keys = {"event_id", "event_date", "event_type", "mode", "context", "actor", "recipient", "source", "location", "event_text", "citation", "status", "cameo", "quad_class", "goldstein", "version"}
    for record in records:
        assert set(record) == keys and record["version"] == "PLOVER 2.0"
        assert isinstance(record["actor"], list) and isinstance(record["recipient"], list) and record["context"] == []
        citation = record["citation"]
        text = exported.analyses[citation["article_id"]].article.text
        assert text[citation["start"] : citation["end"]] == citation["text"]
        assert citation["text"] in record["event_text"]
    by_id = {record["event_id"]: record for record in records}
    strike = by_id[f"{exported.dispatch}:{_dispatch_event(exported, 'ISR', '195', 'asserted', target='SYRMIL').id}"]
    assert (strike["event_type"], strike["mode"], strike["cameo"], strike["quad_class"], strike["goldstein"]) == ("ASSAULT", "aerial", "195", 4, -10.0)
    assert strike["actor"] == [{"id": "ISR", "name": "Israel", "code": "ISR", "country": "ISR"}]
    assert [actor["code"] for actor in strike["recipient"]] == ["SYRMIL"]
    assert (strike["citation"]["text"], strike["event_date"], strike["status"]) == ("airstrikes", "2025-09-14", "asserted")
    retaliation = by_id[f"{exported.dispatch}:{_dispatch_event(exported, 'hts', '190', 'negated').id}"]
    assert (retaliation["status"], retaliation["citation"]["text"], [actor["code"] for actor in retaliation["recipient"]]) == ("negated", "retaliating", ["ISR"])
    meeting = next(record for record in records if record["cameo"] == "044" and record["location"] and record["location"]["name"] == "Paris" and exported.dispatch in record["event_id"])
    assert meeting["location"]["country"] == "FR" and meeting["mode"] == "third-party"


# --- GeoJSON ---------------------------------------------------------------------------------


def test_geojson_points(exported):
    collection = json.loads((exported.out / "events.geojson").read_text("utf-8"))
    assert collection["type"] == "FeatureCollection"
    features = collection["features"]
    located = {(event["article_id"], event["event_id"]): event for event in _events(exported, "latitude IS NOT NULL")}
    assert len(features) == exported.counts["geojson"] == len(located) > 0
    for feature in features:
        assert feature["type"] == "Feature" and feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        properties = feature["properties"]
        event = located[(properties["article_id"], properties["event_id"])]
        assert (lon, lat) == (event["longitude"], event["latitude"])  # [lon, lat], not [lat, lon]
        assert set(properties) == {"article_id", "event_id", "source", "target", "cameo", "plover", "status", "event_date", "place_name", "outlet", "url", "sentence"}
    djibo = next(feature for feature in features if feature["properties"]["place_name"] == "Djibo")
    assert djibo["geometry"]["coordinates"] == pytest.approx([-1.63, 14.1], abs=0.05)


# --- Parquet ---------------------------------------------------------------------------------


def test_parquet_dataset(exported):
    events = ds.dataset(exported.out / "parquet" / "events", format="parquet", partitioning="hive").to_table()
    stored = _events(exported)
    assert events.num_rows == exported.counts["parquet"] == len(stored)
    assert {"event_month", "outlet", "url", "published", "cameo", "status"} <= set(events.schema.names)
    months = events.column("event_month").to_pylist()
    assert all(re.fullmatch(r"\d{4}-\d{2}|unknown", month) for month in months)
    rows = {(row["article_id"], row["event_id"]): row for row in events.to_pylist()}
    for event in stored:
        month = event["event_date"].strftime("%Y-%m") if event["event_date"] else "unknown"
        assert rows[(event["article_id"], event["event_id"])]["event_month"] == month
        assert rows[(event["article_id"], event["event_id"])]["cameo"] == event["cameo"]
    with Store(exported.db, read_only=True) as store:
        for table in ("actors", "claims", "framing_cues"):
            assert pq.read_table(exported.out / "parquet" / f"{table}.parquet").num_rows == store.count(table)


def test_parquet_export_replaces_the_previous_one(exported, tmp_path):
    with Store(exported.db, read_only=True) as store:
        first = exports.export_parquet(store, tmp_path / "pq")
        again = exports.export_parquet(store, tmp_path / "pq")
    assert first == again == ds.dataset(tmp_path / "pq" / "events", format="parquet", partitioning="hive").count_rows()
    assert not list(tmp_path.glob("pq/.*"))


# --- full analyses ---------------------------------------------------------------------------


def test_jsonl_round_trip(exported):
    lines = (exported.out / "analyses.jsonl").read_text("utf-8").splitlines()
    assert len(lines) == exported.counts["jsonl"] == len(exported.analyses)
    read = [Analysis.from_dict(json.loads(line)) for line in lines]
    assert [item.article.id for item in read] == sorted(exported.analyses)
    for item in read:
        assert item.to_dict() == exported.analyses[item.article.id].to_dict()


# --- bad paths -------------------------------------------------------------------------------


def test_bad_output_paths(exported, tmp_path):
    with Store(exported.db, read_only=True) as store:
        with pytest.raises(UsageError, match="is a directory"):
            exports.export_acled(store, tmp_path)
        missing = tmp_path / "no" / "such" / "events.tsv"
        with pytest.raises(UsageError, match="does not exist") as raised:
            exports.export_gdelt(store, missing)
        assert str(missing) in str(raised.value) and "\n" not in str(raised.value)
        (tmp_path / "file").write_text("x")
        with pytest.raises(UsageError, match="is a file"):
            exports.export_parquet(store, tmp_path / "file")
        with pytest.raises(UsageError, match="does not exist"):
            exports.export_jsonl(store, tmp_path / "none" / "a.jsonl")
    assert not list(tmp_path.glob(".*partial"))
