"""Dates written in pages: parse the common forms into ISO strings. The month names come from one table
(lexicons/months.csv). The date readers here take every language's names (a page's date line: '11 de marzo de 2024');
the expressions found in running text (dateexpr.py) only English ones."""
from __future__ import annotations

import re
from datetime import date

from .lexicon import read_csv

_TABLE = read_csv("months.csv")
MONTHS = {r["name"]: int(r["month"]) for r in _TABLE}  # every language's names: only for reading written dates
_ENGLISH = [r for r in _TABLE if r["language"] == "en"]
_FULL_NAMES = [max((r["name"] for r in _ENGLISH if int(r["month"]) == m), key=len) for m in range(1, 13)]  # 'september'
ENGLISH_MONTHS = _FULL_NAMES + [r["name"] for r in _ENGLISH if r["name"] not in _FULL_NAMES]  # full names, then short


WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def month_number(word: str) -> int | None:
    """Month number of a month name or abbreviation ('Aug.', 'marzo', 'März')."""
    return MONTHS.get(word.lower().rstrip("."))


def parse_parts(text: str) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) found in a short date string; missing parts are None."""
    m = re.fullmatch(r"\s*(\d{4})([-/.])(\d{1,2})\2(\d{1,2})\.?\s*", text)  # 2024-04-22, 2024/4/22, 2023.06.14
    if m and 1 <= int(m[3]) <= 12:
        return int(m[1]), int(m[3]), int(m[4])
    m = re.fullmatch(r"\s*(\d{1,2})([./-])[ \xa0]?(\d{1,2})\2[ \xa0]?(\d{4})\.?(?:,?\s+\d{1,2}[:.]\d{2})?\s*", text)  # 14.03.2017,
    # "07. 11. 2023", "26.2.2025 10.15", 28/02/2018, 04-03-2025: day first,
    if m:  # as most of the world writes them; a slashed date whose second number cannot be a month is US style
        first, second = int(m[1]), int(m[3])
        if m[2] == "/" and second > 12 and first <= 12:
            first, second = second, first
        if 1 <= second <= 12:
            return int(m[4]), second, first
    year = month = day = None
    m = re.fullmatch(r"\s*(\d{4})\)\.(\d{1,2})\.(\d{1,2})\.?\s*", text)  # '(2024).4.13', after an era's year
    if m and 1 <= int(m[2]) <= 12:
        return int(m[1]), int(m[2]), int(m[3])
    m = re.fullmatch(r"\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*", text)  # 2024年3月11日
    if m and 1 <= int(m[2]) <= 12:
        return int(m[1]), int(m[2]), int(m[3])
    for token in re.findall(r"[^\W\d_]+|\d+", text):
        if token.isdigit():
            if len(token) == 4 and token[0] in "12":  # a year ('0935', a time written without its colon, is none)
                year = int(token)
            elif day is None and 1 <= int(token) <= 31:
                day = int(token)
        elif month is None:
            month = month_number(token)
    return year, month, day


def other_reading(text: str) -> str:
    """The month-first reading of a slashed date whose day-first reading parse_parts took ('02/05/2025' read as
    2 May: 5 February), '' when the date is not ambiguous."""
    m = re.fullmatch(r"\s*(\d{1,2})/[ \xa0]?(\d{1,2})/[ \xa0]?(\d{4})\.?(?:,?\s+\d{1,2}[:.]\d{2})?\s*", text)
    if not m or int(m[1]) > 12 or int(m[2]) > 12 or m[1].lstrip("0") == m[2].lstrip("0"):
        return ""
    return iso(int(m[3]), int(m[1]), int(m[2]))


def told_month(first: str, second: str, text: str) -> str:
    """Of two readings of a date, the one whose month the text names, with a day, when it names only that one ('… a
    state visit to China on February 4-7, held talks … today' under '02/05/2025'), else the first."""
    named = {MONTHS[w.lower()] for pair in _MONTH_WITH_DAY.findall(text) for w in pair if w.lower() in MONTHS}
    months = int(first[5:7]), int(second[5:7])
    return second if months[1] in named and months[0] not in named else first


_MONTH_WITH_DAY = re.compile(r"\b([A-Z][a-z]+)\.? \d{1,2}\b|\b\d{1,2} ([A-Z][a-z]+)\b")


def iso(year: int | None, month: int | None = None, day: int | None = None) -> str:
    """ISO string at the precision known: YYYY-MM-DD, YYYY-MM, YYYY or ''."""
    if year is None:
        return ""
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return f"{year:04d}-{month:02d}"


def parse_date(text: str) -> str:
    """ISO form of a written date ('23 December 2014', 'Nov. 8, 2011'), '' if it has no year."""
    return iso(*parse_parts(text))


def year_before(month: int, day: int, anchor: str) -> str:
    """The latest date with this month and day on or before an ISO anchor date ('' if no anchor)."""
    if len(anchor) < 10:
        return ""
    ref = date.fromisoformat(anchor)
    year = ref.year if (month, day) <= (ref.month, ref.day) else ref.year - 1
    return iso(year, month, day)
