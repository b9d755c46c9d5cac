"""Atheris target: the readers (bytes auto-detected, text, HTML, WARC, gzip) on fuzzed input.

    python fuzz/fuzz_readers.py --make-seeds fuzz/corpus   # seeds, written, not kept in git
    python fuzz/fuzz_readers.py -atheris_runs=2000 -max_len=8192 fuzz/corpus

An uncaught exception or a broken invariant (``harness``) is a crash: atheris prints the input
and stops. ``--count`` instead counts crashes and goes on; either way the last line says
``fuzz_readers: inputs N, crashes C, data lost L``.
"""

from __future__ import annotations

import atexit
import gzip
import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent))

# Coverage guides the fuzzer: instrument newsgraph's readers, imported here (they load lazily).
with atheris.instrument_imports(include=["newsgraph", "harness"]):
    import harness

    import newsgraph.ingest
    import newsgraph.ingest.warc  # noqa: F401

# What the first byte of an input picks: which reader, and how the rest is shaped for it.
MODES = ("bytes", "text", "html", "html_wrapped", "warc_cut", "warc_flip", "gzip_cut")
WRAP = ("<html><head><title>Fuzz</title></head><body><article><p>", "</p></article></body></html>")
TALLY = harness.Tally()
COUNT_ONLY = "--count" in sys.argv
RECORDS = None


def _records(compressed: bool) -> list[bytes]:
    global RECORDS
    if RECORDS is None:
        RECORDS = {c: [harness.warc_record(i, compressed=c) for i in range(harness.WARC_PAGES)] for c in (True, False)}
    return RECORDS[compressed]


def one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    mode = MODES[fdp.ConsumeIntInRange(0, len(MODES) - 1)]
    check, args = _check_for(mode, fdp)
    if COUNT_ONLY:
        harness.guarded(TALLY, check, *args)
        return
    TALLY.inputs += 1
    try:
        check(*args)
    except harness.DataLost:
        TALLY.data_lost += 1
        raise
    except Exception:
        TALLY.crashes += 1
        raise


def _check_for(mode: str, fdp: atheris.FuzzedDataProvider) -> tuple[object, tuple]:
    if mode == "text":
        return harness.check_read_text, (fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes()),)
    if mode in ("warc_cut", "warc_flip"):
        records = _records(compressed=fdp.ConsumeBool())
        total = sum(len(r) for r in records)
        if mode == "warc_cut":
            return harness.check_warc, (records, fdp.ConsumeIntInRange(0, total))
        flips = [(fdp.ConsumeIntInRange(0, total - 1), fdp.ConsumeIntInRange(0, 255))
                 for _ in range(fdp.ConsumeIntInRange(1, 4))]
        return harness.check_warc, (records, None, flips)
    rest = fdp.ConsumeBytes(fdp.remaining_bytes())
    if mode == "html":
        return harness.check_read_html, (rest,)
    if mode == "html_wrapped":
        page = WRAP[0] + rest.decode("utf-8", "replace") + WRAP[1]
        return harness.check_read_html, (page.encode(),)
    if mode == "gzip_cut":
        packed = gzip.compress(rest)
        return harness.check_read_bytes, (packed[: max(len(packed) - (rest[:1] or b"\0")[0] % 16, 0)],)
    return harness.check_read_bytes, (rest,)


def report() -> None:
    print(TALLY.line("fuzz_readers"), flush=True)
    for failure in TALLY.failures[:20]:
        print("  " + failure, flush=True)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--make-seeds":  # write a seed corpus and stop
        harness.write_seeds(sys.argv[2], MODES)
        sys.exit(0)
    atexit.register(report)
    atheris.Setup([a for a in sys.argv if a != "--count"], one_input)
    atheris.Fuzz()
