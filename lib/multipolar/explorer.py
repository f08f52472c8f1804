"""The explorer: ipywidgets over explore.py, for a researcher in JupyterLab (notebooks/06_explore.ipynb).

    from multipolar.explorer import Explorer
    Explorer()                      # the corpus setting: $MULTIPOLAR_RAW, else data/raw

Two tabs share one article pane. *Concordance*: a term box (a word, 'stem*' or phrase) gives the
concordance lines, a page at a time, and the term's rate per 1,000 words by year, site or outlet as a
chart. *Encounters*: a country (and optionally a second one) gives its encounters as a timeline and a
table, each row with its evidence sentence and article. "open" on any row shows the article's cleaned
text with the hit marked; "export" writes the table and the chart shown into reports/explorer/.

Every action is also a method (search, choose, open_hit, open_encounter, export), so the explorer can
be driven, and tested, without a browser. Elements carry mp-* CSS classes for the browser test.
"""
from __future__ import annotations

import html
import io
from pathlib import Path

import ipywidgets as w
import matplotlib.pyplot as plt
import pandas as pd

from . import explore, plots
from .build import Corpus, cached_corpus
from .text import TextIndex

PAGE = 20  # concordance lines or encounters shown at a time
# The article pane stays in view beside the lines; every hit is marked, the one opened in the
# Okabe–Ito orange with a vermillion outline, the others in its yellow.
STYLE = """<style>
.mp-side { position: sticky; top: 0; align-self: flex-start; max-height: 92vh; overflow-y: auto; }
.mp-article mark { background: #F0E442; color: inherit; }
.mp-article mark.mp-current { background: #E69F00; outline: 2px solid #D55E00; }
.mp-excerpt { margin: 0.4em 0 0.8em 0; padding: 0.3em 0.8em; border-left: 4px solid #E69F00; background: #f6f6f6; }
</style>"""


def png(fig) -> bytes:
    """A chart as PNG bytes for the screen (the export writes the 300-dpi PNG and the SVG)."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100)
    return buf.getvalue()


def hit_line(row) -> str:
    """One concordance line as HTML: left context, the keyword in bold, right context, then the source."""
    link = (f' · <a href="{html.escape(row.url, quote=True)}" target="_blank" rel="noopener">page</a>'
            if explore.web_address(row.url) else "")
    return (f'<span class="mp-left">{html.escape(row.left)}</span> <b>{html.escape(row.keyword)}</b> '
            f'<span class="mp-right">{html.escape(row.right)}</span><br><small>{html.escape(row.date or "undated")} · '
            f"{html.escape(row.site or '(no site)')} · <i>{html.escape(row.title or '(untitled)')}</i>{link}</small>")


def encounter_line(row) -> str:
    """One encounter as HTML: when, what, with whom and where, then the evidence sentence and its source."""
    when = row.start + (f" to {row.end}" if row.end else "") if row.start else "undated"
    where = f" in {html.escape(row.host)}" if row.host else ""
    return (f"<b>{html.escape(when)}</b> {html.escape(row.type.replace('_', ' '))} ({html.escape(row.status)}) "
            f"with {html.escape(row.counterpart)}{where}<br><small>“{html.escape(row.evidence.replace(' || ', ' … '))}” · "
            f"<i>{html.escape(row.title or '(untitled)')}</i>, {html.escape(row.site or '(no site)')}</small>")


class Explorer:
    """The explorer's widgets and state; display it as the last expression of a cell."""

    def __init__(self, corpus: Corpus | None = None, term: str = "multipolar*", country: str = "CHN",
                 other: str = "", by: str = "year", folder: Path | None = None):
        corpus = corpus if corpus is not None else cached_corpus()
        self.articles, self.events, self.folder = corpus.articles, corpus.events, folder
        self.index = TextIndex(self.articles["text"])  # built once: each search is then one fast scan
        self.row_of = {aid: i for i, aid in enumerate(self.articles["article_id"])}
        self.source = plots.source_line(self.articles) if len(self.articles) else "Source: multipolar corpus"
        self.hits = pd.DataFrame(columns=explore.CONCORDANCE_COLUMNS)
        self.rates = pd.DataFrame()
        self.encounters = pd.DataFrame(columns=explore.ENCOUNTER_COLUMNS)
        self.figures: dict[str, object] = {"concordance": None, "encounters": None}
        self.pools: dict[str, list] = {}
        self.first = {"concordance": 0, "encounters": 0}
        plots.style()

        self.term = w.Text(value=term, description="term", placeholder="word, stem* or phrase",
                           continuous_update=False).add_class("mp-term")
        self.by = w.ToggleButtons(options=list(explore.BY), value=by, description="rate by",
                                  style={"button_width": "4.5em"}).add_class("mp-by")
        self.hit_count = w.HTML().add_class("mp-count")
        self.hit_rows = w.VBox().add_class("mp-hits")
        self.hit_chart = w.Image(format="png", layout=w.Layout(max_width="100%")).add_class("mp-chart")
        choices = [("(choose a country)", "")] + explore.countries(self.events)
        codes = {code for _, code in choices}
        self.country = w.Dropdown(options=choices, value=country if country in codes else "",
                                  description="country").add_class("mp-country")
        self.other = w.Dropdown(options=[("(any)", "")] + choices[1:], value=other if other in codes else "",
                                description="with").add_class("mp-other")
        self.encounter_count = w.HTML().add_class("mp-count")
        self.encounter_rows = w.VBox().add_class("mp-encounters")
        self.encounter_chart = w.Image(format="png", layout=w.Layout(max_width="100%")).add_class("mp-chart")
        self.article = w.HTML("<i>open a line to read its article here</i>").add_class("mp-article")
        self.status = w.HTML().add_class("mp-status")

        pager = {}
        for tab in ("concordance", "encounters"):
            back, more = w.Button(description=f"previous {PAGE}"), w.Button(description=f"next {PAGE}")
            back.on_click(lambda _, t=tab: self.page(t, -1))
            more.on_click(lambda _, t=tab: self.page(t, +1))
            pager[tab] = w.HBox([back, more])
        save = w.Button(description="export", icon="download", tooltip="write the table and chart shown into reports/")
        save.add_class("mp-export").on_click(lambda _: self.export())

        self.term.observe(lambda change: self.search(change["new"]), names="value")
        self.by.observe(lambda change: self.search(self.term.value), names="value")
        self.quiet = False
        self.country.observe(lambda change: self.quiet or self.choose(change["new"], self.other.value), names="value")
        self.other.observe(lambda change: self.quiet or self.choose(self.country.value, change["new"]), names="value")

        self.tabs = w.Tab(children=[
            w.VBox([w.HBox([self.term, self.by]), self.hit_count, self.hit_chart, self.hit_rows, pager["concordance"]]),
            w.VBox([w.HBox([self.country, self.other]), self.encounter_count, self.encounter_chart,
                    self.encounter_rows, pager["encounters"]])]).add_class("mp-tabs")
        self.tabs.titles = ("Concordance", "Encounters")
        left = w.VBox([self.tabs, w.HBox([save, self.status])], layout=w.Layout(width="60%"))
        side = w.VBox([self.article], layout=w.Layout(width="40%", padding="0 0 0 12px")).add_class("mp-side")
        self.view = w.VBox([w.HTML(STYLE), w.HBox([left, side])]).add_class("mp-explorer")
        self.search(term)
        self.choose(self.country.value, self.other.value)

    def _repr_mimebundle_(self, **kwargs):
        """The live widgets in JupyterLab; as plain text, what it holds and how to use it."""
        bundle = self.view._repr_mimebundle_(**kwargs)
        bundle["text/plain"] = (f"Explorer of {len(self.articles):,} articles and {len(self.events):,} encounters "
                                "(open this notebook in JupyterLab and run the cell to use it)")
        return bundle

    # -- concordance ---------------------------------------------------------------------------------

    def search(self, term: str) -> pd.DataFrame:
        """Show the concordance of `term` and its rates chart; return the concordance."""
        if self.term.value != term:
            self.term.value = term  # observed: this calls search again with the same term
            return self.hits
        try:
            # contexts are filled in for the lines shown (show_rows) and for the export
            self.hits = (explore.concordance(self.articles, term, width=0, index=self.index) if term.strip()
                         else self.hits.iloc[0:0])
        except ValueError as e:  # nothing of the last term stays to be exported under this one
            self.hits, self.rates = self.hits.iloc[0:0], pd.DataFrame()
            self.hit_count.value = f"<b>{html.escape(str(e))}</b>"
            self.show_chart("concordance", None)
            self.first["concordance"] = 0
            self.show_rows("concordance")
            return self.hits
        self.rates = explore.rates(self.articles, self.hits, self.by.value)
        self.show_chart("concordance", explore.rate_chart(self.rates, term.strip(), self.by.value, self.source,
                                                          len(self.hits)) if term.strip() else None)
        docs = self.hits["article_id"].nunique()
        self.hit_count.value = (f"<b>{len(self.hits):,}</b> line{'s' if len(self.hits) != 1 else ''} in "
                                f"<b>{docs:,}</b> of {len(self.articles):,} articles")
        self.first["concordance"] = 0
        self.show_rows("concordance")
        return self.hits

    def open_hit(self, i: int) -> str:
        """Show the article of concordance line `i` (0 = the first) with its hits marked, this one current."""
        row = self.hits.iloc[i]
        self.article.value = explore.article_html(self.articles, row["article_id"], self.term.value, int(row["start"]))
        return self.article.value

    # -- encounters ----------------------------------------------------------------------------------

    def choose(self, country: str, other: str = "") -> pd.DataFrame:
        """Show the encounters of `country` (alpha-3; with `other` only, when given) as a timeline and a table."""
        known = {code for _, code in self.country.options}
        unknown = [c for c in (country, other) if c not in known]
        if unknown:
            self.encounter_count.value = f"<b>no encounter of {html.escape(unknown[0])} in this corpus</b>"
            country = other = ""
        if not country:
            other = ""
        self.quiet = True  # the dropdowns follow without calling choose again
        try:
            self.country.value = country
            self.other.options = [("(any)", "")] + explore.partners(self.events, country)
            if other not in {code for _, code in self.other.options}:
                other = ""
            self.other.value = other
        finally:
            self.quiet = False
        self.encounters = (explore.encounters_of(self.events, self.articles, country, other) if country
                           else self.encounters.iloc[0:0])
        self.show_chart("encounters", explore.encounter_chart(self.encounters, country, self.source) if country else None)
        dated = int((self.encounters["start"] != "").sum())
        if country:
            self.encounter_count.value = (f"<b>{len(self.encounters):,}</b> encounter"
                                          f"{'s' if len(self.encounters) != 1 else ''}, {dated:,} dated")
        elif not unknown:
            self.encounter_count.value = "choose a country"
        self.first["encounters"] = 0
        self.show_rows("encounters")
        return self.encounters

    def open_encounter(self, i: int) -> str:
        """Show the article encounter `i` comes from, with its evidence sentence marked."""
        row = self.encounters.iloc[i]
        self.article.value = explore.article_html(self.articles, row["article_id"], evidence=row["evidence"])
        return self.article.value

    # -- shared --------------------------------------------------------------------------------------

    def show_chart(self, tab: str, fig) -> None:
        """Put a chart on screen (and keep it for the export)."""
        old = self.figures[tab]
        if old is not None:
            plt.close(old)
        self.figures[tab] = fig
        image = self.hit_chart if tab == "concordance" else self.encounter_chart
        image.value = png(fig) if fig is not None else b""
        if fig is not None:
            plt.close(fig)  # kept for export, never shown twice by the inline backend

    def row_pool(self, tab: str) -> list:
        """The PAGE rows of a tab (an 'open' button and a line each), made once and refilled for every
        page: a long session keeps the same widgets, in the kernel and in the browser."""
        if tab not in self.pools:
            pool = []
            for k in range(PAGE):
                button = w.Button(description="open", tooltip="show the article",
                                  layout=w.Layout(width="4.5em", min_width="4.5em", flex="0 0 auto"))
                button.on_click(lambda _, k=k, t=tab: self.open_hit(self.first[t] + k) if t == "concordance"
                                else self.open_encounter(self.first[t] + k))
                pool.append(w.HBox([button, w.HTML()], layout=w.Layout(display="none")).add_class("mp-row"))
            self.pools[tab] = pool
            note = w.HTML()
            (self.hit_rows if tab == "concordance" else self.encounter_rows).children = (*pool, note)
        return self.pools[tab]

    def show_rows(self, tab: str) -> None:
        """Show one page of concordance lines or encounters, each with an 'open' button."""
        at = self.first[tab]
        if tab == "concordance":  # the shown lines get their context here (searches find them without)
            table, n = explore.with_context(self.hits.iloc[at:at + PAGE], self.index, self.row_of), len(self.hits)
        else:
            table, n = self.encounters.iloc[at:at + PAGE], len(self.encounters)
        lines = [hit_line(row) if tab == "concordance" else encounter_line(row) for row in table.itertuples(index=False)]
        pool = self.row_pool(tab)
        for k, box in enumerate(pool):
            box.children[1].value = lines[k] if k < len(lines) else ""
            box.layout.display = "" if k < len(lines) else "none"
        note = (self.hit_rows if tab == "concordance" else self.encounter_rows).children[-1]
        note.value = f"<small>{f'lines {at + 1:,}–{at + len(lines):,} of {n:,}' if lines else 'nothing to show'}</small>"

    def shown_rows(self, tab: str) -> list:
        """The rows on screen (the pool's rows holding a line)."""
        return [box for box in self.row_pool(tab) if box.layout.display != "none"]

    def page(self, tab: str, step: int) -> None:
        """Show the next (+1) or previous (-1) page of a tab's rows."""
        n = len(self.hits if tab == "concordance" else self.encounters)
        self.first[tab] = min(max(0, self.first[tab] + step * PAGE), max(0, (n - 1) // PAGE * PAGE))
        self.show_rows(tab)

    def export(self, tab: str | None = None) -> list[Path]:
        """Write the table and chart of a tab (the one shown by default) into reports/explorer/."""
        tab = tab or ("concordance" if self.tabs.selected_index in (0, None) else "encounters")
        if tab == "concordance":
            name = f"concordance-{self.term.value.strip().replace('*', '-stem')}-by-{self.by.value}"
            lines = explore.with_context(self.hits, self.index, self.row_of)
            files = explore.export(lines, self.figures[tab], name, self.rates, self.folder)
        else:
            pair = "-".join(c for c in (self.country.value, self.other.value) if c)
            files = explore.export(self.encounters, self.figures[tab], f"encounters-{pair or 'none'}", None, self.folder)
        self.status.value = "wrote " + ", ".join(f"<code>{html.escape(p.name)}</code>" for p in files) + \
            f" in <code>{html.escape(str(files[0].parent))}</code>"
        return files

