"""Entities, themes and dates against the hand annotation, plus hand-made edge cases."""
from collections import Counter
from datetime import date

import pandas as pd
import pytest

from multipolar.dateexpr import find_dates, reference_date, reference_dates
from multipolar.entities import find_mentions, iso3
from multipolar.themes import theme_counts, theme_hits

from conftest import read_annotation


def prf(gold: Counter, got: Counter) -> tuple[float, float]:
    """Precision and recall of two multisets."""
    tp = sum((gold & got).values())
    return tp / max(sum(got.values()), 1), tp / max(sum(gold.values()), 1)


def test_entity_mentions_on_annotated_articles(corpus):
    gold_rows = read_annotation("mentions.csv")
    gold = Counter({(r.article_id, r.kind, r.key): int(r.count) for r in gold_rows.itertuples()})
    m = corpus.mentions[corpus.mentions["article_id"].isin(set(gold_rows["article_id"]))]
    got = Counter(zip(m["article_id"], m["kind"], m["key"]))
    precision, recall = prf(gold, got)
    assert precision >= 0.9 and recall >= 0.9, (precision, recall, got - gold, gold - got)


def test_countries_map_to_iso3_through_pycountry():
    kinds = {(m["surface"], m["key"]) for m in find_mentions(
        "Moscow and Beijing met Kyiv's envoy; the Russian Federation, Viet Nam and the DPRK were absent.")}
    assert {("Moscow", "RUS"), ("Beijing", "CHN"), ("Kyiv", "UKR"), ("Russian Federation", "RUS"),
            ("Viet Nam", "VNM"), ("DPRK", "PRK")} <= kinds
    assert iso3("Czechia") == "CZE"


def test_official_short_names_of_countries():
    assert [(m["surface"], m["key"]) for m in find_mentions("the Deputy Foreign Minister of the Lao PDR")] == [("Lao PDR", "LAO")]


def test_surname_resolved_to_latest_full_mention():
    text = ("Premier Li Qiang met the visitors. Li praised the talks. Later Li Keqiang was recalled; "
            "Li had signed the deal. Wang spoke next.")
    people = [(m["surface"], m["key"]) for m in find_mentions(text) if m["kind"] == "person"]
    assert people == [("Premier Li", "Li Qiang"), ("Li", "Li Qiang"), ("Li Keqiang", "Li Keqiang"), ("Li", "Li Keqiang")]


def test_a_surname_written_without_its_arabic_article_is_the_person_named_before():
    text = ("Iraqi Prime Minister Mohammed Shia al-Sudani received the envoy. Sudani later flew to Cairo. "
            "Salah spoke next.")
    people = [(m["surface"], m["key"]) for m in find_mentions(text) if m["kind"] == "person"]
    assert people == [("Mohammed Shia al-Sudani", "Mohammed Shia al-Sudani"), ("Sudani", "Mohammed Shia al-Sudani")]


@pytest.mark.parametrize("title, text, expected", [
    ("", "President Samia Suluhu Hassan received the envoy. President Samia travelled to Maputo in January.",
     [("Samia Suluhu Hassan", "TZA", "person"), ("Samia", "TZA", "given name")]),
    # the title's full name serves the text's, too
    ("Tanzania's President Samia Suluhu Hassan to visit Maputo", "Later, President Samia travelled to Maputo.",
     [("Samia", "TZA", "given name")]),
    # another capitalised word after the given name: someone else's full name, or no reference at all
    ("", "President Samia Suluhu Hassan spoke. President Samia Ahmed of the council replied.",
     [("Samia Suluhu Hassan", "TZA", "person")]),
    # no full mention: a given name alone names nobody
    ("", "President Samia travelled to Maputo in January.", []),
    # with no office, the given name before a family or father's name of three words or more names its bearer ...
    ("", "President Samia Suluhu Hassan spoke. Samia’s state visit to Kenya was in May.",
     [("Samia Suluhu Hassan", "TZA", "person"), ("Samia", "TZA", "given name")]),
    # ... but not that of a two-word name
    ("", "President Daniel Chapo spoke. Daniel said so.", [("Daniel Chapo", "MOZ", "person")]),
    # a given name that is another leader's surname (Amina Mohamed's) names the person named in full before
    ("", "Sheikh Mohamed bin Zayed Al Nahyan received Modi. Sheikh Mohamed travelled to Gandhinagar last month.",
     [("Mohamed bin Zayed Al Nahyan", "ARE", "person"), ("Modi", "IND", "person"), ("Mohamed", "ARE", "given name")]),
    # with no such person before, the surname is still its leader's
    ("", "Foreign Minister Mohamed spoke in Nairobi.", [("Mohamed", "KEN", "short")]),
    # a title before a name is no given name ('King Abdullah II' … 'the King of Bahrain')
    ("", "Jordan's King Abdullah II met Erdogan. Erdogan later received the King of Bahrain.",
     [("King Abdullah II", "JOR", "person"), ("Erdogan", "TUR", "person"), ("Erdogan", "TUR", "person")]),
])
def test_an_office_and_the_given_name_of_a_person_named_in_full_refer_to_them(title, text, expected):
    got = [(m["surface"], m["country"], m["form"]) for m in find_mentions(text, title=find_mentions(title))
           if m["kind"] == "person"]
    assert got == expected


def test_people_carry_country_and_office():
    [m] = [m for m in find_mentions("Foreign Minister Wang Yi arrived.") if m["kind"] == "person"]
    assert (m["key"], m["country"], m["office"]) == ("Wang Yi", "CHN", "foreign minister")


def test_organisations_with_variants():
    keys = [m["key"] for m in find_mentions(
        "The Shanghai Cooperation Organisation, the SCO, BRICS+ and the G-20 met the Eurasian Economic Union "
        "and the Belt and Road Initiative.") if m["kind"] == "organisation"]
    assert keys == ["SCO", "SCO", "BRICS", "G20", "EAEU", "BRI"]


def test_regions_and_outlets_are_not_countries():
    keys = [m["key"] for m in find_mentions("Latin America read China Daily about the South China Sea.")]
    assert keys == []


def test_mention_sentence_is_the_containing_sentence():
    [m] = find_mentions("First sentence here. Then Wang spoke! Last one.")[:1] or [None]
    assert m is None  # "Wang" alone has no earlier full mention, and several people bear it
    [m] = find_mentions("First sentence here. Then Vladimir Putin spoke! Last one.")
    assert m["sentence"] == "Then Vladimir Putin spoke!"


def test_a_surname_that_names_one_person_alone_needs_no_full_mention():
    m = find_mentions("Putin meets Saudi Crown Prince")[0]  # surnames.csv: headlines call him so
    assert (m["key"], m["country"]) == ("Vladimir Putin", "RUS")
    assert [x["key"] for x in find_mentions("Erdogan to visit Russia")] == ["Recep Tayyip Erdoğan", "RUS"]
    assert find_mentions("Mr Johnson said") == []  # a common surname still needs its full mention first


@pytest.mark.parametrize("text", ["Daniil Medvedev arrived in Beijing", "Hunter Biden met businessmen in Kyiv",
                                  "Michelle Obama visited China in 2014", "The train to Xi'an left on Thursday"])
def test_a_lone_surname_after_another_given_name_or_inside_a_place_name_is_not_the_politician(text):
    assert [m for m in find_mentions(text) if m["kind"] == "person"] == []


@pytest.mark.parametrize("text", ["President Putin met Xi", "Russia's Putin and China's Xi", "On Monday Putin met Xi",
                                  "When Putin arrived, Xi's aides waited"])
def test_a_lone_surname_after_a_title_a_country_or_a_function_word_is_the_politician(text):
    assert {m["key"] for m in find_mentions(text) if m["kind"] == "person"} >= {"Vladimir Putin"}


def test_theme_counts_on_annotated_article(corpus):
    gold = read_annotation("themes.csv")
    counts = theme_counts(corpus.articles).set_index(["article_id", "theme"])["hits"]
    got = [int(counts[(r.article_id, r.theme)]) for r in gold.itertuples()]
    assert got == [int(h) for h in gold["hits"]]


def test_theme_spellings_and_inflections():
    themes = [t for t, *_ in theme_hits("Multipolarity, multipolarisation and a multi-polar order; globalization "
                                        "and globalisation; de-dollarization; the Global South; sanctioned.")]
    assert themes.count("multipolarity") == 3
    assert themes.count("globalisation") == 2
    assert {"de-dollarisation and currencies", "Global South", "sanctions"} <= set(themes)


def test_theme_rates_levels(corpus):
    r = corpus.theme_rates
    assert set(r["level"]) == {"article", "site", "outlet", "year", "outlet_year"}
    one = r[(r["level"] == "article") & (r["group"] == "000_177e6bf478f5251b-01") & (r["theme"] == "Taiwan")].iloc[0]
    assert one["per_1000_words"] == pytest.approx(1000 * 3 / one["words"], abs=1e-3)


def test_theme_rates_of_a_build_are_those_of_theme_rates(corpus):
    """The build sums theme rates a segment at a time without pandas (themes.RateSums); the rows are
    theme_rates' own, whatever the parts."""
    from multipolar.themes import RateSums, theme_rates

    counts = theme_counts(corpus.articles)
    want = theme_rates(corpus.articles, counts=counts)
    for cut in (1, 7, 20):  # the articles in parts of `cut` articles
        sums = RateSums()
        for i in range(0, len(corpus.articles), cut):
            part = corpus.articles.iloc[i:i + cut]
            rows = counts[counts["article_id"].isin(part["article_id"])]
            sums.add(*(part[c].tolist() for c in ("article_id", "site", "outlet", "year")),
                     *(rows[c].tolist() for c in ("article_id", "theme", "hits", "words")))
        got = pd.DataFrame(sums.columns()).astype({"level": "str", "group": "str", "theme": "str"})
        pd.testing.assert_frame_equal(got, want, check_exact=True)


def test_dates_on_annotated_articles(corpus):
    gold = read_annotation("dates.csv")
    g = Counter(zip(gold["article_id"], gold["surface"].str.lower(), gold["value_start"], gold["value_end"]))
    d = corpus.dates[corpus.dates["article_id"].isin(set(gold["article_id"]))]
    got = Counter(zip(d["article_id"], d["surface"].str.lower(), d["value_start"], d["value_end"]))
    precision, recall = prf(g, got)
    assert precision >= 0.9 and recall >= 0.9, (precision, recall, got - g, g - got)


def test_reference_dates_on_annotated_articles(corpus):
    gold = read_annotation("reference_dates.csv").set_index("article_id")["ref_date"]
    got = corpus.articles.set_index("article_id")["ref_date"]
    assert {a: got[a] for a in gold.index} == gold.to_dict()
    assert (corpus.articles["ref_method"] != "").all()


@pytest.mark.parametrize("text,expected", [
    ("From November 13-17, the visit went on.", ("2024-11-13", "2024-11-17")),
    ("He visited from December 2-5 at the invitation.", ("2024-12-02", "2024-12-05")),
    ("The meeting ran March 31-April 2 in the capital.", ("2025-03-31", "2025-04-02")),
    ("A trip, October 31-November 5.", ("2024-10-31", "2024-11-05")),
    ("Talks opened on Thursday.", ("2024-11-21", "")),
    ("Prices rose last month.", ("2024-10", "")),
    ("Just one day ago, Xi held a phone call.", ("2024-11-22", "")),
    ("He arrived on Nov. 18 in Rio.", ("2024-11-18", "")),
    ("It was signed on 19 November 2024.", ("2024-11-19", "")),
    ("They met on 20 November.", ("2024-11-20", "")),
    ("The first summit was in April 1996.", ("1996-04", "")),
    ("The following day, they met again.", ("", "")),
    ("The minister will travel on the 28th.", ("2024-11-28", "")),
    ("They spoke on the 3rd of this month.", ("2024-11-03", "")),
    ("He left on the 30th, after the talks.", ("2024-11-30", "")),
    ("The visit is due next summer.", ("2025", "")),
    ("They last met in the spring.", ("2024", "")),
    ("They met last winter in Beijing.", ("2023", "")),
    ("The visit is slated for mid-July.", ("2024-07", "")),
    ("He pays a visit from 2 to 6 December.", ("2024-12-02", "2024-12-06")),
    ("They met between 20 and 22 November 2023.", ("2023-11-20", "2023-11-22")),
    ("They met the day before yesterday.", ("2024-11-21", "")),
    ("The visit is planned for the first week of July.", ("2024-07", "")),
    ("They last met in the final days of October.", ("2024-10", "")),
    ("They last met in the first week of May 2023 in Moscow.", ("2023-05", "")),  # its year, not the reference's
    ("He will travel there later this week.", ("2024-11-24", "2024-11-24")),  # the week's days after the Saturday
    ("They spoke earlier this week.", ("2024-11-18", "2024-11-22")),  # its days before it
    ("They meet this week.", ("2024-11-18", "2024-11-24")),
    ("Prague, 07. 11. 2023", ("2023-11-07", "")),  # dates in figures, read as dates.parse_date reads them
    ("Updated 26.2.2025 10.15", ("2025-02-26", "")),
    ("Posted 03/16/2025", ("2025-03-16", "")),
    ("Issued on 2023-11-07.", ("2023-11-07", "")),
    ("Xi met Putin on 04-03-2025.", ("2025-03-04", "")),
    ("Posted 2024/4/22.", ("2024-04-22", "")),
    ("Dated 30.02.2024.", ("2024-02", "")),  # no such day: its month, as dates.parse_date reads it
    ("They last met in Jakarta in Sept. last year.", ("2023-09", "")),  # a month's short form, with or without its dot
    ("They met in Dec. last year.", ("2023-12", "")),
    ("They met last Sept. in Rome.", ("2024-09", "")),
    ("Protests could mar next year's summit.", ("2025", "")),  # a year, no month: 'mar' without its dot is a verb
    ("The talks took place in Feb. in Rome.", ("2024-02", "")),
    ("He had been in Khartoum the previous Wednesday.", ("2024-11-20", "")),  # no date told before: from the reference
    ("He arrived in Beijing on Tuesday, a week earlier than planned.", ("2024-11-19", "")),  # against a plan: no offset
])
def test_date_expression_edge_cases(text, expected):
    ref = date(2024, 11, 23)  # a Saturday
    [d] = find_dates(text, ref)
    assert (d["value_start"], d["value_end"]) == expected


@pytest.mark.parametrize("text", ["It shaped the 21st century.", "They marked the 75th anniversary.",
                                  "on the 2nd day of the talks", "on the 1st of May they met"])
def test_an_ordinal_that_is_no_day_of_the_month(text):
    assert [d for d in find_dates(text, date(2024, 11, 23)) if d["kind"] == "day"] == []


@pytest.mark.parametrize("text", ["a springboard for growth", "a fall in prices", "greetings for May Day",
                                  "the winter of discontent", "they met in Mar del Plata", "a deal in Jan Smit's name"])
def test_words_that_are_no_season_or_month(text):
    assert find_dates(text, date(2024, 11, 23)) == []




def test_following_day_is_relative_to_the_previous_date():
    ds = find_dates("On November 18, Xi met Sheinbaum. The following day, he met Arce.", date(2024, 11, 23))
    assert [d["value_start"] for d in ds] == ["2024-11-18", "2024-11-19"]


@pytest.mark.parametrize("text, expected", [
    ("Xi met Lula today. The day before, he had met Milei.", ["2024-11-23", "2024-11-22"]),
    ("On November 18, Xi met Sheinbaum. Two days later, he met Arce.", ["2024-11-18", "2024-11-20"]),
    ("On November 18, Xi met Sheinbaum; a day earlier he had landed.", ["2024-11-18", "2024-11-17"]),
])
def test_days_counted_from_the_date_told_before(text, expected):
    assert [d["value_start"] for d in find_dates(text, date(2024, 11, 23))] == expected


@pytest.mark.parametrize("text, expected", [
    ("Shoukry went to Ankara in April 2023, weeks after Cavusoglu had visited Cairo the previous month.",
     ["2023-04", "2023-03"]),
    ("They met in Doha in December 2022 and again in Cairo the following year.", ["2022-12", "2023"]),
    # with no date told before, 'the previous year' is the reference's; a month counted from a year is no date
    ("The previous year had been hard.", ["2023"]),
    ("He met Xi Jinping in 2019. The previous month Modi had met Putin in Vladivostok.", ["2019", ""]),
    # a date told without its year ('in May') is no base: the year after it is not known
    ("Xi met Macron in Paris in May. The following year he hosted Macron in Beijing.", ["2024-05", ""]),
])
def test_months_and_years_counted_from_the_date_told_before(text, expected):
    assert [d["value_start"] for d in find_dates(text, date(2024, 11, 23))] == expected


@pytest.mark.parametrize("ref, expected", [("2003-06-02", ("2003-05-31", "2003-06-01")),  # said on a Monday: the last one
                                           ("2003-06-06", ("2003-06-07", "2003-06-08"))])  # on a Friday: the coming one
def test_at_the_weekend_is_the_last_weekend_early_in_the_week_and_the_coming_one_late(ref, expected):
    [d] = find_dates("Obasanjo flew into Pretoria at the weekend.", date.fromisoformat(ref))
    assert (d["value_start"], d["value_end"]) == expected


def test_the_following_day_steps_from_the_last_day_told_not_from_a_span_told_since():
    text = ("On 12 March 2025 the ministers met. The minister was in Ecuador from 11 to 13 March. The following day, the "
            "president received him.")
    assert [d["value_start"] for d in find_dates(text, date(2025, 3, 20))][-1] == "2025-03-13"


def test_the_day_before_an_event_is_no_date_of_its_own():
    assert find_dates("They met the day before the summit.", date(2024, 11, 23)) == []


def test_unresolvable_without_reference_is_marked():
    [d] = find_dates("They met on Thursday.")
    assert d["value_start"] == "" and d["method"].startswith("unresolved")


def test_reference_date_evidence_order():
    assert reference_date("2014-12-23", "2015-01-07", "", "") == ("2014-12-23", "published date")
    value, how = reference_date("", "", "BEIJING, Dec. 3 (Xinhua)",
                                "This year marks the 75th anniversary of the founding of the People's Republic of China.")
    assert value == "2024-12-03" and "anniversary" in how


def test_page_year_fills_weakly_dated_posts():
    arts = pd.DataFrame({
        "article_id": ["p-01", "p-02", "p-03"], "source_file": ["p.txt"] * 3,
        "published": ["2024-11-19", "", ""], "posted": ["", "", ""], "dateline": ["", "", "BEIJING, Nov. 7 (Xinhua)"],
        "text": ["A.", "Plans for 2025 were made, and 2025 again.", "Talks were held."]})
    r = reference_dates(arts).set_index("article_id")
    assert r.loc["p-02", "ref_date"] == "2024" and r.loc["p-03", "ref_date"] == "2024-11-07"


def test_people_introduced_by_office_and_country_are_mentioned_by_surname_with_that_country():
    from multipolar.entities import find_mentions
    text = ("Ghanaian President Kwabena Asante-Boakye received the envoy. Russian Foreign Ministry Spokeswoman "
            "Maria Zakharova spoke later. Asante-Boakye thanked him, as did President of the Republic of Malawi "
            "Lazarus Mwalekera. Mwalekera left.")  # invented presidents, whom no list knows
    people = [(m["surface"], m["key"], m["country"], m["form"]) for m in find_mentions(text) if m["kind"] == "person"]
    assert ("Asante-Boakye", "Kwabena Asante-Boakye", "GHA", "introduced") in people
    assert ("Mwalekera", "Lazarus Mwalekera", "MWI", "introduced") in people
    assert not any("Ministry" in key for _, key, _, _ in people)


@pytest.mark.parametrize("text, surface, key", [
    ("The Burkinabè minister arrived.", "Burkinabè", "BFA"),  # the text writes an accent the lexicon does not
    ("President Recep Tayyip Erdogan spoke.", "Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"),  # and the reverse
    ("Talks in Côte d’Ivoire ended.", "Côte d’Ivoire", "CIV"),  # a curly apostrophe
    ("Aleksandar Vucic arrived in Moscow.", "Aleksandar Vucic", "Aleksandar Vučić"),
])
def test_names_are_found_with_or_without_their_accents(text, surface, key):
    from multipolar.entities import find_mentions

    found = {(m["surface"], m["key"]) for m in find_mentions(text)}
    assert (surface, key) in found


def test_folding_keeps_offsets():
    from multipolar.entities import fold

    text = "Erdoğan, Vučić and Côte d’Ivoire ß"
    assert len(fold(text)) == len(text) and fold(text).startswith("Erdogan, Vucic and Cote d’Ivoire")  # ’ kept


@pytest.mark.parametrize("text, name, country", [
    ("US Defense Secretary Lloyd Austin met him. Mr Austin left.", "Austin", "USA"),  # an abbreviation as adjective
    ("Mr Austin will travel on Tuesday. US Defense Secretary Lloyd Austin met him.", "Austin", "USA"),  # named before
    ("Malawi President Lazarus Chakwera spoke. Chakwera left.", "Chakwera", "MWI"),  # a country's name as adjective
])
def test_people_introduced_after_a_countrys_abbreviation_or_name(text, name, country):
    from multipolar.entities import find_mentions

    assert (name, country) in {(m["surface"], m["country"]) for m in find_mentions(text) if m["kind"] == "person"}


@pytest.mark.parametrize("surface", ["Kim Jong Un", "Kim Jong-un", "Kim Jong-Un"])
def test_a_two_syllable_given_name_is_found_however_it_is_hyphenated(surface):
    from multipolar.entities import find_mentions

    assert ("Kim Jong Un", "PRK") in {(m["key"], m["country"]) for m in find_mentions(f"{surface} met the delegation.")}


def test_the_leaders_roster_is_well_formed():
    from multipolar.entities import fold, gazetteer
    from multipolar.lexicon import read_csv
    import pycountry
    leaders, people = read_csv("leaders.csv"), read_csv("people.csv")
    assert len(leaders) > 2000  # heads of state and government and foreign ministers of every country, 2000-2025
    listed = {p["person"]: p["country"] for p in people}
    months_and_days = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                       "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
    not_people = {fold(f) for f, e in gazetteer().entries.items() if e[0] in ("country", "organisation")}
    for row in leaders:
        assert pycountry.countries.get(alpha_2=row["country"]), row
        assert listed.get(row["person"], row["country"]) == row["country"], row  # people.csv's people: forms only
        for alias in row["aliases"].split("|"):
            assert " " in alias or "-" in alias, row  # never a bare surname
            assert fold(alias) not in not_people, row
        assert row["short"] not in months_and_days, row


@pytest.mark.parametrize("text, key, country", [
    ("President Isaias Afwerki received the delegation.", "Isaias Afwerki", "ERI"),
    ("Áras an Uachtaráin hosted a reception by President Michael D. Higgins.", "Michael D. Higgins", "IRL"),
    ("Beibut Atamkulov was received by the prime minister.", "Beibut Atamkulov", "KAZ"),
])
def test_leaders_the_corpus_lists_do_not_name_are_known(text, key, country):
    assert (key, country) in {(m["key"], m["country"]) for m in find_mentions(text) if m["kind"] == "person"}


@pytest.mark.parametrize("text, surface, country", [
    ("UN Secretary-General António Guterres met Xi Jinping.", "António Guterres", ""),
    ("He met the EU's chief negotiator, Michel Barnier, in Brussels. Barnier said little.", "Barnier", ""),
    ("Xi met the President of the European Council, António Costa, in Beijing.", "António Costa", ""),
    ("EU foreign policy chief Josep Borrell visited Beijing.", "Josep Borrell", ""),
    ("At the UN, Xi Jinping met Charles Michel.", "Charles Michel", "BEL"),
    ("Putin met the President of the Comoros, Chairperson of the African Union Azali Assoumani.", "Azali Assoumani", "COM"),
])
def test_someone_named_as_holding_an_international_bodys_office_acts_for_it_not_a_country(text, surface, country):
    assert [m["country"] for m in find_mentions(text) if m["surface"] == surface] == [country]


def test_the_roster_adds_forms_to_the_people_the_corpus_lists():
    [m] = [m for m in find_mentions("He called on President Nana Addo Dankwa Akufo-Addo.") if m["kind"] == "person"]
    assert (m["key"], m["country"]) == ("Nana Akufo-Addo", "GHA")  # people.csv's person, under its own name


@pytest.mark.parametrize("text, expected", [
    ("Mr Albanese met reporters.", [("Albanese", "Anthony Albanese", "AUS")]),
    ("President Abinader arrived.", [("Abinader", "Luis Abinader", "DOM")]),
    ("Albanese arrived.", []),  # no office or honorific: a surname alone needs a full mention before it
    # two leaders of that name (Siim and Kaja Kallas), both of Estonia: which one, unknown; the country, Estonia
    ("Prime Minister Kallas arrived.", [("Kallas", "Kallas", "EST")]),
    ("Mr Brown arrived.", []),  # a mere honorific before a surname many people share
    ("Prime Minister Johnson arrived.", [("Johnson", "Boris Johnson", "GBR")]),  # an office before it
    # two surnames of the roster joined by 'and' or a dash: each the one leader so named
    ("The Hichilema–Masisi talks ended.", [("Hichilema", "Hakainde Hichilema", "ZMB"), ("Masisi", "Mokgweetsi Masisi", "BWA")]),
    ("Hichilema and Masisi met.", [("Hichilema", "Hakainde Hichilema", "ZMB"), ("Masisi", "Mokgweetsi Masisi", "BWA")]),
    ("Hichilema and Kallas met.", []),  # a surname two leaders share names neither, nor helps the other
])
def test_an_office_before_the_surname_of_the_one_leader_so_named_resolves_it(text, expected):
    assert [(m["surface"], m["key"], m["country"]) for m in find_mentions(text) if m["kind"] == "person"] == expected


def test_the_new_year_is_the_next_said_late_in_a_year_this_one_early_and_none_mid_year():
    assert [d["value_start"] for d in find_dates("They will meet in the new year.", date(2023, 12, 1))] == ["2024"]
    assert [d["value_start"] for d in find_dates("They will meet in the new year.", date(2024, 1, 10))] == ["2024"]
    assert [d["value_start"] for d in find_dates("They will meet in the new year.", date(2024, 5, 1))] == [""]


def test_a_half_of_a_year_is_that_year_and_the_coming_months_this_one_unless_said_late():
    assert [d["value_start"] for d in find_dates("A state visit in the second half of the year.", date(2024, 4, 17))] == ["2024"]
    assert [d["value_start"] for d in find_dates("Talks in the first half of next year.", date(2024, 4, 17))] == ["2025"]
    assert [d["value_start"] for d in find_dates("He will visit in the coming months.", date(2024, 3, 11))] == ["2024"]
    assert [d["value_start"] for d in find_dates("He will visit in the coming months.", date(2024, 11, 20))] == [""]


def test_later_this_week_said_on_a_sunday_is_the_week_after_it():
    [d] = find_dates("He will travel there later this week.", date(2025, 2, 2))
    assert (d["value_start"], d["value_end"]) == ("2025-02-03", "2025-02-09")


@pytest.mark.parametrize("text, expected", [
    ("They met on Wednesday. He had been in Khartoum the previous Wednesday.", "2024-11-13"),  # the one before that day
    ("He visited Seoul in March 2023. He had been in Tokyo the previous Wednesday.", ""),  # no day told before: none
    ("They met on Monday. Four weeks later he was in Dublin.", "2024-12-16"),
    ("They met on Monday. A week earlier he had been in Dublin.", "2024-11-11"),
    ("They met on Monday. Two weeks later he was in Dublin.", "2024-12-02"),
    ("They met on Tuesday. His stay began the previous evening.", "2024-11-18"),
])
def test_a_weekday_or_weeks_counted_from_the_date_told_before(text, expected):
    assert find_dates(text, date(2024, 11, 23))[-1]["value_start"] == expected
