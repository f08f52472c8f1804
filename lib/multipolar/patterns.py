"""Read the layout knowledge in data/layout.toml once and compile its patterns."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from re import _constants as sre, _parser as sre_parse  # to read a pattern's structure (required_literals)

from .paths import PACKAGE_DATA
from .tokens import CAPITALS

_MACRO = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
_GROUP = re.compile(r"\(\?P<\w+>")  # a named group, made plain when rules are joined into one pattern


@dataclass(frozen=True)
class LineRule:
    """One rule for whole lines: a pattern, why the line goes, and what it does to the page."""

    regex: re.Pattern
    reason: str
    effect: str
    signal: str


def expand(pattern: str, macros: dict[str, str]) -> str:
    """Replace {MACRO} references, recursively, by their definitions."""
    for _ in range(10):
        new = _MACRO.sub(lambda m: macros.get(m.group(1), m.group(0)), pattern)
        if new == pattern:
            return new
        pattern = new
    return pattern


@dataclass(frozen=True)
class Fingerprint:
    """A site fingerprint. One written '(?m)^X' is searched as a newline then X, in the text with a
    newline put before it: the same matches, but re finds a literal first character quickly where it
    would try the line-start test at every position."""

    regex: re.Pattern
    after_newline: bool

    def count(self, text: str) -> int:
        """How many times the fingerprint occurs in a page's text."""
        return len(self.regex.findall("\n" + text if self.after_newline else text))


def fingerprint(source: str) -> Fingerprint:
    """A Fingerprint from a pattern's source (its macros expanded)."""
    if source.startswith("(?m)^"):
        return Fingerprint(re.compile("(?m)\n" + source[len("(?m)^"):]), True)
    return Fingerprint(re.compile(source), False)


@dataclass(frozen=True)
class Site:
    """A site the library knows: its name, how its pages are recognised (the site name or address a
    page states about itself, or fingerprints in its text), and whose site it is (the country of the
    principal who speaks on it, e.g. RUS for the Russian president's site; empty for news outlets)."""

    name: str
    names: frozenset[str]
    domains: tuple[str, ...]
    fingerprint: Fingerprint | None
    country: str = ""
    principal: str = ""
    weak: bool = False  # the fingerprint also occurs on pages that quote the site

    def serves(self, hostname: str) -> bool:
        """True when a host name is one of the site's domains or under one."""
        host = hostname.lower().removeprefix("www.")
        return any(host == d or host.endswith("." + d) for d in self.domains)


def required_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Strings one of which every match of `pattern` holds, case as written (None when no such set is
    found: a pattern matched without regard to case, or made of classes and optional parts only). Read
    from its structure: the literal runs of the parts that every match goes through (a class of a few
    characters, as [Cc], gives a run for each), where an alternation offers one in each branch; of
    the sets found, the one whose shortest string is longest is kept."""
    parsed = sre_parse.parse(pattern, flags)
    if parsed.state.flags & re.IGNORECASE:  # given, or set inline: '(?i)…'
        return None
    sets = _required(parsed.data)
    return max(sets, key=_shortest) if sets else None


def _shortest(strings: tuple[str, ...]) -> int:
    return min(map(len, strings))


_FEW = 4  # a class of at most this many characters is spelled out, up to _SPELLINGS runs
_SPELLINGS = 16


def _required(items) -> list[tuple[str, ...]]:
    """The sets of strings (one of each set in every match) of a parsed sequence (see required_literals)."""
    sets: list[tuple[str, ...]] = []
    run = [""]  # the literal run so far, once for each spelling of its classes

    def end_run() -> None:
        if run != [""]:
            sets.append(tuple(sorted(set(run))))
        run[:] = [""]

    for op, av in items:
        chars = None
        if op is sre.LITERAL:
            chars = [chr(av)]
        elif op is sre.IN and len(av) <= _FEW and all(o is sre.LITERAL for o, _ in av) and len(run) * len(av) <= _SPELLINGS:
            chars = [chr(c) for _, c in av]
        if chars is not None:
            run[:] = [r + c for r in run for c in chars]
            continue
        end_run()
        if op is sre.SUBPATTERN and not av[1] & re.IGNORECASE:  # a group (not one blind to case)
            sets += _required(av[3].data)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            sets += _required(av[2].data)  # what a part repeated at least once holds
        elif op is sre.BRANCH:
            choices: list[str] = []
            for branch in av[1]:
                inner = _required(branch.data)
                if not inner:
                    break
                choices += max(inner, key=_shortest)
            else:
                sets.append(tuple(sorted(set(choices))))
    end_run()
    return sets


@dataclass(frozen=True)
class LineTest:
    """Whether a line fully matches one of the line rules (layout.toml's [[line]]s): one full match of
    the union of the rules that need no literal, and the others only on a line holding a literal one
    of them needs (required_literals: the copyright line needs '©', '(c)', 'Copyright' or 'All rights
    reserved'), which most lines do not. (The union of every rule, tried on every line, took a
    twentieth of a build, most of it the copyright rule's on lines that begin with a capital.)"""

    free: re.Pattern  # the union of the rules that need no literal (or a literal the search would not pass quickly)
    guarded: tuple[re.Pattern, ...]  # the other rules
    literals: re.Pattern | None  # any literal one of them needs

    def __call__(self, line: str) -> bool:
        if self.free.fullmatch(line) is not None:
            return True
        return self.literals is not None and self.literals.search(line) is not None and \
            any(rule.fullmatch(line) is not None for rule in self.guarded)


def union(patterns: list[re.Pattern]) -> re.Pattern:
    """One pattern that matches where any of them does (their named groups made plain)."""
    return re.compile("|".join(f"(?:{_GROUP.sub('(?:', p.pattern)})" for p in patterns) or "(?!)")


def quick_to_find(literal: str) -> bool:
    """A literal of three characters or more (or one past ASCII, as '©') that begins with neither a
    space nor a lower-case letter: a search for such literals skips most of a line at once (re scans
    for their first characters), where one for 'in' or ' - ' stops at most positions."""
    return (len(literal) >= 3 or not literal.isascii()) and not (literal[0].isspace() or literal[0].islower())


def line_test(rules: tuple[LineRule, ...]) -> LineTest:
    """The LineTest of some line rules."""
    needs = [required_literals(r.regex.pattern, r.regex.flags) for r in rules]
    needs = [n if n and all(map(quick_to_find, n)) else None for n in needs]
    wanted = sorted({s for n in needs if n for s in n})
    return LineTest(union([r.regex for r, n in zip(rules, needs) if not n]), tuple(r.regex for r, n in zip(rules, needs) if n),
                    re.compile("|".join(map(re.escape, wanted))) if wanted else None)


@dataclass(frozen=True)
class Layout:
    """All compiled layout patterns."""

    macros: dict
    lines: tuple[LineRule, ...]
    any_line: LineTest  # whether a line fully matches any of `lines`
    title_suffix: re.Pattern
    dateline: re.Pattern
    notice: re.Pattern
    notice_plural: re.Pattern
    notice_forward: re.Pattern
    outlets: tuple[re.Pattern, ...]
    authors: tuple[re.Pattern, ...]
    sites: tuple[Site, ...]

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern:
        """Compile a pattern after macro expansion."""
        return re.compile(expand(pattern, self.macros), flags)


def masthead_rule(sites: list[dict]) -> LineRule:
    """A line that is only a known site's name (a text copy's masthead, 'President of Russia'):
    navigation, dropped."""
    names = sorted({n for r in sites for n in [r["name"], *r.get("names", [])]}, key=len, reverse=True)
    return LineRule(re.compile("(?i:" + "|".join(re.escape(n) for n in names) + ")"), "navigation", "drop", "")


def site(row: dict, macros: dict[str, str]) -> Site:
    """A Site from a [[site]] entry of layout.toml."""
    from .entities import iso3

    return Site(row["name"], frozenset(n.casefold() for n in [row["name"], *row.get("names", [])]),
                tuple(d.lower() for d in row.get("domains", [])),
                fingerprint(expand(row["pattern"], macros)) if row.get("pattern") else None,
                iso3(row["country"]) if row.get("country") else "", row.get("principal", ""), row.get("weak", False))


def month_macro() -> str:
    """The {MONTH} macro: any month name of the one table of months, longest first, case-blind."""
    from .dates import MONTHS

    return "(?i:" + "|".join(sorted(MONTHS, key=lambda n: (-len(n), n))) + r")\.?"


@cache
def layout() -> Layout:
    """Load and compile data/layout.toml (cached for the process)."""
    spec = tomllib.loads((PACKAGE_DATA / "layout.toml").read_text(encoding="utf-8"))
    macros = {"MONTH": month_macro(), "UPPER": CAPITALS, **spec["macros"]}

    def comp(p: str, flags: int = 0) -> re.Pattern:
        return re.compile(expand(p, macros), flags)

    lines = (masthead_rule(spec["site"]),) + tuple(LineRule(comp(r["pattern"]), r["reason"], r["effect"], r.get("signal", ""))
                                                   for r in spec["line"])
    return Layout(
        macros=macros,
        lines=lines,
        any_line=line_test(lines),
        title_suffix=comp(spec["title"]["outlet_suffix"]),
        dateline=comp(spec["dateline"]["pattern"]),
        notice=comp(spec["notice"]["sentence"]),
        notice_plural=comp(spec["notice"]["plural"]),
        notice_forward=comp(spec["notice"]["forward"]),
        outlets=tuple(comp(r["pattern"]) for r in spec["outlet"]),
        authors=tuple(comp(r["pattern"]) for r in spec["author"]),
        sites=tuple(site(r, macros) for r in spec["site"]),
    )
