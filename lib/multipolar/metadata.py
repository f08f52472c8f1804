"""Turn what the segmenter gathered into clean metadata: outlet, authors, dates, dateline, site."""
from __future__ import annotations

import csv
import re
from functools import cache

from .dates import other_reading, parse_date, parse_parts, told_month, year_before
from .entities import gazetteer, iso3, titles
from .lexicon import read_csv, word_list
from .paths import PACKAGE_DATA
from .patterns import Site, layout
from .places import cities, place_line_country
from .segment import Draft

INTRO_PARAGRAPHS = 3
_HONORIFIC = re.compile(r"^(?:Dr\.?|Prof\.?|Professor)\s+")


@cache
def outlet_aliases() -> dict[str, str]:
    """Alias → canonical outlet name, from data/outlets.csv."""
    with open(PACKAGE_DATA / "outlets.csv", encoding="utf-8", newline="") as fh:
        return {row["alias"].casefold(): row["outlet"] for row in csv.DictReader(fh)}


def canonical_outlet(name: str) -> str:
    """Canonical name(s) of an outlet mention; 'A and the B' gives 'A; B'."""
    aliases = outlet_aliases()
    name = " ".join(name.split())
    name = re.sub(r"^(?:the|website of the)\s+", "", name.strip(" .,"), flags=re.I)
    if name.casefold() in aliases:
        return aliases[name.casefold()]
    name = re.sub(r"\s+(?:website|channel|newspaper)$", "", name, flags=re.I)
    if name.casefold() in aliases:
        return aliases[name.casefold()]
    parts = re.split(r"\s+and\s+(?:the\s+)?", name)
    if len(parts) > 1:
        return "; ".join(canonical_outlet(p) for p in parts)
    return name


def clean_name(name: str) -> str:
    """A person's name without honorifics or footnote marks."""
    return _HONORIFIC.sub("", " ".join(name.split()).strip(" *.,"))


def split_names(text: str) -> list[str]:
    """Names in a byline ('A, B and C & D'), outlets left out."""
    names = [clean_name(n) for n in re.split(r",\s+|\s+and\s+|\s+&\s+", text) if n.strip(" *")]
    return [n for n in names if n and n.casefold() not in outlet_aliases()]


def find_outlet(texts: list[str]) -> tuple[str, str]:
    """The first outlet (and its publication date, if given) that the texts name."""
    for text in texts:
        for pattern in layout().outlets:
            m = pattern.search(text)
            if m:
                tail = re.match(r"\s+and\s+(?:the\s+)?(" + layout().compile("{OUTLET}").pattern + ")", text[m.end("outlet"):])
                name = m["outlet"] + (f" and {tail[1]}" if tail else "")
                return canonical_outlet(name), parse_date(m.groupdict().get("published") or "")
    return "", ""


def find_authors(texts: list[str]) -> list[str]:
    """Author named in an editor's introduction ('article by X', 'In the following article, … X argues')."""
    for text in texts:
        for pattern in layout().authors:
            m = pattern.search(text)
            if m:
                return split_names(m["author"])
    return []


def dateline_of(draft: Draft) -> tuple[str, str]:
    """The first wire dateline in the body ('BEIJING, Dec. 3 (Xinhua)') and its month-day."""
    for line in draft.body[:INTRO_PARAGRAPHS + 10]:
        if found := line_dateline(line.text):
            return found
    return "", ""


def line_dateline(text: str) -> tuple[str, str] | None:
    """The wire dateline a paragraph opens with ('BEIJING, Dec. 3 (Xinhua) –', 'ISLAMABAD:', 'PORT MORESBY -') and its
    month-day; None when it opens with none."""
    m = layout().dateline.match(text)
    if m and (m["agency3"] is None or credit_dateline(m["place"], m["agency3"])) \
            and (m["colon"] is None or place_line_country(m["place"]) and (
                not (region := m["dateline"][len(m["place"]):].lstrip(", ")) or place_line_country(region)
                or _REGION.search(region))) \
            and not (m["colon"] is not None and text.startswith(" - ", m.end("dateline"))
                     and m["place"].title() not in cities()):  # "ISLAMABAD:", "NEW DELHI —", "PORT MORESBY - " (a city:
        return m["dateline"], m["monthday"] or ""  # not "QUESTION:", nor "UAE - India trade …")
    return None


_REGION = re.compile(r"\b(?:Region|Province|State|Territory|Oblast|Prefecture|County|District|Governorate)$")  # 'ERBIL, Kurdistan Region'


def credit_dateline(place: str, credit: str) -> bool:
    """True when 'Place (Credit) –' with no date is a wire dateline ('Hanoi (VNA) –'): the place is a
    city or a country, and the bracket is not the place's own acronym ('The Shanghai Cooperation
    Organisation (SCO) – a security bloc …')."""
    initials = "".join(w[0] for w in place.split() if w[0].isupper())
    return bool(place_line_country(place)) and credit.replace(" ", "").upper() not in (initials, initials[1:])


TITLE_MAX = 300  # characters: a longer "title" is a paragraph read as one (a page of one long line), not analysed as a title


def title_date(title: str) -> str:
    """The full date a title carries ('Regular Press Conference on May 31, 2023'), '' if none:
    the publication date of an item that states no other."""
    if len(title) > TITLE_MAX:
        return ""
    m = layout().compile("{DATE}").search(title)
    return parse_date(m.group()) if m and len(parse_date(m.group())) == 10 else ""


def dateline_place(dateline: str) -> str:
    """The place a wire dateline names ('BEIJING, Dec. 3 (Xinhua)' gives 'BEIJING', 'Hanoi (VNA)' and
    'Baghdad - INA' the city)."""
    parts = _DATELINE_PARTS.split(dateline, 1)
    return parts[0].strip() if len(parts) > 1 else (dateline if dateline.isupper() else "")  # "ISLAMABAD"


_DATELINE_PARTS = re.compile(r",| \(| [—–-] ")


def dateline_date(dateline: str) -> str:
    """The full date a dateline prints with its year ('Manta, January 15, 2026' gives 2026-01-15);
    '' when it gives no year (a wire's 'BEIJING, Dec. 3' is completed elsewhere)."""
    if not re.search(r"\b(?:19|20)\d\d\b", dateline):
        return ""
    value = parse_date(dateline.split(",", 1)[1]) if "," in dateline else ""
    return value if len(value) == 10 else ""


def published_from_monthday(monthday: str, posted: str) -> str:
    """A month-day completed with the year of the posting date, never after it."""
    _, month, day = parse_parts(monthday)
    return year_before(month, day, posted) if month and day and posted else ""


def with_scheme(url: str) -> str:
    """An address a text copy states without its scheme ('Direct link: en.kremlin.ru/d/9265') as a browser opens it."""
    return f"http://{url}" if url and "://" not in url and re.match(r"[\w-]+(?:\.[\w-]+)+/", url) else url


def finalise(draft: Draft) -> dict:
    """Metadata fields of one article, as plain strings."""
    f = draft.fields
    intro = [line.text for line in draft.body[:INTRO_PARAGRAPHS]]
    outlet, outlet_date = find_outlet(draft.notices + intro)
    if f.get("outlet"):
        outlet = canonical_outlet(f["outlet"])
    authors = [n for a in f.get("authors", []) for n in split_names(a)] or find_authors(intro)
    posted = parse_date(f.get("posted", ""))
    dateline, monthday = f.get("dateline", ""), f.get("monthday", "")
    if not dateline:
        dateline, monthday = dateline_of(draft)
    published = (parse_date(f.get("published", "")) or outlet_date
                 or published_from_monthday(monthday, posted))
    if published and (other := other_reading(f.get("published", ""))):  # '02/05/2025': the month the text names
        published = told_month(published, other, " ".join(intro[:3]))
    return {
        "title": draft.title,
        "outlet": outlet,
        "author": "; ".join(dict.fromkeys(authors)),
        "published": published,
        "posted": posted,
        "dateline": dateline,
        "tags": f.get("tags", ""),
        "blogger": f.get("blogger", ""),
        "note": f.get("note", ""),
        "place": f.get("place", ""),
        "url": with_scheme(f.get("url", "")),
    }


def detect_site(text: str, meta: dict | None = None) -> Site | None:
    """The site a page comes from: the known site whose name or domain the page states (an HTML
    page's site name and address, a text page's own address line), else the one whose text
    fingerprints (data/layout.toml) match most often, weak fingerprints (a wire credit such as
    "(Xinhua)", which a page quoting the agency shows too) only when no other matches; None if none."""
    meta = meta or {}
    name, host = meta.get("site", "").casefold(), meta.get("hostname", "")
    for s in layout().sites:
        if (host and s.serves(host)) or (name and name in s.names):
            return s
    masthead = [line.strip().casefold() for line in text[:2000].split("\n") if line.strip()][:5]
    masthead = [line for line in masthead if " " in line]  # a name of one word ("Kremlin", "RT") may be a section label
    for s in layout().sites:  # a text copy whose first lines name a known site ("People's Daily Online")
        if any(line in s.names for line in masthead):
            return s
    for weak in (False, True):
        scores = {}
        for s in layout().sites:
            n = s.fingerprint.count(text) if s.fingerprint is not None and s.weak == weak else 0
            if n:
                scores[s.name] = (scores.get(s.name, (0, s))[0] + n, s)
        if scores:
            return max(sorted(scores.items()), key=lambda kv: kv[1][0])[1][1]
    return None


def site_name(text: str, meta: dict | None = None, masthead: list[str] = ()) -> str:
    """The site's name for the article table: a known site's own name, else the name (or host)
    the page gives itself, else the name on a text copy's masthead (the lines above its first
    title: masthead_name), else the holder its copyright line names; '' when none does."""
    known = detect_site(text, meta)
    if known is not None:
        return known.name
    meta = meta or {}
    return meta.get("site", "") or meta.get("hostname", "") or masthead_name(masthead) or copyright_holder(text)


def copyright_line(text: str) -> re.Match | None:
    """The page's copyright line ('© 2025 Reuters. All rights reserved'), the last one, as matched."""
    rule = next((r for r in layout().lines if r.reason == "copyright"), None)
    if rule is None or ("©" not in text and "opyright" not in text and "(c)" not in text and "(C)" not in text):
        return None
    for line in reversed(text.split("\n")):  # the footer is at the end
        m = rule.regex.fullmatch(line.strip())
        if m:
            return m
    return None


def copyright_year(text: str) -> int | None:
    """The year a page's copyright line gives ('© 2025 TASS', '(c) EFE 2025' give 2025): the year it was served."""
    m = copyright_line(text)
    if m is None:
        return None
    after = re.search(r"(?:19|20)\d{2}$", (m["holder"] or m["holder2"] or "").strip())  # the year after the holder
    year = m["copyright_year"] or m["copyright_year2"] or (after[0] if after else None)
    return int(year) if year else None


def copyright_holder(text: str) -> str:
    """Who a page's copyright line names ('© 2025 Reuters. All rights reserved' → 'Reuters'): the
    publisher of a text copy that names its site nowhere else; '' when there is none."""
    m = copyright_line(text)  # "Kuwait News Agency (KUNA)", "KPL Lao News Agency. 80 Setthathirath Road": the name alone
    return _HOLDER_TAIL.sub("", (m["holder"] or m["holder2"]).strip()) if m is not None else ""


_HOLDER_TAIL = re.compile(r"\s*\([A-Z]{2,8}\)$|(?<![A-Z])\.\s+(?:\d|[A-Z][a-z]+ [a-z]).*$|,?\s+(?:19|20)\d{2}$")  # … (KUNA)', '…. 80 Road', '…. When using …', '… 2023'


GOVERNMENT_LABELS = frozenset({  # gov.in, go.kr, gob.mx, gc.ca, admin.ch; governo.it, prezydent.pl, mfa.lt …
    "gov", "go", "gob", "gouv", "govt", "government", "mil", "gc", "admin",
    "governo", "gouvernement", "gobierno", "regierung", "bundesregierung", "vlada", "valitsus", "valdzia",
    "president", "presidency", "presidencia", "presidenza", "presidence", "prezydent", "presidentti", "prezident",
    "mfa", "mofa", "dfa", "mid", "mae", "mea", "kantei",
    # foreign ministries, governments and head-of-state offices known by a word of their own (esteri.it, kormany.hu)
    "esteri", "exteriores", "diplomatie", "auswaertiges-amt", "minbuza", "formin", "regeringen", "regjeringen",
    "rijksoverheid", "kormany", "valtioneuvosto", "elysee", "quirinale", "bundeskanzler", "bundespraesident", "kremlin"})


# Country-code domains used by sites of anywhere (.io, .tv, .co …): they say nothing of a site's country.
GENERIC_COUNTRY_DOMAINS = frozenset({"io", "tv", "me", "co", "ai", "ly", "fm", "cc", "ws", "nu", "to", "gg", "sh", "ac",
                                     "gs", "vc", "im", "so", "tk", "ml", "ga", "cf", "gq", "ag", "bz", "cx", "fo", "ms",
                                     "st", "tc", "vg", "eu", "su"})


def site_country(name: str, url: str = "") -> str:
    """Whose site a page is on: the alpha-3 of a known site's principal's country, else of a
    government domain in its address (mofa.gov.pk, president.go.kr, whitehouse.gov); '' for outlets
    and other sites. An encounter reported there with one side named has this as the other."""
    return known_site_country(name) or government_country(url)


def home_country(name: str, url: str = "") -> str:
    """The country an outlet reports from: that of its country-code domain (bta.bg, agerpres.ro), for
    a site layout.toml does not know (a known outlet's country is what layout.toml says: none for
    Xinhua or the Global Times, whose pages report the world). An unnamed office holder it reports
    ('President Rumen Radev', 'His Majesty') is of this country; '' for .com, generic codes, no address."""
    if any(s.name == name for s in layout().sites):
        return known_site_country(name)
    labels = _host_labels(url)
    tld = labels[-1] if len(labels) >= 2 else ""
    return ("" if tld in GENERIC_COUNTRY_DOMAINS else _country_code(tld)) or national_outlet(name) or named_country(name)


def named_country(name: str) -> str:
    """The one country an outlet's name names ('Matangi Tonga', 'Daily News Egypt', 'Hungary Today', 'The Times of
    India'), '' for a name naming none or several ('The Rio Times', 'Islands Business')."""
    words = re.findall(r"[\w'’]+", name)
    found = {entry[1] for form in words + [" ".join(pair) for pair in zip(words, words[1:])]
             if form[:1].isupper() and (entry := gazetteer().entries.get(form)) and entry[0] == "country"}
    return found.pop() if len(found) == 1 else ""


_NATIONAL_OUTLET = re.compile(r"(?:The )?(?:(?P<country>[A-Z][\w'’]+(?: [A-Z][\w'’]+)?) (?:News|Press|Telegraph) Agency"
                              r"|(?:(?:State|National|Official) )?(?:News|Press|Telegraph|Information) Agency of (?:the )?"
                              r"(?P<country2>[A-Z][\w'’]+(?: [A-Z][\w'’]+)?))(?: \(\w+\))?")  # 'State News Agency of Turkmenistan (TDH)'


def national_outlet(name: str) -> str:
    """The country of a national news agency named for it ('Iraqi News Agency', 'Bahrain News
    Agency', 'Kuwait News Agency (KUNA)') or known by its name ('KUNA', 'Bernama'), '' for any other name."""
    if name.strip().casefold() in news_agencies():  # 'KUNA', 'BelTA', 'VNA': lexicons/news_agencies.csv
        return news_agencies()[name.strip().casefold()]
    m = _NATIONAL_OUTLET.fullmatch(name.strip())
    entry = gazetteer().entries.get(m["country"] or m["country2"]) if m else None
    return entry[1] if entry and entry[0] == "country" else ""


@cache
def news_agencies() -> dict[str, str]:
    """National news agencies known by their own names or acronyms (case-blind), with their countries (alpha-3).
    Agencies that report the world from a layout.toml site entry (Xinhua, TASS) are not among them, nor acronyms
    two agencies share (CNA, APS)."""
    return {row["agency"].casefold(): iso3(row["country"]) for row in read_csv("news_agencies.csv")}


_STATE_LINE = re.compile(r"(?:The |the )?(?:(?:Government|Presidency|President|Prime Minister|Office of the President) of (?:the )?)?"
                         r"(?P<name>.+)")
_STATE_WORDS = re.compile(r"\b(?:Republic|Kingdom|Federation|Commonwealth|Emirate|Sultanate|Principality|Grand Duchy|State of)\b")


def masthead_name(lines: list[str]) -> str:
    """The site's name a text copy's masthead gives on its first line ('Korean Central News Agency of DPRK', 'The
    Citizen'): a short capitalised line with a word of lexicons/masthead_words.txt, or 'The' and one or two
    capitalised words of its own; '' when the first line is none."""
    first = next((line.strip() for line in lines if line.strip()), "")
    words = first.split()
    if not 2 <= len(words) <= 9 or any(c in first for c in "|:.,!?>/›»") or not words[0][:1].isupper():
        return ""
    if words[0] == "The" and len(words) <= 3 and all(w[:1].isupper() and w.isalpha() and w not in _NAV_WORDS
                                                     and w not in titles() and w not in _INSTITUTIONS for w in words[1:]) \
            and not place_line_country(first):
        return first  # 'The Citizen', 'The Herald', 'The Daily Star' (not 'The President', 'The Hague', 'The Kremlin')
    bare = [re.sub(r"['’]s$", "", w) for w in words]  # "President's Media Division": the President's
    named = set(bare) & masthead_words()
    own = [w for w in bare if w not in masthead_words() and w not in _NAV_WORDS and w.lower() not in _CONNECTORS]
    # a name: capitalised words (and 'of', 'the' …), one of them a masthead word, one of them its own ('Mehr', 'Korean')
    capitalised = all(w.lstrip("(")[:1].isupper() or w in _CONNECTORS for w in words)  # 'Jordan News Agency (Petra)'
    return first if named and own and capitalised else ""


_INSTITUTIONS = frozenset({"Government", "Ministry", "Presidency", "Embassy", "Parliament", "Cabinet", "Office", "Palace"})
_CONNECTORS = frozenset({"of", "the", "and", "for", "on", "de", "du", "la", "des", "del", "di"})
_NAV_WORDS = frozenset({"Latest", "Breaking", "Top", "Home", "World", "Politics", "Sport", "Sports", "Business", "Opinion",
                        "Video", "Videos", "Photo", "Photos", "Live", "More", "All", "Most", "Read"})


@cache
def masthead_words() -> frozenset[str]:
    """Words of a site's name on a masthead (lexicons/masthead_words.txt)."""
    return frozenset(word_list("masthead_words.txt"))


def masthead_country(lines: list[str]) -> str:
    """The country a page's masthead names as its state, in a line of its own above the first
    article ('Democratic Socialist Republic of Sri Lanka', 'Government of Georgia'); '' when none
    does, or a national news agency's name ('State News Agency of Turkmenistan (TDH)'). A bare short name ('China',
    a menu's section) is not taken."""
    for line in lines:
        if len(line.split()) >= 3 and (national := national_outlet(line)):  # a name in full, not a menu's 'KUNA'
            return national
        m = _STATE_LINE.fullmatch(line.strip())
        entry = gazetteer().entries.get(m["name"]) if m else None
        if entry and entry[0] == "country" and entry[3] != "demonym" and (m["name"] != line.strip() or _STATE_WORDS.search(line)):
            return entry[1]
    return ""


@cache
def known_site_country(name: str) -> str:
    """The country of a site layout.toml knows by this name ('' for any other); cached by name only,
    as every page has an address of its own."""
    return next((s.country for s in layout().sites if s.name == name), "")


def government_country(url: str) -> str:
    """The country whose government a web address belongs to ('' when it is not a government's): a
    government's label (gov, gouv, governo, president, mfa …) just above a country's own domain."""
    labels = _host_labels(url)
    if len(labels) >= 2 and labels[-1] in ("gov", "mil"):
        return "USA"
    return _country_code(labels[-1]) if len(labels) >= 2 and labels[-2] in GOVERNMENT_LABELS else ""


def _host_labels(url: str) -> list[str]:
    """The labels of an address's host name ([] when it has none)."""
    from urllib.parse import urlsplit

    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    except ValueError:
        return []
    return host.split(".") if host else []


def _country_code(tld: str) -> str:
    """The alpha-3 of a two-letter country-code domain ('uk' is GB), '' for anything else."""
    from .entities import iso3

    if len(tld) != 2:
        return ""
    try:
        return iso3({"uk": "GB"}.get(tld, tld.upper()))
    except LookupError:
        return ""
