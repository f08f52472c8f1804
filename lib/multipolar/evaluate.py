"""Score the library against a hand annotation: articles, metadata, line fates, mentions, dates, encounters."""
from __future__ import annotations

from collections import Counter

import pandas as pd

from .paths import ANNOTATIONS

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
    for g in golds:
        for i, p in enumerate(pred):
            if i not in used and (p["country_a"], p["country_b"]) == (g["country_a"], g["country_b"]) and _within(p, g):
                used.add(i)
                pairs.append((g, p))
                break
        else:
            pairs.append((g, None))
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
