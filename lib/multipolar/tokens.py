"""The one tokeniser every text tool shares: words with their character offsets."""
from __future__ import annotations

import re
from functools import lru_cache


_END_OF_CYRILLIC = 0x530  # the code points from Basic Latin to the end of Cyrillic's supplement


def _capitals() -> str:
    """The capital letters of the Latin, Greek and Cyrillic alphabets ('Ó', 'É', 'Š', 'Ж') as the ranges of a
    character class: names and sentences open with them as well as with A–Z ('Ólafur', 'Évariste'). (The Latin
    capitals of Vietnamese, 'Ấ', 'Ở', are in a block of their own, left out.)"""
    caps = [c for c in range(_END_OF_CYRILLIC) if chr(c).isupper() and chr(c).isalpha()]
    runs, start = [], caps[0]
    for prev, c in zip(caps, caps[1:] + [None]):
        if c != prev + 1:
            runs.append(chr(start) if start == prev else f"{chr(start)}-{chr(prev)}")
            start = c
    return "".join(runs)


CAPITALS = _capitals()  # layout.toml writes it {UPPER}
CAPITAL = f"[{CAPITALS}]"
WORD = re.compile(r"[^\W_](?:[\w’'-]*[^\W_])?")
# Matches exactly once per WORD token (it only skips WORD's backtracking to the token's last letter,
# keeping any trailing ' ’ - _), so it counts and compares words as WORD does, faster.
_WORD_RUN = re.compile(r"[^\W_][\w’'-]*")
_ABBREVIATIONS = ("St", "Dr", "Mr", "Ms", "Mrs", "Prof", "Gen", "Eng", "No", "Jan", "Feb", "Mar", "Apr", "Jun",
                  "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Lt", "Col", "Gov", "Sen", "Rep", "Jr", "Sr",
                  "Smt", "Shri", "Hon", "Rt", "Amb", "Adm", "Capt", "Maj", "Brig")  # honorifics: "President Smt. Murmu"
# Lookbehinds that keep a full stop right before them from ending a sentence after an abbreviation or
# an initial ("Mr.", "Smt.", "J."); encounters.toml writes it {NOT_ABBREVIATION}.
NOT_ABBREVIATION = "".join(rf"(?<!\b{a}\.)" for a in _ABBREVIATIONS) + r"(?<![\s.][A-Z]\.)"
# A time of day goes on into its day or zone ('at 9:35 p.m. Monday', 'at 10 a.m. GMT'): no cut there
_TIME_GOES_ON = (r"(?!(?<=\b[aApP]\.[mM]\.)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                 r"GMT|UTC|[ECMP][SD]T|CES?T|IST|MSK|JST|KST|local)\b)")
_AFTER_END = _TIME_GOES_ON + r"[”\"’)\]]*\s+(?=[“\"‘(\[]?(?:" + CAPITAL + r"|[0-9]))"
SENTENCE_END = re.compile(r"(?<=[.!?…])" + NOT_ABBREVIATION + _AFTER_END)
# The same cut with its end mark included: starting with a character set, re finds it much faster.
_END_MARK_AND_CUT = re.compile(r"[.!?…]" + NOT_ABBREVIATION + _AFTER_END)


# The text tools' view of the same words: a dotted abbreviation ("U.S.", "U.N.", "E.U.") is one
# token, not its letters. Word counts (n_words) and cleaning keep WORD.
TOOL_WORD = re.compile(r"(?:[A-Z]\.){2,}(?![\w])|" + WORD.pattern)


def tool_tokens(text: str) -> list[str]:
    """Word tokens for the text tools (concordance, collocates, keyness, n-grams): WORD's tokens, with
    dotted abbreviations kept whole."""
    return TOOL_WORD.findall(text)


def words(text: str) -> list[str]:
    """Word tokens of a text, case kept."""
    return WORD.findall(text)


def word_keys(text: str) -> list[str]:
    """Lower-cased word tokens for comparing and counting: one per words() token, trailing ' ’ - _ kept."""
    return _WORD_RUN.findall(text.lower())


@lru_cache(maxsize=32)
def lowered(text: str) -> str | None:
    """The lower-cased text when lower-casing moves no offset; None when it would (a letter such as
    'İ' lengthens), and the caller should match case-insensitively instead. re is several times
    faster on lower-cased text than with IGNORECASE. Kept for the last few texts: the date scan,
    the theme scan and the encounter stems each ask for the same article text."""
    low = text.lower()
    return low if len(low) == len(text) else None


def count_words(text: str) -> int:
    """How many word tokens a text has (as many as words() returns)."""
    return len(word_keys(text))


def norm(text: str) -> str:
    """Lower-cased words joined by spaces: a key for comparing lines that differ in punctuation."""
    return " ".join(WORD.findall(text.lower().replace("’", "'")))


def sentences(text: str) -> list[str]:
    """Split a paragraph into sentences at end punctuation followed by a capital."""
    return [s for s in SENTENCE_END.split(text) if s.strip()]


SENTENCE_MAX = 2000  # characters: a longer run without a full stop (a page of one line) is cut at spaces


def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) offsets of the sentences of a text; paragraph breaks always end a sentence, and a
    'sentence' longer than SENTENCE_MAX characters is cut at the last space before each limit (so that
    no sentence, and no table row that quotes one, is unbounded)."""
    spans = []
    for para in re.finditer(r"[^\n]+", text):
        start = para.start()
        for cut in _END_MARK_AND_CUT.finditer(para.group()):
            spans += _bounded(text, start, para.start() + cut.start() + 1)
            start = para.start() + cut.end()
        spans += _bounded(text, start, para.end())
    return tuple(spans)


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span (start, end), or pieces of it of at most SENTENCE_MAX characters cut at spaces."""
    out = []
    while end - start > SENTENCE_MAX:
        cut = text.rfind(" ", start + 1, start + SENTENCE_MAX)
        cut = cut if cut > start else start + SENTENCE_MAX
        out.append((start, cut))
        start = cut + 1 if text[cut:cut + 1] == " " else cut
    out.append((start, end))
    return out
