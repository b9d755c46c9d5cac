"""Publication date inferred from what a text says about time."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from newsgraph import Article, analyze
from newsgraph.extract.published import infer_published


def test_published_next_week_and_scheduled_dates_fix_the_week(nlp):
    text = (
        "Finance Ministers To Gather In Rome Next Week\n\n"
        "Finance ministers will meet in Rome next week to discuss the budget rules.\n"
        "The meeting, scheduled for Oct. 14–15, follows a tense summit.\n"
        "Last month, the commission published a draft that critics called vague.\n"
        "\"We are not there yet,\" a spokesman told reporters at an Oct. 9 briefing.\n"
        "The rules were first agreed in September 2022, after a long fight.\n"
    )
    pub = infer_published(nlp(text))
    assert pub.source == "inferred"
    first, last = pub.range
    # in 2023 Oct. 14 is a Saturday, whose week starts Oct. 9, so "next week" would put the
    # article before Oct. 9, which has passed: only 2024 (Oct. 14 a Monday) fits everything
    assert date(2024, 10, 9) <= first and last <= date(2024, 10, 13)
    assert first <= pub.value <= last
    assert pub.evidence


def test_published_past_stated_date_is_a_lower_bound(nlp):
    text = "The bridge collapsed on March 3, 2021, killing four people, officials said."
    pub = infer_published(nlp(text))
    assert pub.range[0] >= date(2021, 3, 3)
    assert pub.value >= date(2021, 3, 3)


def test_published_future_stated_date_is_an_upper_bound(nlp):
    text = "The new terminal will open on May 1, 2026, the airport said."
    pub = infer_published(nlp(text))
    assert pub.value is not None and pub.value <= date(2026, 5, 1)


def test_published_weekday_with_yearless_date_fixes_the_year(nlp):
    text = ("The strike began on Monday, Jan. 8, and ended two days later. "
            "A similar strike in 2016 lasted a month.")
    pub = infer_published(nlp(text))
    assert pub.value is not None
    assert pub.range[0].year == 2018  # Jan. 8 was a Monday in 2018 (and 2024, later)
    assert pub.range[0] >= date(2018, 1, 8)


def test_published_no_evidence_gives_nothing(nlp):
    pub = infer_published(nlp("The committee met and agreed to publish its findings."))
    assert pub.value is None and pub.range is None


def test_published_relative_only_gives_nothing(nlp):
    pub = infer_published(nlp("The minister resigned on Tuesday and the vote is next week."))
    assert pub.value is None and pub.range is None


def test_published_durations_in_years_are_not_stated_years(nlp):
    """Regression: 'for 75 years' made the inference crash on 'P75Y' (PolNeAR dev articles)."""
    from newsgraph.extract.published import infer_published

    doc = nlp("The union has represented dock workers for 75 years. On March 3, 2021, it called a strike.")
    result = infer_published(doc)
    assert result.range is None or result.range[0].year >= 2021


def test_published_old_years_named_do_not_widen_the_search_before_the_latest_past_one(nlp):
    # The 1988 reference must not pull the window (and the cost) back decades.
    from newsgraph.extract.published import collect_clues, search_window

    text = ("The senator first ran in 1988. The bridge collapsed on March 3, 2021, killing four "
            "people, officials said.")
    doc = nlp(text)
    first, _ = search_window(collect_clues(doc))
    assert first.year >= 2020
    assert infer_published(doc).value >= date(2021, 3, 3)


def test_published_a_wide_inferred_range_leaves_relative_times_unpinned(analyzer):
    # 'since 1998' alone says the story is from 1998 or later: a day picked from that would
    # give 'on Thursday' a wrong day; a stated recent date pins them
    from newsgraph.ingest.text import read_text

    loose = read_text(
        "Harbour Strike Ends\n\nDock workers voted on Thursday to end the strike, the port's longest since 1998. "
        "Talks on hours resume next month.\n"
    )
    record = analyzer.analyze(loose)
    assert record.published.range is not None and record.published.range[1].year > 1998
    assert {t.text: t.value for t in record.times}["Thursday"] is None
    pinned = read_text(
        "Harbour Strike Ends\n\nDock workers voted on Thursday, March 16, 2023, to end the strike, the port's "
        "longest since 1998. Talks on hours resume next month.\n"
    )
    assert {t.text: t.value for t in analyzer.analyze(pinned).times}["next month"] == "2023-04"


@pytest.mark.parametrize(
    "given", [datetime(2025, 3, 12, 9, 30), "2025-03-12", "2025-03-12T09:30:00+00:00", date(2025, 3, 12)]
)
def test_published_given_to_the_python_api_as_a_datetime_or_iso_string_is_that_day(given):
    # a caller's datetime.now() or an ISO string from a feed used to reach the time resolver
    # unconverted and fail comparing a datetime with a date
    text = "Ministers of Kovia met in Orvel on Monday and will meet again next week."
    for record in (analyze(Article(text=text, published=given)), analyze(Article(text=text), published=given)):
        assert record.published.value == date(2025, 3, 12)
        assert {t.text: t.value for t in record.times}["Monday"] == "2025-03-10"


def test_published_that_is_no_date_is_a_clear_error():
    with pytest.raises(ValueError, match="not an ISO date"):
        Article(text="Ministers met.", published="last Tuesday")


def test_published_set_on_the_article_as_given_is_pinned_to_that_day(nlp):
    # 'ingest --published' dates the article itself; the record says so as 'analyze --published' does
    from newsgraph.pipeline import resolve_published

    article = Article(text="Ministers met in Orvel on Monday.", published=date(2025, 3, 12), published_source="given")
    pub = resolve_published(article, nlp(article.text), None)
    assert (pub.value, pub.source, pub.range) == (date(2025, 3, 12), "given", (date(2025, 3, 12), date(2025, 3, 12)))
