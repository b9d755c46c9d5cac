"""Plain and scraped text -> Article.

A scraper's text keeps the page furniture around the story: the title (often twice), a photo
caption ending in its credit, a byline, "Updated:", a video player's "0:00", share buttons,
and after the story the byline again, an author bio and "Related Topics". This reader labels
each line (``Region``), keeps the metadata and finds where the body starts and ends, without
changing the text: offsets of everything found later point into the input as given.

The rules are line shapes, not a model: a body paragraph is a long line of sentences, a heading
is a short line between paragraphs, a byline is a short line shaped like a name, and so on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from newsgraph.ingest.patterns import (
    BIO_ROLE_WORDS,
    BOILERPLATE_LINE,
    BYLINE_PREFIX,
    CREDIT_MARKERS,
    DATELINE_LABEL,
    TRAILING_CITATION,
    is_promo,
)
from newsgraph.model import Article, Region, as_date
from newsgraph.names import SURNAME_PARTICLES

# A body paragraph has at least this many words (or is a quotation / ends a sentence and is long).
BODY_MIN_WORDS = 12
# A photo credit names a photographer and an agency: 'Kari Nilsen/NTB/AFP via Getty Images'. A
# longer sentence naming an agency is the story's own ('(Reuters) - President Obama met …').
CREDIT_MAX_WORDS = 12
# Headings are short lines inside the body.
HEADING_MAX_WORDS = 10
# Dashes that open a line signing the lines above it (a post's author, a pull quote's speaker).
SIGNING_DASHES = "—–"
# A social handle in brackets, as a post's signature gives it: 'Lena Haas (@lenahaas)'.
HANDLE = re.compile(r"\(@\w{1,15}\)")
# Words left lower case in a title-case heading.
TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "and", "or", "of", "in", "on", "to", "for", "at", "by", "vs"})
# A title longer than this is a paragraph, not a title.
TITLE_MAX_CHARS = 300


@dataclass(slots=True)
class Line:
    text: str  # stripped
    start: int  # offset of the stripped text in the input
    end: int

    @property
    def words(self) -> int:
        return len(self.text.split())


def read_text(
    text: str, *, source: str | None = None, published: date | datetime | str | None = None
) -> Article:
    """Read scraped or plain article text, as given, into an Article with its regions.

    ``published`` (a date, a datetime or an ISO string, as the Python API takes it) overrides the
    date the page prints."""
    given = as_date(published)
    lines = split_lines(text)
    article = Article(text=text, source=source, input_kind="text", published=given,
                      published_source="given" if given else None)
    if not lines:
        return article
    layout = _Layout(lines)
    layout.label()
    article.regions = layout.regions
    article.title = layout.title
    article.authors = layout.authors
    article.captions = layout.captions
    article.image_credits = layout.credits
    article.section_headings = layout.headings
    article.body_span = layout.body_span or (0, len(text))
    if given is None and layout.page_date:
        article.published, article.published_source = layout.page_date, "page"
    return article


def split_lines(text: str) -> list[Line]:
    """Non-blank lines with their stripped offsets (any line ending: \\n, \\r\\n, \\r)."""
    lines: list[Line] = []
    for m in re.finditer(r"[^\r\n]+", text):
        raw = m.group()
        stripped = raw.strip()
        if not stripped:
            continue
        lead = len(raw) - len(raw.lstrip())
        start = m.start() + lead
        lines.append(Line(stripped, start, start + len(stripped)))
    return lines


def is_boilerplate(line: str) -> bool:
    return bool(BOILERPLATE_LINE.match(line)) or is_promo(line)


def looks_like_name(line: str) -> bool:
    """'Tom Ozimek', 'By Jane Q. Doe and John Roe', 'Mary-Ann O’Neil': a byline's shape."""
    body = BYLINE_PREFIX.sub("", line).strip()
    if not body or len(body) > 80 or (re.search(r"[.!?:;]$", body) and not body.endswith(".")):
        return False
    names = re.split(r",\s*|\s+and\s+|\s*&\s*", body)
    return all(_one_name(n) for n in names if n) and any(names)


def _one_name(name: str) -> bool:
    tokens = name.split()
    if not 2 <= len(tokens) <= 4:
        return False
    for tok in tokens:
        if tok.lower() in SURNAME_PARTICLES:
            continue
        if not re.fullmatch(r"[A-Z][\w’'.-]*", tok) or (tok.isupper() and len(tok) > 3):
            return False
    return True


def split_caption_credit(line: str) -> tuple[str, str | None]:
    """'A caption. Name/Agency via Getty Images' -> ('A caption.', 'Name/Agency via ...')."""
    # The credit is the last sentence when it carries a credit marker.
    for m in reversed(list(re.finditer(r"(?<=[.!?”\"])\s+(?=[A-Z(])", line))):
        tail = line[m.end() :]
        if re.search(r"[.!?]\s", tail) or len(tail.split()) > CREDIT_MAX_WORDS:
            break  # ('ORLANDO, Fla. (Reuters) - President Obama met …': a lede citing its agency)
        if CREDIT_MARKERS.search(tail):
            return line[: m.start()].strip(), tail.strip()
    m = re.search(r"\s*\((?:Photo|Image|Credit)[^)]*\)\s*$|\s*(?:Photo|Image|Credit)s?:\s*.+$", line)
    if m:
        return line[: m.start()].strip(), line[m.start() :].strip(" ()")
    return line, None


def is_body_paragraph(line: Line) -> bool:
    text = line.text
    if is_boilerplate(text):
        return False
    if line.words >= BODY_MIN_WORDS:
        return True
    opens_quote = text[:1] in "“\"‘'"
    ends_sentence = bool(re.search(r"[.!?…][”\"’']?$", text))
    return ends_sentence and (opens_quote or line.words >= 6)


def is_heading(line: Line) -> bool:
    """A short line inside the story: 'The Response', '‘Peace Plan’?' (title case when it asks)."""
    text = line.text
    if line.words > HEADING_MAX_WORDS or is_boilerplate(text):
        return False
    # '-Craig Fehrman explains why Indiana is “weird.” [538]': a sentence with its source
    # cited after it is a roundup item, not a heading
    text = TRAILING_CITATION.sub("", text)
    if text[:1] in SIGNING_DASHES or HANDLE.search(text):
        return False  # '— Lena Haas (@lenahaas) March 16, 2021' signs a post, on its line or above
    if re.search(r"[.,;:…][”\"’']?$", text):
        return False
    if re.search(r"[?!][”\"’']?$", text) and not _title_case(text):
        return False
    return bool(re.match(r"[\W_]*[A-Z0-9]", text))


def _signed_below(line: Line) -> bool:
    """'— Ann Cole (@anncole) May 2, 2024' under a short line: that line is a post's words
    ('Three meetings, zero answers. https://t.co/…' has no closing stop), not a heading."""
    return line.text[:1] in SIGNING_DASHES and HANDLE.search(line.text) is not None


def _title_case(text: str) -> bool:
    words = [w.strip("‘’“”\"'?!()[]") for w in text.split()]
    return all(w[:1].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words if w)


class _Layout:
    """Labels lines: header (title, caption, credit, byline), body, footer (bio, boilerplate)."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.regions: list[Region] = []
        self.title: str | None = None
        self.authors: list[str] = []
        self.captions: list[str] = []
        self.credits: list[str] = []
        self.headings: list[str] = []
        self.body_span: tuple[int, int] | None = None
        self.page_date: date | None = None

    def add(self, kind: str, start: int, end: int) -> None:
        self.regions.append(Region(kind, start, end))

    def label(self) -> None:
        first_body = self._first_body_index()
        header_end = self._label_title(first_body)
        for line in self.lines[header_end:first_body]:
            self._label_header_line(line)
        last_body = self._label_footer(first_body)
        self._label_body(first_body, last_body)
        self.regions.sort(key=lambda r: r.start)

    def _first_body_index(self) -> int:
        lines = self.lines
        for i, line in enumerate(lines):
            # A title is no body paragraph even when long; one line alone is all body.
            if i == 0 and len(lines) > 1 and self._is_title_candidate(line):
                continue
            if i > 0 and _same_text(line.text, lines[0].text):
                continue
            if is_body_paragraph(line) and not self._is_caption_line(i):
                return i
        return 0

    def _is_title_candidate(self, line: Line) -> bool:
        return len(line.text) <= TITLE_MAX_CHARS and not is_boilerplate(line.text)

    def _is_caption_line(self, i: int) -> bool:
        """A sentence with a photo credit, in the header: a caption, not the lede."""
        return split_caption_credit(self.lines[i].text)[1] is not None

    def _label_title(self, first_body: int) -> int:
        if first_body == 0 or not self._is_title_candidate(self.lines[0]):
            return 0
        title = self.lines[0]
        self.title = title.text.rstrip()
        self.add("title", title.start, title.end)
        i = 1
        # Scrapers often print the title twice (page <title> and <h1>).
        while i < first_body and _same_text(self.lines[i].text, title.text):
            self.add("title_repeat", self.lines[i].start, self.lines[i].end)
            i += 1
        return i

    def _label_header_line(self, line: Line) -> None:
        text = line.text
        label = DATELINE_LABEL.match(text)
        if label:
            self.add("boilerplate", line.start, line.end)
            self.page_date = self.page_date or _parse_page_date(text[label.end() :])
            return
        if is_boilerplate(text):
            self.add("boilerplate", line.start, line.end)
            return
        if looks_like_name(text):
            self._add_byline(line)
            return
        caption, credit = split_caption_credit(text)
        if credit is not None:
            self.captions.append(caption)
            self.credits.append(credit)
            self.add("caption", line.start, line.start + len(caption))
            credit_start = line.start + text.rindex(credit)
            self.add("credit", credit_start, credit_start + len(credit))
            return
        # A sentence between title and story with no credit is still a caption or a standfirst.
        kind = "caption" if re.search(r"[.!?]$", text) and len(text.split()) >= 4 else "boilerplate"
        if kind == "caption":
            self.captions.append(text)
        self.add(kind, line.start, line.end)

    def _add_byline(self, line: Line) -> None:
        self.add("byline", line.start, line.end)
        names = BYLINE_PREFIX.sub("", line.text).strip()
        for name in re.split(r",\s*|\s+and\s+|\s*&\s*", names):
            if name and name not in self.authors:
                self.authors.append(name)

    def _label_footer(self, first_body: int) -> int:
        """Walk back from the end over bylines, bios and page furniture; return the last body line."""
        i = len(self.lines) - 1
        while i > first_body:
            line = self.lines[i]
            kind = self._footer_kind(line)
            if kind is None:
                break
            self.add(kind, line.start, line.end)
            i -= 1
        return i

    def _footer_kind(self, line: Line) -> str | None:
        text = line.text
        if is_boilerplate(text):
            return "boilerplate"
        if self.authors and any(_same_text(text, a) for a in self.authors):
            return "byline"
        if self._is_bio(text):
            return "bio"
        # A one- or two-word line at the very end ("Reporter", "twitter") is page furniture.
        if line.words <= 2 and not re.search(r"[.!?”\"]$", text):
            return "boilerplate"
        return None

    def _is_bio(self, text: str) -> bool:
        starts_with_author = any(text.startswith(a) for a in self.authors)
        m = re.match(r"([A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,3}) (?:is|was|has been) an? ", text)
        if not (starts_with_author or m):
            return False
        return bool(BIO_ROLE_WORDS.search(text[:200]))

    def _label_body(self, first: int, last: int) -> None:
        body = self.lines[first : last + 1]
        if not body:
            return
        self.body_span = (body[0].start, body[-1].end)
        for k, line in enumerate(body):
            if is_boilerplate(line.text):
                self.add("boilerplate", line.start, line.end)
            elif 0 < k < len(body) - 1 and is_heading(line) and not _signed_below(body[k + 1]):
                self.headings.append(line.text)
                self.add("heading", line.start, line.end)
            else:
                self.add("body", line.start, line.end)


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _parse_page_date(text: str) -> date | None:
    text = text.strip()
    if not text or not re.search(r"\d", text):
        return None
    import dateparser  # imported here: slow to import, and most texts have no such line

    parsed = dateparser.parse(text, settings={"PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": True})
    return parsed.date() if parsed else None
