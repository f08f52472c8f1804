"""Benchmark: the whole `multipolar build` command beside a plain read-and-tokenise floor, growing a
corpus by one page, and peak memory at two corpus sizes.

Run on demand:  .venv/bin/python benchmarks/bench_build.py [--repeat R] [N ...]  (default N = 1 10 100)
                .venv/bin/python benchmarks/bench_build.py --memory [N ...]   (default N = 100 400)
                .venv/bin/python benchmarks/bench_build.py --long [LINES ...] (default 10000 100000 1000000)

A corpus of size N is N marked copies of each shipped page (5 N pages; N = 100 is the 24 MB
benchmark corpus). For each N it prints the floor (one plain Python pass reading every file and
splitting it into word tokens, measured in the same run), then the wall time of the command
`multipolar build` in a fresh process into an empty folder, on every core (the default) and on one
process, each as a ratio to the floor (target: within 10x on every core); then the same command
after one page is added among the others, in the middle of the name order (target: within 15% of
the full build), checking that its tables are byte
for byte those of a fresh build of all the pages. With --repeat R, each of the three commands is
run R times and the best time kept (for a machine shared with other work).

With --memory, the peak resident memory of `multipolar build --workers 1` (every page processed in
the one process, so nothing hides in workers), for each N (target: at 2,000 pages within 1.3x of
the peak at 500 pages, and under 1 GB).

With --long, it times one page of many short lines instead (the segmenter once walked the page from
its start for every line, so a page of 100,000 lines took a minute): the build of that page on
one process beside the floor, and the time per line, which stays flat when the cost is linear.
"""
from __future__ import annotations

import filecmp
import random
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

from multipolar.build import build_corpus
from multipolar.parallel import choose_workers
from multipolar.paths import ROOT, SHIPPED

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
    for page in sorted(SHIPPED.glob("*.txt")):
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


def command(raw: Path, out: Path, *extra: str) -> tuple[float, float]:
    """Run `multipolar build` in a fresh process; return its wall time (s) and peak resident memory of
    the largest process it ran (MB: the build itself, or its biggest worker)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "multipolar", "build", "--raw", str(raw), "--out", str(out), *extra],
                       capture_output=True, text=True)
    wall = time.perf_counter() - t
    if r.returncode:
        raise SystemExit(f"build failed: {r.stderr[-2000:]}")
    return wall, max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024


def same_tables(a: Path, b: Path) -> bool:
    """True when two processed folders hold byte-identical tables (Parquet and CSV; manifests aside)."""
    def files(out):
        gen = out / "store" / (out / "store" / "CURRENT").read_text().strip()
        stored = {str(p.relative_to(gen)): p for p in gen.rglob("*") if p.is_file() and p.name != "manifest.json"}
        return dict(sorted({**stored, **{p.name: p for p in out.glob("*.csv")}}.items()))
    fa, fb = files(a), files(b)
    return list(fa) == list(fb) and all(filecmp.cmp(fa[k], fb[k], shallow=False) for k in fa)


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
        t_full = timed(lambda: build_corpus(folder, progress=False, workers=1))
        print(f"{lines:>9} {size:>6.2f} {t_floor:>8.3f} {t_full:>8.2f} {t_full / t_floor:>6.1f}x {t_full / lines * 1e6:>12.1f}")
    shutil.rmtree(WORK, ignore_errors=True)


def main(sizes: list[int], repeat: int = 1) -> None:
    """Print one row per corpus size: the floor, the command on every core and on one, one page more
    (each the best of `repeat` runs: on a machine shared with other work, the best run is the one
    least disturbed)."""
    print("times are wall seconds of the whole command in a fresh process; ratios are to the floor"
          + (f"; best of {repeat} runs" if repeat > 1 else ""))
    print(f"{'N':>4} {'files':>6} {'MB':>6} {'floor s':>8} {'all cores':>10} {'ratio':>6} {'w':>2} "
          f"{'1 process':>10} {'ratio':>6} {'+1 page':>8} {'of full':>8} {'same bytes':>10}")
    for n in sizes:
        folder = make_variants(n)
        files = len(list(folder.iterdir()))
        size = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
        t_floor = timed(floor_pass, folder)
        middle = sorted(folder.iterdir())[files // 2]  # the page added sorts among the others, not after them all
        out, one, extra = WORK / f"out{n}", WORK / f"one{n}", folder / f"{middle.stem}_added.txt"
        t_all = t_one = t_inc = float("inf")
        for _ in range(repeat):
            extra.unlink(missing_ok=True)
            shutil.rmtree(out, ignore_errors=True)
            shutil.rmtree(one, ignore_errors=True)
            t_all = min(t_all, command(folder, out)[0])
            t_one = min(t_one, command(folder, one, "--workers", "1")[0])
            extra.write_text(make_variants_page(n), encoding="utf-8")
            t_inc = min(t_inc, command(folder, out)[0])
        fresh = WORK / f"fresh{n}"
        command(folder, fresh)
        print(f"{n:>4} {files:>6} {size:>6.1f} {t_floor:>8.3f} {t_all:>9.2f}s {t_all / t_floor:>5.1f}x "
              f"{choose_workers(files):>2} {t_one:>9.2f}s {t_one / t_floor:>5.1f}x {t_inc:>7.2f}s "
              f"{t_inc / t_all:>7.0%} {str(same_tables(out, fresh)):>10}")
    shutil.rmtree(WORK, ignore_errors=True)


def make_variants_page(n: int) -> str:
    """One more page, unlike every copy: the first shipped page with its paragraphs marked afresh."""
    page = sorted(SHIPPED.glob("*.txt"))[0]
    return "\n".join(line + mark(10_000 + n) if len(line) > LONG else line
                     for line in page.read_text(encoding="utf-8").split("\n"))


def main_memory(sizes: list[int]) -> None:
    """Print the peak resident memory of a one-process build for each corpus size."""
    print("peak resident memory of `multipolar build --workers 1` (MB), in a fresh process")
    print(f"{'N':>4} {'files':>6} {'MB':>6} {'peak MB':>8} {'vs first':>9}")
    first = None
    for n in sizes:
        folder = make_variants(n)
        files = len(list(folder.iterdir()))
        size = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
        code = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, capture_output=True); "
                "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
        r = subprocess.run([sys.executable, "-c", code, sys.executable, "-m", "multipolar", "build", "--raw",
                            str(folder), "--out", str(WORK / f"mem{n}"), "--workers", "1"],
                           capture_output=True, text=True, check=True)
        peak = int(r.stdout.strip()) / 1024
        first = first or peak
        print(f"{n:>4} {files:>6} {size:>6.1f} {peak:>8.0f} {peak / first:>8.2f}x")
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(WORK / f"mem{n}", ignore_errors=True)
    shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    if any(a.startswith("-") and a not in ("--long", "--memory", "--repeat") for a in sys.argv[1:]) \
            or not all(a.isdigit() for a in sys.argv[1:] if not a.startswith("-")):
        sys.exit(__doc__)  # "--help", or anything it does not take: how to run it
    if sys.argv[1:2] == ["--long"]:
        main_long([int(a) for a in sys.argv[2:]] or [10_000, 100_000, 1_000_000])
    elif sys.argv[1:2] == ["--memory"]:
        main_memory([int(a) for a in sys.argv[2:]] or [100, 400])
    else:
        args = sys.argv[1:]
        repeat = 1
        if args[:1] == ["--repeat"]:
            repeat, args = int(args[1]), args[2:]
        main([int(a) for a in args] or [1, 10, 100], repeat)
