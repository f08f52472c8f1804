"""load_articles builds on first use, reuses the cache, and rebuilds when a raw page changes."""
import shutil

from multipolar import load_articles
from multipolar.build import cached_corpus
from multipolar.paths import SHIPPED


def test_cache_round_trip_and_invalidation(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "processed"
    shutil.copytree(SHIPPED, raw)
    first = load_articles(raw, out)
    assert len(first) == 35 and (out / "build.json").exists()
    stamp = (out / "articles.csv").stat().st_mtime_ns
    again = load_articles(raw, out)
    assert (out / "articles.csv").stat().st_mtime_ns == stamp
    assert again.equals(first)
    assert list(again.dtypes.astype(str)) == list(first.dtypes.astype(str))
    (raw / "extra.txt").write_text("A new memo\n\nSome text about BRICS expansion.\n", encoding="utf-8")
    assert len(load_articles(raw, out)) == 36


def test_text_columns_use_string_dtype(tmp_path):
    import pandas as pd

    a = cached_corpus(SHIPPED, tmp_path).articles
    assert pd.api.types.is_string_dtype(a["title"]) and pd.api.types.is_integer_dtype(a["n_words"])
