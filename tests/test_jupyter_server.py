"""Open the notebooks the way a researcher does: JupyterLab's server on localhost, a session, a kernel.

Starts `jupyter lab` from this environment, opens a notebook session through the REST API (what the
browser does), runs every code cell over the kernel's websocket and checks the outputs.
"""
import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import nbformat
import pytest
from tornado.ioloop import IOLoop
from tornado.websocket import websocket_connect

from multipolar.paths import NOTEBOOKS, ROOT

NOTEBOOK = "00_corpus_overview.ipynb"


def free_port() -> int:
    """A free TCP port on localhost."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(base: str, token: str, method: str, path: str, body: dict | None = None):
    """One JSON request to the Jupyter server's REST API."""
    req = urllib.request.Request(base + path, method=method, data=json.dumps(body).encode() if body else None,
                                 headers={"Authorization": f"token {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        raw = r.read()
        return r.status, (json.loads(raw) if raw and r.headers.get_content_type() == "application/json" else raw)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """JupyterLab on a free localhost port, rooted at the repository, with a random token."""
    port, token = free_port(), secrets.token_hex(16)
    home = tmp_path_factory.mktemp("jupyter-home")
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(home / "config"), "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
           "JUPYTER_DATA_DIR": str(Path(sys.prefix) / "share" / "jupyter")}
    proc = subprocess.Popen([sys.executable, "-m", "jupyter", "lab", "--no-browser", f"--port={port}",
                             "--ServerApp.ip=127.0.0.1", f"--IdentityProvider.token={token}",
                             f"--ServerApp.root_dir={ROOT}", "--ServerApp.port_retries=0",
                             "--LabApp.extension_manager=readonly"] + (["--allow-root"] if os.geteuid() == 0 else []),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    base = f"http://127.0.0.1:{port}"
    for _ in range(120):
        if proc.poll() is not None:
            break
        try:
            if call(base, token, "GET", "/api/status")[0] == 200:
                break
        except OSError:
            time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail("jupyter lab did not start: " + proc.stderr.read().decode()[-2000:])
    yield base, token
    proc.terminate()
    proc.wait(timeout=30)


async def run_cells(url: str, cells: list[str]) -> list[dict]:
    """Execute each cell on a kernel's websocket channel; return replies and the text each cell printed."""
    ws = await websocket_connect(url)
    session, results = uuid.uuid4().hex, []
    for code in cells:
        msg_id = uuid.uuid4().hex
        await ws.write_message(json.dumps({
            "header": {"msg_id": msg_id, "msg_type": "execute_request", "session": session, "username": "test",
                       "version": "5.3", "date": ""},
            "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
            "content": {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                        "allow_stdin": False, "stop_on_error": True}}))
        reply, text, idle = None, [], False
        while reply is None or not idle:
            msg = json.loads(await ws.read_message())
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            kind = msg["header"]["msg_type"]
            if kind == "execute_reply":
                reply = msg["content"]
            elif kind == "stream":
                text.append(msg["content"]["text"])
            elif kind in ("execute_result", "display_data"):
                text.append(msg["content"]["data"].get("text/plain", ""))
            elif kind == "status" and msg["content"]["execution_state"] == "idle":
                idle = True
        results.append({"status": reply["status"], "text": "".join(text)})
    ws.close()
    return results


def test_jupyterlab_serves_the_lab_and_the_notebooks(server):
    base, token = server
    status, page = call(base, token, "GET", "/lab")
    assert status == 200 and b"JupyterLab" in page
    status, listing = call(base, token, "GET", "/api/contents/notebooks")
    assert NOTEBOOK in {c["name"] for c in listing["content"]}


def test_a_notebook_runs_through_the_server_on_the_project_kernel(server):
    base, token = server
    status, session = call(base, token, "POST", "/api/sessions",
                           {"path": f"notebooks/{NOTEBOOK}", "type": "notebook", "name": NOTEBOOK,
                            "kernel": {"name": "python3"}})
    assert status == 201
    kernel = session["kernel"]["id"]
    nb = nbformat.read(NOTEBOOKS / NOTEBOOK, as_version=4)
    code = [c.source for c in nb.cells if c.cell_type == "code"]
    probe = "import sys, os, multipolar; print(sys.prefix); print(os.getcwd()); print(multipolar.__file__)"
    url = base.replace("http", "ws") + f"/api/kernels/{kernel}/channels?token={token}"
    try:
        results = IOLoop.current().run_sync(lambda: run_cells(url, [probe] + code), timeout=240)
    finally:
        call(base, token, "DELETE", f"/api/sessions/{session['id']}")
    prefix, cwd, lib = results[0]["text"].split("\n")[:3]
    assert Path(prefix).resolve() == Path(sys.prefix).resolve(), "the kernel is this project's environment"
    assert Path(cwd).resolve() == NOTEBOOKS.resolve(), "the kernel runs in the notebook's folder"
    assert Path(lib).resolve().is_relative_to(ROOT / "lib")
    assert [r["status"] for r in results] == ["ok"] * len(results)
    stored = [o.text for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "stream"]
    assert stored and stored[0].strip() in results[1]["text"], "the first printed line matches the stored output"
