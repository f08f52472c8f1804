"""Read the lexicons and gazetteers in data/lexicons/, and build fast matching patterns from them."""
from __future__ import annotations

import csv
import re
from functools import cache

from .paths import PACKAGE_DATA

LEXICONS = PACKAGE_DATA / "lexicons"


def read_csv(name: str) -> list[dict]:
    """Rows of a lexicon CSV as dicts (lines starting with '#' before or among the rows are comments)."""
    with open(LEXICONS / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def word_list(name: str) -> list[str]:
    """Entries of a one-per-line lexicon file (blank lines and '#' comments skipped)."""
    lines = (LEXICONS / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@cache
def headline_words() -> frozenset[str]:
    """The lower-case words a Title Case headline capitalises (data/lexicons/headline_words.txt)."""
    return frozenset(w for line in word_list("headline_words.txt") for w in line.split())


@cache
def stopwords() -> frozenset[str]:
    """Function words and site chrome to leave out of counts (lower case)."""
    return frozenset(w for line in word_list("stopwords.txt") for w in line.lower().split())


def trie_pattern(words: list[str], after_first: str = "", space: str = r"[ \xa0]") -> str:
    """One regex alternation for many literal strings, prefix-factored so matching stays fast.

    `after_first` is inserted after each string's first character: an assertion placed there, rather
    than before the alternation, lets re skip ahead to positions holding a possible first character.
    `space` is what a space matches (by default a no-break space too; " " for the literal space).
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def emit(node: dict, insert: str = "") -> str:
        ends = "" in node
        branches = [(space if ch == " " else re.escape(ch)) + insert + emit(child)
                    for ch, child in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return emit(trie, after_first)


def literal_regex(words: list[str], flags: int = 0) -> re.Pattern:
    """Compiled pattern matching any of the strings as whole words, longest first.

    The start-of-word test looks back from after the first character (no word character or hyphen
    before it), so the compiled pattern begins with a plain character set that re scans for quickly.
    """
    return re.compile(r"(?:" + trie_pattern(sorted(set(words)), r"(?<![\w-].)") + r")(?![\w])", flags)


def required_piece(word: str) -> str:
    """A literal that every match of `word` in a trie_pattern or literal_regex holds: its longest run
    without a space (a space there matches a no-break space too, every other character only itself)."""
    return max(word.split(" "), key=len)


# Every character that is no word character and can stand before a word: the ASCII ones, and every
# character past ASCII (some of which are word characters: they only make a few more candidates).
# re checks a set of literal characters and ranges at each position many times faster than \W.
BEFORE_A_WORD = "[" + re.escape("".join(chr(c) for c in range(128) if not re.match(r"\w", chr(c)))) + "\x80-\U0010ffff]"


def word_starts(lookahead: str) -> re.Pattern:
    """A pattern that matches the character before each word start where `lookahead` matches (the
    candidates of finditer_from_starts), found by re's fast scan for a set of characters."""
    return re.compile(BEFORE_A_WORD + "(?=" + lookahead + ")")


def finditer_from_starts(pattern: re.Pattern, starts: re.Pattern, text: str) -> list[re.Match]:
    """pattern.finditer(text) as a list, for a pattern that can match only at the start of the text or
    right after a character `starts` matches (word_starts): pattern.match is tried at those
    candidates only, instead of re calling its matcher at every position of the text (a pattern
    that begins with a look-behind such as (?<!\\w) gets no fast scan of its own). The same matches:
    every position the pattern can match at is a candidate, tried in order, each search going on
    where the last match ended; a pattern that matches the empty string is left to finditer."""
    out: list[re.Match] = []
    match, search = pattern.match, starts.search
    m = match(text, 0)
    pos = 1
    while True:
        if m is not None:
            if m.end() == m.start():
                return list(pattern.finditer(text))
            out.append(m)
            pos = m.end()
        c = search(text, pos - 1)  # the character before a candidate at pos or later
        if c is None:
            return out
        m = match(text, c.end())
        if m is None:
            pos = c.end() + 1


class _Found(tuple):
    """A match of LiteralIndex: (start, end, text), with the span() and group() of a re match."""

    def span(self) -> tuple[int, int]:
        return self[0], self[1]

    def start(self) -> int:
        return self[0]

    def end(self) -> int:
        return self[1]

    def group(self) -> str:
        return self[2]


class LiteralIndex:
    """The matches literal_regex(words) finds (whole words, leftmost and longest first, a space matching a
    no-break space too), found by looking the forms up where one can begin, by their first word, instead of
    compiling one alternation of them all: a roster of thousands of names compiles in most of a second, this
    index builds in a fiftieth of it (tests compare the two on every fixture text)."""

    def __init__(self, words):
        self.by_first: dict[str, list[str]] = {}  # a form's first word (up to a space) -> forms, longest first
        for w in sorted(set(words), key=lambda w: (-len(w), w)):
            self.by_first.setdefault(w.split(" ", 1)[0], []).append(w)
        firsts = sorted({w[0] for w in self.by_first})
        self.starts = re.compile("(?<![\\w-])[" + re.escape("".join(firsts)) + "]") if firsts else None

    def finditer(self, text: str) -> list[_Found]:
        if self.starts is None:
            return []
        scan = text.replace("\xa0", " ") if "\xa0" in text else text
        out, last, by_first, n = [], 0, self.by_first, len(scan)
        for c in self.starts.finditer(scan):
            p = c.start()
            if p < last:
                continue
            stop = scan.find(" ", p)
            run = scan[p:stop if stop >= 0 else n]  # the text's first word there
            found = 0
            for form in by_first.get(run, ()):  # forms of one word or more that begin with it, longest first
                e = p + len(form)
                if scan.startswith(form, p) and (e == n or not _WORD.match(scan, e)):
                    found = e
                    break
            if not found:  # a form that is a head of the word, ending where a non-word character stands ("Xi's")
                for k in reversed([m.start() for m in _NON_WORD.finditer(run, 1)]):
                    if run[:k] in by_first.get(run[:k], ()):
                        found = p + k
                        break
            if found:
                out.append(_Found((p, found, text[p:found])))
                last = found
        return out


_WORD = re.compile(r"\w")
_NON_WORD = re.compile(r"\W")
