"""Who and what the articles mention: countries (ISO alpha-3 via pycountry), people, organisations."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from .lazy import pandas as pd
import pycountry

from . import schema
from .dates import WEEKDAYS, month_number
from .lexicon import (LiteralIndex, finditer_at_heads, headline_words, literal_regex, read_csv, required_piece, stopwords,
                      word_list)
from .tokens import sentence_spans

MENTION_COLUMNS = schema.MENTION_COLUMNS


def iso3(code_or_name: str) -> str:
    """ISO 3166 alpha-3 code of a country code or name, through pycountry."""
    return pycountry.countries.lookup(code_or_name).alpha_3


@cache
def governed() -> dict[str, str]:
    """The state that governs each territory with a code of its own (alpha-3 both): lexicons/territories.csv."""
    return {iso3(r["territory"]): iso3(r["state"]) for r in read_csv("territories.csv")}


def one_state(a: str, b: str) -> bool:
    """Whether two alpha-3 codes are one state and a territory it governs ('FRA' and 'NCL', 'CHN' and 'HKG')."""
    g = governed()
    return g.get(a) == b or g.get(b) == a


@dataclass(frozen=True)
class Gazetteer:
    """Surface form → (kind, key, country, office), and the indexes that find them in a text.

    `capitalised_index` finds only the forms that begin with a capital letter, and `pieces` holds a
    literal that each other form ("el-Sisi", "bin Salman") needs: a form's first character is where
    a lookup can begin, and lower-case letters are most of a text, so in a text that holds none of the
    pieces the capitalised forms' index finds the same matches several times faster. `pattern` and
    `capitalised` are the same sets of forms as one regular expression each: the definition the indexes
    are tested against, compiled only by the tests (with the roster of leaders, compiling them took most
    of a second in every build before its first page)."""

    entries: dict
    shorts: dict
    pieces: tuple[str, ...]
    alone: frozenset[str] = frozenset()  # surnames that name one person alone (surnames.csv)

    @cached_property
    def forms(self) -> list[str]:
        """Every form written without accents (a text is scanned so written: see fold)."""
        return [form for form in self.entries if fold(form) == form]

    @cached_property
    def capitalised_forms(self) -> list[str]:
        """The forms that begin with a capital letter."""
        return [form for form in self.forms if form[0].isupper()]

    @cached_property
    def pattern(self) -> re.Pattern:
        """Every form, as whole words, longest first."""
        return literal_regex(self.forms)

    @cached_property
    def capitalised(self) -> re.Pattern:
        """The forms that begin with a capital letter, as whole words, longest first."""
        return literal_regex(self.capitalised_forms)

    @cached_property
    def index(self) -> LiteralIndex:
        """`pattern`'s matches, looked up by first word."""
        return LiteralIndex(self.forms)

    @cached_property
    def capitalised_index(self) -> LiteralIndex:
        """`capitalised`'s matches, looked up by first word."""
        return LiteralIndex(self.capitalised_forms)

    def all_forms_can_occur(self, text: str) -> bool:
        """True when a form that begins otherwise than with a capital can occur in `text` (it holds a piece)."""
        return any(piece in text for piece in self.pieces)

    def pattern_for(self, text: str) -> re.Pattern:
        """The pattern to scan `text` with: `pattern`, or `capitalised` when no form that begins
        otherwise can occur in it (both then give the same matches)."""
        return self.pattern if self.all_forms_can_occur(text) else self.capitalised

    def index_for(self, text: str) -> LiteralIndex:
        """The index to scan `text` with, as pattern_for chooses the pattern."""
        return self.index if self.all_forms_can_occur(text) else self.capitalised_index


def country_names() -> dict[str, str]:
    """Every pycountry name form (name, common and official name, 'X, Y of' inverted, 'of the' without 'the') → alpha-3."""
    out = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(c, attr, None)
            if not name:
                continue
            forms = [name]
            if ", " in name:
                head, tail = name.split(", ", 1)
                forms.append(f"{tail} {head}".removeprefix("The "))
            for form in forms:
                out[form] = c.alpha_3
                if " of the " in form:  # 'Democratic Republic of Congo', as the press often writes it
                    out[form.replace(" of the ", " of ", 1)] = c.alpha_3
    return out


_ARTICLE = re.compile(r"(?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa]sh)-(?=[A-Z])")  # the Arabic article of a family name ('al-Sudani')


def short_forms(short: str) -> list[str]:
    """A person's short name (surname) as texts write it alone: as given, and without an Arabic article ('al-Sudani',
    'Sudani'); none for an empty one."""
    if not short:
        return []
    bare = short[m.end():] if (m := _ARTICLE.match(short)) else ""
    return [short, bare] if bare else [short]


@cache
def gazetteer() -> Gazetteer:
    """All surface forms from pycountry and data/lexicons (countries, people, organisations)."""
    entries: dict[str, tuple] = {}
    for name, code in country_names().items():
        entries[name] = ("country", code, code, "name")
    for row in read_csv("countries.csv"):
        if row["country"] == "-":
            entries[row["alias"]] = ("ignore", "", "", "")
        else:
            code = iso3(row["country"])
            entries[row["alias"]] = ("country", code, code, row["kind"])
    shorts: dict[str, list[str]] = {}
    people: dict[str, tuple[str, str]] = {}
    # people.csv (written for the corpus) first, then the world's leaders (leaders.csv), where no form is taken
    for source, rows in (("people", read_csv("people.csv")), ("leaders", read_csv("leaders.csv"))):
        for row in rows:
            known = row["person"] in people  # a leader people.csv lists: the roster adds forms it lacks
            if not known:
                people[row["person"]] = (iso3(row["country"]), row["office"])
            entry = ("person", row["person"], *people[row["person"]])
            for alias in row["aliases"].split("|"):
                for form in name_variants(alias):  # "Kim Jong Un", "Kim Jong-un", "Kim Jong-Un"
                    entries.setdefault(form, entry)
                if source == "people":
                    entries[alias] = entry  # the corpus's own list decides
                else:
                    entries.setdefault(alias, entry)  # a leader never takes a form already known
            for short in (short_forms(row["short"]) if not known else []):
                shorts.setdefault(short, []).append(row["person"])
    for short, persons in shorts.items():
        entries.setdefault(short, ("short", short, "", ""))
    alone = set()
    for row in read_csv("surnames.csv"):  # surnames that name their person alone ("Putin meets Xi")
        entries[row["surname"]] = ("person", row["person"], *people[row["person"]])
        alone.add(row["surname"])
    for row in read_csv("organisations.csv"):
        code = iso3(row["country"]) if row["country"] else ""
        for alias in row["aliases"].split("|"):
            entries[alias] = ("organisation", row["key"], code, row["kind"])
    shorts = {s: [(p, *people[p]) for p in ps] for s, ps in shorts.items()}
    for form, entry in list(entries.items()):  # "Erdoğan" is found as "Erdogan", and "Burkinabè" as "Burkinabe"
        entries.setdefault(fold(form), entry)
        if "'" in form or "’" in form:  # "Côte d'Ivoire" and "Côte d’Ivoire"
            for other in (fold(form).replace("'", "’"), fold(form).replace("’", "'")):
                entries.setdefault(other, entry)
    pieces = tuple(sorted({required_piece(form) for form in entries if not form[0].isupper() and fold(form) == form}))
    return Gazetteer(entries, shorts, pieces, frozenset(alone | {fold(a) for a in alone}))


_SYLLABLES = re.compile(r"(?P<family>[A-Z][a-z]+) (?P<one>[A-Z][a-z]{1,4})(?P<sep>[ -])(?P<two>[A-Za-z][a-z]{1,4})")


def name_variants(name: str) -> list[str]:
    """The ways the press writes a name made of a family name and a given name of two short parts (of
    five letters or fewer each: 'Kim Jong Un', 'Kim Jong-un', 'Kim Jong-Un'; 'Moon Jae-in', 'Moon Jae
    In'), as Korean names are romanised: [] for any other name."""
    m = _SYLLABLES.fullmatch(name)
    if m is None:
        return []
    family, one, two = m["family"], m["one"], m["two"]
    return [f"{family} {one} {two.capitalize()}", f"{family} {one}-{two.lower()}", f"{family} {one}-{two.capitalize()}"]


def _fold_table() -> dict[int, str]:
    """Each accented Latin letter to its letter ('è' to 'e', 'ğ' to 'g', 'ø' to 'o', 'ư' to 'u'): one
    character for one, so that offsets stay those of the text. (A curly apostrophe is a form of its own:
    the gazetteer holds both spellings of a form with an apostrophe.)"""
    import unicodedata

    table = {ord("ı"): "i", ord("ł"): "l", ord("Ł"): "L", ord("ø"): "o", ord("Ø"): "O",
             ord("đ"): "d", ord("Đ"): "D", ord("ħ"): "h"}
    for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:  # Latin-1, Extended A and B, Extended Additional (Vietnamese)
        base = unicodedata.normalize("NFD", chr(code))[0]
        if code not in table and base != chr(code) and base.isascii() and base.isalpha():
            table[code] = base
    return table


_FOLD = {chr(code): base for code, base in _fold_table().items()}
_ACCENTED = re.compile("[%s]" % "".join(sorted(_FOLD)))


def fold(text: str) -> str:
    """The text without accents on Latin letters, of the same length (see _fold_table): most texts
    hold none, and one scan for them is several times quicker than translating every character."""
    if text.isascii() or not _ACCENTED.search(text):
        return text
    return _ACCENTED.sub(lambda m: _FOLD[m.group()], text)


def find_mentions(text: str, article_id: str = "", spans: tuple | None = None, title: list[dict] = (),
                  home: str = "") -> list[dict]:
    """Mentions in one article, surname-only references resolved to the latest full mention, and the
    people the article introduces with their country (see introductions). `spans`: the text's
    sentence_spans, when the caller has them already; `title`: the mentions of the article's title,
    whose people a surname alone may refer to; `home`: the country an outlet reports from, whose office holder
    the text may open with by office alone (home_introduction)."""
    known = tuple(m["key"] for m in title if m["kind"] == "person")
    out = gazetteer_mentions(text, article_id, spans, known)
    entries = gazetteer().entries
    out = with_introduced(text, out, article_id, spans,
                          {m["key"]: (m["country"], m["office"]) for m in title if m["form"] == "introduced"}
                          | {m["surface"]: (m["country"], m["office"]) for m in out  # a known person whose surname
                             if m["form"] == "person" and m["country"] and " " in m["surface"]  # the gazetteer lacks
                             and may_be_surname(surname := m["surface"].rsplit(" ", 1)[1])  # ('Ahmed al-Sharaa' …
                             and surname not in entries}  # 'al-Sharaa'; not 'Theresa May' … 'In May')
                          | home_introduction(text, out, home))
    out = with_given_names(text, out, [*title, *out], article_id, spans)
    return with_offices(text, out, list(title), article_id, spans)


# A leader's office as a text writes it before a name or after 'the', and as the gazetteer (leaders.csv) writes it
# (lexicons/offices.csv).
OFFICES = {row["surface"]: row["office"] for row in read_csv("offices.csv")}
OFFICE_ALTERNATION = "|".join(sorted(OFFICES, key=len, reverse=True))  # ('Prime Minister' before 'President')
_THE_OFFICE = re.compile(rf"\b(?:(?:HH|HM|HRH|HE|H\.H\.|H\.M\.) )?[Tt]he (?P<office>{OFFICE_ALTERNATION})\b(?! of\b|[-‐]elect)")


def with_offices(text: str, mentions: list[dict], title: list[dict], article_id: str, spans: tuple | None) -> list[dict]:
    """Mentions with the people the article names by their office after naming them in full ('Amir Sheikh Tamim bin
    Hamad Al Thani' … 'HH the Amir arrived in Kathmandu'; form 'office'): the one person of that office named before
    (or in the title); an office two of its people hold ('President Paudel' and 'President Marcos' … 'the President')
    names nobody, nor does one of another country ('the President of Nepal') or one to be ('the President-elect').
    A person's office is the one the text writes right before the name ('Prime Minister Xanana Gusmão', a former
    president), else the gazetteer's."""
    people = [(-1, m["office"], m) for m in title if m["kind"] == "person" and m["office"]] + \
        [(m["start"], office_before(text, m["start"]) or m["office"], m) for m in mentions if m["kind"] == "person"]
    people = [p for p in people if p[1]]
    if not people:
        return mentions
    hits = []
    for m in finditer_at_heads(_THE_OFFICE)(text):  # tried at the words it can begin with ('the', 'HH', …), not at every character
        office = OFFICES[m["office"]]
        before = {(h["key"], h["country"]) for at, held, h in people if held == office and at < m.start()}
        if len(before) == 1:
            key, country = next(iter(before))
            hits.append((m.start(), m.end(), key, country, office))
    return with_people(text, mentions, article_id, spans, hits, "office")


def with_given_names(text: str, mentions: list[dict], named: list[dict], article_id: str, spans: tuple | None) -> list[dict]:
    """Mentions with the people the article (or its title) names in full and then by an office and their given
    name alone ('Samia Suluhu Hassan' … 'President Samia', 'Sultan Haitham bin Tarik' … 'Sultan Haitham'; form
    'given name'), or by that name with no office when their full name has three words or more, a given name
    before a family or father's name ('Samia’s state visit', 'Ruto meets Samia'; not 'Daniel' for Daniel Chapo).
    A given name two of its people share, or one that another capitalised word follows (another's full name), names
    nobody."""
    firsts: dict[str, set] = {}
    for m in named:
        if m["kind"] == "person":
            words = m["key"].split()
            words = words[1:] if words[0] in _NAME_HONORIFICS else words
            if len(words) > 1 and len(words[0]) > 2 and words[0].isalpha() and words[0][0].isupper() \
                    and words[0] not in _LEADER_OFFICES and words[0] not in titles():  # ('King Abdullah II': no given name)
                firsts.setdefault(words[0], set()).add((m["key"], m["country"], m["office"], len(words) > 2))
    firsts = {name: next(iter(people)) for name, people in firsts.items() if len(people) == 1}
    if not firsts:
        return mentions
    hits = ((m.start("name"), m.end("name"), *firsts[m["name"]][:3])
            for m in _given_name_pattern(tuple(sorted(firsts))).finditer(text)
            if firsts[m["name"]][3] or _OFFICE_BEFORE.search(text, max(0, m.start() - 20), m.start()))
    return with_people(text, mentions, article_id, spans, hits, "given name")


def with_people(text: str, mentions: list[dict], article_id: str, spans: tuple | None, hits, form: str) -> list[dict]:
    """`mentions` and, in text order, a person mention of form `form` for each hit (start, end, key, country, office)
    that overlaps none of them (`spans`: the text's sentence_spans, when the caller has them)."""
    held = [(m["start"], m["end"]) for m in mentions]
    spans = sentence_spans(text) if spans is None else spans
    starts = [s0 for s0, _ in spans]
    added = []
    for start, end, key, country, office in hits:
        if any(a < end and start < b for a, b in held):
            continue
        s0, s1 = spans[bisect_right(starts, start) - 1] if spans else (0, len(text))
        added.append({"article_id": article_id, "kind": "person", "key": key, "surface": text[start:end], "start": start,
                      "end": end, "sentence": text[s0:s1], "sentence_start": s0, "sentence_end": s1,
                      "country": country, "office": office, "form": form})
    return sorted(mentions + added, key=lambda x: x["start"]) if added else mentions


@lru_cache(maxsize=512)
def _given_name_pattern(names: tuple[str, ...]) -> re.Pattern:
    """One of the given names, no other capitalised word nor 'of' after it ('Samia', 'Samia’s'; not 'King of
    Bahrain'; see _OFFICE_BEFORE)."""
    return re.compile(rf"\b(?P<name>{'|'.join(map(re.escape, names))})\b(?![\w-]|['’](?!s\b)| [A-Z]| of\b)")


def gazetteer_mentions(text: str, article_id: str, spans: tuple | None, known: tuple[str, ...]) -> list[dict]:
    """The mentions of the forms the gazetteer knows."""
    g = gazetteer()
    spans = sentence_spans(text) if spans is None else spans
    out, said = [], {}
    recent = {person: -1 - i for i, person in enumerate(reversed(known))}
    si, entries, last = 0, g.entries, len(spans) - 1
    scan = fold(text)  # the forms are found whether or not the text writes their accents
    body, for_body = None, set()  # the last international body named; people named as holding its offices
    for m in g.index_for(scan).finditer(scan):
        start, end = m.span()
        surface, folded = text[start:end], m.group()
        kind, key, country, office = entries.get(folded) or entries[" ".join(folded.split())]
        if kind == "ignore" or (kind == "country" and text.startswith("$", end)):
            continue  # a region, or a currency ("US$2 billion", "HK$")
        if folded in g.alone and not stands_alone(text, start, end):
            continue  # "Daniil Medvedev", "Hunter Biden", "Xi'an": not the politician
        form = office if kind == "country" else kind
        office = "" if kind == "country" else office
        if kind == "short":
            if _LETTER_AFTER.match(text, end):
                continue  # "Hu'akavameiliku": no surname
            given = given_name_before(text, start)  # "Alexander Novak" is not Katalin Novák
            candidates = {p: (c, o) for p, c, o in g.shorts[key] if not given or fold(given) in fold(p).split()}
            seen = [p for p in recent if p in candidates]
            if not seen and any(folded in fold(p).split() for p in recent):
                continue  # "Sheikh Mohamed" after "Sheikh Mohamed bin Zayed Al Nahyan": a name of someone named before,
                # not another leader's surname (with_given_names names him)
            if not seen and len(candidates) > 1 and (office_named := office_before(text, start)):
                # "President Chávez": of two leaders named Chávez, the one who held that office
                candidates = {p: v for p, v in candidates.items() if v[1] == office_named} or candidates
            if (not seen and len(candidates) == 1 and (titled(text, start, key) or beside_a_leader(text, start, end, out))
                    and not another_bearer(text, scan, folded, next(iter(candidates)))
                    and not name_goes_on_elsewhere(text, end, next(iter(candidates)))):
                seen = list(candidates)  # "Mr Albanese", "President Abinader", "Kishida and Albanese": the one leader of that
                # name (not "Trade Minister Todd McClay", a given name another's name goes on from)
            if not seen and len(candidates) > 1 and len({c for c, _ in candidates.values()}) == 1 \
                    and titled(text, start, key) and not _NAME_GOES_ON.match(text, end) \
                    and not any(another_bearer(text, scan, folded, p) for p in candidates):
                # "President Aliyev", "Prime Minister Sharif", "President Rajapaksa": one of a family of leaders of one
                # country; which one the text does not say, whose country it is it does (the name as its key)
                offices = {o for _, o in candidates.values()}
                country, office = next(iter(candidates.values()))[0], offices.pop() if len(offices) == 1 else ""
                kind = "person"
            elif not seen:
                continue
            else:
                key = max(seen, key=lambda p: recent.get(p, -1 << 30))
                kind, (country, office) = "person", candidates[key]
        if kind == "person":
            recent[key] = start
            if key in for_body or (body and holds_office_of(text, body, start)):
                for_body.add(key)  # "UN Secretary-General António Guterres": the UN's, not Portugal's
                country = ""
        elif kind == "organisation" and not country:
            body = (start, end)
        while si < last and spans[si][1] <= start:
            si += 1
        s0, s1 = spans[si] if spans else (0, len(text))
        sentence = said.get(si)
        if sentence is None:  # one string per sentence, shared by its mentions
            sentence = said[si] = text[s0:s1]
        out.append({"article_id": article_id, "kind": kind, "key": key, "surface": surface, "start": start,
                    "end": end, "sentence": sentence, "sentence_start": s0, "sentence_end": s1,
                    "country": country, "office": office, "form": form})
    return out


_BODY_OFFICE_AFTER = re.compile(r"(?:[’']s)?\s+(?:(?!and\b|or\b|with\b)[A-Za-z-]+\s+){0,3}?(?:[Ss]ecretary[- ][Gg]eneral|[Pp]resident|[Cc]hief|"
                                r"[Nn]egotiator|[Rr]epresentative|[Cc]ommissioner|[Hh]ead|[Ee]nvoy|"
                                r"[Dd]irector[- ][Gg]eneral|[Ss]pokes(?:man|woman|person))\s*,?\s+")
_BODY_OFFICE_BEFORE = re.compile(r"(?:[Ss]ecretary[- ][Gg]eneral|[Pp]resident|[Cc]hief|[Hh]ead|"
                                 r"[Dd]irector[- ][Gg]eneral|[Hh]igh [Rr]epresentative) of (?:the )?$")


def holds_office_of(text: str, body: tuple[int, int], person_start: int) -> bool:
    """True when a person is named as holding an office of the international body named just before ('UN
    Secretary-General António Guterres', 'the EU's chief negotiator, Michel Barnier', 'President of the
    European Council, António Costa'): they act for the body, not for their country. (A body's rotating chair
    is a country's leader: 'Chairperson of the African Union Azali Assoumani' stays the Comoros'.)"""
    b0, b1 = body
    if person_start - b1 > 60:
        return False
    return bool(_BODY_OFFICE_AFTER.fullmatch(text, b1, person_start)
                or (_BODY_OFFICE_BEFORE.search(text, max(0, b0 - 40), b0) and re.fullmatch(r",?\s+", text[b1:person_start])))


# -- people the gazetteer does not know, introduced with their country -------------------------------

_NAME = r"[A-Z][^\W\d_][\w'’-]*"
_NAME_RUN = re.compile(rf"\s+(?P<name>{_NAME}(?: (?:{_NAME}|(?:al|el|ad|as|ash|az|an|ar|at)-{_NAME})){{1,3}})")  # ('Ahmed
# al-Sharaa', 'Abdel Fattah el-Sisi': a name's article in lower case)


@cache
def _offices() -> tuple[re.Pattern, re.Pattern]:
    """(after, before): an office right after a demonym ('Chilean President', 'his Chilean counterpart')
    and an office with 'of' right before a country ('President of the Republic of South Africa')."""
    portfolios = frozenset(w for line in word_list("portfolios.txt") for w in line.split())  # ('Energy Minister')
    words = sorted(titles() | portfolios | {w.lower() for w in titles()} | {"counterpart", "colleague", "leader"},
                   key=len, reverse=True)
    office = "(?:%s)" % "|".join(map(re.escape, words))
    return (re.compile(rf"\s+(?P<office>{office}(?:[ -]{office}){{0,3}})(?={_NAME_RUN.pattern})"),
            re.compile(rf"(?P<office>{office}(?:[ -]{office}){{0,3}}) of (?:the )?$"))


def introductions(text: str, mentions: list[dict]) -> list[tuple[int, int, str, str, str]]:
    """People an article introduces by office and country ('Peruvian President Martin Vizcarra',
    'his Chilean counterpart Sebastian Piñera', 'President of South Africa Cyril Ramaphosa') whom the
    gazetteer does not know: (start, end, name, country, office) of each full name so introduced."""
    after, before = _offices()
    taken = {m["start"] for m in mentions}
    out = []
    for m in mentions:
        if m["kind"] != "country":
            continue
        after_of = text.endswith(("of ", "of the "), 0, m["start"])
        if m["form"] == "demonym" or (text[m["end"] + 1:m["end"] + 2].isupper() and not (
                after_of or _PLACE_PREPOSITION.search(text, max(0, m["start"] - 12), m["start"]))):
            o = after.match(text, m["end"])  # 'Chilean President …', 'US Defense Secretary …'; not 'talks in Russia Foreign Minister …'

            at = o.end() if o else -1
        else:  # only after 'of' ('President of the Republic of …'): a cheap test before the pattern
            o = before.search(text, max(0, m["start"] - 60), m["start"]) if after_of else None
            at = m["end"] if o else -1
        run = _NAME_RUN.match(text, at) if at >= 0 else None
        if run is None and after_of:  # 'received Mihai Popescu, Deputy Prime Minister … of the Republic of Moldova'
            run = _APPOSITIVE.search(text, max(0, m["start"] - 160), m["start"])
            if run is None or not office_words(run["office"]):
                continue
            o = run
        if run is None:
            continue
        words = name_words(run["name"].split(" "))
        start = run.start("name")
        if len(words) >= 2 and start not in taken:
            name = " ".join(words)
            out.append((start, start + len(name), name, m["country"], " ".join(o["office"].lower().split())))
    return out


def name_words(parts: list[str]) -> list[str]:
    """The words of a name run that are a person's name: up to an office, a function or date word, a country or a body
    (an honorific such as 'Sheikh' may stand inside a name: 'Hassan Sheikh Mohamud')."""
    words = []
    for k, w in enumerate(parts):
        inside = words and w in _NAME_HONORIFICS and k + 1 < len(parts) and not no_name(parts[k + 1])
        if (no_name(w) and not inside) or gazetteer().entries.get(w, ("short",))[0] != "short":
            break
        words.append(w)
    return words


# An office and a full name that open a text ('Prime Minister Mark Brown returned …', 'RAROTONGA, June 5 – Prime
# Minister Mark Brown …': after a dateline's dash)
_LEAD_OFFICE = re.compile(rf"(?:[^\n]{{0,60}}?\s[-–—]+\s)?(?:[Tt]he )?(?P<office>{OFFICE_ALTERNATION})"
                          rf"{_NAME_RUN.pattern}")  # ('NUKU'ALOFA, Jan. 5 - Prime Minister …': a dateline's full stop)


_OF_AFTER = re.compile(r",?\s+(?:of|from)\s")


def home_introduction(text: str, mentions: list[dict], home: str) -> dict[str, tuple[str, str]]:
    """{name: (home, office)} for the person a text opens with by office alone, whom no country stands beside and
    the gazetteer does not know ('Prime Minister Mark Brown returned to Rarotonga …' on Cook Islands News): the
    outlet's own office holder, whom the text may name again by surname ('Brown was in Seoul …'); {} otherwise."""
    m = _LEAD_OFFICE.match(text) if home else None
    if m is None or any(m.start("office") <= x["start"] < m.end() for x in mentions) or _OF_AFTER.match(text, m.end()) \
            or any(m.end() <= x["start"] < m.end() + 40 and text[m.end():x["start"]].lstrip()[:1] in ",("
                   and x["kind"] == "country" for x in mentions):
        return {}  # ('Prime Minister Mark Brown of Fiji', '…, Kiribati's head of state,', '… (Kiribati)', 'President Ilham
        # Aliyev …': the gazetteer's)
    words = name_words(m["name"].split(" "))
    return {" ".join(words): (home, OFFICES[m["office"]])} if len(words) >= 2 else {}


def office_words(words: str) -> bool:
    """True when words name an office: a title among them, and no other word in lower case than a title's or a
    connector ('Deputy Prime Minister and Minister of Foreign Affairs', 'head of the International Department';
    not 'who met the Foreign Minister')."""
    split = words.split()
    return bool(titles().intersection(split)) and all(
        w[0].isupper() or w in _OFFICE_CONNECTORS or w.capitalize() in titles() for w in split)


_OFFICE_CONNECTORS = frozenset({"of", "and", "the", "for", "on", "in", "to", "&"})
# A full name, then its office and 'of' before a country: 'Mihai Popescu, Deputy Prime Minister and Minister of Foreign
# Affairs of the Republic of Moldova' (the office holds no comma, full stop or bracket)
_APPOSITIVE = re.compile(rf"(?<![\w'’-])(?P<name>{_NAME}(?: {_NAME}){{1,3}}),\s+(?:the\s+)?(?P<office>[^,.;()\n]{{3,120}}?)\s+of\s+(?:the\s+)?$")
_PLACE_PREPOSITION = re.compile(r"\b(?:in|to|from|after|at|into|for|with|by|on|over|across|near|via|and)\s+(?:the\s+)?$")
_NAME_HONORIFICS = frozenset({"Sheikh", "Shaikh", "Sheikha"})  # a title that may stand inside a name ("Hassan Sheikh Mohamud")


@lru_cache(maxsize=512)
def names_pattern(names: tuple[str, ...]) -> re.Pattern:
    """The pattern of some people's full names and surnames (a page's leaders recur across its articles)."""
    return literal_regex(list(names))


def with_introduced(text: str, mentions: list[dict], article_id: str, spans: tuple | None,
                    introduced: dict[str, tuple[str, str]]) -> list[dict]:
    """Mentions with the people the article (or its title: `introduced`) introduces, wherever it
    names them again in full or by surname alone (form 'introduced')."""
    found = introductions(text, mentions)
    if not found and not introduced:
        return mentions
    people = dict(introduced)
    people.update({name: (country, office) for _, _, name, country, office in found})
    surnames = {name.rsplit(" ", 1)[1]: name for name in people}  # the latest introduced keeps a shared surname
    hits = ((m.start(), m.end(), key, *people[key])
            for m in names_pattern(tuple(sorted({*people, *surnames}))).finditer(text)
            for key in (m.group() if m.group() in people else surnames[m.group()],)
            if key == m.group() or stands_alone(text, m.start(), m.end()))
    return with_people(text, mentions, article_id, spans, hits, "introduced")


_WORD_BEFORE = re.compile(r"([A-Z][\w'’.-]*)\s+$")
_LETTER_AFTER = re.compile(r"['’](?!s\b)[a-z]")


def stands_alone(text: str, start: int, end: int) -> bool:
    """True when a surname of surnames.csv at start–end names its person: not when a given name
    comes right before it ('Daniil Medvedev', 'Michelle Obama': see given_name_before), nor an
    apostrophe and a letter after it ('Xi'an')."""
    return not _LETTER_AFTER.match(text, end) and not given_name_before(text, start)


def given_name_before(text: str, start: int) -> str:
    """The capitalised word right before a surname at `start`, on the same line, when it may be a
    given name: no title, function word, date word or country, no single letter, and not the last
    word of the sentence before ("… the Great Hall of the People. Medvedev …"); else ''."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None or "\n" in text[before.end(1):start]:
        return ""
    word = before.group(1).rstrip(".")
    if before.group(1).endswith(".") and len(word) > 1 and word not in titles():
        return ""
    base = re.sub(r"['’]s$", "", word)
    return "" if (no_name(word) or base in gazetteer().entries or len(word) == 1 or word.isupper()  # 'PM', 'FM'
                  or word in _SENTENCE_ADVERBS) else word


_AND = re.compile(r"\s*(?:,|and|&|[–-])\s*$")  # 'Kishida and Yoon', 'Yoon, Kishida', 'the Hichilema–Masisi talks'
_AND_NEXT = re.compile(r"(?:\s*(?:,|and|&)\s+|[–-])(?:[A-Z][\w'’-]+ )?(?P<name>[A-Z][\w'’-]+)")


def beside_a_leader(text: str, start: int, end: int, found: list[dict]) -> bool:
    """True when a surname stands in a pair with a leader named just before or after it ('Kishida and Yoon', 'Yoon,
    Kishida agree …'): a surname of the roster there names its one leader."""
    if text.endswith(", ", 0, start) and _AND_NEXT.match(text, end):
        return False  # in a list of three or more ('Mishustin, Novak and Lavrov'): officials of one government, as a rule
    last = found[-1] if found else None
    if last is not None and last["kind"] == "person" and last["country"] and _AND.fullmatch(text, last["end"], start):
        return not text.endswith(", ", 0, last["start"])
    m = _AND_NEXT.match(text, end)
    g = gazetteer()
    entry = g.entries.get(fold(m["name"])) if m else None
    # the next is a leader named in full, or a surname that names one leader: as one that names one alone (surnames.csv),
    # or as the one of the roster ('Hichilema and Masisi', 'the Mickoski–Plenkovic meeting')
    return bool(entry) and (entry[0] == "person" or (entry[0] == "short" and (fold(m["name"]) in g.alone
                                                                             or len(g.shorts[entry[1]]) == 1)))


# Words that open a sentence before a surname and are no given name ('Later Albanese flew home')
_SENTENCE_ADVERBS = frozenset({"Later", "Earlier", "Meanwhile", "Then", "Also", "Now", "Today", "Yesterday", "Tomorrow",
                               "However", "Still", "Again", "Finally", "Separately", "Afterwards", "Subsequently",
                               "Moreover", "Instead", "There", "Here", "Thereafter", "Previously", "Currently"})


def another_bearer(text: str, scan: str, surname: str, person: str) -> bool:
    """True when the text names someone else of a roster leader's surname in full ('Deputy Prime Minister
    Alexander Novak' on a page whose 'Mr Novak' is not Katalin Novák): a given name before the surname
    that is none of the leader's names. `scan`: the text folded (see fold); `surname`: folded."""
    names = fold(person).split()
    return any((given := given_name_before(text, m.start())) and fold(given) not in names
               for m in re.finditer(rf"\b{re.escape(surname)}\b", scan))


_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Dr", "Sir", "Lord"})
# The offices before a surname that name a leader of the roster (not 'Senator Johnson', 'General Graham')
_LEADER_OFFICES = frozenset({"President", "Premier", "Minister", "Chancellor", "King", "Queen", "Emir", "Amir", "Sultan",
                             "Prince", "Sheikh", "Leader", "Taoiseach"})
_OFFICE_BEFORE = re.compile(r"\b(?:%s) $" % "|".join(sorted(_LEADER_OFFICES, key=len, reverse=True)))  # 'President |Samia'


def titled(text: str, start: int, surname: str) -> bool:
    """True when a leader's office or an honorific stands right before a surname ('President Abinader', 'Prime
    Minister Luxon', 'Mr Albanese'), on the same line; a mere honorific before a surname many people share ('Mr
    Johnson') is not enough (common_surnames.txt), nor another title ('Senator Johnson')."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None or "\n" in text[before.end(1):start]:
        return False
    word = before.group(1).rstrip(".")
    return word in _LEADER_OFFICES or (word in _HONORIFICS and fold(surname) not in common_surnames())


_NAME_GOES_ON = re.compile(r" (?:[A-Z]|al-|el-|bin |ibn )")  # 'President Ahmed Al Shara': a given name, no surname


_NEXT_WORD = re.compile(r" ((?:[A-Z]|al-|el-|bin\b|ibn\b)[\w’'-]*)")


def name_goes_on_elsewhere(text: str, end: int, person: str) -> bool:
    """A name goes on after the surname at `end` with a word that is not of the person's own name ('Todd |McClay' for
    Hugh Todd; not 'Tamim |bin Hamad Al Thani')."""
    if not (goes_on := _NEXT_WORD.match(text, end)):
        return False
    word = goes_on[1]
    return not no_name(word) and fold(word) not in fold(person).replace("-", " ").split()  # (not 'Ruto Tuesday',
    # 'Albanese MP')


_OFFICE_WORDS = re.compile(rf"\b(?P<office>{OFFICE_ALTERNATION}) $")


def office_before(text: str, start: int) -> str:
    """The office, as leaders.csv writes it, that stands right before a surname ('President Chávez' gives 'president',
    'Prime Minister Chávez' 'prime minister'); '' for none."""
    m = _OFFICE_WORDS.search(text, max(0, start - 20), start)
    return "" if m is None else OFFICES[m["office"]]


@cache
def common_surnames() -> frozenset[str]:
    """Surnames many people share (data/lexicons/common_surnames.txt), written without accents."""
    return frozenset(fold(w) for line in word_list("common_surnames.txt") for w in line.split())


def may_be_surname(word: str) -> bool:
    """True for a word that can name a person alone: not a word that is no name (no_name: 'May'), a regnal number ('II'),
    an abbreviation ('Jr.') or a word of one or two letters ('Yi')."""
    return len(word) > 2 and "." not in word and not re.fullmatch(r"[IVXL]+", word) and not no_name(word)


def no_name(word: str) -> bool:
    """True for a capitalised word that is no part of a person's name: an office or honorific, a
    function or headline word, a month or a weekday."""
    low = word.lower()
    return (word in titles() or low in stopwords() or low in headline_words() or month_number(word) is not None
            or low in WEEKDAYS)


@cache
def titles() -> frozenset[str]:
    """Offices and honorifics that may stand before a surname (data/lexicons/titles.txt)."""
    return frozenset(w for line in word_list("titles.txt") for w in line.split())


def mentions_by_article(articles: pd.DataFrame) -> dict[str, list[dict]]:
    """Mentions of every article, keyed by article id."""
    titles = articles["title"] if "title" in articles else [""] * len(articles)
    return {aid: find_mentions(text, aid, title=find_mentions(title))
            for aid, text, title in zip(articles["article_id"], articles["text"], titles)}


def mentions_table(articles: pd.DataFrame, found: dict[str, list[dict]] | None = None) -> pd.DataFrame:
    """mentions.csv: one row per mention across all articles."""
    found = mentions_by_article(articles) if found is None else found
    df = pd.DataFrame([r for rows in found.values() for r in rows], columns=MENTION_COLUMNS)
    return df.astype({"start": "int64", "end": "int64"})


@cache
def short_names() -> dict[str, str]:
    """Short names for charts where pycountry's are long or formal ('Russia', not 'Russian Federation')."""
    return {r["code"]: r["name"] for r in read_csv("country_names.csv")}


def country_name(code: str) -> str:
    """A short readable English name for an alpha-3 code: country_names.csv, else pycountry's common
    name where it has one, else its name ('Korea, Republic of' turned round)."""
    if code in short_names():
        return short_names()[code]
    c = pycountry.countries.get(alpha_3=code)
    if c is None:
        return code
    name = getattr(c, "common_name", None) or c.name
    if ", " in name:
        head, tail = name.split(", ", 1)
        name = head if tail.endswith("Province of China") else f"{tail} {head}"
    return name


def key_counts(mentions: pd.DataFrame, articles: pd.DataFrame, by: str, kind: str | None = None,
               keys: list[str] | None = None) -> pd.DataFrame:
    """Mentions per group (a column of the article table; every group listed) × key, for one kind or a list of keys."""
    m = mentions if kind is None else mentions[mentions["kind"] == kind]
    if keys is not None:
        m = m[m["key"].isin(keys)]
    groups = m["article_id"].map(articles.set_index("article_id")[by])
    table = pd.crosstab(groups.rename(by), m["key"].rename("key"))
    every = sorted(g for g in articles[by].unique() if g != "")
    table = table.reindex(index=pd.Index(every, name=by), fill_value=0)
    return table.reindex(columns=keys, fill_value=0) if keys is not None else table


def co_mentions(mentions: pd.DataFrame, keys: list[str] | None = None, kinds: tuple[str, ...] = ("organisation", "country"),
                unit: str = "sentence", min_weight: int = 1) -> pd.DataFrame:
    """Pairs of entities named in the same sentence (or article): source, target, weight = number of units."""
    m = mentions[mentions["kind"].isin(kinds)]
    if keys is not None:
        m = m[m["key"].isin(keys)]
    cols = ["article_id", "sentence"] if unit == "sentence" else ["article_id"]
    units = m.drop_duplicates(cols + ["key"]).groupby(cols, sort=True)["key"].agg(lambda s: sorted(set(s)))
    pairs = [(a, b) for ks in units for i, a in enumerate(ks) for b in ks[i + 1:]]
    edges = pd.DataFrame(pairs, columns=["source", "target"]).value_counts().rename("weight").reset_index()
    edges = edges[edges["weight"] >= min_weight]
    return edges.sort_values(["weight", "source", "target"], ascending=[False, True, True]).reset_index(drop=True)


def bloc_sentences(mentions: pd.DataFrame, blocs: dict[str, str]) -> pd.DataFrame:
    """Sentences that name organisations of exactly one bloc (`blocs`: key → bloc label), one row per
    sentence, with every organisation's name blanked out of `text`, so that a keyness of the words
    around the blocs does not count the names' own words ('Cooperation' in 'Shanghai Cooperation
    Organization')."""
    orgs = mentions[mentions["kind"] == "organisation"]
    rows = []
    for (aid, sentence), m in orgs.groupby(["article_id", "sentence"], sort=True):
        labels = set(m["key"].map(blocs).dropna())
        if len(labels) != 1:
            continue
        names = sorted(set(m["surface"]), key=len, reverse=True)
        blank = re.compile("|".join(r"(?<!\w)" + re.escape(n) + r"(?!\w)" for n in names))
        rows.append({"article_id": aid, "bloc": labels.pop(), "sentence": sentence,
                     "text": " ".join(blank.sub(" ", sentence).split())})
    return pd.DataFrame(rows, columns=["article_id", "bloc", "sentence", "text"])
