"""Find date expressions in text and resolve them against an article's reference date."""
from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from functools import cache

from .lazy import pandas as pd
from dateutil.relativedelta import relativedelta

from . import schema
from .dates import ENGLISH_MONTHS, WEEKDAYS, iso, month_number, parse_date
from .lexicon import finditer_from_starts, read_csv, trie_pattern, word_starts
from .tokens import lowered, norm, sentence_spans

# Lower case throughout: PATTERN matches case-insensitively, LOWER_PATTERN the lower-cased text.
# Name lists are prefix-factored (trie_pattern), which re walks faster than a flat alternation.
MONTHS = ENGLISH_MONTHS  # in running text only English names (full names first, then their short forms)
M = rf"(?:{trie_pattern(MONTHS)})\.?"
FULL_MONTHS = trie_pattern(MONTHS[:12])  # after "in " even "may" is the month
MONTH_NAMED = rf"(?:{FULL_MONTHS}|(?:{trie_pattern(MONTHS[12:])})\.)"  # a month alone: its name, or a short form with its dot
PART_OF_MONTH = ["early", "mid", "late"]
D = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
Y = r"(?:1[89]\d{2}|20\d{2})"
ND = r"(?:[12]\d|3[01]|0?[1-9])"  # a day or month in figures (D without its ordinal suffix)
DASH = r"\s*[-–—]\s*"
DAY_NAMES = trie_pattern(WEEKDAYS)
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "a": 1, "an": 1}
WEEKDAY_CUES = ["last", "next", "this", "on", "the previous", "the preceding"]
DIRECTIONS = ["last", "next", "this", "past", "the past", "earlier this", "later this"]
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}  # the month each begins (northern)
SEASON_MONTHS = 3  # how many months a season lasts: from its first month plus these, it is past
LAST_WEEK_FROM = 25  # from this day of a month on, "in the coming days" may reach into the next month
SEASON_CUES = ["next", "this", "last", "the coming", "the next", "the last", "the past"]
DAY_WORDS = ["yesterday", "today", "tomorrow", "this morning", "this afternoon", "this evening", "tonight", "last night",
             "the day before yesterday", "the day after tomorrow"]
PART_OF_A_MONTH = ["first", "second", "third", "fourth", "last", "final"]  # "in the first week of July": the month


def alternation(words: list[str]) -> str:
    """Words as a regex alternation, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


EXPRESSIONS = "|".join([
    rf"(?P<range_mdmd>(?P<a_m1>{M}) (?P<a_d1>{D})(?:{DASH}| to | until | through )(?P<a_m2>{M}) (?P<a_d2>{D})(?:,? (?P<a_y>{Y}))?)",
    rf"(?P<range_dmdm>(?P<u_d1>{D}) (?P<u_m1>{M})(?:{DASH}| to | until )(?P<u_d2>{D}) (?P<u_m2>{M})(?:,? (?P<u_y>{Y}))?)",  # '30 June to 3 July'
    rf"(?P<range_mdd>(?P<b_m>{M}) (?P<b_d1>{D})(?:{DASH}|(?: to | and ))(?P<b_d2>{D})(?!\d)(?:,? (?P<b_y>{Y}))?)",
    rf"(?P<range_ddm>(?P<c_d1>{D})(?:{DASH}| to | and )(?:(?:{DAY_NAMES}),? )?(?P<c_d2>{D}) (?P<c_m>{M})(?:,? (?P<c_y>{Y}))?)",  # "14th to Thursday 16th June"
    rf"(?P<range_between>between (?P<e_m1>{M}) (?P<e_d1>{D}) and (?P<e_m2>{M}) (?P<e_d2>{D})(?:,? (?P<e_y>{Y}))?)",
    rf"(?P<mdy>(?P<f_m>{M}) (?P<f_d>{D}),? (?P<f_y>{Y}))",
    rf"(?P<iso_day>{Y}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?![\d-])",  # "2023-11-07"
    rf"(?P<dotted>{ND}\.[ \xa0]?{ND}\.[ \xa0]?{Y})(?![\d.]\d)",  # "07. 11. 2023": day first
    rf"(?P<slashed>{ND}/{ND}/{Y}|{ND}-{ND}-{Y}|{Y}[/.]{ND}[/.]{ND})(?![\d/.-]?\d)",  # "16/03/2025", "04-03-2025", "2024/4/22"
    rf"(?P<dmy>(?P<g_d>{D})(?:(?<=st|nd|rd|th) of)? (?P<g_m>{M}),? (?P<g_y>{Y}))",  # "3rd of August 2012" too
    rf"(?P<md>(?P<h_m>{M}) (?P<h_d>{D}))(?![\d,]*\d)",
    rf"(?P<dm>(?P<i_d>{D})(?:(?<=st|nd|rd|th) of)? (?P<i_m>{M}))",  # "the 3rd of August" too
    rf"(?P<my>(?P<j_m>{M}) (?P<j_y>{Y}))",
    rf"(?P<month_year>(?P<p_m>{MONTH_NAMED}) (?P<p_dir>last|next|this) year(?![\w’']))",  # "September last year", "Sept. last year"
    rf"(?P<season>(?P<s_dir>{alternation(SEASON_CUES)}) (?P<s_name>{alternation(list(SEASONS))})(?![\w-])"
    rf"|(?<=in )(?:the )?(?P<s_bare>{alternation(list(SEASONS))})(?! of (?:life|\d))(?![\w-]))",
    rf"(?P<month>(?:(?:(?<=in )|(?<=for ))(?:(?:{alternation(PART_OF_MONTH)})[- ]|the (?:{alternation(PART_OF_A_MONTH)}) "
    rf"(?:week|weeks|half|days|fortnight) of )?|(?:(?<=in )|(?<=at )|(?<=by ))the (?:beginning|start|end|middle) of )"
    rf"(?P<k_m>{MONTH_NAMED})(?![\w-])(?! day\b)(?!,? {Y}))",  # (with its year: my); "at the beginning of July": July
    rf"(?P<month_rel>(?P<o_dir>last|next|this|past) (?P<o_m>{MONTH_NAMED})(?![\w-]))",  # "last June", "last Sept." (not "in Mar del Plata")
    rf"(?P<weekday_range>from (?P<q_w1>{DAY_NAMES}) (?:to|until|through) (?P<q_w2>{DAY_NAMES}))",
    rf"(?P<weekday>(?:(?P<l_rel>{alternation(WEEKDAY_CUES)}) )?(?P<l_w>{DAY_NAMES})"
    r"(?: \((?P<l_d>\d{1,2})\)| the (?P<l_d2>\d{1,2})(?:st|nd|rd|th)\b)?)",  # "this Saturday (15)", "next Thursday the 14th"
    rf"(?P<relative>(?:just )?(?P<m_n>\d+|{alternation(list(NUMBERS))}) (?P<m_u>day|week|month|year)s? ago"
    rf"|(?P<m_dir>{alternation(DIRECTIONS)}) (?P<m_unit>weekend|week|month|year)(?![\w-])"
    r"|the (?:end|beginning|start|middle) of (?P<m_dir2>the|this|next|last) (?P<m_unit2>month|year)(?![\w-])"
    r"|(?:later|earlier) in the (?P<m_unit3>month|year)(?![\w-])"  # "later in the year": this one
    r"|the (?:first|second|latter) half of (?P<m_dir4>the|this|next|last) year(?![\w-])"  # that year
    r"|(?<=within )(?P<m_dir5>the|this) year(?![\w-])"  # "to visit China within the year": this one
    r"|(?<=in )the (?P<m_coming>coming|next few) (?P<m_span>months|weeks|days)(?![\w-])"  # this year (month), unless said late in it
    r"|(?<=in )the (?P<m_new>new) year(?![\w-])"  # "in the new year": the next, said in its last quarter
    r"|(?:(?<=at )|(?<=over ))the (?P<m_wk>weekend)(?![\w-])"  # the last one, said early in the week; else this one
    rf"|(?P<m_word>{alternation(DAY_WORDS)})"
    r"|the (?P<m_follow>following|next|same|previous) day"
    r"|the (?P<m_follow3>same|previous) (?:morning|afternoon|evening|night)(?![\w-])"  # ('the following morning' of a
    # plan would count from the day its weekday gives when read as past: left to the encounter's plan)
    r"|the day (?P<m_follow2>before|after)(?=\s*[,.;:)]|$)"  # "The day before, …": not "the day before the summit"
    # ('a week earlier than planned' says when against a plan, not a day counted from the date told before)
    rf"|(?P<m_nd>{alternation(list(NUMBERS))}|\d) (?P<m_ndu>day|week)s? (?P<m_side>earlier|later)(?![\w-])(?! than\b)"
    # "the previous month", "the following year": a month or year counted from the date told before
    r"|the (?P<t_dir>following|previous|preceding) (?P<t_unit>month|year)(?![\w-])"
    # "later that month", "earlier the same year": the month or year of the date told before
    r"|(?:later|earlier) (?:that|the same) (?P<t_same>month|year)(?![\w-]))",
    # "on the 21st", "on the 3rd of this month": a day of the reference month (not "the 21st century")
    r"(?P<day_only>(?<=on )the (?P<r_d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?: of (?:this|the) month)?"
    r"(?! (?:[\w-]+ )?(?:century|centuries|anniversary|session|congress|meeting|round|summit|plenum|edition|"
    r"conference|time|day of|of (?!this month|the month))))",
    rf"(?P<year>(?P<n_y>{Y}))(?![\d%,.]\d|s\b)",
])
# How every expression above begins: a digit, or one of these words. Testing this first lets re give
# up at once on most word starts, instead of trying each expression there (3x faster than without).
# "the" and the numbers, the commonest words of a text, are tested with the word after them (a number
# always counts days, weeks, months or years), so that "the" and "a" alone start no attempt.
FIRST_WORDS = MONTHS + WEEKDAYS + DAY_WORDS + [f"{w}-" for w in PART_OF_MONTH] + [
    f"{w} " for w in [*WEEKDAY_CUES, *DIRECTIONS, *PART_OF_MONTH, *SEASON_CUES, "between", "just", "from"]] + [
    f"{n} {unit}" for n in NUMBERS for unit in ("day", "week", "month", "year")] + [
    f"the {w}" for w in ["following", "same", "previous", "preceding", "day", *SEASONS, *"0123456789", *PART_OF_A_MONTH]] + list(SEASONS) + [
    f"the {w} of" for w in ("end", "beginning", "start", "middle")] + ["later in the", "earlier in the", "the new year",
    "later that", "earlier that", "later the same", "earlier the same"] + [
    f"the {w} half" for w in ("first", "second", "latter")] + ["the coming months", "the next few months", "the coming weeks",
                                                                 "the next few weeks", "the coming days", "the next few days",
                                                                 "the year", "the weekend"]
# ("the next", "the past" and the other cues that begin with "the" are among the cues above.)
SOURCE = rf"(?<!\w)(?=\d|{trie_pattern(sorted(set(FIRST_WORDS)))})(?:{EXPRESSIONS})"
PATTERN = re.compile(SOURCE, re.IGNORECASE)
LOWER_PATTERN = re.compile(SOURCE)  # the same on lower-cased text: re is several times faster without IGNORECASE
# Where in lower-cased text an expression can begin, more narrowly than FIRST_WORDS: a month name as a
# whole word (a month is followed by '.', a space or the end of a word); a cue with a word that can
# follow it in some expression ('on' a weekday, 'between' a month, 'this' a month, weekday, season,
# day, week, month or year: not 'on the', 'this is'); 'just' with a number. scan tries LOWER_PATTERN
# only at these (lexicon.finditer_from_starts), which finds the same matches faster.
_AFTER_CUE = MONTHS + WEEKDAYS + list(SEASONS) + ["day", "week", "month", "year"]
_STARTS = WEEKDAYS + DAY_WORDS + list(SEASONS) + [f"{w}-{m}" for w in PART_OF_MONTH for m in MONTHS[:12]] + [
    f"{cue} {w}" for cue in [*WEEKDAY_CUES, *DIRECTIONS, *SEASON_CUES, *PART_OF_MONTH, "between", "from"]
    for w in _AFTER_CUE] + [f"just {n}" for n in NUMBERS] + [
    f"{n} {unit}" for n in NUMBERS for unit in ("day", "week", "month", "year")] + [
    f"the {w}" for w in ["following", "same", "previous", "preceding", "day", *SEASONS, *"0123456789"]] + [
    f"the {w} of" for w in ("end", "beginning", "start", "middle")] + [
    f"the {w} {unit}" for w in PART_OF_A_MONTH for unit in ("week", "half", "days", "fortnight")] + [
    "later in the", "earlier in the", "the new year", "later that", "earlier that", "later the same", "earlier the same"] + [
    f"the {w} half" for w in ("first", "second", "latter")] + [
    "the coming months", "the next few months", "the coming weeks", "the next few weeks", "the coming days",
    "the next few days", "the year", "the weekend"]
# (An expression that begins with a new word needs it in FIRST_WORDS and here; DATE_BITS in test_fast_paths
# should hold an example, so that its property test compares the scan with the plain pattern on it.)
STARTS = word_starts(rf"\d|just[ \xa0]\d|{trie_pattern(sorted(set(MONTHS)))}(?!\w)|{trie_pattern(sorted(set(_STARTS)))}")


WEEKEND_BEFORE = "the weekend before the reference date"  # 'at the weekend', said early in the week
WEEKEND_THIS = "the weekend of the reference date's week"  # said late in it
NO_YEAR_TOLD = "-"  # find_dates' base for 'the following year' once a date was told without its year
NEAREST_DAY = "day of the month nearest the reference date"  # 'on the 14th': this month's, the last's or the next's
SEASON_OVER = "season in the reference year, past by then"  # 'in the spring', said in December
_LATEST = re.compile(r"\b(?:last|most recently) (?:met|spoke|talked|visited|held|saw)\b[^.!?]*$")  # (the latest such: not
# under the month told before: '… took place in October 2023. The two leaders last met in Moscow on October 8')
_OWN_YEAR = re.compile(r",? (?:of )?(?:this|last|next|that) year\b")  # ('on April 6 this year')
SAME_MONTH_TOLD = "year of the same month told before it"  # a month and day under 'in April last year' (only under
# a month told with a year counted from the reference, and not in a sentence of a time to come: 'Xi visited France in May
# 2019. He will hold talks with Macron on May 6' is this May's)
MONTH_OF_RELATIVE_YEAR = "month of a year relative to the reference"  # 'in April last year'
_TO_COME = re.compile(r"\b(?:will|shall|is to|are to|due to|expected to|scheduled|set to|plans? to|going to)\b")
COMING_DAYS = "the reference's month (in the coming days)"  # a weak date: a visit's day told elsewhere beats it


def scan(text: str) -> tuple[re.Match, ...]:
    """Every date-expression match of a text.

    The matches are made on the lower-cased text when that keeps offsets: take a surface from the
    text by the match's offsets, not from the match.
    """
    low = lowered(text)
    return tuple(finditer_from_starts(LOWER_PATTERN, STARTS, low) if low is not None else PATTERN.finditer(text))


DATE_COLUMNS = schema.DATES.names


def _day_number(d: str) -> int:
    """The day of the month a day's text gives ('3rd': 3)."""
    return int(re.match(r"\d+", d).group())


def _day(y: int | None, m: int, d: str) -> date | None:
    """A date from parts, None when it does not exist."""
    try:
        return date(y, m, int(re.match(r"\d+", d).group()))
    except (TypeError, ValueError):
        return None


def nearest_year(month: int, day: str, ref: date | int | None) -> int | None:
    """Year that puts month-day closest to the reference date (or the reference year)."""
    if ref is None:
        return None
    if isinstance(ref, int):
        return ref
    best = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        d = _day(y, month, day)
        if d and (best is None or abs((d - ref).days) < abs((best - ref).days)):
            best = d
    return best.year if best else ref.year


def _fmt(d: date | None) -> str:
    return d.isoformat() if d else ""


def resolve(m: re.Match, ref: date | int | None, last_day: date | None, last_told: str = "",
            last_any: tuple[str, str] = ("", "")) -> tuple[str, str, str, str]:
    """(kind, start, end, method) of one matched expression (`last_day`: the last day the text told before it;
    `last_told`: the last date of any precision told with its year; `last_any`: the last date told, and how its value
    was found)."""
    g = m.groupdict()
    kind = next(k for k in ("range_mdmd", "range_dmdm", "range_mdd", "range_ddm", "range_between", "mdy", "iso_day", "dotted", "slashed", "dmy", "md", "dm",
                            "my", "month_year", "month", "month_rel", "season", "weekday_range", "weekday", "relative", "day_only", "year")
                if g.get(k))
    ref_year = ref if isinstance(ref, int) else (ref.year if ref else None)
    ref_day = ref if isinstance(ref, date) else None
    if kind in ("iso_day", "dotted", "slashed"):  # in figures, read as dates.parse_parts reads them (day first)
        day = parse_date(m.group())
        return ("dmy" if len(day) == 10 else "month" if len(day) == 7 else "year", day, "", "explicit")
    if kind in ("mdy", "dmy"):
        p = "f" if kind == "mdy" else "g"
        return kind, _fmt(_day(int(g[f"{p}_y"]), month_number(g[f"{p}_m"]), g[f"{p}_d"])), "", "explicit"
    if kind in ("range_mdmd", "range_dmdm", "range_between", "range_mdd", "range_ddm"):
        if kind == "range_mdd":
            m1 = m2 = month_number(g["b_m"]); d1, d2, y = g["b_d1"], g["b_d2"], g["b_y"]
        elif kind == "range_ddm":
            m1 = m2 = month_number(g["c_m"]); d1, d2, y = g["c_d1"], g["c_d2"], g["c_y"]
        else:
            p = {"range_mdmd": "a", "range_dmdm": "u"}.get(kind, "e")
            m1, m2, d1, d2, y = (month_number(g[f"{p}_m1"]), month_number(g[f"{p}_m2"]),
                                 g[f"{p}_d1"], g[f"{p}_d2"], g[f"{p}_y"])
        backwards = (m2, _day_number(d2)) < (m1, _day_number(d1)) and not (m1 == 12 and m2 == 1)
        year = int(y) if y else nearest_year(m1, d1, ref)
        method = "explicit" if y else ("year from reference" if year else "unresolved: no reference date")
        if kind in ("range_mdmd", "range_dmdm") and backwards:  # 'brought forward from July 3 to June 30': no span,
            return "month-day", _fmt(_day(year, m1, d1) if year else None), "", method  # the first day told
        start = _day(year, m1, d1) if year else None
        end = _day(year + (1 if start and m2 < m1 else 0), m2, d2) if year else None
        return "range", _fmt(start), _fmt(end), method
    if kind in ("md", "dm"):
        p = "h" if kind == "md" else "i"
        month, day = month_number(g[f"{p}_m"]), g[f"{p}_d"]
        told, how = last_any
        year = nearest_year(month, day, ref)
        if len(told) >= 7 and int(told[5:7]) == month and how == MONTH_OF_RELATIVE_YEAR \
                and year and int(told[:4]) != year and not _LATEST.search(m.string, max(0, m.start() - 80), m.start()) \
                and not _OWN_YEAR.match(m.string, m.end()) and not _TO_COME.search(sentence_around(m.string, m.start())):  # (the last test: the sentence is cut only here)
            return "month-day", _fmt(_day(int(told[:4]), month, day)), "", SAME_MONTH_TOLD  # ('in April last year. … on
            # April 6': the April told just before, with its year)
        return "month-day", _fmt(_day(year, month, day)) if year else "", "", \
            "year from reference" if year else "unresolved: no reference date"
    if kind == "my":
        return "month", iso(int(g["j_y"]), month_number(g["j_m"])), "", "explicit"
    if kind == "month_year":  # "February last year"
        if not ref_year:
            return "month", "", "", "unresolved: no reference date"
        return "month", iso(ref_year + direction_shift(g["p_dir"]), month_number(g["p_m"])), "", MONTH_OF_RELATIVE_YEAR
    if kind == "month_rel":  # "last June": the latest June before the reference date; "next March" the first after
        month, shift = month_number(g["o_m"]), direction_shift(g["o_dir"])
        if not ref_year:
            return "month", "", "", "unresolved: no reference date"
        if ref_day is None:
            return "month", iso(ref_year, month), "", "year from reference"
        year = ref_day.year + (-1 if shift < 0 and month >= ref_day.month else 1 if shift > 0 and month <= ref_day.month else 0)
        return "month", iso(year, month), "", "relative to the reference date"
    if kind == "month":
        month = month_number(g["k_m"])
        return "month", iso(ref_year, month) if ref_year else "", "", \
            "year from reference" if ref_year else "unresolved: no reference date"
    if kind == "year":
        return "year", g["n_y"], "", "explicit"
    if kind == "season":  # "next summer", "this autumn", "in the spring": the year of that season
        if not ref_year:
            return "relative", "", "", "unresolved: no reference date"
        if ref_day is None or g.get("s_bare"):
            bare = (g.get("s_bare") or "").lower()
            over = ref_day is not None and bare in SEASONS and ref_day.month >= SEASONS[bare] + SEASON_MONTHS
            return "relative", str(ref_year), "", SEASON_OVER if over else "season in the reference year"
        begins, cue = SEASONS[(g["s_name"] or "").lower()], g["s_dir"].lower().split()[-1]
        this = ref_day.year
        if cue in ("next", "coming"):
            year = this if ref_day.month < begins else this + 1
        elif cue in ("last", "past"):
            year = this if ref_day.month >= begins + SEASON_MONTHS else this - 1
        else:
            year = this
        return "relative", str(year), "", "season relative to the reference date"
    if kind == "day_only":  # the nearest such day to the reference date: its month's, the month before or after
        if ref_day is None:
            return "day", "", "", "unresolved: reference has no day"
        months = (ref_day,) if m.group().lower().endswith("month") else (  # "of this month"
            ref_day - relativedelta(months=1), ref_day, ref_day + relativedelta(months=1))
        near = [d for d in (_day(x.year, x.month, g["r_d"]) for x in months) if d]
        if not near:
            return "day", "", "", "unresolved: no such day in the reference month"
        return "day", min(near, key=lambda d: abs((d - ref_day).days)).isoformat(), "", NEAREST_DAY
    if kind == "weekday_range":  # "which runs from Tuesday to Thursday": the week around the reference date
        if ref_day is None:
            return "range", "", "", "unresolved: reference has no day"
        first = ref_day - timedelta(days=(ref_day.weekday() - WEEKDAYS.index(g["q_w1"].lower())) % 7)
        last = first + timedelta(days=(WEEKDAYS.index(g["q_w2"].lower()) - first.weekday()) % 7)
        return "range", first.isoformat(), last.isoformat(), "latest such weekday on or before the reference date"
    if kind == "weekday":
        if ref_day is None:
            return "weekday", "", "", "unresolved: reference has no day"
        target = WEEKDAYS.index(g["l_w"].lower())
        rel = (g["l_rel"] or "").lower()
        if told := g.get("l_d") or g.get("l_d2"):  # the day of the month told with it: the nearest such day on that weekday
            near = [d for d in (_day(x.year, x.month, told) for x in (ref_day - relativedelta(months=1), ref_day,
                                                                       ref_day + relativedelta(months=1))) if d]
            near = [d for d in near if d.weekday() == target]  # (none: the weekday alone, 'on Sunday the 30th anniversary')
            if near:
                return "weekday", min(near, key=lambda d: abs((d - ref_day).days)).isoformat(), "", WEEKDAY_AND_DAY
        delta = (ref_day.weekday() - target) % 7
        if rel in ("the previous", "the preceding"):  # the one before the day told before, else before the reference
            # ('He had been in Khartoum the previous Wednesday'); after a month or a year told, no day ('visited Seoul in
            # March 2023. He had been in Tokyo the previous Wednesday'). ('The following Monday' is left to the weekday
            # alone: told of a plan, the day before it is read as past, and a plan's weekday is moved after the item's.)
            if last_day is None and last_told:
                return "weekday", "", "", "unresolved: the date told before has no day"
            base = last_day or ref_day
            return "weekday", (base - timedelta(days=(base.weekday() - target) % 7 or 7)).isoformat(), "", (
                "relative to the previous date in the text" if last_day else "relative to the reference date")
        if rel == "next":
            d = ref_day + timedelta(days=(target - ref_day.weekday()) % 7 or 7)
        elif rel == "last" and delta == 0:
            d = ref_day - timedelta(days=7)
        else:
            d = ref_day - timedelta(days=delta)
        return "weekday", d.isoformat(), "", "latest such weekday on or before the reference date"
    return ("relative", *relative(g, ref, ref_day, last_day, last_told, last_any))


WEEKDAY_AND_DAY = "weekday with its day of the month, nearest the reference date"


def sentence_around(text: str, at: int) -> str:
    """The sentence (tokens.sentence_spans) of `text` that holds position `at`."""
    return next((text[s0:s1] for s0, s1 in sentence_spans(text) if s0 <= at < s1), "")


def direction_shift(word: str) -> int:
    """-1 for last/past, +1 for next, 0 for this."""
    w = word.lower().split()[-1]
    return {"last": -1, "past": -1, "next": 1}.get(w, 0)


def relative(g: dict, ref, ref_day: date | None, last_day: date | None, last_told: str = "",
             last_any: tuple[str, str] = ("", "")) -> tuple[str, str, str]:
    """Start, end and method of a relative expression ('last month', 'one day ago', 'the following day')."""
    if g.get("t_same"):  # "later that month", "earlier the same year": the month (year) of the last date told, its
        # year found as that date's was
        base, how = last_any
        if len(base) < (7 if g["t_same"].lower() == "month" else 4):
            return "", "", "unresolved: no month told before"
        return base[:7] if g["t_same"].lower() == "month" else base[:4], "", \
            how if how.startswith("year from") else "relative to the previous date in the text"
    if g.get("t_unit"):  # "the previous month", "the following year": from the last date told with its year (to the
        # month, for a month); from the reference only in a text that told no such date before
        unit = g["t_unit"].lower()
        n = 1 if g["t_dir"].lower() == "following" else -1
        base, how = last_told, "relative to the previous date in the text"
        if not base:  # (no date told before; after one told without its year, base is NO_YEAR_TOLD: unresolved below)
            base, how = (ref.isoformat() if isinstance(ref, date) else str(ref) if ref else ""), "relative to the reference date"
        if len(base) < (7 if unit == "month" else 4):
            return "", "", "unresolved: no month told before"
        if unit == "year":
            return str(int(base[:4]) + n), "", how
        d = date(int(base[:4]), int(base[5:7]), 1) + relativedelta(months=n)
        return iso(d.year, d.month), "", how
    follow = g.get("m_follow") or g.get("m_follow2") or g.get("m_follow3")  # 'following', 'before', 'previous' …
    if follow or g.get("m_side"):  # a day counted from the date told before
        if g.get("m_side"):
            n = int(g["m_nd"]) if g["m_nd"].isdigit() else NUMBERS[g["m_nd"].lower()]
            n *= 7 if g["m_ndu"].lower() == "week" else 1  # ('a week earlier': seven days before the date told)
            step = n if g["m_side"].lower() == "later" else -n
        else:
            step = {"following": 1, "next": 1, "same": 0, "previous": -1, "before": -1,
                    "after": 1}[follow.lower()]
        if last_day is None:
            return "", "", "unresolved: no earlier date in the text"
        return (last_day + timedelta(days=step)).isoformat(), "", "relative to the previous date in the text"
    if g.get("m_unit2"):  # "at the end of the month": the month (or year) itself
        g = dict(g, m_dir=g["m_dir2"], m_unit=g["m_unit2"])
    if g.get("m_unit3"):  # "later in the year": the reference's
        g = dict(g, m_dir="this", m_unit=g["m_unit3"])
    if g.get("m_dir4") or g.get("m_dir5"):  # "in the second half of the year", "within the year": the year itself
        side = (g["m_dir4"] or g["m_dir5"]).lower()
        g = dict(g, m_dir="this" if side == "the" else side, m_unit="year")
    if g.get("m_coming") and g["m_span"].lower() == "days":  # "in the coming days": the reference's month, unless said
        if not isinstance(ref, date) or ref.day >= LAST_WEEK_FROM:  # in its last week
            return "", "", "unresolved: 'the coming days' said late in the month"
        return f"{ref:%Y-%m}", "", COMING_DAYS
    if g.get("m_coming"):  # "in the coming months (weeks)": the reference's year, unless said in its last quarter (month)
        if not isinstance(ref, date) or ref.month >= (10 if g["m_span"].lower() == "months" else 12):
            return "", "", f"unresolved: 'the coming {g['m_span'].lower()}' said late in the year"
        g = dict(g, m_dir="this", m_unit="year")
    if g.get("m_new"):  # "in the new year": the next one when said from October on, this one in its first quarter
        if not isinstance(ref, date) or 4 <= ref.month <= 9:
            return "", "", "unresolved: 'the new year' said mid-year"
        g = dict(g, m_dir="next" if ref.month >= 10 else "this", m_unit="year")
    ref_year = ref if isinstance(ref, int) else (ref.year if ref else None)
    if g.get("m_unit") and g["m_unit"].lower() == "year" and ref_year:
        return str(ref_year + direction_shift(g["m_dir"])), "", "relative to the reference year"
    how = "relative to the reference date"
    later_month = len(last_any[0]) >= 7 and last_day is not None and last_any[0][:4] > last_day.isoformat()[:4]
    if ref_day is None and last_day is not None and not later_month:
        # (an undated text's last day stands in for its date, unless a later month was told since: 'ties established on
        # May 21, 1951 … came in March 2020 … Wang Yi is expected next month' is no plan of June 1951; a year alone may
        # be a target or a name, 'Vision 2030')
        ref_day, how = last_day, "relative to the previous date in the text"
    if ref_day is None:
        return "", "", "unresolved: reference has no day"
    if g.get("m_word"):
        shift = {"yesterday": -1, "last night": -1, "tomorrow": 1, "the day before yesterday": -2,
                 "the day after tomorrow": 2}.get(g["m_word"].lower(), 0)
        return (ref_day + timedelta(days=shift)).isoformat(), "", how
    if g.get("m_n"):
        n = int(g["m_n"]) if g["m_n"].isdigit() else NUMBERS[g["m_n"].lower()]
        unit = g["m_u"].lower()
        d = ref_day - relativedelta(**{unit + "s": n})
        value = d.isoformat() if unit in ("day", "week") else (iso(d.year, d.month) if unit == "month" else str(d.year))
        return value, "", how
    if g.get("m_wk"):  # "at the weekend", "over the weekend": the last one, said from Monday to Wednesday, else this
        # one; the tense of what happens then may move it (encounters.placed: a plan to the next, a held one to the last)
        last = ref_day.weekday() < 3
        sat = ref_day - timedelta(days=ref_day.weekday()) + timedelta(days=5 - (7 if last else 0))
        return sat.isoformat(), (sat + timedelta(days=1)).isoformat(), WEEKEND_BEFORE if last else WEEKEND_THIS
    unit, shift = g["m_unit"].lower(), direction_shift(g["m_dir"])
    if unit == "month":
        d = ref_day + relativedelta(months=shift)
        return iso(d.year, d.month), "", how
    start = ref_day - timedelta(days=ref_day.weekday()) + timedelta(weeks=shift)
    side = g["m_dir"].lower()
    if unit == "week" and side == "later this":  # the days after the reference, to the week's end (a Sunday's: the next six)
        return (ref_day + timedelta(days=1)).isoformat(), (start + timedelta(days=6 if ref_day.weekday() < 6 else 13)).isoformat(), how
    if unit == "week" and side == "earlier this" and ref_day.weekday() > 0:  # the week's days before the reference
        return start.isoformat(), (ref_day - timedelta(days=1)).isoformat(), how
    if unit == "weekend":  # the Saturday and Sunday of that week
        return (start + timedelta(days=5)).isoformat(), (start + timedelta(days=6)).isoformat(), how
    return start.isoformat(), (start + timedelta(days=6)).isoformat(), how


# Words before a year that give a limit, not a time the narrative is at ('would expire in 2024', 'until 2030', 'by 2035')
_NOT_A_TIME_TOLD = re.compile(r"\b(?:expire[sd]?|expiring|until|till|by|before|through|since|valid|runs? to)(?: in)? $")


def find_dates(text: str, ref: date | int | None = None, article_id: str = "",
               matches: tuple[re.Match, ...] | None = None) -> list[dict]:
    """Every date expression in a text, resolved against the reference date when one is needed
    (`matches`: the text's scan, when the caller has it already)."""
    out, last_day, last_told, last_any = [], None, "", ("", "")
    for m in scan(text) if matches is None else matches:
        kind, start, end, method = resolve(m, ref, last_day, last_told, last_any)
        if start and not (kind == "year" and _NOT_A_TIME_TOLD.search(text, max(0, m.start() - 25), m.start())):
            last_any = (start, method)  # (not a year something lasts until: 'a memorandum that would expire in 2024')
        if len(start) == 10 and (not end or last_day is None):  # a span the narrative does not step from, once it has a day
            last_day = date.fromisoformat(start)
        if start:  # the base of 'the following year': a date told with its year ('in May' has none of its own)
            last_told = start if method == "explicit" else last_told or NO_YEAR_TOLD
        out.append({"article_id": article_id, "surface": text[m.start():m.end()], "start": m.start(), "end": m.end(),
                    "kind": kind, "value_start": start, "value_end": end, "method": method})
    return out


def parse_ref(value: str) -> date | int | None:
    """A reference date string as a date (full) or an int (year only)."""
    if len(value) == 10:
        return date.fromisoformat(value)
    if len(value) >= 4:
        return int(value[:4])
    return None


def dates_by_article(articles: pd.DataFrame) -> dict[str, list[dict]]:
    """Resolved date expressions of every article, keyed by article id."""
    return {aid: find_dates(text, parse_ref(ref), aid)
            for aid, text, ref in zip(articles["article_id"], articles["text"], articles["ref_date"])}


def dates_table(articles: pd.DataFrame, found: dict[str, list[dict]] | None = None) -> pd.DataFrame:
    """dates.csv: every date expression of every article, resolved against its reference date."""
    found = dates_by_article(articles) if found is None else found
    rows = [r for rows in found.values() for r in rows]
    return pd.DataFrame(rows, columns=DATE_COLUMNS).astype({"start": "int64", "end": "int64"})


ANNIVERSARY = re.compile(r"(?P<when>this|next|last) year mark(?:s|ed)? the (?P<n>\d+)(?:st|nd|rd|th) anniversary of "
                         r"(?:the )?(?P<event>[^,.;]+)", re.IGNORECASE)


@cache
def known_anniversaries() -> tuple[tuple[str, int], ...]:
    """(normalised event, base year) pairs from data/lexicons/anniversaries.csv, read once."""
    return tuple((norm(r["event"]), int(r["year"])) for r in read_csv("anniversaries.csv"))


def anniversary_year(text: str) -> tuple[int, str] | None:
    """Year implied by 'this year marks the Nth anniversary of X', X dated in the text or the gazetteer."""
    if "anniversar" not in text.casefold():
        return None
    known = known_anniversaries()
    for m in ANNIVERSARY.finditer(text):
        event = norm(m["event"])
        base = next((y for e, y in known if e in event), None)
        if base is None:
            tail = " ".join(event.split()[-4:])
            hit = re.search(re.escape(tail) + r"\W+(?:\w+\W+){0,3}?in (\d{4})", norm(text))
            base = int(hit[1]) if hit else None
        if base is not None:
            shift = {"this": 0, "next": -1, "last": 1}[m["when"].lower()]
            return base + int(m["n"]) + shift, f"anniversary: {m['event'].strip()} ({base}) + {m['n']}"
    return None


def year_evidence(text: str, matches: tuple[re.Match, ...] | None = None) -> tuple[int, str] | None:
    """The article's year from the strongest evidence in its text, with how it was found."""
    matches = scan(text) if matches is None else matches
    explicit = [int(y) for m in matches
                for y in [m.group("f_y") or m.group("g_y") or m.group("j_y") or m.group("a_y") or m.group("b_y")
                          or m.group("c_y") or m.group("e_y") or m.group("u_y")] if y]  # dates and ranges with their year
    if explicit:
        return max(explicit), "latest explicit date in the text"
    counts = Counter(int(m.group("n_y")) for m in matches if m.group("year"))
    if counts:
        most = max(counts.values())
        return max(y for y, n in counts.items() if n == most), "most frequent year in the text"
    return None


def with_dateline(year: int, dateline: str, how: str) -> tuple[str, str]:
    """A year made a full date by the dateline's month-day, when there is one."""
    md = re.search(rf"(?P<m>{M}) (?P<d>{D})", dateline, re.IGNORECASE)
    day = _day(year, month_number(md["m"]), md["d"]) if md else None
    return (day.isoformat(), f"dateline month-day; year from {how}") if day else (str(year), how)


WEB_YEARS = 1995  # no page served on the web was written before this year: an earlier year in its text is history


def own_reference(published: str, posted: str, dateline: str, text: str,
                  matches: tuple[re.Match, ...] | None = None, served: int | None = None) -> tuple[str, str, int]:
    """(reference date, how, strength) from the article alone; strength 3 page date .. 0 none.
    `served`: the year of the page's copyright line, the year a wire's dateline without one ('MOSCOW,
    April 11') is of when the text's own latest year is that year's or the one before."""
    if len(published) == 10:
        return published, "published date", 3
    if len(posted) == 10:
        return posted, "posted date", 3
    if published:
        return (*with_dateline(int(published[:4]), dateline, "published year"), 2)
    found = anniversary_year(text)
    if found:
        return (*with_dateline(found[0], dateline, found[1]), 2)
    found = year_evidence(text, matches)
    month_day = bool(re.search(rf"{M} {D}", dateline, re.IGNORECASE))
    # A wire copy dated by month-day is of the year it was served when its text gives no later year of its own:
    # its latest date is of that year or the one before, or its only years are bare ones from before wires were
    # served on the web ('signed their Treaty of Limits in 1851': history, not the year of writing).
    if served and month_day and (not found or 0 < served - found[0] <= 1
                                 or (found[1] == "most frequent year in the text" and found[0] < WEB_YEARS)):
        return (*with_dateline(served, dateline, "the page's copyright year"), 1)
    if found:
        return (*with_dateline(found[0], dateline, found[1]), 1)
    return "", "no evidence", 0


def reference_date(published: str, posted: str, dateline: str, text: str) -> tuple[str, str]:
    """(reference date, how it was inferred) of one article on its own."""
    value, how, _ = own_reference(published, posted, dateline, text)
    return value, how


def page_year(refs: list[tuple[str, str, int]]) -> int | None:
    """The year a page's articles share: median of the well-dated ones, else the latest explicit date."""
    strong = sorted(int(v[:4]) for v, _, s in refs if s >= 2)
    if strong:
        return strong[len(strong) // 2]
    explicit = [int(v[:4]) for v, how, s in refs if s == 1 and "explicit" in how]
    return max(explicit) if explicit else None


def page_references(articles: list[tuple[str, str, str, str]],
                    scans: list[tuple[re.Match, ...]] | None = None, served: int | None = None) -> list[tuple[str, str]]:
    """(ref_date, ref_method) of one page's articles, given as (published, posted, dateline, text)
    with their texts' scans if already made (`served`: the page's copyright year); weakly dated ones
    follow the page's year."""
    refs = [own_reference(*a, None if scans is None else scans[i], served) for i, a in enumerate(articles)]
    year = page_year(refs)
    out = []
    for (_, _, dateline, _), (value, how, strength) in zip(articles, refs):
        # An article is written no earlier than the latest date it states with its year: a later
        # year of its own beats the page's; an earlier one only bounds it, and the page's year stands.
        if year is None or strength >= 2:
            own = True
        elif "explicit" in how:
            own = bool(value) and int(value[:4]) >= year
        else:
            own = bool(value) and year - 1 <= int(value[:4]) <= year
        if not own:
            value, how = with_dateline(year, dateline, "the page's other articles")
        out.append((value, how))
    return out


def reference_dates(articles: pd.DataFrame) -> pd.DataFrame:
    """ref_date and ref_method of every article (an article table), page by page."""
    out = []
    for _, page in articles.groupby("source_file", sort=False):
        fields = list(zip(page["published"], page["posted"], page["dateline"], page["text"]))
        out += [{"article_id": aid, "ref_date": value, "ref_method": how}
                for aid, (value, how) in zip(page["article_id"], page_references(fields))]
    return articles[["article_id"]].merge(pd.DataFrame(out, columns=["article_id", "ref_date", "ref_method"]),
                                          on="article_id", how="left")
