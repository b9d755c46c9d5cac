"""Articles of our own with hand-made gold (bench/probes/): quality on text nobody tuned on.

    .venv/bin/python bench/probes.py [--errors] [--gold bench/probes/gold]

Each article in ``bench/probes/texts`` was written for this set, and its gold in
``bench/probes/gold`` (the format of shared/gold/FORMAT.md) was written before newsgraph was
run on it (see bench/probes/README.md). The script analyses every article as ``newsgraph eval``
does and prints one line per article and the totals: quotes found / right speaker / spurious
and end-to-end F1, entities, times, events (found, with the others predicted) and metadata.
``--errors`` lists each missed or spurious quote, wrong speaker, wrong time and missed event.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from newsgraph.cli.evaluate import evaluate_gold

ROOT = Path(__file__).resolve().parent


def _line(name: str, r: dict[str, Any]) -> str:
    q, e, t, ev, m = r["quotes"], r["entities"], r["times"], r["events"], r["metadata"]
    return (f"{name:<22} quotes {q['tp']:>3}/{q['gold']:<3} right {q['right']:>3} spurious {q['fp']:>2}"
            f"  e2e {q['e2e_f1'] or 0:.3f}  entities {e['found']:>2}/{e['total']:<2}"
            f"  times {t['right']:>2}/{t['total']:<2}  events {ev['found']:>2}/{ev['total']:<2} +{ev['others']:<2}"
            f"  metadata {m['right']:>2}/{m['total']}")


def _errors(r: dict[str, Any]) -> list[str]:
    q = r["quotes"]
    out = [f"  missed quote: {t!r}" for t in q["misses"]]
    out += [f"  spurious quote: {t!r}" for t in q["spurious"]]
    out += [f"  wrong speaker: {w['text']!r}: gold {w['gold']!r}, ours {w['predicted']!r}" for w in q["wrong_speaker"]]
    out += [f"  time {w['text']!r}: gold {w['value']}, ours {w['predicted']}" for w in r["times"]["wrong"]]
    out += [f"  missed event: {m['type']} {m['actors']} {m['time']} ({m['evidence']!r})" for m in r["events"]["missing"]]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=ROOT / "probes" / "gold")
    parser.add_argument("--errors", action="store_true", help="list every error under its article")
    parser.add_argument("--model", default=None)
    args = parser.parse_args()
    scores = evaluate_gold(args.gold, records=None, model=args.model)
    for r in scores["per_document"]:
        print(_line(Path(r["document"]).stem, r))
        if args.errors:
            print("\n".join(_errors(r)) or "  (no errors)")
    total = {"quotes": scores["quotes"], **{k: scores[k] for k in ("entities", "times", "events", "metadata")}}
    print(_line(f"all ({scores['documents']})", total))
    return 0


if __name__ == "__main__":
    sys.exit(main())
