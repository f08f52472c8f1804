"""One declared schema per table: its columns in order and each column's type.

Every module that makes or reads a table takes its columns from here: the build, the store (Parquet
files typed by these schemas), the CSV copies, load_*(), and the per-page parts. A column is text
(`str`), a whole number (`int`) or a decimal (`float`); text is never missing (an empty string).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from .lazy import pandas as pd

STR, INT, FLOAT = "str", "int", "float"


@dataclass(frozen=True)
class Table:
    """A table's name, what one row is, and its typed columns."""

    name: str
    row: str
    columns: tuple[tuple[str, str], ...]

    @cached_property
    def names(self) -> list[str]:
        """The column names, in order."""
        return [c for c, _ in self.columns]

    @cached_property
    def types(self) -> dict[str, str]:
        """Column name → str, int or float."""
        return dict(self.columns)

    def arrow(self):
        """The table's pyarrow schema."""
        import pyarrow as pa

        kinds = {STR: pa.string(), INT: pa.int64(), FLOAT: pa.float64()}
        return pa.schema([(c, kinds[t]) for c, t in self.columns])

    def frame(self, data: dict[str, list] | pd.DataFrame | None = None) -> pd.DataFrame:
        """A DataFrame of this table with the declared dtypes (text as pandas' str dtype, numbers
        int64 or float64); `data` maps each column to its values (missing columns are empty)."""
        data = {} if data is None else data
        if isinstance(data, pd.DataFrame):
            data = {c: data[c] for c in data.columns}
        n = len(next(iter(data.values()))) if len(data) else 0
        out = {}
        for c, t in self.columns:
            values = data[c] if c in data else ([0] * n if t != STR else [""] * n)
            if t == INT:
                out[c] = pd.array(values, dtype="int64") if not isinstance(values, pd.Series) else values.astype("int64")
            elif t == FLOAT:
                out[c] = pd.array(values, dtype="float64") if not isinstance(values, pd.Series) else values.astype("float64")
            else:
                s = pd.Series(values, dtype=object)
                out[c] = s.where(s.notna(), "").astype("str").to_numpy() if len(s) else pd.array([], dtype="str")
        df = pd.DataFrame(out, columns=self.names)
        for c, t in self.columns:
            if t == STR:
                df[c] = df[c].astype("str")
        return df


def table(name: str, row: str, spec: str) -> Table:
    """A Table from 'column:type column …' (type str when left out)."""
    cols = []
    for item in spec.split():
        col, _, kind = item.partition(":")
        cols.append((col, kind or STR))
    return Table(name, row, tuple(cols))


ARTICLES = table("articles", "article", "article_id source_file site url title outlet author published posted dateline place "
                 "ref_date ref_method year tags blogger note n_words:int n_paragraphs:int title_line:int first_line:int "
                 "last_line:int text")
LEDGER = table("ledger", "non-blank input line", "source_file line_no:int article_id role reason text")
REMOVED = table("removed", "input line that is not article text", "source_file line_no:int article_id reason text")
MENTIONS = table("mentions", "mention of a country, person or organisation",
                 "article_id kind key surface start:int end:int sentence_start:int sentence_end:int country office form")
DATES = table("dates", "date expression in an article", "article_id surface start:int end:int kind value_start value_end method")
THEME_COUNTS = table("theme_counts", "theme × article", "article_id theme hits:int words:int")
THEME_RATES = table("theme_rates", "theme × article, site, outlet, year, or outlet and year",
                    "level group theme hits:int words:int per_1000_words:float")
EVENTS = table("events", "bilateral encounter", "event_id article_id article_ids type country_a country_b host start end "
               "date_method status visit_id actors evidence")

# Mentions as load_mentions() gives them: with the text of the sentence, which the store leaves out.
MENTION_COLUMNS = MENTIONS.names[:MENTIONS.names.index("sentence_end") + 1] + ["sentence"] + \
    MENTIONS.names[MENTIONS.names.index("sentence_end") + 1:]

# What a page's encounters are before the build merges them across the corpus (events).
ENCOUNTERS = table("encounters", "encounter as one article tells it",
                   "article_id type country_a country_b host start end date_method status evidence actors")
# The store's index: one row per file of the raw folder that is a file (see store.py).
PAGES = table("pages", "file of the raw folder",
              "source_file key content part status duplicate_of digest kind encoding notes message "
              "articles:int ledger:int mentions:int dates:int theme_counts:int encounters:int")

# The tables a page yields, in the order the store keeps them (each page's rows together, pages in name order).
PAGE_TABLES: dict[str, Table] = {t.name: t for t in (ARTICLES, LEDGER, MENTIONS, DATES, THEME_COUNTS, ENCOUNTERS)}
# The tables a build writes for users, by file stem (as Parquet, and as CSV copies for spreadsheets).
TABLES: dict[str, Table] = {t.name: t for t in (ARTICLES, REMOVED, LEDGER, MENTIONS, DATES, THEME_RATES, EVENTS)}
