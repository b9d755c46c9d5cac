"""Atheris target: the quote finder (quotation marks, then the whole extractor with the model).

    python fuzz/fuzz_quotes.py --make-seeds fuzz/corpus_quotes
    python fuzz/fuzz_quotes.py -atheris_runs=500 -max_len=2048 fuzz/corpus_quotes

Texts are either the fuzzer's own characters or built from pieces of news prose (names,
reporting verbs, every kind of quotation mark, line breaks) that the input bytes choose, so
most inputs reach attribution rather than stopping at the tokenizer. Invariants: spans and
quotes inside the text, each quote's text equal to the text at its span (``harness``).
"""

from __future__ import annotations

import atexit
import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent))

with atheris.instrument_imports(include=["newsgraph", "harness"]):
    import harness

    import newsgraph.extract.quotes  # noqa: F401

# The prose a built text is made of: data, chosen by the input's bytes.
PIECES = (
    "\u201c", "\u201d", "\u2018", "\u2019", '"', "'", "\u00ab", "\u00bb", "\u201e", "``", "''",
    "\n", "\n\n", "\r\n", " ", ", ", ". ", ": ", " \u2014 ", "(", ")",
    "said", "told reporters", "according to", "added", "asked", "wrote", "he", "she", "they",
    "Mayor Ann Lee", "Ms. Lee", "the minister", "Theo Brandt", "officials", "the council",
    "We will build it", "this is not over", "on Monday", "in Oslo", "last week", "that the plan failed",
)
# Seeds: the text mode ("bytes" in harness.seed_inputs) and the built mode.
QUOTE_MODES = ("text", "bytes")
TALLY = harness.Tally()
COUNT_ONLY = "--count" in sys.argv
NLP = None


def _nlp():
    global NLP
    if NLP is None:
        from newsgraph.nlp import load_nlp

        NLP = load_nlp()
    return NLP


def build_text(fdp: atheris.FuzzedDataProvider) -> str:
    if fdp.ConsumeBool():
        return fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    return "".join(PIECES[b % len(PIECES)] for b in fdp.ConsumeBytes(fdp.remaining_bytes()))


def check(text: str) -> None:
    harness.check_marked_spans(text)
    if text.strip():
        harness.check_quotes(text, _nlp())


def one_input(data: bytes) -> None:
    text = build_text(atheris.FuzzedDataProvider(data))
    if COUNT_ONLY:
        harness.guarded(TALLY, check, text)
        return
    TALLY.inputs += 1
    try:
        check(text)
    except Exception:
        TALLY.crashes += 1
        raise


def report() -> None:
    print(TALLY.line("fuzz_quotes"), flush=True)
    for failure in TALLY.failures[:20]:
        print("  " + failure, flush=True)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--make-seeds":  # write a seed corpus and stop
        harness.write_seeds(sys.argv[2], QUOTE_MODES)
        sys.exit(0)
    atexit.register(report)
    atheris.Setup([a for a in sys.argv if a != "--count"], one_input)
    atheris.Fuzz()
