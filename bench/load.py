"""Load test on loopback: many concurrent readers of `newsgraph serve` while the store is written.

    .venv/bin/python bench/load.py [--articles 1500] [--readers 32] [--seconds 20] [--posts 6]

1. Fills a fresh store (in a temporary directory) with synthetic records: articles, people,
   places, quotes and events built from word lists here, no model and no shared data.
2. Starts `newsgraph serve` on 127.0.0.1 (a free port) with an ingest token.
3. For ``--seconds`` (and at most ``--max-requests``), ``--readers`` async httpx clients read
   the JSON API and the HTML pages in a loop, while two writers work at the same time: another
   process appends synthetic records with ``Store.write`` (a batch every ~50 ms), and this
   process POSTs ``--posts`` articles to ``/api/ingest`` with the token (the real pipeline:
   the server loads the spaCy model on the first one).
4. Prints requests, errors, requests per second, p50/p90/p99/max latency overall and per
   route, and what the writers did; exits 1 when any request failed.

Bounded: every request has a timeout, the run stops itself, and the server and the writer are
stopped (then killed) on the way out.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("HTTP_PROXY", "http://127.0.0.1:9")
os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")

import httpx

from newsgraph.model import Article, Entity, Event, Mention, PublishedDate, Quote, Record
from newsgraph.store import Store

FIRST = ["Mara", "Theo", "Ada", "Jonas", "Ines", "Omar", "Lena", "Ruth", "Pavel", "Noor", "Iris", "Tomas"]
LAST = ["Olsen", "Brandt", "Lindqvist", "Berg", "Castro", "Haddad", "Vogt", "Adeyemi", "Novak", "Rahimi"]
PLACES = ["Tromsø", "Bergen", "Lisbon", "Ghent", "Turku", "Split", "Cork", "Aarhus", "Graz", "Malmö"]
TOPICS = ["the pier", "the bus lanes", "the new school", "the budget", "the ferry route", "the bridge"]
VERBS = ["said", "told reporters", "added", "warned"]
TOKEN = "load-test-token"
START_SECONDS = 60  # the server must answer within this
REQUEST_TIMEOUT = 30.0


# --- synthetic records --------------------------------------------------------------------------

def synthetic_record(i: int, rng: random.Random) -> Record:
    speaker = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    other = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    place, topic, verb = rng.choice(PLACES), rng.choice(TOPICS), rng.choice(VERBS)
    words = f"We will finish {topic} in {place} before winter, report {i}"
    text = (f"{topic.capitalize()} in {place}, report {i}\n\n"
            f"The council in {place} met on Tuesday to discuss {topic}.\n\n"
            f"\u201c{words},\u201d {speaker} {verb}. {other} disagreed.\n")
    published = date(2024, 1, 1) + timedelta(days=i % 365)
    article = Article(text=text, url=f"https://news.example/load/{i}", source=f"load-{i}",
                      title=text.split("\n")[0], published=published, published_source="page")
    entities = [Entity(name, kind, mentions=_mentions(text, name))
                for name, kind in ((speaker, "PERSON"), (other, "PERSON"), (place, "GPE"))]
    q_start = text.index(words)
    quote = Quote(words, q_start, q_start + len(words), "direct", speaker=speaker, cue=verb.split()[0],
                  date=published.isoformat())
    event = Event(type="meet", actors=[f"The council in {place}"], place=place,
                  time=published.isoformat(), evidence=f"The council in {place} met on Tuesday")
    return Record(article=article, published=PublishedDate(published, "page"), entities=entities,
                  quotes=[quote], events=[event])


def _mentions(text: str, form: str) -> list[Mention]:
    out, start = [], text.find(form)
    while start >= 0:
        out.append(Mention(form, start, start + len(form)))
        start = text.find(form, start + len(form))
    return out


def fill_store(db: Path, articles: int, *, seed: int = 1, first: int = 0, batch: int = 200) -> None:
    rng = random.Random(seed)
    with Store(db) as store:
        for start in range(first, first + articles, batch):
            store.write([synthetic_record(i, rng) for i in range(start, min(start + batch, first + articles))])


def keep_writing(db: str, first: int, stop: object, done: object) -> None:
    """The concurrent writer (its own process): a batch of 10 records every ~50 ms until ``stop``."""
    rng = random.Random(7)
    i = first
    with Store(db) as store:
        while not stop.is_set():  # type: ignore[attr-defined]
            store.write([synthetic_record(k, rng) for k in range(i, i + 10)])
            i += 10
            done.value = i - first  # type: ignore[attr-defined]
            time.sleep(0.05)


def start_writer(db: Path, first: int) -> tuple[object, object, object]:
    """Start the writer process and wait for its first batch, so the reads all overlap writes."""
    spawn = multiprocessing.get_context("spawn")  # a fresh interpreter: no inherited connections
    stop, written = spawn.Event(), spawn.Value("i", 0)
    writer = spawn.Process(target=keep_writing, args=(str(db), first, stop, written), daemon=True)
    writer.start()
    deadline = time.monotonic() + START_SECONDS
    while written.value == 0 and writer.is_alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    return writer, stop, written


# --- the server -----------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    code = "import sys; from newsgraph.cli import main; sys.argv[0] = 'newsgraph'; main()"
    env = {**os.environ, "NEWSGRAPH_INGEST_TOKEN": TOKEN}
    return subprocess.Popen([sys.executable, "-c", code, "serve", "--db", str(db), "--port", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)


def wait_until_up(base: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"newsgraph serve exited: {server.stderr.read().decode()[-2000:]}")
        try:
            if httpx.get(f"{base}/api/stats", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise SystemExit(f"newsgraph serve did not answer within {START_SECONDS} s")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


# --- the readers ----------------------------------------------------------------------------------

def read_routes(rng: random.Random, articles: int) -> tuple[str, str, dict]:
    """(route name, path, params) of one read, mixed like a busy reader would."""
    person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    choices = [
        ("api/quotes?speaker", "/api/quotes", {"speaker": rng.choice(LAST), "limit": 20}),
        ("api/quotes?about", "/api/quotes", {"about": rng.choice(PLACES), "limit": 20}),
        ("api/quotes?search", "/api/quotes", {"search": rng.choice(["winter", "bridge", "budget*"])}),
        ("api/entities", "/api/entities", {"type": "PERSON", "limit": 50}),
        ("api/entities/{name}", f"/api/entities/{person}", {}),
        ("api/timeline", "/api/timeline", {"entity": rng.choice(PLACES), "limit": 50}),
        ("api/articles", "/api/articles", {"limit": 20, "offset": rng.randrange(0, max(articles - 20, 1))}),
        ("api/stats", "/api/stats", {}),
        ("page /quotes", "/quotes", {"speaker": rng.choice(LAST)}),
        ("page /", "/", {}),
    ]
    return rng.choice(choices)


async def reader(client: httpx.AsyncClient, rng: random.Random, stop_at: float, budget: list[int],
                 articles: int, latencies: dict[str, list[float]], errors: list[str]) -> None:
    while time.monotonic() < stop_at and budget[0] > 0:
        budget[0] -= 1
        name, path, params = read_routes(rng, articles)
        started = time.perf_counter()
        try:
            response = await client.get(path, params=params)
            ok = response.status_code == 200 or (response.status_code == 404 and "{name}" in name)
            if not ok:
                errors.append(f"{name}: HTTP {response.status_code} {response.text[:120]}")
        except httpx.HTTPError as exc:
            errors.append(f"{name}: {type(exc).__name__} {exc}")
        latencies[name].append(time.perf_counter() - started)


async def poster(client: httpx.AsyncClient, posts: int, stop_at: float, results: list[str]) -> None:
    """POST articles to /api/ingest with the token, one after another, spread over the run."""
    for i in range(posts):
        if time.monotonic() >= stop_at:
            break
        text = (f"Ferry talks, post {i}\n\nThe harbour board in Bergen said on Monday that ferry talks would"
                f" resume.\n\n\u201cWe expect a deal by June, round {i},\u201d said Ines Castro, the board\u2019s"
                " chair.\n")
        try:
            response = await client.post("/api/ingest", json={"text": text},
                                         headers={"Authorization": f"Bearer {TOKEN}"}, timeout=120)
            results.append(str(response.status_code))
        except httpx.HTTPError as exc:
            results.append(type(exc).__name__)
        await asyncio.sleep(1.0)


async def run_load(base: str, args: argparse.Namespace) -> tuple[dict[str, list[float]], list[str], list[str], float]:
    rng = random.Random(args.seed)
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: list[str] = []
    posted: list[str] = []
    limits = httpx.Limits(max_connections=args.readers + 2)
    started = time.monotonic()
    stop_at = started + args.seconds
    budget = [args.max_requests]
    async with httpx.AsyncClient(base_url=base, timeout=REQUEST_TIMEOUT, limits=limits) as client:
        tasks = [reader(client, random.Random(rng.random()), stop_at, budget, args.articles, latencies, errors)
                 for _ in range(args.readers)]
        tasks.append(poster(client, args.posts, stop_at, posted))
        await asyncio.gather(*tasks)
    return latencies, errors, posted, time.monotonic() - started


# --- report -----------------------------------------------------------------------------------------

def percentile(values: list[float], q: float) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f}"


def report(latencies: dict[str, list[float]], errors: list[str], posted: list[str], elapsed: float,
           written: int, args: argparse.Namespace) -> None:
    every = [v for values in latencies.values() for v in values]
    print(f"newsgraph load test: {args.readers} concurrent readers for {elapsed:.1f} s on 127.0.0.1,"
          f" store of {args.articles:,} synthetic articles")
    print(f"concurrent writes: {written:,} records by Store.write in another process;"
          f" POST /api/ingest: {len(posted)} ({', '.join(posted) or 'none'})")
    print(f"requests {len(every):,}, errors {len(errors)}, {len(every) / elapsed:.1f} requests/s")
    if every:
        print(f"latency ms: p50 {ms(percentile(every, 50))}  p90 {ms(percentile(every, 90))}"
              f"  p99 {ms(percentile(every, 99))}  max {ms(max(every))}")
    print(f"{'route':<22}{'n':>7}{'p50':>9}{'p99':>9}{'max':>9}")
    for name in sorted(latencies):
        values = latencies[name]
        print(f"{name:<22}{len(values):>7}{ms(percentile(values, 50))}{ms(percentile(values, 99))}{ms(max(values))}")
    for error in errors[:10]:
        print("  error: " + error)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1500, help="synthetic articles stored before the run")
    parser.add_argument("--readers", type=int, default=32, help="concurrent reading clients")
    parser.add_argument("--seconds", type=float, default=20.0, help="how long the readers read")
    parser.add_argument("--max-requests", type=int, default=50_000, help="stop after this many reads")
    parser.add_argument("--posts", type=int, default=6, help="articles POSTed to /api/ingest during the run")
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="newsgraph-load-") as tmp:
        db = Path(tmp) / "load.db"
        started = time.monotonic()
        fill_store(db, args.articles)
        print(f"filled {db.name} with {args.articles:,} articles in {time.monotonic() - started:.1f} s")
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start_server(db, port)
        writer = stop_writing = None
        written_at_start = 0
        try:
            wait_until_up(base, server)
            writer, stop_writing, written = start_writer(db, args.articles)
            written_at_start = written.value
            latencies, errors, posted, elapsed = asyncio.run(run_load(base, args))
            written_during = written.value - written_at_start
        finally:
            if writer is not None:
                stop_writing.set()
                writer.join(timeout=30)
                if writer.is_alive():
                    writer.kill()
            stop(server)
    report(latencies, errors, posted, elapsed, written_during, args)
    sys.exit(1 if errors or any(p != "201" and p != "200" for p in posted) else 0)


if __name__ == "__main__":
    main()
