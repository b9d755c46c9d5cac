"""WARC and WARC.gz (Common Crawl style) -> Articles, with FastWARC.

HTML responses become articles; every other record is skipped and counted.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from newsgraph.errors import DocumentError
from newsgraph.model import Article
from newsgraph.settings import Settings

HTML_TYPES = ("text/html", "application/xhtml+xml")


class WarcStats:
    """Counts of what a WARC held: read by progress reports and summaries."""

    def __init__(self) -> None:
        self.responses = 0
        self.html = 0
        self.skipped = 0
        self.errors = 0


def read_warc(
    src: str | Path | BinaryIO,
    *,
    source: str | None = None,
    settings: Settings | None = None,
    stats: WarcStats | None = None,
) -> Iterator[Article | DocumentError]:
    """Each HTML response record of a WARC as an Article (or a DocumentError for that record)."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    from newsgraph.ingest.html import read_html

    settings = settings or Settings()
    stats = stats or WarcStats()
    name = source or str(src)
    stream = open(src, "rb") if isinstance(src, (str, Path)) else src  # noqa: SIM115
    try:
        records = ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True)
        for n, record in enumerate(records):
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
                article = read_html(payload, source=where, url=url)
                article.input_kind = "warc"
                stats.html += 1
                yield article
            except DocumentError as exc:
                stats.errors += 1
                yield exc
            except Exception as exc:  # one bad record must not end the archive
                stats.errors += 1
                yield DocumentError(where, f"unreadable record ({type(exc).__name__}: {exc})")
    except Exception as exc:  # a truncated or corrupt archive ends here, with what was read kept
        stats.errors += 1
        yield DocumentError(name, f"broken WARC after {stats.responses} records: {exc}")
    finally:
        if isinstance(src, (str, Path)):
            stream.close()
