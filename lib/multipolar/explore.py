"""The explorer's questions as plain functions on the corpus tables (explorer.py puts widgets on them).

- `concordance`: every hit of a word, a 'stem*' or a phrase, with its left and right context and what a
  citation needs (the article's title, date, site and address), in date order;
- `rates`: those hits per 1,000 words by year, site or outlet, with the articles and words behind each rate;
- `countries` and `encounters_of`: a country's encounters (with one other country, or all), each with
  its evidence sentence and the article it comes from;
- `article_html`: an article's cleaned text with the hits marked;
- `rate_chart` and `encounter_chart` in the house style, and `export` into reports/.

Each answer takes well under a second on 10,000 articles (benchmarks/bench_explore.py measures it).
"""
from __future__ import annotations

import html
from pathlib import Path

import pandas as pd

from . import plots
from .encounters import decimal_year
from .entities import country_name
from .paths import REPORTS
from .text import TextIndex, check_term, context, hit_rates, kwic

BY = ("year", "site", "outlet")
CONCORDANCE_COLUMNS = ["date", "site", "title", "left", "keyword", "right", "url", "outlet", "article_id", "start"]
ENCOUNTER_COLUMNS = ["start", "end", "type", "status", "counterpart", "host", "date_method", "evidence", "title",
                     "site", "url", "article_id", "event_id"]
MOST_GROUPS = 15  # bars or timeline rows a chart shows at most; the table holds them all


def concordance(articles: pd.DataFrame, term: str, width: int = 8, index: TextIndex | None = None) -> pd.DataFrame:
    """Every hit of `term` (a word, a 'stem*' or a phrase, any case) with `width` words either side,
    the article's title, date (its own, else its reference date), site, outlet and address; dated
    hits first, oldest first, then by article and position. `index` (a TextIndex of the articles'
    texts, built once) makes each search one fast scan."""
    check_term(term)
    if "*" in term.strip().rstrip("*"):
        raise ValueError(f"term {term.strip()!r}: a '*' stands for any ending, so only at the end of a term ('multipolar*')")
    hits = kwic(articles, term.strip(), width=width, index=index)
    order = hits.assign(undated=hits["date"] == "").sort_values(["undated", "date", "article_id", "start"], kind="stable")
    return order[CONCORDANCE_COLUMNS].reset_index(drop=True)


def with_context(hits: pd.DataFrame, index: TextIndex, row_of: dict[str, int], width: int = 8) -> pd.DataFrame:
    """Concordance lines found with width=0, given their `width` words either side (the explorer
    fills in only the lines it shows, and all of them when it exports); `row_of` maps an article id
    to its row in the index."""
    around = [context(index.texts[row_of[aid]], start, start + len(keyword), width)
              for aid, start, keyword in zip(hits["article_id"], hits["start"], hits["keyword"])]
    return hits.assign(left=[a[0] for a in around], right=[a[1] for a in around])


def group_labels(articles: pd.DataFrame, by: str) -> pd.Series:
    """Each article's group for `by` (year, site or outlet); an article without one is '(no site)' and
    so on, and an undated one has no year (it is left out of rates by year)."""
    if by not in BY:
        raise ValueError(f"rates go by one of {', '.join(BY)}, not {by!r}")
    values = articles[by].astype(str)
    return values if by == "year" else values.replace("", f"(no {by})")


def rates(articles: pd.DataFrame, hits: pd.DataFrame, by: str) -> pd.DataFrame:
    """Hits per 1,000 words of the concordance `hits` in each group of `by`, with the articles and
    words each rate rests on (every group is listed; by year, every year between the first and last;
    undated articles and their hits have no year)."""
    grouped = articles.assign(**{by: group_labels(articles, by)})
    grouped = grouped[grouped[by] != ""]
    table = hit_rates(grouped, hits["article_id"], by)  # hits of articles left out have no group
    if by == "year" and len(table):
        years = table.index.astype(int)
        table = table.set_axis(years).reindex(range(years.min(), years.max() + 1), fill_value=0)
        table["per_1000_words"] = table["per_1000_words"].astype("float64")
    return table.rename_axis(by).reset_index()


def rate_chart(table: pd.DataFrame, term: str, by: str, source: str, all_hits: int | None = None):
    """Bars of the rates table: by year on a continuous axis, by site or outlet the groups with the
    highest rates (at most MOST_GROUPS). The title states the finding with what it rests on: the
    hits, the group with the highest rate and its articles and words (a '(no site)' group is not
    named when another has hits), and the hits the chart cannot show (undated ones, by year)."""
    shown_hits = int(table["hits"].sum())
    total = shown_hits if all_hits is None else all_hits
    unplaced = total - shown_hits
    s = "s" if total != 1 else ""
    if shown_hits == 0:
        fig, ax = plots.figure(1.6)
        ax.set_axis_off()
        words = int(table["words"].sum())
        what = f"all {total:,} hit{s} are in undated articles" if total else f"no hits in {words:,} words"
        ax.text(0.5, 0.5, what, ha="center", va="center", fontsize=10, transform=ax.transAxes)
        title = (f"'{term}': {total:,} hit{s}, all in undated articles" if total else
                 f"'{term}' does not occur in {words:,} words of text")
        return plots.finish(fig, None, title, source=source)
    named = table[~table[by].astype(str).str.startswith("(no ")]
    pool = named if named["hits"].sum() > 0 else table
    peak = pool["per_1000_words"].idxmax()
    n_art = int(pool.loc[peak, "articles"])
    rests = f"{n_art:,} article{'s' if n_art != 1 else ''}, {int(pool.loc[peak, 'words']):,} words"
    undated = f" ({unplaced:,} more in undated articles)" if unplaced > 0 else ""
    title = (f"'{term}': {total:,} hit{s}{undated}; the highest rate is in {pool.loc[peak, by]}, "
             f"{pool.loc[peak, 'per_1000_words']:.2f} per 1,000 words ({rests})")
    if by == "year":
        shown = table.set_index("year")[["per_1000_words"]].rename(columns={"per_1000_words": term})
        return plots.years(shown, title, "hits per 1,000 words", source=source)
    shown = table.sort_values(["per_1000_words", by], ascending=[False, True], kind="stable").head(MOST_GROUPS)
    labels = plots.label_with_n(shown[by], shown["articles"], shown["words"])
    return plots.barh(pd.Series(shown["per_1000_words"].to_numpy(), index=labels), title, "hits per 1,000 words",
                      annotate="{:.2f}", source=source)


def countries(events: pd.DataFrame) -> list[tuple[str, str]]:
    """(label, alpha-3 code) of every country in the encounters, most encounters first:
    ('China (40 encounters)', 'CHN')."""
    counts = pd.concat([events["country_a"], events["country_b"]]).value_counts()
    counts = counts[counts.index != ""]
    named = sorted(((country_name(c), c, int(n)) for c, n in counts.items()), key=lambda r: (-r[2], r[0]))
    return [(f"{name} ({n} encounter{'s' if n != 1 else ''})", code) for name, code, n in named]


def partners(events: pd.DataFrame, country: str) -> list[tuple[str, str]]:
    """(label, alpha-3) of the countries `country` has encounters with, most first; all countries
    when `country` is empty."""
    if not country:
        return countries(events)
    mine = events[(events["country_a"] == country) | (events["country_b"] == country)]
    return countries(mine.assign(country_a=mine["country_a"].where(mine["country_a"] != country, ""),
                                 country_b=mine["country_b"].where(mine["country_b"] != country, "")))


def encounters_of(events: pd.DataFrame, articles: pd.DataFrame, country: str, other: str = "") -> pd.DataFrame:
    """The encounters of `country` (alpha-3), with `other` only when given, each with the other side's
    name, the host's, its evidence sentence and the article it comes from; dated ones first, oldest first."""
    mine = events[(events["country_a"] == country) | (events["country_b"] == country)]
    counterpart = mine["country_b"].where(mine["country_a"] == country, mine["country_a"])
    if other:
        mine, counterpart = mine[counterpart == other], counterpart[counterpart == other]
    source = articles.set_index("article_id")[["title", "site", "url"]]
    out = mine.assign(counterpart=counterpart.map(country_name),
                      host=mine["host"].map(lambda h: country_name(h) if h else ""))
    out = out.join(source, on="article_id")
    for col in ("title", "site", "url"):
        out[col] = out[col].fillna("").astype(str)
    out = out.assign(undated=out["start"] == "").sort_values(["undated", "start", "event_id"], kind="stable")
    return out[ENCOUNTER_COLUMNS].reset_index(drop=True)


def encounter_chart(table: pd.DataFrame, country: str, source: str):
    """A timeline of the dated encounters in an encounters_of table: one row per counterpart (the
    MOST_GROUPS with most encounters), coloured by type, planned ones hollow."""
    name = country_name(country)
    dated = table[table["start"] != ""]
    if dated.empty:
        fig, ax = plots.figure(1.6)
        ax.set_axis_off()
        ax.text(0.5, 0.5, "no dated encounter", ha="center", va="center", fontsize=10, transform=ax.transAxes)
        return plots.finish(fig, None, f"{name}: {len(table)} encounter{'s' if len(table) != 1 else ''}, none dated",
                            source=source)
    counts = dated["counterpart"].value_counts(sort=False).sort_index().sort_values(ascending=False, kind="stable")
    shown = dated[dated["counterpart"].isin(counts.index[:MOST_GROUPS])].assign(when=dated["start"].map(decimal_year))
    first, last = dated["start"].min()[:4], dated["start"].max()[:4]
    span = first if first == last else f"{first}–{last}"
    n = f"{len(dated)} dated encounter{'s' if len(dated) != 1 else ''}"
    if len(counts) == 1:
        title = f"{name} and {counts.index[0]}: {n}, {span}"
    else:
        title = f"{name}: {n} with {len(counts)} countries, {span}, most with {counts.index[0]} ({counts.iloc[0]})"
    return plots.timeline(shown, "when", "counterpart", "type", title, "date of the encounter (year)", "with",
                          legend="type", status="status", source=source)


def article_html(articles: pd.DataFrame, article_id: str, term: str = "", start: int | None = None,
                 evidence: str = "") -> str:
    """An article's cleaned text as HTML: its title (a link to its address when it has one), date,
    site and outlet, then its paragraphs with every hit of `term` marked, the hit at `start` the
    current one (class mp-current); with `evidence`, that sentence is marked (and current) instead."""
    rows = articles[articles["article_id"] == article_id]
    if rows.empty:
        return f"<p>No article {html.escape(article_id)} in this corpus.</p>"
    row = rows.iloc[0]
    text = str(row["text"])
    note = ""
    if evidence:  # an encounter told in several sentences keeps them joined by ' || '
        parts = [(text.find(part), part) for part in evidence.split(" || ")]
        spans = sorted((at, at + len(part)) for at, part in parts if at >= 0)
        start = spans[0][0] if spans else None
        if len(spans) < len(parts):
            note = "<p><i>(the evidence is not all in the article's text as stored)</i></p>"
    elif term.strip():
        spans = [(a, b) for _, a, b in TextIndex([text]).find(term.strip())]  # the concordance's own matching
    else:
        spans = []
    marked, last = [], 0
    for a, b in spans:
        current = ' class="mp-current"' if start is not None and a == start else ""
        marked += [html.escape(text[last:a]), f"<mark{current}>{html.escape(text[a:b])}</mark>"]
        last = b
    marked.append(html.escape(text[last:]))
    # a mark never spans paragraphs: close and reopen it at each line break
    body = "".join(marked)
    paragraphs = []
    for p in body.split("\n"):
        if p.count("<mark") > p.count("</mark>"):
            p += "</mark>"
        if p.count("</mark>") > p.count("<mark"):
            p = "<mark>" + p
        if p.strip():
            paragraphs.append(f"<p>{p}</p>")
    title = html.escape(str(row["title"]) or "(untitled)")
    if web_address(str(row.get("url", ""))):
        title = f'<a href="{html.escape(str(row["url"]), quote=True)}" target="_blank" rel="noopener">{title}</a>'
    date = row.get("published", "") or row.get("ref_date", "") or "undated"
    facts = " · ".join(html.escape(str(v)) for v in (date, row.get("site", "") or "(no site)", row.get("outlet", "")) if v)
    current = next((p for p in paragraphs if 'class="mp-current"' in p), "")
    excerpt = f'<blockquote class="mp-excerpt">{current}</blockquote>' if current else ""
    return (f'<div class="mp-article-text"><h3>{title}</h3><p><small>{facts} · {html.escape(article_id)}</small></p>'
            f"{note}{excerpt}{''.join(paragraphs)}</div>")


def web_address(url: str) -> bool:
    """True for an http(s) address, the only kind the explorer links to (not javascript: or file:)."""
    return url.lower().startswith(("http://", "https://"))


def export(table: pd.DataFrame, fig, name: str, chart_data: pd.DataFrame | None = None,
           folder: Path | None = None) -> list[Path]:
    """Write the table shown as <name>.csv and, with a chart, the chart as <name>-chart.png and .svg in
    the house style with the data behind it as <name>-chart.csv, under reports/explorer/; return the files."""
    folder = Path(folder) if folder is not None else REPORTS / "explorer"
    stem = plots.slug(name)
    written = plots.save(None, folder, stem, table)
    if fig is not None:
        written += plots.save(fig, folder, f"{stem}-chart", chart_data if chart_data is not None else table)
    return written
