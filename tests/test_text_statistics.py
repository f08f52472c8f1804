"""The text tools' statistics against known values and an independent implementation (nltk, test
only), and their tokens: acronyms kept, each token counted once, spellings and possessives folded."""
import math

import pandas as pd
import pytest
from nltk.metrics import BigramAssocMeasures

from multipolar import text


def articles(*texts, groups=None):
    groups = groups or ["a"] * len(texts)
    return pd.DataFrame({"article_id": [f"x-{i:02d}" for i in range(len(texts))], "text": list(texts),
                         "site": groups, "outlet": "", "n_words": [len(t.split()) for t in texts],
                         "title": [f"Title {i}" for i in range(len(texts))], "published": "2024-05-16",
                         "url": [f"https://example.org/{i}" for i in range(len(texts))]})


@pytest.mark.parametrize("o11, r1, c1, n", [(10, 100, 50, 10_000), (1, 3, 2, 40), (30, 60, 90, 500), (0, 5, 7, 100)])
def test_log_likelihood_equals_nltk(o11, r1, c1, n):
    ours = float(text.log_likelihood(o11, r1, c1, n))
    theirs = BigramAssocMeasures.likelihood_ratio(o11, (r1, c1), n)
    assert ours == pytest.approx(theirs, rel=1e-9, abs=1e-9)


def test_log_likelihood_known_value():
    # A word 20 times in 1,000 words of one corpus and 5 times in 1,000 of the other: the 2×2 table
    # (20, 980 / 5, 995) against its expected values (12.5, 987.5 / 12.5, 987.5), by hand.
    observed, expected = [20, 980, 5, 995], [12.5, 987.5, 12.5, 987.5]
    by_hand = 2 * sum(o * math.log(o / e) for o, e in zip(observed, expected))
    assert by_hand == pytest.approx(9.7512, abs=1e-4)
    assert float(text.log_likelihood(20, 1000, 25, 2000)) == pytest.approx(by_hand, rel=1e-12)


def test_log_dice_known_values():
    assert float(text.log_dice(10, 10, 10)) == 14.0  # two words that only occur together
    assert float(text.log_dice(1, 100, 100)) == pytest.approx(14 + math.log2(2 / 200))


def test_log_ratio_known_values():
    assert float(text.log_ratio(20, 1000, 10, 1000)) == 1.0  # twice as frequent
    assert float(text.log_ratio(0, 1000, 4, 1000)) == -3.0  # zero taken as 0.5


def test_united_states_and_abbreviations_survive_the_stoplist():
    arts = articles("The US and the U.S. met the UN and the U.N. before the UK, and they told us.",
                    "China policy and trade policy and us.", groups=["a", "b"])
    words = set(text.keyness(arts, "site", min_freq=1)["word"])
    assert {"US", "UN", "UK"} <= words and "us" not in words and "u" not in words and "s" not in words
    assert text.word_frequencies(["The US and the U.S. told us."])["US"] == 2


def test_spellings_and_possessives_are_folded():
    assert text.lower_tokens("Globalization, globalisation; China's, China’s, Brazil’s") == \
        ["globalisation", "globalisation", "china", "china", "brazil"]


def test_collocates_count_each_token_once():
    arts = articles("BRICS optimists and BRICS pessimists debate BRICS.")
    c = text.collocates(arts, "brics", window=3, min_freq=1, drop_stopwords=False).set_index("collocate")
    assert c.loc["optimists", "together"] == 1 and c.loc["pessimists", "together"] == 1
    assert (c["together"] <= c["collocate_freq"]).all()
    assert c.loc["optimists", "node_freq"] == 3


def test_collocates_of_a_phrase():
    arts = articles("a community with a shared future for mankind and a shared future together")
    c = text.collocates(arts, "shared future", window=2, min_freq=1, drop_stopwords=False).set_index("collocate")
    assert c["node_freq"].iloc[0] == 2
    assert {"for", "mankind", "together", "with"} <= set(c.index) and "shared" not in c.index


def test_concordance_lines_carry_a_citation():
    line = text.kwic(articles("The multipolar world is here."), "multipolar*").iloc[0]
    assert (line["title"], line["date"], line["url"], line["keyword"]) == \
        ("Title 0", "2024-05-16", "https://example.org/0", "multipolar")


@pytest.mark.parametrize("call, message", [
    (lambda a: text.kwic(a, ""), "holds no word"),
    (lambda a: text.kwic(a, "  "), "holds no word"),
    (lambda a: text.term_rates(a, [""], "site"), "holds no word"),
    (lambda a: text.term_rates(a, [], "site"), "one or more"),
    (lambda a: text.collocates(a, "world", window=10**9), "window"),
    (lambda a: text.collocates(a, "world", window=0), "window"),
    (lambda a: text.collocates(a, ""), "holds no word"),
    (lambda a: text.keyness(a, "site"), "at least two"),
    (lambda a: text.keyness(a.iloc[0:0], "site"), "at least two"),
    (lambda a: text.keyness(a, "nowhere"), "no column"),
    (lambda a: text.ngrams(a, n=0), "at least 1"),
])
def test_bad_arguments_say_what_is_wrong(call, message):
    with pytest.raises(ValueError, match=message):
        call(articles("One world, one future.", "Another world."))


def test_theme_rates_by_outlet_and_year_credit_the_first_outlet():
    from multipolar.themes import theme_rates

    arts = pd.DataFrame({"article_id": ["a", "b", "c"], "site": "s", "year": ["2024", "2024", ""],
                         "outlet": ["Xinhua; China Daily", "Xinhua", "Xinhua"], "n_words": [10, 10, 10],
                         "text": ["multipolar world " * 5, "a multipolar age " * 2 + "w " * 4, "multipolar " * 10]})
    r = theme_rates(arts)
    outlets = set(r.loc[r["level"] == "outlet", "group"])
    assert outlets == {"Xinhua"}
    oy = r[(r["level"] == "outlet_year") & (r["theme"] == "multipolarity")].set_index("group")
    assert list(oy.index) == ["Xinhua | 2024"] and (oy.loc["Xinhua | 2024", "hits"], oy.loc["Xinhua | 2024", "words"]) == (7, 20)
