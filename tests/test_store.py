"""The store (store.py): a build processes only new or changed pages and gives the bytes of a fresh
build; what is served is always a complete state built from the raw folder as it is now; every fault
of the old cache (a kill mid-write, another folder's tables, a damaged table or manifest, two builds
at once) is caught, said in one line, and mended."""
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

import multipolar.build as multipolar_build
from multipolar import EmptyCorpus, load_articles, load_mentions, store
from multipolar.build import build, cached_corpus
from multipolar.paths import SHIPPED

SHIPPED_PAGES = sorted(SHIPPED.iterdir())


def copy_pages(folder: Path, pages=SHIPPED_PAGES) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for p in pages:
        shutil.copy(p, folder / p.name)
    return folder


def generation(out: Path) -> Path:
    """The committed generation of a processed folder."""
    return store.current(out)[0]


def stored_bytes(out: Path) -> dict[str, bytes]:
    """Every table of a processed folder, Parquet and CSV, its segments' files included (the manifest
    aside: it names the build)."""
    gen = generation(out)
    files = {f"store/{p.relative_to(gen)}": p.read_bytes() for p in sorted(gen.rglob("*"))
             if p.is_file() and p.name != "manifest.json"}
    return files | {p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))}


def stored_file(out: Path, name: str) -> Path:
    """The file of a table (e.g. articles.parquet) in the committed state's segment with most articles."""
    gen, manifest = store.current(out)
    return gen / max(store.segments(manifest), key=lambda s: s["rows"]["articles"])["key"] / name


def vouch(out: Path, manifest: Path) -> None:
    """Make store/CURRENT name a generation's manifest as it is now (its SHA-256 beside its name)."""
    import hashlib

    (out / "store" / "CURRENT").write_text(f"{manifest.parent.name} {hashlib.sha256(manifest.read_bytes()).hexdigest()}\n")


def quiet_build(raw, out, **kw):
    lines = []
    report = build(raw, out, tell=lines.append, **kw)
    return report, lines


def test_load_builds_once_then_serves_the_store(tmp_path, capsys):
    raw, out = copy_pages(tmp_path / "raw"), tmp_path / "processed"
    first = load_articles(raw, out)
    assert len(first) == 35
    gen = generation(out)
    again = load_articles(raw, out)
    assert generation(out) == gen  # nothing rebuilt
    pd.testing.assert_frame_equal(again, first)
    assert pd.api.types.is_string_dtype(first["title"]) and pd.api.types.is_integer_dtype(first["n_words"])
    again["title"] = "changed by the user"
    assert (load_articles(raw, out)["title"] != "changed by the user").all()  # a copy is served
    (raw / "extra.txt").write_text("A new memo\n\nSome text about BRICS expansion.\n", encoding="utf-8")
    assert len(load_articles(raw, out)) == 36


def test_mentions_keep_offsets_and_get_their_sentence_back(tmp_path):
    raw, out = copy_pages(tmp_path / "raw"), tmp_path / "processed"
    m = load_mentions(raw, out)
    texts = load_articles(raw, out).set_index("article_id")["text"]
    row = m.iloc[len(m) // 2]
    assert row["sentence"] == texts[row["article_id"]][row["sentence_start"]:row["sentence_end"]]
    assert row["surface"] in row["sentence"]
    header = (out / "mentions.csv").read_text(encoding="utf-8").split("\n", 1)[0]
    assert "sentence_start" in header and '"sentence"' not in header.split(",")  # the CSV holds offsets only


def test_one_page_added_is_the_only_page_processed_and_gives_the_bytes_of_a_fresh_build(tmp_path):
    raw, out = copy_pages(tmp_path / "raw", SHIPPED_PAGES[:4]), tmp_path / "grown"
    quiet_build(raw, out, workers=1)
    shutil.copy(SHIPPED_PAGES[4], raw / SHIPPED_PAGES[4].name)
    report, _ = quiet_build(raw, out, workers=1)
    assert (report.processed, report.reused) == (1, 4)
    fresh = tmp_path / "fresh"
    quiet_build(raw, fresh, workers=2)
    assert stored_bytes(out) == stored_bytes(fresh)


def test_changes_of_every_kind_give_the_bytes_of_a_fresh_build(tmp_path):
    raw, out = copy_pages(tmp_path / "raw"), tmp_path / "grown"
    shutil.copy(SHIPPED_PAGES[1], raw / "zz_copy.txt")  # a duplicate, counted once
    (raw / "empty.txt").write_text("")
    (raw / "folder").mkdir()

    def check(what):
        fresh = tmp_path / f"fresh-{what}"
        report, lines = quiet_build(raw, out, workers=1)
        quiet_build(raw, fresh, workers=1)
        assert stored_bytes(out) == stored_bytes(fresh), what
        assert json.loads((generation(out) / "manifest.json").read_text())["messages"] == report.messages
        return report

    assert check("first").processed == 7
    assert check("nothing changed").processed == 0
    os.remove(raw / SHIPPED_PAGES[1].name)  # the original of the duplicate goes: the copy counts now
    assert check("original removed").processed == 1
    (raw / SHIPPED_PAGES[3].name).write_text(SHIPPED_PAGES[3].read_text(encoding="utf-8") + "\nOne more line on BRICS.\n",
                                             encoding="utf-8")
    assert check("page changed").processed == 1
    shutil.copy(SHIPPED_PAGES[2], raw / "aa_first.txt")
    assert check("page added before the others").processed == 1
    shutil.copy(SHIPPED_PAGES[1], raw / SHIPPED_PAGES[1].name)  # the original is back: the copy is a duplicate again
    assert check("original back").processed == 1


def test_another_folder_built_into_the_same_folder_is_never_served_for_the_first(tmp_path):
    raw, other, out = copy_pages(tmp_path / "raw"), copy_pages(tmp_path / "other", SHIPPED_PAGES[:1]), tmp_path / "out"
    first = load_articles(raw, out)
    r = subprocess.run([sys.executable, "-m", "multipolar", "build", "--raw", str(other), "--out", str(out)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert set(pd.read_csv(out / "articles.csv", dtype=str)["source_file"]) == {SHIPPED_PAGES[0].name}
    pd.testing.assert_frame_equal(load_articles(raw, out), first)


@pytest.mark.parametrize("damage", ["truncated at a row boundary", "one cell edited", "table deleted",
                                    "manifest empty", "manifest a list", "manifest binary", "manifest a folder",
                                    "CURRENT empty", "CURRENT names nothing"])
def test_a_damaged_store_is_rebuilt_with_one_line(tmp_path, capsys, damage):
    raw, out = copy_pages(tmp_path / "raw"), tmp_path / "out"
    good = load_articles(raw, out)
    capsys.readouterr()
    multipolar_build._SERVED.clear()  # a new session: nothing held in memory
    gen = generation(out)
    table, manifest = stored_file(out, "articles.parquet"), gen / "manifest.json"
    if damage == "truncated at a row boundary":
        import pyarrow.parquet as pq
        t = pq.read_table(table)
        pq.write_table(t.slice(0, t.num_rows // 2), table)
    elif damage == "one cell edited":
        data = bytearray(table.read_bytes())
        i = data.find(b"China")
        data[i:i + 5] = b"Chine"
        table.write_bytes(bytes(data))
    elif damage == "table deleted":
        table.unlink()
    elif damage == "manifest empty":
        manifest.write_text("")
    elif damage == "manifest a list":
        manifest.write_text("[1, 2]")
    elif damage == "manifest binary":
        manifest.write_bytes(b"\x89PNG\x00\xff")
    elif damage == "manifest a folder":
        manifest.unlink()
        manifest.mkdir()
    elif damage == "CURRENT empty":
        (out / "store" / "CURRENT").write_text("")
    else:
        (out / "store" / "CURRENT").write_text("gnothere\n")
    again = load_articles(raw, out)
    pd.testing.assert_frame_equal(again, good)
    lines = [l for l in capsys.readouterr().err.splitlines() if l.strip()]
    assert len(lines) == 1 and "damaged" in lines[0] and str(out) in lines[0], lines
    store.verify(*store.current(out))  # mended


def test_names_and_bytes_are_kept_apart_in_the_key(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    (a / "page.txt").write_text("China and Russia\n")
    (b / "page.txtC").write_text("hina and Russia\n")
    [ea], [eb] = store.survey(a), store.survey(b)
    assert ea.part != eb.part
    assert store.listing_key(a, [ea]) != store.listing_key(a, [eb])


def test_messages_are_shown_by_load_and_an_empty_folder_is_refused(tmp_path, capsys):
    raw, out = copy_pages(tmp_path / "raw", SHIPPED_PAGES[:1]), tmp_path / "out"
    (raw / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    load_articles(raw, out)
    err = capsys.readouterr().err
    assert "image.png" in err and "PNG" in err
    empty, out2 = tmp_path / "empty", tmp_path / "out2"
    empty.mkdir()
    with pytest.raises(EmptyCorpus, match="no page could be read"):
        load_articles(empty, out2)
    assert store.current(out2) is None and not list(out2.glob("*.csv"))  # nothing stored


def test_csv_copies_deleted_by_the_user_are_written_again(tmp_path):
    raw, out = copy_pages(tmp_path / "raw", SHIPPED_PAGES[:2]), tmp_path / "out"
    quiet_build(raw, out)
    before = (out / "events.csv").read_bytes()
    (out / "events.csv").unlink()
    report, _ = quiet_build(raw, out)
    assert report.processed == 0 and (out / "events.csv").read_bytes() == before


def corpus_of(tmp_path: Path, copies: int) -> Path:
    """A raw folder of `copies` marked copies of every shipped page (no two articles alike)."""
    raw = tmp_path / f"raw{copies}"
    raw.mkdir()
    for p in SHIPPED_PAGES:
        text = p.read_text(encoding="utf-8")
        for i in range(copies):
            lines = [l + f" [copy {'bfgkqvxz'[i % 8]}{'bfgkqvxz'[i // 8 % 8]}]" if len(l) > 250 else l
                     for l in text.split("\n")]
            (raw / f"{p.stem}_{i:03d}.txt").write_text("\n".join(lines), encoding="utf-8")
    return raw


def test_a_build_killed_mid_write_leaves_the_last_complete_state(tmp_path):
    raw, out = copy_pages(tmp_path / "raw", SHIPPED_PAGES[:2]), tmp_path / "out"
    quiet_build(raw, out)
    before = stored_bytes(out)
    for p in corpus_of(tmp_path, 24).iterdir():  # enough pages that their parts take a while to write
        shutil.move(p, raw / p.name)
    proc = subprocess.Popen([sys.executable, "-m", "multipolar", "build", "--raw", str(raw), "--out", str(out),
                             "--workers", "1"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 240
    while time.time() < deadline:  # wait until the new generation's tables are being written
        parts = [p for d in (out / "store").glob(".new-*") for p in d.rglob("*.parquet") if p.stat().st_size]
        if parts or proc.poll() is not None:
            break
        time.sleep(0.01)
    assert proc.poll() is None, "the build ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert stored_bytes(out) == before  # readers still see the last complete state
    store.verify(*store.current(out))
    articles = load_articles(raw, out)  # ... and the next load builds the rest
    assert set(articles["source_file"]) == {p.name for p in raw.iterdir()}
    assert not list((out / "store").glob(".new-*")) and not list(out.glob(".*.tmp"))  # leftovers cleared


def test_two_builds_at_once_never_mix(tmp_path):
    a, b = corpus_of(tmp_path, 8), copy_pages(tmp_path / "b", SHIPPED_PAGES[2:3])
    out = tmp_path / "out"

    def start(raw):
        return subprocess.Popen([sys.executable, "-m", "multipolar", "build", "--raw", str(raw), "--out", str(out),
                                 "--workers", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    first = start(a)
    deadline = time.time() + 240
    while not list((out / "store").glob(".new-*")) and time.time() < deadline and first.poll() is None:
        time.sleep(0.02)  # the first build is writing its tables ...
    second = start(b)  # ... when the second starts
    results = [r.communicate(timeout=300) for r in (first, second)]
    assert [first.returncode, second.returncode] == [0, 0], results
    assert f"another build is writing these tables (process {first.pid}); waiting" in results[1][1]
    gen, manifest = store.current(out)
    store.verify(gen, manifest)
    assert manifest["raw"] == str(b.resolve())  # the later build's state, whole
    fresh = tmp_path / "fresh"
    quiet_build(b, fresh)
    assert stored_bytes(out) == stored_bytes(fresh)


def test_a_dask_cluster_gives_the_tables_of_a_local_build(tmp_path):
    distributed = pytest.importorskip("distributed")
    raw = copy_pages(tmp_path / "raw")
    local, remote = tmp_path / "local", tmp_path / "remote"
    quiet_build(raw, local, workers=1)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        report, _ = quiet_build(raw, remote, scheduler=cluster.scheduler_address)
    assert report.processed == 5
    assert stored_bytes(remote) == stored_bytes(local)


def test_no_scheduler_at_the_address_is_one_line(tmp_path, capsys):
    from multipolar.cli import main

    raw = copy_pages(tmp_path / "raw", SHIPPED_PAGES[:1])
    code = main(["build", "--raw", str(raw), "--out", str(tmp_path / "out"), "--scheduler", "tcp://127.0.0.1:9"])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    [line] = [l for l in err.splitlines() if l.strip()]
    assert "tcp://127.0.0.1:9" in line and "no Dask scheduler" in line
    assert store.current(tmp_path / "out") is None


def test_installed_without_editable_mode_finds_the_project_or_says_what_to_set(tmp_path):
    root = Path(__file__).resolve().parents[1]
    site = tmp_path / "site"  # what a wheel installs: the package alone, away from the project
    shutil.copytree(root / "lib" / "multipolar", site / "multipolar", ignore=shutil.ignore_patterns("__pycache__"))
    code = "import multipolar; print(len(multipolar.load_articles()))"
    env = {k: v for k, v in os.environ.items() if not k.startswith("MULTIPOLAR_")} | {"PYTHONPATH": str(site)}
    nowhere = tmp_path / "nowhere"
    nowhere.mkdir()
    r = subprocess.run([sys.executable, "-c", code], cwd=nowhere, env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 1 and "MULTIPOLAR_HOME" in r.stderr and "no project folder" in r.stderr
    project = tmp_path / "project"
    copy_pages(project / "data" / "raw")
    r = subprocess.run([sys.executable, "-c", code], cwd=project / "data", env=env, capture_output=True, text=True,
                       timeout=300)
    assert r.returncode == 0 and r.stdout.strip() == "35", r.stderr
    assert (project / "data" / "processed" / "articles.csv").exists()
    r = subprocess.run([sys.executable, "-c", code], cwd=nowhere, env=env | {"MULTIPOLAR_HOME": str(project)},
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0 and r.stdout.strip() == "35", r.stderr


def test_extra_pages_in_data_raw_do_not_change_what_the_tests_read():
    assert cached_corpus().pages == len(SHIPPED_PAGES)  # conftest points the corpus setting at the tests' copy


def test_a_build_killed_with_its_workers_running_does_not_block_the_next(tmp_path):
    """kill -9 of a build on two workers: the workers end with it and hold no lock, so the next build
    runs at once (it used to wait for ever for the orphaned workers)."""
    raw, out = corpus_of(tmp_path, 8), tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "multipolar", "build", "--raw", str(raw), "--out", str(out),
                             "--workers", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 240
    while not list((out / "store").glob(".new-*")) and time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "the build ended before it could be killed"
    time.sleep(1)  # the workers are busy with pages
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    again = subprocess.run([sys.executable, "-m", "multipolar", "build", "--raw", str(raw), "--out", str(out),
                            "--workers", "1"], capture_output=True, text=True, timeout=240)
    assert again.returncode == 0 and "waiting" not in again.stderr, again.stderr
    store.verify(*store.current(out))


def test_a_build_leaves_folders_it_did_not_make_in_the_store(tmp_path):
    raw, out = copy_pages(tmp_path / "raw", SHIPPED_PAGES[:1]), tmp_path / "out"
    (out / "store" / "my notes").mkdir(parents=True)
    (out / "store" / "my notes" / "keep.txt").write_text("mine", encoding="utf-8")
    quiet_build(raw, out)
    (raw / "second.txt").write_text("A second page\n\nWith a paragraph of its own text.\n", encoding="utf-8")
    quiet_build(raw, out)
    assert (out / "store" / "my notes" / "keep.txt").read_text(encoding="utf-8") == "mine"
    assert len([d for d in (out / "store").iterdir() if d.is_dir()]) == 2  # one generation and the user's folder


@pytest.mark.parametrize("address", ["nonsense", "http://127.0.0.1:8799"])
def test_a_malformed_scheduler_address_is_one_line(tmp_path, capsys, address):
    from multipolar.cli import main

    raw = copy_pages(tmp_path / "raw", SHIPPED_PAGES[:1])
    code = main(["build", "--raw", str(raw), "--out", str(tmp_path / "out"), "--scheduler", address])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err and "not a Dask scheduler address" in err and len(err.strip().splitlines()) == 1


def test_a_manifest_that_no_longer_lists_a_table_is_damage_and_is_rebuilt(tmp_path):
    raw, out = copy_pages(tmp_path / "raw", SHIPPED_PAGES[:2]), tmp_path / "out"
    quiet_build(raw, out)
    before = stored_bytes(out)
    path = generation(out) / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    table = f"{store.segments(manifest)[0]['key']}/articles.parquet"
    del manifest["files"][table]
    path.write_text(json.dumps(manifest), encoding="utf-8")
    vouch(out, path)  # as if the build itself had written the manifest so (else CURRENT's hash tells first)
    report, lines = quiet_build(raw, out)
    assert report.processed == 2 and len(lines) == 1 and f"the manifest does not list {table}" in lines[0]
    assert "building them again from every page" in lines[0]
    assert stored_bytes(out) == before


def test_an_upgrade_of_a_library_the_pages_depend_on_reprocesses_every_page(tmp_path, monkeypatch):
    import importlib.metadata

    raw, out = copy_pages(tmp_path / "raw", SHIPPED_PAGES[:2]), tmp_path / "out"
    quiet_build(raw, out)
    assert quiet_build(raw, out)[0].processed == 0
    real = importlib.metadata.version
    monkeypatch.setattr(importlib.metadata, "version", lambda p: "99.0" if p == "trafilatura" else real(p))
    store.rules_key.cache_clear()  # computed once per process: a new process sees the upgrade
    try:
        assert quiet_build(raw, out)[0].processed == 2
    finally:
        store.rules_key.cache_clear()


def test_row_groups_do_not_depend_on_how_pages_arrive(tmp_path, monkeypatch):
    """With row groups of a few rows, a build that adds pages to a stored state writes the bytes of a
    fresh build (the copied runs of stored rows and the new pages' rows are cut at the same rows)."""
    monkeypatch.setattr(store, "ROW_GROUPS", {"articles": 3, "ledger": 50, "removed": 7, "mentions": 40})
    raw, out, fresh = tmp_path / "raw", tmp_path / "out", tmp_path / "fresh"
    copy_pages(raw, SHIPPED_PAGES[:1] + SHIPPED_PAGES[3:])
    quiet_build(raw, out)
    copy_pages(raw, SHIPPED_PAGES[1:3])
    assert quiet_build(raw, out)[0].processed == 2
    quiet_build(raw, fresh)
    assert stored_bytes(out) == stored_bytes(fresh)
    gen, manifest = store.current(out)
    biggest = max(store.segments(manifest), key=lambda s: s["rows"]["articles"])
    assert pq.ParquetFile(gen / biggest["key"] / "articles.parquet").metadata.num_row_groups > 5


def segment_files(out: Path) -> dict[str, os.stat_result]:
    """Every file of the committed state's segments (segment/name → its stat)."""
    gen, manifest = store.current(out)
    return {f"{s['key']}/{f}": (gen / s["key"] / f).stat() for s in store.segments(manifest) for f in store.SEGMENT_FILES}


def test_a_page_added_rewrites_one_segment_and_links_the_others(tmp_path, monkeypatch):
    """Segments are content-defined runs of pages: adding a page rewrites the segment it falls in;
    every other segment is the stored one, hard-linked (same file), and the bytes are a fresh build's."""
    monkeypatch.setattr(store, "SEGMENT", 2)  # small segments, so that a few pages make several
    raw, out, fresh = corpus_of(tmp_path, 4), tmp_path / "out", tmp_path / "fresh"
    quiet_build(raw, out, workers=1)
    before = segment_files(out)
    keys_before = {f.split("/")[0] for f in before}
    assert len(keys_before) >= 3
    page = sorted(raw.iterdir())[9]
    added = raw / (page.stem + "_again.txt")
    added.write_text(page.read_text(encoding="utf-8") + "\nOne line more.\n", encoding="utf-8")
    report, _ = quiet_build(raw, out, workers=1)
    assert (report.processed, report.reused) == (1, 20)
    after = segment_files(out)
    new_keys = {f.split("/")[0] for f in after} - keys_before
    [entry] = [e for e in store.survey(raw) if e.path == added]
    # one segment written; two when the page ends a segment and lands inside one (both halves are new)
    assert len(new_keys) == 1 or (len(new_keys) == 2 and store.ends_segment(entry))
    kept = [f for f in after if f.split("/")[0] not in new_keys]
    assert kept and all(after[f].st_ino == before[f].st_ino for f in kept)  # ... the others linked
    quiet_build(raw, fresh, workers=2)
    assert stored_bytes(out) == stored_bytes(fresh)


def test_the_same_pages_make_the_same_segments_however_the_corpus_grew(tmp_path, monkeypatch):
    monkeypatch.setattr(store, "SEGMENT", 2)
    raw = corpus_of(tmp_path, 3)
    ends = [i for i, e in enumerate(store.survey(raw)) if store.ends_segment(e)]
    assert len(ends) >= 2
    small = copy_pages(tmp_path / "small", sorted(raw.iterdir())[:ends[1] + 1])  # up to the second segment's end
    quiet_build(small, tmp_path / "a", workers=1)
    quiet_build(raw, tmp_path / "b", workers=1)
    keys = [[s["key"] for s in store.segments(store.current(tmp_path / x)[1])] for x in "ab"]
    assert len(keys[0]) == 2 and keys[0] == keys[1][:2]


@pytest.mark.parametrize("damage", ["CSV rows of a segment edited", "segment folder deleted", "index of a segment truncated"])
def test_a_damaged_segment_is_found_said_in_one_line_and_built_again(tmp_path, monkeypatch, damage):
    monkeypatch.setattr(store, "SEGMENT", 2)
    raw, out, fresh = corpus_of(tmp_path, 3), tmp_path / "out", tmp_path / "fresh"
    quiet_build(raw, out, workers=1)
    gen, manifest = store.current(out)
    segment = gen / store.segments(manifest)[1]["key"]
    if damage == "CSV rows of a segment edited":  # no reader reads them: the build's check must
        data = bytearray((segment / "ledger.csv").read_bytes())
        data[10:15] = b"XXXXX"
        (segment / "ledger.csv").write_bytes(bytes(data))
    elif damage == "segment folder deleted":
        shutil.rmtree(segment)
    else:
        (segment / "pages.parquet").write_bytes((segment / "pages.parquet").read_bytes()[:100])
    (raw / "zz_new.txt").write_text("A new memo\n\nSome text about BRICS expansion and the SCO.\n", encoding="utf-8")
    report, lines = quiet_build(raw, out, workers=1)
    assert len(lines) == 1 and "damaged" in lines[0] and "building them again from every page" in lines[0], lines
    assert report.processed == 16
    quiet_build(raw, fresh, workers=1)
    assert stored_bytes(out) == stored_bytes(fresh)
    store.verify(*store.current(out))


def test_a_csv_copy_edited_by_the_user_is_written_again(tmp_path):
    raw, out = copy_pages(tmp_path / "raw", SHIPPED_PAGES[:2]), tmp_path / "out"
    quiet_build(raw, out)
    before = (out / "ledger.csv").read_bytes()
    edited = bytearray(before)
    edited[len(edited) // 2] ^= 1  # same size, one byte off
    (out / "ledger.csv").write_bytes(bytes(edited))
    report, _ = quiet_build(raw, out)
    assert report.processed == 0 and (out / "ledger.csv").read_bytes() == before


def test_a_manifest_edited_to_leave_a_segment_out_is_damage(tmp_path, monkeypatch):
    monkeypatch.setattr(store, "SEGMENT", 2)
    raw, out, fresh = corpus_of(tmp_path, 3), tmp_path / "out", tmp_path / "fresh"
    quiet_build(raw, out, workers=1)
    gen, manifest = store.current(out)
    dropped = store.segments(manifest)[1]["key"]
    manifest["segments"] = [s for s in manifest["segments"] if s["key"] != dropped]
    manifest["files"] = {f: v for f, v in manifest["files"].items() if not f.startswith(dropped + "/")}
    (gen / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")  # consistent, but not what was written
    with pytest.raises(store.StoreDamaged, match="not the manifest store/CURRENT names"):
        store.current(out)
    report, lines = quiet_build(raw, out, workers=1)
    assert len(lines) == 1 and "damaged" in lines[0] and report.processed == 15
    quiet_build(raw, fresh, workers=1)
    assert stored_bytes(out) == stored_bytes(fresh)


def test_stored_rows_copied_into_a_rewritten_segment_are_checked_even_when_their_file_looks_untouched(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(store, "SEGMENT", 2)
    raw, out = corpus_of(tmp_path, 3), tmp_path / "out"
    quiet_build(raw, out, workers=1)
    gen, manifest = store.current(out)
    for seg in store.segments(manifest):  # silent damage: same size, same modification time
        path = gen / seg["key"] / "articles.parquet"
        data, st = bytearray(path.read_bytes()), path.stat()
        i = data.find(b"China")
        if i >= 0:
            data[i:i + 5] = b"Chine"
            path.write_bytes(bytes(data))
            os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    (raw / "zz_new.txt").write_text("A new memo\n\nSome text about BRICS expansion and the SCO.\n", encoding="utf-8")
    report, lines = quiet_build(raw, out, workers=1)
    multipolar_build._SERVED.clear()
    served = load_articles(raw, out)
    said = lines + [l for l in capsys.readouterr().err.splitlines() if "damaged" in l]
    assert said and all("damaged" in l for l in said)
    pd.testing.assert_frame_equal(served, load_articles(raw, tmp_path / "fresh"))  # what the pages give, not the damage
