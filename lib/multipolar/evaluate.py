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
