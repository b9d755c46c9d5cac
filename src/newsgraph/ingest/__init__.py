"""Sources: files, directories, standard input -> Articles.

Input kinds are recognised from content, not only the extension: gzip, WARC, JSON lines,
HTML or plain text. Every problem with one document becomes a ``DocumentError`` naming it,
yielded in place of the article, so the batch goes on.
"""

from __future__ import annotations

import gzip
import io
import json
import signal
import sys
import threading
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from newsgraph.alarm import alarm
from newsgraph.errors import DocumentError
from newsgraph.ingest.decode import decode_as_is, decode_bytes, looks_binary, repair_mojibake, wide_text
from newsgraph.ingest.html import read_html
from newsgraph.ingest.text import read_text
from newsgraph.model import Article
from newsgraph.settings import Settings

__all__ = ["detect_kind", "iter_articles", "read_bytes", "read_html", "read_text"]

HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<article", b"<div", b"<p>", b"<meta")
JSON_TEXT_FIELDS = ("text", "body", "content", "article", "maintext")
JSON_HTML_FIELDS = ("html", "raw_html", "content_html")
# Kinds of file read as one article, which the file's path identifies (JSON lines and WARC
# files hold many, each named by its own URL or line).
WHOLE_FILE_KINDS = ("text", "html")


def iter_articles(
    paths: Iterable[str | Path], *, settings: Settings | None = None
) -> Iterator[Article | DocumentError]:
    """Every article in these paths ("-" is standard input; directories are walked, sorted)."""
    settings = settings or Settings()
    for path in paths:
        if str(path) == "-":
            data = sys.stdin.buffer.read()
            yield from _guard("-", lambda data=data: read_bytes(data, "-", settings=settings), settings.doc_timeout)
            continue
        if str(path).startswith(("http://", "https://")):
            from newsgraph.ingest.url import fetch_articles

            yield from fetch_articles(str(path), settings=settings)
            continue
        p = Path(path)
        if p.is_dir():
            for f in sorted(q for q in p.rglob("*") if q.is_file() and not _hidden(q, p)):
                yield from _read_file(f, settings)
        else:
            yield from _read_file(p, settings)


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _read_file(path: Path, settings: Settings) -> Iterator[Article | DocumentError]:
    source = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield DocumentError(source, f"cannot read: {exc.strerror or exc}")
        return
    if size > settings.max_bytes and not _is_archive(path):
        yield DocumentError(
            source, f"file has {size:,} bytes, over the limit of {settings.max_bytes:,} (setting max_bytes)"
        )
        return
    if _is_warc(path):
        from newsgraph.ingest.warc import read_warc

        yield from read_warc(path, settings=settings)
        return
    for item in _guard(source, lambda: read_bytes(path.read_bytes(), source, settings=settings),
                       settings.doc_timeout):
        if isinstance(item, Article) and item.input_kind in WHOLE_FILE_KINDS:
            item.document = str(path.resolve())
        yield item


def _is_archive(path: Path) -> bool:
    return _is_warc(path) or path.suffix == ".gz"


def _is_warc(path: Path) -> bool:
    name = path.name.lower()
    if name.endswith((".warc", ".warc.gz")):
        return True
    try:
        with path.open("rb") as f:
            head = f.read(64)
        if head[:2] == b"\x1f\x8b":
            with gzip.open(path, "rb") as g:
                head = g.read(16)
    except (OSError, EOFError, zlib.error):
        return False
    return head.startswith(b"WARC/")


def _guard(source: str, read: object, seconds: float = 0) -> Iterator[Article | DocumentError]:
    """Run a reader; whatever goes wrong becomes one DocumentError for this source.

    The document is read whole under a time limit of ``seconds`` (setting doc_timeout), then
    its articles are handed on: the limit never runs while the caller works on them.
    """
    try:
        with read_time_limit(seconds, source):
            items = list(read())  # type: ignore[operator]
        yield from items
    except DocumentError as exc:
        yield exc
    except (OSError, EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield DocumentError(source, f"cannot read: {exc}")
    except RecursionError:
        yield DocumentError(source, "document nested too deeply to read")
    except Exception as exc:  # a reader bug must not end the batch; say what it was
        yield DocumentError(source, f"unreadable ({type(exc).__name__}: {exc})")


class ReadTimeout(BaseException):
    """Raised by the alarm inside a reader that overran its time.

    A BaseException, so the readers' own ``except Exception`` (trafilatura raises many kinds)
    does not turn it into a different error.
    """


@contextmanager
def read_time_limit(seconds: float, source: str | None) -> Iterator[None]:
    """Stop reading one document after ``seconds`` with a DocumentError naming it.

    SIGALRM: enforced in the main thread of a Unix process when no other timer is running (a
    pool worker's own limit is never replaced); elsewhere reading simply runs to the end. Pure
    C work (lxml parsing one huge page) is interrupted when it returns to Python.
    """
    usable = (seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread()
              and signal.getitimer(signal.ITIMER_REAL)[0] == 0)
    if not usable:
        yield
        return

    try:
        with alarm(seconds, ReadTimeout):
            yield
    except ReadTimeout:
        raise DocumentError(source, f"reading took over {seconds:g} s (setting doc_timeout)") from None


def detect_kind(data: bytes) -> str:
    """gzip, warc, jsonl, html or text, from the first bytes."""
    if data[:2] == b"\x1f\x8b":
        return "gzip"
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"WARC/"):
        return "warc"
    # (the whole first line: an article's JSON line is often longer than the head)
    if head.startswith(b"{") and _first_line_is_json_object(data.lstrip(b"\xef\xbb\xbf \t\r\n")):
        return "jsonl"
    lowered = head.lower()
    if any(marker in lowered for marker in HTML_MARKERS):
        return "html"
    return "text"


def _first_line_is_json_object(head: bytes) -> bool:
    line = head.split(b"\n", 1)[0]
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def read_bytes(data: bytes, source: str, *, settings: Settings | None = None) -> Iterator[Article | DocumentError]:
    """Articles in one document's bytes; raises (or, per record, yields) DocumentError."""
    settings = settings or Settings()
    if not data.strip():
        raise DocumentError(source, "empty document")
    kind = detect_kind(data)
    if kind == "gzip":
        data = _gunzip(data, source, settings.max_bytes)
        kind = detect_kind(data)
    wide = wide_text(data, source)
    if wide is not None:  # (UTF-16 or -32: read as UTF-8 from here on, its markup now visible)
        data = wide.encode("utf-8")
        kind = detect_kind(data)
    if kind == "warc":
        from newsgraph.ingest.warc import read_warc

        yield from read_warc(io.BytesIO(data), source=source, settings=settings)
        return
    if looks_binary(data):
        raise DocumentError(source, "binary data, not text, HTML, JSON lines or WARC")
    if kind == "jsonl":
        yield from read_jsonl(data, source, settings=settings)
    elif kind == "html":
        yield read_html(data, source=source, max_depth=settings.max_html_depth)
    else:
        yield read_text(decode_bytes(data, source), source=source)


def _gunzip(data: bytes, source: str, limit: int) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as g:
            out = g.read(limit + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise DocumentError(source, f"broken gzip: {exc}") from exc
    if len(out) > limit:
        raise DocumentError(source, f"decompresses to over {limit:,} bytes (setting max_bytes)")
    return out


def read_jsonl(data: bytes, source: str, *, settings: Settings) -> Iterator[Article | DocumentError]:
    """One article per JSON line with a text or html field; a bad line is its own error."""
    text = decode_as_is(data, source)  # (each line's fields are repaired as they are read)
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            yield _article_from_json(json.loads(line), where, max_depth=settings.max_html_depth)
        except (ValueError, TypeError) as exc:
            yield DocumentError(where, f"bad JSON line: {exc}")
        except DocumentError as exc:
            yield exc


def _article_from_json(obj: object, where: str, *, max_depth: int) -> Article:
    if not isinstance(obj, dict):
        raise DocumentError(where, "JSON line is not an object")
    html = next((obj[k] for k in JSON_HTML_FIELDS if isinstance(obj.get(k), str) and obj[k]), None)
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    if html is not None:
        article = read_html(html, source=where, url=url, max_depth=max_depth)
    else:
        text = next((obj[k] for k in JSON_TEXT_FIELDS if isinstance(obj.get(k), str) and obj[k]), None)
        if text is None:
            raise DocumentError(where, f"no text field (one of {', '.join(JSON_TEXT_FIELDS + JSON_HTML_FIELDS)})")
        article = read_text(repair_mojibake(text), source=where)  # ('\u00c3\u00a1' escapes too)
        article.input_kind = "jsonl"
        article.url = url
    _apply_json_metadata(article, obj)
    return article


def _apply_json_metadata(article: Article, obj: dict) -> None:
    from newsgraph.ingest.decode import parse_date

    if isinstance(obj.get("title"), str) and obj["title"].strip():
        article.title = repair_mojibake(obj["title"].strip())  # (as the text: escapes hide it from the file's)
    authors = obj.get("authors") or obj.get("author")
    if isinstance(authors, str):
        authors = [authors]
    if isinstance(authors, list) and all(isinstance(a, str) for a in authors):
        article.authors = [repair_mojibake(a) for a in authors]
    for key in ("published", "date", "date_publish", "published_at"):
        value = parse_date(obj.get(key))
        if value:
            article.published, article.published_source = value, "page"
            break
    if isinstance(obj.get("id"), str) and obj["id"]:
        article.id = obj["id"]
