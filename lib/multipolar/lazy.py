"""Modules imported when first used, so that `multipolar build` never pays for what it does not use.

pandas takes about half a second to import, and a build never needs it: only the tables that
notebooks ask for do. `from .lazy import pandas as pd` gives a stand-in whose first attribute
access imports pandas; after that it hands out pandas' own attributes (`pd.DataFrame` is pandas'
class, so isinstance works as usual).
"""
from __future__ import annotations

import importlib


class LazyModule:
    """A module imported on first attribute access."""

    def __init__(self, name: str):
        self._name = name

    def __getattr__(self, attr: str):
        return getattr(importlib.import_module(self._name), attr)

    def __repr__(self) -> str:
        return f"<lazy module {self._name!r}>"


pandas = LazyModule("pandas")
