"""Entity resolution: one global id for one person, place or body across articles.

An article's entity joins a stored one when (in this order):
1. any of its full names has the same ``entity_key`` as a stored full name ("same key");
2. persons: same surname skeleton and compatible first names with a close spelling
   ("spelling variant": Volodymyr Zelensky / Zelenskyy); or one side has no first name and
   the two share a role ("shared role"); or neither has a first name nor a role;
3. other entities: same skeleton, same number of words and a close spelling (Kyiv / Kiev).
Otherwise it is new. Each alias keeps the reason it joined, which ``entity --why`` shows.

A user's aliases file (``store/aliases.py``; setting ``NEWSGRAPH_ALIASES``) comes first: a name
it lists joins the entry's canonical entity ("aliases file ..." in ``--why``), and a join that
one of its ``keep_apart`` entries forbids is skipped for the next candidate.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from rapidfuzz import fuzz

from newsgraph.model import Entity
from newsgraph.store import names
from newsgraph.store.aliases import Aliases, Merge, aliases_from_env, entity_keys

# Similarity (0-100, rapidfuzz ratio over folded names) two spellings with one skeleton need.
PERSON_SPELLING_MIN = 80
OTHER_SPELLING_MIN = 75
# token_sort_ratio two roles need to count as the same role ("Ukraine President" ~ "Ukrainian President").
ROLE_MATCH_MIN = 85
# Shorter folded names are too ambiguous for fuzzy joins ("Iran" and "Iraq" stay apart anyway).
MIN_FUZZY_LENGTH = 4


@dataclass(frozen=True, slots=True)
class Match:
    entity_id: str
    reason: str


class EntityResolver:
    """Finds or creates the global entity for an article's entity, and records why."""

    def __init__(self, conn: sqlite3.Connection, *, aliases: Aliases | None = None) -> None:
        """``aliases``: a user's corrections; None reads the file NEWSGRAPH_ALIASES names, if any."""
        self.conn = conn
        self.aliases = aliases_from_env() if aliases is None else aliases

    def resolve(self, entity: Entity, *, article_id: str) -> str:
        fam = names.family(entity.type)
        key = names.entity_key(entity.name, entity.type)
        match = self.match(entity, fam, key)
        if match is None:
            match = Match(self._create(entity, fam, key, article_id=article_id), "first seen")
        else:
            self._prefer_fuller_name(match.entity_id, entity, fam)
        self._record_aliases(match, entity, fam, article_id)
        self._record_roles(match.entity_id, entity.roles)
        self._record_links(match.entity_id, entity, fam)
        return match.entity_id

    def lookup(self, name: str, types: tuple[str, ...] = ("PERSON", "ORG", "GPE", "NORP")) -> str | None:
        """A stored entity with this exact key, trying each type's family; no fuzzy match."""
        for type_ in types:
            row = self._by_alias_key(names.entity_key(name, type_))
            if row:
                return row
        return None

    # --- matching -----------------------------------------------------------------------

    def match(self, entity: Entity, fam: str, key: str) -> Match | None:
        """The stored entity this one is, by the aliases file first, then by the rules above."""
        if self.aliases and (listed := self._match_aliases_file(entity)):
            return listed
        for candidate in self._candidates(entity, fam, key):
            if not self._kept_apart(entity, candidate.entity_id):
                return candidate
        return None

    def _candidates(self, entity: Entity, fam: str, key: str) -> Iterator[Match]:
        for candidate_key in self._full_name_keys(entity, fam, key):
            for found in self._ids_by_alias_key(candidate_key):
                yield Match(found, f"same key {candidate_key!r}")
        if fam == "person":
            yield from self._match_person(entity)
        else:
            yield from self._match_spelling(entity, fam, key)

    def _full_name_keys(self, entity: Entity, fam: str, key: str) -> list[str]:
        keys = [key] if fam != "person" or names.person_name(entity.name).has_first_name else []
        for mention in entity.mentions:
            if fam == "person" and not names.person_name(mention.text).has_first_name:
                continue
            mention_key = names.entity_key(mention.text, entity.type)
            if mention_key not in keys:
                keys.append(mention_key)
        return keys

    def _ids_by_alias_key(self, key: str) -> list[str]:
        rows = self.conn.execute(
            "SELECT DISTINCT entity_id FROM entity_aliases WHERE key = ? AND kind = 'name'", (key,)
        ).fetchall()
        return [r[0] for r in rows]

    def _by_alias_key(self, key: str) -> str | None:
        row = self.conn.execute(
            "SELECT entity_id FROM entity_aliases WHERE key = ? AND kind = 'name' LIMIT 1", (key,)
        ).fetchone()
        return row[0] if row else None

    def _match_person(self, entity: Entity) -> Iterator[Match]:
        person = names.person_name(entity.name)
        if not person.surname:
            return
        rows = self.conn.execute(
            "SELECT id, key, first_names FROM entities WHERE family = 'person' AND surname = ?",
            (names.skeleton(person.surname),),
        ).fetchall()
        for row in rows:
            first = tuple((row["first_names"] or "").split())
            full = row["key"].split(":", 1)[1]
            if person.first and first and names.first_names_compatible(person.first, first):
                score = fuzz.ratio(person.full, full)
                if score >= PERSON_SPELLING_MIN:
                    yield Match(row["id"], f"spelling variant of {full!r} (similarity {score:.0f})")
        for row in rows:
            first = tuple((row["first_names"] or "").split())
            if person.first and first:
                continue  # two full names that differ are two people, whatever their roles
            role = self._shared_role(row["id"], entity.roles)
            if role:
                yield Match(row["id"], f"same surname and shared role {role!r}")
            elif not person.first and not first and not entity.roles and not self._roles(row["id"]):
                yield Match(row["id"], "same surname, no first name or role on either side")

    def _match_spelling(self, entity: Entity, fam: str, key: str) -> Iterator[Match]:
        form = key.split(":", 1)[1]
        if len(form) < MIN_FUZZY_LENGTH or key.startswith("place:country:"):
            return
        rows = self.conn.execute(
            "SELECT id, key FROM entities WHERE family = ? AND skeleton = ? AND country IS NULL",
            (fam, names.skeleton(form)),
        ).fetchall()
        for row in rows:
            other = row["key"].split(":", 1)[1]
            if len(other.split()) != len(form.split()):
                continue
            score = fuzz.ratio(form, other)
            if score >= OTHER_SPELLING_MIN:
                yield Match(row["id"], f"spelling variant of {other!r} (similarity {score:.0f})")

    # --- the aliases file -----------------------------------------------------------------

    def _match_aliases_file(self, entity: Entity) -> Match | None:
        found = self.aliases.merge_for(entity_keys(entity))
        if found is None:
            return None
        merge, _ = found
        target = self.merge_target(merge, entity.type)
        return Match(target, f"{self.aliases.source}: listed under {merge.canonical!r}")

    def merge_target(self, merge: Merge, fallback_type: str) -> str:
        """The entity a merge entry names: found by its canonical name, else by an alias, else new.

        A found entity takes the canonical name (and its key), so that it shows under it.
        """
        found = self._stored_by_keys(merge.canonical_keys) or self._stored_by_keys(merge.keys)
        type_ = merge.type or fallback_type
        if found is None:
            key = names.entity_key(merge.canonical, type_)
            return self._create(Entity(name=merge.canonical, type=type_), names.family(type_), key,
                                reason=f"{self.aliases.source}: canonical name")
        self.rename(found, merge.canonical, reason=f"{self.aliases.source}: canonical name")
        return found

    def _stored_by_keys(self, keys: frozenset[str]) -> str | None:
        """The stored entity holding one of these keys: as its own key first, then as an alias."""
        marks = ",".join("?" * len(keys))
        row = self.conn.execute(
            f"SELECT id FROM entities WHERE key IN ({marks}) ORDER BY created_at, rowid LIMIT 1", tuple(keys)
        ).fetchone() or self.conn.execute(
            f"SELECT entity_id FROM entity_aliases WHERE key IN ({marks}) ORDER BY kind = 'short', rowid"
            " LIMIT 1", tuple(keys)
        ).fetchone()
        return row[0] if row else None

    def _prefer_fuller_name(self, entity_id: str, entity: Entity, fam: str) -> None:
        """A person first stored by surname ('Trump') takes the full name when an article gives
        it ('Donald Trump'), so pages and exports show the name readers expect; a name from
        the user's aliases file is kept."""
        if fam != "person":
            return
        new = names.person_name(entity.name)
        if not new.has_first_name:
            return  # only a name with first names replaces a surname (checked before any query)
        row = self.conn.execute("SELECT surname, first_names FROM entities WHERE id = ?", (entity_id,)).fetchone()
        if row is None or row["first_names"] or row["surname"] != names.skeleton(new.surname):
            return
        if not self.aliases.merge_for(entity_keys(entity)):
            self.rename(entity_id, entity.name, reason="full name seen after the surname")

    def rename(self, entity_id: str, name: str, *, reason: str) -> bool:
        """Give a stored entity a new display name (and the keys that go with it); False if same."""
        row = self.conn.execute("SELECT name, type, family FROM entities WHERE id = ?", (entity_id,)).fetchone()
        if row is None or row["name"] == name:
            return False
        key = names.entity_key(name, row["type"])
        form = key.split(":", 1)[1]
        person = names.person_name(name) if row["family"] == "person" else None
        self.conn.execute(
            "UPDATE entities SET name = ?, key = ?, skeleton = ?, surname = ?, first_names = ? WHERE id = ?",
            (name, key, names.skeleton(form),
             names.skeleton(person.surname) if person and person.surname else None,
             " ".join(person.first) if person else None, entity_id),
        )
        kind = "short" if person is not None and not person.has_first_name else "name"
        self.conn.execute("DELETE FROM entity_aliases WHERE entity_id = ? AND alias = ?", (entity_id, name))
        self._add_alias(entity_id, name, key, kind, reason, None)
        return True

    def _kept_apart(self, entity: Entity, entity_id: str) -> bool:
        if not self.aliases.apart:
            return False
        stored = [r[0] for r in self.conn.execute(
            "SELECT key FROM entity_aliases WHERE entity_id = ? AND kind = 'name'", (entity_id,))]
        return self.aliases.kept_apart(entity_keys(entity), stored) is not None

    def _roles(self, entity_id: str) -> list[str]:
        rows = self.conn.execute("SELECT role FROM entity_roles WHERE entity_id = ?", (entity_id,))
        return [r[0] for r in rows]

    def _shared_role(self, entity_id: str, roles: list[str]) -> str | None:
        if not roles:
            return None
        for stored in self._roles(entity_id):
            for role in roles:
                if fuzz.token_sort_ratio(names.fold(role), names.fold(stored)) >= ROLE_MATCH_MIN:
                    return stored
        return None

    # --- writing ------------------------------------------------------------------------

    def create(
        self, entity: Entity, fam: str, key: str, *, reason: str = "", article_id: str | None = None
    ) -> str:
        """A new global entity for ``entity``, keyed by ``key``; returns its id."""
        return self._create(entity, fam, key, reason=reason, article_id=article_id)

    def _create(
        self, entity: Entity, fam: str, key: str, *, reason: str = "", article_id: str | None = None
    ) -> str:
        entity_id = self._free_id(key)
        form = key.split(":", 1)[1]
        code = key.rsplit(":", 1)[1].upper() if key.startswith("place:country:") else None
        person = names.person_name(entity.name) if fam == "person" else None
        name = names.country_names().get(code, entity.name) if code else entity.name
        self.conn.execute(
            "INSERT INTO entities (id, name, type, family, key, skeleton, surname, first_names,"
            " refers_to, country, link, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                entity_id, name, entity.type, fam, key, names.skeleton(form),
                names.skeleton(person.surname) if person and person.surname else None,
                " ".join(person.first) if person else None,
                entity.refers_to, code, json.dumps(entity.link or {}),
                datetime.now(UTC).isoformat(timespec="seconds"),
            ),
        )
        kind = "short" if person is not None and not person.has_first_name else "name"
        self._add_alias(entity_id, name, key, kind, reason or "first seen", article_id)
        return entity_id

    def _free_id(self, key: str) -> str:
        n = 1
        while True:
            seed = key if n == 1 else f"{key}#{n}"
            candidate = hashlib.sha1(seed.encode("utf-8")).hexdigest()[:12]
            if not self.conn.execute("SELECT 1 FROM entities WHERE id = ?", (candidate,)).fetchone():
                return candidate
            n += 1

    def _record_aliases(self, match: Match, entity: Entity, fam: str, article_id: str) -> None:
        forms = [entity.name] + [m.text for m in entity.mentions]
        for i, form in enumerate(dict.fromkeys(forms)):
            kind = "name"
            if fam == "person" and not names.person_name(form).has_first_name:
                kind = "short"
            reason = match.reason if i == 0 else f"mention of {entity.name!r} in one article"
            key = names.entity_key(form, entity.type)
            self._add_alias(match.entity_id, form, key, kind, reason, article_id)

    def _add_alias(
        self, entity_id: str, alias: str, key: str, kind: str, reason: str, article_id: str | None
    ) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, key, kind, reason, article_id)"
            " VALUES (?,?,?,?,?,?)",
            (entity_id, alias, key, kind, reason, article_id),
        )

    def _record_roles(self, entity_id: str, roles: list[str]) -> None:
        for role in dict.fromkeys(r.strip() for r in roles if r.strip()):
            self.conn.execute(
                "INSERT INTO entity_roles (entity_id, role) VALUES (?, ?)"
                " ON CONFLICT (entity_id, role) DO UPDATE SET count = count + 1",
                (entity_id, role),
            )

    def _record_links(self, entity_id: str, entity: Entity, fam: str) -> None:
        """Links that make a quote mentioning this entity also about another one."""
        links: list[tuple[str, str]] = []
        if fam == "place" and (code := names.capital_of(entity.name)):
            links.append((self.country(code), f"capital of {names.country_names()[code]}"))
        if fam == "group" and (code := names.demonym_of(entity.name)):
            links.append((self.country(code), f"demonym of {names.country_names().get(code, code)}"))
        if entity.refers_to:
            links.append((self._refers_to_target(entity), f"refers to {entity.refers_to}"))
        for target, reason in links:
            if target != entity_id:
                self.conn.execute(
                    "INSERT OR IGNORE INTO entity_links (entity_id, target_id, reason) VALUES (?,?,?)",
                    (entity_id, target, reason),
                )

    def country(self, code: str) -> str:
        """The global entity of a country, created when first needed."""
        key = f"place:country:{code.lower()}"
        found = self._by_alias_key(key)
        if found:
            return found
        name = names.country_names().get(code.upper(), code.upper())
        return self._create(Entity(name=name, type="GPE"), "place", key, reason="gazetteer country")

    def _refers_to_target(self, entity: Entity) -> str:
        target_name = entity.refers_to or ""
        code = names.country_code(names.canonical_form(target_name, "place"))
        if code:
            return self.country(code)
        for type_ in (entity.type, "ORG", "GPE", "PERSON"):
            found = self._by_alias_key(names.entity_key(target_name, type_))
            if found:
                return found
        target = Entity(name=target_name, type=entity.type)
        key = names.entity_key(target_name, entity.type)
        return self._create(target, names.family(entity.type), key, reason="named by refers_to")
