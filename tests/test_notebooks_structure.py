"""The notebooks as documents: question and answer on top, narrative, no inline helpers, stored outputs, figures."""
import re
import sys

import nbformat
import pytest

from multipolar.export import notebooks
from multipolar.paths import NOTEBOOKS, ROOT

PATHS = notebooks(NOTEBOOKS)
ANALYSIS = [p for p in PATHS if not p.stem.startswith(("00_", "05_"))]


def words(nb) -> int:
    """Words of narrative: markdown cells, headings included."""
    return sum(len(re.findall(r"[A-Za-z][\w'’-]*", c.source)) for c in nb.cells if c.cell_type == "markdown")


def test_seven_numbered_notebooks():
    assert [p.stem[:2] for p in PATHS] == ["00", "01", "02", "03", "04", "05", "06"]


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_opens_with_question_and_answer(path):
    nb = nbformat.read(path, as_version=4)
    first = nb.cells[0]
    assert first.cell_type == "markdown" and first.source.startswith("# ")
    assert "**Question.**" in first.source and "**Answer in short.**" in first.source
    assert "TODO" not in "".join(c.source for c in nb.cells)


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_enough_narrative(path):
    assert words(nbformat.read(path, as_version=4)) >= 250


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_imports_the_library_and_defines_no_helpers(path):
    nb = nbformat.read(path, as_version=4)
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    assert "import multipolar" in code
    assert not re.search(r"^\s*(def|class) ", code, re.M), "helpers belong in lib/multipolar"
    assert f'plots.setup("{path.stem}"' in code, "figures are exported under the notebook's own name"


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_stored_outputs_with_execution_counts(path):
    nb = nbformat.read(path, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert [c.execution_count for c in code] == list(range(1, len(code) + 1)), "run top to bottom on a fresh kernel"
    assert all(o.output_type != "error" for c in code for o in c.outputs)
    text = nbformat.writes(nb)
    assert str(ROOT) not in text and sys.prefix not in text and "/home/" not in text, "no machine paths"
    assert not re.search(r"0x[0-9a-f]{8,}", text), "no memory addresses"


@pytest.mark.parametrize("path", ANALYSIS, ids=lambda p: p.stem)
def test_analysis_notebooks_publish_two_charts_or_more(path):
    nb = nbformat.read(path, as_version=4)
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    assert code.count("plots.publish(") >= 2
