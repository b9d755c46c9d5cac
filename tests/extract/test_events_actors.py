"""Event actors past a dateline and through descriptions ("the union", "the two companies"):
sentences written for these tests, with invented names and real places."""

from __future__ import annotations

import pytest

from newsgraph.extract.entities import EntityIndex, find_entities
from newsgraph.extract.events import find_events
from newsgraph.model import Article, Event, Region

pytestmark = pytest.mark.slow  # the ``nlp`` fixture (tests/conftest.py) loads the model once


def _events(nlp, text: str, regions=()) -> list[Event]:
    doc = nlp(text)
    article = Article(text=text, regions=list(regions))
    return find_events(doc, article=article, entities=EntityIndex(find_entities(doc, article)), times=[])


def _one(events: list[Event], type_: str) -> Event:
    found = [e for e in events if e.type == type_]
    assert len(found) == 1, [e.to_dict() for e in events]
    return found[0]


# --- datelines ------------------------------------------------------------------------------


def test_a_shouted_dateline_with_a_state_is_no_actor(nlp):
    text = "OMAHA, Neb. — Workers at the Brandt Meats plant went on strike on Monday."
    event = _one(_events(nlp, text), "protest")
    assert event.actors == ["Workers"]
    assert "OMAHA" not in event.evidence


def test_a_dateline_with_an_accent_leaves_both_parties(nlp):
    text = "BOGOTÁ — Chile and Peru signed an agreement on fishing rights on Tuesday."
    event = _one(_events(nlp, text), "agreement")
    assert sorted(event.actors) == ["Chile", "Peru"]


def test_a_dateline_in_ordinary_capitals_opening_the_body_is_no_actor(nlp):
    title = "Dockers walk out\n\n"
    body = "Rotterdam — Port workers went on strike on Friday over pay."
    text = title + body
    regions = [Region("title", 0, len(title) - 2), Region("body", len(title), len(text))]
    event = _one(_events(nlp, text, regions), "protest")
    assert event.actors and "Rotterdam" not in event.actors
    assert event.place != "Rotterdam"


def test_a_place_set_off_by_dashes_inside_a_sentence_is_still_the_place(nlp):
    text = "Protesters marched in Portland — where the port workers live — on Sunday."
    event = _one(_events(nlp, text), "protest")
    assert event.place == "Portland"


def test_a_person_whose_surname_is_a_place_stays_a_person(nlp):
    text = "Senator Paula Lincoln met Mayor Ivo Brandt in Omaha on Monday. Lincoln — who chairs the panel — visited Denver."
    events = _events(nlp, text)
    assert "Paula Lincoln" in _one(events, "visit").actors


# --- descriptions of bodies named before -----------------------------------------------------


def test_the_union_is_the_union_named_before(nlp):
    text = ("The Orvale Drivers Union called a strike at the Tessaly Freight depot. "
            "The union plans a march to City Hall on Friday.")
    march = [e for e in _events(nlp, text) if e.type == "protest" and "march" in e.evidence]
    assert march and march[0].actors == ["Orvale Drivers Union"]


def test_the_union_after_two_unions_is_none_of_them(nlp):
    text = ("The Kestrel Workers Union and the Harlan Miners Union held talks in Leeds on Monday. "
            "The union plans a march on Friday.")
    march = [e for e in _events(nlp, text) if e.type == "protest"]
    assert all(a not in ("Kestrel Workers Union", "Harlan Miners Union") for e in march for a in e.actors)


def test_the_department_is_the_department_named_before(nlp):
    text = ("The Pima County Department of Transportation closed two bridges on Monday. "
            "The department will hold a public meeting on Thursday.")
    assert _one(_events(nlp, text), "meet").actors == ["Pima County Department of Transportation"]


def test_city_police_are_the_police_department_the_article_names(nlp):
    text = ("The Marlow Police Department opened an inquiry into the fire. "
            "Marlow police arrested two men on Sunday.")
    assert _one(_events(nlp, text), "arrest").actors == ["Marlow Police Department"]


def test_city_police_with_no_department_named_are_not_given_one(nlp):
    text = "The Marlow Fire Department fought the blaze. Denver police arrested two men on Sunday."
    assert "Marlow Fire Department" not in _one(_events(nlp, text), "arrest").actors


def test_a_clubs_board_acts_for_the_club(nlp):
    text = "Vellmark Rovers FC lost the final. Vellmark Rovers FC's board issued a statement on Monday."
    assert _one(_events(nlp, text), "statement").actors == ["Vellmark Rovers FC"]


def test_a_health_department_elsewhere_is_another_department(nlp):
    text = ("The Pima County Department of Transportation closed two bridges. "
            "The health department in Ohio will hold a meeting on Friday.")
    meeting = _one(_events(nlp, text), "meet")
    assert "Pima County Department of Transportation" not in meeting.actors


# --- the two companies ----------------------------------------------------------------------


def test_the_two_companies_are_the_two_named_before(nlp):
    text = ("Brenner Steel Inc. will buy Calloway Foods Corp. for $2 billion. "
            "The two companies signed a merger agreement on Monday.")
    event = _one(_events(nlp, text), "agreement")
    assert sorted(event.actors) == ["Brenner Steel Inc.", "Calloway Foods Corp."]


def test_two_companies_with_no_article_are_new_ones(nlp):
    text = "Brenner Steel Inc. will buy Calloway Foods Corp. Two companies in Ohio signed an agreement on Monday."
    event = _one(_events(nlp, text), "agreement")
    assert "Brenner Steel Inc." not in event.actors


def test_the_two_companies_after_three_are_not_guessed(nlp):
    text = ("Brenner Steel Inc., Calloway Foods Corp. and Ilford Metals Ltd. held talks. "
            "The two companies signed an agreement on Monday.")
    event = _one(_events(nlp, text), "agreement")
    assert "Ilford Metals Ltd." not in event.actors and "Brenner Steel Inc." not in event.actors
