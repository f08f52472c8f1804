"""Build the tidy tables from data/raw: articles, removed lines, and the per-line ledger."""
from __future__ import annotations

import hashlib
import json
import os
import secrets
from dataclasses import dataclass, field
from functools import partial
from itertools import chain
from pathlib import Path

import numpy as np
import pandas as pd

from .dateexpr import DATE_COLUMNS
from .encounters import EVENT_COLUMNS, events_frame
from .entities import MENTION_COLUMNS
from .load import Page, ReadReport, raw_entries, read_pages
from .pages import ARTICLE_COLUMNS, LEDGER_COLUMNS, PACKED, PageTables, compile_patterns, page_tables
from .parallel import choose_workers, ordered_map
from .paths import PACKAGE, RAW, processed_folder, raw_folder
from .themes import RATE_COLUMNS, theme_rates

REMOVED_COLUMNS = ["source_file", "line_no", "article_id", "reason", "text"]
INT_COLUMNS = {"n_words", "n_paragraphs", "title_line", "first_line", "last_line", "line_no", "start", "end",
               "hits", "words"}  # events.csv's start and end are dates, not offsets: see _frame
FLOAT_COLUMNS = {"per_1000_words"}
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


def assemble(parts: list[PageTables], name: str) -> pd.DataFrame:
    """One table from every page's packed columns, in page order: counts and offsets int64, the rest str."""
    cols = PACKED[name]
    values = {c: list(chain.from_iterable(p.tables[name][c] for p in parts)) for c in cols}
    return pd.DataFrame({c: np.array(v, dtype=np.int64) if c in INT_COLUMNS else pd.array(v, dtype="str")
                         for c, v in values.items()}, columns=cols)


def page_texts(pages: list[Page], parts: list[PageTables]) -> tuple[list[str], list[str]]:
    """Texts left out of the packed tables: each ledger row's page line, and each article's body lines joined."""
    ledger_text, article_text = [], []
    for page, part in zip(pages, parts):
        lines, led = page.lines, part.tables["ledger"]
        texts = [lines[no - 1].strip() for no in led["line_no"]]
        bodies: dict[str, list[str]] = {}
        for aid, role, text in zip(led["article_id"], led["role"], texts):
            if role == "body":
                bodies.setdefault(aid, []).append(text)
        ledger_text += texts
        article_text += ["\n\n".join(bodies.get(aid, [])) for aid in part.tables["articles"]["article_id"]]
    return ledger_text, article_text


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
    workers = choose_workers(len(pages), workers)
    if workers > 1:
        compile_patterns()
    parts = ordered_map(partial(page_tables, analysis=analysis), pages, workers, wrap, size=lambda p: len(p.text))
    led, articles = assemble(parts, "ledger"), assemble(parts, "articles")
    ledger_text, article_text = page_texts(pages, parts)
    led["text"] = pd.Series(ledger_text, dtype="str")
    articles["text"] = pd.Series(article_text, dtype="str")
    removed = led.loc[led["role"].isin(["metadata", "removed"]), REMOVED_COLUMNS]
    corpus = Corpus(articles, removed.reset_index(drop=True), led, report.messages, len(report.pages), report.skipped)
    if analysis:
        corpus.mentions, corpus.dates = assemble(parts, "mentions"), assemble(parts, "dates")
        corpus.theme_rates = theme_rates(articles, counts=assemble(parts, "themes"))
        corpus.events = events_frame([e for p in parts for e in p.events])
    return corpus


COLUMNS = {"articles.csv": ARTICLE_COLUMNS, "removed.csv": REMOVED_COLUMNS, "ledger.csv": LEDGER_COLUMNS,
           "mentions.csv": MENTION_COLUMNS, "dates.csv": DATE_COLUMNS, "theme_rates.csv": RATE_COLUMNS,
           "events.csv": EVENT_COLUMNS}


def write_corpus(corpus: Corpus, out: Path) -> None:
    """Write every table of the corpus into `out` as CSV: each to a temporary file in the same folder,
    and only when all are written are they renamed over the old ones, so that no table is ever left
    half-written (a full disk, a crash). Raises OSError when `out` cannot be written; no temporary
    file is left behind."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written: list[tuple[Path, Path]] = []
    try:
        for name, table in corpus.tables().items():
            tmp = out / f".{name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
            with open(tmp, "x", encoding="utf-8", newline="") as fh:
                written.append((tmp, out / name))
                table.to_csv(fh, index=False)
                fh.flush()
                os.fsync(fh.fileno())
    except BaseException:
        for tmp, _ in written:
            tmp.unlink(missing_ok=True)
        raise
    for tmp, final in written:
        os.replace(tmp, final)


def read_table(path: Path, columns: list[str]) -> pd.DataFrame:
    """Read a table written by write_corpus back with the same dtypes."""
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    return _frame(df.to_dict("records"), columns)


def fingerprint(raw: Path) -> str:
    """Hash of the raw folder's entries (each name, and each page file's bytes) and of the library
    itself: the cache key. Parts are length-prefixed; names are hashed as bytes, so any name will do;
    entries that are not files (a folder, a FIFO) count by name and kind only and are never opened."""
    h = hashlib.sha256()

    def part(data: bytes) -> None:
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)

    for path, kind in raw_entries(Path(raw)):
        part(os.fsencode(path.name))
        part(kind.encode())
        if kind == "file":
            try:
                part(path.read_bytes())
            except OSError as err:  # a broken link: reading it will say so
                part(str(err.errno).encode())
    for path in sorted(PACKAGE.rglob("*")):
        if path.suffix in (".py", ".toml", ".csv", ".txt") and "__pycache__" not in path.parts:
            part(path.read_bytes())
    return h.hexdigest()


def cached_corpus(raw: Path | None = None, out: Path | None = None) -> Corpus:
    """The corpus tables, rebuilt only when the raw pages or the library have changed (`raw` and
    `out` default to the corpus setting: see multipolar.paths)."""
    raw, out = raw_folder(raw), processed_folder(raw, out)
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


def load_articles(raw: Path | None = None, out: Path | None = None) -> pd.DataFrame:
    """The article table (one row per article), built from data/raw on first use and cached."""
    return cached_corpus(raw, out).articles


def load_removed(raw: Path | None = None, out: Path | None = None) -> pd.DataFrame:
    """Every input line that is not article text, with the reason (metadata lines included)."""
    return cached_corpus(raw, out).removed


def load_mentions(raw: Path | None = None, out: Path | None = None) -> pd.DataFrame:
    """Entity mentions (countries, people, organisations) with offsets and sentences."""
    return cached_corpus(raw, out).mentions


def load_dates(raw: Path | None = None, out: Path | None = None) -> pd.DataFrame:
    """Date expressions found in the articles, resolved against each article's reference date."""
    return cached_corpus(raw, out).dates


def load_theme_rates(raw: Path | None = None, out: Path | None = None) -> pd.DataFrame:
    """Theme rates per 1,000 words by article, site, outlet and year."""
    return cached_corpus(raw, out).theme_rates


def load_events(raw: Path | None = None, out: Path | None = None) -> pd.DataFrame:
    """Bilateral encounters (visits, meetings, talks, phone calls), one row per encounter."""
    return cached_corpus(raw, out).events
