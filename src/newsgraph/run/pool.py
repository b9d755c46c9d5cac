"""Local analysis on every core: a process pool whose workers each load the model once.

``PoolAnalyzer(settings).analyze_many(articles)`` has the same contract as
``Analyzer.analyze_many`` (records or DocumentErrors, in input order), so ``run_local`` writes
its output exactly as it writes the in-process analyzer's.

Memory stays bounded whatever the corpus: articles are pulled from the input stream one chunk
(setting ``batch_size``) at a time and at most ``2 x workers`` chunks are in flight; results
come back as plain dicts (``worker.encode``) and are rebuilt in the main process, which alone
writes to the store.

A worker that dies (killed, out of memory, a crash in native code) breaks the pool: the pool is
started again and the chunks that were in flight are analysed one article per task, so the
article that kills a worker is failed alone and the others are kept.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice

from newsgraph.errors import DocumentError
from newsgraph.model import Article, Record
from newsgraph.run import worker
from newsgraph.settings import Settings

# Chunks in flight per worker: one being analysed, one queued so the worker never waits.
IN_FLIGHT_PER_WORKER = 2
# How often a worker checks that the main process still runs.
MAIN_CHECK_SECONDS = 1.0

_analyzer = None  # the worker process's Analyzer, set once by _start_worker


def resolve_workers(workers: int | None) -> int:
    """0 or None means one worker per core (the cores this process may use)."""
    if workers and workers > 0:
        return workers
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def _start_worker(settings: Settings, main_pid: int) -> None:
    """Pool initializer: load the model once for this worker's life."""
    global _analyzer
    from newsgraph.pipeline import Analyzer

    # Ctrl-C goes to the whole process group; the main process alone decides to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _exit_with(main_pid)
    _analyzer = Analyzer(settings)


def _exit_with(main_pid: int) -> None:
    """End this worker when the main process is gone (kill -9, a timeout).

    Nothing else would: the worker keeps analysing its chunk, then waits on a queue whose
    write end it holds itself, with the model in memory, for ever.
    """
    def watch() -> None:
        while _running(main_pid):
            time.sleep(MAIN_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="newsgraph-main-watch", daemon=True).start()


def _analyze_in_worker(articles: list[Article]) -> list[worker.Result]:
    assert _analyzer is not None, "worker started without its analyzer"
    return worker.analyze_chunk(_analyzer, articles)


def _running(pid: int) -> bool:
    """Is ``pid`` alive? A killed process its parent has not reaped yet (a zombie) is not."""
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, PermissionError):  # gone, or the pid is someone else's now
        return False
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):  # no /proc (not Linux): the signal test is all there is
        return True


def _context() -> multiprocessing.context.BaseContext:
    """forkserver where there is one: workers fork from a server that has spaCy imported
    (fast start, no threads of the main process copied); spawn elsewhere."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["newsgraph.pipeline"])
        return ctx
    return multiprocessing.get_context("spawn")


class PoolAnalyzer:
    """Analyse a stream of articles in ``workers`` processes; one pool per ``analyze_many``."""

    def __init__(self, settings: Settings | None = None, *, workers: int | None = None) -> None:
        self.settings = settings or Settings()
        self.workers = resolve_workers(workers if workers is not None else self.settings.workers)
        self.chunk_size = max(1, self.settings.batch_size)

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, mp_context=_context(),
                                   initializer=_start_worker, initargs=(self.settings, os.getpid()))

    def analyze_many(self, articles: Iterable[Article]) -> Iterator[Record | DocumentError]:
        """Records or DocumentErrors, one per article, in input order."""
        stream = iter(articles)
        pool = self._new_pool()
        in_flight: deque[tuple[Future, list[Article]]] = deque()
        limit = self.workers * IN_FLIGHT_PER_WORKER
        try:
            while True:
                while len(in_flight) < limit and (chunk := list(islice(stream, self.chunk_size))):
                    in_flight.append((pool.submit(_analyze_in_worker, chunk), chunk))
                if not in_flight:
                    return
                future, _chunk = in_flight[0]
                try:
                    results = future.result()
                except BrokenProcessPool:
                    pool.shutdown(wait=False, cancel_futures=True)
                    pending = [article for _, chunk in in_flight for article in chunk]
                    in_flight.clear()
                    pool, recovered = self._one_per_task(pending)
                    yield from recovered
                    continue
                in_flight.popleft()
                yield from (worker.decode(r) for r in results)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def _one_per_task(self, articles: list[Article]) -> tuple[ProcessPoolExecutor, list[Record | DocumentError]]:
        """After a worker died: each article alone, so the one that kills a worker fails alone."""
        pool = self._new_pool()
        out: list[Record | DocumentError] = []
        for article in articles:
            try:
                out.extend(worker.decode(r) for r in pool.submit(_analyze_in_worker, [article]).result())
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                pool = self._new_pool()
                out.append(DocumentError(article.source or article.id,
                                         "the worker analysing this document died (crash or out of memory)"))
        return pool, out
