"""What a researcher sees: JupyterLab in a real browser runs the explorer.

Playwright drives Debian's Chromium (never a browser of its own: nothing is downloaded) against
JupyterLab on localhost. It opens notebooks/06_explore.ipynb (a copy, so the stored outputs stay as
they are), runs every cell from the Run menu, types a term into the explorer, checks that
concordance lines and the chart appear, clicks a line and checks the article text with its hit
marked, and saves a screenshot under the test's temporary folder (and, when MULTIPOLAR_SCREENSHOT
names a file, there too: that is how the README's screenshot is made).

Skips, saying why, where Chromium or Playwright is missing; `.ci/run` installs Chromium first.
"""
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from multipolar.paths import NOTEBOOKS, PROCESSED_ENV, RAW_ENV, SHIPPED

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
NOTEBOOK = "06_explore.ipynb"
# This machine has no network and refuses Chromium's background connections: keep it from trying.
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]

playwright = pytest.importorskip("playwright.sync_api", reason="Playwright is missing: pip install -e '.[dev]'")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason=f"no Chromium at {CHROMIUM}: install it with `apt-get install chromium` "
                                       "(CI's .ci/run does), or set CHROMIUM to its path")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """JupyterLab on a free localhost port, serving a copy of the explorer notebook; the kernel's
    corpus setting is the shipped pages, built into a temporary folder."""
    home = tmp_path_factory.mktemp("lab")
    root = home / "notebooks"
    root.mkdir()
    shutil.copy(NOTEBOOKS / NOTEBOOK, root / NOTEBOOK)
    settings = home / "settings" / "@jupyterlab" / "apputils-extension"
    settings.mkdir(parents=True)  # fresh user settings, without the question about Jupyter news
    (settings / "notification.jupyterlab-settings").write_text('{"fetchNews": "false"}')
    port, token = free_port(), secrets.token_hex(16)
    log = open(home / "server.log", "w")
    env = {**os.environ, RAW_ENV: str(SHIPPED), PROCESSED_ENV: str(home / "processed"),
           "JUPYTER_CONFIG_DIR": str(home / "config"), "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
           "JUPYTER_DATA_DIR": str(Path(sys.prefix) / "share" / "jupyter"), "MPLBACKEND": "agg"}
    proc = subprocess.Popen([sys.executable, "-m", "jupyter", "lab", "--no-browser", f"--port={port}",
                             "--ServerApp.ip=127.0.0.1", f"--IdentityProvider.token={token}",
                             f"--ServerApp.root_dir={root}", "--ServerApp.port_retries=0",
                             f"--LabApp.workspaces_dir={home / 'workspaces'}", f"--LabApp.user_settings_dir={home / 'settings'}", "--LabApp.extension_manager=readonly"]
                            + (["--allow-root"] if os.geteuid() == 0 else []),
                            stdout=log, stderr=subprocess.STDOUT, env=env)  # a file: a full pipe would stall the kernel
    base = f"http://127.0.0.1:{port}"
    for _ in range(120):
        if proc.poll() is not None:
            pytest.fail("jupyter lab stopped: " + (home / "server.log").read_text()[-2000:])
        try:
            with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=5):
                break
        except OSError:
            time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail("jupyter lab did not answer on localhost within a minute")
    yield base, token
    proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


def test_the_explorer_in_a_real_browser(lab, tmp_path):
    base, token = lab
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch_persistent_context(str(tmp_path / "chromium-profile"), executable_path=str(CHROMIUM),
                                                       headless=True, args=FLAGS, viewport={"width": 1280, "height": 1400})
        page = browser.pages[0] if browser.pages else browser.new_page()
        page.set_default_timeout(60_000)
        try:
            run_explorer(page, base, token, tmp_path)
        except Exception:
            page.screenshot(path=str(tmp_path / "failure.png"))
            print(f"the page as it was: {tmp_path / 'failure.png'}; the server's log: {tmp_path.parent}")
            raise
        finally:
            browser.close()


def kernel_settled(base: str, token: str, seconds: float = 3.0, timeout: float = 120.0) -> str:
    """Wait until the notebook's session has a kernel that is idle and stays the same for `seconds`
    (JupyterLab can start one kernel, then swap it for another and drop what was queued on the
    first: seen here); return its id."""
    deadline, seen, since = time.monotonic() + timeout, None, 0.0
    while time.monotonic() < deadline:
        with urllib.request.urlopen(f"{base}/api/sessions?token={token}", timeout=10) as r:
            sessions = [x for x in json.load(r) if x.get("path", "").endswith(NOTEBOOK)]
        kernel = sessions[0]["kernel"] if len(sessions) == 1 else None
        state = (kernel["id"], kernel.get("execution_state")) if kernel else None
        if state and state[1] == "idle" and state == seen:
            if time.monotonic() - since >= seconds:
                return state[0]
        else:
            seen, since = state, time.monotonic()
        time.sleep(0.5)
    pytest.fail(f"no settled kernel for {NOTEBOOK} within {timeout:.0f} s")


def run_all_cells(page, base: str, token: str, attempts: int = 5) -> None:
    """Run > Run All Cells once the kernel has settled, and again if the cells never start (a dialog
    in the way, or a kernel swapped under them); on a busy machine JupyterLab can ask which kernel
    to start: then the proposed one, this environment's, is taken."""
    for _ in range(attempts):
        try:
            dialog = page.locator(".jp-Dialog")
            if dialog.count():
                dialog.locator(".jp-Dialog-button.jp-mod-accept").click(timeout=10_000)
                dialog.wait_for(state="detached", timeout=10_000)
            kernel_settled(base, token)
            page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).click(timeout=10_000)
            page.locator(".lm-Menu-itemLabel", has_text=re.compile(r"^Run All Cells$")).click(timeout=10_000)
            page.wait_for_function("() => [...document.querySelectorAll('.jp-InputPrompt')].some(p => "
                                   "p.textContent.includes('[*]')) || document.querySelector('.mp-explorer')",
                                   timeout=20_000)
            page.locator(".mp-explorer").wait_for(timeout=120_000)  # the first run builds the shipped pages' tables
            return
        except playwright.Error:  # not started, or stopped: look again
            if not page.locator(".jp-Dialog").count():
                page.keyboard.press("Escape")  # close a menu left open
    pytest.fail(f"Run All Cells did not bring up the explorer in {attempts} tries")


def run_explorer(page, base: str, token: str, tmp_path: Path) -> None:
    """Open the notebook, run it, search, open a line; assert what the page shows at each step."""
    page.goto(f"{base}/lab/tree/{NOTEBOOK}?token={token}")
    page.locator(".jp-Notebook .jp-Cell").first.wait_for()
    run_all_cells(page, base, token)
    explorer = page.locator(".mp-explorer")

    box = explorer.locator(".mp-term input")
    box.fill("BRICS")
    box.press("Enter")
    count = explorer.locator(".mp-count").first
    # the lines are in once every keyword shown (in bold) is the new term's
    page.wait_for_function("() => { const k = [...document.querySelectorAll('.mp-hits .mp-row b')];"
                           " return k.length > 0 && k.every(b => b.textContent.toLowerCase() === 'brics'); }",
                           timeout=60_000)
    rows = explorer.locator(".mp-hits .mp-row:visible")
    assert rows.count() >= 5, count.text_content()
    assert re.match(r"\d+ lines in \d+ of \d+ articles", count.text_content()), count.text_content()
    chart = explorer.locator(".mp-chart img, img.mp-chart").first
    chart.wait_for()
    assert chart.evaluate("img => img.naturalWidth") > 300, "the rate chart is on screen"

    rows.first.locator("button").click()
    current = explorer.locator(".mp-excerpt mark.mp-current")
    current.wait_for()
    assert current.text_content().lower() == "brics"
    assert len(explorer.locator(".mp-article").text_content()) > 500, "the article's text is shown"
    box = current.bounding_box()
    assert box and 0 <= box["y"] < page.viewport_size["height"], "the opened hit is in view, beside the lines"
    colour = "el => getComputedStyle(el).backgroundColor"
    other = explorer.locator(".mp-article mark:not(.mp-current)").first
    assert current.evaluate(colour) != other.evaluate(colour), "the opened hit stands out from the other hits"

    current.scroll_into_view_if_needed()
    page.screenshot(path=str(tmp_path / "explorer.png"))
    assert (tmp_path / "explorer.png").stat().st_size > 10_000
    if os.environ.get("MULTIPOLAR_SCREENSHOT"):  # the README's: the search box, the chart and the first lines
        explorer.evaluate("el => el.scrollIntoView()")
        box = explorer.bounding_box()
        page.screenshot(path=os.environ["MULTIPOLAR_SCREENSHOT"],
                        clip={"x": box["x"], "y": box["y"], "width": box["width"], "height": 900})
