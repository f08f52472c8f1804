"""Check that a change of the library leaves every table byte for byte as it was: build the same page
folders with two copies of the library (two checkouts' lib/ folders) and compare every file.

Run:  .venv/bin/python benchmarks/same_bytes.py BASE_LIB NEW_LIB [--keep DIR] [FOLDER ...]

BASE_LIB and NEW_LIB are lib/ folders (for instance a worktree of the commit to compare with:
`git worktree add /tmp/base <commit>` and /tmp/base/lib). The folders built default to the shipped
pages (data/raw), each tests/fixtures/handmade/*/pages, tests/fixtures/kremlin/pages and ten marked
copies of the shipped pages (as benchmarks/bench_build.py makes them). Each is built in a fresh
process with `multipolar build`, on the default workers, with the store's rules key fixed: segments
are cut by a hash of the library's code (store.rules_key), so two versions of the code would
otherwise cut them differently, and only the CSV copies could be compared. Then every CSV copy and
every file of the stored generation but its manifest (which names the rules key and the files'
times) is compared byte for byte. Exits 1 when any differs.
"""
from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
FIXTURES = ROOT / "tests" / "fixtures"
LONG = 250  # as bench_build.py: lines longer than this are paragraphs, and marked in each copy

BUILD = ("import sys; import multipolar.store as store; store.rules_key = lambda: 'same-bytes'; "
         "from multipolar.cli import main; sys.exit(main(['build', '--raw', sys.argv[1], '--out', sys.argv[2]]))")


def mark(i: int) -> str:
    """A copy's mark (as bench_build.mark: consonants only, no date anchor)."""
    letters = "bfgkqvxz"
    out = letters[i % 8]
    while i >= 8:
        i //= 8
        out = letters[i % 8] + out
    return f" [copy {out}]"


def marked_copies(folder: Path, n: int = 10) -> Path:
    """n marked copies of every shipped page in `folder`."""
    folder.mkdir(parents=True)
    for page in sorted((FIXTURES / "shipped").glob("*.txt")):
        lines = page.read_text(encoding="utf-8").split("\n")
        for i in range(n):
            copy = [line + mark(i) if len(line) > LONG else line for line in lines]
            (folder / f"{page.stem}_v{i:03d}.txt").write_text("\n".join(copy), encoding="utf-8")
    return folder


def default_folders(work: Path) -> list[Path]:
    """The shipped pages, every handmade page set, the Kremlin pages and ten marked copies."""
    return [ROOT / "data" / "raw", *sorted(FIXTURES.glob("handmade/*/pages")), FIXTURES / "kremlin" / "pages",
            marked_copies(work / "copies10")]


def build(lib: Path, raw: Path, out: Path) -> None:
    """`multipolar build` of one folder with the library in `lib`, the rules key fixed."""
    env = dict(os.environ, PYTHONPATH=str(lib))
    r = subprocess.run([sys.executable, "-c", BUILD, str(raw), str(out)], env=env, capture_output=True, text=True)
    if r.returncode:
        raise SystemExit(f"build of {raw} with {lib} failed:\n{r.stderr[-2000:]}")


def table_files(out: Path) -> dict[str, Path]:
    """The CSV copies and the stored generation's files (its manifest aside), by relative name."""
    gen = out / "store" / (out / "store" / "CURRENT").read_text().split()[0]
    stored = {f"store/{p.relative_to(gen)}": p for p in gen.rglob("*") if p.is_file() and p.name != "manifest.json"}
    return dict(sorted({**stored, **{p.name: p for p in out.glob("*.csv")}}.items()))


def compare(a: Path, b: Path) -> list[str]:
    """What differs between two processed folders: files only one has, and files whose bytes differ."""
    fa, fb = table_files(a), table_files(b)
    problems = [f"only in one: {name}" for name in sorted(set(fa) ^ set(fb))]
    return problems + [f"differs: {name}" for name in fa if name in fb and not filecmp.cmp(fa[name], fb[name], shallow=False)]


def main(args: list[str]) -> int:
    keep = None
    if "--keep" in args:
        i = args.index("--keep")
        keep, args = Path(args[i + 1]), args[:i] + args[i + 2:]
    if len(args) < 2 or any(a.startswith("-") for a in args):
        sys.exit(__doc__)
    base, new = Path(args[0]).resolve(), Path(args[1]).resolve()
    work = Path(tempfile.mkdtemp(prefix="same-bytes-")) if keep is None else keep
    try:
        folders = [Path(f) for f in args[2:]] or default_folders(work / "pages")
        files = differing = 0
        for n, raw in enumerate(folders):
            outs = [work / f"{which}{n:02d}" for which in ("base", "new")]
            for lib, out in zip((base, new), outs):
                shutil.rmtree(out, ignore_errors=True)
                build(lib, raw, out)
            problems = compare(*outs)
            files += len(table_files(outs[0]))
            differing += len(problems)
            print(f"{raw}: {len(table_files(outs[0]))} files, " + ("same bytes" if not problems else "; ".join(problems)))
        print(f"{len(folders)} folders, {files} files compared, {differing} differing")
        return 1 if differing else 0
    finally:
        if keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
