"""Bad input gets one clear line naming the file, never a traceback; nothing readable is lost."""
import shutil
import subprocess
import sys

import pytest

from multipolar.build import build_corpus
from multipolar.cli import main
from multipolar.paths import RAW

PAGE = "China and Russia sign new accords\n\nThe two sides agreed on Tuesday to deepen cooperation — said Wang Yi.\n"


def run(raw, out, capsys):
    code = main(["build", "--raw", str(raw), "--out", str(out)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def raw(tmp_path):
    d = tmp_path / "raw"
    d.mkdir()
    (d / "good.txt").write_text(PAGE, encoding="utf-8")
    return d


def error_lines(err):
    return [l for l in err.splitlines() if l.strip()]


def test_empty_file(raw, tmp_path, capsys):
    (raw / "empty.txt").write_bytes(b"  \n\n")
    code, out, err = run(raw, tmp_path / "out", capsys)
    assert code == 0
    [line] = error_lines(err)
    assert "empty.txt" in line and "empty file" in line and "Traceback" not in err


def test_binary_file(raw, tmp_path, capsys):
    (raw / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    code, out, err = run(raw, tmp_path / "out", capsys)
    [line] = error_lines(err)
    assert code == 0 and "image.txt" in line and "binary" in line


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_non_utf8_decoded_correctly(raw, tmp_path, capsys, encoding):
    text = "Café talks in Zürich\n\nThe délégation met on Monday and agreed on trade in yuan and roubles.\n"
    if encoding == "cp1252":
        text = text.replace("agreed", "“agreed”")
    (raw / "legacy.txt").write_bytes(text.encode(encoding))
    code, out, err = run(raw, tmp_path / "out", capsys)
    [line] = error_lines(err)
    assert "legacy.txt" in line and "not UTF-8" in line
    corpus = build_corpus(raw)
    art = corpus.articles.set_index("source_file").loc["legacy.txt"]
    assert art["title"] == "Café talks in Zürich"
    assert "délégation" in art["text"]
    if encoding == "cp1252":
        assert "“agreed”" in art["text"]


def test_html_page_becomes_clean_text(raw, tmp_path, capsys):
    html = """<!DOCTYPE html><html><head><title>Xi meets Lula in Brasília</title>
    <script>var tracker = 1; console.log('nav');</script><style>body{color:red}</style></head>
    <body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
    <article><h1>Xi meets Lula in Brasília</h1>
    <p>Chinese President Xi Jinping held talks with Brazilian President Lula da Silva on November 20, 2024.</p>
    <p>The two leaders agreed to elevate ties to a community with a shared future for a more just world.</p>
    <p>They signed 37 cooperation documents covering trade, agriculture and technology in the capital.</p>
    </article><footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>"""
    (raw / "page.html").write_text(html, encoding="utf-8")
    code, out, err = run(raw, tmp_path / "out", capsys)
    assert code == 0 and err == "", "a well-read HTML page is normal input: no notice"
    art = build_corpus(raw).articles.set_index("source_file").loc["page.html"]
    assert art["title"] == "Xi meets Lula in Brasília"
    assert "elevate ties" in art["text"]
    for junk in ("tracker", "console.log", "color:red", "Copyright", "Home"):
        assert junk not in art["text"]


def test_duplicate_page_counted_once(raw, tmp_path, capsys):
    shutil.copy(raw / "good.txt", raw / "copy.txt")
    code, out, err = run(raw, tmp_path / "out", capsys)
    [line] = error_lines(err)
    assert "duplicate of" in line and ("copy.txt" in line or "good.txt" in line)
    corpus = build_corpus(raw)
    assert len(corpus.articles) == 1
    assert (corpus.removed["reason"] == "duplicate page").sum() == 2


def test_unreadable_file(raw, tmp_path, capsys):
    (raw / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    code, out, err = run(raw, tmp_path / "out", capsys)
    [line] = error_lines(err)
    assert code == 0 and "gone.txt" in line and "cannot be read" in line


def test_nothing_readable_exits_nonzero(tmp_path, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "empty.txt").write_text("")
    code, out, err = run(raw, tmp_path / "out", capsys)
    assert code == 1 and "no page could be read" in err and "Traceback" not in err


def test_missing_folder_exits_nonzero(tmp_path, capsys):
    code, out, err = run(tmp_path / "absent", tmp_path / "out", capsys)
    assert code == 1 and len(error_lines(err)) == 1


def test_unknown_layout_is_one_article(raw):
    (raw / "plain.txt").write_text("A memo on Arctic shipping\nRoutes are opening.\nTraffic doubled.\n", encoding="utf-8")
    art = build_corpus(raw).articles.set_index("source_file").loc["plain.txt"]
    assert art["title"] == "A memo on Arctic shipping"
    assert art["text"] == "Routes are opening.\n\nTraffic doubled."


def test_console_script_and_module_both_run(tmp_path):
    exe = shutil.which("multipolar", path=str(__import__("pathlib").Path(sys.executable).parent))
    assert exe, "console script not installed"
    for cmd in ([exe], [sys.executable, "-m", "multipolar"]):
        r = subprocess.run(cmd + ["build", "--raw", str(RAW), "--out", str(tmp_path / "o")],
                           capture_output=True, text=True, timeout=120)
        assert r.returncode == 0, r.stderr
        assert "articles: 35" in r.stdout
        assert {"articles.csv", "removed.csv", "ledger.csv"} <= {p.name for p in (tmp_path / "o").iterdir()}


@pytest.mark.parametrize("setting", ["two", "0", "-1"])
def test_bad_workers_setting_is_one_line(raw, tmp_path, capsys, monkeypatch, setting):
    monkeypatch.setenv("MULTIPOLAR_WORKERS", setting)
    code, out, err = run(raw, tmp_path / "out", capsys)
    [line] = error_lines(err)
    assert code == 2 and "MULTIPOLAR_WORKERS" in line and "Traceback" not in err


def test_bad_workers_option_is_refused_by_the_parser(raw, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["build", "--raw", str(raw), "--out", str(tmp_path / "out"), "--workers", "0"])
    assert exit_info.value.code == 2 and "--workers" in capsys.readouterr().err


def test_workers_option_builds_the_same_tables(tmp_path, capsys):
    for n in ("1", "2"):
        assert main(["build", "--raw", str(RAW), "--out", str(tmp_path / n), "--workers", n]) == 0
    for name in ("articles.csv", "mentions.csv", "events.csv", "theme_rates.csv"):
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes()
