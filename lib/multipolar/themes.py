"""Theme lexicons (British and American spellings, inflections) and their rates per 1,000 words."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pandas as pd

from .lexicon import read_csv, trie_pattern

RATE_COLUMNS = ["level", "group", "theme", "hits", "words", "per_1000_words"]


@dataclass(frozen=True)
class ThemeLexicon:
    """Exact terms and prefix terms (written 'term*') → theme, with one compiled pattern."""

    exact: dict
    prefixes: dict
    pattern: re.Pattern
    themes: tuple


@cache
def lexicon() -> ThemeLexicon:
    """The theme lexicon from data/lexicons/themes.csv (case-insensitive)."""
    rows = read_csv("themes.csv")
    exact = {r["term"].lower(): r["theme"] for r in rows if not r["term"].endswith("*")}
    prefixes = {r["term"].lower().rstrip("*"): r["theme"] for r in rows if r["term"].endswith("*")}
    pattern = re.compile(r"(?<!\w)(?:(?P<p>" + trie_pattern(sorted(prefixes)) + r")[\w’'-]*|(?P<x>"
                         + trie_pattern(sorted(exact)) + r")(?!\w))", re.IGNORECASE)
    return ThemeLexicon(exact, prefixes, pattern, tuple(dict.fromkeys(r["theme"] for r in rows)))


def theme_of(m: re.Match, lex: ThemeLexicon) -> str:
    """The theme of one match (a prefix match takes its longest matching prefix)."""
    if m.group("x") is not None:
        return lex.exact[" ".join(m.group("x").lower().split())]
    return lex.prefixes[" ".join(m.group("p").lower().split())]


def theme_hits(text: str) -> list[tuple[str, str, int, int]]:
    """(theme, surface, start, end) of every theme term in a text."""
    lex = lexicon()
    return [(theme_of(m, lex), m.group(), m.start(), m.end()) for m in lex.pattern.finditer(text)]


def theme_counts(articles: pd.DataFrame) -> pd.DataFrame:
    """Hits per article and theme (every theme listed, zeros included), with the article's words."""
    lex = lexicon()
    rows = []
    for aid, text, words in zip(articles["article_id"], articles["text"], articles["n_words"]):
        counts = dict.fromkeys(lex.themes, 0)
        for m in lex.pattern.finditer(text):
            counts[theme_of(m, lex)] += 1
        rows += [{"article_id": aid, "theme": t, "hits": n, "words": int(words)} for t, n in counts.items()]
    return pd.DataFrame(rows, columns=["article_id", "theme", "hits", "words"])


def theme_rates(articles: pd.DataFrame, by: tuple[str, ...] = ("article_id", "site", "outlet", "year")) -> pd.DataFrame:
    """Rates per 1,000 words by article, site, outlet and year, in long form (theme_rates.csv)."""
    counts = theme_counts(articles)
    meta = articles.set_index("article_id")
    frames = []
    for level in by:
        c = counts.copy()
        c["group"] = c["article_id"] if level == "article_id" else c["article_id"].map(meta[level]).astype(str)
        c = c[c["group"] != ""]
        words = c.drop_duplicates(["article_id"]).groupby("group")["words"].sum()
        g = c.groupby(["group", "theme"], sort=True)["hits"].sum().reset_index()
        g["words"] = g["group"].map(words).astype("int64")
        g["level"] = "article" if level == "article_id" else level
        frames.append(g)
    out = pd.concat(frames, ignore_index=True)
    out["per_1000_words"] = (1000 * out["hits"] / out["words"].where(out["words"] > 0)).round(3).fillna(0.0)
    return out[RATE_COLUMNS]
