"""Read the lexicons and gazetteers in data/lexicons/, and build fast matching patterns from them."""
from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
from bisect import bisect_right
from collections.abc import Callable
from functools import cache, partial
from pathlib import Path

from .paths import PACKAGE_DATA, user_cache, write_cached

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


def top_branches(source: str) -> list[str]:
    """The branches of a regular expression's top-level alternation, as source text (the whole source
    when it has none): split at each '|' outside groups and character sets."""
    out, depth, start, in_set, i = [], 0, 0, False, 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_set:
            in_set = c != "]"
        elif c == "[":
            in_set = True
            i += 1 + (source[i + 1:i + 2] == "^")  # a ']' first in a set is one of its characters
            if source[i:i + 1] == "]":
                i += 1
            continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(source[start:i])
            start = i + 1
        i += 1
    return out + [source[start:]]


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_VERBOSE = re.compile(r"\(\?[aiLmsu-]*x")


def boundary_factored(source: str) -> str:
    """The same regular expression with the word boundary that begins each of a run of top-level
    branches written once before them ('\\bmet with|\\bmeets' as '\\b(?:met with|meets)'): the same
    matches, and re, which can then test each branch's first character before trying it, tries a
    large alternation several times faster. (re factors a prefix that every branch shares itself, not
    one that only some share.) A source with inline flags or verbose syntax is left as it is."""
    if _GLOBAL_FLAGS.match(source) or _VERBOSE.search(source):
        return source
    out, run = [], []
    for branch in top_branches(source) + [""]:
        if branch.startswith("\\b") and branch != "\\b":
            run.append(branch[2:])
            continue
        if run:
            out.append("\\b(?:" + "|".join(run) + ")" if len(run) > 1 else "\\b" + run[0])
            run = []
        out.append(branch)
    return "|".join(out[:-1])


def required_piece(word: str) -> str:
    """A literal that every match of `word` in a trie_pattern or literal_regex holds: its longest run
    without a space (a space there matches a no-break space too, every other character only itself)."""
    return max(word.split(" "), key=len)


class LiteralSets:
    """Which of several sets of literal strings occur in a text (as `in` finds them: a space is only a
    space), from one scan for all their strings at once instead of one scan per set. The scan finds,
    at each position where a string begins, the longest one there (a prefix-factored alternation); every
    other string beginning there is a prefix of it, so each string found stands for the sets holding it
    or any string it begins with."""

    def __init__(self, sets):
        strings = sorted({s for strings in sets for s in strings})
        self.search = re.compile(trie_pattern(strings, space=" ")).search
        self.holders = {s: frozenset(i for i, held in enumerate(sets) if s.startswith(tuple(held))) for s in strings}
        # each string's prefixes among the strings (itself too): (length, the sets holding that prefix)
        self.prefixes = {s: tuple((len(x), frozenset(i for i, held in enumerate(sets) if x in held))
                                  for x in strings if s.startswith(x)) for s in strings}

    def present(self, text: str) -> set[int]:
        """Indexes of the sets one of whose strings occurs in `text`."""
        out: set[int] = set()
        search, holders = self.search, self.holders
        m = search(text)
        while m is not None:
            out |= holders[m.group()]
            m = search(text, m.start() + 1)
        return out

    def present_in(self, text: str, spans: tuple[tuple[int, int], ...]) -> dict[int, set[int]]:
        """For each of the spans (start, end) of `text` (in order, apart) that holds one of the strings,
        what present(text[start:end]) gives, from one scan of the whole text: a string found where a span
        begins or inside it counts when it ends in the span (else those of its prefixes that do)."""
        out: dict[int, set[int]] = {}
        search, holders, prefixes, starts = self.search, self.holders, self.prefixes, [s0 for s0, _ in spans]
        m = search(text)
        while m is not None:
            p, found = m.start(), m.group()
            i = bisect_right(starts, p) - 1
            if i >= 0:
                room = spans[i][1] - p
                sets = holders[found] if len(found) <= room else \
                    frozenset().union(*(held for n, held in prefixes[found] if n <= room))
                if sets:
                    out.setdefault(i, set()).update(sets)
            m = search(text, p + 1)
        return out


# Every character that is no word character and can stand before a word: the ASCII ones, and every
# character past ASCII (some of which are word characters: they only make a few more candidates).
# re checks a set of literal characters and ranges at each position many times faster than \W. Written as
# the complement of the ASCII word characters (the same set): as fast to scan for, and compiled in a
# thirtieth of the time of the set written out up to U+10FFFF (7 ms for each pattern that begins with it).
BEFORE_A_WORD = "[^0-9A-Za-z_]"


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


def word_heads(pattern: re.Pattern, limit: int = 1024) -> list[str] | None:
    """_word_heads, kept in the user's cache between runs (reading them from re's parse of the large trigger patterns
    took half a second at every start of a process: a build's workers, a one-page rebuild): keyed by the pattern, its
    flags and the limit, in a file named for this module's source and the Python version that parsed them."""
    key = hashlib.sha256(f"{pattern.flags}|{limit}|{pattern.pattern}".encode()).hexdigest()[:32]
    path, stored = _stored_heads()
    if key not in stored:
        stored[key] = _word_heads(pattern, limit)
        if path is not None:
            write_cached(path, json.dumps(stored))
    return stored[key]


@cache
def _stored_heads() -> tuple[Path | None, dict[str, list[str] | None]]:
    """The heads file of the user's cache and what it holds ({} when there is none, or it cannot be read)."""
    base = user_cache()
    if base is None:
        return None, {}
    tag = hashlib.sha256(Path(__file__).read_bytes() + sys.version.encode()).hexdigest()[:16]
    path = base / f"word-heads-{tag}.json"
    try:
        return path, (json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {})
    except (OSError, ValueError):
        return path, {}


def _word_heads(pattern: re.Pattern, limit: int = 1024) -> list[str] | None:
    """Literal heads of the matches of `pattern`: strings, each beginning with a word character, such that
    every match the pattern can find begins either at the start of the text or right after a character
    that is no word character, with one of the heads (what finditer_from_starts needs, with word_starts of the heads);
    None when the pattern's form does not show that: each of its branches must assert a word boundary
    (\\b) or the start of the text (^) before it takes its first character, and take a word character
    there (inline flags, or a first character of any kind, give None). Read from re's own parse."""
    try:
        from re import _constants as C, _parser
        if pattern.flags & ~re.UNICODE or not isinstance(pattern.pattern, str):
            return None
        heads = _heads(list(_parser.parse(pattern.pattern, pattern.flags)), C, limit)
    except Exception:  # another version's parser: no heads, and the caller scans as before
        return None
    out = set()
    for h, _ in heads:
        if h.startswith(_AT_START):
            continue  # only at the start of the text, which finditer_from_starts always tries
        if not h.startswith(_AT_WORD) or len(h) < 2 or not _WORD.match(h, 1):
            return None
        out.add(h[1:])
    return sorted(out)


@cache
def finditer_at_heads(pattern: re.Pattern) -> Callable[[str], list[re.Match]]:
    """A function giving list(pattern.finditer(text)): through finditer_from_starts at the word starts
    that begin with one of the pattern's word_heads, where they can be read from it (a large alternation
    whose branches each begin with \\b is then tried at a few words of a text instead of at each of
    its characters); else finditer itself. The word starts are those where the pattern matches, too:
    re tries it there in the scan for them, and Python sees only the words where it matches."""
    heads = word_heads(pattern)
    if not heads:
        return lambda text: list(pattern.finditer(text))
    return partial(finditer_from_starts, pattern, word_starts(f"(?={trie_pattern(heads)})(?:{pattern.pattern})"))


_AT_WORD, _AT_START = "\0", "\1"  # a head's mark: a word boundary, or the start of the text, asserted before its first character


def _join(head: str, more: str) -> str:
    """A head followed by what the next items take: a mark stays only where nothing is taken before it."""
    return head + more.lstrip(_AT_WORD + _AT_START) if head else more


def _ends_with_non_word(items: list, C) -> bool:
    """True when what a sequence of parsed items matches always ends with a non-word character (its
    last item a literal one, or a set of literal ones)."""
    if not items:
        return False
    op, av = items[-1]
    if op is C.LITERAL:
        return not _WORD.match(chr(av))
    if op is C.IN:
        return all(kind is C.LITERAL and not _WORD.match(chr(value)) for kind, value in av)
    return False


def _heads(items: list, C, limit: int) -> set[tuple[str, bool]]:
    """The heads of what a sequence of parsed items matches, as (head, open): every string the items match
    begins with a head; an open head is all a path through the items takes (the next items go on from it),
    a closed one only its beginning (where the items stop being literal characters, or the heads would grow
    past `limit`). A word boundary or start-of-text assertion before the first character marks the head."""
    heads = {("", True)}
    for op, av in items:
        if not any(is_open for _, is_open in heads):
            break  # every head is complete: the items after them change none
        if op is C.AT or op in (C.ASSERT, C.ASSERT_NOT):  # takes no character: it only narrows what matches
            if op is C.AT:
                mark = {C.AT_BOUNDARY: _AT_WORD, C.AT_BEGINNING: _AT_START, C.AT_BEGINNING_STRING: _AT_START}.get(av)
            else:  # a look-behind that ends with a non-word character ("(?<=whom he )") puts one before
                mark = _AT_WORD if op is C.ASSERT and av[0] == -1 and _ends_with_non_word(list(av[1]), C) else None
            if mark:
                heads = {(h or mark, True) if is_open else (h, False) for h, is_open in heads}
            continue
        if op is C.LITERAL:
            found = {(chr(av), True)}
        elif op is C.IN:
            chars = set()
            for kind, value in av:
                if kind is C.LITERAL:
                    chars.add(chr(value))
                elif kind is C.RANGE and value[1] - value[0] < 64:
                    chars.update(map(chr, range(value[0], value[1] + 1)))
                else:
                    return {(h, False) for h, _ in heads}
            found = {(ch, len(chars) <= 8) for ch in chars}  # a large set ends the heads: they would multiply
        elif op is C.SUBPATTERN and not av[1] and not av[2]:  # a group with no flags of its own
            found = _heads(list(av[3]), C, limit)
        elif op is C.BRANCH:
            found = set().union(*(_heads(list(branch), C, limit) for branch in av[1]))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] <= 1:
            found = _heads(list(av[2]), C, limit)
            if av[1] != 1:
                found = {(f, False) for f, _ in found}  # taken more than once: the first time begins it
            if av[0] == 0:
                found.add(("", True))
        else:
            return {(h, False) for h, _ in heads}
        joined = set()
        for h, is_open in heads:
            if not is_open:
                joined.add((h, False))
                continue
            joined.update((_join(h, f), goes_on) for f, goes_on in found)
        if len(joined) > limit:  # too many: cut them all to the longest length that leaves few enough
            keep, longest = 2, max(len(h) for h, _ in joined)
            if len({h[:keep] for h, _ in joined}) > limit:
                return {(h, False) for h, _ in heads}
            while keep < longest:
                mid = (keep + longest + 1) // 2
                keep, longest = (mid, longest) if len({h[:mid] for h, _ in joined}) <= limit else (keep, mid - 1)
            joined = {(h[:keep], goes_on and len(h) <= keep) for h, goes_on in joined}
        heads = joined
    return heads


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
        # The candidate's first character, then the test that no word character or hyphen stands before it:
        # a pattern that begins with a set of characters gets re's fast scan (a look-behind first gets none);
        # its group ends where the text's first word there ends (at a space, or the end of the text).
        self.starts = re.compile("[" + re.escape("".join(firsts)) + "](?<![\\w-].)(?=[^ ]*())") if firsts else None
        self._runs: dict[str, tuple[tuple[str, ...], int]] = {}

    RUNS_KEPT = 100_000  # what a text's word at a candidate gives, kept for so many different words

    def run_matches(self, run: str) -> tuple[tuple[str, ...], int]:
        """What can match where a text's first word (up to a space) is `run`: the forms of more than one
        word that begin with it (longest first), and the length of the match when none of them does
        (the run itself when it is a form; else its longest head that is a form and ends where a non-word
        character stands, as "Xi" in "Xi's"; else 0). A pure function of the run, kept (most runs recur)."""
        known = self._runs.get(run)
        if known is None:
            forms = self.by_first.get(run, ())
            if run in forms:
                alone = len(run)
            elif run.isalnum():  # a run of word characters only (str.isalnum: \w without "_") has no such head
                alone = 0
            else:
                heads = reversed([m.start() for m in _NON_WORD.finditer(run, 1)])
                alone = next((k for k in heads if run[:k] in self.by_first.get(run[:k], ())), 0)
            if len(self._runs) >= self.RUNS_KEPT:
                self._runs.clear()
            known = self._runs[run] = (tuple(f for f in forms if f != run), alone)
        return known

    def finditer(self, text: str) -> list[_Found]:
        if self.starts is None:
            return []
        scan = text.replace("\xa0", " ") if "\xa0" in text else text
        out, last, n, runs, run_matches, word = [], 0, len(scan), self._runs, self.run_matches, _WORD.match
        for c in self.starts.finditer(scan):
            p = c.start()
            if p < last:
                continue
            run = scan[p:c.end(1)]  # the text's first word there
            longer, alone = runs.get(run) or run_matches(run)
            found = p + alone if alone else 0
            for form in longer:  # forms of more than one word that begin with it, longest first
                e = p + len(form)
                if scan.startswith(form, p) and (e == n or not word(scan, e)):
                    found = e
                    break
            if found:
                out.append(_Found((p, found, text[p:found])))
                last = found
        return out


_WORD = re.compile(r"\w")
_NON_WORD = re.compile(r"\W")
