"""Bilateral encounters (visits, meetings, talks, phone calls) as dated events between two countries.

Every trigger in a sentence, and in the article's title, is a candidate encounter. Its parties are
the countries of the people, bodies and countries named around it: the subject before it in its
clause, the argument after it ("with …", "between … and …", "to …"), or a pair it names itself
("Russian-Chinese talks"). On an official site the site's own country is the missing side
("Meeting with Chinese Foreign Minister Wang Yi" on the Kremlin's site). A held encounter stated
without a date in the title or the lead happened on the publication date (the news convention);
a meeting or talks happen where the sentence says, else during the pair's visit, else at the
article's place line. Triggers and cues are data (data/lexicons/encounters.toml), places come
from multipolar.places, and the countries of people and bodies from the entity gazetteer.
"""
from __future__ import annotations

import re
import tomllib
from bisect import bisect_left, insort
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache, partial

from .lazy import pandas as pd

from . import schema
from .dateexpr import (COMING_DAYS, NEAREST_DAY, NUMBERS, SEASON_OVER, WEEKEND_BEFORE, WEEKEND_THIS, find_dates,
                       parse_ref)
from .dates import iso
from .entities import OFFICE_ALTERNATION, OFFICES, find_mentions, gazetteer, one_state
from .lexicon import LEXICONS, LiteralSets, boundary_factored, finditer_at_heads, headline_words
from .places import city_at, residence_at
from .speakers import addressee, answers_question, first_person, second_person, speaker, turns
from .tokens import NOT_ABBREVIATION, lowered, sentence_spans

EVENT_COLUMNS = schema.EVENTS.names
DAY_KINDS = ("range", "month-day", "weekday", "relative", "month", "mdy", "dmy", "day")
# Reference dates that are the item's own date: a held encounter it states without a date is of that day.
NEWS_DATE_METHODS = ("published date", "posted date", "dateline month-day")
PUBLICATION = "publication date"
IMMINENT = "year of the item (a plan told as imminent)"
DURING_VISIT = "during the visit"  # an encounter dated by the visit of its pair it took place during
JOURNEY_MONTH = "the month of the journey's day told in the main clause"  # ('returned on Sunday from a trip that took him to')
TOUR_SPAN = "the tour's span"  # one span told for every stop of a tour ('will visit A, B and C from January 13 to 18')
NEXT_WEEKDAY = "next such weekday after the reference date (a plan)"
RELATIVE_TO_TEXT = "relative to the previous date in the text"  # dateexpr's method for "the following day"


@cache
def spec() -> dict:
    """data/lexicons/encounters.toml as read, once (its rules are compiled by rules())."""
    return tomllib.loads((LEXICONS / "encounters.toml").read_text(encoding="utf-8"))


SAYING = spec()["macro"]["SAYING"]  # the verbs of saying, which the patterns of a source or a speaker below are made from


_PLACE_BEFORE = re.compile(r"\b(?:in|to|at|into|across|around|near|visit(?:ed|ing|s)?|tours?\s+of|toured|arriv\w+ (?:in|at)|(?:depart\w*|left|leaves?|leaving) for|leaving|leaves?|left|departing)\s+(?:the\s+)?"
                           r"(?:[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)*,\s+(?:the\s+)?|(?:(?:Islamic|Federal|Socialist|Democratic|People's|"
                           r"People’s|Arab|United|Hashemite|Bolivarian|Plurinational)\s+)*(?:Republic|Kingdom|State|Federation|"
                           r"Sultanate|Emirate|Principality|Commonwealth)\s+of\s+(?:the\s+)?)?$")
# Where a journey came from ('I have come to Yokohama straight from Beijing', 'who flew in from Astana', 'arrived at the
# airport this morning from Guatemala'): a place, not a side (with no verb of coming, 'met … with his counterpart from
# Azerbaijan', 'a delegation from Moscow', it is one)
_CAME_FROM = re.compile(r"\b(?:came|come|comes|coming|flew|flown|flies|flying|arrived|arrives|arriving|travell?ed|"
                        r"returned|returning|straight|directly|fresh|land(?:s|ed|ing)?)\b(?:[^,.;:]{0,60}?\s)?"
                        r"from\s+(?:the\s+)?$")
_ONWARD = re.compile(r"\b(?:before|after|then|and then) (?:leaving|departing|heading|flying|travell?ing|continuing)\b|, followed by\b")
# A phrase fronted before the main clause ('During his visit to Sydney on 1 May, the President will meet …', 'On his
# arrival in Hanoi, he will be received …'): the encounter it names has the main clause's tense, a plan when that clause
# is in the future: its subject (a pronoun, 'the …' or a name) right after the comma, then 'will', 'shall', 'is to' (not
# 'During the talks, Xi told Putin that China will …': a future in what was said).
_FRONTED = re.compile(r"(?:During|On|Upon|At|Before|Ahead of|In the course of) (?:his|her|their|the|a|an)\b")
_FRONTED_FUTURE = re.compile(r"[^,;]*, (?!(?:[\w’'.-]+ ){0,4}?(?:said|says|told|tells|stressed|noted|agreed|added|confirmed|"
                             r"announced|declared|stated)\b)(?:he|she|they|we|I|(?:the|[A-Z][\w’'.-]*)(?: [\w’'.-]+){0,4})"
                             r" (?:will|shall|(?:is|are) (?:to|due to|expected to|set to|scheduled to))\b")
_AND_TO = re.compile(r"\b(?:and|or) to (?:\w+ )?(?:hold|meet|have|visit|sign|attend|take part|be received|call on)\b")  # a second
# infinitive under one verb of planning ('is expected to be received by X and to hold a series of meetings')
_WHICH_CLAUSE = re.compile(r", (?:which|that) ")
_WHO_CLAUSE = re.compile(r", (?:who|whose) ")
_STOP_AFTER = re.compile(r"\s+(?:is|was|will be|becomes|became) (?:the|a|an) (?:[\w-]+ ){0,2}(?:stop|leg|destination)\b")  # a place
_SUMMIT = re.compile(r"\b(?:[Ss]ummit|Meeting|G20|G-20|APEC)\b")
# the other side of an earlier trigger: the agent of a passive ('will be received by King Felipe'), or after 'with'
_AGENT_BEFORE = re.compile(r"\b(?:received|welcomed|hosted|greeted|met)\s+(?:[\w-]+\s+){0,3}?by\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$")
_OBJECT_BEFORE = re.compile(rf"\bwith\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}$|{_AGENT_BEFORE.pattern}")
_BY_OF_BEFORE = re.compile(r"\b(?<!followed )(?<!accompanied )(?<!received )(?<!welcomed )(?<!hosted )(?<!greeted )(?<!met )"
                           r"(?:by(?!\s+(?:tele)?phone\b|\s+video)|of|from)\s+(?:the\s+)?"
                           r"(?:[\w’'-]+\s+){0,4}$")  # (not 'spoke by phone with his … counterpart', nor the host who
# 'will be received by' the traveller: '… arrived in Havana and will be received by President Díaz-Canel tomorrow')
_ADJECTIVE_PAIR = re.compile(r"\b([A-Z][a-zà-öø-ÿ]+|[A-Z]{2,3})[-–]([A-Z][a-zà-öø-ÿ]+(?: (?:of (?:the )?)?[A-Z][a-zà-öø-ÿ]+){0,2}|[A-Z]{2,3})\b")
# "Russian-South African", "Mongolia-Republic of Korea", "China-UK"
_PLACE_AFTER_PREP = re.compile(r"\b(?:in|at)\s+(?:the\s+)?")
_POSSESSIVE = re.compile(r"\b(?:his|her|their|its|our|my|your|[A-Z]\w+[’']s)\s+(?:[\w-]+\s+){0,2}$")
_CLAUSE_BREAK = re.compile(r", and |; | but |, while ")
_YEAR_SPAN = re.compile(r"\s*[-–]\s*\d{4}")  # "2023-2024": a period, not the date of an encounter
_SPAN_END = re.compile(r"\d{4}\s*[-–]\s*$")
_ANAPHOR = re.compile(r"(?:The|This|That|His|Her|Their|Its) (?:[\w-]+ )?(?:visit|trip|tour|talks|meeting|call|"
                      r"conversation|summit|consultations|negotiations)\b|It (?:will|is|was)\b")
_HE_WILL = re.compile(r"(?:He|She|They) will\b")
_DESTINATION_PHRASE = re.compile(r"\s*(?:to|in)\b|\s*(?:our|your|my)\s+(?:nation|country|capital|city|land|republic)\b")  # "visit to our nation"
_REFERS_BACK = re.compile(r"(?:after|following|before|prior to|during|since|ahead of|his|her|their|its|our|my|your)\b", re.I)
_TOUR_OF_END = re.compile(r"\btours?\s+of\s+(?:the\s+)?$")
_PLACE_NOUN_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:city|capital|port|town|resort|region)\b")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")  # "the Xi–Putin talks" in a headline: talks known before, not news
_BETWEEN = re.compile(r"\b(?:took place|(?:was |were )?held|will take place|will be held|is scheduled|was scheduled)\b"
                      r"[^,;]{0,60}?\bbetween\b"  # … and "the meeting of the Commission on Cooperation between the Duma and …"
                      r"|\bof the (?:[\w’'-]+ ){0,6}?(?:Commission|Committee|Council|Forum|Group)\b[^,;]{0,40}?\bbetween\b")
_TELLS = re.compile(r"(?:[A-Z][\w’'.-]+ ){1,4}(?:told|assured|informed|briefed|thanked|congratulated|invited|urged|asked)\b"
                    r"|(?:[A-Z][\w’'.-]+ ){1,4}and (?:[A-Z][\w’'.-]+ ){1,4}(?:[a-z]+ed|agreed|spoke|said|discussed|vowed)\b")  # "…, A and B discussed"
_OPENER = re.compile(r"(?:During|Amid|Amidst|Despite|Following|After|Before|Ahead of|In the wake of|On the eve of|As part of|At(?! least))\b")
_OPENING_WORD = re.compile(r"(?:Speaking|After|Following|Before|During|In|At|On|With|Alongside|Addressing|Meeting)\b")
_SAYS_BEFORE = re.compile(rf"\b(?:{SAYING}|believes|thinks)\b")  # "X said the key to peace is in Moscow"
_OPENING_PHRASE = re.compile(r"(?:In|During|Over|At) (?:a|an|the|their) (?:[\w-]+ )?")  # "In a phone call on Monday, …"
_SAYS = re.compile(rf"\s+(?:has |had |have )?(?:{SAYING})\b")
_SOURCE_SAYS = re.compile(r"(?:[’']s(?:\s+[\w-]+){1,3}?)?" + _SAYS.pattern)  # " said", "'s foreign ministry said"
_AND_I = re.compile(r"(?<=[\w.])\s+and I\s+(?:(?:have|had|also|last|first|then|will)\s+)?$")  # 'Kallas and I met'
_A_SUMMIT = re.compile(r"\b(?:summit|sidelines|margins)\b", re.I)  # 'hosted Kishida for dinner on the sidelines of the G7'
_HOSTING = re.compile(r"(?:hosted|hosts|host|hosting) ")  # a meeting its subject hosts: at home unless a place is named
_AT_THE = re.compile(r" (?:at|with) (?:the )?")  # a trigger's argument: 'talks at the African Union Commission'
_ON_TO = re.compile(r"(?:and|then) on to ")  # an onward leg with no verb of its own ('… and on to Lebanon')
_YOU_AFTER = re.compile(r"\s*you\b(?! (?:and|all|both)\b)")  # the listener as the object of a trigger ('will receive you')
_ME_AFTER = re.compile(r"\s*(?:me|us)\b")  # the speaker as the object of a trigger ('received me')
_HIM_AFTER = re.compile(rf"\s*{spec()['macro']['HIM_AFTER']}")  # the traveller as the object ('hosted him', 'met him off the
# plane'; not 'her counterpart'), as the meeting trigger of encounters.toml reads it
_WHOM = re.compile(r"\bwhom\s+(?:he|she|they|we|I)\s+(?:(?:had|has|have|also|first|last|later)\s+)?$")
_NOW_IN = re.compile(r"(?:is|are) in ")  # "X is in Azerbaijan": under way now
_JUST_NOW = re.compile(r"\b(?:has|have) (?:just |now )?$")  # "X has sat down with Y", "has arrived in": the news of the day
_NOT_NEWS = re.compile(r"\b(?:times|twice|before|previously|ever|never|often|already|regularly|repeatedly)\b")
_THAT_WILL = re.compile(r"\s*,?\s*(?:that|which)(?:\s+\w+){0,3}\s+")
_FOR_THE = re.compile(r"(?:\bfor (?:the |a |an |their )?(?:[\w-]+ )?|,\s+(?:making|marking)\b[^,;]*)$")  # what a plan is for
_OWN_VERB = re.compile(r"\b(?:held|met|meets|was|were|had|has|have|did|visited|received|hosted|paid|made|took|arrived|is|are|will|would|"
                       r"shall|then|later|also)\b|[;:]", re.I)  # a clause's own verb or a new step: not a phrase of the one before
# 'a day after Yoon arrived', 'two days after he had landed': the trigger after it, that many days before the day told
_DAYS_AFTER_ONE = re.compile(r"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) days? after "
                             r"(?:the\s+(?:[\w-]+\s+){0,2}|(?:[A-Z][\w’'.-]*|he|she|they)\s+){1,4}(?:had\s+|has\s+)?"
                             r"(?:(?:arrived|landed|came)\b[^,;.]{0,40}?\s)?$")  # ('… arrived for a state visit')
_COUNTS = {"six": 6, "eight": 8, "nine": 9, "ten": 10, **NUMBERS}
_THAT_TOOK = re.compile(r"\b(?:that|which) (?:had )?(?:also |earlier |already |first )?(?:took|had taken|has taken)\b")
# A trigger that names a stop of a tour from the tour ('the tour opened in Mozambique', 'The tour ends in Ghana', 'the
# second country on the tour'): not the day's news, as 'began a tour of Southeast Asia in Manila' or 'the tour continues
# in Ethiopia' are
_TOUR_STOP = re.compile(r"^(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts) (?:[\w-]+ ){0,3}(?:tour|trip|journey),? "
                        r"(?:[^,]{0,60}, )?(?:opened|began|started|ends|ended|will end|concludes|concluded)\b"
                        r"|\b(?:on|of) the (?:(?!of\b)[\w-]+ ){0,3}(?:tour|trip|journey)\b")  # (not 'on the results of his trip')


def in_that_took(sentence: str, t0: int, t1: int) -> bool:
    """Whether the trigger at t0–t1 is the verb of a relative clause that names a tour's stops ('a tour that also took
    him to Eritrea'; not a trigger after that clause, 'on a trip that took him to Eritrea, arrived in Kenya')."""
    found = _THAT_TOOK.search(sentence, max(0, t0 - 30), t1)
    return found is not None and found.end() > t0


_TIMES = re.compile(r"\b(?:twice|times|several|regularly|repeatedly|more than \w+|dozens?|a number of)\b", re.I)


@dataclass(frozen=True)
class Trigger:
    """One trigger: the encounter type it announces, its pattern, and stems every match holds."""

    type: str
    pattern: re.Pattern
    stems: tuple[str, ...]
    retype: tuple[tuple[str, str], ...] = ()  # (word, type): a match whose encounter noun is the word is of that type
    # ('the intergovernmental consultations held in Yekaterinburg': talks' words, a meeting's type)
    unless_call: bool = False  # no encounter in a sentence that tells a call or a message ('in a telegram')
    visitor: str = "subject"  # for visits: who travels: the subject; the object ("welcoming X to Y");
    # "named": the subject, and the trigger counts only when the subject names one ("X is in Moscow");
    # "arrival": the person or office named right before the verb, to the item's dateline or place line ("X, who flew in
    # from Accra on Tuesday"); "next_stop": the last traveller told, to the place the clause opens with ("Namibia follows
    # on Thursday": a plan); "pronoun": the sentence's first actor ("X returned from a trip that took him to Y"); "where":
    # the actor named last before the place named right before ', where' ("touched down in Beijing, having flown in from
    # Pyongyang, where he had arrived on Saturday"); "residence", for a meeting: the person or office named right before
    # it, with the seat of power named ("who had been received in the Kremlin"); for other encounters, "subjects": both
    # sides are in the subject ("Lavrov, Wang discuss Ukraine by phone"); "joint": only so ("Borissov and Mitsotakis walked
    # the site together");
    # "readout": a call only when nothing in the sentence places the two together ("X spoke with Y");
    # "person_object": the one hosted must be a person or an office ("will host Putin"); "gapped": so, and of
    # another country than the subject's ("met A on Monday and Greek Foreign Minister B on Tuesday")


@dataclass(frozen=True)
class Rules:
    """Compiled triggers and cues (see encounters.toml)."""

    triggers: tuple[Trigger, ...]
    stems: tuple[str, ...]
    planned: re.Pattern
    skip: re.Pattern
    background: re.Pattern
    third_party: re.Pattern
    not_party: re.Pattern
    not_party_word: re.Pattern  # any of the lower-case words one of which every not_party match holds
    argument_end: re.Pattern
    clause_start: re.Pattern
    date_barrier: re.Pattern
    actor_nouns: re.Pattern
    planned_title: re.Pattern
    planned_title_unless: re.Pattern
    same_day: re.Pattern
    imminent: re.Pattern  # an undated plan told as near: of the item's year
    past: re.Pattern  # words right before a trigger that tell it as past ("the recent visit")
    home_office: re.Pattern  # an office or honorific whose holder an outlet need not name the country of
    negated: re.Pattern  # words right before a trigger that deny it or call it off
    cues: dict[str, re.Pattern]  # every cue of encounters.toml by its name (those not named above among them)
    headline_words: re.Pattern  # Title Case words read in lower case in a headline


def pattern_macros() -> dict[str, str]:
    """The {NAME}s the patterns of encounters.toml may use: its own [macro] table, the tokeniser's NOT_ABBREVIATION and
    OFFICE, the leaders' offices of lexicons/offices.csv ('Prime Minister|President|…')."""
    return {**spec()["macro"], "NOT_ABBREVIATION": NOT_ABBREVIATION, "OFFICE": OFFICE_ALTERNATION}


@cache
def rules() -> Rules:
    """Load encounters.toml once."""
    macros = pattern_macros()
    named = re.compile(r"\{(%s)\}" % "|".join(macros))

    def expand(pattern: str) -> str:  # the {NAME}s a pattern uses, written out (and its \b factored: see there)
        return boundary_factored(named.sub(lambda m: macros[m[1]], pattern))

    triggers = tuple(Trigger(t["type"], re.compile(expand(t["pattern"])), tuple(t["stems"]),
                             tuple(t.get("retype", {}).items()), t.get("unless_call", False), t.get("visitor", "subject"))
                     for t in spec()["trigger"])
    spec_cues = spec()["cue"]
    c = {name: re.compile(expand(p), re.I if name in spec_cues["case_blind"] else 0)
         for name, p in spec_cues.items() if isinstance(p, str)}  # each cue compiled once, with its case rule
    return Rules(triggers, tuple(dict.fromkeys(s for t in triggers for s in t.stems)),
                 c["planned"], c["skip"], c["background"], c["third_party"], c["not_party"],
                 re.compile("|".join(map(re.escape, spec_cues["not_party_words"]))), c["argument_end"], c["clause_start"],
                 c["date_barrier"], c["actor_nouns"], c["planned_title"], c["planned_title_unless"], c["same_day"],
                 c["imminent"], c["past"], c["home_office"], c["negated"], c,
                 re.compile(r"(?<=\s)(?:%s)\b" % "|".join(w.capitalize() for w in sorted(headline_words(), key=len, reverse=True))))


# -- sentences worth reading ------------------------------------------------------------------------

def stem_sentences(text: str, spans: tuple[tuple[int, int], ...]) -> dict[int, set[int]]:
    """The sentences holding a trigger stem, by index, each with the triggers whose stems it holds
    (indexes of rules().triggers), from one scan of the lower-cased text for all stems at once."""
    stems = trigger_scans()[0]
    low = lowered(text)
    if low is None:
        return {i: found for i, (s0, s1) in enumerate(spans) if (found := stems.present(text[s0:s1].lower()))}
    return stems.present_in(low, spans)


def has_stem(sentence: str) -> bool:
    """True when a sentence holds one of the trigger stems."""
    return bool(trigger_scans()[0].present(sentence.lower()))  # one scan for all the stems


def headline_case(title: str) -> str:
    """A headline with its Title Case function words and trigger words in lower case ('Xi Jinping
    Holds Talks With …' is read as 'Xi Jinping holds talks with …'): same length, so the offsets of
    its mentions and dates hold; names, offices and places keep their capitals."""
    return rules().headline_words.sub(lambda m: m.group().lower(), title)


def triggers(sentence: str) -> list[tuple[str, re.Match]]:
    """Every trigger in a sentence, in order, as (type, match); overlapping matches keep the earlier one."""
    return [(t.type, m) for t, m in trigger_matches(sentence)]


@cache
def trigger_scans() -> tuple[LiteralSets, tuple[Callable, ...]]:
    """The scan that tells which triggers' stems a text holds (one for all triggers), and for each
    trigger (in order) its pattern's finditer tried at the words its matches can begin with
    (lexicon.finditer_at_heads)."""
    triggers = rules().triggers
    return LiteralSets([t.stems for t in triggers]), tuple(finditer_at_heads(t.pattern) for t in triggers)


def retyped(rule: Trigger, m: re.Match) -> Trigger:
    """The trigger as its match reads: of another type when the match's encounter noun (its last word of one, e.g.
    'consultations' in 'held … consultations') is a word of the trigger's retype."""
    nouns = _ENCOUNTER_NOUN.findall(m.group().lower()) if rule.retype else []
    kind = next((kind for word, kind in rule.retype if nouns and nouns[-1].startswith(word)), None)
    return replace(rule, type=kind) if kind else rule


# (the nouns a talks or meeting trigger ends on, singular too: the cue encounter_noun names a journey's nouns as well)
_ENCOUNTER_NOUN = re.compile(r"\b(?:talks?|consultations?|negotiations?|discussions?|dialogue|meetings?)\b")


def trigger_matches(sentence: str, which: set[int] | None = None) -> list[tuple[Trigger, re.Match]]:
    """Every trigger in a sentence with the rule that found it, in order; a match overlapped by the one kept before it
    gives way to its rule's next match (`which`: the triggers whose stems it holds, when stem_sentences gave them)."""
    r, (stems, finditers) = rules(), trigger_scans()
    found = []
    which = stems.present(sentence.lower()) if which is None else which  # any(stem in low for stem in t.stems), one scan for all
    for i in sorted(which):
        found += [(m.start(), -m.end(), i, m) for m in finditers[i](sentence)]
    out, last_end = [], -1
    found.sort(key=lambda f: f[:3])
    while found:
        start, _, i, m = found.pop(0)
        if start < last_end:  # overlapped by the match kept before it: the same rule's next match after that one
            # ('arrives in Moscow for talks with Putin': 'in Moscow for talks' gives way to 'talks with')
            again = r.triggers[i].pattern.search(sentence, last_end)
            if again and not any(f[2] == i and f[0] == again.start() for f in found):
                insort(found, (again.start(), -again.end(), i, again), key=lambda f: f[:3])
            continue
        last_end = m.end()
        out.append((retyped(r.triggers[i], m), m))
    return out


def is_background(sentence: str, m: re.Match) -> bool:
    """True when a trigger refers back to an encounter rather than reporting one ('after his visit',
    'the results of their meeting', 'following the talks'): it takes no date from the news convention."""
    before, r = sentence[:m.start()], rules()
    return bool(r.background.search(before) or _POSSESSIVE.search(before) or _REFERS_BACK.match(m.group())
                or r.past.search(sentence, max(0, m.start() - 40), m.start())  # "the recent visit"
                or _EARLIER.search(sentence, max(0, m.start() - 30), m.start()))  # "a tour that previously took him to"


def trigger(sentence: str) -> tuple[str, re.Match] | None:
    """The first trigger of a sentence, or None."""
    found = triggers(sentence)
    return found[0] if found else None


# -- who: the parties named around a trigger --------------------------------------------------------

@dataclass(frozen=True)
class Party:
    """A country named in a sentence: by a country name or demonym, or as a person's or body's country."""

    country: str
    start: int
    end: int
    kind: str  # country | person | organisation
    place: bool  # named as where something happens ("in Moscow", "to China"), not as who acts
    actor: bool = False  # a person, a body, or a demonym naming one ("Chilean President")
    loose: bool = False  # a demonym naming no actor ("Russian tourists"): a party only as the object of a meeting


def any_case(words: str) -> str:
    """A pattern of words with each word's first letter in either case ('[Pp]rime [Mm]inister')."""
    return re.sub(r"\b(\w)", lambda m: f"[{m[1].upper()}{m[1].lower()}]", words)


# (the offices of lexicons/offices.csv, each word's first letter in either case: 'President', 'president')
_ANY_CASE_OFFICES = "|".join(any_case(o).replace(" ", "[- ]") for o in sorted(OFFICES, key=len, reverse=True))
_OFFICE_OF = re.compile(r"\b(?:" + _ANY_CASE_OFFICES + r"|[Hh]ead of [Ss]tate|"
                        r"(?:[Mm]inister|[Ss]ecretary)(?: of [Ss]tate)? (?:of|for) (?:[A-Za-z][\w-]+ ){0,2}[A-Za-z][\w-]+"
                        r"(?: and (?:[A-Za-z][\w-]+ ){0,2}[A-Za-z][\w-]+)?)"
                        r" of (?:the )?$")  # ('the State Minister for Foreign Affairs of Ethiopia')


_TITLE_BETWEEN = re.compile(rf"(?:['’]s)? (?:{OFFICE_ALTERNATION}|leader) ")


def office_holder(p: Party, sentence: str) -> bool:
    """A person, or a country named with the office right after it ('the Chilean President', 'Guyana's President'):
    someone who can speak, host or act for a side."""
    return p.kind == "person" or (p.kind == "country" and bool(_TITLE_BETWEEN.match(sentence, p.end)))


def parties(sentence: str, mentions: list[dict]) -> list[Party]:
    """The countries named in a sentence (offsets relative to it), topics and posts left out."""
    r, out = rules(), []
    low = sentence.lower()
    for m, nxt in zip(mentions, [*mentions[1:], None]):
        country = m["key"] if m["kind"] == "country" else m["country"]
        if not country:
            continue
        if m["kind"] == "country" and nxt is not None and nxt["kind"] == "person" and nxt["country"] \
                and nxt["country"] != country and _TITLE_BETWEEN.fullmatch(sentence, m["end"], nxt["start"]):
            continue  # "Congo's President Felix Tshisekedi": the person's country, not the other Congo the word names
        s0, s1 = m["start"], m["end"]
        before = sentence[max(0, s0 - 60):s0]
        if r.not_party_word.search(low, max(0, s0 - 60), s0) and r.not_party.search(before):
            continue
        if (event := _REGION_EVENT.match(sentence, s1)) and not pair_word(event["region"]):
            continue  # "the Korea–Pacific Islands Leaders' Summit": the name of a gathering, not one of its sides
        after = sentence[s1:s1 + 60]
        if m["form"] == "demonym":
            if _PLACE_NOUN_AFTER.match(after):  # "the northern Russian city"
                out.append(Party(country, s0, s1, "country", True))
            else:
                actor = is_actor(after)
                out.append(Party(country, s0, s1, m["kind"], False, actor, not actor))
            continue
        place = m["kind"] == "country" and m["form"] != "prefix" \
            and bool(_PLACE_BEFORE.search(before) or _STOP_AFTER.match(after) or _CAME_FROM.search(before)) \
            and not (after.startswith(("'s ", "’s ")) and _TOUR_OF_END.search(before))  # "a tour of Kenya's railway": no place
        out.append(Party(country, s0, s1, m["kind"], place, m["kind"] != "country" or bool(_OFFICE_OF.search(before))))
        # (a country after an office, 'the King of Malaysia', stands for its holder)
    for m in _ADJECTIVE_PAIR.finditer(sentence):  # "Russian-Chinese": the second word is not matched as a mention
        second = pair_word(m.group(2))  # (only in a pair of two countries: not "EU-China", "UN-Iran")
        if second and pair_word(m.group(1)) and not any(p.start == m.start(2) for p in out):
            out.append(Party(second[0], m.start(2), m.start(2) + second[1], "country", False))
    return sorted(out, key=lambda p: p.start)


# A country's name that opens the name of a gathering with a region or a group ('Korea–Pacific Islands Leaders' Summit',
# 'China-Central Asia Summit', 'Russia–Africa Forum'); pair_word tells a second country ('Russia–China Summit') apart
_REGION_EVENT = re.compile(r"[-–](?P<region>[A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|and))*?) "
                           r"(?:Leaders['’] |Heads of State )?"
                           r"(?:Summit|Forum|Dialogue|Conference|Ministerial|Expo|Cooperation Forum)\b")


def pair_word(words: str) -> tuple[str, int] | None:
    """(country, length) of the country word or words a hyphenated pair ends with: 'South African'
    in 'Russian-South African', else its first word ('Chinese' in 'Russian-Chinese Friendship')."""
    entries, parts = gazetteer().entries, words.split(" ")
    for n in range(len(parts), 0, -1):
        name = " ".join(parts[:n])
        entry = entries.get(name)
        if entry and entry[0] == "country":
            return entry[1], len(name)
    return None


_DEMONYM_RUN = re.compile(r"(?:(?:[-–]|,? and |, )[A-Z][a-z]+)*\s+(?:the\s+)?")


MAX_BODY_WORDS = 4  # the words of a body's name a demonym may stand before ('Grand National Assembly')
_INSTITUTION_WORD = re.compile(r"[A-Z][a-z][\w-]* ")  # a word of a body's name before its office ('Grand National
# Assembly |Speaker'), which must end on a word of a state's body (not 'Japanese Toyota Motor Chairman')
_STATE_BODY = re.compile(r"(?:Assembly|Parliament|Congress|Senate|Council|Duma|Majlis|Kenesh|Khural|Sejm|Rada|Diet|Chamber|"
                         r"House|Committee|Court|Commission|Ministry|Government|Cabinet|Legislature|Yuan|Senedd|Storting) $")


def is_actor(after: str) -> bool:
    """True when the words after a demonym name an actor ('Chinese President', 'Russian and Chinese
    leaders', 'the Russian side', 'Turkish Grand National Assembly Speaker'), not people or things at large ('Russian
    tourists')."""
    run = _DEMONYM_RUN.match(after)
    rest = after[run.end():] if run else after.lstrip()
    nouns, at = rules().actor_nouns, 0
    if nouns.match(rest):
        return True
    for _ in range(MAX_BODY_WORDS):
        if not (word := _INSTITUTION_WORD.match(rest, at)):
            return False
        at = word.end()
        if _STATE_BODY.search(rest, 0, at) and nouns.match(rest, at):
            return True
    return False


def adjective_pair(sentence: str, start: int, end: int) -> tuple[str, str] | None:
    """Two countries a trigger names itself ('Russian-Chinese talks', 'China–Russia summit')."""
    entries = gazetteer().entries
    for m in _ADJECTIVE_PAIR.finditer(sentence, max(0, start - 40), end):
        a, b = entries.get(m.group(1)), pair_word(m.group(2))
        if a and b and a[0] == "country" and a[1] != b[0] and m.start(2) + b[1] >= start - 1:
            return a[1], b[0]
    return None


def unique(codes) -> list[str]:
    """Codes in first-seen order, once each."""
    return list(dict.fromkeys(codes))


def place_in(sentence: str, start: int, end: int, ps: list[Party]) -> tuple[str, int] | None:
    """The first place named 'in X' or 'at X' between start and end: (country, offset)."""
    for m in _PLACE_AFTER_PREP.finditer(sentence, start, end):
        rest = sentence[m.end():end]
        if not rest[:1].isupper() or _SPOKEN_AT.search(sentence, max(0, m.start() - 40), m.start()):
            continue  # (not where something was said: '…,' Ruak told reporters in Dili')
        country = next((p.country for p in ps if p.start == m.end() and p.kind == "country"), "")
        if any(p.start <= m.end() < p.end and p.kind != "country" for p in ps):
            continue
        if not country:
            found = city_at(rest)
            country = found[0] if found else ""
        if country:
            return country, m.start()
    return None


_SPOKEN_AT = re.compile(rf"\b(?:{SAYING}|(?:told|briefed) (?:reporters|journalists|the press|the media|lawmakers)|speaking|"
                        r"spoke to (?:reporters|journalists|the press))\s+$")
_DAYS = r"\d{1,2}(?:(?:\s*[-–]\s*|\s+(?:to|and)\s+)\d{1,2})?"
# A stop's own day: 'March 4', '4 March', '4-5 March', 'the 12th', a weekday
_STOP_DAY = rf"(?:[A-Z][a-z]+\.? {_DAYS}|{_DAYS} [A-Z][a-z]+\.?|the \d{{1,2}}(?:st|nd|rd|th)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
# Between two stops of a tour: their dates or weekdays, 'and (then) to', and the next stop's city ('and to Riga, Latvia').
_LIST_GAP = re.compile(rf"[,\s]*(?:(?:from|on)\s+)?(?:{_STOP_DAY},?\s*)?"
                       r"(?:and\s+|followed by\s+)?(?:then\s+)?(?:(?:to|in)\s+)?(?:the\s+)?(?:[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)?,\s+)?")


# The subject of "will be in …" is an office with no country named ("The Federal Councillor",
# "Federal Councillor Cassis, head of the FDFA,"): on an official site, the site's own office; not
# when a verb of saying comes between ("The President noted that the problem is in China").
_OFFICE_SUBJECT = re.compile(rf"\b(?:{OFFICE_ALTERNATION}|Minister|Councillor|Secretary|Taoiseach|Tánaiste|Head of State|"
                             r"Head of Government)\b"
                             r"(?![^.;:]*\b(?:that|said|says|noted|stressed|added|believes?|thinks?|argued|warned|hopes?)\b)")


def listed(candidates: list[Party], sentence: str, t1: int) -> list[Party]:
    """Destinations: the first place named from the trigger on (a country inside the trigger, as in
    'China visit', is one), and the countries listed right after it ('visited Uzbekistan,
    Turkmenistan, and Kyrgyzstan')."""
    out: list[Party] = []
    for p in candidates:
        if not out:
            if _SOURCE_SAYS.match(sentence, p.end):
                continue  # "…, officials in Colombo said on Thursday": where the news is told from, no destination
            if p.place or (p.kind == "country" and (p.start < t1 or (not p.actor and not p.loose and sentence[:t1].rstrip().endswith((" for", " to"))
                                                    and _THE_ONLY.fullmatch(sentence, t1, p.start)))):
                out.append(p)  # (right after the trigger: 'leave Muscat for the United Arab Emirates')
        elif (p.kind == "country" and not p.actor and not p.loose and _LIST_GAP.fullmatch(sentence[out[-1].end:p.start])
              and not is_actor(sentence[p.end:p.end + 60])  # "…, Kremlin aide Yury Ushakov said": no stop of the tour
              and not _SOURCE_SAYS.match(sentence, p.end)):  # "…, the Kremlin said", "…, Bolivia's foreign ministry said": nor
            # is the one who tells it
            out.append(p)
        else:
            break
    return out


def listed_people(sentence: str, actors: list[Party]) -> list[Party]:
    """The first of the actors and those listed right after it ('with Vladimir Putin, Emmanuel Macron and US Secretary of
    State Antony Blinken'): one call, meeting … with each."""
    out = actors[:1]
    for p in actors[1:]:
        if not _PEOPLE_GAP.fullmatch(sentence, out[-1].end, p.start) or sentence.startswith(("'s", "’s"), p.end) \
                or _SAID.match(sentence, p.end):
            break  # "…, President Emmanuel Macron's office said", "…, Olaf Scholz confirmed": who tells it, no one called
        out.append(p)
    if len(out) > 1 and " and " not in sentence[out[-2].end:out[-1].start]:
        return out[:1]  # a list ends with 'and …' ('with Putin, Xi Jinping's closest partner': an apposition)
    return out


_PEOPLE_GAP = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+)(?:(?:[A-Z][\w.'’-]*|of|the)\s+){0,5}")  # (titles between)
_THE_ONLY = re.compile(r"\s*(?:the\s+)?")
_VISIT_VERB = re.compile(r"[Vv]isit(?:ed|ing|s)? (?:the )?")  # "visited X", "visiting X": X is what is visited


_LIST_GOES_ON = re.compile(r"\s*(?:$|[,.;:)]|and\b|then\b|on\b|in\b|from\b|at\b|next\b|this\b|later\b|last\b|to\b|for\b|before\b|after\b|where\b)")
# (a stop's own date may stand before the gap: 'Riyadh on 10 February, Bamako on the 12th and Dakar on the 13th')
_CITY_GAP = re.compile(rf"(?:\s+(?:on|from)\s+{_STOP_DAY})?"
                       r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:then\s+)?(?:(?:to|in)\s+)?(?:the\s+)?")


def cities_listed(sentence: str, at: int, ps: list[Party]) -> list[str]:
    """The countries of the places listed from `at` on, after a first destination ('… and Tashkent',
    ', Rio and Brasilia'), by country name, capital or city."""
    out = []
    while (gap := _CITY_GAP.match(sentence, at)) and gap.end() < len(sentence):
        p = next((p for p in ps if p.start == gap.end() and p.kind == "country" and not p.actor and not p.loose), None)
        city = None if p else city_at(sentence[gap.end():])
        if p is None and city is None:
            break
        end = p.end if p else gap.end() + city[1]
        if not _LIST_GOES_ON.match(sentence, end):
            break  # "visited Moscow and Washington officials voiced concern": no place of the list
        out.append(p.country if p else city[0])
        at = end
    return out


def visits_someone(sentence: str, at: int, ps: list[Party]) -> bool:
    """True when what a verb of visiting takes at `at` is a country, a city or an actor ('visited
    Moscow', 'the visiting Chinese Premier', 'visiting President Lula'), not a venue, a firm or an
    institution ('visited the Hyundai shipyard', 'visited the Defence Forces base in Tapa')."""
    rest = sentence[at:]
    if rules().cues["venue"].match(rest):
        return False
    return (any(p.start == at for p in ps) or city_at(rest) is not None or bool(rules().cues["office_ahead"].match(rest)))


_TO_CITY = re.compile(r"\bto (?=[A-Z])")


def _either_case(office: str) -> str:
    """An office with each word's first letter in either case ('[Pp]resident'); a minister's or a leader's only in
    lower case ('The Minister' on a minister's site is the site's own)."""
    if ("minister" in office and office != "prime minister") or office == "leader":
        return office
    return any_case(office)


_PRONOUN = re.compile(r"\s*(?:(?P<opening>Earlier|Later|Afterwards|Then|Yesterday|Today|On (?:Monday|Tuesday|"
                      r"Wednesday|Thursday|Friday|Saturday|Sunday)|In the (?:morning|afternoon|evening))"
                      r"(?P<comma>,)?\s+)?"
                      r"(?:He|She|His|Her|he|she|his|her|[Tt]he (?:new |visiting |incoming |[\w-]+-year-old )?(?P<office>"
                      + "|".join(map(_either_case, sorted(set(OFFICES.values()) | {"leader", "minister"}, key=len,
                                                          reverse=True)))
                      + r")(?:['’]s)?(?! of\b))\b")
# (_PRONOUN: "He later spoke …", "His stay in Russia …", "The new prime minister had a telephone conversation with …",
# "Earlier, the new prime minister had received …":
# the subject before; an office with its country, 'the Indian leader', names its own side)

# A pronoun, the subject of the trigger (or its owner), perhaps after a short opening ('On Monday he held a bilateral
# with …', 'On Wednesday and Thursday he was in Tashkent', 'Besides the summit, his stay in Angola is a bilateral
# visit') or a conjunction ('…, and he departs for Nuku'alofa tomorrow')
_HE_BEFORE = re.compile(r"(?:^|,\s*(?:and\s+|but\s+|then\s+)?|^(?!(?:Before|After|When|While|As|If|Once|Although|Though|Since|"
                        r"Until|Unless|Because)\b)[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,2}(?:\s+and\s+[A-Z][a-z]+day)?\s+)"
                        r"(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\s+"
                        r"(?:[a-z]+\s+){0,2}$")
# "The two men last met at the White House in March 2012": the pair the item is about, not the last one told
_TWO_SIDES = (r"\b[Tt]he two (?:men|women|leaders|presidents|heads of state|heads of government|prime ministers|premiers|"
              r"ministers|sides)\b")  # the two sides of an encounter told as one ('The two leaders held talks in Paris')
_BOTH_SIDES = re.compile(_TWO_SIDES)
_THE_TWO = re.compile(_TWO_SIDES + r"(?= (?:last|previously|first)\b)"  # looking back; "The two men will hold talks in Amman": the last pair
                      r"|\b(?:[Ww]e|[Yy]ou and I)\b(?= (?:[\w-]+ )?(?:saw|seen|see) each other\b)"  # "We last saw each other"
                      r"|\b(?:[Ww]e|[Yy]ou and I) (?:last |first )?met\b|\b[Tt]he (?:last|first|previous) time (?:we|you and I) met\b")
# "The Intergovernmental Commission on Economic Cooperation will meet in Moscow": the item's pair's body
_BODY_WILL = re.compile(r"(?:[Cc]ommission|[Cc]ommittee) will\b")
_PAIRS_BODY = re.compile(r"\b(?:[Ii]ntergovernmental|[Jj]oint|[Bb]i-?national|[Bb]ilateral) (?:[\w-]+ ){0,3}(?:[Cc]ommission|[Cc]ommittee)\b"
                         r"|\b(?:the|its) (?:commission|committee)\b")
# A bilateral body the text names with its acronym: "Zimbabwe-Zambia Bi-National Commission (BNC)", "China-Brazil High-Level
# Coordination and Cooperation Committee (COSBAN)", "Foreign Office Consultations (FOC)"
_BODY_ACRONYM = re.compile(r"(?:\b(?:[Jj]oint|[Bb]i-?[Nn]ational|[Ii]ntergovernmental|[Bb]ilateral|[Pp]ermanent|[Ff]oreign [Oo]ffice|[Pp]olitical)\b"
                           r"|\b[A-Z][a-zà-öø-ÿ]+[-–](?:[A-Z][a-zà-öø-ÿ]+|[A-Z]{2,3})\b)[^().;]{0,60}?"
                           r"\b(?:Commission|Committee|Council|Cabinet|Consultations?|Mechanism)\b[^().;]{0,30}?\((?P<acronym>[A-Z]{2,6})\)")
# "Our foreign ministers will meet in New York", "our delegations met in Riyadh": the speaker's side and the one spoken to
# (the item's pair), or spoken of (the pair told last, when it is the speaker's)
_OUR_SIDES = re.compile(r"\b[Oo]ur (?:[\w-]+ ){0,2}(?:ministers|leaders|delegations|governments|presidents|prime ministers)\b")
_WE_BEFORE = re.compile(r"(?<![\w’'])[Ww]e (?:[\w-]+ ){0,4}$")  # 'We already had a good telephone conversation': in a
# transcript's turn, the speaker and the one spoken to
# 'I' as the subject of a trigger (not in a memory: 'When I was in Beijing, …')
_I_BEFORE = re.compile(r"(?<![\w’])(?<!\w')(?<![Ww]hen )(?<![Ss]ince )(?<![Ww]hile )(?<![Oo]nce )"
                       r"I (?:(?:will|would|shall|am|was|have|had|also|then|just|recently|soon|to)\s+){0,3}$")
_QUOTES_OPEN, _QUOTES_CLOSE = "\"“‘", "\"”’"
# a straight single quote is a quotation's only where an apostrophe cannot be ("'I will go …,' he said"; not "Yameen's")
_OPEN_SINGLE, _CLOSE_SINGLE = re.compile(r"(?:^|(?<=[\s(\[]))'(?=\w)"), re.compile(r"(?<=[,.!?])'(?=\s|$)")


def quoted_speaker(text: str, ps: list[Party], at: int, dates: list[dict]) -> list[Party]:
    """The person who says the quotation holding `at`, named in the same sentence outside it right beside a verb of
    saying ('"I will travel to Hanoi next week," Singapore's Prime Minister Lawrence Wong told reporters', '…," said
    Prime Minister Wong', 'Wong said: "I will …"'): [that person's party], else [] (not '…," said a diplomat who
    briefed Macron'). Only for a quotation that dates what it tells (`dates`: the sentence's): 'I was in Kyiv and
    saw …' recalls a time the news item does not give."""
    q0 = max([text.rfind(c, 0, at) for c in _QUOTES_OPEN] + [m.start() for m in _OPEN_SINGLE.finditer(text, 0, at)])
    closing = [text.find(c, at) for c in _QUOTES_CLOSE] + [m.start() for m in [_CLOSE_SINGLE.search(text, at)] if m]
    q1 = min((i for i in closing if i >= 0), default=len(text))  # (a quotation may run on into the next sentence)
    if q0 < 0 or not any(q0 < d["start"] < q1 and d["value_start"] for d in dates):
        return []
    # a person, or an office holder named by a demonym and the title ('…,' the Chilean President told reporters): where
    # the name or the title ends
    people = [(p, p.end if p.kind == "person" else _CAPITALISED.match(text, _TITLE_BETWEEN.match(text, p.end).end() - 1).end())
              for p in ps if office_holder(p, text)]
    after = [p for p, end in people if p.start > q1 and (_SAID_BY.fullmatch(text, q1 + 1, p.start) or (
        _NAMES_BETWEEN.fullmatch(text, q1 + 1, p.start) and _SAID.match(text, end)))]
    before = [p for p, end in people if end <= q0 and _SAID_COLON.fullmatch(text, end, q0)]
    return after[:1] or before[-1:]


# after a quotation: '," said (Singapore's Prime Minister) Wong', '," Singapore's Prime Minister Wong told …'; before
# one: 'Wong said: "'
_SAID_BY = re.compile(rf"[,.!?]?\s*(?:{SAYING})\s+(?:[A-Z][\w’'.-]*\s+|(?:of|the)\s+){{0,6}}")
_NAMES_BETWEEN = re.compile(r"[,.!?]?\s*(?:[A-Z][\w’'.-]*\s+|(?:of|the)\s+){0,6}")  # the speaker's titles and names
_SAID = re.compile(rf"\s+(?:{SAYING})\b")
_CAPITALISED = re.compile(r"(?:\s+[A-Z][\w’'.-]*){0,4}")  # a title and names after a demonym ('President Michelle Bachelet')
_SAID_COLON = re.compile(rf"\s+(?:told (?:[\w-]+ ){{1,3}}|{SAYING})\s*:?\s*"
                         r"|,?\s+in an interview(?: with [^:\"“]{1,60})?\s*:\s*")  # 'Japarov, in an interview with Kabar: "'



_LEAVING_FIRST = re.compile(r"(?:[Bb]efore|[Oo]n|[Uu]pon) leaving ")  # a sentence's opening phrase ('Before leaving Auckland, …')
_DEPARTS = re.compile(r"(?:depart\w*|leav\w*|left|return\w*|head\w*|fl[ey]\w*) ", re.I)
_RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whose|where)\b")
# The name of an airport or an air base ('Kotoka International Airport', 'the Oscar Arnulfo Romero international airport')
_AIRPORT = re.compile(r"(?:the )?(?:[A-Z][\w'’.-]*[ -]){1,5}(?:[Ii]nternational )?"
                      r"(?:[Aa]irport|[Aa]ir [Bb]ase|[Aa]irbase)\b")
# A relative clause closed and its main clause's verb ("…, who arrived for a visit to Taiwan, was received by …"), or a
# clause of its own after a visit's ('arrived in San Salvador and was received … by President Bukele'): its 'by' names
# no visitor
_CLAUSE_VERB = re.compile(r"(?:,| and) (?:was|were|is|are|has|have|had|will)\b")
_WHO_BEFORE = re.compile(r", who (?:[\w-]+ ){0,7}$")
_THE_COUNTRY = re.compile(r"(?:(?<=\bin )|(?<=\bto )|(?<=\binto ))the (?:[\w-]+ ){0,2}?(?P<noun>country|island|state|nation|kingdom|"
                          r"republic|emirate|sultanate|archipelago)\b(?! of\b)")  # not "the state of Washington"
_YOU = re.compile(r"[Yy]ou\b")  # the listener as a subject ('you were in Muscat'); 'your' only right before it ('your visit')
_SPEECH = re.compile(r"\b(?:[Yy]our|[Oo]ur|[Yy]ou|[Ww]e)\b")  # a message or a speech addressing its counterpart
_THEIR = re.compile(r"\b[Tt]heir (?:[\w-]+ ){0,2}$")  # 'recalled their telephone conversation': the item's two sides


def unattached_office(sentence: str, start: int, end: int, ps: list[Party]) -> bool:
    """True when the subject (start–end) names an office holder with no country: an office not right
    after a country's name or demonym, nor before 'of' and a country, nor a person the gazetteer knows
    ('President Rumen Radev', 'His Majesty'; not 'Chinese Premier Li Qiang', 'Prime Minister of India')."""
    for m in rules().home_office.finditer(sentence, start, end):
        before = [p for p in ps if p.end <= m.start() and m.start() - p.end <= 2]
        after = [p for p in ps if p.start >= m.end() and (p.start - m.end() <= 1 or
                                                          sentence[m.end():p.start].strip() in ("of", "of the"))]
        if not before and not after:
            return True
    return False


_OPENING_OFFICE = re.compile(rf"\s*(?:(?:HH|HM|HRH|HE) )?[Tt]he (?P<office>{OFFICE_ALTERNATION}) of\b")


def opening_office(text: str, span: tuple[int, int]) -> str:
    """The office a sentence opens with before 'of' and its country ('The Emir of Qatar arrived …': 'emir'), else ''."""
    m = _OPENING_OFFICE.match(text, span[0], span[1])
    return OFFICES[m["office"]] if m else ""


def subject_office(mentions: list[dict], span: tuple[int, int]) -> str:
    """The office of the first person a sentence names ('' if none, or none known)."""
    return next((m["office"] for m in mentions if span[0] <= m["start"] < span[1] and m["kind"] == "person"), "")


# An opening phrase before a sentence's subject ('At the invitation of President Macron, President Xi will …')
_LEAD_IN = re.compile(r"(?:At the (?:invitation|request|initiative) of|According to|On behalf of|Following|After|"
                      r"Accompanied by|Together with|Along with|Unlike|Like|In a (?:message|letter) to)\b[^,;.]{0,100}, ")


def subject_country(mentions: list[dict], span: tuple[int, int]) -> str:
    """The country of the first person a sentence names, its subject as a rule ('He flew in from
    Astana' after 'Russian President Dmitry Medvedev arrived in Beijing …'), or of an office named by its country
    ('His stay in Russia …' after 'In Moscow, the Cuban President held talks with President Putin')."""
    inside = [m for m in mentions if span[0] <= m["start"] < span[1]]
    opener = _LEAD_IN.match(inside[0]["sentence"]) if inside else None  # ('At the invitation of President
    # Macron, President Xi will pay …': Xi; the opening phrase is no subject)
    after = [m for m in inside if m["start"] - m["sentence_start"] >= opener.end()] if opener else inside
    return next((m["country"] for m in after or inside if
                 m["kind"] == "person" or (m["form"] == "demonym" and _OFFICE_NEXT.match(m["sentence"], m["end"] - m["sentence_start"]))),
                "")


def clause_subject(u: Unit, ps: list[Party], c0: int, mentions: list[dict], spans: tuple, text: str) -> str:
    """Whose clause a clause with no subject of its own continues: after a semicolon, the first person of the sentence's
    first clause; at a sentence's start, the subject of the sentence before (last_subject); else ''."""
    if c0 and u.text[:c0].rstrip().endswith(";"):
        return next((p.country for p in ps if p.start < c0 and p.actor and not p.place and not p.loose), "")
    return last_subject(mentions, spans, text, u.index) if c0 == 0 and u.index > 0 else ""


def office_holder_in(mentions: list[dict], span: tuple[int, int], office: str) -> str:
    """The country of the first person a sentence names with an office that ends with `office` ('foreign minister' for
    'the minister': its subject when it holds one, 'Lavrov held talks with Wang Yi. The minister then flew on'), ''
    if none."""
    return next((m["country"] for m in mentions if span[0] <= m["start"] < span[1] and m["kind"] == "person"
                 and m["country"] and (m.get("office") or "").lower().endswith(office)), "")


def last_subject(mentions: list[dict], spans: tuple, text: str, index: int) -> str:
    """The subject's country (subject_country) of the sentence before sentence `index`, or of the one before that when
    the sentence between names nobody and nowhere and speaks of no one ('Moon's swing through Central Asia has been
    short on spectacle. That is not necessarily a criticism. The tour opened in Ashgabat …'; not past 'The two leaders
    agreed …')."""
    k, back = index - 1, 0
    while k >= 0 and back < 2:
        if _HE_OPENS.match(text, spans[k][0]):  # its subject is 'he' itself ('On June 4 he flew to Brazzaville for talks
            k -= 1  # with Denis Sassou Nguesso'): the one the sentence before told of, not the person it names
            continue
        back += 1
        if country := subject_country(mentions, spans[k]):
            return country
        if any(spans[k][0] <= m["start"] < spans[k][1] for m in mentions) or _SOMEONE.search(text, *spans[k]):
            return ""  # a sentence naming someone or somewhere, or speaking of people: no looking past it
        k -= 1
    return ""


# A sentence whose subject is a pronoun, after a short phrase of time or place ('On June 5 and 6 he was in N'Djamena')
_HE_OPENS = re.compile(r"\s*(?:(?:On|In|At|By|After|Later|Then|Earlier|Afterwards|Next|The same|That)\b[^,;.:]{0,40}?,? )?"
                       r"(?:[Hh]e|[Ss]he)\b")


_SOMEONE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Hh]is|[Hh]er|[Tt]heir|[Tt]he two|[Bb]oth|[Ll]eaders?|[Mm]inisters?|"
                      r"[Pp]residents?|[Ss]ides)\b")


_OFFICE_NEXT = re.compile(rf"\s+(?:{OFFICE_ALTERNATION}|leader|head of state|delegation)\b")


def city_after(sentence: str, start: int, end: int, taken: list[Party] = ()) -> str:
    """Country of the first city named after 'to', 'in' or 'at' between start and end ('' if none);
    a name that begins a person's or a body's name ('to Vladimir Putin') is no city, nor is where a source speaks from."""
    for m in re.finditer(r"\b(?:to|in|at)\s+(?:the\s+)?(?=[A-Z])", sentence[start:end]):
        at = start + m.end()
        if any(p.start <= at < p.end and p.kind != "country" for p in taken):
            continue
        found = city_at(sentence[at:end])
        if found and not _SOURCE_SAYS.match(sentence, at + found[1]):  # (not "…, officials in Colombo said")
            return found[0]
    return ""


# -- when ---------------------------------------------------------------------------------------------

def best_date(dates: list[dict]) -> tuple[str, str, str]:
    """(start, end, method) of the first resolved day, range or month among dates, else of a year ('two years ago'
    included: the year it names)."""
    for d in dates:
        if d["kind"] in DAY_KINDS and d["value_start"] and d["method"] != "relative to the reference year":
            return d["value_start"], d["value_end"], d["method"]
    for d in dates:
        if d["kind"] in ("year", "relative") and d["value_start"]:
            return d["value_start"], "", d["method"]
    return "", "", ""


_SINCE = re.compile(r"\bsince (?:then|that)\b", re.I)
_DURING_THE_VISIT = re.compile(r"(?:During|In the course of|In the framework of) (?:the|this|that|his|her) (?:[\w-]+ )?(?:visit|trip|stay)\b")
_THERE = re.compile(r"\b(?:there|here|(?:our|your|this) (?:country|nation))\b")
_SINCE_TRIP = re.compile(r"\s+(?:(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'.-]+(?:[’']s\s+(?:[\w-]+\s+)?(?:trip|visit|tour)s?"
                         r"(?:\s+(?:to|of)\s+(?:[A-Z][\w-]+\s*)+)?|\s+(?:travell?ed|visited|came|went|was)(?:\s+(?:there|here|to\s+[A-Z][\w-]+))?)\s+)?"
                         r"(?:(?:in|on|at)\s+)?(?:the\s+)?")
_FIRST_SINCE = re.compile(r"\bfirst\b[^.;:]*?\bsince\b", re.I)  # "the first visit … since 2016": one was made in 2016


def last_before(sentence: str, dates: list[dict], c0: int, t0: int, t1: int, a1: int) -> dict | None:
    """The date of the encounter before, when a trigger is "the first … since" it ("the first visit by a
    Finnish prime minister to Japan since 2016", "… since Dmitry Medvedev's trip in April 2010")."""
    if "ince " not in sentence:  # no 'since' (most sentences): skip the search
        return None
    first = _FIRST_SINCE.search(sentence, max(c0, t0 - 40), a1)
    if not first or first.start() >= t1 or first.end() - 5 < t1:
        return None
    # what lies between 'since' and the date says it was a trip: nothing ('since 2016'), a trip ('since Dmitry
    # Medvedev's trip in'), or someone travelling there ('since Indira Gandhi travelled there in'); not another
    # event ('since the war ended in 1975', 'since he returned to office in January')
    return next((d for d in dates if first.end() <= d["start"] <= first.end() + 60 and d["value_start"]
                 and d["kind"] != "weekday" and _SINCE_TRIP.fullmatch(sentence, first.end(), d["start"])), None)


_RELATIVE_OPEN = re.compile(r", (?:who|which|whose)\b")
# What may stand between ', which' and a date when the clause dates what it follows: a verb of an event's time and a
# preposition ('which ran from', 'which is scheduled for', 'which took place on'; not 'which gained independence in',
# 'which he last visited in', 'which will take effect in')
_DATING_CLAUSE = re.compile(r" (?:was |is |will |will be |has been |had been )?(?:ran|runs|run|lasted|lasts|last|took place|"
                            r"takes place|take place|held|scheduled|set|due|planned|began|begins|begin|started|starts|start|"
                            r"opened|opens|open)(?: to (?:take place|begin|start|run|open))? "
                            r"(?:on|in|from|until|till|through|between|for|at|during) ")
# The comma after which a sentence's main clause goes on: a word in lower case that is no preposition, article or
# conjunction ('…, also attended', '…, will travel', '…, said'; not '…, Russia, on October 23' nor '…, and')
_CLAUSE_RESUMES = re.compile(r", (?!(?:on|in|at|to|from|for|of|with|during|between|the|a|an|and|or|but|where|when|which|"
                             r"who|whose|as|after|before|since|until)\b)(?=[a-z])")
_QUOTATION = re.compile(r"“[^“”]*”|\"[^\"]*\"")
QUOTED_CLAUSE_WORDS = 5  # a quotation of fewer words is a phrase the sentence quotes ('will visit Moscow "in July,"')


def quotation_spans(sentence: str) -> list[tuple[int, int]]:
    """Where a sentence quotes someone's words in double quotation marks, curly or straight (start and end of each
    quotation of QUOTED_CLAUSE_WORDS words or more)."""
    return [m.span() for m in _QUOTATION.finditer(sentence) if len(m.group().split()) >= QUOTED_CLAUSE_WORDS]


_OTHER_CLAUSE_AGO = re.compile(r"\bsince\b|\b[a-z]{3,}ed\b")  # what makes the words after a comma a clause of their own


def ago_of_another_clause(sentence: str, t1: int, d: dict) -> bool:
    """True for a year counted back with 'ago' after the trigger, past a comma that opens a clause of its own ('talks in
    Beijing, the first since a deal was signed two years ago'; not 'talks in Brasilia a year ago', nor 'was in Samarkand,
    also at an SCO summit, almost two years ago')."""
    if not (d["surface"].lower().endswith(" ago") and len(d["value_start"]) == 4 and d["start"] > t1):
        return False
    between = sentence[t1:d["start"]]
    return "," in between and bool(_OTHER_CLAUSE_AGO.search(between.rsplit(",", 1)[1]))


def own_date(sentence: str, dates: list[dict], t0: int, t1: int, after_end: int, before_start: int) -> tuple[str, str, str]:
    """The date a trigger claims: the first one in it or after it, up to the next trigger, a new
    clause or 'since …'; else the nearest before it in its clause. A day beats a bare year found on
    the other side ('The following day, Xi met … Bolivia's 2025 plan' is the following day)."""
    r = rules()
    barrier = r.date_barrier.search(sentence, t1, after_end)
    while barrier is not None and barrier.group().startswith(", which") and any(
            _DATING_CLAUSE.fullmatch(sentence, barrier.end(), d["start"]) for d in dates if d["start"] > barrier.end()):
        # "Xi's state visit to Kazakhstan, which ran from June 16 to 18": a clause that dates what it follows
        barrier = r.date_barrier.search(sentence, barrier.end(), after_end)
    clause = _CLAUSE_BREAK.search(sentence, t1, after_end)
    limit = min(barrier.start() if barrier else after_end, clause.start() if clause else after_end)
    # "X, who traveled to Lima in July for talks with her counterpart, also attended Friday's meeting": a relative clause
    # ends at the comma before the main clause's verb; the main clause's dates are not its own
    relative = ([m for m in _RELATIVE_OPEN.finditer(sentence, 0, t0)] or [None])[-1]
    if relative is not None and ", " not in sentence[relative.end():t0] \
            and (close := _CLAUSE_RESUMES.search(sentence, t1, limit)) is not None:
        limit = close.start()
    dates = [d for d in dates if d["kind"] != "year" or not (_YEAR_SPAN.match(sentence, d["end"])
                                                             or _SPAN_END.search(sentence[:d["start"]]))]
    if '"' in sentence or "“" in sentence:  # '"… running before the end of 2027," Anwar said after the talks': a date
        quoted = quotation_spans(sentence)  # a quotation gives no trigger outside it
        dates = [d for d in dates if not any(q0 < d["start"] < q1 and not q0 < t0 < q1 for q0, q1 in quoted)]
    told_when = [d for d in dates if d["value_start"] and d["end"] < t0 and _WHEN_AFTER.fullmatch(sentence, d["end"], t0)]
    if told_when:  # "… since September 2018, when he met Xi in Beijing": the encounter of that time, unless its clause
        framed = best_date(told_when[-1:])  # dates it more closely ('… last year, when Dahal held talks … on June 1')
        own = best_date([d for d in dates if t0 <= d["start"] < limit])
        if not (own[0] and len(own[0]) > len(framed[0]) and own[2] in ("explicit", "year from reference")):
            return framed  # ('in 2019, when he met Xi on Friday': a weekday counted from today is not that Friday)
        if own[2] == "year from reference":  # ('in 2019, when they met on June 1': 1 June 2019)
            year = int(framed[0][:4])
            return in_year(own[0], year), in_year(own[1], year) if own[1] else "", YEAR_OF_SENTENCE
        return own
    since = last_before(sentence, dates, 0, t0, t1, after_end)
    dates = [d for d in dates if d is not since]  # the encounter before ("the first visit since 2016"), not this one's
    said = r.cues["said_before"]  # "the office said Tuesday": when it was said
    dates = [d for d in dates if not said.search(sentence, max(0, d["start"] - 50), d["start"])
             or sentence.startswith(("'s", "’s"), d["end"])]  # "the Kremlin said Monday's talks were constructive"
    until = [d for d in dates if before_start <= d["start"] < limit and rules().cues["until"].search(sentence, 0, d["start"])]
    dates = [d for d in dates if d not in until]  # "runs until Friday": an end, no start
    dates = [d for d, nxt in zip(dates, dates[1:] + [None])  # "on Monday 17 March": the date, not the weekday
             if not (d["kind"] == "weekday" and nxt is not None and nxt["kind"] in DAY_KINDS and nxt["kind"] != "weekday"
                     and 0 <= nxt["start"] - d["end"] <= 2 and nxt["value_start"])]
    dates = [d for d in dates if not ago_of_another_clause(sentence, t1, d)]
    after = best_date([d for d in dates if t0 <= d["start"] < limit])
    before = best_date([d for d in dates if before_start <= d["start"] < t0
                        and not _SINCE.search(sentence, d["end"], t0)  # "in October, and since then we have spoken"
                        and not sentence[max(0, d["start"] - 6):d["start"]].lower() == "since "][::-1])  # "his first since August 2008, and was received"
    found = after if after[0] and (len(after[0]) >= 7 or not before[0] or len(before[0]) < 7) else (before if before[0] else after)
    if not found[0] and (where := _WHERE_THEN.search(sentence, t1, after_end)) and " from " not in sentence[t1:where.start()]:
        # "The tour began in Algeria, where from November 16 to 18 …": the days spent there
        found = best_date([d for d in dates if d["start"] == where.end() and len(d["value_start"] or "") >= 7])  # (not
        # "visited Hiroshima, where in 1945 …": a year is the place's history)
    if not found[0] and until and len(last := until[0]["value_start"] or "") == 10 \
            and (n := _N_DAY.search(sentence, max(0, t0 - 30), until[0]["start"])):
        # "a three-day state visit to Tajikistan ending on 14 March": its length counted back from its end
        days = int(n.group(1)) if n.group(1).isdigit() else NUMBERS[n.group(1).lower()]
        return (date.fromisoformat(last) - timedelta(days=days - 1)).isoformat(), last, until[0]["method"]
    return with_end(found, until)


_TOUR_OF = re.compile(r"(?P<name>[A-Z][\w-]+)['’]s (?:[\w-]+ ){0,3}(?:tour|trip|journey)\b[^.;]*$")
_WHEN_AFTER = re.compile(r",?\s+when\s+(?:[\w’'-]+\s+){1,3}")  # a date, then 'when he (first) met …'
_WHERE_THEN = re.compile(r",\s+where\s+(?:(?:he|she|they|the (?:[\w-]+ )?(?:delegation|minister|president|leader)s?)\s+"
                         r"(?:will\s+)?(?:be|stay|stays|stayed|spend|spends|spent|remain|remains|remained)\s+)?"
                         r"(?:(?:from|on|in|between|until)\s+)?")  # "…, where he will be from 14 to 16 February"


def with_end(found: tuple[str, str, str], until: list[dict]) -> tuple[str, str, str]:
    """A start given its end by the first date after 'until' ('arrived on Wednesday for a visit that
    runs until Friday'): a weekday that would fall before the start is the next one."""
    start, end, method = found
    if not start or end or not until or not until[0]["value_start"]:
        return found
    last = until[0]["value_start"]
    if until[0]["kind"] == "weekday" and len(start) == 10 and last < start:
        last = (date.fromisoformat(last) + timedelta(days=7)).isoformat()
    return (start, last, method) if len(last) == len(start) and last > start else found


def on_the_right_side(start: str, method: str, ref_date: str, planned: bool) -> str:
    """A date whose year came from the reference date, moved a year so that a planned encounter
    lies after the reference and a held one not after it ('in March' in a November item announcing
    a visit is next March; 'in the spring', in a December one, next spring)."""
    if method == SEASON_OVER and planned and len(start) == 4:
        return str(int(start) + 1)
    if method != "year from reference" or not start or len(ref_date) < len(start) or len(start) < 7:
        return start
    ref = ref_date[:len(start)]
    year = int(start[:4])
    if planned and start < ref:
        year += 1
    elif not planned and start > ref:
        year -= 1
    else:
        return start
    try:
        return f"{year:04d}{start[4:]}" if len(start) == 7 else date.fromisoformat(f"{year:04d}{start[4:]}").isoformat()
    except ValueError:
        return start


# -- one article --------------------------------------------------------------------------------------

@dataclass
class Unit:
    """A sentence (or the title) with its mentions and dates, offsets relative to it."""

    text: str
    mentions: list[dict]
    dates: list[dict]
    where: str  # title | lead | body
    index: int = -1  # the sentence's place among the text's sentence spans (-1: the title)
    shown: str = ""  # the text as printed, when `text` is a headline read in lower case (headline_case)
    found: list = field(default_factory=list)  # its trigger_matches


def units(title: str, text: str, mentions: list[dict], dates: list[dict], spans: tuple, ref: date | int | None,
          title_mentions: list[dict] | None) -> list[Unit]:
    """The title, then the sentences of the text, that hold a trigger (the sentences holding none of
    their stems are not read; those holding one but no trigger are not given their mentions and dates)."""
    out = []
    if title and has_stem(title) and (found := trigger_matches(read := headline_case(title))):
        tm = find_mentions(title) if title_mentions is None else title_mentions
        out.append(Unit(read, tm, find_dates(read, ref), "title", shown=title, found=found))
    m_starts, d_starts = [m["start"] for m in mentions], [d["start"] for d in dates]
    first_para_end = lead_end(text)
    leads = None  # the first sentences of a live blog's entries (see entry_leads), found when a sentence first asks
    for i, which in sorted(stem_sentences(text, spans).items()):
        s0, s1 = spans[i]
        if not (found := trigger_matches(text[s0:s1], which)):
            continue
        ms = [dict(m, start=m["start"] - s0, end=m["end"] - s0)
              for m in mentions[bisect_left(m_starts, s0):bisect_left(m_starts, s1)]]
        ds = [dict(d, start=d["start"] - s0, end=d["end"] - s0)
              for d in dates[bisect_left(d_starts, s0):bisect_left(d_starts, s1)]]
        if s0 >= first_para_end and leads is None:
            leads = entry_leads(text, mentions, m_starts)
        out.append(Unit(text[s0:s1], ms, ds, "lead" if s0 < first_para_end or s0 in (leads or ()) else "body", i,
                        found=found))
    return out


_HEADING_END = re.compile(r"[.!?:;,]['’\"”]?$")


def entry_leads(text: str, mentions: list[dict], m_starts: list[int]) -> frozenset[int]:
    """Where the entries of a live blog or a round-up begin: the paragraph under a subheading that names people or
    places of two countries ('Macron sees Ramaphosa', 'Mahama and Tinubu meet'), whose first sentence tells its news
    as a lead does ('French President Emmanuel Macron held a meeting with South Africa's Cyril Ramaphosa on the
    sidelines': on the item's day). Not under a subheading of one side or none ('Frequent contact')."""
    out, at = set(), 0
    while (end := text.find("\n\n", at)) >= 0:
        line = text[at:end]
        if 1 < len(line.split()) <= 10 and not _HEADING_END.search(line) and ":" not in line:  # (not a crosshead
            # 'A long friendship: Putin and Xi')
            named = {m["country"] for m in mentions[bisect_left(m_starts, at):bisect_left(m_starts, end)] if m["country"]}
            if len(named) >= 2:
                out.add(end + 2)
        at = end + 2
    return frozenset(out)


def lead_end(text: str) -> int:
    """Where the lead (the first paragraph of six words or more) ends: a salutation ('Ladies and
    gentlemen,') or a one-line kicker before it is not the lead."""
    at = 0
    while True:
        end = text.find("\n\n", at)
        end = len(text) if end < 0 else end
        if len(text[at:end].split()) >= 6 or end == len(text):
            return end
        at = end + 2


_SUBJECT_NEXT = re.compile(r" (?:I|we|he|she|they|the|[A-Z][a-z]+ (?:will|is|was|has|had|held|met|visited))\b")  # "Tomorrow I will …"
_OPENING = re.compile(r"^(?:On |In |Early |Late |Later |Earlier )?")


def opening_date(u: Unit) -> tuple[str, str, str] | None:
    """The date a sentence opens with ('On Monday, …', 'Yesterday, …'), which covers every
    encounter the sentence lists after it."""
    first = min(u.dates, key=lambda d: d["start"], default=None)
    if first is None or first["start"] > len(_OPENING.match(u.text).group()) \
            or not (u.text.startswith(",", first["end"]) or _SUBJECT_NEXT.match(u.text, first["end"])):
        return None
    found = best_date([first])
    return found if found[0] else None


def clause_date(u: Unit, c0: int, first_t0: int, t0: int) -> tuple[str, str, str] | None:
    """The date told before the first trigger of a clause, for a later trigger of it when none comes
    between them ('last month you were in Muscat and had talks with Sultan Haitham')."""
    if any(first_t0 <= d["start"] < t0 for d in u.dates):
        return None
    before = [d for d in u.dates if c0 <= d["start"] < first_t0]
    found = best_date(before[-1:])
    return found if found[0] else None


def dated_heading(text: str, at: int, dates: list[dict]) -> tuple[str, str, str] | None:
    """The date of the last paragraph before `at` that is a date and nothing more ('Tuesday 18 March' over
    a day's programme, '10:45 Monday' over a live blog's entry), when at most six paragraphs lie between
    them: the day of the lines under it; None when there is no such paragraph."""
    for d in reversed(dates):
        if d["start"] >= at or not d["value_start"]:
            continue
        if text.count("\n\n", d["end"], at) > 6:
            return None
        p0 = text.rfind("\n\n", 0, d["start"]) + 1
        p1 = text.find("\n\n", d["end"])
        p1 = len(text) if p1 < 0 else p1
        if p1 <= at and len(text[p0:p1].split()) <= 5 and len(text[p0:p1].strip()) <= len(d["surface"]) + 12:
            return d["value_start"], d["value_end"], f"{d['method']}; date heading above"
    return None


def next_sentence_date(u: Unit, text: str, spans: tuple, dates: list[dict], kind: str = "") -> tuple[str, str, str]:
    """The date of the sentence after a trigger's, when that sentence goes on about the same
    encounter ('… will visit Russia. The visit will take place on May 7-9.'), in the same paragraph."""
    if u.index < 0 or u.index + 1 >= len(spans):
        return "", "", ""
    s0, s1 = spans[u.index + 1]
    if "\n" in text[spans[u.index][1]:s0]:
        return "", "", ""
    anaphor = _ANAPHOR.match(text, s0)
    if not anaphor and not _HE_WILL.match(text, s0):
        return "", "", ""
    told = {t.type for t, _ in trigger_matches(text[s0:s1])}  # (one scan of the next sentence for both tests)
    if not anaphor and told:
        return "", "", ""  # "He will take part in the summit on June 14", not "He will also travel to Vietnam on June 19"
    if kind and told and kind not in told:
        return "", "", ""  # "… met with X. The official talks will take place tomorrow": the talks' date, not the meeting's
    return best_date([d for d in dates if s0 <= d["start"] < s1])


_AT_THE_EVENT = re.compile(r"\b(?:on|at) the (?:sidelines|margins) of the (?:[\w-]+ ){0,3}?(summit|forum|session|conference|"
                           r"assembly|games|ceremony|congress)\b", re.I)


_DURING = re.compile(r"[Dd]uring\b")
_OWN_CLAUSE_END = re.compile(r", (?:where|which|who|while)\b|;|\.\s")
_FOR_A_TRILATERAL = re.compile(r"\bfor an? (?:trilateral|multilateral|three-way|four-way)\b")  # '… meet … for a trilateral summit'
_VISITING_GUEST = re.compile(r"visiting $")  # a visit trigger that is the adjective of a guest ('visiting Kazakh President')
_THEN = re.compile(r"(?<!since )(?<!until )(?<!till )(?<!and )(?<!but )(?<!by )(?<!from )(?<!even )(?<!just )\bthen(?=[.,;!]| and\b)")
_AN_EVENT = re.compile(r"\b(?:summit|forum|conference|session|assembly|congress|games|ceremony|meeting|G20|G7|BRICS|SCO|"
                       r"APEC|ASEAN)\b", re.I)  # what a sentence (or a trip it tells) must name for a bare 'on the sidelines' after it
_ON_THE_SIDELINES = re.compile(r"\b(?:on|at) the (?:sidelines|margins)(?! of)\b")  # of what, the text said before


def own_clause_end(sentence: str, start: int, end: int) -> int:
    """Where the clause a trigger stands in ends after it: at ', where', ', which', ';' or a new sentence, else `end`."""
    m = _OWN_CLAUSE_END.search(sentence, start, end)
    return m.start() if m else end


def visiting_guest(sentence: str, m: re.Match | None, ps: list[Party]) -> Party | None:
    """The guest a visit trigger that is a bare 'visiting ' names right after it ('met visiting Vietnamese Prime
    Minister Pham Minh Chinh'), not a place ('visiting Russia'); None otherwise."""
    if m is None or not _VISITING_GUEST.fullmatch(m.group()):
        return None
    guest = next((p for p in ps if p.start == m.end()), None)
    return guest if guest is not None and guest.actor and not guest.place else None


def event_sentence(u: Unit, text: str, spans: tuple, dates: list[dict], c0: int, a1: int) -> tuple[tuple[str, str, str], int]:
    """The date of the event an encounter is on the sidelines of, when an earlier sentence of the text
    dates it ('The BRICS summit will take place in Fortaleza on July 15. … On the sidelines of the summit,
    Vladimir Putin will have separate meetings with …'), and that sentence's index: the last such sentence
    within twelve that gives a day; (('', '', ''), -1) when there is none."""
    at = _AT_THE_EVENT.search(u.text, c0, a1)
    if not at or u.index < 1:
        return ("", "", ""), -1
    named = " ".join(w for w in u.text[at.start():at.start(1)].split()[5:] if w[:1].isupper())  # "of the UN General Assembly"
    noun = re.compile(rf"\b{re.escape(named)}\b[^.;]*?\b{at.group(1)}\b" if named else rf"\b{at.group(1)}\b", re.I)
    for i in range(u.index - 1, max(-1, u.index - 13), -1):
        s0, s1 = spans[i]
        found = best_date([d for d in dates if s0 <= d["start"] < s1 and d["kind"] in DAY_KINDS]) \
            if noun.search(text, s0, s1) else ("", "", "")
        if found[0]:
            return found, i
    return ("", "", ""), -1


_CLAUSE_OF_ITS_OWN = re.compile(r"\b(?:that|which|who|whose)\b")


def denied(sentence: str, start: int, t0: int) -> bool:
    """True when the clause before a trigger denies it or drops the plan for it (the cue denied_scope), and no verb of
    its own comes between ('denied reports that he had met X'; not 'denied reports that he was ill and flew to Kampala')."""
    d = rules().cues["denied_scope"].search(sentence, start, t0 + 12)  # ('plans to travel': the trigger's own verb)
    return bool(d) and d.start() < t0 and not _AND_VERB.search(sentence, d.end(), t0 + 12)  # (the trigger may be that verb: "and flew to")


_AND_VERB = re.compile(r"\b(?:and|but)\s+(?:then\s+|later\s+)?(?:[a-z]+ed|flew|met|went|held|made|paid|spoke|took|came|left)\b")


def hypothetical(sentence: str, t0: int) -> bool:
    """True when a trigger is told with a 'would' or 'could' right before it in a sentence that sets a condition ('If
    President Toledo invites me, I would go to Lima tomorrow'; 'he would sit down with his counterpart if the dialogue
    were revived'): something that may happen, no encounter."""
    c = rules().cues
    if not c["hypothetical_modal"].search(sentence, max(0, t0 - 60), t0):
        return False
    if _IF_FIRST.match(sentence) and not _IF_DONE.match(sentence):
        return True  # 'If President Toledo invites me, I would …' (not 'If confirmed, …')
    cond = c["hypothetical"].search(sentence, t0, t0 + 120)  # '… would sit down with X if the dialogue were revived'
    return bool(cond) and not _NOT_A_CONDITION.search(sentence, max(0, cond.start() - 16), cond.start())


_IF_FIRST = re.compile(r"\W{0,2}(?:If|Unless|Should)\b")  # a sentence that opens with its condition
_IF_DONE = re.compile(r"\W{0,2}If (?:confirmed|approved|agreed|finali[sz]ed|all goes (?:well|to plan))\b")  # a plan pending
_NOT_A_CONDITION = re.compile(r"\b(?:even|ask(?:s|ed)?|say|said|says|know|knew|knows|tell|told|wonder(?:s|ed)?|unclear|see|"
                              r"check|whether or)\s+(?:\w+\s+)?$")  # 'did not say if', 'even if': no condition on it


def called_off(sentence: str, t1: int, end: int) -> bool:
    """True when the sentence goes on, after a trigger, to call the encounter off ('A visit by … to
    Riyadh, which had been expected this week, has been called off'): up to the next trigger or ';',
    and not inside a clause of its own ('…visited Moscow on Monday, a trip that had been postponed in
    March' was held)."""
    stop = sentence.find(";", t1, end)
    if rules().cues["off_now"].match(sentence, t1, end if stop < 0 else stop):
        return True  # "Fox's visit to Canada, which was to have begun on Sunday, is off for now"
    m = rules().cues["called_off"].search(sentence, t1, end if stop < 0 else stop)
    if m is None:
        return False
    return not _CLAUSE_OF_ITS_OWN.search(sentence, max(t1, m.start() - 12), m.start()) \
        and not _SUBORDINATE.search(sentence, t1, m.start())  # "a trip that had been …"; "…, after tariffs were dropped"


_SUBORDINATE = re.compile(r"\b(?:after|as|when|because|since|while|once|until|before|though|although)\b")


# Told as before the sentence's own time ('arrived in Ankara this Wednesday on a tour that previously took him to …')
_EARLIER = re.compile(r"\b(?:previously|formerly)\s+$")
# "… is to cross into Gaza on Sunday, officials said, before his tour continues to Turkey": a later leg, whose day is not
# the one told before it
_BEFORE_HIS = re.compile(r"\bbefore (?:his|her|their) $")


def the_city_at(rest: str) -> tuple[str, int] | None:
    """city_at for the words after 'the': a place whose own name begins with 'The' ('The Hague'), its offset in `rest`."""
    found = city_at("The " + rest)
    return (found[0], found[1] - 4) if found else None


_LEFT = re.compile(r"\b(?:leave|leaves|leaving|left|depart|departs|departed|departing) $")


def named_right_before(sentence: str, ps: list[Party], t0: int) -> list[Party]:
    """The person or office holder named right before a verb at t0 (see _RIGHT_BEFORE), else []."""
    def end(p: Party) -> int:  # where the name ends, with the office a demonym stands before
        office = _OFFICE_AFTER.match(sentence, p.end) if p.kind != "person" and p.actor else None
        return office.end() if office else p.end
    named = ((p, end(p)) for p in ps if p.end <= t0 and not p.place and not p.loose)
    return [p for p, e in named if (p.kind == "person" or e > p.end or office_holder(p, sentence))
            and _RIGHT_BEFORE.fullmatch(sentence, e, t0)
            and not sentence.endswith(("by ", "from ", "of ", "to ", "for ", "with "), 0, p.start)][-1:]  # (not 'rice
    # donated by Xi Jinping arrived')


def itinerary_leg(u: Unit, m: re.Match, next_t0: int) -> bool:
    """A leg of an itinerary told after a first one with its verb left out (', to Berlin on Tuesday', ', and in Cairo
    on Monday', ', then in Asuncion on Saturday'): a time closes the leg before it (or 'then' opens it), and one follows
    its place before the next trigger ('…, to Berlin, Germany, on Tuesday'; not 'visited Warsaw on Monday, in a
    show of support')."""
    t0, t1 = m.span()
    if m["time_first"]:  # ('Modi goes on to Addis Ababa, and on Wednesday to Muscat': the time before the place)
        return bool(city_at(u.text[t1:].removeprefix("the "))) and any(t0 <= d["start"] < t1 for d in u.dates)
    closed = "then" in m.group() or any(u.text[d["end"]:t0] in (", ", " ") for d in u.dates)
    clause = u.text[t1:own_clause_end(u.text, t1, next_t0)]
    return closed and bool(city_at(u.text[t1:].removeprefix("the "))) and not _OWN_SUBJECT.search(clause) \
        and any(t1 < d["start"] <= t1 + 45 and d["start"] < next_t0 for d in u.dates)


_OWN_SUBJECT = re.compile(r"\b(?:he|she|they|we|I|it)\b")  # ('…, and in Washington on Friday he will meet Biden': a clause
# of its own, no leg)


def sides(kind: str, u: Unit, ps: list[Party], t0: int, t1: int, c0: int, a1: int,
          visitor: str = "subject", taken: set[int] = frozenset()) -> tuple[list[str], list[str]]:
    """(one side, other side) of a trigger: for a visit (visitors, destinations), else (subject, argument).
    `visitor`: who travels (see Trigger). `taken`: where the destinations of the sentence's earlier visits
    are named (not this one's)."""
    if visitor == "residence":  # "Borisov, who had been received in the Kremlin only last week": the person or office named
        # right before (not "Putin's letter was received at the White House"), and the country of the seat (no seat named:
        # no encounter)
        seat = residence_at(u.text[t1:])
        subject = [c for c in unique(p.country for p in named_right_before(u.text, ps, t0)) if c != seat]
        return subject, [seat] if seat and subject else []
    if kind == "visit" and visitor == "next_stop":  # "Namibia follows on Thursday", "Berlin comes next": the place the
        # clause opens with (perhaps with an aside between commas), the traveller told before (see article_events)
        head = u.text[c0:t0].lstrip(" ,;:")
        head = head[4:] if head.startswith(("and ", "then ")) else head
        city = city_at(head)
        return ([], [city[0]]) if city and _ASIDE.fullmatch(head, city[1]) else (["-"], [])
    if kind == "visit" and visitor == "leg":  # ", to Berlin, Germany, on Tuesday": the place right after it (the
        # traveller is the sentence's last, see article_events)
        city = city_at(u.text[t1:].removeprefix("the "))
        return [], [city[0]] if city else []
    if kind == "visit" and visitor == "arrival":  # "Kishida, who flew in from Accra on Tuesday": the person or office named
        # right before the verb (not "Biden said the drones came from Iran"), and no destination named in the sentence (the
        # dateline's place is, see pairs_of)
        return unique(p.country for p in named_right_before(u.text, ps, t0)), []
    if kind == "visit" and visitor == "where":  # "…, having flown in from Pyongyang, where he had arrived on Saturday":
        # the place before ', where' (a leg's start, too), and the sentence's first actor
        at = u.text.rfind(", where ", 0, t0)
        words = u.text[max(0, at - 40):at].split(" ")
        there = next((city for n in range(min(len(words), 4), 0, -1)
                      if (city := city_at(" ".join(words[-n:]))) and city[1] == len(" ".join(words[-n:]))), None)
        first = [p for p in ps if p.actor and not p.place and not p.loose and c0 <= p.start < at
                 and not (there and p.country == there[0] and p.end == at)][-1:]  # (the one named last before the place:
        # 'Scholz praised Zelensky, who returned to Kyiv from Washington, where he had spent two days': Zelensky)
        if first and re.search(r"\b(?:he|she)\b", u.text[first[-1].end:at]):
            first = []  # ('… for talks with Denis Sassou Nguesso, and the same evening he landed in Ouagadougou, where he
            # stayed': whom 'he' means)
        dests = [there[0]] if there else []
        return [c for c in unique(p.country for p in first) if c not in dests] or ([] if u.index > 0 else ["-"]), dests
    if kind == "visit":  # where a leg came from ("arrived in Canberra from Moscow", "will leave Tehran for Beijing on
        # Tuesday for a state visit") is neither visitor nor destination (but "before leaving Almaty" is this trigger's own)
        ps = [p for p in ps if p.actor or not (u.text.endswith("from ", 0, p.start)
                                               or (p.start != t1 and _LEFT.search(u.text, max(0, p.start - 12), p.start)))]
    before = [p for p in ps if c0 <= p.start < t0]
    inside = [p for p in ps if t0 <= p.start < t1]
    after = [p for p in ps if t1 <= p.start < a1]
    if kind == "visit":
        if guest := visiting_guest(u.text, _VISITING_GUEST.match(u.text, t0, t1), ps):
            # "hosted a banquet for visiting Kazakh President Tokayev": the guest, come to the host named before
            return [guest.country], unique(p.country for p in before if p.actor and not p.place and p.country != guest.country)[-1:]
        rel = _WHICH_CLAUSE.search(u.text, t1)  # "his trip to Central America, which will take him to …": not its own
        # "leave Fiji on Wednesday for New Zealand", "flew from Minsk to …": what the trigger names before 'for'/'to' is
        # where the leg starts
        first = t1 if u.text.endswith(("for ", "to "), t0, t1) else t0
        # an arrival at an airport is where the airport is: a place its name holds, else one its clause names before a
        # relative clause ('landed at King Khalid International Airport on Tuesday for talks in Saudi Arabia'; not 'lands
        # at Changi Airport … for the last stage of a journey that opened in Jakarta': the place line's, see pairs_of)
        stop = rel.start() if rel else len(u.text)
        if u.text.endswith("at ", t0, t1) and (airport := _AIRPORT.match(u.text, t1)):
            named_in = any(t1 <= p.start < airport.end() for p in ps)
            clause_rel = _RELATIVE_WORD.search(u.text, airport.end())
            stop = airport.end() if named_in else min(stop, clause_rel.start() if clause_rel else len(u.text))
        dest = listed([p for p in ps if first <= p.start < stop], u.text, t1)
        brk = max([b.end() for b in _CLAUSE_BREAK.finditer(u.text, c0, t0)] + [c0])  # not "… in Kazan, and organised visits by …"
        dest = dest or [p for p in before if p.place and p.start >= brk and p.start not in taken][-1:]  # "… is in Russia on a state visit"
        dests = unique([p.country for p in dest] + (cities_listed(u.text, dest[-1].end, ps) if dest and dest[-1].start >= t0 else []))
        rest = u.text[t1:].lstrip(" ")
        # (after 'the', only a place whose name holds it: "visited the Hermitage" is a museum, not Hermitage,
        # Pennsylvania; "the Hague" is The Hague)
        right = None if u.text.endswith("from ", t0, t1) else the_city_at(rest) if u.text.endswith("the ", t0, t1) \
            else city_at(rest)  # "before leaving Almaty", "visited Tashkent",
        # "his visit to Baku" (not "arrived from Brasília")
        if right and (not dest or dest[0].start > len(u.text) - len(rest) + right[1] or dest[0].start < t0):
            # "his visit to Baku in July, … invest … in Pakistan": the city named right after it, and the places
            # listed after it ("will travel to Astana and Tashkent"), also over a place named before the trigger ("will be
            # back in Seoul in time to watch Kim's trip to Vladivostok")
            dests = unique([right[0]] + cities_listed(u.text, len(u.text) - len(rest) + right[1], ps))
        if not dests and _WHOSE_BEFORE.search(u.text, max(0, t0 - 12), t0) and (named := city_at(u.text[t0:t1])):
            dests = [named[0]]  # "Orban's Baku trip", "his Beijing visit": the city that names the trip
        if not dests:
            city = (right[0] if right else "") or city_after(u.text, t0, a1, ps) or city_after(u.text, brk, t0, ps)
            dests = [city] if city else []
        if visitor == "pronoun":  # "X held talks with Y, the first leg of a tour that will take him to …": him, the
            # sentence's first actor (its subject), else nobody; the countries named after it
            named = [p for p in ps if p.start < t0 and p.actor and not p.place and not p.loose]
            whose = u.text.rfind(" whose ", max(0, t0 - 60), t0)  # "…, Tokayev, whose tour took him to …": Tokayev
            owner = _TOUR_OF.search(u.text, max(0, t0 - 100), t0)  # "during Lavrov's tour of Latin America, which took him"
            named = [p for p in ps if t0 <= p.start < t1 and p.actor and p.kind == "person"] \
                or ([p for p in named if p.end == owner.end("name")] if owner else []) \
                or ([p for p in named if p.start < whose][-1:] if whose >= 0 else named[:1])  # ('took Mr Mahama to': him)
            # the stops: "…, Guatemala, and the Dominican Republic", "took Xi to Kuala Lumpur and Phnom Penh", "took him to
            # Bamako, Ouagadougou and Niamey"
            stops = listed([p for p in ps if p.start >= t1 and not p.actor], u.text, t1)
            here = city_at(u.text[t1:]) if not any(p.start == t1 for p in stops) else None
            if here:  # "a tour that continues in Bishkek on Thursday and moves to Dushanbe": the city it names first
                dests = unique([here[0]] + cities_listed(u.text, t1 + here[1], ps))
            elif stops:
                dests = unique([p.country for p in stops] + cities_listed(u.text, stops[-1].end, ps))
            else:
                to = t1 if u.text.endswith("to ", t0, t1) \
                    else next((x.end() for x in _TO_CITY.finditer(u.text, t1, t1 + 60)), -1)
                city = city_at(u.text[to:]) if to >= 0 else None
                dests = unique([city[0]] + cities_listed(u.text, to + city[1], ps)) if city \
                    else unique(p.country for p in ps if t1 <= p.start < a1 and not p.actor)
            # nobody named before it: the last sentence's subject ('Nigeria is the last stop of his tour, which
            # also took him to Chad'), else nobody
            return ([c for c in unique(p.country for p in named) if c not in dests] or ([] if u.index > 0 else ["-"])), dests
        by_of = [p for p in after if not p.place and _BY_OF_BEFORE.search(u.text[max(0, p.start - 60):p.start])
                 and not _CLAUSE_VERB.search(u.text, t1, p.start)] \
            if visitor == "subject" else []  # "a visit by X"; but "X is in Baku for the meeting of …": X
        if visitor == "object":
            by_of = [p for p in inside if not p.place and p.actor]
        subjects = [p for p in before if not p.place and (p.start not in taken or p.start == c0)  # (a person of an earlier
                    # visit's destination, unless the subject of a clause of its own: '…, and To Lam is expected to travel')
                    and not _OBJECT_BEFORE.search(u.text[max(0, p.start - 40):p.start])]
        who = _WHO_BEFORE.search(u.text, max(c0, t0 - 80), t0)  # "…, Ethiopian Prime Minister Abiy Ahmed, who arrived …"
        named_before = [p for p in before if p.actor and not p.place and who and p.end <= who.start()][-1:]
        if _ONWARD.search(u.text, max(c0, t0 - 12), t1):  # "X is expected to meet Y today before flying to Muscat": X
            subjects = [p for p in subjects if p.actor and not p.loose][:1] or subjects
        visitors = by_of or named_before or [p for p in subjects if p.actor and not p.loose][-1:] \
            or [p for p in subjects if not p.loose][-1:] or subjects[-1:] \
            or [p for p in inside if p.kind != "country"]
        visitors = [p for p in visitors if not p.loose]
        if not visitors and _I_BEFORE.search(u.text, max(0, t0 - 30), t0):
            visitors = quoted_speaker(u.text, ps, t0, u.dates)  # '"I will travel to Hanoi next week," Prime Minister Wong said'
        if not visitors and _LEAVING_FIRST.match(u.text, t0) and (comma := u.text.find(", ", t1)) > 0:
            # "Before leaving Auckland on Monday, Luxon spoke by phone …": the traveller is the subject after the comma
            visitors = [p for p in ps if p.start > comma and p.actor and not p.place and not p.loose][:1]
            if visitors and visitors[0].country in dests:
                return ["-"], dests  # leaving home
        if not visitors and any(p.loose for p in before):  # "Russian tourists visited China": no official
            return ["-"], dests
        going = [c for c in unique(p.country for p in visitors) if c not in dests]
        home_bound = visitors and not going and _DEPARTS.match(u.text, t0)  # "… before departing for Bujumbura": home
        return (["-"] if home_bound else going), dests
    subject = unique(p.country for p in before if not p.place and not p.loose
                     and not _AGENT_BEFORE.search(u.text, max(0, p.start - 40), p.start))
    named = [p for p in inside + after if not p.place]
    if any(p.actor for p in named):  # "a call with Russian President Putin, urging him to withdraw from Ukraine"
        named = [p for p in named if p.actor]
    elif not _WITH_NEXT.match(u.text, t1) and (pair := joined_subjects(u.text, [p for p in before if p.actor and not p.place
                                                                                and not p.loose])):
        return pair  # "Carney and President Sheinbaum held talks this morning, with U.S. tariffs on the agenda" (but
        # "Lavrov and Wang held talks with Iran": Iran is the other side)
    named = [p for p in named if not p.loose or p.start - t1 <= 30]  # not "a meeting with ministries … along the Lao
    # Cai railway" (a loose word far from it), but "talks between the Spanish and Moroccan governments"
    argument = unique(p.country for p in named)
    return subject, [c for c in argument if c not in subject[:1]]


_WITH_NEXT = re.compile(r"\s+with\b")
_AND_TITLES = re.compile(r"\s+(?:and|&)\s+(?:[A-Z][\w.'’-]*\s+){0,4}")  # " and President ", " and Prime Minister "


def joined_subjects(text: str, actors: list[Party]) -> tuple[list[str], list[str]] | None:
    """The pair two actors of different countries name when 'and' joins them, perhaps with the second's titles
    between ('Carney and President Claudia Sheinbaum'), as the subject of a trigger; else None."""
    for a, b in zip(actors, actors[1:]):
        if a.country != b.country and _AND_TITLES.fullmatch(text, a.end, b.start):
            return [a.country], [b.country]
    return None


def our_sides(main: tuple, context: tuple | None, answering: bool) -> tuple:
    """Whose 'our ministers' a speaker means: in an answer to a question (a press conference), the pair told
    last, the one spoken of; else the item's pair, the speaker's side and the listener's."""
    return context if answering and context else main


_PAST_PASSIVE = re.compile(r"\b(?:was|were|ha[sd] been|have been) (?:\w+ly )?(?:discussed|agreed|reviewed|prepared|settled|finalised|finalized|"
                           r"announced|examined|considered|raised|made|confirmed)\b")


# what follows the trigger up to its predicate: "visit to India, which (begins on Sunday)", "visit to Baku (begins on Sunday)"
_WHICH_THEN = re.compile(r"[^,.;]{0,40}?(?:, (?:which|that))? ")
_WHOSE_BEFORE = re.compile(r"(?:[’']s|\b(?:his|her|their|its|the|a)) $")  # before "Baku trip": whose, or an article


def in_relative_clause(sentence: str, start: int, at: int, t0: int) -> bool:
    """True when `at` lies in a person's relative clause closed before the trigger at t0 ('Putin, who visits China next
    month, met Erdogan …': the plan is the clause's, not the meeting's; but 'Muizzu's state visit, which begins on
    Sunday, is his first trip to New Delhi' tells of the trip itself)."""
    rel = _WHO_CLAUSE.search(sentence, start, at)
    return rel is not None and at < t0 and "," in sentence[at:t0]


# A verb in the past and then, in the same clause, what names the encounter ('arrived in Moscow on Wednesday for a ')
_PAST_THEN_NOUN = re.compile(r"\b(?:arrived|landed|came|flew|travell?ed|went)\b[^,;]*? for (?:a|an|his|her|their|the) (?:[\w-]+ ){0,2}$")


def arrived_for(sentence: str, t0: int, t1: int) -> bool:
    """Whether the encounter at t0–t1 is what an arrival told before it was for ('arrived in Moscow on Wednesday for a
    state visit'; not 'travelled to Moscow to lay the groundwork for the state visit of Xi', someone else's, later)."""
    m = _PAST_THEN_NOUN.search(sentence, max(0, t0 - 60), t0)
    return bool(m) and not _PREPARING.search(m.group()) and not _OF_SOMEONE.match(sentence, t1)


_PREPARING = re.compile(r"\b(?:prepar\w*|groundwork|ahead|arrange\w*)\b")
_OF_SOMEONE = re.compile(r"\s*(?:of|by)\s+(?=[A-Z])")


# What may stand between a traveller and the verb that tells the arrival ('Kishida, who flew in from', 'Xi Jinping, whose
# plane came in from', 'Abe had arrived', 'Borisov, who had been received in'): the traveller is the one named right before
_RIGHT_BEFORE = re.compile(r"(?:[’']s (?:plane|jet|aircraft|motorcade|convoy))?(?:,\s+(?:(?:the|a|an) [^,;]{1,80},\s+)?"
                           r"(?:(?:who|whose (?:plane|jet|aircraft|motorcade|convoy))\s+)?|\s+)"
                           r"(?:(?:had|has|have|then|also|only|finally|first|later|will|is|was|are|were|expected|due|"
                           r"scheduled|set|to)\s+)*")  # ('… is expected to arrive on Wednesday evening')
# (a demonym's office after it: 'the Chinese president came in from Berlin')
_OFFICE_AFTER = re.compile(r"\s+(?:(?:new|visiting|former|interim)\s+)?(?:[Pp]resident|[Pp]rime [Mm]inister|[Pp]remier|[Ll]eader|"
                           r"[Kk]ing|[Qq]ueen|[Cc]hancellor|[Ff]oreign [Mm]inister|[Mm]inister|[Ee]mir|[Ss]ultan|[Mm]onarch)\b")
_REACH_OR_CROSS = re.compile(r"reach|cross")  # (the named trigger's 'reached Kazakhstan', 'crossed into Peru')
_FIRST_TO = re.compile(r"\b(?:the|a) (?:first|only|second|third|last) (?:[\w’'-]+ ){0,5}to $")  # 'the first … to visit'
_ASIDE = re.compile(r"\s*(?:,[^,;]{1,120},\s*)?")  # nothing, or an aside between commas ('Baku, the last stage, follows')
_WHEN_THERE = re.compile(r"\bwhen (?:he|she|they|I|we) $")  # '…, when he was in Moscow': a visit the time of what precedes
# The encounter's noun as the subject of its clause ('…, and the talks with President Xi will certainly touch on it'), and
# the argument after it up to a verb of the future: a plan
_SUBJECT_NOUN = re.compile(r"(?:^|[,;:]\s+|\b(?:and|but)\s+)(?:[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his)\s+(?:[\w-]+\s+){0,2}"
                           r"(?=[Tt]alks|[Mm]eeting|[Vv]isit|[Tt]rip|[Ss]ummit|[Nn]egotiations|[Cc]onsultations)")
_THEN_WILL = re.compile(r"(?:\s+(?:with|to|in|between|and|of|the|his|her|[A-Z][\w’'.-]*)){0,8}?\s+(?:will|(?:is|are) "
                        r"(?:to|due to|expected to|set to|likely to))\s+(?:(?:certainly|also|probably|likely|mainly|surely) )?"
                        r"(?:touch|focus|cover|include|take place|be held|begin|start|open|address|centre|center|concentrate|"
                        r"deal|discuss|review|produce|feature|last|run|coincide|mark)\b")  # (not 'will be remembered')


def planned_here(cue: re.Match | None, sentence: str, offset: int, t0: int, t1: int) -> bool:
    """Whether a cue of planning (found in the sentence from `offset`) makes the trigger at t0–t1 a plan: not when a verb
    in the past stands between them ('Preparations for the visit were discussed during the talks …', 'The preparation
    of the visit had been finalized … in a telephone conversation': the visit is the plan, the talks were held), nor
    when the trigger is a verb in the past and the cue comes after it ('arrived in Havana this afternoon and will be
    received by …': the arrival is told, the reception planned)."""
    if cue is None:
        return False
    if offset + cue.start() >= t1 and (rules().cues["past_verb"].match(sentence, t0) or arrived_for(sentence, t0, t1)):
        return False  # ('arrived in Moscow on Wednesday for a state visit and will attend …': the visit is the arrival's)
    return not (offset + cue.end() <= t0 and _PAST_PASSIVE.search(sentence, offset + cue.end(), t0))


def last_guest(events: list[dict], other: list[str], kinds: tuple[str, ...], line_country: str) -> list[str]:
    """[the guest of the last encounter of these kinds told at a host's, the host not among `other`], else [] (an
    encounter with no host yet is at the place line's country, when one is given)."""
    for e in reversed(events):
        at = e["host"] or line_country
        if e["type"] in kinds and at in (e["country_a"], e["country_b"]) and at not in other:
            return [e["country_b"] if at == e["country_a"] else e["country_a"]]
    return []


def pairs_of(kind: str, one: list[str], other: list[str], site: str, context: tuple | None,
             line_country: str = "", main: tuple | None = None, refers: bool = False,
             itself: bool = False, told_here: bool = False) -> list[tuple[str, str]]:
    """Country pairs from the two sides. A missing side is the site's country, else the other side
    of the article's main pair (its first, in the title or lead) or of its last one; a sentence
    naming no party refers to the last pair (for a trigger that refers back, 'after the talks', the
    last pair of its type); a visit with no destination named goes to the article's place line; `itself`: a
    visit named by 'the visit' and its time alone ('The visit, from 2 to 4 January, …'), the last one told (held:
    a planned one's time is told with its plan); `told_here`: the sentence told a pair before this trigger."""
    if kind == "visit":
        if one == ["-"]:
            return []
        if itself and not one and not other:
            return [context] if context else []  # "The visit, from 2 to 4 January, …": the visit told last
        if not other and line_country:
            visitor = one or ([site] if site else [])
            if visitor and visitor[0] != line_country:
                return [(visitor[0], line_country)]
        if other and not one:  # the visitor is the site's country, else the article's main counterpart
            guest = [c for c in ([site] if site else []) + list(main or ()) + list(context or ()) if c and c not in other]
            one = guest[:1]
        return [(one[0], d) for d in other if one and d != one[0]]
    if one and other:
        return [(one[0], b) for b in other if b != one[0]]
    named = unique(one + other)
    if len(named) >= 2:
        if not one and site and site not in named:
            return [(site, b) for b in named]
        return [(named[0], named[1])]
    if len(named) == 1:
        x = named[0]
        if site and site != x:
            return [(site, x)]
        known = [c for c in ((context, main) if told_here else (main, context)) if c and x in c]
        return known[:1]  # (the pair the sentence told already, when it told one: 'was in London … for talks with …')
    return [context or main] if context or main else []


def article_events(article_id: str, text: str, ref_date: str, mentions: list[dict] | None = None,
                   dates: list[dict] | None = None, spans: tuple | None = None, *, title: str = "",
                   site_country: str = "", place: str = "", ref_method: str = "", dateline: str = "",
                   title_mentions: list[dict] | None = None, home_country: str = "") -> list[dict]:
    """Encounters stated in one article's title and text, one row per trigger and country pair
    (mentions, dates and sentence spans of the text are found here unless the caller passes them).
    `place` is the article's place line; without one, a wire dateline's place stands in for it.
    `site_country`: whose official site the page is on (its side of any encounter it reports with one
    side named); `home_country`: the country an outlet reports from (metadata.home_country), the
    side of an office holder it names without a country ('President Rumen Radev')."""
    from .places import place_line_country

    ref = parse_ref(ref_date)
    if title_mentions is None and title:
        title_mentions = find_mentions(title)
    if mentions is None:
        mentions = find_mentions(text, article_id, title=title_mentions or [], home=site_country or home_country)
    if dates is None:
        dates = find_dates(text, ref, article_id)
    spans = sentence_spans(text) if spans is None else spans
    told_in = units(title, text, mentions, dates, spans, ref, title_mentions)
    if not told_in:
        return []  # no sentence holds a trigger: nothing below is needed
    r = rules()
    news = len(ref_date) == 10 and ref_method.startswith(NEWS_DATE_METHODS)
    line_country = place_line_country(place or dateline) if (place or dateline) else ""
    # The country of an office holder named without one: the site's, else the outlet's, else the country the
    # item's place line or wire dateline files from ('Hanoi (VNA) – President Tran Dai Quang will pay a state visit
    # to India'; a Tongan paper's "Nuku'alofa, Tonga" above "The Prime Minister … returned from China").
    home = site_country or home_country or (place_line_country(dateline) if dateline else "") or (
        line_country if line_country and not any(m["kind"] == "person" and m["country"] == line_country for m in mentions)
        else "")
    # (a place line's country is the home of an unnamed office holder only in an item that names no leader of it: a
    # correspondent's 'Jakarta, Indonesia' above 'The Prime Minister held talks with President Prabowo' is a visitor's)
    summit_place = cache(partial(article_summit_place, text, spans, mentions))  # found when a sentence first asks
    events, context, main, last_of = [], None, None, {}
    named_pair: dict[int, tuple] = {}  # a sentence's last pair, when the sentence names a person of each side but main's
    travellers: dict[int, str] = {}  # a sentence's traveller, when it names no person before its first visit ('the PM will
    # fly to Buenos Aires and hold talks with President Milei'): the 'he' of the sentence after, not the first person named
    voices = cache(partial(turns, text, mentions))  # a transcript's speakers, found when a sentence first asks
    # Whom the item is about when no sentence pairs them: the site's country and the first other
    # country its title names ('… sent a message to Chinese President Hu Jintao': 'your state visit to Russia').
    named = unique(p.country for p in parties(title, title_mentions or []) if not p.loose and not p.place) if title else []
    about = next(((site_country, c) for c in named if site_country and c != site_country), None)
    # "Zimbabwe-Zambia Bi-National Commission (BNC)": BNC, of ZMB and ZWE; and whether the text names any body of two
    # countries (both looked for when a sentence first asks)
    bodies = cache(partial(body_acronyms, text, mentions))
    pair_body = cache(lambda: bool(bodies()) or bool(r.cues["pair_body"].search(text)))
    for u in told_in:
        found = u.found
        found = [(rule, m) for n, (rule, m) in enumerate(found)  # "a tour that (will also) take(s) him to …": one
                 if not (rule.type == "visit" and n + 1 < len(found) and found[n + 1][0].visitor == "pronoun"  # journey,
                         and _THAT_WILL.fullmatch(u.text, m.end(), found[n + 1][1].start()))  # told by "take him to"
                 and (rule.visitor != "leg" or itinerary_leg(u, m, found[n + 1][1].start() if n + 1 < len(found) else len(u.text)))]
        # (a leg that is none, 'a visit to Doha in October', claims no date from the trigger before it)
        skips = [m.span() for m in r.skip.finditer(u.text)]
        ps = parties(u.text, u.mentions)
        told = []  # the triggers that name a pair: (rule, match, c0, a1, pairs, other)
        guests = set()  # where "visiting Kazakh President X" names a guest (see visiting_guest)
        visitor_before: tuple = ()  # the traveller and the destinations of the sentence's last visit
        taken: set[int] = set()  # where the destinations of the sentence's visits so far are named
        for n, (rule, m) in enumerate(found):
            kind = rule.type
            t0, t1 = m.span()
            if kind == "meeting" and _BODY_WILL.search(m.group()) and not pair_body():
                continue  # "the commission will hold hearings", with no commission of two countries named in the text
            body = None  # the bilateral body an acronym trigger names, and its pair
            if rule.visitor == "acronym":
                named = m["acronym"] or m["acronym2"] or m["acronym3"] or m["acronym4"] or next(  # "the 8th Session will be held": the body named just before
                    (a for a in bodies() if re.search(rf"\b{a}\b", text[spans[max(u.index - 1, 0)][0]:spans[u.index][1]])), None) \
                    if u.index >= 0 else None
                if named not in bodies():
                    continue  # "the session of the UNGA": no bilateral body the text names
                body = bodies()[named]
            next_t0 = found[n + 1][1].start() if n + 1 < len(found) else len(u.text)
            c0 = max([c.end() for c in r.clause_start.finditer(u.text, 0, t0)] + [0])
            arg_end = r.argument_end.search(u.text, t1)
            a1 = min(arg_end.start() if arg_end else len(u.text),
                     next_t0 if found[n + 1:] and found[n + 1][0].type == kind else len(u.text))
            if any(k0 < a1 and k1 > max(c0, t0 - 20) for k0, k1 in skips) or r.cues["region_pair"].search(u.text, max(0, t0 - 60), t1) \
                    or _FOR_A_TRILATERAL.search(u.text, t1, own_clause_end(u.text, t1, next_t0)) \
                    or ((ns := r.cues["non_state"].search(u.text, t0, a1)) and ns.start() < t1):
                continue  # a trilateral meeting, a wreath, a readout, the Russia–Africa summit: not a bilateral encounter
            if kind in ("talks", "meeting") and (at := _AT_THE.match(u.text, t1)) and " with " not in u.text[at.end():a1] \
                    and any(mm["kind"] == "organisation" and not mm["country"] and mm["start"] == at.end() for mm in u.mentions) \
                    and len(unique(p.country for p in ps if c0 <= p.start < min(x.start() for _, x in found if x.start() >= c0)
                                   and p.actor and not p.place)) < 2:  # (the clause's subject, before its first trigger)
                continue  # "… and hold talks at the African Union Commission": with the body, no state (not "talks at the AU
                # with the Ethiopian Prime Minister")
            if kind in ("talks", "meeting") and r.cues["remote"].match(u.text, t1):
                rule, kind = replace(rule, type="phone_call"), "phone_call"  # "held talks via videoconference": a call
            if rule.visitor == "readout" and (r.cues["in_person"].search(u.text) or any(p.place for p in ps)):
                continue  # "Macron spoke with Xi at length in Beijing": not a call
            if rule.unless_call and (r.cues["call_or_message"].search(u.text)
                                     or any(x.type == "phone_call" for x, _ in found)):
                continue  # "Lula called me on Saturday, and we spoke for almost an hour": the call's time; "greeted Xi on
                # his birthday in a telegram"
            if rule.visitor in ("person_object", "gapped") \
                    and not any(p.actor and not p.place and t1 <= p.start < t1 + 60 for p in ps):
                continue  # "India hosted Australia in the first Test": nobody hosted
            if kind == "meeting" and (ap := r.cues["appeal"].search(u.text, max(0, t0 - 12))) and ap.start() <= t0:
                continue  # "called on Mr Orban to lift the veto": an appeal
            if r.negated.search(u.text, max(c0, t0 - 90), t0 + 3 if m.group().startswith("to ") else t0) \
                    or denied(u.text, max(c0, t0 - 150), t0) or hypothetical(u.text, t0) \
                    or (kind != "visit" and (w := r.cues["willing"].search(u.text, max(c0, t0 - 60), t1)) and w.end() >= t0) \
                    or called_off(u.text, t1, next_t0):  # (a trigger 'to meet' after 'prepared': its 'to' read with it)
                continue  # "cancels trip to Turkey", "will not visit", "calls for talks"; "the visit … was called off";
                # "denied reports that X had met Y"; "if invited, I would go to Lima"; "would be 'delighted' to meet X"
            if kind == "visit" and _REACH_OR_CROSS.match(m.group()) and not named_right_before(u.text, ps, t0):
                continue  # "Erdogan said the refugees had reached Greece on Tuesday": no traveller named right before
            if kind == "visit" and _FIRST_TO.search(u.text, max(0, t0 - 80), t0) \
                    and any(x.type == "visit" and x is not rule for x, _ in found):
                continue  # "Abe, the first Japanese prime minister to visit New Zealand in 12 years, arrived on Sunday": who he
                # is; the visit is told by another trigger of the sentence
            if kind == "visit" and _ON_TO.match(m.group()) and not any(x.type == "visit" for x, _ in found[:n]):
                continue  # "gas flows through Ukraine and on to Slovakia": no journey told before it
            if kind == "visit" and _VISIT_VERB.fullmatch(m.group()) and not visits_someone(u.text, t1, ps):
                continue  # "visited the Hyundai shipyard in Ulsan": a place within a country, no visit to it
            # the subject after an opening phrase ("During the 12-day war between Israel and Iran, Foreign Minister Dar …")
            s0 = comma + 2 if c0 == 0 and _OPENER.match(u.text) and 0 < (comma := u.text.find(", ")) < t0 - 2 \
                and not any(x.start() < comma for _, x in found) else c0  # (no trigger of its own in that phrase)
            one, other = sides(kind, u, ps, t0, t1, s0, a1, rule.visitor, taken)
            if kind != "visit" and not one and len(other) > 1 and m.group().rstrip().endswith("with") \
                    and (he := clause_subject(u, ps, c0, mentions, spans, text)) and he not in other:
                one = [he]  # "…; talks with Tajik President Rahmon and Turkmen President Berdimuhamedov followed on May 18":
                # both with the subject of the sentence's first clause (or of the sentence before), not with each other
            if kind == "visit" and line_country and m.group().endswith(" here") and line_country not in one:
                other = [line_country]  # "arrived here …, as the first Indian head of state to visit Laos": the
                # dateline's place ('PHNOM PENH, Sept 13 -'), not a country the sentence names later (unless the traveller
                # comes home: 'arrived here from Phnom Penh at the end of her tour of Laos and Cambodia', in New Delhi)
            if rule.visitor == "residence" and not other:
                continue  # "was received in Paris": no seat, no host told
            if rule.visitor == "next_stop" and other and not one:  # "Namibia follows on Thursday": the last traveller told,
                # else, in a sentence naming nobody before it, the guest of the last meeting told at a host's ('Humala met
                # Kirchner at the Casa Rosada … Santiago is the next leg, tomorrow'; a meeting's host is the place line's
                # until locate() sets it; not 'Petro leaves on Friday: Venezuela is his next stop', of the host)
                one = last_guest(events, other, ("visit",), "") or (
                    last_guest(events, other, ("meeting", "talks"), line_country)
                    if not any(p.actor for p in ps if p.start < t0) else [])
                if not one:
                    continue
            if rule.visitor == "leg":  # "will travel to Warsaw on Monday, to Berlin on Tuesday": the traveller of the
                # sentence's visit before, when a time closes the leg before and one follows the place
                if not (visitor_before and other) or set(other) <= set(visitor_before[1]):
                    continue  # (itinerary_leg was asked when the sentence's triggers were read, above)
                one = visitor_before[0]
            if rule.visitor == "gapped" and (r.negated.search(u.text, c0, t0) or _NOT.search(u.text, c0, t0)):
                continue  # "Modi will not meet Sharif on Monday and President Putin on Tuesday": neither
            if rule.visitor == "gapped" and not any(p.actor and not p.place and t1 <= p.start < t1 + 60
                                                    and p.country not in one for p in ps):
                continue  # "met Lavrov on Monday and President Biden in Washington on Tuesday": no second pair
            if kind != "visit" and (m.group().endswith("between") or u.text.startswith(" between ", t1)) \
                    and len(both := unique(p.country for p in ps if t1 <= p.start < a1 and not p.place)) >= 2:
                one, other = both[:1], both[1:2]  # "the meeting between the leaders of the US and the DPRK": those two
            if rule.visitor in ("subjects", "joint"):  # "Lavrov, Wang discuss Ukraine by phone": the pair is the subject;
                # in "Lavrov discussed Gaza with his Turkish counterpart by phone" the actor after it (not the topic)
                both = unique(p.country for p in ps if c0 <= p.start < t0 and not p.place and (
                    (p.actor and rule.visitor == "subjects") or office_holder(p, u.text)))  # ('Guyana's President'; for
                # 'joint', people or offices only: not 'the Russian and Ukrainian armed forces faced each other')
                if len(both) > 1:
                    one, other = both[:1], both[1:2]
                elif rule.visitor == "joint":
                    continue  # "The president and his wife walked the site together": no two sides
                else:
                    other = [c for c in other if any(p.country == c and p.actor for p in ps if p.start >= t1)]
            if kind != "visit" and not one and not other and (bt := _BETWEEN.search(u.text, t1, next_t0)):
                # "A telephone conversation took place on Friday between President … and President …"
                actors = unique(p.country for p in ps if bt.end() <= p.start < next_t0 and p.actor and not p.place)
                one, other = actors[:1], actors[1:2]
            if kind != "visit" and not one and not other and (t0 == 0 or _OPENING_PHRASE.fullmatch(u.text, 0, t0)) \
                    and (comma := u.text.find(", ", t1)) > 0 and _TELLS.match(u.text, comma + 2):
                # "In a phone call on Monday, Erdogan told Putin …", "Speaking by telephone, A and B agreed …": the first two
                # actors of the main clause
                actors = unique(p.country for p in ps if p.start > comma and p.actor and not p.place)
                one, other = actors[:1], actors[1:2]
            if kind != "visit" and (rel := _WHOM.search(u.text, max(0, t0 - 30), t0)):
                # "… his conversation with Vladimir Zelensky, whom he met on Thursday": the one named before
                # 'whom', and the sentence's first actor
                main_from = u.text.find(", ") + 2 if _OPENING_WORD.match(u.text) else 0  # "After talks with X, Y …"
                actors = [p for p in ps if p.start < rel.start() and p.actor and not p.place]
                subject = [p.country for p in actors if p.country != actors[-1].country and p.start >= main_from][:1] \
                    if actors else []
                if not subject and actors and u.index > 0 and _PRONOUN.match(u.text, main_from) \
                        and (them := last_subject(mentions, spans, text, u.index)) and them != actors[-1].country:
                    subject = [them]  # "He also spoke of his meeting with President X, whom he met in Belgrade on
                    # Monday": he, the subject of the sentence before
                if subject:
                    one, other = subject, [actors[-1].country]
                elif actors and rel.group().split()[1] in ("I", "we") and u.index >= 0 \
                        and (voice := speaker(voices(), spans[u.index][0])) and voice != actors[-1].country:
                    one, other = [voice], [actors[-1].country]  # "greetings from President Chavez, with whom I met in
                    # Managua on Sunday", said by Nicaragua's president: the speaker and the one named before 'whom'
            # (t0 + 4: a pronoun may begin the trigger itself, 'my visit to Amman')
            if u.index >= 0 and (with_me := _AND_I.search(u.text, c0, t0)) \
                    and not any(p.actor and t1 <= p.start < a1 for p in ps) \
                    and (them := [p for p in ps if p.end <= with_me.start() and p.actor and not p.place][-1:]) \
                    and (me := quoted_or_speaking(u, ps, t0, voices, spans)) and me != them[0].country:
                one, other = [me], [them[0].country]  # '"Shavkat Mirziyoyev and I met in Astana last year," Japarov said'
                # (not when the trigger has an object of its own: 'Kallas and I met with President Zelensky')
            if other and u.index >= 0 and (me := first_person(u.text, c0, t0 + 4)) >= 0 \
                    and not any(me < p.start < t0 for p in ps if not p.place) \
                    and (voice := speaker(voices(), spans[u.index][0])
                         or next((p.country for p in quoted_speaker(u.text, ps, t0, u.dates)), "") or site_country) \
                    and voice not in other:
                # "On Sunday I met with President Abbas", said by the King of Jordan; "I had a meeting with
                # the Italian President, and I was also received by Pope Francis": the speaker, not the Italian
                one = [voice]
            if u.index >= 0 and main and (you := second_person(u.text, c0, t0 + 4)) >= 0 \
                    and (_YOU.match(u.text, you) or len(u.text[you:t0].split()) <= 2) \
                    and not any(you < p.start < t0 for p in ps if not p.place) \
                    and (voice := speaker(voices(), spans[u.index][0])) in main and len(set(main)) == 2:
                # "last month you were in Muscat and had talks with Sultan Haitham", said by Putin to al-Assad:
                # the listener, the other side of the item's pair
                listener = [c for c in main if c != voice]
                one, other = listener, [c for c in other if c not in listener] if other != listener else other
            if not one and other and u.index >= 0 and (you := second_person(u.text, c0, t0 + 4)) >= 0 \
                    and (_YOU.match(u.text, you) or len(u.text[you:t0].split()) <= 2) \
                    and (asked := addressee(voices(), spans[u.index][0])) and asked not in other:
                one = [asked]  # "Q: You were in Jakarta last week.", asked of the interviewee who answers it
            if kind != "visit" and u.index >= 0 and main and len(set(main)) == 2 and _YOU_AFTER.match(u.text, t1) \
                    and (voice := speaker(voices(), spans[u.index][0])) in main:
                # "Government Chairman Dmitry Medvedev will receive you on Thursday", said by Putin to Madagascar's
                # president: the one named before it (else the speaker) and the listener
                listener = [c for c in main if c != voice]
                one, other = [c for c in one if c not in listener][:1] or [voice], listener
            if kind != "visit" and one and not other and u.index >= 0 and _ME_AFTER.match(u.text, t1) \
                    and (me := quoted_or_speaking(u, ps, t0, voices, spans)) and me not in one:
                other = [me]  # "on Tuesday President Yudhoyono receives me,' Ruak told reporters"; "…, where President
                # Lukashenko received me on Saturday", said by Mozambique's president: the speaker
            if kind != "visit" and u.index >= 0 and _HIM_AFTER.match(u.text, t1):
                # "Tshisekedi spent the weekend in Uganda, where Yoweri Museveni hosted him": the host named last before
                # the verb, and the sentence's traveller to the host's country (else its first person or office holder: 'the
                # Fijian Prime Minister', not 'the Kenyan team'), else the one the
                # sentence before told of ('He is expected at Downing Street, where Starmer will host him')
                before = [p for p in ps if p.start < t0 and p.actor and not p.place]
                host = before[-1].country if before else ""
                him = (visitor_before[0][0] if visitor_before and visitor_before[0] and host in visitor_before[1] else "") \
                    or next((p.country for p in before if p.country != host and office_holder(p, u.text)), "") \
                    or travellers.get(u.index - 1) or (last_subject(mentions, spans, text, u.index) if u.index else "")
                if not host or not him or him == host:
                    continue  # ('The African Union welcomed him'; 'The Kenyan team won …, where Museveni received him')
                one, other = [host], [him]
            if rule.visitor == "pronoun" and not one and other and m.group()[:4].lower() == "the " \
                    and (last := next((e for e in reversed(events) if e["type"] == "visit" and e["host"]), None)):
                # "The tour began in Algeria": the tour of the visitor told last
                one = [c for c in (last["country_a"], last["country_b"]) if c != last["host"] and c not in other
                       and any(p.country == c and p.actor for p in ps)][:1]  # (when the sentence names them: 'where … Díaz-Canel held talks')
            hb = (_HE_BEFORE.search(u.text, c0, t0 + 4 if u.text[t0:t0 + 4].lower() in ("his ", "her ") else t0)  # (or the trigger's own
                  if not one and other and u.index >= 0 else None)  # 'his stay in Angola')
            semi = bool(c0) and u.text[:c0].rstrip().endswith(";")  # a clause after a semicolon ('…; he also saw …')
            if not one and other and u.index >= 0 and (u.index > 0 or hb or semi) \
                    and (_PRONOUN.match(u.text, c0) or hb or rule.visitor == "pronoun" or _HE_OPENS.match(u.text, c0)):
                # "He later spoke by phone with …", "On Tuesday, he held talks with …": the last sentence's subject
                own = [p for p in ps if c0 <= p.start < t0 and p.actor and not p.place] \
                    if hb and hb.group().startswith(",") and not _HE_OPENS.match(u.text, c0) else \
                    [p for p in ps if p.start < c0 and p.actor and not p.place][:1] \
                    if semi and _PRONOUN.match(u.text, c0) else []
                # (", and he flies to Nuku'alofa tomorrow", "…; he also saw Macron": the subject of the sentence's own
                # first clause)
                he = own[0].country if own else "" if u.index == 0 else \
                    travellers.get(u.index - 1) or last_subject(mentions, spans, text, u.index)
                if (named := _PRONOUN.match(u.text, c0)) and (office := (named["office"] or "").lower()) \
                        and office not in ("leader", "minister") and u.index > 0 \
                        and (was := subject_office(mentions, spans[u.index - 1])
                             or opening_office(text, spans[u.index - 1])) != office \
                        and (was or (named["opening"] and not named["comma"])):
                    he = ""  # "Chinese Premier Li Qiang arrived in Canberra. The prime minister also spoke …", "The Emir of
                    # Qatar arrived … The President received …": another person (after an opening word with no comma,
                    # 'Afterwards the president', only the holder of that office told just before)
                if u.index > 0 and (named := _PRONOUN.match(u.text, c0)) and (named["office"] or "") in ("minister", "leader") \
                        and (holder := office_holder_in(mentions, spans[u.index - 1], named["office"])):
                    he = holder  # "… met with Minister of Foreign Affairs of Honduras Eduardo Enrique Reina. The minister
                    # recalled that he had visited Moscow": the one the sentence before named with that office
                if kind == "visit" and he and he in other and (hb or _DEPARTS.match(u.text, t0)):
                    continue  # "…, and he departs for Nuku'alofa tomorrow", said of Tonga's prime minister: home ('He is
                    # due to leave for Tokyo on Wednesday', of Japan's)
                one = [c for c in [he] if c and c not in other]
            if rule.visitor == "pronoun" and not one:
                continue
            if rule.visitor == "named" and not one and not (site_country and _OFFICE_SUBJECT.search(u.text, c0, t0)):
                continue  # "… is in Moscow": only with the visitor named before it (or an office, on its own site)
            if home and not site_country and one != ["-"] and home not in one + other and unattached_office(u.text, c0, t0, ps):
                one = one + [home]  # "President Rumen Radev and his North Macedonian counterpart" on bta.bg
            if bool(one) != bool(other) and (not home or home in one) and (kind != "visit" or other) and len(one) < 2:
                # (not when the subject names both sides: 'The leaders of Armenia and Azerbaijan met … at the invitation of …';
                # with a home, only when it is the side named: 'WELLINGTON - Clark spoke by telephone for an hour with
                # Tongan Prime Minister …')
                brk = _CLAUSE_BREAK.search(u.text, a1)
                # (an opening phrase's trigger, 'During his visit to Seoul last week, Prabowo met …': its subject is the
                # main clause's, after the comma that closes the phrase)
                opening = kind == "visit" and _OPENER.match(u.text) and "," not in u.text[:t0] and "," in u.text[t1:]
                stop = min(next_t0, brk.start() if brk and not opening else len(u.text))
                lo = u.text.index(",", t1) if opening else a1
                rest = [p for p in ps if lo <= p.start < stop and p.actor and p.country not in one + other
                        and (kind != "visit" or "," in u.text[t1:p.start])]  # a traveller named after the visit's
                # place is the subject after an opening ('Arriving in Astana, Guterres said'), not whom he is to meet
                # ('… has arrived in Astana and is due to meet Putin')
                other = other if kind == "visit" else (other or unique(p.country for p in listed_people(u.text, rest)))
                one = one or [p.country for p in rest[:1]]
            if kind == "visit" and not other and _DESTINATION_PHRASE.match(u.text, t1) and "our" in u.text[t1:t1 + 8] \
                    and (ours := (speaker(voices(), spans[u.index][0]) if u.index >= 0 else "")
                         or next((p.country for p in reversed(ps) if p.start < t0 and p.actor and _SAID.match(u.text, p.end)), "")
                         or site_country or home_country) \
                    and one != [ours]:
                # "your first visit to our country", said by Egypt's president: to Egypt (the home a subject's office
                # was given for is the destination: 'Minister … of the Slovak Republic …, who arrived in our country')
                one, other = [c for c in one if c != ours], [ours]
            if kind == "visit" and not other and (there := _THE_COUNTRY.search(u.text, t1, next_t0)) \
                    and there.start() - t1 <= 60:
                # "…, who arrived in the country on Wednesday", on its own site; "the first visit by an Indian prime
                # minister to the Gulf state": the country the text is about
                if (site_country or home_country) and there.group("noun") in ("country", "island"):
                    other = [site_country or home_country]
                elif context:
                    other = [c for c in context if c not in one][:1]
            if kind == "visit" and not one and visitor_before and other and set(other) <= set(visitor_before[1]):
                # "I will go to Kyrgyzstan and Tajikistan next week on state visits": the same trip, the same traveller
                one = visitor_before[0]
            if kind == "visit" and one and one != ["-"]:
                visitor_before = (one, other)
            if kind != "visit" and len(one) > 2 and not other:
                continue  # "Deputy foreign ministers of Russia, Syria, Türkiye and Iran are due to meet": not bilateral
            if kind == "visit" and not one and any(x["kind"] == "person" and not x["country"] and c0 <= x["start"] < t0
                                                   for x in u.mentions):
                continue  # "UN Secretary-General António Guterres has arrived in Astana": the visit of no state
            open_dest = kind == "visit" and not _DESTINATION_PHRASE.match(u.text, t1)  # not "to our nation"
            refers = bool(_REFERS_BACK.match(m.group()) or m.group()[:4].lower() == "the ")
            # 'The two heads of state are to hold talks in Paris', after Xi's visit to France and legs to Serbia and Hungary:
            # the pair told before that the place where they meet belongs to (not 'talks about … air defence for Ukraine')
            place_pair = next(((e["country_a"], e["country_b"]) for e in reversed(events) if any(
                p.place and c0 <= p.start and u.text.endswith(("in ", "at "), 0, p.start)
                and p.country in (e["country_a"], e["country_b"]) for p in ps)), None) \
                if not one and _BOTH_SIDES.search(u.text, c0, t0) else None
            pairs = [pair] if kind != "visit" and (pair := adjective_pair(u.text, t0, t1)) else \
                pairs_of(kind, one, other, site_country,
                         (named_pair.get(u.index - 1) or main)  # 'the two leaders': those the sentence before named
                         if main and (_THE_TWO.search(u.text, c0, t0) or _THE_TWO.match(u.text, t0)) else
                         place_pair if place_pair else
                         main if main and not (one or other) and _PAIRS_BODY.search(u.text, c0, t1) and pair_body() else
                         our_sides(main, context, u.index >= 0 and answers_question(voices(), spans[u.index][0]))
                         if main and not (one or other) and (_OUR_SIDES.search(u.text, c0, t1) or (
                             _WE_BEFORE.search(u.text, c0, t0) and u.index >= 0
                             and speaker(voices(), spans[u.index][0]) in main)) else
                         last_of.get(kind, context) if refers else context,
                         line_country if open_dest else "",
                         main or (about if _SPEECH.search(u.text) and (kind == "visit" or not (one or other))
                                  or not other and _THEIR.search(u.text, max(c0, t0 - 30), t0) else None),
                         refers, itself=kind == "visit" and refers and bool(r.cues["its_time"].match(u.text, t1)) and next(
                             (e["status"] == "held" for e in reversed(events) if e["type"] == "visit"), False),
                         told_here=bool(told))
            if body:
                pairs = [body]  # the pair the text named the body for
            if not pairs:
                continue
            if told and told[-1][0].type == kind and told[-1][4] == pairs and _WHOM.search(u.text, max(0, t0 - 30), t0):
                del told[-1]  # "his meeting with X, whom he met in Belgrade on Monday": one meeting, told with its day here
            elif told and kind == "visit" and (told[-1][0].visitor == "where" or told[-1][1].group().startswith("in ")) \
                    and told[-1][4] == pairs and m.group().startswith("on ") \
                    and t0 - told[-1][1].end() <= 60 and not _CLAUSE_BREAK.search(u.text, told[-1][1].end(), t0):
                continue  # "…, where he had spent Tuesday and Wednesday on a state visit to Turkmenistan", "Bachelet, in Cuba
                # since Tuesday on the first visit …": the visit told
            told.append((rule, m, c0, a1, pairs, other))
            if kind == "visit" and u.index >= 0 and u.index not in travellers and pairs[0][1] in other \
                    and not any(p.kind == "person" and p.start < t0 for p in ps):
                travellers[u.index] = pairs[0][0]  # (a visit's pair is its traveller and a destination)
            if kind == "visit" and visiting_guest(u.text, m, ps):
                guests.add(m.start())
            context = last_of[kind] = pairs[-1]
            if main and pairs[-1] != main and u.index >= 0 and any(
                    p.kind == "person" and p.country in pairs[-1] and p.country not in main for p in ps):
                named_pair[u.index] = pairs[-1]
            if kind == "visit":
                taken |= {p.start for p in ps if p.country in other and p.start >= t0}
            if main is None and u.where in ("title", "lead"):
                main = pairs[0]
        plan = None  # (pairs, (start, end, method)) of the trigger before, when announced
        unit_first = len(events)
        for n, (rule, m, c0, a1, pairs, other) in enumerate(told):
            # Dates between two triggers that name pairs belong to the first; a trigger naming none claims none.
            kind, (t0, t1) = rule.type, m.span()
            # "after the talks", "the Xi–Putin talks", or a title summing up what the text tells
            refers = bool(_REFERS_BACK.match(m.group()) or m.group()[:4].lower() == "the " or _THE_BEFORE.search(u.text, 0, t0)
                          or u.where == "title")
            # the next trigger's start; "visiting Kazakh President X" names a guest, not an encounter of its own words:
            # a date after it is the sentence's ('Li met visiting Vietnamese Prime Minister Chinh on Friday')
            next_t0 = next((t[1].start() for t in told[n + 1:] if t[1].start() not in guests), len(u.text))
            claimed = told[n - 1][1].end() if n else 0
            headline_future = (u.where == "title" and r.planned_title.search(u.text)
                               and not r.planned_title_unless.search(u.text))
            # an onward leg ('…, before leaving Jakarta for an official visit to Singapore', '…, followed by a state visit to
            # Brasília') is planned when its clause is;
            # so is a second infinitive ('is expected to be received by X and to hold meetings')
            plan_from = c0 if _ONWARD.search(u.text, max(c0, t0 - 60), t1) or _AND_TO.search(u.text, max(c0, t0 - 60), t1) \
                or rule.visitor == "leg" else max(c0, t0 - 80)  # (an itinerary's leg, as its first)
            noun = bool(r.cues["encounter_noun"].search(m.group()))  # the encounter named by a noun ('his visit to …')
            that_took = in_that_took(u.text, t0, t1)  # a stop of a tour a relative clause names ('that also took him to')
            status = "planned" if (rule.visitor == "next_stop" or headline_future  # (a next stop is told of a plan)
                                   or planned_here(r.planned.search(u.text[plan_from:a1]), u.text, plan_from, t0, t1)
                                   or r.cues["programme"].search(u.text, c0, t0) or r.cues["headline_plan"].match(u.text)
                                   or ((b := r.cues["begins_on"].search(u.text, max(c0, t0 - 80)))
                                       and (b.start() < t1 or noun and _WHICH_THEN.fullmatch(u.text, t1, b.start()))
                                       and not in_relative_clause(u.text, max(c0, t0 - 80), b.start(), t0))
                                   or noun and (r.cues["set_for"].search(u.text, t1, min(next_t0, a1 + 60))
                                                or r.cues["rel_plan"].match(u.text, a1)
                                                or (_SUBJECT_NOUN.search(u.text, max(0, t0 - 30), t1)
                                                    and _THEN_WILL.match(u.text, t1)))
                                   or r.cues["invited_to"].search(u.text, max(0, t0 - 60), t0)) \
                and not r.past.search(u.text, max(0, t0 - 40), t0) else "held"
            if status == "held" and _FRONTED.match(u.text, c0) and u.text.find(",", c0) > t1 \
                    and (future := _FRONTED_FUTURE.match(u.text, t1)) and not r.cues["past_verb"].search(u.text, t1, future.end()):
                status = "planned"
            if status == "held" and plan and pairs == plan[0] and _FOR_THE.search(u.text, claimed, t0) \
                    and not _OWN_VERB.search(u.text, claimed, t0):
                # "… will on Tuesday host his Nigerian counterpart for the 11th session of the … Commission", "…, making
                # Indonesia the destination of his first overseas trip": what an announced encounter of the same pair is
                # for, or makes, in a phrase with no verb of its own, is that plan
                status, start, end_, method = "planned", *plan[1]
            else:  # ('a tour that previously took him to …': no date told before it in the sentence)
                earlier = bool(_EARLIER.search(u.text, max(0, t0 - 30), t0)
                               or _BEFORE_HIS.search(u.text, max(0, t0 - 30), t0))
                date_to, date_from = next_t0, t0 if earlier else max(c0, claimed)
                if that_took and (rel := _THAT_TOOK.search(u.text, date_from, t1)):
                    own = next((d for d in u.dates if d["value_start"] and date_from <= d["start"]
                                and not u.text[d["end"]:rel.start()].strip()), None)  # ('a tour last week that took …')
                    date_from = own["start"] if own else rel.start()  # "… on Friday, concluding a tour that also took
                    # him to Eritrea": the day is the main clause's, not the earlier stops' the relative clause names (but
                    # the time told right before 'that' is the tour's: 'a tour last week that took Mr Mahama to Bamako')
                if rule.visitor == "where":  # "…, where he had spent Friday evening with X": the days of the verb after
                    # 'he', though another trigger begins with it; none told before 'where'
                    date_to = next((t[1].start() for t in told[n + 1:] if t[1].start() > t1 + 12), len(u.text))
                    date_from = t0
                start, end_, method = when(u, t0, t1, date_to, date_from, status, ref_date if news else "")
                if not start and that_took and (main_day := next(
                        (d["value_start"] for d in reversed(u.dates) if d["start"] < t0 and d["value_start"]), "")):
                    # 'returned on Sunday from a trip that took him to Greece': the stops in the month of the main clause
                    start, end_, method = main_day[:7], "", JOURNEY_MONTH
                if (after := _DAYS_AFTER_ONE.search(u.text, max(c0, t0 - 60), t0)) \
                        and not any(t1 <= d["start"] < date_to and d["value_start"]
                                    and not r.cues["until"].search(u.text, 0, d["start"]) for d in u.dates) \
                        and (told_day := next((d["value_start"] for d in reversed(u.dates) if d["start"] < after.start()
                                               and len(d["value_start"]) == 10
                                               and not (in_relative_clause(u.text, 0, d["start"], after.start())
                                                        and u.text[d["end"]:after.start()].strip(" ,"))), None)):
                    # "… on Tuesday, a day after Yoon arrived for a state visit": the arrival, a day before the day told
                    # (not one of a relative clause closed before another clause, 'who was received on Tuesday, addressed
                    # parliament three days after Yoon …'; nor when the arrival has a date of its own)
                    n_days = int(after["n"]) if after["n"].isdigit() else _COUNTS[after["n"].lower()]
                    start, end_ = (date.fromisoformat(told_day) - timedelta(days=n_days)).isoformat(), ""
                    method = RELATIVE_TO_TEXT
            if kind != "visit" and n + 1 < len(told) and told[n + 1][0].type == "visit" \
                    and (_DURING.match(told[n + 1][1].group()) or _WHEN_THERE.search(u.text, t1, told[n + 1][1].start())) \
                    and told[n + 1][1].start() - t1 <= 60:
                # "held talks with Erdogan during his visit to Ankara in December", "X and I discussed it when he was in
                # Moscow last October": on the visit's dates
                v0, v1 = told[n + 1][1].span()
                during = when(u, v0, v1, told[n + 2][1].start() if n + 2 < len(told) else len(u.text), t1, status,
                              ref_date if news else "")
                if during[0] and during[2] != PUBLICATION and (not start or method == PUBLICATION or len(start) < len(during[0])):
                    start, end_, method = during  # (not over a day of their own: 'talks on 5 December during his visit …')
            if kind == "visit" and _ON_TO.match(m.group()) and events and events[-1]["type"] == "visit" \
                    and events[-1]["end"] and start <= events[-1]["end"]:
                # "… to Turkey from 27 to 30 November and on to Lebanon until 2 December": the leg begins as the one before ends
                until = next((d for d in u.dates if t1 <= d["start"] < next_t0 and d["value_start"] > events[-1]["end"]
                              and r.cues["until"].search(u.text, 0, d["start"])), None)
                start, end_, method = events[-1]["end"], until["value_start"] if until else "", "the end of the leg before"
            if kind == "visit" and not start and n + 1 < len(told) and told[n + 1][0].type == "visit" \
                    and told[n + 1][1].group().startswith("on ") and told[n + 1][1].start() - t1 <= 60:
                # "arrived in Beijing on a state visit on Tuesday": the date told after the visit it arrived for
                v0, v1 = told[n + 1][1].span()
                start, end_, method = when(u, v0, v1, told[n + 2][1].start() if n + 2 < len(told) else len(u.text), v1,
                                           status, ref_date if news else "")
            if not start and n and not _EARLIER.search(u.text, max(0, t0 - 30), t0) \
                    and (lead_date := opening_date(u) or clause_date(u, c0, told[0][1].start(), t0)):
                # "On Monday, A met B, C held talks with D, and …"; "last month you were in Muscat and had talks with …"
                start, end_, method = placed(*lead_date, status, ref_date if news else "")
            if not start and u.index >= 1 and _ON_THE_SIDELINES.search(u.text, t1, next_t0) \
                    and (_AN_EVENT.search(text, *spans[u.index - 1])
                         or any(t.type == "visit" for t, _ in trigger_matches(text[slice(*spans[u.index - 1])]))):
                # "I will travel to Rio with the president next month. He will hold a meeting with Lula on the
                # sidelines.": the sidelines of what the sentence before told, on its date
                s0, s1 = spans[u.index - 1]
                start, end_, method = best_date([d for d in dates if s0 <= d["start"] < s1 and d["kind"] in DAY_KINDS])
                method = method and f"{method}; the date of the event"
            if not start and u.where != "title":
                start, end_, method = next_sentence_date(u, text, spans, dates, kind)
                method = method and f"{method}; next sentence"
            visit_before = None  # "Last September, X paid a state visit to China. During the visit, Xi held talks with X"
            if not start and kind != "visit" and _DURING_THE_VISIT.match(u.text):
                # the pair's last visit told, one of the encounter's own status first ('During his stay, he was received
                # by …' is during the visit under way, not the plan of a later one the text told after it)
                visits_told = [e for e in reversed(events) if e["type"] == "visit" and e["start"]
                               and {e["country_a"], e["country_b"]} == set(pairs[0])]
                visit_before = next((e for e in visits_told if e["status"] == status),
                                    visits_told[0] if visits_told else None)
                if visit_before:
                    start, end_, method = visit_before["start"], "", "during the visit told before"
            event_at = -1  # the sentence dating the event an encounter is on the sidelines of
            if not start and u.where != "title":
                (start, end_, method), event_at = event_sentence(u, text, spans, dates, c0, a1)
                method = method and f"{method}; the date of the event"
            if not start and events and events[-1]["start"] and (then := _THEN.search(u.text, t1, next_t0)) \
                    and then.start() - t1 <= 60:
                # "In February 2010 you visited Moscow. We held substantive talks then.": when the encounter before was
                start, end_, method = events[-1]["start"], events[-1]["end"], "the time of the encounter before"
            if not start and u.index >= 0 and (heading := dated_heading(text, spans[u.index][0], dates)) \
                    and not (status == "planned" and news and heading[0] < ref_date[:len(heading[0])]):
                start, end_, method = placed(*heading, status, ref_date if news else "")  # a programme's day
            if (not start or method == RELATIVE_TO_TEXT) and u.where != "title" and (same := same_day_cue(u.text, c0, t1, a1)) \
                    and not (kind == "visit" and same.group().endswith((",", "then "))) \
                    and not (start and same.group().lower().startswith("also")):
                # "Later the same day, …": the day of the encounter before, not of the last date written ("Later, he
                # travelled to …" is another day; "the following day, Xi also met …" is the following day)
                start, end_, method = same_day(events, ref_date if news and status == "held" else "", ref_date if news else "",
                                               planned=status == "planned")
            clause_end = (brk.start() if (brk := _CLAUSE_BREAK.search(u.text, t1)) else len(u.text)) \
                if not start and status == "planned" and news else 0
            if clause_end and r.imminent.search(u.text, max(c0, t0 - 80), clause_end):
                # "…, which may take place next year": a time its clause gives after the trigger, else the item's year
                later = [d for d in u.dates if t1 <= d["start"] < clause_end and d["value_start"]
                         and d["kind"] in ("relative", "year", "month") and not _YEAR_SPAN.match(u.text, d["end"])]
                start, end_, method = ((later[0]["value_start"], later[0]["value_end"], later[0]["method"]) if later
                                       else (ref_date[:4], "", IMMINENT))
            # "X has (just) sat down with Y": the day's news, not "has met Y over 40 times", "has met Y before"
            just_now = bool(_JUST_NOW.search(u.text, max(c0, t0 - 12), t0)) \
                and not _NOT_NEWS.search(u.text, t1, own_clause_end(u.text, t1, len(u.text)))
            if not start and status == "held" and news and not just_now \
                    and r.cues["recent"].search(u.text, max(c0, t0 - 120), t0):
                start, method = ref_date[:4], "year of the item (told as recent)"  # "the recent visit by …"
            if (not start and status == "held" and news and (u.where in ("title", "lead") or just_now
                                                             or (_NOW_IN.match(m.group()) and not _SAYS_BEFORE.search(u.text, c0, t0)))
                    and not ((kind != "visit" and _THE_BEFORE.search(u.text, 0, t0)) if u.where == "title"
                             else is_background(u.text, m))
                    and not _TIMES.search(u.text[c0:a1])  # not a title's "what the Xi–Putin talks changed"
                    and not (u.where != "title" and (_TOUR_STOP.search(m.group()) or that_took))):
                # (nor a stop a tour is told of, 'the tour ends in Ghana', 'a tour that also took him to Kenya': not today's)
                start, method = ref_date, PUBLICATION  # ('X is in Azerbaijan' anywhere in the item: there now)
            if (status == "held" and news and ref_method.startswith(("published", "posted")) and start
                    and start[:len(ref_date)] > ref_date[:len(start)] and not r.cues["past_verb"].search(u.text, max(c0, t0 - 30), t1)):
                status = "planned"  # "State Visit of X to India (January 25-26, 2025)", "to pay a state visit in November 2024"
            host = host_of(kind, u, ps, t0, t1, a1, (lambda: sentence_place(text, *spans[event_at], mentions) or summit_place())
                           if event_at >= 0 else summit_place, c0)  # that event's place, else the article's summit's
            if not host and kind == "meeting" and _HOSTING.match(m.group()) and len(one) == 1 \
                    and not r.third_party.search(u.text) and not _A_SUMMIT.search(u.text, c0, next_t0):
                # "Dr Minnis hosted the Cuban foreign minister, Bruno Rodriguez, in Nassau earlier this year": the place
                # its clause names, else the host's own country
                at = place_in(u.text, t0, own_clause_end(u.text, t1, next_t0), ps)
                host = at[0] if at else one[0]
            if visit_before and not host:
                host = visit_before["host"]
            dest_at = stops_at(u.text, t0, other, ps) if kind == "visit" else {}
            p0 = max([c.end() for c in _CLAUSE_BREAK.finditer(u.text, 0, t0)] + [c0])
            # a later trigger's people: its clause's subject and its own ('X will hold talks with Modi and will call on
            # President Murmu': X and Murmu, not Modi)
            subject_end = t0 if n == 0 or p0 > told[0][1].start() else told[0][1].start()
            people = [x["key"] for x in u.mentions if x["kind"] == "person" and (
                (u.where == "title" and len(told) == 1) or p0 <= x["start"] < subject_end or t0 <= x["start"] < min(max(a1, t1), max(next_t0, t1)))]
            if kind == "visit" and len(start) == 10 and not end_:
                start, end_ = visit_span(u.text, t0, a1, start, m.group())
            if status == "planned" and news and method == "explicit" and start and start < ref_date[:len(start)]:
                status = "held"  # "…, after his visits in 2015 and 2017": a year told in full, before the item's, was no plan
            plan = (pairs, (start, end_, method)) if status == "planned" else None
            appended = len(events)  # the rows this trigger adds begin here
            for a, b in pairs:
                if one_state(a, b):
                    continue  # the French president in New Caledonia: a trip at home
                s0, s1, how = start, end_, method
                if kind == "visit" and len(pairs) > 1 and b in dest_at:  # a tour: each stop's own dates
                    later = [d for d in u.dates if d["start"] > dest_at[b]]
                    if later:
                        s0, s1, how = placed(*best_date(later[:1]), status, ref_date if news else "")
                    if s1 and later and sum(1 for at in dest_at.values()  # one span told for several stops
                                            if next((d for d in u.dates if d["start"] > at), None) is later[0]) > 1:
                        how = f"{how}; {TOUR_SPAN}"
                events.append({"article_id": article_id, "type": kind, "country_a": min(a, b), "country_b": max(a, b),
                               "host": b if kind == "visit" else host, "start": s0, "end": s1, "date_method": how,
                               "status": status, "evidence": u.shown or u.text, "actors": "; ".join(unique(people)),
                               "refers": refers, "at": dest_at.get(b, t0)})
            if kind == "visit" and status == "held" and len(events) > appended \
                    and (origin := leg_before(u.text, ps, t0, min(next_t0, a1), pairs)):
                # "Minister Wang arrives in Canberra from Wellington", "arrived from Brasília": he was there before
                visitor = pairs[0][0]
                day = events[-1]["start"]
                before = (date.fromisoformat(day) - timedelta(days=1)).isoformat() if len(day) == 10 else day
                if not any(e["type"] == "visit" and {e["country_a"], e["country_b"]} == {visitor, origin} for e in events):
                    events.append({**events[-1], "country_a": min(visitor, origin), "country_b": max(visitor, origin),
                                   "host": origin, "start": before, "end": "",
                                   "date_method": f"{events[-1]['date_method']}; {LEG_BEFORE}, to the day before"})
            if _PLURAL.search(m.group()) and len(more := listed_dates(u.text, u.dates, t1, next_t0)) > 1 \
                    and len(events) > appended and events[-1]["start"] == more[0][0] \
                    and len({d0[:7] for d0, _, _ in more}) == len(more):  # not "on 16 May and 17 May": one round
                # "the official visits of the President of Cuba to Russia in November 2018 and in October 2019": one each
                last = events[-len(pairs):]
                events += [{**e, "start": d0, "end": d1, "date_method": how} for d0, d1, how in more[1:] for e in last]
            if kind == "visit" and (before := last_before(u.text, u.dates, c0, t0, t1, len(u.text))) \
                    and (any(x["kind"] == "country" and x["country"] == pairs[-1][1] and t0 <= x["start"] < before["start"]
                             for x in u.mentions) or _THERE.search(u.text, t1, before["start"])):
                # the destination named before the earlier date, or 'there' (not "first trip abroad since 2023")
                s0, s1, how = placed(before["value_start"], before["value_end"], before["method"], "held", ref_date if news else "")
                after_since = [x["key"] for x in u.mentions if x["kind"] == "person" and t1 <= x["start"] < before["start"]]
                events += [{**events[-1 - k], "start": s0, "end": s1, "date_method": how, "status": "held",
                            "actors": "; ".join(after_since), "refers": False} for k in range(len(pairs))][::-1]
        for e in events[unit_first:]:  # "arrives in Canberra from Wellington, where he met … on Monday": that day
            if LEG_BEFORE in e["date_method"]:
                e.update(next(({"start": o["start"],
                                "date_method": f"{o['date_method']}; {LEG_BEFORE}, on the day of its encounter"}
                               for o in events[unit_first:] if o["start"] and o["type"] != "visit"
                               and (o["country_a"], o["country_b"]) == (e["country_a"], e["country_b"])), {}))
        in_order_of_legs(events[unit_first:], u.text)
    return [{k: v for k, v in e.items() if k not in ("refers", "at")}
            for e in locate(events, line_country, ref_date if news else "")]


def quoted_or_speaking(u: Unit, ps: list[Party], at: int, voices: Callable, spans: tuple) -> str:
    """The country of who says the words at `at` of a sentence: the named speaker of the quotation holding them
    (quoted_speaker), else the transcript's speaker of the sentence's turn; '' for none."""
    return next((p.country for p in quoted_speaker(u.text, ps, at, u.dates)), "") or speaker(voices(), spans[u.index][0])


def stops_at(sentence: str, t0: int, dests: list[str], ps: list[Party]) -> dict[str, int]:
    """Where the sentence names each destination of a visit from its trigger on: the first mention of the country
    there, else the first city of it ('Bamako', which the gazetteer does not hold but the city index does)."""
    at = {}
    for p in ps:
        if p.country in dests and p.start >= t0:
            at.setdefault(p.country, p.start)
    if len(at) < len(dests):
        for m in re.finditer(r"\b[A-Z]", sentence[t0:]):
            found = city_at(sentence[t0 + m.start():])
            if found and found[0] in dests:
                at.setdefault(found[0], t0 + m.start())
    return at


def in_order_of_legs(rows: list[dict], sentence: str) -> None:
    """The stops of one journey told with weekdays come one after another ('travels on to Tanzania on Wednesday and to
    Zambia on Friday', told on a Friday: the Friday after that Wednesday): a stop dated by its weekday before the stop
    told before it moves on a week, unless the sentence tells it as earlier ('…, after visiting North Korea on
    Tuesday'). `rows`: one sentence's rows, which keep where their destinations are named ('at')."""
    legs = sorted((e for e in rows if e["type"] == "visit" and e["status"] == "planned" and len(e["start"]) == 10),
                  key=lambda e: e["at"])  # (in the order the text names the stops)
    for n, (before, e) in enumerate(zip(legs, legs[1:])):
        shared = {before["country_a"], before["country_b"]} & {e["country_a"], e["country_b"]} - {before["host"], e["host"]}
        if shared and all(x["host"] != e["host"] for x in legs[:n + 1]) and "weekday" in e["date_method"] \
                and e["start"] < before["start"] and not _EARLIER_LEG.search(sentence, before["at"], e["at"]):
            # (a stop told twice is no later one; a past journey may be told backwards)
            moved = date.fromisoformat(e["start"]) + timedelta(days=7)
            if moved.isoformat() > before["start"]:
                e.update(start=moved.isoformat(), end="", date_method=f"{e['date_method']}; {LATER_LEG}")


_N_DAY = re.compile(r"\b(two|three|four|five|six|seven|[2-9])(?:-day\b| days\b(?! (?:ago|later|earlier|before|after|since)\b))", re.I)


_BACK_AFTER = re.compile(r"\b(?:returned|returns|returning|arrived back|flew back|came back|is back|was back)\b[^.;,]{0,40}"
                         r"\b(?:after|from) (?:a |an |his |her |their )?$")  # right before 'N-day visit' ('returned to
# Victoria yesterday from a four-day state visit'); not "returned … after talks, …"
_OTHER_END = re.compile(r"\b(?:after|when|while|before|once)\b")  # "… on Monday after the ASEAN summit ended": its end
_BEGAN = re.compile(r"\b(?:began|begins|started|starts|opened|opens)\b")  # "began a three-day visit": counted forward
_ENDED_AFTER = re.compile(r"[^.;]{0,60}?\b(?:ended|concluded|wrapped up|came to an end|finished)\b"
                          r"|\s*(?:(?:to |in )?(?:the )?(?:[A-Z][\w’'-]*\s+){1,3})?(?:ends|concludes|wraps up)\b")
# ("trip, …, ended on Sunday"; "whose three-day visit to Russia ends today": the present right after the place, not "as a
# strike ends")
_ARRIVAL = re.compile(r"(?:arriv|came|comes|coming|flew)", re.I)
_PLURAL = re.compile(r"\b(?:visits|trips|meetings)\b", re.I)
_DATE_LIST_GAP = re.compile(r",? (?:and |as well as )?(?:in |on )?")
TOUR_STOP = "the month of another stop of the tour"  # an undated stop of a tour another stop of which is dated (locate)
_TOUR_WORD = re.compile(r"\b(?:tours?|stops?|legs?|trips?)\b")


def places_named(sentence: str) -> set[str]:
    """The countries a sentence names as countries or by their cities ('Hanoi' names Vietnam)."""
    named = {m["country"] for m in find_mentions(sentence) if m["kind"] == "country"}
    for w in re.finditer(r"\b[A-Z]", sentence):
        if found := city_at(sentence[w.start():]):
            named.add(found[0])
    return named
LEG_BEFORE = "the leg before"  # a visit an arrival tells of by where it came from (leg_before)
_EARLIER_LEG = re.compile(r"\b(?:after|following|having|before that|previously)\b")
LATER_LEG = "a week on: after the stop told before it"  # a stop of a journey dated by its weekday (in_order_of_legs)


def leg_before(sentence: str, ps: list[Party], t0: int, end: int, pairs: list[tuple[str, str]]) -> str:
    """The country a visitor came from, when an arrival names it ('arrived in Canberra from Wellington'), unless it
    is the visitor's own or a destination of the visit: the leg of a tour before this one; '' otherwise."""
    stop = sentence.find(";", t0, end)
    at = sentence.find(" from ", t0, end if stop < 0 else stop)
    if at < 0 or at - t0 > 60 or not _ARRIVAL.match(sentence, t0):
        return ""
    origin = next((p.country for p in ps if p.start == at + 6 and not p.actor), "") or (city_at(sentence[at + 6:]) or ("",))[0]
    return origin if origin and all(origin not in pair for pair in pairs) else ""


def listed_dates(sentence: str, dates: list[dict], start: int, end: int) -> list[tuple[str, str, str]]:
    """The explicit dates listed one after the other in a span ('in November 2018 and in October 2019', 'in 2015 and
    2017'): what a plural trigger ('visits', 'meetings') names one encounter each for; [] when there is no list."""
    out, at = [], None
    for d in dates:
        if not start <= d["start"] < end or not d["value_start"] or d["method"] != "explicit":
            continue
        if at is not None and not _DATE_LIST_GAP.fullmatch(sentence, at, d["start"]):
            break
        out.append((d["value_start"], d["value_end"], d["method"]))
        at = d["end"]
    return out


def visit_span(sentence: str, t0: int, a1: int, day: str, trigger: str) -> tuple[str, str]:
    """(start, end) of 'a two-day visit' dated `day`: the day it began, or the day it ended when the
    trigger says so ('concluded his three-day state visit … on Wednesday', 'returned home on Monday after a three-day
    visit', 'on Wednesday, the last day of his three-day state visit', 'three-day Beijing trip … ended on Sunday'); (day, '')
    when the sentence gives no length."""
    m = _N_DAY.search(sentence, max(0, t0 - 30), max(a1, t0 + 40))
    if not m:
        return day, ""
    n = int(m.group(1)) if m.group(1).isdigit() else NUMBERS[m.group(1).lower()]
    cues, before = rules().cues, (max(0, min(m.start(), t0) - 70), m.start())  # (the words right before the length)
    if cues["ended"].match(trigger) or _BACK_AFTER.search(sentence, *before) or cues["ended_before"].search(sentence, *before) \
            or ((ended := _ENDED_AFTER.match(sentence, t0 + len(trigger)))
                and not _OTHER_END.search(sentence, t0 + len(trigger), ended.end())
                and not _BEGAN.search(sentence, max(0, t0 - 60), t0 + len(trigger))):
        return (date.fromisoformat(day) - timedelta(days=n - 1)).isoformat(), day
    return day, (date.fromisoformat(day) + timedelta(days=n - 1)).isoformat()


def same_day_cue(sentence: str, c0: int, t1: int, a1: int) -> re.Match | None:
    """A cue that an encounter was on the day of the one told before ('Later the same day, …', '… met him later that
    day', 'Xi also met …'): 'also' with a verb of meeting only up to the trigger's end (in '…, where the President also
    held meetings with other leaders' it tells of other meetings); 'and then' may open the clause ('held a tête-à-tête
    on Wednesday and then led their delegations in talks')."""
    cue = rules().same_day
    for found in cue.finditer(sentence, max(0, c0 - len("and then ")), a1):
        if found.start() < t1 or not found.group().lower().startswith("also"):
            return found
    return None


def same_day(events: list[dict], news_date: str, ref_date: str = "", planned: bool = False) -> tuple[str, str, str]:
    """(start, end, method) for 'earlier in the day', 'later in the afternoon': the day of the last
    encounter before it dated to the day, else the news item's publication date, else nothing. An
    item's own news comes first: an encounter told in passing between ('They last met on November
    7. Earlier in the day, …') is passed over when one within three days of the item's date precedes it; a plan
    ('Later in the day, X will hold talks') is not on a day before the item's."""
    one_day, of_days = [], []  # a visit of several days comes last ('On December 7, Putin will make a working visit to
    for e in reversed(events):  # Ireland. Talks … are planned the same day': that one day)
        if len(e["start"]) == 10:
            (of_days if e["type"] == "visit" and not one_day_visit(e) else one_day).append(e["start"])
    days = one_day + of_days
    if planned and ref_date:  # "Later in the day, X will hold talks": not a day before the item's
        days = [d for d in days if d >= ref_date]
        if not days:
            return ref_date, "", PUBLICATION
    near = [d for d in days if ref_date and _days_apart(d, ref_date) <= 3]
    if near or days:
        return (near or days)[0], "", "the same day as the encounter before"
    return (news_date, "", PUBLICATION) if news_date else ("", "", "")


_DAYS_LONG = re.compile(r"\b(?:[\w-]+-day|days|nights|weeks?)\b")  # a stay of several days ('a three-day visit')


def one_day_visit(e: dict) -> bool:
    """A visit told with one day and no length (its end empty, no 'three-day' or 'days' in its sentence)."""
    return not e["end"] and not _DAYS_LONG.search(e["evidence"])


def _days_apart(a: str, b: str) -> int:
    """Days between two ISO days (large when either is not a day)."""
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
    except ValueError:
        return 1 << 30


def when(u: Unit, t0: int, t1: int, next_t0: int, before_start: int, status: str, news_date: str) -> tuple[str, str, str]:
    """(start, end, method) of a trigger from the dates of its sentence: its own date; for a news
    item (`news_date`, its own date), a weekday of a plan moved after it and a year taken from it
    put on the right side of it. A held one's month with no year of its own takes the year that frames the sentence
    ('revived in 2023, when Yoon traveled to Tokyo in March', 'In 2023, Yoon traveled to Tokyo in March'; not 'since
    2019, …', the year of another encounter's date, nor 'the treaty, signed in 1997, was discussed when … in April')."""
    start, end, method = own_date(u.text, u.dates, t0, t1, next_t0, before_start)
    if method == "year from reference" and status == "held" and len(start) >= 7:
        at = next((d["start"] for d in u.dates if d["value_start"] == start and d["method"] == method), None)
        told = [d["value_start"] for d in u.dates if at is not None and d["end"] <= at and d["kind"] == "year"
                and (_WHEN_AFTER_YEAR.match(u.text, d["end"]) or u.text[:d["start"]].strip() in ("In", "in"))]
        if told and told[-1] != start[:4]:
            return in_year(start, int(told[-1])), in_year(end, int(told[-1])) if end else "", YEAR_OF_SENTENCE
    if status == "planned" and method == RELATIVE_TO_TEXT and news_date and len(start) == 10 and start < news_date:
        # "on Thursday I fly on to Beijing, where Hu Jintao will receive me the next day": counted from the plan's
        # Thursday, which placed() moves after the item's date, not from the one before it
        at = next((d["start"] for d in u.dates if d["value_start"] == start and d["method"] == method), len(u.text))
        base = [d for d in u.dates if d["end"] <= at and len(d["value_start"]) == 10][-1:]
        if base and base[0]["method"].startswith("latest such weekday") and base[0]["value_start"] < news_date \
                and not _PAST_BEFORE.search(u.text, max(0, base[0]["start"] - 50), base[0]["start"]):
            # (not 'arrived in Moscow on Monday and was due to hold talks the next day': that Monday is past)
            start = (date.fromisoformat(start) + timedelta(days=7)).isoformat()
    return placed(start, end, method, status, news_date)


def in_year(value: str, year: int) -> str:
    """An ISO date or month moved to another year (29 February, to a year without one, stays a month)."""
    return iso(year, *(int(part) for part in value.split("-")[1:]))


YEAR_OF_SENTENCE = "year told before it in the sentence"
_NOT = re.compile(r"\b(?:not|never|n[’']t)\b")
_PAST_BEFORE = re.compile(r"\b(?:\w+ed|flew|went|came|met|held|was|were|had|left|spoke|saw|began|took|made|gave)\b")
_WHEN_AFTER_YEAR = re.compile(r",?\s+when\b")  # 'revived in 2023, when …': the year frames what the clause tells


def placed(start: str, end: str, method: str, status: str, news_date: str) -> tuple[str, str, str]:
    """A date put on the right side of a news item's own date: a weekday of a plan moved after it,
    a year taken from it so that a plan lies after it and a held encounter not after it."""
    ref_date = news_date
    planned = status == "planned"
    if planned and method.startswith("latest such weekday") and ref_date and start < ref_date:
        start, method = (date.fromisoformat(start) + timedelta(days=7)).isoformat(), NEXT_WEEKDAY
        while len(end) == 10 and end < start:  # its end with it ('will pay a state visit from Friday to Saturday')
            end = (date.fromisoformat(end) + timedelta(days=7)).isoformat()
    if ref_date and end and ((planned and method == WEEKEND_BEFORE and end < ref_date)
                             or (not planned and method == WEEKEND_THIS and start > ref_date)):
        step = timedelta(days=7 if planned else -7)  # 'will meet … at the weekend', said on a Monday; 'met … over the
        start, end = (date.fromisoformat(start) + step).isoformat(), (date.fromisoformat(end) + step).isoformat()  # weekend', on a Thursday
        method = "the weekend after the reference date (a plan)" if planned else WEEKEND_BEFORE
    if method == NEAREST_DAY and ref_date and len(start) == 10 and planned and start < ref_date:
        # 'I go to Abidjan on the 14th', said on 29 June: the next 14th (a held one keeps the nearest: 'meet in Astana on
        # the 5th', told in the present on 2 July, is no encounter of 5 June)
        months = int(start[:4]) * 12 + int(start[5:7])  # (the month after: months counted from 0)
        moved = iso(months // 12, months % 12 + 1, int(start[8:]))
        start = moved if len(moved) == 10 else start
    shifted = on_the_right_side(start, method, ref_date, planned)
    if shifted != start and planned and end and ref_date and end >= ref_date[:len(end)]:
        return start, end, method  # a span under way on the item's day ('in China from 9 to 12 September, after which
        # she will leave for Ulaanbaatar', said on the 11th): not the next year's, and never a start after its end
    if shifted != start:
        return shifted, on_the_right_side(end, method, ref_date, planned) if end else "", method
    return start, end, method


def host_of(kind: str, u: Unit, ps: list[Party], t0: int, t1: int, a1: int, summit_place: Callable[[], str],
            c0: int = 0) -> str:
    """Where a meeting or talks happened, as far as its sentence says: 'in X' or 'at X' in the
    trigger's clause; at a summit ('on the sidelines of …'), the summit's place (`summit_place()`, the
    article's: asked only here, as it takes a search of the whole text) ('' for a call, and for a visit
    its destination is set by the caller)."""
    if kind in ("phone_call", "visit"):
        return ""
    where = place_in(u.text, t0, a1, ps)
    if where:
        return where[0]
    cue = rules().third_party.search(u.text)
    if cue:
        at = place_in(u.text, cue.end(), len(u.text), ps)
        return at[0] if at else summit_place()
    before = place_in(u.text, c0, t0, ps)  # "X, who is in Kuala Lumpur, Malaysia, held a meeting with Y"
    return before[0] if before else ""


def article_summit_place(text: str, spans: tuple, mentions: list[dict]) -> str:
    """The place of the summit an article tells of: 'in X' in the first sentence naming a summit
    ('' when the text names no summit's sidelines or margins)."""
    if not rules().third_party.search(text):
        return ""
    for s0, s1 in spans:
        if _SUMMIT.search(text, s0, s1) and (at := sentence_place(text, s0, s1, mentions)):
            return at
    return ""


def body_acronyms(text: str, mentions: list[dict]) -> dict[str, tuple[str, str] | None]:
    """The bilateral bodies a text names with an acronym ('Ghana-Burkina Faso Permanent Joint Commission for
    Cooperation (PJCC)'), each with the pair of countries its name holds (None when it names none: the
    item's pair's)."""
    out: dict[str, tuple[str, str] | None] = {}
    for m in _BODY_ACRONYM.finditer(text):
        s0 = max(text.rfind(". ", 0, m.start()) + 2, m.start() - 40)  # the pair may stand before the adjectives
        countries = unique(x["country"] for x in mentions if s0 <= x["start"] < m.end() and x["country"])
        words = _ADJECTIVE_PAIR.search(text, s0, m.end())
        second = pair_word(words.group(2)) if words else None
        first = pair_word(words.group(1)) if words else None
        if len(countries) < 2 and first and second:
            countries = unique([first[0], second[0]])
        out[m["acronym"]] = tuple(countries[:2]) if len(countries) >= 2 else None
    return out


def sentence_place(text: str, s0: int, s1: int, mentions: list[dict]) -> str:
    """The country of the first place named 'in X' or 'at X' in the sentence text[s0:s1] ('' if none)."""
    sentence = text[s0:s1]
    m_starts = [m["start"] for m in mentions]
    ms = [dict(m, start=m["start"] - s0, end=m["end"] - s0) for m in mentions[bisect_left(m_starts, s0):bisect_left(m_starts, s1)]]
    ps = parties(sentence, ms)
    at = place_in(sentence, 0, len(sentence), ps)  # else a destination ('will travel to Kazan, Russia to attend …')
    return at[0] if at else next((p.country for p in ps if p.place), "")


def locate(events: list[dict], line_country: str, news_date: str) -> list[dict]:
    """What one sentence cannot give (rows carry `refers`: their trigger refers back, 'after the talks', or stands in the title). A held visit of a news item to the country of its place line,
    told without a date, is under way on the item's date. A meeting or talks during a visit of the
    same pair takes the visit's host (and, undated, its dates); a held one on the item's date takes
    the place line's country. An undated held visit takes the one day of the pair's meetings there."""
    ref_date = news_date
    for e in events:
        if e["type"] == "visit" and not e["start"] and news_date and e["status"] == "held" and e["host"] == line_country:
            e["start"], e["date_method"] = news_date, PUBLICATION
    visits = [e for e in events if e["type"] == "visit" and e["host"]]
    dated: dict[tuple, list[str]] = {}  # the dates the text gives each pair's meetings, talks … of each status
    for e in events:
        if e["start"] and e["date_method"] not in (DURING_VISIT, PUBLICATION, IMMINENT, COMING_DAYS):
            dated.setdefault((e["country_a"], e["country_b"], e["type"], e["status"]), []).append(e["start"])
    for e in events:
        if e["type"] not in ("meeting", "talks"):
            continue
        told_at = dated.get((e["country_a"], e["country_b"], e["type"], e["status"]), [])
        if not e["start"] and e["refers"] and (twin := told_before(e, events)):  # "The talks will focus on …"
            # (the same encounter as its twin: it takes its date and how that date was found, and is merged into it)
            e["start"], e["end"], e["date_method"] = twin["start"], twin["end"], twin["date_method"]
            continue
        # (a year of an imminent plan, a month of 'the coming days': a dated visit it is part of dates it better)
        item_year = e["start"] if e["date_method"] in (IMMINENT, COMING_DAYS) else ""
        if rules().cues["during_event"].search(e["evidence"]) and not e["start"]:
            continue  # "meet again … during the APEC summit": the time of that event, not of a visit told here
        same = [v for v in visits if (v["country_a"], v["country_b"]) == (e["country_a"], e["country_b"])
                and (v["status"] == e["status"] or e["status"] == "planned") and during(v, e["start"])
                and (e["start"] or not ref_date or closeness(v["start"], ref_date) < 0.1 or v["evidence"] == e["evidence"])]
        visit = min(same, key=lambda v: closeness(v["start"], e["start"] or ref_date), default=None) \
            if e["start"] or ref_date or len(same) == 1 else None  # no time to tell two visits apart by
        # "after the talks": those the text dates; so are a visit's talks when the text dates talks during it, but
        # "held bilateral talks" on arrival, with other talks dated months before, are new ones, during the visit
        told = bool(told_at) and (e["refers"] or visit is None or any(during(visit, d) for d in told_at))
        if (not e["start"] or item_year) and visit and len(visit["start"]) > len(item_year) and not told:
            e["start"], e["end"], e["date_method"] = visit["start"], visit["end"], DURING_VISIT
            nth = _NTH_DAY.search(e["evidence"])
            if nth and len(visit["start"]) == 10:  # "on the second day of the visit"
                e["start"], e["end"] = day_of_visit(visit, nth.group(1).lower()), ""
        if not e["host"]:  # the place line says where the item's own day's encounter was, a visit only where it may be
            if line_country and e["status"] == "held" and e["start"] == ref_date:
                e["host"] = line_country
            elif visit:
                e["host"] = visit["host"]
    for n, v in enumerate(events):  # "Hanoi was the first stop on a tour that then took Xi to Kuala Lumpur": the month
        # of the stop told last before it with a date
        if v["type"] == "visit" and not v["start"] and v["status"] == "held" and _TOUR_WORD.search(v["evidence"]) \
                and not any(x["type"] == "visit" and x["start"] and x["host"] == v["host"] for x in events
                            if (x["country_a"], x["country_b"]) == (v["country_a"], v["country_b"])):  # (not one told dated)
            visitor = {v["country_a"], v["country_b"]} - {v["host"]}
            stop = next((x for x in reversed(events[:n]) if x["type"] == "visit" and len(x["start"]) >= 7
                         and x["status"] == "held" and x["host"] != v["host"]
                         and visitor <= {x["country_a"], x["country_b"]} - {x["host"]}), None)
            if stop and stop["host"] in places_named(v["evidence"]):  # (the sentence names that stop: 'Hanoi was the first
                # stop'; not "Years earlier, a tour took Xi to Poland")
                v["start"], v["date_method"] = stop["start"][:7], TOUR_STOP
    for v in events:  # "Nyusi, who was in Kigali for a one-day working visit": the day of the pair's meeting there;
        # so also for a visit dated only by the item when its own sentence dates the meeting ("stopped over in Nadi,
        # where he met Fiji's Prime Minister on Saturday")
        undated = not v["start"] or v["date_method"] == PUBLICATION
        if v["type"] == "visit" and undated and v["status"] == "held":
            days = {e["start"] for e in events if e["type"] in ("meeting", "talks") and e["status"] == "held"
                    and len(e["start"]) == 10 and (e["country_a"], e["country_b"]) == (v["country_a"], v["country_b"])
                    and e["host"] in ("", v["host"])
                    and (not v["start"] or (e["evidence"] == v["evidence"] and e["date_method"] != PUBLICATION
                                            and e["start"] <= v["start"] and _days_apart(e["start"], v["start"]) <= 7))}
            # (a meeting of the days before the item; not 'his first visit since he met Putin on September 4, 2019')
            if len(days) == 1:
                day = days.pop()
                if v["end"] and v["start"]:  # the visit's length kept ('a two-day visit')
                    v["end"] = (date.fromisoformat(v["end"]) - timedelta(days=_days_apart(day, v["start"]))).isoformat()
                v["start"], v["date_method"] = day, "the day of the encounter during it"
    return [e for n, e in enumerate(events) if not leg_of_visit(e, events) and not retold_visit(e, events[:n])]


def retold_visit(e: dict, before: list[dict]) -> bool:
    """A held visit a trigger refers back to ('The visit was overshadowed by a vote expected later Monday'), told
    by a day within the held visit of the pair to that country the text told before it (`before`): that visit, told
    again."""
    if e["type"] != "visit" or not e["refers"] or e["status"] != "held" or e["end"] or len(e["start"]) != 10:
        return False
    for v in before:
        if v["type"] == "visit" and v["status"] == "held" and v["host"] == e["host"] and len(v["start"]) == 10 \
                and (v["country_a"], v["country_b"]) == (e["country_a"], e["country_b"]) and during(v, e["start"]):
            return True
    return False


def told_before(e: dict, events: list[dict]) -> dict | None:
    """The one encounter of a row's pair, type and status that the text dates itself, when every other row of them
    tells that one ('The talks will focus on …' after 'will hold talks on 2 May'); else None."""
    key = (e["country_a"], e["country_b"], e["type"], e["status"])
    others = [x for x in events if x is not e and (x["country_a"], x["country_b"], x["type"], x["status"]) == key]
    one = len({x["start"] for x in others}) == 1 and all(x["start"] and x["date_method"] != DURING_VISIT for x in others)
    return others[0] if others and one else None


def leg_of_visit(e: dict, events: list[dict]) -> bool:
    """A planned visit that is a leg of a visit the item tells as under way, to the same country ('Manele will
    travel to Auckland on Thursday', 'is scheduled to … give a speech today before leaving Beijing'), named by a
    city of it: within its days, or the week after its start when it gives no end."""
    if e["type"] != "visit" or e["status"] != "planned" or len(e["start"]) != 10 or any(
            m["kind"] == "country" and m["country"] == e["host"] and m["form"] != "capital" for m in find_mentions(e["evidence"])):
        return False  # (a leg names a city of the country, not the country)
    for v in events:
        if v is e or v["type"] != "visit" or v["status"] != "held" or len(v["start"]) != 10 or v["host"] != e["host"] \
                or (v["country_a"], v["country_b"]) != (e["country_a"], e["country_b"]):
            continue
        last = v["end"] if len(v["end"]) == 10 else (date.fromisoformat(v["start"]) + timedelta(days=6)).isoformat()
        if v["start"] <= e["start"] <= last:
            return True
    return False


_NTH_DAY = re.compile(r"\bon the (first|second|third|fourth|fifth|last|final|closing|opening) day of (?:the|his|her|their|this) "
                     r"(?:[\w-]+ )?(?:visit|trip|stay|tour)\b", re.I)
_ORDINALS = {"first": 0, "opening": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4}


def day_of_visit(visit: dict, which: str) -> str:
    """The day of a visit an ordinal names ('second': its start and one day; 'last': its end)."""
    if which in ("last", "final", "closing"):
        return visit["end"] if len(visit["end"]) == 10 else visit["start"]
    day = date.fromisoformat(visit["start"]) + timedelta(days=_ORDINALS[which])
    return day.isoformat() if not visit["end"] or day.isoformat() <= visit["end"] else visit["start"]


def during(visit: dict, start: str) -> bool:
    """True when a date (any precision, or none) may fall within a visit: inside its days, or, for a
    visit whose end is not given, within two weeks after its start."""
    if not start:
        return True
    v0, v1 = visit["start"], visit["end"]
    if not v0:
        return False
    if not v1 and len(v0) == 10 and len(start) == 10:
        return 0 <= (date.fromisoformat(start) - date.fromisoformat(v0)).days <= 14
    v1 = v1 or v0
    return v0[:len(start)] <= start <= v1 + "~" or start[:len(v0)] == v0


def closeness(a: str, b: str) -> float:
    """How far apart two dates of any precision are, in years (large when either is missing)."""
    return abs(decimal_year(a) - decimal_year(b)) if a and b else 1e9


# -- the table ----------------------------------------------------------------------------------------

def _covers(visit: dict, other: dict) -> bool:
    """True when `other` happened during the visit (same pair, date inside the visit's span)."""
    if (visit["country_a"], visit["country_b"]) != (other["country_a"], other["country_b"]) or not other["start"]:
        return False
    lo, hi = visit["start"], visit["end"] or visit["start"]
    return bool(lo) and lo[:len(other["start"])] <= other["start"] <= hi + "~"


def merge_events(rows: list[dict]) -> list[dict]:
    """One row per encounter: repeated descriptions merged, meetings during a visit linked by visit_id."""
    merger = EventMerger()
    for r in rows:
        merger.add(r)
    return merger.rows()


class EventMerger:
    """merge_events a row at a time (a build merges each segment's rows as it is written, so that only
    the last few are left for its end): add() merges a row into those before it, rows() gives the
    merged rows with their event and visit ids."""

    def __init__(self):
        self.merged: list[dict] = []
        self.by_pair: dict[tuple, list[dict]] = {}
        self.by_year: dict[tuple, list[int]] = {}  # (pair, status, year or '') -> positions in merged, ascending

    def add(self, r: dict) -> None:
        """Merge one row into the rows before it (a new encounter, or one told again)."""
        merged, by_year = self.merged, self.by_year
        key = (r["country_a"], r["country_b"], r["status"])
        pair = self.by_pair.setdefault(key, [])
        ys = years(r)  # only the rows of its years can be the same time (one year: its list is already ascending)
        near = by_year.get((*key, ys[0]), ()) if len(ys) == 1 else sorted({i for y in ys for i in by_year.get((*key, y), ())})
        at = next((i for i in near if same_time(merged[i], r) and same_place(merged[i], r) and same_kind(merged[i], r)), None)
        if at is None:
            merged.append(dict(r, article_ids=r.get("article_ids") or r["article_id"]))
            pair.append(merged[-1])
            for y in years(r):
                by_year.setdefault((*key, y), []).append(len(merged) - 1)
            return
        twin = merged[at]
        if r["article_id"] not in twin["article_ids"].split("; "):
            twin["article_ids"] += "; " + r["article_id"]
        if date_rank(r) > date_rank(twin):  # the better-told row's date, and its place when it names one
            twin["start"], twin["end"], twin["date_method"] = r["start"], r["end"], r["date_method"]
            twin["host"] = r["host"] or twin["host"]
            for y in years(twin):  # its new span may reach other years
                if at not in by_year.setdefault((*key, y), []):
                    by_year[(*key, y)].append(at)
                    by_year[(*key, y)].sort()
        twin["host"] = twin["host"] or r["host"]
        if r["type"] == "talks":
            twin["type"] = "talks"
        twin["actors"] = "; ".join(dict.fromkeys(filter(None, twin["actors"].split("; ") + r["actors"].split("; "))))
        if r["evidence"] not in twin["evidence"]:
            twin["evidence"] += " || " + r["evidence"]

    def rows(self) -> list[dict]:
        """The merged rows, each with its event id and (for a visit, or an encounter during one) visit id."""
        merged = self.merged
        for i, e in enumerate(merged, start=1):
            e["event_id"] = f"E{i:04d}"
        for e in merged:
            pair = self.by_pair[(e["country_a"], e["country_b"], e["status"])]
            e["visit_id"] = e["event_id"] if e["type"] == "visit" else next(
                (v["event_id"] for v in pair if v["type"] == "visit" and _covers(v, e)), "")
        return merged


def years(row: dict) -> list[str]:
    """The years a row's dates touch ('' for an undated row): two rows can be the same time (see
    same_time) only when they share one."""
    if not row["start"]:
        return [""]
    first, last = int(row["start"][:4]), int((row["end"] or row["start"])[:4])
    return [str(y) for y in range(first, max(first, last) + 1)]


def date_rank(row: dict) -> tuple[int, int, int, int, int]:
    """How precisely a row is dated: a date the text gives beats one taken from a visit's span;
    then a day beats a month and a month a year (a tour's span, told for all its stops, counts as a visit's); then a span beats a single day, and a shorter span
    a longer one ('next Thursday and Friday' over 'next week'); then a date the sentence gives beats
    the news item's own."""
    span = -_days_apart(row["start"], row["end"]) if row["end"] else 0
    return (row["date_method"] != DURING_VISIT and not row["date_method"].endswith(TOUR_SPAN), len(row["start"]),
            bool(row["end"]), span,
            row["date_method"] != PUBLICATION)


_ALSO = re.compile(r"\balso (?:\w+ ){0,2}?(?:meet|meets|met|call(?:s|ed)? on|receive[sd]?|be received|"
                   r"(?:hold|holds|held|have|has|had|pay|pays|paid) (?:a |an |separate |bilateral |[\w-]+ ){0,2}?"
                   r"(?:meeting|talks|conversation|audience|courtesy call|visit)s?)\b")


def says_also(text: str) -> bool:
    """bool(_ALSO.search(text)), tried only where 'also ' is (every match begins there; match at a
    position still sees the character before it for \\b): a merged row's evidence grows with every
    row merged into it, and searching it all at every comparison took most of a build's merge. (Its
    answers are not cached: the evidence strings of a large corpus's merged rows, kept as keys, made
    the build's peak memory grow with the corpus.)"""
    at = text.find("also ")
    while at >= 0:
        if _ALSO.match(text, at):
            return True
        at = text.find("also ", at + 1)
    return False


def same_kind(a: dict, b: dict) -> bool:
    """Same type, or, in one article, a meeting and talks on the same day, the people one names all named by
    the other (one encounter described two ways; the visitor's talks with the foreign minister and meeting
    with the president the same day are two, and two pages may report a day's talks and a separate meeting).
    Rows of the same type in one article, dated to the day, are two when each names two people or more and neither's
    people are among the other's (the joint commission with the foreign minister, the call on the prime minister)."""
    in_person = {"meeting", "talks"}
    people_a, people_b = set(filter(None, a["actors"].split("; "))), set(filter(None, b["actors"].split("; ")))
    if a["type"] == b["type"]:
        return not (a["type"] != "visit" and a["article_id"] == b["article_id"] and len(a["start"]) == 10
                    and len(people_a) > 1 and len(people_b) > 1
                    and not named_either(people_a, people_b))
    if says_also(a["evidence"]) or says_also(b["evidence"]):
        return False  # "Vladimir Putin will also meet with the Prime Minister": one more encounter
    return ({a["type"], b["type"]} <= in_person and len(a["start"]) == 10 and a["start"] == b["start"]
            and a["article_id"] == b["article_id"] and (people_a <= people_b or people_b <= people_a))


def named_either(a: set[str], b: set[str]) -> bool:
    """True when the people of one set are all among the other's (named_among, either way)."""
    return named_among(a, b) or named_among(b, a)


def named_among(some: set[str], others: set[str]) -> bool:
    """True when each of `some` people is one of `others`, by the whole name or by words of it ('Aliyev', a family's
    key, is 'Ilham Aliyev'; 'Xi' is 'Xi Jinping')."""
    return all(any(set(name.split()) <= set(other.split()) for other in others) for name in some)


def same_place(a: dict, b: dict) -> bool:
    """Two visits to different destinations are two visits ('will visit Iceland later this year' is not
    the visit to Ireland told by the same article); other encounters, or a visit whose host is not known,
    may be one."""
    return a["type"] != "visit" or not a["host"] or not b["host"] or a["host"] == b["host"]


_ANOTHER = re.compile(r"\b(?:[Ss]eparately|another|second|also|earlier|previous|later|again)\b")  # one more call, not the same


def same_time(a: dict, b: dict) -> bool:
    """Two descriptions refer to the same time. In one article: equal dates, one inside the other's
    span or precision, a call's day told beside the publication date another row took (a day apart), or both
    undated. Across articles only at the same precision (a row dated
    '2023' never absorbs one dated '2024-10-22' from another article, nor the reverse)."""
    if a["article_id"] != b["article_id"]:
        if not a["start"] or len(a["start"]) != len(b["start"]):
            return False
        return a["start"] == b["start"] or any(x["end"] and x["start"] <= y["start"] <= x["end"]
                                               for x, y in ((a, b), (b, a)))
    if not a["start"] or not b["start"]:
        return not a["start"] and not b["start"]
    if a["start"].startswith(b["start"]) or b["start"].startswith(a["start"]):
        return True
    if PUBLICATION in (a["date_method"], b["date_method"]) and a["type"] == b["type"] == "phone_call" \
            and len(a["start"]) == len(b["start"]) == 10 and _days_apart(a["start"], b["start"]) == 1 \
            and not (_ANOTHER.search(a["evidence"]) or _ANOTHER.search(b["evidence"])):
        return True  # a call's news date beside the day another row tells ('which took place on Tuesday evening'; not
        # meetings: a visit's meeting one day and talks the next are two)
    for x, y in ((a, b), (b, a)):
        if x["end"] and x["start"] <= y["start"] <= x["end"]:
            return True
    return False


def events_table(articles: pd.DataFrame, ms: dict[str, list[dict]] | None = None,
                 ds: dict[str, list[dict]] | None = None) -> pd.DataFrame:
    """events.csv from an article table (reuses mentions and dates found per article when given)."""
    from .metadata import home_country, site_country

    cols = {c: articles[c] if c in articles else [""] * len(articles)
            for c in ("title", "site", "url", "place", "ref_method", "dateline")}
    rows = [e for aid, text, ref, title, site, url, place, how, line in zip(
                articles["article_id"], articles["text"], articles["ref_date"], cols["title"], cols["site"],
                cols["url"], cols["place"], cols["ref_method"], cols["dateline"])
            for e in article_events(aid, text, ref, None if ms is None else ms.get(aid, []),
                                    None if ds is None else ds.get(aid, []), title=title,
                                    site_country=site_country(site, url), home_country=home_country(site, url),
                                    place=place, ref_method=how, dateline=line)]
    return events_frame(rows)


def events_frame(rows: list[dict]) -> pd.DataFrame:
    """events.csv from the encounters found article by article: undated repeats dropped, the rest merged."""
    return pd.DataFrame(events_rows(rows), columns=EVENT_COLUMNS)


def events_rows(rows: list[dict]) -> list[dict]:
    """The rows of events_frame as dicts (what the store writes, without pandas)."""
    events = EventRows()
    events.add(rows)
    return events.rows()


class EventRows:
    """events_rows built a part of the corpus at a time, each part holding whole articles (a build's
    segment): the dated rows of each part are merged as it is added (EventMerger), in the order of
    the parts, and the undated rows kept apart are merged after them all, as events_rows merges
    every dated row, then every undated one."""

    def __init__(self):
        self.merger = EventMerger()
        self.undated: list[dict] = []

    def add(self, rows) -> None:
        """The encounters found article by article in some whole articles: undated repeats dropped,
        the rest merged (the undated ones when rows() is asked)."""
        rows = told_better(r for r in rows if r["country_a"] != r["country_b"])
        dated = [r for r in rows if r["start"]]
        by_pair: dict[tuple, list[dict]] = {}
        for d in dated:
            by_pair.setdefault((d["article_id"], d["country_a"], d["country_b"]), []).append(d)
        for r in rows:
            if r["start"]:
                continue
            told = by_pair.get((r["article_id"], r["country_a"], r["country_b"]))
            if not told:
                self.undated.append(r)
            elif r["type"] == "talks":  # "During the talks …": the dated meeting of the same pair was talks
                for d in told:
                    if d["type"] == "meeting" and d["status"] == r["status"] and d["date_method"] == PUBLICATION:
                        d["type"] = "talks"
        for d in dated:
            self.merger.add(d)

    def rows(self) -> list[dict]:
        """Every row added, merged (call once)."""
        for r in self.undated:
            self.merger.add(r)
        self.undated = []
        return self.merger.rows()


# -- tables for charts --------------------------------------------------------------------------------

def told_better(rows) -> list[dict]:
    """Rows dated only by the news convention, left out where the same article tells the same
    encounter (pair, status, type or in person) with a date of its own within a week, naming the same
    people (the people one names all among the other's: Putin's meeting with a minister is not the minister's talks
    the day before with his counterpart), or the row naming nobody the gazetteer knows (a headline; a sentence only a day from it): a
    title that sums up two meetings on two days is dated by the text, not by the item."""
    rows = list(rows)
    in_person = {"meeting", "talks"}

    def key(r):
        return r["article_id"], r["country_a"], r["country_b"], r["status"], r["type"] in in_person or r["type"]

    def people(r):
        return set(filter(None, r["actors"].split("; ")))

    told: dict[tuple, list[tuple[set, str]]] = {}
    for r in rows:
        if r["start"] and r["date_method"] not in (PUBLICATION, DURING_VISIT):
            told.setdefault(key(r), []).append((people(r), r["start"]))

    def retold(r) -> bool:  # the same people, or a headline naming nobody, and the text's row within a week of it
        # on another day (the same day merges, keeping what each says: 'Lao, Vietnamese Foreign Ministers discuss
        # … by phone' over 'held a phone conversation last Tuesday'); a sentence naming nobody only a day from it;
        # not a coarser date of the text that holds the item's day ('… whom she met this year'), nor a meeting of
        # the same people years before
        headline = not r["evidence"].split(" || ")[0].rstrip().endswith((".", "!", "?", '"', "”"))
        return any((p and people(r) and named_either(p, people(r))
                    or (not people(r) and (headline or within_a_day(start, r["start"]))))
                   and not r["start"].startswith(start) and _days_apart(start, r["start"]) <= 7
                   for p, start in told.get(key(r), []))

    # a tenseless headline ('Visit to Papua New Guinea') dated by the item, over a text that announces the
    # encounter for a later day: the announcement, not an encounter held on the day of the item
    def any_status(r):  # key(r) without its status
        article, a, b, _, kind = key(r)
        return article, a, b, kind

    plans: dict[tuple, list[str]] = {}
    for r in rows:
        if r["status"] == "planned" and r["start"]:
            plans.setdefault(any_status(r), []).append(r["start"])

    def announced(r) -> bool:  # a visit's headline (its evidence ends with no sentence's stop); a meeting's is held
        return (r["status"] == "held" and r["type"] == "visit"
                and not r["evidence"].split(" || ")[0].rstrip().endswith((".", "!", "?", '"', "”"))
                and any(s[:10] > r["start"] for s in plans.get(any_status(r), [])))

    return [r for r in rows if r["date_method"] != PUBLICATION or not (retold(r) or announced(r))]


def within_a_day(a: str, b: str) -> bool:
    """True for two ISO days at most one day apart."""
    return _days_apart(a, b) <= 1


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


def hosting(events: pd.DataFrame) -> pd.DataFrame:
    """Per country, held encounters it hosted and held encounters it attended as the guest (a visit
    and the meetings during it count once; third-country meetings and unknown hosts left out),
    largest total first: what host × guest counts look like as two bars per country."""
    hg = host_guest(events)
    table = pd.DataFrame({"as host": hg.sum(axis=1), "as guest": hg.sum(axis=0)}).fillna(0).astype("int64")
    table.index.name = "country"
    order = table.sum(axis=1).sort_values(ascending=False, kind="stable")
    return table.loc[sorted(order.index, key=lambda c: (-order[c], c))]


def pair_types(events: pd.DataFrame, top: int | None = None) -> pd.DataFrame:
    """Country pairs × encounter type (counts), the pairs with most encounters first (`top` of them)."""
    pair = events["country_a"] + " – " + events["country_b"]
    table = pd.crosstab(pair.rename("pair"), events["type"].rename("type"))
    total = table.sum(axis=1)
    table = table.loc[sorted(table.index, key=lambda p: (-total[p], p))]
    return table.head(top) if top else table


def pair_counts(events: pd.DataFrame) -> pd.DataFrame:
    """Country pairs with their number of encounters: source, target, weight (for a network)."""
    edges = events.groupby(["country_a", "country_b"]).size().rename("weight").reset_index()
    edges = edges.rename(columns={"country_a": "source", "country_b": "target"})
    return edges.sort_values(["weight", "source", "target"], ascending=[False, True, True]).reset_index(drop=True)
