"""Read the lexicons and gazetteers in data/lexicons/, and build fast matching patterns from them."""
from __future__ import annotations

import csv
import re
from functools import cache

from .paths import PACKAGE_DATA

LEXICONS = PACKAGE_DATA / "lexicons"


def read_csv(name: str) -> list[dict]:
    """Rows of a lexicon CSV as dicts."""
    with open(LEXICONS / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def word_list(name: str) -> list[str]:
    """Entries of a one-per-line lexicon file (blank lines and '#' comments skipped)."""
    lines = (LEXICONS / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@cache
def stopwords() -> frozenset[str]:
    """Function words and site chrome to leave out of counts (lower case)."""
    return frozenset(w for line in word_list("stopwords.txt") for w in line.lower().split())


def trie_pattern(words: list[str]) -> str:
    """One regex alternation for many literal strings, prefix-factored so matching stays fast."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [(r"[ \xa0]" if ch == " " else re.escape(ch)) + emit(child)
                    for ch, child in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


def literal_regex(words: list[str], flags: int = 0) -> re.Pattern:
    """Compiled pattern matching any of the strings as whole words, longest first."""
    return re.compile(r"(?<![\w-])(?:" + trie_pattern(sorted(set(words))) + r")(?![\w])", flags)
