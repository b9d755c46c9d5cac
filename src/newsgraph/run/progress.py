"""What a run tells its user: a progress bar, JSON lines for scripts, or nothing.

A runner calls the same ``Reporter`` methods whatever the output: ``analysed`` per article,
``skipped`` per article found already stored, ``error`` per unreadable document, ``committed``
after each batch (running totals), and ``finish`` once with the run's summary.
``estimate_total`` counts the inputs (files, WARC HTML responses) in a background thread so
the bar can show an ETA without delaying the start.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from newsgraph.errors import DocumentError
from newsgraph.model import Record
from newsgraph.store import WriteSummary


@dataclass
class RunSummary:
    """What a whole run did: the writer's counts, WARC records skipped, time and speed."""

    write: WriteSummary = field(default_factory=WriteSummary)
    warc_skipped: int = 0
    analysed: int = 0
    words: int = 0
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        rate = self.analysed / self.seconds if self.seconds else 0.0
        return {**self.write.as_dict(), "warc_skipped": self.warc_skipped, "analysed": self.analysed,
                "words": self.words, "seconds": round(self.seconds, 2), "articles_per_s": round(rate, 2)}

    def line(self) -> str:
        s = self.write
        rate = self.analysed / self.seconds if self.seconds else 0.0
        return (f"stored {s.stored}, skipped {s.skipped} as duplicate, replaced {s.replaced},"
                f" failed {s.failed}; WARC records skipped {self.warc_skipped}"
                f" ({self.analysed} analysed in {self.seconds:.1f} s, {rate:.1f} articles/s)")


class Reporter:
    """Counts a run's progress and says nothing: the base of the others, and ``--quiet``."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.total: int | None = None
        self.done = 0
        self.errors = 0
        self.analysed_count = 0
        self.words = 0
        self.finished = False

    def set_total(self, total: int | None) -> None:
        self.total = total

    def _end(self) -> bool:
        """Mark the run over; False if it already was (a late count must not print after it)."""
        done, self.finished = self.finished, True
        return not done

    def analysed(self, result: Record | DocumentError) -> None:
        self.done += 1
        if isinstance(result, DocumentError):
            self.errors += 1
        else:
            self.analysed_count += 1
            self.words += len(result.article.text.split())
        self.update()

    def skipped(self) -> None:
        self.done += 1
        self.update()

    def error(self, error: DocumentError) -> None:
        self.done += 1
        self.errors += 1
        self.update()

    def committed(self, summary: WriteSummary) -> None:
        """After each batch: running totals of what is in the store."""

    def update(self) -> None:
        """A count changed."""

    def finish(self, summary: RunSummary) -> None:
        """The run is over."""

    def close(self) -> None:
        """Release the terminal (a bar) even when the run failed."""

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        return self.done / self.elapsed if self.elapsed > 0 else 0.0


class JsonReporter(Reporter):
    """``--log-json``: one JSON object per line for each error, each committed batch and the end."""

    def __init__(self, stream: IO[str] | None = None) -> None:
        super().__init__()
        self.stream = stream or sys.stdout
        self._lock = threading.Lock()

    def _emit(self, event: str, **fields: Any) -> None:
        with self._lock:
            self.stream.write(json.dumps({"event": event, **fields}, ensure_ascii=False) + "\n")
            self.stream.flush()

    def set_total(self, total: int | None) -> None:
        super().set_total(total)
        if not self.finished:
            self._emit("total", articles=total)

    def analysed(self, result: Record | DocumentError) -> None:
        super().analysed(result)
        if isinstance(result, DocumentError):
            self._emit("error", source=result.source, reason=result.reason)

    def error(self, error: DocumentError) -> None:
        super().error(error)
        self._emit("error", source=error.source, reason=error.reason)

    def committed(self, summary: WriteSummary) -> None:
        self._emit("batch", done=self.done, total=self.total, errors=self.errors,
                   rate=round(self.rate, 2), elapsed=round(self.elapsed, 2), **summary.as_dict())

    def finish(self, summary: RunSummary) -> None:
        if self._end():
            self._emit("summary", **summary.as_dict())


class RichReporter(Reporter):
    """A rich progress bar on stderr: articles, rate, ETA and errors so far."""

    def __init__(self) -> None:
        super().__init__()
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.console = Console(stderr=True)
        self.progress = Progress(
            TextColumn("articles"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:.1f}/s"), TimeElapsedColumn(), TextColumn("ETA"),
            TimeRemainingColumn(), TextColumn("errors {task.fields[errors]}"),
            console=self.console, transient=False, refresh_per_second=4,
        )
        self.task = self.progress.add_task("ingest", total=None, rate=0.0, errors=0)
        self.progress.start()

    def set_total(self, total: int | None) -> None:
        super().set_total(total)
        if not self.finished:
            self.progress.update(self.task, total=total)

    def update(self) -> None:
        self.progress.update(self.task, completed=self.done, rate=self.rate, errors=self.errors)

    def finish(self, summary: RunSummary) -> None:
        self.update()
        self.close()

    def close(self) -> None:
        self._end()
        self.progress.stop()


def make_reporter(*, quiet: bool = False, log_json: bool = False) -> Reporter:
    """The reporter for these flags: a bar only when stderr is a terminal."""
    if log_json:
        return JsonReporter()
    if quiet or not sys.stderr.isatty():
        return Reporter()
    return RichReporter()


def estimate_total(paths: Sequence[str], reporter: Reporter) -> threading.Thread | None:
    """Count the articles in ``paths`` in a daemon thread and give the count to ``reporter``.

    Standard input cannot be counted twice: then there is no total (and no ETA).
    """
    if any(str(p) == "-" for p in paths):
        return None

    def count() -> None:
        try:
            reporter.set_total(sum(_count_path(Path(p)) for p in paths))
        except Exception:  # a count is a nicety: the run reports its own read errors
            reporter.set_total(None)

    thread = threading.Thread(target=count, name="newsgraph-count", daemon=True)
    thread.start()
    return thread


def _count_path(path: Path) -> int:
    if path.is_dir():
        return sum(_count_file(f) for f in path.rglob("*")
                   if f.is_file() and not any(part.startswith(".") for part in f.relative_to(path).parts))
    return _count_file(path)


def _count_file(path: Path) -> int:
    from newsgraph.ingest import _is_warc

    if _is_warc(path):
        from newsgraph.ingest.warc import count_html_responses

        return count_html_responses(path)
    return 1  # a JSON-lines file holds more, but counting them means reading it twice
