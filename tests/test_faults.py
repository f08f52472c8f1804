"""Bad input and faults: each case gets exactly one line naming the file (or folder) and what
happened, never a traceback, and the other pages are built. Every file is made by the test."""
import errno
import os
import random
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from multipolar import store
from multipolar.build import build_corpus, load_articles
from multipolar.cli import main
from multipolar.load import decode, is_blank, looks_like_html, normalise_page, printable_name, read_pages

GOOD = "China and Russia sign new accords\n\nThe two sides agreed on Tuesday to deepen cooperation — said Wang Yi.\n"
TABLES = ["articles.csv", "removed.csv", "ledger.csv", "mentions.csv", "dates.csv", "theme_rates.csv", "events.csv"]


@pytest.fixture
def raw(tmp_path):
    """A raw folder holding one good page."""
    d = tmp_path / "raw"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    return d


def run(raw, out, capsys):
    """Run `multipolar build`; return the exit code, stdout and stderr."""
    code = main(["build", "--raw", str(raw), "--out", str(out)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def lines_about(err, name):
    """The lines of stderr that name `name`."""
    return [l for l in err.splitlines() if name in l]


def article(raw, name):
    """The article row of a one-article page."""
    arts = build_corpus(raw, progress=False).articles
    [row] = arts[arts["source_file"] == name].to_dict("records")
    return row


def page_lines(raw, name):
    """The ledger's lines of one page: {line number: text}."""
    led = build_corpus(raw, progress=False).ledger
    mine = led[led["source_file"] == name]
    return dict(zip(mine["line_no"], mine["text"]))


def one_line(raw, tmp_path, capsys, name, *expected):
    """Build, and check that there is exactly one line, naming `name` and saying `expected`, no
    traceback, and that the good page was built; return that line."""
    code, out, err = run(raw, tmp_path / "out", capsys)
    assert "Traceback" not in err
    assert code == 0, err
    [line] = lines_about(err, name)
    assert len([l for l in err.splitlines() if l.strip()]) == 1, err
    for what in expected:
        assert what in line, line
    arts = pd.read_csv(tmp_path / "out" / "articles.csv", dtype=str, keep_default_na=False)
    assert "good.txt" in set(arts["source_file"])
    return line


# -- decoding ----------------------------------------------------------------------------
STRAY = "Summit in Kazan\n\nThe leaders met — as expected — in Kazan. “Good talks,” said one.\nA lone @ byte.\nThe end — really.\n"


def test_utf8_page_with_one_stray_byte_stays_utf8(raw, tmp_path, capsys):
    (raw / "stray.txt").write_bytes(STRAY.encode().replace(b"@", b"\xe9"))
    line = one_line(raw, tmp_path, capsys, "stray.txt", "1 byte that is not valid UTF-8", "line 4", "U+FFFD")
    text = article(raw, "stray.txt")["text"]
    assert text == "The leaders met — as expected — in Kazan. “Good talks,” said one.\n\nA lone \ufffd byte.\n\nThe end — really."
    assert "decoded as" not in line


@pytest.mark.parametrize("name, text, encoding, shown", [
    ("cp1251.txt", "Putin meets Xi in Moscow\n\nPresident Vladimir Putin (Владимир Путин) met Xi Jinping; "
                   "Sergei Lavrov (Сергей Лавров) said the talks were good.\n", "cp1251", "cp1251"),
    ("latin1.txt", "Café talks in Zürich\n\nThe délégation met on Monday\x81 and agreed on trade in yuan.\n",
     "latin-1", "iso8859-1"),
    ("cp1250.txt", "Szczyt w Łodzi\n\nPrezydent Chin spotkał się w Łodzi z premierem; rozmowy dotyczyły handlu.\n",
     "cp1250", "cp1250"),
    ("koi8.txt", "Путин и Си Цзиньпин\n\nПереговоры прошли в Москве в четверг.\n", "koi8_r", "koi8-r"),
    ("gbk.txt", "中俄元首会谈\n\n中俄两国元首在莫斯科举行会谈，双方签署了多项合作文件。\n", "gb18030", "gb18030"),
])
def test_legacy_encoding_chosen_by_plausibility(raw, tmp_path, capsys, name, text, encoding, shown):
    (raw / name).write_bytes(text.encode(encoding))
    one_line(raw, tmp_path, capsys, name, "not UTF-8", f"decoded as {shown}", "save it as UTF-8")
    assert page_lines(raw, name) == {i: t for i, t in enumerate(text.split("\n"), start=1) if t.strip()}


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-le", "utf-32-be", "utf-16-le"])
def test_utf32_and_utf16_with_and_without_a_mark(raw, tmp_path, capsys, encoding):
    text = "A page on the SCO\n\nThe SCO summit in Astana — a success for both sides.\n"
    (raw / "wide.txt").write_bytes(text.encode(encoding))
    line = one_line(raw, tmp_path, capsys, "wide.txt", "not UTF-8", "decoded as utf-")
    assert ("no byte-order mark" in line) == (encoding != "utf-32")
    row = article(raw, "wide.txt")
    assert (row["title"], row["text"]) == ("A page on the SCO", "The SCO summit in Astana — a success for both sides.")


def test_utf16_with_an_odd_byte_count(raw, tmp_path, capsys):
    (raw / "odd.txt").write_bytes("UTF-16 page\n\nThe BRICS summit in Kazan.\n".encode("utf-16") + b"A")
    one_line(raw, tmp_path, capsys, "odd.txt", "decoded as utf-16-le", "1 byte that is not valid UTF-16-LE", "line 4")
    assert article(raw, "odd.txt")["text"] == "The BRICS summit in Kazan.\n\n\ufffd"


def test_utf16_with_a_lone_surrogate(raw, tmp_path, capsys):
    data = b"\xff\xfe" + "Lone surrogate\n\nText ".encode("utf-16-le") + b"\x00\xd8" + " more text.\n".encode("utf-16-le")
    (raw / "surrogate.txt").write_bytes(data)
    one_line(raw, tmp_path, capsys, "surrogate.txt", "2 bytes that are not valid UTF-16-LE", "line 3")
    assert article(raw, "surrogate.txt")["text"] == "Text \ufffd more text."


def test_random_bytes_after_a_utf16_mark_are_refused(raw, tmp_path, capsys):
    rnd = random.Random(14)
    (raw / "noise.txt").write_bytes(b"\xff\xfe" + bytes(rnd.randrange(256) for _ in range(3000)))
    one_line(raw, tmp_path, capsys, "noise.txt", "binary file, not a text page", "unprintable", "skipped")


def test_utf8_mark_followed_by_a_cp1252_byte(raw, tmp_path, capsys):
    (raw / "bom.txt").write_bytes(b"\xef\xbb\xbf" + "Café diplomacy\n\nA short page.\n".encode("cp1252"))
    one_line(raw, tmp_path, capsys, "bom.txt", "despite its UTF-8 byte-order mark", "cp1252")
    assert article(raw, "bom.txt")["title"] == "Café diplomacy"


def test_utf8_with_a_mark_is_read_silently(raw, tmp_path, capsys):
    (raw / "bom.txt").write_bytes(b"\xef\xbb\xbf" + "Café diplomacy\n\nA short page — fine.\n".encode())
    code, out, err = run(raw, tmp_path / "out", capsys)
    assert code == 0 and err == ""
    assert article(raw, "bom.txt")["title"] == "Café diplomacy"


# -- HTML --------------------------------------------------------------------------------
INLINE = ("Notes on scraping\nThe tag <p>wraps</p> a paragraph and <div>this</div> a block; <html> starts a page.\n\n"
          "More text about the summit.\n")


def test_text_page_quoting_tags_is_text(raw, tmp_path, capsys):
    (raw / "inline.txt").write_text(INLINE, encoding="utf-8")
    code, out, err = run(raw, tmp_path / "out", capsys)
    assert code == 0 and err == "", "a text page that quotes tags is ordinary input"
    row = article(raw, "inline.txt")
    assert row["title"] == "Notes on scraping" and "<p>wraps</p>" in row["text"] and "<html>" in row["text"]


@pytest.mark.parametrize("text, name, html", [
    (INLINE, "a.txt", False),
    ("<p>Quoted</p> tags open this line of a text page\nand nothing closes later", "a.txt", True),
    ("Intro\n<html><body><p>x</p></body></html>", "a.txt", False),
    ("<!DOCTYPE html><html><body><p>x</p></body></html>", "a.txt", True),
    ("\n  <!-- saved --><html lang=en><p>x", "a.txt", True),
    ("<div class='post'><p>A fragment of a page.</p></div>", "a.txt", True),
    ("Text with a <b>bold</b> word", "a.html", True),
    ("Plain text saved as .html", "a.html", False),
])
def test_html_is_recognised_by_how_the_file_opens(text, name, html):
    assert looks_like_html(text, name) is html


def deep_html(depth):
    """An article nested `depth` divs deep."""
    body = ("<div>" * depth + "<p>China and Russia agreed on trade; the talks in Moscow lasted two days and covered energy.</p>"
            "<p>A second paragraph about the summit and its results for both sides.</p>" + "</div>" * depth)
    return f"<!DOCTYPE html><html><head><title>Deep page title</title></head><body><article>{body}</article></body></html>"


def test_html_nested_deeper_than_the_parser_reads(raw, tmp_path, capsys):
    (raw / "deep.html").write_text(deep_html(1000), encoding="utf-8")
    one_line(raw, tmp_path, capsys, "deep.html", "HTML nested 1,004 levels deep", "unwrapping")
    row = article(raw, "deep.html")
    assert row["title"] == "Deep page title"
    assert row["text"] == ("China and Russia agreed on trade; the talks in Moscow lasted two days and covered energy.\n\n"
                           "A second paragraph about the summit and its results for both sides.")


def test_html_within_the_parser_depth_is_untouched(raw, tmp_path, capsys):
    (raw / "shallow.html").write_text(deep_html(100), encoding="utf-8")
    code, out, err = run(raw, tmp_path / "out", capsys)
    assert code == 0 and err == ""
    assert "second paragraph" in article(raw, "shallow.html")["text"]


# -- not pages ---------------------------------------------------------------------------
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06" + bytes(range(256)) * 4


def test_text_with_a_png_appended_keeps_the_text_only(raw, tmp_path, capsys):
    (raw / "photo.txt").write_bytes(b"A page with a photo\n\nThe talks went well.\nBoth sides agreed.\n" + PNG)
    one_line(raw, tmp_path, capsys, "photo.txt", "binary data (a PNG image) from line 5 on", "left out")
    row = article(raw, "photo.txt")
    assert (row["title"], row["text"]) == ("A page with a photo", "The talks went well.\n\nBoth sides agreed.")
    led = build_corpus(raw, progress=False).ledger
    assert set(led.loc[led["source_file"] == "photo.txt", "line_no"]) == {1, 3, 4}


def test_text_with_unknown_binary_appended(raw, tmp_path, capsys):
    rnd = random.Random(1)
    tail = bytes(rnd.randrange(256) for _ in range(2000)).replace(b"\x00", b"") + b"\x00" * 50
    (raw / "tail.txt").write_bytes(b"A page\n\nSome text.\n" + tail)
    one_line(raw, tmp_path, capsys, "tail.txt", "text followed by binary data from line")
    assert article(raw, "tail.txt")["text"] == "Some text."


@pytest.mark.parametrize("data", [b"\xef\xbb\xbf", "\u200b\u200b\n \u200b\ufeff\n".encode(), "\u2060\u00a0".encode("utf-16")])
def test_only_invisible_characters_is_empty(raw, tmp_path, capsys, data):
    (raw / "blank.txt").write_bytes(data)
    one_line(raw, tmp_path, capsys, "blank.txt", "empty file", "skipped")
    assert "blank.txt" in build_corpus(raw, progress=False).skipped


def test_uncompressed_pdf_is_refused(raw, tmp_path, capsys):
    pdf = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\nBT /F1 12 Tf (China and Russia) Tj ET\ntrailer\n%%EOF\n"
    (raw / "report.txt").write_bytes(pdf)
    one_line(raw, tmp_path, capsys, "report.txt", "a PDF, not a text page", "convert it to text")
    assert set(build_corpus(raw, progress=False).articles["source_file"]) == {"good.txt"}


@pytest.mark.parametrize("data, kind", [(PNG, "PNG image"), (b"PK\x03\x04\x14\x00\x00\x00" + bytes(100), "ZIP archive")])
def test_files_of_other_formats_are_named(raw, tmp_path, capsys, data, kind):
    (raw / "thing.txt").write_bytes(data)
    one_line(raw, tmp_path, capsys, "thing.txt", f"binary file (a {kind}", "skipped")


def test_sub_folders_and_linked_folders_are_named_not_read(raw, tmp_path, capsys):
    (raw / "more").mkdir()
    (raw / "more" / "page.txt").write_text("A page in a sub-folder\n\nIt is not read.\n", encoding="utf-8")
    (raw / "elsewhere").symlink_to(raw / "more")
    code, out, err = run(raw, tmp_path / "out", capsys)
    assert code == 0 and "Traceback" not in err
    [folder] = lines_about(err, "/more:")
    [link] = lines_about(err, "/elsewhere:")
    assert "a folder, not read" in folder and "--raw" in folder
    assert "a link to a folder, not read" in link
    assert len(err.splitlines()) == 2
    assert set(build_corpus(raw, progress=False).articles["source_file"]) == {"good.txt"}


def test_a_fifo_never_hangs_the_build(raw, tmp_path):
    os.mkfifo(raw / "pipe")
    r = subprocess.run([sys.executable, "-m", "multipolar", "build", "--raw", str(raw), "--out", str(tmp_path / "out")],
                       capture_output=True, text=True, timeout=120, env={**os.environ, "MULTIPOLAR_WORKERS": "1"})
    assert r.returncode == 0 and "Traceback" not in r.stderr
    [line] = lines_about(r.stderr, "pipe")
    assert "FIFO" in line and "skipped" in line
    assert [e.kind for e in store.survey(raw) if e.name == "pipe"] == ["FIFO (named pipe)"]  # never opened


# -- names and ids -----------------------------------------------------------------------
def test_same_stem_gives_unique_article_ids(raw, tmp_path, capsys):
    (raw / "x.txt").write_text("Page x as text\n\nChina and Russia talk about trade.\n", encoding="utf-8")
    (raw / "x").write_text("Page x with no extension\n\nRussia and China talk about energy.\n", encoding="utf-8")
    (raw / "x.html").write_text("<!DOCTYPE html><html><head><title>Page x as HTML</title></head><body><article>"
                                "<h1>Page x as HTML</h1><p>The two leaders agreed to elevate ties to a community "
                                "with a shared future for a more just and multipolar world.</p></article></body></html>",
                                encoding="utf-8")
    code, out, err = run(raw, tmp_path / "out", capsys)
    assert code == 0 and err == ""
    arts = pd.read_csv(tmp_path / "out" / "articles.csv", dtype=str, keep_default_na=False)
    assert dict(zip(arts["source_file"], arts["article_id"])) == {
        "good.txt": "good-01", "x": "x-01", "x.html": "x.html-01", "x.txt": "x.txt-01"}
    rates = pd.read_csv(tmp_path / "out" / "theme_rates.csv", dtype=str, keep_default_na=False)
    assert {"x-01", "x.txt-01", "x.html-01"} <= set(rates["group"])


def test_shipped_article_ids_are_unchanged(corpus):
    assert corpus.articles["article_id"].iloc[0] == "000_177e6bf478f5251b-01"
    assert corpus.articles["article_id"].is_unique


def test_file_name_that_is_not_utf8(raw, tmp_path, capsys):
    name = os.fsdecode(b"caf\xe9.txt")
    (raw / name).write_text("A page with a Latin-1 name\n\nChina and Russia agreed.\n", encoding="utf-8")
    line = one_line(raw, tmp_path, capsys, "caf\\xe9.txt", "file name is not UTF-8", "rename the file")
    assert "Traceback" not in line
    for table in TABLES:
        assert (tmp_path / "out" / table).stat().st_size > 0
    arts = pd.read_csv(tmp_path / "out" / "articles.csv", dtype=str, keep_default_na=False)
    assert set(arts["source_file"]) == {"good.txt", "caf\\xe9.txt"}


# -- the output folder -------------------------------------------------------------------
def refused(raw, out, capsys, *expected):
    """Build into `out`; check for one line naming it and saying `expected`, and a non-zero exit."""
    code, stdout, err = run(raw, out, capsys)
    assert code == 1 and "Traceback" not in err
    [line] = [l for l in err.splitlines() if l.strip()]
    assert str(out) in line, line
    for what in expected:
        assert what in line, line
    return line


def test_out_that_is_a_file(raw, tmp_path, capsys):
    (tmp_path / "out").write_text("not a folder")
    refused(raw, tmp_path / "out", capsys, "is a file, not a folder", "pass --out a folder")
    assert (tmp_path / "out").read_text() == "not a folder"


def test_out_whose_parent_is_a_file(raw, tmp_path, capsys):
    (tmp_path / "file").write_text("x")
    refused(raw, tmp_path / "file" / "out", capsys, "is a file", "pass --out a folder")


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into a read-only folder")
def test_out_in_a_read_only_folder(raw, tmp_path, capsys):
    (tmp_path / "ro").mkdir(mode=0o555)
    refused(raw, tmp_path / "ro" / "out", capsys, "not writable", "a folder you can write to")


def test_out_under_proc(raw, capsys):
    refused(raw, Path("/proc/multipolar-out"), capsys, "cannot be written there", "no table was changed")


def earlier_build(raw, out, capsys):
    """Build once into `out` and return its tables' bytes."""
    assert run(raw, out, capsys)[0] == 0
    return {name: (out / name).read_bytes() for name in TABLES}


@pytest.mark.parametrize("fault, said", [(errno.ENOSPC, "free some space"), (errno.EACCES, "a folder you can write to"),
                                         (errno.EROFS, "a folder you can write to")])
def test_failed_write_leaves_no_partial_table(raw, tmp_path, capsys, monkeypatch, fault, said):
    out = tmp_path / "out"
    before = earlier_build(raw, out, capsys)
    stored = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    (raw / "more.txt").write_text("Another page\n\nRussia and China met in Kazan.\n", encoding="utf-8")
    real = pq.ParquetWriter.write_table
    written = []

    def failing(self, table, *args, **kwargs):  # the third table runs out of room half-way
        written.append(table)
        if len(written) == 3:
            raise OSError(fault, os.strerror(fault))
        return real(self, table, *args, **kwargs)

    monkeypatch.setattr(pq.ParquetWriter, "write_table", failing)
    line = refused(raw, out, capsys, "cannot be written there", os.strerror(fault), said, "no table was changed")
    assert "more.txt" not in line
    assert {name: (out / name).read_bytes() for name in TABLES} == before
    assert {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()} == stored  # nothing left over
    monkeypatch.undo()
    assert "more.txt" in set(load_articles(raw, out)["source_file"])  # the next build mends it


def test_successful_write_replaces_every_table(raw, tmp_path, capsys):
    out = tmp_path / "out"
    before = earlier_build(raw, out, capsys)
    (raw / "more.txt").write_text("Another page\n\nRussia and China met in Kazan.\n", encoding="utf-8")
    after = earlier_build(raw, out, capsys)
    assert after["articles.csv"] != before["articles.csv"] and b"more.txt" in after["articles.csv"]
    assert sorted(p.name for p in out.iterdir()) == sorted(TABLES + ["store"])
    [generation] = [p for p in (out / "store").iterdir() if p.is_dir()]  # the earlier state is gone
    assert (out / "store" / "CURRENT").read_text().split()[0] == generation.name


def test_raw_folder_that_cannot_be_listed(raw, tmp_path, capsys, monkeypatch):
    real = Path.iterdir

    def denied(self):
        if self == raw:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
        return real(self)

    monkeypatch.setattr(Path, "iterdir", denied)
    code, out, err = run(raw, tmp_path / "out", capsys)
    assert code == 1 and "Traceback" not in err
    [line] = err.splitlines()
    assert str(raw) in line and "cannot be read (Permission denied)" in line
    assert not (tmp_path / "out").exists()


def test_raw_and_out_kept_apart(raw, tmp_path, capsys):
    refused(raw, raw, capsys, "--out is the raw folder", "pass --out another folder")
    refused(raw, raw / "tables", capsys, "inside the raw folder", "outside it")
    refused(raw, tmp_path, capsys, "holds the raw folder", "outside it")
    assert sorted(p.name for p in raw.iterdir()) == ["good.txt"]


# -- decoding never raises ---------------------------------------------------------------
def test_every_case_of_the_issue_in_one_folder(raw, tmp_path, capsys):
    """All the cases together: one line each, the good pages built, no traceback."""
    (raw / "stray.txt").write_bytes(STRAY.encode().replace(b"@", b"\xe9"))
    (raw / "cp1250.txt").write_bytes("Szczyt w Łodzi\n\nSpotkał się z premierem.\n".encode("cp1250"))
    (raw / "wide.txt").write_bytes("UTF-32 page\n\nText.\n".encode("utf-32-le"))
    (raw / "photo.txt").write_bytes(b"A page with a photo\n\nText.\n" + PNG)
    (raw / "blank.txt").write_bytes(b"\xef\xbb\xbf")
    (raw / "report.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    (raw / "deep.html").write_text(deep_html(400), encoding="utf-8")
    (raw / "x.html").write_text(deep_html(3).replace("second", "third"), encoding="utf-8")
    (raw / "x.txt").write_text("Page x\n\nText of x.\n", encoding="utf-8")
    (raw / "sub").mkdir()
    code, out, err = run(raw, tmp_path / "out", capsys)
    assert code == 0 and "Traceback" not in err
    named = {n: lines_about(err, f"/{n}:") for n in ("stray.txt", "cp1250.txt", "wide.txt", "photo.txt", "blank.txt",
                                                     "report.pdf", "deep.html", "sub")}
    assert all(len(v) == 1 for v in named.values()), named
    assert len(err.splitlines()) == len(named)
    arts = pd.read_csv(tmp_path / "out" / "articles.csv", dtype=str, keep_default_na=False)
    assert set(arts["source_file"]) == {"good.txt", "stray.txt", "cp1250.txt", "wide.txt", "photo.txt", "deep.html",
                                        "x.html", "x.txt"}
    assert arts["article_id"].is_unique


def test_decode_says_what_it_did():
    assert decode("Łódź".encode("cp1250") + b" is in Poland").encoding == "cp1250"
    assert decode(b"plain ASCII").encoding == "utf-8"
    assert decode("\ufeffWith a mark".encode()).text == "With a mark"


def test_read_pages_reports_one_line_per_file(raw):
    (raw / "a.txt").write_bytes(b"")
    (raw / "b.txt").write_bytes("Caf\xe9 page\n\ntext".encode("latin-1"))
    (raw / ".hidden").write_text("never read")
    report = read_pages(raw)
    assert [m.split(": ")[0].rsplit("/", 1)[1] for m in report.messages] == ["a.txt", "b.txt"]
    assert set(report.skipped) == {"a.txt"} and [p.source_file for p in report.pages] == ["b.txt", "good.txt"]


# -- a property: random mixtures of the cases lose no line ---------------------------------
WORDS = st.sampled_from("China Russia BRICS summit Xi Putin talks trade order world the of and in a".split())
PROSE = st.lists(WORDS, min_size=6, max_size=30).map(lambda w: " ".join(w).capitalize() + ".")
HEADING = st.lists(WORDS, min_size=2, max_size=8).map(lambda w: " ".join(w).title())
CHROME = st.sampled_from(["Continue reading", "Posted in China on January 7, 2015 by Someone", "By Jane Doe",
                          "23 December 2014", "Photo credit: Agency", "Comments", "(7 votes) |"])
LINES = st.lists(st.one_of(PROSE, HEADING, CHROME, st.just("")), min_size=1, max_size=12).map("\n".join)


def html_page(text):
    """An HTML document whose paragraphs are the text's lines."""
    paras = "".join(f"<p>{line}</p>" for line in text.split("\n") if line.strip())
    return f"<!DOCTYPE html><html><head><title>A page</title></head><body><article><h1>A page</h1>{paras}</article></body></html>"


# Each case: the file's bytes and the text the reader must find (None: the file is refused; "page":
# whatever the reader makes of it, checked against its own reading, for HTML and random bytes).
CASES = {
    "utf8": lambda t, b: (t.encode(), t),
    "stray byte": lambda t, b: ((t + "\nA — B — C\nSo @ it").encode().replace(b"@", b"\xe9"),
                                t + "\nA — B — C\nSo \ufffd it"),
    "cp1251": lambda t, b: ((t + "\nPutin (Владимир Путин) spoke.").encode("cp1251"), t + "\nPutin (Владимир Путин) spoke."),
    "latin-1 0x81": lambda t, b: ((t + "\nCafé in Zürich\x81.").encode("latin-1"), t + "\nCafé in Zürich\x81."),
    "cp1250": lambda t, b: ((t + "\nSpotkał się w Łodzi.").encode("cp1250"), t + "\nSpotkał się w Łodzi."),
    "utf-32": lambda t, b: (t.encode("utf-32"), t),
    "utf-32-be": lambda t, b: (t.encode("utf-32-be"), t),
    "utf-16 odd": lambda t, b: (t.encode("utf-16") + b"!", t + "\ufffd"),
    "png appended": lambda t, b: (t.encode() + b"\n" + PNG, t),
    "bom only": lambda t, b: (b"\xef\xbb\xbf", None),
    "zero-width": lambda t, b: ("\u200b\n\u200b\u200b".encode(), None),
    "pdf": lambda t, b: (b"%PDF-1.4\n" + t.encode() + b"\n%%EOF", None),
    "inline tags": lambda t, b: ((t + "\nThe <p>tag</p> and <html> inline.").encode(), t + "\nThe <p>tag</p> and <html> inline."),
    "html": lambda t, b: (html_page(t).encode(), "page"),
    "random bytes": lambda t, b: (b, "page"),
}
FILES = st.lists(st.tuples(st.sampled_from(sorted(CASES)), LINES, st.binary(min_size=1, max_size=300),
                           st.sampled_from(["p", "q"]), st.sampled_from([".txt", ".html", "", ".TXT"]),
                           st.booleans()), min_size=1, max_size=6)


def expected_lines(text):
    """{line number: stripped text} of a page's non-blank lines, numbered as the reader numbers them."""
    return {i: line.strip() for i, line in enumerate(normalise_page(text).split("\n"), start=1) if line.strip()}


def check_every_line_in_one_place(corpus, raw, expected):
    """Each readable file's non-blank lines are in the ledger once each, with the text the reader
    must find, and each ends in its article's title or body, or in removed.csv; refused files have
    one line and no ledger rows; no file has two lines."""
    led, arts = corpus.ledger, corpus.articles.set_index("article_id")
    assert not led.duplicated(["source_file", "line_no"]).any()
    pages = {p.source_file: p.text for p in read_pages(raw).pages}
    for name, text in expected.items():
        said = [m for m in corpus.messages if m.startswith(f"{raw}/{name}: ")]
        assert len(said) <= 1, said
        mine = led[led["source_file"] == name]
        if text is None or (text != "page" and is_blank(text)):
            assert name in corpus.skipped and mine.empty and len(said) == 1, (name, said)
            continue
        if text == "page":
            if name in corpus.skipped:
                assert mine.empty and len(said) == 1
                continue
            text = pages[name]
        assert dict(zip(mine["line_no"], mine["text"])) == expected_lines(text), name
    removed = set(zip(corpus.removed["source_file"], corpus.removed["line_no"]))
    for row in led.itertuples():
        if row.role == "title":
            assert row.text in arts.loc[row.article_id, "title"] and (row.source_file, row.line_no) not in removed
        elif row.role == "body":
            assert row.text in arts.loc[row.article_id, "text"] and (row.source_file, row.line_no) not in removed
        else:
            assert row.role in ("metadata", "removed") and (row.source_file, row.line_no) in removed


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files=FILES)
def test_random_mixtures_of_bad_input_lose_no_line(tmp_path_factory, files):
    raw = tmp_path_factory.mktemp("raw")
    expected = {}
    for i, (case, text, noise, stem_, suffix, odd_name) in enumerate(files):
        data, want = CASES[case](text, noise)
        if case == "inline tags" and suffix == ".html":
            want = "page"  # a file named .html holding a tag is read as HTML
        name = f"{stem_}{i % 2}{suffix}"  # p0.txt beside p0.html or p0: ids must stay unique
        if name in expected:
            continue
        path = raw / (os.fsdecode(name.encode() + b"\xff") if odd_name else name)
        path.write_bytes(data)
        expected[printable_name(path.name)] = want
    corpus = build_corpus(raw, progress=False)
    assert corpus.articles["article_id"].is_unique
    check_every_line_in_one_place(corpus, raw, expected)
