"""Rules that a claim is about who did it (the `responsibility` point).

A force as the subject of an act (`_agent_act`, with `_AGENTS`, the nouns for those who
act), a deed done "by" a force (`_done_by_agent`), a weapon named with whose it was
(`_weapon_subject`, `_device_origin`), where the fire came from or which force was seen
(`_fired_from`, `_force_witnessed`), another culprit or cause (`_other_culprit`, an alibi),
suspects arrested (`_suspects_held`), a deed denied or charged in so many words
(`_nobody_did`, `_accused_deed`) and a party or force as the claim's subject
(`_party_subject`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..wordlists import words, wordset
from .tables import _BEFORE_VERB, _DETERMINERS, _PASSIVE_AUX, _PAST_IRREGULAR, _found, _number

_CULPRITS = wordset(
    "gunmen gunman attackers attacker assailants assailant perpetrators perpetrator culprits "
    "culprit shooters shooter raiders saboteurs"
)
_CAUSES = (
    ("caused", "by"),
    ("the", "result", "of"),
    ("due", "to"),
    ("set", "off", "by"),
    # "the violence had begun as a fight between soldiers and herders": another story
    ("begun", "as"),
    ("began", "as"),
    ("started", "as"),
)
_HELD_VERBS = wordset("held controlled occupied manned")
_HELD_PLACES = wordset("positions position territory area areas posts post side base bases")
_CAUSE_FIRSTS = frozenset({"caused", "result", "due", "set", "begun", "began", "started"})


# A fault of the machine itself: "had come down because of a technical failure", "suffered a
# mechanical fault", "rejected the suggestion of a technical fault".
_FAULTS = wordset("fault faults failure failures malfunction malfunctions")
_FAULT_KINDS = wordset("technical mechanical engine electrical hydraulic structural")


def _other_culprit(ws: Sequence[str]) -> bool:
    """ "the gunmen were local Serbs", "the explosion had been caused by a store of
    explosives", "the aircraft had come down because of a technical failure": the claim
    says who or what did it."""
    if not _FAULTS.isdisjoint(ws) and any(
        w in _FAULTS and k and ws[k - 1] in _FAULT_KINDS for k, w in enumerate(ws)
    ):
        return True
    lead = [w for w in ws[:4] if w not in ("the", "a", "an", "all", "most", "some")]
    if lead[:1] and lead[0] in _CULPRITS and len(lead) > 1 and lead[1] in ("were", "was"):
        return True
    if not _HELD_VERBS.isdisjoint(ws[:12]):
        for k in range(1, min(len(ws), 12) - 1):
            # "the round had come from positions held by the rebels": fired from someone
            # else's ground
            if ws[k] in _HELD_VERBS and ws[k + 1] == "by" and ws[k - 1] in _HELD_PLACES:
                return True
    if _CAUSE_FIRSTS.isdisjoint(ws[:12]):
        return False
    for k in range(min(len(ws), 12)):
        for phrase in _CAUSES:
            if tuple(ws[k : k + len(phrase)]) == phrase:
                return True
    return False


# Nouns for those who act in these stories. A claim whose subject is one of them, with a
# verb in the past ("Pakistani troops had shelled...", "the coast guard had rammed...",
# "separatist fighters set fire to..."), says who did what: the point is who did it, even
# when it also names the victims or a toll ("..., killing three civilians").
_AGENTS = wordset(
    "forces force troops soldiers soldier servicemen guards guard army navy police policemen "
    "officers officer militia militias militiamen fighters rebels gunmen attackers men "
    "personnel units unit separatists jets crew crews authorities government junta coalition "
    "military gendarmes gendarmerie terrorists militants insurgents sappers rangers commandos "
    "marines paramilitaries snipers"
) | wordset(
    # irregular forces and the agents of a state's services: "Kenyan raiders had taken..."
    "raiders bandits vigilantes agents operatives spies saboteurs assailants kidnappers "
    "abductors poachers"
)

_VICTIM_VERBS = wordset("killed wounded injured")

_ARREST = wordset("arrested detained captured caught")
_SUSPECTS = wordset("suspect suspects suspected")


# ("the detained suspects", "arrested suspects": those already held)
_NOT_ARRESTED_YET = _ARREST | wordset("the a an its their his her our your this that")


def _suspects_held(ws: Sequence[str]) -> bool:
    """ "three suspects had been arrested", "two suspected rebel fighters were detained": an
    arrest for the deed says who did it (whereas "the detained suspects had access to
    lawyers" tells of the detainees)."""
    if _SUSPECTS.isdisjoint(ws) or _ARREST.isdisjoint(ws):
        return False
    for k, w in enumerate(ws):
        if w not in _SUSPECTS or (k and ws[k - 1] in _NOT_ARRESTED_YET):
            continue
        if not _ARREST.isdisjoint(ws[k + 1 : k + 6]):
            return True
    return False


_RELATIVE = wordset("which that whom")
# Verbs whose subject undergoes rather than acts ("two guards sustained injuries").
_UNDERGONE = wordset("suffered sustained received died drowned")


def _agent_act(ws: Sequence[str]) -> bool:
    """Whether the claim opens with a force doing something: an agent noun as the subject
    of an active verb in the past ("Indian forces had opened fire", "soldiers torched...")."""
    for k, w in enumerate(ws[:10]):
        if w not in _AGENTS or (k and ws[k - 1] in _RELATIVE):
            continue  # "video, which police released, showed...": not the claim's subject
        j = k + 1
        if _accused_of_act(ws, j):
            # the content of "accused Nicaraguan soldiers of shooting...", "fighters of the
            # PMF of planting..." (but "of trying to destroy..." is about an aim)
            return True
        if j < len(ws) and ws[j] in _AGENT_PREPS:
            # "border guards from Myanmar opened fire", "fighters of the Niger Delta
            # Vanguard (NDFV) had planted...", "soldiers in Nigerien uniforms had arrived":
            # the verb after the phrase that says whose or which force it was
            j = _after_agent_phrase(ws, j)
        perfect = False
        # Adverbs in "-ly" too: "the coast guard had "brutally" chased the boat".
        while j < len(ws) and (ws[j] in _BEFORE_VERB or ws[j].endswith("ly")):
            perfect = perfect or ws[j] in ("had", "has", "have")
            j += 1
        if j >= len(ws):
            return False
        verb = ws[j]
        if verb in _PASSIVE_AUX:
            return False  # "soldiers were killed": the force is the victim
        if perfect and verb.endswith("en"):
            return True  # "Greek officers had taken their engine"
        if verb in _VICTIM_VERBS and k > 0 and _number(ws[k - 1]) is not None:
            continue  # "Two Thai soldiers killed": a toll, not an act
        if verb in _UNDERGONE or verb in _SPEECH_VERBS:
            # "one soldier had suffered a head wound": what befell the force (or what it
            # said: "the men had shouted that they were officers")
            continue
        if verb.endswith("ed") or verb in _PAST_IRREGULAR:
            return True
    return False


_AGENT_PREPS = wordset("from of in on with")


def _nobody_did(ws: Sequence[str]) -> bool:
    """ "Nobody from our communities touched their pumps", "no one in the village had fired
    a shot": a deed denied by saying that no one (of a group) did it is about who did it
    (but "nobody was hurt" is a toll, and "nobody in that camp had a gun" says who they
    were)."""
    if not ws or not (ws[0] in ("nobody", "no-one") or tuple(ws[:2]) == ("no", "one")):
        return False
    j = 2 if ws[0] == "no" else 1
    if j < len(ws) and ws[j] in _AGENT_PREPS:
        j = _after_agent_phrase(ws, j)
    if j >= len(ws) or ws[j] in _PASSIVE_AUX:
        return False
    if ws[j] in ("had", "has", "have"):
        j += 1
        return j < len(ws) and (_participle(ws[j]) or ws[j] in _BEFORE_VERB)
    return ws[j].endswith("ed") or ws[j] in _PAST_IRREGULAR


def _accused_deed(ws: Sequence[str]) -> bool:
    """The deed of "[accused] Iran of choking the river", "[accused] planting the
    explosive": a gerund first, or after "of" within the first words. But "of trying to
    seize..." is about an aim, "of losing" befalls one, and what one makes of the event,
    "of spreading misinformation", "of politicising a tragedy", "of using the incident to
    ...", is no deed in it."""
    k = 0
    if not ws[0].endswith("ing"):
        if "of" not in ws[:6]:
            return False
        k = ws.index("of", 0, 6) + 1
    return (
        k < len(ws)
        and ws[k].endswith("ing")
        and ws[k] not in _NOT_DONE
        and ws[k] not in _TALK_DEEDS
        and tuple(ws[k + 1 : k + 2]) != ("to",)
        and _EVENT_NOUNS.isdisjoint(ws[k + 1 : k + 3])
    )


# What one makes of the event rather than does in it ("of spreading misinformation").
_TALK_DEEDS = wordset(
    "spreading concealing politicising politicizing exploiting hyping inventing exaggerating "
    "fabricating distorting misrepresenting lying"
)
# The event itself as the object ("of using the incident to...", "exploiting the tragedy").
_EVENT_NOUNS = wordset("incident tragedy deaths")
_PHRASE_STOPS = _BEFORE_VERB | wordset("was were been is are being")


def _accused_of_act(ws: Sequence[str], j: int) -> bool:
    """ "[accused] soldiers of shooting...", "[accused] fighters of the PMF of planting...":
    an act the force is accused of, after up to six words that name the force."""
    for i in range(j, min(len(ws) - 1, j + 7)):
        if ws[i] == "of" and ws[i + 1].endswith("ing") and "-" not in ws[i + 1]:
            return tuple(ws[i + 2 : i + 3]) != ("to",)
        if ws[i] in _PHRASE_STOPS:
            return False
    return False


def _after_agent_phrase(ws: Sequence[str], j: int) -> int:
    """Where the verb is after a short phrase that qualifies an agent ("from Myanmar", "of the
    Niger Delta Freedom Vanguard (NDFV)", "in Nigerien uniforms"): the first auxiliary or
    past verb, else two words on."""
    for i in range(j + 2, min(len(ws), j + 9)):
        w = ws[i]
        if w in _PHRASE_STOPS:
            return i
        if w in _CLAUSE_OPENERS or w.endswith("ing"):
            break  # "of deliberately bombing civilians as they shopped": no verb of theirs
        if (w.endswith("ed") or w in _PAST_IRREGULAR) and ws[i - 1] not in _NOT_BEFORE_VERB:
            return i
    return j + 2


_NOT_BEFORE_VERB = wordset("the a an its their his her our of in on from with by and")
_CLAUSE_OPENERS = wordset("as that who which when while because after before and but")
# What a force said is no act of it ("the men had shouted that they were officers").
_SPEECH_VERBS = wordset("said told shouted warned asked called claimed announced explained")
# Help or custody, not harm ("rescued by a nearby boat"); a harm done by a force to people
# ("beaten by police") says who was hurt.
_NOT_DEEDS = wordset("rescued evacuated taken helped saved treated escorted used") | wordset(
    "killed wounded injured harmed hurt shot beaten"
)
_WEAPON_SUBJECTS = wordset(
    "drone drones missile missiles rocket rockets shell shells mine mines bomb bombs mortar "
    "mortars device devices explosive explosives grenade grenades"
)
_HARM_PAST = wordset(
    "killed wounded injured crippled destroyed damaged sank sunk disabled tore blew"
)


def _weapon_subject(ws: Sequence[str]) -> bool:
    """ "Moroccan drone killed truck drivers", "a Russian mine crippled the ship": a weapon
    as the subject of the harm it did, named with whose it was: who did it."""
    for k, w in enumerate(ws[:5]):
        if w in _WEAPON_SUBJECTS and k + 1 < len(ws) and ws[k + 1] in _HARM_PAST:
            # "a drone strike on a car killed...": the subject is the strike, not the drone
            return k > 0 and ws[k - 1] not in _DETERMINERS
    return False


# "the device had been laid by Uzbek forces", "could not have been bought by a local group":
# a passive whose agent is a force or a group: who did it.
_BY_AGENTS = (
    _AGENTS
    | wordset(
        "group groups actors backers sappers rangers commandos marines patrols patrol vessel "
        "vessels ship ships boat boats"
    )
    | wordset(
        # a state's services ("recruited and paid by the Belarusian KGB", "financed by military
        # intelligence", "handled by the security services")
        "intelligence services service agency agencies kgb fsb gru cia mossad isi"
    )
    # the body that gave the order: "had been told by the telecoms authority to switch off"
    | wordset("authority regulator")
)
# "the device had been laid by...", "had been told by the authority to switch off": a
# deed, or the order for it
_LAID_TOLD = wordset("laid told")
_ORDERED = wordset("told ordered instructed")


def _done_by_agent(ws: Sequence[str]) -> bool:
    if "by" not in ws:
        return False
    for k in range(2, len(ws) - 1):
        if ws[k] != "by":
            continue
        verb = ws[k - 1]
        if verb in _NOT_DEEDS or not (
            verb.endswith(("ed", "en")) or verb in _PAST_IRREGULAR or verb in _LAID_TOLD
        ):
            continue
        # "were recruited, paid and equipped by...": back over a run of participles
        j = k - 1
        while j > 1 and (ws[j - 1] in ("and", "or") or _participle(ws[j - 1])):
            j -= 1
        # (the body that gave an order may have a long name: "told by the National
        # Information and Communications Technology Authority to switch off")
        reach = 8 if verb in _ORDERED else 5
        if not _PHRASE_STOPS.isdisjoint(ws[max(0, j - 3) : j]) and not _BY_AGENTS.isdisjoint(
            ws[k + 1 : k + reach]
        ):
            return True
    return False


def _participle(w: str) -> bool:
    return w.endswith(("ed", "en")) or w in _PAST_IRREGULAR


# "gunfire from the police lines", "had fired from positions across the border": where the
# fire came from says who fired.
_FIRING_PLACES = wordset("lines positions position posts base bases side")
# (fire, not people: "refugees who fled from the other side" says nothing of who fired)
_FIRE_WORDS = wordset(
    "fire fired firing gunfire shots shot shells shelled shelling round rounds rockets "
    "mortars attack came come coming"
)


def _fired_from(ws: Sequence[str]) -> bool:
    if "from" not in ws:
        return False
    return any(
        w == "from"
        and not _FIRING_PLACES.isdisjoint(ws[k + 1 : k + 5])
        and not _FIRE_WORDS.isdisjoint(ws[max(0, k - 6) : k])
        for k, w in enumerate(ws)
    )


# "had seen soldiers in Algerian uniforms walking among the trees": a witness's account of
# a force there and acting is about who did it.
_PERCEIVED = wordset("seen saw heard watched spotted")


def _force_witnessed(ws: Sequence[str]) -> bool:
    if _PERCEIVED.isdisjoint(ws):
        return False
    return any(
        w in _PERCEIVED and not _AGENTS.isdisjoint(ws[k + 1 : k + 4]) for k, w in enumerate(ws)
    )


# "a drifting mine of Russian manufacture", "ruled out a Ukrainian origin", "the device was
# one of the Ukrainian mines", "could be a leftover from the civil war rather than an Uzbek
# mine": whose the device was says whose hand laid or fired it.
_ORIGIN_WORDS = words("origin manufacture")
_ORIGIN = re.compile(rf"\b[A-Z][a-z]+(?:-[a-z]+)? (?:{'|'.join(_ORIGIN_WORDS)})\b")
_DEVICES = words("device mine shell missile rocket bomb munition round projectile")
_DEVICE_IS = re.compile(
    rf"\b(?:{'|'.join(_DEVICES)})s? "
    r"(?:(?:could|may|might|must) (?:have )?(?:be|been)|was|is|were|are|had been)\b"
)
_NAMED_DEVICE = re.compile(
    r"\b(?:[A-Z][a-z]+ (?:mines?|shells?|missiles?|rockets?|bombs?|munitions?|ordnance)|"
    r"leftovers?|remnants?)\b"
)


def _device_origin(text: str) -> bool:
    # A pattern that opens on a word boundary is tried at every position of the text: the
    # words it needs are looked for first, which rules out most claims at once.
    if _found(_ORIGIN, _ORIGIN_WORDS, text):
        return True
    for piece in _DEVICES:
        if piece in text:
            m = _DEVICE_IS.search(text)
            return m is not None and _NAMED_DEVICE.search(text, m.end()) is not None
    return False


# Words a claim opens with that are not a name, even when capitalised.
_FUNCTION_OPENERS = wordset(
    "the this that these those we our it its there a an all no none not every each one his her "
    "their they he she i my you your after before when while both any in on at for as since "
    "because despite although though if what so but and or nobody nothing yesterday today"
)


def _party_subject(text: str, ws: Sequence[str]) -> bool:
    """Whether the claim opens with a force ("Not a single Azerbaijani soldier...") or a
    name ("Serbia had not sent..."). Text only: a name is a capitalised first word that is
    no function word, outside Title Case headlines."""
    if not ws or ws[0] == "there":
        return False  # "There were no fighters there": what was at the place hit
    if not _AGENTS.isdisjoint(ws[:5]):
        return True
    first = text.lstrip(" \"'“‘")[:1]
    if not first.isupper() or ws[0] in _FUNCTION_OPENERS:
        return False
    words = text.split()
    return sum(1 for w in words if w[:1].isupper()) * 2 < len(words)


# What befalls one, or a state, is no deed ("denies losing aircraft").
_NOT_DONE = wordset("losing suffering receiving having being knowing")

_BY_VERBS = wordset("struck hit")
