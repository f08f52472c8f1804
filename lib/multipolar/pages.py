"""The unit of work of a build: everything one page yields, as compact columns.

A page is segmented and cleaned into articles and ledger rows, then (with analysis) its articles get
reference dates, mentions, dates, theme counts and encounters. Pages are independent, so a build can
hand them to several processes. What goes back is packed column by column, and leaves out the text
the build can rebuild from the page it already holds: each ledger row's text is the page's line, and
an article's text is its body lines joined by blank lines.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from operator import itemgetter
from urllib.parse import urlsplit

from .clean import clean
from .dateexpr import DATE_COLUMNS, find_dates, known_anniversaries, page_references, parse_ref, scan
from .encounters import article_events, rules
from .entities import MENTION_COLUMNS, find_mentions, gazetteer
from .load import Page
from .metadata import dateline_place, finalise, site_country, site_name
from .patterns import layout
from .places import cities
from .segment import segment
from .themes import COUNT_COLUMNS, article_theme_counts, lexicon
from .tokens import norm, sentence_spans

ARTICLE_COLUMNS = ["article_id", "source_file", "site", "url", "title", "outlet", "author", "published",
                   "posted", "dateline", "place", "ref_date", "ref_method", "year", "tags", "blogger", "note",
                   "n_words", "n_paragraphs", "title_line", "first_line", "last_line", "text"]
# Fields an HTML page states about itself that fill its first article's own when that has none.
PAGE_FIELDS = ("published", "author", "place")
LEDGER_COLUMNS = ["source_file", "line_no", "article_id", "role", "reason", "text"]
# What travels back from a page, table by table (texts the build rebuilds are left out).
PACKED = {"articles": ARTICLE_COLUMNS[:-1], "ledger": LEDGER_COLUMNS[:-1], "mentions": MENTION_COLUMNS,
          "dates": DATE_COLUMNS, "themes": COUNT_COLUMNS}


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
    site = site_name(page.text, meta)
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
    for a in articles:  # a wire dateline's place stands in for a place line
        a["place"] = a["place"] or dateline_place(a["dateline"])
    rows = [{"line_no": e.no, "article_id": "" if e.article is None else article_id(page.key, e.article),
             "role": e.role, "reason": e.reason, "text": e.text} for e in ledger]
    return articles, rows


def analyse_articles(articles: list[dict]) -> dict[str, list[dict]]:
    """Reference dates of one page's articles (set on them), then their mentions, dates, theme counts, encounters."""
    out: dict[str, list[dict]] = {"mentions": [], "dates": [], "themes": [], "events": []}
    scans = [scan(a["text"]) for a in articles]  # each text is scanned and split once, used twice
    refs = page_references([(a["published"], a["posted"], a["dateline"], a["text"]) for a in articles], scans)
    for a, (ref, how), found in zip(articles, refs, scans):
        a.update(ref_date=ref, ref_method=how, year=ref[:4])
        aid, text, spans = a["article_id"], a["text"], sentence_spans(a["text"])
        titled = find_mentions(a["title"])
        mentions = find_mentions(text, aid, spans, known=tuple(m["key"] for m in titled if m["kind"] == "person"))
        dates = find_dates(text, parse_ref(ref), aid, found)
        out["mentions"] += mentions
        out["dates"] += dates
        out["themes"] += article_theme_counts(aid, text, a["n_words"])
        out["events"] += article_events(aid, text, ref, mentions, dates, spans, title=a["title"],
                                        site_country=site_country(a["site"]), place=a["place"], ref_method=how, dateline=a["dateline"],
                                        title_mentions=titled)
    return out


def columns(rows: list[dict], names: list[str]) -> dict[str, tuple]:
    """Rows (dicts holding at least `names`, two or more) as one tuple per column: compact to send,
    quick to make a DataFrame of."""
    if not rows:
        return {c: () for c in names}
    return dict(zip(names, zip(*map(itemgetter(*names), rows))))


@dataclass
class PageTables:
    """What one page yields: each table as columns (see PACKED), and its encounters before merging."""

    tables: dict[str, dict[str, tuple]]
    events: list[dict] = field(default_factory=list)


def page_tables(page: Page, analysis: bool = True) -> PageTables:
    """Everything one page contributes to the build's tables, packed as columns."""
    articles, ledger = process_page(page)
    rows = {"articles": articles, "ledger": ledger}
    if analysis:
        rows.update(analyse_articles(articles))
    events = rows.pop("events", [])
    tables = {name: columns(rows.get(name, []), PACKED[name]) for name in PACKED if name != "ledger"}
    tables["ledger"] = {"source_file": (page.source_file,) * len(ledger), **columns(ledger, PACKED["ledger"][1:])}
    return PageTables(tables, events)


def compile_patterns() -> None:
    """Compile the layout rules and lexicons once, so that worker processes inherit them compiled."""
    layout(), gazetteer(), lexicon(), rules(), known_anniversaries(), cities()
