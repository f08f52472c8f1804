"""Read raw pages from disk whatever their state: decode, recognise HTML, refuse binaries, spot duplicates."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_WESTERN = {None, "ascii", "latin_1", "iso8859_15", "cp1252", "cp1250", "iso8859_2", "mac_roman", "cp850"}
_CONTROLS = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_HTML = re.compile(r"<!doctype html|<html[\s>]|<body[\s>]|<(?:p|div|article)[\s>].*</(?:p|div|article)>", re.I | re.S)


@dataclass
class Page:
    """One raw page, decoded to text, with what happened while reading it."""

    source_file: str
    text: str
    encoding: str = "utf-8"
    kind: str = "text"
    duplicate_of: str = ""
    notes: list[str] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)  # what an HTML page states about itself (see html.py)

    @property
    def lines(self) -> list[str]:
        """The page's lines, numbered from 1 by position."""
        return self.text.split("\n")


@dataclass
class ReadReport:
    """Pages that could be read, and one message per file that needed attention."""

    pages: list[Page] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)


def is_binary(data: bytes) -> bool:
    """True when the bytes are not text: NUL bytes or many control characters."""
    head = data[:8192]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return False
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROLS))
    return controls > 0.05 * max(len(head), 1)


def mostly_ascii_letters(text: str) -> bool:
    """True when under 30% of the letters are non-ASCII: Western text, not mojibake of another script."""
    letters = [c for c in text if c.isalpha()]
    return sum(1 for c in letters if ord(c) > 127) < 0.3 * max(len(letters), 1)


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes: BOMs and UTF-8 first; Western text as cp1252; other scripts by charset detection."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc), enc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        if mostly_ascii_letters(text):
            return text, "cp1252"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding not in _WESTERN:
        return str(best), best.encoding
    return data.decode("latin-1"), "latin-1"


def looks_like_html(text: str) -> bool:
    """True when the text is an HTML document rather than plain text."""
    return bool(_HTML.search(text[:5000]))


def normalise_page(text: str) -> str:
    """Newlines unified and trailing whitespace dropped; line numbers stay those of the file."""
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")).rstrip()


def read_page(path: Path, label: str) -> tuple[Page | None, str]:
    """Read one file; return the page (or None) and a one-line message ('' when all went well)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, f"{label}: cannot be read ({exc.strerror or exc}); skipped - check that the file exists and is readable"
    if not data.strip():
        return None, f"{label}: empty file; skipped - delete it or put the page's text in it"
    if is_binary(data):
        return None, f"{label}: binary file, not a text page; skipped - convert it to UTF-8 text (or HTML) first"
    text, encoding = decode(data)
    page = Page(source_file=path.name, text=normalise_page(text), encoding=encoding)
    message = ""
    if encoding not in ("utf-8", "utf-8-sig"):
        message = f"{label}: not UTF-8, decoded as {encoding}; read - save it as UTF-8 to silence this"
    if looks_like_html(page.text):
        from .html import read_html

        html = read_html(page.text)
        page.text, page.meta, page.kind = normalise_page(html.text), html.meta, "html"
        if not page.text.strip():
            return None, f"{label}: HTML page with no readable text; skipped - save the article's text instead"
    return page, message


def page_files(raw_dir: Path) -> list[Path]:
    """The files of a raw folder that may be pages: everything not hidden, in name order."""
    return sorted(p for p in raw_dir.iterdir() if not p.name.startswith(".") and not p.is_dir())


def read_pages(raw_dir: Path) -> ReadReport:
    """Read every page of a folder; report problems one line each, never raise for a bad file."""
    report = ReadReport()
    seen: dict[str, str] = {}
    for path in page_files(raw_dir):
        label = str(path)
        page, message = read_page(path, label)
        if page is not None:
            digest = hashlib.sha256(page.text.encode()).hexdigest()
            if digest in seen:
                page.duplicate_of = seen[digest]
                message = f"{label}: duplicate of {seen[digest]}; counted once - delete one of the two copies"
            else:
                seen[digest] = page.source_file
            report.pages.append(page)
        else:
            report.skipped[path.name] = message
        if message:
            report.messages.append(message)
    return report
