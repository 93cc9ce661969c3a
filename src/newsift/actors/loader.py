"""Read actor files (YAML or JSON Lines) into :class:`KBActor`, validating every field.

Problems are collected, not raised one at a time, so ``newsift actors check`` can
list them all; each names the file, the line and the field.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from newsift.actors.schema import ACTOR_TYPES, INSTITUTIONS, FormerName, KBActor, Name, Origin, Period, Role
from newsift.errors import KnowledgeError
from newsift.yamlio import LineDict, LineLoader

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")
_QID = re.compile(r"^Q\d+$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_KEYS = {
    "id", "name", "type", "country", "iso2", "cameo", "wikidata", "aliases", "labels", "demonyms",
    "capital", "institutions", "parent", "former_names", "roles", "gender", "note", "source",
}  # fmt: skip
_ROLE_KEYS = {"actor", "cameo", "title", "from", "to", "note"}
_ALIAS_KEYS = {"name", "from", "to"}
_FORMER_KEYS = {"name", "from", "to", "aliases"}
_INSTITUTION_KEYS = {"name", "aliases", "labels", "wikidata", "cameo"}
# Codes used for states that ISO 3166 does not list (CAMEO and common practice).
_EXTRA_COUNTRIES = {"XKX", "NCY", "SML", "ABK", "SOS", "TRN", "KOS", "SUN", "YUG", "CSK", "DDR"}  # the last four: ISO 3166-3 former states


@dataclass(slots=True)
class LoadedFile:
    path: str
    actors: list[KBActor] = field(default_factory=list)
    errors: list[KnowledgeError] = field(default_factory=list)


def load_actor_file(path: str | Path, layer: int) -> LoadedFile:
    """Read one file; never raises for content problems (they are in ``.errors``)."""
    path = Path(path)
    loaded = LoadedFile(str(path))
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as err:
        loaded.errors.append(KnowledgeError(str(path), None, f"cannot be read ({err}); give a UTF-8 YAML or JSONL file"))
        return loaded
    records = _jsonl_records(text, loaded) if path.suffix.lower() == ".jsonl" else _yaml_records(text, loaded)
    for record in records:
        actor = _actor_from(record, loaded, layer)
        if actor is not None:
            loaded.actors.append(actor)
    return loaded


def load_deferred(path: str, line: int, raw: str) -> KBActor | None:
    """One actor from its JSONL line, as kept by the KB for entries loaded on demand."""
    record = LineDict(json.loads(raw))
    record.line = line
    record.key_lines = {}
    loaded = LoadedFile(path)
    return _actor_from(record, loaded, 0)


def _yaml_records(text: str, loaded: LoadedFile) -> list[LineDict]:
    try:
        document = yaml.load(text, Loader=LineLoader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 1 if mark else None
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        loaded.errors.append(KnowledgeError(loaded.path, line, f"not valid YAML: {problem}"))
        return []
    if not isinstance(document, dict) or not isinstance(document.get("actors"), list):
        loaded.errors.append(KnowledgeError(loaded.path, 1, 'the file must be a mapping with a list under "actors:"'))
        return []
    records = []
    for item in document["actors"]:
        if isinstance(item, LineDict):
            records.append(item)
        else:
            loaded.errors.append(KnowledgeError(loaded.path, document.key_lines.get("actors"), f"actor entry {item!r} is not a mapping"))
    return records


def _jsonl_records(text: str, loaded: LoadedFile) -> list[LineDict]:
    records = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as err:
            loaded.errors.append(KnowledgeError(loaded.path, number, f"not valid JSON ({err.msg})"))
            continue
        if not isinstance(value, dict):
            loaded.errors.append(KnowledgeError(loaded.path, number, "each line must be one actor object"))
            continue
        record = LineDict(value)
        record.line = number
        record.key_lines = {key: number for key in value}
        records.append(record)
    return records


class _Problem(Exception):
    def __init__(self, field_name: str, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.field_name = field_name
        self.line = line


def _actor_from(record: LineDict, loaded: LoadedFile, layer: int) -> KBActor | None:
    def fail(field_name: str, message: str, line: int | None = None) -> None:
        line = line or record.key_lines.get(field_name.split(".")[0].split("[")[0], record.line)
        label = record.get("id") or "actor"
        loaded.errors.append(KnowledgeError(loaded.path, line, f"{label}: field {field_name!r}: {message}"))

    unknown = sorted(set(record) - _KEYS)
    for key in unknown:
        fail(key, f"unknown field (known fields: {', '.join(sorted(_KEYS))})")
    missing = [key for key in ("id", "name", "type") if not record.get(key)]
    for key in missing:
        fail(key, "is required")
    if missing:
        return None
    origin = Origin(loaded.path, record.line, layer)
    try:
        return _build_actor(record, origin)
    except _Problem as problem:
        fail(problem.field_name, str(problem), problem.line)
        return None


def _build_actor(record: dict[str, Any], origin: Origin) -> KBActor:
    actor_id = _text(record, "id")
    if not _ID.match(actor_id):
        raise _Problem("id", f"{actor_id!r} must be letters, digits, '-', '_' or '.'")
    actor_type = _text(record, "type")
    if actor_type not in ACTOR_TYPES:
        raise _Problem("type", f"{actor_type!r} is not one of {', '.join(ACTOR_TYPES)}")
    country = _country(record.get("country"), "country")
    if actor_type == "state" and not country:
        raise _Problem("country", "a state needs its ISO 3166 alpha-3 code")
    wikidata = _optional_text(record, "wikidata")
    if wikidata and not _QID.match(wikidata):
        raise _Problem("wikidata", f"{wikidata!r} is not a Wikidata QID such as Q801")
    gender = _optional_text(record, "gender")
    if gender not in (None, "male", "female"):
        raise _Problem("gender", "must be male or female")
    name = _text(record, "name")
    names = [Name(name, "name", origin=origin)]
    names += [_alias(item, f"aliases[{index}]", "alias", origin) for index, item in enumerate(_list(record, "aliases"))]
    names += [Name(_string(item, f"labels[{index}]"), "label", origin=origin) for index, item in enumerate(_list(record, "labels"))]
    former_names = []
    for index, item in enumerate(_list(record, "former_names")):
        where = f"former_names[{index}]"
        entry = _mapping(item, where, _FORMER_KEYS)
        period = _period(entry, where)
        former = _string(entry.get("name"), f"{where}.name")
        former_names.append(FormerName(former, period))
        names.append(Name(former, "former", period, former, origin))
        for alias_index, alias in enumerate(entry.get("aliases") or []):
            names.append(Name(_string(alias, f"{where}.aliases[{alias_index}]"), "former", period, former, origin))
    roles = [_role(item, f"roles[{index}]") for index, item in enumerate(_list(record, "roles"))]
    if roles and actor_type != "person":
        raise _Problem("roles", "only persons have roles")
    institutions = {}
    for code, value in (record.get("institutions") or {}).items():
        if code not in INSTITUTIONS:
            raise _Problem("institutions", f"{code!r} is not one of {', '.join(INSTITUTIONS)}")
        where = f"institutions.{code}"
        spec = _mapping(value, where, _INSTITUTION_KEYS)
        institutions[code] = {
            "name": _string(spec["name"], f"{where}.name") if spec.get("name") else None,
            "names": [_alias(item, f"{where}.aliases[{index}]", "alias", origin) for index, item in enumerate(spec.get("aliases") or [])]
            + [Name(_string(item, f"{where}.labels[{index}]"), "label", origin=origin) for index, item in enumerate(spec.get("labels") or [])],
            "wikidata": spec.get("wikidata"),
            "cameo": spec.get("cameo"),
        }
    if institutions and actor_type != "state":
        raise _Problem("institutions", "only states have institutions")
    capital = record.get("capital")
    capitals = [capital] if isinstance(capital, str) else list(capital or [])
    return KBActor(
        id=actor_id,
        name=name,
        type=actor_type,
        origin=origin,
        country=country,
        iso2=_optional_text(record, "iso2"),
        cameo=_optional_text(record, "cameo") or _media_code(actor_type, country),
        wikidata=wikidata,
        names=names,
        demonyms=[_string(item, f"demonyms[{index}]") for index, item in enumerate(_list(record, "demonyms"))],
        capitals=[_string(item, "capital") for item in capitals],
        parent=_optional_text(record, "parent"),
        former_names=former_names,
        roles=roles,
        gender=gender,
        institutions=institutions,
    )


def _alias(item: Any, where: str, kind: str, origin: Origin) -> Name:
    if isinstance(item, dict):
        entry = _mapping(item, where, _ALIAS_KEYS)
        return Name(_string(entry.get("name"), f"{where}.name"), kind, _period(entry, where), origin=origin)
    return Name(_string(item, where), kind, origin=origin)


def _role(item: Any, where: str) -> Role:
    entry = _mapping(item, where, _ROLE_KEYS)
    actor = entry.get("actor")
    cameo = entry.get("cameo")
    if not actor and not cameo:
        raise _Problem(where, "a role needs the id of the body it is held in (actor)")
    title = entry.get("title")
    return Role(
        actor=_string(actor, f"{where}.actor") if actor else None,
        title=_string(title, f"{where}.title") if title else None,
        period=_period(entry, where),
        cameo=_string(cameo, f"{where}.cameo") if cameo else None,
    )


def _period(entry: dict[str, Any], where: str) -> Period:
    line = getattr(entry, "line", None)
    try:
        start = parse_kb_date(entry.get("from"), f"{where}.from")
        end = parse_kb_date(entry.get("to"), f"{where}.to")
    except _Problem as problem:
        problem.line = line
        raise
    if start and end and end < start:
        raise _Problem(f"{where}.to", f"{end} is before from {start}", line)
    return Period(start, end)


def parse_kb_date(value: Any, where: str = "date") -> dt.date | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; a partial date means the first day of its period."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    match = _DATE.match(str(value).strip())
    if not match:
        raise _Problem(where, f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = (int(part) if part else 1 for part in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise _Problem(where, f"{value!r} is not a real date") from None


def _country(value: Any, where: str) -> str | None:
    if value in (None, ""):
        return None
    code = str(value).strip().upper()
    if code not in _country_codes():
        raise _Problem(where, f"{value!r} is not an ISO 3166-1 alpha-3 code")
    return code


@lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    import pycountry

    return frozenset({country.alpha_3 for country in pycountry.countries} | _EXTRA_COUNTRIES)


def _text(record: dict[str, Any], key: str) -> str:
    return _string(record.get(key), key)


def _optional_text(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    return None if value in (None, "") else _string(value, key)


def _string(value: Any, where: str) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not value.strip():
        raise _Problem(where, f"expected text, found {value!r}")
    return value.strip()


def _list(record: dict[str, Any], key: str) -> list[Any]:
    value = record.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise _Problem(key, f"expected a list, found {type(value).__name__}")
    return value


def _mapping(value: Any, where: str, keys: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Problem(where, f"expected a mapping with {', '.join(sorted(keys))}")
    unknown = sorted(set(value) - keys)
    if unknown:
        raise _Problem(where, f"unknown key {unknown[0]!r} (known: {', '.join(sorted(keys))})", getattr(value, "line", None))
    return value


def _media_code(actor_type: str, country: str | None) -> str | None:
    """An outlet's CAMEO code, as Phoenix gives it: its country's media ("BBC" is GBRMED)."""
    return f"{country}MED" if actor_type == "media" and country and len(country) == 3 else None
