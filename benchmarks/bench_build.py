"""Benchmark: build speed and peak memory on N variants of the shipped pages, beside a plain-read floor.

Run on demand:  .venv/bin/python benchmarks/bench_build.py [N ...]   (default N = 1 10 100)
                .venv/bin/python benchmarks/bench_build.py --long [LINES ...]   (default 10000 100000 1000000)
Prints MB/s of one plain Python read-and-tokenise pass over the same files (the floor), of the
build's reading, segmentation and cleaning on one process, and of the full build with the analysis
layer (entities, dates, themes, encounters) on one process and on every core (the default for 20
pages or more); each ratio to the floor (target: within 10x), and peak traced memory of the full
build on one process (target: linear in corpus size, so MB per MB stays flat; tracemalloc cannot
see worker processes, so memory is measured without them).

With --long, it times one page of many short lines instead (the segmenter once walked the page from
its start for every line, so a page of 100,000 lines took a minute): the full build of that page on
one process beside the floor, and the time per line, which stays flat when the cost is linear.
"""
from __future__ import annotations

import random
import re
import shutil
import sys
import time
import tracemalloc
from pathlib import Path

from multipolar.build import build_corpus
from multipolar.parallel import choose_workers
from multipolar.paths import RAW, ROOT

WORK = ROOT / "benchmarks" / "_work"


LONG = 250  # lines longer than this are paragraphs (never headings, which stop at 220 characters)


def mark(i: int) -> str:
    """A copy's mark in consonants only, so it adds no digit, month, weekday or other date anchor."""
    letters = "bfgkqvxz"
    out = letters[i % 8]
    while i >= 8:
        i //= 8
        out = letters[i % 8] + out
    return f" [copy {out}]"


def make_variants(n: int) -> Path:
    """A folder with n copies of every shipped page, each paragraph marked so that no article repeats:
    a build cannot gain from anything it has seen in another copy."""
    folder = WORK / f"n{n}"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for page in sorted(RAW.glob("*.txt")):
        lines = page.read_text(encoding="utf-8").split("\n")
        for i in range(n):
            copy = [line + mark(i) if len(line) > LONG else line for line in lines]
            (folder / f"{page.stem}_v{i:03d}.txt").write_text("\n".join(copy), encoding="utf-8")
    return folder


def floor_pass(folder: Path) -> int:
    """One plain Python pass: read every file and split it into word tokens."""
    tokens = 0
    for path in sorted(folder.iterdir()):
        tokens += len(re.findall(r"\w+", path.read_text(encoding="utf-8")))
    return tokens


def timed(fn, *args) -> float:
    """Seconds one call takes (best of five for short calls: this machine's timings vary by 20%)."""
    best = float("inf")
    for _ in range(5):
        t = time.perf_counter()
        fn(*args)
        best = min(best, time.perf_counter() - t)
        if best > 2:
            break
    return best


def peak_memory(fn, *args) -> float:
    """Peak traced Python memory of one call, in MB."""
    tracemalloc.start()
    fn(*args)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1e6


def make_long_page(lines: int) -> Path:
    """A folder with one page of `lines` short lines: headings, prose and site furniture mixed, seeded."""
    folder = WORK / f"long{lines}"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    rnd = random.Random(lines)
    words = "China Russia BRICS summit trade talks order world energy Arctic partnership".split()
    kinds = [lambda i: f"{rnd.choice(words)} {rnd.choice(words)} item {mark(i).strip(' []')}",
             lambda i: " ".join(rnd.choice(words) for _ in range(12)) + ".",
             lambda i: "Continue reading", lambda i: ""]
    text = "\n".join(rnd.choice(kinds)(i) for i in range(lines))
    (folder / "long.txt").write_text(text + "\n", encoding="utf-8")
    return folder


def main_long(sizes: list[int]) -> None:
    """Print one row per page length: build time of one long page on one process, beside the floor."""
    print("one page of short lines; 'full' is the build with the analysis layer on one process")
    print(f"{'lines':>9} {'MB':>6} {'floor s':>8} {'full s':>8} {'full':>7} {'us per line':>12}")
    for lines in sizes:
        folder = make_long_page(lines)
        size = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
        t_floor = timed(floor_pass, folder)
        t_full = timed(build_corpus, folder, False, True, 1)
        print(f"{lines:>9} {size:>6.2f} {t_floor:>8.3f} {t_full:>8.2f} {t_full / t_floor:>6.1f}x {t_full / lines * 1e6:>12.1f}")
    shutil.rmtree(WORK, ignore_errors=True)


def main(sizes: list[int]) -> None:
    """Print one row per corpus size."""
    print("ratios are to the floor; 'full' is the build with the analysis layer; w = worker processes")
    print(f"{'N':>4} {'files':>6} {'MB':>7} {'floor MB/s':>11} {'clean w=1':>10} {'full w=1':>9} "
          f"{'full MB/s':>10} {'full':>6} {'w':>2} {'peak MB w=1':>12} {'MB per MB':>9}")
    for n in sizes:
        folder = make_variants(n)
        files = len(list(folder.iterdir()))
        size = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
        t_floor = timed(floor_pass, folder)
        t_clean = timed(build_corpus, folder, False, False, 1)
        t_one = timed(build_corpus, folder, False, True, 1)
        t_full = timed(build_corpus, folder, False, True)
        peak = peak_memory(build_corpus, folder, False, True, 1)
        print(f"{n:>4} {files:>6} {size:>7.2f} {size / t_floor:>11.1f} {t_clean / t_floor:>9.1f}x "
              f"{t_one / t_floor:>8.1f}x {size / t_full:>10.2f} {t_full / t_floor:>5.1f}x {choose_workers(files):>2} "
              f"{peak:>12.1f} {peak / size:>9.1f}")
    shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--long"]:
        main_long([int(a) for a in sys.argv[2:]] or [10_000, 100_000, 1_000_000])
    else:
        main([int(a) for a in sys.argv[1:]] or [1, 10, 100])
