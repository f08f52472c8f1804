"""The unit of work of a build: everything one raw file yields (page_part).

A file is read (load.py); a page is segmented and cleaned into articles and ledger rows, then its
articles get reference dates, mentions, dates, theme counts and encounters. Pages are independent,
so a build can hand them to worker processes or a cluster: what goes back is the file's index row
and its rows of each page table (schema.PAGE_TABLES) as columns, which the store writes.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from urllib.parse import urlsplit

import pyarrow as pa

from . import schema
from .clean import clean
from .dateexpr import find_dates, known_anniversaries, page_references, parse_ref, scan
from .encounters import trigger_scans, article_events, rules
from .entities import find_mentions, gazetteer
from .load import Page, read_page, text_digest
from .store import arrow
from .metadata import (TITLE_MAX, copyright_year, dateline_date, dateline_place, finalise, home_country, masthead_country,
                       site_country, site_name, title_date)
from .patterns import layout
from .places import cities
from .segment import segment
from .themes import article_theme_counts, lexicon
from .tokens import norm, sentence_spans

# Fields an HTML page states about itself that fill its first article's own when that has none.
PAGE_FIELDS = ("published", "author", "place")


def article_id(key: str, index: int) -> str:
    """Stable id of the index-th article of a page: '<page key>-NN', the key being the file name without
    its extension, or the whole name when two files share a stem (load.id_keys: ids are unique)."""
    return f"{key}-{index + 1:02d}"


def process_page(page: Page) -> tuple[list[dict], list[dict]]:
    """Articles and ledger rows of one page."""
    if page.duplicate_of:
        rows = [{"line_no": no, "article_id": "", "role": "removed", "reason": "duplicate page", "text": t.strip()}
                for no, t in enumerate(page.lines, start=1) if t.strip()]
        return [], rows
    drafts, ledger = segment(page.text, titled=bool(page.meta.get("title")))
    furniture = [norm(e.text) for e in ledger if e.role == "removed" and e.reason in ("sidebar", "navigation")]
    by_no = {e.no: e for e in ledger}
    for draft in drafts:
        clean(draft, by_no, furniture)
    fields = [finalise(draft) for draft in drafts]
    meta = page.meta
    stated = next((f["url"] for f in fields if f["url"]), "")  # a text copy's own address line
    if stated and not meta.get("hostname"):
        meta = {**meta, "hostname": urlsplit(stated).hostname or ""}
    first = min((d.title_no for d in drafts), default=0)
    site = site_name(page.text, meta, [e.text for e in ledger if e.role == "removed" and e.no < first])
    articles, lines_of = [], {}
    for e in ledger:
        lines_of.setdefault(e.article, []).append(e.no)
    for draft, own in zip(drafts, fields):
        nos = lines_of[draft.index]
        articles.append({
            "article_id": article_id(page.key, draft.index), "source_file": page.source_file,
            "site": site, **own, "url": own["url"] or page.meta.get("url", ""),
            "ref_date": "", "ref_method": "", "year": "",  # set by the analysis
            "n_words": sum(len(line.words) for line in draft.body),
            "n_paragraphs": len(draft.body), "title_line": draft.title_no, "first_line": min(nos),
            "last_line": max(nos), "text": "\n\n".join(line.text for line in draft.body),
        })
    if articles and page.meta:
        first = articles[0]
        for key in PAGE_FIELDS:
            first[key] = first[key] or page.meta.get(key, "")
    for a in articles:  # a wire dateline's place stands in for a place line; a dated title for a date line
        a["place"] = a["place"] or dateline_place(a["dateline"])
        a["published"] = a["published"] or title_date(a["title"]) or dateline_date(a["dateline"])
    rows = [{"line_no": e.no, "article_id": "" if e.article is None else article_id(page.key, e.article),
             "role": e.role, "reason": e.reason, "text": e.text} for e in ledger]
    return articles, rows


def analyse_articles(articles: list[dict], served: int | None = None, masthead: str = "") -> dict[str, list[dict]]:
    """Reference dates of one page's articles (set on them), then their mentions, dates, theme counts,
    encounters (`served`: the year the page's copyright line gives; `masthead`: the country the page's
    masthead names, the home of an office holder named without one when the address gives none)."""
    out: dict[str, list[dict]] = {"mentions": [], "dates": [], "themes": [], "events": []}
    scans = [scan(a["text"]) for a in articles]  # each text is scanned and split once, used twice
    refs = page_references([(a["published"], a["posted"], a["dateline"], a["text"]) for a in articles], scans, served)
    for a, (ref, how), found in zip(articles, refs, scans):
        a.update(ref_date=ref, ref_method=how, year=ref[:4])
        aid, text, spans = a["article_id"], a["text"], sentence_spans(a["text"])
        title = a["title"] if len(a["title"]) <= TITLE_MAX else ""
        titled = find_mentions(title)
        site, home = site_country(a["site"], a["url"]), home_country(a["site"], a["url"]) or masthead
        mentions = find_mentions(text, aid, spans, title=titled, home=site or home)
        dates = find_dates(text, parse_ref(ref), aid, found)
        out["mentions"] += mentions
        out["dates"] += dates
        out["themes"] += article_theme_counts(aid, text, a["n_words"])
        out["events"] += article_events(aid, text, ref, mentions, dates, spans, title=title,
                                        site_country=site, home_country=home,
                                        place=a["place"], ref_method=how, dateline=a["dateline"],
                                        title_mentions=titled)
    return out


def columns(rows: list[dict], names: list[str]) -> dict[str, tuple]:
    """Rows (dicts holding at least `names`, two or more) as one tuple per column: compact to send,
    quick to make a DataFrame of."""
    if not rows:
        return {c: () for c in names}
    return dict(zip(names, zip(*map(itemgetter(*names), rows))))


@dataclass
class PagePart:
    """What one raw file gives the store: its index row (schema.PAGES) and its rows of each page table
    as Arrow tables, made on the worker (none for a file that is not a page)."""

    entry: dict
    tables: dict = field(default_factory=dict)

    def __reduce__(self):
        """Sent from a worker as each table's Arrow IPC stream (one buffer), which is written and read
        back three times faster than a table pickled column by column (same schema, same values)."""
        return _part_from_streams, (self.entry, {name: _stream(t) for name, t in self.tables.items()})


def _stream(table):
    """A table as the bytes of an Arrow IPC stream."""
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue()


def _part_from_streams(entry: dict, streams: dict) -> PagePart:
    """A PagePart from what __reduce__ gave: its tables read back from their IPC streams."""
    return PagePart(entry, {name: pa.ipc.open_stream(data).read_all() for name, data in streams.items()})


def compile_patterns() -> None:
    """Compile the layout rules and lexicons once, so that worker processes inherit them compiled."""
    layout(), gazetteer().index, gazetteer().capitalised_index, lexicon(), rules(), known_anniversaries(), cities()
    trigger_scans()


def page_part(path: str, label: str, name: str, key: str) -> PagePart:
    """Everything one raw file gives the store (see store.py): read it, and if it is a page, its rows
    of every page table (texts included) and its index row. Runs on a worker: the file is
    read there, so a cluster's workers need only see the raw folder (`label` names it in messages,
    `name` is its printable name, `key` what its article ids begin with)."""
    PAGES, PAGE_TABLES = schema.PAGES, schema.PAGE_TABLES
    entry = dict.fromkeys(PAGES.names, "")
    entry.update({c: 0 for c in PAGES.names if PAGES.types[c] == "int"}, source_file=name, key=key, notes="[]")
    page, message = read_page(Path(path), label, name)
    if page is None:
        entry.update(status="skipped", message=message.removeprefix(f"{label}: "))
        return PagePart(entry)
    page.key = key
    entry.update(status="page", kind=page.kind, encoding=page.encoding, notes=json.dumps(page.notes),
                 digest=text_digest(page.text))
    articles, ledger = process_page(page)
    rows = {"articles": articles, "ledger": [dict(r, source_file=name) for r in ledger]}
    first = min((a["first_line"] for a in articles), default=0)
    masthead = masthead_country([r["text"] for r in ledger if r["role"] == "removed" and r["line_no"] < first])
    analysed = analyse_articles(articles, copyright_year(page.text), masthead)
    rows.update(mentions=analysed["mentions"], dates=analysed["dates"], theme_counts=analysed["themes"],
                encounters=analysed["events"])
    return PagePart(entry, {t: arrow(table, columns(rows[t], table.names)) for t, table in PAGE_TABLES.items()})
