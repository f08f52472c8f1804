"""Clean an article's body: drop injected related-article headings and repeated paragraphs."""
from __future__ import annotations

import re

from .patterns import layout
from .segment import Draft, Entry, menu_bar
from .tokens import norm

SHINGLE = 5
MIN_WORDS = 8
THRESHOLD = 0.6  # measured: summary copies score >= 0.69, unrelated paragraphs <= 0.54


def shingles(words: list[str], k: int = SHINGLE) -> set[tuple[str, ...]]:
    """The k-word windows of a list of (lower-cased) words."""
    return set(zip(*(words[i:] for i in range(k))))


def repeated_paragraphs(paragraphs: list[list[str]], threshold: float = THRESHOLD) -> set[int]:
    """Indexes of paragraphs (as word lists) whose word windows mostly recur later (a summary before its full text)."""
    later: set[tuple[str, ...]] = set()
    drop = set()
    for i in range(len(paragraphs) - 1, -1, -1):
        s = shingles(paragraphs[i])
        if len(paragraphs[i]) >= MIN_WORDS and s and len(s & later) >= threshold * len(s):
            drop.add(i)
        later |= s
    return drop


def related_headings(draft: Draft, furniture_keys: list[str]) -> set[int]:
    """Body headings that repeat a related-article title listed elsewhere on the page (normalised keys)."""
    hits = set()
    for i, line in enumerate(draft.body if furniture_keys else ()):
        if not line.is_heading:
            continue
        key = norm(line.text)
        if len(key.split()) >= 3 and any(k.startswith(key) for k in furniture_keys):
            hits.add(i)
    return hits


_RULE_LINE = re.compile(r"[.*·•_=~-](?:\s*[.*·•_=~-])+")  # ". . . . .", "* * *", "-----"


def listed_items(draft: Draft) -> dict[int, str]:
    """The list of a site's other items a page prints after an article's text, read into its body:
    two headlines or more at its end, each ending with its date ('… Telephone Call with the President
    of X, 24 April 2025'), with the rule line over them and the menu line under them (index → reason)."""
    body, dated = draft.body, layout().compile(r"{DATE}")
    i = len(body) - 1
    out: dict[int, str] = {}
    while i >= 0 and body[i].is_heading and menu_bar(body[i].text):
        out[i], i = "navigation", i - 1  # "Privacy Statement  Terms of Use  Contact Us"
    run = []
    while i >= 0 and body[i].is_heading and len(body[i].text.split()) >= 4 and any(
            m.end() == len(body[i].text) for m in dated.finditer(body[i].text)):
        run.append(i)
        i -= 1
    if len(run) < 2 or not any(not line.is_heading for line in body[:i + 1]):
        return {}
    out.update({j: "related heading" for j in run})
    if i >= 0 and _RULE_LINE.fullmatch(body[i].text):
        out[i] = "related heading"
    return out


def clean(draft: Draft, ledger: dict[int, Entry], furniture_keys: list[str]) -> None:
    """Remove related headings and repeated paragraphs from a draft, recording why in the ledger (by line number)."""
    reasons = {i: "related heading" for i in related_headings(draft, furniture_keys)} | listed_items(draft)
    kept = [i for i in range(len(draft.body)) if i not in reasons]
    for j in repeated_paragraphs([draft.body[i].words for i in kept]):
        reasons[kept[j]] = "duplicate paragraph"
    for i, reason in reasons.items():
        entry = ledger[draft.body[i].no]
        entry.role, entry.reason = "removed", reason
    draft.body = [line for i, line in enumerate(draft.body) if i not in reasons]
