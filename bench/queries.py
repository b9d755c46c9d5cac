"""Query latency on a large synthetic store: median and p95 per named query.

Builds a store through the real writer (a base of synthetic articles: speakers with a skewed
share of quotes, places, capitals, demonyms, events), then copies its rows with variations
(dates shifted, a word added to each quote, new ids) until it holds ``--quotes`` quotations,
and times each query of ``store.queries`` ``--runs`` times.

    .venv/bin/python bench/queries.py                    # 1,000,000 quotes, about 3 minutes
    .venv/bin/python bench/queries.py --quotes 100000    # quicker
    .venv/bin/python bench/queries.py --db /tmp/big.db   # keep (and reuse) the store
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from newsgraph.model import Article, Entity, Event, Mention, PublishedDate, Quote, Record
from newsgraph.store import Store, queries
from newsgraph.store.db import atomic

FIRST = ["Anna", "Boris", "Chen", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas",
         "Kofi", "Lena", "Marco", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sami", "Tomas"]
LAST = ["Berg", "Costa", "Diaz", "Evans", "Fischer", "Garcia", "Haddad", "Ivanov", "Jensen",
        "Kowalski", "Larsen", "Moreau", "Novak", "Okafor", "Petrov", "Quist", "Rossi", "Silva"]
PLACES = [("China", "GPE"), ("Beijing", "GPE"), ("Chinese", "NORP"), ("Russia", "GPE"),
          ("Moscow", "GPE"), ("Russian", "NORP"), ("Ukraine", "GPE"), ("Kyiv", "GPE"),
          ("France", "GPE"), ("Paris", "GPE"), ("Brazil", "GPE"), ("Kenya", "GPE")]
WORDS = ("budget trade border drone talks energy grain vaccine election tariff ceasefire bridge"
         " port pipeline sanctions summit harvest strike reform court").split()


def speaker_pool(rng: random.Random, n: int = 300) -> list[str]:
    names = {f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(n * 3)}
    return sorted(names)[:n]


def make_article(i: int, rng: random.Random, speakers: list[str], day: date) -> Record:
    """One synthetic article: 5 quotes by Zipf-weighted speakers, each mentioning a place."""
    parts: list[str] = []
    quotes: list[Quote] = []
    entities: dict[tuple[str, str], Entity] = {}
    weights = [1 / (k + 1) for k in range(len(speakers))]
    for j in range(5):
        who = rng.choices(speakers, weights)[0]
        place, ptype = rng.choice(PLACES)
        words = " ".join(rng.choices(WORDS, k=6))
        said = f"{place} will {words} number {i}-{j}"
        prefix = f"{who} said: \u201c"
        start = sum(len(p) for p in parts) + len(prefix)
        parts.append(f"{prefix}{said}\u201d. ")
        quotes.append(Quote(said, start, start + len(said), "direct", speaker=who, cue="said"))
        person = entities.setdefault((who, "PERSON"), Entity(who, "PERSON"))
        person.mentions.append(Mention(who, start - len(prefix), start - len(prefix) + len(who)))
        ent = entities.setdefault((place, ptype), Entity(place, ptype))
        ent.mentions.append(Mention(place, start, start + len(place)))
    text = "".join(parts)
    actors = sorted({q.speaker for q in quotes if q.speaker})[:2]
    events = [Event("meet", actors=actors, time=(day + timedelta(days=3)).isoformat(), evidence="met")]
    article = Article(text=text, url=f"https://bench.example/{i}", title=f"Story {i}", published=day)
    return Record(article, PublishedDate(day, "page"), list(entities.values()), quotes, [], events)


def build_base(store: Store, articles: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    speakers = speaker_pool(rng)
    start = date(2023, 1, 1)
    batch = []
    for i in range(articles):
        batch.append(make_article(i, rng, speakers, start + timedelta(days=i % 60)))
        if len(batch) == 200:
            store.write(batch)
            batch = []
    store.write(batch)


def amplify(store: Store, target_quotes: int) -> None:
    """Copies of the base rows with new ids, shifted dates and one extra word per quote."""
    conn = store.conn
    base = conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
    copies = max(0, -(-target_quotes // base) - 1)
    conn.execute("CREATE TEMP TABLE base_articles AS SELECT * FROM articles")
    conn.execute("CREATE TEMP TABLE base_quotes AS SELECT * FROM quotes")
    conn.execute("CREATE TEMP TABLE base_sources AS SELECT * FROM quote_sources")
    conn.execute("CREATE TEMP TABLE base_about AS SELECT * FROM quote_about")
    for k in range(1, copies + 1):
        word = WORDS[k % len(WORDS)]
        shift = f"+{(k * 61) % 1500} days"
        with atomic(conn):
            conn.execute(
                "INSERT INTO articles (id, url, source, title, authors, published, published_source,"
                " body, text, record, content_hash, ingested_at) SELECT id || ':' || ?1, url || '?c=' || ?1,"
                " source, title, authors, date(published, ?2), published_source, body, text, '{}',"
                " content_hash || ?1, ingested_at FROM base_articles", (k, shift))
            conn.execute(
                "INSERT INTO quotes (id, text, norm, kind, speaker, speaker_id, speaker_key, first_date,"
                " first_article, source_count) SELECT id || ':' || ?1, text || ' ' || ?3, norm || ' ' || ?3,"
                " kind, speaker, speaker_id, speaker_key, date(first_date, ?2), first_article || ':' || ?1,"
                " source_count FROM base_quotes", (k, shift, word))
            conn.execute(
                "INSERT INTO quote_sources SELECT quote_id || ':' || ?1, article_id || ':' || ?1, text,"
                " text_key || ?1, start, end, kind, speaker, speaker_mention, cue, addressee, venue,"
                " medium, source, date(date, ?2), confidence FROM base_sources", (k, shift))
            conn.execute(
                "INSERT INTO quote_about SELECT about_id, quote_id || ':' || ?1, date(date, ?2)"
                " FROM base_about", (k, shift))
        if k % 20 == 0:
            print(f"  copy {k}/{copies}", file=sys.stderr)
    conn.execute("ANALYZE")


QUERIES = {
    "speaker (top speaker)": lambda c, top, rare: queries.quotes(c, speaker=top),
    "speaker (surname only)": lambda c, top, rare: queries.quotes(c, speaker=top.split()[-1]),
    "speaker (rare)": lambda c, top, rare: queries.quotes(c, speaker=rare),
    "about China (country+capital+demonym)": lambda c, top, rare: queries.quotes(c, about="China"),
    "about Kenya": lambda c, top, rare: queries.quotes(c, about="Kenya"),
    "search one word": lambda c, top, rare: queries.quotes(c, search="ceasefire"),
    "search two words": lambda c, top, rare: queries.quotes(c, search="drone pipeline"),
    "speaker + about + since": lambda c, top, rare: queries.quotes(
        c, speaker=top, about="Russia", since="2024-01"),
    "timeline (speaker as actor)": lambda c, top, rare: queries.timeline(c, entity=top, limit=50),
    "stats": lambda c, top, rare: queries.stats(c),
}


def time_queries(store: Store, runs: int) -> None:
    conn = store.conn
    by_count = "SELECT speaker, count(*) AS n FROM quotes GROUP BY speaker_key ORDER BY n"
    top = conn.execute(f"{by_count} DESC LIMIT 1").fetchone()[0]
    rare = conn.execute(f"{by_count} ASC LIMIT 1").fetchone()[0]
    n_top = conn.execute("SELECT count(*) FROM quotes WHERE speaker = ?", (top,)).fetchone()[0]
    print(f"top speaker {top!r} has {n_top:,} quotes; rare speaker {rare!r}")
    print(f"{'query':<40} {'median ms':>10} {'p95 ms':>10} {'rows':>6}")
    for name, call in QUERIES.items():
        times = []
        rows = 0
        for _ in range(runs):
            t = time.perf_counter()
            rows = len(call(conn, top, rare) if name != "stats" else [call(conn, top, rare)])
            times.append((time.perf_counter() - t) * 1000)
        times.sort()
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        print(f"{name:<40} {statistics.median(times):>10.1f} {p95:>10.1f} {rows:>6}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=1_000_000, help="quotations in the store")
    parser.add_argument("--base-articles", type=int, default=1000, help="articles through the writer")
    parser.add_argument("--runs", type=int, default=21, help="timed runs per query")
    parser.add_argument("--db", type=Path, default=None, help="store file (default: a temp file)")
    args = parser.parse_args()
    if args.db is None:
        import tempfile

        args.db = Path(tempfile.mkdtemp()) / "bench.db"
    fresh = not args.db.exists()
    with Store(args.db) as store:
        if fresh:
            t = time.perf_counter()
            build_base(store, args.base_articles)
            base_s = time.perf_counter() - t
            n = store.stats().quotes
            print(f"writer: {args.base_articles} articles, {n:,} quotes in {base_s:.1f} s"
                  f" ({n / base_s:,.0f} quotes/s)")
            t = time.perf_counter()
            amplify(store, args.quotes)
            print(f"amplified by copies in {time.perf_counter() - t:.1f} s")
        s = store.stats()
        size = args.db.stat().st_size / 1e6
        print(f"store {args.db}: {s.quotes:,} quotes, {s.articles:,} articles, {size:,.0f} MB")
        time_queries(store, args.runs)


if __name__ == "__main__":
    main()
