"""WARC and WARC.gz (Common Crawl style) -> Articles, with FastWARC.

HTML responses become articles; every other record (requests, metadata, warcinfo, responses
that are not HTML) is skipped and counted in ``WarcStats.skipped``.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import BinaryIO

from newsgraph.errors import DocumentError
from newsgraph.model import Article
from newsgraph.settings import Settings

HTML_TYPES = ("text/html", "application/xhtml+xml")
# Framing check: a header line longer than this is not a WARC header; content is skipped in chunks.
MAX_HEADER_LINE = 65_536
SKIP_CHUNK = 1 << 20


class WarcStats:
    """Counts of what a WARC held: read by progress reports and summaries."""

    def __init__(self) -> None:
        self.responses = 0
        self.html = 0
        self.skipped = 0
        self.errors = 0

    def as_dict(self) -> dict[str, int]:
        return {"responses": self.responses, "html": self.html, "skipped": self.skipped, "errors": self.errors}


# Where read_warc counts when its caller passes no stats: iter_articles reads WARCs found in
# directories without a stats argument, and the ingest command still wants their totals.
_collector: ContextVar[WarcStats | None] = ContextVar("newsgraph_warc_stats", default=None)


@contextmanager
def collecting_stats() -> Iterator[WarcStats]:
    """Count every WARC read in this context (same thread) into one WarcStats."""
    stats = WarcStats()
    token = _collector.set(stats)
    try:
        yield stats
    finally:
        _collector.reset(token)


def read_warc(
    src: str | Path | BinaryIO,
    *,
    source: str | None = None,
    settings: Settings | None = None,
    stats: WarcStats | None = None,
) -> Iterator[Article | DocumentError]:
    """Each HTML response record of a WARC as an Article (or a DocumentError for that record)."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    from newsgraph.ingest import read_time_limit
    from newsgraph.ingest.html import read_html

    settings = settings or Settings()
    stats = stats or _collector.get() or WarcStats()
    name = source or str(src)
    stream = open(src, "rb") if isinstance(src, (str, Path)) else src  # noqa: SIM115
    start = stream.tell() if stream.seekable() else None
    any_truncated = False
    seen = 0  # records of this archive read so far (stats may count several archives)
    try:
        # Every record is looked at so the ones skipped (requests, metadata, warcinfo) are counted.
        records = ArchiveIterator(stream, parse_http=True)
        for n, record in enumerate(records):
            seen = n + 1
            if record.record_type != WarcRecordType.response:
                stats.skipped += 1
                continue
            stats.responses += 1
            url = record.headers.get("WARC-Target-URI")
            where = url or f"{name}#{n}"
            content_type = (record.http_headers.get("Content-Type") or "") if record.http_headers else ""
            if not any(t in content_type.lower() for t in HTML_TYPES):
                stats.skipped += 1
                continue
            try:
                payload = record.reader.read(settings.max_bytes + 1)
                if len(payload) > settings.max_bytes:
                    raise DocumentError(where, f"response over {settings.max_bytes:,} bytes (setting max_bytes)")
                _check_complete(record, payload, f"{name}: record {n + 1} ({where})")
                with read_time_limit(settings.doc_timeout, where):
                    article = read_html(payload, source=where, url=url, max_depth=settings.max_html_depth)
                article.input_kind = "warc"
                stats.html += 1
                yield article
            except DocumentError as exc:
                stats.errors += 1
                any_truncated = any_truncated or isinstance(exc, TruncatedRecord)
                yield exc
            except Exception as exc:  # one bad record must not end the archive
                stats.errors += 1
                yield DocumentError(where, f"unreadable record ({type(exc).__name__}: {exc})")
    except Exception as exc:  # a truncated or corrupt archive ends here, with what was read kept
        stats.errors += 1
        yield DocumentError(name, f"broken WARC after {seen} records: {exc}")
    else:
        # FastWARC ends quietly where an archive is cut inside a record's headers: check the framing.
        problem = framing_problem(stream, start) if start is not None else None
        if problem and not any_truncated:
            stats.errors += 1
            yield DocumentError(name, f"broken WARC (truncated or corrupt) after {seen} records: {problem}")
    finally:
        if isinstance(src, (str, Path)):
            stream.close()


class TruncatedRecord(DocumentError):
    """A record whose payload is shorter than its headers declare: the archive was cut."""


def _check_complete(record: object, payload: bytes, where: str) -> None:
    """A record cut short (a truncated archive) is an error, not half an article.

    FastWARC stops quietly at the end of a truncated file and hands over what it has; its
    ``content_length`` is the payload's declared length, so a shorter payload was cut.
    """
    declared = getattr(record, "content_length", None)
    if isinstance(declared, int) and len(payload) < declared:
        raise TruncatedRecord(
            where, f"truncated: {len(payload):,} of {declared:,} bytes (the archive ends mid-record)"
        )


def framing_problem(stream: BinaryIO, start: int = 0) -> str | None:
    """What is wrong with a WARC's record framing, read from ``start``; None when it is whole.

    Walks the records as the format lays them out (``WARC/`` line, headers, blank line,
    Content-Length bytes, blank line) without parsing them: cheap next to the analysis, and it
    sees a file cut inside a record's headers or gzip member, which FastWARC passes over.
    """
    stream.seek(start)
    head = stream.read(2)
    stream.seek(start)
    if head == b"\x1f\x8b":
        reader: BinaryIO = gzip.GzipFile(fileobj=stream)  # type: ignore[assignment]
    elif head == b"WA":
        reader = stream
    else:
        return None  # another compression: FastWARC's reading is all there is
    try:
        return _walk_records(reader)
    except (OSError, EOFError, zlib.error) as exc:  # gzip cut short or corrupt
        return f"compressed stream cut short or corrupt ({exc})"


def _walk_records(reader: BinaryIO) -> str | None:
    n = 0
    while True:
        line = _next_nonblank_line(reader)
        if not line:
            return None
        n += 1
        if not line.startswith(b"WARC/"):
            return f"record {n} does not start with a WARC/ line"
        length = _read_content_length(reader)
        if length is None:
            return f"record {n}'s headers are cut short or have no Content-Length"
        if _skip(reader, length) < length:
            return f"record {n} is cut short"


def _next_nonblank_line(reader: BinaryIO) -> bytes:
    while True:
        line = reader.readline(MAX_HEADER_LINE)
        if not line or line.strip():
            return line


def _read_content_length(reader: BinaryIO) -> int | None:
    length = None
    while True:
        line = reader.readline(MAX_HEADER_LINE)
        if not line or not line.endswith(b"\n"):
            return None  # end of data (or an endless line) inside the headers
        if not line.strip():
            return length
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            try:
                length = int(value.strip())
            except ValueError:
                return None


def _skip(reader: BinaryIO, length: int) -> int:
    skipped = 0
    while skipped < length:
        chunk = reader.read(min(SKIP_CHUNK, length - skipped))
        if not chunk:
            break
        skipped += len(chunk)
    return skipped


def count_html_responses(path: str | Path) -> int:
    """How many HTML responses a WARC holds, read from headers only: a progress bar's total."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    n = 0
    with open(path, "rb") as stream:
        for record in ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True):
            content_type = (record.http_headers.get("Content-Type") or "") if record.http_headers else ""
            n += any(t in content_type.lower() for t in HTML_TYPES)
    return n
