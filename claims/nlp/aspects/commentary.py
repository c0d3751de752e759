"""What is no account of the event, or a weaker one, and references to another account.

Appeals ("both sides to exercise restraint", `is_appeal`), promises and plans (`_FUTURE`),
when and how long it went on (`_timing`), the speaker's own state of mind (`_attitude`), both
parties at once (`_both_sides`), and claims that only point at the other side's account ("the
accusation", "the toll as pure fabrication": `_generic`, `_characterised_at`,
`_bare_reference`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..wordlists import wordset
from .tables import _COPULA, _DETERMINERS, GENERIC_REFERENTS, STOP

_FUTURE = wordset("would will ready willing")
# What appeals ask for ("all sides to refrain from...", "Rwanda to withdraw its troops").
_APPEAL_VERBS = wordset(
    "refrain exercise avoid show protect respect stop cease halt end withdraw investigate "
    "de-escalate deescalate prioritise prioritize ensure allow guarantee release return resume "
    "reopen hold open comply abide uphold restrain engage seek settle resolve pull negotiate "
    "spare facilitate lift cooperate keep stand take remain exert use reduce calm work pursue "
    "act conduct grant let permit"
)
_APPEAL_OPENERS = wordset("all both each every the other its their international world parties")
_FINITE = wordset(
    "was were is are had has have be been would will could did do does said says may might "
    "can must should"
)


def is_appeal(ws: Sequence[str]) -> bool:
    """Whether a claim's words are an appeal's object: "both sides to exercise restraint".

    What a speaker asks others to do says nothing about what happened, so appeals take
    no pole in the dispute (a call to "protect civilians" is no claim that civilians died).
    """
    try:
        k = ws.index("to", 0, 7)
    except ValueError:
        return False
    if k == 0 or k + 1 >= len(ws) or ws[k + 1] not in _APPEAL_VERBS:
        return False
    before = ws[:k]
    if any(w in _FINITE or w.endswith("ed") for w in before):
        return False
    return len(before) == 1 or before[0] in _APPEAL_OPENERS


_DURATION = wordset("continued lasted resumed")

_ONSET = wordset("began started")
_WHEN_WORDS = wordset("shortly at around about early late overnight just soon")
_TIMING_WORDS = _DURATION | _ONSET


def _timing(
    ws: Sequence[str], aspects: Sequence[tuple[int, int, tuple[str, float]]], acting: bool
) -> bool:
    """ "shelling continued overnight", "the bombing began shortly after 3 a.m. and lasted
    about 20 minutes": when and how long, with no one said to act (nor what it reached:
    "the disruption affected only parts of the region and lasted less than a day")."""
    if acting or _TIMING_WORDS.isdisjoint(ws[:12]):
        return False
    if any(a == "target" for _s, _e, (a, _w) in aspects):
        return False
    return any(
        # the verb, not "Iran's continued harassment"
        (w in _DURATION and k and ws[k - 1] not in _DETERMINERS and not ws[k - 1].endswith("'s"))
        or (w in _ONSET and k + 1 < len(ws) and ws[k + 1] in _WHEN_WORDS)
        for k, w in enumerate(ws[:12])
    )


_ATTITUDES = wordset(
    "concerned alarmed saddened dismayed shocked aware worried troubled appalled disturbed"
)
_ATTITUDE_SUBJECTS = wordset("it they we he she i")


def _attitude(ws: Sequence[str]) -> bool:
    """ "it was 'deeply concerned' by reports of...", "it was aware of the reports": the
    speaker's own state of mind, not an account of the event."""
    if len(ws) < 3 or ws[0] not in _ATTITUDE_SUBJECTS or ws[1] not in _COPULA:
        return False
    return any(w in _ATTITUDES for w in ws[2:5])


# Both parties at once as the subject: "Both sides have reasons to...", "Neither government
# fully controls this border".
_BOTH_NEITHER = wordset("both neither")
_PARTIES_TOGETHER = wordset(
    "sides side governments government capitals capital countries country armies army "
    "militaries parties party neighbours neighbors states nations camps administrations"
)


def _both_sides(ws: Sequence[str]) -> bool:
    """ "Both sides have reasons to present themselves as the attacked", "Neither government
    wanted the row to spread": a claim about the two parties together is commentary on the
    dispute, not one side's account of the event (but "both men had been shot" is a toll)."""
    return len(ws) > 2 and ws[0] in _BOTH_NEITHER and ws[1] in _PARTIES_TOGETHER


def _bare_reference(ws: Sequence[str]) -> bool:
    """ "condemned the attack": the act only pointed at, not named ("calling it a
    massacre")."""
    return 0 < len(ws) <= 2 and ws[0] in ("the", "this", "that")


def _characterised_at(ws: Sequence[str]) -> int:
    """The index of "as" in "the accusation as 'a lie to hide a massacre'" (a generic
    referent and its characterisation), else 0."""
    if "as" not in ws[1:6]:
        return 0
    k = ws.index("as", 1)
    head = [w for w in ws[:k] if w not in STOP]
    if len(head) <= 4 and any(w in GENERIC_REFERENTS for w in head):
        return k
    return 0


def _generic(ws: Sequence[str]) -> bool:
    """Whether the claim only points at the other side's account ("the accusation", "the
    Algerian death toll as 'pure fabrication'"): few words besides a referent, not
    counting the "as ..." that characterises it."""
    if "as" in ws[1:]:
        ws = ws[: ws.index("as", 1)]
    return len([w for w in ws if w not in STOP]) <= 4 and any(w in GENERIC_REFERENTS for w in ws)
