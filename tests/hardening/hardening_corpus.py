"""The bad-input corpus, written by the tests into a temporary directory (no blobs in git).

``write_corpus(dir)`` writes every hostile or odd document next to a few good articles and
returns what each must become: ``Expect.ok`` (an article, with text the decoding must get
right) or ``Expect.error`` (one DocumentError whose reason contains ``reason``).
"""

from __future__ import annotations

import gzip
import io
import os
import random
from dataclasses import dataclass
from pathlib import Path

# Sentences written for these tests; none comes from a real article.
PARAGRAPH = ("The harbour board said on Tuesday that the eastern pier would reopen next month after"
             " repairs costing four million dollars, and that ferries would return in the spring.\n")
GOOD_ARTICLES = {
    "good_one.txt": (
        "Pier reopens after storm\n\n"
        "By Ada Lindqvist\n\n"
        "The harbour board said on Tuesday that the eastern pier would reopen next month after repairs.\n\n"
        "\u201cWe have rebuilt the whole deck,\u201d said Mara Olsen, the board\u2019s chair, at a meeting in Tromsø.\n\n"
        "Fishermen said the closure had cost them most of the winter season and asked for compensation.\n"
    ),
    "good_two.txt": (
        "Council votes on bus lanes\n\n"
        "The city council voted 7-2 on Monday to add bus lanes on Main Street, officials said.\n\n"
        "\u201cThis is the first step, not the last,\u201d council member Theo Brandt told reporters after the vote.\n\n"
        "Shop owners on the street said they feared losing parking spaces in front of their stores.\n"
    ),
}
# One quotation per line, each attributed: the 10,000-quote article and its small sibling.
QUOTE_LINE = "\u201cWe will repair road {i} this year,\u201d Mayor Ann Lee said."
MANY_QUOTES = 10_000
BATCH_QUOTES = 150  # what a batch run can analyse in a few seconds
DEEP_NESTING = 10_000
BIG_BYTES = 50_000_000


@dataclass(frozen=True)
class Expect:
    ok: bool
    reason: str = ""  # for errors: words the reason must contain
    text: str = ""  # for articles: a passage the decoded text must contain exactly

    @classmethod
    def article(cls, text: str = "") -> Expect:
        return cls(True, text=text)

    @classmethod
    def error(cls, reason: str) -> Expect:
        return cls(False, reason=reason)


MOJIBAKE_LINE = "Ren\u00e9e Fu\u00dfmann said \u201cit is fixed\u201d in M\u00e1laga \u2014 at last.\n"

def quotes_article(n: int) -> str:
    return "Road works\n\n" + "\n".join(QUOTE_LINE.format(i=i) for i in range(n)) + "\n"


def nested_html(depth: int) -> str:
    return ("<html><body>" + "<div>" * depth + f"<p>{PARAGRAPH}</p>" + "</div>" * depth + "</body></html>")


def broken_html() -> str:
    """Unclosed and misnested tags, stray brackets and entities: browsers cope, so must we."""
    return (
        "<html><head><title>Pier <b>reopens</title><body><div class=story><p>" + PARAGRAPH * 2
        + "<p>The board\u2019s chair said the work was done<span><i><p>" + PARAGRAPH * 2
        + "</div></div></div><<>>&&amp;&nosuch; <p>Repairs cost four million dollars in all, the board said."
        + "<table><tr><td>" + PARAGRAPH + "</b></html></p><!-- unclosed comment"
    )


def page_html(i: int) -> bytes:
    body = "".join(
        f"<p>Paragraph {k} of story {i}: the council said the budget would rise by {k} percent next year,"
        " officials confirmed on Monday.</p>"
        for k in range(6)
    )
    return (f"<html><head><title>Story {i}</title></head><body><article><h1>Story {i}</h1>{body}"
            "</article></body></html>").encode()


def warc_bytes(pages: int = 4, *, compressed: bool = True) -> bytes:
    """A real WARC written with FastWARC: one HTML response record per page, each record its
    own gzip member when compressed (as Common Crawl writes them)."""
    return b"".join(_warc_record(i, compressed) for i in range(pages))


def _warc_record(i: int, compressed: bool) -> bytes:
    from fastwarc.stream_io import GzipWriter
    from fastwarc.warc import WarcRecord, WarcRecordType

    buffer = io.BytesIO()
    writer = GzipWriter(buffer) if compressed else buffer
    record = WarcRecord()
    record.init_headers(record_type=WarcRecordType.response)
    record.headers["WARC-Target-URI"] = f"https://news.example/story-{i}"
    record.headers["Content-Type"] = "application/http; msgtype=response"
    record.set_bytes_content(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page_html(i))
    record.write(writer)
    if compressed:
        writer.close()
    return buffer.getvalue()


def truncated_gzip() -> bytes:
    # Varied text, so the cut falls inside the compressed data and not after it.
    text = " ".join(f"Item {i}: the board met {i * 7 % 31} times." for i in range(4000))
    packed = gzip.compress(text.encode())
    return packed[: len(packed) // 2]


def write_corpus(root: Path, *, big: bool = True, many_quotes: int = BATCH_QUOTES) -> dict[str, Expect]:
    """Write the corpus into ``root``; return file name -> what reading it must give.

    ``big`` adds the 50 MB text, over the default ``max_bytes`` (20 MB): an error, found from
    its size before a byte is read. WARCs may also give the articles read before the cut.
    """
    root.mkdir(parents=True, exist_ok=True)
    expect: dict[str, Expect] = {}

    def put(name: str, data: bytes | str, outcome: Expect) -> None:
        (root / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        expect[name] = outcome

    for name, text in GOOD_ARTICLES.items():
        put(name, text, Expect.article(text.splitlines()[0]))
    put("empty.txt", b"", Expect.error("empty document"))
    put("blank.txt", b" \n\r\n\t \n", Expect.error("empty document"))
    put("garbage.bin", os.urandom(8192), Expect.error("binary data"))
    # 16-bit samples below 256 (a dark raw image, quiet audio): zeros every other byte, as in
    # UTF-16 text, but beside bytes that are no text
    samples = bytes(b for n in random.Random(16).choices(range(1, 256), k=4096) for b in (n, 0))
    put("dark16.raw", samples, Expect.error("binary data"))
    if big:
        line = PARAGRAPH.encode()
        put("big.txt", line * (BIG_BYTES // len(line) + 1), Expect.error("setting max_bytes"))
    put("truncated.txt.gz", truncated_gzip(), Expect.error("broken gzip"))
    warc = warc_bytes(4)
    put("truncated.warc.gz", warc[: int(len(warc) * 0.6)], Expect.error("truncated"))  # cut in a record or between gzip members
    raw = warc_bytes(3, compressed=False)
    put("cut_in_headers.warc", raw[: raw.index(b"WARC/1.1", 10) + 40], Expect.error("broken WARC"))
    put("deep.html", nested_html(DEEP_NESTING), Expect.error("nested more than"))
    put("broken.html", broken_html(), Expect.article("the eastern pier would reopen next month"))
    latin1 = "Caf\u00e9 owner Jos\u00e9 Pe\u00f1a said the fa\u00e7ade of the Stra\u00dfe shop was ruined.\n"
    put("latin1.txt", (latin1 + PARAGRAPH).encode("latin-1"), Expect.article(latin1.strip()))
    cp1252 = "The minister said \u201cthe price is fair\u201d \u2014 and \u20ac5 million was spent\u2026\n"
    put("cp1252.txt", (cp1252 + PARAGRAPH).encode("cp1252"), Expect.article(cp1252.strip()))
    utf16 = "Zo\u00eb Kr\u00fcger said \u201cit works\u201d in Z\u00fcrich \u2014 \u5317\u4eac too.\n"
    put("utf16.txt", (utf16 + PARAGRAPH).encode("utf-16"), Expect.article(utf16.strip()))  # BOM included
    # as Windows tools save it, with no BOM
    no_bom = utf16.replace("it works", "it works without a mark")
    put("utf16_no_bom.txt", (no_bom + PARAGRAPH).encode("utf-16-le"), Expect.article(no_bom.strip()))
    # UTF-8 once read as Windows-1252 and stored so: 'â€œit worksâ€\x9d', 'ZÃ¼rich'
    # (the five bytes Windows-1252 leaves undefined come through as the control characters
    # of the same number, as browsers and most tools pass them)
    mojibake = "".join(
        chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252")
        for b in (MOJIBAKE_LINE + PARAGRAPH).encode("utf-8")
    )
    put("mojibake.txt", mojibake.encode("utf-8"), Expect.article(MOJIBAKE_LINE.strip()))
    mixed = ("Mixed endings\r\n\r\n" + PARAGRAPH.replace("\n", "\r") + PARAGRAPH.replace("\n", "\r\n") + PARAGRAPH)
    put("mixed_endings.txt", mixed, Expect.article("Mixed endings\r\n\r\nThe harbour board"))
    nul = PARAGRAPH.encode().replace(b" ", b" \x00", 5) + PARAGRAPH.encode()
    put("nul_bytes.txt", nul, Expect.article(PARAGRAPH.strip()))
    put("only_quotes.txt", "\u201c\u201d\"\"''\u2018\u2019\u00ab\u00bb" * 150 + "\n", Expect.article())
    unbalanced = ('He said "this quote never ends.\n\n'
                  "\u201cOuter \u2018inner \u201cinnermost\u201d still inner\u2019 outer,\u201d she said.\n\n"
                  "\u201cA quote\u201d and then \u201canother without its end.\n\n" + '"' * 9 + "\n\u201d\u201d\u201c\n")
    put("unbalanced_quotes.txt", unbalanced, Expect.article("innermost"))
    put("many_quotes.txt", quotes_article(many_quotes), Expect.article(QUOTE_LINE.format(i=many_quotes - 1)))
    return expect
