"""Who speaks in a transcript: its speaker labels ('President of Russia Vladimir Putin:', 'Emomali
Rahmon (retranslated):', 'Question:') and the country each turn's first person ('I met …') stands for."""
from __future__ import annotations

import re
from bisect import bisect_right

from .tokens import CAPITAL

# A paragraph that opens with a name or an office and a colon; the words of a label are capitalised
# but for the small words of offices and names ('King of Jordan Abdullah II', 'Ahmed bin Ali').
_LABEL = re.compile(r"^(?P<label>" + CAPITAL + r"[\w'’.-]*(?: (?:" + CAPITAL
                    + r"[\w'’.-]*|of|the|and|for|de|da|dos|du|di|van|von|bin|ibn|al-\w+|el-\w+)){0,11})"
                    r"(?: \([^)\n]{1,40}\))?: ", re.M)
_PERSON = re.compile(r"\b(?:I|[Mm]y|[Yy]ou|[Yy]our|[Hh]e|[Hh]is|[Ss]he|[Hh]er|[Ww]e|[Oo]ur)\b")


_SPEAKS = re.compile(r"(?:\s+(?:Jr|Sr)\.?)?,?\s+(?:said|says|told|spoke|speaks|talked|talks)\b")
_ANSWER_LABELS = frozenset({"A", "Answer", "ANSWER", "Response"})  # an interview's answers: its interviewee's


def interviewee_of(text: str, mentions: list[dict], first: int) -> str:
    """The country of an interview's interviewee: the person who speaks in the introduction, before offset `first`
    ('…, President José Ramos-Horta said in an interview'), else the first person it names (not one named before
    him: 'After meeting Xi last month, Marcos spoke to …')."""
    intro = [m for m in mentions if m["start"] < first and m["kind"] == "person" and m["country"]]
    return next((m["country"] for m in intro if _SPEAKS.match(text, m["end"])), intro[0]["country"] if intro else "")


def turns(text: str, mentions: list[dict]) -> tuple[list[int], list[str]]:
    """(where each speaker's turn begins, whose country it speaks for: '' for a speaker the label ties
    to no country, as 'Question:') for every speaker label of a text, in order. An answer's label ('A:') speaks
    for the interviewee (interviewee_of). An interview printed without labels (its questions paragraphs that end
    with '?', the answers the paragraphs after them) has a turn for each."""
    starts, countries = [], []
    m_at = [m["start"] for m in mentions]
    interviewee = None
    for lab in _LABEL.finditer(text):
        if lab["label"] in _ANSWER_LABELS:
            if interviewee is None:
                interviewee = interviewee_of(text, mentions, starts[0] if starts else lab.start())
            starts.append(lab.start())
            countries.append(interviewee)
            continue
        l0, l1 = lab.span("label")
        i = bisect_right(m_at, l0 - 1)
        country = ""
        while i < len(mentions) and mentions[i]["start"] < l1:
            m = mentions[i]
            country = m["key"] if m["kind"] == "country" else m["country"]
            if country:
                break
            i += 1
        starts.append(lab.start())
        countries.append(country)
    if not starts and _INTERVIEW.search(text, 0, 2000):
        return unlabelled_turns(text, mentions)
    return starts, countries


_INTERVIEW = re.compile(r"\b(?:[Ii]nterview|INTERVIEW)\b")
_PARAGRAPH = re.compile(r"[^\n]+")


def unlabelled_turns(text: str, mentions: list[dict]) -> tuple[list[int], list[str]]:
    """The turns of an interview printed without speaker labels: each paragraph that ends with a question mark is the
    interviewer's (''), the paragraphs after it the interviewee's, from the first question on; none when fewer than
    two paragraphs are questions (an article that only mentions an interview)."""
    paragraphs = [(p.start(), p.group(), p.group().rstrip().endswith("?")) for p in _PARAGRAPH.finditer(text)]
    questions = [at for at, _, asked in paragraphs if asked]
    if len(questions) < 2:
        return [], []
    who = interviewee_of(text, mentions, questions[0])
    starts, countries = [], []
    for at, words, asked in paragraphs:
        speaks = "" if asked or _ATTRIBUTED.search(words) else who  # ('…, a Ugandan minister told reporters': his)
        if at < questions[0] or (countries and countries[-1] == speaks):
            continue  # before the first question; or the same speaker's next paragraph
        starts.append(at)
        countries.append(speaks)
    return starts, countries


_ATTRIBUTED = re.compile(rf",?\s+(?:[\w’'.-]+\s+){{1,6}}(?:said|says|told|tells)\b(?:\s+[\w-]+){{0,2}}\.?\s*$")  # a paragraph
# that names its own speaker at its end


def speaker(speakers: tuple[list[int], list[str]], offset: int) -> str:
    """The country of whoever is speaking at `offset` ('' before the first label, or for an unknown one)."""
    starts, countries = speakers
    i = bisect_right(starts, offset) - 1
    return countries[i] if i >= 0 else ""


def answers_question(speakers: tuple[list[int], list[str]], offset: int) -> bool:
    """True when the turn at `offset` answers one whose label ties it to no country ('Question:', 'RIA Novosti:')."""
    starts, countries = speakers
    i = bisect_right(starts, offset) - 1
    return i >= 1 and countries[i] != "" and countries[i - 1] == ""


def addressee(speakers: tuple[list[int], list[str]], offset: int) -> str:
    """The country of whoever answers the question being asked at `offset` (a turn its label ties to no country,
    'Q:', followed by one that is: 'Q: You were in Jakarta last week.' / 'A: I had a very warm meeting …'); ''
    otherwise."""
    starts, countries = speakers
    i = bisect_right(starts, offset) - 1
    return countries[i + 1] if 0 <= i < len(starts) - 1 and countries[i] == "" else ""


def last_pronoun(sentence: str, start: int, end: int) -> re.Match | None:
    """The last personal pronoun or possessive between start and end."""
    last = None
    for last in _PERSON.finditer(sentence, start, end):
        pass
    return last


def second_person(sentence: str, start: int, end: int) -> int:
    """Where the words start–end (a trigger's subject) address the listener ('you were in Muscat', 'your
    visit'), the last pronoun before the trigger; -1 when they do not."""
    last = last_pronoun(sentence, start, end)
    return last.start() if last is not None and last.group().lower() in ("you", "your") else -1


def first_person(sentence: str, start: int, end: int) -> int:
    """Where the words start–end (a trigger's subject) speak in the first person singular ('I met',
    'my visit'), the last pronoun before the trigger; -1 when they do not: 'your meeting with …' after
    'I wish', or 'our last meeting', which is the speaker's and the listener's."""
    last = last_pronoun(sentence, start, end)
    return last.start() if last is not None and last.group().lower() in ("i", "my") else -1
