"""Figure export: house style, PNG (300 dpi) + SVG + CSV per figure, an index, byte-identical reruns."""
import hashlib
import json
import shutil
import struct

import matplotlib

matplotlib.use("Agg")
import nbformat  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from multipolar import plots  # noqa: E402
from multipolar.export import export_all, index_markdown  # noqa: E402
from multipolar.paths import NOTEBOOKS  # noqa: E402


def png_dpi(path) -> float:
    """Dots per inch from a PNG's pHYs chunk."""
    data = path.read_bytes()
    i = data.index(b"pHYs")
    ppm_x = struct.unpack(">I", data[i + 4:i + 8])[0]
    return round(ppm_x * 0.0254)


def digests(folder) -> dict:
    """SHA-256 of every file under a folder, by relative path."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def draw_all(out):
    """One chart of each kind, published into `out`."""
    plots.setup("99_test", export=out)
    s = pd.Series({"a": 3, "b": 5, "c": 1})
    t = pd.DataFrame({"x": [1, 2], "y": [3, 0]}, index=["p", "q"])
    edges = pd.DataFrame({"source": ["A", "A", "B"], "target": ["B", "C", "C"], "weight": [3, 1, 2]})
    facets = pd.DataFrame({"g": ["u", "u", "v"], "w": ["k", "l", "m"], "v": [1.0, 2.0, 3.0]})
    points = pd.DataFrame({"t": [2010.5, 2024.1, 2024.6], "pair": ["A – B", "A – C", "A – C"],
                           "type": ["visit", "meeting", "meeting"], "status": ["held", "held", "planned"]})
    per_year = pd.DataFrame({"site A": [2, 0, 1], "site B": [1, 1, 0]}, index=["2010", "2014", "2024"])
    figs = {"bars": plots.barh(s, "b leads", "count", "letter"),
            "stacked": plots.stacked_bars(t, "p leads", "row", "count"),
            "grouped": plots.grouped_bars(t, "p leads", "count", "row"),
            "heat": plots.heatmap(t, "p–y is the hottest cell", "column", "row", "count"),
            "facets": plots.facet_barh(facets, "g", "w", "v", "each group differs", "value"),
            "timeline": plots.timeline(points, "t", "pair", "type", "three encounters", "year", "pair", status="status"),
            "years": plots.years(per_year, "2010 leads", "articles", legend="site"),
            "network": plots.network(edges, "A is the hub", {"A": "x", "B": "y", "C": "y"}),
            "cloud": plots.wordcloud({"multipolar": 9, "world": 7, "order": 4, "brics": 3}, "world leads",
                                     side={"multipolar": "left", "world": "left", "order": "right", "brics": "right"})}
    for name, fig in figs.items():
        plots.publish(fig, name, f"caption of {name}", s)
        matplotlib.pyplot.close(fig)
    return figs


def test_each_chart_kind_exports_png_svg_csv_and_manifest(tmp_path):
    draw_all(tmp_path)
    folder = tmp_path / "99_test"
    manifest = json.loads((folder / "figures.json").read_text())
    assert [e["name"] for e in manifest][:3] == ["bars", "stacked", "grouped"] and len(manifest) == 9
    for e in manifest:
        assert png_dpi(folder / f"{e['name']}.png") == 300
        assert (folder / f"{e['name']}.svg").read_text().startswith("<?xml")
        assert "Date" not in (folder / f"{e['name']}.svg").read_text()[:600]
        assert pd.read_csv(folder / f"{e['name']}.csv").shape[0] == 3
    md = index_markdown(tmp_path, ["99_test"])
    assert "caption of heat" in md and "99_test/heat.svg" in md and "99_test/heat.csv" in md


def test_exports_are_byte_identical_across_runs(tmp_path):
    draw_all(tmp_path / "one")
    draw_all(tmp_path / "two")
    one, two = digests(tmp_path / "one"), digests(tmp_path / "two")
    assert one == two and len(one) == 9 * 3 + 1


def png_size(path) -> tuple[int, int]:
    """Width and height in pixels from a PNG's IHDR chunk."""
    data = path.read_bytes()
    return struct.unpack(">II", data[16:24])


def test_every_exported_figure_is_at_most_a_report_column_wide(tmp_path):
    draw_all(tmp_path)
    for png in (tmp_path / "99_test").glob("*.png"):
        width, _ = png_size(png)
        assert width / 300 <= plots.WIDTH + 1e-6, (png.name, width / 300)


def test_publish_prints_title_and_caption(tmp_path, capsys):
    plots.setup("97_print", export=tmp_path)
    fig = plots.barh(pd.Series({"a": 3, "b": 5}), "b leads with 5", "count")
    plots.publish(fig, "lead", "Counts by letter.", pd.Series({"a": 3, "b": 5}))
    assert capsys.readouterr().out == "Figure lead: b leads with 5\nCounts by letter.\n"
    assert list(pd.read_csv(tmp_path / "97_print" / "lead.csv").columns) == ["label", "0"]


def test_planned_encounters_are_drawn_hollow():
    points = pd.DataFrame({"t": [2024.1, 2024.6], "pair": ["A – C", "A – C"], "type": ["meeting", "meeting"],
                           "status": ["held", "planned"]})
    fig = plots.timeline(points, "t", "pair", "type", "t", "year", "pair", status="status")
    faces = [c.get_facecolors() for c in fig.axes[0].collections if len(c.get_offsets())]
    assert len(faces) == 2 and faces[0][0][3] > 0 and (len(faces[1]) == 0 or faces[1][0][3] == 0)


def test_source_line_names_sites_and_years():
    arts = pd.DataFrame({"site": ["B", "A", "A", ""], "year": ["2010", "2024", "", "2014"],
                         "source_file": ["p1", "p2", "p2", "p3"], "article_id": list("wxyz")})
    assert plots.source_line(arts) == ("Source: A, B, unknown site, dated 2010–2024; 3 pages, 4 articles "
                                       "(multipolar corpus)")


def test_png_carries_no_software_or_date(tmp_path):
    draw_all(tmp_path)
    data = (tmp_path / "99_test" / "bars.png").read_bytes()
    assert b"Software" not in data and b"Creation Time" not in data


def test_every_chart_has_title_labels_and_source_line(tmp_path):
    figs = draw_all(tmp_path)
    for name, fig in figs.items():
        texts = [t.get_text() for t in fig.texts]
        assert any(t.startswith("Source:") for t in texts), name
        assert plots.title_of(fig), name
    ax = figs["bars"].axes[0]
    assert ax.get_xlabel() == "count" and ax.get_ylabel() == "letter"


def test_notebook_export_end_to_end_is_reproducible(tmp_path):
    """Run a real notebook through the exporter twice: same files, byte for byte, and an index."""
    nb_dir = tmp_path / "nb"
    nb_dir.mkdir()
    shutil.copy(NOTEBOOKS / "00_corpus_overview.ipynb", nb_dir)
    index1 = export_all(nb_dir, tmp_path / "a", executed=None, progress=lambda m: None)
    export_all(nb_dir, tmp_path / "b", executed=None, progress=lambda m: None)
    a, b = digests(tmp_path / "a"), digests(tmp_path / "b")
    assert a == b
    pngs = [k for k in a if k.endswith(".png")]
    assert len(pngs) >= 2 and all(k.startswith("00_corpus_overview/") for k in pngs)
    assert {k[:-4] + ".svg" for k in pngs} <= set(a) and {k[:-4] + ".csv" for k in pngs} <= set(a)
    assert "## 00_corpus_overview" in index1.read_text()


def test_setup_reads_export_folder_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(plots.EXPORT_ENV, str(tmp_path))
    plots.setup("98_env")
    fig = plots.barh(pd.Series({"a": 1}), "t", "x")
    plots.publish(fig, "One Figure!", "c", pd.Series({"a": 1}))
    assert (tmp_path / "98_env" / "one-figure.png").exists()
    monkeypatch.delenv(plots.EXPORT_ENV)
    plots.setup("98_env")
    plots.publish(fig, "two", "c", pd.Series({"a": 1}))
    assert not (tmp_path / "98_env" / "two.png").exists()


@pytest.fixture(autouse=True)
def _reset_plot_state():
    yield
    plots.setup("figures", export=None)
    matplotlib.pyplot.close("all")


def test_a_failing_notebook_gives_one_line_naming_it(tmp_path, capsys):
    from multipolar.cli import main
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("import multipolar\n1 / 0")])
    nbformat.write(nb, tmp_path / "07_broken.ipynb")
    assert main(["figures", "--notebooks", str(tmp_path), "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "07_broken.ipynb" in err[0] and "ZeroDivisionError" in err[0]


def test_no_notebooks_is_a_clear_error(tmp_path, capsys):
    from multipolar.cli import main
    assert main(["figures", "--notebooks", str(tmp_path)]) == 1
    assert "no numbered notebooks" in capsys.readouterr().err
