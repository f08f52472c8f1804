"""Hand-made news items about other countries' leaders, laid into the real Kremlin page layout: the
titles, dates and encounters of a site's news items come out for countries the real pages never
name (in sample: see tests/fixtures/kremlin_style/README.md)."""
import html
import json
from pathlib import Path

import pandas as pd
import pytest

from multipolar import evaluate
from multipolar.build import build_corpus

HERE = Path(__file__).parent / "fixtures"
ITEMS = json.loads((HERE / "kremlin_style" / "items.json").read_text(encoding="utf-8"))
TEMPLATE = (HERE / "kremlin" / "pages" / "17548.html").read_text(encoding="utf-8")
MONTHS = "January February March April May June July August September October November December".split()


def lay_out(n: int, item: dict) -> str:
    """One item in the template's layout: its title, lead, date, place and paragraphs."""
    y, m, d = item["date"].split("-")
    page = (TEMPLATE.replace("Meeting with Chinese Foreign Minister Yang Jiechi", html.escape(item["title"]))
            .replace("Vladimir Putin met with Chinese Foreign Minister Yang Jiechi.", html.escape(item["lead"]))
            .replace("Meeting%20with%20Chinese%20Foreign%20Minister%20Yang%20Jiechi", "")
            .replace("2013-02-20", item["date"]).replace("February 20, 2013", f"{MONTHS[int(m) - 1]} {int(d)}, {y}")
            .replace("20.02.2013", f"{d}.{m}.{y}").replace("Novo-Ogaryovo, Moscow Region", item.get("place", "The Kremlin, Moscow"))
            .replace("17548", str(n)))
    body = "".join(f"<p>{html.escape(p)}</p>" for p in item.get("body", []))
    return page.replace('itemprop="articleBody">', 'itemprop="articleBody">' + body, 1)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kremlin_style")
    for i, item in enumerate(ITEMS):
        (folder / f"{90000 + i}.html").write_text(lay_out(90000 + i, item), encoding="utf-8")
    return build_corpus(folder, progress=False)


def gold() -> pd.DataFrame:
    cols = ["type", "country_a", "country_b", "host", "start", "status"]
    return pd.DataFrame([dict(zip(cols, g), file=f"{90000 + i}.html", end="", role="main")
                         for i, item in enumerate(ITEMS) for g in item["gold"]])


def test_every_item_keeps_its_title_date_and_site(built):
    a = built.articles.sort_values("source_file")
    assert a["title"].tolist() == [item["title"] for item in ITEMS]
    assert a["published"].tolist() == [item["date"] for item in ITEMS]
    assert set(a["site"]) == {"President of Russia"}


def test_encounters_of_the_items(built):
    files = {f"{90000 + i}.html" for i in range(len(ITEMS))}
    scores, _ = evaluate.page_event_scores(built.events, built.articles, gold(), files)
    assert scores["precision"] >= 0.95 and scores["recall"] >= 0.9, scores.to_dict()
    assert scores["host_right"] >= 0.95 and scores["status_right"] >= 0.95, scores.to_dict()


def test_every_title_encounter_is_found(built):
    """The encounter each title reports (phone call, meeting, talks, visit) is found, with its pair."""
    ev = built.events.merge(built.articles[["article_id", "source_file"]], on="article_id")
    for i, item in enumerate(ITEMS):
        kind, a, b = item["gold"][0][:3]
        rows = ev[(ev["source_file"] == f"{90000 + i}.html") & (ev["country_a"] == a) & (ev["country_b"] == b)]
        assert len(rows), (item["title"], kind, a, b)
