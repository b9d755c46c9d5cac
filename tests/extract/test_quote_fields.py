"""The circumstances of a quotation: addressee, venue, medium, source and date, on sentences
written for each construction."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.extract.entities import EntityIndex, find_entities
from newsgraph.extract.quotes import find_quotes
from newsgraph.extract.times import find_times
from newsgraph.ingest.text import read_text

PUBLISHED = date(2026, 3, 18)  # a Wednesday


@pytest.fixture(scope="module")
def quotes_of(nlp):
    def run(text: str):
        article = read_text(text)
        doc = nlp(text)
        quotes = find_quotes(
            doc, article=article, entities=EntityIndex(find_entities(doc, article)), published=PUBLISHED,
            times=find_times(doc, anchor=PUBLISHED),
        )
        return [q for q in quotes if q.kind != "fragment"]

    return run


def one(quotes, needle):
    found = [q for q in quotes if needle in q.text]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0]


def test_a_closing_according_to_phrase_is_the_source_of_the_report(quotes_of):
    quotes = quotes_of(
        "Border Talks\n\n"
        'Foreign Minister Tomas Varga told his counterpart that the closure was "unacceptable," '
        "according to a readout from the Foreign Ministry.\n\n"
        'Irena Kovac said the talks had been "frank and useful," according to state news agency Novapress.\n\n'
        "Olen Marsh said that, according to his own count, the party had won most seats.\n"
    )
    varga = one(quotes, "unacceptable")
    assert (varga.speaker, varga.addressee) == ("Tomas Varga", "his counterpart")
    assert varga.source == "a readout from the Foreign Ministry"
    assert one(quotes, "frank and useful").source == "state news agency Novapress"
    # inside what Marsh said, the phrase is his words' source, not his saying's
    assert one(quotes, "won most seats").source is None


def test_a_participle_beside_the_speaker_gives_the_occasion(quotes_of):
    # The parser hangs 'speaking …' on the subject (or the inverted speaker), not on 'said'.
    quotes = quotes_of(
        "Campus Visit\n\n"
        'Senator Ruth Calloway, speaking to students on Monday, said that "the country needs your impatience."\n\n'
        '"We are seeing children who were never vaccinated," said Fatou Ndiaye, a nurse in Thies, '
        "speaking to the BBC.\n"
    )
    calloway = one(quotes, "impatience")
    assert (calloway.addressee, calloway.date) == ("students", "2026-03-16")
    assert one(quotes, "never vaccinated").addressee == "BBC"


def test_the_hearer_named_in_the_medium_or_the_occasion(quotes_of):
    quotes = quotes_of(
        "Mining Results\n\n"
        '"The year ahead will test us," chief executive Marit Halvorsen said in a letter to shareholders.\n\n'
        'In an interview with Bloomberg Television, Halvorsen said the firm would "look hard" at its smelter.\n\n'
        'Defence Secretary Lena Ortiz, in remarks to the Senate, said the plan was "fully funded."\n\n'
        'Mayor Ana Ferreira said in a post to Facebook that the city would "install more cameras."\n\n'
        'The two governments said in a joint statement with Vardia that talks would "resume soon."\n'
    )
    letter = one(quotes, "test us")
    assert (letter.addressee, letter.medium) == ("shareholders", "a letter")
    interview = one(quotes, "look hard")
    assert (interview.addressee, interview.medium) == ("Bloomberg Television", "an interview")
    assert one(quotes, "fully funded").addressee == "Senate"
    assert one(quotes, "more cameras").addressee is None  # a platform, not a hearer
    assert one(quotes, "resume soon").addressee is None  # a partner in the statement


def test_more_occasions_are_venues_but_a_show_after_on_is_none(quotes_of):
    quotes = quotes_of(
        "Drone Launch\n\n"
        '"This drone can clean a lake in a week," founder Nadia Rahman said at a product launch in Dhaka.\n\n'
        'Governor Frank Moretti told donors at a fundraiser that the race was "wide open."\n\n'
        'A head teacher, Sarah Quinn, said on BBC Breakfast that her school would "close for good."\n'
    )
    assert one(quotes, "clean a lake").venue == "a product launch"
    assert one(quotes, "wide open").venue == "a fundraiser"
    assert one(quotes, "close for good").venue is None  # a programme, not a breakfast


def test_at_an_occasion_after_the_hearers_is_the_venue(quotes_of):
    quotes = quotes_of(
        "Festival Notes\n\n"
        'Novelist Amir Haddad told an audience at the Hay Festival that exile "never ends."\n\n'
        'Olen Marsh told an analyst at Goldman Sachs that rates would "stay high."\n'
    )
    festival = one(quotes, "never ends")
    assert (festival.addressee, festival.venue) == ("audience", "the Hay Festival")
    firm = one(quotes, "stay high")  # where the analyst works, not where it was said
    assert firm.venue is None and "Goldman Sachs" in firm.addressee


def test_spoken_media_and_a_one_letter_platform_at_the_sentence_end(quotes_of):
    quotes = quotes_of(
        "Copper Slide\n\n"
        'Finance director Oskar Lindqvist told analysts on a conference call that prices had "fallen further."\n\n'
        '"I left that room more worried than I came in," Senator Paul Drayton wrote on X.\n\n'
        'Radio host Lena Park said on her show that the mayor was "out of touch."\n'
    )
    call = one(quotes, "fallen further")
    assert (call.addressee, call.medium) == ("analysts", "a conference call")
    assert one(quotes, "more worried").medium == "X"
    assert one(quotes, "out of touch").medium == "her show"


def test_a_broadcaster_named_after_on_is_the_medium(quotes_of):
    quotes = quotes_of(
        "Sunday Shows\n\n"
        'Senator Paul Drayton said on CNN that the hearing had been "alarming."\n\n'
        'A head teacher, Sarah Quinn, said on BBC Breakfast that her school would "close for good."\n\n'
        'Drayton commented on Halvorsen Mining that its profits were "a scandal."\n\n'
        'Drayton said on Tuesday that the vote would be "close."\n'
    )
    assert one(quotes, "alarming").medium == "CNN"
    assert one(quotes, "close for good").medium == "BBC Breakfast"
    assert one(quotes, "a scandal").medium is None  # what he commented on
    assert one(quotes, "vote would be").medium is None  # a date, no broadcaster


def test_a_plan_named_after_said_on_is_the_topic_not_the_medium(quotes_of):
    quotes = quotes_of(
        "Senate Notes\n\n"
        'Senator Joan Price said on Medicare that costs would be "out of reach."\n\n'
        '"We hear it at every town hall," Price said on Capitol Download.\n'
    )
    assert one(quotes, "out of reach").medium is None  # what she spoke about
    assert one(quotes, "every town hall").medium == "Capitol Download"  # a show closing the saying


def test_what_one_speaks_to_as_a_topic_is_no_addressee(quotes_of):
    quotes = quotes_of(
        "Rent Debate\n\n"
        'Senator Joan Price, speaking to the issue of rents, said prices were "too high."\n\n'
        'Price, speaking to tenants on Friday, said help was "on the way."\n'
    )
    assert one(quotes, "too high").addressee is None  # what she spoke about
    assert one(quotes, "on the way").addressee == "tenants"


def test_the_date_of_the_medium_dates_the_saying(quotes_of):
    quotes = quotes_of(
        "Concert Cancelled\n\n"
        '"I am so sorry to everyone who travelled," singer Lila Moreau said in a video posted to Instagram on Saturday.\n\n'
        'Finance director Oskar Lindqvist told analysts on a conference call on Monday that prices had "fallen further."\n\n'
        'Manager Jacques Berthier said the tour would resume on April 2.\n'
    )
    assert one(quotes, "so sorry").date == "2026-03-14"
    assert one(quotes, "fallen further").date == "2026-03-16"
    assert one(quotes, "tour would resume").date == "2026-03-18"  # the resumption's date, not the saying's


def test_a_participle_after_its_verb_speaks_in_that_verbs_medium(quotes_of):
    quotes = quotes_of(
        "Airport Row\n\n"
        'Airport director Ruth Mensah hit back in a post on LinkedIn, writing that the airline "should look '
        'at its own staffing."\n\n'
        'Mayor Tom Hale spoke at a rally, saying the park would "stay open."\n'
    )
    assert one(quotes, "own staffing").medium == "a post"
    assert one(quotes, "stay open").venue == "a rally"
