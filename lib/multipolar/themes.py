"""Theme lexicons (British and American spellings, inflections) and their rates per 1,000 words."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import numpy as np

from . import schema
from .lazy import pandas as pd
from .lexicon import finditer_from_starts, read_csv, trie_pattern, word_starts
from .tokens import lowered

RATE_COLUMNS = schema.THEME_RATES.names


@dataclass(frozen=True)
class ThemeLexicon:
    """Exact terms and prefix terms (written 'term*') → theme, with one compiled pattern."""

    exact: dict
    prefixes: dict
    pattern: re.Pattern
    lower: re.Pattern
    themes: tuple
    starts: re.Pattern | None = None  # where a term can begin in lower-cased text (see lexicon.word_starts)


@cache
def lexicon() -> ThemeLexicon:
    """The theme lexicon from data/lexicons/themes.csv (case-insensitive)."""
    rows = read_csv("themes.csv")
    exact = {r["term"].lower(): r["theme"] for r in rows if not r["term"].endswith("*")}
    prefixes = {r["term"].lower().rstrip("*"): r["theme"] for r in rows if r["term"].endswith("*")}
    source = (r"(?<!\w)(?:(?P<p>" + trie_pattern(sorted(prefixes)) + r")[\w’'-]*|(?P<x>"
              + trie_pattern(sorted(exact)) + r")(?!\w))")
    return ThemeLexicon(exact, prefixes, re.compile(source, re.IGNORECASE), re.compile(source),
                        tuple(dict.fromkeys(r["theme"] for r in rows)),
                        word_starts(trie_pattern(sorted(prefixes)) + "|" + trie_pattern(sorted(exact))))


def searched(text: str, lex: ThemeLexicon) -> tuple[re.Pattern, str]:
    """The pattern to scan a text with and what it scans: the lower-cased text when that keeps
    offsets (see tokens.lowered), else the text with the case-blind pattern."""
    low = lowered(text)
    return (lex.lower, low) if low is not None else (lex.pattern, text)


def scan(text: str, lex: ThemeLexicon) -> Iterator[re.Match]:
    """Theme-term matches of a text (on lower-cased text, tried only where a term can begin)."""
    low = lowered(text)
    if low is None:
        return lex.pattern.finditer(text)
    return iter(finditer_from_starts(lex.lower, lex.starts, low))


def term_theme(prefix: str | None, exact: str | None, lex: ThemeLexicon) -> str:
    """The theme of a matched term, given its two groups (the one that did not match empty or None):
    an exact term's, else the longest matching prefix's."""
    table, term = (lex.exact, exact) if exact else (lex.prefixes, prefix)
    return table.get(term) or table[" ".join(term.lower().split())]


def theme_of(m: re.Match, lex: ThemeLexicon) -> str:
    """The theme of one match."""
    return term_theme(m.group("p"), m.group("x"), lex)


def theme_hits(text: str) -> list[tuple[str, str, int, int]]:
    """(theme, surface, start, end) of every theme term in a text."""
    lex = lexicon()
    return [(theme_of(m, lex), text[m.start():m.end()], m.start(), m.end()) for m in scan(text, lex)]


COUNT_COLUMNS = schema.THEME_COUNTS.names


def article_theme_counts(article_id: str, text: str, words: int) -> list[dict]:
    """Hits of every theme (zeros included) in one article, with its number of words (the matches of
    scan)."""
    lex = lexicon()
    counts = dict.fromkeys(lex.themes, 0)
    for m in scan(text, lex):
        counts[term_theme(*m.group("p", "x"), lex)] += 1
    return [{"article_id": article_id, "theme": t, "hits": n, "words": int(words)} for t, n in counts.items()]


def theme_counts(articles: pd.DataFrame) -> pd.DataFrame:
    """Hits per article and theme (every theme listed, zeros included), with the article's words."""
    rows = [r for aid, text, words in zip(articles["article_id"], articles["text"], articles["n_words"])
            for r in article_theme_counts(aid, text, words)]
    return pd.DataFrame(rows, columns=COUNT_COLUMNS)


def group_sums(keys: np.ndarray, hits: np.ndarray, words: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Sorted distinct keys, and the hits (keys × themes) and words summed over each key's rows."""
    groups, inverse = np.unique(keys, return_inverse=True)
    sums = np.zeros((len(groups), hits.shape[1]), dtype=np.int64)
    np.add.at(sums, inverse, hits)
    return groups, sums, np.bincount(inverse, weights=words, minlength=len(groups)).astype(np.int64)


LEVELS = ("article_id", "site", "outlet", "year", "outlet_year")


def first_outlet(outlets: pd.Series) -> pd.Series:
    """The outlet an article is credited to: the first-named of 'A; B' (the original publisher), the one rule for every table and chart."""
    return outlets.fillna("").astype(str).str.split("; ").str[0]


def theme_rates(articles: pd.DataFrame, by: tuple[str, ...] = LEVELS,
                counts: pd.DataFrame | None = None) -> pd.DataFrame:
    """Rates per 1,000 words by article, site, outlet, year and outlet × year, in long form
    (theme_rates.csv): groups sorted, and within each group the themes sorted; empty groups left out.
    An article republished from two outlets ('A; B') counts for the first-named, the original
    publisher; 'outlet_year' groups by both ('Xinhua | 2024'), empty when either is unknown. (The
    sums are RateSums', the mechanism a build uses a part of the corpus at a time.)"""
    counts = theme_counts(articles) if counts is None else counts
    if counts.empty:
        return pd.DataFrame(columns=RATE_COLUMNS)
    sums = RateSums()
    sums.add(*(articles[c].tolist() if c in articles else [""] * len(articles) for c in ("article_id", "site", "outlet", "year")),
             *(counts[c].tolist() for c in ("article_id", "theme", "hits", "words")))
    return pd.DataFrame(sums.columns(by))[RATE_COLUMNS].astype({"level": "str", "group": "str", "theme": "str"})


class RateSums:
    """theme_rates' table built a part of the corpus at a time, without pandas (what a build writes):
    add() takes a segment's articles (id, site, outlet, year) and its theme counts; columns() gives
    the same rows, in the same order, as theme_rates(articles, counts=counts) over all of them.
    Only one number per article and theme is kept, so memory stays small however large the corpus."""

    def __init__(self):
        self.meta: dict[str, tuple[str, str, str]] = {}
        self.parts: list[tuple[np.ndarray, list[str], np.ndarray, np.ndarray]] = []

    def add(self, article_ids, sites, outlets, years, count_ids, count_themes, hits, words) -> None:
        """One part's articles and theme counts (rows of theme_counts: article id, theme, hits, words)."""
        self.meta.update((a, (s, o.split("; ")[0], y)) for a, s, o, y in zip(article_ids, sites, outlets, years))
        if len(count_ids) == 0:
            return
        ids, row = np.unique(np.asarray(count_ids, dtype=object), return_inverse=True)
        themes, col = np.unique(np.asarray(count_themes, dtype=object), return_inverse=True)
        matrix = np.zeros((len(ids), len(themes)), dtype=np.int64)
        matrix[row, col] = np.asarray(hits, dtype=np.int64)
        totals = np.zeros(len(ids), dtype=np.int64)
        totals[row] = np.asarray(words, dtype=np.int64)
        self.parts.append((ids, list(themes), matrix, totals))

    def columns(self, by: tuple[str, ...] = LEVELS) -> dict[str, np.ndarray]:
        """The table's columns (level, group, theme as object arrays of str; hits, words, per_1000_words)."""
        parts = list(self.parts_of(by))
        if not parts:
            return {c: np.array([], dtype=object if c in ("level", "group", "theme") else
                                np.float64 if c == "per_1000_words" else np.int64) for c in RATE_COLUMNS}
        return {c: np.concatenate([p[c] for p in parts]) for c in RATE_COLUMNS}

    def parts_of(self, by: tuple[str, ...] = LEVELS, rows: int = 50_000) -> Iterator[dict[str, np.ndarray]]:
        """The table's rows in order, as columns of at most `rows` rows at a time (so that a large
        corpus's table is written piece by piece)."""
        if not self.parts:
            return
        themes = np.array(sorted({t for _, ts, _, _ in self.parts for t in ts}), dtype=object)
        at = {t: i for i, t in enumerate(themes)}
        ids = np.concatenate([p[0] for p in self.parts])
        matrix = np.zeros((len(ids), len(themes)), dtype=np.int64)
        totals = np.concatenate([p[3] for p in self.parts])
        first = 0
        for part_ids, part_themes, part_matrix, _ in self.parts:
            matrix[first:first + len(part_ids), [at[t] for t in part_themes]] = part_matrix
            first += len(part_ids)
        order = np.argsort(ids, kind="stable")  # every article id once: the order of np.unique over all counts
        ids, matrix, totals = ids[order], matrix[order], totals[order]
        known = [self.meta.get(a) for a in ids]
        for level in by:
            if level == "article_id":
                keys = ids
            elif level == "outlet_year":
                keys = np.array(["" if k is None or not k[1] or not k[2] else f"{k[1]} | {k[2]}" for k in known], dtype=object)
            elif level == "outlet":
                keys = np.array(["" if k is None else k[1] for k in known], dtype=object)
            else:
                i = {"site": 0, "year": 2}[level]
                keys = np.array(["nan" if k is None else k[i] for k in known], dtype=object)
            keep = keys != ""
            groups, sums, group_words = group_sums(keys[keep], matrix[keep], totals[keep])
            name = np.array(["article" if level == "article_id" else level], dtype=object)  # one str, shared
            n, w = sums.ravel(), np.repeat(group_words, len(themes))
            with np.errstate(divide="ignore", invalid="ignore"):
                rate = np.round(1000 * n / np.where(w > 0, w, np.nan).astype(np.float64), 3)
            level_columns = {"level": name.repeat(len(n)), "group": np.repeat(groups, len(themes)),
                             "theme": np.tile(themes, len(groups)), "hits": n, "words": w,
                             "per_1000_words": np.where(w > 0, rate, 0.0)}
            for start in range(0, len(n), rows):
                yield {c: level_columns[c][start:start + rows] for c in RATE_COLUMNS}
