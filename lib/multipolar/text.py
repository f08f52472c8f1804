"""Corpus-linguistic tools on the article table: concordance, collocates, keyness, n-grams, frequencies.

All of them share one tokeniser (multipolar.tokens) and return DataFrames.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import cache

import numpy as np
import pandas as pd

from .lexicon import stopwords, word_list
from .tokens import WORD


def lower_tokens(text: str) -> list[str]:
    """Lower-case word tokens, curly apostrophes straightened."""
    return WORD.findall(text.lower().replace("’", "'"))


def term_matcher(term: str):
    """A predicate on lower-case tokens: exact word, or prefix when the term ends with '*'."""
    t = term.lower()
    if t.endswith("*"):
        stem = t[:-1]
        return lambda w: w.startswith(stem)
    return lambda w: w == t


def term_regex(term: str) -> str:
    """Regex for a search term: whole words, any whitespace inside a phrase, 'stem*' for any ending."""
    body = re.escape(term.rstrip("*")).replace(r"\ ", r"\s+")
    return r"(?<!\w)" + body + (r"[\w'’-]*" if term.endswith("*") else r"(?!\w)")


def kwic(articles: pd.DataFrame, term: str, width: int = 8, regex: bool = False) -> pd.DataFrame:
    """Keyword in context: each hit with `width` words either side, its article, site and outlet."""
    pattern = re.compile(term if regex else term_regex(term), re.IGNORECASE)
    rows = []
    for row in articles[["article_id", "site", "outlet", "text"]].itertuples(index=False):
        text = row.text
        for m in pattern.finditer(text):
            left = WORD.findall(text[max(0, m.start() - 20 * width):m.start()])[-width:]
            right = WORD.findall(text[m.end():m.end() + 20 * width])[:width]
            rows.append({"article_id": row.article_id, "site": row.site, "outlet": row.outlet,
                         "left": " ".join(left), "keyword": m.group(), "right": " ".join(right),
                         "start": m.start()})
    return pd.DataFrame(rows, columns=["article_id", "site", "outlet", "left", "keyword", "right", "start"])


def log_likelihood(o11, r1, c1, n):
    """Dunning's G² for a 2×2 table given O11, its row total, column total and grand total (vectorised)."""
    o11, r1, c1 = (np.asarray(x, dtype=float) for x in (o11, r1, c1))
    cells = [(o11, r1 * c1 / n), (r1 - o11, r1 * (n - c1) / n),
             (c1 - o11, (n - r1) * c1 / n), (n - r1 - c1 + o11, (n - r1) * (n - c1) / n)]
    g2 = np.zeros_like(o11)
    for o, e in cells:
        with np.errstate(divide="ignore", invalid="ignore"):
            g2 += np.where(o > 0, o * np.log(o / e), 0.0)
    return 2 * g2


def collocates(articles: pd.DataFrame, node: str, window: int = 5, min_freq: int = 2,
               drop_stopwords: bool = True) -> pd.DataFrame:
    """Words near a node term (±window tokens), ranked by log-Dice, with Dunning's G²."""
    match = term_matcher(node)
    corpus, co, node_freq = Counter(), Counter(), 0
    for text in articles["text"]:
        toks = lower_tokens(text)
        corpus.update(toks)
        for i, w in enumerate(toks):
            if match(w):
                node_freq += 1
                co.update(t for t in toks[max(0, i - window):i] + toks[i + 1:i + 1 + window] if not match(t))
    stop = stopwords() if drop_stopwords else frozenset()
    df = pd.DataFrame([(w, n, corpus[w]) for w, n in co.items() if n >= min_freq and w not in stop],
                      columns=["collocate", "together", "collocate_freq"])
    n_tokens = sum(corpus.values())
    df["node_freq"] = node_freq
    df["log_dice"] = 14 + np.log2(2 * df["together"] / (node_freq + df["collocate_freq"]))
    df["log_likelihood"] = log_likelihood(df["together"], node_freq * 2 * window, df["collocate_freq"], n_tokens)
    return df.sort_values(["log_dice", "collocate"], ascending=[False, True]).reset_index(drop=True)


def group_counts(articles: pd.DataFrame, by: str, drop_stopwords: bool = True) -> pd.DataFrame:
    """Word × group frequency table (groups are the values of column `by`); with the stoplist, letters ("U.S." → u, s) go too."""
    stop = stopwords() if drop_stopwords else frozenset()
    shortest = 2 if drop_stopwords else 1
    counts = {g: Counter(w for t in texts for w in lower_tokens(t) if w not in stop and not w.isdigit() and len(w) >= shortest)
              for g, texts in articles.groupby(by, sort=True)["text"]}
    return pd.DataFrame(counts).fillna(0).astype("int64")


def keyness(articles: pd.DataFrame, by: str, min_freq: int = 5, drop_stopwords: bool = True) -> pd.DataFrame:
    """Keywords of each group against all the others: G² and log ratio (any number of groups)."""
    table = group_counts(articles, by, drop_stopwords)
    table = table[table.sum(axis=1) >= min_freq]
    totals = group_counts(articles, by, drop_stopwords=False).sum()
    n = totals.sum()
    frames = []
    for g in table.columns:
        a = table[g]
        b = table.drop(columns=g).sum(axis=1)
        ta, tb = totals[g], n - totals[g]
        g2 = log_likelihood(a, ta, a + b, n)
        ratio = np.log2(((a + 0.5) / ta) / ((b + 0.5) / max(tb, 1)))
        frames.append(pd.DataFrame({"group": g, "word": table.index, "freq": a.to_numpy(), "freq_rest": b.to_numpy(),
                                    "log_likelihood": g2, "log_ratio": ratio.to_numpy()}))
    out = pd.concat(frames, ignore_index=True)
    out["direction"] = np.where(out["log_ratio"] > 0, "over", "under")
    return out.sort_values(["group", "log_likelihood", "word"], ascending=[True, False, True]).reset_index(drop=True)


def ngrams(articles: pd.DataFrame, n: int = 2, by: str | None = None, min_freq: int = 2,
           drop_stopwords: bool = True) -> pd.DataFrame:
    """n-gram frequencies (optionally per group); n-grams opening or closing on a stopword are left out."""
    stop = stopwords() if drop_stopwords else frozenset()
    groups = articles.groupby(by, sort=True)["text"] if by else [("all", articles["text"])]
    rows = []
    for g, texts in groups:
        c = Counter()
        for text in texts:
            for para in text.split("\n\n"):
                toks = lower_tokens(para)
                c.update(" ".join(gram) for gram in zip(*(toks[i:] for i in range(n)))
                         if gram[0] not in stop and gram[-1] not in stop)
        rows += [(g, gram, k) for gram, k in c.items() if k >= min_freq]
    df = pd.DataFrame(rows, columns=["group", "ngram", "count"])
    return df.sort_values(["group", "count", "ngram"], ascending=[True, False, True]).reset_index(drop=True)


def word_frequencies(texts, extra_stopwords: tuple[str, ...] = (), min_length: int = 3) -> dict[str, int]:
    """Content-word counts for a word cloud: function words, site chrome and numbers left out."""
    stop = stopwords() | {w.lower() for w in extra_stopwords}
    c = Counter(w for t in texts for w in lower_tokens(t)
                if w not in stop and len(w) >= min_length and not w[0].isdigit())
    return dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))


def term_rates(articles: pd.DataFrame, terms: list[str], by: str) -> pd.DataFrame:
    """Hits per 1,000 words of each term (exact word, 'stem*' or phrase) in each group of `by`."""
    words = articles.groupby(by, sort=True)["n_words"].sum()
    group_of = articles.set_index("article_id")[by]
    table = pd.DataFrame(0.0, index=words.index, columns=terms)
    for term in terms:
        counts = kwic(articles, term, width=0)["article_id"].map(group_of).value_counts()
        table[term] = (1000 * counts.reindex(words.index, fill_value=0) / words).round(3)
    table.columns.name = "term"
    return table


@cache
def contrast_cues() -> re.Pattern:
    """The contrast cues of data/lexicons/contrast.txt as one case-insensitive pattern."""
    return re.compile("|".join(term_regex(cue) for cue in word_list("contrast.txt")), re.IGNORECASE)


def contrasts(mentions: pd.DataFrame, a: str, b: str) -> pd.DataFrame:
    """Sentences that name both parties `a` and `b` (keys) and use a contrast cue, with the cue and themes."""
    from .themes import theme_hits
    m = mentions[mentions["key"].isin([a, b])]
    both = m.groupby(["article_id", "sentence"], sort=False)["key"].nunique()
    both = both[both == 2].reset_index()[["article_id", "sentence"]]
    pattern = contrast_cues()
    both["cue"] = both["sentence"].map(lambda s: (pattern.search(s) or [""])[0])
    both["themes"] = both["sentence"].map(lambda s: "; ".join(sorted({t for t, *_ in theme_hits(s)})))
    return both[both["cue"] != ""].reset_index(drop=True)
