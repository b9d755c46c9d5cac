"""People's names: short names ("Xi", "Putin") resolved to the full names seen in the text."""

from __future__ import annotations

import re
from itertools import pairwise

from newsgraph.extract.entity_names import Candidate, fold, name_parts
from newsgraph.names import SURNAME_PARTICLES

# Honorifics as written before a name (also read by gender.py).
MASCULINE_TITLES = ("Mr.", "Mr ")
FEMININE_TITLES = ("Mrs.", "Mrs ", "Ms.", "Ms ", "Miss ")


def _title_words(titles: tuple[str, ...]) -> str:
    return "|".join(sorted({re.escape(t.strip(" .")) for t in titles}))


# What the article itself says of a person's sex where it names them: an honorific, or the
# kinship word it is introduced with ('his wife, Lolita Grayson'). No name lists here: gender.py asks
# one only as a pronoun's last resort.
FEMININE_BEFORE = re.compile(
    rf"(?:\b(?:{_title_words(FEMININE_TITLES)})\.?|\b(?:wife|mother|daughter|sister|widow|grandmother|aunt|"
    r"niece|girlfriend|fiancée),?)\s*$"
)
MASCULINE_BEFORE = re.compile(
    rf"(?:\b(?:{_title_words(MASCULINE_TITLES)})\.?|\b(?:husband|father|son|brother|widower|grandfather|"
    r"uncle|nephew|boyfriend|fiancé),?)\s*$"
)
# How far before a name its honorific or kinship word may stand: 'his younger brother, '.
BEFORE_WINDOW = 24


def sex_stated_before(text: str, start: int) -> str | None:
    """'f' or 'm' when the words just before ``start`` say it (honorific, kinship), else None."""
    before = text[max(0, start - BEFORE_WINDOW) : start]
    if FEMININE_BEFORE.search(before):
        return "f"
    if MASCULINE_BEFORE.search(before):
        return "m"
    return None


class PeopleResolver:
    """Maps the short names of people ("Xi", "Putin") to the full names seen in the text."""

    def __init__(self, candidates: list[Candidate], text: str = "") -> None:
        full = [c for c in candidates if c.label == "PERSON" and len(name_parts(c.text)) > 1]
        full.sort(key=lambda c: -len(name_parts(c.text)))
        self.text = text
        self.full_names: list[str] = []  # canonical full names
        self.first_seen: dict[str, int] = {}
        sexes: dict[str, set[str]] = {}
        shared = _sharing_a_surname(candidates, text)
        for cand in full:
            name = self._merge(" ".join(name_parts(cand.text)))
            self.first_seen[name] = min(self.first_seen.get(name, cand.start), cand.start)
            stated = sex_stated_before(text, cand.start)
            if stated:
                sexes.setdefault(name, set()).add(stated)
        for name, start in shared:
            name = self._merge(name)
            self.first_seen[name] = min(self.first_seen.get(name, start), start)
        self.sex = {name: next(iter(seen)) for name, seen in sexes.items() if len(seen) == 1}
        self.by_last: dict[str, list[str]] = {}
        self.by_first: dict[str, list[str]] = {}
        # 'Gonzalo Ibarra Quintana', later just 'Ibarra': Spanish style names a person by the
        # first of two surnames, a word inside the full name
        self.by_inner: dict[str, list[str]] = {}
        for name in self.full_names:
            parts = name.split()
            self.by_last.setdefault(parts[-1].casefold(), []).append(name)
            self.by_first.setdefault(parts[0].casefold(), []).append(name)
            for inner in parts[1:-1]:
                if inner[:1].isupper() and len(inner) > 2:
                    self.by_inner.setdefault(inner.casefold(), []).append(name)
        # Names the model tagged PERSON at least once: "Obama" as GPE elsewhere is still him.
        self.known = {fold(" ".join(name_parts(c.text))) for c in candidates
                      if c.label == "PERSON"}

    def _merge(self, name: str) -> str:
        """A full name joins a longer one with the same surname and first name."""
        parts = name.split()
        for known in self.full_names:
            kp = known.split()
            if kp[-1] == parts[-1] and (kp[0] == parts[0] or set(parts) <= set(kp)):
                return known
        self.full_names.append(name)
        return name

    def is_mentioned(self, name: str) -> bool:
        """A full name some mention spells out (not one put together from 'Joe and Hunter Biden')."""
        return fold(name) in self.known

    def part_of_a_name(self, word: str) -> bool:
        """Whether one word is the first or last name of a person the article names in full."""
        return word.casefold() in self.by_last or word.casefold() in self.by_first

    def is_person_name(self, text: str) -> bool:
        """A name seen as a person, a surname, the first word of "Wang Yi", or the first of two
        Spanish surnames ("Ibarra" of "Gonzalo Ibarra Quintana")."""
        parts = text.split()
        if fold(text) in self.known:
            return True
        if self._by_particled_surname(parts):
            return True
        if len(parts) != 1:
            return False
        word = parts[0].casefold()
        return (
            word in self.by_last
            or (word in self.by_first and parts[0][:1].isupper())
            or (bool(self._one_inner(word)) and parts[0][:1].isupper())
        )

    def resolve(self, text: str, offset: int) -> str:
        """The full name a person mention at ``offset`` stands for; itself when none fits."""
        parts = name_parts(text)
        if not parts:
            return text
        particled = self._by_particled_surname(parts)
        if len(particled) == 1:
            return particled[0]  # 'De Vries' after 'Marit de Vries'
        if len(parts) > 1:
            return self._merge_lookup(" ".join(parts))
        word = parts[0].casefold()
        options = self.by_last.get(word) or self.by_first.get(word) or self._one_inner(word)
        if not options:
            return parts[0]
        if len(options) > 1:
            # 'Mrs. Grayson' is the woman of the two the article introduced as such
            said = sex_stated_before(self.text, offset) or _honorific_sex(text)
            matching = [n for n in options if said is not None and self.sex.get(n) == said]
            options = matching or options
        # Two people sharing a surname: the one introduced first. News style names the other in
        # full ('his wife, Lolita Grayson'); on PolNeAR train the latest-named rule gave 'Grayson'
        # to the wife, 'Bush' to Laura, 'Sanders' to Jane, 'Manafort' to a brother.
        before = [n for n in options if self.first_seen.get(n, 0) <= offset]
        return min(before or options, key=lambda n: self.first_seen.get(n, 0))

    def _by_particled_surname(self, parts: list[str]) -> list[str]:
        """The full names ending with a surname that opens with a particle, as ``parts`` spell
        it in any case: 'De Vries' (a sentence's first word) is Marit de Vries."""
        if len(parts) != 2 or parts[0].casefold() not in SURNAME_PARTICLES:
            return []
        surname = [p.casefold() for p in parts]
        return list(dict.fromkeys(
            n for n in self.by_last.get(surname[1], []) if [p.casefold() for p in n.split()[-2:]] == surname
        ))

    def _one_inner(self, word: str) -> list[str]:
        """The one full name with ``word`` inside it (not first, not last), else none."""
        names = self.by_inner.get(word, [])
        return names if len(set(names)) == 1 else []

    def _merge_lookup(self, name: str) -> str:
        parts = name.split()
        for known in self.full_names:
            kp = known.split()
            if kp[-1] == parts[-1] and (kp[0] == parts[0] or set(parts) <= set(kp)):
                return known
        return name


def _sharing_a_surname(candidates: list[Candidate], text: str) -> list[tuple[str, int]]:
    """'Joe and Hunter Biden': a first name joined to a full name shares its surname, so 'Joe'
    is Joe Biden (and the later 'Biden' is not given to Hunter alone). Returns (name, offset)."""
    people = sorted((c for c in candidates if c.label == "PERSON"), key=lambda c: c.start)
    shared: list[tuple[str, int]] = []
    for first, second in pairwise(people):
        given, full = name_parts(first.text), name_parts(second.text)
        if len(given) != 1 or len(full) != 2 or not COORDINATION.fullmatch(text[first.end : second.start]):
            continue
        # a first name, not a surname ('Speaker Pelosi and Chuck Schumer', 'Pelosi said'): named
        # once, with no title before it, beside a surname the article uses alone elsewhere
        alone = re.compile(rf"\b{re.escape(given[0])}\b")
        surname = re.compile(rf"(?<!{re.escape(full[0])} )\b{re.escape(full[-1])}\b")
        titled = first.text != given[0] or TITLE_BEFORE.search(text[max(0, first.start - 12) : first.start])
        if len(alone.findall(text)) == 1 and not titled and len(surname.findall(text)) > 1:
            shared.append((f"{given[0]} {full[-1]}", first.start))
    return shared


# A capitalised word right before a name: 'Speaker Pelosi', 'Sen. Sanders' (a title, so a surname).
TITLE_BEFORE = re.compile(r"[A-Z][\w.]*\s+$")


# What joins two first names before their shared surname: ' and ', ' & '.
COORDINATION = re.compile(r"\s+(?:and|&)\s+")


def _honorific_sex(mention: str) -> str | None:
    """'Mrs. Reed' as the mention's own words."""
    first = mention.split(maxsplit=1)[0] + " " if mention.strip() else ""
    return sex_stated_before(first, len(first))
