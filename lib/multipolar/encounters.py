"""Bilateral encounters (visits, meetings, talks, phone calls) as dated events between two countries.

Rules are general: triggers and cues in data/lexicons/encounters.toml, places in cities.csv, and the
countries of the people and bodies named come from the entity gazetteer.
"""
from __future__ import annotations

import re
import tomllib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

import pandas as pd

from .dateexpr import find_dates, parse_ref
from .entities import find_mentions, iso3
from .lexicon import LEXICONS, literal_regex, read_csv
from .tokens import lowered, sentence_spans

EVENT_COLUMNS = ["event_id", "article_id", "type", "country_a", "country_b", "host", "start", "end",
                 "status", "visit_id", "actors", "evidence"]
DATED_KINDS = ("range", "month-day", "weekday", "relative", "month")


@dataclass(frozen=True)
class Rules:
    """Compiled triggers, cues and the place gazetteer."""

    triggers: tuple  # (type, pattern, stems)
    stems: tuple  # every trigger's stems
    planned: re.Pattern
    skip: re.Pattern
    third_party: re.Pattern
    cities: dict
    city_pattern: re.Pattern


@cache
def rules() -> Rules:
    """Load encounters.toml and cities.csv once."""
    spec = tomllib.loads((LEXICONS / "encounters.toml").read_text(encoding="utf-8"))
    cities = {r["city"]: iso3(r["country"]) for r in read_csv("cities.csv")}
    triggers = tuple((t["type"], re.compile(t["pattern"]), tuple(t["stems"])) for t in spec["trigger"])
    return Rules(triggers, tuple(dict.fromkeys(s for t in triggers for s in t[2])),
                 re.compile(spec["cue"]["planned"], re.I), re.compile(spec["cue"]["skip"], re.I),
                 re.compile(spec["cue"]["third_party"], re.I), cities, literal_regex(list(cities)))


BACKGROUND = re.compile(r"(?:prior to|before|after|following|ahead of) (?:his|her|their|the)\s*(?:[\w-]+\s+){0,2}$", re.I)


def stem_sentences(text: str, spans: tuple[tuple[int, int], ...]) -> set[int]:
    """Indexes of the sentences holding a trigger stem, from one str.find pass per stem over the
    lower-cased text (much faster than any regex over the whole text)."""
    low = lowered(text)
    if low is None:
        return {i for i, (s0, s1) in enumerate(spans) if has_stem(text[s0:s1])}
    starts, hot = [s0 for s0, _ in spans], set()
    for stem in rules().stems:
        i = low.find(stem)
        while i >= 0:
            hot.add(bisect_right(starts, i) - 1)
            i = low.find(stem, i + 1)
    return hot


def has_stem(sentence: str) -> bool:
    """True when a sentence holds one of the trigger stems."""
    low = sentence.lower()
    return any(stem in low for stem in rules().stems)


def trigger(sentence: str) -> tuple[str, re.Match] | None:
    """The encounter type a sentence announces, with the trigger match (background mentions skipped)."""
    low = sentence.lower()
    for kind, pattern, stems in rules().triggers:
        if not any(stem in low for stem in stems):
            continue
        for m in pattern.finditer(sentence):
            if not BACKGROUND.search(sentence[:m.start()]):
                return kind, m
    return None


def place_country(sentence: str, country_mentions: list[dict], offset: int) -> str:
    """Country of the place an encounter happened: 'in <city>' or 'in <country>' in the sentence."""
    r = rules()
    for m in re.finditer(r"\b(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w]+\s+city\s+of\s+)?", sentence):
        rest = sentence[m.end():]
        c = r.city_pattern.match(rest)
        if c:
            return r.cities[c.group()]
        for cm in country_mentions:
            if cm["start"] - offset == m.end() and cm["kind"] == "country":
                return cm["key"]
    return ""


LIST_GAP = re.compile(r"[,\s]*(?:[A-Z][a-z]+\.? \d{1,2}(?:[-–]\d{1,2})?,?\s*)?(?:and\s+)?(?:the\s+)?")
CLAUSE_END = re.compile(r" at the invitation| by | during|, during| to (?:attend|take part|pay|meet)| where| which"
                        r"| for | in order|;| as (?:his|her|their)|, (?:and )?(?:paid|attended|met)")


def visit_destinations(sentence: str, trig: re.Match, mentions: list[dict], offset: int) -> list[str]:
    """Countries visited: named in the trigger ('made X his first stop', 'X visit') or in the clause after it."""
    countries = [m for m in mentions if m["kind"] == "country"]
    inside = [m["key"] for m in countries if trig.start() <= m["start"] - offset < trig.end()
              and not sentence[:m["start"] - offset].endswith("from ")]
    if inside:
        return [(inside[0], trig.start())]
    start = trig.end()
    if trig.group().lower().startswith("visit of"):
        to = re.search(r" to (?=[A-Z])", sentence[start:])
        start = start + to.end() if to else len(sentence)
    end = CLAUSE_END.search(sentence, start)
    end = end.start() if end else len(sentence)
    out, last_end = [], start
    for m in countries:
        pos = m["start"] - offset
        place_word = re.match(r"\s+(?:city|capital|port)\b", sentence[m["end"] - offset:])
        if not (start <= pos < end) or (m["form"] == "demonym" and not place_word):
            continue
        gap = sentence[last_end:pos]
        if (not out and len(gap) <= 45) or (out and LIST_GAP.fullmatch(gap)):
            out.append((m["key"], pos))
            last_end = m["end"] - offset
        elif out:
            break
    city = rules().city_pattern.search(sentence, start, end)
    if not out and city:
        out.append((rules().cities[city.group()], city.start()))
    seen = {}
    for key, pos in out:
        seen.setdefault(key, pos)
    return list(seen.items())


def participants(mentions: list[dict], exclude: str = "") -> list[str]:
    """Countries of the people and national bodies named, then of the countries named, first seen first."""
    people = [m["country"] for m in mentions if m["kind"] in ("person", "organisation") and m["country"]]
    places = [m["key"] for m in mentions if m["kind"] == "country"]
    seen = list(dict.fromkeys(people + places))
    if len(seen) > 2 and exclude and exclude not in people:
        seen = [c for c in seen if c != exclude]
    return seen


def best_date(dates: list[dict], planned: bool = False) -> tuple[str, str]:
    """Start and end of the first (for plans, the last) resolved day, range or month in a sentence."""
    dates = [d for d in dates if not (d["surface"].lower().endswith("ago") and len(d["value_start"]) == 4)]
    if planned:
        dates = dates[::-1]
    for d in dates:
        if d["kind"] in DATED_KINDS + ("mdy", "dmy") and d["value_start"] and d["method"] != "relative to the reference year":
            return d["value_start"], d["value_end"]
    for d in dates:
        if d["kind"] in ("year", "relative") and d["value_start"]:
            return d["value_start"], ""
    return "", ""


def during_visit(visit: tuple | None, start: str) -> str:
    """Host of an earlier visit by the same pair when the encounter is undated or falls inside it."""
    if not visit:
        return ""
    host, v0, v1 = visit
    if not start:
        return host
    if not v1:
        return host if v0 and (v0[:len(start)] == start or (start >= v0 and start[:7] == v0[:7])) else ""
    return host if v0 and v0[:len(start)] <= start <= v1 + "~" else ""


def article_events(article_id: str, text: str, ref_date: str, mentions: list[dict] | None = None,
                   dates: list[dict] | None = None, spans: tuple | None = None) -> list[dict]:
    """Encounters stated in one article, one row per country pair and sentence (mentions, dates and
    sentence spans are found here unless the caller passes them)."""
    if mentions is None:
        mentions = find_mentions(text, article_id)
    if dates is None:
        dates = find_dates(text, parse_ref(ref_date), article_id)
    events, last_pair, visit_host = [], None, {}
    spans = sentence_spans(text) if spans is None else spans
    m_starts = [m["start"] for m in mentions]

    def mentions_in(s0: int, s1: int) -> list[dict]:
        return mentions[bisect_left(m_starts, s0):bisect_left(m_starts, s1)]

    summit_place = "" if "sidelines" not in text else next((p for s0, s1 in spans if re.search(r"\b(?:summit|[Ss]ummit|Meeting)\b", text[s0:s1])
                         for p in [place_country(text[s0:s1], mentions_in(s0, s1), s0)] if p), "")
    hot = stem_sentences(text, spans)
    for s0, s1 in (span for i, span in enumerate(spans) if i in hot):
        sentence = text[s0:s1]
        found = trigger(sentence)
        if not found or rules().skip.search(sentence):
            continue
        kind, trig = found
        ms = mentions_in(s0, s1)
        ds = [d for d in dates if s0 <= d["start"] < s1]
        place = place_country(sentence, ms, s0) or (summit_place if rules().third_party.search(sentence) else "")
        countries = participants(ms, exclude=place if kind != "visit" else "")
        hosts = [""]
        dest_pos = {}
        if kind == "visit":
            dest_pos = dict(visit_destinations(sentence, trig, ms, s0))
            dest = list(dest_pos)
            visitors = [c for c in participants([m for m in ms if m["kind"] != "country"]) if c not in dest] or \
                [c for c in countries if c not in dest]
            if dest and not visitors and last_pair:
                visitors = [c for c in last_pair if c not in dest]
            pairs = [(visitors[0], d) for d in dest] if dest and visitors else []
            hosts = dest
        else:
            pairs = [(countries[0], countries[1])] if len(countries) >= 2 else []
        if not pairs and last_pair and (not countries or set(countries) <= set(last_pair)):
            pairs = [last_pair]
            hosts = [""] if kind != "visit" else hosts
        if not pairs:
            continue
        status = "planned" if rules().planned.search(sentence) else "held"
        start, end = best_date(ds, status == "planned")
        if status == "planned" and any(d["kind"] == "weekday" for d in ds) and ref_date and start and start < ref_date:
            start = (date.fromisoformat(start) + timedelta(days=7)).isoformat()
        for (a, b), host in zip(pairs, hosts * len(pairs) if len(hosts) == 1 else hosts):
            if len(dest_pos) > 1 and host in dest_pos:
                own = [d for d in ds if d["start"] - s0 > dest_pos[host]]
                start, end = best_date(own) if own else best_date(ds, status == "planned")
            if kind == "phone_call":
                host = ""
            elif kind != "visit":
                host = place or during_visit(visit_host.get(frozenset((a, b))), start) or summit_place or host
            if kind == "visit" and host and status == "held":
                visit_host[frozenset((a, b))] = (host, start, end)
            events.append({"article_id": article_id, "type": kind, "country_a": min(a, b), "country_b": max(a, b),
                           "host": host, "start": start, "end": end,
                           "status": status,
                           "actors": "; ".join(dict.fromkeys(m["key"] for m in ms if m["kind"] == "person")),
                           "evidence": sentence})
            last_pair = (a, b)
    return events


def _covers(visit: dict, other: dict) -> bool:
    """True when `other` happened during the visit (same pair, date inside the visit's span)."""
    if (visit["country_a"], visit["country_b"]) != (other["country_a"], other["country_b"]) or not other["start"]:
        return False
    lo, hi = visit["start"], visit["end"] or visit["start"]
    return bool(lo) and lo[:len(other["start"])] <= other["start"] <= hi + "~"


def merge_events(rows: list[dict]) -> list[dict]:
    """One row per encounter: repeated descriptions merged, meetings during a visit linked by visit_id."""
    merged: list[dict] = []
    by_pair: dict[tuple, list[dict]] = {}
    for r in rows:
        pair = by_pair.setdefault((r["country_a"], r["country_b"], r["status"]), [])
        twin = next((m for m in pair if same_kind(m, r) and same_time(m, r)), None)
        if twin is None:
            merged.append(dict(r))
            pair.append(merged[-1])
            continue
        if len(r["start"]) > len(twin["start"]) or (r["end"] and not twin["end"]):
            twin["start"], twin["end"] = r["start"], r["end"]
        twin["host"] = twin["host"] or r["host"]
        if r["type"] == "talks":
            twin["type"] = "talks"
        twin["actors"] = "; ".join(dict.fromkeys(filter(None, twin["actors"].split("; ") + r["actors"].split("; "))))
        if r["evidence"] not in twin["evidence"]:
            twin["evidence"] += " || " + r["evidence"]
    for i, e in enumerate(merged, start=1):
        e["event_id"] = f"E{i:04d}"
    for e in merged:
        pair = by_pair[(e["country_a"], e["country_b"], e["status"])]
        e["visit_id"] = e["event_id"] if e["type"] == "visit" else next(
            (v["event_id"] for v in pair if v["type"] == "visit" and _covers(v, e)), "")
    return merged


def same_kind(a: dict, b: dict) -> bool:
    """Same type, or a meeting and talks on the same day (one encounter described two ways)."""
    in_person = {"meeting", "talks"}
    return a["type"] == b["type"] or ({a["type"], b["type"]} <= in_person and len(a["start"]) == 10
                                      and a["start"] == b["start"])


def same_time(a: dict, b: dict) -> bool:
    """Two descriptions refer to the same time: equal dates, one date inside the other's span, or both undated in one article."""
    if not a["start"] or not b["start"]:
        return not a["start"] and not b["start"] and a["article_id"] == b["article_id"]
    if a["start"].startswith(b["start"]) or b["start"].startswith(a["start"]):
        return True
    for x, y in ((a, b), (b, a)):
        if x["end"] and x["start"] <= y["start"] <= x["end"]:
            return True
    return False


def events_table(articles: pd.DataFrame, ms: dict[str, list[dict]] | None = None,
                 ds: dict[str, list[dict]] | None = None) -> pd.DataFrame:
    """events.csv: one row per encounter between two countries (reuses mentions and dates found per article)."""
    rows = [e for aid, text, ref in zip(articles["article_id"], articles["text"], articles["ref_date"])
            for e in article_events(aid, text, ref, None if ms is None else ms.get(aid, []),
                                    None if ds is None else ds.get(aid, []))]
    return events_frame(rows)


def events_frame(rows: list[dict]) -> pd.DataFrame:
    """events.csv from the encounters found article by article: undated repeats dropped, the rest merged."""
    rows = [r for r in rows if r["country_a"] != r["country_b"]]
    dated = [r for r in rows if r["start"]]
    dated_pairs = {(d["article_id"], d["country_a"], d["country_b"]) for d in dated}
    undated = [r for r in rows if not r["start"] and (r["article_id"], r["country_a"], r["country_b"]) not in dated_pairs]
    return pd.DataFrame(merge_events(dated + undated), columns=EVENT_COLUMNS)


def decimal_year(value: str) -> float:
    """A resolved date (YYYY, YYYY-MM or YYYY-MM-DD) as a fractional year for time axes; NaN when empty."""
    if not value:
        return float("nan")
    parts = [int(p) for p in value.split("-")]
    year, month, day = (parts + [None, None])[:3]
    if month is None:
        return year + 0.5
    return year + (month - 1) / 12 + ((day or 15) - 1) / 365


def guest_of(row: pd.Series) -> str:
    """The visiting side of an encounter: the party that is not the host (empty when unknown or third-country)."""
    if row["host"] == row["country_a"]:
        return row["country_b"]
    if row["host"] == row["country_b"]:
        return row["country_a"]
    return ""


def host_guest(events: pd.DataFrame) -> pd.DataFrame:
    """Host × guest counts of held encounters, one per visit (third-country and unknown hosts left out)."""
    held = events[events["status"] == "held"]
    held = held.loc[~held["visit_id"].where(held["visit_id"] != "", held["event_id"]).duplicated()]
    guests = held.apply(guest_of, axis=1) if len(held) else pd.Series(dtype="str")
    keep = guests != ""
    return pd.crosstab(held.loc[keep, "host"].rename("host"), guests[keep].rename("guest"))


def pair_counts(events: pd.DataFrame) -> pd.DataFrame:
    """Country pairs with their number of encounters: source, target, weight (for a network)."""
    edges = events.groupby(["country_a", "country_b"]).size().rename("weight").reset_index()
    edges = edges.rename(columns={"country_a": "source", "country_b": "target"})
    return edges.sort_values(["weight", "source", "target"], ascending=[False, True, True]).reset_index(drop=True)
