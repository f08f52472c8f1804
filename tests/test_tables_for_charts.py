"""The small table-making helpers the notebooks chart: counts, co-mentions, hosts and guests, term rates, contrasts."""
import math
from collections import Counter

import pandas as pd

from multipolar import encounters, entities, evaluate, text


def articles(*texts, site=("a", "b")):
    return pd.DataFrame({"article_id": [f"x-{i}" for i in range(len(texts))], "text": list(texts),
                         "site": list(site)[:len(texts)], "outlet": "", "n_words": [len(t.split()) for t in texts]})


def test_country_name_is_readable():
    assert entities.country_name("TWN") == "Taiwan"
    assert entities.country_name("PRK") == "North Korea"
    assert entities.country_name("SCO") == "SCO"


def test_co_mentions_count_sentences_once_per_pair():
    arts = articles("China and Russia met. Russia, China and the SCO spoke; China again.", "Brazil and China.")
    ms = entities.mentions_table(arts)
    edges = entities.co_mentions(ms).set_index(["source", "target"])["weight"].to_dict()
    assert edges == {("CHN", "RUS"): 2, ("CHN", "SCO"): 1, ("RUS", "SCO"): 1, ("BRA", "CHN"): 1}
    assert entities.co_mentions(ms, unit="article").set_index(["source", "target"])["weight"][("CHN", "RUS")] == 1


def test_key_counts_by_group_keeps_requested_columns():
    arts = articles("BRICS and BRICS and the SCO.", "The G20.")
    table = entities.key_counts(entities.mentions_table(arts), arts, "site", keys=["BRICS", "SCO", "G7"])
    assert table.to_dict("index") == {"a": {"BRICS": 2, "SCO": 1, "G7": 0}, "b": {"BRICS": 0, "SCO": 0, "G7": 0}}


def test_host_guest_counts_a_visit_once_and_skips_third_countries():
    ev = pd.DataFrame([
        {"event_id": "E1", "country_a": "CHN", "country_b": "KHM", "host": "CHN", "status": "held", "visit_id": "E1"},
        {"event_id": "E2", "country_a": "CHN", "country_b": "KHM", "host": "CHN", "status": "held", "visit_id": "E1"},
        {"event_id": "E3", "country_a": "CHN", "country_b": "GBR", "host": "BRA", "status": "held", "visit_id": ""},
        {"event_id": "E4", "country_a": "CHN", "country_b": "RUS", "host": "RUS", "status": "planned", "visit_id": ""},
        {"event_id": "E5", "country_a": "CHN", "country_b": "RUS", "host": "RUS", "status": "held", "visit_id": ""}])
    hg = encounters.host_guest(ev)
    assert hg.to_dict() == {"CHN": {"CHN": 0, "RUS": 1}, "KHM": {"CHN": 1, "RUS": 0}}
    assert encounters.pair_counts(ev).values.tolist() == [["CHN", "KHM", 2], ["CHN", "RUS", 2], ["CHN", "GBR", 1]]


def test_hosting_and_pair_types():
    ev = pd.DataFrame([
        {"event_id": "E1", "country_a": "CHN", "country_b": "KHM", "host": "CHN", "status": "held", "visit_id": "E1", "type": "visit"},
        {"event_id": "E2", "country_a": "CHN", "country_b": "KHM", "host": "CHN", "status": "held", "visit_id": "E1", "type": "talks"},
        {"event_id": "E3", "country_a": "CHN", "country_b": "RUS", "host": "RUS", "status": "held", "visit_id": "", "type": "meeting"},
        {"event_id": "E4", "country_a": "CHN", "country_b": "GBR", "host": "BRA", "status": "held", "visit_id": "", "type": "meeting"}])
    assert encounters.hosting(ev).to_dict("index") == {"CHN": {"as host": 1, "as guest": 1}, "KHM": {"as host": 0, "as guest": 1},
                                                        "RUS": {"as host": 1, "as guest": 0}}
    pt = encounters.pair_types(ev)
    assert list(pt.index) == ["CHN – KHM", "CHN – GBR", "CHN – RUS"] and pt.loc["CHN – KHM"].to_dict() == \
        {"meeting": 0, "talks": 1, "visit": 1}


def test_decimal_year():
    assert encounters.decimal_year("2024") == 2024.5
    assert math.isclose(encounters.decimal_year("2024-07"), 2024 + 6 / 12 + 14 / 365)  # drawn mid-month
    assert math.isclose(encounters.decimal_year("2024-01-01"), 2024.0)
    assert math.isnan(encounters.decimal_year(""))


def test_term_rates_per_thousand_words():
    arts = articles("imperialism and imperialist " + "w " * 97, "a shared future " + "w " * 197)
    r = text.term_rates(arts, ["imperialis*", "shared future"], "site")
    assert r.loc["a", "imperialis*"] == 20.0 and r.loc["b", "shared future"] == 5.0 and r.loc["b", "imperialis*"] == 0.0


def test_contrasts_need_both_parties_and_a_cue():
    arts = articles("Unlike China, Russia sees globalisation politically. China and Russia agree. Russia differs.")
    c = text.contrasts(entities.mentions_table(arts), "CHN", "RUS")
    assert c["cue"].tolist() == ["Unlike"] and c["themes"].tolist() == ["globalisation"]


def test_count_scores():
    s = evaluate.count_scores(Counter({"a": 2, "b": 1}), Counter({"a": 1, "c": 1}))
    assert (s["matched"], s["precision"], s["recall"]) == (1, 0.5, 1 / 3)


def test_keyness_keeps_the_united_states_whole_and_drops_single_letters():
    arts = articles("The U.S. and the U.S. again, U.S. policy " * 3, "China policy " * 3)
    words = set(text.keyness(arts, "site", min_freq=1)["word"])
    assert "US" in words and "u" not in words and "s" not in words and "policy" in words
