"""Quotation-mark spans: curly or straight marks, nested single quotes, multi-paragraph quotes.

Pure text work, no model: ``find_marked_spans(text)`` returns where each quotation's words
are. A paragraph that opens a quote and does not close it continues into the next paragraph
when that one opens with a mark again (the newspaper convention); an unbalanced mark never
swallows the rest of the article: a quote ends at its paragraph when nothing continues it.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

from newsgraph.extract.quote_patterns import CLOSE_MARKS, OPEN_MARKS, STRAIGHT_MARK

# Words left out at a quotation's start.
ELLIPSIS = "…"
# The longest a single quoted stretch may run without closing, in characters.
MAX_QUOTE_CHARS = 6000


@dataclass(slots=True)
class MarkedSpan:
    """Words between quotation marks: ``start``/``end`` exclude the marks themselves.

    ``parts`` holds one (start, end) per paragraph for a quote running over paragraphs.
    """

    start: int
    end: int
    open_at: int
    close_at: int | None  # None: the quote ran to its paragraph's end unclosed
    parts: list[tuple[int, int]]


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """Each non-blank line is a paragraph in scraped news text."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\r\n]+", text) if m.group().strip()]


def find_marked_spans(text: str, *, start: int = 0, end: int | None = None) -> list[MarkedSpan]:
    """Quoted spans within text[start:end], in order."""
    end = len(text) if end is None else end
    paragraphs = [(s, e) for s, e in paragraph_bounds(text) if s >= start and e <= end]
    spans: list[MarkedSpan] = []
    pending: MarkedSpan | None = None  # a quote left open at a paragraph's end
    for p_start, p_end in paragraphs:
        first = _first_visible(text, p_start, p_end)
        if pending is not None and _holds_its_own_opener(text, pending):
            # 'includes “Glasgow (“No Place Like Home”), a song …': a double mark nested in a
            # double mark of its kind is a typo for a title, not a quote going on in the next
            # paragraph (which would swallow that paragraph's quotations)
            spans.append(pending)
            pending = None
        if pending is not None:
            if first is not None and _is_double_apostrophe(text, first):
                cursor = first + 2
                close = _find_pair_close(text, cursor, p_end)
                pending.parts.append((cursor, close if close is not None else p_end))
                pending.end = close if close is not None else trim_end(text, p_end)
                if close is not None:
                    pending.close_at = close + 1
                    spans.append(pending)
                    pending = None
                    spans_in_rest, pending = _scan(text, close + 2, p_end)
                    spans.extend(spans_in_rest)
                continue
            if first is not None and _opens(text, first):
                cursor = first + 1
                # The continuation paragraph: its words belong to the pending quote.
                close = _find_close(text, cursor, p_end, text[first])
                pending.parts.append((cursor, close if close is not None else p_end))
                pending.end = close if close is not None else trim_end(text, p_end)
                if close is not None:
                    pending.close_at = close
                    spans.append(pending)
                    pending = None
                    spans_in_rest, pending = _scan(text, close + 1, p_end)
                    spans.extend(spans_in_rest)
                continue
            spans.append(pending)
            pending = None
        found, pending = _scan(text, p_start, p_end)
        spans.extend(found)
        if not found and pending is None and not _holds_a_double_mark(text, p_start, p_end):
            spans.extend(_single_marked_sentences(text, p_start, p_end))
    if pending is not None:
        spans.append(pending)
    return [s for s in spans if s.end > s.start]


# Marks that may wrap a quotation in a paragraph of British copy: ‘…’ or '…'.
SINGLE_OPENERS = "‘'"
SINGLE_CLOSERS = "’'"
# What ends the words inside a closing single mark: 'We are ready,' / 'It opens on Monday.'
SINGLE_CLOSE_AFTER = ".,?!"
# Any double quotation mark, straight, curly or typed as two apostrophes or backticks.
DOUBLE_MARKS = re.compile("[“”„«»\"]|''|``")


def _holds_a_double_mark(text: str, start: int, end: int) -> bool:
    return DOUBLE_MARKS.search(text, start, end) is not None


def _single_marked_sentences(text: str, start: int, end: int) -> list[MarkedSpan]:
    """British papers quote in single marks: "'We are ready,' Mr Hale said. 'The bridge opens on
    Monday.'" In a paragraph with no double mark, a single mark opening words (at the paragraph's
    start or after a space or bracket, before a letter) that a single mark right after a comma,
    full stop, question or exclamation mark closes (before a space or the paragraph's end) wraps
    a quotation. An apostrophe inside a word ('I'd', 'Hale's') is neither; nor is a quoted word
    or title with no punctuation before its close ('he was 'overwhelmed''), left to the report
    it sits in. Only a paragraph where a quotation of a few words closes on a comma, its
    attribution after it ("'We are ready now,' he said"), is British quoting: a paragraph that is
    one quoted phrase ('A change warrior.', a section heading), a headline ('Heckles fans: 'Be
    quiet.'') or an American headline's scare quote ('In 'crazy election,' Ruiz …') is not."""
    found: list[MarkedSpan] = []
    i = start
    while i < end:
        if not _single_opens(text, i, start):
            i += 1
            continue
        close = _single_close(text, i + 1, end)
        if close is None:
            i += 1
            continue
        found.append(MarkedSpan(i + 1, close, i, close, [(i + 1, close)]))
        i = close + 1
    attributed = any(text[m.end - 1] == "," and len(text[m.start : m.end].split()) >= 3 for m in found)
    return found if attributed else []


def _single_opens(text: str, i: int, paragraph_start: int) -> bool:
    if text[i] not in SINGLE_OPENERS:
        return False
    before = text[i - 1] if i > paragraph_start else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([—–") and after.isalpha()


def _single_close(text: str, start: int, end: int) -> int | None:
    """The single mark closing a quotation opened before ``start``, within the paragraph."""
    for i in range(start + 1, min(end, start + MAX_QUOTE_CHARS)):
        if text[i] not in SINGLE_CLOSERS:
            continue
        after = text[i + 1] if i + 1 < end else " "
        if text[i - 1] in SINGLE_CLOSE_AFTER and (after.isspace() or after in ")—–"):
            return i
        if _single_opens(text, i, start - 1) and not text[i - 1].isalnum():
            return None  # (another quotation opens first: this mark was no opener)
    return None


def _scan(text: str, start: int, end: int) -> tuple[list[MarkedSpan], MarkedSpan | None]:
    """Quotes inside one paragraph; the last one may stay open."""
    found: list[MarkedSpan] = []
    i = start
    while i < end:
        ch = text[i]
        if _is_double_apostrophe(text, i) and _is_opening_pair(text, i):
            close = _find_pair_close(text, i + 2, end)
            if close is None:
                body_end = trim_end(text, end)
                return found, MarkedSpan(i + 2, body_end, i, None, [(i + 2, body_end)])
            found.append(MarkedSpan(i + 2, close, i, close + 1, [(i + 2, close)]))
            i = close + 2
            continue
        if (
            (ch in OPEN_MARKS and not _closing_shaped(text, i))
            or (ch not in OPEN_MARKS and _opens(text, i) and not _stray_straight_before_curly(text, i, end))
            or _stray_close_opens(text, i, end)
        ):
            close = _find_close(text, i + 1, end, ch)
            if close is None:
                body_end = trim_end(text, end)
                return found, MarkedSpan(i + 1, body_end, i, None, [(i + 1, body_end)])
            found.append(MarkedSpan(i + 1, close, i, close, [(i + 1, close)]))
            i = close + 1
            continue
        i += 1
    return found, None


def _holds_its_own_opener(text: str, span: MarkedSpan) -> bool:
    opener = text[span.open_at]
    return opener in OPEN_MARKS and opener in text[span.start : span.end]  # (curly and guillemet only)


def _is_double_apostrophe(text: str, i: int) -> bool:
    """'' or `` used as a double quotation mark (wire and archive copy)."""
    return text[i : i + 2] in ("''", "``") and text[i + 2 : i + 3] != "'"


def _is_opening_pair(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 2] if i + 2 < len(text) else " "
    return (before.isspace() or before in "([{—–-") and not after.isspace()


def _find_pair_close(text: str, start: int, end: int) -> int | None:
    """Index of the closing '' (its first apostrophe), within the paragraph."""
    limit = min(end, start + MAX_QUOTE_CHARS)
    i = start
    while i < limit - 1:
        if text[i : i + 2] == "''":
            # "' ''": a closing single quote then the double close; take the last pair
            while text[i + 2 : i + 3] == "'":
                i += 1
            return i
        i += 1
    return None


# Two right single quotation marks typed for a double one (AP copy): '“…,’’ Moy said'.
DOUBLED_SINGLE_CLOSE = "’’"


def _find_close(text: str, start: int, end: int, opener: str) -> int | None:
    """The matching close mark; nested openers of the same kind are skipped."""
    # Scraped copy mixes styles ('"You know …,” he said'): a straight opener closes on a curly
    # close too, never on a curly opener (that one starts the next quote).
    closers = CLOSE_MARKS + STRAIGHT_MARK
    depth = 0
    limit = min(end, start + MAX_QUOTE_CHARS)
    for i in range(start, limit):
        ch = text[i]
        if opener in OPEN_MARKS and text[i : i + 2] == DOUBLED_SINGLE_CLOSE and depth == 0:
            return i  # '“It was an attempt to mislead voters,’’ Will Moy …': wire copy's close
        if opener != STRAIGHT_MARK and ch in OPEN_MARKS and _closing_shaped(text, i):
            # '“rapists“ while': an opening mark typed where a closing one belongs
            if depth == 0:
                return i
            depth -= 1
        elif opener != STRAIGHT_MARK and ch in OPEN_MARKS:
            depth += 1
        elif ch in closers and (ch != STRAIGHT_MARK or opener == STRAIGHT_MARK or not _is_opening(text, i)):
            if depth == 0:
                return i
            depth -= 1
    return None


def _is_opening(text: str, i: int) -> bool:
    """A straight mark opens when it starts a word: after space/start/bracket, before a letter."""
    ch = text[i]
    if ch in OPEN_MARKS:
        return True
    if ch != STRAIGHT_MARK:
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-‘':") and not after.isspace()


def _opens(text: str, i: int) -> bool:
    """A straight mark that opens, or a closing mark typed where an opening one belongs
    ('Doing so ”appeared to be …', a paragraph opening '”Sorry Sarah, …!” posted X')."""
    if text[i] in CLOSE_MARKS:
        before = text[i - 1] if i > 0 else " "
        return (before.isspace() or _invisible(before) or before in "([{—–-") and _starts_words(text, i + 1)
    return _is_opening(text, i)


def _starts_words(text: str, i: int) -> bool:
    """Words begin at ``i``, or an ellipsis standing for the words left out does
    ('” … in the case of Wyoming, the train has left,” wrote Time')."""
    rest = text[i : i + 3].lstrip(" ")
    return rest[:1].isalnum() or rest[:1] == ELLIPSIS


def _stray_close_opens(text: str, i: int, end: int) -> bool:
    """A closing mark no quotation claims, typed after the cue's comma or colon ('He says,” there
    are people who never get listened to.”'), opens the quotation when the paragraph closes one
    later and opens none before that."""
    if text[i] not in CLOSE_MARKS or i == 0 or text[i - 1] not in ",:":
        return False
    if not (text[i + 1 : i + 2] == " " and text[i + 2 : i + 3].isalnum()):
        return False
    for ch in text[i + 1 : end]:
        if ch in OPEN_MARKS or ch == STRAIGHT_MARK:
            return False
        if ch in CLOSE_MARKS:
            return True
    return False


def _stray_straight_before_curly(text: str, i: int, end: int) -> bool:
    """'"Trump tried to laugh it off by interjecting, “Only Rosie O’Donnell.” But …': a straight
    mark whose next mark in the paragraph opens a curly quotation is a stray (a pasted block's
    leftover), not the opening of the words up to that quotation's close: the curly pair is the
    quotation. ('"I know,” Henry said': a straight opener closed by a curly mark still pairs; so
    does one closed by a straight mark after the curly quotation, which it then holds.)"""
    if text[i] != STRAIGHT_MARK:
        return False
    for k in range(i + 1, end):
        ch = text[k]
        if ch == STRAIGHT_MARK or ch in CLOSE_MARKS:
            return False
        if ch in OPEN_MARKS:
            return not _closing_shaped(text, k) and text.find(STRAIGHT_MARK, k, end) < 0
    return False


def _invisible(ch: str) -> bool:
    """Format characters scraped with the text (U+202A and the like) take no place."""
    return unicodedata.category(ch) == "Cf"


def _closing_shaped(text: str, i: int) -> bool:
    """A mark right after a word and before a space or punctuation ends a quote, whatever its shape."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and before not in "([{—–-‘'“„«" and (after.isspace() or after in ".,;:!?)")


def _first_visible(text: str, start: int, end: int) -> int | None:
    for i in range(start, end):
        if not text[i].isspace() and not _invisible(text[i]):
            return i
    return None


def trim_end(text: str, end: int, also: str = "") -> int:
    """``end`` moved back over whitespace (and the characters in ``also``), without copying."""
    while end > 0 and (text[end - 1].isspace() or text[end - 1] in also):
        end -= 1
    return end


class RangeTest:
    """Is an offset inside one of these ranges? Bisect, so an article of 10,000 quotes stays fast."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.ranges = sorted(ranges)
        self.starts = [s for s, _ in self.ranges]

    def __call__(self, offset: int) -> bool:
        i = bisect_right(self.starts, offset) - 1
        return any(s <= offset < e for s, e in self.ranges[max(0, i - 1) : i + 1])


def inside_quotes(marked: list[MarkedSpan]) -> RangeTest:
    """Offsets inside quotation marks (each paragraph of a long quote is one part)."""
    return RangeTest([p for m in marked for p in m.parts])
