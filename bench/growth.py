"""Cost and memory as the corpus grows: 1x, 4x and 16x, each ingested into a fresh store.

    .venv/bin/python bench/growth.py [--corpus polnear|aeb] [--scales 1 4 16] [--workers 2]
                                     [--base N]
                                     [--data ../shared/data]

The corpus (PolNeAR dev texts by default, or the AEB WARC's articles) is copied N times, each
copy but the first changed a little (an "Edition K of report I." line first) so none is deduplicated,
and written as one text file per article. Each scale runs ``newsgraph ingest DIR --workers W``
in a subprocess; the bench samples the resident memory of that process and all its children
(from /proc, every 0.2 s) and prints wall time, seconds per article and the peak total RSS.
Linear cost: seconds per article stays level. Flat memory: the peak does not grow with N.
Each run's wall time includes a fixed start (interpreter, model load in each worker), so the
last lines also give the marginal cost between scales (extra seconds per extra article), which
is what stays level when the cost is linear, and the peak at the largest scale over the smallest.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--corpus", default="polnear", choices=["polnear", "aeb"])
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 4, 16])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--base", type=int, default=None, help="first N articles of the corpus as 1x")
    args = parser.parse_args()
    if not Path("/proc/self/statm").exists():
        print("needs /proc (Linux) to read the memory of child processes", file=sys.stderr)
        return 1
    texts = _corpus(args.data, args.corpus)
    if texts is not None and args.base:
        texts = texts[: args.base]
    if texts is None:
        print(f"{args.corpus}: data not found under {args.data}: nothing to measure", file=sys.stderr)
        return 1
    print(f"{args.corpus}: {len(texts)} articles, {sum(len(t.split()) for t in texts):,} words; "
          f"ingest with --workers {args.workers}")
    print(f"{'scale':>5} {'articles':>9} {'wall s':>8} {'ms/article':>11} {'peak RSS MB':>12}  summary")
    rows: list[tuple[int, float, int]] = []  # articles, seconds, peak bytes
    for scale in args.scales:
        with tempfile.TemporaryDirectory(prefix="ng-growth-") as tmp:
            corpus = _write_copies(texts, scale, Path(tmp) / "corpus")
            seconds, peak, summary = _ingest(corpus, Path(tmp) / "ng.db", args.workers)
        n = len(texts) * scale
        rows.append((n, seconds, peak))
        print(f"{scale:>4}x {n:>9} {seconds:>8.1f} {seconds / n * 1000:>11.1f} {peak / 1024**2:>12.0f}  {summary}",
              flush=True)
    _print_verdict(rows)
    return 0


def _print_verdict(rows: list[tuple[int, float, int]]) -> None:
    steps = [f"{a[0]}->{b[0]}: {(b[1] - a[1]) / (b[0] - a[0]) * 1000:.1f}"
             for a, b in pairwise(rows) if b[0] > a[0]]
    if steps:
        print("marginal ms/article (extra time / extra articles): " + ", ".join(steps))
    if len(rows) > 1 and rows[0][2]:
        print(f"peak RSS largest/smallest scale: {rows[-1][2] / rows[0][2]:.2f}")


def _corpus(data: Path, name: str) -> list[str] | None:
    if name == "polnear":
        directory = data / "polnear" / "dev" / "text"
        if not directory.is_dir():
            return None
        return [p.read_text(encoding="utf-8") for p in sorted(directory.glob("*.txt"))]
    warc = data / "warc" / "aeb-181-news.warc.gz"
    if not warc.exists():
        return None
    from newsgraph.errors import DocumentError
    from newsgraph.ingest.warc import read_warc

    return [a.text for a in read_warc(warc) if not isinstance(a, DocumentError)]


def _write_copies(texts: list[str], scale: int, out: Path) -> Path:
    """Copy k of every article: an edition line first, so its content hash differs."""
    out.mkdir(parents=True)
    for k in range(scale):
        for i, text in enumerate(texts):
            changed = text if k == 0 else f"Edition {k + 1} of report {i}.\n\n{text}"
            (out / f"{k:03d}-{i:05d}.txt").write_text(changed, encoding="utf-8")
    return out


def _ingest(corpus: Path, db: Path, workers: int) -> tuple[float, int, str]:
    code = "import sys; from newsgraph.cli import main; sys.argv[0] = 'newsgraph'; main()"
    args = [sys.executable, "-c", code, "ingest", str(corpus), "--db", str(db), "--workers", str(workers),
            "--quiet"]
    started = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = _PeakRss(proc.pid)
    peak.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - started
    peak.stop()
    if proc.returncode:
        return seconds, peak.peak, f"FAILED ({proc.returncode}): {err.strip()[-300:]}"
    return seconds, peak.peak, out.strip().splitlines()[-1] if out.strip() else ""


class _PeakRss(threading.Thread):
    """Sample the summed RSS of a process and its descendants until stopped."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak = 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            self.peak = max(self.peak, sum(_rss(p) for p in _tree(self.pid)))
            self._stop_event.wait(0.2)

    def stop(self) -> None:
        self._stop_event.set()
        self.join()


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                parent = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(parent, []).append(int(entry))
    found, stack = [], [root]
    while stack:
        pid = stack.pop()
        found.append(pid)
        stack.extend(children.get(pid, []))
    return found


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


if __name__ == "__main__":
    sys.exit(main())
