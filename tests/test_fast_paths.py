"""Each shortcut taken for speed gives what the plain definition gives, and so does a parallel build."""
import re
from pathlib import Path
import tomllib

import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st

from multipolar import parallel
from multipolar.build import build_corpus
from multipolar import dateexpr
from multipolar.evaluate import page_sets
from multipolar.entities import gazetteer
from multipolar.encounters import has_stem, retyped, rules, stem_sentences, trigger_matches
from multipolar.lexicon import LiteralSets, boundary_factored, literal_regex, top_branches, trie_pattern
from multipolar.paths import PACKAGE_DATA, SHIPPED
from multipolar.patterns import expand, fingerprint, layout, required_literals, union
from multipolar.themes import lexicon, theme_hits, theme_rates
from multipolar.tokens import NOT_ABBREVIATION, SENTENCE_END, count_words, sentence_spans, word_keys, words

# Text with the characters that make tokenising and matching hard: hyphens, apostrophes, underscores,
# curly quotes, digits, capitals, a dotted capital I (lower-casing lengthens it) and line breaks.
ALPHABET = st.sampled_from(list("abcXYZ019 -_'’.,\n") + ["İ", "ß", "Visit", "met", "meet", "China", "Xi"])
TEXT = st.lists(ALPHABET, max_size=80).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_word_count_matches_the_tokeniser(text):
    if len(text.lower()) == len(text):  # a letter whose lower case is longer may split a token
        assert count_words(text) == len(words(text))
        assert [w.rstrip("-_'’") for w in word_keys(text)] == [w.lower() for w in words(text)]


@settings(max_examples=100, deadline=None)
@given(st.lists(TEXT, max_size=6))
def test_article_word_count_is_the_sum_over_its_paragraphs(paragraphs):
    assert count_words("\n\n".join(paragraphs)) == sum(count_words(p) for p in paragraphs)


GAZETTEER = ["China", "Chinese", "Xi", "Xi Jinping", "Russia", "Russian Federation", "SCO", "Kyiv", "Kiev-Pechersk"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(GAZETTEER + ["-", " ", "a", "_", "x", ".", "’"]), max_size=30).map("".join))
def test_literal_regex_matches_like_a_lookbehind_before_the_word(text):
    plain = re.compile(r"(?<![\w-])(?:" + trie_pattern(sorted(GAZETTEER)) + r")(?![\w])")
    fast = literal_regex(GAZETTEER)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["China", "Xi Jinping", "el-Sisi", "bin Salman", "bin Zayed", "the State of Palestine",
                                 "Salman", "Sisi", "bin", "the ", "e", " ", "-", "\xa0"]), max_size=20).map("".join))
def test_gazetteer_pattern_for_a_text_finds_what_the_full_pattern_finds(text):
    g = gazetteer()
    assert [m.span() for m in g.pattern_for(text).finditer(text)] == [m.span() for m in g.pattern.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Multipolar", "MULTI-POLAR", "sanctions", "Globalisation", "BRICS", "xbrics",
                                 " ", ", ", "İ", "the ", "de-dollarization", "\n", "(", "“", "é", "-", "_", "Ü",
                                 "embargo", "x"]), max_size=20).map("".join))
def test_theme_scan_on_lower_case_equals_case_insensitive_scan(text):
    lex = lexicon()
    expected = [(m.start(), m.end()) for m in lex.pattern.finditer(text)]
    assert [(s, e) for _, _, s, e in theme_hits(text)] == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["He visited Moscow.", "They met.", "Trade grew.", "A phone call followed.",
                                 "Metals rose. ", " Talks. ", "İ", "\n"]), max_size=12).map(" ".join))
def test_stem_sentences_equal_a_check_of_each_sentence(text):
    spans = sentence_spans(text)
    found = stem_sentences(text, spans)
    assert set(found) == {i for i, (a, b) in enumerate(spans) if has_stem(text[a:b])}
    stems = LiteralSets([t.stems for t in rules().triggers])
    assert found == {i: w for i, (a, b) in enumerate(spans) if (w := stems.present(text[a:b].lower()))}


STEM_SETS = [("met", "meet", "meeting of"), ("meeting",), ("tal", "talk"), ("alk", "k w"), ("eet",), ("in", "is in")]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["met", "meet", "meeting", " of", "talk", "k", " w", "is", " in", "e", " ", "x"]),
                max_size=16).map("".join))
def test_literal_sets_present_are_the_sets_with_a_string_in_the_text(text):
    # one scan for all the strings (the longest at each position standing for its prefixes) finds what `in` finds
    expected = {i for i, strings in enumerate(STEM_SETS) if any(s in text for s in strings)}
    assert LiteralSets(STEM_SETS).present(text) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["met", "meet", "meeting", " of", "talk", "k", " w", "is", " in", "e", " ", "x"]),
                max_size=16).map("".join), st.lists(st.integers(0, 60), max_size=8))
def test_literal_sets_present_in_spans_is_present_in_each_span(text, cuts):
    # a string that runs past the end of a span counts only by its prefixes that end in it
    cuts = sorted({min(c, len(text)) for c in cuts})
    spans = tuple((a, b) for a, b in zip(cuts[::2], cuts[1::2]))
    sets = LiteralSets(STEM_SETS)
    assert sets.present_in(text, spans) == {i: w for i, (a, b) in enumerate(spans) if (w := sets.present(text[a:b]))}


def test_one_stem_scan_finds_the_triggers_each_stem_test_finds(corpus):
    stems = LiteralSets([t.stems for t in rules().triggers])
    for sentence in corpus_sentences(corpus) + annotated_sentences():
        low = sentence.lower()
        assert stems.present(low) == {i for i, t in enumerate(rules().triggers) if any(s in low for s in t.stems)}, sentence


BRANCHES = [r"\bmet with", r"\bmeets?\b", r"(?<=whom he )met", r"met", r"\b[Mm]et[|]x", r"\b(?:a|b)c", r"[]|]b",
            r"[^]|a]+", r"\b(talks?)", r"\\bx", r"\b"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(BRANCHES), min_size=1, max_size=6),
       st.lists(st.sampled_from(["met with", "meets", "whom he met", "Met|x", "ac", "bc", "]b", "talks", "\\bx", " ", "|", "x"]),
                max_size=10).map("".join))
def test_a_word_boundary_factored_out_of_branches_finds_the_same_matches(branches, text):
    source = "|".join(branches)
    assert top_branches(source) == branches
    plain, factored = re.compile(source), re.compile(boundary_factored(source))
    assert [(m.span(), m.groups()) for m in factored.finditer(text)] == [(m.span(), m.groups()) for m in plain.finditer(text)]


def test_the_encounter_rules_factored_find_what_they_find_as_written(corpus):
    # rules() compiles every trigger and cue with its word boundaries factored (lexicon.boundary_factored)
    spec = tomllib.loads((PACKAGE_DATA / "lexicons" / "encounters.toml").read_text(encoding="utf-8"))
    from multipolar.encounters import pattern_macros
    macros = pattern_macros()
    named = re.compile(r"\{(%s)\}" % "|".join(macros))
    sources = [t["pattern"] for t in spec["trigger"]] + [p for p in spec["cue"].values() if isinstance(p, str)]
    sentences = corpus_sentences(corpus) + annotated_sentences()
    changed = 0
    for source in sources:
        source = named.sub(lambda m: macros[m[1]], source)
        changed += boundary_factored(source) != source
        for flags in (0, re.I):
            plain, factored = re.compile(source, flags), re.compile(boundary_factored(source), flags)
            for sentence in sentences:
                assert [(m.span(), m.groups()) for m in factored.finditer(sentence)] == \
                    [(m.span(), m.groups()) for m in plain.finditer(sentence)], (source[:60], sentence)
    assert changed > 5


def test_every_trigger_is_searched_only_where_its_heads_begin_a_word():
    # a trigger without word heads is tried at every character of every sentence holding a stem: one branch written
    # without a word boundary, a repeat before the first letter ('[A-Z]{2,3}') or inline flags ('(?i:talks|…)') cost
    # the build 10%
    from multipolar.encounters import rules
    from multipolar.lexicon import word_heads

    assert [t.pattern.pattern[:40] for t in rules().triggers if not word_heads(t.pattern)] == []


def test_parallel_build_gives_the_same_tables(corpus):
    par = build_corpus(SHIPPED, workers=2)
    for name, table in corpus.tables().items():
        pd.testing.assert_frame_equal(par.tables()[name], table, obj=name)


def test_workers_follow_the_argument_then_the_environment(monkeypatch):
    monkeypatch.delenv("MULTIPOLAR_WORKERS", raising=False)
    assert parallel.choose_workers(5) == 1  # small jobs stay in one process
    assert parallel.choose_workers(5, workers=3) == 3
    assert parallel.choose_workers(2, workers=8) == 2  # never more workers than pages
    monkeypatch.setenv("MULTIPOLAR_WORKERS", "1")
    assert parallel.choose_workers(1000) == 1


@pytest.mark.parametrize("workers", [1, 2])
def test_results_come_back_in_input_order_with_few_in_flight(workers):
    items = [("c" * n,) for n in (3, 1, 5, 2, 7, 4, 6, 9, 8, 1, 2)]
    results = parallel.in_order(len, items, workers)
    assert list(results) == [3, 1, 5, 2, 7, 4, 6, 9, 8, 1, 2]


def test_work_on_workers_is_stopped_when_the_caller_stops():
    results = parallel.in_order(len, [("x" * n,) for n in range(100)], 2)
    assert next(results) == 0 and next(results) == 1
    results.close()  # what an interrupted build does: nothing more is handed out, the pool shuts down
    assert list(results) == []


PLAIN_DATES = re.compile(r"(?<!\w)(?:" + dateexpr.EXPRESSIONS + ")", re.IGNORECASE)  # no first-word test, no lower-casing


DATE_BITS = ["in november", "LAST WEEK", "the past year", "an ", "November 13-17", ", 2024", "Nov. 18",
             "March 31-April 2", "on Thursday", "last month", "just one day ago", "the following day", "in May", "2,000", "1990s", "Tuesday", "TODAY", " ", ". ", "between May 1 and June 3",
             "İ", "75th", "20", "December", "in ", "x", "the ", "a ", "on the 21st", "the day before,", "the same day",
             "a week", "two days ", "earlier", "ago", "An YEAR", "the spring",
             "on ", "this ", "from ", "between ", "just ", "mar", "Mar. 5", "market", "from Monday to Friday",
             "this morning", "the past week", "the next day", "late March", "mid-May", "just 3 days ago", "٣",
             "\n", "(", "“", "é", "-", "\xa0", "Monday", "sept", "the coming winter", "in March",
             "the end of the month", "The Beginning of ", "next year", "the middle of this year", "the end",
             "the day before yesterday", "in the first week of July", "the last days of ", "the first ",
             "later in the year", "Earlier in the Month", "in the new year", "the new", "07. 11. 2023", "2023-11-07", "16/03/2025", "04-03-2025", "2024/4/22", ".", "the second half of the year", "in the coming months", "the first half", "in the coming weeks", "in the coming days", "in the next few days", "within the year", "the year", "at the beginning of July", "by the end of May", "the previous month", "the preceding year", "the following year", "later that month", "Earlier the same year", "later that", "at the weekend", "over the weekend", "the weekend"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(DATE_BITS), max_size=14).map("".join))
def test_date_scan_finds_what_the_plain_pattern_finds(text):
    assert [m.span() for m in dateexpr.scan(text)] == [m.span() for m in PLAIN_DATES.finditer(text)]


SENTENCE_BITS = ["He said.", " ", "  ", "\n", "St. Petersburg", "Mr. Xi", "A. Smith", "U.S. ", "?", "!", "…", "”",
                 ")", "The", "2024", "(Xinhua)", "end.", "Dec. 3", "“Quote.”", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SENTENCE_BITS), max_size=20).map("".join))
def test_sentence_spans_cut_where_sentence_end_cuts(text):
    expected = []
    for para in re.finditer(r"[^\n]+", text):
        start = para.start()
        for cut in SENTENCE_END.finditer(para.group()):
            expected.append((start, para.start() + cut.start()))
            start = para.start() + cut.end()
        expected.append((start, para.end()))
    assert list(sentence_spans(text)) == expected


ENCOUNTER_SENTENCES = ["Xi Jinping held a phone call with Putin.", "He spoke by telephone with Lula.",
                       "Wang Yi paid an official visit to Moscow.", "Lavrov arrived in Beijing on Monday.",
                       "The two sides held consultations in Astana.", "Xi met Putin in Kazan.",
                       "They met with reporters.", "Officials welcoming Modi lined the road.",
                       "He was received by the president.", "Leaders made Serbia his first stop.",
                       "Methods of travel were discussed.", "A stop-over in Minsk.", "Talks between the two.",
                       "Before his visit to Paris, he met Macron.", "President Xi is in Moscow on a state visit.",
                       "Arriving in Hanoi, Lam telephoned Putin.", "Telephone conversation with President of Egypt",
                       "Russian-Chinese talks", "Meeting with Chinese Foreign Minister Wang Yi",
                       "Welcoming Zhou Enlai to Colombo, she spoke.", "Talks began in the Fireplace Hall.",
                       "President Putin hosted his Chinese counterpart Xi Jinping."]


def corpus_sentences(corpus):
    return [t[a:b] for t in corpus.articles["text"] for a, b in sentence_spans(t)] + ENCOUNTER_SENTENCES


def annotated_sentences():
    """The evidence of every annotated encounter of the scored page sets and the shipped pages: the widest set
    of encounter wordings at hand (a sealed set, not yet in evaluate.page_sets, stays unread)."""
    root = Path(__file__).parent
    files = [ps.gold / "events.csv" for ps in page_sets()] + [root / "annotations" / "events.csv"]
    return sorted({s for f in files for s in pd.read_csv(f, dtype=str).get("evidence", pd.Series(dtype=str)).dropna()})


def test_every_trigger_match_is_in_a_sentence_holding_one_of_its_stems(corpus):
    # trigger_matches searches a pattern only in a sentence holding one of its stems: a match elsewhere is lost
    # ("hosted his Chinese counterpart" was, until "host" became a stem)
    sentences = corpus_sentences(corpus) + annotated_sentences()
    assert len(sentences) > 1000
    for sentence in sentences:
        for t in rules().triggers:
            if t.pattern.search(sentence):
                assert any(stem in sentence.lower() for stem in t.stems), (t.type, sentence)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Ambassador to ", "Envoy in the ", "situation in ", "relations with ", "trade with ",
                                 "Mission of Peace to ", "the ", "x ", "China", "Russian side", " "]), max_size=8).map("".join))
def test_not_party_words_are_in_every_not_party_match(text):
    for m in rules().not_party.finditer(text):
        assert rules().not_party_word.search(m.group().lower()), m.group()


def test_stems_change_no_trigger_decision(corpus):
    def plain(sentence):  # every pattern on every sentence, overlaps resolved the same way
        found = sorted((m.start(), -m.end(), i, m) for i, t in enumerate(rules().triggers)
                       for m in t.pattern.finditer(sentence))
        out, last_end = [], -1
        for start, _, i, m in found:
            if start >= last_end:  # (the type its match reads as: encounters.retyped)
                out.append((retyped(rules().triggers[i], m).type, m.span()))
                last_end = m.end()
        return out

    decided = 0
    for sentence in corpus_sentences(corpus):
        found = [(t.type, m.span()) for t, m in trigger_matches(sentence)]
        assert found == plain(sentence), sentence
        decided += bool(found)
    assert decided > 50  # the corpus has encounters enough for this to mean something


def test_table_functions_on_an_article_table_match_the_build(corpus):
    from multipolar.dateexpr import dates_table
    from multipolar.encounters import events_table
    from multipolar.entities import mentions_table

    arts = corpus.articles
    pd.testing.assert_frame_equal(mentions_table(arts), corpus.mentions)
    pd.testing.assert_frame_equal(dates_table(arts), corpus.dates)
    pd.testing.assert_frame_equal(events_table(arts), corpus.events)
    pd.testing.assert_frame_equal(theme_rates(arts), corpus.theme_rates)


LINE_BITS = ["Posted in News by Zuo Shou", "Connect with us", "Published", "on", "\n", "\n\n", " ", "x",
             "(votes: 3, rating: 4.5) |", "Friends of Socialist China"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(LINE_BITS), max_size=16).map("".join))
def test_site_fingerprints_count_what_their_patterns_count(text):
    for source in (r"(?m)^Posted in .+ by Zuo Shou", r"(?m)^(?:Connect with us|Published\n\non)$", "Friends of Socialist China"):
        assert fingerprint(source).count(text) == len(re.findall(source, text))


def test_site_fingerprints_count_the_same_on_the_shipped_pages():
    spec = tomllib.loads((PACKAGE_DATA / "layout.toml").read_text(encoding="utf-8"))
    for site, row in zip(layout().sites, spec["site"], strict=True):
        if "pattern" not in row:
            continue
        plain = re.compile(expand(row["pattern"], spec["macros"]))
        for page in sorted(SHIPPED.glob("*.txt")):
            text = page.read_text(encoding="utf-8")
            assert site.fingerprint.count(text) == len(plain.findall(text)), (site.name, page.name)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a1", "a2", "b1", "c1"]), st.sampled_from(["Taiwan", "BRICS", "SCO"]),
                          st.integers(0, 5)), min_size=1, max_size=12, unique_by=lambda t: t[:2]),
       st.randoms(use_true_random=False))
def test_theme_rates_equal_a_plain_groupby(cells, rnd):
    words = {"a1": 100, "a2": 0, "b1": 250, "c1": 40}
    site = {"a1": "A", "a2": "A", "b1": "B", "c1": ""}  # an empty group is left out
    arts = sorted({a for a, _, _ in cells})
    articles = pd.DataFrame({"article_id": arts, "site": [site[a] for a in arts]})
    rnd.shuffle(cells)
    counts = pd.DataFrame([(a, t, n, words[a]) for a, t, n in cells], columns=["article_id", "theme", "hits", "words"])
    got = theme_rates(articles, by=("article_id", "site"), counts=counts)
    full = counts.pivot(index="article_id", columns="theme", values="hits").fillna(0).astype("int64")
    for level, group_of in (("article", {a: a for a in arts}), ("site", site)):
        rows = got[got["level"] == level]
        groups = sorted({group_of[a] for a in arts} - {""})
        assert list(rows["group"]) == [g for g in groups for _ in full.columns]
        for g in groups:
            members = [a for a in arts if group_of[a] == g]
            hits, total = full.loc[members].sum(), sum(words[a] for a in members)
            r = rows[rows["group"] == g]
            assert list(r["theme"]) == sorted(full.columns) and list(r["hits"]) == list(hits[sorted(full.columns)])
            assert (r["words"] == total).all()
            expected = [round(1000 * h / total, 3) if total else 0.0 for h in hits[sorted(full.columns)]]
            assert list(r["per_1000_words"]) == pytest.approx(expected)


def _merge_by_scanning(rows):
    """merge_events as first written: every earlier row of the pair is compared (the reference)."""
    from multipolar.encounters import date_rank, same_kind, same_time

    merged, by_pair = [], {}
    for r in rows:
        pair = by_pair.setdefault((r["country_a"], r["country_b"], r["status"]), [])
        twin = next((m for m in pair if same_kind(m, r) and same_time(m, r)), None)
        if twin is None:
            merged.append(dict(r, article_ids=r["article_id"]))
            pair.append(merged[-1])
            continue
        if r["article_id"] not in twin["article_ids"].split("; "):
            twin["article_ids"] += "; " + r["article_id"]
        if date_rank(r) > date_rank(twin):
            twin["start"], twin["end"], twin["date_method"] = r["start"], r["end"], r["date_method"]
        if r["type"] == "talks":
            twin["type"] = "talks"
        twin["actors"] = "; ".join(dict.fromkeys(filter(None, twin["actors"].split("; ") + r["actors"].split("; "))))
    return [(m["article_ids"], m["start"], m["end"], m["type"]) for m in merged]


_DAYS = ["", "2010", "2010-12", "2010-12-30", "2011", "2011-01", "2011-01-02", "2012-05-05"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a-01", "a-02", "b-01"]), st.sampled_from(["meeting", "talks", "visit"]),
                          st.sampled_from([("CHN", "RUS"), ("IND", "RUS")]), st.sampled_from(["held", "planned"]),
                          st.sampled_from(_DAYS), st.sampled_from(["", "2011-01-03", "2012-01", "2010-12-31"]),
                          st.sampled_from(["explicit", "during the visit", "publication date"]),
                          st.sampled_from(["", "p1", "p1; p2", "p3"])), max_size=25))
def test_merging_by_year_buckets_is_merging_by_scanning(specs):
    from multipolar.encounters import merge_events

    rows = [{"article_id": a, "type": t, "country_a": p[0], "country_b": p[1], "status": s, "start": d,
             "end": e if d and e > d else "", "date_method": m, "actors": ppl, "host": "", "evidence": f"x{i}"}
            for i, (a, t, p, s, d, e, m, ppl) in enumerate(specs)]
    fast = [(m["article_ids"], m["start"], m["end"], m["type"]) for m in merge_events([dict(r) for r in rows])]
    assert fast == _merge_by_scanning([dict(r) for r in rows])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["also ", "also", "Also ", "xalso ", "met", "meet", "will ", "hold", "be received",
                                 " || ", " ", "he ", "_", "-", "talks.", "also met", "calls"]), max_size=16).map("".join))
def test_says_also_finds_what_the_search_finds(text):
    from multipolar.encounters import _ALSO, says_also

    assert says_also(text) == bool(_ALSO.search(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["ab", "a", "b", " ", "\n", "é", "_", "-", "(", "ä", "1", "x"]), max_size=20).map("".join))
def test_finditer_from_starts_finds_what_finditer_finds(text):
    from multipolar.lexicon import finditer_from_starts, word_starts

    for source in [r"(?<!\w)a+b?", r"(?<!\w)(?:ab|a|b\d)(?!\w)", r"(?:^|(?<=\W))[ab1]+"]:
        pattern = re.compile(source)
        starts = word_starts("[ab1]")
        assert [m.span() for m in finditer_from_starts(pattern, starts, text)] == [m.span() for m in pattern.finditer(text)]


def test_events_merged_part_by_part_equal_events_merged_at_once(corpus):
    """What a build does: each segment's encounters merged as it is written (EventRows.add, a segment
    holding whole articles), the undated ones after all; the same rows as events_rows on them all."""
    import copy
    from itertools import groupby
    from multipolar.encounters import EventRows, article_events, events_rows
    from multipolar.metadata import home_country, site_country

    arts = corpus.articles
    rows = [e for aid, text, ref, title, site, url, place, how, line in zip(
                arts["article_id"], arts["text"], arts["ref_date"], arts["title"], arts["site"], arts["url"],
                arts["place"], arts["ref_method"], arts["dateline"])
            for e in article_events(aid, text, ref, title=title, site_country=site_country(site, url),
                                    home_country=home_country(site, url), place=place, ref_method=how, dateline=line)]
    assert len(rows) > 20
    articles = [list(g) for _, g in groupby(rows, key=lambda r: r["article_id"])]
    for size in (1, 2, 5):
        parts = EventRows()
        for i in range(0, len(articles), size):
            parts.add([r for a in copy.deepcopy(articles[i:i + size]) for r in a])
        assert parts.rows() == events_rows(copy.deepcopy(rows))

LINE_RULE_BITS = ["Copyright", "©", "(c)", "(C) ", "2024", "All rights reserved", "All Rights Reserved.", "Xinhua", " ",
                  "Photo: ", "Image by ", "In", "on", "Published", "By ", "Jane Doe", ", ", "|", "-", "—", "=====", "…",
                  "12:30", "Source: ", "May 3, 2024", "Continue reading", "x", "\xa0", "Connect with us", "Link: ",
                  "https://x.org", "(votes: 3, rating: 4.5)"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(LINE_RULE_BITS), max_size=10).map("".join))
def test_line_test_equals_the_union_of_the_line_rules(line):
    every = union([r.regex for r in layout().lines])
    assert layout().any_line(line) == bool(every.fullmatch(line))


def test_line_test_equals_the_union_of_the_line_rules_on_the_shipped_pages():
    every = union([r.regex for r in layout().lines])
    for page in sorted(SHIPPED.glob("*.txt")):
        for line in page.read_text(encoding="utf-8").split("\n"):
            assert layout().any_line(line.strip()) == bool(every.fullmatch(line.strip())), line


REQUIRED = [r"(?:ab|©)\s*[Cc]d+", r"x?(?:\(c\)|abc)(?: z)?", r"[Aa]b(?:c|-)", r"(?i:ab)c", r"(?:ab)+c?|©", r"a\bb",
            r"(?:x|ab)c|cd"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["ab", "Ab", "c", "©", "(c)", "(C)", "x", " ", "abc", "Cd", "cd", "-", "z", "AB"]),
                max_size=8).map("".join))
def test_every_match_holds_one_of_the_required_literals(text):
    for pattern in REQUIRED:
        needed = required_literals(pattern)
        if needed is not None and re.search(pattern, text):
            assert any(s in text for s in needed), (pattern, text)
    for rule in layout().lines:
        needed = required_literals(rule.regex.pattern, rule.regex.flags)
        if needed and rule.regex.fullmatch(text):
            assert any(s in text for s in needed), (rule.regex.pattern, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["China", "Xi Jinping", "Xi", "el-Sisi", "bin Salman", "the State of Palestine", "Xi's",
                                 "Russia-China", "U.S.", "Kiev-Pechersk", "Sisi", "bin", "the ", "e", " ", "-", "\xa0",
                                 "'", ".", ",", "_", "x", "Abdel Fattah el-Sisi", "Côte"]), max_size=20).map("".join))
def test_the_gazetteers_index_finds_what_its_patterns_find(text):
    g = gazetteer()
    assert [(m.span(), m.group()) for m in g.index.finditer(text)] == [(m.span(), m.group()) for m in g.pattern.finditer(text)]
    assert [(m.span(), m.group()) for m in g.capitalised_index.finditer(text)] == \
        [(m.span(), m.group()) for m in g.capitalised.finditer(text)]


def test_the_gazetteers_index_finds_what_its_patterns_find_on_every_fixture_page():
    from multipolar.entities import fold
    g = gazetteer()
    root = Path(__file__).parent / "fixtures"
    pages = [f for f in root.rglob("*") if f.suffix in (".txt", ".html")]
    assert len(pages) > 300
    for f in pages:
        text = fold(f.read_text(encoding="utf-8", errors="replace"))
        assert [m.span() for m in g.index.finditer(text)] == [m.span() for m in g.pattern.finditer(text)], f


TRIGGER_BITS = ["met ", "Met ", "meet in ", "held talks with ", "talks ", "Xi", "Putin", "President ", "the ", "a ",
                "visit to ", "Visit", "state visit ", "phone ", "call with ", "hosted ", "Russia-China ", "summit",
                "Joint Commission ", "was held", " ", ", ", ".", "-", "’s ", "é", "_", "\n", "in ", "at ", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TRIGGER_BITS), max_size=14).map("".join))
def test_trigger_patterns_tried_at_their_heads_find_what_finditer_finds(text):
    from multipolar.lexicon import finditer_at_heads

    for t in rules().triggers:
        assert [m.span() for m in finditer_at_heads(t.pattern)(text)] == [m.span() for m in t.pattern.finditer(text)]


def test_trigger_patterns_tried_at_their_heads_find_what_finditer_finds_in_the_corpus(corpus):
    from multipolar.lexicon import finditer_at_heads

    sentences = corpus_sentences(corpus) + annotated_sentences()
    for t in rules().triggers:
        find = finditer_at_heads(t.pattern)
        for sentence in sentences:
            assert [m.span() for m in find(sentence)] == [m.span() for m in t.pattern.finditer(sentence)], sentence


def test_word_heads_read_what_a_match_must_begin_with():
    from multipolar.lexicon import word_heads

    assert word_heads(re.compile(r"\bmet\b")) == ["met"]
    assert word_heads(re.compile(r"\b(?:a )?b")) == ["a b", "b"]
    assert word_heads(re.compile(r"^x|\by")) == ["y"]  # the start of the text is always tried
    assert word_heads(re.compile(r"(?<!a )\b[Tt]ele(?:phone)?\b")) == ["Tele", "Telephone", "tele", "telephone"]
    assert word_heads(re.compile(r"\bvisits?\w* to")) == ["visit", "visit to", "visits", "visits to"]  # (visit: enough)
    assert word_heads(re.compile(r"(?:(?<=whom he )|(?<=[ ,]))met\b")) == ["met"]  # a non-word character before it
    for no_heads in [r"met", r"\b(?i:met)", r"\b\w+", r"\b-x", r"x|\by", r"\b(?=A)", r"(?i)\bmet", r"(?<=he)met", r"(?<![ ])met"]:
        assert word_heads(re.compile(no_heads)) is None, no_heads


def test_before_a_word_is_every_character_but_the_ascii_word_characters():
    from multipolar.lexicon import BEFORE_A_WORD

    for c in [*range(0x800), 0xA0, 0x2019, 0x4E2D, 0xFFFF, 0x1F600, 0x10FFFF]:
        ch = chr(c)
        assert bool(re.fullmatch(BEFORE_A_WORD, ch)) == (not (ch.isascii() and re.fullmatch(r"\w", ch))), hex(c)


def test_no_module_level_name_of_the_library_is_assigned_twice():
    """A second assignment of a module's constant shadows the first silently (a rule's pattern then matches what
    another rule needed): each module-level name of lib/multipolar is bound once."""
    import ast
    from collections import Counter
    from pathlib import Path
    import multipolar
    twice = {}
    for path in Path(multipolar.__file__).parent.glob("*.py"):
        body = ast.parse(path.read_text(encoding="utf-8")).body
        targets = [t for node in body if isinstance(node, ast.Assign) for t in node.targets] + \
            [node.target for node in body if isinstance(node, ast.AnnAssign)]
        names = Counter(n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name))
        twice.update({f"{path.name}:{n}": c for n, c in names.items() if c > 1})
    assert twice == {}


def test_the_heads_of_a_pattern_are_kept_in_the_users_cache_and_read_back(tmp_path, monkeypatch):
    from multipolar import lexicon as lex

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    lex._stored_heads.cache_clear()
    pattern = re.compile(r"\b(?:met|meets|visited) (?=[A-Z])|\btalks with\b")
    try:
        expected = lex._word_heads(pattern)
        assert expected and lex.word_heads(pattern) == expected
        [stored] = (tmp_path / "multipolar").glob("word-heads-*.json")
        lex._stored_heads.cache_clear()  # a new process reads them from the file, not from re's parse
        with monkeypatch.context() as m:
            m.setattr(lex, "_word_heads", lambda *a: pytest.fail("parsed again"))
            assert lex.word_heads(pattern) == expected
        # a file of the same kind built from other sources and not written for a week is removed when a new one is
        # written; a recent one (another checkout's) is kept
        import os
        old, recent = tmp_path / "multipolar" / "word-heads-0000.json", tmp_path / "multipolar" / "word-heads-1111.json"
        old.write_text("{}")
        recent.write_text("{}")
        os.utime(old, (0, 0))
        lex.word_heads(re.compile(r"\bsummit\b"))
        assert sorted(p.name for p in (tmp_path / "multipolar").glob("word-heads-*.json")) == sorted([stored.name, recent.name])
    finally:
        lex._stored_heads.cache_clear()
