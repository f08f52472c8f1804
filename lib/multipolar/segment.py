"""Split a page into articles from its structure: titles, headers, end markers, sidebars.

Every non-blank line ends in exactly one place: an article's title, body or metadata, or a
removal with its reason. The rules that recognise site furniture live in data/layout.toml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from .lexicon import word_list
from .patterns import LineRule, layout
from .places import is_place_line
from .tokens import norm, sentences, word_keys

MAX_HEADING_WORDS = 40
_CLOSERS = "\"”’')]» "
_TWO_SENTENCES = re.compile(r"(?<![A-Z])[.!?][\"”’]?\s+[A-Z“\"]")
_MENU_GAP = re.compile(r"\S(?: {2,}| [|·•] )\S")
# A breadcrumb: 'Home > News > …', or two arrows or slashes ('Media / News / Press releases'); one slash
# may stand in a headline ('Russia / China: leaders hold talks').
_BREADCRUMB = re.compile(r"^(?:Home|Main|Start|Main page)\s[/>»›]\s|\s[/>»›]\s.*\s[/>»›]\s")
_MENU_BARS = re.compile(r" [|·•] .*? [|·•] .*? [|·•] ")  # three bars or more: a menu however long its line
_STOP_INSIDE = re.compile(r"[.!?][\"”’)]?\s")
_LABEL_LINE = re.compile(r"[A-Z][\w ]{1,20}: \S.{0,60}")  # "Source: Xinhua", "Editor: Huaxia"


@dataclass(slots=True)
class Line:
    """A non-blank line of a page with what the layout rules say of it (slots: one per line, made fast)."""

    no: int
    text: str
    blanks: int
    rule: LineRule | None = None
    match: re.Match | None = None
    is_heading: bool = False
    tokens: list[str] | None = None

    @property
    def heading(self) -> bool:
        """Looks like a title and is no known site furniture."""
        return self.rule is None and self.is_heading

    @property
    def words(self) -> list[str]:
        """The line's lower-cased word tokens (computed once, for duplicate detection and word counts)."""
        if self.tokens is None:
            self.tokens = word_keys(self.text)
        return self.tokens


@dataclass(slots=True)
class Entry:
    """Where one line ended up."""

    no: int
    text: str
    role: str  # title | body | metadata | removed
    reason: str = ""
    article: int | None = None


@dataclass
class Draft:
    """An article being assembled while the page is read."""

    index: int
    title: str
    title_no: int
    fields: dict = field(default_factory=dict)
    body: list[Line] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    has_prose: bool = False
    after_notice: bool = False
    plural: bool = False


def is_heading(text: str) -> bool:
    """True for a title-like line: one sentence with no final . , : ; or …, of at most 25 words, or of
    at most 40 with no stop inside ('Foreign Minister Sergey Lavrov’s statement and answers to media
    questions at a joint news conference following talks with …, Moscow, April 14, 2025'; not a wire
    paragraph signed off after its stop, '… regional affairs. (end) ak.ms')."""
    if len(text) > 220:  # (before counting the words of what is most often a paragraph)
        return False
    n = len(text.split())
    if n > MAX_HEADING_WORDS or (n > 25 and _STOP_INSIDE.search(text)):
        return False
    if text.rstrip(_CLOSERS).endswith((".", ",", ":", ";", "…")):
        return False
    return not _TWO_SENTENCES.search(text)


def date_only(text: str) -> bool:
    """A line that is a date or a span of dates and nothing more ('April 18 – 21, 2016', a feed's week): no
    headline, nor a headline over a standfirst."""
    from .dateexpr import scan

    if not any(c.isdigit() for c in text):
        return False
    kept, at = [], 0
    for m in scan(text):  # (its spans are those of the text)
        kept.append(text[at:m.start()])
        at = m.end()
    return not any(c.isalpha() for c in "".join(kept) + text[at:])


def menu_like(text: str) -> bool:
    """A line of a site's menus rather than a headline: a word or two ('Politics'), or items set
    apart by wide spaces or bars ('Home  Latest  Japan', 'Main | President | Politics'), or a run of its sections' names."""
    return len(text.split()) <= 2 or bool(_MENU_GAP.search(text) or _BREADCRUMB.search(text)) or section_run(text)


def menu_bar(text: str) -> bool:
    """A line of menu items set apart by wide spaces or bars ('Privacy Statement  Terms of Use'), or a run of a site's
    sections' names."""
    return bool(_MENU_GAP.search(text) or _MENU_BARS.search(text) or _BREADCRUMB.search(text)) or section_run(text)


def section_run(text: str) -> bool:
    """A menu copied as one line of single spaces ('Home News Business Sports Opinion Island Life Classifieds
    E-Edition'): five capitalised words or more, three in five of them or more the names of sections (menu_words.txt);
    not a headline in Title Case ('World Health Assembly Opens')."""
    words = text.split()
    if len(words) < 5 or not all(w[:1].isupper() or w == "&" for w in words):
        return False
    return 5 * sum(w in menu_words() for w in words) >= 3 * len(words)


@cache
def menu_words() -> frozenset[str]:
    """The names of a news site's sections (lexicons/menu_words.txt)."""
    return frozenset(word_list("menu_words.txt"))


def section_label(text: str) -> bool:
    """A menu line, or a section's name over a date ('Politics', 'Russian Politics & Diplomacy', a section
    and its part 'World / South Asia'): at most four words, each capitalised or '&', with no verb or function word
    of a headline."""
    words = [w for w in text.split() if w not in ("/", ">", "»", "›")]
    return menu_like(text) or (len(words) <= 4 and all(w[:1].isupper() or w in ("&", "and") for w in words))


def long_rule(line: Line) -> bool:
    """A long rule ('-----…') between the items of a text copy (layout.toml's 'end' separator)."""
    return line.rule is not None and line.rule.effect == "end" and line.rule.reason == "separator"


def wire_opening(line: Line) -> bool:
    """A paragraph that opens with a dated wire dateline ('Manama, Feb. 12 (BNA): …'): the first of an
    item, as an article header is, so the heading over it is the item's title."""
    if line.rule is not None or line.heading:
        return False
    m = layout().dateline.match(line.text)
    return m is not None and bool(m["monthday"])


def is_notice(text: str) -> bool:
    """True when a line only says where the text below was first published."""
    if not layout().notice.match(text) or len(text.split()) > 40:  # a notice's first sentence matches
        return False
    parts = sentences(text)
    return bool(parts) and all(layout().notice.match(s) for s in parts)


def parse_lines(text: str) -> list[Line]:
    """Non-blank lines with their number, blank lines before them, and the first rule they match."""
    rules, any_rule = layout().lines, layout().any_line
    out, blanks = [], 0
    for no, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.strip()
        if not stripped:
            blanks += 1
            continue
        line = Line(no, stripped, blanks, is_heading=is_heading(stripped))
        for rule in rules if any_rule(stripped) else ():  # one test rules most lines out
            m = rule.regex.fullmatch(stripped)
            if m:
                line.rule, line.match = rule, m
                break
        out.append(line)
        blanks = 0
    return out


def next_kept(lines: list[Line]) -> list[int]:
    """For each line, the index of the next line that is not simply dropped (-1 for none): one
    backward pass, so that looking ahead costs nothing however long the page."""
    after, j = [-1] * len(lines), -1
    for i in range(len(lines) - 1, -1, -1):
        after[i] = j
        rule = lines[i].rule
        if rule is None or rule.effect != "drop":
            j = i
    return after


class Segmenter:
    """Walk a page's lines once, opening and closing articles as its structure dictates.

    Zones: 'pre' (the chrome above the first article), 'article' (an article is open), 'closed' (its
    end was marked: a rating, a long rule, a copyright line), 'sidebar' (related items and the like,
    up to the next article header). `ruled_off`: the article above was closed by a long rule with an
    item after it, so a headline over prose opens that item and a section's name is navigation."""

    def __init__(self, text: str, titled: bool = False):
        self.lines = parse_lines(text)
        self.after = next_kept(self.lines)
        self.titled = titled  # the first line is the page's known title (an HTML page's headline)
        self.teasers = {norm(l.match["teaser"]) for l in self.lines
                        if l.match is not None and l.match.groupdict().get("teaser")}
        self.prose_after: list[bool] | None = None
        self._titled_memo: dict[int, bool] = {}
        self.feed = self._feed_evidence() >= 2
        self.first_title = self._first_title()
        self.dated_above: Line | None = None
        self.pre_dated: Line | None = None  # a date line above the first title, past other lines (see _dates_page)
        self.drafts: list[Draft] = []
        self.ledger: list[Entry] = []
        self.cur: Draft | None = None
        self.zone = "pre"  # pre | article | closed | sidebar
        self.ruled_off = False  # the last article was closed by a long rule ('-----'): an item may follow

    # -- structure tests -------------------------------------------------------------
    def _next(self, i: int) -> Line | None:
        """The next line after i, passing over lines that are simply dropped (looked up, not walked)."""
        j = self.after[i]
        return None if j < 0 else self.lines[j]

    def _titled(self, i: int) -> bool:
        """(Memoised: asked of the same line by several tests; see _titled_line.)"""
        memo = self._titled_memo
        if i not in memo:
            memo[i] = self._titled_line(i)
        return memo[i]

    def _titled_line(self, i: int) -> bool:
        """A heading directly followed by an article header line (Posted in, Published, By, a date),
        or by a section label over one ('Title' / 'Political' / '08/03/2010 12:47 PM'), that is not a
        place line over a date ('Tianjin' / 'August 31, 2025' closing a statement) nor such a label."""
        line = self.lines[i]
        if not line.heading or menu_bar(line.text) or self._place_over_date(i) or self._label(i - 1, i) \
                or self._standfirst(i - 1, i) or date_only(line.text):
            return False  # a breadcrumb over a date ('Home / Press service / News') is no headline
        nxt = self._next(i)
        if nxt is not None and nxt.heading and (self._label(i, self.after[i]) or self._standfirst(i, self.after[i])):
            nxt = self._next(self.after[i])
        elif self._lead_over_header(i):
            return True
        return nxt is not None and ((nxt.rule is not None and nxt.rule.signal == "header") or wire_opening(nxt))

    def _lead_over_header(self, i: int) -> bool:
        """Heading i is followed by a one-sentence lead and then the item's header, as official sites print an
        item ('Meeting with President of X' / 'The President met with …' / 'October 15, 2010' / '21:00'); not
        when that date heads the next headline ('Title' / its text / 'Mar 15, 2023' / 'Next title')."""
        j = self.after[i]
        if j < 0 or len(self.lines[i].text.split()) < 3:
            return False
        lead, k = self.lines[j], self.after[j]
        if lead.rule is not None or lead.heading or lead.text[-1:] not in ".!?" or len(lead.text.split()) > 80 or k < 0:
            return False
        header = self.lines[k]
        return header.rule is not None and header.rule.signal == "header" and not self._dated_above(k)

    def _standfirst(self, above: int, i: int) -> bool:
        """A standfirst: a heading of six words or more right under a headline of four words or more (or three with a
        word in lower case: 'Mishustin goes abroad', not 'G20 Summit 2023') that is no section label ('Kremlin says …' /
        'The two leaders discussed …' / the date)."""
        if above < 0 or i < 0 or self.after[above] != i:
            return False
        head, line = self.lines[above], self.lines[i]
        words = head.text.split()
        return (head.heading and line.heading and len(line.text.split()) >= 6 and not menu_bar(line.text)
                and (len(words) >= 4 or (len(words) == 3 and any(w.islower() for w in words)))
                and not section_label(head.text) and not menu_bar(head.text) and not date_only(head.text))

    def _label(self, above: int, i: int) -> bool:
        """A section label of one or two words ('Political') right under a headline of four words or
        more, with an article header right under it."""
        if above < 0 or i < 0 or self.after[above] != i:
            return False
        line, head, nxt = self.lines[i], self.lines[above], self._next(i)
        return (line.heading and len(line.text.split()) <= 2 and not is_place_line(line.text)
                and head.heading and len(head.text.split()) >= 4 and not menu_like(head.text) and nxt is not None
                and nxt.rule is not None and nxt.rule.signal == "header")

    def _place_over_date(self, i: int) -> bool:
        """A place line whose next line is a date: where and when, in an article's header or sign-off."""
        nxt = self._next(i)
        return (nxt is not None and nxt.rule is not None and "published" in nxt.rule.regex.groupindex
                and is_place_line(self.lines[i].text))

    def _feed_evidence(self) -> int:
        """How strongly the page looks like a list of articles: headlines with a header and a text of
        their own (a 'See also' list of dated headlines has none)."""
        feed_lines = sum(1 for l in self.lines if l.rule is not None and l.rule.signal == "feed")
        return feed_lines + sum(1 for i in range(len(self.lines)) if self._titled(i) and self._text_ahead(i))

    def _first_title(self) -> int:
        """Where the first article's title is when the page opens with chrome: the first heading
        with an article header under it (By …, Published …, a date), if no paragraph of prose comes
        before it (-1 when there is none). The lines above it are the site's menus."""
        for i, line in enumerate(self.lines):
            if line.rule is None and not line.heading and len(line.text.split()) > 4 and not _MENU_BARS.search(line.text) \
                    and not section_run(line.text):
                return self._over_prose(i)  # prose, not "U.S." nor a long menu ("Politics | World | Business & Economy | …")
            if self._titled(i):
                j = self.after[i]  # its header line: is it the date of the headline under it instead?
                after_title = self._next(j + 1) if self._dated_above(j) and section_label(line.text) else None
                if after_title is not None and (self._titled(j + 1) or (after_title.rule is None and (
                        not after_title.heading or self._prose_after_standfirst(j + 1)))):
                    return j + 1  # a menu line, the date, the headline, its text (or its own header, or a standfirst)
                k = j + 1  # the masthead, the date, the site's menu, the headline with its own header
                while after_title is not None and k + 1 < len(self.lines) and menu_bar(self.lines[k].text):
                    k += 1
                if k > j + 1 and self._titled(k):
                    return k
                while i > 0 and _LABEL_LINE.fullmatch(self.lines[i].text) and self.lines[i - 1].heading:
                    i -= 1  # "Source: Xinhua" / "Editor: …" between the title and its date
                return self._headline_over_labels(i)
            if self._dated_above(i):
                return i + 1
            if self._titled_further(i):
                return i
        return -1

    def _headline_over_labels(self, i: int) -> int:
        """The headline over titled line i when i is a short label ('Release', 'Foreign Affairs') under it, with
        at most two more such lines between them (the minister's name, the portfolio): the nearest heading of four
        words or more above, that is no menu or section label; else i."""
        if not section_label(self.lines[i].text):
            return i
        for k in range(i - 1, max(-1, i - 4), -1):
            line = self.lines[k]
            if not line.heading or line.rule is not None or menu_bar(line.text):
                return i
            if len(line.text.split()) >= 4 and not section_label(line.text):
                return k
        return i

    def _over_prose(self, i: int) -> int:
        """With no article header on the page, the headline over its first paragraph (line i): the
        first heading of four words or more that is no menu or section label, when every line above
        it is site chrome (a masthead, menus, a section's name); -1 when the page opens with its title.
        The headline comes after the last menu line above the paragraph."""
        menus = [j for j in range(i) if menu_bar(self.lines[j].text)]
        if not menus:
            return -1
        for j in range(menus[-1] + 1, i):
            line = self.lines[j]
            if line.rule is not None:
                continue
            if not line.heading:
                return -1
            words = line.text.split()
            if len(words) >= 4 and not section_label(line.text):
                return j
            if self.after[j] == i and len(words) >= 2 and any(w[:1].islower() for w in words) and not menu_bar(line.text):
                return j  # a short headline right over the text ('Russian-Mexican talks'), not a section's name
        return -1

    def _prose_after_standfirst(self, i: int) -> bool:
        """The line after heading i is a heading (a standfirst) and prose follows it."""
        k = self.after[i]
        after = self._next(k) if k >= 0 else None
        return (k >= 0 and self.lines[k].heading and self.lines[k].rule is None and after is not None
                and after.rule is None and not after.heading)

    def _titled_further(self, i: int) -> bool:
        """A headline whose header comes after a few short lines (a section label, the author's name
        and role, a place): 'Title' / 'Political' / '08/03/2010' or 'Title' / 'Jane Doe' / 'Senior
        Correspondent' / 'PUBLISHED MAY 8, 2019'."""
        line = self.lines[i]
        if not line.heading or line.rule is not None or len(line.text.split()) < 4 or menu_like(line.text):
            return False
        j = i
        for _ in range(3):
            nxt = self._next(j)
            if nxt is None:
                return False
            if nxt.rule is not None and nxt.rule.signal == "header":
                return j > i
            if nxt.rule is not None or not nxt.heading or len(nxt.text.split()) > 4:
                return False
            j = self.lines.index(nxt, j + 1)
        return False

    def _dated_above(self, i: int) -> bool:
        """A date line over a headline ('Mar 15, 2023 | KYODO NEWS' / the title): the date of the
        article whose title follows, as news agencies print them."""
        line, nxt = self.lines[i], self._next(i)
        groups = line.match.groupdict() if line.match is not None else {}
        return (line.rule is not None and line.rule.effect == "meta" and line.match is not None
                and bool(groups.get("published") or groups.get("monthday")) and nxt is not None and nxt.rule is None
                and nxt.heading and len(nxt.text.split()) >= 3 and self.after[i] == i + 1)

    def _text_ahead(self, i: int) -> bool:
        """A paragraph of prose comes after line i before the next headline with a header, the next long
        rule or the page's end: on a page of several items, a heading with none is a sign-off, not an article."""
        if self.prose_after is None:  # one backward pass for the whole page
            self.prose_after, nxt = [False] * len(self.lines), False
            for j in range(len(self.lines) - 1, -1, -1):
                self.prose_after[j] = nxt
                line = self.lines[j]
                if line.rule is None and not line.heading:
                    nxt = True
                elif self._titled(j) or long_rule(line):
                    nxt = False  # a headline with its header, or a long rule: the text after is another item's
        return self.prose_after[i]

    def _item_follows(self, i: int) -> bool:
        """A new item comes after the long rule at line i: a headline (after a section's name, maybe)
        with a paragraph of prose under it and a date line before the next rule; not a section's heading
        framed by two rules, as in a newsletter ('-----' / '1. XI AND PUTIN TALK AGAIN' / '-----'), nor a
        footer ('About the Office of the President' and a paragraph on it)."""
        j = self.after[i]
        if j >= 0 and self.lines[j].heading and len(self.lines[j].text.split()) <= 2:
            j = self.after[j]  # "Events"
        if not (j >= 0 and self.lines[j].heading and len(self.lines[j].text.split()) >= 3 and self._prose_next(j)):
            return False
        for line in self.lines[j + 1:]:  # an item has a date of its own before the next rule; a footer has none
            if long_rule(line):
                return False
            if line.rule is not None and line.rule.effect == "meta" and line.match is not None and (
                    line.match.groupdict().get("published") or line.match.groupdict().get("monthday")):
                return True
        return False

    def _prose_next(self, i: int) -> bool:
        """The next line kept after line i is a paragraph of prose."""
        nxt = self._next(i)
        return nxt is not None and nxt.rule is None and not nxt.heading and len(nxt.text.split()) >= 8

    def _kicker(self, i: int) -> bool:
        """A category label: a heading whose next line is a title with a header."""
        j = i + 1
        return j < len(self.lines) and self._titled(j)

    def _caption(self, i: int) -> bool:
        """A short line right before a photo credit is the photo's caption."""
        j = i + 1
        return (j < len(self.lines) and self.lines[j].rule is not None
                and self.lines[j].rule.reason == "caption/credit")

    def _subheading(self, line: Line) -> bool:
        """A heading inside an open article that does not start a new one."""
        cur = self.cur
        return (cur.after_notice
                or norm(cur.title) in self.teasers
                or (cur.plural and line.blanks >= 2))

    # -- ledger ----------------------------------------------------------------------
    def _put(self, line: Line, role: str, reason: str = "", article: Draft | None = None) -> None:
        self.ledger.append(Entry(line.no, line.text, role, reason, None if article is None else article.index))

    def _start(self, line: Line) -> None:
        """Open a new article titled by this line ("Title [Outlet]" gives the outlet too)."""
        m = layout().title_suffix.fullmatch(line.text)
        draft = Draft(len(self.drafts), m["title"] if m else line.text, line.no)
        if m:
            draft.fields["outlet"] = m["outlet"]
        self.drafts.append(draft)
        self.cur, self.zone, self.ruled_off = draft, "article", False
        self._put(line, "metadata" if m else "title", "metadata" if m else "", draft)
        if self.dated_above is not None:  # its date line, printed above it
            consume(draft, self.dated_above.match)
            self._put(self.dated_above, "metadata", "metadata", draft)
            self.dated_above = None
        elif self.pre_dated is not None and draft.index == 0:  # the page's date, printed above its chrome
            consume(draft, self.pre_dated.match)
            self._put(self.pre_dated, "metadata", "metadata", draft)
            self.pre_dated = None

    def _close(self) -> None:
        self.cur, self.zone = None, "closed"

    # -- the walk --------------------------------------------------------------------
    def run(self) -> "Segmenter":
        """Assign every line; return self with drafts and ledger filled."""
        for i, line in enumerate(self.lines):
            if i == 0 and self.titled:
                self._start(line)
            elif i < self.first_title and not self.titled and line.rule is None:
                self._put(line, "removed", "navigation")  # the menus above the first title
            elif i == self.first_title - 1 and not self.titled and self._dated_above(i):
                self.dated_above = line  # consumed by the article the title below opens
            elif i < self.first_title and not self.titled and self.pre_dated is None and self._dates_page(line):
                self.pre_dated = line  # the page's date over its chrome ('Oct 11, 2024, 6:42 PM' / 'News ID: …' / 'Politics')
            elif line.rule is not None:
                self._ruled(line, i)
            elif line.heading:
                self._heading(i, line)
            else:
                self._prose(line)
        if self.dated_above is not None:  # a date line over a title that opened no article: menus too
            self._put(self.dated_above, "removed", "navigation")
        if self.pre_dated is not None:  # no article took it
            self._put(self.pre_dated, "removed", self.pre_dated.rule.reason)
        return self

    def _dates_page(self, line: Line) -> bool:
        """A metadata line with a full date (not a related item's: it is above the first title)."""
        return (line.rule is not None and line.rule.effect == "meta" and line.match is not None
                and bool(line.match.groupdict().get("published")))

    def _ruled(self, line: Line, i: int) -> None:
        rule, cur = line.rule, self.cur
        if rule.effect == "meta" and cur is not None:
            consume(cur, line.match)
            self._put(line, "metadata", "metadata", cur)
            return
        if rule.effect == "meta" and self.zone == "sidebar" and self.drafts and line.match.groupdict().get("url") \
                and "url" not in self.drafts[-1].fields:  # "Direct link: …" under an item's "See also" list
            consume(self.drafts[-1], line.match)
            self._put(line, "metadata", "metadata", self.drafts[-1])
            return
        self._put(line, "removed", rule.reason)
        if rule.effect == "sidebar":
            self.cur, self.zone = None, "sidebar"
        elif long_rule(line):
            if self.drafts and (cur is None or cur.has_prose) and self._item_follows(i):
                self._close()  # out of the article or of its related items: the next item follows
                self.ruled_off = True
        elif rule.effect == "end" and cur is not None and cur.has_prose:
            self._close()

    def _heading(self, i: int, line: Line) -> None:
        cur = self.cur
        if cur is not None and self.zone == "article" and self._place_over_date(i):
            cur.fields.setdefault("place", line.text)
            self._put(line, "metadata", "metadata", cur)
        elif self._caption(i):
            self._put(line, "removed", "caption/credit")
        elif self.feed and self._kicker(i):
            self._put(line, "removed", "navigation")
        elif self.zone == "article" and is_place_line(line.text) and "place" not in cur.fields and i > 0 \
                and self.lines[i - 1].rule is not None and self.lines[i - 1].rule.effect == "meta":
            cur.fields["place"] = line.text  # under the item's date and time ('June 4, 2004' / '13:20' / 'Mexico City')
            self._put(line, "metadata", "metadata", cur)
        elif self.zone == "article" and not cur.has_prose:
            cur.fields.setdefault("place" if "place" not in cur.fields and is_place_line(line.text) else "note", line.text)
            self._put(line, "metadata", "metadata", cur)
        elif self.zone == "article" and norm(line.text) == norm(cur.title):
            self._put(line, "removed", "duplicate paragraph", cur)
        elif self.zone == "article" and (not self.feed or self._subheading(line)):
            self._body(line)
        elif self.zone == "sidebar" and (not self._titled(i) or not self._text_ahead(i)):
            self._put(line, "removed", "sidebar")  # a related item's headline and date, with no text of its own
        elif self.zone == "closed" and self.ruled_off:  # under the long rule that ended the item above:
            if self._prose_next(i):
                self._start(line)  # the next item's headline
            else:
                self._put(line, "removed", "navigation")  # its section's name ("Events")
        elif self.zone == "closed" and not self.feed:
            self._put(line, "removed", "sidebar")
        elif self.feed and not self._titled(i) and not self._text_ahead(i):
            self._put(line, "removed", "navigation")  # a sign-off or share line before the next headline
        else:
            self._start(line)

    def _prose(self, line: Line) -> None:
        cur = self.cur
        if self.zone == "article":
            if is_notice(line.text):
                cur.notices.append(line.text)
                cur.plural = cur.plural or bool(layout().notice_plural.search(line.text))
                self._put(line, "metadata", "metadata", cur)
                cur.after_notice = bool(layout().notice_forward.search(line.text))
                return
            self._body(line)
            cur.has_prose = True
        elif self.zone == "pre" and not self.feed and not self.drafts:
            self._start(line)  # a page of unknown layout: its first line is the title
        else:
            self._put(line, "removed", "navigation" if self.zone == "pre" else "sidebar")

    def _body(self, line: Line) -> None:
        self.cur.body.append(line)
        self.cur.after_notice = False
        self._put(line, "body", "", self.cur)


def consume(draft: Draft, match: re.Match) -> None:
    """Copy a metadata line's named groups into the draft's fields (first value wins; authors add up)."""
    for key, value in match.groupdict().items():
        if not value:
            continue
        key = key[:-1] if key.endswith("2") else key
        if key == "author":
            draft.fields.setdefault("authors", []).append(value)
        else:
            draft.fields.setdefault(key, value)


def segment(text: str, titled: bool = False) -> tuple[list[Draft], list[Entry]]:
    """Articles (as drafts) and the per-line ledger of one page's text (`titled`: its first line
    is the page's known title)."""
    seg = Segmenter(text, titled).run()
    return seg.drafts, seg.ledger
