"""Plain, frozen data types shared by the pipeline, the scorer and the Django app.

Nothing here imports spaCy, so the app can build a :class:`Lexicon` or a
:class:`ClaimInput` without loading a model.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

ASPECTS: tuple[str, ...] = (
    "casualties",
    "target",
    "responsibility",
    "legality",
    "intent",
    "weapon",
    "other",
)
POLARITIES: tuple[str, ...] = ("assert", "deny")


@dataclass(frozen=True)
class PartySpec:
    """A side of the dispute, recognised through its name and aliases (demonyms, capital...)."""

    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class SourceSpec:
    """A known speaker (person, body) and the party it speaks for; ``party=None`` means none."""

    name: str
    aliases: tuple[str, ...] = ()
    party: str | None = None


@dataclass(frozen=True)
class Lexicon:
    parties: tuple[PartySpec, ...]
    sources: tuple[SourceSpec, ...] = ()

    def party_names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.parties)

    # A lexicon keys per-lexicon caches (the party resolver, the names headlines keep)
    # looked up for every document: hash its names once, not on every lookup (a lexicon
    # built from the whole database has hundreds).
    def __hash__(self) -> int:
        return self._hash

    @cached_property
    def _hash(self) -> int:
        return hash((self.parties, self.sources))

    def __getstate__(self) -> dict[str, Any]:
        # str hashes differ between processes: a pickled lexicon recomputes its hash.
        return {k: v for k, v in vars(self).items() if k != "_hash"}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Lexicon:
        """Build a lexicon from its JSON form; raise ``ValueError`` saying what is wrong."""
        if not isinstance(data, Mapping):
            raise ValueError(f"lexicon must be a JSON object, not {type(data).__name__}")
        unknown = set(data) - {"parties", "sources"}
        if unknown:
            raise ValueError(f"lexicon has unknown keys: {', '.join(sorted(map(str, unknown)))}")
        raw_parties = data.get("parties")
        if not isinstance(raw_parties, list) or not raw_parties:
            raise ValueError("lexicon needs a non-empty list under 'parties'")
        parties: list[PartySpec] = []
        for i, item in enumerate(raw_parties):
            where = f"parties[{i}]"
            name, aliases = _name_and_aliases(item, where, allowed={"name", "aliases"})
            parties.append(PartySpec(name=name, aliases=aliases))
        names = [p.name for p in parties]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"lexicon names a party more than once: {', '.join(dupes)}")
        raw_sources = data.get("sources", [])
        if raw_sources is None:
            raw_sources = []
        if not isinstance(raw_sources, list):
            raise ValueError("lexicon 'sources' must be a list")
        sources: list[SourceSpec] = []
        for i, item in enumerate(raw_sources):
            where = f"sources[{i}]"
            name, aliases = _name_and_aliases(item, where, allowed={"name", "aliases", "party"})
            party = item.get("party")
            if party is not None and not isinstance(party, str):
                raise ValueError(f"{where}.party must be a party name or null")
            if party is not None and party not in names:
                raise ValueError(
                    f"{where}.party is {party!r}, which is not one of the parties "
                    f"({', '.join(names)})"
                )
            sources.append(SourceSpec(name=name, aliases=aliases, party=party))
        return cls(parties=tuple(parties), sources=tuple(sources))

    def to_json(self) -> dict[str, Any]:
        return {
            "parties": [{"name": p.name, "aliases": list(p.aliases)} for p in self.parties],
            "sources": [
                {"name": s.name, "aliases": list(s.aliases), "party": s.party} for s in self.sources
            ],
        }


def _name_and_aliases(item: Any, where: str, *, allowed: set[str]) -> tuple[str, tuple[str, ...]]:
    if not isinstance(item, Mapping):
        raise ValueError(f"{where} must be an object with a 'name'")
    extra = set(item) - allowed
    if extra:
        raise ValueError(f"{where} has unknown keys: {', '.join(sorted(map(str, extra)))}")
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"{where}.name must be a non-empty string")
    aliases = item.get("aliases", [])
    if aliases is None:
        aliases = []
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise ValueError(f"{where}.aliases must be a list of non-empty strings")
    return name.strip(), tuple(a.strip() for a in aliases)


@dataclass(frozen=True, slots=True)
class ExtractedClaim:
    id: str
    party: str | None
    source: str
    source_start: int
    source_end: int
    cue: str
    text: str
    start: int
    end: int
    aspect: str
    polarity: str
    confidence: float
    cue_start: int
    cue_end: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "party": self.party,
            "source": self.source,
            "source_start": self.source_start,
            "source_end": self.source_end,
            "cue": self.cue,
            "cue_start": self.cue_start,
            "cue_end": self.cue_end,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "aspect": self.aspect,
            "polarity": self.polarity,
            "confidence": self.confidence,
        }

    def as_input(self) -> ClaimInput:
        return ClaimInput(
            id=self.id,
            party=self.party,
            text=self.text,
            aspect=self.aspect,
            polarity=self.polarity,
            start=self.start,
        )


@dataclass(frozen=True)
class SuggestedContradiction:
    a: str
    b: str
    score: float
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"a": self.a, "b": self.b, "score": self.score, "reason": self.reason}


@dataclass(frozen=True)
class Extraction:
    claims: tuple[ExtractedClaim, ...] = ()
    contradictions: tuple[SuggestedContradiction, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "claims": [c.to_dict() for c in self.claims],
            "contradictions": [c.to_dict() for c in self.contradictions],
        }


@dataclass(frozen=True, slots=True)
class ClaimInput:
    """What the suggester needs of a saved claim (the app builds these from its models)."""

    id: str
    party: str | None
    text: str
    aspect: str
    polarity: str
    # Where the claim's words are, when known: claims of one article compared by `start`
    # let a bare rejection ("rejected the accusation") find the account it answers.
    article: str = ""
    start: int = -1
