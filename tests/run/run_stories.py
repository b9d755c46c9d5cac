"""Small news texts written for the runner tests, and WARC files built from them."""

from __future__ import annotations

from pathlib import Path

STORIES = [
    ("Harbour council approves new ferry route",
     'The Lindenport harbour council approved a new ferry route on Tuesday. "This will cut the trip to '
     'Eastholm by half," said council chair Maria Okafor. The first boats will sail in June.'),
    ("Rail workers strike over pay",
     'Rail workers in Brenford walked out on Monday after talks with the operator failed. '
     '"We have waited three years for a fair offer," union leader Tomas Riedl told reporters. '
     'The operator said it would meet the union again next week.'),
    ("City library reopens after flood",
     'The central library of Marlow reopened on Friday, eight months after a flood closed it. '
     'Mayor Jonas Whitfield thanked volunteers who saved thousands of books. '
     '"The library is the heart of this town," he said.'),
    ("Farmers warn of dry summer",
     'Farmers in the Avon valley warned on Wednesday that a dry spring could cut wheat yields. '
     '"Without rain in May we will lose a third of the crop," said grower Helen Marsh. '
     'The regional water board said reservoirs were at 60 percent.'),
    ("Museum buys lost painting",
     'The National Gallery of Westmarch bought a painting that had been lost for a century, '
     'its director Paul Anand said on Thursday. The gallery paid 2 million pounds at an auction in '
     'Vienna. "It comes home at last," Anand said.'),
    ("School builds solar roof",
     'Pupils at Greenhill Academy in Dunmore switched on a solar roof on Saturday. '
     'Head teacher Ruth Adeyemi said the panels would supply half of the school\'s power. '
     '"The children designed it themselves," she said.'),
]


def page(title: str, body: str) -> bytes:
    paragraphs = "".join(f"<p>{s.strip()}.</p>" for s in body.split(". ") if s.strip())
    return (f"<!doctype html><html><head><title>{title}</title></head><body><article>"
            f"<h1>{title}</h1>{paragraphs}</article></body></html>").encode()


def write_warc(path: Path, stories=STORIES, *, extra: bool = True) -> Path:
    """A gzipped WARC: one HTML response per story, plus (``extra``) a request and an image."""
    from fastwarc import GzipWriter, WarcRecord, WarcRecordType

    def record(kind, uri: str, content_type: str, payload: bytes) -> WarcRecord:
        http = (b"HTTP/1.1 200 OK\r\nContent-Type: " + content_type.encode() + b"\r\n\r\n"
                if kind == WarcRecordType.response else b"GET / HTTP/1.1\r\nHost: example.org\r\n\r\n")
        r = WarcRecord()
        r.init_headers(kind)
        r.headers["WARC-Target-URI"] = uri
        r.headers["Content-Type"] = f"application/http; msgtype={'response' if kind == WarcRecordType.response else 'request'}"
        r.set_bytes_content(http + payload)
        return r

    with open(path, "wb") as f:
        out = GzipWriter(f)
        for n, (title, body) in enumerate(stories):
            record(WarcRecordType.response, f"https://news.example/{n}", "text/html; charset=utf-8",
                   page(title, body)).write(out)
        if extra:
            record(WarcRecordType.request, "https://news.example/0", "", b"").write(out)
            record(WarcRecordType.response, "https://news.example/logo.png", "image/png", b"\x89PNG....").write(out)
        out.close()
    return path
