"""Suggest contradictions between the claims of different parties.

Claims are compared only where they can clash: each point in dispute (who or what was
hit, on purpose or not, lawful or not, who did it, how many died) has an index of the
claims taking each pole, and only claims on opposite poles, from different parties, are
paired. The work is proportional to the claims plus the pairs suggested, never all pairs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from .aspects import (
    COMMON_STEMS,
    STOP,
    AliasTable,
    Features,
    alias_table,
    analyse,
    aspect_scores,
    claim_words,
    words_of,
)
from .aspects.actors import _mentions
from .aspects.features import _stem
from .extraction_pairs import Article, ClaimSignals, Side, shared_point, side, weigh
from .extraction_pairs import load_model as load_extraction_pair_model
from .lexicon import party_alias_words, resolver_for
from .pairing import PairModel
from .pairing import load_model as load_pair_model
from .types import ClaimInput, Lexicon, SuggestedContradiction
from .wordlists import words

SCORE = {
    "victims": 0.8,
    "manner": 0.75,
    "law": 0.8,
    "actor": 0.75,
    "denial": 0.8,
    "numbers": 0.7,
    "place": 0.75,
    "negation": 0.55,
    "generic": 0.5,
    "accounts": 0.45,
}
# Words of a denial that answer any accusation ("denied any involvement").
GENERIC_DENIAL = frozenset(
    _stem(w)
    for w in words(
        "involvement involved role responsibility responsible nothing blame part anything "
        "accusation allegation claim"
    )
)
# What a bare rejection of the other side's numbers calls them ("dismissed the figure").
TOLL_REFERENTS = frozenset(_stem(w) for w in words("figure figures toll tolls"))
# ... or what it names them as ("the reports of civilian deaths", "claims of a second death").
TOLL_TOPICS = frozenset(_stem(w) for w in words("death deaths casualties dead"))
# Words of a bare rejection that name whose account it is, not what the account says ("the
# rebels' version", "the ministry's statement", "the eastern account").
WHOSE_ACCOUNT = frozenset(
    _stem(w)
    for w in words(
        "accusation accusations allegation allegations claim claims account accounts report "
        "reports statement statements figure figures version versions assertion assertions "
        "charge charges toll tolls story narrative suggestion suggestions that those this "
        "latest new official own other same such entire whole earlier initial original "
        "government governments ministry minister ministers group groups side sides rebel "
        "rebels dissident dissidents militia militias separatist separatists army military "
        "police company state regime authorities authority officials official eastern western "
        "northern southern spokesman spokeswoman president junta movement leaders command "
        "navy coast guard forces force troops media television agency incident events event "
        "fabrication fabrications lie lies propaganda pure baseless false absurd nonsense"
    )
)
# The points on which two parties' accounts are paired by the fallback: every point but
# "other" (appeals, talks, investigations), which is no point in dispute.
ACCOUNT_OF = {
    "legality": "whether it was lawful",
    "responsibility": "who did it",
    "intent": "whether it was deliberate",
    "target": "what was hit",
    "casualties": "who was killed or hurt",
    "weapon": "what weapon was used",
}
# What a side's name says of a place: "Bangladeshi waters", "Kosovo's soil", "into
# Cambodia", "our territory".
PLACE_NOUNS = frozenset(
    words("waters territory territorial airspace soil side land lands shore coast bank")
)
INTO_WORDS = frozenset(words("into inside within"))
SELF_POSSESSIVES = frozenset(words("its our their"))
# Points a claim may also count under. Not who did it: nearly every account of an act
# names who acted, and as a second point it paired wrongly six times in ten on tune.
SECOND_POINTS = frozenset(ACCOUNT_OF) - {"responsibility"}
# The least weight of words for a second point in dispute (what classify_aspect needs
# for a first one).
SECOND_POINT_MIN = 1.5
_VICTIMS = {
    "civilian": "civilians or civilian sites were hit",
    "military": "the target was military",
}
_MANNER = {"deliberate": "it was deliberate", "precise": "it was precise or accidental"}
_LAW = {"unlawful": "it broke the law", "lawful": "it was lawful"}


class Hit(NamedTuple):
    """One rule pairing two claims: its score, its reason in words, and which rule."""

    score: float
    reason: str
    kind: str


@dataclass
class _Claim:
    inp: ClaimInput
    f: Features
    order: int
    # Whose territory, waters or side the claim puts the event in, if it names one side.
    place: str | None = None


def aliases_for(parties: Iterable[str], lexicon: Lexicon | None) -> dict[str, set[str]]:
    if lexicon is not None:
        resolver = resolver_for(lexicon)
        out = {p: set(a) for p, a in resolver.party_aliases.items()}
        for p in parties:
            out.setdefault(p, {p})
        return out
    return party_alias_words(parties)


def _table_for(parties: tuple[str, ...], lexicon: Lexicon | None) -> AliasTable:
    if lexicon is not None:
        # Built once per lexicon (a big one takes milliseconds), not once per set of
        # parties: the lexicon's aliases cover the parties it resolved claims to.
        known = resolver_for(lexicon).party_aliases
        parties = tuple(p for p in parties if p not in known)
    return _cached_table(parties, lexicon)


@lru_cache(maxsize=64)
def _cached_table(parties: tuple[str, ...], lexicon: Lexicon | None) -> AliasTable:
    return alias_table(aliases_for(parties, lexicon))


@lru_cache(maxsize=64)
def _alias_stems(aliases: AliasTable) -> frozenset[str]:
    return frozenset(_stem(w) for key in aliases.table for w in key)


class Suggestions(NamedTuple):
    """The suggester's answer: the pairs, best first, and what each bare rejection
    answers (rejection id -> the ids of the claims it rejects, nearest first)."""

    contradictions: tuple[SuggestedContradiction, ...]
    rejected: Mapping[str, Sequence[str]]


def suggest_contradictions(
    claims: Sequence[ClaimInput],
    *,
    lexicon: Lexicon | None = None,
    learned: bool = True,
) -> tuple[SuggestedContradiction, ...]:
    """Pairs of claims by different parties that look contradictory, best first.

    ``lexicon`` (optional) lets the suggester recognise parties named in claim texts
    ("Russian troops blew up the dam") by their aliases; without it, party names and
    built-in country names are used. A bare rejection ("rejected the accusation")
    answers the claims told just before it in its article, for claims whose ``start``
    is known. With ``learned`` (the default, once ``pairing.json`` is trained), the
    learned check of :mod:`.pairing` keeps the pairs an annotator would list, scored by
    its probability; without it, the rules' pairs and scores.
    """
    return suggest(claims, lexicon=lexicon, learned=learned).contradictions


def suggest(
    claims: Sequence[ClaimInput],
    *,
    lexicon: Lexicon | None = None,
    learned: bool = True,
    signals: Mapping[str, ClaimSignals] | None = None,
) -> Suggestions:
    """:func:`suggest_contradictions`, with what each bare rejection was found to answer.

    With ``signals`` (what the extraction read of each claim: see
    :mod:`.extraction_pairs`), the learned pairing of an extraction's own claims weighs
    every two parties' claims instead, when it is trained.
    """
    return suggest_many([(claims, signals)], lexicon=lexicon, learned=learned)[0]


def suggest_many(
    articles: Sequence[tuple[Sequence[ClaimInput], Mapping[str, ClaimSignals] | None]],
    *,
    lexicon: Lexicon | None = None,
    learned: bool = True,
) -> list[Suggestions]:
    """:func:`suggest` for each of many articles' claims (and signals, or None), the
    learned pairing of the extractions run over all of them at once."""
    found: list[tuple[list[SuggestedContradiction], Mapping[str, Sequence[str]]]] = []
    weighed: list[int] = []
    batch: list[Article] = []
    fresh = load_extraction_pair_model() if any(s is not None for _, s in articles) else None
    for k, (claims, signals) in enumerate(articles):
        items, rejected, out = _rule_pass(claims, lexicon)
        if signals is not None and fresh is not None:
            weighed.append(k)
            batch.append(_article(items, out, rejected, signals, len(claims)))
        elif learned:
            model = load_pair_model()
            if model is not None:
                out = _checked(claims, out, model)
        found.append((out, rejected))
    if batch and fresh is not None:
        for k, art, kept in zip(weighed, batch, weigh(batch, fresh), strict=True):
            found[k] = (_weighed(art, found[k][0], kept), found[k][1])
    results: list[Suggestions] = []
    for pairs, answers in found:
        pairs.sort(key=lambda s: (-s.score, s.a, s.b))
        results.append(Suggestions(tuple(pairs), answers))
    return results


def rule_view(
    claims: Sequence[ClaimInput], lexicon: Lexicon | None, signals: Mapping[str, ClaimSignals]
) -> Article:
    """What the learned pairing of an extraction weighs (for its training): the parties'
    claims as it sees them, the rules' score of each pair they found, the rejections."""
    items, rejected, out = _rule_pass(claims, lexicon)
    return _article(items, out, rejected, signals, len(claims))


def _rule_pass(
    claims: Sequence[ClaimInput], lexicon: Lexicon | None
) -> tuple[list[_Claim], Mapping[str, Sequence[str]], list[SuggestedContradiction]]:
    """The parties' claims as the rules read them, what each bare rejection answers, and
    the rules' pairs, each scored by its best rule (and a little for each other rule that
    agrees), with their reasons in words."""
    items, parties = _items(claims, lexicon)
    rejected = _rejected_accounts(items)
    out: list[SuggestedContradiction] = []
    for (x, y), hits in _rule_hits(items, parties, rejected).items():
        hits.sort(reverse=True)
        score = hits[0].score + 0.05 * (len(hits) - 1)
        reasons: list[str] = []
        for hit in hits:
            parts = [p for p in hit.reason.split("; ") if p not in reasons]
            reasons.extend(parts)
        out.append(SuggestedContradiction(x, y, round(min(score, 1.0), 3), "; ".join(reasons)))
    return items, rejected, out


def _article(
    items: Sequence[_Claim],
    found: Sequence[SuggestedContradiction],
    rejected: Mapping[str, Sequence[str]],
    signals: Mapping[str, ClaimSignals],
    n: int,
) -> Article:
    sides = [side(it.inp, it.f, it.order, signals[it.inp.id]) for it in items]
    return Article(sides, {frozenset((s.a, s.b)): s.score for s in found}, rejected, n)


def _weighed(
    article: Article,
    found: Sequence[SuggestedContradiction],
    kept: Sequence[tuple[Side, Side, float]],
) -> list[SuggestedContradiction]:
    """The pairs the learned pairing of an extraction kept (see :func:`_scored`), a pair
    the rules left out on the point both claims most likely speak to."""
    rules = {frozenset((s.a, s.b)): s for s in found}
    return [_scored(rules, a.claim, b.claim, shared_point(a, b), p) for a, b, p in kept]


def _checked(
    claims: Sequence[ClaimInput], found: Sequence[SuggestedContradiction], model: PairModel
) -> list[SuggestedContradiction]:
    """The pairs the learned check keeps (see :mod:`.pairing` and :func:`_scored`)."""
    rules = {frozenset((s.a, s.b)): s for s in found}
    named = [c for c in claims if c.party]
    scores = {k: s.score for k, s in rules.items()}
    return [_scored(rules, a, b, a.aspect, p) for a, b, p in model.rescore(named, scores)]


def _scored(
    rules: Mapping[frozenset[str], SuggestedContradiction],
    a: ClaimInput,
    b: ClaimInput,
    point: str,
    p: float,
) -> SuggestedContradiction:
    """A pair a learned model kept, scored by its probability, with the rules' reason, or
    for a pair the rules left out, that the two give different accounts of ``point``."""
    rule = rules.get(frozenset((a.id, b.id)))
    if rule is not None:
        return SuggestedContradiction(rule.a, rule.b, round(p, 3), rule.reason)
    account = ACCOUNT_OF.get(point, "the event")
    reason = f"{a.party} and {b.party} give different accounts of {account}"
    return SuggestedContradiction(a.id, b.id, round(p, 3), reason)


def _items(
    claims: Sequence[ClaimInput], lexicon: Lexicon | None
) -> tuple[list[_Claim], tuple[str, ...]]:
    """The claims of named parties, each with the features the rules compare."""
    parties = tuple(sorted({c.party for c in claims if c.party}))
    aliases = _table_for(parties, lexicon)
    # Party names are shared by claims that disagree; they are no evidence of a topic.
    alias_stems = _alias_stems(aliases)
    items: list[_Claim] = []
    for k, inp in enumerate(claims):
        if not inp.party:
            continue
        f = analyse(
            inp.text,
            party=inp.party,
            aliases=aliases,
            aspect=inp.aspect,
            polarity=inp.polarity,
            ignore=alias_stems,
        )
        items.append(_Claim(inp, f, k, None if f.appeal else _place_owner(inp, aliases)))
    return items, parties


def _rule_hits(
    items: Sequence[_Claim],
    parties: Sequence[str],
    rejected: Mapping[str, Sequence[str]],
) -> dict[tuple[str, str], list[Hit]]:
    """Every rule that pairs two claims, keyed by the pair's ids in claim order."""
    found: dict[tuple[str, str], list[Hit]] = defaultdict(list)

    def add(a: _Claim, b: _Claim, kind: str, reason: str, weight: float = 1.0) -> None:
        if a.inp.party == b.inp.party or a.inp.id == b.inp.id:
            return
        x, y = (a, b) if a.order < b.order else (b, a)
        found[(x.inp.id, y.inp.id)].append(Hit(SCORE[kind] * weight, reason, kind))

    # Poles: index claims by the pole they take on each point, pair opposite poles.
    for dim, labels in (("victims", _VICTIMS), ("manner", _MANNER), ("law", _LAW)):
        index: dict[str, list[_Claim]] = defaultdict(list)
        for c in items:
            pole = getattr(c.f, dim)
            if pole:
                index[pole].append(c)
        poles = list(labels)
        by_party_a = _by_party(index[poles[0]])
        for b in index[poles[1]]:
            for party, group in by_party_a.items():
                if party == b.inp.party:
                    continue
                for a in _against(group, b):
                    add(
                        a,
                        b,
                        dim,
                        f"{_who(a)} says {labels[poles[0]]}; {_who(b)} says {labels[poles[1]]}",
                    )

    # Who did it: P says Q acted, while Q says someone else did, denies acting, or says
    # its own action was lawful or precise.
    blames: dict[str, list[_Claim]] = defaultdict(list)  # actor -> claims blaming it
    self_denials: dict[str, list[_Claim]] = defaultdict(list)
    justifications: dict[str, list[_Claim]] = defaultdict(list)
    blaming_others: dict[str, list[_Claim]] = defaultdict(list)  # party -> its blame claims
    # Without a named actor, a claim that civilians were hit, on purpose or unlawfully
    # blames the speaker's opponent when there is only one ("the militia is deliberately
    # targeting medical staff"): it is answered by that opponent's denials.
    implied: dict[str, list[_Claim]] = defaultdict(list)
    for c in items:
        f = c.f
        party = c.inp.party or ""
        if f.appeal:
            continue
        if f.actor and f.harm and f.polarity == "assert" and f.actor != party:
            blames[f.actor].append(c)
            blaming_others[party].append(c)
        elif c.inp.polarity == "deny" and (
            f.actor_is_self
            or (f.actor is None and (f.aspect == "responsibility" or (f.harm and _acts(f))))
            or (f.actor is None and f.harm and f.aspect == "other" and not f.casualties)
        ):
            self_denials[party].append(c)
        elif not f.actor_is_self and (
            f.victims == "civilian" or f.manner == "deliberate" or f.law == "unlawful"
        ):
            others = [p for p in parties if p != party]
            if len(others) == 1:
                implied[others[0]].append(c)
        if (
            c.inp.polarity == "assert"
            and (f.law == "lawful" or f.manner == "precise" or f.victims == "military" or f.alibi)
            and (f.actor is None or f.actor_is_self or f.alibi)
        ):
            justifications[party].append(c)
    for accused, accusations in implied.items():
        for b in justifications.get(accused, []):
            if b.f.alibi:
                for a in _against(accusations, b):
                    add(a, b, "actor", f"{_who(a)} blames {accused}; {_excuse(b, accused)}", 0.8)
        for b in self_denials.get(accused, []):
            for a in _against(accusations, b):
                if _denies_any_part(b, a) or _same_act(a.f, b.f):
                    add(a, b, "denial", f"{_who(a)} blames {accused}, which denies it", 0.9)
    for accused, accusations in blames.items():
        for b in blaming_others.get(accused, []):
            if b.f.actor == accused:
                continue
            for a in _against(accusations, b):
                # Each side blaming the other for the same act, not for two different ones
                # ("Serbia organised the attack" / "four Serbs were killed by Kosovo police").
                if _same_act(a.f, b.f) or not (a.f.casualties or b.f.casualties):
                    add(a, b, "actor", f"{_who(a)} blames {accused}; {_who(b)} blames {b.f.actor}")
        for b in self_denials.get(accused, []):
            for a in _against(accusations, b):
                # A denial answers an accusation when it is about the same act: shared
                # words beyond the domain's common ones, both about who did it, or the
                # denial is about who did it ("the shelling was not carried out by our
                # troops" answers "a shell fired by Myanmar's army ... killing two").
                if _denies_any_part(b, a) or _same_act(a.f, b.f) or b.f.aspect == "responsibility":
                    add(a, b, "denial", f"{_who(a)} blames {accused}, which denies it")
        for b in justifications.get(accused, []):
            for a in _against(accusations, b):
                add(a, b, "actor", f"{_who(a)} blames {accused}; {_excuse(b, accused)}", 0.9)

    # Where: the two sides put the event in different sides' territory or waters ("the
    # boats were fishing inside Bangladeshi waters" / "boats that had crossed into
    # Myanmar's waters"): indexed by the side named, only claims naming different sides
    # are compared.
    by_place: dict[str, list[_Claim]] = defaultdict(list)
    for c in items:
        if c.place:
            by_place[c.place].append(c)
    places = sorted(by_place)
    for k, here in enumerate(places):
        for there in places[k + 1 :]:
            for b in by_place[there]:
                for a in _against(by_place[here], b):
                    add(
                        a,
                        b,
                        "place",
                        f"{_who(a)} puts it in {here}'s territory; {_who(b)} in {there}'s",
                    )

    # Numbers: the same kind of toll, for the same side, told differently.
    tolls: dict[tuple[str, str], list[tuple[_Claim, int, str | None]]] = defaultdict(list)
    for c in items:
        for cas in c.f.casualties:
            tolls[(cas.harm, cas.victims)].append((c, cas.value, cas.side))
    for (harm, victims), rows in tolls.items():
        if len({r[0].inp.party for r in rows}) < 2:
            continue
        for k, (a, va, sa) in enumerate(rows):
            for b, vb, sb in rows[k + 1 :]:
                if not _compare(a, b) or (sa and sb and sa != sb):
                    continue
                if _differ(va, vb):
                    add(
                        a,
                        b,
                        "numbers",
                        f"{_who(a)} says {va} {victims} {harm}; {_who(b)} says {vb}",
                    )

    # Denials of what the other side asserts: found through the words they share (an
    # inverted index from word to denials), on the same point or in so many words.
    postings: dict[str, list[_Claim]] = defaultdict(list)
    for c in items:
        if c.inp.polarity == "deny" and not c.f.generic:
            for s in c.f.stems:
                postings[s].append(c)
    if postings:
        by_id_all = {c.inp.id: c for c in items}
        for a in items:
            if a.inp.polarity != "assert":
                continue
            shared: dict[str, int] = defaultdict(int)
            for s in a.f.stems:
                for d in postings.get(s, ()):
                    if _compare(a, d):
                        shared[d.inp.id] += 1
            for did, n in shared.items():
                d = by_id_all[did]
                short = len(d.f.stems) <= 3 and bool((d.f.stems & a.f.stems) - COMMON_STEMS)
                same_point = d.f.aspect == a.f.aspect
                if (same_point and n >= 2) or (short and n >= 1) or n >= 3:
                    overlap = n / max(1, min(len(a.f.stems), len(d.f.stems)))
                    add(
                        a,
                        d,
                        "negation",
                        f"{_who(d)} denies what {_who(a)} asserts",
                        weight=min(1.3, 0.9 + overlap),
                    )

    # Bare rejections, paired with the claims they answer ("rejected the accusation").
    by_id = {c.inp.id: c for c in items}
    for denial_id, targets in rejected.items():
        denial = by_id.get(denial_id)
        if denial is None:
            continue
        for t in targets:
            target = by_id.get(t)
            if target is not None:
                add(
                    target,
                    denial,
                    "generic",
                    f"{_who(denial)} rejects {_who(target, possessive=True)} account",
                )

    # Fallback: two parties' accounts of the same point in dispute that no rule above
    # paired (a claim counts under its point and under any other its words weigh at
    # least half as much, so that a point misjudged by a hair still meets its answer).
    # The two sides of one row of the side-by-side page differ more often than not
    # (three times in four on tune), but nothing in the words says how, so a lower
    # score and a reason that says only that the accounts differ. Two tolls that agree
    # are not paired, nor two sides' counts of their own losses.
    by_aspect: dict[str, list[_Claim]] = defaultdict(list)
    for c in items:
        if c.f.aspect in ACCOUNT_OF and not (c.f.appeal or c.f.generic):
            for aspect in _points_of(c):
                by_aspect[aspect].append(c)
    for aspect, group in by_aspect.items():
        groups = sorted(_by_party(group).items(), key=lambda kv: kv[0] or "")
        for k, (_p, side_a) in enumerate(groups):
            for _q, side_b in groups[k + 1 :]:
                for b in side_b:
                    for a in _against(side_a, b):
                        if (a.inp.id, b.inp.id) in found or (b.inp.id, a.inp.id) in found:
                            continue
                        if _accuses(a) and _accuses(b) and not _mutual(a, b):
                            # Counter-accusations of third sides or of different acts.
                            continue
                        if _same_tolls(a.f, b.f) or _tolls_apart(a.f, b.f):
                            continue
                        add(
                            a,
                            b,
                            "accounts",
                            f"{_who(a)} and {_who(b)} give different accounts of "
                            f"{ACCOUNT_OF[aspect]}",
                        )

    return found


def _place_owner(inp: ClaimInput, aliases: AliasTable) -> str | None:
    """The one side whose territory, waters or side of a line the claim puts the event in:
    "inside Bangladeshi waters", "on Kosovo's own soil", "crossed into Cambodia", "on our
    territory" (the speaker's side). None when it names no side, or more than one."""
    ws = claim_words(inp.text)
    if PLACE_NOUNS.isdisjoint(ws) and INTO_WORDS.isdisjoint(ws):
        return None  # (no place named, nor an entry into one)

    def place_after(k: int) -> bool:  # "waters", "own waters"
        if k < len(ws) and ws[k] == "own":
            k += 1
        return k < len(ws) and ws[k] in PLACE_NOUNS

    owners: set[str] = set()
    for start, end, party in _mentions(ws, aliases):
        if place_after(end) or (start and ws[start - 1] in INTO_WORDS):
            owners.add(party)
    if inp.party and any(w in SELF_POSSESSIVES and place_after(k + 1) for k, w in enumerate(ws)):
        owners.add(inp.party)
    return owners.pop() if len(owners) == 1 else None


def _points_of(c: _Claim) -> list[str]:
    """The claim's point in dispute, then any other its words weigh at least half as
    strongly ("troops killed nine fishermen": who was killed, and who they were)."""
    scores = aspect_scores(c.inp.text)
    top = max(scores.values())
    return [c.f.aspect] + [
        a
        for a, v in scores.items()
        if a != c.f.aspect and a in SECOND_POINTS and v >= SECOND_POINT_MIN and 2 * v >= top
    ]


def _rejected_accounts(items: Sequence[_Claim]) -> dict[str, list[str]]:
    """What each bare rejection ("rejected the accusation", "dismissed that account")
    answers, for claims whose place in their article is known.

    It answers the other side's claims told just before it: walking back through the
    article from the rejection, the run of the other parties' claims that ends at the
    rejecting party's previous claim (its own claims right before the rejection are
    skipped). The run includes the other side's denials ("dismissed Naypyitaw's version"
    after Naypyitaw denied firing the shell). "The figure", "the toll" or "the reports of
    deaths" answers only death tolls; "the smuggling allegation" only the claims that
    speak of smuggling, when any does. Other bare rejections answer nothing here. Each
    article's claims are sorted once, and each rejection looks back only over its run.
    """
    by_article: dict[str, list[_Claim]] = defaultdict(list)
    for c in items:
        if c.inp.start >= 0:
            by_article[c.inp.article].append(c)
    out: dict[str, list[str]] = {}
    for group in by_article.values():
        group.sort(key=lambda c: c.inp.start)
        for k, rejection in enumerate(group):
            if not (rejection.f.generic and rejection.inp.polarity == "deny"):
                continue
            topic = _named_topic(rejection)
            tolls_only = bool(rejection.f.stems & TOLL_REFERENTS or topic & TOLL_TOPICS)
            run: list[_Claim] = []
            for c in reversed(group[:k]):
                if c.inp.party == rejection.inp.party:
                    if run:
                        break
                    continue
                if c.f.generic:
                    continue
                if tolls_only and not c.f.casualties:
                    continue
                run.append(c)
            if topic:
                # "rejected the smuggling allegation": only the claims that speak of it,
                # when any of the run does.
                run = [c for c in run if c.f.stems & topic] or run
            if run:
                out[rejection.inp.id] = [c.inp.id for c in run]
    return out


def _named_topic(rejection: _Claim) -> frozenset[str]:
    """What a bare rejection says the rejected account was about ("the smuggling
    allegation", "the accusation of blast fishing"): the stems of its words before "as"
    that name neither the account nor whose it is (nor a party: the claim's stems leave
    out party names)."""
    ws = words_of(rejection.inp.text)
    if "as" in ws[1:]:
        ws = ws[: ws.index("as", 1)]
    named = {_stem(w.removesuffix("'s").removesuffix("'")) for w in ws if w not in STOP}
    return frozenset(named & rejection.f.stems) - WHOSE_ACCOUNT


def _compare(a: _Claim, b: _Claim) -> bool:
    """One look at a candidate pair: whether it is two different parties' claims. Every
    pairwise comparison the suggester makes goes through here (the tests count them)."""
    return a.inp.party != b.inp.party and a.inp.id != b.inp.id


def _against(group: Iterable[_Claim], b: _Claim) -> Iterator[_Claim]:
    return (a for a in group if _compare(a, b))


def _excuse(b: _Claim, side: str) -> str:
    if b.f.alibi:
        return f"{side} says someone or something else did it"
    if b.f.law == "lawful":
        return f"{side} says its action was lawful"
    if b.f.manner == "precise":
        return f"{side} says its action was precise"
    return f"{side} says the target was military"


def _denies_any_part(denial: _Claim, accusation: _Claim) -> bool:
    """Whether a denial in general words ("any role", "nothing to do with it") answers an
    accusation: only a denial of who did it, not of a detail ("denied that any aircraft
    had been involved" is about the weapon), and only an accusation of who did it or on
    the denial's own point (such pairs across points were right one time in four on
    tune)."""
    return (
        bool(denial.f.stems & GENERIC_DENIAL)
        and denial.f.aspect in ("responsibility", "other")
        and accusation.f.aspect in (denial.f.aspect, "responsibility")
    )


def _same_act(a: Features, b: Features) -> bool:
    """Whether a denial answers an accusation: shared words beyond the domain's common
    ones, or both about who did what."""
    if (a.stems & b.stems) - COMMON_STEMS:
        return True
    return a.aspect == b.aspect == "responsibility"


def _accuses(c: _Claim) -> bool:
    """Whether a claim blames another party: by name, or (no actor named) by saying
    civilians were hit, deliberately or unlawfully."""
    f = c.f
    if f.polarity != "assert" or f.actor_is_self:
        return False
    if f.actor is not None:
        return f.actor != c.inp.party
    return f.victims == "civilian" or f.manner == "deliberate" or f.law == "unlawful"


def _mutual(a: _Claim, b: _Claim) -> bool:
    """Whether two accusations on one point blame each other's side ("the army broke the
    truce" / "the rebels broke the truce"): each names the other's party as the actor, or
    one does and the other, naming no actor, shares its words (blame by implication for
    another act, "the army shelled the market", is left alone)."""
    if a.f.actor == b.inp.party and b.f.actor == a.inp.party:
        return True
    if not (a.f.actor == b.inp.party or b.f.actor == a.inp.party):
        return False
    if a.f.actor not in (None, b.inp.party) or b.f.actor not in (None, a.inp.party):
        return False
    return bool((a.f.stems & b.f.stems) - COMMON_STEMS)


def _acts(f: Features) -> bool:
    """Whether a claim is about an act (who did what to whom), not a toll or a talk."""
    return f.aspect in ("responsibility", "target", "intent", "weapon", "legality")


def _by_party(group: list[_Claim]) -> dict[str | None, list[_Claim]]:
    out: dict[str | None, list[_Claim]] = defaultdict(list)
    for c in group:
        out[c.inp.party].append(c)
    return out


def _who(c: _Claim, *, possessive: bool = False) -> str:
    name = c.inp.party or "a third party"
    return f"{name}'s" if possessive else name


def _same_tolls(a: Features, b: Features) -> bool:
    """Whether two claims give the same numbers for every toll they both count."""
    if not (a.casualties and b.casualties):
        return False
    told = {(c.harm, c.victims): c.value for c in a.casualties}
    shared = [(c, told[(c.harm, c.victims)]) for c in b.casualties if (c.harm, c.victims) in told]
    return bool(shared) and all(not _differ(c.value, v) for c, v in shared)


def _tolls_apart(a: Features, b: Features) -> bool:
    """Whether two claims count the dead or hurt of different sides only."""
    sides_a = {c.side for c in a.casualties if c.side}
    sides_b = {c.side for c in b.casualties if c.side}
    return bool(sides_a and sides_b) and not sides_a & sides_b


def _differ(a: int, b: int) -> bool:
    lo, hi = sorted((a, b))
    return hi - lo >= 2 and hi > lo * 1.2 or (lo == 0) != (hi == 0)
