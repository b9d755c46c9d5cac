"""What every fuzz input is checked for: shared by the atheris targets and the pytest run.

A reader may return articles or raise/yield ``DocumentError``, nothing else; what it returns
has every offset inside its text. The quote finder's spans and quotes are inside the text and
a quote's text is the text at its span. A WARC cut at any byte keeps every record wholly
before the cut (else: data lost) and says so when the cut falls inside a record.

``Tally`` counts inputs, crashes (an uncaught exception or a broken invariant) and data lost.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from newsgraph.errors import DocumentError
from newsgraph.model import Article
from newsgraph.settings import Settings

# Small limits so a fuzzer's inputs meet them; the logic is the same at the default sizes.
FUZZ_SETTINGS = Settings(max_bytes=200_000, max_chars=50_000)
WARC_PAGES = 3


class DataLost(AssertionError):
    """A record wholly before a WARC's cut was not returned."""


@dataclass
class Tally:
    inputs: int = 0
    crashes: int = 0
    data_lost: int = 0
    failures: list[str] = field(default_factory=list)

    def line(self, name: str) -> str:
        return f"{name}: inputs {self.inputs}, crashes {self.crashes}, data lost {self.data_lost}"


def check_article(article: Article) -> None:
    n = len(article.text)
    assert isinstance(article.text, str)
    for region in article.regions:
        assert 0 <= region.start <= region.end <= n, f"region {region} outside text of {n}"
    if article.body_span is not None:
        start, end = article.body_span
        assert 0 <= start <= end <= n, f"body span {article.body_span} outside text of {n}"


def check_items(items: list[object]) -> list[Article]:
    articles = []
    for item in items:
        if isinstance(item, Article):
            check_article(item)
            articles.append(item)
        else:
            assert isinstance(item, DocumentError), f"yielded {type(item).__name__}"
            assert item.reason and "\n" not in item.reason.strip(), "an error is one line"
    return articles


def run_reader(read: object) -> list[Article]:
    """Call a reader (a function returning an Article or an iterator of items); check the result."""
    try:
        result = read()  # type: ignore[operator]
        items = [result] if isinstance(result, Article) else list(result)
    except DocumentError:
        return []
    return check_items(items)


# --- the readers -------------------------------------------------------------------------------

def check_read_bytes(data: bytes) -> list[Article]:
    from newsgraph.ingest import read_bytes

    return run_reader(lambda: read_bytes(data, "fuzz-input", settings=FUZZ_SETTINGS))


def check_read_text(text: str) -> list[Article]:
    from newsgraph.ingest.text import read_text

    articles = run_reader(lambda: read_text(text, source="fuzz-text"))
    for article in articles:
        assert article.text == text, "the text reader keeps its input as given"
    return articles


def check_read_html(data: bytes | str) -> list[Article]:
    from newsgraph.ingest import read_html

    return run_reader(lambda: read_html(data, source="fuzz-html"))


def warc_record(i: int, body: bytes | None = None, *, compressed: bool = True) -> bytes:
    """One response record written by FastWARC, a gzip member of its own when compressed."""
    from fastwarc.stream_io import GzipWriter
    from fastwarc.warc import WarcRecord, WarcRecordType

    if body is None:
        body = (f"<html><head><title>Story {i}</title></head><body><article>"
                + "".join(f"<p>Paragraph {k} of story {i}: the council said the budget would rise"
                          f" by {k} percent next year, officials confirmed.</p>" for k in range(5))
                + "</article></body></html>").encode()
    buffer = io.BytesIO()
    writer = GzipWriter(buffer) if compressed else buffer
    record = WarcRecord()
    record.init_headers(record_type=WarcRecordType.response)
    record.headers["WARC-Target-URI"] = f"https://news.example/fuzz-{i}"
    record.headers["Content-Type"] = "application/http; msgtype=response"
    record.set_bytes_content(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body)
    record.write(writer)
    if compressed:
        writer.close()
    return buffer.getvalue()


def check_warc(records: list[bytes], cut: int | None = None, flips: list[tuple[int, int]] = ()) -> list[Article]:
    """Read a WARC of these records, cut at ``cut`` and with bytes changed at ``flips``.

    Records that end before the cut and before the first changed byte must all be returned.
    """
    from newsgraph.ingest.warc import read_warc

    data = bytearray(b"".join(records))
    damaged = [len(data)]
    for position, value in flips:
        if data:
            data[position % len(data)] = value
            damaged.append(position % len(data))
    if cut is not None:
        del data[cut:]
        damaged.append(cut)
    articles = run_reader(lambda: read_warc(io.BytesIO(bytes(data)), source="fuzz.warc", settings=FUZZ_SETTINGS))
    first_damage = min(damaged)
    intact, offset = 0, 0
    for record in records:
        offset += len(record)
        if offset > first_damage:
            break
        intact += 1
    if len(articles) < intact:
        raise DataLost(f"{intact} records before the damage at byte {first_damage}, {len(articles)} returned")
    return articles


# --- the quote finder -----------------------------------------------------------------------

def check_marked_spans(text: str) -> None:
    from newsgraph.extract.quote_marks import find_marked_spans

    previous_start = -1
    for span in find_marked_spans(text):
        assert 0 <= span.open_at <= span.start <= span.end <= len(text), span
        assert span.start >= previous_start, "spans come in order"
        previous_start = span.start
        for start, end in span.parts:
            assert 0 <= start <= end <= len(text), span
        if span.close_at is not None:
            assert span.end <= span.close_at <= len(text), span


def check_quotes(text: str, nlp: object) -> int:
    """Run the whole quote extractor on ``text``; every quote is the text at its span."""
    from newsgraph.extract.entities import EntityIndex, find_entities
    from newsgraph.extract.quotes import find_quotes
    from newsgraph.ingest.text import read_text

    check_marked_spans(text)
    article = read_text(text, source="fuzz-quotes")
    doc = nlp(text)  # type: ignore[operator]
    index = EntityIndex(find_entities(doc, article))
    quotes = find_quotes(doc, article=article, entities=index, published=None)
    for quote in quotes:
        assert 0 <= quote.start <= quote.end <= len(text), (quote.start, quote.end, len(text))
        assert quote.text == text[quote.start:quote.end], (quote.text, text[quote.start:quote.end])
        mention = quote.speaker_mention
        if mention is not None and mention.start >= 0:
            assert text[mention.start:mention.end] == mention.text, mention
    return len(quotes)


def guarded(tally: Tally, check: object, *args: object) -> None:
    """Run one check, counting the input and, instead of raising, what went wrong."""
    tally.inputs += 1
    try:
        check(*args)  # type: ignore[operator]
    except DataLost as exc:
        tally.data_lost += 1
        tally.failures.append(f"data lost: {exc}")
    except Exception as exc:  # anything else escaping a reader is a crash
        tally.crashes += 1
        tally.failures.append(f"{type(exc).__name__}: {exc}"[:300])


# --- seeds ---------------------------------------------------------------------------------------

SEED_TEXT = ("Pier reopens\n\nBy Ada Lindqvist\n\n\u201cWe have rebuilt the deck,\u201d said Mara Olsen,"
             " the board\u2019s chair.\r\nFishermen said \"the closure\" cost them the winter season.\n")
SEED_HTML = ("<html lang=en><head><meta charset=utf-8><title>Pier reopens</title></head><body><article>"
             "<h1>Pier reopens</h1><figure><img src=a.jpg><figcaption>The pier. Photo: Jo Roe/AP</figcaption>"
             "</figure><p class=byline>By Ada Lindqvist</p><p>\u201cWe have rebuilt the deck,\u201d said Mara"
             " Olsen, the board\u2019s chair, on Tuesday in Troms\u00f8.</p><p>Fishermen said the closure cost"
             " them most of the winter season and asked the board for compensation.</p></article></body></html>")


def seed_inputs(modes: tuple[str, ...]) -> dict[str, bytes]:
    """One seed per fuzz mode: the payload first, the mode's index last (atheris's
    FuzzedDataProvider reads integers from the end of the input and bytes from the start)."""
    payloads = {
        "bytes": SEED_TEXT.encode("cp1252", "replace"),
        "text": b"\x00" + SEED_TEXT.encode("utf-8"),
        "html": SEED_HTML.encode(),
        "html_wrapped": b"A <b>bold</b> <div><p>claim</div>, she said.",
        "warc_cut": b"\x00\x40\x01",
        "warc_flip": b"\x02\x10\x00\x20\x41\x00",
        "gzip_cut": SEED_TEXT.encode(),
    }
    return {mode: payloads.get(mode, b"") + bytes([index]) for index, mode in enumerate(modes)}


def write_seeds(directory: str, modes: tuple[str, ...]) -> None:
    from pathlib import Path

    root = Path(directory)
    root.mkdir(parents=True, exist_ok=True)
    for mode, data in seed_inputs(modes).items():
        (root / f"seed_{mode}").write_bytes(data)
