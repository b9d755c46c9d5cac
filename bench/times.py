"""Time expressions against TimeBank and AQUAINT (TempEval-3 training data, TBAQ-cleaned).

For each .tml file: the text inside <TEXT> with its tags stripped is parsed with spaCy, and
``find_times`` runs with the document creation time (<DCT>) as anchor. Scoring, TempEval-3
style, over the TIMEX3 tags inside <TEXT>:

* strict span P/R/F1: exact offsets; relaxed span P/R/F1: any overlap (one-to-one);
* value accuracy: right value among relaxed matches; value F1: a relaxed match with the right
  value is a true positive, P over all predictions, R over all gold. This strict value F1 is
  the headline figure;
* a second, labelled figure, value_F1_notation: the same, but values that are one value spelled
  two ways count as equal ("1968-XX" = "1968", "198X" = "198", "T17" = "T17:00", "P1E" =
  "P10Y"; the full list is at ``notation_value``).

Our ranges ("March 20–22", one record with value ``2023-03-20/2023-03-22``) are scored as
TimeML writes them, two TIMEX3s ("March 20", "22"): ``timeml.timeml_parts``.

The baseline is "dateparser on spaCy DATE/TIME entities" (value at dateparser's period),
measured in the same run on the same parses. Values are compared after small notational
normalisation (ISO week numbers with or without a leading zero).

Run: ``.venv/bin/python bench/times.py [--limit N] [--corpus AQUAINT] [--cache DIR]`` from the
repo root. ``--cache`` keeps the spaCy parses in DIR (one DocBin per corpus) so that a second
run only pays for ``find_times``; the articles/s figure with the parse is then not measured.

Tuning protocol: rules are tuned on TimeBank and on the even-indexed AQUAINT documents (files
sorted by name, index 0, 2, 4, ...); the odd-indexed half is never looked at while tuning and
is the held-out figure. ``--half even|odd`` scores one half only; ``--halves`` prints the full
corpus and both halves. ``--errors N`` prints up to N errors per corpus, grouped by class
(gold value shape), each with its sentence: use it on TimeBank and the even half only.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "timebank"
CORPORA = ("TimeBank", "AQUAINT")

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(slots=True)
class Timex:
    start: int
    end: int
    value: str | None
    type: str
    text: str = ""


@dataclass(slots=True)
class GoldDoc:
    name: str
    text: str
    dct: date
    timexes: list[Timex]


def read_tml(path: Path) -> GoldDoc:
    """Raw text of <TEXT> (tags stripped, entities unescaped) and its TIMEX3 offsets."""
    raw = path.read_text(encoding="utf-8")
    dct_match = re.search(r'functionInDocument="CREATION_TIME"[^>]*>|<DCT>.*?value="([^"]+)"', raw, re.S)
    dct_value = re.search(r'<DCT>.*?value="(\d{4}-\d\d-\d\d)', raw, re.S)
    assert dct_match and dct_value, f"{path} has no DCT"
    body = raw[raw.index("<TEXT>") + len("<TEXT>"): raw.index("</TEXT>")]
    out: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    timexes = []
    pos = 0
    for m in _TAG.finditer(body):
        piece = html.unescape(body[pos:m.start()])
        out.append(piece)
        length += len(piece)
        pos = m.end()
        closing, name, attrs = m.group(1), m.group(2), dict(_ATTR.findall(m.group(3)))
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, attrs)
        elif open_timex:
            start, attrs = open_timex
            timexes.append(Timex(start, length, attrs.get("value"), attrs.get("type", "DATE")))
            open_timex = None
    out.append(html.unescape(body[pos:]))
    text = "".join(out)
    for t in timexes:
        t.text = text[t.start:t.end]
    return GoldDoc(path.name, text, date.fromisoformat(dct_value.group(1)), timexes)


def normalise_value(value: str | None) -> str | None:
    if value is None:
        return None
    return re.sub(r"-W0(\d)", r"-W\1", value.upper())


# The second, clearly labelled value figure ("value_F1_notation") also counts these spellings
# of one value as equal; the strict value F1 above does not:
#   * trailing unspecified fields: "1968-XX" and "1968-XX-XX" = "1968", "1998-10-XX" = "1998-10";
#   * unspecified digits of a decade or century: "198X" = "198", "19XX" = "19";
#   * a clock hour without minutes: "T17" = "T17:00";
#   * duration units TimeML spells two ways: E (decade) = 10Y, C/CE (century) = 100Y,
#     L (millennium) = 1000Y, Q (quarter) = 3M, with a number ("P1E" = "P10Y"; "PXE" stays).
_DURATION_UNITS = {"E": (10, "Y"), "CE": (100, "Y"), "C": (100, "Y"), "L": (1000, "Y"), "Q": (3, "M")}


def notation_value(value: str | None) -> str | None:
    """``value`` in one spelling of the equivalences listed above."""
    value = normalise_value(value)
    if value is None:
        return None
    while re.search(r"\d-XX$", value):
        value = value[:-3]
    value = re.sub(r"^(\d{2,3})X+$", r"\1", value)
    value = re.sub(r"(T\d\d)$", r"\1:00", value)
    m = re.fullmatch(r"P(\d+)(CE|E|C|L|Q)", value)
    if m:
        mult, unit = _DURATION_UNITS[m[2]]
        value = f"P{int(m[1]) * mult}{unit}"
    return value


@dataclass(slots=True)
class Counts:
    gold: int = 0
    pred: int = 0
    strict: int = 0
    relaxed: int = 0
    value_ok: int = 0
    value_notation_ok: int = 0

    def add(self, gold: list[Timex], pred: list[Timex]) -> None:
        self.gold += len(gold)
        self.pred += len(pred)
        used: set[int] = set()
        for g in gold:
            match = _best_match(g, pred, used)
            if match is None:
                continue
            used.add(match)
            p = pred[match]
            self.relaxed += 1
            self.strict += p.start == g.start and p.end == g.end
            self.value_ok += normalise_value(p.value) == normalise_value(g.value)
            self.value_notation_ok += notation_value(p.value) == notation_value(g.value)

    def _f1(self, tp: int) -> float:
        p = tp / self.pred if self.pred else 0.0
        r = tp / self.gold if self.gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def figures(self) -> dict[str, float]:
        f1 = self._f1
        return {
            "strict_F1": f1(self.strict),
            "relaxed_P": self.relaxed / self.pred if self.pred else 0.0,
            "relaxed_R": self.relaxed / self.gold if self.gold else 0.0,
            "relaxed_F1": f1(self.relaxed),
            "value_acc": self.value_ok / self.relaxed if self.relaxed else 0.0,
            "value_F1": f1(self.value_ok),
        }

    def notation_figure(self) -> float:
        """Value F1 with notation-equivalent values counted as equal (see ``notation_value``)."""
        return self._f1(self.value_notation_ok)


def _best_match(g: Timex, pred: list[Timex], used: set[int]) -> int | None:
    best, best_overlap = None, 0
    for i, p in enumerate(pred):
        overlap = min(g.end, p.end) - max(g.start, p.start)
        if i not in used and overlap > best_overlap:
            best, best_overlap = i, overlap
    return best


def baseline_times(doc, anchor: date) -> list[Timex]:  # type: ignore[no-untyped-def]
    """dateparser on spaCy DATE/TIME entities, value at the granularity dateparser reports."""
    from dateparser.date import DateDataParser

    from newsgraph.extract.times import as_datetime

    parser = DateDataParser(languages=["en"], settings={"RELATIVE_BASE": as_datetime(anchor)})
    found = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        data = parser.get_date_data(ent.text)
        value = None
        if data.date_obj is not None:
            d = data.date_obj.date()
            value = {
                "year": f"{d.year}",
                "month": d.strftime("%Y-%m"),
                "week": f"{d.isocalendar()[0]}-W{d.isocalendar()[1]:02d}",
            }.get(data.period or "day", d.isoformat())
        found.append(Timex(ent.start_char, ent.end_char, value, ent.label_))
    return found


def parse_all(nlp, docs: list[GoldDoc], cache: Path | None, corpus: str) -> tuple[list, float | None]:  # type: ignore[no-untyped-def]
    """spaCy parses of ``docs`` (from ``cache`` when it holds them) and the seconds parsing took."""
    from spacy.tokens import DocBin

    path = cache / f"{corpus}-{len(docs)}.spacy" if cache else None
    if path is not None and path.exists():
        parsed = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        if [d.text for d in parsed] == [g.text for g in docs]:
            return parsed, None
    t0 = time.perf_counter()
    parsed = [nlp(g.text) for g in docs]
    seconds = time.perf_counter() - t0
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        DocBin(docs=parsed).to_disk(path)
    return parsed, seconds


HALVES = {"even": 0, "odd": 1}


def run(corpus: str, nlp, limit: int | None, show_errors: int, cache: Path | None,  # type: ignore[no-untyped-def]
        halves: tuple[str | None, ...]) -> None:
    from newsgraph.extract.timeml import timeml_parts
    from newsgraph.extract.times import find_times

    paths = sorted((DATA / corpus).glob("*.tml"))[:limit]
    docs = [read_tml(p) for p in paths]
    parsed, parse_time = parse_all(nlp, docs, cache, corpus)
    ours_time = 0.0
    scored = []
    for gold, doc in zip(docs, parsed, strict=True):
        t1 = time.perf_counter()
        pred = [Timex(t.start, t.end, t.value, t.type, t.text)
                for found in find_times(doc, anchor=gold.dct) for t in timeml_parts(found)]
        ours_time += time.perf_counter() - t1
        scored.append((gold, doc, pred))
    n = len(docs)
    with_parse = f"{n / (parse_time + ours_time):.1f} articles/s with spaCy parse, " if parse_time else ""
    for half in halves:
        chosen = [s for i, s in enumerate(scored) if half is None or i % 2 == HALVES[half]]
        ours, base = Counts(), Counts()
        errors: list[Error] = []
        for gold, doc, pred in chosen:
            ours.add(gold.timexes, pred)
            base.add(gold.timexes, baseline_times(doc, gold.dct))
            errors.extend(_errors(gold, pred))
        label = corpus if half is None else f"{corpus} ({half}-indexed half)"
        print(f"\n{label}: {len(chosen)} documents, {ours.gold} gold TIMEX3 "
              f"({with_parse}{n / ours_time:.0f} articles/s for find_times alone)")
        for name, counts in (("newsgraph", ours), ("baseline dateparser+spaCy", base)):
            figs = counts.figures()
            print(f"  {name:28s} " + "  ".join(f"{k} {v:.3f}" for k, v in figs.items()))
        print(f"  second figure, not the headline: value_F1_notation (notation-equivalent values equal) "
              f"newsgraph {ours.notation_figure():.3f}  baseline {base.notation_figure():.3f}")
        if show_errors:
            _print_errors(errors, show_errors)


@dataclass(slots=True)
class Error:
    kind: str  # MISS (gold not found), VAL (found, wrong value), FP (found, not in gold)
    category: str
    line: str


# Value shapes that name an error class, first match wins (checked on the gold value, or on
# ours for a false positive)
_CATEGORIES = (
    ("ref", re.compile(r"(PAST|PRESENT|FUTURE)_REF")),
    ("part-of-day", re.compile(r"T(MO|AF|EV|NI|MI|DT)$")),
    ("clock", re.compile(r"T\d")),
    ("duration", re.compile(r"P")),
    ("week", re.compile(r"W")),
    ("quarter/half", re.compile(r"-(Q|H)")),
    ("season", re.compile(r"-(SP|SU|FA|WI)$")),
    ("day", re.compile(r"\d{4}-\d\d-\d\d$")),
    ("year-less/unknown digits", re.compile(r"X")),
    ("month", re.compile(r"\d{4}-\d\d$")),
    ("year", re.compile(r"\d{4}$")),
    ("decade/century", re.compile(r"\d{2,3}$")),
)


def _category(value: str | None, type_: str) -> str:
    if type_ == "SET":
        return "set"
    for name, pattern in _CATEGORIES:
        if value and pattern.search(value):
            return name
    return "no value" if not value else "other"


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return " ".join(text[left:right].split())[:220]


def _errors(gold: GoldDoc, pred: list[Timex]) -> list[Error]:
    found = []
    used: set[int] = set()
    where = f"{gold.name} {gold.dct}"
    for g in gold.timexes:
        match = _best_match(g, pred, used)
        context = _sentence(gold.text, g.start, g.end)
        if match is None:
            found.append(Error("MISS", _category(g.value, g.type),
                               f"{where} gold {g.text!r} {g.type} {g.value} || {context}"))
            continue
        used.add(match)
        p = pred[match]
        if normalise_value(p.value) != normalise_value(g.value):
            found.append(Error("VAL", _category(g.value, g.type),
                               f"{where} gold {g.text!r} {g.type} {g.value} | ours {p.text!r} {p.value}"
                               f" || {context}"))
    for i, p in enumerate(pred):
        if i not in used:
            found.append(Error("FP", _category(p.value, p.type),
                               f"{where} ours {p.text!r} {p.type} {p.value} || "
                               f"{_sentence(gold.text, p.start, p.end)}"))
    return found


def _print_errors(errors: list[Error], limit: int) -> None:
    """Errors grouped by kind and class, biggest groups first, at most ``limit`` lines each."""
    groups: dict[tuple[str, str], list[str]] = {}
    for e in errors:
        groups.setdefault((e.kind, e.category), []).append(e.line)
    print(f"  errors: {len(errors)}")
    for (kind, category), lines in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"  -- {kind} {category}: {len(lines)}")
        for line in lines[:limit]:
            print("     ", line)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", choices=CORPORA, action="append")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--errors", type=int, default=0, help="print this many errors per corpus")
    ap.add_argument("--cache", type=Path, default=None, help="keep spaCy parses in this folder")
    ap.add_argument("--half", choices=tuple(HALVES), default=None,
                    help="score only the even- or odd-indexed documents (sorted by file name)")
    ap.add_argument("--halves", action="store_true", help="print the full corpus and both halves")
    args = ap.parse_args()
    halves: tuple[str | None, ...] = (None, "even", "odd") if args.halves else (args.half,)
    if not DATA.is_dir():
        print(f"TimeBank/AQUAINT data not found at {DATA}: nothing to measure.")
        return 1
    from newsgraph.nlp import load_nlp

    nlp = load_nlp()
    for corpus in args.corpus or CORPORA:
        run(corpus, nlp, args.limit, args.errors, args.cache, halves)
    return 0


if __name__ == "__main__":
    sys.exit(main())
