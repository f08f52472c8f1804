"""Execute the notebooks on a fresh kernel and export their figures, with an index of captions and data."""
from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

from .paths import FIGURES, NOTEBOOKS, REPORTS
from .plots import EXPORT_ENV

EXECUTED = REPORTS / "notebooks"
TIMEOUT = 600


class NotebookFailed(RuntimeError):
    """A notebook stopped on an error: the message names the file and the error."""


def notebooks(folder: Path = NOTEBOOKS) -> list[Path]:
    """The numbered notebooks of a folder, in order."""
    return sorted(p for p in Path(folder).glob("[0-9][0-9]_*.ipynb"))


def this_environment_kernel():
    """A KernelManager class whose kernel is *this* Python environment, whatever kernelspecs the user has installed."""
    from jupyter_client.kernelspec import KernelSpec
    from jupyter_client.manager import KernelManager

    class ThisEnvironmentKernel(KernelManager):
        @property
        def kernel_spec(self):
            return KernelSpec(argv=[sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}",
                                    "--IPKernelApp.log_level=ERROR"],  # no TCP-encryption notice per notebook
                              display_name="Python 3 (multipolar)", language="python")

    return ThisEnvironmentKernel


def execute(path: Path, figures: Path | None = None):
    """Run one notebook top to bottom on a fresh kernel (in its own folder); return the executed notebook."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    previous = os.environ.get(EXPORT_ENV)
    if figures is not None:
        os.environ[EXPORT_ENV] = str(Path(figures).resolve())
    try:
        # store_widget_state=False: the explorer's widget state (its chart images) is live state, not a result
        NotebookClient(nb, kernel_manager_class=this_environment_kernel(), timeout=TIMEOUT, record_timing=False,
                       store_widget_state=False, resources={"metadata": {"path": str(path.parent)}}).execute()
    finally:
        if previous is None:
            os.environ.pop(EXPORT_ENV, None)
        else:
            os.environ[EXPORT_ENV] = previous
    return nb


def index_markdown(out: Path, names: list[str]) -> str:
    """The figure index: each notebook's figures with caption, image and links to PNG, SVG and CSV."""
    lines = ["# Figures", "", "Exported by `multipolar figures`: PNG at 300 dpi, SVG, and the data behind each chart as CSV.", ""]
    for name in names:
        manifest = out / name / "figures.json"
        if not manifest.exists():
            continue
        lines += [f"## {name}", ""]
        for e in json.loads(manifest.read_text(encoding="utf-8")):
            stem = f"{name}/{e['name']}"
            lines += [f"### {e['name']}", "", f"![{e['title']}]({stem}.png)", "", e["caption"], "",
                      f"Files: [PNG]({stem}.png) · [SVG]({stem}.svg) · [data (CSV)]({stem}.csv)", ""]
    return "\n".join(lines)


def export_all(folder: Path = NOTEBOOKS, out: Path = FIGURES, executed: Path | None = EXECUTED,
               update: bool = False, progress=print) -> Path:
    """Execute every numbered notebook, write its figures under out/<notebook>/, and out/index.md."""
    import nbformat

    out = Path(out)
    paths = notebooks(folder)
    for path in paths:
        shutil.rmtree(out / path.stem, ignore_errors=True)
        progress(f"running {path.name}")
        try:
            nb = execute(path, out)
        except Exception as err:  # nbclient's CellExecutionError ends with the error line
            lines = str(err).strip().splitlines() or [type(err).__name__]
            raise NotebookFailed(f"{path}: {lines[-1]}") from err
        if executed is not None:
            Path(executed).mkdir(parents=True, exist_ok=True)
            nbformat.write(nb, Path(executed) / path.name)
        if update:
            nbformat.write(nb, path)
    index = out / "index.md"
    index.write_text(index_markdown(out, [p.stem for p in paths]), encoding="utf-8")
    return index
