"""Encounters: accuracy on the annotated pages, and hand-made cases for each rule."""
import pandas as pd
import pytest

from multipolar.encounters import article_events, events_table, merge_events
from multipolar.evaluate import event_scores

from conftest import read_annotation


def test_pair_and_date_precision_recall_on_annotation(corpus):
    scores, detail = event_scores(corpus.events, read_annotation("events.csv"))
    assert scores["precision"] >= 0.9 and scores["recall"] >= 0.9, scores.to_dict()
    assert scores["host_agreement"] >= 0.9 and scores["type_agreement"] >= 0.9, scores.to_dict()


def test_events_columns_and_codes(corpus):
    e = corpus.events
    assert {"event_id", "article_id", "type", "country_a", "country_b", "host", "start", "end", "actors",
            "evidence", "status", "visit_id"} <= set(e.columns)
    assert (e["country_a"] < e["country_b"]).all()
    assert set(e["type"]) <= {"visit", "meeting", "talks", "phone_call"}
    assert not e.duplicated(["country_a", "country_b", "type", "start", "end", "status", "actors"]).any()
    # (two rows of a pair, type and day are two meetings with different people: Oli met Xi, and Zhao Leji the same day)
    twins = e[e.duplicated(["country_a", "country_b", "type", "start", "end", "status"], keep=False)]
    assert (twins["start"].str.len() == 10).all() and (twins["type"] != "visit").all()
    assert (e["start"] == "").sum() >= 1, "undated encounters are kept apart with an empty start"


def events(text, ref="2024-11-23"):
    return article_events("t-01", text, ref)


def one(text, ref="2024-11-23"):
    [e] = events(text, ref)
    return e


def test_visit_with_range_and_host():
    e = one("Prime Minister of Nepal KP Sharma Oli paid an official visit to China from December 2-5 "
            "at the invitation of his Chinese counterpart Premier Li Qiang.")
    assert (e["type"], e["country_a"], e["country_b"], e["host"], e["start"], e["end"]) == \
        ("visit", "CHN", "NPL", "CHN", "2024-12-02", "2024-12-05")


def test_range_across_months():
    e = one("Indonesian President Prabowo Subianto visited China from March 31-April 2 as his first foreign trip.")
    assert (e["start"], e["end"]) == ("2025-03-31", "2025-04-02") or (e["start"], e["end"]) == ("2024-03-31", "2024-04-02")


@pytest.mark.parametrize("span", ["from June 30 to July 3", "from 30 June to 3 July", "30 June–3 July"])
def test_a_range_across_months_written_with_to_or_day_first(span):
    e = one(f"Vietnamese Prime Minister Nguyen Xuan Phuc paid a working visit to China {span}, 2019.")
    assert (e["start"], e["end"]) == ("2019-06-30", "2019-07-03")


@pytest.mark.parametrize("day, expected", [("the 3rd of August", "2012-08-03"), ("the 21st of August 2012", "2012-08-21")])
def test_an_ordinal_day_of_a_month(day, expected):
    from datetime import date
    from multipolar.dateexpr import find_dates
    [d] = find_dates(f"The two presidents will meet in Kasane on {day}.", date(2012, 7, 24), "x")
    assert d["value_start"] == expected


def test_third_country_meeting_on_the_sidelines():
    e = one("British Prime Minister Keir Starmer held his first in-person meeting with President Xi Jinping "
            "on November 18 on the sidelines of the G20 summit in Rio de Janeiro.")
    assert (e["type"], e["country_a"], e["country_b"], e["host"], e["start"]) == ("meeting", "CHN", "GBR", "BRA", "2024-11-18")
    assert e["actors"] == "Keir Starmer; Xi Jinping"


def test_phone_call_has_no_host():
    e = one("Chinese President Xi Jinping held a telephone conversation with Russian President Vladimir Putin in Beijing on Thursday.")
    assert (e["type"], e["host"], e["start"]) == ("phone_call", "", "2024-11-21")


def test_planned_visit_flagged():
    e = one("Sri Lankan President Anura Kumar Dissanayake is expected to visit China next month.")
    assert (e["status"], e["type"], e["host"]) == ("planned", "visit", "CHN")


def test_anniversary_and_wreath_are_not_encounters():
    assert events("This year marks the 75th anniversary of diplomatic relations between China and Russia.") == []
    assert events("Kim Jong Un sent a wreath to the China-DPRK Friendship Tower on October 25.") == []


def test_summary_and_full_text_give_one_row():
    text = ("Chinese President Xi Jinping met with Hun Sen of Cambodia on December 3 in Beijing.\n\n"
            "BEIJING, Dec. 3 (Xinhua) — Xi Jinping held talks with Cambodian leader Hun Sen in Beijing on Tuesday.")
    rows = pd.DataFrame(merge_events(article_events("t-01", text, "2024-12-03")))
    assert len(rows) == 1 and rows.iloc[0]["type"] == "talks" and rows.iloc[0]["start"] == "2024-12-03"


def test_meeting_during_visit_linked_by_visit_id():
    text = ("Slovak Prime Minister Robert Fico paid an official visit to China, October 31-November 5.\n\n"
            "He met with Chinese President Xi Jinping on November 1.")
    rows = pd.DataFrame(merge_events(article_events("t-01", text, "2024-11-10")))
    visit = rows[rows["type"] == "visit"].iloc[0]
    meeting = rows[rows["type"] == "meeting"].iloc[0]
    assert meeting["visit_id"] == visit["event_id"] and meeting["host"] == "CHN"


def test_same_encounter_in_two_articles_is_one_row_at_the_same_precision():
    arts = pd.DataFrame({"article_id": ["a-01", "b-01"], "ref_date": ["2010-10-20", "2010-10-06"], "text": [
        "Russian President Dmitry Medvedev paid a visit to China on September 25-27 to launch a pipeline.",
        "Russian President Dmitry Medvedev’s visit to China on September 25-27 is a further sign of ties."]})
    e = events_table(arts)
    assert len(e) == 1 and (e.iloc[0]["start"], e.iloc[0]["end"]) == ("2010-09-25", "2010-09-27")
    assert e.iloc[0]["article_ids"] == "a-01; b-01"


def test_rows_of_two_articles_at_different_precision_stay_apart():
    arts = pd.DataFrame({"article_id": ["a-01", "b-01"], "ref_date": ["2024-12-01", "2024-10-23"], "text": [
        "Xi Jinping and Vladimir Putin met three times in 2024.",
        "Chinese President Xi Jinping met Russian President Vladimir Putin in Kazan on October 22."]})
    e = events_table(arts).set_index("article_id")
    assert e.loc["b-01", "start"] == "2024-10-22" and e.loc["b-01", "host"] == "RUS"
    assert e.loc["a-01", "start"] == "2024" and e.loc["a-01", "article_ids"] == "a-01"


def test_undated_encounter_kept_with_empty_start():
    e = one("The recent visit of Ukraine’s President Volodymyr Zelenskyy to Turkey highlighted defence ties.", "")
    assert (e["start"], e["host"], e["country_a"], e["country_b"]) == ("", "TUR", "TUR", "UKR")
