"""Command line: `multipolar build`, `multipolar figures` and `multipolar score`, thin over the library."""
from __future__ import annotations

import argparse
import errno
import os
import sys
from pathlib import Path

from .parallel import SchedulerError, WorkersError
from .paths import FIGURES, NOTEBOOKS, ProjectNotFound


def summary(gen: Path, manifest: dict, report=None) -> str:
    """A short report of a stored state: pages, articles, words, rows of each table, removed lines by
    reason, pages processed now (read from the store: only the columns it counts)."""
    from collections import Counter

    from . import schema, store

    rows = {name: store.table_rows(gen, manifest, name) for name in schema.TABLES}
    words = store.read_table(gen, manifest, "articles", ["n_words"])["n_words"]
    reasons = Counter(store.read_table(gen, manifest, "removed", ["reason"])["reason"].to_pylist())
    lines = [f"pages read: {int(manifest.get('pages', 0))}   skipped: {len(manifest.get('skipped', {}))}"]
    if report is not None:
        lines[0] += f"   processed now: {report.processed}   unchanged, kept from the store: {report.reused}"
    lines += [f"articles: {rows['articles']}   words: {sum(words.to_pylist()):,}",
              f"mentions: {rows['mentions']}   date expressions: {rows['dates']}   "
              f"theme rate rows: {rows['theme_rates']}   encounters: {rows['events']}",
              f"lines removed or kept as metadata: {rows['removed']}"]
    for reason, n in sorted(reasons.items()):
        lines.append(f"  {reason:<20} {n:>5}")
    return "\n".join(lines)


def folder_problem(raw: Path, out: Path) -> str:
    """Why the tables of `raw` cannot go to `out` (one line, naming the folder and what to do), or ''."""
    r, o = raw.resolve(), out.resolve()
    if r == o:
        return (f"{out}: --out is the raw folder, so the next build would read its own tables as pages; "
                "nothing built - pass --out another folder")
    if o in r.parents:
        return (f"{out}: --out holds the raw folder {raw}, and pages and tables must be kept apart; "
                "nothing built - pass --out a folder outside it")
    if r in o.parents:
        return (f"{out}: --out is inside the raw folder {raw}, so the next build would find its tables there; "
                "nothing built - pass --out a folder outside it")
    there = o
    while not there.exists() and there != there.parent:
        there = there.parent
    if not there.is_dir():
        what = "is a file" if there == o else f"cannot be made: {there} is a file"
        return f"{out}: {what}, not a folder; nothing built - pass --out a folder (or move the file away)"
    if not os.access(there, os.W_OK | os.X_OK):
        return f"{out}: {there} is not writable; nothing built - pass --out a folder you can write to"
    return ""


def write_problem(out: Path, err: OSError) -> str:
    """The one line for tables that could not be written to `out`: the folder, the reason, what to do."""
    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        advice = "free some space, or pass --out a folder on another disk"
    else:
        advice = "pass --out a folder you can write to"
    return f"{out}: the tables cannot be written there ({err.strerror or err}); no table was changed - {advice}"


def corpus_folders(args) -> tuple[Path, Path]:
    """The raw and processed folders of a command: --raw and --out, else the corpus setting."""
    from .paths import processed_folder, raw_folder

    raw = raw_folder(args.raw)
    return raw, processed_folder(raw, getattr(args, "processed", None) or getattr(args, "out", None))


def cmd_build(args) -> int:
    """Build the tables from a folder of raw pages (only new or changed pages are processed)."""
    from . import store
    from .build import build

    raw, out = corpus_folders(args)
    if not raw.is_dir():
        print(f"multipolar: {raw}: no such folder; nothing to build - pass --raw DIR with your pages", file=sys.stderr)
        return 1
    problem = folder_problem(raw, out)
    if problem:
        print(f"multipolar: {problem}", file=sys.stderr)
        return 1
    try:
        report = build(raw, out, workers=args.workers, scheduler=args.scheduler)
    except SchedulerError as err:
        print(f"multipolar: {err}", file=sys.stderr)
        return 1
    except OSError as err:
        if err.filename is not None and Path(err.filename).resolve() == raw.resolve():
            print(f"multipolar: {raw}: cannot be read ({err.strerror or err}); nothing built - check that you may "
                  "read the folder", file=sys.stderr)
        else:
            print(f"multipolar: {write_problem(out, err)}", file=sys.stderr)
        return 1
    for message in report.messages:
        print(f"multipolar: {message}", file=sys.stderr)
    if not report.committed:
        print(f"multipolar: {raw}: no page could be read; nothing written - add UTF-8 text or HTML pages", file=sys.stderr)
        return 1
    print(summary(*store.current(out), report))
    print(f"tables written to {out} (Parquet in {out / 'store'}, CSV copies beside it)")
    return 0


def cmd_figures(args) -> int:
    """Execute the notebooks on fresh kernels and export every figure with an index."""
    from .build import EmptyCorpus, cached_corpus
    from .export import EXECUTED, NotebookFailed, export_all, notebooks
    from .paths import PROCESSED_ENV, RAW_ENV

    folder, out = Path(args.notebooks), Path(args.out)
    if not notebooks(folder):
        print(f"multipolar: {folder}: no numbered notebooks (NN_name.ipynb) found - pass --notebooks DIR", file=sys.stderr)
        return 1
    raw, processed = corpus_folders(args)
    try:
        cached_corpus(raw, processed)
    except (EmptyCorpus, FileNotFoundError) as err:
        print(f"multipolar: {err}; nothing to plot", file=sys.stderr)
        return 1
    os.environ[RAW_ENV], os.environ[PROCESSED_ENV] = str(raw.resolve()), str(processed.resolve())  # the kernels' setting
    try:
        index = export_all(folder, out, update=args.update_notebooks, progress=lambda m: print(m, flush=True))
    except NotebookFailed as err:  # a failing cell: name the notebook and the error, not a traceback
        print(f"multipolar: {err} - open the notebook in JupyterLab and run it to see the failing cell", file=sys.stderr)
        return 1
    print(f"figures (PNG 300 dpi, SVG, CSV) of {raw} in {out}")
    print(f"figure index: {index}")
    print(f"executed notebooks in {EXECUTED}")
    return 0


def cmd_score(args) -> int:
    """Score the library on your own annotated pages: a folder of pages and a folder with their gold articles.csv
    and events.csv (the columns of the fixtures' hand-made sets), as notebook 05 scores the fixtures."""
    from . import evaluate
    from .build import build_corpus

    pages, gold = Path(args.pages), Path(args.gold)
    problem = evaluate.annotation_problem(pages, gold)
    if problem:
        print(f"multipolar: {problem}", file=sys.stderr)
        return 1
    page_set = evaluate.PageSet(str(pages), pages, gold, None, False, "your annotation")
    scores = evaluate.score_page_set(page_set, build_corpus(pages, progress=False, workers=args.workers))
    print(evaluate.page_set_summary({page_set.name: scores}, [page_set]).set_index("page set").T.to_string())
    if args.detail:
        scores.detail.to_csv(args.detail, index=False)
        print(f"every annotated encounter beside what the library found for it, and every prediction matching none: "
              f"{args.detail}")
    return 0


def positive(value: str) -> int:
    """An integer of at least 1, for --workers."""
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of at least 1")
    return int(value)


def parser() -> argparse.ArgumentParser:
    """The argument parser with one sub-command per step."""
    p = argparse.ArgumentParser(prog="multipolar", description="Build and explore the multipolar corpus.")
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="clean and segment data/raw into tidy tables")
    b.add_argument("--raw", default=None, help="folder of raw pages (default: $MULTIPOLAR_RAW, else data/raw)")
    b.add_argument("--out", default=None,
                   help="folder of the tables (default: $MULTIPOLAR_PROCESSED, else data/processed)")
    b.add_argument("--workers", type=positive, default=None,
                   help="processes to use (default: every core for 20 pages or more, else 1; "
                        "or set MULTIPOLAR_WORKERS)")
    b.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="run the per-page work on the Dask cluster of this scheduler (tcp://host:8786); "
                        "its workers must see the raw folder at the same path")
    b.set_defaults(func=cmd_build)
    f = sub.add_parser("figures", help="execute the notebooks and export every figure (PNG, SVG, CSV, index)")
    f.add_argument("--out", default=str(FIGURES), help="output folder (default: reports/figures)")
    f.add_argument("--notebooks", default=str(NOTEBOOKS), help="folder of numbered notebooks (default: notebooks)")
    f.add_argument("--raw", default=None, help="folder of raw pages the notebooks read (default: $MULTIPOLAR_RAW, else data/raw)")
    f.add_argument("--processed", default=None,
                   help="folder of their tables (default: $MULTIPOLAR_PROCESSED, else data/processed)")
    f.add_argument("--update-notebooks", action="store_true",
                   help="also write the executed notebooks back in place (refreshes the stored outputs)")
    f.set_defaults(func=cmd_figures)
    s = sub.add_parser("score", help="score the library on your own annotated pages (precision and recall)")
    s.add_argument("pages", help="folder of the annotated pages")
    s.add_argument("gold", help="folder of their annotation: articles.csv and events.csv")
    s.add_argument("--detail", default=None, metavar="CSV",
                   help="write every annotated encounter and every unmatched prediction to this file")
    s.add_argument("--workers", type=positive, default=None, help="processes to use (as for build)")
    s.set_defaults(func=cmd_score)
    return p


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `multipolar` console script and `python -m multipolar`."""
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except (WorkersError, ProjectNotFound) as err:
        print(f"multipolar: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
