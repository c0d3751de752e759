"""The per-text scan: everything the tables and rules find in one claim text, once.

`_scan` (cached per text) walks the claim's words once through all tables (`_ALL`) and
returns a `_Scan`; `_term_scores` weighs the table terms per point in dispute. Its prefilter:
`_NEEDS` lists the words without which each rule cannot hold, and `_scan` tries only the
rules whose words the claim has (`_RULE_WORDS`, `_RULES_OF_WORD`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from .blame import (
    _AGENTS,
    _BY_VERBS,
    _CAUSE_FIRSTS,
    _CULPRITS,
    _FAULTS,
    _HELD_VERBS,
    _NOT_DONE,
    _PERCEIVED,
    _SUSPECTS,
    _WEAPON_SUBJECTS,
    _agent_act,
    _device_origin,
    _done_by_agent,
    _fired_from,
    _force_witnessed,
    _nobody_did,
    _other_culprit,
    _party_subject,
    _suspects_held,
    _weapon_subject,
)
from .casualties import (
    _BURNED,
    _HARMED_WHEN,
    _HELD_PASSIVE,
    _casualty_numbers,
    _count_corrected,
    _harmed_passive,
    _nobody_harmed,
    _people_counted_held,
    _victims_counted,
)
from .commentary import (
    _FUTURE,
    _TIMING_WORDS,
    _attitude,
    _both_sides,
    _characterised_at,
    _generic,
    _timing,
    is_appeal,
)
from .law import (
    _BELONG,
    _BREAK_VERBS,
    _DISTANCE_ACROSS,
    _DISTANCE_ACROSS_NEEDS,
    _ENTRY,
    _ENTRY_NEEDS,
    _INSIDE_PLACE,
    _INSIDE_PLACE_NEEDS,
    _LIE_VERBS,
    _STAY_VERBS,
    _UNLAWFUL_WORDS,
    _WAYS,
    _ground_belongs,
    _off_the_line,
    _pact_broken,
    _people_held,
    _stayed_on_ground,
)
from .poles import _LAW, _MANNER, _MILITARY_PHRASES, _STATUS, _negated_words, _pole, _victim_scores
from .tables import (
    _ASPECTS,
    _HARM,
    _HOLD,
    _PEOPLE,
    _PRIORITY,
    GENERIC_REFERENTS,
    TermMatcher,
    _found,
    words_of,
)
from .targets import (
    _CARGO,
    _CONVERT,
    _DAMAGED,
    _HABIT_AUX,
    _LOADS,
    _ONLY,
    _aim_kept,
    _carrier_hit,
    _deprived,
    _only_at_class,
    _policy_on_targets,
    _put_to_use,
    _things_counted_damaged,
)
from .victims import (
    _AFTERMATH,
    _ARMED_GROUP,
    _ARMS_BORNE,
    _CONVICTIONS,
    _DEFENCELESS,
    _RECORD_WORDS,
    _VICTIM_HEADS,
    _class_not_targeted,
    _clean_record,
    _defenceless_victims,
    _doing_when,
    _fighters_present,
    _fired_on_armed,
    _human_shields,
    _nobody_armed,
    _status_named,
    _victims_doing,
)
from .weapons import (
    _ARMS_CUES,
    _ARRIVED,
    _FIRE_VERBS,
    _FIRED_OR_CARRIED,
    _HEARD,
    _NOT_ARMS,
    _USE,
    _armed_force_used,
    _arms_heard,
    _arms_identified,
    _fired_into_space,
)


class _Scan(NamedTuple):
    # A named tuple rather than a frozen dataclass: one is built per claim text, and a
    # frozen dataclass sets its fields one by one through object.__setattr__.
    words: tuple[str, ...]
    aspects: tuple[tuple[int, int, tuple[str, float]], ...]
    manner: int
    law: int
    harm: bool
    harm_at: frozenset[int]
    unlawful_at: int  # word index of the first "violated", "illegal"... or -1
    civilian: float
    military: float
    numbers: tuple[tuple[int, str, str, int], ...]
    negated: bool
    appeal: bool
    other_culprit: bool
    agent_act: bool
    weapon_subject: bool
    done_by_agent: bool
    status_named: bool
    harmed_passive: bool
    pact_broken: bool
    fighters_present: bool
    victims_doing: bool
    people_held: bool
    party_subject: bool
    only_at_class: bool
    put_to_use: bool
    cargo: bool
    inside_place: bool
    entry: bool
    generic: bool
    # What aspect_scores weighs besides the cue, read off the words once per text: the
    # aspect component weighs it with the claim's cue, the suggester again without.
    characterised: bool  # "dismissed the statement as ...": only the referent's terms count
    term_scores: tuple[float, ...]  # the table terms' weight per point, in _PRIORITY order
    shields: bool
    aftermath: bool
    victims_counted: bool
    people_counted_held: bool
    policy_on_targets: bool
    nobody_harmed: bool
    nobody_did: bool
    clean_record: bool
    suspects_held: bool
    fire_origin: bool
    deed_opens: bool
    distance_across: bool
    off_line: float
    fired_into_space: bool
    ground_belongs: bool
    stayed_on_ground: bool
    things_damaged: bool
    deprived: bool
    count_corrected: bool
    hit_told_by_kind: bool
    fired_on_armed: bool
    defenceless_victims: bool
    aim_kept: bool
    arms_identified: bool
    hedged: bool
    both_sides: bool
    arms_heard: bool
    nobody_armed: bool


# All tables in one matcher, so that a claim's words are walked once.
_TABLES: tuple[TermMatcher[Any], ...] = (
    _ASPECTS,
    _MANNER,
    _LAW,
    _HARM,
    _UNLAWFUL_WORDS,
    _MILITARY_PHRASES,
    _CARGO,
)
_ALL: TermMatcher[tuple[int, Any]] = TermMatcher(
    (term, (k, value)) for k, table in enumerate(_TABLES) for term, value in table.terms
)


@lru_cache(maxsize=4096)
def _scan(text: str) -> _Scan:
    """Everything the tables and rules find in one claim text (cached: the aspect component
    and the suggester look at the same texts)."""
    ws = tuple(words_of(text))
    hits: list[list[tuple[int, int, Any]]] = [[] for _ in _TABLES]
    for start, end, (k, value) in _ALL.find(ws):
        hits[k].append((start, end, value))
    aspects, manner, law, harm, unlawful, phrases, cargo = hits
    civ, mil = _victim_scores(ws, phrases)
    # The words of the claim that some rule below needs, found in one pass: a rule is only
    # tried when the claim has one of its words (_NEEDS), that is when it is ``wanted``.
    cues = _RULE_WORDS.intersection(ws)
    wanted = {rule for w in cues for rule in _RULES_OF_WORD.get(w, ())}
    status_named = "status_named" in wanted and _status_named(ws)
    negated = _negated_words(ws)
    agent_act = "agent_act" in wanted and _agent_act(ws)
    party_subject = _party_subject(text, ws)
    characterised, term_scores = _term_scores(ws, aspects)
    nobody_harmed = _nobody_harmed(ws)
    # (in the order of the fields, named in the comments: a call with ~60 keywords costs
    # more than the rest of this function's bookkeeping for a short claim)
    return _Scan(
        ws,  # words
        tuple(aspects),  # aspects
        _pole(ws, manner),  # manner
        _pole(ws, law),  # law
        bool(harm),  # harm
        frozenset(s for s, _e, _v in harm),  # harm_at
        min((s for s, _e, _v in unlawful), default=-1),  # unlawful_at
        civ,  # civilian
        mil,  # military
        tuple(_casualty_numbers(ws)),  # numbers
        negated,  # negated
        "appeal" in wanted and is_appeal(ws),  # appeal
        "other_culprit" in wanted and _other_culprit(ws),  # other_culprit
        agent_act,  # agent_act
        "weapon_subject" in wanted and _weapon_subject(ws),  # weapon_subject
        "done_by_agent" in wanted and _done_by_agent(ws),  # done_by_agent
        status_named,  # status_named
        "harmed_passive" in wanted and _harmed_passive(ws),  # harmed_passive
        "pact_broken" in wanted and _pact_broken(ws),  # pact_broken
        "fighters_present" in wanted and _fighters_present(ws),  # fighters_present
        "victims_doing" in wanted and _victims_doing(ws),  # victims_doing
        "people_held" in wanted and _people_held(ws),  # people_held
        party_subject,  # party_subject
        "only_at_class" in wanted and _only_at_class(ws),  # only_at_class
        "put_to_use" in wanted and _put_to_use(ws),  # put_to_use
        # "carried out" is an act, not a load
        any(tuple(ws[e : e + 1]) != ("out",) for _s, e, _v in cargo),  # cargo
        _found(_INSIDE_PLACE, _INSIDE_PLACE_NEEDS, text),  # inside_place
        _found(_ENTRY, _ENTRY_NEEDS, text),  # entry
        "generic" in wanted and _generic(ws),  # generic
        characterised,  # characterised
        term_scores,  # term_scores
        "shields" in wanted and _human_shields(ws),  # shields
        # ("sheltering residents, not fighters" says who was there)
        not (harm or status_named or negated or "not" in cues)
        and not _AFTERMATH.isdisjoint(cues),  # aftermath
        "victims_counted" in wanted and _victims_counted(ws),  # victims_counted
        "people_counted_held" in wanted and _people_counted_held(ws),  # people_counted_held
        "policy_on_targets" in wanted and _policy_on_targets(ws),  # policy_on_targets
        nobody_harmed,  # nobody_harmed
        not nobody_harmed and _nobody_did(ws),  # nobody_did
        "clean_record" in wanted and _clean_record(ws),  # clean_record
        "suspects_held" in wanted and _suspects_held(ws),  # suspects_held
        ("fired_from" in wanted and _fired_from(ws))
        or ("force_witnessed" in wanted and _force_witnessed(ws))
        or _device_origin(text),  # fire_origin
        bool(ws) and ws[0].endswith("ing") and ws[0] not in _NOT_DONE,  # deed_opens
        _found(_DISTANCE_ACROSS, _DISTANCE_ACROSS_NEEDS, text),  # distance_across
        _off_the_line(ws) if "off_line" in wanted else 0.0,  # off_line
        "fired_into_space" in wanted and _fired_into_space(ws),  # fired_into_space
        "ground_belongs" in wanted and _ground_belongs(ws),  # ground_belongs
        "stayed_on_ground" in wanted and _stayed_on_ground(ws),  # stayed_on_ground
        "things_damaged" in wanted and _things_counted_damaged(ws),  # things_damaged
        "deprived" in wanted and _deprived(ws),  # deprived
        "count_corrected" in wanted and _count_corrected(ws),  # count_corrected
        ("doing_when" in wanted and _doing_when(ws))
        or ("carrier_hit" in wanted and _carrier_hit(ws))
        or _class_not_targeted(ws),  # hit_told_by_kind
        "fired_on_armed" in wanted and _fired_on_armed(ws),  # fired_on_armed
        "defenceless_victims" in wanted and _defenceless_victims(ws),  # defenceless_victims
        "aim_kept" in wanted and _aim_kept(ws),  # aim_kept
        "arms_identified" in wanted and _arms_identified(ws),  # arms_identified
        (not _FUTURE.isdisjoint(cues) and not _FUTURE.isdisjoint(ws[:8]))
        or _attitude(ws)
        or (
            not _TIMING_WORDS.isdisjoint(cues) and _timing(ws, aspects, agent_act or party_subject)
        ),  # hedged
        _both_sides(ws),  # both_sides
        "arms_heard" in wanted and _arms_heard(ws),  # arms_heard
        "nobody_armed" in wanted and _nobody_armed(ws),  # nobody_armed
    )


def _term_scores(
    ws: tuple[str, ...], aspects: Sequence[tuple[int, int, tuple[str, float]]]
) -> tuple[bool, tuple[float, ...]]:
    """Whether the claim characterises an account (see below), and the weight of its table
    terms per point in dispute, in _PRIORITY order (the cue is weighed by aspect_scores)."""
    scores = dict.fromkeys(_PRIORITY, 0.0)
    cut = _characterised_at(ws)
    if cut:
        # "dismissed the statement as 'a cover for a massacre'": a rejection of the other
        # side's account is about what that account was about (a toll, an annexation),
        # not about the words that characterise it.
        # Only the referent counts, so one word of it is enough ("the account of civilian
        # deaths as baseless").
        for start, _end, (aspect, weight) in aspects:
            if start < cut:
                scores[aspect] += 2 * weight
        return True, tuple(scores.values())
    seen: dict[tuple[str, float, int], int] = {}
    used = fired = False
    for start, end, (aspect, weight) in aspects:
        key = (aspect, weight, end - start)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] <= 2:
            scores[aspect] += weight
        if aspect == "weapon" and not _USE.isdisjoint(ws[max(0, start - 3) : start]):
            used = True
        if (
            aspect == "weapon"
            and weight >= 0.9
            and start >= 2
            and ws[start - 1] == "with"
            and not _ARRIVED.isdisjoint(ws[max(0, start - 4) : start - 1])
            and "first" not in ws[max(0, start - 4) : start]
        ):
            # "they came with guns", "came at dawn with rifles": what the force bore (but
            # "the police came first with tear gas" says who started it)
            fired = True
        if (
            aspect == "weapon"
            and weight >= 1.0
            and ws[start] not in _NOT_ARMS
            and not _FIRED_OR_CARRIED.isdisjoint(ws[max(0, start - 3) : start])
        ):
            # "fired live ammunition at...", "had not carried firearms": what the force
            # fired or bore, by its kind
            fired = True
        if (
            aspect == "target"
            and end - start == 1
            and ws[start] in _BY_VERBS
            and "by" in ws[end + 1 : end + 3]
        ):
            # "had been struck twice by a coast guard ship": by whom, a word or two on
            scores["responsibility"] += 2
        if ws[start:end] == ("aimed", "at") and not _STATUS.isdisjoint(ws[end : end + 4]):
            # "the strike had been aimed at anyone other than militants": at whom
            scores["target"] += 2.5
    if fired:
        scores["weapon"] += 3
    if "armed" in ws and _armed_force_used(ws):
        used = True  # "of using armed sailors to expel the chiefs": armed force as the means
    if used:
        scores["weapon"] += 2  # "had used an armed drone", "using tear gas": what was used
    return False, tuple(scores.values())


# The words without which each rule of _scan cannot hold (the first thing each rule checks
# when called alone): _scan looks them all up in one pass over a claim's words and tries
# only the rules whose words are there.
_NEEDS: dict[str, frozenset[str]] = {
    "status_named": _VICTIM_HEADS | _STATUS,
    "agent_act": _AGENTS,
    "appeal": frozenset({"to"}),
    "other_culprit": _FAULTS | _CULPRITS | _HELD_VERBS | _CAUSE_FIRSTS,
    "weapon_subject": _WEAPON_SUBJECTS,
    "done_by_agent": frozenset({"by"}),
    "harmed_passive": _HARMED_WHEN | _BURNED,
    "pact_broken": _BREAK_VERBS,
    "fighters_present": _ARMED_GROUP,
    "victims_doing": _PEOPLE,
    "people_held": _HOLD,
    "only_at_class": _ONLY,
    "put_to_use": _CONVERT,
    "generic": GENERIC_REFERENTS,
    "shields": frozenset({"human"}),
    "victims_counted": frozenset({"of"}),
    "people_counted_held": _HELD_PASSIVE,
    "policy_on_targets": _HABIT_AUX,
    "clean_record": _RECORD_WORDS | _CONVICTIONS | {"not"},
    "suspects_held": _SUSPECTS,
    "fired_from": frozenset({"from"}),
    "force_witnessed": _PERCEIVED,
    "off_line": _WAYS,
    "fired_into_space": _FIRE_VERBS,
    "ground_belongs": _BELONG | _LIE_VERBS | {"part"},
    "stayed_on_ground": _STAY_VERBS,
    "things_damaged": _DAMAGED,
    "deprived": frozenset({"without", "cut"}),
    "count_corrected": frozenset({"not"}),
    "doing_when": frozenset({"when"}),
    "carrier_hit": _LOADS,
    "fired_on_armed": frozenset({"armed"}),
    "defenceless_victims": _DEFENCELESS,
    "aim_kept": _FIRE_VERBS,
    "arms_identified": _ARMS_CUES,
    "arms_heard": _HEARD,
    "nobody_armed": _ARMS_BORNE,
}
# (and the words _scan checks itself: "not", what tells an aftermath, a future, a timing)
_RULE_WORDS = frozenset().union(*_NEEDS.values(), {"not"}, _AFTERMATH, _FUTURE, _TIMING_WORDS)


def _rules_by_word(needs: Mapping[str, frozenset[str]]) -> dict[str, tuple[str, ...]]:
    """The rules of ``needs`` each word calls for."""
    rules: dict[str, list[str]] = {}
    for rule, ws in needs.items():
        for w in ws:
            rules.setdefault(w, []).append(rule)
    return {w: tuple(r) for w, r in rules.items()}


_RULES_OF_WORD = _rules_by_word(_NEEDS)
