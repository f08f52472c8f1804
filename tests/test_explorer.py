"""The explorer's functions (multipolar.explore) on hand-made tables, and its widgets driven by their methods."""
import re

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st
import pytest
from PIL import Image

from multipolar import explore, schema
from multipolar.build import Corpus
from multipolar.explorer import PAGE, Explorer
from multipolar.text import TextIndex, term_regex


def articles_of(rows: list[dict]) -> pd.DataFrame:
    """An article table from a few hand-made rows (n_words counted from the text)."""
    for i, r in enumerate(rows):
        r.setdefault("article_id", f"p{i}-01")
        r.setdefault("source_file", f"p{i}.txt")
        r["n_words"] = len(r["text"].split())
    return schema.ARTICLES.frame(pd.DataFrame(rows))


ARTICLES = articles_of([
    {"title": "Late piece", "published": "2024-05-01", "year": "2024", "site": "Site B", "url": "https://b.example/1",
     "text": "A multipolar world is here.\nThe MULTIPOLAR   world again, and multipolarity."},
    {"title": "Early <piece>", "published": "2021-03-02", "year": "2021", "site": "Site A",
     "text": "Talk of a multipolar order & more <script>x</script> words here for the count."},
    {"title": "Undated piece", "year": "", "site": "", "text": "Multipolar thinking without a date."},
    {"title": "Quiet piece", "published": "2022-01-01", "year": "2022", "site": "Site A", "text": "Nothing on order."},
])

EVENTS = schema.EVENTS.frame(pd.DataFrame([
    {"event_id": "E1", "article_id": "p0-01", "type": "visit", "country_a": "CHN", "country_b": "RUS", "host": "RUS",
     "start": "2024-04-30", "status": "held", "evidence": "The MULTIPOLAR   world again, and multipolarity."},
    {"event_id": "E2", "article_id": "p1-01", "type": "phone_call", "country_a": "CHN", "country_b": "IND",
     "start": "2021-03-01", "status": "held", "evidence": "Talk of a multipolar order"},
    {"event_id": "E3", "article_id": "p1-01", "type": "meeting", "country_a": "BRA", "country_b": "CHN",
     "start": "", "status": "planned", "evidence": "missing from the text"},
    {"event_id": "E4", "article_id": "p3-01", "type": "talks", "country_a": "CHN", "country_b": "RUS",
     "start": "2022", "status": "held", "evidence": "Nothing on order."},
]))


def test_concordance_finds_every_hit_in_date_order_with_its_source():
    hits = explore.concordance(ARTICLES, "multipolar*")
    assert list(hits.columns) == explore.CONCORDANCE_COLUMNS
    assert len(hits) == 5
    assert list(hits["date"]) == ["2021-03-02", "2024-05-01", "2024-05-01", "2024-05-01", ""], "dated first, oldest first"
    assert list(hits["keyword"]) == ["multipolar", "multipolar", "MULTIPOLAR", "multipolarity", "Multipolar"]
    assert hits.loc[1, "url"] == "https://b.example/1" and hits.loc[1, "site"] == "Site B"
    assert hits.loc[0, "right"].startswith("order")


def test_a_phrase_matches_whatever_its_spacing_and_case():
    assert len(explore.concordance(ARTICLES, "multipolar world")) == 2
    assert len(explore.concordance(ARTICLES, "  Multipolar    WORLD ")) == 2
    assert len(explore.concordance(ARTICLES, "multipolarity")) == 1
    assert explore.concordance(ARTICLES, "bipolar").empty


def test_a_term_without_a_word_is_refused():
    with pytest.raises(ValueError, match="holds no word"):
        explore.concordance(ARTICLES, "*** ")


def test_rates_by_year_keep_empty_years_and_their_denominators():
    hits = explore.concordance(ARTICLES, "multipolar*")
    table = explore.rates(ARTICLES, hits, "year").set_index("year")
    assert list(table.index) == [2021, 2022, 2023, 2024], "every year between the first and the last"
    assert table.loc[2023].tolist() == [0, 0, 0, 0.0]
    assert table.loc[2024, "hits"] == 3 and table.loc[2024, "words"] == ARTICLES.loc[0, "n_words"]
    assert table.loc[2024, "per_1000_words"] == round(1000 * 3 / ARTICLES.loc[0, "n_words"], 3)
    assert table["hits"].sum() == 4, "the undated hit has no year"


def test_rates_by_site_name_the_articles_without_one():
    hits = explore.concordance(ARTICLES, "multipolar*")
    table = explore.rates(ARTICLES, hits, "site").set_index("site")
    assert table.loc["(no site)", "hits"] == 1 and table.loc["Site A", "articles"] == 2
    assert table["hits"].sum() == len(hits)
    with pytest.raises(ValueError, match="rates go by one of"):
        explore.rates(ARTICLES, hits, "author")


def test_rate_chart_states_the_finding():
    source = "Source: hand-made"
    hits = explore.concordance(ARTICLES, "multipolar*")
    fig = explore.rate_chart(explore.rates(ARTICLES, hits, "site"), "multipolar*", "site", source)
    title = " ".join(fig._suptitle.get_text().split())
    assert title.startswith("'multipolar*': 5 hits; the highest rate is in Site B"), title
    assert "(1 article, 11 words)" in title, "what the rate rests on"
    assert any(t.get_text() == source for t in fig.texts)
    assert fig.get_figwidth() <= 6.5
    none = explore.rates(ARTICLES, explore.concordance(ARTICLES, "bipolar"), "year")
    assert "does not occur" in explore.rate_chart(none, "bipolar", "year", source)._suptitle.get_text()


def test_countries_most_encounters_first():
    assert explore.countries(EVENTS)[:2] == [("China (4 encounters)", "CHN"), ("Russia (2 encounters)", "RUS")]
    assert ("Brazil (1 encounter)", "BRA") in explore.countries(EVENTS)


def test_encounters_of_a_country_and_of_a_pair():
    china = explore.encounters_of(EVENTS, ARTICLES, "CHN")
    assert list(china["event_id"]) == ["E2", "E4", "E1", "E3"], "dated first, oldest first; undated last"
    assert list(china["counterpart"]) == ["India", "Russia", "Russia", "Brazil"]
    assert china.loc[2, "host"] == "Russia" and china.loc[2, "title"] == "Late piece"
    pair = explore.encounters_of(EVENTS, ARTICLES, "RUS", "CHN")
    assert list(pair["event_id"]) == ["E4", "E1"] and set(pair["counterpart"]) == {"China"}
    assert explore.encounters_of(EVENTS, ARTICLES, "FRA").empty
    fig = explore.encounter_chart(pair, "RUS", "Source: hand-made")
    assert fig._suptitle.get_text() == "Russia and China: 2 dated encounters, 2022–2024"


def test_article_html_marks_hits_and_escapes_the_text():
    page = explore.article_html(ARTICLES, "p1-01", "multipolar*", start=10)
    assert "&lt;script&gt;" in page and "<script>" not in page and "Early &lt;piece&gt;" in page
    assert '<mark class="mp-current">multipolar</mark>' in page
    two = explore.article_html(ARTICLES, "p0-01", "multipolar*")
    assert two.count("<mark") == 3 and two.count("<mark") == two.count("</mark>")
    assert '<a href="https://b.example/1"' in two
    assert "No article" in explore.article_html(ARTICLES, "nope", "x")


def test_article_html_marks_an_evidence_sentence():
    page = explore.article_html(ARTICLES, "p0-01", evidence="The MULTIPOLAR   world again, and multipolarity.")
    assert '<mark class="mp-current">The MULTIPOLAR   world again, and multipolarity.</mark>' in page
    assert "<mark" not in explore.article_html(ARTICLES, "p1-01", evidence="missing from the text")


def test_export_writes_the_table_and_the_chart(tmp_path):
    hits = explore.concordance(ARTICLES, "multipolar*")
    table = explore.rates(ARTICLES, hits, "year")
    fig = explore.rate_chart(table, "multipolar*", "year", "Source: hand-made")
    files = explore.export(hits, fig, "Concordance multipolar*", table, tmp_path)
    assert [p.name for p in files] == ["concordance-multipolar.csv", "concordance-multipolar-chart.png",
                                       "concordance-multipolar-chart.svg", "concordance-multipolar-chart.csv"]
    back = pd.read_csv(files[0], dtype=str, keep_default_na=False)
    assert list(back["keyword"]) == list(hits["keyword"])
    assert Image.open(files[1]).size[0] <= 6.5 * 300
    assert "<svg" in files[2].read_text()[:500]
    assert len(pd.read_csv(files[3])) == len(table)


@pytest.fixture()
def ui(tmp_path):
    corpus = Corpus(ARTICLES, schema.REMOVED.frame(), schema.LEDGER.frame(), events=EVENTS)
    return Explorer(corpus, term="multipolar*", country="CHN", folder=tmp_path)


def test_explorer_opens_on_its_first_term_and_country(ui):
    assert "<b>5</b> lines in <b>3</b> of 4 articles" in ui.hit_count.value
    assert len(ui.shown_rows("concordance")) == 5, "one row per line"
    assert "lines 1–5 of 5" in ui.hit_rows.children[-1].value
    assert ui.hit_chart.value[:8] == b"\x89PNG\r\n\x1a\n"
    assert "<b>4</b> encounters, 3 dated" in ui.encounter_count.value
    assert ui.encounter_chart.value[:4] == b"\x89PNG"


def test_explorer_search_open_and_choose(ui):
    ui.search("multipolar world")
    assert "<b>2</b> lines" in ui.hit_count.value
    assert ui.term.value == "multipolar world"
    page = ui.open_hit(1)
    assert '<mark class="mp-current">MULTIPOLAR   world</mark>' in page and ui.article.value == page
    ui.hit_rows.children[0].children[0].click()  # the 'open' button of the first line
    assert '<mark class="mp-current">multipolar world</mark>' in ui.article.value
    ui.choose("CHN", "RUS")
    assert "<b>2</b> encounters" in ui.encounter_count.value and ui.other.value == "RUS"
    ui.encounter_rows.children[1].children[0].click()
    assert "<mark class=\"mp-current\">The MULTIPOLAR" in ui.article.value


def test_explorer_typing_in_the_box_searches(ui):
    ui.term.value = "multipolarity"
    assert "<b>1</b> line in <b>1</b> of 4 articles" in ui.hit_count.value
    ui.term.value = "?!"
    assert "holds no word" in ui.hit_count.value and ui.shown_rows("concordance") == []
    ui.by.value = "site"
    ui.term.value = "multipolar*"
    assert list(ui.rates.columns[:1]) == ["site"]


def test_explorer_pages_through_long_concordances(tmp_path):
    many = articles_of([{"title": f"t{i}", "published": f"2020-01-{1 + i % 28:02d}", "year": "2020", "site": "S",
                         "text": "BRICS and BRICS again."} for i in range(PAGE)])
    corpus = Corpus(many, schema.REMOVED.frame(), schema.LEDGER.frame(), events=schema.EVENTS.frame())
    ui = Explorer(corpus, term="BRICS", country="", folder=tmp_path)
    assert len(ui.shown_rows("concordance")) == PAGE
    ui.page("concordance", +1)
    assert f"lines {PAGE + 1}–{2 * PAGE} of {2 * PAGE}" in ui.hit_rows.children[-1].value
    ui.page("concordance", +1)
    assert f"lines {PAGE + 1}–" in ui.hit_rows.children[-1].value, "stays on the last page"
    ui.page("concordance", -5)
    assert "lines 1–" in ui.hit_rows.children[-1].value
    assert ui.encounter_count.value == "choose a country"


def test_explorer_export_writes_what_is_shown(ui, tmp_path):
    files = ui.export("concordance")
    assert {p.name for p in files} >= {"concordance-multipolar-stem-by-year.csv",
                                       "concordance-multipolar-stem-by-year-chart.png"}
    ui.choose("CHN", "RUS")
    files = ui.export("encounters")
    assert files[0].name == "encounters-chn-rus.csv" and len(pd.read_csv(files[0])) == 2
    assert all(p.parent == tmp_path for p in files)
    assert re.search(r"wrote .*encounters-chn-rus\.csv", ui.status.value)


def test_explorer_shows_as_widgets_with_a_plain_text_line(ui):
    bundle = ui._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    assert bundle["text/plain"].startswith("Explorer of 4 articles and 4 encounters")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="abiIİıſsSKkΣσς µμ-’'\n\x00x", max_size=30), max_size=5),
       st.sampled_from(["ab", "a b", "ab*", "i", "s*", "ı", "σ", "k", "x x", "İa", "b's", "b’s"]))
def test_text_index_finds_what_a_case_blind_scan_of_each_text_finds(texts, term):
    """The one-scan index gives exactly the hits of kwic's former search: term_regex, case-blind, text by text."""
    expected = [(i, m.start(), m.end()) for i, t in enumerate(texts)
                for m in re.finditer(term_regex(term), t, re.IGNORECASE) if m.end() > m.start()]
    assert TextIndex(texts).find(term) == expected


def test_explorer_opens_the_line_of_the_page_shown(tmp_path):
    many = articles_of([{"title": f"t{i:02d}", "published": f"2020-01-{1 + i:02d}", "year": "2020", "site": "S",
                         "text": f"BRICS number {i}."} for i in range(PAGE + 3)])
    corpus = Corpus(many, schema.REMOVED.frame(), schema.LEDGER.frame(), events=schema.EVENTS.frame())
    ui = Explorer(corpus, term="BRICS", country="", folder=tmp_path)
    ui.page("concordance", +1)
    assert "number 20" in ui.hit_rows.children[0].children[1].value, "the second page starts at line 21"
    ui.hit_rows.children[1].children[0].click()
    assert "<h3>t21</h3>" in ui.article.value


def test_explorer_says_when_a_country_has_no_encounter(ui):
    ui.choose("FRA")
    assert "no encounter of FRA" in ui.encounter_count.value and ui.encounters.empty
    ui.country.value = "RUS"  # as a click in the dropdown does
    assert "<b>2</b> encounters" in ui.encounter_count.value


def test_rates_by_year_say_what_the_undated_hits_are():
    hits = explore.concordance(ARTICLES, "multipolar*")
    title = explore.rate_chart(explore.rates(ARTICLES, hits, "year"), "multipolar*", "year", "S", len(hits))._suptitle.get_text()
    assert "5 hits (1 more in undated articles)" in " ".join(title.split())
    undated = articles_of([{"title": "u", "year": "", "site": "S", "text": "BRICS and BRICS."}])
    only = explore.concordance(undated, "BRICS")
    title = explore.rate_chart(explore.rates(undated, only, "year"), "BRICS", "year", "S", len(only))._suptitle.get_text()
    assert title == "'BRICS': 2 hits, all in undated articles"


def test_the_headline_names_a_real_group_before_a_placeholder():
    hits = explore.concordance(ARTICLES, "multipolar*")
    table = explore.rates(ARTICLES, hits, "site")
    assert table.set_index("site").loc["(no site)", "per_1000_words"] > 0
    title = explore.rate_chart(table, "multipolar*", "site", "S", len(hits))._suptitle.get_text()
    assert "(no site)" not in title.split(";")[1]


def test_a_star_inside_a_term_is_refused_with_the_reason():
    with pytest.raises(ValueError, match="only at the end"):
        explore.concordance(ARTICLES, "multi*polar")


def test_either_apostrophe_finds_both_and_an_acronym_in_capitals_only_capitals():
    texts = articles_of([{"title": "a", "year": "2020", "site": "S",
                          "text": "China's role and China’s plan. The WHO said who knows. US and us. The Un vote at the UN."}])
    assert len(explore.concordance(texts, "China's")) == 2 == len(explore.concordance(texts, "China’s"))
    assert list(explore.concordance(texts, "WHO")["keyword"]) == ["WHO"]
    assert list(explore.concordance(texts, "US")["keyword"]) == ["US"]
    assert list(explore.concordance(texts, "UN")["keyword"]) == ["UN"]
    assert len(explore.concordance(texts, "who")) == 2, "typed in lower case, any case"


def test_an_encounter_told_in_two_sentences_marks_both():
    text = "The two heads of state held talks on November 9. Then lunch. The President also met the minister."
    arts = articles_of([{"title": "t", "year": "2024", "site": "S", "text": text}])
    page = explore.article_html(arts, "p0-01", evidence="The two heads of state held talks on November 9. || "
                                                         "The President also met the minister.")
    assert "<mark class=\"mp-current\">The two heads of state held talks on November 9.</mark>" in page
    assert "<mark>The President also met the minister.</mark>" in page
    assert "not all in the article" not in page
    missing = explore.article_html(arts, "p0-01", evidence="A sentence that is not there.")
    assert "not all in the article" in missing and "<mark" not in missing


def test_only_web_addresses_are_links():
    arts = articles_of([{"title": "t", "year": "2024", "site": "", "url": "javascript:alert(1)", "text": "BRICS."}])
    assert "<a " not in explore.article_html(arts, "p0-01", "BRICS")
    assert "(no site)" in explore.article_html(arts, "p0-01", "BRICS")


def test_the_index_must_be_of_the_same_articles():
    with pytest.raises(ValueError, match="build it from these articles"):
        explore.concordance(ARTICLES, "BRICS", index=TextIndex(["one text"]))


def test_a_term_whose_lower_case_is_longer_is_found_case_blind():
    texts = ["Talks in Istanbul and istanbul.", "İstanbul summit"]
    expected = [(i, m.start(), m.end()) for i, t in enumerate(texts)
                for m in re.finditer(term_regex("İstanbul"), t, re.IGNORECASE)]
    assert TextIndex(texts).find("İstanbul") == expected and len(expected) == 3


def test_a_bad_term_leaves_nothing_of_the_last_one_to_export(ui, tmp_path):
    ui.search("?!")
    files = ui.export("concordance")
    assert [p.name for p in files] == ["concordance-by-year.csv"], "no chart of the previous term"


def test_the_with_chooser_lists_the_partners_of_the_country(ui):
    ui.choose("RUS")
    assert [code for _, code in ui.other.options] == ["", "CHN"]
    ui.choose("", "RUS")
    assert ui.other.value == "" and ui.encounter_count.value == "choose a country"


def test_a_long_session_keeps_the_same_widgets(ui):
    from ipywidgets.widgets.widget import _instances

    ui.search("multipolar world")
    before = len(_instances)
    for term in ["BRICS", "multipolar*", "order", "?!", "China", "multipolar world"] * 3:
        ui.search(term)
    ui.choose("CHN", "RUS")
    ui.choose("CHN")
    assert len(_instances) == before, "rows are refilled, not made anew"
