"""Build the tidy tables from data/raw: articles, removed lines, and the per-line ledger."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .clean import clean
from .dateexpr import DATE_COLUMNS, dates_by_article, dates_table, reference_dates
from .encounters import EVENT_COLUMNS, events_table
from .entities import MENTION_COLUMNS, mentions_by_article, mentions_table
from .themes import RATE_COLUMNS, theme_rates
from .load import Page, ReadReport, read_pages
from .metadata import detect_site, finalise
from .paths import PACKAGE, PROCESSED, RAW
from .segment import segment
from .tokens import count_words, norm

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
            "site": site, **finalise(draft), "n_words": count_words(text), "n_paragraphs": len(draft.body),
            "title_line": draft.title_no, "first_line": min(nos), "last_line": max(nos), "text": text,
        })
    rows = [{"line_no": e.no, "article_id": "" if e.article is None else article_id(page.source_file, e.article),
             "role": e.role, "reason": e.reason, "text": e.text} for e in ledger]
    return articles, rows


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


def build_corpus(raw: Path = RAW, progress: bool | None = None, analysis: bool = True) -> Corpus:
    """Read every page of `raw` and return the tables; never raises for a bad page."""
    report: ReadReport = read_pages(Path(raw))
    pages = report.pages
    if progress is None:
        progress = len(pages) >= PROGRESS_MIN_PAGES
    if progress:
        from tqdm import tqdm
        pages = tqdm(pages, desc="pages", unit="page", leave=False)
    articles, ledger = [], []
    for page in pages:
        arts, rows = process_page(page)
        articles += arts
        ledger += [{"source_file": page.source_file, **r} for r in rows]
    led = _frame(ledger, LEDGER_COLUMNS)
    removed = led.loc[led["role"].isin(["metadata", "removed"]), ["source_file", "line_no", "article_id", "reason", "text"]]
    corpus = Corpus(_frame(articles, ARTICLE_COLUMNS), removed.reset_index(drop=True), led,
                    report.messages, len(report.pages), report.skipped)
    return analyse(corpus) if analysis else corpus


def add_reference_dates(articles: pd.DataFrame) -> pd.DataFrame:
    """Fill ref_date, ref_method and year from the dates the pages give or imply."""
    if articles.empty:
        return articles
    refs = reference_dates(articles)
    articles["ref_date"] = refs["ref_date"].fillna("").to_numpy()
    articles["ref_method"] = refs["ref_method"].fillna("").to_numpy()
    articles["year"] = articles["ref_date"].str[:4]
    return articles


def analyse(corpus: Corpus) -> Corpus:
    """Add reference dates to the articles, then the analysis tables: mentions, dates, themes, events."""
    corpus.articles = add_reference_dates(corpus.articles)
    mentions, dates = mentions_by_article(corpus.articles), dates_by_article(corpus.articles)
    corpus.mentions = mentions_table(corpus.articles, mentions)
    corpus.dates = dates_table(corpus.articles, dates)
    corpus.theme_rates = theme_rates(corpus.articles)
    corpus.events = events_table(corpus.articles, mentions, dates)
    return corpus


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
