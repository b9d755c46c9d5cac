"""What a worker does with one chunk of articles, the same in a process pool and a Ray actor.

A worker holds one ``Analyzer`` (the model loaded once, when the worker starts) and turns a
chunk of articles into plain results: ``("record", Record.to_dict())`` or
``("error", source, reason)``. Plain dicts and tuples cross process and machine boundaries
cheaply and the main process rebuilds records with ``Record.from_dict``.

A chunk is analysed with ``Analyzer.analyze_many`` (one ``nlp.pipe`` pass). When the chunk
overruns its time (setting ``doc_timeout`` per article) it is analysed again one article at a
time, each under ``doc_timeout``, so one pathological document fails alone.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from newsgraph.alarm import alarm
from newsgraph.errors import DocumentError
from newsgraph.model import Article, Record
from newsgraph.pipeline import Analyzer

# ("record", dict) or ("error", source, reason): what travels back from a worker.
Result = tuple[Any, ...]


class AnalysisTimeout(BaseException):
    """Raised inside a worker by the alarm when a chunk or an article overruns its time.

    A BaseException, so the analyzer's per-article ``except Exception`` does not swallow it.
    """


def analyze_chunk(analyzer: Analyzer, articles: Sequence[Article]) -> list[Result]:
    """Results for ``articles``, in order: one per article, whatever fails."""
    timeout = analyzer.settings.doc_timeout
    try:
        with time_limit(timeout * len(articles)):
            return [encode(r) for r in analyzer.analyze_many(articles)]
    except AnalysisTimeout:
        return [encode(r) for r in _one_by_one(analyzer, articles, timeout)]


def _one_by_one(analyzer: Analyzer, articles: Sequence[Article], timeout: float) -> Iterator[Record | DocumentError]:
    for article in articles:
        try:
            with time_limit(timeout):
                yield from analyzer.analyze_many([article])
        except AnalysisTimeout:
            yield DocumentError(article.source or article.id,
                                f"analysis took over {timeout:g} s (setting doc_timeout)")


def encode(result: Record | DocumentError) -> Result:
    if isinstance(result, DocumentError):
        return ("error", result.source, result.reason)
    return ("record", result.to_dict())


def decode(result: Result) -> Record | DocumentError:
    if result[0] == "error":
        return DocumentError(result[1], result[2])
    return Record.from_dict(result[1])


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise AnalysisTimeout after ``seconds`` (SIGALRM: main thread of a Unix process only).

    Elsewhere (a thread, Windows) the limit is not enforced: analysis simply runs to the end.
    """
    usable = (seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    with alarm(seconds, AnalysisTimeout):
        yield
