"""Fixtures for the web tests: the API tests' newsroom, a TestClient, and (for the browser tests)
a real uvicorn server on 127.0.0.1 and headless Chromium."""

from __future__ import annotations

import socket
import sys
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "api"))  # the shared newsroom records

from newsroom import newsroom

from newsgraph.api import create_app
from newsgraph.store import Store

with warnings.catch_warnings():  # starlette asks for httpx2 instead of httpx; the pins have httpx
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

CHROMIUM = Path("/usr/bin/chromium")
# From shared/STACK.md: headless, no sandbox (containers), nothing fetched but loopback.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
]


@pytest.fixture(scope="module")
def web_store() -> Iterator[Store]:
    s = Store.memory()
    s.write(newsroom())
    yield s
    s.close()


@pytest.fixture(scope="module")
def pages(web_store: Store) -> TestClient:
    return TestClient(create_app(web_store))


@pytest.fixture(scope="module")
def server(web_store: Store) -> Iterator[str]:
    """The app under uvicorn in a thread, on a free loopback port; yields its base URL."""
    import uvicorn

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(web_store), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start within 10 s")
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)
    sock.close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
