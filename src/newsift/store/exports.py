"""The store in formats other tools read: GDELT 2.0 events, ACLED-style CSV, PLOVER JSON Lines,
full analyses as JSON Lines, Parquet and GeoJSON.

Every ``export_*`` function reads the store with SQL, writes one file (a directory for Parquet)
and returns the number of records written.  Files are written to a temporary name and renamed
when complete, so a failed export never leaves half a file behind.  Every mapping, and what is
left empty and why, is in docs/exports.md.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
import re
import shutil
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import IO, Any, Iterator, Sequence

from newsift.errors import UsageError
from newsift.model import EVENT_STATUSES
from newsift.store.database import Store

# GDELT and ACLED record what happened: by default they get what the text says happened
# (in the outlet's voice or attributed), not what was denied, planned or speculated.
DEFAULT_STATUSES: tuple[str, ...] = ("asserted", "reported")

PLOVER_VERSION = "PLOVER 2.0"

# --- reading the store -----------------------------------------------------------------------

# GDELT's "root event" is one in the headline or the lead sentence.  The lead starts after the
# headline line (the first line, when it is the title or does not end like a sentence, as
# headlines do not) and after the dateline; an event is in the lead when its sentence starts there
# or no sentence ends between there and its sentence (a dateline ingest did not record).
_EVENTS_SQL = r"""
WITH firsts AS (
    SELECT article_id, text, title, analysis, split_part(text, chr(10), 1) AS first_line, strpos(text, chr(10)) > 0 AS more
    FROM articles
),
heads AS (
    SELECT article_id, text,
        greatest(
            CASE WHEN more AND (trim(first_line) = trim(title) OR NOT regexp_matches(rtrim(first_line), '[.!?]["”’)]*$'))
                 THEN length(first_line) + 1 ELSE 0 END,
            coalesce(TRY_CAST(json_extract(analysis, '$.article.dateline.end') AS INTEGER), 0)
        ) AS head_end
    FROM firsts
),
leads AS (
    SELECT article_id, text, head_end + length(regexp_extract(substr(text, head_end + 1, 200), '^\s*')) AS lead_start
    FROM heads
)
SELECT e.*, a.outlet, a.url, a.published, a.source AS article_source, a.ingested_at, a.dateline_agency,
       e.sentence_start <= l.lead_start
           OR NOT regexp_matches(substr(l.text, l.lead_start + 1, greatest(e.sentence_start - l.lead_start, 0)), '[.!?]["”’)]*\s') AS in_lead,
       s.name AS source_name, s.type AS source_type, s.cameo AS source_cameo, s.country AS source_country,
       t.name AS target_name, t.type AS target_type, t.cameo AS target_cameo, t.country AS target_country
FROM events e
JOIN articles a ON a.article_id = e.article_id
JOIN leads l ON l.article_id = e.article_id
LEFT JOIN actors s ON s.article_id = e.article_id AND s.actor_id = e.source
LEFT JOIN actors t ON t.article_id = e.article_id AND t.actor_id = e.target
{where}
ORDER BY e.article_id, TRY_CAST(regexp_extract(e.event_id, '\d+') AS INTEGER), e.event_id
"""

_FETCH = 2000  # rows per round trip: exports stream, whatever the size of the store


def _event_rows(store: Store, statuses: Sequence[str] | None, need_actor: bool = False) -> Iterator[dict[str, Any]]:
    """Events joined with their article and actors, one dict per event, in article order."""
    clauses: list[str] = []
    params: list[Any] = []
    if statuses is not None:
        clauses.append("e.status IN (SELECT unnest(?))")
        params.append(list(_checked_statuses(statuses)))
    if need_actor:
        clauses.append("(e.source IS NOT NULL OR e.target IS NOT NULL)")
    where = "WHERE " + " AND ".join(clauses) if clauses else ""
    return _dicts(store.connection.execute(_EVENTS_SQL.format(where=where), params))


def _dicts(result) -> Iterator[dict[str, Any]]:
    """A query's rows as dicts, fetched in batches (not a generator above, so that bad
    statuses are refused before any file is opened)."""
    names = [column[0] for column in result.description]
    while batch := result.fetchmany(_FETCH):
        for row in batch:
            yield dict(zip(names, row))


def _checked_statuses(statuses: Sequence[str]) -> tuple[str, ...]:
    if isinstance(statuses, str):  # one status given bare: "asserted", not ("a", "s", ...)
        statuses = (statuses,)
    unknown = [status for status in statuses if status not in EVENT_STATUSES]
    if unknown:
        raise UsageError(f"status {unknown[0]!r}: use one of {', '.join(EVENT_STATUSES)}")
    return tuple(statuses)


# --- writing files ---------------------------------------------------------------------------


def _checked_file(out: Path, example: str) -> Path:
    out = Path(out)
    if out.is_dir():
        raise UsageError(f"{out}: is a directory; give a file path such as {out / example}")
    if not out.parent.is_dir():
        raise UsageError(f"{out}: directory {out.parent} does not exist; create it or write elsewhere")
    return out


@contextmanager
def _writing(out: Path, example: str) -> Iterator[IO[str]]:
    """A text file written under a temporary name and renamed into place when complete."""
    out = _checked_file(out, example)
    partial = out.with_name(f".{out.name}.partial")
    try:
        with partial.open("w", encoding="utf-8", newline="") as handle:
            yield handle
        os.replace(partial, out)
    except OSError as err:
        raise UsageError(f"{out}: cannot write ({err.strerror or err}); choose a writable path") from None
    finally:
        partial.unlink(missing_ok=True)


def _flat(value: Any) -> str:
    """A TSV field: tabs and line breaks would break GDELT's unquoted rows."""
    if value is None:
        return ""
    return re.sub(r"[\t\r\n]+", " ", str(value))


# --- actor codes -----------------------------------------------------------------------------

_CAMEO_ACTOR = re.compile(r"(?:[A-Z]{3})+")
# CAMEO's transnational prefixes: a code starting with one of these has no country of its own.
INTERNATIONAL = frozenset({"IGO", "IMG", "INT", "MNC", "NGM", "NGO", "UIS"})
SECTORS = frozenset({
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "PTY", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM",
    "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "MOD", "RAD", "REF", "SET",
})  # fmt: skip
RELIGIONS = frozenset({
    "ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT", "CTH", "DOX", "DRZ", "HIN", "HSD", "ITR",
    "JAN", "JEW", "JHW", "LDS", "MOS", "MRN", "NRM", "PAG", "PRO", "SFI", "SHI", "SHN", "SIK", "SUN",
    "TAO", "UDR", "ZRO",
})  # fmt: skip
# CAMEO regions stand where a country would (GDELT puts them in the country field).
REGIONS = frozenset({
    "AFR", "ASA", "BAL", "BLK", "CAS", "CAU", "CFR", "CRB", "EAF", "EEU", "EUR", "LAM", "MDE", "MEA",
    "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "WAF", "WST",
})  # fmt: skip


@dataclass(frozen=True, slots=True)
class ActorCode:
    """An actor as event datasets describe it: its CAMEO code taken apart."""

    id: str
    name: str | None
    kind: str | None  # newsift actor type: state, military, armed_group, person, igo, group...
    code: str  # "" when neither the store nor the KB gives a code or a country
    country: str | None  # CAMEO country (ISO 3166-1 alpha-3) or region
    known_group: str | None
    religions: tuple[str, ...]
    types: tuple[str, ...]


def actor_code(actor_id: str | None, name: str | None, kind: str | None, cameo: str | None, country: str | None) -> ActorCode | None:
    """The CAMEO description of an event's actor from its ``actors`` row (None without an actor).

    The row's code wins (it is the code on the article's date: a minister is ISRGOV while in
    office); a slug without one takes the KB's code, else its country's code.
    """
    if actor_id is None:
        return None
    code = cameo if _is_cameo(cameo) else actor_id if _is_cameo(actor_id) else _kb_cameo(actor_id)
    if not _is_cameo(code):
        country = country or _kb_country(actor_id)
        code = country if _is_cameo(country) else ""
    chunks = [code[index : index + 3] for index in range(0, len(code), 3)]
    return ActorCode(
        id=actor_id,
        name=name or _kb_name(actor_id),
        kind=kind,
        code=code,
        country=_code_country(chunks),
        known_group=next((chunk for chunk in chunks if _unclassified(chunk)), None),
        religions=tuple(chunk for chunk in chunks if chunk in RELIGIONS)[:2],
        types=tuple(chunk for chunk in chunks if chunk in SECTORS or chunk in INTERNATIONAL)[:3],
    )


def _is_cameo(value: str | None) -> bool:
    return bool(value) and _CAMEO_ACTOR.fullmatch(value) is not None


def _code_country(chunks: list[str]) -> str | None:
    """The country a code names: its first chunk, or a later one after a transnational prefix
    (NGOHLHSDN: a Sudanese health NGO); None for IGOs and other codes without one."""
    if chunks and (chunks[0] in REGIONS or _is_country(chunks[0])):
        return chunks[0]
    return next((chunk for chunk in chunks[1:] if _is_country(chunk)), None)


def _unclassified(chunk: str) -> bool:
    """A chunk that is no country, region, sector or religion: a known group (UNO, ALQ, WFP)."""
    return not (chunk in SECTORS or chunk in INTERNATIONAL or chunk in RELIGIONS or chunk in REGIONS or _is_country(chunk))


@lru_cache(maxsize=None)
def _is_country(chunk: str) -> bool:
    import pycountry

    return pycountry.countries.get(alpha_3=chunk) is not None


@lru_cache(maxsize=1)
def _kb():
    from newsift.actors import get_knowledge_base

    return get_knowledge_base()


def _kb_cameo(actor_id: str) -> str | None:
    actor = _kb().get(actor_id)
    return actor.cameo if actor else None


def _kb_country(actor_id: str) -> str | None:
    actor = _kb().get(actor_id)
    return actor.country if actor else None


def _kb_name(actor_id: str) -> str | None:
    actor = _kb().get(actor_id)
    return actor.name if actor else None


def _actors_of(row: dict[str, Any]) -> tuple[ActorCode | None, ActorCode | None]:
    source = actor_code(row["source"], row["source_name"], row["source_type"], row["source_cameo"], row["source_country"])
    target = actor_code(row["target"], row["target_name"], row["target_type"], row["target_cameo"], row["target_country"])
    return source, target


# --- countries -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Country:
    iso2: str
    iso3: str
    numeric: int
    name: str  # the common English name ("Syria", not "Syrian Arab Republic")


@lru_cache(maxsize=None)
def country_of(iso2: str | None) -> Country | None:
    import pycountry

    if not iso2:
        return None
    found = pycountry.countries.get(alpha_2=iso2.upper())
    if found is None:
        return None
    actor = _kb().get(found.alpha_3)
    name = actor.name if actor else getattr(found, "common_name", None) or found.name
    return Country(found.alpha_2, found.alpha_3, int(found.numeric), name)


def _country_name(iso3: str | None) -> str | None:
    if not iso3:
        return None
    actor = _kb().get(iso3)
    return actor.name if actor and actor.type == "state" else None


# --- shared fields ---------------------------------------------------------------------------


def global_event_id(article_id: str, event_id: str) -> int:
    """A stable positive integer below 2**63 for one event (60 bits of SHA-1)."""
    return int(hashlib.sha1(f"{article_id}\x1f{event_id}".encode("utf-8")).hexdigest()[:15], 16)


def _sentence(row: dict[str, Any]) -> str | None:
    """The event's sentence without the line breaks that follow it in the article."""
    return row["sentence_text"].strip() if row["sentence_text"] else None


def _source_url(row: dict[str, Any]) -> str:
    return row["url"] or row["article_source"] or f"newsift:{row['article_id']}"


# --- GDELT 2.0 -------------------------------------------------------------------------------

_GDELT_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GDELT_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
GDELT_COLUMNS: tuple[str, ...] = (
    ("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{name}" for name in _GDELT_ACTOR)
    + tuple(f"Actor2{name}" for name in _GDELT_ACTOR)
    + ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
    + tuple(f"{who}Geo_{name}" for who in ("Actor1", "Actor2", "Action") for name in _GDELT_GEO)
    + ("DATEADDED", "SOURCEURL")
)

# GDELT's geographic resolution: 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
_GEO_TYPES = {"country": 1, "admin1": 5, "region": 5, "zone": 5, "city": 4, "landmark": 4}
_US_GEO_TYPES = {5: 2, 4: 3}


def export_gdelt(store: Store, out: Path, statuses: Sequence[str] = DEFAULT_STATUSES) -> int:
    """GDELT 2.0 Events rows (61 tab-separated columns, no header) for events with an actor."""
    count = 0
    with _writing(out, "events.export.tsv") as handle:
        writer = csv.writer(handle, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None, lineterminator="\n")
        for row in _event_rows(store, statuses, need_actor=True):
            writer.writerow([_flat(value) for value in gdelt_row(row)])
            count += 1
    return count


def gdelt_row(row: dict[str, Any]) -> list[Any]:
    source, target = _actors_of(row)
    code = _gdelt_event_code(row["cameo"])
    fields = [global_event_id(row["article_id"], row["event_id"]), *_gdelt_dates(row["event_date"])]
    fields += _gdelt_actor(source) + _gdelt_actor(target)
    fields += [1 if row["in_lead"] else 0, code, code[:3], code[:2], row["quad_class"], row["goldstein"]]
    fields += [max(row["mentions"] or 0, 1), 1, 1, None]  # one article, one source; no tone
    fields += [None] * 16 + _gdelt_action_geo(row)  # actor locations are not extracted
    fields += [row["ingested_at"].strftime("%Y%m%d%H%M%S") if row["ingested_at"] else None, _source_url(row)]
    return fields


def _gdelt_event_code(cameo: str) -> str:
    """GDELT's codes are 3 or 4 digits: a bare root ("19") is its "not specified" code ("190")."""
    return cameo + "0" if len(cameo) == 2 else cameo


def _gdelt_dates(day: dt.date | None) -> list[Any]:
    if day is None:
        return [None, None, None, None]
    fraction = f"{day.year + day.timetuple().tm_yday / 365:.4f}"
    return [day.strftime("%Y%m%d"), day.strftime("%Y%m"), day.year, fraction]


def _gdelt_actor(actor: ActorCode | None) -> list[Any]:
    if actor is None:
        return [None] * len(_GDELT_ACTOR)
    religions = list(actor.religions) + [None] * 2
    types = list(actor.types) + [None] * 3
    name = actor.name.upper() if actor.name else None
    return [actor.code or None, name, actor.country, actor.known_group, None, *religions[:2], *types[:3]]


def _gdelt_action_geo(row: dict[str, Any]) -> list[Any]:
    if row["place_name"] is None:
        return [None] * len(_GDELT_GEO)
    country = row["place_country"]
    geo_type = _GEO_TYPES.get(row["place_kind"], 4)
    if country == "US":
        geo_type = _US_GEO_TYPES.get(geo_type, geo_type)
    adm1 = country if geo_type == 1 else None  # GDELT repeats the country code for countries
    return [geo_type, row["place_name"], country, adm1, None, row["latitude"], row["longitude"], row["geonames_id"]]


# --- ACLED -----------------------------------------------------------------------------------

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip

BATTLES = "Battles"
REMOTE = "Explosions/Remote violence"
CIVILIANS = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"
ACLED_EVENT_TYPES = (BATTLES, REMOTE, CIVILIANS, PROTESTS, RIOTS, STRATEGIC)

# Codes whose ACLED type does not depend on who is involved.  Looked up by the most specific
# prefix of the event's code (4 digits, 3, then the root).
_ACLED_FIXED: dict[str, tuple[str, str]] = {
    "195": (REMOTE, "Air/drone strike"),
    "194": (REMOTE, "Shelling/artillery/missile attack"),
    "183": (REMOTE, "Remote explosive/landmine/IED"),
    "1831": (REMOTE, "Suicide bomb"),
    "2041": (REMOTE, "Chemical weapon"),
    "181": (CIVILIANS, "Abduction/forced disappearance"),
    "1821": (CIVILIANS, "Sexual violence"),
    "14": (PROTESTS, "Peaceful protest"),
    "145": (RIOTS, "Violent demonstration"),
    "046": (STRATEGIC, "Agreement"),
    "057": (STRATEGIC, "Agreement"),
    "0841": (STRATEGIC, "Agreement"),
    "0871": (STRATEGIC, "Agreement"),
    "0873": (STRATEGIC, "Change to group/activity"),
    "0874": (STRATEGIC, "Non-violent transfer of territory"),
    "192": (STRATEGIC, "Non-violent transfer of territory"),
    "153": (STRATEGIC, "Other"),
    "154": (STRATEGIC, "Other"),
    "171": (STRATEGIC, "Looting/property destruction"),
    "173": (STRATEGIC, "Arrests"),
}
# Direct violence: a battle, an attack on civilians or mob violence depending on the actors.
_ACLED_VIOLENCE = ("175", "18", "19", "20")
# ...but not a blockade (no ACLED type) or weapons of mass destruction other than chemical ones.
_NOT_VIOLENCE = ("191", "204")

_DISORDER = {BATTLES: "Political violence", REMOTE: "Political violence", CIVILIANS: "Political violence", PROTESTS: "Demonstrations", STRATEGIC: "Strategic developments"}

# ACLED inter codes.
STATE, REBELS, POLITICAL_MILITIA, IDENTITY_MILITIA, RIOTERS, PROTESTERS, CIVILIAN, EXTERNAL = range(1, 9)
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD"})
_STATE_KINDS = frozenset({"state", "government", "military", "police"})


def export_acled(store: Store, out: Path, statuses: Sequence[str] = DEFAULT_STATUSES) -> int:
    """ACLED-style CSV (with header) of the events ACLED's event types cover."""
    count = 0
    with _writing(out, "events.acled.csv") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(ACLED_COLUMNS)
        for row in _event_rows(store, statuses, need_actor=True):
            record = acled_row(row)
            if record is not None:
                writer.writerow(["" if record[column] is None else record[column] for column in ACLED_COLUMNS])
                count += 1
    return count


def acled_row(row: dict[str, Any]) -> dict[str, Any] | None:
    """One ACLED record, or None for an event ACLED does not cover."""
    source, target = _actors_of(row)
    place = country_of(row["place_country"])
    event_country = place.iso3 if place else None
    inter1 = inter_code(source, event_country, violent_source=row["plover"] == "ASSAULT")
    inter2 = inter_code(target, event_country)
    kind = acled_type(row["cameo"], inter1, inter2, has_target=target is not None)
    if kind is None:
        return None
    event_type, sub_event_type = kind
    where = (place.name if place else None) or _country_name(source.country if source else None)
    actor1, assoc1, inter1 = _acled_actor1(source, inter1, event_type, sub_event_type, where)
    actor2, assoc2, inter2 = _acled_actor2(target, inter2, event_type, sub_event_type, where)
    day = row["event_date"]
    return {
        "event_id_cnty": f"{event_country or 'XXX'}-{row['article_id']}-{row['event_id']}",
        "event_date": day.isoformat() if day else None,
        "year": day.year if day else None,
        "time_precision": _TIME_PRECISION.get(row["date_precision"]) if day else None,
        "disorder_type": _disorder(event_type, sub_event_type),
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "actor1": actor1, "assoc_actor_1": assoc1, "inter1": inter1,
        "actor2": actor2, "assoc_actor_2": assoc2, "inter2": inter2,
        "interaction": _interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if inter2 == CIVILIAN and _disorder(event_type, sub_event_type) != "Strategic developments" else None,
        "iso": place.numeric if place else None,
        "region": None,
        "country": place.name if place else None,
        "admin1": row["place_name"] if row["place_kind"] == "admin1" else None,
        "admin2": None,
        "admin3": None,
        "location": row["place_name"],
        "latitude": row["latitude"],
        "longitude": row["longitude"],
        "geo_precision": _GEO_PRECISION.get(row["place_kind"]) if row["place_name"] else None,
        "source": row["outlet"] or row["dateline_agency"],
        "source_scale": None,
        "notes": _sentence(row),
        "fatalities": None,  # newsift does not count deaths
        "tags": f"newsift status={row['status']}",
        "timestamp": int(row["ingested_at"].replace(tzinfo=dt.timezone.utc).timestamp()) if row["ingested_at"] else None,
    }  # fmt: skip


# ACLED: 1 the day is known, 2 the week (or a few days), 3 the month or only a longer period.
# "article": the text gives no date and the event takes the article's reference date.
_TIME_PRECISION = {"day": 1, "article": 2, "week": 2, "month": 3, "season": 3, "year": 3, "decade": 3}
# ACLED: 1 the town or a point in it, 2 the district or province, 3 only the country/region.
_GEO_PRECISION = {"city": 1, "landmark": 1, "admin1": 2, "region": 2, "zone": 2, "country": 3}


def acled_type(cameo: str, inter1: int | None, inter2: int | None, has_target: bool) -> tuple[str, str] | None:
    """(event_type, sub_event_type) for a CAMEO code and its actors' inter codes; None when ACLED
    has no such event (statements, diplomacy, threats, sanctions...)."""
    for prefix in (cameo[:4], cameo[:3], cameo[:2]):
        if prefix in _ACLED_FIXED:
            return _ACLED_FIXED[prefix]
    if not cameo.startswith(_ACLED_VIOLENCE) or cameo.startswith(_NOT_VIOLENCE):
        return None
    if cameo.startswith("175") and inter2 == PROTESTERS:
        return PROTESTS, "Excessive force against protesters"
    if inter2 == CIVILIAN or (cameo.startswith("20") and not has_target):
        return CIVILIANS, "Attack"
    if inter1 in (RIOTERS, PROTESTERS, CIVILIAN):
        return RIOTS, "Mob violence"
    return BATTLES, "Armed clash"


def inter_code(actor: ActorCode | None, event_country: str | None, violent_source: bool = False) -> int | None:
    """ACLED's inter code for an actor from its CAMEO sectors and newsift type.

    State forces acting outside their own country are "external forces" (8), as ACLED codes
    foreign militaries; an ethnic or religious group that commits violence is an identity militia.
    """
    if actor is None:
        return None
    types = set(actor.types)
    if types & _STATE_SECTORS or actor.kind in _STATE_KINDS:
        abroad = event_country is not None and actor.country is not None and actor.country != event_country
        return EXTERNAL if abroad else STATE
    if types & {"REB", "SEP"}:
        return REBELS
    if actor.kind == "armed_group" or types & {"CRM", "IMG"}:
        return POLITICAL_MILITIA
    if actor.kind == "igo" or "IGO" in types:
        return EXTERNAL
    if actor.kind == "group" and violent_source:
        return IDENTITY_MILITIA
    return CIVILIAN


def _acled_actor1(actor: ActorCode | None, inter: int | None, event_type: str, sub: str, where: str | None) -> tuple[str | None, str | None, int | None]:
    """ACLED names the crowd, not the group, as actor 1 of protests and riots; an attack with no
    named perpetrator is by an "Unidentified Armed Group"."""
    name = actor.name if actor else None
    if event_type == PROTESTS and sub != "Excessive force against protesters":
        return _generic("Protesters", where), name, PROTESTERS
    if event_type == RIOTS and sub == "Violent demonstration":
        return _generic("Rioters", where), name, RIOTERS
    if actor is None and _DISORDER.get(event_type) == "Political violence":
        return _generic("Unidentified Armed Group", where), None, POLITICAL_MILITIA
    return name, None, inter


def _acled_actor2(actor: ActorCode | None, inter: int | None, event_type: str, sub: str, where: str | None) -> tuple[str | None, str | None, int | None]:
    """Victims of violence are "Civilians (Country)" with the group as associated actor."""
    name = actor.name if actor else None
    if sub == "Excessive force against protesters":
        return _generic("Protesters", where), name, PROTESTERS
    if inter == CIVILIAN and _DISORDER.get(event_type) == "Political violence":
        return _generic("Civilians", where), name, CIVILIAN
    return name, None, inter


def _generic(who: str, where: str | None) -> str:
    return f"{who} ({where})" if where else who


def _disorder(event_type: str, sub_event_type: str) -> str:
    if sub_event_type == "Excessive force against protesters":
        return "Political violence; Demonstrations"
    if event_type == RIOTS:
        return "Demonstrations" if sub_event_type == "Violent demonstration" else "Political violence"
    return _DISORDER[event_type]


def _interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's two-digit interaction: the lower inter code first; "X0" for one actor alone."""
    codes = sorted(code for code in (inter1, inter2) if code)
    if not codes:
        return None
    return codes[0] * 10 + (codes[1] if len(codes) > 1 else 0)


# --- PLOVER ----------------------------------------------------------------------------------


def export_plover(store: Store, out: Path, statuses: Sequence[str] | None = None) -> int:
    """PLOVER 2.0 JSON Lines, one record per event; every status unless ``statuses`` says."""
    count = 0
    with _writing(out, "events.plover.jsonl") as handle:
        for row in _event_rows(store, statuses):
            handle.write(json.dumps(plover_record(row), ensure_ascii=False) + "\n")
            count += 1
    return count


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    source, target = _actors_of(row)
    return {
        "event_id": f"{row['article_id']}:{row['event_id']}",
        "event_date": row["event_date"].isoformat() if row["event_date"] else None,
        "event_type": row["plover"],
        "mode": row["plover_mode"],
        "context": [],  # newsift does not code PLOVER contexts
        "actor": _plover_actors(source),
        "recipient": _plover_actors(target),
        "source": {"outlet": row["outlet"], "url": row["url"]},
        "location": _plover_location(row),
        "event_text": _sentence(row),
        "citation": {"article_id": row["article_id"], "start": row["trigger_start"], "end": row["trigger_end"], "text": row["trigger_text"]},
        "status": row["status"],
        "cameo": row["cameo"],
        "quad_class": row["quad_class"],
        "goldstein": row["goldstein"],
        "version": PLOVER_VERSION,
    }


def _plover_actors(actor: ActorCode | None) -> list[dict[str, Any]]:
    if actor is None:
        return []
    return [{"id": actor.id, "name": actor.name, "code": actor.code or None, "country": actor.country}]


def _plover_location(row: dict[str, Any]) -> dict[str, Any] | None:
    if row["place_name"] is None:
        return None
    return {"name": row["place_name"], "country": row["place_country"], "lat": row["latitude"], "lon": row["longitude"]}


# --- full analyses ---------------------------------------------------------------------------


def export_jsonl(store: Store, out: Path) -> int:
    """Every article's full Analysis JSON, one per line, by article id."""
    count = 0
    result = store.connection.execute("SELECT analysis FROM articles ORDER BY article_id")
    with _writing(out, "analyses.jsonl") as handle:
        while batch := result.fetchmany(_FETCH):
            for (analysis,) in batch:
                # Re-serialised so each analysis is one line whatever the JSON stored.
                handle.write(json.dumps(json.loads(analysis), ensure_ascii=False) + "\n")
                count += 1
    return count


# --- Parquet ---------------------------------------------------------------------------------

_PARQUET_EVENTS_SQL = """
SELECT e.*, a.outlet, a.url, a.published, coalesce(strftime(e.event_date, '%Y-%m'), 'unknown') AS event_month
FROM events e JOIN articles a ON a.article_id = e.article_id
ORDER BY e.article_id, TRY_CAST(regexp_extract(e.event_id, '\\d+') AS INTEGER), e.event_id
"""
PARQUET_TABLES = ("actors", "claims", "framing_cues")


def export_parquet(store: Store, out_dir: Path) -> int:
    """``out_dir/events/event_month=YYYY-MM/`` (a hive-partitioned dataset) and one file each for
    actors, claims and framing cues.  Returns the number of events."""
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    out_dir = _checked_directory(out_dir)
    events = _arrow(store, _PARQUET_EVENTS_SQL)
    staging = out_dir / ".events.partial"
    shutil.rmtree(staging, ignore_errors=True)
    try:
        ds.write_dataset(
            events, staging, format="parquet", partitioning=["event_month"], partitioning_flavor="hive",
            basename_template="part-{i}.parquet", existing_data_behavior="error",
        )  # fmt: skip
        staging.mkdir(exist_ok=True)  # no events: an empty dataset, still a directory
        _replace_events(out_dir / "events", staging)
        for table in PARQUET_TABLES:
            pq.write_table(_arrow(store, f"SELECT * FROM {table} ORDER BY article_id"), out_dir / f"{table}.parquet")
    except OSError as err:
        raise UsageError(f"{out_dir}: cannot write ({err.strerror or err}); choose a writable directory") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return events.num_rows


def _checked_directory(out_dir: Path) -> Path:
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"{out_dir}: is a file; give a directory for the Parquet export")
    if not out_dir.parent.is_dir():
        raise UsageError(f"{out_dir}: directory {out_dir.parent} does not exist; create it or write elsewhere")
    out_dir.mkdir(exist_ok=True)
    return out_dir


def _replace_events(target: Path, staging: Path) -> None:
    """Swap a new events dataset in.  An old one is removed only if it looks like one of ours,
    so months no longer in the store do not linger and nothing else is ever deleted."""
    if target.exists():
        strangers = [item.name for item in target.iterdir() if not (item.is_dir() and item.name.startswith("event_month="))]
        if strangers:
            raise UsageError(f"{target}: holds files that are not a newsift export ({strangers[0]}); empty it or choose another directory")
        shutil.rmtree(target)
    os.replace(staging, target)


def _arrow(store: Store, sql: str):
    """A query's result as a pyarrow Table (DuckDB returns a reader in newer versions)."""
    result = store.connection.execute(sql).arrow()
    return result.read_all() if hasattr(result, "read_all") else result


# --- GeoJSON ---------------------------------------------------------------------------------


def export_geojson(store: Store, out: Path, statuses: Sequence[str] | None = None) -> int:
    """A FeatureCollection of the events that have a located place (Point at [lon, lat])."""
    features = [geojson_feature(row) for row in _event_rows(store, statuses) if row["latitude"] is not None and row["longitude"] is not None]
    with _writing(out, "events.geojson") as handle:
        json.dump({"type": "FeatureCollection", "features": features}, handle, ensure_ascii=False)
        handle.write("\n")
    return len(features)


def geojson_feature(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
        "properties": {
            "article_id": row["article_id"],
            "event_id": row["event_id"],
            "source": row["source"],
            "target": row["target"],
            "cameo": row["cameo"],
            "plover": row["plover"],
            "status": row["status"],
            "event_date": row["event_date"].isoformat() if row["event_date"] else None,
            "place_name": row["place_name"],
            "outlet": row["outlet"],
            "url": row["url"],
            "sentence": _sentence(row),
        },
    }
