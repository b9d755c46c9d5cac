"""The model-free parts of entity finding: name forms, photo credits, short-name resolution."""

from __future__ import annotations

import pytest

from newsgraph.extract.credits import credit_candidates
from newsgraph.extract.entity_names import Candidate, bare, fold, name_parts
from newsgraph.extract.people import PeopleResolver
from newsgraph.model import Article


@pytest.mark.parametrize(
    ("text", "expected"),
    [("the Kremlin", "Kremlin"), ("Marin’s", "Marin"), ("  Jens   Stoltenberg ", "Jens Stoltenberg")],
)
def test_entity_names_bare_drops_article_possessive_and_spaces(text, expected):
    assert bare(text) == expected


def test_entity_names_fold_and_name_parts():
    assert fold("The Kremlin's") == "kremlin"
    assert name_parts("Mr. Putin") == ["Putin"]


def test_credits_line_gives_photographer_and_agencies():
    text = "Leaders meet in Brussels on Monday. Kenzo Tribouillard/AFP via Getty Images\n"
    found = {(c.text, c.label) for c in credit_candidates(text, Article(text=text))}
    assert found == {("Kenzo Tribouillard", "PERSON"), ("AFP", "ORG"), ("Getty Images", "ORG")}


def test_people_a_shared_surname_stays_with_the_person_introduced_first():
    # News style names the second Berg in full ('his wife, Tomas Berg'); 'Berg' alone is the first
    people = PeopleResolver([
        Candidate(0, 10, "Anna Berg", "PERSON"),
        Candidate(50, 62, "Tomas Berg", "PERSON"),
    ])
    assert people.is_person_name("Berg")
    assert people.resolve("Berg", 30) == "Anna Berg"
    assert people.resolve("Berg", 70) == "Anna Berg"
    assert people.resolve("Tomas Berg", 70) == "Tomas Berg"


@pytest.mark.parametrize("name", ["Twitter", "Facebook", "YouTube"])
def test_candidates_platforms_taken_for_people_are_organisations(name):
    from newsgraph.extract.entity_candidates import CandidateFinder
    from newsgraph.extract.gazetteer import default_gazetteer

    finder = CandidateFinder(default_gazetteer())
    assert finder.retype(name, "PERSON", None) == "ORG"
    assert finder.retype("Ann Fox", "PERSON", None) == "PERSON"


def test_candidates_a_name_with_an_organisation_apposition_is_an_organisation(nlp):
    from newsgraph.extract.entities import find_entities
    from newsgraph.model import Article

    text = "Work starts next month, according to a statement from Elmora, the Danish grid operator."
    doc = nlp(text)
    types = {e.name: e.type for e in find_entities(doc, Article(text=text))}
    assert types.get("Elmora") == "ORG"


def test_candidates_a_hyphenated_apposition_still_names_an_organisation(nlp):
    from newsgraph.extract.entities import find_entities
    from newsgraph.model import Article

    text = "The plant will close, said Veltro, a Boston-based company."
    doc = nlp(text)
    types = {e.name: e.type for e in find_entities(doc, Article(text=text))}
    assert types.get("Veltro") == "ORG"


def test_people_an_honorific_picks_the_namesake_the_article_said_it_fits():
    text = "Mayor Tom Reed came with his wife, Ellen Reed. Later Mrs. Reed spoke, then Reed."
    people = PeopleResolver(
        [Candidate(text.index("Tom"), text.index(" came"), "Tom Reed", "PERSON"),
         Candidate(text.index("Ellen"), text.index(". Later"), "Ellen Reed", "PERSON")],
        text,
    )
    assert people.resolve("Mrs. Reed", text.index("Mrs.")) == "Ellen Reed"
    assert people.resolve("Reed", text.rindex("Reed")) == "Tom Reed"
