"""Read an HTML page as a reader sees it: what it says about itself, and its main text.

trafilatura does the heavy lifting (boilerplate removal; title, author, site name, address and
description; htmldate for dates). The probes in data/html.toml add what it leaves out: the lead
paragraph, the place line, and the publication date where the page marks it explicitly, which
htmldate may pass over for a "last updated" stamp.
"""
from __future__ import annotations

import json
import logging
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from urllib.parse import urljoin, urlsplit

from .dates import parse_date
from .paths import PACKAGE_DATA

_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.I)
_AUTHOR_LABEL = re.compile(r"^(?:(?:Written |Text |Words )?[Bb]y|Writer|Author|Authors|Reporter|Correspondent)\b[:\s]*")
_ISO_DAY = re.compile(r"\s*(\d{4})(-?)(\d{2})\2(\d{2})(?:[T ]|$)")  # extended or basic ISO 8601 ('20220804T0935+0000')


@dataclass
class HtmlPage:
    """The main text of an HTML page (title first, then the lead and the body, a paragraph a line)
    and the fields it states about itself."""

    text: str
    meta: dict[str, str] = field(default_factory=dict)


@cache
def probes() -> dict:
    """data/html.toml, read once."""
    return tomllib.loads((PACKAGE_DATA / "html.toml").read_text(encoding="utf-8"))


def squash(text: str) -> str:
    """Whitespace runs as single spaces, ends stripped."""
    return " ".join(text.split())


def iso_date(value: str) -> str:
    """The calendar date of a machine-readable stamp ('2013-02-20T19:20:00+04:00' gives
    '2013-02-20': the publisher's own day, not converted to another time zone) or of a written date."""
    m = _ISO_DAY.match(value)
    if m:
        try:
            return date(int(m[1]), int(m[3]), int(m[4])).isoformat()
        except ValueError:  # '20220245T0935': no such day
            return ""
    return parse_date(value)


def element_text(e) -> str:
    """An element's text, squashed; the items of a list in it as sentences of their own (a summary's bullet
    points end with no stop: 'first meeting since 2016' / 'Albanese to hold talks on Tuesday'), the text
    around the lists kept."""
    if not any(True for _ in e.iter("ul", "ol")):
        return squash(e.text_content())
    if e.tag in ("ul", "ol"):
        items = [squash(" ".join(li.itertext())) for li in e if isinstance(li.tag, str) and li.tag == "li"]
        return " ".join(t if t[-1:] in ".!?…" else f"{t}." for t in items if t)
    parts = [e.text or ""]
    for child in e:
        if not isinstance(child.tag, str):
            parts.append(child.tail or "")
        elif child.tag in ("ul", "ol"):
            parts += [element_text(child), child.tail or ""]
        else:
            parts += [element_text(child), child.tail or ""]
    return squash(" ".join(parts))


def first_text(node, xpaths: list[str]) -> str:
    """The first non-empty result of the XPath expressions, as squashed text."""
    for xp in xpaths:
        for hit in node.xpath(xp):
            text = squash(hit) if isinstance(hit, str) else element_text(hit)
            if text:
                return text
    return ""


def json_ld_values(tree, keys: list[str]) -> list:
    """Values of the given keys anywhere in the page's JSON-LD blocks (an @graph included)."""
    return [obj[k] for obj in _json_ld_objects(tree) for k in keys if k in obj]


def person_names(value) -> list[str]:
    """Names in a JSON-LD author value (a string, a Person, or a list of them)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return person_names(value.get("name", ""))
    if isinstance(value, list):
        return [n for v in value for n in person_names(v)]
    return []


def published_date(tree, region, htmldate_value: str) -> str:
    """The publication date: explicit markup first, then the article's first time stamp, then
    htmldate, then the first element of the article that holds only a date ('July 10, 2025')."""
    p = probes()
    explicit = first_text(tree, p["published"])
    if not explicit:
        explicit = next((v for v in json_ld_values(tree, p["json_ld_published"]) if isinstance(v, str) and v), "")
    if not explicit and region is not None:
        explicit = next((v for v in region.xpath(p["region_time"]) if v.strip()), "")
    if explicit and iso_date(explicit):
        return iso_date(explicit)
    return labelled_date(tree) or htmldate_value or date_element(region if region is not None else tree)


_DATE_LABEL = r"(?i:(?:Published|Publication date|Date of publication|Release date|Date of release|Date|Posted|Released|Issued)(?: on)?:?)"
_LABEL_START = re.compile(r"\s*(?i:publi|date|posted|release|issued)")  # how a labelled text's first piece begins


@cache
def date_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(a date label alone, a labelled date, a date with an optional label) for the date helpers."""
    from .patterns import layout

    return (re.compile(_DATE_LABEL), layout().compile("(?:" + _DATE_LABEL + " *)?{DATED}(?: by [^\\d]{1,40})?"),
            layout().compile(r"(?:(?:Published|Publication date|Date|Posted|Released|Updated)(?: on)?:? *)?{DATED}"))


def opening_text(e) -> str:
    """The text an element begins with: its own, else its first child's, and so down (an element
    opening with an empty child, '<p><br/>Published …', gives '')."""
    while isinstance(e.tag, str):
        if e.text and e.text.strip():
            return e.text
        if not len(e):
            return ""
        e = e[0]
    return ""


def labelled_date(tree) -> str:
    """A date the page labels as its publication ('Publication date' over '14 January 2026', or
    'Published: 14 January 2026' in one element), before any guess from the dates it shows. Only
    elements whose first piece of text begins like a label are joined up (the rest cost nothing)."""
    label, dated, _ = date_patterns()
    for e in tree.iter():
        if not isinstance(e.tag, str) or not _LABEL_START.match(opening_text(e)):
            continue
        text = squash(e.text_content())
        if not 4 <= len(text) <= 60:
            continue
        m = dated.fullmatch(text)
        if m and label.match(text) and len(parse_date(m["published"])) == 10:  # "Published: 14 January 2026"
            return parse_date(m["published"])
        nxt = e.getnext()
        if label.fullmatch(text) and nxt is not None and isinstance(nxt.tag, str):  # <dt>Publication date</dt><dd>…</dd>
            m = dated.fullmatch(squash(nxt.text_content()))
            if m and len(parse_date(m["published"])) == 10:
                return parse_date(m["published"])
    return ""


def date_element(node) -> str:
    """The first element under a node whose whole text is a written date, as ISO."""
    dated = date_patterns()[2]
    for e in node.iter():
        text = squash(e.text_content()) if isinstance(e.tag, str) else ""
        if 6 <= len(text) <= 60:
            m = dated.fullmatch(text)  # 'July 10, 2025', '10 July 2025, 14:47'
            if m and len(parse_date(m["published"])) == 10:
                return parse_date(m["published"])
    return ""


def page_url(meta_url: str, tree, source: str) -> str:
    """The page's own address as it states it: an absolute canonical link; a root-relative one
    ('/en/news/1') resolved against og:url; else og:url (a bare relative canonical such as
    '17548.html' is what a scraper writes when it saves a page, not the page's address); else
    the "saved from url" mark a browser writes into a page it saves; else trafilatura's (which
    drops query strings)."""
    og = tree.xpath("//meta[@property='og:url']/@content")
    canonical = tree.xpath("//link[@rel='canonical']/@href")
    base = og[0].strip() if og else ""
    href = canonical[0].strip() if canonical else ""
    if href and urlsplit(href).scheme in ("http", "https"):
        return href
    if href.startswith("/") and not href.startswith("//") and base:
        return urljoin(base, href)
    if base:
        return base
    declared = json_ld_article_url(tree)
    if declared:
        return declared
    saved = _SAVED_FROM.search(source[:2000])
    return saved.group(1) if saved else meta_url


def date_from_url(url: str) -> str:
    """The date an address carries ('/n3/2024/0315/' gives 2024-03-15), '' if none."""
    from datetime import date

    for pattern in probes()["url_date"]:
        m = re.search(pattern, url or "")
        if m:
            try:
                return date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
            except ValueError:
                continue
    return ""


def site_from_title(head: str, headline: str) -> str:
    """The site's name a <title> carries beside the headline ('Headline - People's Daily Online',
    'MOFA: Headline', 'Headline (section) | Site', 'Site: Section: Headline'), '' when the title is
    the headline alone or what stands beside it is no short name of its own."""
    h = squash(headline).casefold()
    if not h:
        return ""
    seps = probes()["title_separators"]
    for exact in (True, False):  # the headline alone beside the name first, then with a section beside it
        for sep in seps:
            if sep not in head:
                continue
            first, _, rest = head.partition(sep)
            before, _, last = head.rpartition(sep)
            b, r = squash(before).casefold(), squash(rest).casefold()
            site = (squash(last) if (b == h if exact else b.startswith(h)) else
                    squash(first) if (r == h if exact else r.endswith(h)) else "")
            if site and len(site.split()) <= 10 and not any(x in site for x in seps):  # "Ministry of Foreign Affairs of the People's Republic of China"
                return site
    return ""


def site_name_of(stated: str, from_title: str, title: str = "", hostname: str = "") -> str:
    """The site's name: the one its markup states, unless that is only a host name
    ('presidencia.gob.ec') and the <title> carries a name beside the headline. The extractor's
    guesses when the markup states none are no name: the headline itself, or the host name run
    together ('Pnagovph' for pna.gov.ph)."""
    host = re.sub(r"[^a-z0-9]", "", hostname.lower().removeprefix("www."))
    if stated and (stated.casefold() == title.casefold() or (host and re.sub(r"[^a-z0-9]", "", stated.lower()) == host)):
        stated = ""
    if stated and (" " in stated or "." not in stated or not from_title):
        return stated
    return from_title or stated


_NO_NAME = re.compile(r"[\w-]+(?:\.[\w-]+)+|@?[A-Za-z]+_[A-Za-z]+")  # a host name ('qna.org.qa'), a handle ('SRE_mx')


def publisher_name(tree) -> str:
    """Who publishes the page, for a page whose markup names its site only by a host name or a handle: the
    publisher its JSON-LD names, else the holder its copyright line names ('© Qatar News Agency 2024. All rights
    reserved.'); '' when neither does."""
    from .metadata import copyright_holder

    named = next((v.get("name") for v in json_ld_values(tree, ["publisher"]) if isinstance(v, dict)
                  and isinstance(v.get("name"), str) and v.get("name").strip()), "")
    if named:
        return squash(named)
    lines = [squash(t) for t in tree.xpath("//body//text()[contains(., '©') or contains(., 'opyright')]")]
    return copyright_holder("\n".join(line for line in lines if line))


def json_ld_article_url(tree) -> str:
    """The address a JSON-LD article gives itself (url or mainEntityOfPage)."""
    for obj in _json_ld_objects(tree):
        kind = obj.get("@type", "")
        kinds = kind if isinstance(kind, list) else [kind]
        if any("Article" in str(k) for k in kinds):
            page = obj.get("mainEntityOfPage")
            for value in (obj.get("url"), page.get("@id") if isinstance(page, dict) else page):
                if isinstance(value, str) and urlsplit(value).scheme in ("http", "https"):
                    return value
    return ""


def _json_ld_objects(tree) -> list[dict]:
    """Every object (dict) in the page's JSON-LD blocks, @graph members included."""
    out = []

    def walk(obj):
        if isinstance(obj, dict):
            out.append(obj)
            for v in obj.values():
                walk(v)
        elif isinstance(obj, list):
            for v in obj:
                walk(v)

    for block in tree.xpath(probes()["json_ld"]):
        try:
            walk(json.loads(block))
        except (ValueError, RecursionError):
            continue
    return out


def page_title(meta_title: str, tree) -> str:
    """The headline: the h1 that is og:title, else the page's first h1 (of the article, if known) that its <title>
    holds and that is not the site's name (og:site_name, or the name the <title> carries beside og:title), else the
    article element's one h1 when the article shows og:title nowhere (a page saved from a template whose <title> and
    og:title name another item), else og:title, else an element classed as a headline (see html.toml), else
    trafilatura's title."""
    og = squash(" ".join(tree.xpath("//meta[@property='og:title']/@content")[:1]))
    head = squash(" ".join(t.text_content() for t in tree.xpath("//head/title")[:1]))
    region = region_of(tree)
    h1s = [squash(h.text_content()) for h in (region if region is not None else tree).xpath(".//h1")]
    h1s = h1s or [squash(h.text_content()) for h in tree.xpath("//h1")]
    if og and og in h1s:
        return og
    # (not the site's name in an h1 of its own: 'Solomon Islands Government' beside the headline's h1)
    names = {n.casefold() for n in (*tree.xpath("//meta[@property='og:site_name']/@content")[:1],
                                    site_from_title(head, og) if og else "") if n}
    for h1 in h1s:
        if h1 and h1.casefold() not in names and (h1 in head or h1.casefold() in head.casefold()):
            return h1
    own = [squash(h.text_content()) for h in region.xpath(".//h1")] if region is not None else []
    shown = [h for h in own if len(h.split()) > 1 and h.casefold() not in names]
    if len(shown) == 1 and (og or head) and squash(og or head).casefold() not in squash(region.text_content()).casefold():
        return shown[0]  # the article's one headline, when the head's title and og:title are another's (a stale template)
    if og:
        return og
    # no h1 agrees and no og:title: an element classed as a headline, the one the <title> holds
    # ('Headline-Xinhua', 'Petra - Jordan News Agency - Headline'), else the first (a <title> of the site alone)
    p = probes()

    def candidates(xpath: str) -> tuple[list[str], str]:  # headline-long texts, and the longest the <title> holds
        texts = [t for t in (squash(e.text_content()) for e in tree.xpath(xpath))
                 if len(t.split()) >= p["headline_min_words"] and len(t) <= 300]
        return texts, max((t for t in texts if t.casefold() in head.casefold()), key=len, default="")

    named, within = candidates(p["headline_elements"])
    if within:
        return within
    if named and not h1s:
        return named[0]
    if not any(h1s):  # no headline in an h1 (a logo's, if any): the long h2 the <title> holds ('Headline / Ministry'),
        # else the first long h2 when the <title> is the site's name alone ('Ministry of Foreign Affairs, Republic of
        # Korea' over 'Outcome of … Visit to China')
        h2s, within = candidates(f"//h2[not({_ASIDE} or ancestor-or-self::header)]")
        if within:
            return within
        if h2s and not any(sep in head for sep in p["title_separators"]):
            return h2s[0]
    return squash(meta_title)


def clean_author(name: str) -> str:
    """An author name without the label a byline puts before it ('Writer: Zhang Lin', 'By Jane Doe')."""
    return _AUTHOR_LABEL.sub("", squash(name)).strip(" :")


def region_of(tree):
    """The element holding the article, or None; on a page of several articles side by side (a live blog's
    posts, a feed of press releases: three or more sibling elements of one class), the element holding them all
    (a main article with one 'read next' article beside it keeps to the first). Only elements that hold prose count."""
    for xp in probes()["region"]:
        hits = [h for h in tree.xpath(xp) if holds_prose(h)]
        if hits:
            first, parent = hits[0], hits[0].getparent()
            alike = [h for h in hits if h.getparent() is parent and h.get("class") == first.get("class")]
            return parent if len(alike) > 2 and parent is not None else first
    return None


def holds_prose(e) -> bool:
    """True when an element may hold an article: a paragraph, or some text, outside an aside, a menu and a footer (not
    the <article> of each headline in a box of related posts, three headings and no paragraph)."""
    return not e.xpath(_ASIDE) and not e.xpath(_PROMO) and (bool(e.xpath(".//p")) or len(squash(e.text_content())) >= 200)


_PROMO = "ancestor-or-self::*[" + " or ".join(f"contains(@class, '{w}')" for w in ("related", "recommend", "promo", "teaser", "more-stories", "read-next")) + "]"  # a box of other stories


def lead_of(region, description: str, body: list[str], tree=None) -> str:
    """The lead paragraph the page shows, unless the body already has it; on a page whose article
    element is not known, the lead is looked for beside the headline (in the h1's parent)."""
    if region is None and tree is not None:
        region = headline_box(tree)
    lead = first_text(region, lead_xpaths()) if region is not None else ""
    if not lead and description and region is not None:
        shown = squash(region.text_content())
        stem = description.rstrip(".… ")
        lead = description if stem and stem in shown else ""
    if not lead or any(lead[:60] in squash(line) for line in body):
        return ""
    return lead


@cache
def lead_xpaths() -> list[str]:
    """The lead's probes of data/html.toml, its class words made one XPath expression."""
    p = probes()
    has = "contains(concat(' ', normalize-space(@class), ' '), '{}')".format
    alone = [has(f" {w} ") for w in p["lead_words"]]
    parts = [has(f"{sep}{w} ") for w in p["lead_words"] + p["lead_part_words"] for sep in ("-", "_")]
    of_article = " or ".join(f"contains(@class, '{word}')" for word in p["lead_part_not"])
    return [*p["lead"], ".//*[not(ancestor-or-self::li or ancestor::aside or ancestor::nav or ancestor::footer "
                        "or ancestor-or-self::a or .//a[.//img] or .//*[self::h2 or self::h3 or self::h4 or self::h5 or "
                        f"self::h6][.//a])][{' or '.join(alone)} or (not({of_article}) and ({' or '.join(parts)}))]"]


def place_of(region) -> str:
    """The place line of the article, if its markup gives one."""
    if region is None:
        return ""
    text = first_text(region, probes()["place"])
    return text if 0 < len(text.split()) <= probes()["place_max_words"] else ""


def region_texts(region) -> tuple[str, frozenset[str]]:
    """The article element's text, squashed, and the squashed texts of its elements (for short lines)."""
    return squash(region.text_content()), frozenset(squash(e.text_content()) for e in region.iter())


_HIDDEN = ("contains(concat(' ', normalize-space(@class), ' '), ' hidden ') or @hidden or @aria-hidden='true' "
           "or contains(translate(@style, ' ', ''), 'display:none')")


def drop_hidden(region) -> None:
    """Remove the hidden elements inside the article's paragraphs, list items and links, keeping their
    tails (a text hidden behind 'Read more' stays): a person's tooltip inside a paragraph ('<a class="person_tag">Xi Jinping<span class="tooltip hidden">…</span></a> will also …')
    is no text a reader sees, and with it the paragraph would not be found in the article's text."""
    for el in region.xpath(f".//*[{_HIDDEN}][ancestor::p or ancestor::li or ancestor::a]"):
        parent = el.getparent()
        if parent is None:
            continue
        if el.tail:
            prev = el.getprevious()
            if prev is not None:
                prev.tail = (prev.tail or "") + el.tail
            else:
                parent.text = (parent.text or "") + el.tail
        parent.remove(el)


def flattened(lines: list[str], title: str) -> bool:
    """True when a line holds the headline and much more: the extractor ran the page's chrome and
    text together into one paragraph."""
    t = squash(title).casefold()
    return bool(t) and any(t in line.casefold() and len(line.split()) > 2 * len(t.split()) + 8 for line in lines)


def body_lines(text: str, title: str, region) -> list[str]:
    """The extractor's paragraphs without the headline repeated and, when the article's element is
    known, without lines that lie outside it (chrome the extractor kept; a line of one or two words
    must be the whole text of one of its elements)."""
    shown, pieces = region_texts(region) if region is not None else (None, frozenset())
    t = squash(title).casefold()
    out = []
    for raw in text.split("\n"):
        line = squash(raw)
        if not line:
            continue
        low = line.casefold()
        if t and (low == t or (low.endswith(t) and len(low.split()) - len(t.split()) <= 3)):
            continue  # the headline, alone or after a category label
        if shown is not None and (line not in shown or (len(line.split()) <= 2 and line not in pieces)):
            continue
        out.append(line)
    return out


_TITLED = ("*[contains(concat(' ', @class, ' '), ' title ') or contains(@class, '__title') or contains(@class, '-title')"
           " or contains(@class, '_title') or contains(@class, 'headline')][not(.//p)]")  # a list item's title in a div (not 'subtitle')
_HEADING = f".//h2|.//h3|.//h4|.//{_TITLED}"
_DATE_CLASS = re.compile(r"(?:(?:^|[\s_-])(?i:date|time|published|posted)|[a-z](?:Date|Time|Published|Posted))(?:$|[\s_-])")  # 'news-item__date',
# 'articleDate', not 'update' 
_LINK = "a[@href and not(starts-with(@href, '#'))]"
_LINKED_HEADING = "|".join(f".//{h}[.//{_LINK}]|.//{_LINK}[.//{h}]" for h in ("h2", "h3", "h4", _TITLED))  # a link in
# the heading, or around it inside the item (an item whose whole box is one link)
_ASIDE = "ancestor-or-self::aside or ancestor-or-self::nav or ancestor-or-self::footer"


def list_items(region) -> list:
    """The items of a page that lists several articles (a feed of press releases): two or more sibling elements of
    one tag and class inside the article's element, each with a paragraph and a heading that links to the item's
    own page, together holding most of its text. (A live blog's posts, whose headings link nowhere or to an anchor
    of the page, are one article; a box of related stories is no list of the page's articles.)"""
    if region is None:
        return []
    for parent in region.iter():
        kids = [c for c in parent if isinstance(c.tag, str)]
        if len(kids) < 2:
            continue
        groups: dict[tuple, list] = {}
        for c in kids:
            groups.setdefault((c.tag, c.get("class")), []).append(c)
        for items in groups.values():
            if len(items) > 1 and all(e.xpath(_LINKED_HEADING) and e.xpath(".//p") for e in items) \
                    and not items[0].xpath(_ASIDE) \
                    and 2 * sum(len(squash(e.text_content())) for e in items) > len(squash(region.text_content())):
                return items  # (a box of related stories inside an article holds little of its text)
    return []


def headline_box(tree):
    """The element around the page's headline (its h1's parent), where a page marking no article element holds
    its content; None when the h1 stands in the body itself or in an aside, a menu, a header or a footer."""
    return next(iter(tree.xpath("//h1/parent::*[not(self::body or self::html)][not(ancestor-or-self::aside or "
                                "ancestor-or-self::nav or ancestor-or-self::footer or ancestor-or-self::header)]")), None)


def item_lines(item, base: str = "") -> list[str]:
    """An item of a list as lines: its heading, its date (a time stamp's day when its text gives none: a live blog's
    '5:48pm AEDT'), the address its heading links to (as a text copy states one: 'Direct link: …'; relative ones
    resolved against `base`, the page's), its paragraphs."""
    heading = item.xpath(_HEADING)[0]
    lines = [squash(heading.text_content())]
    href = next(iter(heading.xpath(f".//{_LINK}/@href | ancestor::{_LINK}/@href")), "").strip()
    link = urljoin(base, href) if href else ""
    stamp = item.xpath(".//time")
    dated = [e for e in item.iter() if isinstance(e.tag, str) and _DATE_CLASS.search(e.get("class") or "")
             and not e.xpath(".//p")]
    if dated:
        lines.append(squash(dated[0].text_content()).strip("[]() "))  # '[2024-06-06]'
    elif stamp:
        text, machine = squash(stamp[0].text_content()), stamp[0].get("datetime", "")
        lines.append(text if parse_date(text) else iso_date(machine) or text)
    lines += [squash(para.text_content()) for para in item.xpath(".//p") if para not in dated[:1]
              and not (para.xpath(".//time") and len(para.text_content().split()) <= 6)]  # not a stamp's own line
    if link.startswith(("http://", "https://")):  # last, as a text copy of a feed has it: its other lines (a date
        lines.append(f"Direct link: {link}")  # line in a paragraph) stay under the heading
    return [line for line in lines if line]


def main_text(tree, title: str) -> str:
    """The page's main text from trafilatura, in its balanced mode, or in its precision mode when
    the balanced one ran chrome and text together."""
    import trafilatura

    options = dict(output_format="txt", include_comments=False, include_tables=True)
    text = trafilatura.extract(tree, **options) or ""
    if flattened([squash(l) for l in text.split("\n")], title):
        text = trafilatura.extract(tree, favor_precision=True, **options) or ""
    return text


def read_html(source: str) -> HtmlPage:
    """The page's text (title, lead, body; a paragraph a line, blank lines between) and its fields:
    title, published, site, url, hostname, author, place, lead."""
    import trafilatura
    from trafilatura.utils import load_html

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    tree = load_html(source)
    if tree is None:
        return HtmlPage("")
    # htmldate's extensive search ends with guesses a reader would not make (a copyright year read
    # as 1 January of it): a page that states no date keeps none.
    meta = trafilatura.extract_metadata(tree, extensive=False)
    title = page_title(meta.title or "", tree)
    region = region_of(tree)
    if region is not None:
        drop_hidden(region)
    if region is None:  # no article element: the headline's box, else the body (a list page may have neither)
        box = headline_box(tree)
        region_or_body = box if box is not None else tree.find("body")
    items = list_items(region if region is not None else region_or_body)
    url = page_url(meta.url or "", tree, source)
    if items:  # each item as its own lines (the extractor drops their short date lines, which end one item)
        lines = [line for item in items for line in item_lines(item, url)]
    else:
        lines = body_lines(main_text(tree, title), title, region)
    lead = "" if items else lead_of(region, squash(meta.description or ""), lines, tree)  # a list has no lead
    authors = [squash(a) for a in person_names(json_ld_values(tree, [probes()["json_ld_author"]]))]
    head = squash(" ".join(t.text_content() for t in tree.xpath("//head/title")[:1]))
    fields = {
        "title": title,
        "published": published_date(tree, region, meta.date or "") or date_from_url(url),
        "site": site_name_of(squash(meta.sitename or ""), site_from_title(head, title or squash(meta.title or "")), title,
                             meta.hostname or urlsplit(url).hostname or ""),
        "url": url,
        "hostname": meta.hostname or "",
        "author": "; ".join(dict.fromkeys(clean_author(a) for a in authors if a)) or clean_author(meta.author or ""),
        "place": place_of(region),
        "lead": lead,
    }
    if fields["url"] and not fields["hostname"]:
        fields["hostname"] = (urlsplit(fields["url"]).hostname or "").removeprefix("www.")
    if not fields["site"] or _NO_NAME.fullmatch(fields["site"]):
        fields["site"] = publisher_name(tree) or fields["site"]
    if items:  # the page's headline ('Press releases') is no article's: each item's heading is its title
        fields["title"] = ""
        return HtmlPage("\n\n".join(lines), fields)
    paragraphs = ([title] if title else []) + ([lead] if lead else []) + lines
    return HtmlPage("\n\n".join(paragraphs), fields)



