"""User corrections to entity resolution: an aliases file of merges, canonical names and splits.

The file is JSON or TOML (chosen by its suffix; ``.toml`` is TOML, anything else JSON):

    # aliases.toml
    [[merge]]
    canonical = "Volodymyr Zelenskyy"     # the name the entity is shown under
    type = "PERSON"                       # optional: only entities of this type family
    aliases = ["Zelensky", "Zelenskiy"]   # any of these names is this entity

    [[keep_apart]]
    names = ["Michael Jordan", "Michael B. Jordan"]   # never one entity

JSON takes the same shape (``{"merge": [...], "keep_apart": [...]}``) or a plain list of
entries, each a merge (``canonical``) or a split (``keep_apart``; ``{"split": "Michael Jordan",
"keep_apart": ["Michael B. Jordan"]}`` is the same as listing the three names).

Names are compared by ``names.entity_key``: case, accents, punctuation, honorifics and known
variants do not matter; nothing else is fuzzy. The resolver applies the file on every write
(setting ``NEWSGRAPH_ALIASES``, or ``EntityResolver(conn, aliases=...)``); ``apply_aliases``
applies it to a store written before, re-pointing mentions, quotes and events.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.model import Entity
from newsgraph.store import names
from newsgraph.store.db import StoreError, atomic
from newsgraph.store.patterns import TYPE_FAMILIES

ENV_VAR = "NEWSGRAPH_ALIASES"
# One type per family: what an entry without a type is keyed under (it may name anything).
_ONE_TYPE_PER_FAMILY = tuple({fam: t for t, fam in reversed(TYPE_FAMILIES.items())}.values())


class AliasesError(StoreError):
    """The aliases file cannot be read or has an entry that makes no sense."""


def name_keys(name: str, type_: str | None) -> frozenset[str]:
    """The entity keys a name in the file matches: its type's key, or every family's if untyped."""
    types = (type_,) if type_ else _ONE_TYPE_PER_FAMILY
    return frozenset(names.entity_key(name, t) for t in types)


@dataclass(frozen=True, slots=True)
class Merge:
    """These names are one entity, shown under ``canonical``."""

    canonical: str
    aliases: tuple[str, ...] = ()
    type: str | None = None

    @property
    def canonical_keys(self) -> frozenset[str]:
        return name_keys(self.canonical, self.type)

    @property
    def keys(self) -> frozenset[str]:
        found = set(self.canonical_keys)
        for alias in self.aliases:
            found |= name_keys(alias, self.type)
        return frozenset(found)


@dataclass(frozen=True, slots=True)
class KeepApart:
    """These names are different entities, whatever their spelling similarity."""

    names: tuple[str, ...]
    type: str | None = None

    def member_keys(self) -> list[frozenset[str]]:
        return [name_keys(n, self.type) for n in self.names]

    def members_in(self, keys: Iterable[str]) -> set[int]:
        """Indexes of the names whose keys are among ``keys``."""
        keys = set(keys)
        return {i for i, member in enumerate(self.member_keys()) if member & keys}


@dataclass(frozen=True, slots=True)
class Aliases:
    """A parsed aliases file; ``source`` names it in every reason it gives."""

    merges: tuple[Merge, ...] = ()
    apart: tuple[KeepApart, ...] = ()
    source: str = "aliases file"
    # key -> entries holding it, built once: resolution asks for every entity of every article.
    _merge_index: dict[str, Merge] = field(default_factory=dict, init=False, repr=False, compare=False)
    _apart_index: dict[str, list[tuple[int, int]]] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for merge in reversed(self.merges):  # the first entry listing a name wins
            for key in merge.keys:
                self._merge_index[key] = merge
        for n, entry in enumerate(self.apart):
            for i, member in enumerate(entry.member_keys()):
                for key in member:
                    self._apart_index.setdefault(key, []).append((n, i))

    def __bool__(self) -> bool:
        return bool(self.merges or self.apart)

    def merge_for(self, keys: Iterable[str]) -> tuple[Merge, str] | None:
        """The merge entry one of these entity keys belongs to, with the key that matched."""
        for key in keys:
            if key in self._merge_index:
                return self._merge_index[key], key
        return None

    def kept_apart(self, keys_a: Iterable[str], keys_b: Iterable[str]) -> KeepApart | None:
        """The entry that forbids joining a thing with ``keys_a`` to one with ``keys_b``, if any."""
        hits_a = {hit for key in keys_a for hit in self._apart_index.get(key, ())}
        if not hits_a:
            return None
        for n, j in {hit for key in keys_b for hit in self._apart_index.get(key, ())}:
            if any(m == n and i != j for m, i in hits_a):
                return self.apart[n]
        return None


NO_ALIASES = Aliases()


# --- reading the file -----------------------------------------------------------------------

def load_aliases(path: str | Path) -> Aliases:
    """Read an aliases file (TOML if it ends in .toml, else JSON); AliasesError if it is wrong."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise AliasesError(f"cannot read aliases file {str(path)!r}: {exc.strerror or exc}") from exc
    try:
        data = tomllib.loads(raw) if path.suffix.lower() == ".toml" else json.loads(raw)
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as exc:
        raise AliasesError(f"aliases file {str(path)!r} is not valid {_format(path)}: {exc}") from exc
    return parse_aliases(data, source=f"aliases file {path.name}")


def aliases_from_env() -> Aliases:
    """The file named by NEWSGRAPH_ALIASES, or no aliases when it is unset or empty."""
    path = os.environ.get(ENV_VAR, "").strip()
    return load_aliases(path) if path else NO_ALIASES


def parse_aliases(data: Any, *, source: str = "aliases file") -> Aliases:
    """Entries from parsed JSON or TOML: a list of entries, or a table of ``merge``/``keep_apart``."""
    if isinstance(data, dict):
        unknown = set(data) - {"merge", "keep_apart", "split", "entries"}
        if unknown:
            raise AliasesError(f"{source}: unknown section(s) {sorted(unknown)}; "
                               "use merge and keep_apart")
        entries = [e for k in ("merge", "keep_apart", "split", "entries") for e in _as_list(data.get(k), k)]
    elif isinstance(data, list):
        entries = data
    else:
        raise AliasesError(f"{source}: expected a list of entries or merge/keep_apart tables")
    merges, apart = [], []
    for n, entry in enumerate(entries, 1):
        parsed = _parse_entry(entry, f"{source}, entry {n}")
        (merges if isinstance(parsed, Merge) else apart).append(parsed)
    return Aliases(tuple(merges), tuple(apart), source)


def _parse_entry(entry: Any, where: str) -> Merge | KeepApart:
    if not isinstance(entry, dict):
        raise AliasesError(f"{where}: an entry is a table/object, not {type(entry).__name__}")
    type_ = entry.get("type")
    if type_ is not None and (not isinstance(type_, str) or type_.upper() not in TYPE_FAMILIES):
        raise AliasesError(f"{where}: type must be one of {sorted(TYPE_FAMILIES)}, not {type_!r}")
    type_ = type_.upper() if type_ else None
    if "canonical" in entry:
        canonical = _name(entry["canonical"], where)
        aliases = tuple(_name(a, where) for a in _as_list(entry.get("aliases"), "aliases"))
        return Merge(canonical, aliases, type_)
    if "keep_apart" in entry or "names" in entry:
        listed = _as_list(entry.get("keep_apart", entry.get("names")), "keep_apart")
        first = [entry["split"]] if "split" in entry else []
        members = tuple(dict.fromkeys(_name(n, where) for n in first + listed))
        if len(members) < 2:
            raise AliasesError(f"{where}: keep_apart needs at least two names")
        return KeepApart(members, type_)
    raise AliasesError(f"{where}: an entry needs 'canonical' (a merge) or 'keep_apart' (a split)")


def _name(value: Any, where: str) -> str:
    if not isinstance(value, str) or not names.fold(value):
        raise AliasesError(f"{where}: a name must be non-empty text, not {value!r}")
    return value.strip()


def _as_list(value: Any, what: str) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, list):
        return value
    if isinstance(value, str | dict):
        return [value]
    raise AliasesError(f"{what} must be a list")


def _format(path: Path) -> str:
    return "TOML" if path.suffix.lower() == ".toml" else "JSON"


# --- what an article's entity is called -----------------------------------------------------

def entity_keys(entity: Entity) -> list[str]:
    """The keys of an entity's full names: its name, and mentions (persons: with a first name).

    A person's bare surname is left out so that one "Jordan" in an article does not decide which
    Jordan the whole entity is.
    """
    fam = names.family(entity.type)
    keys = [names.entity_key(entity.name, entity.type)]
    for mention in entity.mentions:
        if fam == "person" and not names.person_name(mention.text).has_first_name:
            continue
        keys.append(names.entity_key(mention.text, entity.type))
    return list(dict.fromkeys(keys))


@dataclass(slots=True)
class ApplySummary:
    """What ``apply_aliases`` changed in a store."""

    merged: int = 0  # entities folded into another
    renamed: int = 0  # entities given their canonical name
    split: int = 0  # entities created by taking names out of another
    moved_mentions: int = 0
    moved_quotes: int = 0
    notes: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"merged {self.merged}, renamed {self.renamed}, split {self.split},"
                f" moved {self.moved_mentions} mentions and {self.moved_quotes} quotes")


# --- applying a file to a stored graph ------------------------------------------------------

def apply_aliases(conn: sqlite3.Connection, aliases: Aliases) -> ApplySummary:
    """Apply an aliases file to a store, in one transaction: merges first, then splits.

    A merge folds every stored entity holding one of its names (as a full-name alias, or as its
    own name) into one, shown under the canonical name; mentions, quotes, roles, links and event
    roles follow. A split takes the other names of a ``keep_apart`` entry out of an entity that
    holds several, with their mentions (and, in articles where only that name is written in
    full, the short ones too) and their quotes. Event roles stay with the entity that had them.
    """
    from newsgraph.store.resolve import EntityResolver  # resolve imports this module

    resolver = EntityResolver(conn, aliases=aliases)
    summary = ApplySummary()
    with atomic(conn):
        for merge in aliases.merges:
            _apply_merge(conn, resolver, merge, summary)
        for entry in aliases.apart:
            _apply_keep_apart(conn, resolver, entry, summary, aliases.source)
    return summary


def _ids_holding(conn: sqlite3.Connection, keys: Iterable[str], *, besides: str = "") -> list[str]:
    """Entities with one of these keys as their own key or a full-name alias, oldest first."""
    keys = tuple(keys)
    marks = ",".join("?" * len(keys))
    rows = conn.execute(
        f"SELECT id FROM entities WHERE id != ? AND (key IN ({marks}) OR id IN (SELECT entity_id"
        f" FROM entity_aliases WHERE kind = 'name' AND key IN ({marks}))) ORDER BY created_at, rowid",
        (besides, *keys, *keys),
    ).fetchall()
    return [r[0] for r in rows]


def _apply_merge(conn: sqlite3.Connection, resolver: Any, merge: Merge, summary: ApplySummary) -> None:
    ids = _ids_holding(conn, merge.keys)
    if not ids:
        summary.notes.append(f"{merge.canonical!r}: no stored entity has these names yet")
        return
    before = {r[0]: r[1] for r in conn.execute(
        f"SELECT id, name FROM entities WHERE id IN ({','.join('?' * len(ids))})", ids)}
    first_type = conn.execute("SELECT type FROM entities WHERE id = ?", (ids[0],)).fetchone()[0]
    target = resolver.merge_target(merge, first_type)
    if target in before and before[target] != merge.canonical:
        summary.renamed += 1
    reason = f"{resolver.aliases.source}: merged into {merge.canonical!r}"
    for other in ids:
        if other != target:
            merge_entity(conn, other, target, reason=reason, summary=summary)
            summary.merged += 1


# Tables whose column holds an entity id and whose key would collide when two ids become one.
_ID_COLUMNS = (("entity_links", "entity_id"), ("entity_links", "target_id"), ("quote_about", "about_id"),
               ("event_actors", "entity_id"), ("quote_sketch", "speaker_key"))


def merge_entity(
    conn: sqlite3.Connection, source: str, target: str, *, reason: str, summary: ApplySummary | None = None
) -> None:
    """Fold entity ``source`` into ``target``: aliases (with ``reason``), roles, links, mentions, quotes."""
    for r in conn.execute("SELECT * FROM entity_aliases WHERE entity_id = ?", (source,)).fetchall():
        conn.execute(
            "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, key, kind, reason, article_id)"
            " VALUES (?,?,?,?,?,?)",
            (target, r["alias"], r["key"], r["kind"], f"{reason} (before: {r['reason']})", r["article_id"]),
        )
    conn.execute("DELETE FROM entity_aliases WHERE entity_id = ?", (source,))
    conn.execute(
        "INSERT INTO entity_roles (entity_id, role, count) SELECT ?, role, count FROM entity_roles"
        " WHERE entity_id = ? ON CONFLICT (entity_id, role) DO UPDATE SET count = count + excluded.count",
        (target, source),
    )
    conn.execute("DELETE FROM entity_roles WHERE entity_id = ?", (source,))
    for table, column in _ID_COLUMNS:
        conn.execute(f"UPDATE OR IGNORE {table} SET {column} = ? WHERE {column} = ?", (target, source))
        conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (source,))
    conn.execute("DELETE FROM entity_links WHERE entity_id = target_id")
    mentions = conn.execute("UPDATE mentions SET entity_id = ? WHERE entity_id = ?", (target, source)).rowcount
    quotes = conn.execute(
        "UPDATE quotes SET speaker_id = ?, speaker_key = ? WHERE speaker_id = ? OR speaker_key = ?",
        (target, target, source, source),
    ).rowcount
    conn.execute("DELETE FROM entities WHERE id = ?", (source,))
    if summary is not None:
        summary.moved_mentions += mentions
        summary.moved_quotes += quotes


def _apply_keep_apart(
    conn: sqlite3.Connection, resolver: Any, entry: KeepApart, summary: ApplySummary, source: str
) -> None:
    member_keys = entry.member_keys()
    for entity_id in _ids_holding(conn, frozenset().union(*member_keys)):
        row = conn.execute("SELECT name, type, key FROM entities WHERE id = ?", (entity_id,)).fetchone()
        held = [r[0] for r in conn.execute(
            "SELECT key FROM entity_aliases WHERE entity_id = ? AND kind = 'name'", (entity_id,))]
        present = entry.members_in([row["key"], *held])
        if len(present) < 2:
            continue
        keeper = next((i for i in sorted(present) if row["key"] in member_keys[i]), min(present))
        for j in sorted(present - {keeper}):
            reason = f"{source}: kept apart from {entry.names[keeper]!r}"
            _split_out(conn, resolver, entity_id, row["type"], entry.names[j], member_keys[j], reason, summary)


def _split_out(
    conn: sqlite3.Connection, resolver: Any, source: str, type_: str, name: str,
    keys: frozenset[str], reason: str, summary: ApplySummary,
) -> None:
    """Move the name ``name`` (keys ``keys``) and what was said of it out of entity ``source``."""
    existing = _ids_holding(conn, keys, besides=source)
    if existing:
        target = existing[0]
    else:
        target = resolver.create(Entity(name=name, type=type_), names.family(type_),
                                 names.entity_key(name, type_), reason=reason)
        summary.split += 1
    for r in conn.execute("SELECT * FROM entity_aliases WHERE entity_id = ?", (source,)).fetchall():
        if r["key"] in keys:
            conn.execute(
                "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, key, kind, reason, article_id)"
                " VALUES (?,?,?,?,?,?)", (target, r["alias"], r["key"], r["kind"], reason, r["article_id"]))
            conn.execute("DELETE FROM entity_aliases WHERE entity_id = ? AND alias = ?", (source, r["alias"]))
    moved_articles = _move_mentions(conn, source, target, type_, keys, summary)
    _follow_short_names(conn, source, target, reason)
    _move_quotes(conn, source, target, type_, keys, moved_articles, summary)


def _move_mentions(
    conn: sqlite3.Connection, source: str, target: str, type_: str, keys: frozenset[str],
    summary: ApplySummary,
) -> set[str]:
    """Mentions of the split name move; in an article where it is the only full name, all do.

    Returns the articles whose every mention moved.
    """
    by_article: dict[str, list[sqlite3.Row]] = {}
    for r in conn.execute("SELECT rowid, article_id, text FROM mentions WHERE entity_id = ?", (source,)):
        by_article.setdefault(r["article_id"], []).append(r)
    person = names.family(type_) == "person"
    whole = set()
    for article_id, rows in by_article.items():
        full = {names.entity_key(r["text"], type_) for r in rows
                if not person or names.person_name(r["text"]).has_first_name}
        if full and full <= keys:
            whole.add(article_id)
        moving = [r["rowid"] for r in rows if article_id in whole or names.entity_key(r["text"], type_) in keys]
        conn.executemany("UPDATE mentions SET entity_id = ? WHERE rowid = ?", [(target, m) for m in moving])
        summary.moved_mentions += len(moving)
    return whole


def _follow_short_names(conn: sqlite3.Connection, source: str, target: str, reason: str) -> None:
    """Surnames alone go where their mentions went; they stay only while a mention is left."""
    for r in conn.execute("SELECT * FROM entity_aliases WHERE entity_id = ? AND kind = 'short'",
                          (source,)).fetchall():
        def used_by(entity_id: str, alias: str = r["alias"]) -> bool:
            return conn.execute("SELECT 1 FROM mentions WHERE entity_id = ? AND text = ? LIMIT 1",
                                (entity_id, alias)).fetchone() is not None

        if used_by(target):
            conn.execute(
                "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, key, kind, reason, article_id)"
                " VALUES (?,?,?,?,?,?)", (target, r["alias"], r["key"], "short", reason, r["article_id"]))
            if not used_by(source):
                conn.execute("DELETE FROM entity_aliases WHERE entity_id = ? AND alias = ?", (source, r["alias"]))


def _move_quotes(
    conn: sqlite3.Connection, source: str, target: str, type_: str, keys: frozenset[str],
    moved_articles: set[str], summary: ApplySummary,
) -> None:
    """Quotes whose speaker is the split name, or whose every source is a moved article, move."""
    from newsgraph.store.quotes_writer import rebuild_about

    for q in conn.execute("SELECT id, speaker FROM quotes WHERE speaker_id = ?", (source,)).fetchall():
        articles = {r[0] for r in conn.execute("SELECT article_id FROM quote_sources WHERE quote_id = ?", (q[0],))}
        by_name = bool(q["speaker"]) and names.entity_key(q["speaker"], type_) in keys
        if by_name or (articles and articles <= moved_articles):
            conn.execute("UPDATE quotes SET speaker_id = ?, speaker_key = ? WHERE id = ?", (target, target, q[0]))
            conn.execute("UPDATE OR IGNORE quote_sketch SET speaker_key = ? WHERE quote_id = ?", (target, q[0]))
            summary.moved_quotes += 1
    for (quote_id,) in conn.execute("SELECT quote_id FROM quote_about WHERE about_id = ?", (source,)).fetchall():
        rebuild_about(conn, quote_id)  # the quote's mentions may now name the new entity
