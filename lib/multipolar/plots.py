"""The house style for charts, the chart types the notebooks use, and figure export (PNG + SVG + CSV).

Every chart is made for a report: a title that states the finding, labelled axes with units, a source
line, the Okabe–Ito colour-blind-safe palette, sized for a printed column. `publish` names a figure and,
when exporting, writes it reproducibly (fixed metadata, no dates) with the data behind it.
"""
from __future__ import annotations

import json
import os
import re
import textwrap
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import networkx as nx
import pandas as pd
import seaborn as sns

# Okabe & Ito (2008), the palette most colour-vision deficiencies can tell apart.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
SEQUENTIAL = "mako_r"          # perceptually uniform, monotonic in lightness: safe in grey and for CVD
WIDTH = 6.5                    # inches: one report column at print size
FONT = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"   # ships with matplotlib
EXPORT_ENV = "MULTIPOLAR_FIGURES"
SOURCE = "Source: multipolar corpus (data/raw)"
_state = {"notebook": "figures", "source": SOURCE, "export": None}


def source_line(articles: pd.DataFrame, most: int = 3) -> str:
    """The source line under every chart: the sites the pages come from (most articles first), the
    years the articles date from, and how many pages and articles there are."""
    sites = articles["site"].replace("", "unknown site").value_counts(sort=False)
    sites = sites.sort_index().sort_values(ascending=False, kind="stable")
    more = len(sites) - most
    names = ", ".join(sites.index[:most]) + (f" and {more} more site{'s' if more > 1 else ''}" if more > 0 else "")
    years = sorted(y for y in articles.get("year", pd.Series(dtype=str)).astype(str) if y)
    span = (f", dated {years[0]}–{years[-1]}" if years[0] != years[-1] else f", dated {years[0]}") if years else ""
    return (f"Source: {names}{span}; {articles['source_file'].nunique()} pages, {len(articles)} articles "
            "(multipolar corpus)")


def setup(notebook: str, articles: pd.DataFrame | None = None, export: str | Path | None = None) -> None:
    """Apply the house style and name the notebook whose figures follow (export dir from $MULTIPOLAR_FIGURES)."""
    style()
    _state["notebook"] = notebook
    if articles is not None:
        _state["source"] = source_line(articles)
    _state["export"] = Path(export) if export else (Path(os.environ[EXPORT_ENV]) if os.environ.get(EXPORT_ENV) else None)


def style() -> None:
    """One style for every chart: seaborn whitegrid, Okabe–Ito colours, fonts legible at column width."""
    sns.set_theme(context="paper", style="whitegrid", palette=PALETTE, font="DejaVu Sans", rc={
        "figure.figsize": (WIDTH, 3.8), "figure.dpi": 100, "savefig.dpi": 300,
        "font.size": 9, "axes.titlesize": 10.5, "axes.titleweight": "bold", "axes.titlelocation": "left",
        "axes.labelsize": 9, "xtick.labelsize": 8.5, "ytick.labelsize": 8.5, "legend.fontsize": 8.5,
        "legend.title_fontsize": 8.5, "axes.spines.top": False, "axes.spines.right": False,
        "svg.hashsalt": "multipolar", "svg.fonttype": "path", "image.cmap": SEQUENTIAL})


SOURCE_SPACE = 0.36  # inches kept free under the chart for the source line (two lines)


def figure(height: float = 3.8, width: float = WIDTH, **kwargs) -> tuple[plt.Figure, plt.Axes]:
    """A new figure of report-column width with constrained layout, a strip at the bottom kept for
    the source line (so a figure is saved at exactly its width, never wider)."""
    fig, ax = plt.subplots(figsize=(width, height + SOURCE_SPACE), layout="constrained", **kwargs)
    fig.get_layout_engine().set(rect=(0, SOURCE_SPACE / (height + SOURCE_SPACE), 1, 1 - SOURCE_SPACE / (height + SOURCE_SPACE)))
    return fig, ax


def wrap(text: str, width: int = 70) -> str:
    """Wrap a long title or caption onto several lines."""
    return "\n".join(textwrap.wrap(text, width))


def finish(fig: plt.Figure, ax: plt.Axes | None, title: str, xlabel: str | None = None,
           ylabel: str | None = None, source: str | None = None) -> plt.Figure:
    """Title stating the finding, axis labels with units, and a source line under the chart."""
    if ax is not None:
        if xlabel is not None:
            ax.set_xlabel(xlabel)
        if ylabel is not None:
            ax.set_ylabel(ylabel)
    # A figure title, flush with the figure's left edge: an axes title starts at the axes and runs off
    # the page when a legend or long tick labels push the axes right.
    fig.suptitle(wrap(title), x=0.01, ha="left", fontweight="bold", fontsize=10.5)
    fig.text(0.01, 0.03 / fig.get_figheight(), wrap(source or _state["source"], 125), ha="left", va="bottom",
             fontsize=7, color="#555555", transform=fig.transFigure)
    return fig


def barh(values: pd.Series, title: str, xlabel: str, ylabel: str = "", color: str = PALETTE[0],
         annotate: str = "{:,.0f}", height: float | None = None, source: str | None = None) -> plt.Figure:
    """Horizontal bars, largest on top, each labelled with its value."""
    values = values.sort_values(kind="stable")
    fig, ax = figure(height or max(2.2, 0.28 * len(values) + 1.2))
    ax.barh([str(i) for i in values.index], values.to_numpy(), color=color)
    for y, v in enumerate(values.to_numpy()):
        ax.text(v, y, " " + annotate.format(v), va="center", fontsize=8)
    ax.grid(axis="y", visible=False)
    ax.margins(x=0.12)
    return finish(fig, ax, title, xlabel, ylabel, source)


def stacked_bars(table: pd.DataFrame, title: str, xlabel: str, ylabel: str, legend: str = "",
                 horizontal: bool = False) -> plt.Figure:
    """Stacked bars: one bar per row of `table`, one colour per column."""
    fig, ax = figure(max(2.6, 0.32 * len(table) + 1.4) if horizontal else 3.8)
    table.plot(kind="barh" if horizontal else "bar", stacked=True, ax=ax, width=0.8,
               color=PALETTE[:table.shape[1]], edgecolor="white", linewidth=0.5)
    if horizontal:
        ax.invert_yaxis()
        ax.grid(axis="y", visible=False)
    else:
        ax.tick_params(axis="x", rotation=0)
        ax.grid(axis="x", visible=False)
    ax.legend(title=legend, frameon=False, loc="best")
    return finish(fig, ax, title, xlabel, ylabel)


def grouped_bars(table: pd.DataFrame, title: str, xlabel: str, ylabel: str, legend: str = "") -> plt.Figure:
    """Horizontal grouped bars: one group per row of `table`, one colour per column."""
    fig, ax = figure(max(2.8, 0.22 * table.size + 1.4))
    table.plot(kind="barh", ax=ax, width=0.8, color=PALETTE[:table.shape[1]], edgecolor="white", linewidth=0.5)
    ax.invert_yaxis()
    ax.grid(axis="y", visible=False)
    if len(table) >= 10:  # a long chart has no free corner: the legend goes above the bars, at their right
        ax.legend(title=legend, frameon=False, loc="lower right", bbox_to_anchor=(1.0, 1.0), fontsize=8)
    else:
        ax.legend(title=legend, frameon=False, loc="lower right")
    return finish(fig, ax, title, xlabel, ylabel)


PANEL_TITLE_WIDTH = 60  # characters of 9 pt panel titles across a report column, shared by the panels of a row


def facet_barh(table: pd.DataFrame, facet: str, label: str, value: str, title: str, xlabel: str,
               ncols: int = 2) -> plt.Figure:
    """Small multiples of horizontal bars: one panel per value of `facet`, largest bar on top."""
    groups = list(dict.fromkeys(table[facet]))
    nrows = -(-len(groups) // ncols)
    fig, axes = figure(2.1 * nrows + 0.8, ncols=ncols, nrows=nrows, squeeze=False)
    for i, (ax, g) in enumerate(zip(axes.flat, groups)):
        sub = table[table[facet] == g].sort_values(value)
        ax.barh(sub[label].astype(str), sub[value], color=PALETTE[i % len(PALETTE)])
        ax.set_title(wrap(str(g), PANEL_TITLE_WIDTH // ncols), fontsize=9, fontweight="normal")
        ax.grid(axis="y", visible=False)
        ax.set_xlabel(xlabel)
    for ax in list(axes.flat)[len(groups):]:
        ax.set_axis_off()
    return finish(fig, None, title)


def heatmap(matrix: pd.DataFrame, title: str, xlabel: str, ylabel: str, colorbar: str,
            fmt: str = ".1f", height: float | None = None) -> plt.Figure:
    """Annotated heatmap in the sequential palette; the colour bar says what the numbers are (whole
    numbers only, for counts: fmt 'd')."""
    from matplotlib.ticker import MaxNLocator

    fig, ax = figure(height or max(2.6, 0.34 * len(matrix) + 1.6))
    ticks = {"ticks": MaxNLocator(integer=True)} if fmt == "d" else {}
    sns.heatmap(matrix, annot=True, fmt=fmt, cmap=SEQUENTIAL, linewidths=0.5, linecolor="white",
                cbar_kws={"label": colorbar, "shrink": 0.8, **ticks}, annot_kws={"fontsize": 7.5}, ax=ax)
    ax.tick_params(axis="x", rotation=30)
    ax.tick_params(axis="y", rotation=0)
    plt.setp(ax.get_xticklabels(), ha="right", rotation_mode="anchor")
    return finish(fig, ax, title, xlabel, ylabel)


def timeline(points: pd.DataFrame, x: str, y: str, hue: str, title: str, xlabel: str, ylabel: str,
             legend: str = "", status: str | None = None, source: str | None = None) -> plt.Figure:
    """Dots on a continuous time axis, one row per category, coloured and shaped by `hue`; with
    `status`, planned encounters are drawn hollow and held ones filled."""
    fig, ax = figure(max(2.6, 0.3 * points[y].nunique() + 1.4))
    kinds = sorted(points[hue].unique())
    markers = dict(zip(kinds, "osD^vP*X"))
    for i, kind in enumerate(kinds):
        sub = points[points[hue] == kind]
        planned = (sub[status] == "planned") if status else pd.Series(False, index=sub.index)
        colour = PALETTE[i % len(PALETTE)]
        ax.scatter(sub.loc[~planned, x], sub.loc[~planned, y], s=36, color=colour, marker=markers[kind], label=kind,
                   alpha=0.85, edgecolor="white", linewidth=0.5, zorder=3)
        if planned.any():
            ax.scatter(sub.loc[planned, x], sub.loc[planned, y], s=36, facecolor="none", edgecolor=colour,
                       marker=markers[kind], linewidth=1.2, zorder=3)
    if status and (points[status] == "planned").any():
        ax.scatter([], [], s=36, facecolor="none", edgecolor="#555555", marker="o", label="planned (hollow)")
    ax.legend(title=legend, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.grid(axis="y", visible=False)
    return finish(fig, ax, title, xlabel, ylabel, source)


def years(table: pd.DataFrame, title: str, ylabel: str, legend: str = "", xlabel: str = "year",
          source: str | None = None) -> plt.Figure:
    """Stacked bars on a continuous year axis (rows are years, columns the stacked groups): a year
    with nothing is a visible gap, not a missing category."""
    from matplotlib.ticker import MaxNLocator

    fig, ax = figure(3.4)
    table = table.copy()
    table.index = table.index.astype(int)
    bottom = pd.Series(0.0, index=table.index)
    for i, col in enumerate(table.columns):
        ax.bar(table.index, table[col], bottom=bottom, width=0.8, color=PALETTE[i % len(PALETTE)], label=str(col),
               edgecolor="white", linewidth=0.5)
        bottom += table[col]
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlim(table.index.min() - 1, table.index.max() + 1)
    ax.grid(axis="x", visible=False)
    if table.shape[1] > 1:
        ax.legend(title=legend, frameon=False, loc="upper left")
    return finish(fig, ax, title, xlabel, ylabel, source)


def label_with_n(labels, articles, words) -> list[str]:
    """Row labels carrying the evidence behind a rate: 'Site A (12 articles, 19,575 words)'."""
    return [f"{lab} ({a} article{'s' if a != 1 else ''}, {w:,} words)" for lab, a, w in zip(labels, articles, words)]


def network(edges: pd.DataFrame, title: str, kind_of: dict[str, str] | None = None, seed: int = 7,
            height: float = 5.2, centre: str | None = None) -> plt.Figure:
    """A weighted network (seeded ForceAtlas2, or `centre` in the middle of a ring); width by weight, colour by kind."""
    g = nx.Graph()
    for a, b, w in edges[["source", "target", "weight"]].itertuples(index=False):
        g.add_edge(a, b, weight=float(w))
    fig, ax = figure(height)
    # ForceAtlas2 with gravity keeps disconnected groups on the page; node_size stops labels piling up.
    if centre is not None:
        pos = nx.shell_layout(g, nlist=[[centre], sorted(n for n in g if n != centre)])
    else:
        pos = nx.forceatlas2_layout(g, seed=seed, max_iter=500, gravity=2.0, scaling_ratio=6.0,
                                    node_size=dict.fromkeys(g, 0.6))
    kinds = sorted(set((kind_of or {}).get(n, "") for n in g))
    colours = {k: PALETTE[i % len(PALETTE)] for i, k in enumerate(kinds)}
    widths = [0.6 + 3.0 * d["weight"] / max(edges["weight"].max(), 1) for *_, d in g.edges(data=True)]
    nx.draw_networkx_edges(g, pos, width=widths, edge_color="#999999", alpha=0.6, ax=ax)
    strength = dict(g.degree(weight="weight"))
    top = max(strength.values(), default=1) or 1
    nx.draw_networkx_nodes(g, pos, node_size=[80 + 900 * strength[n] / top for n in g],
                           node_color=[colours[(kind_of or {}).get(n, "")] for n in g], alpha=0.9, ax=ax)
    nx.draw_networkx_labels(g, pos, font_size=7.5, ax=ax)
    if kind_of:
        for k in kinds:
            ax.scatter([], [], color=colours[k], label=k, s=40)
        ax.legend(frameon=False, loc="lower left", fontsize=8)
    ax.set_axis_off()
    return finish(fig, ax, title)


def wordcloud(frequencies: dict[str, float], title: str, side: dict[str, str], seed: int = 42,
              max_words: int = 80) -> plt.Figure:
    """A word cloud that shows a contrast: each word coloured by the side it belongs to (`side`: word
    → label, e.g. the group a keyness split finds it over-used in), with a legend; drawn with a fresh
    seeded WordCloud and matplotlib's bundled DejaVu Sans font."""
    from matplotlib.patches import Patch
    from wordcloud import WordCloud

    labels = list(dict.fromkeys(side[w] for w in frequencies))
    colour = {lab: PALETTE[i % len(PALETTE)] for i, lab in enumerate(labels)}
    cloud = WordCloud(width=1300, height=700, background_color="white", random_state=seed, max_words=max_words,
                      font_path=str(FONT), collocations=False, prefer_horizontal=0.95, relative_scaling=0.5,
                      color_func=lambda word, **_: colour[side[word]]).generate_from_frequencies(frequencies)
    fig, ax = figure(3.7)
    ax.imshow(cloud.to_array(), interpolation="bilinear")
    ax.set_axis_off()
    ax.legend(handles=[Patch(color=colour[lab], label=lab) for lab in labels], frameon=False, loc="upper left",
              bbox_to_anchor=(0.0, 0.0), ncols=len(labels), fontsize=8)
    return finish(fig, ax, title)


def slug(name: str) -> str:
    """A file-name-safe figure name."""
    return re.sub(r"-{2,}", "-", "".join(c if c.isalnum() or c in "-_" else "-" for c in name.lower())).strip("-")


def title_of(fig: plt.Figure) -> str:
    """The title a chart states its finding in (axes title at any location, else the figure's), on one line."""
    titles = [fig._suptitle.get_text()] if fig._suptitle is not None else []
    titles += [ax.get_title(loc=loc) for ax in fig.axes for loc in ("left", "center", "right")]
    return " ".join(next((t for t in titles if t), "").split())


def tidy(data: pd.DataFrame | pd.Series) -> pd.DataFrame:
    """The data behind a chart as a plain table: the index, if it means something, as named columns."""
    frame = data.to_frame() if isinstance(data, pd.Series) else data
    if isinstance(frame.index, pd.RangeIndex):
        return frame
    names = [n if n is not None else ("label" if frame.index.nlevels == 1 else f"label_{i}")
             for i, n in enumerate(frame.index.names)]
    frame = frame.rename_axis(names)
    frame.columns = [" ".join(map(str, c)) if isinstance(c, tuple) else str(c) for c in frame.columns]
    return frame.reset_index()


def save(fig: plt.Figure | None, folder: Path, stem: str, data: pd.DataFrame | pd.Series) -> list[Path]:
    """Write a chart as <stem>.png (300 dpi, exactly the figure's width) and .svg, reproducibly (no
    dates, fixed SVG ids), and the data behind it as <stem>.csv; return the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    if fig is not None:
        fig.savefig(folder / f"{stem}.png", dpi=300, metadata={"Software": None})
        with plt.rc_context({"svg.hashsalt": "multipolar"}):
            fig.savefig(folder / f"{stem}.svg", metadata={"Date": None})
        written += [folder / f"{stem}.png", folder / f"{stem}.svg"]
    tidy(data).to_csv(folder / f"{stem}.csv", index=False, lineterminator="\n")
    return written + [folder / f"{stem}.csv"]


def publish(fig: plt.Figure, name: str, caption: str, data: pd.DataFrame | pd.Series) -> None:
    """Print the figure's title and caption (so that a rerun that changes them shows in the text
    nbval compares); when exporting, write <notebook>/<name>.png (300 dpi, exactly the figure's
    width), .svg and the data as .csv."""
    print(f"Figure {slug(name)}: {title_of(fig)}\n{caption}")
    out = _state["export"]
    if out is None:
        return
    folder = Path(out) / _state["notebook"]
    stem = slug(name)
    save(fig, folder, stem, data)
    manifest = folder / "figures.json"
    entries = json.loads(manifest.read_text()) if manifest.exists() else []
    entries = [e for e in entries if e["name"] != stem] + [{"name": stem, "caption": caption, "title": title_of(fig)}]
    manifest.write_text(json.dumps(entries, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
