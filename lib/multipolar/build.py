"""Build the tidy tables from data/raw: articles, removed lines, and the per-line ledger."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import pandas as pd

from .clean import clean
from .dateexpr import DATE_COLUMNS, find_dates, page_references, parse_ref
from .encounters import EVENT_COLUMNS, article_events, events_frame
from .entities import MENTION_COLUMNS, find_mentions
from .load import Page, ReadReport, read_pages
from .metadata import detect_site, finalise
from .parallel import choose_workers, ordered_map
from .paths import PACKAGE, PROCESSED, RAW
from .segment import segment
from .themes import COUNT_COLUMNS, RATE_COLUMNS, article_theme_counts, theme_rates
from .tokens import norm

ARTICLE_COLUMNS = ["article_id", "source_file", "site", "title", "outlet", "author", "published",
                   "posted", "dateline", "ref_date", "ref_method", "year", "tags", "blogger", "note",
                   "n_words", "n_paragraphs", "title_line", "first_line", "last_line", "text"]
LEDGER_COLUMNS = ["source_file", "line_no", "article_id", "role", "reason", "text"]
REMOVED_COLUMNS = ["source_file", "line_no", "article_id", "reason", "text"]
INT_COLUMNS = {"n_words", "n_paragraphs", "title_line", "first_line", "last_line", "line_no"}
PROGRESS_MIN_PAGES = 50


@dataclass
class Corpus:
    """What a build produces: the tables and the reading report."""

    articles: pd.DataFrame
    removed: pd.DataFrame
    ledger: pd.DataFrame
    messages: list[str] = field(default_factory=list)
    pages: int = 0
    skipped: dict = field(default_factory=dict)
    mentions: pd.DataFrame | None = None
    dates: pd.DataFrame | None = None
    theme_rates: pd.DataFrame | None = None
    events: pd.DataFrame | None = None

    def tables(self) -> dict[str, pd.DataFrame]:
        """The tables written to disk, by file name."""
        return {"articles.csv": self.articles, "removed.csv": self.removed, "ledger.csv": self.ledger,
                "mentions.csv": self.mentions, "dates.csv": self.dates, "theme_rates.csv": self.theme_rates,
                "events.csv": self.events}


def article_id(source_file: str, index: int) -> str:
    """Stable id of the index-th article of a page: '<file stem>-NN'."""
    return f"{source_file.rsplit('.', 1)[0]}-{index + 1:02d}"


def process_page(page: Page) -> tuple[list[dict], list[dict]]:
    """Articles and ledger rows of one page."""
    if page.duplicate_of:
        rows = [{"line_no": no, "article_id": "", "role": "removed", "reason": "duplicate page", "text": t.strip()}
                for no, t in enumerate(page.lines, start=1) if t.strip()]
        return [], rows
    drafts, ledger = segment(page.text)
    furniture = [norm(e.text) for e in ledger if e.role == "removed" and e.reason in ("sidebar", "navigation")]
    for draft in drafts:
        clean(draft, ledger, furniture)
    site = detect_site(page.text)
    articles, lines_of = [], {}
    for e in ledger:
        lines_of.setdefault(e.article, []).append(e.no)
    for draft in drafts:
        text = "\n\n".join(line.text for line in draft.body)
        nos = lines_of[draft.index]
        articles.append({
            "article_id": article_id(page.source_file, draft.index), "source_file": page.source_file,
            "site": site, **finalise(draft), "n_words": sum(len(line.words) for line in draft.body), "n_paragraphs": len(draft.body),
            "title_line": draft.title_no, "first_line": min(nos), "last_line": max(nos), "text": text,
        })
    rows = [{"line_no": e.no, "article_id": "" if e.article is None else article_id(page.source_file, e.article),
             "role": e.role, "reason": e.reason, "text": e.text} for e in ledger]
    return articles, rows


@dataclass
class PageTables:
    """Everything one page yields: its articles and ledger rows, and (with analysis) its analysis rows."""

    articles: list[dict]
    ledger: list[dict]
    mentions: list[dict] = field(default_factory=list)
    dates: list[dict] = field(default_factory=list)
    themes: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)


def analyse_page(tables: PageTables) -> PageTables:
    """Reference dates of a page's articles, then their mentions, dates, theme counts and encounters."""
    arts = tables.articles
    refs = page_references([(a["published"], a["posted"], a["dateline"], a["text"]) for a in arts])
    for a, (ref, how) in zip(arts, refs):
        a.update(ref_date=ref, ref_method=how, year=ref[:4])
        mentions = find_mentions(a["text"], a["article_id"])
        dates = find_dates(a["text"], parse_ref(ref), a["article_id"])
        tables.mentions += mentions
        tables.dates += dates
        tables.themes += article_theme_counts(a["article_id"], a["text"], a["n_words"])
        tables.events += article_events(a["article_id"], a["text"], ref, mentions, dates)
    return tables


def page_tables(page: Page, analysis: bool = True) -> PageTables:
    """The rows one page contributes to every table (the unit of work a build maps over pages)."""
    articles, rows = process_page(page)
    tables = PageTables(articles, [{"source_file": page.source_file, **r} for r in rows])
    return analyse_page(tables) if analysis else tables


def _frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    """A DataFrame with the given columns, text as str dtype and counts/offsets as int."""
    df = pd.DataFrame(rows, columns=columns)
    ints = INT_COLUMNS - ({"start", "end"} if "evidence" in columns else set())
    for col in columns:
        if col in ints:
            df[col] = df[col].astype("int64")
        elif col in FLOAT_COLUMNS:
            df[col] = df[col].astype("float64")
        else:
            df[col] = df[col].astype(object).where(df[col].notna(), "").astype("str")
    return df


def build_corpus(raw: Path = RAW, progress: bool | None = None, analysis: bool = True,
                 workers: int | None = None) -> Corpus:
    """Read every page of `raw` and return the tables; never raises for a bad page.

    Pages are processed independently, on several processes for larger corpora (`workers`, or the
    MULTIPOLAR_WORKERS variable, sets how many); the tables are the same whatever the number.
    """
    report: ReadReport = read_pages(Path(raw))
    pages = report.pages
    if progress is None:
        progress = len(pages) >= PROGRESS_MIN_PAGES
    wrap = iter
    if progress:
        from tqdm import tqdm

        def wrap(results):
            return tqdm(results, total=len(pages), desc="pages", unit="page", leave=False)
    work = partial(page_tables, analysis=analysis)
    parts = ordered_map(work, pages, choose_workers(len(pages), workers), wrap, size=lambda p: len(p.text))
    led = _frame([r for p in parts for r in p.ledger], LEDGER_COLUMNS)
    removed = led.loc[led["role"].isin(["metadata", "removed"]), ["source_file", "line_no", "article_id", "reason", "text"]]
    corpus = Corpus(_frame([a for p in parts for a in p.articles], ARTICLE_COLUMNS), removed.reset_index(drop=True),
                    led, report.messages, len(report.pages), report.skipped)
    if analysis:
        corpus.mentions = _rows_frame(parts, "mentions", MENTION_COLUMNS)
        corpus.dates = _rows_frame(parts, "dates", DATE_COLUMNS)
        counts = _rows_frame(parts, "themes", COUNT_COLUMNS)
        corpus.theme_rates = theme_rates(corpus.articles, counts=counts)
        corpus.events = events_frame([e for p in parts for e in p.events])
    return corpus


def _rows_frame(parts: list[PageTables], name: str, columns: list[str]) -> pd.DataFrame:
    """One analysis table from the rows every page produced (offsets and counts as int64)."""
    df = pd.DataFrame([r for p in parts for r in getattr(p, name)], columns=columns)
    return df.astype({c: "int64" for c in ("start", "end", "hits", "words") if c in columns})


COLUMNS = {"articles.csv": ARTICLE_COLUMNS, "removed.csv": REMOVED_COLUMNS, "ledger.csv": LEDGER_COLUMNS,
           "mentions.csv": MENTION_COLUMNS, "dates.csv": DATE_COLUMNS, "theme_rates.csv": RATE_COLUMNS,
           "events.csv": EVENT_COLUMNS}
INT_COLUMNS |= {"start", "end", "hits", "words"}
FLOAT_COLUMNS = {"per_1000_words"}


def write_corpus(corpus: Corpus, out: Path) -> None:
    """Write every table of the corpus into `out` as CSV."""
    out.mkdir(parents=True, exist_ok=True)
    for name, table in corpus.tables().items():
        table.to_csv(out / name, index=False)


def read_table(path: Path, columns: list[str]) -> pd.DataFrame:
    """Read a table written by write_corpus back with the same dtypes."""
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    return _frame(df.to_dict("records"), columns)


def fingerprint(raw: Path) -> str:
    """Hash of the raw pages' names and bytes and of the library itself: the cache key."""
    h = hashlib.sha256()
    for path in sorted(p for p in Path(raw).iterdir() if p.is_file() and not p.name.startswith(".")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    for path in sorted(PACKAGE.rglob("*")):
        if path.suffix in (".py", ".toml", ".csv", ".txt") and "__pycache__" not in path.parts:
            h.update(path.read_bytes())
    return h.hexdigest()


def cached_corpus(raw: Path = RAW, out: Path = PROCESSED) -> Corpus:
    """The corpus tables, rebuilt only when the raw pages or the library have changed."""
    raw, out = Path(raw), Path(out)
    key_file = out / "build.json"
    key = fingerprint(raw)
    if key_file.exists() and all((out / n).exists() for n in COLUMNS):
        meta = json.loads(key_file.read_text())
        if meta.get("key") == key:
            t = {name: read_table(out / name, cols) for name, cols in COLUMNS.items()}
            return Corpus(t["articles.csv"], t["removed.csv"], t["ledger.csv"], meta.get("messages", []),
                          meta.get("pages", 0), meta.get("skipped", {}), t["mentions.csv"], t["dates.csv"],
                          t["theme_rates.csv"], t["events.csv"])
    corpus = build_corpus(raw)
    write_corpus(corpus, out)
    key_file.write_text(json.dumps({"key": key, "messages": corpus.messages, "pages": corpus.pages,
                                    "skipped": corpus.skipped}, indent=1))
    return corpus


def load_articles(raw: Path = RAW, out: Path = PROCESSED) -> pd.DataFrame:
    """The article table (one row per article), built from data/raw on first use and cached."""
    return cached_corpus(raw, out).articles


def load_removed(raw: Path = RAW, out: Path = PROCESSED) -> pd.DataFrame:
    """Every input line that is not article text, with the reason (metadata lines included)."""
    return cached_corpus(raw, out).removed


def load_mentions(raw: Path = RAW, out: Path = PROCESSED) -> pd.DataFrame:
    """Entity mentions (countries, people, organisations) with offsets and sentences."""
    return cached_corpus(raw, out).mentions


def load_dates(raw: Path = RAW, out: Path = PROCESSED) -> pd.DataFrame:
    """Date expressions found in the articles, resolved against each article's reference date."""
    return cached_corpus(raw, out).dates


def load_theme_rates(raw: Path = RAW, out: Path = PROCESSED) -> pd.DataFrame:
    """Theme rates per 1,000 words by article, site, outlet and year."""
    return cached_corpus(raw, out).theme_rates


def load_events(raw: Path = RAW, out: Path = PROCESSED) -> pd.DataFrame:
    """Bilateral encounters (visits, meetings, talks, phone calls), one row per encounter."""
    return cached_corpus(raw, out).events
