"""Read raw pages from disk whatever their state: decode, recognise HTML, refuse binaries, spot duplicates.

Every entry of the raw folder that needs attention gets one line in the report, naming it, what
happened and what to do; nothing here raises for a bad file. Only the files directly in the raw
folder are pages: sub-folders (and links to folders) are named, not read; FIFOs, sockets and devices
are named and never opened.

Decoding, in order: a file that opens with the signature of another format (PDF, PNG, ZIP ...) is
refused; a byte-order mark names UTF-32, UTF-16 or UTF-8; NUL bytes with no mark may be UTF-32 or
UTF-16; clean UTF-8 is UTF-8; UTF-8 with far more valid multi-byte characters than invalid bytes is
UTF-8 with those bytes replaced by U+FFFD; anything else is decoded with each candidate of
data/encodings.txt, and the most plausible text wins (see `garbled`). Decoded text that is over 5%
unprintable is binary after all, and a file of only invisible characters is empty.
"""
from __future__ import annotations

import codecs
import csv
import hashlib
import os
import re
import stat
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .paths import PACKAGE_DATA

# Byte-order marks, longest first (UTF-32-LE's mark begins with UTF-16-LE's).
_BOMS = ((b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\xef\xbb\xbf", "utf-8"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
_CONTROLS = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_HIGH = re.compile(rb"[\x80-\xff]")
_BINARY_BYTE = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")  # no text holds these (tab, newlines, form feed, ESC aside)
_BINARY_BYTES = bytes(b for b in range(256) if _BINARY_BYTE.match(bytes([b])))  # the same, for bytes.translate
_SAFE = re.compile(rb"[\x00-\x2f]")  # bytes that are never part of a multi-byte character in any candidate
_JUNK = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff\ufdd0-\ufdef\ufffe\uffff]")
_UNUSUAL = re.compile("[^\t\n\x0c\r\x20-\x7e]")  # all but printable ASCII and its spacing, never junk
_SPACE = re.compile(r"\s")  # what str.isspace() accepts
_INVISIBLE = re.compile(r"[\s\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u034f\u180e]*")
_ASCII_SPACES = " \t\x0b\x0c\x1c\x1d\x1e\x1f"  # what str.rstrip strips in ASCII text, newlines aside
_NONASCII_WORD = re.compile(r"\S*[^\x00-\x7f]\S*")
JUNK_SHARE, JUNK_MIN = 0.05, 3  # decoded text with a larger share (and more) unprintable characters is not text
SAMPLE_BYTES, SAMPLE_REACH = 1 << 15, 2000
_GROUPED_SCRIPTS = {"LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "GEORGIAN"}  # alphabets a word does not mix
_QUIET = set("‘’‚‛“”„‟«»‹›‐‑‒–—―…•·°′″ʼ")  # punctuation that may touch letters in real text
_OPENERS = set("¿¡")

_DOCUMENT = re.compile(r"\A(?:\s|\ufeff|<!--.*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body)[\s>/]", re.I | re.S)
_LEADING_TAG = re.compile(r"\A(?:\s|\ufeff|<!--.*?-->)*<[a-zA-Z][\w:-]*(?:\s[^<>]*)?/?>", re.S)
_CLOSING_TAG = re.compile(r"</[a-zA-Z][\w:-]*\s*>")
_ANY_TAG = re.compile(r"</?[a-zA-Z][\w:-]*(?:\s[^<>]*)?/?>")
_TAG_SCAN = re.compile(r"<(/?)([a-zA-Z][\w:-]*)[^<>]*?(/?)>")
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
         "wbr", "keygen", "command", "basefont", "frame", "isindex"}
HTML_PARSER_DEPTH = 255  # libxml2's default: lxml keeps nothing nested deeper (trafilatura then finds only the title)
FLAT_DEPTH = 200  # a deeper page is flattened below this level before it is read
_KEEP_WHEN_FLAT = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "hr", "pre", "table", "tr", "td", "th",
                   "script", "style", "noscript", "template", "title"}


class Refused(Exception):
    """A file that is not a page: the message says what it is and what to do."""


@dataclass
class Page:
    """One raw page, decoded to text, with what happened while reading it."""

    source_file: str
    text: str
    encoding: str = "utf-8"
    kind: str = "text"
    duplicate_of: str = ""
    notes: list[tuple[str, str]] = field(default_factory=list)  # what the reader found, and how to fix it
    meta: dict[str, str] = field(default_factory=dict)  # what an HTML page states about itself (see html.py)
    key: str = ""  # what its article ids begin with (see id_keys); the name without its extension by default

    def __post_init__(self):
        self.key = self.key or stem(self.source_file)

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


@dataclass
class Decoded:
    """Text decoded from a file's bytes, the encoding, and what the reader had to do (finding, fix)."""

    text: str
    encoding: str
    findings: list[tuple[str, str]] = field(default_factory=list)


# -- data --------------------------------------------------------------------------------
@cache
def candidate_encodings() -> tuple[str, ...]:
    """The legacy encodings of data/encodings.txt, best first."""
    lines = (PACKAGE_DATA / "encodings.txt").read_text(encoding="utf-8").splitlines()
    return tuple(codecs.lookup(l.strip()).name for l in lines if l.strip() and not l.startswith("#"))


@cache
def signatures() -> tuple[tuple[bytes, str], ...]:
    """File signatures of formats that are not pages (data/signatures.csv), longest first."""
    with open(PACKAGE_DATA / "signatures.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    return tuple(sorted(((bytes.fromhex(r["hex"]), r["kind"]) for r in rows), key=lambda s: -len(s[0])))


# -- names -------------------------------------------------------------------------------
def stem(name: str) -> str:
    """A file name without its extension: 'x.txt' gives 'x'."""
    return name.rsplit(".", 1)[0]


def printable_name(name: str) -> str:
    """A file name as UTF-8 text: bytes that are not UTF-8 written as \\xNN (so tables can be written)."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def id_keys(names: list[str]) -> dict[str, str]:
    """Each file's article-id key: its name without the extension, or its whole name when another file
    would get the same key ('x.txt' beside 'x.html' or 'x'): unique whatever the names."""
    keys = {n: stem(n) for n in names}
    while True:
        count = Counter(keys.values())
        clash = [n for n, k in keys.items() if count[k] > 1 and k != n]
        if not clash:
            return keys
        for n in clash:
            keys[n] = n


# -- what a file is ----------------------------------------------------------------------
def signature_of(data: bytes) -> str:
    """The format a file's first bytes announce ('PDF', 'PNG image' ...), or ''."""
    return next((kind for sig, kind in signatures() if data.startswith(sig)), "")


def is_binary(head: bytes) -> bool:
    """True when bytes of an 8-bit file are not text: NUL bytes or many control characters."""
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROLS))
    return controls > 0.05 * max(len(head), 1)


def binary_tail(data: bytes) -> tuple[int, str]:
    """Where binary data appended to a text page begins, and what it is: at a known signature just
    before the first byte no text holds (NUL, a control), else at the start of that byte's line when
    at least 64 bytes follow, over 5% of them such bytes, and they are not valid UTF-8 (a stray NUL
    in a text is not an appended file); (-1, '') when there is none."""
    if len(data.translate(None, _BINARY_BYTES)) == len(data):  # none: six times faster to tell than to search
        return -1, ""
    m = _BINARY_BYTE.search(data)
    first = m.start()
    lo = max(0, first - 4096)
    at, kind = max((data.rfind(sig, lo, first + len(sig)), kind) for sig, kind in signatures())
    if at >= 0:
        return at, kind
    start = data.rfind(b"\n", 0, first) + 1
    tail = data[start:start + 8192]
    dense = len(_BINARY_BYTE.findall(tail)) > 0.05 * len(tail)
    return (start, "") if len(data) - start >= 64 and dense and not valid_utf8(data[start:]) else (-1, "")


def valid_utf8(data: bytes) -> bool:
    """True when the bytes are UTF-8 text (control characters and all): then they are kept as text,
    however odd, for an appended file is not valid UTF-8 unless it opens with a signature."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def junk(text: str) -> tuple[int, float]:
    """How many unprintable characters (controls, private use, unassigned, U+FFFD) the text's first
    64 K characters hold, and their share of the visible ones. Only the characters other than
    printable ASCII, which a regex picks out in one scan, are tallied and tested (most text has few);
    the visible ones are counted only when there is junk to share among them."""
    head = text[:65536]
    unusual = Counter(_UNUSUAL.findall(head))
    bad = sum(n for c, n in unusual.items() if _JUNK.match(c) or unicodedata.category(c) in ("Cn", "Cs"))
    if not bad:
        return 0, 0.0
    return bad, bad / max(len(head) - len(_SPACE.findall(head)), 1)


def junk_share(text: str) -> float:
    """The share of unprintable characters among the visible ones (see `junk`)."""
    return junk(text)[1]


def is_blank(text: str) -> bool:
    """True when the text holds nothing visible: whitespace, byte-order marks, zero-width spaces."""
    return _INVISIBLE.fullmatch(text) is not None


def line_at(prefix: str) -> int:
    """The line number (from 1) where a text continues after `prefix`."""
    return prefix.count("\n") + prefix.count("\r") - prefix.count("\r\n") + 1


# -- decoding ----------------------------------------------------------------------------
def lenient(data: bytes, encoding: str) -> Decoded:
    """Decode with `encoding`, replacing what is not valid by U+FFFD and saying how many bytes, where."""
    try:
        return Decoded(data.decode(encoding), encoding)
    except UnicodeDecodeError as err:
        first = err.start
    text, kept = data.decode(encoding, "replace"), data.decode(encoding, "ignore")
    bad = len(data) - len(kept.encode(encoding))
    where = line_at(data[:first].decode(encoding, "replace"))
    what = f"{bad} byte{'s' if bad > 1 else ''} that {'are' if bad > 1 else 'is'} not valid {encoding.upper()}"
    return Decoded(text, encoding, [(f"{what} (first on line {where}) replaced by U+FFFD", "correct that line")])


def bom_decoded(data: bytes) -> Decoded | None:
    """A file with a UTF-32 or UTF-16 byte-order mark, decoded (the mark dropped); None without one.
    A UTF-8 mark is left to `decode_8bit`, which drops it."""
    for bom, encoding in _BOMS:
        if encoding != "utf-8" and data.startswith(bom):
            if encoding == "utf-32-le":
                try:
                    data[4:].decode(encoding)
                except UnicodeDecodeError:  # FF FE 00 00: UTF-16-LE whose first character is NUL, maybe
                    if junk_share(data[2:].decode("utf-16-le", "replace")) < JUNK_SHARE:
                        continue
            return lenient(data[len(bom):], encoding)
    return None


def wide_layout(data: bytes) -> list[str]:
    """The wide encodings the NUL bytes of a file's first 64 KB point to: UTF-32 has two NULs in every
    four bytes at fixed places, UTF-16 of mostly Latin, Cyrillic or Greek text NULs in one place of
    two; plain text with a stray NUL points to none."""
    head = data[:1 << 16]
    head = head[:len(head) - len(head) % 4]
    if not head:
        return []
    zeros = [head[k::4].count(0) * 4 / len(head) for k in range(4)]
    found = []
    if zeros[3] == 1 and zeros[2] >= 0.9:
        found.append("utf-32-le")
    if zeros[0] == 1 and zeros[1] >= 0.9:
        found.append("utf-32-be")
    odd, even = (zeros[1] + zeros[3]) / 2, (zeros[0] + zeros[2]) / 2
    if odd >= 0.2 and even <= 0.05:
        found.append("utf-16-le")
    if even >= 0.2 and odd <= 0.05:
        found.append("utf-16-be")
    return found


def wide_unicode(data: bytes) -> Decoded | None:
    """UTF-32 or UTF-16 without a byte-order mark: NUL bytes laid out as in one (see wide_layout), and
    a clean decode to printable text; None otherwise."""
    if b"\x00" not in data[:4096]:
        return None
    for encoding in wide_layout(data):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if junk_share(text) < 0.01:
            return Decoded(text, encoding, [("it has no byte-order mark", "")])
    return None


def utf8_evidence(data: bytes) -> tuple[int, int]:
    """Valid multi-byte UTF-8 characters and invalid spots in the bytes: the first are rare by chance in a
    legacy encoding, the second in UTF-8."""
    kept = data.decode("utf-8", "ignore")
    multibyte = len(kept) - len(kept.encode("ascii", "ignore"))
    return multibyte, len(data.decode("utf-8", "replace")) - len(kept)


def sample(data: bytes) -> list[bytes]:
    """Pieces of the bytes around their non-ASCII bytes (the only ones a choice of encoding changes):
    each begins at a line start or after a byte no multi-byte character holds, up to 32 KB in all."""
    pieces, size, pos = [], 0, 0
    while size < SAMPLE_BYTES:
        m = _HIGH.search(data, pos)
        if m is None:
            break
        at = m.start()
        start = data.rfind(b"\n", 0, at) + 1
        if at - start > SAMPLE_REACH:
            safe = _SAFE.search(data, at - SAMPLE_REACH, at)
            start = safe.end() if safe else start
        end = data.find(b"\n", at)
        end = min(len(data) if end < 0 else end, at + SAMPLE_REACH)
        pieces.append(data[start:end])
        size, pos = size + end - start, end + 1
    return pieces


def decode_pieces(pieces: list[bytes], encoding: str, errors: str = "strict") -> str | None:
    """The sampled pieces decoded and joined by newlines (a character cut at a piece's end is left out);
    None when one does not decode."""
    out = []
    for piece in pieces:
        try:
            out.append(codecs.getincrementaldecoder(encoding)(errors).decode(piece, final=False))
        except UnicodeDecodeError:
            return None
    return "\n".join(out)


def script(ch: str) -> str:
    """The alphabet of a letter ('LATIN', 'CYRILLIC', 'GREEK' ...), or '' for any other script."""
    name = unicodedata.name(ch, "").split(" ", 1)[0]
    return name if name in _GROUPED_SCRIPTS else ""


def garbled(word: str) -> bool:
    """True when a word looks like text decoded with the wrong encoding: an unprintable character or
    U+FFFD; letters of two alphabets ('Cafщ'); a lower-case letter before a capital, one of them
    non-ASCII ('пУТИН'); a symbol before a letter of an alphabet ('£odzi', 'w³adza', but not the
    '，' before a Chinese character); or mostly accented Latin
    letters only, four or more ('Âëàäèìèð', not 'Łódź' or 'görüştü')."""
    letters = accented = 0
    scripts = set()
    prev = ""
    for i, ch in enumerate(word):
        cat = unicodedata.category(ch)
        if ch == "\ufffd" or cat in ("Cc", "Co", "Cn", "Cs"):
            return True
        nxt = word[i + 1] if i + 1 < len(word) else ""
        if cat[0] == "L":
            letters += 1
            alphabet = "LATIN" if ch < "\x80" else script(ch)
            if alphabet:
                scripts.add(alphabet)
            accented += alphabet == "LATIN" and ch >= "\x80"
            if prev and prev.islower() and cat == "Lu" and (ch >= "\x80" or prev >= "\x80"):
                return True
        elif ch >= "\x80" and cat[0] in "SPN" and cat != "Nd" and ch not in _QUIET and nxt.isalpha() \
                and (nxt < "\x80" or script(nxt)) and (prev.isalpha() or ch not in _OPENERS):
            return True
        prev = ch
    return len(scripts) > 1 or (letters >= 4 and accented == letters)


def oddity(text: str) -> int:
    """How many words of the text look garbled (see `garbled`; each distinct word judged once)."""
    return sum(n for word, n in Counter(_NONASCII_WORD.findall(text)).items() if garbled(word))


def mess(text: str) -> float:
    """charset-normalizer's mess ratio of the text (0 for clean text; its measure of implausibility)."""
    from charset_normalizer.md import mess_ratio

    return mess_ratio(text, maximum_threshold=1.0)


def most_plausible(data: bytes, utf8_first: bool) -> Decoded:
    """Decode bytes that are not clean UTF-8 with the candidate whose text looks least garbled on the
    sampled lines (then least messy, then first listed; UTF-8 with U+FFFD for its invalid bytes is a
    candidate, first when `utf8_first`)."""
    pieces = sample(data)
    names = (["utf-8"] if utf8_first else []) + list(candidate_encodings()) + ([] if utf8_first else ["utf-8"])
    scored, judged = [], {}
    for order, encoding in enumerate(names):
        text = decode_pieces(pieces, encoding, "replace" if encoding == "utf-8" else "strict")
        if text is not None:
            judged[text] = judged[text] if text in judged else oddity(text)  # encodings that agree, judged once
            scored.append([judged[text], None, order, encoding, text])
    best = min(s[0] for s in scored)
    for s in scored:
        if s[0] == best:
            s[1] = round(mess(s[4]), 3)
    for _, _, _, encoding, _ in sorted(s for s in scored if s[1] is not None):
        if encoding == "utf-8":
            return lenient(data, "utf-8")
        try:
            return Decoded(data.decode(encoding), encoding)
        except UnicodeDecodeError:  # a byte outside the sample it cannot decode: the next best
            continue
    return Decoded(data.decode("latin_1"), "latin_1")


def decode_8bit(data: bytes) -> Decoded:
    """Decode a file without a UTF-16/32 mark: UTF-8 if clean, or with far more valid multi-byte
    characters than invalid spots (those replaced); else the most plausible candidate."""
    bom = data.startswith(b"\xef\xbb\xbf")
    body = data[3:] if bom else data
    try:
        return Decoded(body.decode("utf-8"), "utf-8-sig" if bom else "utf-8")
    except UnicodeDecodeError:
        pass
    multibyte, bad = utf8_evidence(body)
    if multibyte >= 2 * bad:
        return lenient(body, "utf-8")
    decoded = most_plausible(body, utf8_first=bom)
    if bom and decoded.encoding != "utf-8":
        decoded.findings.append(("despite its UTF-8 byte-order mark", ""))
    return decoded


def decode(data: bytes) -> Decoded:
    """Decode a file's bytes into the page's text; raise Refused when it is not a text page."""
    kind = signature_of(data)
    if kind == "PDF":
        raise Refused("a PDF, not a text page; skipped - convert it to text (e.g. with pdftotext) first")
    if kind:
        raise Refused(f"binary file (a {kind}), not a text page; skipped - save the page's text (or HTML) instead")
    decoded = bom_decoded(data) or wide_unicode(data)
    if decoded is None:
        findings = []
        cut, kind = binary_tail(data)
        if cut >= 0:
            if is_blank(data[:cut].decode("latin_1")):
                raise Refused(f"binary file{f' (a {kind})' if kind else ''}, not a text page; skipped - "
                              "convert it to UTF-8 text (or HTML) first")
            where = data[:cut].count(b"\n") + 1
            findings.append((f"text followed by binary data{f' (a {kind})' if kind else ''} from line {where} on, "
                             "which is left out", "remove the binary part from the file"))
            data = data[:cut]
        if is_binary(data[:8192]):
            raise Refused("binary file, not a text page; skipped - convert it to UTF-8 text (or HTML) first")
        decoded = decode_8bit(data)
        decoded.findings[:0] = findings
    count, share = junk(decoded.text)
    if share > JUNK_SHARE and count > JUNK_MIN:
        raise Refused(f"binary file, not a text page (read as {decoded.encoding} it is {share:.0%} unprintable "
                      "characters); skipped - convert it to UTF-8 text (or HTML) first")
    if decoded.text.startswith("\ufeff"):
        decoded.text = decoded.text[1:]
    if is_blank(decoded.text):
        raise Refused("empty file (nothing visible: only a byte-order mark, zero-width or other blank characters); "
                      "skipped - delete it or put the page's text in it")
    return decoded


# -- HTML --------------------------------------------------------------------------------
def looks_like_html(text: str, name: str = "") -> bool:
    """True when the text is an HTML document: it opens as one (doctype, <html>, <head>, <body>); or it
    opens with a tag and closes one; or it is named .html and holds a tag. A text page that quotes
    <p>…</p> or <html> in a line is not."""
    head = text[:5000]
    if _DOCUMENT.match(head):
        return True
    if Path(name).suffix.lower() in HTML_SUFFIXES:
        return _ANY_TAG.search(head) is not None
    return _LEADING_TAG.match(head) is not None and _CLOSING_TAG.search(head) is not None


def rough_depth(html: str) -> int:
    """How deep the page's elements nest, counted from its tags (an upper bound: unclosed tags count)."""
    depth = deepest = 0
    for m in _TAG_SCAN.finditer(html):
        closing, name, selfclosing = m.groups()
        if closing:
            depth = max(depth - 1, 0)
        elif not selfclosing and name.lower() not in _VOID:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def flatten_deep(html: str) -> tuple[str, int]:
    """The page with the elements below level FLAT_DEPTH unwrapped (their text and paragraphs kept), and
    how deep it nested; the page unchanged when it nests no deeper than the HTML parser reads."""
    if rough_depth(html) <= HTML_PARSER_DEPTH - 5:
        return html, 0
    import lxml.etree
    import lxml.html

    root = lxml.html.document_fromstring(html, parser=lxml.html.HTMLParser(huge_tree=True))
    depth = deepest = 0
    edge = []
    for event, el in lxml.etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
        if event == "start" and depth == FLAT_DEPTH:
            edge.append(el)
    if deepest <= HTML_PARSER_DEPTH - 5:
        return html, 0
    for el in edge:
        names = {d.tag for d in el.iterdescendants() if isinstance(d.tag, str)} - _KEEP_WHEN_FLAT
        lxml.etree.strip_tags(el, *names)
    return lxml.html.tostring(root.getroottree(), encoding="unicode"), deepest


def read_html_page(text: str) -> tuple[str, dict, list[tuple[str, str]]]:
    """The main text and stated fields of an HTML page (html.read_html), and what was done to read it."""
    from .html import read_html

    source, deepest = flatten_deep(text)
    findings = []
    if deepest:
        findings.append((f"HTML nested {deepest:,} levels deep (the parser reads {HTML_PARSER_DEPTH}), "
                         f"read after unwrapping the elements below level {FLAT_DEPTH}", "simplify the page's nesting"))
    html = read_html(source)
    return html.text, html.meta, findings


# -- pages -------------------------------------------------------------------------------
def normalise_page(text: str) -> str:
    """Newlines unified and trailing whitespace dropped; line numbers stay those of the file. A text
    ASCII text that needs neither is returned as it is (a long page is not copied three times over)."""
    if text.isascii() and "\r" not in text and not text[-1:].isspace() and not any(
            c + "\n" in text for c in _ASCII_SPACES):
        return text
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")).rstrip()


def notice(label: str, findings: list[tuple[str, str]], outcome: str = "read") -> str:
    """One line for a file: what was found, what was done, and how to silence it ('' for no findings)."""
    if not findings:
        return ""
    fixes = list(dict.fromkeys(fix for _, fix in findings if fix))
    advice = f" - {', '.join(fixes)} to silence this" if fixes else ""
    return f"{label}: {'; '.join(what for what, _ in findings)}; {outcome}{advice}"


def read_page(path: Path, label: str, name: str | None = None) -> tuple[Page | None, str]:
    """Read one file; return the page (or None) and a one-line message ('' when all went well; what
    the reader found is also in the page's notes)."""
    name = name or printable_name(path.name)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, f"{label}: cannot be read ({exc.strerror or exc}); skipped - check that the file exists and is readable"
    if not data.strip():
        return None, f"{label}: empty file; skipped - delete it or put the page's text in it"
    try:
        decoded = decode(data)
    except Refused as refusal:
        return None, f"{label}: {refusal}"
    del data  # a long page's bytes need not outlive its text
    notes = list(decoded.findings)
    if decoded.encoding not in ("utf-8", "utf-8-sig"):
        notes.insert(0, (f"not UTF-8, decoded as {decoded.encoding}", "save it as UTF-8"))
    if name != path.name:
        notes.append((f"file name is not UTF-8, recorded as {name!r}", "rename the file"))
    page = Page(source_file=name, text=normalise_page(decoded.text), encoding=decoded.encoding, notes=notes)
    if looks_like_html(page.text, name):
        text, page.meta, found = read_html_page(page.text)
        page.text, page.kind = normalise_page(text), "html"
        notes += found
        if not page.text.strip():
            what = "".join(f"{w}; " for w, _ in notes)
            return None, f"{label}: {what}HTML page with no readable text; skipped - save the article's text instead"
    return page, notice(label, notes)


def entry_kind(path: Path) -> str:
    """'file' for a regular file or a link to one (or a broken link, which reading reports), else what
    the entry is: 'folder', 'link to a folder', 'FIFO (named pipe)', 'socket', 'device'."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return "file"
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return "link to a folder" if path.is_symlink() else "folder"
    if stat.S_ISFIFO(mode):
        return "FIFO (named pipe)"
    return "socket" if stat.S_ISSOCK(mode) else "device"


def raw_entries(raw_dir: Path) -> list[tuple[Path, str]]:
    """Every entry of a raw folder that is not hidden, in name order, with its kind (see entry_kind)."""
    return [(p, entry_kind(p)) for p in sorted(Path(raw_dir).iterdir()) if not p.name.startswith(".")]


def text_digest(text: str) -> str:
    """The SHA-256 of a page's text: two files with the same digest are the same page."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def duplicate_notice(label: str, notes: list, original: str) -> str:
    """The one line for a page that repeats an earlier one."""
    return notice(label, list(notes) + [(f"duplicate of {original}", "delete one of the two copies")], "counted once")


def skip_entry(label: str, kind: str, raw_dir: Path) -> str:
    """The one line for an entry that is not a file: what it is and what to do."""
    if kind in ("folder", "link to a folder"):
        return (f"{label}: a {kind}, not read (pages are the files directly in {printable_name(str(raw_dir))}); "
                f"skipped - move its pages up, or build it with --raw {label}")
    return f"{label}: a {kind}, not a regular file; skipped - pages must be ordinary files"


def read_pages(raw_dir: Path) -> ReadReport:
    """Read every page of a folder; report problems one line each, never raise for a bad file."""
    report = ReadReport()
    seen: dict[str, str] = {}
    entries = raw_entries(raw_dir)
    keys = id_keys([printable_name(p.name) for p, kind in entries if kind == "file"])
    for path, kind in entries:
        label, name = printable_name(str(path)), printable_name(path.name)
        if kind != "file":
            page, message = None, skip_entry(label, kind, raw_dir)
        else:
            page, message = read_page(path, label, name)
        if page is not None:
            page.key = keys[name]
            digest = text_digest(page.text)
            if digest in seen:
                page.duplicate_of = seen[digest]
                message = duplicate_notice(label, page.notes, seen[digest])
            else:
                seen[digest] = page.source_file
            report.pages.append(page)
        else:
            report.skipped[name] = message
        if message:
            report.messages.append(message)
    return report
