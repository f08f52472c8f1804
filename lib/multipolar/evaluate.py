"""Score the library against a hand annotation: articles found, boundaries, metadata fields."""
from __future__ import annotations

import pandas as pd

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
