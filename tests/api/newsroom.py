"""A small invented newsroom for the API and web tests: records built by hand, no model.

Two ordinary articles about a town's harbour and budget, and one hostile article whose text,
title, URL, names and cue carry script payloads (each would set ``window.__pwned`` or open a
dialog if it ever ran).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from newsgraph.model import Article, Entity, Event, Mention, PublishedDate, Quote, Record


def _all(text: str, form: str) -> list[Mention]:
    found, start = [], text.find(form)
    while start >= 0:
        found.append(Mention(form, start, start + len(form)))
        start = text.find(form, start + len(form))
    return found


def _nearest(text: str, form: str, at: int) -> Mention | None:
    spots = _all(text, form)
    return min(spots, key=lambda m: abs(m.start - at)) if spots else None


def make_record(
    text: str, *, url: str | None, published: str | None, title: str | None = None,
    entities: list[tuple[str, str, list[str]]] = (), quotes: list[dict[str, Any]] = (),
    events: list[dict[str, Any]] = (),
) -> Record:
    """``entities``: (name, type, forms); ``quotes``: text, speaker, mention (a form), cue, addressee, kind."""
    pub = date.fromisoformat(published) if published else None
    article = Article(text=text, url=url, source=url or "test", title=title or text.split("\n")[0], published=pub)
    ents = [Entity(name=n, type=t, mentions=[m for f in forms for m in _all(text, f)]) for n, t, forms in entities]
    qs = []
    for q in quotes:
        start = text.index(q["text"])
        qs.append(Quote(
            text=q["text"], start=start, end=start + len(q["text"]), kind=q.get("kind", "direct"),
            speaker=q.get("speaker"), speaker_mention=_nearest(text, q["mention"], start) if q.get("mention") else None,
            cue=q.get("cue", "said"), addressee=q.get("addressee"), venue=q.get("venue"),
        ))
    return Record(article=article, published=PublishedDate(pub, "page" if pub else None), entities=ents,
                  quotes=qs, events=[Event(**e) for e in events])


OKAFOR = ("Lena Okafor", "PERSON", ["Lena Okafor", "Okafor"])
REYES = ("Tomas Reyes", "PERSON", ["Tomas Reyes", "Reyes"])
RIVERTON = ("Riverton", "GPE", ["Riverton"])
PORT = ("Port Authority", "ORG", ["Port Authority"])
HALVARD = ("Halvard Shipping", "ORG", ["Halvard Shipping"])

HARBOUR_TEXT = (
    "Harbour plan approved\n\n"
    "RIVERTON — Mayor Lena Okafor said on Tuesday that the harbour plan would \"bring a thousand jobs to "
    "Riverton\". Speaking to reporters, she added: \"The Port Authority has waited long enough.\"\n\n"
    "Councillor Tomas Reyes disagreed. \"This deal hands the waterfront to Halvard Shipping,\" Reyes told the council."
)
BUDGET_TEXT = (
    "Budget row in Riverton\n\n"
    "Tomas Reyes said the new budget \"ignores the east side of Riverton\". "
    "Lena Okafor replied that \"Reyes knows the numbers add up\"."
)

# Every payload sets window.__pwned or opens a dialog if it runs.
HOSTILE_TEXT = (
    "<script>window.__pwned=1;alert(1)</script> Hostile headline\n\n"
    "Mallory Vance said \"<img src=x onerror=\"window.__pwned=2;alert(2)\"> is what we want\" at a rally. "
    "Read <a href=\"javascript:window.__pwned=3;alert(3)\">this link</a> and "
    "<svg onload=\"window.__pwned=4;alert(4)\"></svg>. Acme\"><script>window.__pwned=5</script> declined."
)
HOSTILE_ORG = 'Acme"><script>window.__pwned=5</script>'


def harbour() -> Record:
    return make_record(
        HARBOUR_TEXT, url="https://news.example/harbour", published="2024-05-02",
        entities=[OKAFOR, REYES, RIVERTON, PORT, HALVARD],
        quotes=[
            {"text": "bring a thousand jobs to Riverton", "speaker": "Lena Okafor", "mention": "Lena Okafor",
             "kind": "mixed"},
            {"text": "The Port Authority has waited long enough.", "speaker": "Lena Okafor", "mention": "she",
             "cue": "added", "addressee": "reporters"},
            {"text": "This deal hands the waterfront to Halvard Shipping,", "speaker": "Tomas Reyes",
             "mention": "Reyes", "cue": "told", "addressee": "the council"},
        ],
        events=[{"type": "approve", "actors": ["Lena Okafor"], "time": "2024-04-30", "place": "Riverton",
                 "evidence": "the harbour plan approved", "status": "happened"}],
    )


def budget() -> Record:
    return make_record(
        BUDGET_TEXT, url="https://news.example/budget", published="2024-06-10",
        entities=[OKAFOR, REYES, RIVERTON],
        quotes=[
            {"text": "ignores the east side of Riverton", "speaker": "Tomas Reyes", "mention": "Tomas Reyes"},
            {"text": "Reyes knows the numbers add up", "speaker": "Lena Okafor", "mention": "Lena Okafor",
             "cue": "replied"},
        ],
        events=[{"type": "criticize", "actors": ["Tomas Reyes"], "target": "Lena Okafor", "time": "2024-06-09",
                 "evidence": "said the new budget ignores the east side", "status": "happened"}],
    )


def hostile() -> Record:
    quote = '<img src=x onerror="window.__pwned=2;alert(2)"> is what we want'
    return make_record(
        HOSTILE_TEXT, url="javascript:window.__pwned=6;alert(6)", published="2024-07-01",
        title="<script>window.__pwned=7;alert(7)</script> Hostile headline",
        entities=[("Mallory Vance", "PERSON", ["Mallory Vance"]), (HOSTILE_ORG, "ORG", [HOSTILE_ORG])],
        quotes=[{"text": quote, "speaker": "Mallory Vance", "mention": "Mallory Vance",
                 "cue": 'said"><script>window.__pwned=8</script>',
                 "addressee": "'><img src=x onerror=alert(9)>"}],
    )


def newsroom() -> list[Record]:
    return [harbour(), budget(), hostile()]
