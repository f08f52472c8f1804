"""Build the tidy tables of a raw folder, and serve them: load_articles() and the other load_*().

A build goes through the store of the processed folder (store.py): only new or changed pages are
processed, on worker processes or a Dask cluster (parallel.py), and the new state is committed
whole. load_*() check that the stored state was built from the raw folder as it is now (every file's
content hash, and the library's rules), build what is missing, and return pandas DataFrames with the
columns of schema.py (text as pandas' str dtype, counts as int64).
"""
from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from .lazy import pandas as pd

from . import schema, store
from .pages import page_part
from .parallel import choose_workers, in_order
from .paths import RAW, processed_folder, raw_folder

PROGRESS_MIN_PAGES = 50


class EmptyCorpus(ValueError):
    """No page of the raw folder could be read: nothing is built or served."""


@dataclass
class Corpus:
    """The tables of a raw folder, and what reading it said."""

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
        """The tables by name (those of schema.TABLES)."""
        return {name: getattr(self, name) for name in schema.TABLES}

    def copy(self) -> Corpus:
        """A corpus whose tables can be changed without touching this one's."""
        return replace(self, **{n: t.copy(deep=False) for n, t in self.tables().items()},
                       messages=list(self.messages), skipped=dict(self.skipped))


def say(message: str) -> None:
    """Print one line for the user on stderr."""
    print(f"multipolar: {message}", file=sys.stderr)


def build(raw: Path | None = None, out: Path | None = None, workers: int | None = None,
          scheduler: str | None = None, progress: bool | None = None,
          tell: Callable[[str], None] = say, check_all: bool = False) -> store.BuildReport:
    """Bring the tables of `raw` in `out` up to date (both default to the corpus setting: see
    multipolar.paths): new and changed pages are processed on `workers` processes (default: every
    core for 20 pages or more; or MULTIPOLAR_WORKERS), or on the Dask cluster whose scheduler is at
    `scheduler`; the rest is copied from the store. Never raises for a bad page; raises OSError when
    `out` cannot be written (the tables there are then as they were). `check_all`: hash every stored
    file, not only those whose size or time changed (after a reader found one damaged)."""
    raw, out = raw_folder(raw), processed_folder(raw, out)

    def process(work: list[store.Entry]):
        items = [(str(e.path.resolve()), e.label, e.name, e.key) for e in work]
        if not items:  # nothing new: no pool is started and no cluster contacted
            return iter(())
        n = choose_workers(len(items), workers) if scheduler is None else len(items)
        results = in_order(page_part, items, n, scheduler)
        show = len(items) >= PROGRESS_MIN_PAGES if progress is None else progress
        if not show:
            return results
        from tqdm import tqdm

        tqdm.monitor_interval = 0  # no monitor thread: a later build may still fork its workers
        bar = tqdm(results, total=len(items), desc="pages", unit="page", leave=False, file=sys.stderr)
        bar.close = lambda close=bar.close: (results.close(), close())
        return bar

    return store.build(raw, out, process, tell, trust_stat=not check_all)


def read_corpus(gen: Path, manifest: dict) -> Corpus:
    """The tables of a committed generation, each checked against the manifest, as DataFrames."""
    return corpus_of({name: store.read_table(gen, manifest, name).to_pandas() for name in schema.TABLES},
                     list(manifest.get("messages", [])), int(manifest.get("pages", 0)), dict(manifest.get("skipped", {})))


def corpus_of(t: dict[str, pd.DataFrame], messages: list[str], pages: int, skipped: dict) -> Corpus:
    """A Corpus from its tables as stored (schema.TABLES), the mentions given their sentences."""
    return Corpus(t["articles"], t["removed"], t["ledger"], messages, pages, skipped,
                  with_sentences(t["mentions"], t["articles"]), t["dates"], t["theme_rates"], t["events"])


def with_sentences(mentions: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Mentions with the text of their sentence (the store keeps its offsets only), after its offsets."""
    texts = dict(zip(articles["article_id"], articles["text"]))
    sentence = [texts.get(a, "")[s0:s1] for a, s0, s1 in
                zip(mentions["article_id"], mentions["sentence_start"], mentions["sentence_end"])]
    out = mentions.copy()
    out.insert(out.columns.get_loc("sentence_end") + 1, "sentence", pd.array(sentence, dtype="str"))
    return out


def build_corpus(raw: Path = RAW, progress: bool | None = None, workers: int | None = None,
                 scheduler: str | None = None, tell: Callable[[str], None] = lambda m: None) -> Corpus:
    """Read every page of `raw` and return its tables, through a store of its own that is thrown
    away (the tables of load_*() without touching any processed folder); never raises for a bad page.
    A folder with no readable page gives empty tables."""
    with tempfile.TemporaryDirectory(prefix="multipolar-build-") as tmp:
        report = build(Path(raw), Path(tmp), workers, scheduler, progress, tell)
        if not report.committed:
            return corpus_of({name: t.frame() for name, t in schema.TABLES.items()}, report.messages, 0, report.skipped)
        state = store.current(Path(tmp))
        return read_corpus(*state)


_SERVED: dict[Path, tuple[str, str, Corpus]] = {}  # processed folder -> (generation, listing, corpus)


def cached_corpus(raw: Path | None = None, out: Path | None = None) -> Corpus:
    """The tables of `raw` (default: the corpus setting), from the store in `out`, built first where
    pages are new or changed. The reading's messages are printed on stderr once per state; a folder
    with no readable page raises EmptyCorpus, and nothing is stored."""
    raw, out = raw_folder(raw), processed_folder(raw, out)
    if not raw.is_dir():
        raise FileNotFoundError(f"{raw}: no such folder of pages - put your pages there, or set "
                                f"MULTIPOLAR_RAW to the folder that holds them")
    entries = store.survey(raw)
    listing = store.listing_key(raw, entries)
    key = out.resolve()
    damaged = False
    for attempt in range(3):
        try:
            state = store.current(out)
        except store.StoreDamaged:
            state = None
        if state is not None and state[1].get("listing") == listing:
            served = _SERVED.get(key)
            if served and served[:2] == (state[0].name, listing):
                return served[2].copy()
            try:
                corpus = read_corpus(*state)
            except store.StoreDamaged:
                damaged = True  # the build below hashes every file, says what is wrong and mends it
            else:
                for message in corpus.messages:
                    say(message)
                _SERVED[key] = (state[0].name, listing, corpus)
                return corpus.copy()
        report = build(raw, out, check_all=damaged)
        if report.pages == 0:
            _SERVED.pop(key, None)
            raise EmptyCorpus(f"{raw}: no page could be read, so there are no tables - add UTF-8 text or "
                              "HTML pages (see the README, 'Adding your own pages')")
        entries = store.survey(raw)  # the folder as the build saw it: a page added meanwhile is built next time
        listing = store.listing_key(raw, entries)
    raise store.StoreDamaged(f"{out}: the tables kept changing while they were read - try again when no build is running")


def load_articles(raw: Path | None = None, out: Path | None = None) -> pd.DataFrame:
    """The article table (one row per article), built on first use and kept in the store."""
    return cached_corpus(raw, out).articles


def load_removed(raw: Path | None = None, out: Path | None = None) -> pd.DataFrame:
    """Every input line that is not article text, with the reason (metadata lines included)."""
    return cached_corpus(raw, out).removed


def load_ledger(raw: Path | None = None, out: Path | None = None) -> pd.DataFrame:
    """Every non-blank input line, with what became of it (the article it is in, or why it was removed)."""
    return cached_corpus(raw, out).ledger


def load_mentions(raw: Path | None = None, out: Path | None = None) -> pd.DataFrame:
    """Entity mentions (countries, people, organisations) with offsets and their sentence."""
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
