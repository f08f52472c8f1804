"""Helpers the notebooks need beyond the chart tables: sentences around blocs, the outlet an article is credited to."""
import pandas as pd

from multipolar import entities, text
from multipolar.themes import first_outlet


def articles(*texts):
    return pd.DataFrame({"article_id": [f"x-{i}" for i in range(len(texts))], "text": list(texts), "site": "a",
                         "outlet": "", "n_words": [len(t.split()) for t in texts]})


def test_bloc_sentences_blank_the_names_and_skip_sentences_naming_both_blocs():
    arts = articles("The Shanghai Cooperation Organization met. BRICS and NATO differ. NATO is a military alliance.")
    blocs = {"SCO": "east", "BRICS": "east", "NATO": "west"}
    s = entities.bloc_sentences(entities.mentions_table(arts), blocs)
    assert sorted(s["bloc"]) == ["east", "west"]
    texts = dict(zip(s["bloc"], s["text"]))
    assert texts == {"east": "The met.", "west": "is a military alliance."}
    assert "cooperation" not in " ".join(text.lower_tokens(" ".join(s["text"])))


def test_first_outlet_credits_the_original_publisher():
    got = first_outlet(pd.Series(["Xinhua News Agency; Morning Star", "", "China Daily", None]))
    assert got.tolist() == ["Xinhua News Agency", "", "China Daily", ""]


def test_panel_titles_wrap_to_their_panel():
    import matplotlib
    matplotlib.use("Agg")
    from multipolar import plots
    table = pd.DataFrame({"g": ["Russian International Affairs Council (1 article, 3,620 words)"] * 2 + ["Zuo Shou blog (7 articles, 3,737 words)"],
                          "w": ["a", "b", "c"], "v": [1.0, 2.0, 3.0]})
    fig = plots.facet_barh(table, "g", "w", "v", "t", "value")
    lines = [line for ax in fig.axes for loc in ("left", "center", "right") for line in ax.get_title(loc=loc).splitlines()]
    assert lines and all(len(line) <= plots.PANEL_TITLE_WIDTH // 2 for line in lines)
    matplotlib.pyplot.close(fig)
