"""web/highlight.py: quotes coloured by speaker, mentions marked, every piece escaped, always well nested."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from newsgraph.store.results import ArticleView, MentionLink, QuoteLink
from newsgraph.web.highlight import annotate

TEXT = 'Ana Ruiz said "Bo <b>Lind</b> & co" today. Bo Lind said "never".'
LIND = TEXT.index("Bo Lind")
LIND_MENTION = {"text": "Bo Lind", "start": LIND, "end": LIND + len("Bo Lind")}


def _quote(text: str, speaker: str | None, **extra) -> dict:
    start = TEXT.index(text)
    return {"text": text, "span": [start, start + len(text)], "speaker": speaker, "kind": "direct", **extra}


def _mention(form: str, entity_id: str, name: str, type_: str = "PERSON") -> MentionLink:
    start = TEXT.index(form)
    return MentionLink(start, start + len(form), entity_id, name, type_)


def _view(quotes: list[dict], mentions: list[MentionLink] = (), links: list[QuoteLink] = ()) -> ArticleView:
    return ArticleView({"text": TEXT, "quotes": quotes}, list(mentions), list(links))


def _tree(html: str) -> ET.Element:
    return ET.fromstring(f"<div>{html}</div>")  # raises unless well nested and escaped


def test_highlight_escapes_every_piece_and_keeps_the_text():
    marked = annotate(_view([_quote("Bo <b>Lind</b> & co", "Ana Ruiz", cue="said")]))
    assert "<b>" not in marked.html and "&lt;b&gt;" in marked.html
    assert "".join(_tree(marked.html).itertext()) == TEXT


def test_highlight_one_colour_per_speaker_and_hover_text():
    quotes = [_quote("Bo <b>Lind</b> & co", "Ana Ruiz", cue="said", addressee="reporters"),
              _quote("never", "Bo Lind", cue="said")]
    marked = annotate(_view(quotes))
    spans = _tree(marked.html).findall("span")
    assert [s.get("class") for s in spans] == ["q s0", "q s1"]
    assert marked.quotes[0].hover == "Speaker: Ana Ruiz\nCue: said\nTo: reporters\nKind: direct"
    assert 'title="Speaker: Ana Ruiz\nCue: said' in marked.html
    assert [(s.name, s.quotes) for s in marked.speakers] == [("Ana Ruiz", 1), ("Bo Lind", 1)]


def test_highlight_resolved_speaker_wins_and_unattributed_quotes_share_a_grey():
    quote = _quote("never", "Lind", speaker_mention=LIND_MENTION)
    link = QuoteLink(quote["span"][0], quote["span"][1], "q1", "e-lind", "Bo Lind", 2)
    marked = annotate(_view([quote, _quote("Bo <b>Lind</b> & co", None)], links=[link]))
    assert marked.quotes[1].hover.startswith("Speaker: Bo Lind")
    assert marked.quotes[1].sources == 2
    assert {s.colour for s in marked.speakers} == {"0", "none"}


def test_highlight_entities_link_to_their_page_and_split_at_quote_edges():
    crossing = MentionLink(TEXT.index('& co"'), TEXT.index(" today"), "e-co", "Co", "ORG")  # ends outside
    mentions = [_mention("Ana Ruiz", "e-ana", "Ana Ruiz"), crossing]
    marked = annotate(_view([_quote("Bo <b>Lind</b> & co", "Ana Ruiz")], mentions))
    tree = _tree(marked.html)
    links = tree.findall(".//a")
    assert [a.get("href") for a in links] == ["/entities/e-ana", "/entities/e-co", "/entities/e-co"]
    assert ["".join(a.itertext()) for a in links[1:]] == ["& co", '"']  # split at the quote's end
    assert "".join(tree.itertext()) == TEXT


def test_highlight_skips_overlapping_and_impossible_spans():
    quotes = [_quote("Bo <b>Lind</b> & co", "Ana Ruiz"), _quote("Lind", "Bo Lind"),
              {"text": "x", "span": [500, 510], "speaker": "Nobody"}]
    marked = annotate(_view(quotes, [MentionLink(-1, 3, "e", "E", "ORG")]))
    assert len(marked.quotes) == 1
    assert "".join(_tree(marked.html).itertext()) == TEXT


def test_highlight_speaker_mention_takes_the_speaker_colour():
    quote = _quote("never", "Bo Lind", speaker_mention=LIND_MENTION)
    marked = annotate(_view([quote], [_mention("Bo Lind", "e-lind", "Bo Lind")]))
    [link] = _tree(marked.html).findall("a")
    assert link.get("class") == "ent t-PERSON who s0"
    plain = annotate(_view([quote]))  # no entity there: a plain speaker mark
    assert _tree(plain.html).find("span[@class='who s0']").text == "Bo Lind"
