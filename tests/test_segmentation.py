"""The shipped pages against a reader's annotation: articles, boundaries, metadata, line fates."""
import pytest

from multipolar.evaluate import FIELDS, field_scores, segmentation_scores
from multipolar.metadata import finalise
from multipolar.segment import segment

from conftest import read_annotation

GOLD = read_annotation("articles.csv")
LINES = read_annotation("lines.csv")
PAGES = read_annotation("pages.csv")


def test_thirty_five_articles(corpus):
    assert len(corpus.articles) == 35


def test_every_annotated_start_found_and_nothing_else(corpus, gold_articles):
    s = segmentation_scores(corpus.articles, gold_articles)
    assert (s["precision"], s["recall"]) == (1.0, 1.0)


@pytest.mark.parametrize("row", GOLD.to_dict("records"), ids=lambda r: f"{r['source_file'][:3]}:{r['title_line']}")
def test_article_matches_annotation(corpus, row):
    a = corpus.articles
    hit = a[(a["source_file"] == row["source_file"]) & (a["title_line"] == int(row["title_line"]))]
    assert len(hit) == 1, "no article starts on the annotated title line"
    got = hit.iloc[0]
    assert got["last_line"] == int(row["last_line"])
    for field in FIELDS:
        assert got[field] == row[field], field


@pytest.mark.parametrize("row", PAGES.to_dict("records"), ids=lambda r: r["source_file"][:3])
def test_page_site_and_count(corpus, row):
    a = corpus.articles[corpus.articles["source_file"] == row["source_file"]]
    assert len(a) == int(row["articles"])
    assert set(a["site"]) == {row["site"]}


@pytest.mark.parametrize("row", LINES.to_dict("records"), ids=lambda r: f"{r['source_file'][:3]}:{r['line_no']}")
def test_line_fate(corpus, row):
    led = corpus.ledger
    e = led[(led["source_file"] == row["source_file"]) & (led["line_no"] == int(row["line_no"]))]
    assert len(e) == 1
    fate = e.iloc[0]["role"] if e.iloc[0]["role"] in ("body", "title") else e.iloc[0]["reason"]
    assert fate == row["expected"], row["note"]


def test_field_scores_report_all_right(corpus, gold_articles):
    scores = field_scores(corpus.articles, gold_articles)
    assert (scores["right"] == scores["of"]).all(), scores.to_string()


def test_text_keeps_quotes_and_dashes_verbatim(corpus):
    a = corpus.articles.set_index("title")
    text = a.loc["BRICS+ and the future of the international order", "text"]
    assert "“advantages of backwardness”" in text
    assert "international political economy – and is still" in text


def test_summary_removed_full_text_kept(corpus):
    text = corpus.articles.set_index("source_file").loc["003_ea60648147a3c4b7.txt", "text"]
    first = "Sino-Russian international cooperation revolves around a number of core concepts"
    assert text.count(first) == 1
    assert "Multilateralism in the Era of Weak Institutions" not in text
    assert "Login" not in text and "votes" not in text


def test_paragraphs_separated_by_blank_lines(corpus):
    text = corpus.articles.iloc[0]["text"]
    assert "\n\n" in text and "\n\n\n" not in text


def test_a_text_copy_that_opens_with_site_menus_takes_the_headline_over_its_byline_as_title():
    page = ("Skip to main content\nNews agency of record\nWorld\nBusiness\nMarkets\nSign In\n\nWorld\n"
            "Leaders of two nations vow to deepen trade ties on eve of summit\nBy Jane Reporter\n"
            "November 21, 2025\n\nThe two presidents agreed on Friday to expand trade between their countries, "
            "as they held talks in the capital ahead of the summit this weekend.\n")
    drafts, ledger = segment(page)
    assert [d.title for d in drafts] == ["Leaders of two nations vow to deepen trade ties on eve of summit"]
    roles = {e.text: (e.role, e.reason) for e in ledger}
    assert roles["Skip to main content"] == ("removed", "navigation") and roles["Markets"] == ("removed", "navigation")


def test_a_line_of_dates_over_a_feeds_first_headline_is_no_title():
    drafts, ledger = segment("President of Russia\nEvents\nNews\nTranscripts\n\nApril 18 – 21, 2016\n\n\n"
                             "Meeting with Prime Minister of Israel Benjamin Netanyahu\n\nApril 21, 2016\n15:40\n\n"
                             "Vladimir Putin met with Prime Minister of Israel Benjamin Netanyahu, who is in Russia on a "
                             "working visit.\n")
    assert [d.title for d in drafts] == ["Meeting with Prime Minister of Israel Benjamin Netanyahu"]
    assert {e.text for e in ledger} >= {"April 18 – 21, 2016"}  # (its line still ends somewhere, with its reason)


@pytest.mark.parametrize("page, title", [
    ("Beehive.govt.nz\nThe official website of the New Zealand Government\nHome > Releases\n"
     "Foreign Minister to travel to Tonga and Fiji\n\nHon Winston Peters\nForeign Affairs\nRelease\n5 February 2024\n\n"
     "Foreign Minister Winston Peters will travel to Tonga and Fiji next week, his first visits to the Pacific.\n",
     "Foreign Minister to travel to Tonga and Fiji"),  # the minister, the portfolio and a type label under the headline
    ("President of Russia\nEvents\nStructure\nSearch\n\nNews\nJuly 24, 2018\n\n"
     "Telephone conversation with President of Belarus Alexander Lukashenko\n\nJuly 24, 2018\n15:10\n\n"
     "Vladimir Putin had a telephone conversation with President of the Republic of Belarus Alexander Lukashenko.\n",
     "Telephone conversation with President of Belarus Alexander Lukashenko"),  # a section's name and date over the item's
])
def test_short_labels_next_to_the_first_headline_are_no_title(page, title):
    drafts, _ = segment(page)
    assert drafts[0].title == title


def test_source_and_editor_lines_between_a_title_and_its_date_stay_under_the_title():
    drafts, _ = segment("Two leaders hold talks in the capital\nSource: Agency\nEditor: Someone\n2023-08-22 23:58:10\n\n"
                        "The two presidents held talks in the capital on Tuesday, and signed a number of agreements.\n")
    assert [d.title for d in drafts] == ["Two leaders hold talks in the capital"]


def test_menus_with_abbreviations_and_a_time_before_the_date_still_leave_the_headline_as_title():
    page = ("AP\nMenu\nWorld\nU.S.\nPolitics\n\nWORLD NEWS\nNew leader meets his neighbour, seeks reset after tense year\n"
            "By ANDI REPORTER\nPublished 6:41 AM EST, November 12, 2015\n\nThe new prime minister met the president "
            "on Thursday in the capital, on his first trip abroad since taking office in September.\n")
    drafts, _ = segment(page)
    assert [d.title for d in drafts] == ["New leader meets his neighbour, seeks reset after tense year"]
    assert drafts[0].fields.get("published") == "November 12, 2015"


def test_a_copyright_line_ends_the_article_and_names_the_site_of_a_text_copy():
    from multipolar.metadata import copyright_holder, site_name

    page = ("Two leaders hold talks in the capital\nBy Jane Reporter\nMarch 3, 2021\n\nThe two presidents held talks "
            "in the capital on Tuesday and signed a number of agreements on trade.\n\n© 2021 Northern Wire Service. "
            "All rights reserved.\nRelated news\nAnother headline of the day\n")
    drafts, ledger = segment(page)
    assert [line.text for line in drafts[0].body] == ["The two presidents held talks in the capital on Tuesday and "
                                                      "signed a number of agreements on trade."]
    fate = {e.text: e.reason for e in ledger}
    assert fate["© 2021 Northern Wire Service. All rights reserved."] == "copyright"
    assert fate["Another headline of the day"] == "sidebar"
    assert copyright_holder(page) == "Northern Wire Service" == site_name(page)
    assert copyright_holder("Copyright law in China changed in 2021.\n") == ""


@pytest.mark.parametrize("line, holder", [
    ("© THG PUBLISHING PVT LTD. or its affiliated companies. All rights reserved.", "THG PUBLISHING PVT LTD"),
    ("Copyright 2024 The Associated Press and its licensors.", "The Associated Press"),
    ("© 2025 Northern Wire, or its affiliates", "Northern Wire"),
    ("Copyright (c) 2010 Northern News Agency (NNA). All rights reserved.", "Northern News Agency"),
    ("© 2024 Northern News Agency. 80 Harbour Road, Northtown", "Northern News Agency")])
def test_the_copyright_holder_leaves_out_its_affiliates(line, holder):
    from multipolar.metadata import copyright_holder

    assert copyright_holder(f"Some text of the article.\n{line}\n") == holder


@pytest.mark.parametrize("menu, date", [
    ("Home  Latest  Japan  Asia  World  Politics", "Mar 15, 2023 | NORTHERN NEWS"),
    ("Politics", "09.10.2025 [18:26]"),
    ("President", "31 January 2023, 14:47"),
])
def test_a_date_printed_above_the_headline_is_the_articles_date(menu, date):
    page = (f"NORTHERN NEWS\n{menu}\n{date}\n\nLeaders of two nations hold talks in the capital\n\n"
            "The two presidents held talks in the capital on Tuesday and signed a number of agreements on trade.\n")
    drafts, ledger = segment(page)
    assert [d.title for d in drafts] == ["Leaders of two nations hold talks in the capital"]
    assert drafts[0].fields.get("published") and {e.text: e.role for e in ledger}[date] == "metadata"


def test_a_headline_with_its_date_and_a_standfirst_keeps_the_headline():
    drafts, _ = segment("Two leaders discuss ties by phone\n\n16 DEC 2022, 18:42\n\nThe two leaders also exchanged views "
                        "on the presidency of the Group of Twenty\n\nMOSCOW, December 16. The two presidents spoke by "
                        "phone on Friday and discussed their cooperation in energy.\n")
    assert drafts[0].title == "Two leaders discuss ties by phone"


@pytest.mark.parametrize("header", [
    "Jane Reporter\nSenior Political Correspondent\nPUBLISHED MAY 8, 2019, 10:53 PM SGT",
    "by NORTHERN WIRE WITH AGENCIES\nISTANBUL\nNov 01, 2022 - 11:42 am GMT+3",
])
def test_a_headline_whose_date_comes_after_the_authors_name_and_place(header):
    page = ("NORTHERN WIRE\nHome  World  Politics  Business\n\nLeaders of two nations agree to revive the grain deal\n\n"
            f"{header}\n\nThe two presidents spoke by phone on Monday and agreed to revive the grain deal.\n")
    drafts, _ = segment(page)
    assert [d.title for d in drafts] == ["Leaders of two nations agree to revive the grain deal"]
    assert drafts[0].fields.get("published")


@pytest.mark.parametrize("date_line, published", [
    ("24 March 2015 | 16:42", "2015-03-24"),
    ("28/02/2018 10:35", "2018-02-28"),
    ("03/28/2018", "2018-03-28"),  # a slashed date whose second number cannot be a month is US style
    ("2024/4/22  16:45  |  13 Shawwal 1445  |  Views: 1,874", "2024-04-22"),  # year first, a second calendar, a count
    ("15 March 2024 12:54 (UTC +04:00)", "2024-03-15"),  # a time with its zone in brackets
    ("Published : Mar 14, 2023 - 15:08     Updated : Mar 14, 2023 - 17:40", "2023-03-14"),  # published, then updated
    ("2023.06.14", "2023-06-14"),
    ("04-03-2025 | 14:00", "2025-03-04"),  # day first with hyphens
    ("23 May 2025 | 08h15", "2025-05-23"),
    ("Ana Lima Costa   |14.05.2024 - Update : 15.05.2024", "2024-05-14"),  # a byline leads; published, then updated
    ("Ádám Fekete   2023.04.14.", "2023-04-14"),  # a byline with an accented capital, spaces (a copied column) and year first
    ("Łukasz Nowak\t12.05.2024", "2024-05-12"),
    ("11 de marzo de 2024", "2024-03-11"),  # month names of other languages, from the one table of months
    ("4. März 2024, 10:15", "2024-03-04"),
    ("2024年3月11日", "2024-03-11"),
    ("By Jane Smith | March 5, 2024", "2024-03-05"),  # a byline and the date on one line
    ("Jane Smith, Reuters | 5 March 2024", "2024-03-05"),
    ("Xinhua | Updated: 2024-03-05 10:15", "2024-03-05"),  # a source, then the date
    ("March 5, 2024 / 10:15 AM / Updated 2 hours ago", "2024-03-05"),
    ("5 March 2024 • 3 min read", "2024-03-05"),
    ("Release Date: March 5, 2024", "2024-03-05"),
    ("By JT - Feb 11,2025 - Last updated at Feb 11,2025", "2025-02-11"),  # a paper's initials, a spaced dash, no space after ','
    ("By Jane Smith - March 5, 2024", "2024-03-05"),
    ("By Jane Smith on March 5, 2024", "2024-03-05"),  # 'on' before the date, and the sections the item is filed in
    ("By Jane Smith in Diplomacy, Interviews on 5 March 2024", "2024-03-05"),
    ("Added 5th September 2018 02:31 PM", "2018-09-05"),  # a paper's 'Added', an ordinal day before the month
    ("Created on 21st March 2019", "2019-03-21"),
    ("[12/November/2013]", "2013-11-12"),  # a month's name between slashes, in brackets
    ("(4-Mar-2024)", "2024-03-04"),
])
def test_date_lines_with_a_bar_or_slashes_under_the_headline(date_line, published):
    page = (f"NORTHERN NEWS\nHome | World | Politics\n\nLeaders of two nations hold talks in the capital\n\n{date_line}\n\n"
            "The two presidents held talks in the capital on Tuesday and signed a number of agreements on trade.\n")
    drafts, _ = segment(page)
    assert [d.title for d in drafts] == ["Leaders of two nations hold talks in the capital"]
    assert finalise(drafts[0])["published"] == published
    if date_line.startswith("By JT"):
        assert finalise(drafts[0])["author"] == ""  # (a paper's initials are no author)
    if date_line[0] in "ÁŁ":
        assert finalise(drafts[0])["author"] == date_line.split("  ")[0].split("\t")[0]


@pytest.mark.parametrize("line", ["Putin Meets Xi   May 16, 2024", "Press Release   14.05.2024", "Related News   14.05.2024",
                                  "Élysée Palace  12 May 2024", "Telephone Conversation With Xi\t2024-05-14"])
def test_a_headline_or_a_label_apart_from_a_date_by_spaces_is_no_byline(line):
    page = ("NORTHERN NEWS\nHome | World | Politics\n\nLeaders of two nations hold talks in the capital\n\n" + line +
            "\n\nThe two presidents held talks in the capital on Tuesday and signed a number of agreements on trade.\n")
    drafts, _ = segment(page)
    assert all(finalise(d)["author"] != line.split("  ")[0].split("\t")[0] for d in drafts)


def test_a_section_and_its_part_over_the_headline_and_a_written_by_byline():
    page = ("NEWS ONE\nHome\nWorld\nSports\n\nWorld / South Asia\n\n'We are friends of both': Foreign Minister speaks to "
            "News One\n\nWritten By: Ana Rao | Edited By: Raj Menon\nColombo\nPublished: Jan 18, 2025, 21:40 IST\n\n"
            "The foreign minister spoke to News One in Colombo a day after the president returned from a state visit.\n")
    drafts, _ = segment(page)
    assert [d.title for d in drafts] == ["'We are friends of both': Foreign Minister speaks to News One"]
    fields = finalise(drafts[0])
    assert (fields["author"], fields["published"]) == ("Ana Rao", "2025-01-18")


@pytest.mark.parametrize("paragraph", ["By Xi Jinping - the paramount leader - China is run with an iron hand, analysts say.",
                                       "By NATO – and Washington – standards, the deployment was modest, officials said."])
def test_a_paragraph_that_begins_like_a_byline_with_a_dash_stays_text(paragraph):
    page = ("Leaders of two nations hold talks in the capital\n\nBy Jane Smith\nMarch 5, 2024\n\nThe two presidents held "
            f"talks in the capital on Tuesday.\n\n{paragraph}\n")
    drafts, ledger = segment(page)
    assert finalise(drafts[0])["author"] == "Jane Smith"
    assert [e.role for e in ledger if e.text == paragraph] == ["body"]


def test_a_hyphenated_name_in_a_byline_is_one_author():
    page = ("Leaders of two nations hold talks in the capital\n\nBy Park Hye-rim\n\n"
            "The two presidents held talks in the capital on Tuesday and signed a number of agreements on trade.\n\n"
            "By Park Hye-rim (hyerim@example.com)\n")  # (not 'Park Hye', cut at the hyphen as at a spaced dash)
    drafts, _ = segment(page)
    assert finalise(drafts[0])["author"] == "Park Hye-rim"


def test_a_section_label_between_the_headline_and_its_date_on_a_page_of_several_items():
    item = ("{title}\n\nPolitical\n08/03/2010 12:47 PM\n\nKUWAIT, March 8 (NNA) -- The {who} met today at the palace and "
            "discussed the preparations for the next session of the joint committee, trade and the border crossings. "
            "(end)\nNNA 081247 Mar 10NNNN\n\nPrint | Email | Share\n\n")
    page = ("NORTHERN NEWS AGENCY\nHome | Local | Gulf | World\nMonday, 08/03/2010\n\n"
            + item.format(title="The foreign minister receives his Iraqi counterpart", who="two ministers")
            + item.format(title="The crown prince receives the visiting delegation", who="crown prince and his guests"))
    drafts, ledger = segment(page)
    assert [d.title for d in drafts] == ["The foreign minister receives his Iraqi counterpart",
                                         "The crown prince receives the visiting delegation"]
    assert {e.text: e.role for e in ledger}["Political"] == "metadata"


def test_a_date_line_credited_to_an_agency_and_related_stories_after_the_text():
    page = ("Daily Online\nHome | China | World | Business\n\nPolitics\n\nLeaders hold talks in the capital\n\n"
            "(Xinhua) 08:25, May 15, 2025\n\nBEIJING, May 14 (Xinhua) -- The two presidents held talks in the capital on "
            "Wednesday and signed a number of agreements on trade and energy.\n\nRelated Stories\n"
            "President meets visiting premier\n")
    drafts, ledger = segment(page)
    assert [d.title for d in drafts] == ["Leaders hold talks in the capital"]
    assert finalise(drafts[0])["published"] == "2025-05-15"
    assert {e.text: e.reason for e in ledger}["President meets visiting premier"] == "sidebar"


def test_a_day_first_dateline_names_the_place():
    from multipolar.metadata import dateline_place

    drafts, _ = segment("Head of State holds talks with the President of Korea\n\nPublished: 5 June 2024\n\nSeoul, 4 June 2024 – "
                        "On the sidelines of the summit, the President held talks on Tuesday with the President of the "
                        "Republic of Korea at the presidential office and discussed fisheries and digital technology.\n")
    assert dateline_place(finalise(drafts[0])["dateline"]) == "Seoul"


def test_a_text_copy_whose_masthead_names_a_known_site_is_that_site():
    from multipolar.metadata import site_name

    page = ("People's Daily Online\nHome | China | World\n\nXi holds talks with a visiting president\n\n"
            "BEIJING, May 14 (Xinhua) -- Chinese President Xi Jinping held talks with the visiting president.\n")
    assert site_name(page) == "People's Daily Online"  # not the wire it credits
    label = "Kremlin\n\nWang Yi held talks with business leaders in Beijing\n\nThe minister met the business leaders.\n"
    assert site_name(label) == ""  # a one-word section label is no masthead


def test_an_acronym_in_brackets_after_a_name_is_no_dateline():
    drafts, _ = segment("The bloc in brief\n\nPublished: 5 June 2024\n\nThe Shanghai Cooperation Organisation (SCO) – a "
                        "security bloc founded in 2001 – held its summit in Astana, where the leaders of its members met "
                        "and adopted a declaration on security and trade.\n")
    assert finalise(drafts[0])["dateline"] == ""
    drafts, _ = segment("Visit announced\n\nPublished: 28 February 2018\n\nHanoi (VNA) – The President will pay a state "
                        "visit to India from March 2 to 4 at the invitation of the Indian President and his spouse.\n")
    assert finalise(drafts[0])["dateline"] == "Hanoi (VNA)"


def test_a_wire_text_copy_with_long_menus_a_section_and_a_time_without_year_takes_its_year_from_the_copyright():
    from multipolar.dateexpr import own_reference
    from multipolar.metadata import copyright_year

    page = ("NEWS AGENCY\nRussia | World | Business | Economy | Military & Defense | Science & Space | Emergencies | "
            "Sport | Society & Culture | Press Review | Opinions\n\nRussian Politics & Diplomacy\n\nAPR 11, 19:32\n\n"
            "Two foreign ministers agree to meet again in the autumn\n\nThe ministers discussed trade, energy and the "
            "situation in the region\n\nMOSCOW, April 11. /TASS/. The two foreign ministers held talks on Friday and "
            "agreed to meet again in the autumn, the ministry said.\n\n© 2025 NEWS AGENCY\n")
    drafts, ledger = segment(page)
    assert [d.title for d in drafts] == ["Two foreign ministers agree to meet again in the autumn"]
    fields = finalise(drafts[0])
    assert copyright_year(page) == 2025
    ref = own_reference(fields["published"], fields["posted"], fields["dateline"], "\n".join(l.text for l in drafts[0].body),
                        served=copyright_year(page))
    assert ref[0] == "2025-04-11"
    # a text that names the year before its page's copyright year still reads the copyright's; one
    # naming a year long before does not (an archived page served under this year's footer)
    assert own_reference("", "", "MOSCOW, April 11. /TASS/", "Talks held in 2024 were recalled.", served=2025)[0] == "2025-04-11"
    assert own_reference("", "", "MOSCOW, April 11. /TASS/", "Talks held in 2012 were recalled.", served=2025)[0] == "2012-04-11"
    # a year from before the web is history, not the year a served page was written in
    assert own_reference("", "", "MOSCOW, April 11. /TASS/", "The two signed a treaty in 1851.", served=2025)[0] == "2025-04-11"
    assert own_reference("", "", "MOSCOW, April 11. /TASS/", "Trade grew in 2026.", served=2025)[0] == "2026-04-11"


def test_a_list_of_the_sites_other_dated_items_after_the_text_is_no_part_of_it():
    from multipolar.load import Page
    from multipolar.pages import process_page

    text = ("Minister's Official Visit to the Republic of Chile, 11 to 13 May 2025\n\n"
            "The Minister for Foreign Affairs will make an Official Visit to the Republic of Chile from 11 to 13 May 2025. "
            "He will call on the President and hold talks with the Foreign Minister.\n\n"
            "MINISTRY OF FOREIGN AFFAIRS\n10 MAY 2025\n\n.    .    .    .    .\n\n"
            "Minister's Meeting with the Foreign Minister of Peru, 28 April 2025\n\n"
            "Prime Minister's Telephone Call with the President of Brazil, 24 April 2025\n\n"
            "Privacy Statement  Terms of Use  Contact Us\n")
    [article], rows = process_page(Page("mfa.txt", text))
    fate = {r["text"]: (r["role"], r["reason"]) for r in rows}
    assert fate["Minister's Meeting with the Foreign Minister of Peru, 28 April 2025"] == ("removed", "related heading")
    assert fate["Prime Minister's Telephone Call with the President of Brazil, 24 April 2025"] == ("removed", "related heading")
    assert fate[".    .    .    .    ."] == ("removed", "related heading")
    assert fate["Privacy Statement  Terms of Use  Contact Us"] == ("removed", "navigation")
    assert "Peru" not in article["text"] and "Chile from 11 to 13 May" in article["text"]
    # one dated line at the end is the item's sign-off, not a list
    [article], rows = process_page(Page("mfa.txt", text.split("\n\n.")[0] + "\n\nSingapore, 10 May 2025\n"))
    assert "Singapore, 10 May 2025" in article["text"] or {r["text"]: r["role"] for r in rows}["Singapore, 10 May 2025"] != "removed"


def test_a_standfirst_between_the_headline_and_its_date_is_not_the_title():
    page = ("NORTHERN WIRE Agency\nPolitics & Diplomacy | World | Business | Science\n\nPolitics & Diplomacy\n\n"
            "Spokesman says no date yet for the president's visit after a phone call\n\n"
            "The two leaders discussed energy markets and the situation in the region\n\n20 OCT 2023, 14:25\n\n"
            "CAPITAL, October 20. /NW/. The two presidents discussed energy in a telephone conversation, the spokesman said.\n")
    drafts, ledger = segment(page)
    assert [d.title for d in drafts] == ["Spokesman says no date yet for the president's visit after a phone call"]
    assert drafts[0].fields["published"] == "20 OCT 2023"


@pytest.mark.parametrize("crumbs", ["Home > News > Press releases", "Home / Press service / News", "Home » Media » News"])
def test_breadcrumbs_over_a_headline_are_menus(crumbs):
    page = (f"Office of the President\nHome | President | Press service\n\n{crumbs}\n\n"
            "Telephone conversation with the President of a neighbouring state\n14.03.2017   |   Views: 3 214\n\n"
            "The two presidents spoke by telephone and discussed trade and the border.\n")
    drafts, _ = segment(page)
    assert [d.title for d in drafts] == ["Telephone conversation with the President of a neighbouring state"]


def test_a_headline_with_no_date_under_site_menus_is_the_title_not_the_menu():
    page = ("Office of the President\nEvents   Structure   Videos and Photos   Documents   Contacts   Search\n\nEvents\n\n"
            "The President will make an official visit to a neighbouring state\n\n"
            "On December 15–16, the President will make an official visit at the invitation of the Prime Minister.\n")
    drafts, ledger = segment(page)
    assert [d.title for d in drafts] == ["The President will make an official visit to a neighbouring state"]
    fate = {e.text: e.role for e in ledger}
    assert fate["Events   Structure   Videos and Photos   Documents   Contacts   Search"] == "removed"
    # a page that opens with its title and a subtitle keeps the title
    drafts, _ = segment("The President will make an official visit\n\nA subtitle line about the coming visit\n\n"
                        "On December 15–16, the President will make an official visit at the invitation of the Prime Minister.\n")
    assert drafts[0].title == "The President will make an official visit"


@pytest.mark.parametrize("opening, place", [
    ("Manama, Feb. 12 (NNA): His Majesty received", "Manama"),
    ("(NNA) - TOKYO, FEB 5 - The prime minister met", "TOKYO"),
    ("BAKU, Azerbaijan, March 15. The president received", "BAKU"),
])
def test_wire_datelines_of_several_styles_and_a_heading_over_one_opens_an_item(opening, place):
    from multipolar.metadata import dateline_place

    item = "{title}\n\n" + opening + " the visiting minister at the palace and discussed trade and energy.\n\n"
    page = ("Northern News Agency\nHome | Local | World\n\nThe king receives the visiting minister\n\n"
            "Wed 12 February 2025 - 13:42\n\n" + item.format(title="") + item.format(title="The king sends a cable of congratulations"))
    drafts, _ = segment(page)
    assert [d.title for d in drafts] == ["The king receives the visiting minister", "The king sends a cable of congratulations"]
    assert all(dateline_place(finalise(d)["dateline"]) == place for d in drafts)


def test_a_wire_credit_on_a_line_of_its_own_is_the_dateline():
    from multipolar.metadata import dateline_place

    drafts, ledger = segment("Northern News Agency\nHome | Politics | Economy\n\nTwo prime ministers hold talks in the capital\n\n"
                             "2024/4/22  16:45\n\nCapital - NNA\n\nThe prime minister received today the visiting president.\n")
    assert dateline_place(finalise(drafts[0])["dateline"]) == "Capital"
    assert {e.text: e.role for e in ledger}["Capital - NNA"] == "metadata"


@pytest.mark.parametrize("line, holder, year", [
    ("Northern News Agency (NNA) - All rights reserved © 2024", "Northern News Agency", 2024),
    ("© 2024 Northern News Agency. All rights reserved.", "Northern News Agency", 2024),
    ("(c) NNA 2025. All rights reserved. Redistribution is prohibited without consent.", "NNA", 2025),
    ("© Copyright 1997-2025 NORTHNEWS.net | All Rights Reserved", "NORTHNEWS.net", 2025),
])
def test_a_copyright_line_with_the_holder_first_names_the_site(line, holder, year):
    from multipolar.metadata import copyright_holder, copyright_year

    page = f"Title of the item\n\nThe text of the item.\n\nRelated news\nAnother item\n\n{line}\n"
    assert (copyright_holder(page), copyright_year(page)) == (holder, year)


@pytest.mark.parametrize("name, country", [
    ("Iraqi News Agency", "IRQ"), ("Bahrain News Agency", "BHR"), ("Kuwait News Agency (KUNA)", "KWT"),
    ("Trend News Agency", ""), ("Northern Times", ""), ("State News Agency of Turkmenistan (TDH)", "TKM"),
    ("News Agency of the Philippines", "PHL"), ("News Agency of Northern Times", ""),
])
def test_a_national_news_agency_reports_from_the_country_it_is_named_for(name, country):
    from multipolar.metadata import home_country

    assert home_country(name) == country


def test_a_city_in_capitals_and_a_colon_is_a_dateline_but_a_speakers_label_is_not():
    from multipolar.metadata import dateline_place

    head = "Foreign minister calls on the prime minister\n\nPublished: 9 April 2015\n\n"
    drafts, _ = segment(head + "ISLAMABAD: The visiting foreign minister called on the prime minister yesterday.\n")
    assert dateline_place(finalise(drafts[0])["dateline"]) == "ISLAMABAD"
    drafts, _ = segment(head + "QUESTION: Will the two ministers meet again before the summit in the autumn?\n")
    assert finalise(drafts[0])["dateline"] == ""
    # a dash may close the city as a colon does; a word in capitals that is no place is still no dateline
    drafts, _ = segment(head + "NEW DELHI — The visiting foreign minister called on the prime minister yesterday.\n")
    assert dateline_place(finalise(drafts[0])["dateline"]) == "NEW DELHI"
    drafts, _ = segment(head + "UPDATE — The visiting foreign minister called on the prime minister yesterday.\n")
    assert finalise(drafts[0])["dateline"] == ""


def test_a_text_copy_with_a_reporter_byline_a_paper_and_its_date_after_a_slash_and_a_wire_credit_closed_by_a_stop():
    page = ("NORTHNEWS.NET\nHeadlines  Nation  World\n\nThe president ends a state visit with two pacts\n\n"
            "By: Jane Mae Doe - Reporter / @JaneDoeNN\nNorthern Daily Star / 09:40 PM August 08, 2025\n\n"
            "Montevideo, Aug 8 (NNA).- The president concluded a state visit on Friday and flew home.\n")
    drafts, ledger = segment(page)
    fields = finalise(drafts[0])
    assert (fields["title"], fields["author"], fields["published"]) == (
        "The president ends a state visit with two pacts", "Jane Mae Doe", "2025-08-08")
    assert fields["dateline"] == "Montevideo, Aug 8 (NNA)"
    fate = {e.text: e.role for e in ledger}
    assert fate["By: Jane Mae Doe - Reporter / @JaneDoeNN"] == fate["Northern Daily Star / 09:40 PM August 08, 2025"] == "metadata"


ITEM = ("Events\n\n{title}\n\n{lead}\n\n{date}\n\nThe two leaders discussed trade and energy and agreed to keep in touch.\n\n"
        "See also\n{related}\nJuly 1, 2016\n\nGeography\nFinland\n\nPublication status\nPublication date: {date}\n"
        "Direct link: http://site.example/d/{n}\n\n------------------------------------------------------------\n\n")


def test_items_of_a_text_copy_apart_by_long_rules_with_related_items_under_them():
    from multipolar.load import Page
    from multipolar.pages import process_page

    page = ("Office of the President\nEvents   Structure   Videos   Documents\n\n"
            + ITEM.format(title="The President will make an official visit to a neighbouring state", n=1,
                          lead="On December 15–16, the President will make an official visit at the Prime Minister's invitation.",
                          date="December 9, 2016", related="Talks with the Prime Minister")
            + ITEM.format(title="Telephone conversation with the President of a northern state", n=2,
                          lead="The President had a telephone conversation with the President of a northern state.",
                          date="December 13, 2016", related="Russian-Finnish talks"))
    arts, rows = process_page(Page("feed.txt", page))
    assert [(a["title"], a["published"], a["url"]) for a in arts] == [
        ("The President will make an official visit to a neighbouring state", "2016-12-09", "http://site.example/d/1"),
        ("Telephone conversation with the President of a northern state", "2016-12-13", "http://site.example/d/2")]
    fate = {r["text"]: r["role"] for r in rows}
    assert fate["Russian-Finnish talks"] == "removed"  # a related item's headline, no article of its own


def test_sections_of_a_newsletter_framed_by_rules_stay_one_article():
    rule = "-" * 50
    page = ("Weekly letter #112: two leaders talk again\nMarch 21, 2025\n\nGood morning, and welcome to this week's "
            "issue, with what you need to know.\n\n"
            f"{rule}\n1. TWO LEADERS TALK AGAIN\n{rule}\nThe two presidents spoke by phone on Tuesday and stressed "
            "their strategic coordination.\n\n"
            f"{rule}\n2. A MINISTER'S TRIP\n{rule}\nLast week, the foreign minister travelled to the capital for talks "
            "with his counterpart.\n")
    drafts, _ = segment(page)
    assert len(drafts) == 1 and sum("spoke by phone" in l.text or "travelled" in l.text for l in drafts[0].body) == 2


def test_a_long_headline_under_its_date_and_a_breadcrumb_is_the_title():
    from multipolar.segment import is_heading

    title = ("Foreign Minister's statement and answers to media questions at a joint news conference following talks "
             "with the Foreign Minister of a southern republic, Moscow, April 14, 2025")
    drafts, ledger = segment(f"The Ministry of Foreign Affairs\nHome / Press service / Statements and speeches\n\n"
                             f"14 April 2025 15:40\n\n{title}\n\nLadies and gentlemen,\n\nWe have held substantive talks "
                             "with my colleague, who is in Moscow on his first visit in this capacity.\n")
    assert [d.title for d in drafts] == [title]
    assert {e.text: e.role for e in ledger}["Home / Press service / Statements and speeches"] == "removed"
    # a long wire paragraph signed off after its stop is no heading
    assert not is_heading("His Highness the Amir had received the President in the capital last November, during a brief "
                          "visit by the guest that focused on Arab and regional affairs. (end) ak.ms")


def test_a_headline_with_one_slash_is_no_breadcrumb():
    drafts, _ = segment("Northern News Agency\nHome | Politics | World\n\nRussia / China: leaders hold talks in Beijing\n\n"
                        "15 May 2024 12:54\n\nThe two presidents held talks in Beijing on Wednesday and signed agreements.\n")
    assert [d.title for d in drafts] == ["Russia / China: leaders hold talks in Beijing"]


def test_a_footer_under_a_long_rule_is_no_item_and_a_bloc_after_a_dash_no_credit():
    rule = "-" * 40
    drafts, ledger = segment("The President receives the Prime Minister\n\n15 May 2024\n\nThe President received the visiting "
                             f"Prime Minister at the palace and discussed trade.\n\n{rule}\n\nAbout the Office of the President\n\n"
                             "The Office of the President supports the head of state in the exercise of the duties of office.\n")
    assert len(drafts) == 1
    drafts, ledger = segment("Ministers meet in the capital\n\n15 May 2024\n\nThe ministers met in the capital and discussed "
                             "security and trade.\n\nSerbia - NATO\n\nThe ministers also discussed the relations with the alliance.\n")
    assert {e.text: e.role for e in ledger}["Serbia - NATO"] != "metadata"


def test_a_short_headline_under_menus_a_place_under_the_date_and_a_see_also_list_make_no_feed():
    from multipolar.load import Page
    from multipolar.pages import process_page

    page = ("President of Russia\nEvents / Structure / Videos and Photos / Documents / Contacts\n\nRussian-Mexican talks\n\n"
            "The two presidents held talks at the National Palace, first in a restricted format and then with delegations.\n\n"
            "June 4, 2004\n13:20\nMexico City\n\nThe President of Russia arrived in Mexico on Thursday evening on an official "
            "visit.\n\nLater today the President will meet with the leaders of both chambers of the Mexican Congress.\n\n"
            "See also\nBeginning of meeting with President of Mexico Vicente Fox\nJune 4, 2004\n"
            "Speech at a meeting with representatives of Mexican business circles\nJune 4, 2004\n")
    [article], _ = process_page(Page("k.txt", page))
    assert (article["title"], article["place"]) == ("Russian-Mexican talks", "Mexico City")
    assert "Later today" in article["text"] and "Beginning of meeting" not in article["text"]


def test_items_that_print_a_one_sentence_lead_between_the_headline_and_the_date():
    """An official site's copied feed: each item is its headline, a one-sentence lead, then its date, time and
    place. Menus above the first item stay navigation; a 'See also' headline with a date and no text of its own
    opens no article, and the second item keeps its own title."""

    page = ("Office of the President\nNews\nSpeeches\nContacts\n\n"
            "Meeting with Prime Minister of Norway\nThe President met with the Prime Minister of Norway, who is on a working visit.\n"
            "May 3, 2019\n18:30\nOslo\n\nThe talks focused on energy, fisheries and Arctic research, and the two leaders agreed "
            "to meet again.\n\nSee also\nTelephone conversation with Prime Minister of Norway\nJanuary 9, 2019\n\n"
            "Message of condolences to President of Peru\nThe President sent a message of condolences after the floods.\n"
            "May 2, 2019\n12:00\n\nThe message expresses sympathy to the families of those who died in the floods in the north.\n")
    drafts, ledger = segment(page)
    assert [d.title for d in drafts] == ["Meeting with Prime Minister of Norway", "Message of condolences to President of Peru"]
    assert [finalise(d)["published"] for d in drafts] == ["2019-05-03", "2019-05-02"]
    roles = {e.text: e.role for e in ledger}
    assert roles["News"] == "removed" and roles["Telephone conversation with Prime Minister of Norway"] == "removed"


def test_a_date_above_the_chrome_over_the_first_headline_and_dates_in_other_calendars():
    page = ("Northern News Agency\nPolitics | World | Sport\n\nOct 11, 2024, 6:42 PM\n۲۰ مهر ۱۴۰۳، ۱۸:۴۲\nNews ID: 3226514\n\n"
            "Politics\n\nPresidents meet in Ashgabat\n\nThe two presidents met on Friday on the sidelines of a forum in the "
            "Turkmen capital and discussed trade.\n")
    drafts, ledger = segment(page)
    assert [d.title for d in drafts] == ["Presidents meet in Ashgabat"]
    assert finalise(drafts[0])["published"] == "2024-10-11"
    drafts, _ = segment("Central News Agency\nJuche 113(2024).4.13. Saturday\n\nLeader meets visiting delegation head\n\n"
                        "Pyongyang, April 13 -- The leader met the head of a visiting delegation at the guest house on April 12.\n")
    assert finalise(drafts[0])["published"] == "2024-04-13"


def test_an_announcement_label_with_the_events_dates_is_the_items_header_not_its_date():
    page = ("President of Russia\nNews\n\nThe President will make an official visit to Norway\nAnnouncement, November 1 − 2, 2005\n\n"
            "On November 1–2, the President will make an official visit to the Kingdom of Norway at the invitation of the King.\n\n"
            "Publication date: October 14, 2005, 13:00\nDirect link: en.kremlin.ru/d/34597\n")
    drafts, _ = segment(page)
    assert [d.title for d in drafts] == ["The President will make an official visit to Norway"]
    fields = finalise(drafts[0])
    assert (fields["published"], fields["url"]) == ("2005-10-14", "http://en.kremlin.ru/d/34597")


def test_a_slashed_date_read_both_ways_takes_the_month_the_text_names():
    def published(date_line, text):
        drafts, _ = segment(f"Example Agency\n\nLeaders hold talks in Beijing\n\n{date_line}\n\n{text}\n")
        return finalise(drafts[0])["published"]

    assert published("02/05/2025 18:20", "The president, who is on a state visit to China on February 4-7, held talks with "
                     "the Chinese president in Beijing today.") == "2025-02-05"
    assert published("02/05/2025 18:20", "The president held talks with the Chinese president in Beijing today and "
                     "signed agreements on trade.") == "2025-05-02"  # nothing to tell: day first, as most of the world writes
    assert published("03/05/2025 18:20", "Protesters march in Bishkek as the two presidents hold talks.") == "2025-05-03"


@pytest.mark.parametrize("page, title", [
    # a menu copied as one line of section names, single-spaced
    ("Island Daily\nHome News Business Sports Opinion Island Life Classifieds E-Edition\n\n"
     "Solomon Islands PM in Port Vila for first official visit\n\nBy Leiwia Moli\nAug 21, 2024\n\n"
     "The Prime Minister of Solomon Islands arrived in Port Vila yesterday for a three-day official visit.\n",
     "Solomon Islands PM in Port Vila for first official visit"),
    # the masthead over the day's date, the site's menu, then the headline with its byline and date
    ("Island Observer\nMonday, November 06, 2023\n\nLATEST NEWS | NEWS | BUSINESS | SPORTS | ENTERTAINMENT | EDITORIALS\n\n"
     "PM to make official visits to Japan and South Korea\n\nBy Danielle Grant\nSenior staff reporter\n\n"
     "Monday, November 06, 2023\n\nThe Prime Minister will depart the island on Wednesday for a four-day official visit "
     "to Japan.\n", "PM to make official visits to Japan and South Korea"),
    # a headline in Title Case of names is no menu
    ("Putin Meets Saudi Crown Prince Mohammed\n\nMarch 5, 2024\n\nPresident Vladimir Putin met the Saudi crown prince "
     "in Riyadh on Tuesday.\n", "Putin Meets Saudi Crown Prince Mohammed"),
])
def test_a_masthead_and_a_menu_of_section_names_are_no_headline(page, title):
    drafts, _ = segment(page)
    assert [d.title for d in drafts] == [title]


@pytest.mark.parametrize("text, dateline", [("PORT MORESBY - James Marape welcomed Narendra Modi.", "PORT MORESBY"),
                                            ("NATO - The alliance met.", None), ("ISLAMABAD: The talks began.", "ISLAMABAD"),
                                            ("SUVA, Fiji – The Prime Minister met.", "SUVA, Fiji"),
                                            ("DUHOK, Kurdistan Region - The talks began.", "DUHOK, Kurdistan Region"),
                                            ("CHINA, Russia - The talks began.", None),
                                            ("LONDON, Reuters - The talks began.", None),
                                            ("WASHINGTON, Trump Says – Talks Began", None)])
def test_a_city_in_capitals_closed_by_a_spaced_hyphen_is_a_dateline(text, dateline):
    from multipolar.metadata import line_dateline
    assert (line_dateline(text) or (None,))[0] == dateline


@pytest.mark.parametrize("text", ["UAE - India trade hit a record", "MOSCOW - BEIJING axis: analysis",
                                  "CHINA - Russia relations are at a high, Xi said."])
def test_a_country_or_a_pair_before_a_spaced_hyphen_is_no_dateline(text):
    from multipolar.metadata import line_dateline
    assert line_dateline(text) is None


@pytest.mark.parametrize("headline", ["World Health Assembly Opens", "International Women's Day Events"])
def test_a_title_case_headline_of_section_words_is_no_menu(headline):
    from multipolar.segment import section_run
    assert not section_run(headline)


@pytest.mark.parametrize("edition, published", [
    ('Newspaper "Northern Courier" No. 41 of 03.04.2019, p. 3', "03.04.2019"),
    ("Print edition of 3 April 2019, page 6", "3 April 2019"),
    ("Issue No. 12 dated April 3, 2019", "April 3, 2019"),
])
def test_a_print_editions_number_and_date_under_a_short_headline_and_its_standfirst(edition, published):
    page = ("NORTHERN COURIER\nNews   Politics   World\n\nPolitics\n\nKaimov heads east\n"
            "The foreign minister will make his first trip to Asia next week\n\n"
            f"{edition}\n\nForeign Minister Kaimov will travel to Japan on April 10, sources said.\n")
    drafts, _ = segment(page)
    assert drafts[0].title == "Kaimov heads east" and drafts[0].fields["published"] == published


def test_a_dateline_whose_agency_in_brackets_runs_straight_into_the_text():
    from multipolar.metadata import line_dateline
    assert line_dateline("Havana, Oct 3 (Prensa Latina) Cuban President Miguel Diaz-Canel arrived in Hanoi.")[0] == \
        "Havana, Oct 3 (Prensa Latina)"
    # not a bracket inside a sentence
    assert not line_dateline("The Kremlin (Moscow) Said nothing.")


def test_a_documents_number_and_date_is_no_print_edition_and_a_tag_of_three_words_no_headline():
    page = ("NORTHERN COURIER\nNews   Politics   World\n\nLeaders of two nations agree to revive the grain deal\n\n"
            "UN Security Council Resolution No. 2334 of 23 December 2016\n\n"
            "The two presidents spoke by phone on Monday and agreed to revive the grain deal.\n")
    drafts, _ = segment(page)
    assert drafts[0].fields.get("published") != "23 December 2016"
    page = ("NORTHERN WIRE\nHome  World  Politics\n\nG20 Summit 2023\n"
            "Blinken arrives in Tel Aviv for talks with Netanyahu on hostages\n\n20 OCT 2023, 14:25\n\n"
            "TEL AVIV, October 20. Blinken arrived for talks with Netanyahu, the embassy said.\n")
    drafts, _ = segment(page)
    assert drafts[0].title == "Blinken arrives in Tel Aviv for talks with Netanyahu on hostages"
