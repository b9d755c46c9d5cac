"""store/resolve.py and queries.entity(): one global id per person or place across articles."""

from __future__ import annotations

import pytest

from newsgraph.store.names import person_name


def _one(build, text, url, entities):
    return build(text, url=url, entities=entities)


@pytest.mark.parametrize("spellings", [
    ("Kyiv", "Kiev"),
    ("U.S.", "United States", "USA", "the United States of America"),
    ("Odesa", "Odessa"),
])
def test_resolve_place_spellings_share_one_id(store, build, spellings):
    records = [_one(build, f"News from {s} today.", f"https://p/{i}", [(s, "GPE", [s])])
               for i, s in enumerate(spellings)]
    store.write(records)
    for spelling in spellings:
        profile = store.entity(spelling)
        assert profile.articles == len(spellings)
        assert not profile.others


def test_resolve_transliterated_person_names_share_one_id(store, build):
    store.write([
        _one(build, "Volodymyr Zelenskyy spoke.", "https://a/1", [("Volodymyr Zelenskyy", "PERSON", [])]),
        _one(build, "Volodymyr Zelensky spoke.", "https://a/2", [("Volodymyr Zelensky", "PERSON", [])]),
        _one(build, "Volodymyr Zelenskiy spoke.", "https://a/3", [("Volodymyr Zelenskiy", "PERSON", [])]),
    ])
    assert store.stats().entities == 1
    profile = store.entity("Zelensky")
    assert profile.name == "Volodymyr Zelenskyy"
    assert profile.articles == 3
    reasons = {a.alias: a.reason for a in profile.aliases}
    assert "spelling variant" in reasons["Volodymyr Zelensky"]


def test_resolve_different_people_sharing_a_surname_stay_apart(store, build):
    store.write([
        _one(build, "Farmer John Smith spoke.", "https://a/1", [("John Smith", "PERSON", [], ["farmer"])]),
        _one(build, "Senator Jane Smith spoke.", "https://a/2", [("Jane Smith", "PERSON", [], ["senator"])]),
        _one(build, "Smith, a senator, spoke.", "https://a/3", [("Smith", "PERSON", [], ["Senator"])]),
        _one(build, "Smith walked off.", "https://a/4", [("Smith", "PERSON", [])]),
    ])
    people = {e.name: e.articles for e in store.entities(type="PERSON")}
    # The role joins the third article's Smith to Jane Smith; the bare Smith stays alone.
    assert people == {"Jane Smith": 2, "John Smith": 1, "Smith": 1}


def test_resolve_full_names_that_differ_never_join_by_role(store, build):
    store.write([
        _one(build, "President Joe Biden spoke.", "https://a/1", [("Joe Biden", "PERSON", [], ["President"])]),
        _one(build, "President Jill Biden spoke.", "https://a/2", [("Jill Biden", "PERSON", [], ["President"])]),
    ])
    assert store.stats().entities == 2


def test_resolve_initial_fits_first_name(store, build):
    store.write([
        _one(build, "John Kirby spoke.", "https://a/1", [("John Kirby", "PERSON", [])]),
        _one(build, "J. Kirby spoke.", "https://a/2", [("J. Kirby", "PERSON", [])]),
    ])
    assert store.stats().entities == 1


def test_resolve_near_names_of_different_countries_stay_apart(store, build):
    store.write([_one(build, f"{c} said.", f"https://c/{c}", [(c, "GPE", [])])
                 for c in ("Niger", "Nigeria", "Iran", "Iraq", "Austria", "Australia")])
    assert store.stats().entities == 6


def test_entity_profile_roles_quotes_co_mentions_and_why(store, build):
    text = 'Spokesman John Kirby said "Beijing must choose" after meeting NATO.'
    store.write([build(text, url="https://k/1", entities=[
        ("John Kirby", "PERSON", ["John Kirby"], ["spokesman"]), ("Beijing", "GPE", []), ("NATO", "ORG", [])],
        quotes=[{"text": "Beijing must choose", "speaker": "John Kirby"}])])
    profile = store.entity("Kirby")
    assert profile.roles == [("spokesman", 1)]
    assert [q.text for q in profile.quotes] == ["Beijing must choose"]
    assert {c.name for c in profile.co_mentions} == {"Beijing", "NATO"}
    beijing = store.entity("Peking")  # the old name is a known variant
    assert ("China", "capital of China") in beijing.links


def test_entity_unknown_name_raises_not_found(store):
    from newsgraph.store import NotFound

    with pytest.raises(NotFound):
        store.entity("Nobody Anywhere")


def test_store_person_first_seen_by_surname_takes_the_full_name(store, build):
    store.write([
        build("Trump spoke in Ohio.", url="https://t/1", entities=[("Trump", "PERSON", [], ["President"])]),
        build("Donald Trump spoke again.", url="https://t/2", entities=[("Donald Trump", "PERSON", [], ["President"])]),
    ])
    people = [(e.name, e.articles) for e in store.entities(type="PERSON")]
    assert people == [("Donald Trump", 2)]
    assert store.entity("Trump").name == "Donald Trump"


@pytest.mark.parametrize(("name", "surname"), [("Jan ten Berge", "ten berge"), ("Marit de Vries", "de vries")])
def test_store_a_surname_keeps_its_particle(name, surname):
    # the particles the extractor reads ('ten', 'de') are the store's too (newsgraph.names)
    assert person_name(name).surname == surname
