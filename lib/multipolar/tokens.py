"""The one tokeniser every text tool shares: words with their character offsets."""
from __future__ import annotations

import re

WORD = re.compile(r"[^\W_](?:[\w’'-]*[^\W_])?")
SENTENCE_END = re.compile(r"(?<=[.!?…])[”\"’)\]]*\s+(?=[“\"‘(\[]?[A-Z0-9])")


def words(text: str) -> list[str]:
    """Word tokens of a text, case kept."""
    return WORD.findall(text)


def count_words(text: str) -> int:
    """How many word tokens a text has."""
    return len(WORD.findall(text))


def norm(text: str) -> str:
    """Lower-cased words joined by spaces: a key for comparing lines that differ in punctuation."""
    return " ".join(WORD.findall(text.lower().replace("’", "'")))


def sentences(text: str) -> list[str]:
    """Split a paragraph into sentences at end punctuation followed by a capital."""
    return [s for s in SENTENCE_END.split(text) if s.strip()]
