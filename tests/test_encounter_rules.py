"""Each encounter rule on hand-made sentences: the title as evidence, the news-date convention, the
reporting site's side, place lines and hosts, announcements, several encounters in a sentence,
dates that belong elsewhere, and meetings that are not international."""
from datetime import date

import pytest

from multipolar.encounters import article_events, events_frame
from multipolar.entities import find_mentions

KREMLIN = "RUS"  # the country of the Russian president's site, as layout.toml gives it
NEWS = {"ref_method": "published date"}


def events(text, ref="2020-02-14", **kw):
    return article_events("t-01", text, ref, **kw)


def table(text, ref="2020-02-14", **kw):
    return events_frame(events(text, ref, **kw))


def table_of(rows):
    return events_frame(rows)


def pairs(rows):
    return sorted((e["type"], e["country_a"], e["country_b"]) for e in rows)


# -- the title is evidence, and the site's own country the missing side ------------------------------

def test_title_alone_states_a_phone_call_dated_by_the_item():
    [e] = events("The two presidents discussed the situation in Libya.", title=(
        "Telephone conversation with President of Egypt Abdel Fattah el-Sisi"), site_country=KREMLIN, **NEWS)
    assert (e["type"], e["country_a"], e["country_b"], e["host"]) == ("phone_call", "EGY", "RUS", "")
    assert (e["start"], e["date_method"]) == ("2020-02-14", "publication date")


def test_meeting_with_a_foreign_minister_on_an_official_site_takes_the_site_as_the_other_side():
    [e] = events("They discussed bilateral relations.", title="Meeting with Chinese Foreign Minister Wang Yi",
                 site_country=KREMLIN, place="Novo-Ogaryovo, Moscow Region", **NEWS)
    assert (e["type"], e["country_a"], e["country_b"], e["host"], e["start"]) == \
        ("meeting", "CHN", "RUS", "RUS", "2020-02-14")


def test_the_same_title_on_a_news_site_names_one_side_only_and_gives_nothing():
    assert events("They discussed bilateral relations.", title="Meeting with Chinese Foreign Minister Wang Yi",
                  **NEWS) == []


def test_adjectival_pair_in_a_title():
    [e] = events("", title="Russian-Indian talks", site_country=KREMLIN, place="The Kremlin, Moscow", **NEWS)
    assert (e["type"], e["country_a"], e["country_b"], e["host"]) == ("talks", "IND", "RUS", "RUS")


def test_announced_visit_in_the_title():
    [e] = events("", title="Vladimir Putin will visit Germany", site_country=KREMLIN, **NEWS)
    assert (e["type"], e["country_a"], e["country_b"], e["host"], e["status"]) == \
        ("visit", "DEU", "RUS", "DEU", "planned")


# -- the news-date convention ---------------------------------------------------------------------------

def test_lead_sentence_without_a_date_is_dated_by_the_item_and_yesterday_the_day_before():
    rows = table("Vladimir Putin had a telephone conversation with Prime Minister of India Narendra Modi.\n\n"
                 "Yesterday, Chinese President Xi Jinping met Brazilian President Luiz Inácio Lula da Silva.", **NEWS)
    got = {(e["country_a"], e["country_b"]): (e["start"], e["date_method"]) for _, e in rows.iterrows()}
    assert got[("IND", "RUS")] == ("2020-02-14", "publication date")
    assert got[("BRA", "CHN")][0] == "2020-02-13"


def test_no_news_date_for_an_essay_or_for_an_encounter_told_in_passing():
    essay = events("Vladimir Putin had a telephone conversation with Prime Minister of India Narendra Modi.",
                   ref_method="latest explicit date in the text")
    assert [e["start"] for e in essay] == [""]
    passing = events("Mr Putin told the Chinese President about his meeting with US President George W. Bush.",
                     site_country=KREMLIN, **NEWS)
    assert all(e["start"] == "" for e in passing if "USA" in (e["country_a"], e["country_b"]))


def test_a_summary_of_several_meetings_is_not_dated_by_the_item():
    [e] = events("Xi Jinping and Vladimir Putin have met more than 40 times.", **NEWS)
    assert e["start"] == ""


# -- announcements ---------------------------------------------------------------------------------------

def test_announced_visit_with_a_range_resolved_against_the_item():
    [e] = events("On April 14–15, President of Uzbekistan Islam Karimov will make an official visit to Russia.",
                 ref="2013-04-09", site_country=KREMLIN, **NEWS)
    assert (e["type"], e["country_a"], e["country_b"], e["host"], e["status"], e["start"], e["end"]) == \
        ("visit", "RUS", "UZB", "RUS", "planned", "2013-04-14", "2013-04-15")


def test_announced_meeting_on_a_day_and_a_month_in_the_next_year():
    [e] = events("Vladimir Putin will meet with President of Israel Reuven Rivlin on March 16.", ref="2016-03-10", **NEWS)
    assert (e["type"], e["status"], e["start"]) == ("meeting", "planned", "2016-03-16")
    [e] = events("The President will make an official visit to China in March.", ref="2005-11-18",
                 site_country=KREMLIN, **NEWS)
    assert (e["status"], e["start"], e["host"]) == ("planned", "2006-03", "CHN")


def test_planned_weekday_is_the_next_one():
    [e] = events("Lavrov is also expected to hold talks with his Lao counterpart Saleumxay Kommasith on Friday.",
                 ref="2024-07-25", site_country=KREMLIN, **NEWS)
    assert (e["status"], e["start"], e["country_a"], e["country_b"]) == ("planned", "2024-07-26", "LAO", "RUS")


def test_date_in_the_next_sentence_about_the_same_visit():
    [e] = events("President Xi Jinping will pay a state visit to Russia. The visit will take place on May 7-9, 2025.",
                 ref="2025-04-20", **NEWS)
    assert (e["start"], e["end"], e["status"]) == ("2025-05-07", "2025-05-09", "planned")


# -- several encounters, and dates that belong to something else --------------------------------------

def test_several_encounters_in_one_sentence():
    rows = events("On March 6-9, Turkish Foreign Minister Mevlüt Çavuşoğlu visited Uzbekistan, Turkmenistan, "
                  "and Kyrgyzstan, and met Kazakh President Kassym-Jomart Tokayev in Astana on March 10.", ref="2021")
    assert pairs(rows) == [("meeting", "KAZ", "TUR"), ("visit", "KGZ", "TUR"), ("visit", "TKM", "TUR"),
                           ("visit", "TUR", "UZB")]
    meeting = next(e for e in rows if e["type"] == "meeting")
    assert (meeting["host"], meeting["start"]) == ("KAZ", "2021-03-10")


def test_a_date_after_since_belongs_to_another_event():
    rows = table("British Prime Minister Keir Starmer arrived in Beijing on Wednesday. It was his first trip to "
                 "China since he returned to office in January.", ref="2025-08-02", **NEWS)
    assert list(zip(rows["type"], rows["start"])) == [("visit", "2025-07-30")]


def test_the_following_day_beats_a_year_used_as_a_name():
    rows = events("On November 18, President Xi Jinping met Mexican President Claudia Sheinbaum. The following day, "
                  "Xi met with Bolivian President Luis Arce and praised Bolivia's 2025 development plan.", ref="2024")
    bolivia = next(e for e in rows if "BOL" in (e["country_a"], e["country_b"]))
    assert bolivia["start"] == "2024-11-19"


# -- who is a party -----------------------------------------------------------------------------------

@pytest.mark.parametrize("title, text", [
    ("Meeting with Head of the Federal Taxation Service", "Vladimir Putin discussed tax collection in 2019."),
    ("Meeting with newly elected governors", "The President met governors who discussed trade with China."),
    ("The President met Sergey Razov, the new Russian Ambassador to China",
     "Vladimir Putin advised Sergey Razov to develop economic ties between the two countries."),
    ("Meeting with Government members", "The situation in Ukraine was discussed during the meeting."),
])
def test_domestic_meetings_are_not_encounters(title, text):
    assert events(text, title=title, site_country=KREMLIN, **NEWS) == []


def test_tourists_and_companies_are_not_parties_to_a_visit():
    assert events("In 2012, 1.3 million Russian tourists visited China.", site_country=KREMLIN, **NEWS) == []


def test_the_object_of_a_welcome_is_the_visitor():
    [e] = events("She forged a friendship with Premier Zhou Enlai, welcoming Zhou Enlai to Sri Lanka in 1964.",
                 ref="2024")
    assert (e["type"], e["country_a"], e["country_b"], e["host"], e["start"]) == ("visit", "CHN", "LKA", "LKA", "1964")


def test_a_city_that_begins_a_name_is_no_destination():
    assert events("President Xi Jinping sent a message to Vladimir Putin.", **NEWS) == []
    [e] = events("Vladimir Putin will pay a working visit to the Republic of Turkey.", ref="2020-01-06", **NEWS)
    assert (e["country_a"], e["country_b"], e["host"]) == ("RUS", "TUR", "TUR")


# -- where ------------------------------------------------------------------------------------------

def test_host_from_the_sentence_the_summit_or_the_place_line():
    [e] = events("Russian Foreign Minister Sergey Lavrov and Chinese Foreign Minister Wang Yi met on the sidelines "
                 "of the ASEAN-related ministerial meetings in the Laotian capital on Thursday.", ref="2024-07-25", **NEWS)
    assert (e["host"], e["start"]) == ("LAO", "2024-07-25")
    [e] = events("Dmitry Medvedev met with President of China Hu Jintao.", ref="2010-05-09",
                 place="The Kremlin, Moscow", **NEWS)
    assert e["host"] == "RUS"
    [e] = events("Chinese President Xi Jinping met with Prime Minister of India Narendra Modi.", ref="2019-06-13",
                 dateline="BISHKEK, June 13 (Xinhua)", ref_method="dateline month-day; year from published year")
    assert (e["host"], e["start"]) == ("KGZ", "2019-06-13")


def test_visit_under_way_on_the_item_date_to_the_place_line_country():
    rows = table("Vladimir Putin attended talks with Chinese President Jiang Zemin.\n\n"
                 "At the news conference on the outcome of his visit, Mr Putin thanked his hosts.",
                 ref="2002-12-02", site_country=KREMLIN, place="Beijing", **NEWS)
    got = {e["type"]: (e["host"], e["start"]) for _, e in rows.iterrows()}
    assert got == {"talks": ("CHN", "2002-12-02"), "visit": ("CHN", "2002-12-02")}


def test_title_summing_up_two_days_is_dated_by_the_text():
    rows = table("On November 18, President Xi Jinping met with Mexican President Claudia Sheinbaum. The following "
                 "day, Xi met with Bolivian President Luis Arce.", ref="2024-11-18",
                 title="Xi Jinping meets with Mexican President Sheinbaum and Bolivian President Arce", **NEWS)
    got = dict(zip(rows["country_a"] + "-" + rows["country_b"], rows["start"]))
    assert got == {"CHN-MEX": "2024-11-18", "BOL-CHN": "2024-11-19"}


def test_a_later_trigger_that_names_no_pair_leaves_the_date_to_the_earlier_one():
    [e] = events("Our last in-person meeting was in Brasilia in November 2019, at the BRICS summit.",
                 ref="2021-12-06", site_country=KREMLIN, title="Russian-Indian talks", **NEWS)[1:]
    assert (e["type"], e["country_a"], e["country_b"], e["start"], e["host"]) == ("meeting", "IND", "RUS", "2019-11", "BRA")


def test_dates_do_not_cross_a_clause_and_a_meeting_and_talks_with_other_people_stay_two():
    rows = table("Yesterday I had an in-depth meeting with Secretary of the Security Council Nikolai Patrushev, "
                 "and today I held talks with Foreign Minister Sergey Lavrov.", ref="2023-02-22", site_country=KREMLIN,
                 title="Meeting with Chinese Foreign Minister Wang Yi", **NEWS)
    assert sorted(zip(rows["type"], rows["start"])) == [("meeting", "2023-02-21"), ("meeting", "2023-02-22"),
                                                       ("talks", "2023-02-22")]


def test_an_announcement_in_the_title_is_planned():
    [e] = events("", title="Foreign Ministry Spokesperson Announces Russian President Vladimir Putin's State Visit to China",
                 ref="2024-05-14", site_country="CHN", **NEWS)
    assert (e["status"], e["host"]) == ("planned", "CHN")


def test_a_year_span_is_a_period_not_the_date_of_the_talks():
    [e] = events("Following the talks, the ministers signed a plan of consultations for 2023-2024.", ref="2022-11-08",
                 title="Talks with Indian Minister of External Affairs Subrahmanyam Jaishankar", site_country=KREMLIN)[1:]
    assert e["start"] == ""


def test_headline_infinitive_is_an_announcement_unless_it_is_about_a_first():
    [e] = events("", title="Prime Minister of India Narendra Modi to visit Russia", site_country=KREMLIN, ref="2024-07-04", **NEWS)
    assert (e["status"], e["host"]) == ("planned", "RUS")
    [e] = events("", title="Modi becomes the first Indian leader to visit Ukraine", ref="2024-08-23", **NEWS)
    assert e["status"] == "held"


def test_a_tour_lists_each_stop_with_its_dates_and_a_plan_in_a_relative_clause():
    rows = events("Xi Jinping arrived in Hanoi for a state visit to Vietnam from April 14 to 15, the first leg of a "
                  "Southeast Asia tour that will also take him to Malaysia from April 15 to 17 and Cambodia from "
                  "April 17 to 18.", ref="2025-04-14", **NEWS)
    tour = {e["country_a"] + "-" + e["country_b"]: (e["start"], e["end"], e["status"]) for e in rows if e["status"] == "planned"}
    assert tour == {"CHN-MYS": ("2025-04-15", "2025-04-17", "planned"), "CHN-KHM": ("2025-04-17", "2025-04-18", "planned")}


def test_after_the_talks_refers_to_the_last_talks():
    rows = table("Chinese President Xi Jinping held talks with Vietnamese leader To Lam in Hanoi on Monday, the first "
                 "leg of a tour that will also take him to Malaysia from April 15 to 17. After the talks, the two "
                 "leaders witnessed the exchange of documents.", ref="2025-04-14", **NEWS)
    assert set(zip(rows["type"], rows["country_b"])) == {("talks", "VNM"), ("visit", "MYS")}


def test_months_relative_to_the_item():
    [e] = events("Wang Yi recalled Turkish Foreign Minister Hakan Fidan's visit to China last June.", ref="2025-01-09", **NEWS)
    assert (e["start"], e["host"]) == ("2024-06", "CHN")
    [e] = events("Xi recalled that Iranian President Ebrahim Raisi paid a state visit to China in February last year.",
                 ref="2024-05-20", **NEWS)
    assert e["start"] == "2023-02"


def test_a_meeting_with_scholars_studying_russia_is_domestic():
    assert events("On June 18, 2025, Foreign Minister Wang Yi met in Beijing with representatives of Chinese think "
                  "tanks engaged in research on Russia and Central Asia.", ref="2025-06-18", site_country="CHN",
                  title="Wang Yi Meets with Representatives of Chinese Think Tanks Studying Russia", **NEWS) == []


def test_a_week_day_range_spans_the_visit_and_a_date_opening_the_sentence_covers_its_list():
    rows = table("Ethiopian Foreign Minister Gedion Timothewos is on an official visit to China from Sunday to "
                 "Wednesday.\n\nOn Monday, Vice-President Han Zheng met Gedion, Foreign Minister Wang Yi held talks "
                 "with him, and Wang later spoke by phone with Saudi Foreign Minister Prince Faisal bin Farhan.",
                 ref="2025-03-11", **NEWS)
    got = {(e["type"], e["country_a"], e["country_b"]): (e["start"], e["end"]) for _, e in rows.iterrows()}
    assert got[("visit", "CHN", "ETH")] == ("2025-03-09", "2025-03-12")
    assert got[("talks", "CHN", "ETH")][0] == got[("phone_call", "CHN", "SAU")][0] == "2025-03-10"


def test_a_schedule_of_stops_gives_each_its_days():
    rows = events("Chinese Foreign Minister Wang Yi will be in Egypt on January 13 and 14, in Tunisia on January 15 "
                  "and 16 and in Togo on January 17.", ref="2024-01-11", **NEWS)
    assert [(e["country_b"], e["start"], e["end"], e["status"]) for e in rows] == [
        ("EGY", "2024-01-13", "2024-01-14", "planned"), ("TUN", "2024-01-15", "2024-01-16", "planned"),
        ("TGO", "2024-01-17", "", "planned")]


def test_an_aide_named_after_the_destination_is_no_stop_of_the_tour():
    [e] = events("Russian President Vladimir Putin will pay a state visit to Kazakhstan on November 27-28, Kremlin aide "
                 "Yury Ushakov told reporters.", ref="2024-11-25", **NEWS)
    assert (e["country_a"], e["country_b"], e["start"], e["end"]) == ("KAZ", "RUS", "2024-11-27", "2024-11-28")


def test_came_to_a_capital_is_a_visit_but_came_to_power_is_not():
    rows = events("Emomali Rahmon came to Moscow to take part in the Victory Day celebrations.",
                  title="Meeting with President of Tajikistan Emomali Rahmon", site_country=KREMLIN, **NEWS)
    assert pairs(rows) == [("meeting", "RUS", "TJK"), ("visit", "RUS", "TJK")]
    assert {e["type"]: e["host"] for e in rows}["visit"] == "RUS"
    assert events("Emomali Rahmon came to power in Tajikistan in 1992.", **NEWS) == []


def test_talks_in_the_programme_of_a_visit_are_announced():
    rows = events("Vladimir Putin arrived in Vienna on an official visit. The programme of the visit includes talks "
                  "with Federal President of Austria Alexander Van der Bellen.", site_country=KREMLIN, **NEWS)
    status = {e["type"]: e["status"] for e in rows}
    assert status == {"visit": "held", "talks": "planned"}


@pytest.mark.parametrize("sentence, kind", [
    ("Today, US President Joe Biden spoke with Prime Minister Narendra Modi of India by telephone.", "phone_call"),
    ("Readout of US President Joe Biden's call with President Emmanuel Macron of France", "phone_call"),
    ("Secretary of State Marco Rubio met today with Brazilian Foreign Minister Mauro Vieira in Washington.", "meeting"),
    ("Pakistan's Foreign Minister called on President Joko Widodo of Indonesia at the palace.", "meeting"),
    ("South Korean President Lee Jae Myung held a summit with Japanese Prime Minister Ishiba Shigeru in Tokyo.", "meeting"),
    ("Chilean President Gabriel Boric hosted his Argentine counterpart Javier Milei at La Moneda.", "meeting"),
    ("Prime Minister Christopher Luxon spoke today with the Prime Minister of Japan, Shigeru Ishiba.", "phone_call"),
    ("President Lula spoke on Tuesday with Chinese President Xi Jinping about the floods.", "phone_call"),
    ("On Saturday, Foreign Minister Penny Wong spoke to Japanese Foreign Minister Takeshi Iwaya.", "phone_call"),
    ("Vladimir Putin and Xi Jinping held talks via videoconference.", "phone_call"),
    ("Indonesian President Prabowo Subianto was welcomed by Chinese President Xi Jinping in Beijing.", "meeting"),
    ("Kazakh President Kassym-Jomart Tokayev hosted Chinese leader Xi Jinping in Astana.", "meeting"),
    ("Vladimir Putin will host Indian Prime Minister Narendra Modi for an informal summit in July.", "meeting"),
    ("Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol agreed to hold a summit in Seoul.", "meeting"),
    ("Indian Prime Minister Narendra Modi and Russian President Vladimir Putin had their annual summit in Moscow.", "meeting"),
    ("In a phone call on Monday, Erdogan told Putin that Turkey was ready to mediate.", "phone_call"),
    ("Sergey Lavrov is due in Beijing on Monday, the Russian Foreign Ministry said.", "visit"),
    ("Putin will visit North Korea on June 18-19, the Kremlin said on Monday.", "visit"),  # the Kremlin tells it
    ("Erdogan is set to host Putin in Ankara after the elections.", "meeting"),
    ("Xi Jinping and his wife Peng Liyuan hosted a welcome banquet for President Vladimir Putin.", "meeting"),
    ("Cambodian Prime Minister Hun Manet had an audience with Thai King Maha Vajiralongkorn.", "meeting"),
    ("Nepal's Foreign Minister Arzu Rana Deuba will call on Professor Muhammad Yunus, Chief Adviser of Bangladesh.", "meeting"),
    ("Queen Margrethe II of Denmark will receive Russian President Dmitry Medvedev at Amalienborg Palace.", "meeting"),
    ("The King commended the official talks held yesterday between Crown Prince Salman bin Hamad Al Khalifa and "
     "Maltese Prime Minister Robert Abela.", "talks"),
])
def test_readout_phrasings_of_calls_and_meetings(sentence, kind):
    assert kind in {e["type"] for e in events(sentence, **NEWS)}


@pytest.mark.parametrize("sentence", [
    "The President spoke with reporters after the ceremony.",
    "The opposition called on the government to resign.",
    "He met expectations in his first year.",
    "Prime Minister Christopher Luxon spoke with reporters about Japanese Prime Minister Shigeru Ishiba.",
    "President Recep Tayyip Erdoğan spoke to the nation on Sunday.",
    "Vladimir Putin spoke to Russian journalists after the summit.",
    "Kazakhstan hosted the SCO summit, attended by Chinese President Xi Jinping.",
    "South Korea held the summit of the G20 in Seoul, with Chinese President Hu Jintao among the guests.",
    "In a meeting with reporters, Putin said China was a friend.",
    "Egypt hosted COP27 in Sharm el-Sheikh.",
    "Foreign Minister Winston Peters will meet Pacific community leaders in Auckland on Friday.",
    # a newcomer's review of the session's rules found each of these read as an encounter:
    "Senator Johnson met Ukrainian President Volodymyr Zelensky in Kyiv on Friday.",
    "Macron spoke with Xi at length in Beijing on Sunday.",
    "Olaf Scholz spoke to Ukrainian refugees in Berlin on Sunday.",
    "Putin and Xi could meet in Kazan, the Kremlin said.",
    "Leaders of Russia and China usually meet in Moscow or Beijing.",
    "Putin was expected in Turkey last month, but the Kremlin never confirmed the trip.",
    "Lavrov's remarks were welcomed by China on Monday.",
    "Zelensky was greeted by cheering Polish crowds in Warsaw on Friday.",
    "India hosted Australia in the first Test in Mumbai on Sunday.",
    "In a televised meeting with his security council on Monday, Putin accused Zelensky of sabotaging talks.",
    "The United States and China continue to talk about trade, a State Department spokesman said.",
    "The EU called on Mr Orban to lift Hungary's veto.",
])
def test_phrasings_that_are_no_encounter(sentence):
    assert events(sentence, **NEWS) == []


@pytest.mark.parametrize("url, country", [
    ("https://mofa.gov.pk/press-releases/x", "PAK"), ("https://www.president.go.kr/eng/briefings/x", "KOR"),
    ("https://www.whitehouse.gov/briefing-room/x", "USA"), ("https://www.gov.uk/government/news/x", "GBR"),
    ("https://www.gob.mx/presidencia/prensa/x", "MEX"), ("https://www.reuters.com/world/x", ""),
    ("https://www.bbc.co.uk/news/x", ""), ("", ""), ("not a url", ""),
    ("https://www.governo.it/en/articolo/x", "ITA"), ("https://www.prezydent.pl/en/news/x", "POL"),
    ("https://www.eda.admin.ch/eda/en/x", "CHE"), ("https://www.international.gc.ca/x", "CAN"),
    ("https://www.dfa.ie/news-and-media/x", "IRL"), ("https://president.uz/en/lists/view/1", "UZB"),
    ("https://www.theguardian.com/world/x", ""), ("https://www.lemonde.fr/international/x", ""),
    ("https://www.esteri.it/en/sala_stampa/x", "ITA"), ("https://www.kormany.hu/en/x", "HUN"),
    ("https://www.elysee.fr/en/emmanuel-macron/x", "FRA"), ("https://www.corriere.it/esteri/x", ""),
])
def test_a_government_domain_names_the_sites_country(url, country):
    from multipolar.metadata import government_country

    assert government_country(url) == country


def test_the_ministry_of_a_government_domain_is_the_missing_side():
    from multipolar.metadata import site_country

    text = "The Deputy Prime Minister/Foreign Minister called on the Chief Adviser of Bangladesh in Dhaka today."
    assert events(text, **NEWS) == []
    rows = events(text, site_country=site_country("Ministry of Foreign Affairs", "https://mofa.gov.pk/press-releases/x"), **NEWS)
    assert pairs(rows) == [("meeting", "BGD", "PAK")] and rows[0]["host"] == "BGD"


def test_a_date_after_ahead_of_belongs_to_the_later_event():
    rows = events("Brazilian President Lula and South African President Ramaphosa agreed on Friday to expand trade, "
                  "as the two leaders held talks in Pretoria ahead of a Group of 20 summit this weekend.",
                  ref="2025-11-21", **NEWS)
    assert [(e["type"], e["start"]) for e in rows] == [("talks", "2025-11-21")]


def test_a_country_named_only_in_a_later_phrase_is_no_side_when_the_argument_names_an_actor():
    rows = events("German Chancellor Olaf Scholz has held a phone call with Russian President Vladimir Putin, "
                  "urging him to withdraw troops from Ukraine.", **NEWS)
    assert pairs(rows) == [("phone_call", "DEU", "RUS")]


def test_met_visiting_and_a_summit_island_as_the_host():
    [e] = events("Chinese President Xi Jinping met visiting Australian Prime Minister Anthony Albanese in Beijing on Monday.",
                 ref="2023-11-06", **NEWS)
    assert (e["type"], e["country_a"], e["country_b"], e["host"], e["start"]) == ("meeting", "AUS", "CHN", "CHN", "2023-11-06")
    [e] = events("Chinese President Xi Jinping and Australian Prime Minister Anthony Albanese last met in Bali in November "
                 "last year on the sidelines of the G20 summit.",
                 ref="2023-11-06", **NEWS)
    assert (e["country_a"], e["country_b"], e["host"], e["start"]) == ("AUS", "CHN", "IDN", "2022-11")


@pytest.mark.parametrize("sentence, kind, pair", [
    ("Sri Lanka's Foreign Minister Vijitha Herath spoke to Indian External Affairs Minister S. Jaishankar by phone last week.", "phone_call", ("IND", "LKA")),
    ("Bangladesh's Chief Adviser and Pakistan's Prime Minister had also spoken by telephone last week.", "phone_call", ("BGD", "PAK")),
    ("Later in the day, Indian Prime Minister Narendra Modi will depart for Singapore.", "visit", ("IND", "SGP")),
    ("Brazilian President Lula is due to travel on to Mozambique on Monday.", "visit", ("BRA", "MOZ")),
    ("South Korean President Lee Jae Myung will then fly to Washington.", "visit", ("KOR", "USA")),
])
def test_more_ways_to_say_a_call_or_a_journey(sentence, kind, pair):
    assert (kind, *pair) in pairs(events(sentence, **NEWS))


def test_a_date_before_since_then_is_not_the_date_of_what_followed():
    rows = events("Our last meeting with Turkish President Erdogan was in Astana in October, and since then Russian "
                  "President Putin and he have spoken by telephone many times.", ref="2023-03-01", **NEWS)
    assert {e["start"] for e in rows if e["type"] == "phone_call"} <= {""}


def test_met_his_counterpart_is_a_meeting():
    rows = events("Turkish President Recep Tayyip Erdogan on Wednesday met his Kyrgyz counterpart Sadyr Japarov.",
                  ref="2024-11-06", **NEWS)
    assert [(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows] == [("meeting", "KGZ", "TUR", "2024-11-06")]


def test_a_title_naming_nobody_gives_way_to_the_texts_date_a_day_from_it():
    rows = table("BEIJING — Russian Defence Minister Andrei Belousov met his Chinese counterpart Dong Jun in Beijing "
                 "yesterday.", ref="2025-04-12", title="Russian, Chinese defence ministers pledge deeper ties at Beijing meeting",
                 **NEWS)
    assert rows[["type", "country_a", "country_b", "start"]].values.tolist() == [["meeting", "CHN", "RUS", "2025-04-11"]]


def test_a_plans_weekday_opening_the_sentence_is_after_the_item_for_every_encounter_in_it():
    rows = events("On Wednesday, Spanish Prime Minister Pedro Sanchez will travel to Banjul, where he will meet with the "
                  "President of the Republic of The Gambia, Adama Barrow.", ref="2024-08-27", **NEWS)
    assert {(e["type"], e["start"], e["status"]) for e in rows} == {("visit", "2024-08-28", "planned"),
                                                                   ("meeting", "2024-08-28", "planned")}


def test_the_present_tense_of_a_schedule_is_a_plan():
    rows = events("On Thursday, US President Barack Obama travels to Ramallah for talks with Palestinian President "
                  "Mahmoud Abbas.", ref="2013-03-20", **NEWS)
    assert ("visit", "2013-03-21", "planned") in {(e["type"], e["start"], e["status"]) for e in rows}


def test_a_weekday_written_with_its_date_takes_the_date():
    [e] = events("In New Delhi, New Zealand Prime Minister Christopher Luxon will hold a bilateral meeting with Indian "
                 "Prime Minister Narendra Modi on Monday 17 March.", ref="2025-03-14", **NEWS)
    assert (e["start"], e["status"]) == ("2025-03-17", "planned")


def test_a_video_call_is_a_call():
    rows = events("Philippine President Ferdinand Marcos Jr. and Canadian Prime Minister Mark Carney held a video call "
                  "on Tuesday night.", ref="2025-05-21", **NEWS)
    assert [(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows] == [("phone_call", "CAN", "PHL", "2025-05-20")]


def test_a_visit_to_our_nation_does_not_go_to_the_place_line():
    rows = events("First of all, it is imperative to properly plan and organise your visit to our nation.",
                  site_country=KREMLIN, place="Tashkent", **NEWS)
    assert [e for e in rows if e["type"] == "visit"] == []


@pytest.mark.parametrize("sentence", [
    "Prime Minister Giorgia Meloni met the Prime Minister of Albania, Edi Rama, at Palazzo Chigi.",
    "The Chancellor met with the President of Albania in Berlin.",
    "Meloni met the Albanian President on the sidelines."])
def test_met_the_office_of_a_country_is_a_meeting(sentence):
    rows = events(sentence, site_country="ITA", **NEWS)
    assert [(e["type"], e["country_a"], e["country_b"]) for e in rows][:1] in ([("meeting", "ALB", "ITA")],
                                                                             [("meeting", "ALB", "DEU")])


def test_met_the_office_of_no_country_is_no_encounter():
    assert events("The minister met the Minister of Finance and the Governor of the central bank.", site_country="ITA",
                  **NEWS) == []
    assert events("The team met the target set by the ministry.", site_country="ITA", **NEWS) == []


def test_earlier_in_the_day_takes_the_day_of_the_encounter_before():
    text = ("Prime Minister Giorgia Meloni met the Prime Minister of Albania, Edi Rama, on 4 March 2024 in Rome. "
            "They discussed migration.\nEarlier in the day, President Meloni had a telephone conversation with the "
            "President of the Republic of Tunisia, Kais Saied.")
    rows = events(text, ref="2024-03-05", site_country="ITA", **NEWS)
    assert [(e["type"], e["country_b"], e["start"], e["date_method"]) for e in rows] == [
        ("meeting", "ITA", "2024-03-04", "explicit"),
        ("phone_call", "TUN", "2024-03-04", "the same day as the encounter before")]


def test_later_in_the_afternoon_with_nothing_before_is_the_news_items_day():
    [e] = events("Summary of the day's business.\nLater in the afternoon, the Prime Minister also held a bilateral "
                 "meeting with the Rt Hon Christopher Luxon, Prime Minister of New Zealand.", ref="2024-03-05",
                 site_country="THA", **NEWS)
    assert (e["country_a"], e["country_b"], e["start"], e["date_method"]) == ("NZL", "THA", "2024-03-05", "publication date")


def test_on_the_21st_is_that_day_of_the_nearest_month():
    rows = events("The Tánaiste will travel to Paris on the 21st for talks with the French Minister for Europe and "
                  "Foreign Affairs, Jean-Yves Le Drian.", ref="2019-02-15", site_country="IRL", **NEWS)
    assert {(e["type"], e["start"], e["status"]) for e in rows} == {("visit", "2019-02-21", "planned"),
                                                                   ("talks", "2019-02-21", "planned")}


def test_each_stop_of_a_tour_with_its_city_is_a_visit_with_its_dates():
    rows = events("Minister Freeland will travel to Kyiv, Ukraine, from July 20 to 22, and to Riga, Latvia, on July 23.",
                  ref="2017-07-19", site_country="CAN", **NEWS)
    assert [(e["country_b"], e["start"], e["end"]) for e in rows if e["type"] == "visit"] == [
        ("UKR", "2017-07-20", "2017-07-22"), ("LVA", "2017-07-23", "")]


def test_an_office_that_will_be_in_a_country_is_the_sites_visit():
    rows = events("Bern, 09.06.2023 – Federal Councillor Ignazio Cassis, head of the Federal Department of Foreign Affairs "
                  "(FDFA), will be in Brazil on 12–14 June and in Chile on 15–16 June.", ref="2023-06-09",
                  site_country="CHE", **NEWS)
    assert [(e["country_a"], e["country_b"], e["start"], e["end"]) for e in rows] == [
        ("BRA", "CHE", "2023-06-12", "2023-06-14"), ("CHE", "CHL", "2023-06-15", "2023-06-16")]


@pytest.mark.parametrize("sentence", ["The President noted that the problem is in China.",
                                      "Production will be in China from next year."])
def test_being_in_a_country_without_an_office_or_after_a_verb_of_saying_is_no_visit(sentence):
    assert events(sentence, site_country="CHE", **NEWS) == []


def test_a_visit_due_next_summer_or_slated_for_mid_july_is_planned_for_that_time():
    [a] = events("They discussed preparations for Chinese President Jiang Zemin's visit to Russia, due the next summer.",
                 ref="2000-11-05", site_country=KREMLIN, **NEWS)
    [b] = events("They discussed the Chinese leader's forthcoming official visit to Russia, slated for mid-July.",
                 ref="2000-11-05", site_country=KREMLIN, **NEWS)
    assert (a["start"], a["status"], b["start"], b["status"]) == ("2001", "planned", "2001-07", "planned")


def test_a_headline_in_the_present_meets_is_a_meeting_on_the_items_day():
    rows = events("Dalian (VNA) – Prime Minister Nguyen Xuan Phuc is on a working trip to China from June 30 to July 3.",
                  ref="2019-07-01", title="PM Nguyen Xuan Phuc meets Chinese Premier Li Keqiang in Dalian", **NEWS)
    assert ("meeting", "CHN", "VNM", "2019-07-01", "publication date") in {
        (e["type"], e["country_a"], e["country_b"], e["start"], e["date_method"]) for e in rows}


@pytest.mark.parametrize("title", ["The new plant meets EU standards", "The proposal meets the needs of both sides"])
def test_meets_a_standard_is_no_meeting(title):
    assert events("Text.", title=title, **NEWS) == []


# -- headlines in Title Case, surnames alone, plans in a headline ------------------------------------

@pytest.mark.parametrize("title, want", [
    ("Xi Jinping Speaks With French President Emmanuel Macron On The Phone", ("phone_call", "CHN", "FRA", "")),
    ("Morocco, Portugal Hold Talks In Rabat On Bilateral Ties", ("talks", "MAR", "PRT", "MAR")),
    ("Putin Meets Saudi Crown Prince In Riyadh", ("meeting", "RUS", "SAU", "SAU")),
    ("Wang Yi Holds Phone Talks With Lavrov", ("phone_call", "CHN", "RUS", "")),
])
def test_a_title_case_headline_is_read_like_running_text(title, want):
    [e] = events("Text.", title=title, **NEWS)
    assert (e["type"], e["country_a"], e["country_b"], e["host"]) == want
    assert (e["start"], e["evidence"]) == ("2020-02-14", title)  # the evidence as printed


@pytest.mark.parametrize("title", ["Modi To Visit Russia Next Week", "PM Holness to Undertake Official Visit to Japan",
                                   "Kazakh President To Pay State Visit To China"])
def test_a_headline_infinitive_of_a_journey_is_a_plan(title):
    [e] = events("Text.", title=title, site_country="JAM" if "Holness" in title else "", **NEWS)
    assert (e["type"], e["status"]) == ("visit", "planned")


def test_will_depart_for_a_visit_is_a_plan_with_its_dates():
    rows = events("Prime Minister Andrew Holness will depart the island on Saturday (October 7) for an official visit "
                  "to Japan, 8–10 October, at the invitation of the Government of Japan.", ref="2023-10-06",
                  site_country="JAM", **NEWS)
    assert [(e["country_a"], e["country_b"], e["start"], e["end"], e["status"]) for e in rows] == [
        ("JAM", "JPN", "2023-10-08", "2023-10-10", "planned")]


# -- dates that belong to another clause, and the day of 'earlier in the day' ---------------------------

def test_a_date_in_a_relative_clause_is_not_the_meetings_and_the_items_day_stays():
    rows = table("In the afternoon, the Head of State met with Prime Minister Kishida, with whom she reviewed the "
                 "150 years of diplomatic relations that the two countries are celebrating this year.",
                 ref="2023-11-16", site_country="PER",
                 title="President Boluarte holds bilateral meetings with Prime Minister Fumio Kishida in San Francisco",
                 **NEWS)
    assert [(e.country_a, e.country_b, e.host, e.start) for e in rows.itertuples()] == [("JPN", "PER", "USA", "2023-11-16")]


def test_a_date_after_since_and_a_clause_is_not_the_visits():
    [e] = events("President Paul Kagame on Monday began a two-day state visit to Tanzania, his first since President "
                 "Samia Suluhu Hassan took office in March.", ref="2021-08-03", **NEWS)
    assert (e["country_a"], e["country_b"], e["start"]) == ("RWA", "TZA", "2021-08-02")


def test_earlier_in_the_day_passes_over_an_encounter_told_in_passing():
    text = ("President Volodymyr Zelensky held a video call with Prime Minister of Norway Jonas Gahr Støre.\n"
            "The two leaders last met in person on the sidelines of the summit in Budapest on November 7.\n"
            "Earlier in the day, Zelensky spoke by phone with Polish President Andrzej Duda.")
    rows = events(text, ref="2024-12-05", **NEWS)
    assert ("phone_call", "POL", "UKR", "2024-12-05") in {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows}


@pytest.mark.parametrize("sentence", [
    "On Thursday, the Head of State will visit the Hyundai Heavy Industries shipyard in Ulsan before returning home.",
    "Later the President visited the Estonian Defence Forces base in Tapa and laid a wreath.",
])
def test_visiting_a_venue_within_a_country_is_no_visit_to_it(sentence):
    assert [e for e in events(sentence, site_country="SEN", **NEWS) if e["type"] == "visit"] == []


@pytest.mark.parametrize("sentence, pair", [
    ("The President visited Tashkent on Tuesday.", ("SEN", "UZB")),
    ("The President is visiting the United States this week.", ("SEN", "USA")),
])
def test_visiting_a_city_or_a_country_is_still_a_visit(sentence, pair):
    assert pair in {(e["country_a"], e["country_b"]) for e in events(sentence, site_country="SEN", **NEWS) if e["type"] == "visit"}


# -- more ways to name a pair, an encounter, a plan; the side of a national outlet ---------------------

@pytest.mark.parametrize("title, pair", [
    ("Russian-South African talks", ("RUS", "ZAF")),
    ("Telephone conversation with President of the UAE Mohamed bin Zayed Al Nahyan", ("ARE", "RUS")),
    ("Meeting with President of the Democratic Republic of the Congo Felix Tshisekedi", ("COD", "RUS")),
    ("Telephone conversation with President of Cape Verde Jose Maria Neves", ("CPV", "RUS")),
    ("Joint news conference with Federal Chancellor of Germany Angela Merkel", ("DEU", "RUS")),
    ("Meeting with Crown Prince of Abu Dhabi Mohammed bin Zayed Al Nahyan", ("ARE", "RUS")),
    ("Meeting with President of Republika Srpska Milorad Dodik", ("BIH", "RUS")),
])
def test_kremlin_titles_with_two_word_demonyms_aliases_and_news_conferences(title, pair):
    [e] = events("", title=title, site_country=KREMLIN, **NEWS)
    assert (e["country_a"], e["country_b"], e["start"]) == (*pair, "2020-02-14")


@pytest.mark.parametrize("sentence, kind", [
    ("Earlier in the day, the Head of State had a tête-à-tête with his Mauritanian counterpart.", "meeting"),
    ("The Emir received in audience the Foreign Minister of Japan.", "meeting"),
])
def test_a_tete_a_tete_and_an_audience_are_meetings(sentence, kind):
    [e] = events(sentence, site_country="SEN" if "Mauritanian" in sentence else "QAT", **NEWS)
    assert e["type"] == kind


def test_agreed_to_meet_is_a_planned_meeting_of_the_pair_told_before_but_not_a_routine():
    text = ("President Mahama held a telephone conversation with his Nigerian counterpart, President Tinubu. "
            "The two leaders agreed to meet in Abuja next month.")
    rows = events(text, ref="2025-04-16", site_country="GHA", **NEWS)
    assert ("meeting", "GHA", "NGA", "NGA", "2025-05", "planned") in {
        (e["type"], e["country_a"], e["country_b"], e["host"], e["start"], e["status"]) for e in rows}
    routine = events("The presidents of Argentina and Brazil agreed to meet every six months.", **NEWS)
    assert [e for e in routine if e["type"] == "meeting"] == []


def test_the_talks_a_headline_looks_back_on_take_no_date_from_the_item():
    [e] = events("", title="Reading the Beijing summit: what the Xi–Putin talks did and did not change", **NEWS)
    assert (e["country_a"], e["country_b"], e["start"]) == ("CHN", "RUS", "")


@pytest.mark.parametrize("site, url, country", [
    ("Some Outlet", "https://www.bta.bg/en/news/123", "BGR"), ("Some Outlet", "https://www.agerpres.ro/x", "ROU"),
    ("Some Outlet", "https://en.yna.co.kr/view/1", "KOR"), ("Some Outlet", "https://news.example.io/a", ""),
    ("Some Outlet", "https://www.reuters.com/world/", ""),
    ("Global Times", "https://www.globaltimes.cn/page/1.shtml", ""),  # a known outlet reports the world
])
def test_a_country_code_domain_names_the_country_an_unknown_outlet_reports_from(site, url, country):
    from multipolar.metadata import home_country, site_country

    assert home_country(site, url) == country and site_country(site, url) == ""


@pytest.mark.parametrize("name, country", [("KUNA", "KWT"), ("Bernama", "MYS"), ("BelTA", "BLR"), ("Kuwait News Agency", "KWT"),
                                           ("Reuters", "")])
def test_a_national_news_agency_known_by_its_name_reports_from_its_country(name, country):
    from multipolar.metadata import home_country

    assert home_country(name) == country


def test_a_national_outlets_unnamed_president_is_its_own_countrys():
    rows = events("Sofia, April 22 (BTA) - President Rumen Radev and his North Macedonian counterpart Stevo Pendarovski "
                  "held a video call on Tuesday.", ref="2020-04-22", home_country="BGR", **NEWS)
    assert [(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows] == [("phone_call", "BGR", "MKD", "2020-04-21")]


@pytest.mark.parametrize("sentence", [
    "Kishida held talks with business leaders on Monday.",  # a named person of another country, no office unnamed
    "Chinese Premier Li Qiang held talks with business leaders in Tianjin.",  # the office has its country
    "Trade talks will resume next week.",  # nobody named
])
def test_an_outlets_country_is_no_side_where_no_office_holder_goes_unnamed(sentence):
    assert events(sentence, ref="2024-05-01", home_country="GBR", dateline="BRUSSELS, May 1 (Reuters)",
                  title="Japan and France discuss trade", **NEWS) == []


def test_a_visit_this_weekend_and_one_a_country_seeks_to_arrange():
    [e] = events("Foreign Minister Cho Hyun will visit China this weekend.", ref="2025-09-11", site_country="KOR", **NEWS)
    assert (e["start"], e["end"], e["status"]) == ("2025-09-13", "2025-09-14", "planned")
    [f] = events("Seoul is seeking to arrange a visit by Chinese President Xi Jinping to South Korea.", ref="2025-09-11",
                 site_country="KOR", **NEWS)
    assert (f["status"], f["start"]) == ("planned", "")


def test_a_day_after_until_is_when_a_visit_ends_not_when_it_begins():
    rows = events("Prime Minister Dacian Ciolos received his Moldovan counterpart Pavel Filip on Thursday. Filip, who "
                  "arrived in Bucharest on Wednesday evening for an official visit that runs until Friday, is on his first "
                  "bilateral trip abroad.", ref="2016-03-03", site_country="ROU", **NEWS)
    assert {(e.start, e.end) for e in table_of(rows).itertuples() if e.type == "visit"} == {("2016-03-02", "2016-03-04")}


@pytest.mark.parametrize("text, country", [("Dar es Salaam on Monday", "TZA"), ("Victoria Palace on Thursday", None),
                                           ("Rio de Janeiro in July", "BRA"),
                                           # a US state, not a smaller town of its name elsewhere (Florida, Cuba);
                                           # Georgia is still the country
                                           ("Florida on Friday", "USA"), ("Arizona last week", "USA"),
                                           ("Georgia on Friday", "GEO")])
def test_city_names_with_particles_and_buildings_named_like_cities(text, country):
    from multipolar.places import city_at

    found = city_at(text)
    assert (found[0] if found else None) == country


# -- Kremlin items about other leaders: plural calls, days of a visit, plans in transcripts -------------

def test_telephone_conversations_with_two_leaders_are_two_calls():
    rows = events("", title="Telephone conversations with Crown Prince of Saudi Arabia Mohammed bin Salman Al Saud and "
                            "Crown Prince of Abu Dhabi Mohammed bin Zayed Al Nahyan", site_country=KREMLIN, **NEWS)
    assert sorted((e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows) == [
        ("phone_call", "ARE", "RUS", "2020-02-14"), ("phone_call", "RUS", "SAU", "2020-02-14")]


def test_talks_on_the_second_day_of_an_announced_visit():
    rows = table("President of Laos Thongloun Sisoulith will pay an official visit to Russia. The visit is scheduled for "
                 "October 8–10.\n\nThe talks between the two presidents will take place in the Kremlin on the second day "
                 "of the visit.", ref="2025-10-03", site_country=KREMLIN, **NEWS)
    got = {(e.type, e.start, e.end, e.status) for e in rows.itertuples()}
    assert got == {("visit", "2025-10-08", "2025-10-10", "planned"), ("talks", "2025-10-09", "", "planned")}


@pytest.mark.parametrize("sentence, want", [
    ("They reviewed the projects agreed upon during their meeting in Kazan in October.", ("meeting", "2019-10", "held")),
    ("A year later we had a good, substantive meeting in the Kremlin in May.", ("meeting", "2019-05", "held")),
    ("Our foreign ministers will meet again next month in Kuala Lumpur.", ("meeting", "2020-03", "planned")),
    ("During his stay in Russia, scheduled for May 7–10, they will hold talks.", ("visit", "2020-05-07", "planned")),
    ("I hope that you will be able to visit Russia next year.", ("visit", "2021", "planned")),
    ("I would like to invite you to come to Russia again next year.", ("visit", "2021", "planned")),
])
def test_encounters_told_in_a_transcript(sentence, want):
    rows = events(sentence, title="Meeting with President of Venezuela Nicolás Maduro", site_country=KREMLIN, **NEWS)
    assert want in {(e["type"], e["start"], e["status"]) for e in rows}


def test_a_city_and_its_country_after_a_comma_are_a_place_not_a_side():
    [e] = events("President Battulga and President V.Putin most recently held a meeting in Bishkek, the Kyrgyz Republic, "
                 "in June this year.", ref="2019-08-28", site_country="MNG", **NEWS)
    assert (e["country_a"], e["country_b"], e["host"], e["start"]) == ("MNG", "RUS", "KGZ", "2019-06")


def test_a_held_encounter_dated_after_the_item_is_a_plan_and_an_honorific_ends_no_sentence():
    rows = table("At the invitation of Prime Minister Shri Narendra Modi, President of Indonesia Prabowo Subianto will pay a "
                 "State Visit to India from 25-26 January 2025.\n\nHe will then hold talks with Prime Minister Modi. The same "
                 "evening, he will call on President Smt. Droupadi Murmu.", ref="2025-01-22", site_country="IND",
                 title="State Visit of the President of the Republic of Indonesia to India (January 25-26, 2025)", **NEWS)
    assert {(e.type, e.status) for e in rows.itertuples()} == {("visit", "planned"), ("talks", "planned"),
                                                               ("meeting", "planned")}
    assert "Droupadi Murmu" in rows.loc[rows["type"] == "meeting", "actors"].iloc[0]


# -- plans told as near, visits named by what the speaker says, pronouns, the length of a visit --------

@pytest.mark.parametrize("sentence, want", [
    ("I look forward to seeing you in Beijing.", ("visit", "CHN", "RUS", "CHN", "2020", "planned")),
    ("I am convinced that our new meeting will help strengthen cooperation.", ("meeting", "CHN", "RUS", "", "2020", "planned")),
    ("They discussed preparations for the upcoming visit to Russia by the Chinese President.",
     ("visit", "CHN", "RUS", "RUS", "2020", "planned")),
])
def test_an_undated_plan_told_as_near_is_of_the_items_year(sentence, want):
    rows = events(sentence, title="Message to President of China Xi Jinping", site_country=KREMLIN, **NEWS)
    assert want in {(e["type"], e["country_a"], e["country_b"], e["host"], e["start"], e["status"]) for e in rows}


def test_an_undated_plan_at_a_convenient_time_stays_undated():
    rows = events("He invited the Prime Minister to pay an official visit to Thailand at a mutually convenient time.",
                  site_country="THA", title="Meeting with Prime Minister of Australia", **NEWS)
    assert {e["start"] for e in rows if e["type"] == "visit"} == {""}


def test_before_leaving_a_city_he_was_on_a_visit_there():
    rows = events("Before leaving Almaty President Vladimir Putin met with Chinese President Jiang Zemin.", ref="2002-06-04",
                  site_country=KREMLIN, **NEWS)
    assert ("visit", "KAZ", "RUS", "KAZ") in {(e["type"], e["country_a"], e["country_b"], e["host"]) for e in rows}


def test_he_after_a_sentence_about_a_leader_is_that_leader():
    rows = table("Russian President Dmitry Medvedev arrived in Beijing on Friday morning for a two-day state visit. He flew "
                 "in from Astana, where he had paid a two-day visit to Kazakhstan starting on Thursday.", ref="2008-05-24",
                 site_country="CHN", **NEWS)
    got = {(e.country_a, e.country_b, e.start, e.end) for e in rows.itertuples() if e.type == "visit"}
    assert got == {("CHN", "RUS", "2008-05-23", "2008-05-24"), ("KAZ", "RUS", "2008-05-22", "2008-05-23")}


def test_a_visit_to_russia_addressed_to_a_leader_named_in_the_title():
    rows = events("Of great importance was your state visit to Russia in May 2003.", ref="2003-10-02", site_country=KREMLIN,
                  title="President Vladimir Putin sent messages of congratulations to Chinese President Hu Jintao", **NEWS)
    assert [(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows] == [("visit", "CHN", "RUS", "2003-05")]


def test_he_is_the_subject_of_the_sentence_before_not_the_last_person_it_names():
    rows = events("From November 13-17, Chinese President Xi Jinping visited Peru at the invitation of his Peruvian "
                  "counterpart Dina Boluarte. He then visited Brazil from November 17-21.", ref="2024-11-25", **NEWS)
    assert {(e["country_a"], e["country_b"], e["start"]) for e in rows} == {("CHN", "PER", "2024-11-13"),
                                                                           ("BRA", "CHN", "2024-11-17")}


def test_a_recent_visit_stays_held_beside_a_plan_in_the_same_clause():
    rows = events("The Prime Minister welcomed the recent visit to Beijing and Shanghai by Foreign Secretary David Lammy, "
                  "looked forward to the planned China visit by Chancellor Rachel Reeves, planned for early next year.",
                  ref="2024-11-20", site_country="GBR", **NEWS)
    assert sorted((e["status"], e["start"]) for e in rows) == [("held", "2024"), ("planned", "2025")]  # recent: of the year


@pytest.mark.parametrize("sentence, want", [
    ("In Islamabad, he will co-chair the 7th meeting of the Türkiye-Pakistan High-Level Strategic Cooperation Council "
     "with Prime Minister Shehbaz Sharif on Thursday.", ("meeting", "PAK", "TUR", "2020-02-20", "planned")),
    ("The leaders of the United States and China will meet in San Francisco on Wednesday.",
     ("meeting", "CHN", "USA", "2020-02-19", "planned")),
    ("The President and the Prime Minister of Canada expressed hope to meet in person later this year.",
     ("meeting", "CAN", "TUR", "2020", "planned")),
    ("The key event of the visit will be the Russian-Chinese talks in Beijing on September 2.",
     ("talks", "CHN", "RUS", "2020-09-02", "planned")),
    ("Orbán arrived in Beijing following his trips to Kyiv last Tuesday.", ("visit", "HUN", "UKR", "2020-02-11", "held")),
])
def test_co_chairing_meeting_in_a_city_hopes_key_events_and_plural_trips(sentence, want):
    rows = events(sentence, site_country="HUN" if "Orbán" in sentence else "TUR", **NEWS)
    assert want in {(e["type"], e["country_a"], e["country_b"], e["start"], e["status"]) for e in rows}


def test_the_three_countries_meeting_is_no_bilateral_encounter():
    assert events("The foreign ministers of the three countries will meet again in Kabul next month.", site_country="PAK",
                  **NEWS) == []


def test_a_salutation_is_not_the_lead_of_a_transcript():
    rows = events("Ladies and gentlemen,\n\nWe have held talks with Minister of Foreign Affairs of the Republic of Cuba "
                  "Bruno Rodríguez Parrilla, who is in Moscow on a working visit.", site_country="RUS", **NEWS)
    assert ("visit", "CUB", "RUS", "2020-02-14") in {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows}


def test_a_narrower_span_dates_a_visit_told_twice():
    rows = table("French President Emmanuel Macron will pay a two-day state visit to Serbia next Thursday and Friday.",
                 ref="2024-08-22", site_country="SRB", title="Vucic: Macron to visit Serbia next week", **NEWS)
    assert [(e.start, e.end) for e in rows.itertuples()] == [("2024-08-29", "2024-08-30")]


def test_later_the_same_day_is_the_day_of_the_encounter_before_not_of_the_last_date_written():
    rows = events("Prime Minister Nguyen Xuan Phuc met Chinese Premier Li Keqiang in Dalian on Monday. He is on a working trip "
                  "to China from June 30 to July 3. Later the same day, PM Phuc had a meeting with Mongolian Prime Minister "
                  "Ukhnaa Khurelsukh.", ref="2019-07-02", site_country="VNM", **NEWS)
    assert ("meeting", "MNG", "VNM", "2019-07-01") in {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows}


def test_leaving_one_capital_for_another_and_talks_in_a_city():
    rows = events("The Egyptian minister will leave Amman on Wednesday for Riyadh.", ref="2011-04-05", site_country="JOR", **NEWS)
    assert [(e["type"], e["country_a"], e["country_b"], e["start"], e["status"]) for e in rows] == [
        ("visit", "EGY", "SAU", "2011-04-06", "planned")]
    rows = events("President El-Sisi received the President of Cyprus. The two presidents recalled the results of their "
                  "talks in Cairo last October.", ref="2024-03-12", site_country="EGY", **NEWS)
    assert ("talks", "CYP", "EGY", "2023-10", "held") in {(e["type"], e["country_a"], e["country_b"], e["start"], e["status"])
                                                         for e in rows}


def test_a_wire_dateline_without_a_date_names_the_side_an_agency_reports_from():
    from multipolar.metadata import dateline_place

    rows = events("Hanoi (VNA) – President Tran Dai Quang will pay a state visit to India from March 2 to 4 at the "
                  "invitation of Indian President Ram Nath Kovind.", ref="2018-02-28", dateline="Hanoi (VNA)", **NEWS)
    assert [(e["type"], e["country_a"], e["country_b"], e["start"], e["status"]) for e in rows] == [
        ("visit", "IND", "VNM", "2018-03-02", "planned")]
    assert dateline_place("Hanoi (VNA)") == "Hanoi"


@pytest.mark.parametrize("sentence, want", [
    ("His next state visit will be to Estonia in May.", ("visit", "EST", "FIN", "2020-05", "planned")),
    ("On 5 May the Finnish Foreign Minister will be received by Prime Minister of Greece Alexis Tsipras.",
     ("meeting", "FIN", "GRC", "2020-05-05", "planned")),
])
def test_a_next_visit_and_being_received_tomorrow_are_plans(sentence, want):
    rows = events(sentence, site_country="FIN", **NEWS)
    assert want in {(e["type"], e["country_a"], e["country_b"], e["start"], e["status"]) for e in rows}


def test_a_kremlin_title_finds_every_country_by_each_name_pycountry_gives_it():
    """'Telephone conversation with President of X …' and 'Meeting with Prime Minister of X …' for every
    country and every form of its name (name, common and official name, 'Korea, Republic of' turned round)."""
    from multipolar.entities import country_names

    missed = []
    for name, code in country_names().items():
        if code == "RUS" or ", " in name:
            continue
        for title, kind in ((f"Telephone conversation with President of {name} John Smith", "phone_call"),
                            (f"Meeting with Prime Minister of {name} John Smith", "meeting")):
            got = {(e["type"], e["country_a"], e["country_b"]) for e in events("", title=title, site_country=KREMLIN, **NEWS)}
            if (kind, *sorted([code, "RUS"])) not in got:
                missed.append(title)
    assert len(country_names()) > 400 and missed == []


@pytest.mark.parametrize("title", ["Putin Cancels Trip To Turkey", "Macron Calls For Talks With Russia",
                                   "Zelensky Rules Out Talks With Putin", "Scholz Will Not Visit China This Year"])
def test_a_headline_that_cancels_denies_or_asks_for_an_encounter_gives_none(title):
    assert events("Text.", title=title, **NEWS) == []


@pytest.mark.parametrize("sentence, want", [
    ("President Macron concluded his three-day state visit to Germany on Wednesday.", ("2020-02-10", "2020-02-12", "held")),
    ("Wang Yi held talks with the Egyptian foreign minister on 12 December 2020.", ("2020-12-12", "", "held")),
    ("They are preparing for the upcoming visit to Russia of the Chinese president, which may take place next year.",
     ("2021", "", "planned")),
])
def test_a_visit_concluded_on_a_day_a_past_tense_with_a_later_date_and_an_imminent_plan_of_next_year(sentence, want):
    [e] = events(sentence, site_country="FRA" if "Macron" in sentence else "CHN" if "Wang" in sentence else "RUS", **NEWS)
    assert (e["start"], e["end"], e["status"]) == want


def test_he_will_with_a_journey_of_his_own_does_not_date_the_plan_before():
    rows = events("Putin will pay a state visit to India. He will also travel to Vietnam on June 19.", ref="2024-06-01",
                  site_country=KREMLIN, **NEWS)
    assert {(e["country_a"], e["country_b"], e["start"]) for e in rows} == {("IND", "RUS", ""), ("RUS", "VNM", "2024-06-19")}


@pytest.mark.parametrize("title", ["Putin Arrives In Beijing To Begin Two-Day State Visit",
                                   "Putin arrived in Beijing to begin a two-day state visit to China"])
def test_arriving_to_begin_a_visit_is_no_plan(title):
    assert {e["status"] for e in events("Text.", title=title, **NEWS)} == {"held"}


@pytest.mark.parametrize("sentence, want", [
    ("The two ministers agreed to hold the third meeting of the Brazil-Kenya High-Level Joint Committee in Nairobi "
     "later this year.", ("BRA", "KEN", "2020", "planned")),
    ("They discussed preparations for the next session of the Kazakh-Turkish intergovernmental commission in October.",
     ("KAZ", "TUR", "2020-10", "planned")),
    ("The eighth session of the Egyptian-Indian Joint Commission was held in Cairo on 3 February.",
     ("EGY", "IND", "2020-02-03", "held")),
])
def test_a_session_of_a_joint_or_intergovernmental_body_of_two_countries_is_their_meeting(sentence, want):
    [e] = [e for e in events(sentence, **NEWS) if e["type"] == "meeting"]
    assert (e["country_a"], e["country_b"], e["start"], e["status"]) == want


def test_a_session_of_a_committee_of_friendship_is_no_meeting_of_two_governments():
    assert events("Putin sent greetings to the plenary session of the Russian-Chinese Committee of Friendship, "
                  "Peace and Development.", site_country=KREMLIN, **NEWS) == []


@pytest.mark.parametrize("sentence", ["I hope to come to Bishkek in September.", "We hope to travel to Hanoi in May."])
def test_hoping_to_come_or_travel_is_a_plan(sentence):
    [e] = events(sentence, site_country="RUS", **NEWS)
    assert (e["type"], e["status"]) == ("visit", "planned")


def test_a_city_in_the_clause_before_is_no_destination_of_visits_whose_destination_is_unnamed():
    rows = events("Brazil has stepped up its aid, welcomed the minister at the summit in Durban, and organised visits by "
                  "delegations from the Brazilian Foreign Ministry.", **NEWS)
    assert [e for e in rows if e["type"] == "visit"] == []
    rows = events("The Brazilian President is in Pretoria on a state visit.", **NEWS)
    assert {(e["type"], e["country_a"], e["country_b"]) for e in rows} == {("visit", "BRA", "ZAF")}


@pytest.mark.parametrize("sentence, want", [
    ("The Fourth Ecuador-Colombia Binational Cabinet Meeting opened in Quito on 11 February.",
     ("COL", "ECU", "2020-02-11", "held")),
    ("The 9th Session of the Kenya-Uganda Joint Permanent Commission was held in Kampala on 5 February.",
     ("KEN", "UGA", "2020-02-05", "held")),
    ("The second Bolivia-Paraguay Binational Cabinet took place in Asunción in May 2018.",
     ("BOL", "PRY", "2018-05", "held")),
    ("Both sides looked forward to the fifth session of the Qatar-Türkiye Supreme Strategic Committee in April.",
     ("QAT", "TUR", "2020-04", "planned")),
])
def test_a_binational_cabinet_or_a_capitalised_session_of_a_joint_body_is_a_meeting(sentence, want):
    [e] = [e for e in events(sentence, **NEWS) if e["type"] == "meeting"]
    assert (e["country_a"], e["country_b"], e["start"], e["status"]) == want


def test_a_session_held_from_one_weekday_and_day_to_another_spans_both_days():
    [e] = events("The 3rd Session of the Nigeria-Niger Joint Commission was held in Abuja from Monday 3rd to "
                 "Wednesday 5th February 2020.", **NEWS)
    assert (e["start"], e["end"]) == ("2020-02-03", "2020-02-05")


def test_a_currency_sign_after_a_country_code_names_no_country():
    rows = events("Recalling his visit to Astana in June last year, the minister welcomed a US$3 billion investment.",
                  site_country="TUR", **NEWS)
    assert {(e["country_a"], e["country_b"]) for e in rows} == {("KAZ", "TUR")}


def test_a_date_after_during_which_belongs_to_what_the_clause_tells():
    [e] = events("Foreign Minister Ama Mensah held talks with her Togolese counterpart on 12 February, during which "
                 "they recalled the summit held in Abuja on 2 February.", site_country="GHA", **NEWS)
    assert (e["country_a"], e["country_b"], e["start"]) == ("GHA", "TGO", "2020-02-12")
    [e] = events("Foreign Minister Ama Mensah held talks with her Togolese counterpart, during which they recalled the "
                 "summit held in Abuja on 2 February.", site_country="GHA", **NEWS)
    assert e["start"] != "2020-02-02"


def test_an_agreement_to_continue_at_a_meeting_and_welcoming_him_in_a_city_are_plans():
    [e] = events("The presidents agreed to continue the discussion at a bilateral meeting in Brasília in June.",
                 title="Telephone conversation with President of Brazil", site_country=KREMLIN, **NEWS)[1:]
    assert (e["status"], e["start"]) == ("planned", "2020-06")
    [_, v] = events("Prime Minister Sharif held a telephone conversation with President Erdogan of Türkiye. He said "
                    "Pakistan looked forward to welcoming him in Islamabad in March.", site_country="PAK", **NEWS)
    assert (v["type"], v["host"], v["status"], v["start"]) == ("visit", "PAK", "planned", "2020-03")


def test_a_visit_that_ends_on_a_weekday_ends_then():
    t = table("The Chilean president arrived in Lima on Monday for an official visit that ends this Wednesday.",
              ref="2020-02-11", **NEWS)
    assert list(zip(t["start"], t["end"])) == [("2020-02-10", "2020-02-12")]


def test_a_person_introduced_with_an_office_and_a_country_is_that_country_by_surname_later():
    text = ("Malawian President Lazarus Chakwera and his Zambian counterpart Hakainde Hichilema opened the fair. "
            "Chakwera and Hichilema had already met in Lusaka earlier this month.")
    rows = events(text, **NEWS)
    assert {(e["country_a"], e["country_b"], e["host"], e["start"]) for e in rows} == {("MWI", "ZMB", "ZMB", "2020-02")}


def test_a_person_introduced_in_the_title_is_known_in_the_text():
    rows = events("Vladimir Putin and Umaro Sissoco Embalo agreed to meet in Moscow in May.",
                  title="Telephone conversation with President of Guinea-Bissau Umaro Sissoco Embalo",
                  site_country=KREMLIN, **NEWS)
    assert {(e["country_a"], e["country_b"], e["status"]) for e in rows} == {("GNB", "RUS", "held"), ("GNB", "RUS", "planned")}


def test_a_tally_of_meetings_and_calls_is_no_encounter():
    assert events("In 2019, the two presidents held eight meetings and 14 telephone conversations.",
                  title="Meeting with President of Uzbekistan", site_country=KREMLIN, **NEWS)[1:] == []


def test_their_most_recent_meeting_that_took_place_is_a_meeting():
    rows = events("Putin held talks with the Kazakh President in Sochi on Friday. Their most recent meeting took place in Astana on 9 May 2019.",
                  site_country=KREMLIN, **NEWS)
    assert ("meeting", "KAZ", "RUS", "2019-05-09") in {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows}


def test_calling_on_an_office_after_a_word_or_two_is_a_meeting():
    [e] = events("President Ramos-Horta will also call on Federal President Alexander Van der Bellen in Vienna.",
                 site_country="TLS", **NEWS)
    assert (e["type"], e["country_a"], e["country_b"], e["status"]) == ("meeting", "AUT", "TLS", "planned")


def test_a_plan_before_the_end_of_the_year_is_of_the_items_year():
    [e] = events("The ministers agreed to hold the next session of the Kenyan-Ugandan Joint Commission in Nairobi before "
                 "the end of the year.", **NEWS)
    assert (e["start"], e["status"]) == ("2020", "planned")


def test_we_last_met_here_in_a_speech_on_the_site_is_the_sites_meeting_with_the_guest():
    rows = events("Vladimir Putin: Mr President, friends, we last met here in Moscow in June last year.",
                  title="Russian-Bolivian talks", site_country=KREMLIN, **NEWS)
    assert ("meeting", "BOL", "RUS", "2019-06") in {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows}


def test_talks_during_an_upcoming_visit_take_the_visits_date():
    rows = events("Xi Jinping will pay a state visit to Tajikistan from 2 to 6 July. During my upcoming visit, "
                  "President Rahmon and I will hold talks.", site_country="CHN", **NEWS)
    [t] = [e for e in rows if e["type"] == "talks"]
    assert (t["country_a"], t["country_b"], t["start"]) == ("CHN", "TJK", "2020-07-02")


def test_the_state_a_masthead_names_is_home_to_an_office_holder_named_without_a_country(tmp_path):
    from multipolar.build import build_corpus
    from multipolar.metadata import masthead_country

    assert [masthead_country([line]) for line in ("Republic of Ghana", "Government of Georgia", "China", "Home | News")] \
        == ["GHA", "GEO", "", ""]
    (tmp_path / "page.txt").write_text(
        "Presidential Press Office\nRepublic of Malawi\n\nHome | News | Speeches\n\n"
        "President Chakwera to visit Zambia\n\n12 March 2021\n\n"
        "President Lazarus Chakwera will pay a state visit to Zambia from 15 to 17 March.\n", encoding="utf-8")
    events = build_corpus(tmp_path, progress=False).events
    assert list(zip(events["country_a"], events["country_b"], events["start"])) == [("MWI", "ZMB", "2021-03-15")]


def test_a_city_right_after_a_visit_is_its_destination_whatever_place_the_sentence_names_later():
    rows = events("Recalling his visit to Tashkent in May last year, the president thanked the Uzbek side for investing "
                  "in Kazakhstan.", site_country="KAZ", **NEWS)
    assert {(e["type"], e["country_a"], e["country_b"], e["host"]) for e in rows} == {("visit", "KAZ", "UZB", "UZB")}


def test_hosting_a_dinner_for_a_counterpart_is_a_meeting():
    [e] = events("On Tuesday evening, Vladimir Putin will host an informal dinner for his Mongolian counterpart.", **NEWS)
    assert (e["type"], e["country_a"], e["country_b"], e["start"], e["status"]) == \
        ("meeting", "MNG", "RUS", "2020-02-18", "planned")


@pytest.mark.parametrize("sentence, kind", [
    ("Vladimir Putin had a detailed conversation with Ilham Aliyev on the sidelines of the summit in Astana.", "meeting"),
    ("Vladimir Putin had a telephone conversation with Ilham Aliyev.", "phone_call"),
])
def test_a_conversation_is_a_meeting_unless_by_telephone(sentence, kind):
    [e] = events(sentence, **NEWS)
    assert (e["type"], e["country_a"], e["country_b"]) == (kind, "AZE", "RUS")


def test_co_chairing_a_capitalised_dialogue_of_two_countries_is_their_meeting():
    [e] = events("Wang Yi will co-chair the fifth round of the China-Nepal Foreign Ministers' Strategic Dialogue in "
                 "Kathmandu on 21 February.", **NEWS)
    assert (e["type"], e["country_a"], e["country_b"], e["host"], e["start"], e["status"]) == \
        ("meeting", "CHN", "NPL", "NPL", "2020-02-21", "planned")


@pytest.mark.parametrize("text, want", [
    ("Prime Minister Anwar Ibrahim held talks with his Thai counterpart in Putrajaya on Monday. The previous Leaders' Retreat "
     "was held in Bangkok in May 2018.", ("MYS", "THA", "2018-05")),
    ("Chile's President met Peru's President in Lima on Monday. He recalled the second Binational Cabinet, held in "
     "Santiago in July 2017.", ("CHL", "PER", "2017-07")),
    ("He and Prime Minister Prayut held the 7th Malaysia-Thailand Leaders' Retreat in January.", ("MYS", "THA", "2020-01")),
])
def test_a_leaders_retreat_or_a_binational_cabinet_held_is_a_meeting_of_the_pair_told(text, want):
    rows = events(text, **NEWS)
    assert want in {(e["country_a"], e["country_b"], e["start"]) for e in rows if e["type"] == "meeting"}


@pytest.mark.parametrize("title", ["Explainer: What to expect from Xi Jinping's state visit to Brazil",
                                   "Preview: Lula's state visit to China", "Ahead of Lula's state visit to China"])
def test_a_headline_that_previews_a_visit_tells_a_plan(title):
    assert {e["status"] for e in events("Text.", title=title, **NEWS)} == {"planned"}


def test_a_pairs_high_level_meeting_is_a_meeting():
    [e] = events("The 11th Moroccan-Spanish high-level meeting is scheduled for early next year in Madrid.", **NEWS)
    assert (e["type"], e["country_a"], e["country_b"], e["status"]) == ("meeting", "ESP", "MAR", "planned")


@pytest.mark.parametrize("sentence", ["Mr President, the last time we met, in Sochi in May, we agreed on much.",
                                      "Mr President, we last met in Sochi in May."])
def test_the_last_time_we_met_in_a_speech_is_the_sites_meeting_with_the_guest(sentence):
    rows = events(sentence, title="Meeting with President of Mongolia Ukhnaagiin Khurelsukh", site_country=KREMLIN, **NEWS)
    assert ("meeting", "MNG", "RUS", "2019-05") in {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows}


# -- a transcript's speakers: 'I' is whoever's label the paragraph falls under -----------------------

TRANSCRIPT = ("President of Russia Vladimir Putin: Your Majesty, I am glad to see you again. I remember my visit "
              "to Amman well.\n\n"
              "King of Jordan Abdullah II: Thank you, Mr President. On Sunday I met with President Mahmoud Abbas in "
              "Amman. Tomorrow I will also have a meeting with the Prime Minister of Russia.\n\n"
              "Question: Will you meet the Egyptian President soon?\n\n"
              "King of Jordan Abdullah II: I wish you success at your meeting with the President of Egypt tomorrow.")


def test_in_a_transcript_i_is_the_speaker_whose_label_the_paragraph_is_under():
    rows = events(TRANSCRIPT, ref="2008-02-12", site_country=KREMLIN, **NEWS)
    got = {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows}
    assert ("meeting", "JOR", "PSE", "2008-02-10") in got  # the King's 'I met', not the site's
    assert ("meeting", "JOR", "RUS", "2008-02-13") in got  # the King meets a Russian official
    assert not any({e["country_a"], e["country_b"]} == {"PSE", "RUS"} for e in rows)
    assert ("visit", "JOR", "RUS") in {(e["type"], e["country_a"], e["country_b"]) for e in rows}  # Putin's 'my visit to Amman'
    # 'your meeting with …' after 'I wish' is the listener's (here the site's), not the speaker's
    assert not any({e["country_a"], e["country_b"]} == {"EGY", "JOR"} for e in rows)
    assert any({e["country_a"], e["country_b"]} == {"EGY", "RUS"} for e in rows)


def test_speaker_labels_and_their_countries():
    from multipolar.entities import find_mentions
    from multipolar.speakers import first_person, speaker, turns

    voices = turns(TRANSCRIPT, find_mentions(TRANSCRIPT))
    assert voices[1] == ["RUS", "JOR", "", "JOR"]  # a label naming no country ('Question:') speaks for none
    assert speaker(voices, TRANSCRIPT.index("On Sunday")) == "JOR"
    assert speaker(voices, 0) == "RUS" and speaker(([5], ["RUS"]), 2) == ""
    assert first_person("On Sunday I met with", 0, 20) == 10 and first_person("our last meeting", 0, 16) == -1
    assert first_person("I wish you success at your meeting", 0, 30) == -1
    # an ordinary sentence with a colon is no label
    assert turns("The President said: we will meet.", [])[0] == []


@pytest.mark.parametrize("sentence", [
    "South Korean President Moon will make a two-day trip to Japan from Thursday, the presidential office said Tuesday.",
    "The Indian Prime Minister will travel to Japan on Thursday, the spokesman told reporters on Monday.",
])
def test_a_date_after_a_verb_of_saying_is_not_the_encounters(sentence):
    rows = events(sentence, ref="2023-03-14", **NEWS)
    assert rows and all(e["start"] != "2023-03-14" and e["start"] != "2023-03-13" for e in rows)
    assert any(e["start"] == "2023-03-16" for e in rows)
    # a trigger told after the statement's date does not take it (the case the cue was written for)
    rows = events("South Korean President Moon Jae-in will travel to Japan, the presidential office said Tuesday, in what "
                  "will be the first visit to Japan by a South Korean leader in 12 years.", ref="2023-03-14", **NEWS)
    assert rows and all(e["start"] == "" for e in rows)


@pytest.mark.parametrize("sentence", [
    "A visit by the Italian Prime Minister to Riyadh, which had been expected this week, has been called off, officials said.",
    "The French President's trip to Algeria was postponed indefinitely.",
])
def test_an_encounter_called_off_after_its_trigger_is_no_encounter(sentence):
    assert events(sentence, ref="2015-04-09", **NEWS) == []


@pytest.mark.parametrize("sentence", [
    "The Kenyan President's planned meeting with the Ugandan President on Friday was dropped after the floods.",
    "Zambia's President has abandoned plans to travel to Harare next week for talks with the Zimbabwean President.",
    "Manila on Monday denied media reports that the Philippine President had met the Chinese President in secret.",
    "The Prime Ministers of Italy and Spain gave up on flying to Lisbon because of the strike.",
    "'If the Peruvian President invites me, I would travel to Lima at once,' the Ecuadorian President said.",
    "The Chilean President said he would gladly meet the Bolivian President if the talks on sea access resumed.",
])
def test_an_encounter_denied_dropped_or_only_supposed_is_no_encounter(sentence):
    assert events(sentence, ref="2015-04-09", **NEWS) == []


@pytest.mark.parametrize("sentence, pair", [
    ("The Zambian President, who gave up on golf last year, will travel to Harare next week.", ("ZMB", "ZWE")),
    ("The Chilean President said he would meet the Bolivian President in La Paz next week.", ("BOL", "CHL")),
    ("The Ghanaian President met the Togolese President on Monday to ask if the border could reopen.", ("GHA", "TGO")),
])
def test_a_denial_or_a_condition_elsewhere_in_the_sentence_leaves_the_encounter(sentence, pair):
    assert pair in {(e["country_a"], e["country_b"]) for e in events(sentence, ref="2015-04-09", **NEWS)}


@pytest.mark.parametrize("sentence, expected", [
    ("The Gambian President flew to Dakar on Monday, where the Senegalese President met him on the tarmac.",
     ("meeting", "GMB", "SEN", "2015-04-06")),
    ("The Fijian Prime Minister said the call went well after the Australian Prime Minister called him on Tuesday.",
     ("phone_call", "AUS", "FJI", "2015-04-07")),
    ("Colombia's President got through to the Ecuadorian President by telephone late on Monday.",
     ("phone_call", "COL", "ECU", "2015-04-06")),
    ("The Samoan Prime Minister had a telephone exchange with the Tongan King on Wednesday.",
     ("phone_call", "TON", "WSM", "2015-04-08")),
])
def test_a_pronoun_object_or_another_wording_of_a_call_or_a_greeting(sentence, expected):
    rows = events(sentence, ref="2015-04-09", **NEWS)
    assert expected in {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows}


def test_a_team_met_by_a_president_is_no_encounter():
    rows = events("The Kenyan team won the final in Kampala, and the Ugandan President met them at the stadium on Monday.",
                  ref="2015-04-09", **NEWS)
    assert not [e for e in rows if e["type"] == "meeting"]


@pytest.mark.parametrize("sentence, expected", [
    ("After the forum, the Japanese Prime Minister will stay on in Thailand for an official visit on June 11.",
     ("visit", "JPN", "THA", "2015-06-11", "planned")),
    ("'On Friday I fly on to Lima,' the Chilean President told reporters in Quito.",
     ("visit", "CHL", "PER", "2015-06-12", "planned")),
])
def test_staying_on_or_flying_on_later_is_a_plan(sentence, expected):
    rows = events(sentence, ref="2015-06-08", **NEWS)
    assert expected in {(e["type"], e["country_a"], e["country_b"], e["start"], e["status"]) for e in rows}


def test_an_interview_printed_without_labels_speaks_for_its_interviewee():
    text = ("Kenyan Foreign Minister Musalia Mudavadi spoke to this newspaper in an interview on Friday.\n\n"
            "You were in Kampala this week. What came of it?\n\n"
            "On Tuesday I met President Museveni, and we agreed on the border posts.\n\n"
            "And what about Tanzania?\n\nI will travel to Dodoma next week.")
    rows = {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in events(text, ref="2024-06-14", **NEWS)}
    assert {("meeting", "KEN", "UGA", "2024-06-11"), ("visit", "KEN", "TZA", "2024-06")} <= {
        (t, a, b, s[:7] if t == "visit" else s) for t, a, b, s in rows}


def test_an_article_that_only_mentions_an_interview_has_no_turns():
    from multipolar.entities import find_mentions
    from multipolar.speakers import turns
    text = ("Kenyan President William Ruto said in an interview on Friday that trade was growing.\n\n"
            "Will the border reopen? Officials did not say.\n\nI met him in Kampala, a trader said.")
    assert turns(text, find_mentions(text, "x")) == ([], [])


@pytest.mark.parametrize("sentence, pair", [
    ("Belgium's Prime Minister was the Dutch Prime Minister's guest at the Catshuis on Monday.", ("BEL", "NLD")),
    ("The Austrian Chancellor was the guest of the Monegasque Prince in Monaco on Monday.", ("AUT", "MCO")),
    ("Chile's President spent Monday evening closeted with the Argentine President in Mendoza.", ("ARG", "CHL")),
])
def test_a_guest_of_someone_or_hours_spent_with_someone_is_a_meeting(sentence, pair):
    rows = events(sentence, ref="2015-04-09", **NEWS)
    assert ("meeting", *pair, "2015-04-06") in {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows}


@pytest.mark.parametrize("sentence", [
    "The French President was the guest of honour at the Indian Republic Day parade on Monday.",
    "The Ghanaian President spent Monday with students in Accra.",
])
def test_a_guest_of_honour_or_a_day_with_students_is_no_meeting(sentence):
    assert not [e for e in events(sentence, ref="2015-04-09", **NEWS) if e["type"] == "meeting"]


def test_days_spent_somewhere_and_talks_held_there_stay_a_visit_and_talks():
    rows = events("Before coming here, the Gabonese President spent two days in Budapest and held talks with Prime Minister "
                  "Viktor Orban.", ref="2025-04-09", **NEWS)
    assert {e["type"] for e in rows if {e["country_a"], e["country_b"]} == {"GAB", "HUN"}} == {"visit", "talks"}


def test_an_office_for_a_portfolio_of_a_country_names_its_holder_and_a_body_is_no_state():
    rows = events("In Accra, the Polish Deputy Minister will meet the Minister for Foreign Affairs and Regional Integration of "
                  "Ghana on 13 March and hold talks at the ECOWAS Commission.", ref="2024-03-08", **NEWS)
    assert {(e["type"], e["country_a"], e["country_b"], e["start"], e["status"]) for e in rows} == \
        {("meeting", "GHA", "POL", "2024-03-13", "planned")}


def test_talks_with_an_office_holder_for_a_portfolio_scheduled_after_it_are_a_plan():
    rows = events("In Lusaka, political consultations with Zambia's Permanent Secretary for Foreign Affairs and International "
                  "Cooperation are scheduled for 11 March.", ref="2024-03-08", site_country="POL", **NEWS)
    assert ("meeting", "POL", "ZMB", "2024-03-11", "planned") in {
        (e["type"], e["country_a"], e["country_b"], e["start"], e["status"]) for e in rows}


def test_a_meeting_on_the_item_date_is_not_the_ministers_talks_the_day_before():
    text = ("Vladimir Putin received Foreign Minister of Egypt Sameh Shoukry, who is in Moscow on a working visit. "
            "On Thursday, Sameh Shoukry held talks with Russian Foreign Minister Sergei Lavrov.")
    rows = table(text, ref="2023-11-24", site_country="RUS", **NEWS).to_dict("records")
    assert {("meeting", "2023-11-24"), ("talks", "2023-11-23")} <= {(e["type"], e["start"]) for e in rows}


def test_the_same_day_as_a_one_day_visit_told_last_is_that_day():
    text = ("From December 4 to 6, the Russian President will pay an official visit to Portugal. Talks with the Portuguese "
            "President will take place in Lisbon on December 5. On December 7, the Russian President will make a working "
            "visit to Ireland. Talks with the Irish Prime Minister are planned in Dublin the same day.")
    rows = events(text, ref="2000-11-22", **NEWS)
    assert ("talks", "IRL", "RUS", "2000-12-07") in {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows}


def test_the_city_right_after_a_trip_is_its_destination_not_a_place_named_before():
    rows = events("The Japanese Prime Minister will be back in Tokyo in time to follow the Chinese President's expected trip "
                  "to Vladivostok later this week.", ref="2019-04-22", **NEWS)
    assert {(e["type"], e["country_a"], e["country_b"], e["host"]) for e in rows} == {("visit", "CHN", "RUS", "RUS")}


def test_the_tour_opened_in_a_city_is_the_traveller_told_before_a_sentence_that_names_nobody():
    text = ("Chilean President Gabriel Boric's week in the Caribbean has been short on spectacle. That is no criticism. "
            "The tour opened in Kingston on May 6 with a two-day state visit to Jamaica.")
    rows = events(text, ref="2024-05-12", **NEWS)
    assert ("visit", "CHL", "JAM", "2024-05-06") in {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows}
    text = ("Chilean President Gabriel Boric spoke to Cuba's President. The two leaders agreed to meet again. "
            "The tour opened in Kingston on May 6.")  # ('The two leaders': no looking past them)
    assert not [e for e in events(text, ref="2024-05-12", **NEWS) if e["type"] == "visit"]


@pytest.mark.parametrize("sentence, pair", [
    ("The Bulgarian Prime Minister and the Greek Prime Minister walked the new port at Kavala together on Tuesday.",
     ("BGR", "GRC")),
    ("The Guyanese President and the Venezuelan President faced each other at Kingstown on Tuesday.", ("GUY", "VEN")),
    ("Guyana's President and Venezuela's President faced each other at Kingstown on Tuesday.", ("GUY", "VEN")),
    ("The Thai Prime Minister and the Cambodian Prime Minister managed a brief encounter in Beijing on Tuesday.",
     ("KHM", "THA")),
])
def test_two_sides_doing_something_together_in_the_subject_is_a_meeting(sentence, pair):
    rows = events(sentence, ref="2019-10-02", **NEWS)
    assert ("meeting", *pair, "2019-10-01") in {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows}


@pytest.mark.parametrize("sentence", [
    "The Greek Prime Minister and his wife toured the museum together on Tuesday.",
    "The Greek Prime Minister attended the ceremony together with other European leaders on Tuesday.",
    "The Greek Prime Minister had a brief encounter with reporters on Tuesday.",
])
def test_one_side_doing_something_together_is_no_meeting(sentence):
    assert not [e for e in events(sentence, ref="2019-10-02", **NEWS) if e["type"] == "meeting"]


@pytest.mark.parametrize("second", [
    "Earlier, the new prime minister had received the Sri Lankan President and the Afghan President.",
    "On Monday, he received the Sri Lankan President and the Afghan President.",
])
def test_an_office_or_a_pronoun_after_an_opening_adverb_is_the_subject_told_before(second):
    rows = events("Indian Prime Minister Narendra Modi spoke to reporters. " + second, ref="2014-05-27", **NEWS)
    assert {(e["country_a"], e["country_b"]) for e in rows if e["type"] == "meeting"} == {("IND", "LKA"), ("AFG", "IND")}


@pytest.mark.parametrize("sentence, expected", [
    ("The Brazilian President spent Monday in Luanda, then carried on to Windhoek on Tuesday.",
     ("visit", "BRA", "NAM", "2004-07-27", "held")),
    ("Senegal's President was then driven on to Banjul on Tuesday.", ("visit", "GMB", "SEN", "2004-07-27", "held")),
    ("The Thai Prime Minister will drive over the Friendship Bridge into Vientiane on Saturday.",
     ("visit", "LAO", "THA", "2004-07-31", "planned")),
    ("From there the Thai Prime Minister goes by air to Hanoi on Sunday.", ("visit", "THA", "VNM", "2004-08-01", "planned")),
])
def test_a_leg_told_by_how_the_traveller_moves_on(sentence, expected):
    rows = events(sentence, ref="2004-07-28", **NEWS)
    assert expected in {(e["type"], e["country_a"], e["country_b"], e["start"], e["status"]) for e in rows}


def test_something_else_moving_on_is_no_visit():
    assert events("The bill moves on to the Senate on Monday, and the aid goes by road to Ukraine.", ref="2004-07-28",
                  **NEWS) == []


def test_days_spent_in_a_city_with_its_president_stay_a_visit():
    rows = events("The Brazilian President spent Monday in Luanda with the Angolan President.", ref="2004-07-28", **NEWS)
    assert ("visit", "AGO", "BRA") in {(e["type"], e["country_a"], e["country_b"]) for e in rows}


@pytest.mark.parametrize("sentence, expected", [
    ("The Prime Minister of Malaysia arrived on Bali on Sunday evening.", ("visit", "IDN", "MYS", "2013-10-06")),
    ("The Chilean President praised the consultations he held with the Peruvian President in Lima on October 2.",
     ("meeting", "CHL", "PER", "2013-10-02")),
    ("The Chilean President recalled his talks with the Peruvian President, whom he had received in Santiago last Friday.",
     ("meeting", "CHL", "PER", "2013-10-04")),
])
def test_an_island_arrival_talks_he_held_and_one_whom_he_had_received(sentence, expected):
    rows = events(sentence, ref="2013-10-07", **NEWS)
    assert expected in {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows}


def test_in_a_transcript_you_received_by_someone_and_our_last_conversation_somewhere():
    text = ("Meeting with President of Madagascar Andry Rajoelina\n\n"
            "Vladimir Putin met with President of Madagascar Andry Rajoelina.\n\n"
            "President of Russia Vladimir Putin: Mr President, Government Chairman Dmitry Medvedev will receive you on "
            "Thursday. Our last conversation took place in Sochi last October.")
    rows = table(text, ref="2019-05-21", site_country="RUS", title="Meeting with President of Madagascar Andry Rajoelina",
                 **NEWS).to_dict("records")
    got = {(e["type"], e["country_a"], e["country_b"], e["start"], e["status"]) for e in rows}
    assert {("meeting", "MDG", "RUS", "2019-05-23", "planned"), ("meeting", "MDG", "RUS", "2018-10", "held")} <= got


def test_an_onward_leg_with_no_verb_begins_as_the_leg_before_ends():
    rows = events("Pope Leo XIV will travel to Kenya from 27 to 30 November and on to Uganda until 2 December.",
                  ref="2025-10-07", **NEWS)
    assert ("UGA", "2025-11-30", "2025-12-02", "planned") in {(e["host"], e["start"], e["end"], e["status"]) for e in rows}
    rows = events("The Kuwaiti Emir flew to Dubai on Wednesday morning for talks, and on to Doha the same evening.",
                  ref="2025-10-07", **NEWS)
    assert ("visit", "KWT", "QAT", "2025-10-01") in {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows}


@pytest.mark.parametrize("sentence, expected", [
    ("The Barbadian Prime Minister opened two days of discussions with the Guyanese President on Thursday.",
     ("talks", "BRB", "GUY", "2005-11-10")),
    ("The Indian Prime Minister held 50 minutes of discussions with the Pakistani Prime Minister on Thursday.",
     ("talks", "IND", "PAK", "2005-11-10")),
    ("The Brazilian President will spend Friday to Tuesday in Portugal.", ("visit", "BRA", "PRT", "2005-11-18")),
])
def test_lengths_of_talks_and_days_spent_somewhere(sentence, expected):
    rows = events(sentence, ref="2005-11-12", **NEWS)
    assert expected in {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows}


@pytest.mark.parametrize("sentence, expected", [
    ("'It went well,' the Chilean President said after meeting the Peruvian President in Lima on Friday.",
     ("meeting", "CHL", "PER", "2017-11-10")),
    ("Malcolm Turnbull met the Indian Prime Minister on Friday; Turnbull also saw Emmanuel Macron that evening.",
     ("meeting", "AUS", "FRA", "2017-11-10")),
    ("The British Prime Minister paid his respects to the Omani Sultan in Muscat on Friday.",
     ("meeting", "GBR", "OMN", "2017-11-10")),
    ("Liberia's President was given lunch at the Elysee by the French President on Friday.",
     ("meeting", "FRA", "LBR", "2017-11-10")),
    ("Liberia's President was back in Paris on Friday.", ("visit", "FRA", "LBR", "2017-11-10")),
])
def test_after_meeting_also_saw_paid_respects_given_lunch_back_in(sentence, expected):
    rows = events(sentence, ref="2017-11-11", **NEWS)
    assert expected in {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows}


@pytest.mark.parametrize("sentence", [
    "The Chilean President said after meeting the press on Friday that he saw the point.",
    "The Chilean President paid his respects to the victims on Friday.",
    "The South Korean President will be back in Seoul on Friday.",
])
def test_the_press_the_victims_or_home_are_no_encounter(sentence):
    assert events(sentence, ref="2017-11-11", **NEWS) == []


def test_he_after_a_semicolon_is_the_subject_of_the_first_clause():
    rows = events("Malcolm Turnbull met the Indian Prime Minister on Friday; he also saw Emmanuel Macron that evening.",
                  ref="2017-11-11", **NEWS)
    assert {(e["country_a"], e["country_b"]) for e in rows} == {("AUS", "IND"), ("AUS", "FRA")}


@pytest.mark.parametrize("sentence, expected", [
    ("Kenyan President William Ruto was last in the UAE in December.", ("visit", "ARE", "KEN", "2023-12")),
    ("The previous Czech–Kenyan political consultations took place in Prague in 2019.", ("meeting", "CZE", "KEN", "2019")),
    ("The Zambia-Malawi Joint Commission, co-chaired by the two foreign ministers, met this morning.",
     ("meeting", "MWI", "ZMB", "2024-01-16")),
])
def test_the_country_after_in_the_an_adjective_before_consultations_a_body_with_its_chairs(sentence, expected):
    rows = events(sentence, ref="2024-01-16", **NEWS)
    assert expected in {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows}


def test_in_a_countrys_interest_is_no_visit():
    assert events("The Kenyan President said the deal was in the UAE's interest.", ref="2024-01-16", **NEWS) == []


def test_playing_host_to_someone_is_a_meeting():
    rows = events("The Tajik President will play host to the Afghan President in Dushanbe on the 14th.", ref="2011-09-06",
                  **NEWS)
    assert ("meeting", "AFG", "TJK", "2011-09-14", "planned") in {
        (e["type"], e["country_a"], e["country_b"], e["start"], e["status"]) for e in rows}


@pytest.mark.parametrize("sentence, expected", [  # a review's counter-examples to this session's rules
    ("The Kremlin said the Russian President would travel to Beijing in May, but did not say if he would meet the Chinese "
     "President.", ("visit", "CHN", "RUS")),
    ("The Kenyan President said he would visit Uganda next week even if the rains continue.", ("visit", "KEN", "UGA")),
    ("If confirmed, the Chinese President would visit France from May 5 to 7.", ("visit", "CHN", "FRA")),
    ("The Kenyan President denied reports that he was ill and flew to Kampala on Monday.", ("visit", "KEN", "UGA")),
    ("Poland's President abandoned plans for a referendum and travelled to Kyiv on Monday.", ("visit", "POL", "UKR")),
    ("The Chinese Premier visited Canberra on Monday, after tariffs on Australian wine were dropped.",
     ("visit", "AUS", "CHN")),
    ("The US President spent an hour on the phone with the Chinese President on Tuesday.", ("phone_call", "CHN", "USA")),
    ("The Kenyan and Ugandan Presidents held talks at the African Union headquarters on Monday.", ("talks", "KEN", "UGA")),
    ("'On Friday I fly on to Lima,' Chile's President told reporters in Quito.", ("visit", "CHL", "PER")),
    ("In Accra, the Polish Deputy Minister will meet the Secretary of State for Foreign Affairs of Ghana on 13 March.",
     ("meeting", "GHA", "POL")),
])
def test_what_the_new_rules_must_leave_or_find(sentence, expected):
    assert expected in {(e["type"], e["country_a"], e["country_b"]) for e in events(sentence, ref="2024-05-10", **NEWS)}


def test_a_plan_told_with_its_own_dates_after_since_a_year_keeps_them():
    rows = events("The Chinese President will make his first visit to France since 2019 from May 5 to 7.", ref="2024-05-10",
                  **NEWS)
    assert ("2025-05-05", "2025-05-07", "planned") in {(e["start"], e["end"], e["status"]) for e in rows}


def test_a_hypothetical_with_its_own_date_gives_no_encounter():
    assert events("'If the Peruvian President invites me, I would travel to Lima next week,' the Ecuadorian President said.",
                  ref="2024-05-10", **NEWS) == []


@pytest.mark.parametrize("sentence", [
    "The Russian President has spent years at odds with the Ukrainian President.",
    "The US President spent decades working with Chinese leaders.",
    "The Russian and Ukrainian armed forces faced each other along the Dnipro on Friday.",
    "Russian gas flows through Ukraine and on to Slovakia.",
    "The Russian President moved on to Ukraine in his speech on Monday.",
    "The Japanese Prime Minister paid his respects to the late Queen Elizabeth II in London on Monday.",
    "The Chinese President said the deal was in the Philippines' interest.",
    "The Japanese Prime Minister said the deal is in the US interest.",
    "The German Chancellor arrived on Qatar Airways in Tokyo on Monday.",
    "The Kenyan President spoke about the refugees. The Ugandan President met them in the camp on Tuesday.",
    "The French President later saw Zelensky on television.",
])
def test_what_the_new_rules_must_not_find(sentence):
    rows = events(sentence, ref="2024-05-10", **NEWS)
    assert not [e for e in rows if e["type"] != "visit" or {e["country_a"], e["country_b"]} != {"DEU", "JPN"}], rows


def test_a_rescheduled_date_is_no_backward_range():
    from datetime import date
    from multipolar.dateexpr import find_dates
    [d] = find_dates("The visit was brought forward from July 3 to June 30.", date(2024, 5, 10), "x")
    assert (d["value_start"], d["value_end"]) == ("2024-07-03", "")


def test_a_paragraph_naming_its_own_speaker_is_not_the_interviewees():
    text = ("Kenyan President William Ruto said in an interview on Friday that trade was growing.\n\n"
            "What does this mean for Uganda?\n\nUgandan officials were cautious.\n\nAnd what about Tanzania?\n\n"
            "I will travel to Dodoma next week, a Ugandan minister told reporters.")
    assert not [e for e in events(text, ref="2024-05-10", **NEWS) if "KEN" in (e["country_a"], e["country_b"])]


def test_the_visit_itself_told_after_another_was_called_off_still_counts():
    rows = events("The Spanish King paid a state visit to Portugal on Monday; a planned trip to Morocco was cancelled.",
                  ref="2015-04-09", **NEWS)
    assert {(e["country_a"], e["country_b"]) for e in rows} == {("ESP", "PRT")}


def test_a_title_word_inside_an_introduced_name_keeps_the_name_whole():
    text = ("The President arrived in Asmara for a summit with Somali President Hassan Sheikh Mohamud. "
            "Mohamud visited Cairo in August, when the two presidents signed a defence protocol.")
    rows = events(text, ref="2024-10-10", site_country="EGY", **NEWS)
    assert ("visit", "EGY", "SOM", "2024-08") in {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows}


def test_i_after_another_encounter_in_the_sentence_is_the_speaker_again():
    rows = events("Yesterday, in Rome, I had a meeting with the Italian President, and I was also received by Pope Francis.",
                  ref="2013-11-26", site_country=KREMLIN, **NEWS)
    assert {(e["country_a"], e["country_b"]) for e in rows} == {("ITA", "RUS"), ("RUS", "VAT")}


def test_a_meeting_told_with_also_is_one_more_encounter_not_the_talks_again():
    text = ("On January 17, Vladimir Putin will make an official visit to Serbia. The presidents of Russia and Serbia "
            "will hold talks in Belgrade. Vladimir Putin will also meet with Prime Minister of Serbia Ana Brnabić.")
    rows = table(text, ref="2019-01-15", site_country=KREMLIN, **NEWS)
    assert sorted(rows["type"]) == ["meeting", "talks", "visit"]
    # without 'also', a meeting and talks of the same day naming no one apart are one encounter told twice
    rows = table("President Vladimir Putin held talks with President of Serbia Aleksandar Vučić on Friday. The two "
                 "presidents had a one-on-one meeting on Friday.", ref="2019-01-19", site_country=KREMLIN, **NEWS)
    assert len(rows) == 1


@pytest.mark.parametrize("sentence", [
    "On Friday, South Korean President Yoon Suk Yeol will meet with leaders of Japan's business community.",
    "The Indian Prime Minister will meet the Indian diaspora in Moscow on Tuesday.",
    "Russian President Vladimir Putin and President of Serbia Aleksandar Vučić also met with students on Friday.",
])
def test_a_meeting_with_business_leaders_students_or_the_diaspora_is_no_encounter_between_states(sentence):
    assert events(sentence, ref="2023-03-14", **NEWS) == []


@pytest.mark.parametrize("sentence", [
    "Preparations for the first Russia–Africa summit, which is to be held in Sochi in October, will also be on the agenda.",
    "The President will co-chair the China-Africa Leaders' Dialogue with President Ramaphosa on Thursday.",
    "We will meet again at the Russia-ASEAN ministerial meeting in Kuala Lumpur in July.",
])
def test_a_summit_of_a_country_with_a_region_or_bloc_is_no_bilateral_encounter(sentence):
    rows = events(sentence, ref="2019-04-02", site_country=KREMLIN, **NEWS)
    assert not any(e["type"] == "meeting" for e in rows)


def test_a_visit_told_beside_a_regional_summit_still_counts():
    rows = events("Chinese President Xi Jinping will pay a state visit to South Africa on Tuesday and co-chair the "
                  "China-Africa Leaders' Dialogue with South African President Cyril Ramaphosa.", ref="2023-08-18", **NEWS)
    assert {(e["type"], e["country_a"], e["country_b"]) for e in rows} == {("visit", "CHN", "ZAF")}


def test_the_end_of_the_month_dates_a_plan_to_that_month():
    rows = events("The Russian Foreign Minister reported on preparations for his visit to Seoul at the end of the month.",
                  ref="2003-01-10", **NEWS)
    assert [(e["type"], e["country_a"], e["country_b"], e["start"], e["status"]) for e in rows] == \
        [("visit", "KOR", "RUS", "2003-01", "planned")]


def test_an_invitation_to_visit_is_a_plan_and_a_date_of_the_clause_before_is_not_its():
    rows = events("The two leaders agreed to hold the next session of the Egyptian-Algerian Joint Higher Committee in Cairo "
                  "before the end of the year, and El-Sisi accepted an invitation from Tebboune to visit Algeria, with the "
                  "date to be set through diplomatic channels.", ref="2024-03-04", site_country="EGY", **NEWS)
    visit = [e for e in rows if e["type"] == "visit"]
    assert [(e["status"], e["start"]) for e in visit] == [("planned", "")]


@pytest.mark.parametrize("sentence", [
    "It was agreed that the President of Argentina would make an official visit to Russia as soon as the epidemiological situation allows.",
    "Vladimir Putin and President of Argentina Alberto Fernández agreed to meet in person as soon as the situation allows.",
])
def test_as_soon_as_something_allows_is_a_plan_with_no_date(sentence):
    rows = events(sentence, ref="2020-12-16", site_country=KREMLIN, **NEWS)
    assert rows and all((e["status"], e["start"]) == ("planned", "") for e in rows)


def test_a_programmes_day_heading_dates_the_lines_under_it():
    text = ("The President of Ghana will pay a state visit to the Netherlands from Tuesday 18 to Thursday 20 March 2025.\n\n"
            "Programme\n\nTuesday 18 March\n\n- Official welcome in Amsterdam, followed by a meeting between the King of the "
            "Netherlands and the President of Ghana at the Royal Palace.\n\nWednesday 19 March\n\n- Talks between the President "
            "of Ghana and the Prime Minister of the Netherlands in The Hague.")
    rows = events(text, ref="2025-03-04", **NEWS)
    got = {(e["type"], e["start"]) for e in rows}
    assert ("meeting", "2025-03-18") in got and ("talks", "2025-03-19") in got


def test_a_tenseless_headline_over_an_announced_visit_is_not_a_visit_held_on_the_day_of_the_item():
    rows = table("The Australian Prime Minister will visit Papua New Guinea from 11 to 12 January.",
                 ref="2023-01-10", title="Visit to Papua New Guinea", site_country="AUS", **NEWS)
    assert list(zip(rows["status"], rows["start"])) == [("planned", "2023-01-11")]
    # a visit told as under way in the text stays beside a plan of the same pair
    rows = table("President Vučić, who is in Russia on a working visit, will visit St Petersburg on Friday.",
                 ref="2021-11-25", title="Meeting with President of Serbia Aleksandar Vučić", site_country=KREMLIN, **NEWS)
    assert "held" in set(rows["status"])


def test_an_official_met_in_the_same_clause_as_the_diaspora_still_counts():
    rows = events("Tomorrow, the Georgian Prime Minister will meet with the Speaker of the Azerbaijani parliament and "
                  "meet with representatives of the Georgian diaspora in Azerbaijan.", ref="2024-02-21", **NEWS)
    assert [(e["country_a"], e["country_b"], e["start"]) for e in rows] == [("AZE", "GEO", "2024-02-22")]
    assert events("The Mongolian minister will meet with representatives of the Mongolian community in Korea tomorrow.",
                  ref="2023-06-14", **NEWS) == []


def test_the_two_men_are_the_pair_the_item_is_about_not_the_last_one_told():
    text = ("US President Barack Obama arrived in Israel on Wednesday for talks with Israeli Prime Minister Benjamin "
            "Netanyahu. On Friday he flies to Jordan, where he will hold talks with King Abdullah of Jordan. "
            "The two men last met at the White House in March 2012.")
    rows = events(text, ref="2013-03-20", **NEWS)
    assert ("ISR", "USA", "2012-03") in {(e["country_a"], e["country_b"], e["start"]) for e in rows}
    assert not any(e["start"] == "2012-03" and "JOR" in (e["country_a"], e["country_b"]) for e in rows)


@pytest.mark.parametrize("title", ["Videoconference with President of France Emmanuel Macron",
                                   "Talks with President of France Emmanuel Macron via videoconference"])
def test_a_videoconference_is_a_call_and_talks_held_by_video_link_are_no_second_encounter(title):
    rows = events("", ref="2020-06-26", title=title, site_country=KREMLIN, **NEWS)
    assert [(e["type"], e["country_a"], e["country_b"]) for e in rows] == [("phone_call", "FRA", "RUS")]


def test_a_videoconference_of_a_bloc_is_no_call_and_a_meeting_before_later_calls_stays_a_meeting():
    assert events("Cyril Ramaphosa informed the President of Russia about the videoconference of the African Union "
                  "Bureau on April 3.", ref="2020-04-16", site_country=KREMLIN, **NEWS) == []
    rows = events("Our last meeting in person with the Turkish President was in Astana in October last year, and since "
                  "then we have spoken by telephone many times.", ref="2023-08-01", site_country=KREMLIN, **NEWS)
    assert "meeting" in {e["type"] for e in rows}  # the later calls ('by telephone') do not make it one


def test_an_informal_conversation_over_tea_is_a_meeting_and_one_by_phone_a_call():
    rows = events("Vladimir Putin and Xi Jinping had an informal conversation over tea.", ref="2024-06-19", **NEWS)
    assert [(e["type"], e["country_a"], e["country_b"]) for e in rows] == [("meeting", "CHN", "RUS")]
    rows = events("Vladimir Putin had a telephone conversation with Xi Jinping.", ref="2024-06-19", **NEWS)
    assert [e["type"] for e in rows] == ["phone_call"]


def test_a_venue_whose_name_holds_of_the_gives_the_host():
    rows = events("President Xi Jinping held talks with Russian President Vladimir Putin at the Great Hall of the People.",
                  ref="2024-05-17", **NEWS)
    assert [(e["type"], e["host"]) for e in rows] == [("talks", "CHN")]


# -- sentences a reviewer found the rules of 2026-12-06 (second session) wrong on -------------------

@pytest.mark.parametrize("sentence, pair", [
    ("The Turkish President visited Moscow on Monday, a trip that had been postponed in March.", ("RUS", "TUR")),
    ("Vladimir Putin met Recep Tayyip Erdogan in Sochi on Monday; the grain deal talks have been postponed.", ("RUS", "TUR")),
    ("Vladimir Putin met Xi Jinping in Beijing on Thursday after months of conversations by telephone.", ("CHN", "RUS")),
    ("Vladimir Putin met with Indian Prime Minister Narendra Modi and business leaders.", ("IND", "RUS")),
])
def test_an_encounter_held_stays_whatever_follows_it(sentence, pair):
    rows = events(sentence, ref="2024-05-20", **NEWS)
    assert pair in {(e["country_a"], e["country_b"]) for e in rows if e["status"] == "held" and e["type"] != "phone_call"}


@pytest.mark.parametrize("sentence", [
    "Vladimir Putin addressed participants of the Russia-China Expo via video link.",
    "Vladimir Putin and Xi Jinping watched the launch of the gas pipeline via video link.",
    "Vladimir Putin took part in the ceremony with Xi Jinping by video link.",
])
def test_taking_part_by_video_link_is_no_call(sentence):
    assert not any(e["type"] == "phone_call" for e in events(sentence, ref="2024-05-20", **NEWS))


def test_a_date_with_s_after_a_verb_of_saying_dates_what_follows():
    rows = events("The Kremlin said Monday's talks between Vladimir Putin and Xi Jinping were constructive.",
                  ref="2024-05-22", **NEWS)
    assert [(e["type"], e["start"]) for e in rows] == [("talks", "2024-05-20")]
    rows = events("Chinese President Xi Jinping will visit Russia on Thursday, the Kremlin said Tuesday.", ref="2024-05-21", **NEWS)
    assert [e["start"] for e in rows] == ["2024-05-23"]  # not the Tuesday of the statement


def test_the_two_men_who_will_meet_are_the_last_pair_told():
    text = ("US President Barack Obama arrived in Israel on Wednesday for talks with Israeli Prime Minister Benjamin "
            "Netanyahu. On Friday he flies to Jordan to see King Abdullah of Jordan. The two men will hold talks on Syria in Amman.")
    rows = events(text, ref="2013-03-20", **NEWS)
    assert ("talks", "JOR", "USA") in {(e["type"], e["country_a"], e["country_b"]) for e in rows}


def test_a_day_heading_far_above_or_before_the_item_dates_no_plan():
    text = ("Monday 13 May\n\nThe President of Kazakhstan arrived in Moscow for talks with the Russian President.\n\n"
            "The two presidents discussed trade.\n\nThe Russian President accepted an invitation and would visit "
            "Kazakhstan at a mutually convenient time.")
    rows = events(text, ref="2024-05-17", **NEWS)
    assert all(e["start"] == "" for e in rows if e["status"] == "planned")


def test_a_country_after_a_preposition_introduces_nobody():
    rows = events("After talks in Russia Foreign Minister Tomas Kral of the Czech Republic returned to Prague. "
                  "Kral will visit Poland next week.", ref="2024-05-17", **NEWS)
    assert not any({e["country_a"], e["country_b"]} == {"POL", "RUS"} for e in rows)


def test_also_of_another_verb_does_not_keep_a_meeting_apart_from_talks():
    rows = table("President Vladimir Putin held talks with President of Serbia Aleksandar Vučić on Friday and also had a "
                 "lot to say. The presidents had a one-on-one meeting on Friday.", ref="2019-01-19", site_country=KREMLIN, **NEWS)
    assert len(rows) == 1


def test_a_headline_on_the_sidelines_of_a_regional_summit_keeps_its_meeting():
    rows = events("", ref="2022-12-09", title="On sidelines of China-Arab summit Xi meets Saudi crown prince", **NEWS)
    assert ("CHN", "SAU") in {(e["country_a"], e["country_b"]) for e in rows}


def test_vietnamese_names_are_found_without_their_accents_in_the_lexicon():
    from multipolar.entities import find_mentions

    assert {m["country"] for m in find_mentions("President Lương Cường met the delegation.") if m["kind"] == "person"} == {"VNM"}


def test_a_meeting_headline_over_a_later_plan_of_talks_is_held_and_visits_elsewhere_stay_apart():
    rows = table("Tomorrow you will hold talks with the Prime Minister on the whole range of economic issues.",
                 ref="2002-10-16", title="Meeting with Prime Minister of Thailand Thaksin Shinawatra", site_country=KREMLIN, **NEWS)
    assert ("meeting", "held", "2002-10-16") in set(zip(rows["type"], rows["status"], rows["start"]))
    rows = table("The Icelandic Foreign Minister is in Ireland on an official visit. Tomorrow, she will travel to Galway "
                 "to visit the Marine Institute. The Irish Foreign Minister accepted an invitation to visit Iceland later this year.",
                 ref="2023-03-07", **NEWS)
    assert "ISL" in set(rows[rows["type"] == "visit"]["host"])


def test_a_meeting_with_the_same_leader_years_before_does_not_hide_todays():
    rows = table("Vladimir Putin had separate meetings with Prime Minister of Ethiopia Abiy Ahmed on the sidelines of the "
                 "summit. Vladimir Putin and Abiy Ahmed previously met in Sochi in October 2019.",
                 ref="2023-07-27", site_country=KREMLIN, **NEWS)
    assert {"2023-07-27", "2019-10"} <= set(rows["start"])


def test_a_country_named_like_a_town_elsewhere_is_the_country():
    from multipolar.places import city_at

    assert city_at("Mexico on Thursday")[0] == "MEX" and city_at("Lebanon today")[0] == "LBN"


def test_new_talks_during_a_visit_take_its_day_even_when_earlier_talks_of_the_pair_are_dated():
    text = ("President Gabriel Boric arrived in the Argentine capital Buenos Aires on Monday for a working visit. "
            "The visit is his second this year.\n\nUpon his arrival, Boric held bilateral talks with Argentine President "
            "Javier Milei at the Casa Rosada.\n\nMilei was last in Santiago in March, for talks with Boric on lithium.")
    rows = events(text, ref="2024-08-06", **NEWS)
    talks = sorted(e["start"] for e in rows if e["type"] == "talks")
    assert talks == ["2024-03", "2024-08-05"]  # the new talks on the visit's day; the earlier ones stay in March


def test_after_the_talks_still_refers_to_the_dated_talks():
    text = ("Gabriel Boric held talks with Argentine President Javier Milei in Buenos Aires on August 5. "
            "Boric arrived in Argentina on August 4 for a three-day visit. "
            "After the talks, the two presidents signed a memorandum on lithium.")
    rows = table(text, ref="2024-08-07", **NEWS)
    assert sorted(rows.loc[rows["type"] == "talks", "start"]) == ["2024-08-05"]


def test_later_opening_a_sentence_is_the_same_day_as_the_encounter_before():
    text = ("President Gabriel Boric received his Argentine counterpart Javier Milei on Thursday at La Moneda. "
            "Milei arrived in the country on Wednesday night for a three-day official visit. "
            "Later, President Boric offered a luncheon in honour of his Argentine guest Javier Milei.")
    rows = events(text, ref="2024-08-09", **NEWS)
    assert {e["start"] for e in rows if e["type"] != "visit"} == {"2024-08-08"}  # not the item's date, the 9th


def test_spoke_with_at_a_summit_or_during_a_visit_is_no_call():
    for sentence in ("Prime Minister Christopher Luxon spoke with Japanese Prime Minister Shigeru Ishiba on the margins of the summit.",
                     "Prime Minister Christopher Luxon spoke with Japanese Prime Minister Shigeru Ishiba during his visit."):
        assert "phone_call" not in {e["type"] for e in events(sentence, **NEWS)}, sentence


@pytest.mark.parametrize("sentence, pair, host, start, status", [
    ("The two ministers agreed that the Chile-Peru Foreign Ministers' Strategic Dialogue will be held in Lima later this year.",
     ("CHL", "PER"), "PER", "2025", "planned"),
    ("The Kazakh-Uzbek Intergovernmental Commission on Trade and Investment will meet in Tashkent in September.",
     ("KAZ", "UZB"), "UZB", "2025-09", "planned"),
    ("They agreed to hold the next round of the Mongolia-Republic of Korea Strategic Dialogue in Seoul next year.",
     ("KOR", "MNG"), "KOR", "2026", "planned"),
    ("The previous session of the Kenya-Tanzania Bi-National Commission was held in Arusha in November 2021.",
     ("KEN", "TZA"), "TZA", "2021-11", "held"),
    ("They agreed to convene the Ghana–Togo Joint Permanent Commission later this year in Lomé.",
     ("GHA", "TGO"), "TGO", "2025", "planned"),
])
def test_a_bilateral_body_meeting_is_a_meeting_of_its_pair(sentence, pair, host, start, status):
    rows = events(sentence, ref="2025-03-10", **NEWS)
    assert [((e["country_a"], e["country_b"]), e["host"], e["start"], e["status"]) for e in rows] == [(pair, host, start, status)]


def test_a_body_named_in_passing_is_no_meeting():
    assert events("They discussed the agenda of the Chile-Peru Strategic Dialogue.", ref="2025-03-10", **NEWS) == []


def test_what_an_announced_meeting_is_for_is_the_same_plan():
    rows = events("President William Ruto will on Tuesday host his Tanzanian counterpart, President Samia Suluhu Hassan, "
                  "for the 3rd session of the Kenya–Tanzania Joint Commission in Nairobi.", ref="2024-11-29", **NEWS)
    assert {(e["status"], e["start"]) for e in rows} == {("planned", "2024-12-03")}


def test_a_trip_that_took_him_to_countries_is_a_visit_to_each_by_the_one_named_before():
    rows = events("Chilean President Gabriel Boric returned on Sunday from a week-long trip that took him to Spain and France.",
                  ref="2024-06-10", **NEWS)
    assert sorted((e["country_a"], e["country_b"], e["host"]) for e in rows) == [("CHL", "ESP", "ESP"), ("CHL", "FRA", "FRA")]


def test_took_him_names_no_visitor_when_no_actor_stands_before_it():
    rows = events("The programme that took him to Spain was cut short.", ref="2024-06-10", **NEWS)
    assert rows == []


def test_a_tour_that_will_also_take_him_elsewhere_stays_a_plan():
    rows = events("Chinese President Xi Jinping arrived in Hanoi for a state visit to Vietnam, the first leg of a tour that will also "
                  "take him to Malaysia from April 15 to 17.", ref="2025-04-14", **NEWS)
    assert [(e["country_b"], e["start"], e["status"]) for e in rows if e["country_b"] == "MYS"] == [("MYS", "2025-04-15", "planned")]


def test_someone_who_is_in_a_country_now_visits_it_on_the_items_day_anywhere_in_the_item():
    text = ("Kazakh President Kassym-Jomart Tokayev received Uzbek Foreign Minister Bakhtiyor Saidov in Astana.\n\n"
            "Trade was discussed at length.\n\n"
            "Bakhtiyor Saidov is in Kazakhstan to co-chair the meeting of the Kazakhstan-Uzbekistan Intergovernmental "
            "Commission, which is being held in Astana today.")
    rows = events(text, ref="2024-03-15", **NEWS)
    assert ("visit", "KAZ", "UZB", "2024-03-15") in {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows}


def test_a_plan_later_in_the_day_is_on_the_items_day_not_that_of_an_encounter_told_before():
    text = ("Uzbek Foreign Minister Bakhtiyor Saidov was received in Astana by President Kassym-Jomart Tokayev.\n\n"
            "On Thursday, Saidov met Kyrgyz President Sadyr Japarov in Bishkek.\n\n"
            "Later in the day, Bakhtiyor Saidov will hold talks with Kazakh Foreign Minister Murat Nurtleu.")
    rows = events(text, ref="2024-03-15", **NEWS)
    assert [(e["start"], e["status"]) for e in rows if e["type"] == "talks"] == [("2024-03-15", "planned")]


def test_is_in_a_countrys_interest_is_no_visit():
    assert events("Prime Minister Anthony Albanese said a stable Indonesia is in Australia's interest.", ref="2015-11-12",
                  **NEWS) == []


def test_talks_with_the_foreign_minister_and_a_reception_by_the_president_the_same_day_are_two():
    text = ("Kazakh Foreign Minister Murat Nurtleu held talks with Mongolian Foreign Minister Battsetseg Batmunkh in "
            "Ulaanbaatar on June 12.\n\nThe same day, Murat Nurtleu was received by Mongolian President Ukhnaagiin "
            "Khürelsükh.")
    rows = table(text, ref="2024-06-12", **NEWS)
    assert sorted(rows["type"]) == ["meeting", "talks"]


def test_a_visitor_who_will_also_be_received_later_in_the_day_is_received_on_the_items_day():
    text = ("Federal Chancellor Karl Nehammer received Slovenian Prime Minister Robert Golob in Vienna on 20 May 2025.\n\n"
            "Nehammer told his guest about his telephone conversation with Hungarian Prime Minister Viktor Orbán on Monday.\n\n"
            "In the afternoon, Prime Minister Golob will also be received by Federal President Alexander Van der Bellen.")
    rows = events(text, ref="2025-05-20", **NEWS)
    assert [(e["start"], e["status"]) for e in rows if "Van der Bellen" in e["actors"]] == [("2025-05-20", "planned")]


def test_received_today_by_is_a_meeting():
    rows = events("Prime Minister of Georgia Irakli Kobakhidze, who is on an official visit to Azerbaijan, was received today "
                  "by President Ilham Aliyev.", ref="2024-02-21", **NEWS)
    assert ("meeting", "AZE", "GEO", "2024-02-21") in {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows}


def test_whom_he_met_pairs_the_one_named_before_whom_with_the_sentences_subject():
    rows = events("Viktor Orbán told the President of Russia about his conversation with Volodymyr Zelensky, whom he met "
                  "on the sidelines of the EU summit on Thursday.", ref="2024-12-22", site_country=KREMLIN, **NEWS)
    assert {(e["country_a"], e["country_b"], e["start"]) for e in rows if e["type"] == "meeting"} == {("HUN", "UKR", "2024-12-19")}


def test_an_undated_visit_takes_the_day_of_the_pairs_meeting_there():
    text = ("President Paul Kagame on Saturday, March 16, hosted his Mozambican counterpart Filipe Nyusi at Village "
            "Urugwiro in Kigali.\n\nNyusi, who was in Kigali for a one-day working visit, was accompanied by his ministers.")
    rows = table(text, ref="2024-03-17", **NEWS)
    assert set(zip(rows["type"], rows["start"])) == {("meeting", "2024-03-16"), ("visit", "2024-03-16")}


def test_a_call_on_the_president_after_talks_with_the_prime_minister_is_a_meeting_of_its_own():
    text = ("President Anura Kumara Dissanayake will pay a state visit to India from 15 to 17 December.\n\n"
            "During the visit, President Dissanayake will hold bilateral talks with Prime Minister Narendra Modi on Monday "
            "(16) and will call on President Droupadi Murmu.")
    rows = table(text, ref="2024-12-13", **NEWS)
    assert sorted(rows.loc[rows["type"] != "visit", "type"]) == ["meeting", "talks"]


def test_a_programme_that_includes_talks_announces_them():
    rows = events("The programme in Beijing includes the official welcoming ceremony at the Great Hall of the People and "
                  "official talks with President Xi Jinping on 29 April.", ref="2019-04-24", site_country="PRT", **NEWS)
    assert {(e["type"], e["start"], e["status"]) for e in rows} == {("talks", "2019-04-29", "planned")}


def test_due_in_a_capital_is_a_planned_visit():
    rows = events("Sergey Lavrov is due in Beijing on Monday, the Russian Foreign Ministry said.", ref="2024-06-07", **NEWS)
    assert [(e["type"], e["status"], e["start"]) for e in rows] == [("visit", "planned", "2024-06-10")]


@pytest.mark.parametrize("title, kind, pair, status", [
    ("Modi, Putin to hold annual summit", "meeting", ("IND", "RUS"), "planned"),
    ("Lavrov, Wang Yi discuss Ukraine by phone", "phone_call", ("CHN", "RUS"), "held"),  # Ukraine is the topic
    ("Wang Yi, Blinken meet in Munich", "meeting", ("CHN", "USA"), "held"),
    ("Erdogan hosts Iraqi PM in Ankara", "meeting", ("IRQ", "TUR"), "held"),
    ("Scholz heads to China for three-day visit", "visit", ("CHN", "DEU"), "planned"),
    ("Modi dials Putin, discusses Ukraine", "phone_call", ("IND", "RUS"), "held"),
])
def test_headline_wordings_of_wire_services(title, kind, pair, status):
    rows = events("The two sides discussed bilateral relations.", title=title, **NEWS)
    assert (kind, *pair, status) in {(e["type"], e["country_a"], e["country_b"], e["status"]) for e in rows}, rows


def test_a_title_naming_nobody_is_the_texts_encounter_within_a_week():
    rows = table("Lao Foreign Minister Thongsavanh Phomvihane held a phone conversation last Tuesday with Vietnamese Foreign "
                 "Minister Bui Thanh Son.", title="Lao, Vietnamese Foreign Ministers discuss ties by phone", ref="2024-10-17", **NEWS)
    assert list(rows["start"]) == ["2024-10-15"]


def test_an_undated_meeting_of_an_essay_is_dated_by_no_visit_when_two_could_hold_it():
    text = ("Sirimavo Bandaranaike visited China in 1962. She visited China again in 1972. The Sri Lankan delegation "
            "also met Chinese Premier Zhou Enlai.")
    rows = events(text, ref="", ref_method="")
    assert [e["start"] for e in rows if e["type"] == "meeting"] in ([""], [])


def test_a_meeting_with_political_parties_is_no_encounter():
    rows = events("The IDCPC delegation also met with a number of other Sri Lankan political parties in Colombo.",
                  ref="2024-12-20", **NEWS)
    assert rows == []


def test_a_heading_over_talks_the_text_dates_during_the_visit_takes_no_date_of_its_own():
    text = ("Cambodian leader Hun Sen paid a visit to China from December 2 to 4.\n\n"
            "Xi holds talks with Cambodia's senate president Hun Sen\n\n"
            "Chinese President Xi Jinping held talks with Hun Sen on December 3 in Beijing.")
    rows = table(text, ref="2024-12-05", **NEWS)
    assert sorted(rows.loc[rows["type"] == "talks", "start"]) == ["2024-12-03"]


def test_he_as_the_subject_of_a_call_is_the_last_sentences_subject():
    rows = events("Chinese President Xi Jinping received the credentials of new ambassadors. He later spoke by phone with "
                  "Russian President Vladimir Putin.", ref="2024-06-12", **NEWS)
    assert [(e["type"], e["country_a"], e["country_b"]) for e in rows] == [("phone_call", "CHN", "RUS")]


def test_varied_sentences_written_by_a_helper_who_saw_no_rule():
    """fixtures/variety: 80 snippets in many wordings, their encounters annotated by a helper (in sample since
    four rules were written from their first misses; see its README)."""
    from pathlib import Path
    from multipolar.evaluate import snippet_scores
    s = snippet_scores(Path(__file__).parent / "fixtures" / "variety" / "sentences.jsonl")
    assert s["gold"] == 110
    assert s["precision"] >= 0.95 and s["recall"] >= 0.95, s.to_dict()


@pytest.mark.parametrize("folder, name, gold", [("variety2", "varied snippets, second set", 121),
                                                ("variety3", "varied snippets, third set", 129),
                                                ("variety4", "varied snippets, fourth set", 138),
                                                ("variety5", "varied snippets, fifth set", 152),
                                                ("variety6", "varied snippets, sixth set", 168),
                                                ("variety7", "varied snippets, seventh set", 182),
                                                ("variety8", "varied snippets, eighth set", 185),
                                                ("variety9", "varied snippets, ninth set", 193),
                                                ("variety10", "varied snippets, tenth set", 196),
                                                ("variety11", "varied snippets, eleventh set", 195),
                                                ("variety12", "varied snippets, twelfth set", 201),
                                                ("variety13", "varied snippets, thirteenth set", 195)])
def test_the_later_sets_of_snippets_are_well_formed_and_scored(folder, name, gold):
    """fixtures/variety2 to variety12 (each held out and scored once, then in sample since the eighth to eighteenth
    sessions) and variety13 (held out, scored once); each README gives its first score: only their form is tested here,
    not their scores, so that nobody tunes the rules to a held-out set and a set's first score stays comparable with the
    others' (notebook 05 prints the scores). Codes are ISO alpha-3, or XKX, the code in common use for Kosovo."""
    import json
    from pathlib import Path
    import pycountry
    from multipolar.evaluate import snippet_summary
    items = [json.loads(line) for line in (Path(__file__).parent / "fixtures" / folder / "sentences.jsonl")
             .read_text(encoding="utf-8").splitlines()]
    assert len({i["id"] for i in items}) == len(items) == 100
    codes = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
    for item in items:
        for e in item["encounters"]:
            assert e["country_a"] < e["country_b"] and {e["country_a"], e["country_b"]} <= codes, item["id"]
    row = snippet_summary().set_index("snippets").loc[name]
    assert row["gold"] == gold and 0 <= row["matched"] <= row["found"]


@pytest.mark.parametrize("text, ref, expected", [
    ("A telephone conversation took place on Friday between President of the Republic of Uzbekistan Shavkat "
     "Mirziyoyev and President of Turkmenistan Serdar Berdimuhamedov.", "2023-11-11",
     ("phone_call", "TKM", "UZB", "2023-11-10", "held")),
    ("Indian Prime Minister Narendra Modi will travel by train to Kyiv on Friday.", "2024-08-22",
     ("visit", "IND", "UKR", "2024-08-23", "planned")),
    ("Brazilian President Luiz Inácio Lula da Silva begins a two-day state visit to Colombia on Tuesday.", "2024-04-15",
     ("visit", "BRA", "COL", "2024-04-16", "planned")),
    ("Spanish Prime Minister Pedro Sánchez will travel to Mauritania on Tuesday, the Gambia on Wednesday and Senegal on "
     "Thursday.", "2024-08-26", ("visit", "ESP", "SEN", "2024-08-29", "planned")),
    ("The Mexican president reached Cuba from Belize, the last stop of a regional tour that took him to Guatemala on "
     "Thursday.", "2022-05-09", ("visit", "GTM", "MEX", "2022-05-05", "held")),
    # a participle after a comma: the visit and the meeting during it
    ("Senegal's new President Bassirou Diomaye Faye made his first foreign trip to Mauritania on Thursday, meeting "
     "President Mohamed Ould Ghazouani in Nouakchott.", "2024-04-19", ("meeting", "MRT", "SEN", "2024-04-18", "held")),
])
def test_more_wordings_from_the_varied_sentences(text, ref, expected):
    assert expected in {(e["type"], e["country_a"], e["country_b"], e["start"], e["status"]) for e in events(text, ref=ref, **NEWS)}


def test_a_trip_a_plan_makes_is_that_plan():
    rows = events("Prime Minister Anthony Albanese will travel to Jakarta on Thursday for talks with President Prabowo "
                  "Subianto, making Indonesia the destination of his first overseas trip since winning a second term.",
                  ref="2025-05-12", **NEWS)
    assert {(e["status"], e["start"]) for e in rows} == {("planned", "2025-05-15")}


def test_i_leave_for_a_capital_on_a_weekday_is_a_plan():
    rows = events("Russian President Vladimir Putin said: On Sunday I leave for Tokyo, and talks with Prime Minister "
                  "Junichiro Koizumi are scheduled for Monday.", ref="2005-11-14", site_country=KREMLIN, **NEWS)
    assert ("visit", "planned", "2005-11-20") in {(e["type"], e["status"], e["start"]) for e in rows}


def test_will_continue_their_talks_is_a_plan():
    rows = events("On December 16, Russian President Vladimir Putin and Japanese Prime Minister Shinzo Abe will continue "
                  "their talks in Tokyo.", ref="2016-12-10", **NEWS)
    assert [(e["type"], e["start"], e["status"], e["host"]) for e in rows] == [("talks", "2016-12-16", "planned", "JPN")]


@pytest.mark.parametrize("text, expected", [
    ("NATO allies and Ukrainian President Volodymyr Zelensky gathered in Vilnius on Tuesday. Zelensky met US President "
     "Joe Biden on Wednesday.", ("meeting", "UKR", "USA")),  # Zelensky stays Ukraine's, not NATO's
    ("After talks with Emmanuel Macron, Olaf Scholz praised Keir Starmer, whom he met on Thursday.", ("meeting", "DEU", "GBR")),
    ("Russian President Vladimir Putin received Kazakh President Kassym-Jomart Tokayev, whose regional tour took him to "
     "Kyrgyzstan last week.", ("visit", "KAZ", "KGZ")),
    ("Chinese President Xi Jinping met Vietnamese President To Lam and other party leaders in Hanoi on Tuesday.",
     ("meeting", "CHN", "VNM")),
    ("Russian Foreign Minister Sergei Lavrov discussed the situation in Gaza with his Turkish counterpart Hakan Fidan by "
     "phone on Monday.", ("phone_call", "RUS", "TUR")),
])
def test_the_reviews_sentences_that_must_keep_their_encounter(text, expected):
    assert expected in {(e["type"], e["country_a"], e["country_b"]) for e in events(text, ref="2024-06-10", **NEWS)}


def test_a_programme_in_another_clause_does_not_make_held_talks_a_plan():
    rows = events("The agenda includes trade and security; on Monday Modi held talks with Australian Prime Minister Anthony "
                  "Albanese in Canberra.", ref="2024-06-10", **NEWS)
    assert [(e["type"], e["status"]) for e in rows] == [("talks", "held")]


def test_later_opening_a_sentence_does_not_put_a_journey_on_the_day_before():
    rows = events("Putin paid a state visit to China on May 16. Later, he travelled to North Korea and Vietnam.",
                  ref="2024-06-25", **NEWS)
    assert {e["start"] for e in rows if e["country_b"] in ("PRK", "VNM") or e["country_a"] in ("PRK", "VNM")} != {"2024-05-16"}


@pytest.mark.parametrize("text, earlier", [
    ("It is the first visit by a Chinese president to Brazil since Hu Jintao's trip in 2010.", ("BRA", "CHN", "2010")),
    ("Lula made his first trip to China since 2019 on Monday.", ("BRA", "CHN", "2019")),
    ("Prime Minister Petteri Orpo will visit Japan on 3–6 March 2025, the first visit by a Finnish prime minister to "
     "Japan since 2016.", ("FIN", "JPN", "2016")),
])
def test_the_first_visit_since_a_date_tells_of_a_held_visit_then(text, earlier):
    rows = events(text, ref="2025-02-26", **NEWS)
    assert (*earlier, "held") in {(e["country_a"], e["country_b"], e["start"], e["status"]) for e in rows}
    assert sum(e["start"] == earlier[2] for e in rows) == 1  # the visit told is not dated by it


@pytest.mark.parametrize("text", [
    "It was Lula's first trip to China since he returned to office in January.",  # no visit then
    "Wang Yi's first trip abroad since 2023 took him to Moscow on Monday.",  # no destination before 'since'
])
def test_the_first_trip_since_a_time_without_a_destination_then_tells_no_earlier_visit(text):
    rows = events(text, ref="2025-02-26", **NEWS)
    assert rows and all(e["start"][:4] != "2023" and e["start"][5:7] != "01" for e in rows)


@pytest.mark.parametrize("text", [
    "It was the first visit by a US president to Vietnam since the war ended in 1975.",
    "It was the first visit by a Finnish prime minister to Japan since the two countries normalised relations in 1995.",
])
def test_the_first_visit_since_another_event_tells_no_visit_then(text):
    rows = events(text, ref="2024-05-10", **NEWS)
    assert rows and all(e["start"] == "2024-05-10" for e in rows)


def test_a_meeting_on_the_sidelines_of_the_summit_takes_the_date_an_earlier_sentence_gives_the_summit():
    rows = events("The BRICS summit will take place in Fortaleza on July 15. The leaders will discuss a new bank. On the "
                  "sidelines of the summit, Vladimir Putin will have separate meetings with Prime Minister of India Narendra "
                  "Modi and President of South Africa Jacob Zuma.", ref="2014-07-01", **NEWS)
    assert {(e["country_a"], e["country_b"], e["start"], e["status"]) for e in rows} == {
        ("IND", "RUS", "2014-07-15", "planned"), ("RUS", "ZAF", "2014-07-15", "planned")}


def test_a_tour_that_began_in_one_country_and_took_him_to_others_is_a_visit_to_each_by_the_last_subject():
    rows = events("Chinese Foreign Minister Wang Yi held talks with Nigerian Foreign Minister Yusuf Tuggar. Nigeria is the last "
                  "stop of his four-nation tour of Africa, which began in Namibia on January 5 and also took him to the Republic "
                  "of the Congo and Chad.", ref="2025-01-11", **NEWS)
    visits = {(e["country_a"], e["country_b"], e["status"]) for e in rows if e["type"] == "visit"}
    assert {("CHN", "NAM", "held"), ("CHN", "COG", "held"), ("CHN", "TCD", "held")} <= visits
    assert [e["start"] for e in rows if e["country_b"] == "NAM"] == ["2025-01-05"]
    assert not any("NAM" in (e["country_a"], e["country_b"]) and "NGA" in (e["country_a"], e["country_b"]) for e in rows)


def test_a_trip_that_will_take_him_later_this_week_to_a_list_of_countries_plans_a_visit_to_each():
    rows = events("US Secretary of State Marco Rubio is in Panama on the first stop of his trip to Central America, which will take him later "
                  "this week to El Salvador, Costa Rica, Guatemala, and the Dominican Republic.", ref="2025-02-02", **NEWS)
    planned = {(e["country_a"], e["start"], e["end"]) for e in rows if e["status"] == "planned"}
    assert planned == {(c, "2025-02-03", "2025-02-09") for c in ("CRI", "DOM", "GTM", "SLV")}  # a Sunday: the days after it
    assert {(e["country_a"], e["status"]) for e in rows if e["country_a"] != "PAN"} == {(c, "planned") for c in ("CRI", "DOM", "GTM", "SLV")}


def test_an_onward_leg_after_leaving_a_city_is_planned_when_its_clause_is():
    rows = events("On March 11, the Party chief To Lam is set to meet with Speaker Puan Maharani and deliver a policy speech at "
                  "the ASEAN Secretariat, before leaving Jakarta for an official visit to Singapore from March 11-13.",
                  ref="2025-03-10", **NEWS)
    assert ("SGP", "VNM", "2025-03-11", "2025-03-13", "planned") in {
        (e["country_a"], e["country_b"], e["start"], e["end"], e["status"]) for e in rows}


def test_a_summary_bullet_written_as_a_headline_is_a_plan():
    rows = events("Australian Prime Minister Anthony Albanese to hold annual leaders’ meeting with Chinese Premier Li Qiang on "
                  "Tuesday.", ref="2023-11-06", **NEWS)
    assert [(e["country_a"], e["country_b"], e["start"], e["status"]) for e in rows] == [("AUS", "CHN", "2023-11-07", "planned")]


def test_a_demonym_inside_a_place_name_is_no_counterpart_of_a_meeting():
    rows = events("Prime Minister Pham Minh Chinh on Thursday chaired a meeting with ministries and the People's Committees of "
                  "provinces along the route of the Lao Cai–Ha Noi–Hai Phong railway.", ref="2024-12-13", **NEWS)
    assert rows == []


def test_a_leg_to_a_city_of_the_country_being_visited_is_no_new_visit():
    rows = events("Solomon Islands Prime Minister Jeremiah Manele arrived in Wellington on Sunday for a week-long visit to New "
                  "Zealand. Manele will travel to Auckland on Thursday to meet members of the Solomon Islands community.",
                  ref="2024-08-13", **NEWS)
    assert {(e["type"], e["status"], e["start"]) for e in rows} == {("visit", "held", "2024-08-11")}


def test_looking_forward_to_meeting_a_leader_on_a_day_opening_the_sentence_plans_a_meeting_that_day():
    rows = events("Chinese Premier Li Keqiang is in Russia on an official visit. Tomorrow I will travel to Moscow, where I look "
                  "forward to meeting President Putin.", ref="2016-11-07", **NEWS)
    assert ("meeting", "CHN", "RUS", "2016-11-08", "planned") in {
        (e["type"], e["country_a"], e["country_b"], e["start"], e["status"]) for e in rows}


def test_the_place_line_is_where_the_items_own_meeting_was_rather_than_a_visit_two_days_before():
    rows = events("Just two days ago we held very productive talks in Jakarta during my visit to Indonesia.",
                  title="Meeting with President of Indonesia Susilo Bambang Yudhoyono", site_country=KREMLIN, place="Sydney",
                  ref="2007-09-08", **NEWS)
    assert [(e["host"], e["start"]) for e in rows if e["type"] == "meeting"] == [("AUS", "2007-09-08")]


@pytest.mark.parametrize("text, expected", [
    ("On November 15, Vladimir Putin will fly from Ulan Bator to Bandar Seri Begawan.", ("visit", "BRN", "RUS", "planned")),
    ("Before coming here, Guinea-Bissau President Embalo spent two days in Budapest and held talks with Prime Minister Viktor "
     "Orbán.", ("visit", "GNB", "HUN", "held")),
    ("Foreign Minister Sergei Lavrov had a substantive discussion with US Secretary of State Antony Blinken on May 19 in "
     "Reykjavik.", ("meeting", "RUS", "USA", "held")),
    ("Russian Deputy Prime Minister Yury Borisov, who co-chairs the Russian-Syrian intergovernmental commission, will travel "
     "to Damascus next month, and the commission will hold its session there.", ("meeting", "RUS", "SYR", "planned")),
])
def test_flying_from_a_to_b_spending_days_in_a_capital_a_discussion_and_a_commissions_session(text, expected):
    assert expected in {(e["type"], e["country_a"], e["country_b"], e["status"]) for e in events(text, ref="2000-11-13", **NEWS)}


def test_a_trip_before_coming_here_is_of_the_items_year_not_its_day():
    rows = events("Before coming here, Guinea-Bissau President Embalo spent two days in Budapest.", ref="2025-02-26", **NEWS)
    assert [(e["start"], e["status"]) for e in rows] == [("2025", "held")]


def test_a_meeting_of_several_countries_subjects_is_not_bilateral():
    assert events("Deputy foreign ministers of Russia, Syria, Türkiye and Iran are due to meet in Moscow next month.") == []
    assert events("The leaders of Russia, China and India met in Kazan on Tuesday.") == []
    assert events("Deputy Prime Minister Yury Borisov, who co-chairs the Russian-Syrian commission, will travel to Damascus.",
                  site_country=KREMLIN)[0]["type"] == "visit"


TALKS_TRANSCRIPT = ("President of Russia Vladimir Putin: Mr President, welcome to Moscow. We last saw each other in Xiamen in "
              "September. I know that last month you were in Muscat and had talks with Sultan Haitham bin Tariq.\n\n"
              "President of Syria Bashar al-Assad: Thank you. I gladly accept your invitation to come to Sochi next year.")


def test_in_a_transcript_we_are_the_items_pair_and_you_the_listener():
    rows = {(e["type"], e["country_a"], e["country_b"], e["host"], e["start"])
            for e in events(TALKS_TRANSCRIPT, title="Russian-Syrian talks", site_country=KREMLIN, ref="2023-03-15", **NEWS)}
    assert ("meeting", "RUS", "SYR", "CHN", "2022-09") in rows  # we: the speaker and the listener
    assert {("visit", "OMN", "SYR", "OMN", "2023-02"), ("talks", "OMN", "SYR", "OMN", "2023-02")} <= rows  # you: al-Assad
    assert ("visit", "RUS", "SYR", "RUS", "2024") in rows  # 'your invitation': I (al-Assad) come
    assert not any("OMN" in r and "RUS" in r for r in rows)


def test_a_meeting_on_the_sidelines_takes_the_place_of_the_sentence_dating_the_summit():
    rows = events("At the invitation of President Vladimir Putin, President Xi Jinping will travel to Kazan, Russia to attend "
                  "the BRICS Summit from October 22 to 24. China also values the SCO summit in Islamabad. Asked about it, "
                  "Lin Jian said: On the sidelines of the summit, President Xi Jinping will hold a bilateral meeting with "
                  "President Putin.", ref="2024-10-18", **NEWS)
    assert [(e["host"], e["start"]) for e in rows if e["type"] == "meeting"] == [("RUS", "2024-10-22")]


def test_a_list_of_cities_after_a_destination_is_a_visit_to_each_country_and_stops_at_a_name_that_goes_on():
    rows = events("Indian Prime Minister Narendra Modi visited Moscow and Washington officials voiced concern.", ref="2024-07-10",
                  **NEWS)
    assert {(e["country_a"], e["country_b"]) for e in rows} == {("IND", "RUS")}
    rows = events("Next week, Minister Jan Lipavský will travel to Astana and Tashkent, accompanied by a business delegation.",
                  ref="2023-11-03", site_country="CZE", **NEWS)
    assert {(e["country_a"], e["country_b"]) for e in rows} == {("CZE", "KAZ"), ("CZE", "UZB")}


def test_who_arrived_in_the_country_on_its_own_site_visits_the_sites_country():
    rows = events("President Ruto held talks with Ethiopian Prime Minister Abiy Ahmed, who arrived in the country on Wednesday "
                  "for a two-day state visit.", ref="2024-02-29", site_country="KEN", **NEWS)
    assert ("visit", "ETH", "KEN", "KEN", "2024-02-28") in {(e["type"], e["country_a"], e["country_b"], e["host"], e["start"])
                                                           for e in rows}


def test_touring_a_shrine_on_sunday_before_departing_for_home_is_no_visit():
    rows = events("Burundian President Évariste Ndayishimiye will on Sunday tour the Uganda Martyrs Shrine at Namugongo and the "
                  "Kiira Motors plant in Jinja before departing for Bujumbura.", ref="2024-03-16", **NEWS)
    assert rows == []


def test_the_first_visit_to_the_gulf_state_since_a_trip_there_is_to_the_country_told_before():
    rows = events("Prime Minister Narendra Modi will visit Kuwait on December 21-22 at the invitation of the Amir. It will be the "
                  "first visit by an Indian prime minister to the Gulf state in 43 years, since Indira Gandhi travelled there "
                  "in 1981.", ref="2024-12-19", **NEWS)
    assert ("IND", "KWT", "1981", "held") in {(e["country_a"], e["country_b"], e["start"], e["status"]) for e in rows}


def test_talks_between_two_governments_named_by_demonyms_are_theirs():
    rows = events("Talks between the Spanish and Moroccan governments were held in Rabat on 1 February.", ref="2023-02-02", **NEWS)
    assert [(e["country_a"], e["country_b"], e["start"]) for e in rows] == [("ESP", "MAR", "2023-02-01")]


@pytest.mark.parametrize("text, ref, site, expected", [
    ("On Thursday, Australian Prime Minister Anthony Albanese will hold the Annual Leaders’ Dialogue with Prime Minister "
     "James Marape of Papua New Guinea.", "2023-01-09", "", ("meeting", "AUS", "PNG", "2023-01-12", "planned")),
    ("Foreign Minister Penny Wong will travel to Vanuatu next week to meet the new government of Prime Minister Ishmael "
     "Kalsakau.", "2023-01-09", "AUS", ("meeting", "AUS", "VUT", "2023-01-16", "planned")),
    ("Chilean President Michelle Bachelet briefed him on her talks with Argentine President Cristina Fernández, whom she "
     "received in Santiago last week.", "2015-09-20", "", ("meeting", "ARG", "CHL", "2015-09-07", "held")),
])
def test_more_wordings_of_meetings(text, ref, site, expected):
    assert expected in {(e["type"], e["country_a"], e["country_b"], e["start"], e["status"])
                        for e in events(text, ref=ref, site_country=site, **NEWS)}


def test_accession_negotiations_are_no_talks():
    assert events("Minister Lipavský reaffirmed the Czech Republic's support for opening accession negotiations with Moldova "
                  "this year.", site_country="CZE") == []


def test_talks_during_the_visit_told_before_are_at_its_time_and_place():
    rows = events("Last September, President Bola Ahmed Tinubu paid a state visit to China. During the visit, President Xi "
                  "Jinping held talks with President Tinubu.", ref="2025-01-11", **NEWS)
    assert ("talks", "CHN", "2024-09") in {(e["type"], e["host"], e["start"]) for e in rows}


def test_our_ministers_are_the_items_pair_unless_the_speaker_answers_a_question_about_another():
    talk = ("President of Russia Vladimir Putin: Yesterday Prime Minister Abe met the President of Mongolia here.\n\n"
            "Prime Minister of Japan Shinzo Abe: Our foreign ministers will meet in New York later this month.")
    rows = events(talk, title="Meeting with Prime Minister of Japan Shinzo Abe", site_country=KREMLIN, ref="2019-09-05", **NEWS)
    assert ("JPN", "RUS", "2019-09") in {(e["country_a"], e["country_b"], e["start"]) for e in rows if e["status"] == "planned"}
    answer = ("Question: Russia and the United States held talks in Riyadh in February. Will there be more?\n\nSergey Lavrov: "
              "No date is set. A few days after our call, our delegations met in Riyadh on February 18.")
    rows = events(answer, title="Lavrov’s news conference with Indonesian Foreign Minister Sugiono", ref="2025-04-14", **NEWS)
    assert ("meeting", "RUS", "USA") in {(e["type"], e["country_a"], e["country_b"]) for e in rows}


def test_was_last_in_a_capital_is_a_visit_then():
    rows = events("Eritrean President Isaias Afwerki was last in Cairo in January.", ref="2024-10-10", **NEWS)
    assert [(e["country_a"], e["country_b"], e["start"]) for e in rows] == [("EGY", "ERI", "2024-01")]


def test_flying_on_after_meeting_someone_is_the_subjects_trip():
    rows = events("The Iranian minister is also expected to meet Army chief Gen Raheel Sharif today before flying to Muscat, "
                  "where he will hold talks with Omani Foreign Minister Yusuf bin Alawi.", ref="2015-04-08", **NEWS)
    assert {(e["type"], e["country_a"], e["country_b"]) for e in rows} >= {("visit", "IRN", "OMN"), ("talks", "IRN", "OMN")}
    assert not any("PAK" in (e["country_a"], e["country_b"]) and e["type"] == "visit" for e in rows)


def test_an_intergovernmental_committee_that_will_meet_is_a_planned_meeting_of_the_items_pair():
    rows = events("Vladimir Putin held talks with President of Serbia Aleksandar Vucic. The intergovernmental committee will "
                  "also meet before the summer.", ref="2019-01-17", **NEWS)
    assert ("meeting", "RUS", "SRB", "planned") in {(e["type"], e["country_a"], e["country_b"], e["status"]) for e in rows}


def test_your_first_visit_to_our_country_is_to_the_speakers_country_and_tells_of_the_one_before():
    talk = ("President of Russia Vladimir Putin: Mr President, good afternoon.\n\n"
            "President of Egypt Abdel Fattah el-Sisi: Thank you. This is your first visit to our country since February 2015.")
    rows = events(talk, title="Russian-Egyptian talks", site_country=KREMLIN, ref="2017-12-11", **NEWS)
    assert {(e["host"], e["start"], e["status"]) for e in rows if e["type"] == "visit"} >= {("EGY", "2015-02", "held")}
    assert all(e["host"] != "RUS" for e in rows if e["type"] == "visit")


@pytest.mark.parametrize("text, ref, site, expected", [
    ("Prime Minister Holness held talks with Dominican President Luis Abinader, who arrived in the island on Monday morning "
     "for a one-day working visit.", "2024-03-12", "JAM", ("visit", "DOM", "JAM", "2024-03-11", "held")),
    ("Moldovan Foreign Minister Mihai Popescu invited Federal Councillor Ignazio Cassis to visit Moldova later in the year.",
     "2025-02-10", "CHE", ("visit", "CHE", "MDA", "2025", "planned")),
    ("The Prime Minister looked forward to welcoming Guyanese President Irfaan Ali to Canada for an official visit in the new "
     "year.", "2023-12-01", "CAN", ("visit", "CAN", "GUY", "2024", "planned")),
    ("His Highness the Amir of Kuwait Sheikh Mishal is scheduled to leave Muscat for the United Arab Emirates on Wednesday.",
     "2024-02-12", "", ("visit", "ARE", "KWT", "2024-02-14", "planned")),
])
def test_arrivals_on_the_island_invitations_later_in_the_year_and_departures_for_a_country(text, ref, site, expected):
    assert expected in {(e["type"], e["country_a"], e["country_b"], e["start"], e["status"])
                        for e in events(text, ref=ref, site_country=site, **NEWS)}


def test_a_date_after_since_dates_no_encounter_told_after_it():
    rows = events("His Majesty King Abdullah II arrived in Baghdad on Sunday, his first visit to Iraq since August 2008, and was "
                  "received at the Baghdad Palace by Prime Minister Mustafa Al-Kadhimi.", ref="2021-06-27", **NEWS)
    assert [e["start"] for e in rows if e["type"] == "meeting"] == ["2021-06-27"]  # (at an airport, a welcome: no meeting)


def test_the_subject_follows_an_opening_phrase_that_names_other_countries():
    rows = events("During the 12-day war between Israel and Iran, Pakistani Foreign Minister Ishaq Dar spoke by telephone with "
                  "his Iranian counterpart Abbas Araghchi on June 13.", ref="2025-08-06", **NEWS)
    assert [(e["country_a"], e["country_b"], e["start"]) for e in rows] == [("IRN", "PAK", "2025-06-13")]


def test_the_pairs_commission_meets_for_the_items_pair():
    rows = events("Vladimir Putin held talks with President of Tajikistan Emomali Rahmon. Then he met the President of Kyrgyzstan. "
                  "The Intergovernmental Commission on Economic Cooperation will meet in Moscow in September.",
                  title="Russian-Tajikistani talks", site_country=KREMLIN, ref="2017-04-01", **NEWS)
    assert ("RUS", "TJK", "2017-09") in {(e["country_a"], e["country_b"], e["start"]) for e in rows if e["status"] == "planned"}


@pytest.mark.parametrize("text", [
    "Xi held talks with Putin in Moscow. On Monday, the commission will hold hearings on sanctions.",
    "Xi held talks with Putin in Moscow. The EU Commission will hold its session in June.",
    "Xi held talks with Putin in Moscow. Its committee will meet in June to set the price of gas.",
])
def test_a_commission_the_text_names_as_no_pairs_body_meets_for_nobody(text):
    assert [e["type"] for e in events(text, ref="2024-05-10", **NEWS)] == ["talks"]


def test_a_palacio_is_no_town():
    rows = events("Colombian Foreign Minister Álvaro Leyva paid a courtesy call on Panamanian President Laurentino Cortizo at the "
                  "Palacio de las Garzas.", ref="2023-07-06", **NEWS)
    assert [(e["country_a"], e["country_b"], e["host"]) for e in rows] == [("COL", "PAN", "")]


def test_sessions_of_a_bilateral_body_the_text_names_by_its_acronym_are_meetings_of_the_pair():
    text = ("Ghana and Burkina Faso held the 7th Session of the Ghana-Burkina Faso Permanent Joint Commission for Cooperation "
            "(PJCC) in Accra on Thursday. The 6th Session of the PJCC was held in Ouagadougou in November 2019.")
    rows = events(text, ref="2022-06-17", **NEWS)
    assert ("BFA", "GHA", "BFA", "2019-11", "held") in {(e["country_a"], e["country_b"], e["host"], e["start"], e["status"])
                                                        for e in rows}
    assert events("The 78th session of the UNGA was held in New York in September.", ref="2023-10-01", **NEWS) == []
    rows = events("Ghanaian President Akufo-Addo held talks with Chinese President Xi Jinping. The Ghana-Burkina Faso Permanent "
                  "Joint Commission for Cooperation (PJCC) was revived. The 6th Session of the PJCC was held in Ouagadougou in "
                  "November 2019.", ref="2022-06-17", **NEWS)
    assert ("meeting", "BFA", "GHA", "2019-11") in {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows}
    assert not any(e["type"] == "meeting" and "CHN" in (e["country_a"], e["country_b"]) for e in rows)


def test_followed_by_a_country_names_no_visitor():
    rows = events("Chinese President Xi Jinping's state visit to France will run from May 5 to 7, followed by Serbia from May 7 "
                  "to 8.", ref="2024-05-03", **NEWS)
    assert not any("SRB" in (e["country_a"], e["country_b"]) and "FRA" in (e["country_a"], e["country_b"]) for e in rows)
    assert ("CHN", "FRA") in {(e["country_a"], e["country_b"]) for e in rows}


def test_each_stop_of_a_tour_takes_its_own_day_over_the_span_told_for_the_whole_tour():
    rows = events("Chinese Foreign Minister Wang Yi will visit Egypt, Tunisia, Togo and Côte d'Ivoire from January 13 to 18. "
                  "Wang will be in Egypt on January 13 and 14, in Tunisia on January 15 and 16, in Togo on January 17 and in "
                  "Côte d'Ivoire on January 18.", ref="2024-01-11", **NEWS)
    table = events_frame(rows)
    assert dict(zip(table["country_b"].where(table["country_b"] != "CHN", table["country_a"]), table["start"])) == {
        "EGY": "2024-01-13", "TUN": "2024-01-15", "TGO": "2024-01-17", "CIV": "2024-01-18"}


def test_where_a_leg_starts_is_no_party_and_the_two_leaders_are_those_just_named():
    text = ("Chancellor Olaf Scholz held talks with Prime Minister Fumio Kishida in Tokyo on Tuesday. From Japan, the "
            "Chancellor will travel to Vietnam tomorrow at the invitation of President Vo Van Thuong. The two leaders last "
            "met in Berlin in March.")
    rows = table(text, ref="2023-10-10", site_country="DEU", **NEWS)
    got = set(zip(rows["type"], rows["country_a"], rows["country_b"], rows["start"], rows["status"]))
    assert ("visit", "DEU", "VNM", "2023-10-11", "planned") in got  # not Japan-Vietnam
    assert ("meeting", "DEU", "VNM", "2023-03", "held") in got  # Scholz and Vo Van Thuong, not Scholz and Kishida
    assert not {("visit", "JPN", "VNM"), ("meeting", "DEU", "JPN")} & {r[:3] for r in got if r[3] == "2023-03" or r[0] == "visit"}
    # with nobody of another side named just before, the two leaders are the article's pair
    rows = table("Chancellor Olaf Scholz held talks with Prime Minister Fumio Kishida in Tokyo on Tuesday. Scholz will travel "
                 "to Vietnam tomorrow. The two leaders last met in Berlin in March.", ref="2023-10-10", site_country="DEU", **NEWS)
    assert ("DEU", "JPN", "2023-03") in set(zip(rows["country_a"], rows["country_b"], rows["start"]))


def test_a_second_infinitive_under_a_verb_of_planning_is_planned_too():
    rows = events("On Friday, the minister is also expected to be received by King Norodom Sihamoni and to hold a series of "
                  "bilateral meetings with Cambodian officials.", ref="2022-08-04", site_country="RUS", **NEWS)
    assert {(e["country_a"], e["country_b"], e["start"], e["status"]) for e in rows if e["type"] == "meeting"} == \
        {("KHM", "RUS", "2022-08-05", "planned")}


def test_talks_where_a_plan_was_discussed_were_held_and_bare_sidelines_are_those_of_the_event_just_told():
    rows = events("Preparations for the visit were discussed during the talks between Azerbaijani Foreign Minister Jeyhun "
                  "Bayramov and his Turkish counterpart in Ankara in March.", ref="2019-06-10", site_country="AZE", **NEWS)
    assert [(e["type"], e["status"], e["start"]) for e in rows if e["type"] == "talks"] == [("talks", "held", "2019-03")]
    rows = events("Preparations for the talks with the Turkish foreign minister in Ankara in March are under way.", ref="2019-01-10",
                  site_country="AZE", **NEWS)
    assert [(e["status"], e["start"]) for e in rows if e["type"] == "talks"] == [("planned", "2019-03")]
    rows = events("The minister will travel to Jakarta with the president next month for the ASEAN summit. The president "
                  "will also hold a bilateral meeting with President Joko Widodo on the sidelines. The next summit will be "
                  "held in Laos next year.", ref="2023-08-10", site_country="AUS", **NEWS)
    assert {(e["country_a"], e["country_b"], e["start"], e["status"]) for e in rows if e["type"] == "meeting"} == \
        {("AUS", "IDN", "2023-09", "planned")}


def test_their_call_recalled_in_a_message_is_of_the_item_pair_and_talks_told_next_keep_their_own_day():
    rows = events("The President of Russia recalled their telephone conversation in March and wished the rescuers success.",
                  ref="2010-10-14", title="Message of condolences to President of Peru Alan Garcia",
                  title_mentions=find_mentions("Message of condolences to President of Peru Alan Garcia"),
                  site_country="RUS", **NEWS)
    assert {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows} == {("phone_call", "PER", "RUS", "2010-03")}
    rows = table("The President met with President of Ecuador Rafael Correa at his residence. The official talks will take place "
                 "tomorrow in the Kremlin. On Sunday the Ecuadorian leader will fly on to Minsk.", ref="2010-10-15",
                 site_country="RUS", **NEWS)
    got = set(zip(rows["type"], rows["country_a"], rows["country_b"], rows["start"], rows["status"]))
    assert {("meeting", "ECU", "RUS", "2010-10-15", "held"), ("talks", "ECU", "RUS", "2010-10-16", "planned"),
            ("visit", "BLR", "ECU", "2010-10-17", "planned")} <= got
    assert ("meeting", "ECU", "RUS", "2010-10-16", "held") not in got  # the talks' day is not the meeting's


def test_a_round_of_consultations_and_a_trip_to_a_territory_of_ones_own_state():
    rows = events("Kenya and Uganda held the 4th round of bilateral political consultations in Kampala yesterday.",
                  ref="2023-04-13", site_country="KEN", **NEWS)
    assert {(e["country_a"], e["country_b"], e["host"], e["start"]) for e in rows} == {("KEN", "UGA", "UGA", "2023-04-12")}
    assert events("President Xi Jinping arrived in Hong Kong on Thursday for a three-day visit.", ref="2017-06-30",
                  site_country="CHN", **NEWS) == []
    assert events("The President will then travel to French Polynesia from 3 to 5 May.", ref="2021-05-01",
                  site_country="FRA", **NEWS) == []


def test_then_dates_an_encounter_by_the_one_told_before():
    rows = table("The Prime Minister of Nepal, who visited Beijing last autumn, is well known here; we met at the Great Hall of "
                 "the People then and had a long discussion.", ref="2019-03-26", site_country="CHN", **NEWS)
    assert set(zip(rows["type"], rows["start"], rows["date_method"])) >= {
        ("visit", "2018", "season relative to the reference date"), ("meeting", "2018", "the time of the encounter before")}
    rows = table("The Prime Minister of Nepal visited Beijing in 2016. Since then, we have met with him in Kathmandu.",
                 ref="2019-03-26", site_country="CHN", **NEWS)
    assert "the time of the encounter before" not in set(rows["date_method"])


def test_talks_during_a_visit_told_after_them_take_the_visits_dates():
    rows = table("Putin held talks with Erdogan during his visit to Ankara in December.", ref="2009-10-20",
                 site_country="RUS", **NEWS)
    assert set(zip(rows["type"], rows["start"], rows["host"])) == {("talks", "2008-12", "TUR"), ("visit", "2008-12", "TUR")}
    rows = table("Putin held talks with Erdogan in Sochi on Monday, during his working visit to Russia.", ref="2009-10-20",
                 site_country="RUS", **NEWS)
    assert set(rows["start"]) == {"2009-10-19"}
    rows = table("Putin held talks with Erdogan on 5 December during his visit to Ankara in December 2008.", ref="2009-10-20",
                 site_country="RUS", **NEWS)
    assert ("talks", "2008-12-05") in set(zip(rows["type"], rows["start"]))  # their own day, not the visit's month


def test_a_stop_on_the_way_and_a_departure_for_the_next_country_are_visits_there():
    rows = table("On his way to the summit, Chancellor Olaf Scholz stopped in Lisbon on Sunday.", ref="2024-11-18",
                 site_country="DEU", **NEWS)
    assert set(zip(rows["country_a"], rows["country_b"], rows["host"], rows["start"])) == {("DEU", "PRT", "PRT", "2024-11-17")}
    rows = table("The President will depart Samoa on Wednesday for Tonga.", ref="2024-08-05", site_country="IND", **NEWS)
    assert set(zip(rows["country_a"], rows["country_b"], rows["host"], rows["status"])) == {("IND", "TON", "TON", "planned")}
    assert events("Fighting stopped in Gaza on Monday after Egyptian mediation.", ref="2024-08-05", site_country="IND", **NEWS) == []
    assert events("Most of the Western aid will go to Ukraine next month.", ref="2024-08-05", site_country="RUS", **NEWS) == []


def test_bodies_named_by_a_hyphenated_pair_with_an_acronym_and_their_sessions():
    rows = events("The two sides agreed to hold the 9th meeting of the China-UK Energy Dialogue Commission (CUEDC) in London "
                  "later this year.", ref="2024-06-04", site_country="CHN", **NEWS)
    assert {(e["type"], e["country_a"], e["country_b"], e["start"], e["status"]) for e in rows} == \
        {("meeting", "CHN", "GBR", "2024", "planned")}
    rows = events("Vice President Alckmin is in China to co-chair the session of the China-Brazil Coordination Committee "
                  "(CBCC). The plenary session of CBCC, chaired by the two vice presidents, will be held on June 7.",
                  ref="2024-06-05", site_country="CHN", **NEWS)
    assert ("BRA", "CHN", "2024-06-07", "planned") in {(e["country_a"], e["country_b"], e["start"], e["status"]) for e in rows}


def test_a_call_told_in_an_opening_phrase_is_between_the_two_named_after_it():
    for text in ("During a video call on Thursday, Lula and Ramaphosa discussed the G20 agenda.",
                 "Speaking by telephone on Thursday, Lula and Ramaphosa agreed to coordinate their positions."):
        rows = events(text, ref="2024-05-20", **NEWS)
        assert {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows} == \
            {("phone_call", "BRA", "ZAF", "2024-05-16")}, text


def test_a_visiting_guest_is_the_visitor_and_the_date_of_the_meeting_stays_the_meetings():
    rows = table("Premier Li Qiang met with visiting Vietnamese Prime Minister Pham Minh Chinh on Friday.", ref="2024-05-20",
                 site_country="CHN", **NEWS)
    assert set(zip(rows["type"], rows["country_a"], rows["country_b"], rows["host"], rows["start"])) == {
        ("meeting", "CHN", "VNM", "CHN", "2024-05-17"), ("visit", "CHN", "VNM", "CHN", "2024-05-17")}
    rows = table("Li met Lavrov in Beijing before visiting Russia on Friday.", ref="2024-05-20", site_country="CHN", **NEWS)
    assert ("visit", "RUS", "2024-05-17") in set(zip(rows["type"], rows["host"], rows["start"]))
    assert ("meeting", "2024-05-17") not in set(zip(rows["type"], rows["start"]))  # Friday is the visit's, not the meeting's


def test_a_visit_one_returned_from_ends_on_the_day_of_return_and_summits_of_a_pair():
    rows = events("The Ethiopian Prime Minister returned home on Monday after a three-day visit to China.", ref="2023-09-12",
                  **NEWS)
    assert {(e["country_a"], e["country_b"], e["start"], e["end"]) for e in rows} == {("CHN", "ETH", "2023-09-09", "2023-09-11")}
    rows = events("Narendra Modi and Anthony Albanese will hold the annual summit in Sydney next month.", ref="2023-09-12", **NEWS)
    assert {(e["type"], e["country_a"], e["country_b"], e["start"], e["status"]) for e in rows} == \
        {("meeting", "AUS", "IND", "2023-10", "planned")}
    rows = events("Yoon Suk Yeol and Fumio Kishida agreed at their summit in Tokyo on Thursday to resume shuttle diplomacy.",
                  ref="2023-09-12", **NEWS)
    assert {(e["type"], e["country_a"], e["country_b"], e["host"], e["start"]) for e in rows} == \
        {("meeting", "JPN", "KOR", "JPN", "2023-09-07")}
    assert events("India will hold the G20 summit in New Delhi on Saturday.", ref="2023-09-06", **NEWS) == []


def test_discussions_the_coming_weeks_and_a_question_whether_they_will_meet():
    rows = events("Ramaphosa and Lula held bilateral discussions on the margins of the BRICS Summit in Johannesburg on Tuesday.",
                  ref="2023-08-23", **NEWS)
    assert {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows} == {("talks", "BRA", "ZAF", "2023-08-22")}
    rows = events("Erdogan is set to host Putin in Turkey in the coming weeks.", ref="2023-09-12", **NEWS)
    assert {(e["country_a"], e["country_b"], e["start"], e["status"]) for e in rows} == {("RUS", "TUR", "2023", "planned")}
    assert events("Asked whether she planned to meet the President of the United States in the coming weeks, the President "
                  "of Mexico replied that no meeting had been scheduled.", ref="2025-01-14", **NEWS) == []


def test_also_met_is_the_day_of_the_encounter_before_and_within_the_year_is_this_one():
    rows = table("President Lula held talks with President Petro in Bogota on Tuesday. Lula also met with the Speaker of the "
                 "Congress of Colombia, Andrés Calle.", ref="2024-04-18", site_country="BRA", **NEWS)
    assert set(rows["start"]) == {"2024-04-16"}
    rows = events("The minister confirmed an invitation to President Lula to visit China within the year.", ref="2000-07-01",
                  site_country="BRA", **NEWS)
    assert {(e["country_a"], e["country_b"], e["start"], e["status"]) for e in rows} == {("BRA", "CHN", "2000", "planned")}


def test_more_wordings_of_talks_meetings_and_departures():
    def got(text, ref, site=""):
        return {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in events(text, ref=ref, site_country=site, **NEWS)}

    assert got("Kim Jong Un recalled the historic talks he had with General Secretary Xi Jinping in Pyongyang in June 2019.",
               "2024-04-13") == {("talks", "CHN", "PRK", "2019-06")}
    assert got("Meeting of Hakan Fidan, Minister of Foreign Affairs with Han Zheng, Vice President of the People's Republic of "
               "China, 4 June 2024, Beijing", "2024-06-05") == {("meeting", "CHN", "TUR", "2024-06-04")}
    assert got("The last round of the talks between India and China was held in Beijing in December.", "2025-08-10") == \
        {("talks", "CHN", "IND", "2024-12")}
    assert got("President Samia Suluhu Hassan left Dar es Salaam yesterday for Beijing.", "2024-09-02", "TZA") == \
        {("visit", "CHN", "TZA", "2024-09-01")}
    assert got("The President said: I will go to Ulan Bator next week.", "2022-12-01", "RUS") == \
        {("visit", "MNG", "RUS", "2022-12-05")}
    assert got("Hu Jintao recalled the talks held in the Kremlin at the beginning of July.", "2005-10-17", "RUS") == \
        {("talks", "CHN", "RUS", "2005-07")}
    assert got("The UN Secretary-General called on Russia to withdraw its troops.", "2024-06-05") == set()
    assert got("He pointed to the visit of the French Foreign Minister to Tehran after the conclusion of the nuclear talks in "
               "Vienna.", "2015-10-05", "IRN") == {("visit", "FRA", "IRN", "2015-10-05")}  # talks in Vienna: not the pair's


def test_a_meeting_for_a_trilateral_summit_is_none_and_the_beginning_of_a_month_is_that_month():
    assert events("The Presidents also agreed to meet together with the President of Uzbekistan in Khujand at the end of March "
                  "for a trilateral summit.", ref="2025-03-14", site_country="TJK", **NEWS) == []
    from datetime import date

    from multipolar.dateexpr import find_dates
    assert [d["value_start"] for d in find_dates("the talks held at the beginning of July", date(2005, 10, 17))] == ["2005-07"]


def test_plural_visits_with_a_list_of_dates_are_one_each_and_a_plan_dated_in_the_past_was_held():
    rows = events("The two sides recalled the official visits of the President of the Republic of Cuba to the Russian Federation "
                  "in November 2018 and in October 2019.", ref="2022-11-22", site_country="CUB", **NEWS)
    assert sorted((e["country_a"], e["country_b"], e["start"], e["status"]) for e in rows) == [
        ("CUB", "RUS", "2018-11", "held"), ("CUB", "RUS", "2019-10", "held")]
    rows = events("This will be the third visit to Viet Nam by General Secretary Xi Jinping, after his visits in 2015 and 2017.",
                  ref="2022-10-28", site_country="VNM", **NEWS)
    assert {(e["start"], e["status"]) for e in rows if e["start"]} == {("2015", "held"), ("2017", "held")}
    rows = events("Putin held meetings with Xi on 16 May 2024 and 17 May 2024.", ref="2024-05-20", **NEWS)
    assert [e["start"] for e in rows] == ["2024-05-16"]  # two days of one month: one round, not two


def test_an_arrival_from_another_country_tells_the_leg_before_and_who_is_also_in_a_capital_is_visiting():
    rows = table("Minister Wang Yi arrives in Canberra from Wellington, where he met New Zealand Foreign Minister Winston Peters "
                 "on Monday.", ref="2024-03-20", site_country="AUS", **NEWS)
    assert ("visit", "CHN", "NZL", "NZL", "2024-03-18") in set(zip(rows["type"], rows["country_a"], rows["country_b"],
                                                                  rows["host"], rows["start"]))
    rows = table("Hugo Chavez came to Moscow from Minsk on Friday.", ref="2010-10-15", site_country="RUS", **NEWS)
    assert set(zip(rows["country_a"], rows["country_b"], rows["start"])) == {("RUS", "VEN", "2010-10-15"),
                                                                             ("BLR", "VEN", "2010-10-14")}
    rows = table("Lavrov landed in Caracas on Monday; his plane had come from Havana.", ref="2024-05-20", site_country="RUS",
                 **NEWS)
    assert set(zip(rows["country_a"], rows["country_b"])) == {("RUS", "VEN")}  # not from across the ';'
    rows = table("Chinese President Xi Jinping arrived in Canberra from Moscow on Tuesday.", ref="2024-05-20", **NEWS)
    assert set(zip(rows["country_a"], rows["country_b"], rows["host"])) == {("AUS", "CHN", "AUS"), ("CHN", "RUS", "RUS")}
    rows = table("Zambian President Hakainde Hichilema, who is also in Beijing for the summit, met President Samia on Monday.",
                 ref="2024-09-03", site_country="TZA", **NEWS)
    assert ("visit", "CHN", "ZMB", "CHN") in set(zip(rows["type"], rows["country_a"], rows["country_b"], rows["host"]))


def test_a_date_in_a_purpose_clause_or_a_relative_clause_with_its_own_subject_is_not_the_encounters():
    rows = events("Turkish President Recep Tayyip Erdogan has held talks with his Russian counterpart Vladimir Putin in Sochi, "
                  "in an attempt to revive the grain corridor deal that Moscow quit in July.", ref="2023-09-04",
                  site_country="TUR", **NEWS)
    assert {(e["type"], e["start"], e["date_method"]) for e in rows} == {("talks", "2023-09-04", "publication date")}


def test_a_meeting_of_a_commission_between_two_parliaments():
    rows = events("On September 20, the two speakers co-chaired the eighth meeting of the Commission on Cooperation between the "
                  "State Duma and the National People's Congress.", ref="2023-09-21", **NEWS)
    assert {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows} == {("meeting", "CHN", "RUS", "2023-09-20")}


def test_demonyms_before_plural_abbreviated_offices_name_the_pair():
    title = "Chinese, Spanish FMs hold talks in Beijing"
    rows = events("The ministry published the text.", ref="2024-11-04", title=title, title_mentions=find_mentions(title), **NEWS)
    assert {(e["type"], e["country_a"], e["country_b"]) for e in rows} == {("talks", "CHN", "ESP")}


def test_the_reviews_cases_of_rules_firing_where_nobody_meets():
    for text in ("Erdogan called on Sweden on Monday, saying it must act.", "EU-China talks were held in Brussels on Monday.",
                 "UN-Iran talks were held in Vienna."):
        assert events(text, ref="2024-05-20", site_country="RUS", **NEWS) == [], text
    rows = events("Putin and Xi met on Monday in Astana, where both leaders were present for a trilateral summit with Tokayev.",
                  ref="2024-05-20", **NEWS)
    assert any(e["type"] == "meeting" for e in rows)  # the trilateral summit is the where-clause's, not the meeting's
    rows = events("Lavrov said on Monday that Russia would retaliate against sanctions. He met Wang Yi on the sidelines.",
                  ref="2024-05-20", site_country="RUS", **NEWS)
    assert "the date of the event" not in {e["date_method"] for e in rows}
    title = "Meeting of the Board of Directors with shareholders, 4 June 2024, Beijing"
    assert events("The board approved the report.", ref="2024-06-05", title=title, title_mentions=find_mentions(title),
                  site_country="RUS", **NEWS) == []
    rows = events("Xi, who returned from Paris on Monday after talks with Macron, will begin a two-day state visit to Russia "
                  "on Tuesday.", ref="2024-05-20", **NEWS)
    assert {(e["start"], e["end"]) for e in rows if e["type"] == "visit"} == {("2024-05-21", "2024-05-22")}


def test_a_leaders_surname_after_another_given_name_is_someone_else():
    text = ("Vladimir Putin had a working meeting with Deputy Prime Minister Alexander Novak.\n\n"
            "Vladimir Putin: Mr Novak, how are our companies working?\n\n"
            "Alexander Novak: At the end of last month I travelled to Beijing, where I met with Vice Premier Han Zheng.")
    assert not [m for m in find_mentions(text) if m["key"] == "Katalin Novák"]  # the Hungarian president's surname
    rows = events(text, ref="2021-10-13", site_country=KREMLIN, **NEWS)
    assert {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows} == {
        ("visit", "CHN", "RUS", "2021-09"), ("meeting", "CHN", "RUS", "2021-09")}
    # the leader's own given name, or an office in capitals, keeps the surname the leader's
    for text in ("Hungarian President Katalin Novak met Xi.", "President Novak met Xi on Monday."):
        assert "Katalin Novák" in {m["key"] for m in find_mentions(text)}, text


def test_a_full_name_then_an_office_of_a_country_introduces_its_holder():
    text = ("Federal Councillor Ignazio Cassis received Mihai Popescu, Deputy Prime Minister and Minister of Foreign Affairs "
            "of the Republic of Moldova. Mr Popescu will continue his trip to Vienna on 11 February for talks with the "
            "Austrian foreign minister.")
    popescu = {m["country"] for m in find_mentions(text) if m["key"] == "Mihai Popescu"}
    assert popescu == {"MDA"}
    rows = events(text, ref="2025-02-10", site_country="CHE", **NEWS)
    assert ("talks", "AUT", "MDA", "2025-02-11") in {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows}
    # a clause that is no office does not introduce anyone
    assert not [m for m in find_mentions("John Smith, who met the Foreign Minister of Russia, left.") if m["kind"] == "person"]


def test_plans_to_come_video_talks_and_the_talks_will_are_wordings_of_encounters():
    rows = events("President Vucic plans to come to Sochi later this month for talks with Putin.", ref="2021-10-13",
                  site_country=KREMLIN, **NEWS)
    assert {(e["type"], e["status"]) for e in rows} == {("visit", "planned"), ("talks", "planned")}
    [e] = events("On June 8, Wang Yi held video talks with Sergey Lavrov.", ref="2023-06-08", **NEWS)
    assert (e["type"], e["start"]) == ("phone_call", "2023-06-08")
    rows = events("On Wednesday 2 May, the President will hold talks with the Prime Minister of Australia. The talks will "
                  "focus on the strategic partnership between France and Australia.", ref="2018-04-30",
                  site_country="FRA", **NEWS)
    assert {(e["type"], e["start"], e["status"]) for e in rows} == {("talks", "2018-05-02", "planned")}


def test_each_encounter_of_a_title_keeps_its_own_people():
    title = "Tajani in Beijing: talks with Wang Yi, meeting with Vice President Han Zheng"
    rows = events("The two ministers discussed trade.", ref="2023-09-04", title=title, title_mentions=find_mentions(title),
                  site_country="ITA", **NEWS)
    assert {(e["type"], e["country_a"], e["country_b"], e["actors"]) for e in rows} == {
        ("talks", "CHN", "ITA", "Wang Yi"), ("meeting", "CHN", "ITA", "Han Zheng")}


def test_a_tour_told_stop_by_stop_after_the_arrival_at_its_third_leg():
    text = ("ANKARA.— The President of the Republic of Cuba, Miguel Díaz-Canel Bermúdez, arrived in the Turkish capital this "
            "Wednesday on the third leg of an international tour that previously took him to Algeria and Russia.\n\n"
            "In Moscow, the Cuban President held official talks with President Vladimir Putin on Tuesday, November 22. "
            "His stay in Russia, from November 19 to 22, also included a meeting with Prime Minister Mikhail Mishustin.\n\n"
            "The tour began in Algeria, where from November 16 to 18 Díaz-Canel held talks with President Abdelmadjid "
            "Tebboune and laid a wreath at the Martyrs’ Memorial.\n\n"
            "On Friday, the President will fly to Beijing, the last stop of the tour, where he is to hold talks with Xi Jinping.")
    rows = table(text, ref="2022-11-23", **NEWS)  # (as the build merges them: one row per encounter)
    got = set(zip(rows["type"], rows["country_a"], rows["country_b"], rows["start"], rows["end"], rows["status"]))
    assert got == {("visit", "CUB", "TUR", "2022-11-23", "", "held"),  # the earlier stops take no date of the arrival's
                   ("visit", "CUB", "RUS", "2022-11-19", "2022-11-22", "held"),  # 'His stay in Russia'
                   ("talks", "CUB", "RUS", "2022-11-22", "", "held"),
                   ("meeting", "CUB", "RUS", "2022-11-19", "2022-11-22", "held"),
                   ("visit", "CUB", "DZA", "2022-11-16", "2022-11-18", "held"),  # 'The tour began in Algeria, where …'
                   ("talks", "CUB", "DZA", "2022-11-16", "2022-11-18", "held"),  # (the wreath is no reason to skip them)
                   ("visit", "CHN", "CUB", "2022-11-25", "", "planned"),  # 'the last stop of the tour' is no new visit
                   ("talks", "CHN", "CUB", "2022-11-25", "", "planned")}


def test_the_city_a_visitor_leaves_is_no_destination():
    rows = events("TEHRAN – President Ebrahim Raisi will leave Tehran for Beijing on Tuesday at the official invitation of his "
                  "Chinese counterpart Xi Jinping for a three-day state visit, the presidential office announced on Monday.",
                  ref="2023-02-13", **NEWS)
    assert {(e["type"], e["host"], e["start"], e["status"]) for e in rows} == {("visit", "CHN", "2023-02-14", "planned")}


def test_a_meeting_between_two_named_sides_is_theirs_on_any_site():
    rows = events("The leaders plan to discuss the situation on the Korean Peninsula following the meeting between the leaders "
                  "of the United States and the DPRK in Singapore on June 12.", ref="2018-06-21", site_country=KREMLIN, **NEWS)
    assert {(e["type"], e["country_a"], e["country_b"], e["host"], e["start"]) for e in rows} == {
        ("meeting", "PRK", "USA", "SGP", "2018-06-12")}


def test_a_date_then_when_dates_the_encounter_and_a_tour_is_its_owners():
    rows = events("It is Maduro’s first visit to China since September 2018, when he met Xi in Beijing during a working trip.",
                  ref="2023-09-09", **NEWS)
    assert ("meeting", "CHN", "VEN", "2018-09") in {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows}
    rows = events("In April, Maduro received Russian Foreign Minister Sergei Lavrov in Caracas during Lavrov’s tour of Latin "
                  "America, which also took him to Brazil, Nicaragua and Cuba.", ref="2023-09-09", **NEWS)
    visits = {(e["country_a"], e["country_b"], e["host"]) for e in rows if e["type"] == "visit"}
    assert visits == {("RUS", "VEN", "VEN"), ("BRA", "RUS", "BRA"), ("NIC", "RUS", "NIC"), ("CUB", "RUS", "CUB")}


def test_a_former_office_holder_speaks_for_no_country():
    for text in ("Maduro met former Brazilian President Dilma Rousseff, now head of the New Development Bank, on Saturday.",
                 "Xi Jinping met with former US Secretary of State Henry Kissinger in Beijing on Thursday."):
        assert events(text, ref="2023-09-09", **NEWS) == [], text


def test_a_second_wording_of_the_same_trip_keeps_its_traveller_and_goods_do_not_visit():
    text = "President of China Xi Jinping: Thank you.\n\nAfter Russia, I will go to Kyrgyzstan and Tajikistan next week on state visits."
    rows = events(text, ref="2019-06-05", site_country=KREMLIN, **NEWS)
    assert {(e["country_a"], e["country_b"]) for e in rows} == {("CHN", "KGZ"), ("CHN", "TJK")}
    assert events("Putin thanked Xi for the consignments of protective equipment that had arrived in Moscow from Beijing.",
                  ref="2020-05-08", **NEWS) == []



def test_received_with_a_day_and_a_palace_before_the_guest():
    rows = events("The President of the Bolivarian Republic of Venezuela, Nicolás Maduro Moros, received this Tuesday at Miraflores "
                  "Palace the Minister of Foreign Affairs of the Russian Federation, Sergey Lavrov.", ref="2023-04-18",
                  site_country="VEN", **NEWS)
    assert {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows} == {("meeting", "RUS", "VEN", "2023-04-18")}


def test_where_he_will_be_from_dates_dates_the_stop_and_a_visit_that_will_run_from_dates_is_a_plan():
    rows = table("Foreign Minister Winston Peters will travel to Tonga and Fiji next week. He will then travel to Suva, where he "
                 "will be from 14 to 16 February.", ref="2024-02-05", site_country="NZL", **NEWS)
    assert ("FJI", "2024-02-14", "2024-02-16") in set(zip(rows["country_a"], rows["start"], rows["end"]))
    rows = events("Chinese President Xi Jinping will pay a state visit to France. The state visit to France will run from May 5 "
                  "to 7.", ref="2024-04-30", **NEWS)
    assert ("visit", "FRA", "2024-05-05", "planned") in {(e["type"], e["host"], e["start"], e["status"]) for e in rows}
    rows = events("Venezuelan President Nicolás Maduro arrived in Shanghai on Friday, September 8, at the start of a state visit "
                  "to China that will run until September 14.", ref="2023-09-09", **NEWS)
    assert {e["status"] for e in rows} == {"held"}  # a visit under way, not a plan


def test_the_end_or_programme_of_the_visit_is_no_visit_of_its_own_but_its_results_tell_one():
    rows = events("The President arrived in Accra on Monday. He will return to Abuja on Friday at the end of the visit.",
                  ref="2024-11-20", site_country="NGA", **NEWS)
    assert {(e["country_a"], e["country_b"], e["start"]) for e in rows} == {("GHA", "NGA", "2024-11-18")}
    rows = events("Jiang Zemin informed Putin of the main results of the visit just completed by US President George W. Bush "
                  "to China.", ref="2002-02-22", site_country=KREMLIN, **NEWS)
    assert ("visit", "CHN", "USA") in {(e["type"], e["country_a"], e["country_b"]) for e in rows}


@pytest.mark.parametrize("text, expected", [
    ("The Emir of Qatar touched down in Tehran on Thursday evening.", ("visit", "IRN", "QAT", "2024-06-13")),
    ("President Xi Jinping jetted off to Moscow on Monday.", ("visit", "CHN", "RUS", "2024-06-10")),
    ("Prime Minister Narendra Modi set off for Washington on Tuesday.", ("visit", "IND", "USA", "2024-06-11")),
    ("Vietnam and Russia held the 13th round of strategic dialogue at deputy foreign minister level in Hanoi on Thursday.",
     ("talks", "RUS", "VNM", "2024-06-13")),
    ("Foreign Minister Wang Yi exchanged views with his Brazilian counterpart Mauro Vieira over the phone on Thursday.",
     ("phone_call", "BRA", "CHN", "2024-06-13")),
    ("Lavrov and Fidan conferred by phone on Thursday.", ("phone_call", "RUS", "TUR", "2024-06-13")),
    ("The leaders of Armenia and Azerbaijan met in Brussels on Thursday at the invitation of Charles Michel.",
     ("meeting", "ARM", "AZE", "2024-06-13")),  # (not the host's invitation as a side)
    ("President Cyril Ramaphosa received a courtesy visit from the Prime Minister of Lesotho on Thursday.",
     ("meeting", "LSO", "ZAF", "2024-06-13")),
    ("Saudi Foreign Minister Prince Faisal bin Farhan held talks with his Iranian counterpart on the phone on Thursday.",
     ("phone_call", "IRN", "SAU", "2024-06-13")),
])
def test_arrivals_departures_and_dialogues_in_other_words(text, expected):
    assert expected in {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in events(text, ref="2024-06-14", **NEWS)}


def test_a_dialogue_with_business_leaders_and_a_ship_setting_out_are_no_encounters():
    for text in ("The Prime Minister will hold a dialogue with Klaus Schwab and business leaders in Dalian.",
                 "The Chinese hospital ship set out for Colombo on Monday."):
        assert events(text, ref="2024-06-14", **NEWS) == [], text


def test_a_trigger_overlapped_by_the_one_before_gives_way_to_its_next_match():
    from multipolar.encounters import trigger_matches
    assert [(t.type, m.group()) for t, m in trigger_matches("Iran's president arrives in Moscow for talks with Putin")] == [
        ("visit", "arrives in"), ("talks", "talks with")]
    title = "Iran's president arrives in Moscow for talks with Putin"
    rows = events("The ministry published the text.", ref="2024-06-14", title=title, title_mentions=find_mentions(title), **NEWS)
    assert {(e["type"], e["country_a"], e["country_b"]) for e in rows} == {("visit", "IRN", "RUS"), ("talks", "IRN", "RUS")}


def test_an_arrival_on_a_visit_takes_the_date_told_after_the_visit():
    rows = events("Belarusian leader Alexander Lukashenko arrived in Beijing on a state visit on Tuesday, his first since 2023.",
                  ref="2024-06-14", **NEWS)
    assert rows and {(e["type"], e["start"]) for e in rows} == {("visit", "2024-06-11")}  # (no row on the news date)


def test_a_leaders_surname_beside_another_leader_names_them_and_an_apostrophe_and_letter_end_no_surname():
    for text in ("Kishida and Albanese agreed to deepen defence ties.", "Albanese, Kishida hold summit in Tokyo"):
        assert {m["country"] for m in find_mentions(text) if m["kind"] == "person"} == {"JPN", "AUS"}, text
    assert not [m for m in find_mentions("Lee and Albanese met.") if m["kind"] == "person"]  # no leader beside them
    # a surname two roster leaders share stays unresolved, even beside a leader ('Yoon': a president and a minister)
    assert {m["country"] for m in find_mentions("Kishida and Yoon agreed.") if m["kind"] == "person"} == {"JPN"}
    text = "He will meet Prime Minister Hu'akavameiliku Siaosi Sovaleni in Nuku'alofa."
    assert {m["key"] for m in find_mentions(text) if m["kind"] == "person"} == {"Siaosi Sovaleni"}


@pytest.mark.parametrize("title, status", [
    ("Kishida holds talks with Li Qiang and Yoon in Seoul ahead of trilateral summit", "held"),
    ("Putin meets Xi ahead of SCO summit", "held"),
    ("Xi to meet Putin ahead of SCO summit", "planned"),
])
def test_a_headline_ahead_of_an_event_is_a_plan_only_when_its_own_verb_is(title, status):
    rows = events("The ministry published the text.", ref="2024-05-27", title=title, title_mentions=find_mentions(title), **NEWS)
    assert rows and {e["status"] for e in rows} == {status}


def test_a_landmark_after_visited_the_is_no_town_of_that_name():
    assert events("Vladimir Putin and Xi Jinping visited the Hermitage on Thursday.", ref="2019-06-14", **NEWS) == []
    [e] = events("Xi Jinping visited the Hague on Thursday.", ref="2019-06-14", **NEWS)
    assert (e["country_a"], e["country_b"]) == ("CHN", "NLD")


@pytest.mark.parametrize("said", ["Next year, we expect you in Moscow.", "We are waiting for you in Moscow next year."])
def test_expecting_the_guest_in_ones_capital_is_a_planned_visit(said):
    title = "Meeting with President of China Xi Jinping"
    rows = events(f"Vladimir Putin met with President of China Xi Jinping.\n\nVladimir Putin: {said}", ref="2019-06-14",
                  title=title, title_mentions=find_mentions(title), site_country=KREMLIN, **NEWS)
    assert ("visit", "CHN", "RUS", "RUS", "2020", "planned") in {
        (e["type"], e["country_a"], e["country_b"], e["host"], e["start"], e["status"]) for e in rows}


@pytest.mark.parametrize("text, expected", [
    # the review's sentences: each rule of the seventh round kept to its own wording
    ("Putin, who will run for president again in March, met Xi Jinping in Beijing on Monday.",
     {("meeting", "2024-06-10", "held")}),
    ("Russian President Vladimir Putin's plane landed in Pyongyang early on Wednesday.", {("visit", "2024-06-12", "held")}),
    ("Chinese President Xi Jinping has already arrived in Moscow.", {("visit", "2024-06-14", "held")}),
    ("On Monday, Putin had earlier met Xi Jinping in Beijing.", {("meeting", "2024-06-10", "held")}),
    ("US President Barack Obama visited Hiroshima, where in 1945 the United States dropped an atomic bomb.",
     {("visit", "2024-06-14", "held")}),
    ("In his speech in Paris, Macron set out for Germany his vision of a sovereign Europe.", set()),
])
def test_new_wordings_leave_ordinary_sentences_as_they_were(text, expected):
    assert {(e["type"], e["start"], e["status"]) for e in events(text, ref="2024-06-14", **NEWS)} == expected


def test_a_tour_named_by_no_one_of_the_traveller_and_a_list_of_officials_are_no_leaders_trip():
    rows = events("Belarusian President Alexander Lukashenko arrived in Beijing on Tuesday for a state visit. The world tour "
                  "began in Paris in May.", ref="2024-06-14", **NEWS)
    assert "FRA" not in {e["country_b"] for e in rows} | {e["country_a"] for e in rows}
    people = {m["key"] for m in find_mentions("Taking part in the meeting were Mikhail Mishustin, Novak and Lavrov.")
              if m["kind"] == "person"}
    assert "Katalin Novák" not in people
    text = "Later Albanese flew home. Prime Minister Albanese met Xi Jinping in Beijing on Monday."  # ('Later': no given name)
    assert ("meeting", "AUS", "CHN") in {(e["type"], e["country_a"], e["country_b"]) for e in events(text, ref="2024-06-14", **NEWS)}


@pytest.mark.parametrize("text, expected", [
    # eighth round: capitalised bodies, a pair written with an acronym, resumed dialogues, binational cabinets
    ("The Philippines and Brazil held the Second Bilateral Consultations (BC) at the Itamaraty Palace in Brasília on 7 April 2025.",
     {("BRA", "PHL", "2025-04-07")}),
    ("On Thursday he and his Moroccan counterpart Aziz Akhannouch co-chaired the twelfth Morocco–Spain High-Level Meeting.",
     {("ESP", "MAR", "2023-02-02")}),
    ("The 14th India–UAE Joint Commission Meeting, co-chaired by the two foreign ministers, was held in Abu Dhabi on Monday.",
     {("ARE", "IND", "2023-01-30")}),
    ("Egypt and the United States resumed their strategic dialogue in Washington on Monday.", {("EGY", "USA", "2023-01-30")}),
    ("Bolivian President Luis Arce and Peruvian President Pedro Castillo presided over the first binational cabinet of their "
     "governments in La Paz on Saturday.", {("BOL", "PER", "2023-01-28")}),
    ("Tanzanian President Samia Suluhu Hassan welcomed Mozambican President Filipe Nyusi at State House in Dar es Salaam on "
     "Friday for talks on security.", {("MOZ", "TZA", "2023-01-27")}),
    # ... and what they must not take: a chair presiding over a domestic body, a welcome with no talks
    ("Putin presided over a meeting of the Security Council on Friday.", set()),
    ("Spain and Morocco kept close ties in 2023.", set()),
])
def test_bodies_and_dialogues_in_capitals_acronyms_and_other_verbs(text, expected):
    assert {(e["country_a"], e["country_b"], e["start"]) for e in events(text, ref="2023-02-02", **NEWS)} == expected


def test_travel_with_a_month_part_then_for_talks_is_a_visit_and_talks():
    rows = events("Greek Prime Minister Kyriakos Mitsotakis will travel to Belgrade in mid-April for talks with President "
                  "Aleksandar Vučić.", ref="2024-03-19", **NEWS)
    assert {(e["type"], e["host"], e["start"], e["status"]) for e in rows} == {
        ("visit", "SRB", "2024-04", "planned"), ("talks", "SRB", "2024-04", "planned")}


def test_the_democratic_republic_of_congo_without_the_is_not_the_republic_of_the_congo():
    assert [m["key"] for m in find_mentions("a tour that will take him to the Democratic Republic of Congo")] == ["COD"]
    assert [m["key"] for m in find_mentions("the Republic of Congo and Gabon")][0] == "COG"


def test_consultations_named_with_an_acronym_are_met_again_by_it():
    text = ("The fifth round of Foreign Office Consultations (FOC) between Bangladesh and Türkiye was held today in Dhaka. "
            "The two sides recalled the fourth round of FOC held in Ankara in March 2023. They agreed to hold the sixth "
            "FOC in Ankara in 2026.")
    rows = events(text, ref="2025-05-22", **NEWS)
    assert {(e["country_a"], e["country_b"], e["start"], e["status"]) for e in rows} == {
        ("BGD", "TUR", "2025-05-22", "held"), ("BGD", "TUR", "2023-03", "held"), ("BGD", "TUR", "2026", "planned")}


@pytest.mark.parametrize("text, ref, expected", [
    # a length counted back from the end a sentence tells in other words
    ("Modi landed in Cairo on Saturday, after concluding a four-day state visit to the United States on Friday.", "2023-06-24",
     {("visit", "IND", "USA", "2023-06-20"), ("visit", "EGY", "IND", "2023-06-24")}),
    ("Macron addressed the US Congress on Wednesday, the last day of his three-day state visit to Washington.", "2018-04-25",
     {("visit", "FRA", "USA", "2018-04-23")}),
    # the stops of a planned journey come one after another; its first stop told as where it starts
    ("Vice President Kamala Harris will arrive in Ghana on Sunday. She travels on to Tanzania on Wednesday and to Zambia on Friday.", "2023-03-24",
     {("visit", "GHA", "USA", "2023-03-26"), ("visit", "TZA", "USA", "2023-03-29"), ("visit", "USA", "ZMB", "2023-03-31")}),
    ("Crown Prince Mohammed bin Salman will embark on an Asian tour on Sunday, starting in Islamabad before travelling on "
     "to New Delhi on Tuesday and Beijing on Thursday.", "2019-02-16",
     {("visit", "PAK", "SAU", "2019-02-17"), ("visit", "IND", "SAU", "2019-02-19"), ("visit", "CHN", "SAU", "2019-02-21")}),
    # received somewhere by someone; a second meeting with its verb left out; sat down with a leader
    ("Italian Prime Minister Mario Draghi was received in Tripoli yesterday by the head of Libya's Government of National "
     "Unity, Abdul Hamid Dbeibah.", "2021-04-07", {("meeting", "ITA", "LBY", "2021-04-06")}),
    ("US Secretary of State Antony Blinken met Turkish Foreign Minister Mevlüt Çavuşoğlu in Ankara on Monday and Greek "
     "Foreign Minister Nikos Dendias in Athens on Tuesday.", "2023-02-22",
     {("meeting", "TUR", "USA", "2023-02-20"), ("meeting", "GRC", "USA", "2023-02-21")}),
    ("Canadian Prime Minister Justin Trudeau sat down with Narendra Modi on the sidelines of the G20 summit on Sunday.",
     "2023-09-11", {("meeting", "CAN", "IND", "2023-09-10")}),
    # a visit whose relative clause tells when it began; a meeting skipped is none
    ("Sri Lankan President Ranil Wickremesinghe cut short his visit to France, which began on Monday, and flew back to "
     "Colombo on Wednesday, skipping a planned meeting with President Emmanuel Macron.", "2023-06-22",
     {("visit", "FRA", "LKA", "2023-06-19")}),
    # a present perfect in a news item's body is the day's news, not the time of a visit told after 'since'
    ("The summit of the regional organisation opened in the capital this morning.\n\nKeir Starmer has sat down with Xi "
     "Jinping on the sidelines of the summit, the first meeting since Theresa May visited Beijing in 2018.", "2024-11-18",
     {("meeting", "CHN", "GBR", "2024-11-18"), ("visit", "CHN", "GBR", "2018")}),
])
def test_lengths_counted_back_stops_in_order_and_meetings_told_in_other_words(text, ref, expected):
    assert {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in events(text, ref=ref, **NEWS)} == expected


@pytest.mark.parametrize("text, meetings", [
    ("Blinken met Lavrov on Monday and President Biden said he would travel to Kyiv.", 1),  # 'and' opens a clause
    ("Blinken met Lavrov on Monday and President Biden in Washington on Tuesday.", 1),  # the second one is his own side's
    ("Putin sat down with Chinese reporters on Sunday.", 0),
    ("Malaysian Prime Minister Anwar Ibrahim met a delegation of Chinese business leaders at Seri Perdana on Monday.", 0),
    ("Xi Jinping met the leaders of Kazakhstan's ruling party in Astana on Monday.", 0),
    ("Ukraine's peace plan was received in Beijing yesterday by Foreign Minister Wang Yi.", 0),
])
def test_no_meeting_where_and_begins_a_clause_a_gap_names_ones_own_side_or_no_state_is_met(text, meetings):
    assert len([e for e in events(text, ref="2023-02-22", **NEWS) if e["type"] == "meeting"]) == meetings


@pytest.mark.parametrize("text, expected", [
    ("Xi skipped the G20 to meet Putin in Moscow on Monday.", {("meeting", "CHN", "RUS")}),  # only what is skipped
    ("Lula skipped Davos to visit China on Monday.", {("visit", "BRA", "CHN")}),
    ("The Kremlin welcomed Trump's call for talks on Ukraine.", set()),  # a call for talks, welcomed: none held
    ("Beijing welcomed Ukraine's readiness for talks with Russia on Monday.", set()),
    ("The Chinese ambassador led a tour of Kenya's railway on Monday.", set()),
    ("The England cricket team's tour of Pakistan starts next week.", set()),
])
def test_what_was_skipped_welcomed_or_toured_is_no_encounter_of_its_own(text, expected):
    assert {(e["type"], e["country_a"], e["country_b"]) for e in events(text, ref="2024-06-14", **NEWS)} == expected


def test_a_stop_told_as_before_the_other_keeps_its_week_and_a_tour_of_other_years_takes_no_stops_month():
    rows = events("Putin will visit Vietnam on Wednesday, after visiting North Korea on Tuesday.", ref="2024-06-10", **NEWS)
    assert {(e["host"], e["start"]) for e in rows} == {("VNM", "2024-06-12"), ("PRK", "2024-06-11")}
    rows = events("Xi Jinping visited Serbia on May 7.\n\nHungary was the last stop of that tour.\n\nYears earlier, a tour "
                  "took Xi to Poland.", ref="2024-06-14", **NEWS)
    assert {(e["host"], e["start"]) for e in rows} == {("SRB", "2024-05-07"), ("POL", "")}


@pytest.mark.parametrize("text", ["Xi has met Putin over 40 times.", "Scholz has sat down with Xi before, in Hamburg."])
def test_a_present_perfect_of_counts_and_the_past_is_no_news_of_the_day(text):
    lead = "The summit of the regional organisation opened in the capital this morning.\n\n"
    assert [e["start"] for e in events(lead + text, ref="2024-06-14", **NEWS)] == [""]


def test_a_calls_news_date_and_the_day_a_later_sentence_gives_it_are_one_call():
    from multipolar.encounters import merge_events

    text = ("Iranian President Masoud Pezeshkian had a telephone conversation with Russian President Vladimir Putin. In the "
            "telephone conversation, which took place on Tuesday evening, Pezeshkian said Iran would expand relations.")
    rows = merge_events(events(text, ref="2026-01-14", **NEWS))
    assert [(e["type"], e["start"]) for e in rows] == [("phone_call", "2026-01-13")]
    text = ("Iranian President Masoud Pezeshkian had a telephone conversation with Russian President Vladimir Putin. "
            "Separately, the two presidents had another telephone conversation on Tuesday.")  # two calls
    assert len(merge_events(events(text, ref="2026-01-14", **NEWS))) == 2


def test_a_tour_that_took_a_named_leader_to_cities_and_the_leaders_he_met_there():
    text = ("Ghana's President John Mahama paid a one-day working visit to Abuja on Thursday. The visit follows a tour last "
            "week that took Mr Mahama to Bamako, Ouagadougou and Niamey, where he met the military leaders of Mali, Burkina "
            "Faso and Niger.")
    rows = events(text, ref="2025-01-31", **NEWS)
    for kind in ("visit", "meeting"):
        assert {e["host"] for e in rows if e["type"] == kind and "GHA" in (e["country_a"], e["country_b"])
                and e["start"] == "2025-01-20"} == {"MLI", "BFA", "NER"}


@pytest.mark.parametrize("text, expected", [
    ("The summit comes days after US President Donald Trump’s tour of Saudi Arabia, Qatar and the UAE from May 13 to 16.",
     {("SAU", "USA"), ("QAT", "USA"), ("ARE", "USA")}),
    ("Donald Trump's tour of Saudi Arabia in May was a success.", {("SAU", "USA")}),
    ("President Ndayishimiye will on Sunday tour the Uganda Martyrs Shrine at Namugongo.", set()),  # a venue toured
])
def test_a_tour_of_countries_goes_to_them(text, expected):
    assert {(e["country_a"], e["country_b"]) for e in events(text, ref="2025-05-17", **NEWS) if e["type"] == "visit"} == expected


def test_the_stops_of_a_tour_told_after_its_dated_first_stop_take_its_month():
    text = ("Chinese leader Xi Jinping’s state visit to Vietnam on April 14-15 was routine.\n\nThe talks went well. Hanoi was "
            "the first stop on a three-nation tour that then took Xi to Kuala Lumpur and Phnom Penh.")
    rows = events(text, ref="2025-04-20", **NEWS)
    assert {(e["host"], e["start"]) for e in rows if e["type"] == "visit"} == {
        ("VNM", "2025-04-14"), ("MYS", "2025-04"), ("KHM", "2025-04")}


def test_a_destination_is_a_place_not_a_person_of_that_country():
    # (the first visit's destination, Vietnam, once made its leader no traveller of the second)
    rows = events("Japanese Prime Minister Shigeru Ishiba is expected in Hanoi later this month, and To Lam is expected to "
                  "travel to Moscow next month.", ref="2025-04-16", **NEWS)
    assert {(e["country_a"], e["country_b"], e["host"]) for e in rows} == {("JPN", "VNM", "VNM"), ("RUS", "VNM", "RUS")}


def test_in_the_coming_days_is_the_month_of_the_item_unless_said_in_its_last_week():
    text = "After Moscow I will go on to Minsk in the coming days, where I am to meet with President Alexander Lukashenko."
    assert {e["start"] for e in events(text, ref="2025-03-04", **NEWS)} == {"2025-03"}
    assert {e["start"] for e in events(text, ref="2025-03-28", **NEWS)} == {""}


@pytest.mark.parametrize("text, ref, expected", [
    ("In September, we expect Minister of Agriculture of Egypt El-Sayed El-Quseir to come to Moscow to sign a protocol.",
     "2020-07-16", {("visit", "EGY", "RUS", "2020-09", "planned")}),
    ("Vladimir Putin and Tony Abbott agreed that foreign ministers Julie Bishop and Sergei Lavrov would meet early next year.",
     "2013-12-02", {("meeting", "AUS", "RUS", "2014", "planned")}),
    ("Vladimir Putin and Borut Pahor agreed to hold talks in Ljubljana in the spring.", "2013-12-03",  # (spring is over)
     {("talks", "RUS", "SVN", "2014", "planned")}),
    ("Vladimir Putin and Borut Pahor held talks in Ljubljana in the spring.", "2013-12-03",
     {("talks", "RUS", "SVN", "2013", "held")}),
])
def test_plans_we_expect_meetings_early_next_year_and_a_season_over_is_next_years(text, ref, expected):
    assert {(e["type"], e["country_a"], e["country_b"], e["start"], e["status"])
            for e in events(text, ref=ref, **NEWS)} == expected


@pytest.mark.parametrize("text, expected", [
    ("They also recalled the telephone conversation held on March 3 between President Javier Milei and President "
     "Yamandú Orsi.", {("phone_call", "ARG", "URY", "2025-03-03", "held")}),
    ("Uruguayan Foreign Minister Mario Lubetkin will be received tomorrow by President Javier Milei at the Casa Rosada.",
     {("meeting", "ARG", "URY", "2025-04-18", "planned")}),
])
def test_an_encounter_held_between_two_named_sides_and_received_tomorrow_by(text, expected):
    assert {(e["type"], e["country_a"], e["country_b"], e["start"], e["status"])
            for e in events(text, ref="2025-04-17", **NEWS)} == expected


@pytest.mark.parametrize("text, expected", [
    # 'and' joins the subject's two leaders; the countries after 'with' are topics, not a counterpart
    ("Prime Minister Mark Carney and President Claudia Sheinbaum held talks at the National Palace this morning, with "
     "U.S. tariffs at the top of the agenda.", {("talks", "CAN", "MEX")}),
    # a counterpart after 'with' is still the other side
    ("Prime Minister Mark Carney held talks with President Claudia Sheinbaum this morning.", {("talks", "CAN", "MEX")}),
    # 'with' right after the talks names the other side, whoever the subject is
    ("Russian Foreign Minister Sergei Lavrov and Chinese Foreign Minister Wang Yi held talks with Iran in Beijing on "
     "Friday.", {("talks", "IRN", "RUS")}),
    # two leaders not joined by 'and' are no pair of subjects: the talks between two others are theirs
    ("Iranian Foreign Minister Abbas Araghchi briefed Wang Yi on the talks between Iran and the United States held in "
     "Muscat this morning.", {("talks", "IRN", "USA")}),
])
def test_two_leaders_joined_by_and_are_the_pair_of_talks_whose_with_names_topics(text, expected):
    assert {(e["type"], e["country_a"], e["country_b"]) for e in events(text, ref="2025-09-18", **NEWS)} == expected


def test_before_leaving_a_place_the_traveller_is_the_subject_after_the_comma():
    # the traveller named after the comma leaves home: no visit to his own country
    home = events("Prime Minister Christopher Luxon met Chinese President Xi Jinping in Beijing on Friday. Before leaving "
                  "Auckland on Monday, Luxon spoke by phone with Australian Prime Minister Anthony Albanese.",
                  ref="2025-06-20", **NEWS)
    assert not [e for e in home if e["type"] == "visit" and e["host"] == "NZL"]
    # leaving a country that is not his: the visit there
    away = events("Chinese President Xi Jinping attended the summit. Before leaving Astana on Monday, Xi held talks with "
                  "President Kassym-Jomart Tokayev.", ref="2025-06-20", **NEWS)
    assert ("visit", "CHN", "KAZ", "KAZ") in {(e["type"], e["country_a"], e["country_b"], e["host"]) for e in away}


@pytest.mark.parametrize("text", [
    "French President Emmanuel Macron spent Tuesday in Berlin, meeting business leaders and students.",
    "French President Emmanuel Macron flew to Washington on Monday, meeting President Trump's demand for more spending.",
])
def test_a_participle_meeting_people_of_no_office_or_a_demand_is_no_meeting(text):
    assert not [e for e in events(text, ref="2024-04-19", **NEWS) if e["type"] == "meeting"]


@pytest.mark.parametrize("text, expected", [
    # a relative clause in the present with a day to come, and a predicate that schedules: both plans
    ("Muizzu's state visit to India, which begins on Sunday, is the Maldivian president's first bilateral trip to New "
     "Delhi; formal talks with Narendra Modi are set for Monday at Hyderabad House.",
     {("visit", "2024-10-06", "planned"), ("talks", "2024-10-07", "planned")}),
    # in the past, both held
    ("Muizzu's state visit to India, which began on Sunday, was the Maldivian president's first bilateral trip to New "
     "Delhi; formal talks with Narendra Modi were held on Monday at Hyderabad House.",
     {("visit", "2024-09-29", "held"), ("talks", "2024-09-30", "held")}),
    # a summit's clause is not the visit's: the traveller arrived
    ("Maldivian President Mohamed Muizzu arrived in New Delhi on Monday for the summit, which begins on Sunday.",
     {("visit", "2024-09-30", "held")}),
])
def test_a_trip_which_begins_on_a_day_to_come_and_talks_set_for_one_are_plans(text, expected):
    assert {(e["type"], e["start"], e["status"]) for e in events(text, ref="2024-10-03", **NEWS)} == expected


@pytest.mark.parametrize("text, expected", [
    # the city that names a trip after a possessive is its destination
    ("Viktor Orban's Baku trip, which begins on Sunday, will be the Hungarian prime minister's third to Azerbaijan.",
     {("visit", "AZE", "HUN", "2025-03-30", "planned")}),
    ("Hungarian Prime Minister Viktor Orban's Baku visit begins on Sunday.", {("visit", "AZE", "HUN", "2025-03-30", "planned")}),
    # a relative clause right after the trip that says when it will begin
    ("Hungarian Prime Minister Viktor Orban's trip to Azerbaijan, which will begin on 30 March, is his third.",
     {("visit", "AZE", "HUN", "2025-03-30", "planned")}),
    # a capitalised word that is a town's name at the start of a sentence names no trip's destination
    ("Surprise visit by the Hungarian prime minister.", set()),
    # a trip in progress: it runs, it does not begin
    ("Orban arrived in Baku on Tuesday for a visit to Azerbaijan, which runs from Tuesday to Thursday.",
     {("visit", "AZE", "HUN", "2025-03-25", "held")}),
])
def test_a_trip_named_by_its_city_and_a_relative_clause_that_schedules_it(text, expected):
    assert {(e["type"], e["country_a"], e["country_b"], e["start"], e["status"])
            for e in events(text, ref="2025-03-27", **NEWS)} == expected


def test_the_agent_of_a_passive_is_not_the_traveller_of_an_onward_leg():
    text = ("Guatemalan President Bernardo Arevalo landed in Madrid on Thursday. He will be received by King Felipe VI on "
            "Saturday before travelling on to Lisbon on Monday to meet Prime Minister Luis Montenegro.")
    got = {(e["type"], e["country_a"], e["country_b"], e["host"]) for e in events(text, ref="2024-10-11", **NEWS)}
    assert {("visit", "GTM", "PRT", "PRT"), ("meeting", "GTM", "PRT", "PRT")} <= got
    assert not [g for g in got if g[1:3] == ("ESP", "PRT")]  # the king hosts him; he does not travel on


def test_a_tour_that_continues_in_one_city_and_moves_to_another():
    text = ("His Highness the Amir Sheikh Tamim bin Hamad Al Thani arrived in Tashkent today on a state visit to "
            "Uzbekistan, the first leg of a tour that continues in Bishkek on Thursday and moves to Dushanbe on Saturday.")
    assert {("QAT", "UZB", "2024-06-04", "held"), ("KGZ", "QAT", "2024-06-06", "planned")} <= {
        (e["country_a"], e["country_b"], e["start"], e["status"]) for e in events(text, ref="2024-06-04", **NEWS)}
    # something else that continues elsewhere is no stop of a journey
    text = ("French President Emmanuel Macron visited Kyiv on Monday. The exhibition he opened there, which continues in "
            "London in June, was praised.")
    assert {(e["country_a"], e["country_b"]) for e in events(text, ref="2024-06-04", **NEWS)} == {("FRA", "UKR")}


@pytest.mark.parametrize("text, expected", [
    ("\"I will travel to Hanoi next week,\" Singapore's Prime Minister Lawrence Wong told reporters on Thursday.",
     {("visit", "SGP", "VNM", "planned")}),
    ("Singapore's Prime Minister Lawrence Wong said: \"I will travel to Hanoi next week.\"", {("visit", "SGP", "VNM", "planned")}),
    # no one named who says it: no traveller
    ("\"I will travel to Hanoi next week,\" a spokesman said.", set()),
    # a memory, or a stay the quotation does not date: no encounter of the news
    ("\"When I was in Beijing, the Chinese were very hospitable,\" US President Donald Trump said on Monday.", set()),
    ("\"I was in Kyiv and saw the destruction,\" French President Emmanuel Macron said.", set()),
])
def test_i_in_a_quotation_is_its_speaker_named_with_a_verb_of_saying(text, expected):
    assert {(e["type"], e["country_a"], e["country_b"], e["status"]) for e in events(text, ref="2025-03-20", **NEWS)} == expected


def test_the_visit_and_its_time_alone_dates_the_visit_told_before():
    text = ("The Minister of Foreign Affairs of Maldives, Dr Abdulla Khaleel, concluded his official visit to India today. "
            "The visit, from 2 to 4 January 2025, was undertaken at the invitation of the External Affairs Minister. "
            "The Minister also called on the National Security Adviser of India, Mr Ajit Doval, on 3 January.")
    got = table(text, ref="2025-01-04", **NEWS)
    assert set(zip(got["type"], got["country_a"], got["country_b"], got["start"], got["end"])) == {
        ("visit", "IND", "MDV", "2025-01-02", "2025-01-04"),  # one visit, its span from the sentence after
        ("meeting", "IND", "MDV", "2025-01-03", "")}  # a call on an adviser is a meeting
    # after a planned visit, its time is the plan's: no second visit, held a year before
    rows = events("Indian Prime Minister Narendra Modi will visit the United States next month. The visit, from 12 to 14 "
                  "June, will include an address to Congress.", ref="2024-05-20", **NEWS)
    assert {(e["type"], e["status"]) for e in rows} == {("visit", "planned")}


@pytest.mark.parametrize("text, ref, expected", [
    # the visit's length counted back from the end its sentence gives
    ("Kazakh President Kassym-Jomart Tokayev will pay a three-day state visit to Tajikistan ending on 14 March, the Akorda "
     "said on Monday.", "2026-02-16", ("visit", "KAZ", "TJK", "2026-03-12", "planned")),
    # the country whose ministry tells the news is no destination listed after the first
    ("Bolivian President Luis Arce will pay an official visit to Colombia 3-5 June, Bolivia's foreign ministry said on "
     "Monday.", "2024-05-20", ("visit", "BOL", "COL", "2024-06-03", "planned")),
    # 'was expected in' a city on a day to come
    ("General Abdourahamane Tiani, head of Niger's military government, arrived in Bamako on Thursday on his first trip "
     "abroad since July's coup and was expected in Ouagadougou on Friday.", "2023-11-23",
     ("visit", "BFA", "NER", "2023-11-24", "planned")),
    # a binational cabinet co-chaired by two presidents
    ("Presidents Dina Boluarte and Daniel Noboa co-chaired the Peru-Ecuador binational cabinet in Tumbes last Friday.",
     "2024-10-01", ("meeting", "ECU", "PER", "2024-09-27", "held")),
    # welcomed in a city by a head of government
    ("Luxembourg's Prime Minister Luc Frieden was welcomed in Vaduz by Liechtenstein's head of government Daniel Risch for "
     "talks on Thursday.", "2024-05-17", ("meeting", "LIE", "LUX", "2024-05-16", "held")),
    # 'I was in' a city, said by a minister named after the quotation
    ("\"I was in Chisinau on Tuesday,\" Lithuanian Foreign Minister Gabrielius Landsbergis told LRT radio.", "2023-09-14",
     ("visit", "LTU", "MDA", "2023-09-12", "held")),
])
def test_more_wordings_from_the_third_set_of_snippets(text, ref, expected):
    assert expected in {(e["type"], e["country_a"], e["country_b"], e["start"], e["status"])
                        for e in events(text, ref=ref, **NEWS)}


@pytest.mark.parametrize("text", [
    "Fijian Prime Minister Sitiveni Rabuka was welcomed at Jacksons International Airport by Prime Minister James Marape.",
    "I was in Chisinau on Tuesday.",  # nobody named says it
])
def test_an_airport_welcome_and_an_unattributed_i_are_no_encounters(text):
    assert [e for e in events(text, ref="2023-09-14", **NEWS) if e["type"] in ("meeting", "visit")] == []


def test_we_met_in_a_speech_is_the_items_pair_not_the_pair_told_last():
    text = ("On the sidelines of the BRICS summit, Vladimir Putin met with President of the Gabonese Republic Ali Bongo "
            "Ondimba.\n\nEarlier in the day, the President of Russia had meetings with President of Argentina Mauricio Macri."
            "\n\nPresident of Russia Vladimir Putin: Mr President, colleagues,\n\nI am very glad to see you. The last time we "
            "met was during your working visit to Moscow in May 2015.")
    got = {(e["country_a"], e["country_b"], e["start"]) for e in events(text, ref="2018-07-27",
                                                                          title="Meeting with President of Gabon Ali Bongo Ondimba",
                                                                          **NEWS)}
    assert ("GAB", "RUS", "2015-05") in got and ("ARG", "RUS", "2015-05") not in got


def test_a_visit_told_in_a_relative_clause_is_its_subjects_not_the_main_clauses_agent():
    text = ("Marshall Islands President Hilda Heine, who arrived on Sunday for a five-day visit to Taiwan, was received by "
            "President Lai Ching-te with military honours on Tuesday.")
    assert {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in events(text, ref="2025-01-22", **NEWS)} == {
        ("visit", "MHL", "TWN", "2025-01-19"), ("meeting", "MHL", "TWN", "2025-01-21")}
    # 'by' right after the visit, past an appositive comma, is still its visitor
    text = ("The summit coincided with President El-Sisi's visit to Baghdad, the first by an Egyptian head of state to the "
            "Iraqi capital in three decades.")
    assert ("visit", "EGY", "IRQ") in {(e["type"], e["country_a"], e["country_b"]) for e in events(text, ref="2021-06-27", **NEWS)}


def test_talks_named_after_a_possessive_plural():
    text = "Australia and New Zealand agreed to deepen defence ties at annual leaders’ talks in Wellington on Friday."
    assert {(e["type"], e["country_a"], e["country_b"], e["host"]) for e in events(text, ref="2023-07-07", **NEWS)} == {
        ("talks", "AUS", "NZL", "NZL")}


def test_spoke_by_phone_names_no_visitor_by_its_by():
    text = ("Kazakh Foreign Minister Murat Nurtleu, who visited Baku earlier this month, spoke by phone with his Azerbaijani "
            "counterpart Jeyhun Bayramov on Wednesday.")
    assert {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in events(text, ref="2023-11-24", **NEWS)} == {
        ("visit", "AZE", "KAZ", "2023-11"), ("phone_call", "AZE", "KAZ", "2023-11-22")}


@pytest.mark.parametrize("text, ref, expected", [
    ("Bolivian Foreign Minister Rogelio Mayta and his Chilean counterpart Alberto van Klaveren began two days of talks in "
     "La Paz yesterday.", "2023-04-05", ("talks", "BOL", "CHL", "BOL", "2023-04-04")),
    ("Armenian and Azerbaijani foreign ministers Ararat Mirzoyan and Jeyhun Bayramov wrapped up two days of talks in Almaty "
     "today.", "2024-05-11", ("talks", "ARM", "AZE", "KAZ", "2024-05-11")),
])
def test_days_of_talks_begun_or_wrapped_up(text, ref, expected):
    assert expected in {(e["type"], e["country_a"], e["country_b"], e["host"], e["start"]) for e in events(text, ref=ref, **NEWS)}


@pytest.mark.parametrize("text, expected", [
    ("In July, Mongolian Prime Minister Oyun-Erdene called Kazakh Prime Minister Smailov to discuss the supply of fuel.",
     {("phone_call", "KAZ", "MNG")}),
    ("Mongolia's President Khurelsukh and Kazakh President Tokayev had a good conversation on the margins of the CICA "
     "summit in Astana last October.", {("meeting", "KAZ", "MNG")}),
    # 'called' an office holder something, or called his decision something: no call
    ("Mongolian Prime Minister Oyun-Erdene called President Vladimir Putin a friend.", set()),
    ("Mongolian Prime Minister Oyun-Erdene called President Putin's decision brave.", set()),
    ("Mongolian Prime Minister Oyun-Erdene called President Vladimir Putin weak in a post on Sunday.", set()),
])
def test_called_an_office_holder_and_a_conversation_on_the_margins(text, expected):
    assert {(e["type"], e["country_a"], e["country_b"]) for e in events(text, ref="2023-10-02", **NEWS)} == expected


def test_the_visit_told_again_by_a_later_day_of_it_is_no_second_visit():
    text = ("Prime Minister Benjamin Netanyahu landed in London on Sunday evening for a brief visit. "
            "The visit was overshadowed by a vote in parliament expected later Monday.")
    rows = [e for e in events(text, "2017-02-06", place="LONDON", site_country="ISR", **NEWS) if e["type"] == "visit"]
    assert [(e["country_a"], e["country_b"], e["host"], e["start"]) for e in rows] == [("GBR", "ISR", "GBR", "2017-02-05")]
    # a visit of the pair to another country is another visit
    text2 = text + " Netanyahu visited France on Monday for a day of talks."
    rows = [e for e in events(text2, "2017-02-06", place="LONDON", site_country="ISR", **NEWS) if e["type"] == "visit"]
    assert ("FRA", "ISR", "FRA", "2017-02-06") in [(e["country_a"], e["country_b"], e["host"], e["start"]) for e in rows]


def test_an_office_alone_names_the_one_person_of_that_office_named_before():
    text = ("Amir Sheikh Tamim bin Hamad Al Thani and President of Nepal Ram Chandra Paudel held official talks in "
            "Kathmandu this morning. In Dhaka on Sunday, HH the Amir held talks with Prime Minister of Bangladesh "
            "Sheikh Hasina.")
    assert ("talks", "BGD", "QAT") in pairs(events(text, "2024-04-23", **NEWS))
    found = {m["surface"]: m["country"] for m in find_mentions(text) if m["form"] == "office"}
    assert found == {"HH the Amir": "QAT"}
    # two presidents named before: 'the President' names neither; nor does an office of another country
    two = ("President Ram Chandra Paudel received President Ferdinand Marcos Jr. The President said trade had grown. "
           "The President of Bangladesh sent a message.")
    assert not [m for m in find_mentions(two) if m["form"] == "office"]
    one = "President Ram Chandra Paudel received the minister. The President of Bangladesh sent a message."
    assert not [m for m in find_mentions(one) if m["form"] == "office"]


def test_he_after_a_sentence_whose_traveller_is_unnamed_is_the_traveller_not_the_person_met():
    text = ("India's Prime Minister will fly to Buenos Aires on Friday night and hold talks with President Javier Milei "
            "on Saturday. He will then head to Rio de Janeiro for the BRICS Summit on July 6-7, followed by a state "
            "visit to Brasília on July 8.")
    rows = [e for e in events(text, "2025-07-03", **NEWS) if e["type"] == "visit"]
    assert [(e["country_a"], e["country_b"], e["host"], e["start"], e["status"]) for e in rows] == [
        ("ARG", "IND", "ARG", "2025-07-04", "planned"), ("BRA", "IND", "BRA", "2025-07-06", "planned"),
        ("BRA", "IND", "BRA", "2025-07-08", "planned")]  # (the trip to Rio for the summit, then the state visit)
    # a sentence whose subject is named before its visit: 'he' is that subject
    text = ("President Ram Chandra Paudel received President Ferdinand Marcos Jr, who is on a state visit to Nepal. "
            "He later spoke by phone with the Prime Minister of India Narendra Modi.")
    assert ("phone_call", "IND", "NPL") in pairs(events(text, "2025-07-03", **NEWS))


def test_a_month_without_its_year_takes_the_year_the_sentence_told_alone_before_it():
    text = ("Shuttle diplomacy was revived in 2023, when then-President Yoon Suk Yeol traveled to Tokyo in March and "
            "Fumio Kishida made a return trip to Seoul in May.")
    rows = events(text, "2025-08-23", **NEWS)
    assert sorted((e["host"], e["start"]) for e in rows if e["type"] == "visit") == [("JPN", "2023-03"), ("KOR", "2023-05")]
    assert [e["start"] for e in events("In 2023, Yoon Suk Yeol traveled to Tokyo in March.", "2025-08-23", **NEWS)] == \
        ["2023-03"]
    # not a year that starts a span ('since 2019'), the year of another encounter's date, a plan's, nor a year told of
    # something else in the sentence ('The treaty, signed in 1997, was discussed when …')
    for text, starts in [("Since 2019, Yoon Suk Yeol traveled to Tokyo in March.", ["2025-03"]),
                         ("They recalled the visit of the Japanese foreign minister to Ljubljana in May 2024 and their "
                          "own telephone conversation with Slovenia's foreign minister in January.", ["2024-05", "2025-01"]),
                         ("In 2019 the two signed a treaty, and Yoon Suk Yeol will travel to Tokyo in March.", ["2026-03"]),
                         ("The treaty, signed in 1997, was discussed when President William Ruto met President Xi Jinping in "
                          "Beijing in April.", ["2025-04"])]:
        assert [e["start"] for e in events(text, "2025-08-23", **NEWS)] == starts, text


def test_our_country_on_a_national_agencys_page_is_the_agencys_country():
    from multipolar.metadata import masthead_country

    assert masthead_country(["Golden Age", "State News Agency of Turkmenistan (TDH)"]) == "TKM"
    text = ("On November 14, the President of Turkmenistan received Minister of Foreign and European Affairs of the "
            "Slovak Republic Juraj Blanár, who arrived in our country on a working visit.")
    rows = events(text, "2024-11-14", home_country="TKM", **NEWS)
    assert ("visit", "SVK", "TKM") in pairs(rows)
    assert [e["host"] for e in rows if e["type"] == "visit"] == ["TKM"]


def test_a_quotation_in_straight_single_quotes_has_its_speaker_and_a_plans_day_of_the_month_is_the_next():
    text = ("'I arrived in Colombo on Sunday and this morning had a very warm meeting with President Rajapaksa,' "
            "Maldivian President Abdulla Yameen said in a statement on Tuesday.")
    rows = events(text, "2014-05-06", **NEWS)
    assert ("visit", "LKA", "MDV", "LKA", "2014-05-04") in [(e["type"], e["country_a"], e["country_b"], e["host"], e["start"])
                                                             for e in rows]
    # an apostrophe is no quotation mark: "Yameen's" opens none, so the aide's 'I' has no speaker
    from multipolar.encounters import parties, quoted_speaker
    from multipolar.dateexpr import find_dates
    for text, who in [("Maldivian President Abdulla Yameen's aide said I will travel to Colombo on Sunday.", []),
                      ("'I will travel to Colombo on Sunday,' Maldivian President Abdulla Yameen said.", ["MDV"])]:
        ps = parties(text, find_mentions(text))
        at = text.index("travel")
        assert [p.country for p in quoted_speaker(text, ps, at, find_dates(text, date(2014, 5, 6)))] == who, text
    text = "'I go to Abidjan on the 14th to put the final touches to the deal,' Ghanaian President Nana Akufo-Addo said."
    [e] = events(text, "2017-06-29", **NEWS)
    assert (e["country_a"], e["country_b"], e["start"], e["status"]) == ("CIV", "GHA", "2017-07-14", "planned")
    # a plan's cue before a verb in the past perfect plans its own object (the visit), not the call that prepared it
    text = "The preparation of the visit had been finalized by Chile and Peru in a telephone conversation on the 28th."
    [e] = events(text, "2018-12-02", **NEWS)
    assert (e["type"], e["start"], e["status"]) == ("phone_call", "2018-11-28", "held")


def test_a_call_with_several_people_listed_is_a_call_with_each():
    text = ("Armenian Prime Minister Nikol Pashinyan spoke by phone on Tuesday with Vladimir Putin, Emmanuel Macron and "
            "US Secretary of State Antony Blinken after overnight shelling.")
    assert pairs(events(text, "2022-09-14", **NEWS)) == [("phone_call", "ARM", "FRA"), ("phone_call", "ARM", "RUS"),
                                                        ("phone_call", "ARM", "USA")]
    # a person named after the list's words ('about X's plan') is none of it
    text = "Armenian Prime Minister Nikol Pashinyan spoke by phone on Tuesday with Vladimir Putin about Emmanuel Macron's plan."
    assert pairs(events(text, "2022-09-14", **NEWS)) == [("phone_call", "ARM", "RUS")]


def test_an_encounter_told_in_the_present_with_a_time_still_to_come_is_announced():
    text = ("Guinea-Bissau's President Umaro Sissoco Embalo is in Lisbon tonight at the start of a working visit. "
            "He meets Prime Minister Antonio Costa on Thursday.")
    [meeting] = [e for e in events(text, "2021-07-20", **NEWS) if e["type"] == "meeting"]
    assert (meeting["country_a"], meeting["country_b"], meeting["start"], meeting["status"]) == \
        ("GNB", "PRT", "2021-07-22", "planned")
    # in the past tense, the same day is the last one
    text = text.replace("He meets", "He met")
    [meeting] = [e for e in events(text, "2021-07-20", **NEWS) if e["type"] == "meeting"]
    assert (meeting["start"], meeting["status"]) == ("2021-07-15", "held")


def test_head_to_a_capital_is_a_journey_and_where_a_source_speaks_from_is_no_destination():
    text = ("Sri Lanka's President Maithripala Sirisena will head to New Delhi on 15 February for a four-day state visit, "
            "officials in Colombo said on Thursday.")
    rows = events(text, "2015-01-22", **NEWS)
    assert {(e["country_a"], e["country_b"], e["host"], e["start"], e["status"]) for e in rows} == {
        ("IND", "LKA", "IND", "2015-02-15", "planned")}
    text = "Slovenian President Janez Drnovsek will head to Khartoum on Thursday as part of his Darfur peace initiative."
    [e] = events(text, "2007-05-21", **NEWS)
    assert (e["type"], e["country_a"], e["country_b"], e["host"], e["start"]) == ("visit", "SDN", "SVN", "SDN", "2007-05-24")
    # present tense with a time to come: 'arrives in Taipei on Sunday', 'meet tomorrow'
    text = "Nauru's President Sprent Dabwido arrives in Taipei on Sunday for a five-day visit."
    assert [(e["start"], e["status"]) for e in events(text, "2013-04-04", **NEWS)] == [("2013-04-07", "planned")]


def test_a_visits_length_counts_back_from_a_return_from_it_or_an_end_told_after_it():
    text = "President James Michel returned to Victoria yesterday from a four-day state visit to Mauritius."
    [e] = events(text, "2008-03-19", **NEWS)
    assert (e["host"], e["start"], e["end"]) == ("MUS", "2008-03-15", "2008-03-18")
    text = "Prabowo Subianto's three-day Beijing trip, his first as president, ended on Sunday."
    [e] = events(text, "2024-11-12", **NEWS)
    assert (e["host"], e["start"], e["end"]) == ("CHN", "2024-11-08", "2024-11-10")
    # a start told after it counts forward
    text = "Prabowo Subianto's three-day Beijing trip began on Sunday."
    [e] = events(text, "2024-11-12", **NEWS)
    assert (e["start"], e["end"]) == ("2024-11-10", "2024-11-12")


def test_a_bilateral_held_is_a_meeting_and_he_after_a_short_opening_is_the_last_subject():
    text = ("Slovak Foreign Minister Mikulas Dzurinda and his Azerbaijani counterpart Elmar Mammadyarov held a bilateral "
            "on the sidelines of the UN General Assembly in New York on Friday.")
    assert [(e["type"], e["country_a"], e["country_b"], e["host"], e["start"]) for e in events(text, "2011-09-27", **NEWS)] \
        == [("meeting", "AZE", "SVK", "USA", "2011-09-23")]
    assert not events("Slovakia held a bilateral trade fair on Friday.", "2011-09-27", **NEWS)
    text = ("President Muhammadu Buhari of Nigeria is back in Abuja tonight. On Monday he held a bilateral with Iran's "
            "Hassan Rouhani in Tehran.")
    assert ("meeting", "IRN", "NGA") in pairs(events(text, "2015-11-24", **NEWS))


def test_an_interviews_answers_speak_for_its_interviewee_and_its_questions_ask_him():
    text = ("DILI -- Timor-Leste will not let any single partner dominate its economy, President José Ramos-Horta said in "
            "an interview.\n\nQ: You were in Jakarta last week. What did the president tell you?\n\n"
            "A: I had a very warm meeting with President Prabowo at the Merdeka Palace.\n\n"
            "Q: And Japan?\n\nA: I met Prime Minister Ishiba in Tokyo in March, during an official visit.")
    rows = events(text, "2025-06-18", **NEWS)
    assert {("visit", "IDN", "TLS"), ("meeting", "JPN", "TLS"), ("visit", "JPN", "TLS")} <= set(pairs(rows))
    assert all("TLS" in (e["country_a"], e["country_b"]) for e in rows)
    # labels that name their speakers speak for them, as before
    text = "Question: Will you visit Jakarta?\n\nPrime Minister of Japan Shigeru Ishiba: I will travel to Jakarta in July."
    assert set(pairs(events(text, "2025-06-18", **NEWS))) == {("visit", "IDN", "JPN")}


def test_an_office_picks_one_of_two_leaders_of_a_surname_and_with_whom_i_met_is_the_speakers():
    def named(text):
        return [m["country"] for m in find_mentions(text) if m["kind"] == "person"]
    assert named("President Chávez spoke.") == ["VEN"]  # Hugo Chávez, a president
    assert named("Prime Minister Chávez spoke.") == ["PER"]  # Betssy Chávez, a prime minister
    assert named("Mr Chávez spoke.") == []  # which of them, no office tells
    text = ("President of Nicaragua Daniel Ortega: I bring you greetings from President Chavez, with whom I met in "
            "Managua on Sunday.")
    assert [(e["type"], e["country_a"], e["country_b"], e["host"], e["start"])
            for e in events(text, "2008-12-18", site_country=KREMLIN, **NEWS)] == [
        ("meeting", "NIC", "VEN", "NIC", "2008-12-14")]


def test_a_small_capital_is_a_place_by_its_countrys_spelling_and_he_going_home_is_no_visit():
    from multipolar.places import city_at

    assert city_at("Port Vila next month")[0] == "VUT"  # GeoNames spells it 'Port-Vila'
    assert city_at("Nuku'alofa tomorrow")[0] == "TON"  # a capital of 22,000 people, by one of its spellings
    assert city_at("Vila next month") is None  # (not by a short name of it)
    text = "Penny Wong flew to Port Vila in February 2023 to revive the stalled agreement."
    assert [(e["country_a"], e["country_b"], e["host"], e["start"]) for e in events(text, "2025-05-20", **NEWS)] == [
        ("AUS", "VUT", "VUT", "2023-02")]
    text = ("Tonga's Prime Minister Siaosi Sovaleni held talks in Apia on Monday. Today he is scheduled to visit a "
            "school, and he departs for Nuku'alofa tomorrow.")
    assert pairs(events(text, "2023-08-16", site_country="WSM", **NEWS)) == [("talks", "TON", "WSM")]


def test_received_me_is_the_speakers_meeting_and_where_the_speaker_told_it_is_no_host():
    text = "President of Mozambique Filipe Nyusi: I came to Moscow from Minsk, where President Lukashenko received me on Saturday."
    rows = events(text, "2024-04-16", site_country=KREMLIN, **NEWS)
    assert ("meeting", "BLR", "MOZ", "BLR", "2024-04-13") in [
        (e["type"], e["country_a"], e["country_b"], e["host"], e["start"]) for e in rows]
    text = ("'I will go to Jakarta next Monday, and President Yudhoyono receives me at the palace on Tuesday,' "
            "Timor-Leste's President Taur Matan Ruak told reporters in Dili.")
    [meeting] = [e for e in events(text, "2012-07-30", **NEWS) if e["type"] == "meeting"]
    assert (meeting["country_a"], meeting["country_b"], meeting["status"]) == ("IDN", "TLS", "planned")
    assert meeting["host"] == ""  # (Dili is where he spoke; the palace is in no city the text names)


def test_called_me_is_a_call_with_the_speaker_and_called_me_a_name_is_none():
    text = ("VOA: Have you spoken to President Lula recently?\n\nIrfaan Ali: President Lula called me on Saturday, and we "
            "spoke for almost an hour.")
    assert [(e["type"], e["country_a"], e["country_b"], e["start"]) for e in events(text, "2024-02-13", **NEWS)] == [
        ("phone_call", "BRA", "GUY", "2024-02-10")]
    assert events('"President Lula called me a friend," Guyana\'s President Irfaan Ali said.', "2024-02-13", **NEWS) == []


def test_a_leader_of_a_family_of_leaders_of_one_country_names_that_country_and_x_and_i_met_is_the_speakers():
    def named(text):
        return [(m["surface"], m["country"]) for m in find_mentions(text) if m["kind"] == "person"]
    assert named("Prime Minister Kallas met the minister.") == [("Kallas", "EST")]  # Kaja or Siim Kallas
    assert named("President Aliyev received the minister.") == [("Aliyev", "AZE")]  # Heydar or Ilham Aliyev
    assert named("Kallas met the minister.") == []  # no office: maybe nobody of the roster
    assert ("Ahmed", "BGD") not in named("Syrian President Ahmed Al Shara met the minister.")  # a given name
    text = ("'Prime Minister Kallas and I met in Tallinn last week, and we agree entirely on the threat,' Finnish "
            "Prime Minister Sanna Marin said in an interview on Thursday.")
    assert [(e["type"], e["country_a"], e["country_b"], e["host"]) for e in events(text, "2022-01-27", **NEWS)] == [
        ("meeting", "EST", "FIN", "EST")]
    # a quotation that runs on into the next sentence, its speaker named before it
    text = ('Kyrgyz President Sadyr Japarov, in an interview with the Kabar news agency: "Shavkat Mirziyoyev and I met '
            'in Astana last year and agreed to finish the border. We will meet again."')
    assert set(pairs(events(text, "2025-02-10", **NEWS))) == {("meeting", "KGZ", "UZB")}


def test_each_stop_of_a_tour_listed_with_its_own_date_takes_that_date():
    text = "President Hu Jintao will visit Riyadh on 10 February, Bamako on 12 February and Dakar on 13 February."
    assert [(e["host"], e["start"]) for e in events(text, "2009-01-29", **NEWS)] == [
        ("SAU", "2009-02-10"), ("MLI", "2009-02-12"), ("SEN", "2009-02-13")]


def test_arrived_and_will_be_received_by_is_a_visit_told_and_a_meeting_planned():
    text = ("The Bahamas Prime Minister Hubert Minnis arrived in Havana this afternoon and will be received by President "
            "Miguel Diaz-Canel tomorrow. Dr Minnis hosted the Cuban foreign minister, Bruno Rodriguez, in Nassau earlier "
            "this year.")
    rows = [(e["type"], e["country_a"], e["country_b"], e["host"], e["start"], e["status"])
            for e in events(text, "2018-12-18", **NEWS)]
    assert ("visit", "BHS", "CUB", "CUB", "2018-12-18", "held") in rows  # (the host who will receive him is no traveller)
    assert ("meeting", "BHS", "CUB", "CUB", "2018-12-19", "planned") in rows
    assert ("meeting", "BHS", "CUB", "BHS", "2018", "held") in rows  # "hosted the Cuban foreign minister … in Nassau"
    # the head of an international body travels for no state
    text = ("UN Secretary-General António Guterres has arrived in Astana and is due to meet Putin and Xi separately on "
            "the margins of tomorrow's summit.")
    assert "visit" not in [e["type"] for e in events(text, "2024-07-03", site_country="KAZ", **NEWS)]


def test_the_reviews_counter_examples_to_this_rounds_rules():
    """Sentences a newcomer's review wrote against the tenth round's rules, each of which one of them misread."""
    def rows(text, ref="2024-05-01", **kw):
        return [(e["type"], e["country_a"], e["country_b"], e["host"], e["start"], e["status"])
                for e in events(text, ref, **{**NEWS, **kw})]
    # a plan told in a person's relative clause is the clause's, not the main clause's held meeting
    assert ("meeting", "RUS", "TUR", "KAZ", "2024-07-03", "held") in rows(
        "Russian President Vladimir Putin, who visits China next month, met Turkish President Recep Tayyip Erdogan in "
        "Astana on Wednesday.", "2024-07-04")
    # the nearest day of the month stays for an encounter told in the present: no month back
    assert [r[4] for r in rows("Chinese President Xi Jinping and Russian President Vladimir Putin meet in Astana on the "
                               "5th.", "2024-07-02")] == ["2024-07-05"]
    # who tells the news after a list is none of it; an apposition is no list
    assert rows("Ukrainian President Volodymyr Zelensky spoke by phone on Monday with Antony Blinken, President "
                "Emmanuel Macron's office said.") == [("phone_call", "UKR", "USA", "", "2024-04-29", "held")]
    assert rows("Hungarian Prime Minister Viktor Orban spoke by phone on Monday with Russian President Vladimir Putin, "
                "Xi Jinping's closest partner.") == [("phone_call", "HUN", "RUS", "", "2024-04-29", "held")]
    # 'X and I met with Y': the speaker's meeting with Y
    assert [r[:3] for r in rows("'Prime Minister Kallas and I met with President Zelensky in Kyiv on Monday,' Finnish "
                                "Prime Minister Sanna Marin said.")] == [("meeting", "FIN", "UKR")]
    # 'head' as a noun is no journey
    assert rows("Indian Prime Minister Narendra Modi named Vikram Misri as his new head for China policy on Monday.") == []
    # another event's end is not the visit's, and a visit that began counts forward
    assert [r[4] for r in rows("Indonesian President Prabowo Subianto began a three-day visit to Hanoi on Monday after "
                               "the ASEAN summit ended.", "2024-11-12")] == ["2024-11-11"]
    # a subordinate opening's 'he' is not the subject of the sentence before
    assert ("visit", "DEU", "UKR", "UKR", "2024-04-30", "held") in rows(
        "Italian Prime Minister Giorgia Meloni met French President Emmanuel Macron in Paris on Monday. Before he left for "
        "Kyiv on Tuesday, German Chancellor Olaf Scholz called Macron.")
    # 'our country' in what an Egyptian minister said is Egypt, whatever the page's country
    assert [r[:4] for r in rows("Egyptian Foreign Minister Sameh Shoukry said Iraqi Prime Minister Mohammed Shia "
                                "al-Sudani's visit to our country next week would deepen ties.", home_country="KWT")] == [
        ("visit", "EGY", "IRQ", "EGY")]
    # hosted on the sidelines of a summit: not at home
    assert [r[3] for r in rows("Indian Prime Minister Narendra Modi hosted Japanese Prime Minister Fumio Kishida for dinner "
                               "on the sidelines of the G7 summit on Saturday.")] == [""]
    # 'and he flies home' in the sentence of his own meeting: no visit
    assert [r[0] for r in rows("Tongan Prime Minister Siaosi Sovaleni met New Zealand's Prime Minister in Wellington on "
                               "Monday, and he flies to Nuku'alofa tomorrow.")] == ["meeting"]


def test_an_interviewee_is_who_speaks_in_the_introduction_and_a_menus_acronym_names_no_country():
    from multipolar.metadata import masthead_country

    text = ("After meeting Chinese President Xi Jinping last month, Philippine President Ferdinand Marcos Jr. spoke to "
            "our correspondent.\n\nQ: And Japan?\n\nA: I had a warm meeting with Prime Minister Fumio Kishida in Tokyo "
            "last week.")
    assert ("meeting", "JPN", "PHL") in pairs(events(text, "2024-05-01", **NEWS))
    assert ("meeting", "CHN", "JPN") not in pairs(events(text, "2024-05-01", **NEWS))
    assert masthead_country(["Home", "World", "Partners", "KUNA", "WAM"]) == ""


def test_a_visit_in_an_opening_phrase_is_the_main_clauses_subjects():
    text = ("During his visit to Seoul last week, Indonesian President Prabowo Subianto met South Korean President "
            "Yoon Suk Yeol.")
    assert [(e["type"], e["country_a"], e["country_b"], e["host"]) for e in events(text, "2025-03-12", **NEWS)] == [
        ("visit", "IDN", "KOR", "KOR"), ("meeting", "IDN", "KOR", "KOR")]


def test_spoke_with_during_a_visit_is_no_call_of_its_own():
    # (the visit, undated, is the sentence's one encounter)
    text = ("During his state visit to China, French President Emmanuel Macron spoke with Chinese President Xi Jinping "
            "about Ukraine.")
    assert [(e["type"], e["country_a"], e["country_b"], e["start"]) for e in events(text, **NEWS)] == [
        ("visit", "CHN", "FRA", "")]
    # a meeting with business leaders during a stay abroad: the stay is a visit, the meeting no encounter between states
    text = "During his stay in Tokyo, South Korean President Yoon Suk Yeol is also slated to meet with business leaders."
    assert [e["type"] for e in events(text, ref="2023-03-14", **NEWS)] == ["visit"]


def test_a_habit_is_no_encounter_but_a_dated_one_told_beside_it_is():
    assert events("Turkish President Recep Tayyip Erdogan meets Russian President Vladimir Putin every year in Sochi.",
                  "2024-07-04", **NEWS) == []
    text = ("Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi on Friday, as he does "
            "every year.")
    assert [(e["type"], e["start"]) for e in events(text, "2024-07-04", **NEWS)] == [("meeting", "2024-06-28")]


def test_the_entries_of_a_live_blog_under_a_heading_naming_both_sides_are_news_of_the_day():
    """A live blog's entry under its own heading ('Macron sees Ramaphosa') tells its news as a lead does: an undated
    meeting there is on the item's day. Under a heading naming one side or none it stays undated (background)."""
    entry = ("French President Emmanuel Macron held a meeting with South Africa's Cyril Ramaphosa on the sidelines, "
             "their second encounter in three days. The two had already met in Johannesburg on Saturday.")
    lead = "Welcome to our live coverage of the summit in Luanda, where some 80 delegations are gathering today."
    rows = events(f"{lead}\n\nMacron sees Ramaphosa\n\n{entry}", "2025-11-24", **NEWS)
    assert sorted((e["start"], e["date_method"]) for e in rows if e["type"] == "meeting") == [
        ("2025-11-22", "latest such weekday on or before the reference date"), ("2025-11-24", "publication date")]
    rows = events(f"{lead}\n\nA second encounter\n\n{entry}", "2025-11-24", **NEWS)
    assert sorted(e["start"] for e in rows if e["type"] == "meeting") == ["", "2025-11-22"]


def test_his_stay_after_an_opening_phrase_is_the_stay_of_the_subject_before():
    """'Besides the summit, his stay in Angola is a bilateral visit': his, the traveller the sentence before named
    (Macron), not the other side of the item's first pair (Belgium's, met by Angola's president)."""
    text = ("Angolan President João Lourenço held a bilateral meeting with Belgian Prime Minister Bart De Wever.\n\n"
            "Emmanuel Macron arrived in Luanda this morning. Besides the summit, his stay in Angola is a "
            "bilateral visit.")
    assert {(e["type"], e["country_a"], e["country_b"]) for e in events(text, "2025-11-24", **NEWS)} == {
        ("meeting", "AGO", "BEL"), ("visit", "AGO", "FRA")}


@pytest.mark.parametrize("text, expected", [
    ("Brazil's President Lula conferred for two hours with Chilean President Ricardo Lagos on Thursday.",
     [("meeting", "BRA", "CHL", "2024-03-07", "held")]),
    ("Saudi Crown Prince Mohammed bin Salman dined with British Prime Minister Theresa May at Chequers on Wednesday.",
     [("meeting", "GBR", "SAU", "2024-03-06", "held")]),
    ("Greek Prime Minister Alexis Tsipras goes to Rome tomorrow for lunch with Italian Prime Minister Matteo Renzi.",
     [("meeting", "GRC", "ITA", "2024-03-11", "planned"), ("visit", "GRC", "ITA", "2024-03-11", "planned")]),
    ("German Chancellor Olaf Scholz will see Ukraine's President Volodymyr Zelensky in Kyiv on Monday.",
     [("meeting", "DEU", "UKR", "2024-03-11", "planned")]),
    ("Nigeria's President Olusegun Obasanjo flew into Pretoria on Saturday.", [("visit", "NGA", "ZAF", "2024-03-09", "held")]),
    ("US President George W. Bush on Monday set foot in Mongolia.", [("visit", "MNG", "USA", "2024-03-04", "held")]),
    ("Thailand's prime minister spent Tuesday and Wednesday in Laos.", [("visit", "LAO", "THA", "2024-03-05", "held")]),
    # no person after the verb: no meeting
    ("French President Emmanuel Macron had dinner with business leaders in Lagos on Monday.", []),
    ("The chancellor sees Russia as a threat, German Chancellor Olaf Scholz said on Monday.", []),
    ("US President Joe Biden will see the Great Wall on Monday.", []),
])
def test_meals_conferring_seeing_and_setting_foot_are_encounters_with_a_person_or_a_place(text, expected):
    assert sorted((e["type"], e["country_a"], e["country_b"], e["start"], e["status"])
                  for e in events(text, "2024-03-10", **NEWS)) == expected


@pytest.mark.parametrize("text", [
    "Caretaker Prime Minister Thaksin Shinawatra has shelved the visit to Laos he was to make next week.",
    "Lee Myung-bak said on Wednesday he would be prepared to meet Kim Jong Il at any time, but officials said no summit "
    "was being prepared.",
    'The White House said there were "no plans" for Donald Trump to meet Vladimir Putin in the near future.',
])
def test_a_shelved_visit_a_readiness_to_meet_and_no_plans_are_no_encounter(text):
    assert events(text, "2010-09-15", **NEWS) == []


def test_is_to_call_on_is_a_plan():
    text = ("Shehbaz Sharif arrived this morning for a two-day official visit to China; he is to call on Xi Jinping on "
            "Wednesday.")
    [meeting] = [e for e in events(text, "2022-11-01", **NEWS) if e["type"] == "meeting"]
    assert (meeting["start"], meeting["status"]) == ("2022-11-02", "planned")


def test_the_new_prime_minister_is_the_subject_before_and_the_president_of_a_country_is_not():
    text = ("British Prime Minister David Cameron will be in Paris tomorrow for dinner with Nicolas Sarkozy, Downing Street "
            "said. The new prime minister had a telephone conversation with Angela Merkel on 12 May.")
    assert ("phone_call", "DEU", "GBR", "2010-05-12") in [
        (e["type"], e["country_a"], e["country_b"], e["start"]) for e in events(text, "2010-05-19", **NEWS)]
    text = ("British Prime Minister David Cameron arrived in Paris on Monday. The president of Ghana held talks with "
            "Angela Merkel on 12 May.")
    assert ("talks", "DEU", "GBR") not in pairs(events(text, "2010-05-19", **NEWS))


def test_a_date_inside_a_quotation_dates_no_trigger_outside_it():
    text = ("Anwar Ibrahim and his Thai counterpart Anutin Charnvirakul held talks on Monday. \"We want to see the first "
            "cross-border trains running before the end of 2027,\" Anwar told a joint press conference after the talks.")
    assert [(e.type, e.start) for e in table(text, "2025-12-15", **NEWS).itertuples()] == [("talks", "2025-12-15")]
    text = '"I will travel to Hanoi next week," Singapore\'s Prime Minister Lawrence Wong said.'
    assert [(e["type"], e["start"], e["status"]) for e in events(text, "2025-03-05", **NEWS)] == [
        ("visit", "2025-03-10", "planned")]


def test_a_country_after_an_office_stands_for_its_holder_as_the_one_called_on():
    text = ("Thai Prime Minister Anutin Charnvirakul arrived in Kuala Lumpur on Sunday for a two-day official visit. He "
            "also called on His Majesty Sultan Ibrahim, the King of Malaysia, at Istana Negara on Sunday evening.")
    assert ("meeting", "MYS", "THA", "2025-12-14") in [
        (e["type"], e["country_a"], e["country_b"], e["start"]) for e in events(text, "2025-12-15", **NEWS)]
    text = "He also called on the people of Malaysia to vote on Sunday."
    assert events(text, "2025-12-15", **NEWS) == []


@pytest.mark.parametrize("frame, expected", [("from May 31 to June 3 last year", "2023-06-01"),
                                             ("in 2019", "2019-06-01")])
def test_a_when_clause_with_a_day_of_its_own_is_dated_by_that_day_in_the_framing_year(frame, expected):
    text = ("Minister Saud said the commission had followed up on the understandings reached during PM Dahal's official "
            f"visit to India {frame}, when Dahal held delegation-level talks with Prime Minister Narendra Modi in New Delhi "
            "on June 1.")
    assert [e["start"] for e in events(text, "2024-01-05", **NEWS) if e["type"] == "talks"] == [expected]


def test_two_meetings_of_a_visitor_on_one_day_with_different_hosts_are_two_and_one_told_twice_is_one():
    text = ("External Affairs Minister of India S Jaishankar, who arrived in Kathmandu yesterday, co-chaired the seventh "
            "meeting of the Nepal-India Joint Commission with Foreign Minister NP Saud today.\n\nJaishankar called on Prime "
            "Minister Pushpa Kamal Dahal at Baluwatar this morning.")
    meetings = table(text, "2024-01-05", **NEWS).query("type == 'meeting'")
    assert list(meetings["start"]) == ["2024-01-05", "2024-01-05"]
    # the title's surname ('Aliyev', the family's) and the text's full name are one call
    rows = table("President Recep Tayyip Erdoğan held a phone call with President Ilham Aliyev of Azerbaijan.", "2023-09-19",
                 title="President Erdoğan holds a phone call with President Aliyev of Azerbaijan", **NEWS)
    assert list(rows["type"]) == ["phone_call"]


def test_a_relative_clause_keeps_its_own_date_and_not_the_main_clauses():
    text = ("Japan's Foreign Minister Yoko Kamikawa, who traveled to Lima in July for talks with her Peruvian counterpart, "
            "also attended Friday's meeting.")
    assert {(e["type"], e["start"]) for e in events(text, "2023-12-02", **NEWS) if e["type"] != "meeting"} == {
        ("visit", "2023-07"), ("talks", "2023-07")}


def test_a_courtesy_call_on_an_emperor_is_a_meeting():
    text = ("Peruvian President Dina Boluarte arrived in Japan on Wednesday for a four-day working visit. She paid a "
            "courtesy call on Emperor Naruhito at the Imperial Palace on Thursday.")
    assert ("meeting", "JPN", "PER", "2023-11-30") in [
        (e["type"], e["country_a"], e["country_b"], e["start"]) for e in events(text, "2023-12-02", **NEWS)]


def test_will_proceed_to_a_capital_is_a_planned_visit_and_its_consultations_are_planned():
    text = ("Kenya's Prime Cabinet Secretary Musalia Mudavadi arrived in Kampala on Monday. From Kampala, he will proceed "
            "to Kigali on Saturday for bilateral consultations with Rwanda's Minister of Foreign Affairs.")
    rows = {(e["type"], e["country_a"], e["country_b"], e["start"], e["status"]) for e in events(text, "2025-03-04", **NEWS)}
    assert {("visit", "KEN", "RWA", "2025-03-08", "planned"), ("meeting", "KEN", "RWA", "2025-03-08", "planned")} <= rows


def test_boarding_a_train_to_a_capital_tonight_is_a_planned_visit_and_what_it_is_for_is_planned():
    text = ("Indian Prime Minister Narendra Modi held talks with Donald Tusk in Warsaw today. He boards an overnight train "
            "to Kyiv this evening for a meeting with Volodymyr Zelensky on Friday.")
    rows = {(e["type"], e["country_a"], e["country_b"], e["start"], e["status"]) for e in events(text, "2024-08-22", **NEWS)}
    assert {("visit", "IND", "UKR", "2024-08-22", "planned"), ("meeting", "IND", "UKR", "2024-08-23", "planned")} <= rows


def test_a_side_named_alone_pairs_with_the_pair_its_sentence_told_before_not_the_items_first():
    text = ("ATHENS - Alexis Tsipras takes his debt case to Rome tomorrow for lunch with Matteo Renzi. His finance minister, "
            "Yanis Varoufakis, was in London yesterday for talks with George Osborne.")
    rows = events(text, "2015-02-02", dateline="ATHENS", **NEWS)
    assert [(e["country_a"], e["country_b"]) for e in rows if e["type"] == "talks"] == [("GBR", "GRC")]


@pytest.mark.parametrize("text, ref, expected", [
    ("Congo's President Felix Tshisekedi spent the weekend in Uganda, where Yoweri Museveni hosted him at State House "
     "Entebbe on Sunday.", "2019-11-11", ("meeting", "COD", "UGA", "2019-11-10", "held")),
    ("Ukraine's President Volodymyr Zelensky left Washington on Friday. He is expected at Downing Street this afternoon, "
     "where Keir Starmer will host him.", "2025-03-01", ("meeting", "GBR", "UKR", "2025-03-01", "planned")),
    ("Thailand's prime minister spent Tuesday and Wednesday in Laos, where the Lao president received him at the "
     "presidential palace on Wednesday.", "2026-03-05", ("meeting", "LAO", "THA", "2026-03-04", "held")),
])
def test_a_host_who_received_or_hosted_him_met_the_traveller(text, ref, expected):
    assert expected in [(e["type"], e["country_a"], e["country_b"], e["start"], e["status"]) for e in events(text, ref, **NEWS)]


def test_received_her_credentials_is_no_meeting():
    assert [e for e in events("Kenya's President William Ruto received her credentials on Monday.", "2024-03-05", **NEWS)
            if e["type"] == "meeting"] == []


@pytest.mark.parametrize("text, expected", [
    ("Mahmoud Ahmadinejad was hosted at Baabda palace by President Michel Suleiman on Wednesday.",
     [("meeting", "IRN", "LBN", "2010-10-13")]),
    ("Viktor Yushchenko was hosted for breakfast this morning by Aleksander Kwasniewski, the Polish president.",
     [("meeting", "POL", "UKR", "2010-10-14")]),
    ("The delegation was hosted in the capital by the ministry of trade on Monday.", []),
])
def test_hosted_by_a_leader_with_words_between_is_a_meeting(text, expected):
    assert [(e["type"], e["country_a"], e["country_b"], e["start"]) for e in events(text, "2010-10-14", **NEWS)] == expected


def test_a_summit_with_a_leader_that_takes_place_on_a_weekday_is_a_planned_meeting():
    rows = events("Shinzo Abe's first summit with Donald Trump takes place at the White House on Friday.", "2017-02-09", **NEWS)
    assert [(e["type"], e["country_a"], e["country_b"], e["start"], e["status"]) for e in rows] == [
        ("meeting", "JPN", "USA", "2017-02-10", "planned")]
    rows = events("Shinzo Abe's meeting with Donald Trump took place at the White House on Friday.", "2017-02-09", **NEWS)
    assert [(e["start"], e["status"]) for e in rows] == [("2017-02-03", "held")]


@pytest.mark.parametrize("text, ref, expected", [
    ("British Prime Minister Rishi Sunak will meet French President Emmanuel Macron in Paris at the weekend.",
     "2024-03-11", ("2024-03-16", "2024-03-17", "planned")),
    ("Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow over the weekend.", "2024-03-14",
     ("2024-03-09", "2024-03-10", "held")),
])
def test_the_weekend_is_the_one_the_tense_points_to(text, ref, expected):
    [e] = events(text, ref, **NEWS)
    assert (e["start"], e["end"], e["status"]) == expected


@pytest.mark.parametrize("text, expected", [
    ("Chinese President Xi Jinping, who visited Moscow, Kazan and St Petersburg in March 2023, will travel to Brazil on "
     "Sunday.", ("visit", "CHN", "RUS", "2023-03")),
    ("Indian Prime Minister Narendra Modi, who met Chinese President Xi Jinping in Kazan, Russia, on October 23, 2024, said "
     "relations were improving.", ("meeting", "CHN", "IND", "2024-10-23")),
])
def test_a_relative_clause_with_commas_of_its_own_keeps_its_date(text, expected):
    assert expected in [(e["type"], e["country_a"], e["country_b"], e["start"]) for e in events(text, "2024-03-10", **NEWS)]


# Counter-examples from the eleventh session's newcomer review: each narrows a rule of that session.
@pytest.mark.parametrize("text, ref, expected", [
    ("Kishida wants to see President Yoon take a tougher line on North Korea.", "2024-03-10", []),
    ("Chinese President Xi Jinping would see President Joe Biden as a partner if Washington lifted tariffs.", "2024-03-10", []),
    ("The summit in Johannesburg will see President Xi Jinping address business leaders alongside President Cyril "
     "Ramaphosa.", "2024-03-10", []),
    ("Turkish President Recep Tayyip Erdogan sees Vladimir Putin in Sochi on Friday.", "2024-03-10",
     [("meeting", "RUS", "TUR", "2024-03-08")]),
    ("The Japanese delegation had no interpreter at the talks with Chinese Foreign Minister Wang Yi on Monday.",
     "2024-03-10", [("talks", "CHN", "JPN", "2024-03-04")]),
    ("Russian President Vladimir Putin scrapped tariffs before his visit to China in May.", "2024-03-10",
     [("visit", "CHN", "RUS", "2023-05")]),
    ('"There are no plans at the moment" for US President Donald Trump to meet Russian President Vladimir Putin, the '
     "Kremlin said.", "2024-03-10", []),
    ('"Joe Biden called me, a loyal ally, a dictator," Turkish President Recep Tayyip Erdogan told reporters.',
     "2024-03-10", []),
    ("The Kenyan team won the match in Kampala on Sunday, where Ugandan President Yoweri Museveni received him.",
     "2024-03-10", []),
    ("Italian Prime Minister Giorgia Meloni flew to Washington on Monday. President Joe Biden received her warmly at "
     "the White House on Tuesday.", "2024-03-13", [("meeting", "ITA", "USA", "2024-03-12"), ("visit", "ITA", "USA", "2024-03-11")]),
    ("Ghana's President Nana Akufo-Addo was hosted in Abuja by the Nigerian trade ministry.", "2024-03-10", []),
    ("Indian Prime Minister Narendra Modi criticised Pakistan at the summit with SCO leaders last year.", "2024-03-10", []),
    ("Congo's President Felix Tshisekedi held talks with Rwandan President Paul Kagame in Luanda on Friday.",
     "2024-03-10", [("talks", "COD", "RWA", "2024-03-08")]),
    ("Japan's Foreign Minister Yoko Kamikawa, who traveled to Lima in July for talks with her Peruvian counterpart, "
     "also attended Friday's meeting.", "2023-12-02", [("talks", "JPN", "PER", "2023-07"), ("visit", "JPN", "PER", "2023-07")]),
])
def test_review_counter_examples_of_the_eleventh_round(text, ref, expected):
    assert sorted((e.type, e.country_a, e.country_b, e.start) for e in table(text, ref, **NEWS).itertuples()) == expected


@pytest.mark.parametrize("text, ref, expected", [
    ("The meeting between Chinese President Xi Jinping and US President Joe Biden takes place at a time of high "
     "tension, analysts say.", "2024-03-13", "held"),
    ("Brazilian President Lula will spend Monday and Tuesday in Beijing.", "2024-03-13", "planned"),
    ("Indian Prime Minister Narendra Modi will board a train to Kyiv on Friday.", "2024-03-13", "planned"),
    ("Israeli Prime Minister Benjamin Netanyahu flies into Washington on Sunday.", "2024-03-13", "planned"),
])
def test_takes_place_plans_only_with_a_time_to_come_and_journeys_told_ahead_are_plans(text, ref, expected):
    assert {e["status"] for e in events(text, ref, **NEWS)} == {expected}


def test_a_when_clause_with_a_weekday_keeps_the_framing_year():
    text = "Russian President Vladimir Putin visited China in 2019, when he met Chinese President Xi Jinping on Friday."
    assert [e["start"] for e in events(text, "2024-03-10", **NEWS) if e["type"] == "meeting"] == ["2019"]


def test_and_meet_a_leader_after_a_first_plan_is_a_second_plan_and_meet_a_demand_is_none():
    text = ("Shinzo Abe will hold talks with Hu Jintao in Beijing on Sunday, the first Sino-Japanese summit in five years, "
            "and meet Roh Moo-hyun in Seoul on Monday, the prime minister's office confirmed.")
    assert ("meeting", "JPN", "KOR", "2006-10-09", "planned") in [
        (e["type"], e["country_a"], e["country_b"], e["start"], e["status"]) for e in events(text, "2006-10-05", **NEWS)]
    assert events("China will invest in Africa and meet China Southern Airlines' demand for jets.", "2006-10-05",
                  **NEWS) == []


def test_the_prime_minister_after_a_premier_is_someone_else():
    text = ("Chinese Premier Li Qiang arrived in Canberra on Sunday for a four-day visit. The prime minister also spoke by "
            "phone with New Zealand Prime Minister Christopher Luxon on Monday.")
    assert ("phone_call", "CHN", "NZL") not in pairs(events(text, "2024-06-17", **NEWS))


# -- the thirteenth round: written from the twenty-fourth set's and the seventh snippets' misses ------------------

@pytest.mark.parametrize("text, ref, expected", [
    ("The Qatari Emir's visit to Egypt, which lasted from March 3 to 5, ended with a joint statement.", "2024-03-10",
     [("visit", "EGY", "QAT", "2024-03-03")]),
    ("Modi's trip to Tokyo, which is scheduled for March 20, will focus on trade.", "2024-03-10",
     [("visit", "IND", "JPN", "2024-03-20")]),
    # a clause about something else dates nothing of the encounter
    ("Putin held talks with Mongolian President Ukhnaagiin Khurelsukh in Ulaanbaatar on Tuesday and signed a treaty, "
     "which will replace the 1993 treaty.", "2024-03-10", [("talks", "MNG", "RUS", "2024-03-05")]),
])
def test_a_which_clause_that_dates_what_it_follows_gives_its_date(text, ref, expected):
    got = sorted((e.type, e.country_a, e.country_b, e.start) for e in table(text, ref, **NEWS).itertuples() if e.start)
    assert got == expected


def test_also_met_the_following_day_is_the_following_day_and_later_the_same_day_is_the_same():
    text = ("On May 4, Lula held talks with Argentine President Javier Milei. At the summit the following day, Lula also "
            "met Chilean President Gabriel Boric.")
    assert ("meeting", "BRA", "CHL", "2024-05-05") in [(e["type"], e["country_a"], e["country_b"], e["start"])
                                                        for e in events(text, "2024-05-07", **NEWS)]
    text = "On May 4, Lula held talks with Argentine President Javier Milei. Later the same day, he also met Boric of Chile."
    assert ("meeting", "BRA", "CHL", "2024-05-04") in [(e["type"], e["country_a"], e["country_b"], e["start"])
                                                        for e in events(text, "2024-05-07", **NEWS)]


def test_an_office_holder_named_without_a_country_is_of_the_place_lines_country():
    text = ("The Prime Minister Hon. Dr Sione Vaipulu returned home on Sunday from a visit to Japan. In Tokyo, the Prime "
            "Minister held talks with Prime Minister Fumio Kishida on 14 May.")
    assert ("talks", "JPN", "TON", "2024-05-14") in [(e["type"], e["country_a"], e["country_b"], e["start"])
                                                      for e in events(text, "2024-05-20", place="Nuku'alofa, Tonga", **NEWS)]
    # with no place line there is no side to pair Japan with
    assert not [e for e in events(text, "2024-05-20", **NEWS) if e["type"] == "talks"]


def test_a_stopover_where_a_meeting_is_dated_takes_the_meetings_day():
    text = ("On her way back from Canberra, New Zealand Prime Minister Jacinda Ardern stopped over in Suva, where she met "
            "Fijian Prime Minister Frank Bainimarama on Thursday.")
    got = {(e["type"], e["start"]) for e in events(text, "2019-06-10", **NEWS) if {e["country_a"], e["country_b"]} == {"FJI", "NZL"}}
    assert got == {("visit", "2019-06-06"), ("meeting", "2019-06-06")}


@pytest.mark.parametrize("text, ref, expected", [
    ("Gordon Brown's two days in Delhi began on Monday with a call at Rashtrapati Bhavan.", "2008-01-23",
     [("visit", "GBR", "IND", "2008-01-21")]),
    ("Nicolas Sarkozy's Sunday in Rabat ended with a state dinner.", "2007-10-24", [("visit", "FRA", "MAR", "2007-10-21")]),
    ("Renault's two days in Romania were hard.", "2007-10-24", []),  # a company's stay is no visit
    ("Angela Merkel emerged after ninety minutes with Vladimir Putin at Meseberg on Friday.", "2010-06-07",
     [("meeting", "DEU", "RUS", "2010-06-04")]),
    ("The Chinese premier spent two hours with reporters on Friday.", "2010-06-07", []),  # no leader after 'with'
])
def test_a_stay_told_as_a_noun_is_a_visit_and_time_with_a_leader_a_meeting(text, ref, expected):
    assert sorted((e.type, e.country_a, e.country_b, e.start) for e in table(text, ref, **NEWS).itertuples()) == expected


@pytest.mark.parametrize("text, ref, expected", [
    ("Barack Obama's arrival in Hanoi on Sunday night drew crowds.", "2016-05-24", [("visit", "USA", "VNM", "2016-05-22", "held")]),
    ("The arrival in Athens of 300 migrants on Sunday strained the camps.", "2016-05-24", []),  # no one of a state
    # a phrase fronted before a main clause in the future names a plan
    ("On his arrival in Canberra on Tuesday 1 May, the President of France will be welcomed by the Prime Minister of "
     "Australia.", "2018-04-30", [("meeting", "AUS", "FRA", "2018-05-01", "planned"),
                                  ("visit", "AUS", "FRA", "2018-05-01", "planned")]),
    ("During his visit to Sydney on Tuesday, the President of France met students, who will study in Lyon next year.",
     "2018-04-30", [("visit", "AUS", "FRA", "2018-04-24", "held")]),
])
def test_an_arrival_is_a_visit_and_a_fronted_phrase_takes_the_main_clauses_tense(text, ref, expected):
    assert sorted((e.type, e.country_a, e.country_b, e.start, e.status) for e in table(text, ref, **NEWS).itertuples()
                  if e.start) == expected


def test_common_words_that_name_small_towns_are_no_place():
    got = table("Narendra Modi held talks with Karl Nehammer at the Federal Chancellery on Tuesday.", "2024-07-10", **NEWS)
    assert list(got.host) == [""]


def test_later_that_month_is_the_month_of_the_date_told_before():
    from multipolar.dateexpr import find_dates, parse_ref
    found = find_dates("They met in Ashgabat in October, and later that month in Kazan. In March 2019 he came; earlier "
                       "the same year he had called.", parse_ref("2025-01-14"))
    assert [(d["value_start"], d["method"]) for d in found] == [
        ("2025-10", "year from reference"), ("2025-10", "year from reference"),  # (a held encounter moves it back)
        ("2019-03", "explicit"), ("2019", "relative to the previous date in the text")]
    rows = events("Masoud Pezeshkian first met Vladimir Putin in Ashgabat in October, and later that month they met again "
                  "in Kazan.", "2025-01-14", **NEWS)
    assert {e["start"] for e in rows} == {"2024-10"}


def test_also_in_a_clause_after_the_trigger_tells_of_other_meetings_not_the_same_day():
    text = ("Pezeshkian met Putin in Kazan in October during the BRICS summit, where the President also held meetings with "
            "several other leaders.")
    assert [e["start"] for e in events(text, "2025-01-14", **NEWS) if e["type"] == "meeting"][:1] == ["2024-10"]


def test_a_held_encounter_during_the_stay_takes_the_held_visit_not_a_plan_told_after_it():
    text = ("Indonesian Deputy Foreign Minister Arrmanatha Nasir is on a working visit to Uzbekistan on 12-14 November. "
            "The sides also discussed preparations for the visit of the President of Indonesia to Uzbekistan in 2025. "
            "During his stay in Tashkent, the Indonesian Deputy Minister was also received by the Chairperson of the Senate "
            "of Uzbekistan.")
    rows = [e for e in events(text, "2024-11-14", **NEWS) if e["type"] == "meeting"]
    assert rows and all(e["start"].startswith("2024-11") for e in rows)


@pytest.mark.parametrize("text, expected", [
    ("Emmanuel Macron was on the phone with Vladimir Putin for two hours on Thursday.", [("phone_call", "FRA", "RUS", "2022-03-03")]),
    ("Naftali Bennett was on the line to Volodymyr Zelensky on Saturday.", [("phone_call", "ISR", "UKR", "2022-03-05")]),
    ("Kyriakos Mitsotakis got Recep Tayyip Erdogan on the telephone on Monday.", [("phone_call", "GRC", "TUR", "2022-02-28")]),
    ("Donald Trump said billions in soybean sales were on the line with China on Monday.", []),  # at stake, no call
])
def test_on_the_phone_or_on_the_line_with_a_leader_is_a_call(text, expected):
    assert sorted((e.type, e.country_a, e.country_b, e.start) for e in table(text, "2022-03-06", **NEWS).itertuples()) == expected


@pytest.mark.parametrize("text, expected", [
    ("Turkish Energy Minister Alparslan Bayraktaroglu was in Moscow at the end of August.", [("visit", "RUS", "TUR", "2018-08")]),
    ("Kenyan Trade Secretary Rebecca Miano held talks with Chinese Commerce Minister Wang Wentao in Beijing on Monday.",
     [("talks", "CHN", "KEN", "2018-09-17")]),
    ("Energy Drinks Limited was in Moscow at the end of August.", []),  # a company, not an official
])
def test_an_official_introduced_with_a_portfolio_is_of_the_country_before_it(text, expected):
    assert sorted((e.type, e.country_a, e.country_b, e.start) for e in table(text, "2018-09-20", **NEWS).itertuples()) == expected


def test_years_ago_dates_an_encounter_to_the_year_it_names():
    text = "We had very good talks with President Dilma Rousseff in Brasilia two years ago."
    assert [(e["type"], e["start"]) for e in events(text, "2015-07-09", site_country=KREMLIN, **NEWS)] == [("talks", "2013")]


def test_a_video_teleconference_is_a_call():
    text = "US Secretary of War Pete Hegseth held a video teleconference with Chinese Defence Minister Dong Jun on Sept. 9."
    assert [(e["type"], e["country_a"], e["country_b"], e["start"]) for e in events(text, "2025-11-01", **NEWS)] == [
        ("phone_call", "CHN", "USA", "2025-09-09")]


def test_a_visit_named_by_whose_visit_began_goes_to_the_datelines_country():
    text = ("TEHRAN, May 17 (Reuters) - Luiz Inacio Lula da Silva, whose visit began on Saturday, had talks with Mahmoud "
            "Ahmadinejad that ran late into Sunday night.")
    got = {(e["type"], e["host"], e["start"]) for e in events(text, "2010-05-17", dateline="TEHRAN, May 17 (Reuters)", **NEWS)}
    assert ("visit", "IRN", "2010-05-15") in got
    # with no dateline, nothing says where the visit was
    assert "visit" not in {e["type"] for e in events(text.split(" - ", 1)[1], "2010-05-17", **NEWS)}


@pytest.mark.parametrize("text, ref, expected", [
    ("President Xi Jinping arrived in Moscow on the afternoon of June 5 for a state visit to Russia and will attend the "
     "St. Petersburg International Economic Forum.", "2019-06-05", {("visit", "2019-06-05", "held")}),
    ("President Xi Jinping will arrive in Moscow on June 5 for a state visit to Russia and will attend the forum.",
     "2019-06-03", {("visit", "2019-06-05", "planned")}),
])
def test_a_visit_an_arrival_is_for_is_the_arrivals_not_a_plan_told_after_it(text, ref, expected):
    assert {(e["type"], e["start"], e["status"]) for e in events(text, ref, **NEWS)} == expected


@pytest.mark.parametrize("text, expected", [
    ("Putin and Xi to hold talks on May 8 — Kremlin", [("talks", "2025-05-08", "planned")]),
    ("Lula, Xi to meet in Beijing on May 13", [("meeting", "2025-05-13", "planned")]),
    ("Putin and Xi held talks on May 8.", [("talks", "2024-05-08", "held")]),
])
def test_a_headline_of_two_names_and_to_is_a_plan(text, expected):
    assert [(e["type"], e["start"], e["status"]) for e in events(text, "2025-05-06", **NEWS)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Julia Gillard put her idea to East Timor's President Jose Ramos-Horta in a call on Sunday.",
     [("phone_call", "AUS", "TLS", "2010-07-04")]),
    ("The trip was arranged in a call between Manasseh Sogavare and Michael Somare on Monday.",
     [("phone_call", "PNG", "SLB", "2010-07-05")]),
    ("Pope Francis renewed his call for peace on Sunday, after a call to Vladimir Putin's conscience.", []),
])
def test_a_call_named_as_a_noun_is_a_phone_call(text, expected):
    assert sorted((e.type, e.country_a, e.country_b, e.start) for e in table(text, "2010-07-07", **NEWS).itertuples()) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ghana's President John Kufuor will address the legislature and hold talks with Ellen Johnson Sirleaf on Friday.",
     [("talks", "2007-03-09", "planned")]),
    ("Ghana's President John Kufuor addressed the legislature and held talks with Ellen Johnson Sirleaf on Friday, and he "
     "will return in June.", [("talks", "2007-03-02", "held")]),
])
def test_an_encounter_joined_to_a_verb_after_will_is_planned(text, expected):
    assert [(e["type"], e["start"], e["status"]) for e in events(text, "2007-03-07", **NEWS)] == expected


# -- counter-examples of the thirteenth round's review: each narrows a rule of the round ------------------------------

@pytest.mark.parametrize("text, ref, expected", [
    # a future in what the main clause reports is no plan of the encounter fronted before it
    ("During the talks in Beijing on Thursday, Xi Jinping told Vladimir Putin that China will never sell weapons to either "
     "side.", "2024-05-17", [("talks", "CHN", "RUS", "2024-05-16", "held")]),
    ("On his arrival in Beijing on Sunday, Pakistani Prime Minister Shehbaz Sharif said the two countries will sign new "
     "agreements.", "2024-06-10", [("visit", "CHN", "PAK", "2024-06-09", "held")]),
    # a ', which' clause dates what it follows only with a verb of its time
    ("Chinese President Xi Jinping arrived in Astana, which gained its name in 2019.", "2024-06-19",
     [("visit", "CHN", "KAZ", "2024-06-19", "held")]),
    ("Brazilian President Lula held talks with Xi Jinping on a deal, which will take effect in January.", "2024-09-04",
     [("talks", "BRA", "CHN", "2024-09-04", "held")]),
    # 'N years ago' in a clause of its own after a comma dates something else
    ("Brazilian President Lula held talks with Xi Jinping in Beijing, their first since a trade deal was signed two years "
     "ago.", "2023-04-14", [("talks", "BRA", "CHN", "2023-04-14", "held")]),
    # a visit takes the day of a meeting in its sentence only when that day is a few days before the item's
    ("Indian Prime Minister Narendra Modi arrived in Moscow for a two-day visit, his first since he met Vladimir Putin in "
     "Vladivostok on September 4, 2019.", "2024-07-08", [("meeting", "IND", "RUS", "2019-09-04", "held"),
                                                         ("visit", "IND", "RUS", "2024-07-08", "held")]),
    # an arrival for someone else's visit, or to prepare it, leaves that visit a plan
    ("Chinese Foreign Minister Wang Yi travelled to Moscow on Monday to lay the groundwork for the state visit of Xi "
     "Jinping, planned for May.", "2024-04-08", [("visit", "CHN", "RUS", "2024-04-08", "held"),
                                                 ("visit", "CHN", "RUS", "2024-05", "planned")]),
    # the length of talks is no meeting of its own
    ("Sergei Lavrov held talks lasting three hours with Wang Yi in Beijing on Tuesday.", "2024-04-10",
     [("talks", "CHN", "RUS", "2024-04-09", "held")]),
    # a call for something, a close call
    ("After a call by Chinese President Xi Jinping for a ceasefire, Egyptian President Abdel Fattah al-Sisi urged restraint.",
     "2024-04-10", []),
    ("Analysts said it was a close call between Russia and Ukraine.", "2024-04-10", []),
    # 'and have held' is told, not planned
    ("Moscow and Beijing will keep coordinating closely and have held talks on Ukraine in Beijing on Tuesday, Lavrov said.",
     "2024-04-10", [("talks", "CHN", "RUS", "2024-04-09", "held")]),
    # a stay's length counted back from its end; a stay that 'will include' talks is planned
    ("Islam Karimov's three days in Beijing ended on Thursday with a gas deal.", "2012-06-08",
     [("visit", "CHN", "UZB", "2012-06-05", "held")]),
    ("Sergei Lavrov's two days in Pyongyang will include talks with Choe Son Hui.", "2024-06-18",
     [("talks", "PRK", "RUS", "", "planned"), ("visit", "PRK", "RUS", "", "planned")]),
])
def test_review_counter_examples_of_the_thirteenth_round(text, ref, expected):
    assert sorted((e.type, e.country_a, e.country_b, e.start, e.status) for e in table(text, ref, **NEWS).itertuples()) \
        == expected


def test_a_place_line_gives_no_home_to_an_office_holder_in_an_item_that_names_its_leader():
    text = ("The Prime Minister held talks with President Prabowo Subianto at the Merdeka Palace on Monday and will fly on "
            "to Manila on Tuesday.")
    assert events(text, "2025-05-19", place="Jakarta, Indonesia", **NEWS) == []


def test_an_outlet_named_for_its_country_is_the_home_of_an_unnamed_office_holder():
    from multipolar.metadata import home_country
    assert [home_country(n) for n in ("Matangi Tonga", "Daily News Egypt", "The Rio Times", "Islands Business")] == \
        ["TON", "EGY", "", ""]


def test_later_that_year_is_not_the_year_something_lasts_until():
    from multipolar.dateexpr import find_dates, parse_ref
    text = ("In March 2019, Xi Jinping visited Rome and signed a memorandum that would expire in 2024. Later that year, "
            "Conte met Xi in Shanghai.")
    assert [d["value_start"] for d in find_dates(text, parse_ref("2025-01-10"))][-1] == "2019"


def test_an_office_of_the_offices_list_is_one_in_every_trigger():
    assert [(e["type"], e["country_a"], e["country_b"]) for e in events(
        "Turkish President Recep Tayyip Erdogan called Amir Tamim on Monday to discuss Gaza.", "2024-04-10", **NEWS)] == \
        [("phone_call", "QAT", "TUR")]


def test_portfolio_words_are_read_only_before_an_office_not_as_a_masthead(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "copy.txt").write_text("The Economic Observer\n\nChina's growth target\n\nMarch 5, 2024\n\nBEIJING - "
                                  "The government set a growth target of about 5 percent on Tuesday.\n", encoding="utf-8")
    from multipolar.build import build_corpus
    [a] = build_corpus(raw, progress=False).articles.to_dict("records")
    assert a["site"] == "The Economic Observer"


def test_a_dateline_of_the_side_named_does_not_hide_the_other_side():
    text = "Helen Clark spoke by telephone for nearly an hour with Tongan Prime Minister Feleti Sevele on Saturday."
    assert [(e["type"], e["country_a"], e["country_b"]) for e in events(text, "2006-11-20", dateline="WELLINGTON", **NEWS)] \
        == [("phone_call", "NZL", "TON")]


# -- the fourteenth round: the twenty-fifth set's and the eighth snippets' misses ---------------------

@pytest.mark.parametrize("text, expected", [
    ("Ghana's President John Mahama on Tuesday arrived Pretoria, South Africa, for a state visit.",
     [("visit", "GHA", "ZAF", "2015-03-10")]),  # 'arrived X' without 'in', as West African papers write it
    ("Ghana's President John Mahama arrived Tuesday in Pretoria for a state visit.", [("visit", "GHA", "ZAF", "2015-03-10")]),
    ("Ghana's President John Mahama arrived Air Force base staff in a rush.", []),
])
def test_an_arrival_without_in_names_the_place_arrived(text, expected):
    assert sorted((e.type, e.country_a, e.country_b, e.start) for e in table(text, "2015-03-11", **NEWS).itertuples()) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ghana's President John Mahama was received at the Kotoka International Airport by Nigeria's Deputy Foreign "
     "Minister, Bola Ade.", []),  # a reception at the airport is a welcome, not a meeting
    ("Ghana's President John Mahama was received at the State House by Nigeria's President Goodluck Jonathan.",
     [("meeting", "GHA", "NGA")]),
])
def test_a_reception_at_an_airport_is_no_meeting(text, expected):
    assert pairs(events(text, "2015-03-11", **NEWS)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Putin recalled the Russian-German intergovernmental consultations held in Yekaterinburg on October 9.",
     [("meeting", "DEU", "RUS", "2003-10-09")]),  # governments' consultations: a meeting, as the annotations have them
    ("Putin recalled the Russian-German talks held in Yekaterinburg on October 9.", [("talks", "DEU", "RUS", "2003-10-09")]),
])
def test_governments_consultations_are_a_meeting(text, expected):
    assert sorted((e.type, e.country_a, e.country_b, e.start) for e in table(text, "2003-10-21", **NEWS).itertuples()) == expected


@pytest.mark.parametrize("text, expected", [
    ("Putin and Turkish President Recep Tayyip Erdogan have sat down for talks.", [("talks", "RUS", "TUR", "2024-10-23")]),
    ("Putin sat down to talks with Erdogan on Wednesday.", [("talks", "RUS", "TUR", "2024-10-23")]),
    ("Putin sat down for an interview with Turkish television on Wednesday.", []),
])
def test_sitting_down_for_talks_is_talks(text, expected):
    assert sorted((e.type, e.country_a, e.country_b, e.start) for e in table(text, "2024-10-23", **NEWS).itertuples()) == expected


@pytest.mark.parametrize("text, expected", [
    ("On Thursday the Russian president moves on to Morocco, where fishing rights top the agenda.",
     [("visit", "MAR", "RUS", "2006-09-07", "planned")]),  # the time first, then a verb in the present: announced
    ("On Tuesday the Russian president met King Mohammed VI in Rabat.", [("meeting", "MAR", "RUS", "2006-09-05", "held")]),
    ("The Russian president arrived in Rabat on Tuesday, following visits to Algeria earlier in the week.",
     [("visit", "MAR", "RUS", "2006-09-05", "held")]),  # (a weekday inside the clause, and 'visits' a noun: no plan)
])
def test_a_time_told_first_and_a_verb_in_the_present_is_a_plan(text, expected):
    assert [(e.type, e.country_a, e.country_b, e.start, e.status)
            for e in table(text, "2006-09-06", **NEWS).itertuples() if e.country_a == "MAR"] == expected


@pytest.mark.parametrize("text, ref, expected", [
    ("French President Emmanuel Macron arrived in Cotonou on Tuesday evening, and the tour ends in Bissau on Thursday.",
     "2022-07-27", ("visit", "FRA", "GNB", "2022-07-28", "planned")),
    ("Pope Francis condemned nuclear weapons on Sunday. Emperor Naruhito and Prime Minister Shinzo Abe receive him in Tokyo "
     "on Monday.", "2019-11-24", ("meeting", "JPN", "VAT", "2019-11-25", "planned")),
    ("French President Emmanuel Macron came to Jakarta on Tuesday. His tour ends with a state visit to Singapore from "
     "Thursday.", "2025-05-28", ("visit", "FRA", "SGP", "2025-05-29", "planned")),
    ("Pope Francis condemned nuclear weapons on Sunday. Emperor Naruhito and Prime Minister Shinzo Abe came to receive "
     "him in Tokyo on Monday.", "2019-11-27", ("meeting", "JPN", "VAT", "2019-11-25", "held")),
])
def test_a_tour_that_ends_or_a_reception_in_the_present_with_a_weekday_is_a_plan(text, ref, expected):
    assert expected in {(e.type, e.country_a, e.country_b, e.start, e.status) for e in table(text, ref, **NEWS).itertuples()}


@pytest.mark.parametrize("text, expected", [
    ("Mongolian President Ukhnaagiin Khurelsukh welcomed Vladimir Putin with a mounted guard of honour on Tuesday.",
     [("meeting", "MNG", "RUS")]),
    ("Xi Jinping gave Maldives President Mohamed Muizzu a full ceremonial welcome in Beijing on Tuesday.",
     [("meeting", "CHN", "MDV")]),
    ("Viktor Orban and Vladimir Putin talked for more than two hours in the Kremlin on Tuesday.", [("meeting", "HUN", "RUS")]),
    ("Mongolian President Ukhnaagiin Khurelsukh welcomed Vladimir Putin's decision to come.", []),  # a decision welcomed
    ("Mongolian President Ukhnaagiin Khurelsukh welcomed the proposal of President Vladimir Putin.", []),
    ("King Mohammed VI welcomed Vladimir Putin on the tarmac of Rabat-Sale airport on Tuesday.", []),  # a welcome only
    ("Brazil's President Lula called Guyanese President Irfaan Ali on Tuesday, and they spoke for almost an hour.",
     [("phone_call", "BRA", "GUY")]),  # (the call's time, not a meeting)
])
def test_a_leader_welcomed_or_time_told_with_one_is_a_meeting(text, expected):
    assert pairs(events(text, "2024-09-04", **NEWS)) == expected


def test_a_welcome_ceremony_on_a_weekday_is_no_plan():
    text = ("Scott Morrison and Frank Bainimarama drank kava together at a welcome ceremony on Thursday, hours after the "
            "Australian prime minister arrived on the first bilateral visit to Fiji by an Australian leader in a decade.")
    assert [(e["type"], e["start"], e["status"]) for e in events(text, "2019-01-18", **NEWS)] == [("visit", "2019-01-17", "held")]


@pytest.mark.parametrize("text, ref, expected", [
    ("Ethiopian Prime Minister Abiy Ahmed held talks in Nairobi on Wednesday. He had been in Khartoum the previous "
     "Wednesday.", "2018-05-10", ("visit", "ETH", "SDN", "2018-05-02")),
    ("British Prime Minister Boris Johnson met Xavier Bettel in Luxembourg on Monday. A week earlier he had been in Dublin.",
     "2019-09-16", ("visit", "GBR", "IRL", "2019-09-09")),
])
def test_had_been_in_a_capital_is_a_visit_dated_from_the_day_told_before(text, ref, expected):
    assert expected in {(e.type, e.country_a, e.country_b, e.start) for e in table(text, ref, **NEWS).itertuples()}


@pytest.mark.parametrize("text, expected", [
    ("Singapore's Prime Minister Lee Hsien Loong arrived in Hainan on Tuesday for the Boao Forum.", [("visit", "CHN", "SGP")]),
    ("Chinese Premier Li Qiang arrived in Sabah on Tuesday.", [("visit", "CHN", "MYS")]),  # provinces of ISO 3166-2
    ("Chinese Premier Li Qiang arrived in Florida on Tuesday.", [("visit", "CHN", "USA")]),  # not Uruguay's department
    ("Chinese Premier Li Qiang arrived in the Far North on Tuesday.", []),  # words of not_provinces.txt only: no place
    ("Chinese Premier Li Qiang arrived in Unity on Tuesday.", []),  # (a state of South Sudan, and an everyday word)
])
def test_a_province_is_a_place_of_its_country(text, expected):
    assert pairs(events(text, "2024-03-27", **NEWS)) == expected


@pytest.mark.parametrize("text, ref, expected", [
    ("George W. Bush received Brazil's Lula da Silva at the White House on Tuesday. Lula's Washington stay began the "
     "previous evening.", "2002-12-11", ("visit", "BRA", "USA", "2002-12-09")),  # a stay named by its place, begun
    ("George W. Bush praised Thabo Mbeki after talks in Pretoria on Wednesday. Bush's South African leg began on Tuesday "
     "night.", "2003-07-10", ("visit", "USA", "ZAF", "2003-07-08")),
    ("Ethiopian Prime Minister Abiy Ahmed and Egyptian President Abdel Fattah al-Sisi agreed on Thursday to resume "
     "negotiations after meeting in Sochi.", "2019-10-24", ("meeting", "EGY", "ETH", "2019-10-24")),
])
def test_a_stay_or_leg_that_began_and_a_meeting_told_by_after_meeting(text, ref, expected):
    assert expected in {(e.type, e.country_a, e.country_b, e.start) for e in table(text, ref, **NEWS).itertuples()}


def test_after_meeting_a_deadline_is_no_meeting():
    assert events("Kenya's President Uhuru Kenyatta praised Ethiopia's Prime Minister Abiy Ahmed after meeting the "
                  "deadline on Thursday.", "2019-10-24", **NEWS) == []


@pytest.mark.parametrize("text, ref, expected", [
    ("Talks with Prime Minister of Japan Junichiro Koizumi are to take place on Monday.", "2005-11-18",
     ("talks", "JPN", "RUS", "2005-11-21", "planned")),  # 'are to take place': announced
    ("Chinese President Xi Jinping will conclude his Middle East tour in Tehran next week.", "2016-01-21",
     ("visit", "CHN", "IRN", "2016-01-25", "planned")),
])
def test_talks_that_are_to_take_place_and_a_tour_that_will_conclude_are_plans(text, ref, expected):
    rows = table(text, ref, site_country=KREMLIN, **NEWS)
    assert expected in {(e.type, e.country_a, e.country_b, e.start, e.status) for e in rows.itertuples()}


@pytest.mark.parametrize("text", [
    "Mexican President Vicente Fox's visit to Canada, which was to have begun on Sunday, is off for now, Ottawa said.",
    "Brazilian President Dilma Rousseff's state visit to Washington, scheduled for Oct. 23, will not go ahead, the two "
    "governments said.",
])
def test_a_visit_that_is_off_or_will_not_go_ahead_is_no_encounter(text):
    assert events(text, "2013-09-17", **NEWS) == []


def test_a_visit_off_to_a_capital_is_still_a_visit():
    assert pairs(events("Brazilian President Dilma Rousseff is off to Washington for a state visit.", "2013-09-17",
                        **NEWS)) == [("visit", "BRA", "USA")]


@pytest.mark.parametrize("text, ref, expected", [
    ("Chinese President Xi Jinping will pay a state visit to Tajikistan from Friday to Saturday.", "2024-07-01",
     ("2024-07-05", "2024-07-06")),  # a plan's weekdays moved after the item's day, its end with its start
    ("Speaker Valentina Matviyenko of Russia is in China on an official visit from 9 to 12 September, after which she "
     "will leave for Ulaanbaatar.", "2024-09-11", ("2024-09-09", "2024-09-12")),  # a span under way: not next year's
])
def test_a_planned_span_never_starts_after_its_end(text, ref, expected):
    rows = [e for e in events(text, ref, **NEWS) if e["status"] == "planned"]
    assert rows and all((e["start"], e["end"]) == expected for e in rows)


# -- counter-examples of the fourteenth round's review ------------------------------------------------

@pytest.mark.parametrize("text, ref, expected", [
    # 'is off' and 'will not go ahead' call off only the encounter they follow, not a press conference or a signing
    ("Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Thursday, but the press conference "
     "was off.", "2024-05-17", [("meeting", "CHN", "RUS", "2024-05-16")]),
    ("Russian President Vladimir Putin visited Beijing on Thursday, but a planned signing of the gas deal will not go "
     "ahead.", "2024-05-17", [("visit", "CHN", "RUS", "2024-05-16")]),
    ("Australian Prime Minister Anthony Albanese's visit to China was put back on track on Thursday.", "2024-05-17",
     [("visit", "AUS", "CHN", "2024-05-16")]),
    # a greeting in a message, a welcome at the airport, a long press conference: no meeting
    ("Russian President Vladimir Putin greeted Chinese President Xi Jinping on his 70th birthday.", "2023-06-15", []),
    ("In a video message, Russian President Vladimir Putin welcomed Chinese President Xi Jinping to the forum on "
     "Saturday.", "2023-06-15", []),
    ("King Mohammed VI of Morocco welcomed Vladimir Putin at Rabat-Sale Airport on Tuesday.", "2023-06-15", []),
    ("Russian President Vladimir Putin talked for more than four hours at his annual press conference on Thursday, "
     "praising Chinese President Xi Jinping.", "2023-06-15", []),
    ("Putin and Xi held talks via videoconference on Thursday and spoke for more than an hour.", "2023-06-15",
     [("phone_call", "CHN", "RUS", "2023-06-15")]),
    ("Putin welcomed Turkey's President Recep Tayyip Erdogan in Sochi on Saturday.", "2024-05-12",
     [("meeting", "RUS", "TUR", "2024-05-11")]),  # (a possessive of an office is no decision)
    # the type a retype word gives is the encounter noun's, not a word elsewhere in the match
    ("Russian President Vladimir Putin welcomed Chinese President Xi Jinping, who came to Moscow after public "
     "consultations, for talks on Thursday.", "2023-06-15", [("talks", "CHN", "RUS", "2023-06-15")]),
    # 'had been in' a place, not in a service; a habit in the present is no plan
    ("Putin had been in KGB service in Dresden, German historians say.", "2024-05-08", []),
    ("Chinese leaders seldom receive Russian officials on Sunday, but Xi met Lavrov on Sunday.", "2024-05-15",
     [("meeting", "CHN", "RUS", "2024-05-12")]),
    # provinces: not a sea, not a generic region, not over a city of the name
    ("Indian Prime Minister Narendra Modi arrived in the Red Sea port city on Tuesday.", "2024-05-15", []),
    ("Chinese Premier Li Qiang arrived in Saida on Tuesday.", "2024-05-15", [("visit", "CHN", "LBN", "2024-05-14")]),
])
def test_review_counter_examples_of_the_fourteenth_round(text, ref, expected):
    assert sorted((e.type, e.country_a, e.country_b, e.start) for e in table(text, ref, **NEWS).itertuples()) == expected


# -- fifteenth round ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # 'he' of the relative clause is the sentence's subject, told by the sentence before; not the reporting site
    ("President of Montenegro Filip Vujanović informed the President of Russia of the election results. He also spoke "
     "of his meeting with President of Serbia Tomislav Nikolić, whom he met in Belgrade on Monday.",
     {("meeting", "MNE", "SRB", "2012-10-22")}),
    ("Bulgarian President Rumen Radev praised Federal Chancellor of Germany Angela Merkel, whom he saw in Berlin on Friday.",
     {("meeting", "BGR", "DEU", "2012-10-19")}),
    ("Bulgarian President Rumen Radev praised Angela Merkel, whom he had seen in Berlin on Friday.",
     {("meeting", "BGR", "DEU", "2012-10-19")}),
])
def test_whom_he_met_or_saw_pairs_the_one_named_before_whom_with_the_subject_told_before(text, expected):
    rows = events(text, ref="2012-10-24", site_country=KREMLIN, **NEWS)
    assert {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows} == expected


def test_whom_he_saw_needs_a_meeting_told_not_a_sight():
    rows = events("Bulgarian President Rumen Radev spoke of the new bridge, which he saw in Ruse on Friday.", ref="2012-10-24",
                  **NEWS)
    assert rows == []


@pytest.mark.parametrize("text, expected", [
    ("Vladimir Putin: I will be in Beijing in June, and the talks with President Xi Jinping will certainly touch on it.",
     {("visit", "planned", "2016-06"), ("talks", "planned", "2016-06")}),
    ("The meeting with Prime Minister Narendra Modi is expected to focus on trade.", {("meeting", "planned", "")}),
    # the noun not the subject, or the future another clause's: told as held
    ("Putin held talks with Xi Jinping on Monday; Xi will fly home on Tuesday.", {("talks", "held", "2016-02-08")}),
    ("The meeting with Prime Minister Narendra Modi in Sochi last May will be remembered.", {("meeting", "held", "2015-05")}),
])
def test_an_encounters_noun_as_the_subject_of_a_future_verb_is_a_plan(text, expected):
    rows = events(text, ref="2016-02-10", site_country=KREMLIN, **NEWS)
    assert {(e["type"], e["status"], e["start"]) for e in rows} == expected


@pytest.mark.parametrize("text, expected", [
    ("Vladimir Putin: When I was in Tehran in November, President Rouhani and I discussed the North–South corridor in detail.",
     {("visit", "IRN", "RUS", "2015-11"), ("meeting", "IRN", "RUS", "2015-11")}),
    ("Vladimir Putin: I discussed the situation in the Mediterranean with President Sarkozy in Évian three weeks ago.",
     {("meeting", "FRA", "RUS", "2016-01-20")}),
    # 'when he was in' a capital is the time of what precedes it
    ("Vladimir Putin: Yes, President Niinistö and I discussed it when he was in Moscow last October.",
     {("visit", "FIN", "RUS", "2015-10"), ("meeting", "FIN", "RUS", "2015-10")}),
    # a call, aides, or a time of another kind: no meeting of it
    ("Merkel discussed the crisis with President Obama by telephone on Monday.", {("phone_call", "DEU", "USA", "2016-02-08")}),
    ("The minister discussed the report with his aides on Monday.", set()),
    ("Xi discussed trade with President Obama's envoy in Beijing on Monday.", set()),
])
def test_discussing_with_a_leader_or_x_and_i_discussed_is_a_meeting(text, expected):
    rows = events(text, ref="2016-02-10", site_country=KREMLIN, **NEWS)
    assert {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows} == expected


def test_when_he_was_in_office_still_dates_nothing_else():
    [e] = events("Putin met Xi Jinping when he was in office in 2010.", ref="2016-02-10", **NEWS)
    assert e["start"] == "2016-02-10"


@pytest.mark.parametrize("text, ref, expected", [
    ("Cuban President Miguel Diaz-Canel touched down in Hanoi on Sunday, having flown in from Pyongyang, where he had "
     "arrived on Saturday.", "2018-11-05", {("visit", "CUB", "VNM", "2018-11-04"), ("visit", "CUB", "PRK", "2018-11-03")}),
    ("Lula's southern African swing moved on this morning to Maputo from Luanda, where he had spent Monday and Tuesday.",
     "2003-11-05", {("visit", "AGO", "BRA", "2003-11-03")}),
    ("Chinese President Xi Jinping arrived in St Petersburg from Ashgabat, where he had spent Tuesday and Wednesday on a state "
     "visit to Turkmenistan.", "2013-09-05", {("visit", "CHN", "RUS", "2013-09-05"), ("visit", "CHN", "TKM", "2013-09-03")}),
    # the verb after 'he' may begin a meeting of its own, which keeps its day
    ("Tony Blair arrived in New Delhi this morning from Islamabad, where he had spent Friday evening with General Pervez "
     "Musharraf.", "2001-10-06", {("visit", "GBR", "IND", "2001-10-06"), ("visit", "GBR", "PAK", "2001-10-05"),
                                  ("meeting", "GBR", "PAK", "2001-10-05")}),
])
def test_a_place_then_where_he_had_arrived_or_spent_days_is_a_visit_there(text, ref, expected):
    assert {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in events(text, ref, **NEWS)} >= expected


@pytest.mark.parametrize("text", ["He praised the old museum in Paris, where he had been a student for years.",
                                  "Xi spoke of Paris, where he had spent no time at all."])
def test_where_he_had_been_with_no_traveller_or_no_stay_is_no_visit(text):
    assert [e for e in events(text, "2013-09-05", **NEWS) if e["type"] == "visit"] == []


@pytest.mark.parametrize("text, ref, expected", [
    ("Vladimir Putin: In September I am to pay an official visit to Tokyo.", "2000-07-21",
     {("visit", "JPN", "RUS", "2000-09", "planned")}),
    ("Cuban President Miguel Diaz-Canel spent November 1 to 3 in Moscow.", "2018-11-07",
     {("visit", "CUB", "RUS", "2018-11-01", "held")}),
    ("Chinese President Xi Jinping held talks with Vladimir Putin in Moscow in March. They also held a video link on "
     "December 30.", "2023-03-17", {("talks", "CHN", "RUS", "2023-03", "held"), ("phone_call", "CHN", "RUS", "2022-12-30", "held")}),
    ("Narendra Modi and Vladimir Putin met in Sochi in May 2018. The two leaders saw each other again in Bishkek in June.",
     "2019-09-05", {("meeting", "IND", "RUS", "2018-05", "held"), ("meeting", "IND", "RUS", "2019-06", "held")}),
])
def test_i_am_to_pay_a_span_of_days_spent_a_video_link_and_the_two_leaders_saw_each_other(text, ref, expected):
    assert {(e["type"], e["country_a"], e["country_b"], e["start"], e["status"]) for e in events(text, ref, **NEWS)} == expected


def test_a_video_link_with_a_forum_is_no_call():
    assert events("Chinese President Xi Jinping held a video link with the summit of Russian business on Monday.",
                  "2023-03-17", **NEWS) == []


@pytest.mark.parametrize("text, ref, expected", [
    ("BRAZZAVILLE, March 30 - Xi Jinping, whose plane came in from Durban on Friday, joined Denis Sassou Nguesso on "
     "Saturday to open a hospital.", "2013-03-30", ("visit", "CHN", "COG", "2013-03-29")),
    ("NAIROBI, May 3 - Fumio Kishida, who flew in from Accra on Tuesday evening, held talks with William Ruto today.",
     "2023-05-03", ("visit", "JPN", "KEN", "2023-05-02")),
    ("YANGON, May 26 - Shinzo Abe held talks with President Thein Sein in Naypyitaw today. Abe had arrived on Friday evening.",
     "2013-05-26", ("visit", "JPN", "MMR", "2013-05-24")),
    ("ALGIERS, June 25 - Egyptian President Abdel Fattah al-Sisi, who landed this morning, held talks with Abdelaziz "
     "Bouteflika.", "2014-06-25", ("visit", "DZA", "EGY", "2014-06-25")),
])
def test_an_arrival_told_by_its_origin_or_its_time_is_a_visit_to_the_datelines_place(text, ref, expected):
    assert expected in {(e["type"], e["country_a"], e["country_b"], e["start"])
                        for e in events(text, ref, dateline=text.split(" - ")[0], **NEWS)}


@pytest.mark.parametrize("text", [
    "Fumio Kishida, who flew in from Accra on Tuesday evening, held a press conference.",  # no dateline, no place
    "The aid convoy came from Accra on Tuesday.",
    "Shipments of grain landed on Friday evening.",
])
def test_an_arrival_with_no_place_to_arrive_in_or_no_traveller_is_no_visit(text):
    assert [e for e in events(text, "2023-05-03", **NEWS) if e["type"] == "visit"] == []


@pytest.mark.parametrize("text, ref, expected", [
    ("Czech President Milos Zeman gave Xi Jinping a private dinner at his country retreat on Monday evening.", "2016-03-29",
     {("meeting", "CHN", "CZE", "2016-03-28", "held")}),
    ("King Felipe of Spain gave Argentine President Mauricio Macri a banquet at the Royal Palace on Wednesday night.",
     "2017-02-23", {("meeting", "ARG", "ESP", "2017-02-22", "held")}),
    ("Israeli Prime Minister Ariel Sharon is to give the British prime minister dinner tonight.", "2001-11-01",
     {("meeting", "GBR", "ISR", "2001-11-01", "planned")}),
    ("Egyptian President Hosni Mubarak received Chinese President Hu Jintao on Friday, and Premier Ahmed Nazif receives him "
     "later today.", "2004-01-31", {("meeting", "CHN", "EGY", "2004-01-30", "held"), ("meeting", "CHN", "EGY", "2004-01-31", "planned")}),
])
def test_a_meal_given_to_a_leader_and_receiving_him_later_today_are_meetings(text, ref, expected):
    assert {(e["type"], e["country_a"], e["country_b"], e["start"], e["status"]) for e in events(text, ref, **NEWS)} == expected


@pytest.mark.parametrize("text", [
    "Czech President Milos Zeman gave the students a lecture on Monday.",
    "Venezuelan President Nicolas Maduro said on Tuesday he would be 'delighted' to meet US President Barack Obama.",
    "Russian President Vladimir Putin's long-trailed visit to Turkey will not happen in August, the Kremlin said.",
])
def test_a_lecture_given_a_willingness_to_meet_and_a_visit_that_will_not_happen_are_no_encounters(text):
    assert events(text, "2023-08-29", **NEWS) == []


def test_we_would_be_happy_to_receive_you_is_an_invitation_not_a_mere_willingness():
    from multipolar.encounters import rules
    assert rules().cues["willing"].search("he would be 'delighted' to meet Barack Obama")
    assert not rules().cues["willing"].search("We would be happy to receive you in Maputo next year.")


@pytest.mark.parametrize("text, ref, expected", [
    ("DAKAR, 9 Dec - Abdoulaye Wade and Mali's Amadou Toumani Toure went over the railway concession by telephone on "
     "Thursday afternoon.", "2005-12-09", {("phone_call", "MLI", "SEN", "2005-12-08", "held")}),
    ("OTTAWA, Nov 12 - Mark Carney and Anthony Albanese agreed by video link on Tuesday to pool stockpiles of minerals.",
     "2025-11-12", {("phone_call", "AUS", "CAN", "2025-11-11", "held")}),
    ("DAMASCUS, Sept 4 - Nicolas Sarkozy arrived on Wednesday afternoon and spent the evening in talks with Bashar al-Assad.",
     "2008-09-04", {("visit", "FRA", "SYR", "2008-09-03", "held"), ("talks", "FRA", "SYR", "2008-09-03", "held")}),
    ("LUSAKA, Feb 4 - Hu Jintao's African journey, which had taken him to Khartoum on Friday, reached Zambia on Saturday.",
     "2007-02-04", {("visit", "CHN", "SDN", "2007-02-02", "held")}),
    ("MADRID, June 14 - Vladimir Putin's visit opened on Tuesday evening with a dinner given in his honour by King Juan Carlos.",
     "2000-06-14", {("meeting", "ESP", "RUS", "2000-06-13", "held")}),
    ("OSLO, April 28 - Jens Stoltenberg and Dmitry Medvedev announced a boundary deal on Tuesday after talks in the Norwegian "
     "capital.", "2010-04-28", {("talks", "NOR", "RUS", "2010-04-27", "held")}),
    ("CAIRO, Jan 30 - Hosni Mubarak welcomed Hu Jintao, who had come from Paris on Thursday.", "2004-01-30",
     {("visit", "CHN", "EGY", "2004-01-29", "held")}),
])
def test_calls_told_by_their_means_talks_spent_journeys_that_had_taken_him_and_dinners_given_by(text, ref, expected):
    got = {(e["type"], e["country_a"], e["country_b"], e["start"], e["status"])
           for e in events(text, ref, dateline=text.split(" - ")[0], **NEWS)}
    assert expected <= got


def test_agreeing_to_a_summit_when_they_talked_on_the_phone_is_one_call_on_its_day():
    rows = events("TOKYO - Shinzo Abe's first summit with Donald Trump takes place at the White House on Friday. The two leaders "
                  "agreed to it when they talked on the phone on 28 January.", "2017-02-09", **NEWS)
    assert [e["start"] for e in rows if e["type"] == "phone_call"] == ["2017-01-28"]


@pytest.mark.parametrize("text, ref, expected", [
    ("MAPUTO, 5 Nov - Brazil's President Lula arrived in Maputo from Luanda this morning. Talks with Joaquim Chissano are set "
     "for the afternoon; Namibia follows on Thursday.", "2003-11-05", ("visit", "BRA", "NAM", "2003-11-06", "planned")),
    ("TBILISI, Oct 1 - Pope Francis landed on Friday afternoon. Baku, the last stage of a Caucasus journey, follows on "
     "Sunday.", "2016-10-01", ("visit", "AZE", "VAT", "2016-10-02", "planned")),
])
def test_a_place_that_follows_or_comes_next_is_the_next_stop_of_the_traveller_told_last(text, ref, expected):
    assert expected in {(e["type"], e["country_a"], e["country_b"], e["start"], e["status"])
                        for e in events(text, ref, dateline=text.split(" - ")[0], **NEWS)}


@pytest.mark.parametrize("text", ["GENEVA, June 17 - The decision follows talks on trade on Monday.",
                                  "GENEVA, June 17 - Moscow follows the talks closely."])
def test_follows_after_no_place_or_with_an_object_is_no_next_stop(text):
    assert [e for e in events(text, "2019-06-17", dateline="GENEVA, June 17", **NEWS) if e["type"] == "visit"] == []


@pytest.mark.parametrize("text, ref, expected", [
    ("BANDAR SERI BEGAWAN, Sept 13 - Yingluck Shinawatra's first journey outside Thailand as prime minister began in Brunei "
     "on Monday.", "2011-09-13", {("visit", "BRN", "THA", "2011-09-12")}),
    ("GUATEMALA CITY, June 8 - Kamala Harris's first foreign trip as vice-president began here on Sunday night.", "2021-06-08",
     {("visit", "GTM", "USA", "2021-06-06")}),
])
def test_a_trip_told_with_words_between_it_and_began_is_a_visit_where_it_began(text, ref, expected):
    assert {(e["type"], e["country_a"], e["country_b"], e["start"])
            for e in events(text, ref, dateline=text.split(" - ")[0], **NEWS)} == expected


@pytest.mark.parametrize("text, expected", [
    ("Bulgarian Prime Minister Boyko Borisov, who had been received in the Kremlin only last week, welcomed the call.",
     {("meeting", "BGR", "RUS", "2018-04-09")}),
    ("Bulgarian Prime Minister Boyko Borisov was received at Zhongnanhai on Monday.", {("meeting", "BGR", "CHN", "2018-04-16")}),
    ("Bulgarian Prime Minister Boyko Borisov was received in Paris on Monday.", set()),  # a city: who received him is untold
])
def test_received_at_a_seat_of_power_is_a_meeting_with_its_country(text, expected):
    assert {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in events(text, "2018-04-17", **NEWS)} == expected


@pytest.mark.parametrize("text, ref, expected", [
    ("HAVANA, Feb 12 - Michelle Bachelet, in Cuba since Tuesday on the first visit by a Chilean president in 37 years, was "
     "received by Raul Castro on Wednesday.", "2009-02-12",
     {("visit", "CHL", "CUB", "2009-02-10"), ("meeting", "CHL", "CUB", "2009-02-11")}),
    ("MUSCAT, March 30 - Wang Yi, in Muscat since Monday evening on the last stop of a tour, held talks with his Omani "
     "counterpart Badr Albusaidi today.", "2021-03-30", {("visit", "CHN", "OMN", "2021-03-29"), ("talks", "CHN", "OMN", "2021-03-30")}),
    ("BOGOTA, Feb 16 - China's vice-president, Xi Jinping, who came on Sunday from Kingston, had breakfast with Alvaro Uribe "
     "this morning.", "2009-02-16", {("visit", "CHN", "COL", "2009-02-15"), ("visit", "CHN", "JAM", "2009-02-14"),
                                     ("meeting", "CHN", "COL", "2009-02-16")}),
    ("LONDON, Jan 1 - The bank, in London since 1850, reported profits.", "2020-01-01", set()),
])
def test_a_leader_in_a_place_since_a_day_and_one_who_came_on_a_day_from_a_place(text, ref, expected):
    assert {(e["type"], e["country_a"], e["country_b"], e["start"])
            for e in events(text, ref, dateline=text.split(" - ")[0], **NEWS)} == expected


@pytest.mark.parametrize("text, ref, expected", [
    ("AUCKLAND, July 7 - Shinzo Abe, the first Japanese prime minister to visit New Zealand in 12 years, arrived on Sunday "
     "and held talks with John Key today.", "2014-07-07", {("visit", "JPN", "NZL", "2014-07-06"), ("talks", "JPN", "NZL", "2014-07-07")}),
    # the only visit told: it stays
    ("TOKYO, July 7 - Shinzo Abe became the first Japanese prime minister to visit Papua New Guinea on Monday.", "2014-07-07",
     {("visit", "JPN", "PNG", "2014-07-07")}),
    ("MOSCOW, Feb 26 - Cypriot President Nicos Anastasiades, whose three-day visit to Russia ends today, signed an agreement.",
     "2015-02-26", {("visit", "CYP", "RUS", "2015-02-24")}),
])
def test_the_first_leader_to_visit_is_who_he_is_and_a_visit_that_ends_today_began_days_before(text, ref, expected):
    assert {(e["type"], e["country_a"], e["country_b"], e["start"])
            for e in events(text, ref, dateline=text.split(" - ")[0], **NEWS)} == expected


@pytest.mark.parametrize("text, ref, expected", [
    ("ILO, Peru, Oct 20 - Evo Morales crossed into Peru on Tuesday and signed an extension of the agreement.", "2010-10-20",
     {("visit", "BOL", "PER", "2010-10-19")}),
    ("BETHLEHEM, June 26 - Vladimir Putin crossed from Jerusalem into the West Bank this morning, and Mahmoud Abbas received "
     "him at the presidential compound.", "2012-06-26", {("visit", "PSE", "RUS", "2012-06-26"), ("meeting", "PSE", "RUS", "2012-06-26")}),
    ("NUR-SULTAN, Feb 2 - Mike Pompeo reached Kazakhstan on Saturday night from Minsk.", "2020-02-02",
     {("visit", "KAZ", "USA", "2020-02-01")}),
    ("WINDHOEK, June 25 - Dmitry Medvedev's African tour brought him to Namibia this morning.", "2009-06-25",
     {("visit", "NAM", "RUS", "2009-06-25")}),
    ("MEXICO CITY, Jan 26 - Andres Manuel Lopez Obrador said his Monday conversation by telephone with Vladimir Putin had been "
     "friendly.", "2021-01-26", {("phone_call", "MEX", "RUS", "2021-01-25")}),
    # a sum reached is no place reached
    ("JAKARTA, Nov 15 - Bilateral trade between Indonesia and Australia reached US$10.9 billion in 2011.", "2012-11-15", set()),
])
def test_crossing_into_reaching_or_brought_to_a_place_and_a_conversation_by_telephone(text, ref, expected):
    assert {(e["type"], e["country_a"], e["country_b"], e["start"])
            for e in events(text, ref, dateline=text.split(" - ")[0], **NEWS)} == expected


@pytest.mark.parametrize("text, ref, expected", [
    ("President of Moldova Nicolae Timofti met Vladimir Putin in Moscow. Prime Minister Vlad Filat will come to Moscow next "
     "month for the meeting of the intergovernmental commission.", "2012-10-23", ("meeting", "MDA", "RUS", "2012-11", "planned")),
    ("Russian President Dmitry Medvedev met Ukrainian President Viktor Yanukovych in Kiev. The next session of the "
     "Russian-Ukrainian interstate commission will be held in Moscow in December.", "2010-05-17",
     ("meeting", "RUS", "UKR", "2010-12", "planned")),
    ("Russian President Vladimir Putin will receive Xi Jinping in Moscow on March 20, and official talks at the Kremlin are "
     "set for March 21.", "2023-03-17", ("talks", "CHN", "RUS", "2023-03-21", "planned")),
])
def test_a_session_of_an_intergovernmental_or_interstate_body_and_official_talks_at_a_seat(text, ref, expected):
    assert expected in {(e["type"], e["country_a"], e["country_b"], e["start"], e["status"]) for e in events(text, ref, **NEWS)}


@pytest.mark.parametrize("text, ref", [
    # the review of the fifteenth round: each counter-example narrowed a rule (arrivals and reaching need a traveller named
    # right before; a next stop only with nothing or a time after it; 'where he had been' only with a time; an aside 'in X
    # since' only for days; a willingness only right before its verb; a seat of power needs a person received; bodies of
    # two states only when written in lower case; a source on the phone is no call; a wish to discuss is no meeting)
    ("KYIV, Oct 20 - Biden said the drones came from Iran.", "2022-10-20"),
    ("KYIV, Oct 20 - Biden said the first Patriot batteries arrived on Friday.", "2022-10-20"),
    ("HAVANA, March 3 - Chinese rice donated by Xi Jinping arrived last night, officials said.", "2022-03-03"),
    ("MOSCOW, Oct 20 - Erdogan said most of the tourists came from Germany.", "2022-10-20"),
    ("ATHENS, Nov 23 - Erdogan said the refugees had reached Greece on Tuesday.", "2022-11-23"),
    ("LA PAZ, Nov 23 - Lula said the Amazon fires reached Bolivia on Tuesday.", "2022-11-23"),
    ("BERLIN, March 20 - Putin recalled Dresden, where he had been a KGB officer in the 1980s.", "2023-03-20"),
    ("DUBAI, Aug 8 - Former Afghan president Ashraf Ghani, in the United Arab Emirates since August 2021, said on Monday he "
     "had no plans to return.", "2022-08-08"),
    ("WASHINGTON, Aug 2 - Russian President Vladimir Putin's letter was received at the White House on Monday.", "2022-08-02"),
    ("RIYADH, Nov 10 - Saudi Arabia and Russia agreed to extend the output cuts, an OPEC source told Reuters by telephone.",
     "2022-11-10"),
    ("BERLIN, March 20 - Scholz wants to discuss energy with Prime Minister Modi.", "2023-03-20"),
    ("BEIJING, March 20 - Xi criticised Trump, whom he saw as unpredictable.", "2023-03-20"),
    ("ANKARA, March 20 - Erdogan also gave Putin a free lunch on gas, critics said.", "2023-03-20"),
])
def test_review_counter_examples_of_the_fifteenth_round_give_no_encounter(text, ref):
    assert events(text, ref, dateline=text.split(" - ")[0], **NEWS) == []


@pytest.mark.parametrize("text, ref, expected", [
    ("BEIJING, April 13 - Lula arrived in Beijing on Thursday. Japan follows on Friday with its inflation figures.",
     "2023-04-13", {("visit", "BRA", "CHN", "2023-04-13", "held")}),
    ("ANKARA, March 20 - Putin visited Ankara on Monday. Beijing follows this line closely, analysts say.", "2023-03-20",
     {("visit", "RUS", "TUR", "2023-03-20", "held")}),
    ("BERLIN, March 20 - Scholz praised Zelensky, who returned to Kyiv from Washington, where he had spent Tuesday and "
     "Wednesday.", "2023-03-20", {("visit", "UKR", "USA", "2023-03-14", "held")}),
    ("SOCHI, Aug 6 - Erdogan, who said he would be happy to meet Assad, met Putin in Sochi on Friday.", "2022-08-06",
     {("meeting", "RUS", "TUR", "2022-08-05", "held")}),
    ("BEIJING, April 15 - Lula, who is to have surgery next week, met Xi Jinping in Beijing on Friday.", "2023-04-15",
     {("meeting", "BRA", "CHN", "2023-04-14", "held")}),
    ("PARIS, July 10 - Modi will pay a three-day visit to France on Thursday as a nationwide strike ends.", "2023-07-10",
     {("visit", "FRA", "IND", "2023-07-13", "planned")}),
    ("MINSK, Aug 3 - Putin and Lukashenko met in Sochi on Monday. Experts at a meeting of the Interstate Aviation Committee "
     "examined the crash on Tuesday.", "2022-08-03", {("meeting", "BLR", "RUS", "2022-08-01", "held")}),
])
def test_review_counter_examples_of_the_fifteenth_round_keep_only_the_real_encounter(text, ref, expected):
    assert {(e["type"], e["country_a"], e["country_b"], e["start"], e["status"])
            for e in events(text, ref, dateline=text.split(" - ")[0], **NEWS)} == expected


def test_the_visit_to_china_will_be_remembered_is_no_plan():
    rows = events("BRASILIA, April 16 - Lula met Xi in Beijing on April 14. The visit to China will be remembered as a turning "
                  "point, Lula said on Sunday.", "2023-04-16", dateline="BRASILIA, April 16", **NEWS)
    assert {e["status"] for e in rows} == {"held"}


@pytest.mark.parametrize("text, ref, expected", [
    # a transcript's speaker whose label opens with a capital outside A–Z is the 'I' of his turn
    ("Dmitry Medvedev met with President of Estonia Toomas Hendrik Ilves.\n\nPresident of Estonia Toomas Hendrik Ilves: "
     "Thank you. Before coming here I spent two days in Riga, where President Zatlers received me on Monday.", "2010-04-14",
     {("meeting", "EST", "RUS", "2010-04-14"), ("meeting", "EST", "LVA", "2010-04-12")}),
    ("Vladimir Putin met with Prime Minister of Denmark Anders Fogh Rasmussen.\n\nPrime Minister of Denmark Ánders Fogh "
     "Rasmussen: I will be brief: on Friday I fly on to Tokyo, where Prime Minister Koizumi will receive me the next day.",
     "2004-03-15", {("meeting", "DNK", "RUS", "2004-03-15"), ("visit", "DNK", "JPN", "2004-03-19"),
                    ("meeting", "DNK", "JPN", "2004-03-20")}),
    # 'we' in a turn: the speaker and the one spoken to, not the country named last
    ("Vladimir Putin met with Prime Minister of Norway Jens Stoltenberg.\n\nBefore that he met President of Finland Sauli "
     "Niinisto.\n\nPresident of Russia Vladimir Putin: Mr Prime Minister, we spoke by telephone on Monday, and I am glad "
     "to meet you now.", "2013-06-06", {("meeting", "NOR", "RUS", "2013-06-06"), ("phone_call", "NOR", "RUS", "2013-06-03")}),
])
def test_a_speaker_labelled_with_an_accented_capital_and_we_in_a_turn(text, ref, expected):
    found = {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in events(text, ref, **NEWS)}
    assert found >= expected and not any(f[0] == "phone_call" and f[1] == "FIN" for f in found)


@pytest.mark.parametrize("text, ref, expected", [
    # the subject after an opening 'At X's request,' owns 'his talks'
    ("At Xi Jinping's request, the Kenyan President described his talks with President of Germany Frank-Walter "
     "Steinmeier in Berlin on Tuesday.", "2023-10-26", {("talks", "DEU", "KEN", "2023-10-24")}),
    # the next day of a plan's weekday, counted from the plan's weekday, not the one before the item's date
    ("ROME, May 8 - Lula will fly to Lisbon on Thursday and will be received by President Rebelo de Sousa the next day.",
     "2023-05-08", {("visit", "BRA", "PRT", "2023-05-11"), ("meeting", "BRA", "PRT", "2023-05-12")}),
])
def test_an_opening_at_someones_request_and_the_next_day_of_a_plans_weekday(text, ref, expected):
    assert {(e["type"], e["country_a"], e["country_b"], e["start"])
            for e in events(text, ref, dateline=text.split(" - ")[0] if " - " in text else "", **NEWS)} == expected


def test_an_office_alone_names_whom_the_text_gave_that_office_even_when_the_gazetteer_gives_another():
    # Xanana Gusmão held another office before: the text's 'Prime Minister Xanana Gusmão' counts
    text = ("DILI, Sept 16 - Prime Minister Kay Rala Xanana Gusmão returned home on Sunday. The Prime Minister was in Japan "
            "from 6 to 10 September, where he held talks with Prime Minister Fumio Kishida. He then flew to Manila on "
            "10 September.")
    found = {(m["surface"], m["country"]) for m in find_mentions(text) if m["form"] == "office"}
    assert found == {("The Prime Minister", "TLS")}
    rows = events(text, "2024-09-16", dateline="DILI, Sept 16", **NEWS)
    assert {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows} >= {
        ("visit", "JPN", "TLS", "2024-09-06"), ("visit", "PHL", "TLS", "2024-09-10")}


def test_will_also_meet_and_a_second_meeting_with_its_verb_left_out():
    # a verb of meeting after 'will also', and a second meeting whose verb is left out after a plan's
    text = ("SAN FRANCISCO, Nov 11 - Biden will also meet Indonesian President Joko Widodo on Monday and Chilean President "
            "Gabriel Boric on Tuesday.")
    rows = events(text, "2023-11-11", dateline="SAN FRANCISCO, Nov 11", **NEWS)
    assert {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows} == {
        ("meeting", "IDN", "USA", "2023-11-13"), ("meeting", "CHL", "USA", "2023-11-14")}


def test_the_secretary_general_of_a_forum_is_no_state_met():
    text = ("WELLINGTON, Feb 8 - Mr Peters will be in Apia on 12 and 13 February. In Suva, he will also meet the Secretary "
            "General of the Pacific Islands Forum, Baron Waqa.")
    assert [e["type"] for e in events(text, "2024-02-08", dateline="WELLINGTON, Feb 8", **NEWS)] == ["visit"]


@pytest.mark.parametrize("text, ref, expected", [
    # a demonym before a body's name and its office is an actor
    ("YEREVAN, May 3 - Kyrgyz Jogorku Kenesh Speaker Almazbek Temirov arrived in Armenia on Tuesday.", "2022-05-03",
     {("visit", "ARM", "KGZ", "2022-05-03")}),
    # received at a palace named in the host's language, then the guest
    ("KUALA LUMPUR, 14th March, 2023 (Bernama) -- Prime Minister Anwar Ibrahim today received at Istana Melawati Vietnamese "
     "Prime Minister Pham Minh Chinh, who arrived in the country on Monday.", "2023-03-14",
     {("meeting", "MYS", "VNM", "2023-03-14"), ("visit", "MYS", "VNM", "2023-03-13")}),
    # met here on a day, with
    ("HANOI, Aug. 2 (Xinhua) -- Chinese Foreign Minister Wang Yi met here on Friday with Vietnamese Prime Minister Pham Minh "
     "Chinh.", "2024-08-02", {("meeting", "CHN", "VNM", "2024-08-02")}),
])
def test_a_speaker_of_a_named_body_received_at_a_palace_and_met_here_with(text, ref, expected):
    from multipolar.metadata import line_dateline
    rows = events(text, ref, dateline=line_dateline(text)[0], **NEWS)
    assert {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows} == expected


@pytest.mark.parametrize("text, ref, expected", [
    # the legs of an itinerary whose verb the first leg gave
    ("CANBERRA, March 1 - Prime Minister Anthony Albanese will travel to Jakarta, Indonesia, on Monday, to Kuala Lumpur, "
     "Malaysia, on Wednesday, and to Manila on Friday, his office said.", "2024-03-01",
     {("visit", "AUS", "IDN", "2024-03-04"), ("visit", "AUS", "MYS", "2024-03-06"), ("visit", "AUS", "PHL", "2024-03-08")}),
    ("MADRID, May 3 - Foreign Minister Jose Manuel Albares will be in Rabat on Monday, in Algiers on Tuesday and in Tunis "
     "on Thursday.", "2023-05-03", {("visit", "ESP", "MAR", "2023-05-08"), ("visit", "DZA", "ESP", "2023-05-09"),
                                    ("visit", "ESP", "TUN", "2023-05-11")}),
    ("SANTIAGO, Feb 2 - Gabriel Boric is expected in Buenos Aires on Monday, then in Montevideo on Wednesday.",
     "2022-02-02", {("visit", "ARG", "CHL", "2022-02-07"), ("visit", "CHL", "URY", "2022-02-09")}),
    # a delegation led to a country is the leader's visit
    ("BEIJING, April 20 - Vice Premier Hu Chunhua led a Chinese delegation to Hungary from April 14 to 16 and to Serbia "
     "from April 16 to 19.", "2019-04-20", {("visit", "CHN", "HUN", "2019-04-14"), ("visit", "CHN", "SRB", "2019-04-16")}),
    # no leg: a place after a date with no time of its own, and a visit's place and month
    ("WARSAW, March 2 - Boris Johnson visited Warsaw on Tuesday, in Poland's hour of need, and met troops.", "2022-03-02",
     {("visit", "GBR", "POL", "2022-03-01")}),
    ("DOHA, Feb 20 - They recalled the President's state visit to Doha in October 2022, particularly in Energy and Trade.",
     "2024-02-20", set()),
])
def test_the_legs_of_an_itinerary_with_their_verb_left_out_and_a_delegation_led(text, ref, expected):
    rows = events(text, ref, dateline=text.split(" - ")[0], **NEWS)
    assert {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows if e["type"] == "visit"} == expected


def test_a_surname_another_name_goes_on_from_is_a_given_name_not_that_leader():
    found = {m["key"] for m in find_mentions("Trade Minister Todd McClay will visit India.") if m["kind"] == "person"}
    assert "Hugh Todd" not in found
    # a leader's own name going on is his ('Sheikh Tamim bin Hamad Al-Thani')
    found = {m["country"] for m in find_mentions("HH the Amir Sheikh Tamim bin Hamad Al-Thani held talks.")}
    assert found == {"QAT"}


@pytest.mark.parametrize("text, ref, expected", [
    # a weekday with its day of the month in brackets, or 'the 14th' after it (the press of Latin America, translated)
    ("Lima - President Dina Boluarte travels this Saturday (15) to Quito, where on Sunday (16) she will be received by "
     "President Daniel Noboa.", "2024-06-13", {("visit", "ECU", "PER", "2024-06-15"), ("meeting", "ECU", "PER", "2024-06-16")}),
    ("Montevideo - President Luis Lacalle Pou receives this Friday (10), at the Torre Ejecutiva, the President of Chile, "
     "Gabriel Boric.", "2023-11-08", {("meeting", "CHL", "URY", "2023-11-10")}),
    ("Asuncion - President Santiago Pena will travel next Thursday the 14th to Brasilia.", "2024-03-08",
     {("visit", "BRA", "PRY", "2024-03-14")}),
])
def test_a_weekday_told_with_its_day_of_the_month(text, ref, expected):
    assert {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in events(text, ref, **NEWS)} == expected


def test_a_longer_name_that_begins_like_a_city_is_no_city():
    from multipolar.places import city_at
    assert city_at("Casa Grande del Pueblo, the seat") is None and city_at("Palacio de la Moneda on Monday") is None
    assert city_at("Rio de Janeiro on Monday") == ("BRA", 14) and city_at("Santiago de Chile on")[0] == "CHL"


@pytest.mark.parametrize("text, ref, expected", [
    # a tour's next stop: a place that is due or comes next after a long aside, a tour that continues in a place, the next
    # stop that is a place; a journey told in the present with a weekday after the item's day
    ("PRETORIA, June 20 - Premier Li Qiang wound up a two-day stay in South Africa on Tuesday. Namibia is due on Wednesday.",
     "2023-06-20", {("visit", "CHN", "ZAF", "2023-06-19"), ("visit", "CHN", "NAM", "2023-06-21")}),
    ("DAKAR, Jan 31 - Lula opened his African tour in Senegal on Tuesday. Ghana, where John Mahama has asked Brasilia for "
     "help with cocoa processing plants and the training of agronomists, comes next, on Thursday.", "2024-01-31",
     {("visit", "BRA", "SEN", "2024-01-30"), ("visit", "BRA", "GHA", "2024-02-01")}),
    ("OSLO, April 23 - Narendra Modi spent Sunday in Norway. Modi's Nordic tour continues in Finland on Wednesday.",
     "2024-04-23", {("visit", "IND", "NOR", "2024-04-21"), ("visit", "FIN", "IND", "2024-04-24")}),
    ("ANKARA, May 10 - Wang Yi held talks with Hakan Fidan on Thursday. Wang's next stop, from Saturday, is Greece.",
     "2024-05-10", {("visit", "CHN", "GRC", "2024-05-11")}),
    ("PARIS, March 12 - From Paris, President Lula proceeds on Wednesday to Madrid, the Elysee said.", "2024-03-12",
     {("visit", "BRA", "ESP", "2024-03-13")}),
])
def test_a_tours_next_stop_told_by_its_place_or_by_the_tour_and_a_journey_told_in_the_present(text, ref, expected):
    rows = events(text, ref, dateline=text.split(" - ")[0], **NEWS)
    assert {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows if e["type"] == "visit"} >= expected
    assert all(e["status"] == "planned" for e in rows if e["start"] > ref)


def test_an_arrival_expected_on_a_day_is_a_planned_visit_to_the_datelines_place():
    text = ("ANKARA, March 4 - Turkish Foreign Minister Hakan Fidan will hold talks with his Gabonese counterpart in Ankara "
            "on Thursday. The Gabonese minister is expected to arrive on Wednesday evening.")
    rows = events(text, "2024-03-04", dateline="ANKARA, March 4", **NEWS)
    assert ("visit", "GAB", "TUR", "2024-03-06", "planned") in {
        (e["type"], e["country_a"], e["country_b"], e["start"], e["status"]) for e in rows}


@pytest.mark.parametrize("text, expected", [
    ("The official visit of Kenyan President William Ruto to Ghana has been rescheduled for 13-15 November.",
     [("visit", "GHA", "KEN", "2023-11-13", "planned")]),
    ("The visit of Kenyan President William Ruto to Ghana has been postponed to December 3.",
     [("visit", "GHA", "KEN", "2023-12-03", "planned")]),
    ("The visit of Kenyan President William Ruto to Ghana has been postponed.", []),
    ("The visit of Kenyan President William Ruto to Ghana has been postponed to a later date.", []),
])
def test_a_visit_rescheduled_or_postponed_to_a_date_is_planned_for_it(text, expected):
    assert [(e["type"], e["country_a"], e["country_b"], e["start"], e["status"])
            for e in events(text, "2023-10-27", **NEWS)] == expected


@pytest.mark.parametrize("text, ref, expected", [
    ("MALE, Jan 8 - President Mohamed Muizzu's first official trip abroad was to Turkey in November.", "2024-01-08",
     {("visit", "MDV", "TUR", "2023-11")}),
    ("HANOI, Nov 13 - Shinzo Abe spent a single day in Hanoi on Tuesday.", "2013-11-13", {("visit", "JPN", "VNM", "2013-11-12")}),
    # a trip whose purpose is to do something goes nowhere
    ("TOKYO, Jan 8 - The purpose of the trip was to deepen ties with Japan, Kishida said.", "2024-01-08", set()),
])
def test_a_trip_that_was_to_a_place_and_a_single_day_spent_there(text, ref, expected):
    rows = events(text, ref, dateline=text.split(" - ")[0], **NEWS)
    assert {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows} == expected


def test_an_annual_leaders_retreat_held_by_both_is_talks_between_them():
    text = ("CANBERRA, Feb 3 - Prime Minister Anthony Albanese and New Zealand Prime Minister Christopher Luxon will hold the "
            "annual Leaders' Retreat in Sydney on Friday.")
    assert [(e["type"], e["country_a"], e["country_b"], e["start"]) for e in events(text, "2024-02-03", **NEWS)] == [
        ("talks", "AUS", "NZL", "2024-02-09")]


@pytest.mark.parametrize("text, ref, expected", [
    # the review of the sixteenth round: each counter-example narrowed a rule (a postponement needs a date; the present
    # of a journey is no plan in a relative clause; 'the next day' counts from a past weekday as told; a weekday with a
    # day of the month only on that weekday; a weekday or an abbreviation after a surname is no other name; a negation
    # governs a gapped meeting; a leg with a subject of its own is none; a body before an office must be a state's; a
    # retreat chaired alone or of a forum is no talks of two)
    ("NAIROBI, Oct 27 - The visit of Kenyan President William Ruto to Ghana was postponed to December 3.", "2023-10-27",
     {("visit", "GHA", "KEN", "2023-12-03", "planned")}),
    ("NAIROBI, Oct 27 - The visit of Kenyan President William Ruto to Ghana was postponed for 10 days.", "2023-10-27", set()),
    ("MOSCOW, March 22 - Xi, who leaves Moscow on Wednesday, held talks with Putin on Tuesday.", "2023-03-22",
     {("talks", "CHN", "RUS", "2023-03-21", "held")}),
    ("HANOI, Sept 11 - Biden arrived in Hanoi on Sunday, the next stop on his Asian trip after the G20 summit in New Delhi.",
     "2023-09-11", {("visit", "USA", "VNM", "2023-09-10", "held"), ("visit", "IND", "USA", "2023-09-10", "held")}),
    ("MOSCOW, March 22 - Xi Jinping arrived in Moscow on Monday and was due to hold talks with Putin the next day.",
     "2023-03-22", {("visit", "CHN", "RUS", "2023-03-20", "held"), ("talks", "CHN", "RUS", "2023-03-21", "planned")}),
    ("BEIJING, Jan 18 - Wang Yi held talks with Lavrov in Moscow on Sunday the 30th anniversary of the treaty.",
     "2024-01-18", {("talks", "CHN", "RUS", "2024-01-14", "held")}),
    ("KAMPALA, Aug 3 - President Ruto Tuesday held talks with President Yoweri Museveni at State House Entebbe.",
     "2023-08-03", {("talks", "KEN", "UGA", "2023-08-01", "held")}),
    ("NEW DELHI, Sept 5 - Modi will not meet Sharif on Monday and President Putin on Tuesday.", "2023-09-05", set()),
    ("BERLIN, May 3 - Scholz visited Paris in April, and in Washington on Friday he will meet Biden.", "2023-05-03",
     {("visit", "DEU", "FRA", "2023-04", "held"), ("meeting", "DEU", "USA", "2023-05-05", "planned")}),
    ("BEIJING, May 2 - Japanese Toyota Motor Chairman Akio Toyoda met Chinese Premier Li Qiang on Tuesday.", "2023-05-02",
     set()),
    ("TEHRAN, Oct 2 - Lavrov will meet the Secretary General of the Iranian Supreme National Security Council on Monday.",
     "2023-10-02", {("meeting", "IRN", "RUS", "2023-10-02", "planned")}),
    ("RAROTONGA, Nov 9 - Cook Islands Prime Minister Mark Brown and Tongan Prime Minister Siaosi Sovaleni chaired the "
     "Leaders' Retreat in Aitutaki on Thursday.", "2023-11-09", set()),
    ("HANOI, Aug. 2 (Xinhua) -- Chinese Foreign Minister Wang Yi met here on Friday with Vietnamese journalists.",
     "2024-08-02", set()),
])
def test_review_counter_examples_of_the_sixteenth_round(text, ref, expected):
    from multipolar.metadata import line_dateline
    rows = events(text, ref, dateline=(line_dateline(text) or ("",))[0], **NEWS)
    assert {(e["type"], e["country_a"], e["country_b"], e["start"], e["status"]) for e in rows} == expected


def test_a_longer_name_guard_keeps_a_city_of_a_country():
    from multipolar.places import city_at
    assert city_at("Kuala Lumpur of Malaysia")[0] == "MYS" and city_at("Colombo of Sri Lanka")[0] == "LKA"


@pytest.mark.parametrize("text, ref, expected", [
    # an announcement made during a visit is no plan of it; its weekday is the past one the relative clause tells
    ("RIYADH, Oct 14 - The deals were announced during the official visit of Indian Prime Minister Narendra Modi to Saudi "
     "Arabia, which began on Sunday.", "2019-10-14", {("visit", "IND", "SAU", "2019-10-13", "held")}),
    # a pronoun after two weekdays ('On Monday and Tuesday he was in Astana') is the last sentence's subject
    ("MOSCOW, Nov 12 - Russian Energy Minister Nikolai Shulginov completed a working trip to Central Asia on Friday. On "
     "Monday and Tuesday he was in Astana.", "2021-11-12", {("visit", "KAZ", "RUS", "2021-11-09", "held")}),
    # a time of day runs on into its weekday: 'at 10:15 p.m. Monday' ends no sentence
    ("HANOI, June 20 - Thai Prime Minister Srettha Thavisin arrived in Hanoi at 10:15 p.m. Monday for an official visit.",
     "2023-06-20", {("visit", "THA", "VNM", "2023-06-19", "held")}),
    # a stop a tour is told of, with no date of its own, is not on the item's date
    ("DAKAR, June 8 - Brazilian President Lula held talks with President Faye on Friday. The tour ends in Nigeria.",
     "2024-06-08", {("talks", "BRA", "SEN", "2024-06-07", "held"), ("visit", "BRA", "NGA", "", "held")}),
    # a traveller who leaves for his own capital goes home
    ("DOHA, July 18 - Indonesian President Joko Widodo arrived in Doha on Monday. He is due to fly to Jakarta on "
     "Wednesday.", "2023-07-18", {("visit", "IDN", "QAT", "2023-07-17", "held")}),
    # a wreath a visit opens with does not make the visit a ceremony's
    ("LIMA, Nov. 24 - Russian President Dmitry Medvedev began an official visit to Peru this morning with a wreath at the "
     "monument to Admiral Grau.", "2008-11-24", {("visit", "PER", "RUS", "2008-11-24", "held")}),
    # a journey told in the present progressive with its weekday is a plan
    ("PANAMA CITY, Dec 3 - Chinese President Xi Jinping landed in Panama on Sunday and is flying to Lisbon on Tuesday.",
     "2018-12-03", {("visit", "CHN", "PAN", "2018-12-02", "held"), ("visit", "CHN", "PRT", "2018-12-04", "planned")}),
    # an arrival with its day between the verb and the place
    # 'and was received … by X' after an arrival is a clause of its own: X is no visitor
    ("CARACAS, April 12 - Colombian President Gustavo Petro arrived in Caracas this morning and was received at the "
     "Miraflores Palace by President Nicolas Maduro.", "2023-04-12",
     {("visit", "COL", "VEN", "2023-04-12", "held"), ("meeting", "COL", "VEN", "2023-04-12", "held")}),
    # a next stop told with the place first ('Quito is the next leg, tomorrow'): the guest of the meeting told before
    ("BOGOTA, June 15 (EFE) - Peruvian President Dina Boluarte met President Gustavo Petro at the Casa de Narino this "
     "morning. Quito is the next leg, tomorrow.", "2023-06-15",
     {("meeting", "COL", "PER", "2023-06-15", "held"), ("visit", "ECU", "PER", "2023-06-16", "planned")}),
    ("BOGOTA, June 15 (EFE) - Peruvian President Dina Boluarte arrived in Bogota on Wednesday. Quito is her next stop, on "
     "Friday.", "2023-06-15", {("visit", "COL", "PER", "2023-06-14", "held"), ("visit", "ECU", "PER", "2023-06-16", "planned")}),
    # the earlier stops a relative clause names ('a tour that also took him to …') are not on the main clause's day
    ("LUSAKA, Jan. 7 (Xinhua) -- Chinese Foreign Minister Wang Yi wrapped up his visit to Zambia on Friday, concluding a "
     "three-nation tour that also took him to Angola and Namibia.", "2022-01-07",
     {("visit", "CHN", "ZMB", "2022-01-07", "held"), ("visit", "AGO", "CHN", "2022-01", "held"),
      ("visit", "CHN", "NAM", "2022-01", "held")}),
    # 'a day after X arrived …': the arrival a day before the day told; 'US$' is a currency, not a destination
    ("MADRID, Oct. 10 (Yonhap) -- King Felipe VI held an official welcome ceremony for President Yoon Suk Yeol on "
     "Tuesday, a day after Yoon arrived for a state visit that runs until Friday.", "2023-10-10",
     {("visit", "ESP", "KOR", "2023-10-09", "held")}),
    ("HANOI, March 24 (Yonhap) -- President Yoon Suk Yeol and Prime Minister Pham Minh Chinh agreed Friday to expand trade "
     "to US$150 billion, two days after Yoon arrived here for a state visit.", "2023-03-24",
     {("visit", "KOR", "VNM", "2023-03-22", "held")}),
    # 'and then led their delegations in talks': the day of the encounter before, not the visit's first
    ("CAIRO, Jun 1 (APP): Prime Minister Shehbaz Sharif and President Abdel Fattah el-Sisi held a tete-a-tete at the "
     "Presidential Palace on Wednesday and then led their delegations in talks. The prime minister arrived in Cairo on "
     "Tuesday on a three-day official visit.", "2022-06-01",
     {("meeting", "EGY", "PAK", "2022-06-01", "held"), ("talks", "EGY", "PAK", "2022-06-01", "held"),
      ("visit", "EGY", "PAK", "2022-05-31", "held")}),
    # 'meet briefly with', 'The two heads of state met most recently in …'
    ("MOSCOW, July 3 - Later on Wednesday, President Putin is also expected to meet briefly with Chancellor Angela Merkel.",
     "2007-07-03", {("meeting", "DEU", "RUS", "2007-07-04", "planned")}),
    ("BEIJING, May 4 - Chinese President Xi Jinping will host Indonesian President Joko Widodo on Monday. The two heads of "
     "state met most recently in Da Nang last November.", "2018-05-04",
     {("meeting", "CHN", "IDN", "2018-05-07", "planned"), ("meeting", "CHN", "IDN", "2017-11", "held")}),
    ("LA PAZ, May 26 - Venezuelan President Hugo Chavez will arrive this Saturday in Cochabamba for talks with President "
     "Evo Morales.", "2006-05-26", {("visit", "BOL", "VEN", "2006-05-27", "planned"),
                                    ("talks", "BOL", "VEN", "2006-05-27", "planned")}),
])
def test_seventeenth_round_announcements_weekday_pairs_times_of_day_tour_stops_and_going_home(text, ref, expected):
    from multipolar.metadata import line_dateline
    rows = events(text, ref, dateline=(line_dateline(text) or ("",))[0], **NEWS)
    assert {(e["type"], e["country_a"], e["country_b"], e["start"], e["status"]) for e in rows} == expected


def test_a_country_that_opens_the_name_of_a_regional_summit_is_no_side():
    # 'the Korea–Pacific Islands Leaders' Summit' names a gathering: Korea is not who returned home from it
    text = ("Prime Minister Tala Vaai returned to Apia on Saturday after attending the Korea–Pacific Islands Leaders' "
            "Summit in Seoul and a stopover in Auckland.")
    rows = events(text, "2023-06-05", home_country="WSM", **NEWS)
    assert not any("KOR" in (e["country_a"], e["country_b"]) for e in rows)
    # but a summit of two countries names both ('the Russia–China Summit')
    from multipolar.encounters import _REGION_EVENT, pair_word
    m = _REGION_EVENT.match("–China Summit")
    assert m and pair_word(m["region"])


def test_a_capital_a_journey_came_from_is_a_place_not_the_speakers_side():
    # 'I have come to Tokyo straight from Beijing, where I held talks with …', said by Fiji's prime minister on Japan's
    # site: the talks are Fiji's with China, not Japan's (Beijing is where he came from, not who held them)
    text = ("Prime Minister Kishida met with Prime Minister of Fiji Sitiveni Rabuka.\n\nPrime Minister of Fiji Sitiveni "
            "Rabuka: Thank you. I have come to Tokyo straight from Beijing, where I held talks with Premier Li Qiang on "
            "Monday.")
    rows = events(text, "2023-07-28", site_country="JPN", **NEWS)
    assert ("talks", "CHN", "FJI", "2023-07-24") in {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows}


def test_an_outlets_own_office_holder_opening_the_text_is_named_again_by_surname():
    # 'Prime Minister Tevita Manu returned …' on a Tongan outlet, a name the gazetteer does not know: Tonga's, and
    # 'Manu' later is the same man (after a dateline's dash too); not when a country follows the name ('… of Fiji')
    from multipolar.entities import find_mentions
    text = ("Prime Minister Tevita Manu returned to Nuku'alofa on Sunday from Japan. Manu met Japanese Prime Minister Fumio "
            "Kishida in Tokyo on Thursday.")
    people = [(m["key"], m["country"]) for m in find_mentions(text, home="TON") if m["kind"] == "person"]
    assert people.count(("Tevita Manu", "TON")) == 2
    assert {(e["type"], e["country_a"], e["country_b"], e["start"])
            for e in events(text, "2023-06-05", home_country="TON", **NEWS)} == {("meeting", "JPN", "TON", "2023-06-01")}
    dated = "NUKU'ALOFA, June 5 - Prime Minister Tevita Manu met Kishida. Manu then left."
    assert [m["country"] for m in find_mentions(dated, home="TON") if m["key"] == "Tevita Manu"] == ["TON", "TON"]
    assert not any(m["key"] == "Tevita Manu" for m in find_mentions(
        "NUKU'ALOFA, June 5 - Prime Minister Tevita Manu of Fiji met Kishida.", home="TON"))
    assert not any(m["key"] == "Tevita Manu" for m in find_mentions(text))  # no home, no guess


def test_an_arrival_at_an_airport_is_where_the_airport_is():
    # not in a place the sentence names later ('a tour that opened in Dakar'), nor where it came from: the place line's
    text = ("ACCRA, April 12 - Kenyan President William Ruto lands at Kotoka International Airport this afternoon from "
            "Abuja for the last stage of a tour that opened in Dakar.")
    rows = {(e["type"], e["country_a"], e["country_b"], e["host"]) for e in events(text, "2023-04-12", dateline="ACCRA, April 12", **NEWS)}
    assert ("visit", "GHA", "KEN", "GHA") in rows and not any("NGA" in r for r in rows)


def test_the_capitalised_office_after_an_opening_word_is_the_last_subject():
    # 'Today the President met …' (no comma, capitalised): the President named before; but 'The Minister' on a
    # minister's own site is the site's, not the last sentence's foreign prime minister
    def rows(text, site=""):
        return {(e["type"], e["country_a"], e["country_b"], e["start"], e["status"])
                for e in events(text, "2023-09-21", site_country=site, **NEWS)}
    assert ("meeting", "BRA", "CHN", "2023-09-21", "held") in rows(
        "Xi Jinping met President of Kenya William Ruto on Wednesday. Today the President met President of Brazil Luiz "
        "Inacio Lula da Silva.")
    assert rows("Minister Maxim Reshetnikov met Mongolian Prime Minister Luvsannamsrain Oyun-Erdene in Ulaanbaatar on "
                "Wednesday. The Minister will leave Ulaanbaatar for Beijing on Friday.", "RUS") == {
        ("meeting", "MNG", "RUS", "2023-09-20", "held"), ("visit", "CHN", "RUS", "2023-09-22", "planned")}


def test_a_later_leg_after_before_his_does_not_take_the_day_told_before_it():
    text = ("ANKARA, April 15 (Xinhua) -- Chinese President Hu Jintao held talks with President Abdullah Gul on Thursday, "
            "officials said, before his tour continues to Greece and Cyprus.")
    rows = events(text, "2010-04-15", dateline="ANKARA, April 15 (Xinhua)", **NEWS)
    assert ("talks", "CHN", "TUR", "2010-04-15") in {(e["type"], e["country_a"], e["country_b"], e["start"]) for e in rows}
    assert not [e for e in rows if {"GRC", "CYP"} & {e["country_a"], e["country_b"]} and e["start"]]


def test_an_undated_texts_next_month_counts_from_its_last_day_only_when_no_later_year_was_told_since():
    from multipolar.dateexpr import find_dates
    old_then_recent = ("Ties were established on May 21, 1951. The president came to Beijing in March 2020. The minister "
                       "is expected in Islamabad next month.")
    assert find_dates(old_then_recent, None)[-1]["value_start"] == ""  # not June 1951
    recent = "The talks were held on May 21, 2020. The minister is expected in Islamabad next month."
    assert find_dates(recent, None)[-1]["value_start"] == "2020-06"


@pytest.mark.parametrize("text, ref, kw, expected", [
    # the review of the seventeenth round: each counter-example narrowed a rule (an announcement is no visit's only when
    # made during it; 'from' makes a place only after a verb of coming; an appositive country keeps a name from the
    # outlet's home; 'their next destination' names no traveller, nor does a meeting's guest when the sentence names
    # someone; a capitalised office after another office holder is no pronoun; a year alone after an undated text's day
    # does not move its time; an airport's clause may name its country; a trigger after a 'that took him to' clause keeps
    # the item's date; a tour begun is news; 'a day after the Chinese leader arrived'; 'P.M.' in capitals)
    ("The Elysee announced at noon a state visit by Indian Prime Minister Narendra Modi to France.", "2023-06-20", {},
     {("visit", "FRA", "IND", "", "planned")}),
    ("ANKARA, March 3 - Turkish Foreign Minister Mevlut Cavusoglu met in Ankara on Friday with his counterpart from "
     "Azerbaijan.", "2023-03-03", {}, {("meeting", "AZE", "TUR", "2023-03-03", "held")}),
    ("President Teuea Kaimoa, Kiribati's head of state, arrived in Suva on Monday for a state visit. Kaimoa met Fijian Prime "
     "Minister Sitiveni Rabuka on Tuesday.", "2024-05-08", {"home_country": "FJI"},
     {("meeting", "FJI", "KIR", "2024-05-07", "held"), ("visit", "FJI", "KIR", "2024-05-06", "held")}),
    ("BELGRADE, May 8 - Chinese President Xi Jinping held talks with Serbian President Aleksandar Vucic on Wednesday. Many "
     "Chinese tourists start in Belgrade; Croatia is their next destination.", "2024-05-08", {},
     {("talks", "CHN", "SRB", "2024-05-08", "held")}),
    ("BOGOTA, June 15 - Colombian President Gustavo Petro received Peruvian President Dina Boluarte at the Casa de Narino "
     "on Wednesday. Petro leaves on Friday: Venezuela is his next stop.", "2023-06-15", {},
     {("meeting", "COL", "PER", "2023-06-14", "held")}),
    ("The Emir of Qatar arrived in Moscow on Tuesday. The President received President of Kazakhstan Kassym-Jomart Tokayev "
     "on Wednesday.", "2024-05-23", {"site_country": "RUS"},
     {("meeting", "KAZ", "RUS", "2024-05-22", "held"), ("visit", "QAT", "RUS", "2024-05-21", "held")}),
    ("The King of Bahrain arrived in Moscow on Tuesday. Afterwards the President received Prime Minister Narendra Modi of "
     "India.", "2024-05-23", {"site_country": "RUS"},
     {("meeting", "IND", "RUS", "2024-05-23", "held"), ("visit", "BHR", "RUS", "2024-05-21", "held")}),
    ("Saudi Crown Prince Mohammed bin Salman held talks with Indian Prime Minister Narendra Modi in New Delhi on September "
     "11, 2023, on the goals of Saudi Vision 2030. He will travel to Pakistan next week.", "", {},
     {("talks", "IND", "SAU", "2023-09-11", "held"), ("visit", "PAK", "SAU", "2023-09-18", "planned")}),
    ("WASHINGTON, May 13 - US President Donald Trump landed at King Khalid International Airport on Tuesday for talks in "
     "Saudi Arabia.", "2025-05-13", {}, {("visit", "SAU", "USA", "2025-05-13", "held")}),
    ("Chinese Foreign Minister Wang Yi, on a trip that took him to Eritrea, arrived in Kenya.", "2022-01-06", {},
     {("visit", "CHN", "ERI", "", "held"), ("visit", "CHN", "KEN", "2022-01-06", "held")}),
    ("Japanese Prime Minister Fumio Kishida began a tour of Southeast Asia in Manila.", "2023-11-03", {},
     {("visit", "JPN", "PHL", "2023-11-03", "held")}),
    ("Indian Prime Minister Narendra Modi returned to New Delhi on Sunday from a trip that took him to Greece and South "
     "Africa.", "2023-08-27", {}, {("visit", "GRC", "IND", "2023-08", "held"), ("visit", "IND", "ZAF", "2023-08", "held")}),
    ("AMSTERDAM, Dec. 12 (Yonhap) -- King Willem-Alexander held talks with President Xi Jinping on Tuesday, a day after the "
     "Chinese leader arrived in Amsterdam.", "2023-12-12", {},
     {("talks", "CHN", "NLD", "2023-12-12", "held"), ("visit", "CHN", "NLD", "2023-12-11", "held")}),
    ("HANOI, Jan 30 - President Ferdinand Marcos Jr. arrived in Hanoi at 10:15 P.M. Monday for a state visit.", "2024-01-30",
     {}, {("visit", "PHL", "VNM", "2024-01-29", "held")}),
])
def test_review_counter_examples_of_the_seventeenth_round(text, ref, kw, expected):
    from multipolar.metadata import line_dateline
    rows = events(text, ref, dateline=(line_dateline(text) or ("",))[0], ref_method="published date" if ref else "", **kw)
    assert {(e["type"], e["country_a"], e["country_b"], e["start"], e["status"]) for e in rows} == expected


def test_a_day_after_counts_from_no_day_of_a_relative_clause_closed_before_another_clause():
    text = ("MADRID, Oct 13 (Yonhap) -- President Yoon Suk Yeol, who was received by King Felipe VI on Tuesday, addressed "
            "the Spanish parliament three days after Yoon arrived in Madrid.")
    rows = events(text, "2023-10-13", dateline="MADRID, Oct 13 (Yonhap)", **NEWS)
    assert not any(e["type"] == "visit" and e["start"] == "2023-10-07" for e in rows)


def test_a_month_and_day_under_a_month_told_with_its_year_takes_that_year():
    """'… in April last year. … held talks in Beijing on April 6': the April just told, not the reference's nearest
    April; a meeting said to be the latest ('last met … on October 8') stays the nearest to the reference."""
    rows = table("Macron's state visit to China in April last year took him to Guangzhou. Xi and Macron held talks in "
                 "Beijing on April 6.", ref="2024-05-03")
    assert set(rows.loc[rows["type"] == "talks", "start"]) == {"2023-04-06"}
    rows = table("The president of France visited China in April 2023. The two presidents held talks in Beijing on "
                 "April 6 this year.", ref="2024-05-03")
    assert "2024-04-06" in set(rows["start"])  # ('this year' is its own)
    rows = table("The previous state visit of the President of Russia to Kyrgyzstan took place in October 2023. The two "
                 "leaders last met in Moscow on October 8.", ref="2024-11-25")
    assert "2023-10-08" not in set(rows["start"])


@pytest.mark.parametrize("opener", ["At the invitation of President Emmanuel Macron", "According to Elysee adviser Emmanuel Bonne",
                                    "Accompanied by French Foreign Minister Stephane Sejourne"])
def test_a_person_in_an_opening_phrase_is_not_the_subject_a_later_pronoun_means(opener):
    rows = table(f"{opener}, President Xi Jinping will pay a state visit to France from May 5 to 7. The trip will then "
                 "take him to Serbia from May 7 to 8.", ref="2024-05-03")
    assert pairs(rows.to_dict("records")) == [("visit", "CHN", "FRA"), ("visit", "CHN", "SRB")]


def test_he_who_opens_a_sentence_is_the_traveller_told_before_not_the_person_the_sentence_names():
    """'On June 4 he flew to Brazzaville for talks with Sassou Nguesso, …' names Sassou Nguesso, but its subject is
    the one told before: a later 'he' or 'him', and 'where he stayed', mean that traveller."""
    rows = table("Last week Sergei Lavrov spent four days in Africa. On June 3 he was in Conakry. On June 4 he flew to "
                 "Brazzaville for talks with Denis Sassou Nguesso, and the same evening he landed in Ouagadougou, where he "
                 "stayed until June 5. On June 5 and 6 he was in N'Djamena, where he held talks with Mahamat Idriss Deby. "
                 "In Ouagadougou, Captain Ibrahim Traore received him on June 5.", ref="2024-06-10")
    got = set(zip(rows["type"], rows["country_a"], rows["country_b"], rows["start"]))
    assert {("visit", "BFA", "RUS", "2024-06-04"), ("visit", "RUS", "TCD", "2024-06-05"),
            ("meeting", "BFA", "RUS", "2024-06-05")} <= got
    assert not {(t, a, b) for t, a, b, _ in got} & {("visit", "BFA", "COG"), ("meeting", "BFA", "TCD")}


def test_talks_after_hours_of_talks_and_a_host_who_is_a_noun():
    """'after an hour of talks', 'after three hours of talks' are talks; 'talks with her host Alan Garcia on Friday',
    told in the past perfect, are no plan for next Friday ('her host' is a noun, not 'will host')."""
    rows = table("Vladimir Putin sealed a uranium supply agreement with John Howard this morning after an hour of talks "
                 "at Kirribilli House.", ref="2007-09-07")
    assert ("talks", "AUS", "RUS", "2007-09-07") in set(zip(rows["type"], rows["country_a"], rows["country_b"], rows["start"]))
    rows = table("Merkel flew in from Lima, where she had held talks with her host Alan Garcia on Friday.", ref="2008-05-19")
    assert set(zip(rows["country_a"], rows["country_b"], rows["start"], rows["status"])) == {("DEU", "PER", "2008-05-16", "held")}


def test_landed_here_and_arrived_here_go_to_the_datelines_place_and_seven_hours_is_a_stay():
    def got(text, ref, dateline=""):
        rows = events_frame(article_events("t-01", text, ref, ref_method="published date", dateline=dateline))
        return set(zip(rows["type"], rows["country_a"], rows["country_b"], rows["start"]))
    assert ("visit", "DNK", "IND", "2022-05-03") in got("Prime Minister Narendra Modi landed here from Berlin this "
                                                        "afternoon.", "2022-05-03", "COPENHAGEN")
    found = got("President Pratibha Patil arrived here this afternoon from Vientiane, where she had spent Thursday to "
                "Sunday as the first Indian head of state to visit Laos in more than 50 years.", "2010-09-13", "PHNOM PENH")
    assert ("visit", "IND", "KHM", "2010-09-13") in found and ("visit", "IND", "LAO", "2010-09-13") not in found
    assert ("visit", "HUN", "VAT", "2021-09-12") in got("Pope Francis spent seven hours in Budapest on Sunday.", "2021-09-12")


def test_met_one_on_one_and_a_pronoun_after_a_phrase_of_the_way():
    rows = table("President Yoon Suk Yeol and Lithuanian President Gitanas Nauseda met one-on-one on Tuesday.", ref="2023-07-13")
    assert set(zip(rows["type"], rows["country_a"], rows["country_b"], rows["start"])) == {("meeting", "KOR", "LTU", "2023-07-11")}
    rows = table("Emmanuel Macron held talks in Port Moresby. On the way home he stops in Colombo tonight.", ref="2023-07-28")
    assert ("visit", "FRA", "LKA", "2023-07-28", "planned") in set(zip(rows["type"], rows["country_a"], rows["country_b"],
                                                                       rows["start"], rows["status"]))
    rows = table("The fighting stopped in Gaza on Tuesday.", ref="2023-07-28")
    assert rows.empty


def test_is_to_be_in_is_a_plan_and_received_on_a_weekday_evening():
    rows = table("The President of Kazakhstan is to be in Hungary on a state visit from 3 to 5 February, postponed from "
                 "December, the press secretary announced today.", ref="2026-01-20")
    assert set(zip(rows["type"], rows["start"], rows["status"])) == {("visit", "2026-02-03", "planned")}
    rows = table("The Head of State, Marshal Mahamat Idriss Deby Itno, received on Thursday evening at the Palais Rose the "
                 "Chinese Minister of Foreign Affairs, Wang Yi.", ref="2025-01-10")
    assert set(zip(rows["type"], rows["country_a"], rows["country_b"], rows["start"])) == {("meeting", "CHN", "TCD", "2025-01-09")}


def test_due_to_see_an_office_holder_is_a_planned_meeting():
    rows = table("President Masoud Pezeshkian is due to see Turkish President Recep Tayyip Erdogan on Thursday before "
                 "flying home.", ref="2024-10-23")
    assert set(zip(rows["type"], rows["country_a"], rows["country_b"], rows["status"])) == {("meeting", "IRN", "TUR", "planned")}
    assert table("The summit is expected to see President Xi address business leaders.", ref="2024-10-23").empty


def test_a_known_person_named_again_by_a_surname_the_gazetteer_lacks():
    text = "Syrian President Ahmed al-Sharaa held talks in Doha today. President al-Sharaa had visited Amman on February 26."
    found = [(m["surface"], m["country"]) for m in find_mentions(text) if m["kind"] == "person"]
    assert found == [("Ahmed al-Sharaa", "SYR"), ("al-Sharaa", "SYR")]
    rows = table("The Emir of Qatar and President of the Syrian Arab Republic Ahmed al-Sharaa held official talks at Lusail "
                 "Palace today. President al-Sharaa had visited Amman on February 26.", ref="2025-04-15")
    assert ("visit", "JOR", "SYR", "2025-02-26") in set(zip(rows["type"], rows["country_a"], rows["country_b"], rows["start"]))
    text = "Yemeni Foreign Minister Khaled al-Zindani arrived in Cairo today. On Friday al-Zindani flew on to Amman."
    assert [(m["surface"], m["country"]) for m in find_mentions(text) if m["kind"] == "person"] == \
        [("Khaled al-Zindani", "YEM"), ("al-Zindani", "YEM")]  # (introduced, a name's article in lower case)


def test_the_two_heads_of_state_in_a_place_are_the_pair_that_place_belongs_to():
    rows = table("President Xi Jinping will pay a state visit to France from May 5 to 7. The trip will then take him to "
                 "Serbia from May 7 to 8 and to Hungary from May 8 to 10. The two heads of state are to hold talks in Paris "
                 "on May 6.", ref="2024-05-03")
    assert set(zip(rows.loc[rows["type"] == "talks", "country_a"], rows.loc[rows["type"] == "talks", "country_b"])) == \
        {("CHN", "FRA")}


def test_the_minister_is_the_minister_the_sentence_before_named():
    text = ("On October 17, Yevgeny Primakov arrived in Tegucigalpa, where he met with Minister of Foreign Affairs of "
            "Honduras Eduardo Enrique Reina the same day. The minister recalled that he had visited Moscow in June.")
    rows = events_frame(article_events("t-01", text, "2024-10-18", ref_method="published date", site_country="RUS",
                                       title="Yevgeny Primakov completes working trip to Nicaragua and Honduras"))
    assert ("visit", "HND", "RUS", "2024-06") in set(zip(rows["type"], rows["country_a"], rows["country_b"], rows["start"]))
    assert "NIC" not in set(rows.loc[rows["start"] == "2024-06", "country_a"])


def test_entertained_a_leader_and_a_trip_that_took_him_from_one_place_to_another():
    rows = table("George W. Bush entertained Crown Prince Abdullah of Saudi Arabia at his ranch on Thursday.", ref="2002-04-26")
    assert set(zip(rows["type"], rows["country_a"], rows["country_b"], rows["start"])) == {("meeting", "SAU", "USA", "2002-04-25")}
    rows = table("Luiz Inacio Lula da Silva's first European outing as president took him from the snows of Davos to Berlin "
                 "on Monday and Paris on Tuesday.", ref="2003-01-30")
    assert {("visit", "BRA", "DEU", "2003-01-27"), ("visit", "BRA", "FRA", "2003-01-28")} <= \
        set(zip(rows["type"], rows["country_a"], rows["country_b"], rows["start"]))
    assert table("The band entertained the crowd in Berlin on Monday.", ref="2003-01-30").empty


@pytest.mark.parametrize("text, ref, kw, unwanted, wanted", [
    # a month and day takes the year of the same month told before only under a year counted from the item's, and never
    # in a sentence of a time to come
    ("Chinese President Xi Jinping visited France in May 2019. He will hold talks with Emmanuel Macron in Paris on May 6.",
     "2024-05-03", {}, [("talks", "CHN", "FRA", "2019-05-06")], [("talks", "CHN", "FRA", "2024-05-06")]),
    ("Modi first visited Russia as prime minister in July 2015. Putin will receive Modi in Moscow on July 8.",
     "2024-07-01", {}, [("meeting", "IND", "RUS", "2015-07-08")], [("meeting", "IND", "RUS", "2024-07-08")]),
    ("The two countries signed a trade pact in March 2022. Kenyan President William Ruto met Chinese President Xi Jinping "
     "in Beijing on March 4.", "2024-03-10", {}, [("meeting", "CHN", "KEN", "2022-03-04")], [("meeting", "CHN", "KEN", "2024-03-04")]),
    ("Biden and Xi met in Bali in November 2022. On November 15 Xi arrived in San Francisco for talks with Biden.",
     "2023-11-16", {}, [("visit", "CHN", "USA", "2022-11-15")], [("visit", "CHN", "USA", "2023-11-15")]),
    # 'met separately' is no meeting of the two
    ("Netanyahu and Abbas met separately in Washington on Monday, a day before the summit.", "2024-05-08", {},
     [("meeting", "ISR", "PSE", "2024-05-06")], []),
    # the gapped meeting is not read after a call or talks
    ("Canada has long had a difficult relationship with its southern neighbour, and today with President Donald Trump in "
     "the White House, trade talks have stalled.", "2025-03-10", {}, [("meeting", "CAN", "USA", "2025-03-10")], []),
    ("US President Donald Trump held a phone call with Vladimir Putin on Monday and President Volodymyr Zelensky, in Kyiv, "
     "said he would wait for the outcome.", "2025-05-20", {}, [("phone_call", "UKR", "USA", "2025-05-19")], []),
    # ', where he' after a sentence whose subject is told by office alone
    ("Chinese Foreign Minister Wang Yi will tour Europe next week. The minister will meet Chancellor Olaf Scholz in Berlin "
     "on Monday and then fly to Paris, where he is to hold talks with President Emmanuel Macron on Tuesday.", "2024-05-03",
     {}, [("talks", "DEU", "FRA", "2024-05-07")], []),
    # 'the minister' is the subject of the sentence before when it holds that office
    ("Russian Foreign Minister Sergei Lavrov, on a tour of Asia, held talks with Chinese Foreign Minister Wang Yi in "
     "Beijing on Monday. The minister then flew on to Pyongyang.", "2024-04-10", {}, [("visit", "CHN", "PRK", "2024-04-08")], []),
    ("Indian External Affairs Minister S. Jaishankar met Japanese Foreign Minister Yoko Kamikawa in Tokyo on Thursday. "
     "The minister will travel to Seoul on Friday.", "2024-03-07", {}, [("visit", "JPN", "KOR", "2024-03-08")], []),
    # a known person's surname that is also a word ('May') names nobody
    ("British Prime Minister Theresa May held talks with Chinese Premier Li Keqiang in Beijing on Wednesday. In May, Li met "
     "German Chancellor Angela Merkel in Berlin.", "2018-02-01", {}, [("meeting", "DEU", "GBR", "2018-05")], []),
    # 'to see' someone do something, or someone's proposals, is no meeting
    ("British Prime Minister Keir Starmer is expected to see President Donald Trump's tariffs hit British steel next week.",
     "2025-03-05", {}, [("meeting", "GBR", "USA", "2025-03-10")], []),
    ("Ukraine is set to see US President Joe Biden sign the long-delayed aid package on Wednesday.", "2024-04-22", {},
     [("meeting", "UKR", "USA", "2024-04-24")], []),
    # 'the two leaders' do not meet where the talks are about
    ("French President Emmanuel Macron visited Kyiv on Sunday and flew on to Berlin on Monday. The two leaders held talks "
     "on Tuesday about sending more air defence systems to Ukraine.", "2024-07-10", {}, [("talks", "FRA", "UKR", "2024-07-09")], []),
    # a plan in a relative clause does not make the main clause one
    ("Putin, who is to be in Beijing in October, received Chinese Foreign Minister Wang Yi in the Kremlin on Tuesday.",
     "2024-05-08", {}, [], [("meeting", "CHN", "RUS", "2024-05-07")]),
    # 'after ten hours of talks' keeps the item's date
    ("After ten hours of talks with Chinese President Xi Jinping in Beijing, Russian President Vladimir Putin said the "
     "visit was a success.", "2024-05-17", NEWS, [], [("talks", "CHN", "RUS", "2024-05-17")]),
])
def test_review_counter_examples_of_the_eighteenth_round(text, ref, kw, unwanted, wanted):
    rows = table(text, ref, **kw)
    got = set(zip(rows["type"], rows["country_a"], rows["country_b"], rows["start"]))
    assert not got & set(unwanted) and set(wanted) <= got, got


def test_arrived_here_at_home_keeps_the_countries_of_the_tour():
    rows = events_frame(article_events("t-01", "President Pratibha Patil arrived here this afternoon from Phnom Penh at the "
                                       "end of her tour of Laos and Cambodia.", "2010-09-14", ref_method="published date",
                                       dateline="NEW DELHI"))
    assert ("IND", "IND") not in set(zip(rows["country_a"], rows["country_b"]))
    assert {"KHM", "LAO"} & set(rows["country_a"]) | {"KHM", "LAO"} & set(rows["country_b"])


def test_a_leg_with_its_time_before_its_place():
    rows = table("Modi goes on to Addis Ababa, and on Wednesday to Muscat.", ref="2025-12-15", **NEWS)
    assert ("visit", "IND", "OMN", "2025-12-17", "planned") in set(zip(rows["type"], rows["country_a"], rows["country_b"],
                                                                       rows["start"], rows["status"]))
    assert table("Officials said the talks went well, and on Wednesday to Parliament the bill goes.", ref="2025-12-15").empty


def test_received_the_next_day_by_an_office_holder():
    rows = table("Minister Odobescu of Romania had talks with South Korean Foreign Minister Cho Tae-yul on 15 May and was "
                 "received the next day by Prime Minister Han Duck-soo.", ref="2024-05-17")
    assert ("meeting", "KOR", "ROU", "2024-05-16") in set(zip(rows["type"], rows["country_a"], rows["country_b"], rows["start"]))


@pytest.mark.parametrize("text", [
    "On May 17, President Xi Jinping held talks in Xi'an with President Kassym-Jomart Tokayev of Kazakhstan; talks with "
    "Tajik President Emomali Rahmon and Turkmen President Serdar Berdimuhamedov followed on May 18.",
    "President Xi Jinping held talks in Xi'an on Tuesday. Talks with Tajik President Emomali Rahmon and Turkmen President "
    "Serdar Berdimuhamedov followed on May 18.",
])
def test_talks_with_two_leaders_in_a_clause_without_subject_are_the_subjects_with_each(text):
    rows = table(text, ref="2023-05-25")
    got = set(zip(rows["type"], rows["country_a"], rows["country_b"], rows["start"]))
    assert {("talks", "CHN", "TJK", "2023-05-18"), ("talks", "CHN", "TKM", "2023-05-18")} <= got
    assert ("talks", "TJK", "TKM", "2023-05-18") not in got
    rows = table("Tajik President Emomali Rahmon held talks with Turkmen President Serdar Berdimuhamedov on May 18.",
                 ref="2023-05-25")
    assert set(zip(rows["country_a"], rows["country_b"])) == {("TJK", "TKM")}
