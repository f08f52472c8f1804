"""Score the library against a hand annotation: articles, metadata, line fates, mentions, dates, encounters."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .paths import ANNOTATIONS, FIXTURES

FIELDS = ["title", "outlet", "author", "published", "posted"]


def match_articles(predicted: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Gold articles joined to predicted ones that start on the same line of the same page."""
    keys = ["source_file", "title_line"]
    return gold.merge(predicted, on=keys, how="left", suffixes=("_gold", ""), indicator=True)


def segmentation_scores(predicted: pd.DataFrame, gold: pd.DataFrame) -> pd.Series:
    """Precision and recall of article starts, and the share of exact boundaries."""
    m = match_articles(predicted, gold)
    found = int((m["_merge"] == "both").sum())
    exact = int(((m["_merge"] == "both") & (m["last_line"] == m["last_line_gold"])).sum())
    return pd.Series({"gold": len(gold), "predicted": len(predicted), "starts_found": found,
                      "precision": found / max(len(predicted), 1), "recall": found / max(len(gold), 1),
                      "exact_boundaries": exact})


def field_scores(predicted: pd.DataFrame, gold: pd.DataFrame, fields: list[str] = FIELDS) -> pd.DataFrame:
    """Per metadata field: how many annotated values are right, and precision/recall of non-empty values."""
    m = match_articles(predicted, gold).fillna("")
    rows = []
    for f in fields:
        g, p = m[f + "_gold"].astype(str), m[f].astype(str)
        tp = int(((g == p) & (g != "")).sum())
        rows.append({"field": f, "right": int((g == p).sum()), "of": len(m),
                     "precision": tp / max(int((p != "").sum()), 1),
                     "recall": tp / max(int((g != "").sum()), 1)})
    return pd.DataFrame(rows)


def _within(pred: dict, gold: dict) -> bool:
    """A predicted date agrees with a gold one: equal at the gold's precision, or inside its span."""
    p, g0, g1 = pred["start"], gold["start"], gold["end"] or gold["start"]
    return bool(p) and (p[:len(g0)] == g0 or (g1 != g0 and g0 <= p <= g1))


def event_scores(predicted: pd.DataFrame, gold: pd.DataFrame) -> tuple[pd.Series, pd.DataFrame]:
    """Precision/recall of dated encounters (country pair + date), and host/type agreement on matches."""
    pred = predicted[predicted["start"] != ""].to_dict("records")
    golds = gold.to_dict("records")
    used, pairs = set(), []
    for g in golds:  # each gold row takes the free prediction of its pair and date that agrees best in type and status
        best = None
        for i, p in enumerate(pred):
            if i not in used and (p["country_a"], p["country_b"]) == (g["country_a"], g["country_b"]) and _within(p, g):
                score = (p["type"] == g["type"], p["status"] == g["status"])
                if best is None or score > best[0]:
                    best = (score, i)
        if best is not None:
            used.add(best[1])
        pairs.append((g, pred[best[1]] if best else None))
    matched = [(g, p) for g, p in pairs if p is not None]
    scores = pd.Series({
        "gold": len(golds), "predicted": len(pred), "matched": len(matched),
        "precision": len(matched) / max(len(pred), 1), "recall": len(matched) / max(len(golds), 1),
        "host_agreement": sum(g["host"] == p["host"] for g, p in matched) / max(len(matched), 1),
        "type_agreement": sum(g["type"] == p["type"] for g, p in matched) / max(len(matched), 1),
        "status_agreement": sum(g["status"] == p["status"] for g, p in matched) / max(len(matched), 1)})
    detail = pd.DataFrame([{**{f"gold_{k}": g[k] for k in ("type", "country_a", "country_b", "host", "start", "end", "status")},
                            **({f"pred_{k}": p[k] for k in ("event_id", "type", "host", "start", "end", "status")} if p else {})}
                           for g, p in pairs])
    extra = pd.DataFrame([p for i, p in enumerate(pred) if i not in used])
    return scores, pd.concat([detail, extra.add_prefix("unmatched_")], ignore_index=True) if len(extra) else detail


def read_annotation(name: str, folder=ANNOTATIONS) -> pd.DataFrame:
    """One hand-annotation table (tests/annotations/<name>) with every cell as text."""
    return pd.read_csv(folder / name, dtype=str, keep_default_na=False)


def count_scores(gold: Counter, got: Counter) -> pd.Series:
    """Precision and recall of two multisets of items (gold and predicted)."""
    tp = sum((gold & got).values())
    n_gold, n_got = sum(gold.values()), sum(got.values())
    return pd.Series({"gold": n_gold, "predicted": n_got, "matched": tp,
                      "precision": tp / max(n_got, 1), "recall": tp / max(n_gold, 1)})


def mention_scores(mentions: pd.DataFrame, gold: pd.DataFrame) -> tuple[pd.Series, pd.DataFrame]:
    """Mentions (article, kind, key) against annotated counts, and the disagreements."""
    g = Counter({(r.article_id, r.kind, r.key): int(r.count) for r in gold.itertuples()})
    m = mentions[mentions["article_id"].isin(set(gold["article_id"]))]
    got = Counter(zip(m["article_id"], m["kind"], m["key"]))
    errors = [{"article_id": a, "kind": k, "key": key, "error": err, "count": n}
              for err, diff in (("spurious", got - g), ("missed", g - got)) for (a, k, key), n in sorted(diff.items())]
    return count_scores(g, got), pd.DataFrame(errors, columns=["article_id", "kind", "key", "error", "count"])


def date_scores(dates: pd.DataFrame, gold: pd.DataFrame) -> pd.Series:
    """Date expressions (article, surface, resolved start and end) against the annotated ones."""
    def key(df):
        return Counter(zip(df["article_id"], df["surface"].str.lower(), df["value_start"], df["value_end"]))
    return count_scores(key(gold), key(dates[dates["article_id"].isin(set(gold["article_id"]))]))


def line_fates(ledger: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """The fate of each annotated line (body, title, or a removal reason) beside the expected one."""
    led = ledger.assign(fate=ledger["role"].where(ledger["role"].isin(["body", "title"]), ledger["reason"]))
    g = gold.assign(line_no=gold["line_no"].astype("int64"))
    out = g.merge(led[["source_file", "line_no", "fate"]], on=["source_file", "line_no"], how="left")
    out["right"] = out["fate"] == out["expected"]
    return out


def quality_summary(corpus, folder=ANNOTATIONS) -> pd.DataFrame:
    """One row per task: how many annotated items, how many predicted, precision and recall."""
    gold_articles = read_annotation("articles.csv", folder).astype({"title_line": "int64", "last_line": "int64"})
    seg = segmentation_scores(corpus.articles, gold_articles)
    rows = [{"task": "article starts", "gold": seg["gold"], "predicted": seg["predicted"],
             "matched": seg["starts_found"], "precision": seg["precision"], "recall": seg["recall"]}]
    for f in field_scores(corpus.articles, gold_articles).itertuples():
        rows.append({"task": f"metadata: {f.field}", "gold": f.of, "predicted": f.of, "matched": f.right,
                     "precision": f.right / max(f.of, 1), "recall": f.right / max(f.of, 1)})
    fates = line_fates(corpus.ledger, read_annotation("lines.csv", folder))
    rows.append({"task": "line fates", "gold": len(fates), "predicted": len(fates), "matched": int(fates["right"].sum()),
                 "precision": fates["right"].mean(), "recall": fates["right"].mean()})
    rows.append({"task": "entity mentions", **mention_scores(corpus.mentions, read_annotation("mentions.csv", folder))[0]})
    rows.append({"task": "date expressions", **date_scores(corpus.dates, read_annotation("dates.csv", folder))})
    ev, _ = event_scores(corpus.events, read_annotation("events.csv", folder))
    rows.append({"task": "encounters (pair + date)", **ev[["gold", "predicted", "matched", "precision", "recall"]]})
    out = pd.DataFrame(rows)
    out[["gold", "predicted", "matched"]] = out[["gold", "predicted", "matched"]].astype("int64")
    out[["precision", "recall"]] = out[["precision", "recall"]].astype(float).round(3)
    return out


# -- real and hand-made pages: gold tables keyed by file (tests/fixtures/*/gold/) ---------------------

PAGE_FIELDS = ["title", "published", "site", "url", "author", "place"]


def _clean(value: str) -> str:
    """A field value compared as a reader would: spaces of any kind as one, quotes straightened."""
    return " ".join(str(value).replace("’", "'").split())


def page_articles(predicted: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Gold article rows (file, title, …) beside the predicted article that is the same one: the
    n-th article of the same file."""
    g = gold.assign(n=gold.groupby("file").cumcount())
    p = predicted.assign(n=predicted.groupby("source_file").cumcount())
    return g.merge(p, left_on=["file", "n"], right_on=["source_file", "n"], how="left", suffixes=("_gold", "")).fillna("")


def page_field_scores(predicted: pd.DataFrame, gold: pd.DataFrame, fields: list[str] = PAGE_FIELDS) -> pd.DataFrame:
    """Per field: how many gold articles have it exactly right (empty gold values count: an empty
    prediction is right there), and how many non-empty gold values were found."""
    m = page_articles(predicted, gold)
    rows = []
    for f in fields:
        g, p = m[f + "_gold"].map(_clean), m[f].map(_clean)
        rows.append({"field": f, "right": int((g == p).sum()), "of": len(m), "share": float((g == p).mean()),
                     "stated": int((g != "").sum()), "stated_right": int(((g == p) & (g != "")).sum())})
    return pd.DataFrame(rows)


def _day_close(a: str, b: str, days: int) -> bool:
    """Two full dates at most `days` apart."""
    from datetime import date

    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= days
    except ValueError:
        return False


def date_agrees(pred_start: str, gold_start: str, gold_end: str = "", days: int = 1) -> bool:
    """A predicted start agrees with a gold date: equal at the gold's precision, inside the gold span,
    or (both full dates) at most `days` apart."""
    p, g0, g1 = pred_start, gold_start, gold_end or gold_start
    if not p or not g0:
        return False
    return p[:len(g0)] == g0 or (g1 != g0 and g0 <= p <= g1) or (len(p) == len(g0) == 10 and _day_close(p, g0, days))


def per_page_events(events: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The encounter table seen page by page: a row reported in several articles counts once for
    each of their pages (what each page's annotation expects to find)."""
    file_of = dict(zip(articles["article_id"], articles["source_file"]))
    rows = []
    for e in events.to_dict("records"):
        ids = (e.get("article_ids") or e["article_id"]).split("; ")
        for f in dict.fromkeys(file_of.get(a, "") for a in ids):
            rows.append({**e, "file": f})
    return pd.DataFrame(rows, columns=[*events.columns, "file"])


def page_event_scores(events: pd.DataFrame, articles: pd.DataFrame, gold: pd.DataFrame,
                      files: set[str] | None = None, days: int = 1) -> tuple[pd.Series, pd.DataFrame]:
    """Encounters against a page-keyed gold table: precision and recall on (page, country pair,
    date within `days`), over dated gold rows and dated predictions; then, on the matched rows,
    how often the type, host (where the gold gives one) and status agree. Returns the scores and
    one row per gold encounter and per unmatched prediction. `files`: the annotated pages (default:
    every page of `articles`); predictions from other pages are left out."""
    pred = per_page_events(events, articles)
    files = set(articles["source_file"]) if files is None else files
    pred = pred[(pred["start"] != "") & pred["file"].isin(files)].to_dict("records")
    golds = gold[gold["start"] != ""].to_dict("records")
    found = match_encounters(pred, golds, days)
    used = {id(p) for p in found.values()}
    pairs = [(g, found.get(gi)) for gi, g in enumerate(golds)]
    matched = [(g, p) for g, p in pairs if p is not None]
    hosted = [(g, p) for g, p in matched if g["host"]]
    scores = pd.Series({
        "gold": len(golds), "predicted": len(pred), "matched": len(matched),
        "precision": len(matched) / max(len(pred), 1), "recall": len(matched) / max(len(golds), 1),
        "type_right": sum(g["type"] == p["type"] for g, p in matched) / max(len(matched), 1),
        "host_right": sum(g["host"] == p["host"] for g, p in hosted) / max(len(hosted), 1),
        "hosts_given": len(hosted),
        "status_right": sum(g["status"] == p["status"] for g, p in matched) / max(len(matched), 1)})
    keys = ("type", "country_a", "country_b", "host", "start", "end", "status")
    detail = [{"file": g["file"], **{f"gold_{k}": g[k] for k in keys}, "role": g.get("role", ""),
               **({f"pred_{k}": p[k] for k in ("type", "host", "start", "end", "status", "date_method")} if p else {})}
              for g, p in pairs]
    detail += [{"file": p["file"], **{f"pred_{k}": p[k] for k in keys + ("date_method", "evidence")}}
               for p in pred if id(p) not in used]
    return scores, pd.DataFrame(detail)


def match_encounters(pred: list[dict], golds: list[dict], days: int = 1) -> dict[int, dict]:
    """Which prediction each gold encounter is matched with (gold index → prediction): the same `file` (page or snippet),
    the same country pair, a date within `days` (see date_agrees); first every gold row with a prediction of its own
    type, then any type, each prediction used once (the best of type, then status)."""
    used, found = set(), {}
    for same_type in (True, False):
        for gi, g in enumerate(golds):
            if gi in found:
                continue
            best = None
            for i, p in enumerate(pred):
                if i in used or p["file"] != g["file"] or (p["country_a"], p["country_b"]) != (g["country_a"], g["country_b"]):
                    continue
                if (p["type"] == g["type"] or not same_type) and date_agrees(p["start"], g["start"], g.get("end", ""), days):
                    score = (p["type"] == g["type"], p["status"] == g["status"])
                    if best is None or score > best[0]:
                        best = (score, i)
            if best is not None:
                used.add(best[1])
                found[gi] = pred[best[1]]
    return found


def domestic_share(events: pd.DataFrame, articles: pd.DataFrame, gold_articles: pd.DataFrame) -> tuple[int, int]:
    """(pages the gold calls domestic that got an encounter, domestic pages)."""
    domestic = set(gold_articles.loc[gold_articles["kind"] == "domestic", "file"])
    with_events = set(per_page_events(events, articles)["file"])
    return len(domestic & with_events), len(domestic)


# -- the development sets of real and hand-made pages (tests/fixtures/) --------------------------------

@dataclass(frozen=True)
class PageSet:
    """A folder of pages with a gold annotation, and how far the rules were written from it:
    'in sample' (developed on it), 'held out, seen once' (kept back, scored once, then looked at),
    'held out' (never looked at when the rules were written)."""

    name: str
    pages: Path
    gold: Path
    files: frozenset[str] | None  # the annotated pages of the folder to score (None: all)
    in_sample: bool
    standing: str = ""

    @property
    def label(self) -> str:
        """How far the rules were written from this set."""
        return self.standing or ("in sample" if self.in_sample else "held out")

    @property
    def short(self) -> str:
        """A name short enough for a chart's axis ('Kremlin, development part', 'hand-made set 23')."""
        if self.name.startswith("Kremlin"):
            return self.name.replace(" pages", "")
        folder = self.pages.parent.name  # dev, heldout, heldout2 …
        number = folder.removeprefix("heldout")
        return f"hand-made set {number}" if number.isdigit() else f"hand-made, {'development' if folder == 'dev' else 'held-out'} part"


def first_scores(root: Path = FIXTURES) -> pd.DataFrame:
    """What each held-out set scored the first time, before any rule was written from it, with its
    precision and recall (fixtures/first_scores.csv records the counts)."""
    t = pd.read_csv(root / "first_scores.csv", dtype={"first scored": str})
    return t.assign(precision=(t["matched"] / t["found"]).round(3), recall=(t["matched"] / t["gold"]).round(3),
                    **{"recall, main encounters": (t["main matched"] / t["main gold"]).round(3)})


HANDMADE_SETS = (  # folder under fixtures/handmade, name, in sample, standing (see page_sets)
    ("dev", "hand-made pages of other sites, development part", True, ""),
    ("heldout", "hand-made pages of other sites, held-out part", False, "seen"),
    ("heldout2", "hand-made pages of other sites, second held-out set", True, "used"),
    ("heldout3", "hand-made pages of other sites and pairs, third held-out set", True, "used"),
    ("heldout4", "hand-made pages of other sites and pairs, fourth held-out set", True, "used"),
    ("heldout5", "hand-made pages of other sites and pairs, fifth held-out set", True, "used"),
    ("heldout6", "hand-made pages of other sites and pairs, sixth held-out set", True, "used"),
    ("heldout7", "hand-made pages of other sites and pairs, seventh held-out set", True, "used"),
    ("heldout8", "hand-made pages of other sites and pairs, eighth held-out set", True, "used"),
    ("heldout9", "hand-made pages of other sites and pairs, ninth held-out set", True, "used"),
    ("heldout10", "hand-made pages of other sites and pairs, tenth held-out set", True, "used"),
    ("heldout11", "hand-made pages of other sites and pairs, eleventh held-out set", True, "used"),
    ("heldout12", "hand-made pages of other sites and pairs, twelfth held-out set", True, "used"),
    ("heldout13", "hand-made pages of other sites and pairs, thirteenth held-out set", True, "used"),
    ("heldout14", "hand-made pages of other sites and pairs, fourteenth held-out set", True, "used"),
    ("heldout15", "hand-made pages of other sites and pairs, fifteenth held-out set", True, "used"),
    ("heldout16", "hand-made pages of other sites and pairs, sixteenth held-out set", True, "used"),
    ("heldout17", "hand-made pages of other sites and pairs, seventeenth held-out set", True, "used"),
    ("heldout18", "hand-made pages of other sites and pairs, eighteenth held-out set", True, "used"),
    ("heldout19", "hand-made pages of other sites and pairs, nineteenth held-out set", True, "used"),
    ("heldout20", "hand-made pages of other sites and pairs, twentieth held-out set", True, "used"),
    ("heldout21", "hand-made pages of other sites and pairs, twenty-first held-out set", True, "used"),
    ("heldout22", "hand-made pages of other sites and pairs, twenty-second held-out set", True, "used"),
    ("heldout23", "hand-made pages of other sites and pairs, twenty-third held-out set", True, "used"),
    ("heldout24", "hand-made pages of other sites and pairs, twenty-fourth held-out set", True, "used"),
    ("heldout25", "hand-made pages of other sites and pairs, twenty-fifth held-out set", True, "used"),
    ("heldout26", "hand-made pages of other sites and pairs, twenty-sixth held-out set", True, "used"),
    ("heldout27", "hand-made pages of other sites and pairs, twenty-seventh held-out set", True, "used"),
    ("heldout28", "hand-made pages of other sites and pairs, twenty-eighth held-out set", True, "used"),
    ("heldout29", "hand-made pages of other sites and pairs, twenty-ninth held-out set", True, "used"),
    ("heldout30", "hand-made pages of other sites and pairs, thirtieth held-out set", False, "scored"),
)
STANDINGS = {"": "",
             "seen": "held out, seen once",  # scored once while the rules were still changing, and looked at since
             "scored": "held out, scored once",  # scored once when a round of rule-writing ended; no rule written from it
             "used": "in sample since its first score"}  # scored once, then rules were written from it (first_scores)


def page_sets(root: Path = FIXTURES) -> list[PageSet]:
    """The annotated page sets: the Kremlin pages split into the part the rules were developed on and
    the part kept back, and the sets of hand-made pages of other sites (HANDMADE_SETS)."""
    split = pd.read_csv(root / "kremlin" / "split.csv", dtype=str)
    kremlin = {s: frozenset(split.loc[split["split"] == s, "file"]) for s in ("dev", "heldout")}
    sets = [PageSet("Kremlin pages, development part", root / "kremlin" / "pages", root / "kremlin" / "gold",
                    kremlin["dev"], True),
            PageSet("Kremlin pages, held-out part", root / "kremlin" / "pages", root / "kremlin" / "gold",
                    kremlin["heldout"], False, STANDINGS["seen"])]
    return sets + [PageSet(name, root / "handmade" / folder / "pages", root / "handmade" / folder / "gold", None,
                           in_sample, STANDINGS[standing]) for folder, name, in_sample, standing in HANDMADE_SETS]


@dataclass
class PageSetScores:
    """Scores of one page set: fields per article, encounters, and the domestic pages."""

    fields: pd.DataFrame
    events: pd.Series
    main: pd.Series
    detail: pd.DataFrame
    domestic: tuple[int, int]
    messages: list[str]


def score_page_set(ps: PageSet, corpus=None) -> PageSetScores:
    """Build a page set's folder (or take its built corpus) and score it against its gold."""
    from .build import build_corpus

    corpus = build_corpus(ps.pages, progress=False) if corpus is None else corpus
    gold_a = read_annotation("articles.csv", ps.gold)
    gold_e = read_annotation("events.csv", ps.gold)
    if ps.files is not None:
        gold_a, gold_e = gold_a[gold_a["file"].isin(ps.files)], gold_e[gold_e["file"].isin(ps.files)]
    files = set(gold_a["file"])
    arts = corpus.articles[corpus.articles["source_file"].isin(files)]
    events, detail = page_event_scores(corpus.events, corpus.articles, gold_e, files)
    main, _ = page_event_scores(corpus.events, corpus.articles, gold_e[gold_e["role"] == "main"], files)
    messages = [m for m in corpus.messages if any(f in m for f in files)]
    return PageSetScores(page_field_scores(arts, gold_a), events, main, detail,
                         domestic_share(corpus.events, corpus.articles, gold_a), messages)


ANNOTATION_COLUMNS = {  # the columns of a page set's gold tables (tests/fixtures/handmade/README.md says what they hold)
    "articles.csv": ["file", "title", "published", "site", "url", "author", "place", "place_country", "kind"],
    "events.csv": ["file", "type", "country_a", "country_b", "host", "start", "end", "status", "date_basis", "role",
                   "evidence"],
}


def annotation_problem(pages: Path, gold: Path) -> str:
    """Why a folder of pages and one of their annotation cannot be scored (one line naming the file and what to
    do), or '': both tables present with their columns, and every annotated page in the pages folder."""
    import csv

    if not pages.is_dir():
        return f"{pages}: no such folder of pages - pass the folder that holds the annotated pages"
    for name, columns in ANNOTATION_COLUMNS.items():
        path = gold / name
        if not path.is_file():
            return f"{path}: missing - write it with the columns {', '.join(columns)}"
        with path.open(encoding="utf-8", newline="") as f:
            header = next(csv.reader(f), [])
        if lacking := [c for c in columns if c not in header]:
            return f"{path}: no column {', '.join(lacking)} - its header must hold {', '.join(columns)}"
    named = set(read_annotation("articles.csv", gold)["file"]) | set(read_annotation("events.csv", gold)["file"])
    if absent := sorted(f for f in named if not (pages / f).is_file()):
        return f"{gold}: {len(absent)} annotated page(s) not in {pages}, first {absent[0]!r} - put the page there or drop its rows"
    return ""


def page_set_summary(scores: dict[str, PageSetScores], sets: list[PageSet]) -> pd.DataFrame:
    """One row per page set: in sample or not, pages, fields right, and encounter precision and recall
    with their counts (recall of the encounters each item is about, beside that of all encounters)."""
    rows = []
    for ps in sets:
        s = scores[ps.name]
        f = s.fields.set_index("field")
        rows.append({
            "page set": ps.name, "standing": ps.label, "articles": int(f.loc["title", "of"]),
            **{f"{k} right": f"{int(f.loc[k, 'right'])}/{int(f.loc[k, 'of'])}" for k in ("title", "published", "site", "url")},
            "encounters (gold / found / matched)": f"{int(s.events['gold'])} / {int(s.events['predicted'])} / "
                                                   f"{int(s.events['matched'])}",
            "precision": round(float(s.events["precision"]), 3), "recall": round(float(s.events["recall"]), 3),
            "recall, main encounters": f"{round(float(s.main['recall']), 3)} ({int(s.main['matched'])}/{int(s.main['gold'])})",
            "type right": round(float(s.events["type_right"]), 3), "host right": round(float(s.events["host_right"]), 3),
            "domestic pages with an encounter": f"{s.domestic[0]}/{s.domestic[1]}"})
    return pd.DataFrame(rows)


# -- snippets: short news texts with their encounters (tests/fixtures/variety*/sentences.jsonl) ------------

SNIPPET_SETS = (  # folder under fixtures, name, standing (see STANDINGS)
    ("variety", "varied snippets", "used"),
    ("variety2", "varied snippets, second set", "used"),
    ("variety3", "varied snippets, third set", "used"),
    ("variety4", "varied snippets, fourth set", "used"),
    ("variety5", "varied snippets, fifth set", "used"),
    ("variety6", "varied snippets, sixth set", "used"),
    ("variety7", "varied snippets, seventh set", "used"),
    ("variety8", "varied snippets, eighth set", "used"),
    ("variety9", "varied snippets, ninth set", "used"),
    ("variety10", "varied snippets, tenth set", "used"),
    ("variety11", "varied snippets, eleventh set", "used"),
    ("variety12", "varied snippets, twelfth set", "used"),
    ("variety13", "varied snippets, thirteenth set", "scored"),
)


def snippet_scores(path: Path) -> pd.Series:
    """Encounters of a file of snippets (one JSON object a line: id, ref, text, encounters) against their annotation,
    matched as page sets' are (match_encounters: the same country pair with a date within a day, a prediction of the
    gold row's own type first), over dated rows. A wire dateline the snippet opens with is its place, as a page's is."""
    import json

    from .encounters import article_events, events_frame
    from .metadata import line_dateline

    gold = found = matched = 0
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        dateline = (line_dateline(item["text"]) or ("", ""))[0]  # ('PORT MORESBY - …': read as a page's would be)
        rows = [dict(r, file=item["id"]) for r in events_frame(article_events(
            f"v{item['id']}", item["text"], item["ref"], ref_method="published date", dateline=dateline))
            .to_dict("records") if r["start"]]
        golds = [dict(g, file=item["id"]) for g in item["encounters"]]
        matched += len(match_encounters(rows, golds))
        gold, found = gold + len(item["encounters"]), found + len(rows)
    return pd.Series({"gold": gold, "found": found, "matched": matched,
                      "precision": round(matched / max(found, 1), 3), "recall": round(matched / max(gold, 1), 3)})


def snippet_summary(root: Path = FIXTURES) -> pd.DataFrame:
    """One row per set of snippets: its standing and scores."""
    t = pd.DataFrame([{"snippets": name, "standing": STANDINGS[standing],
                       **snippet_scores(root / folder / "sentences.jsonl").to_dict()}
                      for folder, name, standing in SNIPPET_SETS])
    return t.astype({"gold": int, "found": int, "matched": int})
