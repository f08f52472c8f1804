"""Shared fixtures: the shipped pages (the tests' own copy) built once per session, and the annotations.

The tests, and the notebooks when nbval runs them, read tests/fixtures/shipped rather than data/raw,
which belongs to the user; their tables go to a temporary folder, never to data/processed.
"""
import os
import tempfile
from pathlib import Path

import pandas as pd
import pytest

from multipolar.build import build_corpus
from multipolar.paths import PROCESSED_ENV, RAW_ENV, SHIPPED

ANNOTATIONS = Path(__file__).parent / "annotations"
os.environ[RAW_ENV] = str(SHIPPED)  # inherited by nbval's kernels: the notebooks' corpus setting
os.environ[PROCESSED_ENV] = tempfile.mkdtemp(prefix="multipolar-tests-")


@pytest.fixture(scope="session")
def corpus():
    """The shipped corpus, built without the cache."""
    return build_corpus(SHIPPED)


@pytest.fixture(scope="session")
def gold_articles():
    """Hand annotation of the shipped pages' articles."""
    return pd.read_csv(ANNOTATIONS / "articles.csv", dtype=str, keep_default_na=False).astype(
        {"title_line": "int64", "last_line": "int64"})


def read_annotation(name: str) -> pd.DataFrame:
    """An annotation table with every cell as text."""
    return pd.read_csv(ANNOTATIONS / name, dtype=str, keep_default_na=False)
