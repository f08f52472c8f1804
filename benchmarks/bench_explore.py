"""Benchmark: how fast the explorer answers on a corpus of about 10,000 articles.

Run on demand:  .venv/bin/python benchmarks/bench_explore.py [COPIES]   (default 286: 1,430 pages, 10,010 articles)

The corpus is COPIES marked copies of each shipped page (as in bench_build.py). It is built once
(the time is printed, with the read-and-tokenise floor of the same run beside it), then the tables
are loaded from the store as a notebook does, the explorer is opened, and each action a researcher
takes is timed: typing a term (the concordance, its rates and the chart), changing the grouping,
choosing a country or a pair, opening an article, turning a page. Target: each answer well under
a second after the first build. Times are the best of three, in seconds.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import time

from bench_build import WORK, floor_pass, make_variants

from multipolar import explore


def best(fn, *args, runs: int = 3) -> float:
    """The best wall time of a few calls (this machine's timings vary by 20%)."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn(*args)
        times.append(time.perf_counter() - t)
    return min(times)


def main(copies: int) -> None:
    folder = make_variants(copies)
    out = WORK / f"explore{copies}"
    t_floor = best(floor_pass, folder)
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "multipolar", "build", "--raw", str(folder), "--out", str(out)],
                   check=True, capture_output=True)
    t_build = time.perf_counter() - t

    import multipolar as mp
    from multipolar.explorer import Explorer

    t = time.perf_counter()
    corpus = mp.cached_corpus(folder, out)
    t_load = time.perf_counter() - t
    t = time.perf_counter()
    ui = Explorer(corpus, term="multipolar*", country="CHN", folder=WORK / "exports")
    t_open = time.perf_counter() - t
    a = corpus.articles
    words = int(a["n_words"].sum())
    print(f"{len(list(folder.iterdir())):,} pages, {len(a):,} articles, "
          f"{words:,} words, {len(corpus.events):,} encounters")
    print(f"build {t_build:.1f} s (floor {t_floor:.2f} s, {t_build / t_floor:.1f}x); load the tables {t_load:.2f} s; "
          f"open the explorer {t_open:.2f} s")
    print(f"{'action':<44} {'s':>6}")
    actions = [
        ("concordance of 'multipolar*', no index", lambda: explore.concordance(a, "multipolar*")),
        ("concordance of 'multipolar*', with the index", lambda: explore.concordance(a, "multipolar*", index=ui.index)),
        ("the same without contexts (as a search does)",
         lambda: explore.concordance(a, "multipolar*", width=0, index=ui.index)),
        ("type 'BRICS' (lines, rates, chart)", lambda: ui.search("BRICS")),
        ("type 'shared future' (lines, rates, chart)", lambda: ui.search("shared future")),
        ("type 'multipolar*' (lines, rates, chart)", lambda: ui.search("multipolar*")),
        ("rates by site, then by outlet (one change)", lambda: setattr(ui.by, "value", "outlet" if ui.by.value == "site" else "site")),
        ("choose China", lambda: ui.choose("CHN")),
        ("choose China and Russia", lambda: ui.choose("CHN", "RUS")),
        ("open the first concordance line's article", lambda: ui.open_hit(0)),
        ("open the first encounter's article", lambda: ui.open_encounter(0)),
        ("next page of lines", lambda: ui.page("concordance", +1)),
    ]
    for name, fn in actions:
        print(f"{name:<44} {best(fn):>6.3f}")
    shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if sys.argv[1:] else 286)
