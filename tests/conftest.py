"""Shared fixtures: the corpus built once per session from data/raw, and the annotations."""
from pathlib import Path

import pandas as pd
import pytest

from multipolar.build import build_corpus
from multipolar.paths import RAW

ANNOTATIONS = Path(__file__).parent / "annotations"


@pytest.fixture(scope="session")
def corpus():
    """The shipped corpus, built without the cache."""
    return build_corpus(RAW)


@pytest.fixture(scope="session")
def gold_articles():
    """Hand annotation of the shipped pages' articles."""
    return pd.read_csv(ANNOTATIONS / "articles.csv", dtype=str, keep_default_na=False).astype(
        {"title_line": "int64", "last_line": "int64"})


def read_annotation(name: str) -> pd.DataFrame:
    """An annotation table with every cell as text."""
    return pd.read_csv(ANNOTATIONS / name, dtype=str, keep_default_na=False)
