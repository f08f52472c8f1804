"""Where things live: every path anchored at the repository root, so code runs from any folder."""
from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
PACKAGE_DATA = PACKAGE / "data"
ROOT = PACKAGE.parents[1]
DATA = ROOT / "data"
RAW = DATA / "raw"
PROCESSED = DATA / "processed"
REPORTS = ROOT / "reports"
FIGURES = REPORTS / "figures"
NOTEBOOKS = ROOT / "notebooks"
ANNOTATIONS = ROOT / "tests" / "annotations"
FIXTURES = ROOT / "tests" / "fixtures"
