"""Corpus-linguistic tools on the article table: concordance, collocates, keyness, n-grams, frequencies.

All of them share one tokeniser (multipolar.tokens) and return DataFrames.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import cache

import numpy as np
import pandas as pd

from .lexicon import read_csv, stopwords, word_list
from .tokens import tool_tokens


MAX_WINDOW = 50  # collocation windows wider than this mean nothing: the node's sentence is long gone
_POSSESSIVE = re.compile(r"['’]s?$")


@cache
def acronyms() -> frozenset[str]:
    """Words the text tools keep in capitals: acronyms.txt and the gazetteer's all-capital aliases."""
    from .entities import gazetteer

    caps = {a.replace(".", "") for a in gazetteer().entries if a.replace(".", "").isupper() and " " not in a}
    return frozenset(caps | set(word_list("acronyms.txt")))


@cache
def spellings() -> dict[str, str]:
    """American (and other variant) spellings → the one the tools count them under (spellings.csv)."""
    return {r["variant"]: r["canonical"] for r in read_csv("spellings.csv")}


def token_key(token: str) -> str:
    """What a token counts as: an acronym in capitals ('US', 'U.S.' and 'UN' stay apart from 'us' and
    'un'); any other word lower-cased, its possessive dropped ("China's" counts as 'china') and its
    spelling folded ('globalization' counts as 'globalisation')."""
    bare = token.replace(".", "") if "." in token else token
    if bare.isupper() and len(bare) > 1 and bare in acronyms():
        return bare
    low = _POSSESSIVE.sub("", token.lower().replace("’", "'")) if ("'" in token or "’" in token) else token.lower()
    return spellings().get(low, low)


def lower_tokens(text: str) -> list[str]:
    """The counting keys of a text's tokens (see token_key), in order."""
    return [token_key(t) for t in tool_tokens(text)]


def term_matcher(term: str):
    """A predicate on token keys, whatever their case: exact word, or prefix when the term ends with '*'."""
    t = token_key(term.rstrip("*")).lower() if term.rstrip("*") else ""
    if term.endswith("*"):
        return lambda w: w.lower().startswith(t)
    return lambda w: w.lower() == t


def phrase_matchers(term: str) -> list:
    """One predicate per word of a term ('shared future', 'multipolar*'), for matching token runs."""
    words = term.split()
    if not words:
        raise ValueError("the term is empty: give a word, a phrase or a 'stem*'")
    return [term_matcher(w) for w in words]


def check_term(term: str, what: str = "term") -> None:
    """A search term must hold a word."""
    if not isinstance(term, str) or not re.search(r"\w", term):
        raise ValueError(f"{what} {term!r} holds no word: give a word, a phrase or a 'stem*'")


_APOSTROPHE = re.compile("['’]")


def term_body(term: str) -> str:
    """Regex for a search term without its start-of-word test: the words with any whitespace between
    them, either apostrophe for either (China's, China’s), and 'stem*' for any ending, then the
    end-of-word test."""
    words = (_APOSTROPHE.sub("['’]", re.escape(word)) for word in term.strip().rstrip("*").split())
    return r"\s+".join(words) + (r"[\w'’-]*" if term.strip().endswith("*") else r"(?!\w)")


def case_sensitive(term: str) -> bool:
    """True for an acronym typed in capitals ('US', 'UN', 'WHO'): it matches only in capitals, as
    the counting keys keep it apart from 'us', 'un' and 'who' (type 'Brics' for that spelling)."""
    bare = term.strip()
    return bare.isupper() and " " not in bare and not bare.endswith("*") and bare.replace(".", "") in acronyms()


def term_regex(term: str) -> str:
    """Regex for a search term: whole words, any whitespace inside a phrase, 'stem*' for any ending."""
    return r"(?<!\w)" + term_body(term)


_WORD = re.compile(r"\w")
_JOIN = "\n\x00\n"  # between articles in a TextIndex: no word, phrase or 'stem*' runs across it
# Letters that re's case-blind matching takes as equal to another whose lower case differs (re's own
# table of equivalences: 'i' and dotless 'ı', 's' and long 'ſ', Greek letters and their symbols):
# a text or a term holding one is searched case-blind, as kwic always did.
_FOLDS = re.compile("[\u0131\u017f\u00b5\u03bc\u0345\u03b9\u1fbe\u0390\u1fd3\u03b0\u1fe3\u03b2\u03d0\u03b5\u03f5"
                    "\u03b8\u03d1\u03ba\u03f0\u03c0\u03d6\u03c1\u03f1\u03c2\u03c3\u03c6\u03d5\u1e61\u1e9b\ufb05\ufb06]")


class TextIndex:
    """The article texts lower-cased and joined once, so that a search term is found in one scan
    with re's fast literal search (one case-blind scan per article, with the start-of-word test in
    the pattern, is some 20 times slower). A text whose lower-casing changes its length ('İ') is
    searched on its own, case-blind, so positions always refer to the original text."""

    def __init__(self, texts):
        self.texts = [str(t) for t in texts]
        pieces, self.odd = [], []
        for i, text in enumerate(self.texts):
            low = text.lower()
            if len(low) != len(text) or _FOLDS.search(text) or _FOLDS.search(low):
                self.odd.append(i)
                low = " " * len(text)
            pieces.append(low)
        self.starts, at = [], 0
        for piece in pieces:
            self.starts.append(at)
            at += len(piece) + len(_JOIN)
        self.low = _JOIN.join(pieces)

    def find(self, term: str) -> list[tuple[int, int, int]]:
        """(article row, start, end) of every hit of a search term, in article order then by position."""
        import bisect

        exact = case_sensitive(term)
        if _FOLDS.search(term) or _FOLDS.search(term.lower()) or len(term.lower()) != len(term):
            pattern = re.compile(term_regex(term), 0 if exact else re.IGNORECASE)
            return [(i, m.start(), m.end()) for i, text in enumerate(self.texts) for m in pattern.finditer(text)
                    if m.end() > m.start()]
        hits = []
        for m in re.finditer(term_body(term.lower()), self.low):
            start = m.start()
            if m.end() == start or (start and _WORD.match(self.low, start - 1)):
                continue
            row = bisect.bisect_right(self.starts, start) - 1
            hits.append((row, start - self.starts[row], m.end() - self.starts[row]))
        if self.odd:
            pattern = re.compile(term_regex(term), re.IGNORECASE)
            hits += [(i, m.start(), m.end()) for i in self.odd for m in pattern.finditer(self.texts[i]) if m.end() > m.start()]
            hits.sort()
        if exact:
            same = re.compile(term_regex(term))
            hits = [(i, a, b) for i, a, b in hits if same.fullmatch(self.texts[i], a, b)]
        return hits


KWIC_COLUMNS = ["article_id", "title", "date", "url", "site", "outlet", "left", "keyword", "right", "start"]


def context(text: str, start: int, end: int, width: int) -> tuple[str, str]:
    """The `width` words left and right of text[start:end] (the one tokeniser's tokens, space-joined)."""
    if not width:
        return "", ""
    left = tool_tokens(text[max(0, start - 20 * width):start])[-width:]
    right = tool_tokens(text[end:end + 20 * width])[:width]
    return " ".join(left), " ".join(right)


def kwic(articles: pd.DataFrame, term: str, width: int = 8, regex: bool = False,
         index: TextIndex | None = None) -> pd.DataFrame:
    """Keyword in context: each hit with `width` words either side, and what a citation needs: the
    article's id, title, date (its own, else the inferred reference date), address, site and outlet.
    A term is a word, a phrase or a 'stem*', in any case; with regex=True, a regular expression
    (case-blind). `index`, a TextIndex of these articles' texts, saves building one per call."""
    check_term(term) if not regex else None
    if not term:
        raise ValueError("the pattern is empty")
    if width < 0:
        raise ValueError(f"width must be 0 or more words, not {width}")
    if index is not None and len(index.texts) != len(articles):
        raise ValueError(f"the index holds {len(index.texts)} texts, the articles {len(articles)}: build it from these articles")
    texts = index.texts if index is not None else [str(t) for t in articles["text"]]
    if regex:
        pattern = re.compile(term, re.IGNORECASE)
        found = [(i, m.start(), m.end()) for i, text in enumerate(texts) for m in pattern.finditer(text)
                 if m.end() > m.start()]
    else:
        found = (index if index is not None else TextIndex(texts)).find(term)
    rows = np.fromiter((f[0] for f in found), dtype=np.int64, count=len(found))

    def column(name: str) -> np.ndarray:
        values = articles[name].to_numpy(dtype=object) if name in articles else np.full(len(articles), "", dtype=object)
        return values[rows]

    pub, posted, ref = column("published"), column("posted"), column("ref_date")
    around = [context(texts[i], start, end, width) for i, start, end in found]
    out = {"article_id": column("article_id"), "title": column("title"),
           "date": np.where(pub != "", pub, np.where(posted != "", posted, ref)), "url": column("url"),
           "site": column("site"), "outlet": column("outlet"), "left": [a[0] for a in around],
           "keyword": [texts[i][start:end] for i, start, end in found], "right": [a[1] for a in around],
           "start": np.fromiter((f[1] for f in found), dtype=np.int64, count=len(found))}
    return pd.DataFrame(out, columns=KWIC_COLUMNS)


def log_likelihood(o11, r1, c1, n):
    """Dunning's (1993) log-likelihood G² for a 2×2 table given O11, its row total, column total and
    grand total (vectorised; natural logarithms, as in Manning and Schütze 1999, 5.3.4)."""
    o11, r1, c1 = (np.asarray(x, dtype=float) for x in (o11, r1, c1))
    cells = [(o11, r1 * c1 / n), (r1 - o11, r1 * (n - c1) / n),
             (c1 - o11, (n - r1) * c1 / n), (n - r1 - c1 + o11, (n - r1) * (n - c1) / n)]
    g2 = np.zeros_like(o11)
    for o, e in cells:
        with np.errstate(divide="ignore", invalid="ignore"):
            g2 += np.where(o > 0, o * np.log(o / e), 0.0)
    return 2 * g2


def log_dice(together, node_freq, collocate_freq):
    """Rychlý's (2008) log-Dice: 14 + log2(2·f(xy) / (f(x) + f(y))); 14 when two words only occur together."""
    return 14 + np.log2(2 * np.asarray(together, dtype=float) / (node_freq + np.asarray(collocate_freq, dtype=float)))


def log_ratio(a, ta, b, tb):
    """Hardie's (2014) log ratio: log2 of the ratio of relative frequencies, a zero frequency taken as 0.5."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return np.log2((np.where(a > 0, a, 0.5) / ta) / (np.where(b > 0, b, 0.5) / max(tb, 1)))


def node_hits(toks: list[str], parts: list) -> list[int]:
    """Start positions where the node (one word or a phrase) matches a run of tokens."""
    k = len(parts)
    return [i for i in range(len(toks) - k + 1) if all(p(toks[i + j]) for j, p in enumerate(parts))]


def collocates(articles: pd.DataFrame, node: str, window: int = 5, min_freq: int = 2,
               drop_stopwords: bool = True) -> pd.DataFrame:
    """Words near a node (a word, a 'stem*' or a phrase) within ±window tokens, ranked by log-Dice
    (Rychlý 2008), with Dunning's G². Each token near the node counts once, however many node hits
    it is near, so `together` never exceeds a word's own frequency."""
    check_term(node, "node")
    if not 1 <= window <= MAX_WINDOW:
        raise ValueError(f"window must be between 1 and {MAX_WINDOW} tokens, not {window}")
    if min_freq < 1:
        raise ValueError(f"min_freq must be at least 1, not {min_freq}")
    parts = phrase_matchers(node)
    corpus, co, node_freq, in_windows = Counter(), Counter(), 0, 0
    for text in articles["text"]:
        toks = lower_tokens(text)
        corpus.update(toks)
        hits = node_hits(toks, parts)
        node_freq += len(hits)
        inside = {i + j for i in hits for j in range(len(parts))}
        near = {p for i in hits for p in range(max(0, i - window), min(len(toks), i + len(parts) + window))} - inside
        in_windows += len(near)
        co.update(toks[p] for p in near)
    stop = stopwords() if drop_stopwords else frozenset()
    df = pd.DataFrame([(w, n, corpus[w]) for w, n in co.items() if n >= min_freq and w not in stop],
                      columns=["collocate", "together", "collocate_freq"])
    df["node_freq"] = node_freq
    df["log_dice"] = log_dice(df["together"], node_freq, df["collocate_freq"])
    df["log_likelihood"] = log_likelihood(df["together"], in_windows, df["collocate_freq"], sum(corpus.values()))
    return df.sort_values(["log_dice", "collocate"], ascending=[False, True]).reset_index(drop=True)


def group_counts(articles: pd.DataFrame, by: str, drop_stopwords: bool = True) -> pd.DataFrame:
    """Word × group frequency table (groups are the values of column `by`); with the stoplist,
    numbers and single letters go too."""
    stop = stopwords() if drop_stopwords else frozenset()
    shortest = 2 if drop_stopwords else 1
    counts = {g: Counter(w for t in texts for w in lower_tokens(t) if w not in stop and not w.isdigit() and len(w) >= shortest)
              for g, texts in articles.groupby(by, sort=True)["text"]}
    return pd.DataFrame(counts).fillna(0).astype("int64")


def keyness(articles: pd.DataFrame, by: str, min_freq: int = 5, drop_stopwords: bool = True) -> pd.DataFrame:
    """Keywords of each group against all the others together: Dunning's G² (1993) for how sure, and
    Hardie's log ratio (2014) for how big; any number of groups, at least two."""
    if by not in articles:
        raise ValueError(f"no column {by!r} to group the articles by")
    groups = articles[by].nunique()
    if len(articles) == 0 or groups < 2:
        raise ValueError(f"keyness compares groups: {by!r} has {groups} group(s) in {len(articles)} article(s), "
                         "it needs at least two")
    table = group_counts(articles, by, drop_stopwords)
    table = table[table.sum(axis=1) >= min_freq]
    totals = group_counts(articles, by, drop_stopwords=False).sum()
    n = totals.sum()
    frames = []
    for g in table.columns:
        a = table[g]
        b = table.drop(columns=g).sum(axis=1)
        ta, tb = totals[g], n - totals[g]
        frames.append(pd.DataFrame({"group": g, "word": table.index, "freq": a.to_numpy(), "freq_rest": b.to_numpy(),
                                    "log_likelihood": log_likelihood(a, ta, a + b, n),
                                    "log_ratio": log_ratio(a.to_numpy(), ta, b.to_numpy(), tb)}))
    out = pd.concat(frames, ignore_index=True)
    out["direction"] = np.where(out["log_ratio"] > 0, "over", "under")
    return out.sort_values(["group", "log_likelihood", "word"], ascending=[True, False, True]).reset_index(drop=True)


def ngrams(articles: pd.DataFrame, n: int = 2, by: str | None = None, min_freq: int = 2,
           drop_stopwords: bool = True) -> pd.DataFrame:
    """n-gram frequencies (optionally per group); n-grams opening or closing on a stopword are left out."""
    if n < 1:
        raise ValueError(f"n must be at least 1, not {n}")
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
    """Content-word counts for a word cloud: function words, site chrome and numbers left out
    (acronyms such as 'US' kept, whatever their length)."""
    stop = stopwords() | {w.lower() for w in extra_stopwords}
    c = Counter(w for t in texts for w in lower_tokens(t)
                if w not in stop and (len(w) >= min_length or w.isupper()) and not w[0].isdigit())
    return dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))


def hit_rates(articles: pd.DataFrame, hit_articles, by: str) -> pd.DataFrame:
    """Per group of `by` (every group, sorted): its articles, words, the hits whose article ids are
    `hit_articles` (one per hit), and hits per 1,000 words."""
    table = articles.groupby(by, sort=True).agg(articles=("article_id", "size"), words=("n_words", "sum"))
    counts = pd.Series(list(hit_articles), dtype=object).map(articles.set_index("article_id")[by]).value_counts()
    table["hits"] = counts.reindex(table.index, fill_value=0).astype("int64")
    table["per_1000_words"] = (1000 * table["hits"] / table["words"].where(table["words"] > 0)).fillna(0.0).round(3)
    return table


def term_rates(articles: pd.DataFrame, terms: list[str], by: str) -> pd.DataFrame:
    """Hits per 1,000 words of each term (exact word, 'stem*' or phrase) in each group of `by`."""
    if isinstance(terms, str) or not len(terms):
        raise ValueError("terms must be a list of one or more words, phrases or 'stem*'")
    for term in terms:
        check_term(term)
    index = TextIndex(articles["text"])
    table = pd.DataFrame({term: hit_rates(articles, kwic(articles, term, width=0, index=index)["article_id"], by)
                          ["per_1000_words"] for term in terms})
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
