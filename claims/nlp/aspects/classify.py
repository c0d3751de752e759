"""The point in dispute and the polarity of a claim, from its scan and its cue.

`aspect_scores` (the evidence per point, which `classify_aspect` weighs), `classify_aspect`,
`polarity_of`, `is_negated` and `claim_words`.
"""

from __future__ import annotations

from ..wordlists import wordset
from .blame import _accused_deed
from .commentary import _bare_reference
from .scan import _scan
from .tables import _PRIORITY, GENERIC_REFERENTS

_CUE_BIAS: dict[str, tuple[str, float]] = {
    "accuse": ("responsibility", 1.0),
    "blame": ("responsibility", 2.0),
    # "called the shelling an act of aggression", "condemned the raid as a massacre": a name
    # given to the act is mostly a judgement of its lawfulness
    "call": ("legality", 1.5),
    "condemn": ("legality", 1.5),
}
DIRECTIVE_CUES = wordset("urge advise appeal demand")


def aspect_scores(text: str, cue_lemma: str | None = None) -> dict[str, float]:
    """How strongly the claim's words point at each point in dispute (the evidence that
    :func:`classify_aspect` weighs; useful to explain or tune it)."""
    scan = _scan(text)
    scores = dict(zip(_PRIORITY, scan.term_scores, strict=True))
    if scan.characterised:
        return scores
    blamed = cue_lemma in ("accuse", "blame")
    if scan.numbers:
        # "accused Pakistan of killing 14 civilians", "blamed the group for the deaths of
        # three children": the toll is what the accused did, the point is who did it
        # ("the three dead were farmers": the number tells which people, who they were is
        # the point)
        scores["casualties"] += 0 if blamed else 1.5 if scan.status_named else 3
    if scan.manner:
        # "trying to destroy...", "errant": the claim takes a side on whether it was meant.
        scores["intent"] += 1
    ws = scan.words
    if scores["intent"] < 1.5 and scores["legality"] < 1.5 and not scan.shields and not blamed:
        # Civilian or military words say what was hit; but a claim that judges the act
        # names its victims too ("deliberately targeting civilians", "a crime against
        # unarmed people"), and then they are no evidence against that judgement. Nor are
        # people used as human shields ("using patients as human shields" blames the side
        # that used them), or the victims of an act someone is accused of ("accused
        # Pakistan of killing 14 civilians").
        # People named by class who fled, sheltered or were helped, with nothing done to
        # them ("hundreds of villagers had fled into the forest", "it had delivered
        # supplies to the district hospital"), tell the aftermath, not what was hit.
        scores["target"] += min(scan.civilian + scan.military, 3) * (0.4 if scan.aftermath else 0.8)
    if (
        scan.manner < 0
        and scan.military >= 1.5
        and scan.civilian < 1
        and not _IMPACTS.isdisjoint(ws)
        and "aimed" not in ws
    ):
        # "a high-precision strike on a workshop where units assembled drones", "the
        # 'precise' strikes had destroyed a command centre": the precision describes a hit on
        # what is said to be a military target, and that target is the point
        scores["target"] += 3 + min(scan.military, 3) * 0.8
    if scan.victims_doing:
        scores["target"] += 2  # "opened fire on families who were fleeing": who was hit
    if scan.victims_counted and not scan.status_named:
        scores["casualties"] += 1.5  # "two of them were boys": how many, of whom
    if scan.harmed_passive:
        # "any sailor had been killed": who was hurt, even without a number
        scores["casualties"] += 1.5
    if scan.people_counted_held:
        scores["casualties"] += 2  # "31 fishermen were held for several hours": how many
    if scan.only_at_class or scan.put_to_use or scan.policy_on_targets:
        # "returned fire only at military positions", "turned the school into a firing
        # position": what the fire was kept to, or what the place had become, is what was hit
        scores["target"] += 3
    if scan.status_named or scan.fighters_present:
        # "the three dead were farmers": who the people hit were, even with their number
        scores["target"] += 3
    if scan.other_culprit:
        scores["responsibility"] += 2  # "the gunmen were local Serbs": who did it
    if scan.nobody_harmed:
        scores["casualties"] += 2.5  # "Nobody was shot": a toll of none
    elif scan.nobody_did:
        scores["responsibility"] += 2  # "Nobody from our communities touched their pumps"
    if scan.clean_record:
        # "had no criminal record", "had never been in trouble with the law": who the
        # people hit were, not whether anything was lawful
        scores["target"] += 3
    if scan.negated and (scan.harm or scores["responsibility"] > 0):
        # "Our forces did not shell any hospital", "had not conducted any air operations":
        # a denial of an act is about who did it.
        scores["responsibility"] += 1.5
    if scan.suspects_held:
        scores["responsibility"] += 3  # "three suspects had been arrested": who did it
    if scan.people_held and not scan.status_named:
        scores["legality"] += 2  # "guards seized villagers": was the detention lawful
    if scan.pact_broken:
        scores["legality"] += 2  # "the army had broken a local agreement"
    if scan.entry:
        # "denied that any of its guards had set foot in Lithuania", "its personnel had
        # entered Bangladeshi territory": on whose ground, so by whose law
        scores["legality"] += 2.5
    if scan.agent_act and not scan.law and scores["legality"] < 2 and not scan.put_to_use:
        # "Pakistani troops had shelled villages..., killing three civilians": who did it
        # (unless the claim says whether the act was lawful: "had acted lawfully").
        scores["responsibility"] += 2.5
    if scan.weapon_subject or scan.done_by_agent:
        # "Moroccan drone killed truck drivers", "the device had been laid by Uzbek forces":
        # whose weapon did the harm, or whose hand
        scores["responsibility"] += 2.5
    if scan.fire_origin:
        # "gunfire from the police lines", "had seen soldiers walking among the trees", "a
        # mine of Russian manufacture": where the fire came from, which force was seen
        # there, whose the device was: who did it
        scores["responsibility"] += 2
    if (
        ws
        and (
            (cue_lemma == "deny" and scan.deed_opens)
            or (cue_lemma == "accuse" and _accused_deed(ws))
        )
        and max(scores.values()) < 1.5
    ):
        # "denied sheltering the group", "denied laying any mines": a deed denied in so
        # many words is about who did it; so is a deed charged in so many words, "accused
        # Iran of choking the river", "accused Port Moresby of ordering a blackout"
        scores["responsibility"] += 1.5
    if scan.negated and scan.party_subject and not scan.numbers:
        # "Serbia had not sent a single soldier...", "Ethiopia was not a party to the
        # incident": a party or force denying its part in it.
        scores["responsibility"] += 1.5
    if scan.distance_across:
        # "had been shot about 150 metres inside Bangladeshi territory", "crossed about 400
        # metres into Kosovo": the claim measures where it happened against the line
        scores["legality"] += 2.5
    if scan.off_line:
        scores["legality"] += scan.off_line
    if scan.inside_place:
        # Which side of a border it happened on says whether it was lawful; counted once
        # with "territory", "waters" ("crossed into Chinese territory").
        scores["legality"] = max(scores["legality"], 1.5)
    if scan.cargo and scores["responsibility"] < 1.5:
        # What the lorries or the plane carried says what was hit; what attackers carried
        # ("the attackers wore uniforms and carried machine guns") says who they were.
        scores["target"] += 2
    if cue_lemma in _CUE_BIAS and not (
        # "called the separatists' account a fabrication": a name for an account, not an act;
        # "condemned the attack": the bare act, with no name given to it
        _CUE_BIAS[cue_lemma][0] == "legality" and (scan.generic or _bare_reference(ws))
    ):
        a, w = _CUE_BIAS[cue_lemma]
        if cue_lemma == "accuse" and "over" in ws[:6]:
            w = _CUE_BIAS["blame"][1]  # "accuses X over the capsizing": blames X for it
        scores[a] += w
        if cue_lemma == "accuse" and scan.harm:
            # "accused X of opening fire on...": an accused act is at least about who did it
            # (a tie still goes to a judgement of it: "of occupying Ethiopian territory"),
            # unlike "accused X of spreading misinformation".
            scores[a] = max(scores[a], 1.5)
    if scan.fired_into_space:
        # "fired into the crowd", "fired toward the crowd", "fired into the water next to the
        # boat": how the arms were used, where the rounds went (warning shots are left alone)
        scores["weapon"] = max(scores["weapon"], scores["responsibility"] + 0.5, 2.5)
    if scan.ground_belongs:
        # "waters that belong to Peru", "land that has belonged to the enclave": on whose
        # ground it happened, so by whose law
        scores["legality"] = max(scores["legality"] + 1, 2.0)
    if scan.stayed_on_ground:
        scores["legality"] += 2
    if scan.things_damaged:
        scores["target"] += 2
    if scan.deprived:
        # "had left 40,000 hectares of farmland without water", "about 300,000 people had
        # been cut off for three days": who or what went without is who was affected
        scores["target"] = max(scores["target"], scores["responsibility"] + 0.5, 2.0)
    if not scores["casualties"] and scan.count_corrected:
        # "had intercepted nine boats, not 14", "17 people had been aboard, not 23": a count
        # of the things seized or the people there, set against the other side's, is what
        # was hit (a corrected toll, "four Serbs, not three, had been killed", is a toll)
        scores["target"] += 3
    if scan.hit_told_by_kind:
        # "our people were cutting sorghum when soldiers opened fire", "had struck a vehicle
        # carrying troops", "No farmer was targeted": who or what was hit, told by what they
        # were doing, carrying or are, outweighs the force that acted
        lead = max(scores["responsibility"] + 0.5, 2.0)
        if all(v < lead or a in ("responsibility", "target") for a, v in scores.items()):
            scores["target"] = max(scores["target"], lead)
    if scan.fired_on_armed:
        # "had returned fire on armed men who crossed into its territory": who was hit
        scores["target"] = max(scores.values()) + 0.5
    if (scan.defenceless_victims or (scan.aim_kept and not scan.numbers)) and all(
        v < scores["responsibility"] or a in ("responsibility", "target") for a, v in scores.items()
    ):
        # "opened fire on unarmed villagers", "fired only into the air": who or what was
        # (not) hit outweighs the named force that fired (a judgement of the act, "a crime
        # against unarmed people", still wins)
        scores["target"] = scores["responsibility"] + 0.5
    if scan.nobody_harmed:
        # a toll of none, even when it names who would have done it ("no one was hit by
        # Indian fire", "Nobody was shot by police")
        scores["casualties"] = max(scores["casualties"], scores["responsibility"] + 0.5)
    if scan.arms_identified:
        # "bruises consistent with rubber bullets", "cartridges of the type fired by...",
        # "any shots had been fired": the arms are the point, whatever else the claim names
        # (the wounds, who carries such rifles)
        scores["weapon"] = max(scores.values()) + 0.5
    if scan.nobody_armed:
        # "none of the men carried weapons": the people hit were unarmed, whoever fired
        scores["target"] = max(*scores.values(), 1.5) + 0.5
    if scan.arms_heard:
        scores["weapon"] += 2  # "heard two blasts", "heard long bursts of gunfire": what was used
    if scan.both_sides:
        # "Both sides have reasons to...", "Neither side wants a crisis": commentary on the two
        # parties together is on no point in dispute
        for a in scores:
            scores[a] = 0.0
    if scan.hedged:
        # A promise, plan, offer or warning ("it would step up patrols in the waters",
        # "commanders would meet this week", "was ready to share footage of the strike") is
        # no account of what happened: only strong words count. Nor is a speaker's own
        # state ("it was deeply concerned by reports of civilian casualties"), nor when
        # and how long it went on ("shelling continued overnight").
        for a in scores:
            scores[a] *= 0.5
    return scores


_IMPACTS = wordset(
    "destroyed struck strike strikes hit neutralised neutralized targeted eliminated"
)


def classify_aspect(text: str, cue_lemma: str | None = None) -> str:
    if cue_lemma in DIRECTIVE_CUES:
        return "other"
    scores = aspect_scores(text, cue_lemma)
    best = max(_PRIORITY, key=scores.__getitem__)  # a tie goes to the first in _PRIORITY
    return best if scores[best] >= 1.5 else "other"


def claim_words(text: str) -> tuple[str, ...]:
    """The lower-case words of a claim text (see :func:`words_of`), from the scan the aspect
    component made of it."""
    return _scan(text).words


def is_negated(text: str) -> bool:
    """Whether the claim's main statement is negative ("our forces did not shell...")."""
    return _scan(text).negated


_DISMISSIVE = wordset(
    "lie lies lying propaganda baseless false fabricated fabrication fake untrue nonsense "
    "disinformation misinformation absurd groundless"
)


def polarity_of(text: str, cue_lemma: str | None = None, cue_polarity: str = "assert") -> str:
    if cue_polarity == "deny":
        return "deny"
    ws = _scan(text).words
    # "described the Kyrgyz account as a pack of lies": a denial in other words.
    if any(w in GENERIC_REFERENTS for w in ws[:4]) and any(w in _DISMISSIVE for w in ws):
        return "deny"
    return "deny" if is_negated(text) else "assert"
