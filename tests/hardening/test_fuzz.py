"""A bounded fuzz run in CI: each atheris target a few hundred inputs, in a subprocess, with zero
crashes and nothing lost. Without atheris the same checks run on random inputs in-process."""

from __future__ import annotations

import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

FUZZ_DIR = Path(__file__).resolve().parents[2] / "fuzz"
sys.path.insert(0, str(FUZZ_DIR))

import harness  # noqa: E402

# (target, runs, longest input): the quote target runs the model, so fewer inputs.
TARGETS = [("fuzz_readers.py", 200, 8192), ("fuzz_quotes.py", 25, 1024)]
SUMMARY = re.compile(r"(\w+): inputs (\d+), crashes (\d+), data lost (\d+)")
SECONDS = 240  # a hung target fails the test instead of the CI job


def summary(output: str) -> tuple[int, int, int]:
    found = SUMMARY.findall(output)
    assert found, output[-2000:]
    _, inputs, crashes, lost = found[-1]
    return int(inputs), int(crashes), int(lost)


@pytest.mark.slow
@pytest.mark.parametrize(("target", "runs", "max_len"), TARGETS)
def test_atheris_target_runs_without_crashes(target, runs, max_len, tmp_path):
    pytest.importorskip("atheris")
    script = str(FUZZ_DIR / target)
    seeds = tmp_path / "seeds"
    subprocess.run([sys.executable, script, "--make-seeds", str(seeds)], check=True, capture_output=True,
                   timeout=SECONDS)
    done = subprocess.run(
        [sys.executable, script, f"-atheris_runs={runs}", f"-max_len={max_len}", "-len_control=0",
         "-seed=1", str(seeds)],
        capture_output=True, text=True, timeout=SECONDS,
    )
    output = done.stdout + done.stderr
    inputs, crashes, lost = summary(output)
    assert done.returncode == 0, output[-3000:]
    assert (crashes, lost) == (0, 0)
    assert inputs >= runs * 0.9


def test_random_bytes_through_the_harness():
    """The harness itself on seeded random and mutated inputs: what runs when atheris cannot."""
    rng = random.Random(8)
    tally = harness.Tally()
    modes = ("bytes", "text", "html", "html_wrapped", "warc_cut", "warc_flip", "gzip_cut")
    seeds = list(harness.seed_inputs(modes).values())
    records = [harness.warc_record(i) for i in range(harness.WARC_PAGES)]
    total = sum(len(r) for r in records)
    for _ in range(120):
        data = bytearray(rng.choice(seeds))
        for _ in range(rng.randint(0, 8)):
            if data:
                data[rng.randrange(len(data))] = rng.randrange(256)
        harness.guarded(tally, harness.check_read_bytes, bytes(data))
        harness.guarded(tally, harness.check_read_text, bytes(data).decode("utf-8", "replace"))
        harness.guarded(tally, harness.check_marked_spans, bytes(data).decode("latin-1"))
        harness.guarded(tally, harness.check_warc, records, rng.randrange(total + 1))
    for _ in range(15):
        harness.guarded(tally, harness.check_read_html, bytes(rng.choice(seeds)[:-1]) + bytes(rng.randrange(256)
                                                                                          for _ in range(20)))
    assert (tally.crashes, tally.data_lost) == (0, 0), tally.failures[:5]
    assert tally.inputs == 4 * 120 + 15
