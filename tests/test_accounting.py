"""Nothing is lost: every non-blank input line ends in exactly one article or in removed.csv."""
from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from multipolar.build import build_corpus
from multipolar.paths import SHIPPED


def check_accounting(corpus, raw: Path) -> None:
    """Assert the ledger covers each non-blank line once and agrees with the two output tables."""
    led = corpus.ledger
    assert not led.duplicated(["source_file", "line_no"]).any()
    for page in sorted(set(led["source_file"])):
        lines = (raw / page).read_text(encoding="utf-8").split("\n")
        expected = {i for i, t in enumerate(lines, start=1) if t.strip()}
        got = set(led.loc[led["source_file"] == page, "line_no"])
        assert got == expected, page
    kept = led[led["role"].isin(["title", "body"])]
    removed_keys = set(zip(corpus.removed["source_file"], corpus.removed["line_no"]))
    assert removed_keys.isdisjoint(zip(kept["source_file"], kept["line_no"]))
    assert len(removed_keys) + len(kept) == len(led)
    texts = corpus.articles.set_index("article_id")["text"]
    titles = corpus.articles.set_index("article_id")["title"]
    for row in kept.itertuples():
        target = texts[row.article_id] if row.role == "body" else titles[row.article_id]
        assert row.text in target
    bodies = kept[kept["role"] == "body"].groupby("article_id")["text"].apply(lambda s: "\n\n".join(s))
    for aid, text in bodies.items():
        assert texts[aid] == text


def test_shipped_corpus_loses_nothing(corpus):
    check_accounting(corpus, SHIPPED)


def test_removed_reasons_from_fixed_vocabulary(corpus):
    vocabulary = {"navigation", "teaser link", "sidebar", "rating", "related heading",
                  "duplicate paragraph", "caption/credit", "copyright", "metadata", "duplicate page"}
    assert set(corpus.removed["reason"]) <= vocabulary


WORDS = st.sampled_from("China Russia BRICS summit Xi Putin talks trade order world the of and in a".split())
PROSE = st.lists(WORDS, min_size=8, max_size=40).map(lambda w: " ".join(w).capitalize() + ".")
HEADING = st.lists(WORDS, min_size=2, max_size=9).map(lambda w: " ".join(w).title())
CHROME = st.sampled_from(["Continue reading", "Published", "on", "Comments", "Latest", "(7 votes) |",
                          "Posted in China on January 7, 2015 by Someone", "By Jane Doe", "23 December 2014",
                          "Photo credit: Agency", "Article link:", "The following article was first published by Xinhua.",
                          "Connect with us", "BEIJING, Feb. 8 (Xinhua)"])
LINE = st.one_of(PROSE, HEADING, CHROME, st.just(""), st.text(min_size=1, max_size=60))


@settings(max_examples=60, deadline=None)
@given(pages=st.lists(st.lists(LINE, min_size=1, max_size=40), min_size=1, max_size=3))
@example(pages=[["Latest", "23 December 2014", "0 0 0"]])  # a date line over a 'title' that opens no article
def test_generated_pages_lose_nothing(tmp_path_factory, pages):
    raw = tmp_path_factory.mktemp("raw")
    for i, lines in enumerate(pages):
        text = "\n".join(lines)
        (raw / f"page{i}.txt").write_text(text, encoding="utf-8")
    corpus = build_corpus(raw)
    readable = [p for p in raw.iterdir() if p.name not in corpus.skipped]
    dupes = corpus.removed[corpus.removed["reason"] == "duplicate page"]
    sub = corpus.ledger[~corpus.ledger["source_file"].isin(set(dupes["source_file"]))]
    check_accounting(type(corpus)(corpus.articles, corpus.removed[corpus.removed["reason"] != "duplicate page"],
                                  sub), raw)
    assert all(p.name in set(corpus.ledger["source_file"]) or not p.read_text().strip() for p in readable)
