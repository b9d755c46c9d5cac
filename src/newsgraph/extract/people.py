"""People's names: short names ("Xi", "Putin") resolved to the full names seen in the text."""

from __future__ import annotations

from newsgraph.extract.entity_names import Candidate, fold, name_parts


class PeopleResolver:
    """Maps the short names of people ("Xi", "Putin") to the full names seen in the text."""

    def __init__(self, candidates: list[Candidate]) -> None:
        full = [c for c in candidates if c.label == "PERSON" and len(name_parts(c.text)) > 1]
        full.sort(key=lambda c: -len(name_parts(c.text)))
        self.full_names: list[str] = []  # canonical full names
        self.first_seen: dict[str, int] = {}
        for cand in full:
            name = self._merge(" ".join(name_parts(cand.text)))
            self.first_seen[name] = min(self.first_seen.get(name, cand.start), cand.start)
        self.by_last: dict[str, list[str]] = {}
        self.by_first: dict[str, list[str]] = {}
        for name in self.full_names:
            parts = name.split()
            self.by_last.setdefault(parts[-1].casefold(), []).append(name)
            self.by_first.setdefault(parts[0].casefold(), []).append(name)
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

    def is_person_name(self, text: str) -> bool:
        """A name seen as a person, a surname, or the first word of "Wang Yi"."""
        parts = text.split()
        if fold(text) in self.known:
            return True
        if len(parts) != 1:
            return False
        word = parts[0].casefold()
        return word in self.by_last or (word in self.by_first and parts[0][:1].isupper())

    def resolve(self, text: str, offset: int) -> str:
        """The full name a person mention stands for; itself when none fits."""
        parts = name_parts(text)
        if not parts:
            return text
        if len(parts) > 1:
            return self._merge_lookup(" ".join(parts))
        word = parts[0].casefold()
        options = self.by_last.get(word) or self.by_first.get(word) or []
        if not options:
            return parts[0]
        # Two people sharing a surname: the one introduced first. News style names the other in
        # full ('his wife, Lolita Grayson'); on PolNeAR train the latest-named rule gave 'Grayson'
        # to the wife, 'Bush' to Laura, 'Sanders' to Jane, 'Manafort' to a brother.
        before = [n for n in options if self.first_seen.get(n, 0) <= offset]
        return min(before or options, key=lambda n: self.first_seen.get(n, 0))

    def _merge_lookup(self, name: str) -> str:
        parts = name.split()
        for known in self.full_names:
            kp = known.split()
            if kp[-1] == parts[-1] and (kp[0] == parts[0] or set(parts) <= set(kp)):
                return known
        return name
