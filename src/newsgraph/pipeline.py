"""analyze(): Article -> Record. The pure core: no files, no databases, no engines."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.errors import DocumentError
from newsgraph.extract.entities import EntityIndex, find_entities
from newsgraph.extract.events import find_events
from newsgraph.extract.published import infer_published
from newsgraph.extract.quotes import find_quotes, split_fragments
from newsgraph.extract.times import find_times
from newsgraph.language import check_english
from newsgraph.model import Article, PublishedDate, Record, RegionIndex, TimeExpr, as_date
from newsgraph.nlp import load_nlp
from newsgraph.settings import Settings

# Parts of a page where times and events are read: a caption's event counts, a bio's does not.
TIME_REGIONS = ("body", "caption", "title", "heading")


class Analyzer:
    """Holds one loaded model and turns articles into records."""

    def __init__(self, settings: Settings | None = None, *, nlp: Language | None = None) -> None:
        self.settings = settings or Settings()
        self.nlp = nlp or load_nlp(self.settings.model)

    def analyze(self, article: Article, *, published: date | None = None) -> Record:
        self._check_readable(article)
        return self.analyze_doc(article, self.nlp(article.text), published=published)

    def analyze_many(
        self, articles: Iterable[Article], *, published: date | None = None
    ) -> Iterator[Record | DocumentError]:
        """Analyse a stream; a failing article yields its DocumentError and the stream goes on."""
        ok: list[Article] = []
        for article in articles:
            try:
                self._check_readable(article)
            except DocumentError as exc:
                yield exc
                continue
            ok.append(article)
            if len(ok) >= self.settings.batch_size:
                yield from self._pipe(ok, published)
                ok = []
        if ok:
            yield from self._pipe(ok, published)

    def _pipe(self, batch: list[Article], published: date | None) -> Iterator[Record | DocumentError]:
        docs = self.nlp.pipe((a.text for a in batch), batch_size=self.settings.batch_size)
        for article, doc in zip(batch, docs, strict=True):
            try:
                yield self.analyze_doc(article, doc, published=published)
            except Exception as exc:  # one bad article must not stop the batch
                yield DocumentError(article.source or article.id, f"analysis failed: {exc!r}")

    def analyze_doc(self, article: Article, doc: Doc, *, published: date | None = None) -> Record:
        pub = resolve_published(article, doc, as_date(published))
        anchor = time_anchor(pub)
        entities = find_entities(doc, article)
        index = EntityIndex(entities)
        regions = RegionIndex(article.regions)
        times = [t for t in find_times(doc, anchor=anchor) if _in_regions(t, article, regions)]
        first_names = self.settings.first_name_gender
        found = find_quotes(
            doc, article=article, entities=index, published=anchor, times=times, first_names=first_names
        )
        quotes, fragments = split_fragments(found)
        events = find_events(
            doc, article=article, entities=index, times=times, published=anchor, first_names=first_names
        )
        return Record(
            article=article,
            published=pub,
            entities=entities,
            quotes=quotes,
            times=times,
            events=events,
            fragments=fragments,
        )

    def _check_readable(self, article: Article) -> None:
        self._check_size(article)
        if self.nlp.lang == "en":
            check = check_english(article.text)
            if check.refused(article.language):
                said = f" (the page says {article.language!r})" if article.language else ""
                raise DocumentError(
                    article.source or article.id,
                    f"text is not in English{said}: {check.describe()}; the model "
                    f"{self.settings.model!r} reads English (setting model)",
                )

    def _check_size(self, article: Article) -> None:
        if len(article.text) > self.settings.max_chars:
            raise DocumentError(
                article.source or article.id,
                f"text has {len(article.text):,} characters, over the limit of "
                f"{self.settings.max_chars:,} (setting max_chars)",
            )
        if not article.text.strip():
            raise DocumentError(article.source or article.id, "no text to analyse")


def resolve_published(article: Article, doc: Doc, given: date | None) -> PublishedDate:
    """--published wins, then the page's own date, then an inference from the text."""
    if not given and article.published_source == "given":
        given = article.published  # ('ingest --published' sets it on the article)
    if given:
        return PublishedDate(given, "given", (given, given))
    if article.published:
        return PublishedDate(article.published, article.published_source or "page")
    return infer_published(doc)


# An inferred publication day anchors 'on Thursday' and 'next month' only when the text pins it
# within this many days: 'since 1998' alone says 'on or after 1998', and a day picked from that
# would give every relative time a wrong day (the issue: unpinned, never wrong).
ANCHOR_MAX_RANGE_DAYS = 14


def time_anchor(pub: PublishedDate) -> date | None:
    """The day relative times are read from: the publication day, unless it was inferred with
    too wide a range to pin one."""
    wide = pub.range is not None and (pub.range[1] - pub.range[0]).days > ANCHOR_MAX_RANGE_DAYS
    return None if pub.source == "inferred" and wide else pub.value


def _in_regions(t: TimeExpr, article: Article, regions: RegionIndex) -> bool:
    if not article.regions:
        return True
    region = regions.at(t.start)
    return region is not None and region.kind in TIME_REGIONS and t.end <= region.end


_ANALYZERS: dict[Settings, Analyzer] = {}


def analyze(article: Article, *, settings: Settings | None = None, published: date | None = None) -> Record:
    """Analyse one article with a per-process Analyzer for these settings."""
    settings = settings or Settings()
    if settings not in _ANALYZERS:
        _ANALYZERS[settings] = Analyzer(settings)
    return _ANALYZERS[settings].analyze(article, published=published)
