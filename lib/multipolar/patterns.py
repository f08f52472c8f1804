"""Read the layout knowledge in data/layout.toml once and compile its patterns."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from .paths import PACKAGE_DATA

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


@dataclass(frozen=True)
class Layout:
    """All compiled layout patterns."""

    macros: dict
    lines: tuple[LineRule, ...]
    any_line: re.Pattern
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


@cache
def layout() -> Layout:
    """Load and compile data/layout.toml (cached for the process)."""
    spec = tomllib.loads((PACKAGE_DATA / "layout.toml").read_text(encoding="utf-8"))
    macros = spec["macros"]

    def comp(p: str, flags: int = 0) -> re.Pattern:
        return re.compile(expand(p, macros), flags)

    lines = (masthead_rule(spec["site"]),) + tuple(LineRule(comp(r["pattern"]), r["reason"], r["effect"], r.get("signal", ""))
                                                   for r in spec["line"])
    return Layout(
        macros=macros,
        lines=lines,
        any_line=re.compile("|".join(f"(?:{_GROUP.sub('(?:', rule.regex.pattern)})" for rule in lines)),
        title_suffix=comp(spec["title"]["outlet_suffix"]),
        dateline=comp(spec["dateline"]["pattern"]),
        notice=comp(spec["notice"]["sentence"]),
        notice_plural=comp(spec["notice"]["plural"]),
        notice_forward=comp(spec["notice"]["forward"]),
        outlets=tuple(comp(r["pattern"]) for r in spec["outlet"]),
        authors=tuple(comp(r["pattern"]) for r in spec["author"]),
        sites=tuple(site(r, macros) for r in spec["site"]),
    )
