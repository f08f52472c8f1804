"""Dates written in pages: parse the common English forms into ISO strings."""
from __future__ import annotations

import re
from datetime import date

MONTHS = {m: i for i, names in enumerate((
    (), ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec"))) for m in names}


WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def month_number(word: str) -> int | None:
    """Month number of an English month name or abbreviation."""
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
    for token in re.findall(r"[A-Za-z]+|\d+", text):
        if token.isdigit():
            if len(token) == 4:
                year = int(token)
            elif day is None and 1 <= int(token) <= 31:
                day = int(token)
        elif month is None:
            month = month_number(token)
    return year, month, day


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
