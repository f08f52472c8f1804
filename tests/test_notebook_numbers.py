"""Every number the prose of a notebook states is one its cells print as text, so that nbval, which
compares text outputs, checks it on every rerun (chart titles are printed by plots.publish).

Left aside: years, notebook numbers ('notebook 05'), section numbers in headings and in the
contents line, ordinals ('75th'), units ('per 1,000 words'), and anything inside `code`. Numbers
written as words are not checked, so the prose writes statistics in digits.
"""
import re

import nbformat
import pytest

from multipolar.export import notebooks
from multipolar.paths import NOTEBOOKS

NUMBER = re.compile(r"(?<![\w.,/-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(%|\s?per\s?cent)?(?![\w/])")
UNIT = re.compile(r"per 1,000 words|per 1,000|1,000 words", re.I)


def normal(number: str) -> str:
    """A number as a comparable token: no thousands separators, no trailing decimal zeros."""
    n = number.replace(",", "")
    if "." in n:
        n = n.rstrip("0").rstrip(".")
    return n


def prose_numbers(markdown: str) -> list[str]:
    """The numbers a Markdown cell states, with what is left aside removed."""
    kept = []
    for line in markdown.splitlines():
        if line.lstrip().startswith("#") or line.startswith("**Contents.**"):
            continue
        line = re.sub(r"`[^`]*`", " ", line)
        line = re.sub(r"\]\([^)]*\)", "]", line)  # link targets
        line = UNIT.sub(" ", line)
        line = re.sub(r"\bnotebooks? (?:\d\d(?:,? (?:and )?| to |–))+", " ", line)
        for m in NUMBER.finditer(line):
            raw = m.group(1)
            value = normal(raw)
            after = line[m.end():m.end() + 3]
            if re.match(r"(?:st|nd|rd|th|s)\b", after):  # ordinals and decades
                continue
            if re.fullmatch(r"(1[5-9]|20)\d\d", value) and "," not in raw:  # a year
                continue
            if re.fullmatch(r"0\d", raw):  # a notebook number
                continue
            kept.append(value)
    return kept


def output_numbers(nb) -> set[str]:
    """Every number the notebook's code cells print as text (streams and text/plain results)."""
    texts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.output_type == "stream":
                texts.append(out.text)
            elif "data" in out and "text/plain" in out.data:
                texts.append(out.data["text/plain"])
    return {normal(m.group(1)) for t in texts for m in NUMBER.finditer(t)} | \
           {normal(m.group(0)) for t in texts for m in re.finditer(r"\d+(?:\.\d+)?", t)}


@pytest.mark.parametrize("path", notebooks(NOTEBOOKS), ids=lambda p: p.stem)
def test_every_number_in_the_prose_is_printed_by_a_cell(path):
    nb = nbformat.read(path, as_version=4)
    printed = output_numbers(nb)
    missing = [(i, n) for i, c in enumerate(nb.cells) if c.cell_type == "markdown"
               for n in prose_numbers(c.source) if n not in printed]
    assert not missing, f"numbers in the prose that no cell prints (cell, number): {missing}"


@pytest.mark.parametrize("text, numbers", [
    ("The RIAC essay has 26 hits in 3,620 words (7.2 per 1,000 words), 66% of them in 2024.", ["26", "3620", "7.2", "66"]),
    ("Notebook 05 and the 75th anniversary in the 1990s; `--workers 2`; see [x](a/01_b.ipynb).", []),
    ("## 3 China–Russia summitry", []),
])
def test_prose_numbers_are_read_as_a_reader_would(text, numbers):
    assert prose_numbers(text) == numbers
