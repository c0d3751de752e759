"""Aspect, polarity and the "poles" a claim takes on each point in dispute.

These work on the claim's text alone, so the contradiction suggester can use them on
claims the app saved (edited by hand, from other articles) as well as on fresh
extractions. The tables are English word lists: cheap (one pass over the words of a
claim), explainable, and easy to extend when an editor spots a miss.

Term syntax in the tables: words separated by spaces; a trailing ``*`` makes the last
word a prefix ("violat*" matches violate, violated, violation...).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

from .wordlists import words, wordset

_W = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
# "detained 1.2 kilometres inside Serbia", "crossed 400 metres into Kosovo": a named place
# across a border (case tells a name from "inside the building").
_INSIDE_PLACE = re.compile(r"\b(?:inside|into)\s+[A-Z][a-z]")
_POSSESSIVE = re.compile(r"'s\b")
# "about 150 metres inside Bangladeshi territory", "several hundred metres into Kosovo", "had
# walked 400 metres past the line": how
# far across a line it happened is where it happened, so by whose law.
_DISTANCE_ACROSS = re.compile(
    r"\b(?:metres|meters|kilometres|kilometers|km|miles|yards)\s+"
    r"(?:inside|into|within|past|beyond|across)\s+"
    r"(?:the\s+|its\s+|their\s+|our\s+)?[A-Za-z]"
)
# "had set foot in Morocco", "entered Bangladeshi territory", "strayed into Iranian waters":
# an entry onto someone's ground, whose lawfulness is the point.
_ENTRY = re.compile(
    r"\b(?:set foot|entered|entering|strayed|straying|intruded|intruding)\s+"
    r"(?:(?:in|on|into|onto|inside)\s+)?(?:(?:the|its|their)\s+)?"
    r"(?:[A-Z][\w-]*|(?:[\w-]+\s+){0,2}(?:territory|waters|soil|airspace))"
)
# A piece of text in every match of each pattern above, looked for first (see _found).
_INSIDE_PLACE_NEEDS = ("inside", "into")
_DISTANCE_ACROSS_NEEDS = ("metres", "meters", "km", "miles", "yards")
_ENTRY_NEEDS = ("set foot", "enter", "stray", "intrud")


def _found(pattern: re.Pattern[str], needs: Sequence[str], text: str) -> bool:
    """Whether ``pattern`` matches ``text``, one of whose ``needs`` every match contains: a
    pattern that opens on a word boundary is tried at every position of the text, which
    costs more than a few substring tests that rule out most claims at once."""
    for piece in needs:
        if piece in text:
            return pattern.search(text) is not None
    return False


# Words a table prefix must not match: "sever*" is not "several", "committ*" not "the
# International Committee of the Red Cross", "organis*" not "terrorist organisations".
_NOT_PREFIXED = wordset(
    "several committee committees organisation organisations organization organizations "
    "executive executives harmony harmonious shellfish"
)


def words_of(text: str) -> list[str]:
    text = text.lower().replace("’", "'")
    return _W.findall(_POSSESSIVE.sub(" ", text) if "'" in text else text)


def _exact_second(rest: tuple[str, ...], last_prefix: bool) -> str | None:
    """The second word of a phrase term, unless the term has one word or a prefix there."""
    return rest[0] if rest and not (len(rest) == 1 and last_prefix) else None


class TermMatcher[V]:
    """Finds table terms (words, prefixes, phrases) in a list of lower-case words."""

    def __init__(self, terms: Iterable[tuple[str, V]]) -> None:
        self.terms: list[tuple[str, V]] = list(terms)
        # Phrases are keyed by their first word: (rest of the words, last is a prefix, value).
        self._exact: dict[str, list[tuple[tuple[str, ...], bool, V]]] = {}
        # One-word prefixes are keyed by their first three letters (all are longer).
        self._prefix: dict[str, list[tuple[str, V]]] = {}
        for term, value in self.terms:
            words = term.split()
            last_prefix = words[-1].endswith("*")
            if last_prefix:
                words[-1] = words[-1][:-1]
            if len(words) == 1 and last_prefix:
                if len(words[0]) < 3:
                    raise ValueError(f"prefix too short: {term!r}")
                self._prefix.setdefault(words[0][:3], []).append((words[0], value))
            else:
                self._exact.setdefault(words[0], []).append((tuple(words[1:]), last_prefix, value))
        # A first word such as "to" or "in" opens dozens of phrases: the entries that can
        # match are narrowed by the next word, once here rather than tried one by one on
        # every occurrence. _narrowed[first, second]: the entries of ``first`` that are one
        # word, or whose second word is a prefix or is ``second`` (in table order, so
        # terms are found in the same order); _loose[first]: those with no exact second word.
        self._loose: dict[str, list[tuple[tuple[str, ...], bool, V]]] = {}
        self._narrowed: dict[tuple[str, str], list[tuple[tuple[str, ...], bool, V]]] = {}
        for first, entries in self._exact.items():
            seconds = [_exact_second(rest, last_prefix) for rest, last_prefix, _v in entries]
            self._loose[first] = [
                e for e, second in zip(entries, seconds, strict=True) if second is None
            ]
            for wanted in {second for second in seconds if second is not None}:
                self._narrowed[first, wanted] = [
                    e
                    for e, second in zip(entries, seconds, strict=True)
                    if second in (None, wanted)
                ]

    def find(self, ws: Sequence[str]) -> list[tuple[int, int, V]]:
        """(start, end, value) of every term found, left to right."""
        out: list[tuple[int, int, V]] = []
        exact, prefix = self._exact, self._prefix
        n = len(ws)
        for k, w in enumerate(ws):
            entries = exact.get(w)
            if entries:
                entries = (
                    self._narrowed.get((w, ws[k + 1])) if k + 1 < n else None
                ) or self._loose[w]
                for rest, last_prefix, value in entries:
                    end = k + 1 + len(rest)
                    if end > n:
                        continue
                    if rest:
                        tail = ws[k + 1 : end]
                        if tuple(tail[:-1]) != rest[:-1]:
                            continue
                        if not (
                            tail[-1].startswith(rest[-1]) and tail[-1] not in _NOT_PREFIXED
                            if last_prefix
                            else tail[-1] == rest[-1]
                        ):
                            continue
                    out.append((k, end, value))
            starts = prefix.get(w[:3])
            if starts:
                for stem, value in starts:
                    if w.startswith(stem) and w not in _NOT_PREFIXED:
                        out.append((k, k + 1, value))
        return out


ASPECT_TERMS: dict[str, list[tuple[str, float]]] = {
    "legality": [
        ("violat*", 2),
        ("illegal", 2),
        ("illegally", 2),
        ("legal", 2),
        ("legally", 2),
        ("unlawful", 2),
        ("unlawfully", 2),
        ("lawful", 2),
        ("lawfully", 2),
        ("war crime", 3),
        ("war crimes", 3),
        ("crime", 1.5),
        ("crimes", 1.5),
        ("criminal", 1.5),
        ("international law", 3),
        ("international humanitarian law", 3),
        ("international maritime law", 3),
        ("law", 1),
        # "applied its border laws in full respect of its international obligations"
        ("laws", 1.5),
        ("obligations", 1.5),
        ("convention", 1.5),
        ("conventions", 1.5),
        # terror as a deed ("an act of terrorism"); "terrorist" positions or groups say
        # who or what was hit (see MILITARY)
        ("terrorism", 1.5),
        ("terrorise*", 1.5),
        ("terrorize*", 1.5),
        ("act of terror", 2),
        ("breach*", 1.5),
        ("sovereignty", 1.5),
        ("self-defence", 3),
        ("self-defense", 3),
        ("rules of engagement", 2),
        ("legitimate", 1),
        ("pirate", 1.5),
        ("pirates", 1.5),
        ("piracy", 1.5),
        ("international waters", 2),
        # the sea outside every state's waters: "caught as bycatch on the high seas"
        ("high seas", 2),
        # the law a force acts under, in other words: "in accordance with national legislation
        # and international maritime norms"
        *((w, 1.5) for w in words("legislation norms")),
        # force judged against what the rules allow: "of using excessive force"
        ("excessive force", 2.5),
        # "acted within the law to disperse an unauthorised gathering", "guaranteed by the
        # constitution"
        ("within the law", 2),
        ("unauthorised", 1.5),
        ("unauthorized", 1.5),
        ("constitution", 1.5),
        ("unconstitutional", 2),
        ("court", 1.5),
        ("intru*", 1),
        ("ecocide", 1.5),
        ("genocide", 1.5),
        ("territory", 1.5),
        ("waters", 1.5),
        ("airspace", 1.5),  # "straying into Belarusian airspace", "never left its airspace"
        ("economic zone", 1.5),
        ("soil", 1),
        ("land", 1.5),  # whose land it is: "This is not Serbian land"
        ("accordance", 1.5),
        ("in line with", 1.5),
        ("consistent with", 1.5),
        ("arrangements", 1),
        ("execution", 1.5),
        ("ignored", 1),
        ("orders to stop", 1.5),
        ("rules", 1),
        ("charged", 1.5),
        # a trial to come judges the act as a crime: "would be tried for illegal crossing",
        # "will face charges under forestry law"
        *((f"tried {p}", 2.0) for p in words("for under")),
        *((f"{v} charges", 2.0) for v in words("face faces facing")),
        ("prosecuted", 1.5),
        ("fined", 1.5),
        ("routine patrol", 1.5),
        # where the line itself runs, or whose a place is: "the border runs along the middle
        # of the channel", "claims the whole river as its own", "had no right to operate there"
        *(
            (f"{line} {verb}", 2.0)
            for line in words("border boundary frontier")
            for verb in words("runs run lies follows")
        ),
        *((f"as {whose} own", 1.5) for whose in words("its their our")),
        ("no right", 2.0),
        # where the line runs at all: "had never been demarcated", "the lack of an agreed
        # line", "waters pending delimitation", "claimed by both countries"
        *((w, 1.5) for w in words("demarcat* undemarcated delimit*")),
        ("claimed by both", 1.5),
        *((f"agreed {w}", 1.5) for w in words("line border boundary frontier")),
        # what the rules ask of a force: "as required under an entity law", "the rules
        # require", "force only as a last resort"
        *((w, 1.5) for w in words("require required requires")),
        ("last resort", 2.0),
        # where it happened, as against a border: on whose side, and so by whose law
        ("side of the border", 1.5),
        ("side of the line", 1.5),
        ("side of the boundary", 1.5),
        ("side of the river", 1.5),
        ("side of the frontier", 1.5),  # "the clash took place on the Iranian side of the frontier"
        *(
            (f"{way} of the {line}", 1.5)
            for way in words("north south east west")
            for line in words("line border boundary frontier")
        ),
        # the authority to act, or its lack: "fishing without a licence", "a valid warrant
        # issued by the court", "need no permission", "authorised under the law"
        *(
            (w, 1.5)
            for w in words(
                "licence licences license licenses licensed unlicensed permit permits "
                "permission warrant warrants authorised authorized authorisation "
                "authorization jurisdiction"
            )
        ),
        # a judgement of the act against a norm ("unacceptable under any circumstances")
        ("unacceptable", 1.5),
        # a ruling or a settlement that binds the sides: "the ruling is binding on both"
        ("binding", 1.5),
        # an arrest is lawful or not ("detained for illegal fishing", "arrested on
        # Serbian soil")
        ("detained", 1),
        ("arrested", 1),
        # a detention called a kidnapping is a judgement of its lawfulness
        ("kidnap*", 1.5),
        ("abduct*", 1.5),
        # a deed judged as a crime or a right in its own words
        ("ethnic cleansing", 2),
        ("annexation", 2),
        ("unilateral*", 1.5),
        ("agreement", 1.5),
        ("agreements", 1.5),
        *(
            (f"legitimate {w}", 2.0)
            for w in words("defence defense response measure measures action act self-defence")
        ),
        # crossing a border or a line is a question of where one may go, by whose law
        *(
            (f"{verb} {where}", 2.0)
            for verb in ("crossed", "crossing")
            for where in (
                "the border",
                "border",
                "the line",
                "the boundary",
                "the frontier",
                "the military",
                "the de",
                "into",
            )
        ),
    ],
    "intent": [
        ("deliberate", 3.5),
        ("deliberately", 3.5),
        ("intentional", 3.5),
        ("intentionally", 3.5),
        ("on purpose", 3.5),
        ("indiscriminate", 2),
        ("indiscriminately", 2),
        ("precise", 3.5),
        ("precision", 3.5),
        ("high-precision", 3.5),
        ("aimed at", 2),
        ("intend*", 2),
        ("intention*", 2),
        ("to terrorise", 2),
        ("to terrorize", 2),
        ("provocat*", 1.5),
        ("retaliat*", 1.5),
        ("accident*", 2),
        ("mistake*", 2),
        ("misfir*", 2),
        ("aggressi*", 1.5),
        ("escalat*", 1.5),
        ("plann*", 1.5),
        ("premeditated", 1.5),
        # "a cold-blooded attack on poor men": meant, and meant to kill
        ("cold-blooded", 2.0),
        ("in cold blood", 2.0),
        ("trying to", 1),
        ("attempt*", 1),
        ("intimidat*", 1.5),
        ("to stop", 1),
        ("to prevent", 1),
        ("to distract", 1.5),
        ("to smear", 1.5),
        ("to pressure", 1.5),
        ("to punish", 1.5),
        ("punitive", 2),  # "a punitive raid": an aim told by its name
        # a choice, not a chance: "this was a decision taken in Tehran", "someone on that
        # bridge made a decision"
        ("decision", 2),
        *((p, 1.5) for p in ("decision taken", "decision made", "made a decision")),
        ("to force", 1.5),
        ("to protect", 1.5),
        ("to annex", 1.5),
        ("to cover up", 1.5),
        # an act as a cover for another aim ("using the road project as cover for an
        # offensive", "the pretext of counter-terrorism"), or an aim told outright
        ("as cover for", 2),
        ("pretext", 2),
        ("pretexts", 2),
        ("to kill", 1.5),
        ("to win", 1),
        ("in response", 1),
        ("waging war", 1.5),
        ("using the", 1),
        # how it was done: "in a professional, standard and restrained manner"
        ("manner", 1.5),
        ("measured", 1.5),
        ("proportionate", 1.5),
        ("hyping", 1.5),
        ("endangering", 1.5),
        ("provoked", 1.5),
        ("ordered", 1),
        # care not to harm says whether harm was meant ("took every precaution to avoid
        # harm"); kept out of the manner pole, where it paired no more gold pairs on tune
        ("precautions", 2),
        ("every precaution", 2),
        ("every measure", 2),
        ("avoid harm*", 1.5),
    ],
    "casualties": [
        ("death toll", 2),
        ("toll", 2),
        ("killed", 1),
        ("killing", 1),
        ("dead", 1),
        ("died", 1),
        # how one died: "had died of a heart attack at his home", "died from his wounds"
        ("died of", 1.5),
        ("died from", 1.5),
        ("death", 1),
        ("deaths", 1),
        ("wounded", 1),
        ("injur*", 1),
        ("missing", 1),
        ("unaccounted for", 1.5),  # "seven of its employees were unaccounted for"
        # harm to people without a toll ("denied that any fishermen had been harmed")
        ("harmed", 1.5),
        ("hurt", 1.5),
        ("casualt*", 1),
        ("rescued", 1),
        ("evacuated", 1),
        ("buried", 1.5),
        ("injuries", 1),
        ("lost", 1),
        ("figure", 1.5),
        ("figures", 1.5),
        # harm to a person in other words: who was hurt and how badly
        ("victims", 1.5),
        ("beaten", 1.5),
        ("mistreat*", 1.5),
        ("ill-treat*", 1.5),
        ("suffered", 1),
        ("unhurt", 1.5),
        ("unharmed", 1.5),
        *((w, 1.5) for w in words("uninjured unscathed alive")),
        ("surgery", 1.5),
        ("condition", 1),
        ("wounds", 1.5),
        ("wound", 1.5),
        ("treated for", 1.5),
        # a patient's stay ("is now in hospital", "died in hospital"), not a place hit
        ("in hospital", 1.5),
        ("to hospital", 1.5),
        ("good health", 1.5),
        ("shot dead", 1.5),
        ("bodies", 1.5),  # "their bodies were burned beyond recognition"
        # one of the people harmed, named: "a colonel was among the dead", "denied that any of
        # its citizens were among those killed"
        *(
            (f"among {who}", 2.0)
            for who in (
                "the dead",
                "the killed",
                "the victims",
                "the wounded",
                "the injured",
                *(f"those {w}" for w in words("killed wounded injured hurt")),
            )
        ),
        # harm to a person in other words: the sea took them, or they needed care
        # ("three people drowned", "had needed medical treatment", "received first aid")
        *((w, 1.5) for w in words("drowned drowning bleeding fractur* bruis* concussion")),
        # burns as injuries ("two soldiers with burns"), and those who came through alive
        # ("had counted 141 survivors at the site")
        *((w, 1.5) for w in words("burns survivors")),
        ("medical treatment", 1.5),
        # a cut to one's own body is a wound, not a deed ("had cut his leg on deck")
        *((f"cut {whose}", 2.5) for whose in words("his her their my himself herself")),
        ("first aid", 1.5),
        # where a person was hit: "had been hit in the chest", "wounds to the back"
        *(
            (f"{prep} the {part}", 2.0)
            for prep in ("in", "to")
            for part in words("chest head leg legs back neck shoulder stomach abdomen face")
        ),
    ],
    "target": [
        ("target*", 1.5),
        # who or what felt it: "the outage affected no more than 8,000 households"
        ("affected", 1.5),
        # an impact says what was hit ("the drones had struck a pharmacy")
        ("struck", 1.5),
        ("hit", 1.5),
        ("fell on", 1.5),
        ("fallen on", 1.5),
        ("landed on", 1.5),
        ("strike", 1),
        ("destroy*", 1),
        ("destruction", 1),
        ("unarmed", 1.5),
        ("posed no threat", 1.5),
        ("no militants", 1.5),
        ("no weapons", 1.5),
        # who the people hit were: "farmers with no links to any armed group", "the ship
        # had no link to Israel", "any of the dead had ties to the group"
        ("belonging to", 2),  # "houses belonging to refugees": whose the place hit was
        ("links to", 2),
        ("link to", 2),
        ("ties to", 2),
        ("links with", 2),
        ("ties with", 2),
        # the wrong the people hit are said to have been doing ("the smuggling
        # allegation", "an espionage mission"): who they were, what was hit
        *((w, 1.5) for w in words("smuggling espionage spying poaching")),
        # goods the people were carrying or were found with, named as contraband ("sacks
        # of smuggled fertiliser", "carrying contraband fuel"): who they were
        *((w, 1.5) for w in words("smuggled contraband")),
        ("blast fishing", 1.5),
        # "had 'neutralised' five militants": a strike told by whom it removed
        *((w, 2.5) for w in words("neutralised neutralized")),
    ],
    "weapon": [
        # what someone or something was armed with: "rockets armed with cluster munitions"
        ("armed with", 1.5),
        ("armed only with", 1.5),
        # Specific arms, wreckage and markings are the point of a claim that names them;
        # a generic "drone strike" or "mortars" mostly describes an act on a target.
        *(
            (w, 2.0)
            for w in words(
                "himars kalibr iskander vilkha quadcopter quadcopters cluster fragments "
                "wreckage markings equipment"
            )
        ),
        # model names with a variant suffix ("Iskander-M", "Kalibr-NK")
        *((w, 2.0) for w in words("himars-* kalibr-* iskander-* vilkha-*")),
        # what kind of arm, by its make rather than its name: "a large-calibre sniper
        # rifle", "ballistic missiles", "guided missiles", "rifle cartridges", "detonators"
        *(
            (w, 2.0)
            for w in words(
                "sniper calibre caliber large-calibre large-caliber cartridges cartridge detonators"
            )
        ),
        # kinds of missile weigh less: they also describe a store that was hit ("a site used
        # to hide ballistic missile parts")
        ("ballistic", 1.5),
        ("guided", 1.5),
        ("explosive devices", 2.0),
        ("explosive device", 2.0),  # "an improvised explosive device had gone off"
        ("petrol bomb", 2.0),
        ("petrol bombs", 2.0),
        # arms a person strikes or is struck with
        *(
            (w, 2.0)
            for w in words("baton batons truncheon truncheons machete machetes knife knives")
        ),
        ("rubber bullets", 2.0),
        # less-lethal rounds by their kind ("rubber rounds", "rubber-coated metal pellets",
        # "rubber-bullet guns", "plastic bullets")
        *(
            (w, 2.0)
            for w in (
                "rubber bullet",
                "rubber-bullet",
                "rubber-bullets",
                "rubber rounds",
                "rubber round",
                "rubber-coated",
                "rubber projectiles",
                "rubber pellets",
                "plastic bullets",
                "baton rounds",
                "pellets",
                "projectiles",
            )
        ),
        ("live rounds", 2.0),
        ("live round", 2.0),
        ("live fire", 2.0),  # "Police Deny Using Live Fire": live rounds as against others
        *((w, 2.0) for w in words("teargas grenades")),
        ("firearms", 1.5),
        # kinds of gun by their make ("used only small arms", "had used a machine gun"); a
        # machine gun alone weighs less than a rifle: what attackers "carried" or "fired
        # machine-gun rounds" still says who they were or who fired
        *((w, 0.9) for w in ("machine gun", "machine guns", "machine-gun", "machine-guns")),
        ("small arms", 2.0),
        ("firearm", 1.5),
        # (a rifle alone weighs less: it is also what others were given or found with)
        ("rifles", 1.0),
        ("rifle", 1.0),
        # (guns weigh as a machine gun: what attackers "carried" says who they were)
        ("guns", 0.9),
        ("gun", 0.9),
        # stones borne or thrown ("had carried stones or tools"), as a rifle
        ("stones", 1.0),
        ("pistols", 1.0),
        ("pistol", 1.0),
        ("tear gas", 2.0),
        ("live ammunition", 2.0),
        # gas and sprays by their kind: "had used no chemical agents", "an irritant gas"
        *((w, 2.0) for w in ("chemical agent", "chemical agents", "irritant", "pepper spray")),
        *(
            (w, 0.75)
            for w in words(
                "missile missiles rocket rockets drone drones artillery mortar mortars munition "
                "munitions bomb bombs weapon weapons shells"
            )
        ),
        ("cruise missiles", 1.5),
        ("air defence", 1.5),
        ("air defense", 1.5),
        ("air defences", 1.5),
    ],
    "responsibility": [
        ("responsib*", 3),
        ("blame*", 2),
        ("involve*", 2.5),
        ("role in", 2.5),
        ("behind", 2.5),
        ("nothing to do with", 2.5),
        ("blown up", 2),
        ("blew up", 2),
        ("detonat*", 2),
        ("mined", 2),
        ("sabotag*", 2),
        # interference as a deed: "had jammed satellite navigation signals", "North Korean
        # Jamming Sent Ferry onto Rocks"
        ("jamm*", 2),
        # a cause that is someone's doing, or someone's fault: "the drop was man-made", "the
        # crew's own negligence"
        ("man-made", 2.5),
        ("negligence", 1.5),
        # who set others on: "of inciting supporters to...", "denied inciting violence"
        ("incit*", 1.5),
        # who gave the order: "denied any order had been given", "gave the order to fire"
        *(
            (p, 2.0)
            for p in (
                "order had been given",
                "orders had been given",
                "order was given",
                "orders were given",
                "gave the order",
                "given the order",
                "gave orders",
            )
        ),
        ("opened fire", 2),
        ("fired first", 2),
        ("first shot", 2),
        ("returned fire", 2),
        ("fired", 2),
        ("shelled", 2),
        ("shelling", 1.5),
        ("shot", 1),
        ("shot at", 1.5),  # "they shot at us first"
        ("ramm*", 2),
        ("boarding", 1.5),
        ("boarded", 1.5),
        ("destroyed by", 2.5),
        ("hit by", 2),  # "the convoy had been hit by government drones": by whom
        ("struck by", 2),
        ("collapsed", 1.5),
        ("explosion", 1.5),
        ("collision", 1.5),
        ("carried out", 1.5),
        ("organis*", 1.5),
        ("organiz*", 1.5),
        # the verb ("armed by Sudan's army", "arming a group"), not the adjective ("armed
        # men", "a column of armed vehicles"), which says what was hit
        ("armed by", 1.5),
        ("arming", 1.5),
        ("backed by", 1.5),
        # paying for a group is backing it: "of financing the rebels to destabilise..."
        *((w, 1.5) for w in words("financing financed funding funded sponsoring sponsored")),
        ("staged", 1.5),
        ("staging", 1.5),
        ("caused by", 1.5),
        ("collided", 1.5),
        ("crossed", 1.5),
        ("crossing", 1.5),
        ("advance", 1.5),
        ("started", 1.5),
        ("starting", 1.5),
        # how it started ("had begun as a fight between..."), not when ("began at 9 a.m.")
        ("began as", 2),
        ("begun as", 2),
        ("began when", 2),
        ("begun when", 2),
        ("under fire", 2),  # "had come under fire from...": who fired first
        ("under attack", 2),
        # where the fire came from says who fired ("the round had come from positions held
        # by...")
        ("came from", 1.5),
        ("come from", 1.5),
        ("coming from", 1.5),
        # harm one did to oneself: "had injured himself when he fell", so nobody else did
        *(
            (f"{harm} {who}", 3.0)
            for harm in words("injured hurt wounded killed harmed")
            for who in words("himself herself themselves")
        ),
        ("any role", 2.5),
        ("role", 1.5),  # a headline's "Denies Role": one's part in it
        ("no role", 2.5),
        ("committ*", 1.5),
        ("attacked", 1.5),
        ("attacking", 1.5),
        ("pushed", 1.5),
        ("pushing", 1.5),
        ("push back", 1.5),
        ("escorted", 1.5),
        ("intercepted by", 1.5),
        ("dragged", 1.5),
        ("bombing", 1.5),
        ("bombed", 1.5),
        ("massacre", 1.5),
        ("conducted", 1),
        ("carrying out", 1.5),
        ("looted", 1.5),
        ("set fire", 1.5),
        ("on fire", 1.5),
        # arson and cutting as deeds: "had set the truck alight", "cut through a perimeter
        # fence", "had cut the electricity supply", "of cutting water to the city"
        ("alight", 1.5),
        ("ablaze", 1.5),
        ("cut through", 2),
        ("had cut", 2),
        ("cut off", 1.5),
        ("human shields", 2),
        ("human shield", 2),
        ("shot down", 1.5),
        ("brought down", 1.5),
        ("entered", 1),
        ("poorly maintained", 1.5),
        ("failed", 1),
        # a duty left undone: "of failing to stop them", "for failing to control"
        ("failing to", 1.5),
        # traces that lead to a culprit ("all point to the same unit", "tools attributed to
        # the group", "a company linked to the agency", "the signature of the rebels")
        ("point to", 2),
        ("points to", 2),
        ("pointed to", 2),
        ("attributed to", 2),
        ("linked to", 1.5),
        ("signature of", 2),
        # code or methods in common with a known culprit's ("the code shared significant
        # overlaps with tools linked to the unit", "similarities with earlier attacks")
        *((w, 1.5) for w in words("overlap overlaps overlapping similarity similarities")),
        ("hallmark of", 2),
        ("hallmarks of", 2),
        # "fragments matched ammunition used by the army", "fitted a clear pattern of
        # operations by Minsk"
        ("matched", 1.5),
        ("pattern of", 2),
        # where one's own forces were: "its units had been 'nowhere near' the towers"
        ("nowhere near", 2.5),
        # "the protesters were never inside the fence": where they were, so not who did it
        ("never inside", 2.5),
        ("never near", 2.5),
        ("accusation", 0.5),
        # whose hand is named by tracing it back: "the attack had been traced to servers in
        # the capital", "too early to attribute the attack to any government", "the group was
        # a front for the intelligence service", "hackers working on behalf of the state"
        ("traced to", 2),
        ("traced back to", 2),
        *((w, 2) for w in words("attribute attributing attribution")),
        ("front for", 2),
        ("on behalf of", 1.5),
    ],
}
_ASPECTS = TermMatcher(
    (term, (aspect, weight)) for aspect, terms in ASPECT_TERMS.items() for term, weight in terms
)
# When scores tie, the more specific point in dispute wins.
_PRIORITY = ("legality", "intent", "casualties", "weapon", "responsibility", "target")
_USE = wordset("use used using")
# ("carrying" mostly tells what the people held or hit had with them: "arrested carrying
# rifles", see _CARGO)
_FIRED_OR_CARRIED = wordset("fired firing fire carried carry")
_ARRIVED = wordset("came come arrived returned")


def _armed_force_used(ws: Sequence[str]) -> bool:
    """ "using armed sailors to expel...", "had used armed police against the crowd": armed
    people as the means of an act (not "armed men opened fire", who did it)."""
    return any(w == "armed" and k and ws[k - 1] in _USE for k, w in enumerate(ws))


_CUE_BIAS: dict[str, tuple[str, float]] = {
    "accuse": ("responsibility", 1.0),
    "blame": ("responsibility", 2.0),
    # "called the shelling an act of aggression", "condemned the raid as a massacre": a name
    # given to the act is mostly a judgement of its lawfulness
    "call": ("legality", 1.5),
    "condemn": ("legality", 1.5),
}
DIRECTIVE_CUES = wordset("urge advise appeal demand")
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

# --- poles -------------------------------------------------------------------------------
NEGATORS = wordset("not no never none nothing nobody without n't nor neither")
CIVILIAN = {
    "civilian": 2,
    "civilians": 2,
    "residential": 2,
    "residents": 1.5,
    "homes": 2,
    "home": 1.5,
    "houses": 2,
    "apartment": 2,
    "apartments": 2,
    "hospital": 2,
    "hospitals": 2,
    "patients": 2,
    "school": 2,
    "schools": 2,
    "kindergarten": 2,
    "market": 1.5,
    "shopping": 2,
    "children": 2,
    "nurses": 1.5,
    "medical": 1.5,
    "church": 2,
    "mosque": 2,
    "infrastructure": 1,
    "grain": 1,
    "food": 1,
    "workers": 1,
    "villages": 1,
    "village": 1,
    "city": 1,
    "town": 1,
    "street": 1.5,
    "families": 1.5,
    "traders": 1.5,
    "farmers": 1.5,
    "shoppers": 2,
    "displaced": 1.5,
    "camp": 0.5,
    "people": 0.5,
    "peaceful": 1,
    # people at work or on the move, as the victims of these stories are often named
    "villagers": 1.5,
    "peasants": 1.5,
    "fishermen": 1.5,
    "fisherman": 1.5,
    "boatmen": 1.5,
    "herders": 1.5,
    "shepherds": 1.5,
    "migrants": 1.5,
    "refugees": 1.5,
    "passengers": 1.5,
    "drivers": 0.5,
    "women": 1.5,
    "innocent": 1.5,
    # people at prayer or at school
    "worshippers": 2,
    "pupils": 2,
    "teachers": 1.5,
    "pilgrims": 2,
    "voters": 1.5,  # "They were ordinary voters with their identity cards"
    "journalists": 1.5,
}
MILITARY = {
    "military": 1.5,
    "unit": 2,
    "units": 1,
    "barracks": 2.5,
    "base": 2,
    "bases": 2,
    "depot": 2,
    "depots": 2,
    "ammunition": 1.5,
    "positions": 0.5,
    "position": 1,
    "hostile": 1.5,
    "combatants": 2,
    "combatant": 2,
    "militants": 1.5,
    "commander": 1.5,
    "commanders": 1.5,
    "headquarters": 2,
    "mercenaries": 1.5,
    "objective": 1,
    "warship": 1.5,
    "sites": 0.5,
    "facility": 0.5,
    "facilities": 1,
    "soldiers": 0.5,
    "troops": 0.5,
    "forces": 0.5,
    "fighters": 0.5,
    "legitimate": 1,
    "threat": 1,
    # people named as wrongdoers or enemies when they are the ones hit ("fired warning
    # shots at 'suspects'", "killed two smugglers", "strikes on 'terrorist' positions");
    # as the subject of an act they are its agents, not its target (see _victim_scores)
    "suspects": 1.5,
    "smugglers": 1.5,
    "smuggler": 1.5,
    "terrorists": 1.5,
    "terrorist": 1,
    "insurgents": 1.5,
    "infiltrators": 1.5,
}
_WRONGDOERS = wordset("suspects smugglers smuggler terrorists terrorist insurgents infiltrators")
_MILITARY_PHRASES = TermMatcher(
    [(p, 2.0) for p in ("turned into", "used as", "converted into", "used by")]
    + [
        (f"military {w}", 1.5)
        for w in words("target targets objective facility facilities site sites unit")
    ]
)
# manner: +1 deliberate, -1 precise or accidental; law: +1 unlawful, -1 lawful
_MANNER = TermMatcher(
    [
        (t, 1)
        for t in (
            "deliberate",
            "deliberately",
            "intentional",
            "intentionally",
            "on purpose",
            "indiscriminate",
            "indiscriminately",
            "to terrorise",
            "to terrorize",
            "planned",
            "premeditated",
            "cold-blooded",
            "in cold blood",
            "aggressive",
            "trying to destroy",
            "trying to kill",
            "trying to terrorise",
            "trying to annex",
            "trying to intimidate",
            "trying to punish",
        )
    ]
    + [
        (t, -1)
        for t in (
            "precise",
            "precision",
            "high-precision",
            "accident*",
            "mistaken",
            "mistakenly",
            "misfir*",
            "errant",
            "only struck military",
            "only hit military",
            "only targeted military",
            "restrained",
            "professional",
        )
    ]
)
_LAW = TermMatcher(
    [
        (t, 1)
        for t in (
            "violat*",
            "illegal",
            "illegally",
            "unlawful",
            "unlawfully",
            "war crime",
            "war crimes",
            "crime",
            "crimes",
            "criminal",
            "terrorism",
            "act of terror",
            "breach*",
            "contrary to international",
            "pirate",
            "pirates",
            "piracy",
            "ecocide",
            "genocide",
            "international waters",
            "intimidation",
            "unacceptable",
            "kidnap*",
            "abduct*",
        )
    ]
    + [
        (t, -1)
        for t in (
            "in accordance with",
            "in line with",
            "in compliance with",
            "within the law",
            "lawful",
            "lawfully",
            "legal",
            "legally",
            "legitimate",
            "self-defence",
            "self-defense",
            "rules of engagement",
            "right to defend",
            "orders of a court",
            "order of a court",
            "court order",
            "waters pending delimitation",
            "disputed waters",
        )
    ]
)
_HARM = TermMatcher(
    (t, True)
    for t in words(
        "attack* fire fired firing shell* struck strike* hit blow* blew blown destroy* kill* "
        "target* launch* mined detonat* organis* organiz* armed arming violat* seiz* ramm* "
        "board* cross* advanc* shot shoot* provocation aggression crime crimes responsib* "
        "behind caus* misfir* collid* staged staging backed threat* sabotag* start* committ* "
        "terroris* harass* intru* involve* role siege besieg* abduct* kidnap* detain* captur* "
        "bomb* raid* push* abandon* invad* occup* escort* misfir* risk endanger* abus* "
        "mistreat* beat* tortur* loot* intercept* harm* execut* abduct* sever* damag* sank sink* "
        "cut cuts cutting alight ablaze expel* evict*"
    )
)
# What a vehicle or its people carried ("the lorries had been carrying only cement", "the
# plane had been loaded with anti-tank missiles"): an account of what was hit.
_CARGO = TermMatcher((t, True) for t in ("carrying", "carried", "loaded with"))
# Weapon-table words that are no arms ("carrying insulin and dialysis equipment").
_NOT_ARMS = wordset("equipment markings wreckage fragments")
# Arms found with someone or something ("guards had found ammunition in the car").
_POSSESSED = wordset("found seized hidden included confiscated discovered")
_UNLAWFUL_WORDS = TermMatcher(
    (t, True) for t in words("violat* illegal* unlawful* crime crimes criminal breach* pira*")
)

TARGET_PREPS = wordset(
    "on at against into toward towards inside near in across over to onto upon of"
)
ACTOR_PREPS = frozenset({"by", "from"})

_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
    "dozens": 24,
    "dozen": 12,
    "scores": 40,
    "hundreds": 200,
    "a": 1,
    "single": 1,
    "none": 0,
    "no": 0,
}
_HARM_WORDS = {
    "killed": "killed",
    "dead": "killed",
    "died": "killed",
    "killing": "killed",
    "deaths": "killed",
    "wounded": "wounded",
    "injured": "wounded",
    "wounding": "wounded",
    "injuring": "wounded",
    "missing": "missing",
    "harmed": "wounded",
    "hurt": "wounded",
    # tolls in other words: "strike kills five", "had buried 19 people", "treated 50"
    "kills": "killed",
    "buried": "killed",
    "bury": "killed",
    "burying": "killed",
    "bodies": "killed",
    "treated": "wounded",
    "drowned": "killed",  # "at least three people drowned"
}
_VICTIM_CLASS = {
    "civilians": "civilian",
    "civilian": "civilian",
    "children": "civilian",
    "patients": "civilian",
    "residents": "civilian",
    "workers": "civilian",
    "soldiers": "military",
    "soldier": "military",
    "servicemen": "military",
    "troops": "military",
    "sailors": "military",
    "sailor": "military",
    "guards": "military",
    "fighters": "military",
    "officers": "military",
    # the dead named as the other side's fighters ("two of the attackers had been killed")
    "attackers": "military",
    "gunmen": "military",
    "militants": "military",
    "rebels": "military",
    "smugglers": "military",
    # so that "none of its crew" / "no people" are tolls of zero, not just negations
    "crew": "people",
    "people": "people",
}
GENERIC_REFERENTS = wordset(
    "accusation accusations allegation allegations claim claims account accounts report "
    "reports statement statements figure figures version assertion assertions charge "
    "charges toll tolls"
)
# Words every story in the domain uses: sharing one of them says little.
COMMON_STEMS = wordset(
    "soldier fire attack strike struck forc civilian people kill military border "
    "territory troop unit area region city village government official minister ministry "
    "report statement"
)
STOP = wordset(
    "the a an of to in and or is are was were be been being has have had it its that this "
    "these those on at by for with from as not but which who their his her they he she we "
    "our any all no none there than then also into about after before over would could "
    "will should may might said says say"
)
SYNONYMS = {
    "aircraft": "aircraft",
    "drone": "aircraft",
    "drones": "aircraft",
    "plane": "aircraft",
    "jet": "aircraft",
    "uav": "aircraft",
    "quadcopter": "aircraft",
    "soldier": "soldier",
    "soldiers": "soldier",
    "servicemen": "soldier",
    "troops": "soldier",
    "troop": "soldier",
    "units": "soldier",
    "shelled": "fire",
    "shelling": "fire",
    "fired": "fire",
    "fire": "fire",
    "shot": "fire",
    "threat": "threat",
    "threatened": "threat",
    "threatening": "threat",
    "threats": "threat",
    "collision": "collide",
    "collided": "collide",
    "collisions": "collide",
    "intimidation": "threat",
    "intimidating": "threat",
    "intimidate": "threat",
}


_PUNISHED = wordset(
    "detained arrested seized held fined charged punished sentenced convicted jailed shot "
    "stopped expelled deported prosecuted"
)


def _punished_for(ws: Sequence[str], k: int) -> bool:
    """ "had been detained for illegally crossing": an unlawful deed given as the reason."""
    if k < 2:
        return False
    window = ws[max(0, k - 3) : k]
    if "for" not in window:
        return False
    j = max(0, k - 3) + window.index("for")
    return any(w in _PUNISHED for w in ws[max(0, j - 3) : j])


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
_PAST_IRREGULAR = wordset(
    "shot hit struck set took left sent began wore carried fired burned burnt threw drove cut "
    "blew broke brought fought led made put ran stole"
)
# Words that may stand between the subject and its verb ("had only returned fire").
_BEFORE_VERB = wordset(
    "had have has not never only first also already then allegedly deliberately repeatedly"
)
_VICTIM_VERBS = wordset("killed wounded injured")
# Who the people were, as the complement of "to be" ("the three dead were farmers", "they
# are fishermen", "every one of the dead was a combatant"): civilians or fighters, what
# was hit. Age and sex ("most of the dead were women and children") say who died.
_STATUS = (
    frozenset(w for w, v in CIVILIAN.items() if v >= 1.5) - wordset("women children home")
) | wordset(
    "combatant combatants militant militants fighter fighters guerrillas guerrilla insurgents "
    "insurgent terrorists terrorist smugglers smuggler pirates pirate soldiers soldier members "
    "member farmer trader herder fishermen civilian fathers engineers students"
)
_HARMED_AUX = wordset("been were was")
_HARMED = wordset("killed wounded injured harmed hurt shot beaten assaulted whipped")


def _harmed_passive(ws: Sequence[str]) -> bool:
    """People as the ones harmed ("any sailor had been killed", "two civilians ... had been
    wounded in the crossfire", "the man had been injured when he fell", "a seaman had died
    when a missile struck the bridge"), but not "killed by a round from a sniper rifle",
    where the claim goes on to tell who or what did it."""
    if _HARMED.isdisjoint(ws) and "died" not in ws and _BURNED.isdisjoint(ws):
        return False
    for k in range(1, len(ws)):
        if ws[k] in _HARMED_WHEN and k + 1 < len(ws) and ws[k + 1] == "when":
            # how one came to harm is still about the harm (on tune, 14 of 16 such claims
            # are about the casualties), unless a force or a culprit is the one who acted
            # ("were killed when a militant detonated...")
            return _AGENTS.isdisjoint(ws[k + 2 : k + 6]) and _CULPRITS_ANY.isdisjoint(
                ws[k + 2 : k + 6]
            )
        if ws[k] in _HARMED and (
            ws[k - 1] in _HARMED_AUX
            # "a ranger was slightly injured", "were badly beaten": one adverb between
            or (k > 1 and ws[k - 1].endswith("ly") and ws[k - 2] in _HARMED_AUX)
        ):
            # ("were shot at" is fire, not harm)
            return k + 1 == len(ws) or ws[k + 1] not in ("by", "at")
        if (
            ws[k] in _BURNED
            and ws[k - 1] in _HARMED_AUX
            and any(w in _PEOPLE or w in _VICTIM_CLASS for w in ws[max(0, k - 5) : k - 1])
        ):
            # "three of our officers were burned" (but "the lorries were burned" is what was
            # hit)
            return True
        if (
            ws[k] in _HARMED
            and (ws[k - 1] in _PEOPLE or ws[k - 1] in _VICTIM_CLASS)
            and (k + 1 == len(ws) or ws[k + 1] in _REDUCED_NEXT)
        ):
            # a headline's reduced passive: "Fisherman Killed as Patrol Fires on Boat",
            # "Two Herders Wounded in Raid" (but not "villagers killed a soldier")
            return True
    return False


_HARMED_WHEN = _HARMED | wordset("died")
_BURNED = wordset("burned burnt")
_CULPRITS_ANY = wordset("militant soldier gunman attacker assailant bomber raider fighter")
# What may follow a reduced passive of harm ("... Killed as", "... Wounded in").
_REDUCED_NEXT = wordset("as in after during near off on while")


_BREAK_VERBS = wordset("broke broken breaking breaks breached ignored flouted")
_PACTS = wordset(
    "agreement agreements accord accords ceasefire truce armistice treaty law laws rules deal"
)


def _pact_broken(ws: Sequence[str]) -> bool:
    """ "had broken a local agreement", "breaking the truce": a breach, however worded."""
    if _BREAK_VERBS.isdisjoint(ws):
        return False
    for k, w in enumerate(ws):
        if w in _BREAK_VERBS and not _PACTS.isdisjoint(ws[k + 1 : k + 5]):
            return True
    return False


_ARMED_GROUP = wordset(
    "fighters militants gunmen insurgents rebels guerrillas combatants terrorists jihadists"
)
_WHERE = wordset("near in at inside among operating hiding there present")


def _fighters_present(ws: Sequence[str]) -> bool:
    """ "Hamas gunmen had been operating near the distribution point", "none of their fighters
    had been in the village": whether there were fighters at the place hit."""
    if _ARMED_GROUP.isdisjoint(ws):
        return False
    for k, w in enumerate(ws):
        if w not in _ARMED_GROUP:
            continue
        for j in range(k + 1, min(len(ws) - 1, k + 4)):
            if ws[j] in ("been", "were", "was") and ws[j + 1] in _WHERE:
                return True
    return False


_PEOPLE = (
    wordset(
        "civilians civilian residents patients children nurses families traders farmers shoppers "
        "villagers peasants fishermen fisherman boatmen herders shepherds migrants refugees "
        "passengers women people men boys girls teenagers workers"
    )
    | wordset(
        # people at work, at study or on the way, as the ones held or hit are often named
        "journalists journalist reporters reporter photographers cameraman employees employee "
        "miners miner pilgrims pilgrim students student sailors sailor seamen seaman crewmen "
        "engineers engineer labourers laborers foresters forester farmer villager herder shepherd "
        "migrant refugee worker volunteers doctors teachers tourists hostages"
    )
    | wordset(
        # people of a church, a plant or a community, as the ones held or hit
        "monks monk priests priest nuns technicians technician chiefs elders"
    )
)
_NOT_DOING = wordset("during including according regarding concerning following")
# (and "had been caught felling trees", "were seen crossing the river": what they were
# found doing)
_RELATIVE_AUX = wordset("who were had been was caught seen found spotted")


def _victims_doing(ws: Sequence[str]) -> bool:
    """ "opened fire on families who were fleeing", "workers harvesting sesame": the people
    hit described by what they were doing, which says what they were."""
    if _PEOPLE.isdisjoint(ws):
        return False
    for k, w in enumerate(ws):
        if w not in _PEOPLE:
            continue
        j = k + 1
        while j < len(ws) and j <= k + 3 and ws[j] in _RELATIVE_AUX:
            j += 1
        if j < len(ws) and ws[j].endswith("ing") and len(ws[j]) > 4 and ws[j] not in _NOT_DOING:
            return True
    return False


_HOLD = wordset("seized seizing detained detaining arrested arresting captured capturing")
_HELD = _PEOPLE | wordset("officers officer policemen police guards soldiers men man woman")


def _is_count(w: str) -> bool:
    return w.isdigit() or w in _NUMBER_WORDS


def _people_held(ws: Sequence[str]) -> bool:
    """ "guards seized villagers", "had detained two police officers": a detention of people,
    whose lawfulness is the point (a seized tanker or seized rifles are not)."""
    if _HOLD.isdisjoint(ws):
        return False
    return any(
        w in _HOLD
        # "two of the detained fishermen were beaten", "visit the two detained men": who the
        # people were, not the act
        and not (k and (ws[k - 1] in _DETERMINERS or _is_count(ws[k - 1])))
        and (
            not _HELD.isdisjoint(ws[k + 1 : k + 6])
            # a headline's reduced passive: "Customs Officers Seized Inside Benin"
            or (
                k > 0
                and ws[k - 1] in _HELD
                and (k + 1 == len(ws) or ws[k + 1] in _REDUCED_NEXT or ws[k + 1] in _WHERE)
            )
        )
        for k, w in enumerate(ws)
    )


# Custody or rough handling suffered in the passive ("31 fishermen were held", "any
# technicians had been detained", "any fisherman had been assaulted").
_HELD_PASSIVE = wordset(
    "detained held arrested questioned interrogated jailed imprisoned assaulted whipped "
    # "at least 40 people had been taken into custody"
    "custody"
)
_CUSTODY_AUX = _HARMED_AUX | wordset("being")
_QUANTIFIERS = wordset("any no none")
# Who may be counted as held ("31 fishermen", "four of its technicians", "any monk").
_PERIODS = wordset("since year years month months")
_HELD_PEOPLE = (
    _HELD
    | frozenset(_VICTIM_CLASS)
    | wordset("members staff crew delegation supporters activists protesters demonstrators")
)


def _people_counted_held(ws: Sequence[str]) -> bool:
    """ "31 fishermen were held for several hours", "nine herders had been detained on
    suspicion of arson", "two monks who refused were taken to a border post and held",
    "denied that any technicians had been detained": how many people were held or roughly
    handled, told in the passive with a count or "any" before the people, is the human
    toll of an incident (the brief: who or how many were killed, hurt, held). An active
    detention ("guards seized villagers") is left to its lawfulness (_people_held), and
    "the detained men" describes the men (no auxiliary). A tally over a period ("more than
    30 people have been detained along the line this year") is background, not the toll
    of the incident."""
    if _HELD_PASSIVE.isdisjoint(ws) or not _PERIODS.isdisjoint(ws):
        return False
    for k, w in enumerate(ws):
        if w not in _HELD_PASSIVE:
            continue
        # the auxiliary of the passive, a few words back ("were taken ... and held")
        aux = next((i for i in range(k - 1, max(-1, k - 9), -1) if ws[i] in _CUSTODY_AUX), -1)
        if aux < 1:
            continue
        # (the count may open a longer subject: "six farmers from the Baizak district had")
        before = ws[max(0, aux - 8) : aux]
        if any(_is_count(b) or b in _QUANTIFIERS for b in before) and not _HELD_PEOPLE.isdisjoint(
            before
        ):
            return True
    return False


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


_ONLY = wordset("only exclusively solely")
_AIM_WORDS = wordset("at on struck strike strikes hit hits targeted target targets against")


def _only_at_class(ws: Sequence[str]) -> bool:
    """ "returned fire only at identified military positions", "only strike 'terrorist'
    positions": fire kept to one kind of object says what was hit."""
    if _ONLY.isdisjoint(ws):
        return False
    return any(
        w in _ONLY
        and k + 1 < len(ws)
        and ws[k + 1] in _AIM_WORDS
        and any(v in CIVILIAN or v in MILITARY for v in ws[k + 2 : k + 6])
        for k, w in enumerate(ws)
    )


_MILITARY_USES = wordset("firing fortress stronghold arsenal outpost launchpad")
_AIM_VERBS = wordset("target strike hit fire aim shell attack bomb")
_HABIT_NEG = (("do", "not"), ("does", "not"), ("do", "never"), ("does", "never"))
_HABIT_AUX = wordset("do does")


def _policy_on_targets(ws: Sequence[str]) -> bool:
    """ "Our armed forces do not strike civilian targets", "the rebels do not target
    facilities that serve the masses": a rule about what one hits, said in the present, is
    about what was hit (unlike "did not shell any hospital", a denial of the act)."""
    if _HABIT_AUX.isdisjoint(ws):
        return False
    for k in range(2, len(ws)):
        if (
            ws[k] in _AIM_VERBS
            and (ws[k - 2], ws[k - 1]) in _HABIT_NEG
            and any(v in CIVILIAN or v in MILITARY for v in ws[k + 1 : k + 4])
        ):
            return True
    return False


_CONVERT = wordset("turned turning converted converting transformed transforming")


def _put_to_use(ws: Sequence[str]) -> bool:
    """ "had turned the building into a firing position", "of converting the airport into a
    depot": a place put to (military) use says what the place hit was."""
    if _CONVERT.isdisjoint(ws):
        return False
    for k, w in enumerate(ws):
        if w not in _CONVERT or "into" not in ws[k + 2 : k + 6]:
            continue
        j = ws.index("into", k + 2)
        if any(v in MILITARY or v in _MILITARY_USES for v in ws[j + 1 : j + 4]):
            return True  # but "turned aid lines into death traps" says what was done to them
    return False


_COPULA = wordset("was were is are included")
_STATUS_SKIP = wordset(
    "not all only just mostly ordinary innocent a an unarmed local simple poor registered "
    "licensed professional"
)


def _contrast_at(ws: Sequence[str], k: int) -> bool:
    """ "troops killed insurgents, not civilians": one kind of people against another."""
    return (
        k + 1 < len(ws) and ws[k + 1] in _STATUS and not _STATUS.isdisjoint(ws[max(0, k - 3) : k])
    )


# The people hit named as the subject of "to be": "the dead were two brothers...", "any of
# the victims were its members": who they were, whatever the complement's words.
_VICTIM_HEADS = wordset("dead victims")
_NOT_STATUS = wordset("in at on being not taken still among")


def _victims_were(ws: Sequence[str]) -> bool:
    if _VICTIM_HEADS.isdisjoint(ws):
        return False
    for k in range(1, len(ws) - 1):
        if ws[k] in _COPULA and ws[k - 1] in _VICTIM_HEADS:
            if k >= 4 and ws[k - 3] == "of" and _number(ws[k - 4]) is not None:
                return False  # "two of the dead were...": a count of the dead
            nxt = ws[k + 1]
            # "the dead were taken to...", "the wounded were in hospital": what befell them
            return not (nxt in _NOT_STATUS or nxt.endswith("ed") or nxt in _PAST_IRREGULAR)
    return False


_COUNTED_HEADS = wordset("them dead victims wounded injured killed")
_COUNT_SKIP = wordset("the those")


def _victims_counted(ws: Sequence[str]) -> bool:
    """ "two of them were boys under 15", "three of the victims were women": a count of the
    people harmed by age or sex (who they were as fighters or civilians is `_status_named`)."""
    if "of" not in ws:
        return False
    for k in range(1, len(ws) - 2):
        if ws[k] != "of" or _number(ws[k - 1]) is None or ws[k - 1] in ("a", "no"):
            continue
        j = k + 1
        if ws[j] in _COUNT_SKIP:
            j += 1
        if j + 1 < len(ws) and ws[j] in _COUNTED_HEADS and ws[j + 1] in _COPULA:
            return True
    return False


def _status_named(ws: Sequence[str]) -> bool:
    """Whether the claim says who the people were ("they were farmers", "These were ordinary
    families", "killed insurgents, not civilians") rather than what happened to them."""
    if _victims_were(ws):
        return True
    if _STATUS.isdisjoint(ws):
        return False
    for k, w in enumerate(ws):
        if w == "not" and _contrast_at(ws, k):
            return True
        # "had arrested the men as smugglers": who the people held were said to be
        held_as = w == "as" and not _HOLD.isdisjoint(ws[max(0, k - 5) : k])
        if w not in _COPULA and not held_as:
            continue
        j = k + 1
        while j < len(ws) and j <= k + 3 and ws[j] in _STATUS_SKIP:
            j += 1
        if j < len(ws) and ws[j] in _STATUS:
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


_NOBODY_HARMED = _HARMED | _HELD_PASSIVE | wordset("mistreated targeted hit")


def _nobody_harmed(ws: Sequence[str]) -> bool:
    """ "Nobody was shot", "no one had been hurt in the blasts": the passive of a harm or a
    detention whose subject is no one is a toll of none (the brief: who or how many were
    killed, hurt, held), however strongly the verb also names a deed."""
    if not ws or ws[0] not in _NO_ONE:
        return False
    j = 2 if ws[0] == "no" else 1
    if ws[0] == "no" and tuple(ws[1:2]) != ("one",):
        return False
    if tuple(ws[j : j + 2]) in (("had", "been"), ("has", "been")):
        j += 2
    elif j < len(ws) and ws[j] in ("was", "were"):
        j += 1
    else:
        return False
    return j < len(ws) and ws[j] in _NOBODY_HARMED


_NO_ONE = wordset("nobody no-one no")


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
    if any(w in _AGENTS for w in ws[:5]):
        return True
    first = text.lstrip(" \"'“‘")[:1]
    if not first.isupper() or ws[0] in _FUNCTION_OPENERS:
        return False
    words = text.split()
    return sum(1 for w in words if w[:1].isupper()) * 2 < len(words)


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


@dataclass(frozen=True)
class Casualty:
    value: int
    harm: str  # killed / wounded / missing
    victims: str  # civilian / military / people
    side: str | None  # the party whose people these are, when the text says


@dataclass(frozen=True)
class Features:
    aspect: str
    polarity: str
    victims: str | None = None  # "civilian" / "military"
    manner: str | None = None  # "deliberate" / "precise"
    law: str | None = None  # "unlawful" / "lawful"
    actor: str | None = None  # the party the claim says acted
    actor_is_self: bool = False
    harm: bool = False
    casualties: tuple[Casualty, ...] = ()
    stems: frozenset[str] = field(default_factory=frozenset)
    generic: bool = False
    appeal: bool = False
    alibi: bool = False  # names another culprit or cause ("the gunmen were local Serbs")


@lru_cache(maxsize=8192)
def _stem(w: str) -> str:
    w = SYNONYMS.get(w, w)
    for suf in ("ing", "ed", "es", "s", "e"):
        if len(w) > len(suf) + 3 and w.endswith(suf):
            return w[: -len(suf)]
    return w


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
    # tried when the claim has one of its words (_NEEDS).
    cues = _RULE_WORDS.intersection(ws)
    needs = _NEEDS
    status_named = not needs["status_named"].isdisjoint(cues) and _status_named(ws)
    negated = _negated_words(ws)
    agent_act = not needs["agent_act"].isdisjoint(cues) and _agent_act(ws)
    party_subject = _party_subject(text, ws)
    characterised, term_scores = _term_scores(ws, aspects)
    nobody_harmed = _nobody_harmed(ws)
    return _Scan(
        words=ws,
        aspects=tuple(aspects),
        manner=_pole(ws, manner),
        law=_pole(ws, law),
        harm=bool(harm),
        harm_at=frozenset(s for s, _e, _v in harm),
        unlawful_at=min((s for s, _e, _v in unlawful), default=-1),
        civilian=civ,
        military=mil,
        numbers=tuple(_casualty_numbers(ws)),
        negated=negated,
        appeal=not needs["appeal"].isdisjoint(cues) and is_appeal(ws),
        other_culprit=not needs["other_culprit"].isdisjoint(cues) and _other_culprit(ws),
        agent_act=agent_act,
        weapon_subject=not needs["weapon_subject"].isdisjoint(cues) and _weapon_subject(ws),
        done_by_agent=not needs["done_by_agent"].isdisjoint(cues) and _done_by_agent(ws),
        status_named=status_named,
        harmed_passive=not needs["harmed_passive"].isdisjoint(cues) and _harmed_passive(ws),
        pact_broken=not needs["pact_broken"].isdisjoint(cues) and _pact_broken(ws),
        fighters_present=not needs["fighters_present"].isdisjoint(cues) and _fighters_present(ws),
        victims_doing=not needs["victims_doing"].isdisjoint(cues) and _victims_doing(ws),
        people_held=not needs["people_held"].isdisjoint(cues) and _people_held(ws),
        party_subject=party_subject,
        only_at_class=not needs["only_at_class"].isdisjoint(cues) and _only_at_class(ws),
        put_to_use=not needs["put_to_use"].isdisjoint(cues) and _put_to_use(ws),
        # "carried out" is an act, not a load
        cargo=any(tuple(ws[e : e + 1]) != ("out",) for _s, e, _v in cargo),
        inside_place=_found(_INSIDE_PLACE, _INSIDE_PLACE_NEEDS, text),
        entry=_found(_ENTRY, _ENTRY_NEEDS, text),
        generic=not needs["generic"].isdisjoint(cues) and _generic(ws),
        characterised=characterised,
        term_scores=term_scores,
        shields=not needs["shields"].isdisjoint(cues) and _human_shields(ws),
        # ("sheltering residents, not fighters" says who was there)
        aftermath=not (harm or status_named or negated or "not" in cues)
        and not _AFTERMATH.isdisjoint(cues),
        victims_counted=not needs["victims_counted"].isdisjoint(cues) and _victims_counted(ws),
        people_counted_held=not needs["people_counted_held"].isdisjoint(cues)
        and _people_counted_held(ws),
        policy_on_targets=not needs["policy_on_targets"].isdisjoint(cues)
        and _policy_on_targets(ws),
        nobody_harmed=nobody_harmed,
        nobody_did=not nobody_harmed and _nobody_did(ws),
        clean_record=not needs["clean_record"].isdisjoint(cues) and _clean_record(ws),
        suspects_held=not needs["suspects_held"].isdisjoint(cues) and _suspects_held(ws),
        fire_origin=(not needs["fired_from"].isdisjoint(cues) and _fired_from(ws))
        or (not needs["force_witnessed"].isdisjoint(cues) and _force_witnessed(ws))
        or _device_origin(text),
        deed_opens=bool(ws) and ws[0].endswith("ing") and ws[0] not in _NOT_DONE,
        distance_across=_found(_DISTANCE_ACROSS, _DISTANCE_ACROSS_NEEDS, text),
        off_line=_off_the_line(ws) if not needs["off_line"].isdisjoint(cues) else 0.0,
        fired_into_space=not needs["fired_into_space"].isdisjoint(cues) and _fired_into_space(ws),
        ground_belongs=not needs["ground_belongs"].isdisjoint(cues) and _ground_belongs(ws),
        stayed_on_ground=not needs["stayed_on_ground"].isdisjoint(cues) and _stayed_on_ground(ws),
        things_damaged=not needs["things_damaged"].isdisjoint(cues) and _things_counted_damaged(ws),
        deprived=not needs["deprived"].isdisjoint(cues) and _deprived(ws),
        count_corrected=not needs["count_corrected"].isdisjoint(cues) and _count_corrected(ws),
        hit_told_by_kind=(not needs["doing_when"].isdisjoint(cues) and _doing_when(ws))
        or (not needs["carrier_hit"].isdisjoint(cues) and _carrier_hit(ws))
        or _class_not_targeted(ws),
        fired_on_armed=not needs["fired_on_armed"].isdisjoint(cues) and _fired_on_armed(ws),
        defenceless_victims=not needs["defenceless_victims"].isdisjoint(cues)
        and _defenceless_victims(ws),
        aim_kept=not needs["aim_kept"].isdisjoint(cues) and _aim_kept(ws),
        arms_identified=not needs["arms_identified"].isdisjoint(cues) and _arms_identified(ws),
        both_sides=_both_sides(ws),
        arms_heard=not needs["arms_heard"].isdisjoint(cues) and _arms_heard(ws),
        nobody_armed=not needs["nobody_armed"].isdisjoint(cues) and _nobody_armed(ws),
        hedged=(not _FUTURE.isdisjoint(cues) and not _FUTURE.isdisjoint(ws[:8]))
        or _attitude(ws)
        or (
            not _TIMING_WORDS.isdisjoint(cues) and _timing(ws, aspects, agent_act or party_subject)
        ),
    )


def _human_shields(ws: Sequence[str]) -> bool:
    """ "using patients as human shields": people used by a side, not what was hit."""
    return "human" in ws and any(
        ws[k] == "human" and ws[k + 1] in ("shield", "shields") for k in range(len(ws) - 1)
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


# What befalls one, or a state, is no deed ("denies losing aircraft").
_NOT_DONE = wordset("losing suffering receiving having being knowing")
_RECORD_WORDS = wordset("record records trouble")
_CLEAN = wordset("no never clean")


_PAST_CRIMES = wordset("criminal previous prior")
_CONVICTIONS = wordset("conviction convictions")
_WRONGDOER_NOUNS = wordset("criminals smugglers militants terrorists fighters rioters looters")


def _clean_record(ws: Sequence[str]) -> bool:
    """ "the men had no criminal record", "had never been in trouble with the law", and the
    other side's word for the same ("denied either had a criminal record", "a gunman with a
    previous conviction", "fathers doing their laundry, not criminals"): who the people hit
    were, not whether anything was lawful."""
    if _RECORD_WORDS.isdisjoint(ws) and _CONVICTIONS.isdisjoint(ws) and "not" not in ws:
        return False
    for k, w in enumerate(ws):
        before = ws[max(0, k - 4) : k]
        if w in _RECORD_WORDS and (
            not _CLEAN.isdisjoint(before) or (k and ws[k - 1] == "criminal")
        ):
            return True
        if w in _CONVICTIONS and k and ws[k - 1] in _PAST_CRIMES:
            return True
        # "These were two young fathers ..., not criminals" (a contrast that names them)
        if w in _WRONGDOER_NOUNS and k and ws[k - 1] == "not" and k + 1 == len(ws):
            return True
    return False


_AFTERMATH = wordset(
    "fled fleeing spent delivered delivering displaced evacuated rescued sheltered sheltering"
)
_BY_VERBS = wordset("struck hit")
_DURATION = wordset("continued lasted resumed")
_DETERMINERS = wordset("the a an its their his her our your this that")
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


_IMPACTS = wordset(
    "destroyed struck strike strikes hit neutralised neutralized targeted eliminated"
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


_FIRE_VERBS = wordset("fired firing fire fires shot shooting")
_FIRE_WAYS = wordset("into toward towards over")
# (not "the air": "fired only into the air" is a warning shot in other words)
_FIRE_SPACES = wordset("crowd crowds queue queues water sea heads")
_WARNING = wordset("warning warn")


def _fired_into_space(ws: Sequence[str]) -> bool:
    """ "one guard fired several bursts into the crowd", "tanks had fired toward the crowd",
    "they fired into the water next to the boat": where the fire went, not a warning shot
    ("fired warning shots into the air") nor a place hit ("shells fired into homes")."""
    if _FIRE_VERBS.isdisjoint(ws) or not _WARNING.isdisjoint(ws):
        return False
    for k, w in enumerate(ws):
        if w not in _FIRE_VERBS:
            continue
        for j in range(k + 1, min(k + 8, len(ws) - 1)):
            if ws[j] == "only":
                break  # "fired only into the sea": where it did not go
            if ws[j] in _FIRE_WAYS:
                nxt = ws[j + 1 : j + 3]
                if not _FIRE_SPACES.isdisjoint(nxt) and (
                    nxt[0] in _FIRE_SPACES or nxt[0] in _DETERMINERS
                ):
                    return True
                break
    return False


_GROUND = wordset("land lands waters water territory island islands sandbank shoal area")
_BELONG = wordset("belong belongs belonged")


def _ground_belongs(ws: Sequence[str]) -> bool:
    """ "fishing in waters that belong to Peru", "land that has belonged to the enclave for
    decades": whose ground it is (not "houses belonging to refugees": whose the place hit
    was). Also "the islands were part of the customary lands of...": ground as a part of a
    side's ground, and "the island falls on the Kenyan side", "the reef lies within its
    waters": which side of a line a place lies on."""
    if _BELONG.isdisjoint(ws) and "part" not in ws and _LIE_VERBS.isdisjoint(ws):
        return False
    n = len(ws)
    for k, w in enumerate(ws):
        nxt = ws[k + 1] if k + 1 < n else ""
        if (
            (w in _BELONG and nxt == "to" and not _GROUND.isdisjoint(ws[max(0, k - 4) : k]))
            or (
                w == "part"
                and nxt == "of"
                and k > 0
                and ws[k - 1] in _PART_OF_AUX
                and not _GROUND.isdisjoint(ws[k + 2 : k + 7])
            )
            or (w in _LIE_VERBS and nxt in _LIE_PREPS and not _SIDES.isdisjoint(ws[k + 2 : k + 6]))
        ):
            return True
    return False


_PART_OF_AUX = _COPULA | wordset("been be")
_LIE_VERBS = wordset("falls fall fell lies lie lay sits sit")
_LIE_PREPS = wordset("on in inside within")
# ground a place lies on, or the line it lies within
_SIDES = _GROUND | wordset("side soil airspace boundary border frontier")


# People named by their defencelessness ("unarmed", "sleeping"): see _defenceless_victims.
_DEFENCELESS = wordset("unarmed defenceless defenseless innocent sleeping")


def _defenceless_victims(ws: Sequence[str]) -> bool:
    """ "opened fire on unarmed villagers", "of executing unarmed farmers", "attacked
    sleeping families in their shelters": the people an act was done to, named by what
    made them no threat, put who was hit at the centre of the claim, whoever acted (an
    "unarmed boat" is no one named so: "opened fire on an unarmed fishing boat" is about
    who fired)."""
    if _DEFENCELESS.isdisjoint(ws):
        return False
    return any(
        w in _DEFENCELESS and not _PEOPLE.isdisjoint(ws[k + 1 : k + 4]) for k, w in enumerate(ws)
    )


_AIM_PREPS = wordset("at into on")
_AIM_LIMITS = wordset("only never not")


def _aim_kept(ws: Sequence[str]) -> bool:
    """Where the fire went, as against where it did not: "its troops fired only into the
    air", "had fired warning shots into the air and into the sea, never at the men", "fired
    only at armed smugglers": what was (not) hit is the point, more than who fired. (A
    denied aim, "we did not target any civilian home", stays a denial of the act: it
    answers the accusation of it.)"""
    if _FIRE_VERBS.isdisjoint(ws):
        return False
    for k, w in enumerate(ws):
        if w in _FIRE_VERBS:
            for j in range(k + 1, min(k + 12, len(ws) - 1)):
                if ws[j] in _AIM_LIMITS and ws[j + 1] in _AIM_PREPS:
                    return True
    return False


# Where one's own side stayed: "had never left Latvian airspace", "the soldiers stayed on
# Nepali territory throughout".
_STAY_VERBS = wordset("stayed remained left")
_OWN_GROUND = _GROUND | wordset("soil airspace side bank")


def _stayed_on_ground(ws: Sequence[str]) -> bool:
    """ "the helicopter had never left Latvian airspace", "the crowd never left Kyrgyz soil",
    "the soldiers had stayed on Nepali territory throughout the operation": on whose ground
    the people were, and so by whose law (like "nowhere near"), not who acted ("its troops
    had stayed on the main road" names no one's ground)."""
    if _STAY_VERBS.isdisjoint(ws):
        return False
    for k, w in enumerate(ws):
        if w not in _STAY_VERBS or (w == "left" and "never" not in ws[max(0, k - 2) : k]):
            continue
        if not _OWN_GROUND.isdisjoint(ws[k + 1 : k + 5]):
            return True
    return False


_WAYS = wordset("north south east west")
_LINES = wordset("line border boundary frontier")
_UNITS = wordset("metres meters kilometres kilometers km miles yards")


def _off_the_line(ws: Sequence[str]) -> float:
    """How far, and on which side of a line, it happened: "about 11 nautical miles west of
    the provisional median line", "south of the old colonial border" (a plain "west of the
    line" is in the table). Which side says whose law applies, and a distance from the
    line measures it (as "150 metres inside Bangladeshi territory" does)."""
    if _WAYS.isdisjoint(ws):
        return 0.0
    for k, w in enumerate(ws):
        if w not in _WAYS or tuple(ws[k + 1 : k + 3]) != ("of", "the"):
            continue
        line = next((j for j in range(k + 3, min(k + 6, len(ws))) if ws[j] in _LINES), 0)
        if not line:
            continue
        distance = 2.5 if k and ws[k - 1] in _UNITS else 0.0
        return distance + (1.5 if line > k + 3 else 0.0)
    return 0.0


def _count_corrected(ws: Sequence[str]) -> bool:
    """A count set against another: "nine boats, not 14", "17 people had been aboard, not
    23" (the number after "not" closes the claim or its clause)."""
    if "not" not in ws:
        return False
    n = len(ws)
    return any(
        w == "not"
        and k + 1 < n
        and _is_count(ws[k + 1])
        and ws[k + 1] not in ("a", "no", "single", "none")
        and (k + 2 == n or ws[k + 2] in ("and", "but"))
        and any(_is_count(x) for x in ws[:k])
        for k, w in enumerate(ws)
    )


_SUPPLIES = wordset(
    "water power electricity gas fuel heat heating internet signal service services irrigation"
)
_CUT_AUX = wordset("been were was")


def _deprived(ws: Sequence[str]) -> bool:
    """ "the closure had left 40,000 hectares of farmland without water", "some 300,000
    people had been cut off for nearly three days": those who went without a supply, as the
    object of "left ... without" or the subject of a passive "cut off" after a count, are
    who or what was affected (the active "had cut off the water" is a deed)."""
    if "without" in ws:
        for k, w in enumerate(ws):
            if (
                w == "without"
                and not _SUPPLIES.isdisjoint(ws[k + 1 : k + 3])
                and "left" in ws[max(0, k - 14) : k]
            ):
                return True
    if "cut" in ws:
        for k in range(1, len(ws) - 1):
            if (
                ws[k] == "cut"
                and ws[k + 1] == "off"
                and ws[k - 1] in _CUT_AUX
                and any(_is_count(x) for x in ws[max(0, k - 14) : k - 1])
            ):
                return True
    return False


_DAMAGED = wordset("destroyed damaged wrecked torched gutted burned burnt")
_DAMAGE_AUX = wordset("been were was")


def _things_counted_damaged(ws: Sequence[str]) -> bool:
    """ "16 vehicles had been destroyed, including two pickup trucks", "at least six tanks had
    been destroyed or damaged": a count of the things hit, told without who hit them (a
    "by" that follows says who did it: "several of which had been destroyed by
    minesweepers"), is what was hit."""
    if _DAMAGED.isdisjoint(ws):
        return False
    for k in range(len(ws) - 2):
        if not _is_count(ws[k]):
            continue
        for j in range(k + 1, min(k + 5, len(ws) - 1)):
            if ws[j] in _PEOPLE or ws[j] in _VICTIM_CLASS:
                break  # "three of our officers were burned": people harmed
            if ws[j] in _DAMAGE_AUX and ws[j + 1] in _DAMAGED:
                return "by" not in ws[j + 2 : j + 5]
    return False


# Arms and their traces, as the object of an identification (_arms_identified).
_ARMS_TRACES = wordset(
    "gun guns rifle rifles weapon weapons arms bomb bombs explosives bullet bullets rounds round "
    "cartridges casings shrapnel fire gunfire gunshot blows rocket rockets "
    "missile missiles drone drones mortar shell shells grenade grenades batons baton"
)
_KINDS = wordset("type kind model make")
_SHOTS = wordset("shot shots round rounds bullet bullets")
_ANY_NO = wordset("any no")
# The words that open one of _arms_identified's constructions.
_ARMS_CUES = _ANY_NO | wordset("consistent of calibre caliber firing")


def _arms_identified(ws: Sequence[str]) -> bool:
    """What the arms were, told from their traces or their kind: "shrapnel wounds consistent
    with rocket fire", "11 spent cartridges of the type fired by the rifles its troops
    carry", "the drones were of a type supplied to the militia", "bullets ... of 7.62 mm
    calibre"; and whether any were fired at all, "denied that any shots had been fired",
    "no shots were fired" (but not "before any shots were fired": what came first)."""
    if _ARMS_CUES.isdisjoint(ws):
        return False
    for k, w in enumerate(ws):
        if w not in _ARMS_CUES:
            continue  # (most words open none of the constructions below)
        nxt = list(ws[k + 1 : k + 5])
        if w == "consistent" and nxt[:1] == ["with"] and not _ARMS_TRACES.isdisjoint(nxt[1:]):
            return True
        if (
            w == "of"
            and len(nxt) >= 2
            and nxt[0] in ("the", "a")
            and nxt[1] in _KINDS
            and not _ARMS_TRACES.isdisjoint(ws[max(0, k - 5) : k + 9])
        ):
            return True
        if w in ("calibre", "caliber") and k and ws[k - 1] == "mm":
            return True
        if (
            w in _ANY_NO
            and nxt[:1]
            and nxt[0] in _SHOTS
            and "fired" in nxt[1:4]
            and not (k and ws[k - 1] == "before")
        ):
            return True
        if w == "firing" and nxt[:2] == ["any", "shots"]:
            return True
    return False


# --- round 21 ------------------------------------------------------------------------------
# What the people were doing when it happened: "our people were cutting sorghum on their own
# land when soldiers opened fire", "the crew had been hauling nets when the shooting began".
_DOING_AUX = wordset("were was been")
_NOT_PASTIMES = _NOT_DOING | wordset("being using trying going getting")
_PEOPLE_SUBJECTS = wordset("crew crews they we")


def _doing_when(ws: Sequence[str]) -> bool:
    """ "Our people were cutting sorghum on their own land when soldiers opened fire on
    them", "its crew had been hauling nets when the shooting began": people hit, set at
    their work when the act came, which says who they were (the act in the "when" clause is
    the frame, not the point). Only people, and only in the plural: "the boats had been
    fishing inside Bangladeshi waters when..." says where, "the victim was driving home
    when he was fired upon by..." leads to who fired."""
    if "when" not in ws:
        return False
    end = ws.index("when")
    for k in range(1, end - 1):
        w = ws[k]
        if w == "were" or (w == "been" and ws[k - 1] in ("had", "have")):
            nxt = ws[k + 1]
            return (
                nxt.endswith("ing")
                and len(nxt) > 4
                and nxt not in _NOT_PASTIMES
                and any(x in _PEOPLE or x in _PEOPLE_SUBJECTS for x in ws[:k])
            )
    return False


# A carrier hit, named by its load: "had struck a vehicle carrying troops", "destroyed a boat
# ferrying weapons".
_LOADS = wordset("carrying transporting ferrying")
_HIT_VERBS = wordset("struck hit destroyed targeted attacked sank downed")


def _carrier_hit(ws: Sequence[str]) -> bool:
    """ "its forces had struck a vehicle carrying Ukrainian troops", "had destroyed a boat
    ferrying weapons for the armed group": what the thing hit carried says what it was, so
    the claim is about what was hit, though it names the force that struck (unlike "the
    boat was hit by a drone", where the carrier is the subject)."""
    if _LOADS.isdisjoint(ws):
        return False
    for k, w in enumerate(ws):
        if w in _LOADS and not _HIT_VERBS.isdisjoint(ws[max(0, k - 4) : k]):
            return True
    return False


# People hit, named as armed: "had returned fire on armed men who crossed into...".
_FIRED_ON = wordset("fired fire firing repelled")
_ARMED_BANDS = wordset(
    "men smugglers smuggling gang gangs group groups band bands poachers gunmen intruders "
    "raiders infiltrators"
)


def _fired_on_armed(ws: Sequence[str]) -> bool:
    """ "its troops had returned fire on armed men who crossed into Ugandan territory",
    "had repelled armed smugglers", "had fired on an armed smuggling gang that crossed the
    frontier illegally": a force telling that the people it fired on were armed says who was
    hit (fighters, not farmers); where they had crossed from describes them, it does not
    judge the fire."""
    if "armed" not in ws or _FIRED_ON.isdisjoint(ws):
        return False
    for k in range(2, len(ws) - 1):
        if ws[k] != "armed" or _ARMED_BANDS.isdisjoint(ws[k + 1 : k + 3]):
            continue
        # the fire went onto them ("fired on", "returned fire at", "repelled"), not from
        # them ("had come under fire from armed smugglers")
        for j in range(max(0, k - 4), k):
            if ws[j] == "repelled" or (ws[j] in _FIRED_ON and ws[j + 1] in _AIM_PREPS):
                return True
    return False


# "No farmer was targeted": a class of people denied as the target.
_TARGETED = wordset("targeted hit attacked")


def _class_not_targeted(ws: Sequence[str]) -> bool:
    """ "No farmer was targeted", "no civilians were hit": the people named by their class
    as (not) the ones aimed at say who was hit ("no one was targeted" names no one: a toll of
    none)."""
    if len(ws) < 4 or ws[0] != "no":
        return False
    who = ws[1]
    if not (who in _PEOPLE or who in CIVILIAN or who in MILITARY):
        return False
    j = 2
    if tuple(ws[2:4]) in (("had", "been"), ("has", "been")):
        j = 4
    elif ws[2] in ("was", "were"):
        j = 3
    else:
        return False
    return j < len(ws) and ws[j] in _TARGETED


# --- round 22 ------------------------------------------------------------------------------
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


# What was heard, when it is the sound of arms: "they heard two blasts", "heard long bursts
# of gunfire".
_HEARD = wordset("heard hear hears hearing")
_ARMS_SOUNDS = wordset(
    "blast blasts explosion explosions gunfire gunshot gunshots shots bursts shelling"
)


def _arms_heard(ws: Sequence[str]) -> bool:
    """ "she had heard no blast that night", "heard several bursts of automatic fire": a
    witness telling the sound of the arms tells what was used (but where it came from,
    "heard gunfire from the police lines", says who fired: see _fired_from)."""
    for k, w in enumerate(ws):
        if w not in _HEARD:
            continue
        for j in range(k + 1, min(k + 5, len(ws))):
            if ws[j] in _ARMS_SOUNDS:
                if "from" not in ws[j + 1 : j + 4]:
                    return True
                break
    return False


# People said to have borne no arms: "nobody in that camp had a gun".
_NOBODY = wordset("nobody none no-one")
_BORE = wordset("had carried carrying carry possessed held")
_ARMS_BORNE = wordset("gun guns weapon weapons arms rifle rifles firearm firearms pistol pistols")


def _nobody_armed(ws: Sequence[str]) -> bool:
    """ "none of the men carried weapons", "nobody in the group of harvesters had been
    carrying a gun": people, all of them, said to have borne no arms are told by what they
    were, unarmed, so this is who was hit (not a deed denied by those who did it)."""
    opener = ws[0] if ws and ws[0] != "no" else " ".join(ws[:2])
    if opener not in _NOBODY and opener != "no one":
        return False
    for k in range(1, min(len(ws), 12)):
        if ws[k] in _BORE and not _ARMS_BORNE.isdisjoint(ws[k + 1 : k + 5]):
            return True
    return False


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


def _negated_words(words: Sequence[str]) -> bool:
    ws = words[:5]
    for k, w in enumerate(ws):
        if (w in NEGATORS and w != "without") or w.endswith("n't"):
            if (
                w == "not"
                and k + 1 < len(ws)
                and (
                    ws[k + 1] == "only"
                    or (_number(ws[k + 1]) is not None and ws[k + 1] not in ("a", "single"))
                )
            ):
                # "not only", "four Serbs, not three, were killed" (but "not a single
                # soldier", "was not a party" are denials)
                continue
            if w == "not" and _contrast_at(words, k):
                continue  # "troops killed insurgents, not civilians": an assertion
            return True
    return False


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


_QUANT_NEG = wordset("no none zero without nothing")


def _quantifier_negated(ws: Sequence[str], k: int) -> bool:
    """ "no military facilities", "not a single soldier", "none of the civilians"."""
    before = list(ws[max(0, k - 3) : k])
    if any(w in _QUANT_NEG for w in before[-2:]):
        return True
    return before[-3:-1] == ["not", "a"] or before[-2:] == ["not", "a"]


def _negated_at(ws: Sequence[str], k: int) -> bool:
    for j in range(max(0, k - 4), k):
        # A clause boundary in between ends the negation's reach.
        if (ws[j] in NEGATORS or ws[j].endswith("n't")) and not any(
            x in ("and", "but", "while", "whereas") for x in ws[j + 1 : k]
        ):
            return True
    return False


# Arms named to say someone had none ("has never owned a gun", "books, not bombs").
_ARMS = wordset("gun guns rifle rifles weapon weapons arms bomb bombs explosives")
# Verbs that make a negated arm a denied act ("did not fire any weapons"), not a victim's
# description.
_ARMS_USE = wordset(
    "fire fired firing use used using launch launched shoot shot deploy deployed drop dropped"
)


def _unarmed_at(ws: Sequence[str], k: int) -> bool:
    before = ws[max(0, k - 4) : k]
    for j in range(len(before) - 1, -1, -1):
        if before[j] in _ARMS_USE:
            return False
        if before[j] in ("never", "no", "not", "nothing", "without"):
            return True
    return False


# "in hospital", "to hospital" without an article: a patient's stay, not a place hit
_TREATED_AT = wordset("in to")
_CARE_PLACES = wordset("hospital")
_CLOTHES = wordset("clothes clothing dress uniform uniforms")


def _acting_at(ws: Sequence[str], k: int) -> bool:
    """Whether ws[k] opens the claim as the subject of an active verb."""
    if k > 3:
        return False
    j = k + 1
    while j < len(ws) and ws[j] in _BEFORE_VERB:
        j += 1
    return j < len(ws) and (ws[j].endswith("ed") or ws[j] in _PAST_IRREGULAR)


# The words _victim_scores weighs.
_VICTIM_WORDS = frozenset(CIVILIAN) | frozenset(MILITARY) | _ARMS


def _victim_scores(
    ws: Sequence[str], phrases: Sequence[tuple[int, int, float]] = ()
) -> tuple[float, float]:
    civ = mil = 0.0
    for k, w in enumerate(ws):
        if w not in _VICTIM_WORDS:
            continue  # (most words: no weight, no arms)
        c = CIVILIAN.get(w, 0.0)
        m = MILITARY.get(w, 0.0)
        if c and k and ws[k - 1] in _TREATED_AT and w in _CARE_PLACES:
            continue  # "is now in hospital", "was taken to hospital": treated there, not hit
        if c and k + 1 < len(ws) and ws[k + 1] in _CLOTHES:
            continue  # "armed men in civilian clothes": what they wore, not who they were
        if m and w in _WRONGDOERS and _acting_at(ws, k):
            continue  # "the terrorists had attacked the village": who acted, not who was hit
        if not c and not m:
            if w in _ARMS and _unarmed_at(ws, k):
                civ += 2  # "he has never owned a gun", "we printed books, not bombs"
            continue
        if _quantifier_negated(ws, k):
            # "no military facilities", "there were no fighters here": the place or the
            # people hit were civilian, whatever the weight of the word itself
            c, m = (max(m, 2.0) if m else 0.0), c
        elif _negated_at(ws, k):
            continue  # "did not shell any hospital" denies an act, it does not type the target
        civ += c
        mil += m
    for _s, _e, weight in phrases:
        mil += weight
    return civ, mil


def _pole(ws: Sequence[str], hits: Sequence[tuple[int, int, int]]) -> int:
    """+1 if the text only takes the positive pole (or negates the other), -1 conversely."""
    p = n = 0
    for start, _end, sign in hits:
        if _negated_at(ws, start):
            sign = -sign
        if sign > 0:
            p += 1
        else:
            n += 1
    if p and not n:
        return 1
    if n and not p:
        return -1
    return 0


def _casualty_numbers(ws: Sequence[str]) -> list[tuple[int, str, str, int]]:
    """(value, harm, victims, word index) for "N civilians were killed", "killing N"..."""
    out: list[tuple[int, str, str, int]] = []
    if _HARM_WORDS.keys().isdisjoint(ws):
        return out  # a number is a toll only with a word of harm near it
    for k, w in enumerate(ws):
        if w not in _NUMBER_WORDS and not w[:1].isdigit():
            continue  # no number (as _number would say, without a call per word)
        value = _number(w)
        if value is None:
            continue
        window = ws[k + 1 : k + 8]
        harm = next((_HARM_WORDS[x] for x in window if x in _HARM_WORDS), None)
        before = ws[max(0, k - 3) : k]
        if harm is None:
            harm = next((_HARM_WORDS[x] for x in before if x in _HARM_WORDS), None)
            if harm is None:
                continue
        if w in ("a", "no", "none", "single") and not any(x in _VICTIM_CLASS for x in window[:4]):
            continue
        if w == "one" and k and ws[k - 1] in ("every", "each"):
            continue  # "every one of the dead was a combatant": all of them, no toll
        victims = next((_VICTIM_CLASS[x] for x in window[:4] if x in _VICTIM_CLASS), "people")
        out.append((value, harm, victims, k))
    return out


def _own_losses(
    ws: Sequence[str],
    numbers: Sequence[tuple[int, str, str, int]],
    party: str | None,
    mentions: Sequence[tuple[int, int, str]],
) -> bool:
    """ "two of its soldiers were killed", "one Azerbaijani soldier" (told by Baku): a side
    counting its own dead."""
    for _v, _h, _c, k in numbers:
        if any(w in _SELF_WORDS for w in ws[max(0, k - 2) : k + 4]):
            return True
        if party is not None and _side_near(ws, k, party, mentions) == party:
            return True
    return False


def _number(w: str) -> int | None:
    if w in _NUMBER_WORDS:
        return _NUMBER_WORDS[w]
    if w[:1].isdigit():
        digits = w.replace(",", "")
        return int(digits) if digits.isdigit() else None
    return None


def analyse(
    text: str,
    *,
    party: str | None = None,
    aliases: Mapping[str, Iterable[str]] | AliasTable | None = None,
    aspect: str | None = None,
    polarity: str | None = None,
    cue_lemma: str | None = None,
    ignore: frozenset[str] = frozenset(),
) -> Features:
    """Everything the suggester compares, from the text of one claim."""
    scan = _scan(text)
    ws = scan.words
    asp = aspect or classify_aspect(text, cue_lemma)
    pol = polarity or polarity_of(text, cue_lemma)
    civ, mil = scan.civilian, scan.military
    if (scan.cargo or not _POSSESSED.isdisjoint(ws)) and any(
        a == "weapon" and ws[s] not in _NOT_ARMS for s, _e, (a, _w) in scan.aspects
    ):
        # "the plane carried weapons", "the items seized from the car included detonators":
        # what was hit, or who was held, had arms with it
        mil += 1.5
    numbers = scan.numbers
    table = alias_table(aliases)
    # The parties the words name, found once for the rules below.
    mentions = _mentions(ws, table)
    victims = None
    if asp == "casualties" and numbers:
        # A death toll is compared as a number, not as a kind of target; but the other
        # side's dead named as a class say what was hit ("had killed 23 al-Shabaab fighters"
        # against "there were no fighters in the village, only farmers").
        kinds = {vic for _v, _h, vic, _k in numbers}
        if (
            len(kinds) == 1
            and kinds <= {"civilian", "military"}
            and not _own_losses(ws, numbers, party, mentions)
        ):
            victims = kinds.pop()
    elif civ >= 1 and civ >= mil + 1:
        victims = "civilian"
    elif mil >= 1.5 and mil >= civ + 1:
        victims = "military"
    manner = {1: "deliberate", -1: "precise", 0: None}[scan.manner]
    law = {1: "unlawful", -1: "lawful", 0: None}[scan.law]
    if pol == "deny" and not scan.negated:
        # "denied that civilians had been targeted": the denial is in the cue, so the claim
        # takes the opposite pole of its words.
        victims = {"civilian": "military", "military": "civilian", None: None}[victims]
        manner = {"deliberate": "precise", "precise": "deliberate", None: None}[manner]
        law = {"unlawful": "lawful", "lawful": "unlawful", None: None}[law]
    if law == "unlawful" and _punished_for(ws, scan.unlawful_at):
        # "detained for illegally crossing the border": the wrong is the victims', and the
        # claim says the act against them was lawful.
        law = "lawful"
    unlawful_at = scan.unlawful_at if law == "unlawful" else -1
    actor, is_self = _actor(ws, party, mentions, unlawful_at=unlawful_at, harm_at=scan.harm_at)
    harm = scan.harm or asp == "responsibility"
    cas: list[Casualty] = []
    for value, kind, vic, k in numbers:
        cas.append(Casualty(value, kind, vic, _side_near(ws, k, party, mentions)))
    # (only the suggester compares them: found here, not in the scan)
    stems = frozenset({_stem(w) for w in ws if w not in STOP and len(w) > 2} - ignore)
    generic = scan.generic
    appeal = asp == "other" and scan.appeal
    alibi = not is_self and pol == "assert" and scan.other_culprit
    if appeal:
        victims = manner = law = actor = None
        is_self = harm = False
        cas = []
    return Features(
        aspect=asp,
        polarity=pol,
        victims=victims,
        manner=manner,
        law=law,
        actor=actor,
        actor_is_self=is_self,
        harm=harm,
        casualties=tuple(cas),
        stems=stems,
        generic=generic,
        appeal=appeal,
        alibi=alibi,
    )


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


@dataclass(frozen=True, eq=False)
class AliasTable:
    """Party aliases as lower-case word tuples, built once per call of the suggester."""

    table: Mapping[tuple[str, ...], str]
    longest: int
    # The lengths of the aliases each first word opens, longest first: matching tries
    # only those.
    firsts: Mapping[str, tuple[int, ...]] = field(default_factory=dict)


def alias_table(aliases: Mapping[str, Iterable[str]] | AliasTable | None) -> AliasTable:
    if isinstance(aliases, AliasTable):
        return aliases
    table: dict[tuple[str, ...], str] = {}
    for party, names in (aliases or {}).items():
        for n in names:
            words = tuple(w.lower() for w in words_of(n))
            if words:
                table[words] = party
                if len(words) == 1 and not n.isupper():
                    table[(words[0] + "s",)] = party
    lengths: dict[str, set[int]] = {}
    for k in table:
        lengths.setdefault(k[0], set()).add(len(k))
    return AliasTable(
        table,
        max((len(k) for k in table), default=1),
        {w: tuple(sorted(ns, reverse=True)) for w, ns in lengths.items()},
    )


def _mentions(ws: Sequence[str], aliases: AliasTable) -> list[tuple[int, int, str]]:
    """(start, end, party) of each alias in the words, longest first, left to right."""
    out: list[tuple[int, int, str]] = []
    table, firsts = aliases.table, aliases.firsts
    if firsts.keys().isdisjoint(ws):
        return out
    n_ws = len(ws)
    free = 0  # where the next mention may start (after the last one found)
    for k in [k for k, w in enumerate(ws) if w in firsts]:
        if k < free:
            continue
        for n in firsts[ws[k]]:
            if n > n_ws - k:
                continue
            party = table.get(tuple(ws[k : k + n]))
            if party:
                out.append((k, k + n, party))
                free = k + n
                break
    return out


_SKIPPABLE = wordset("the a an official several")
_PRE_SUBJECT = wordset(
    "the a an some several all most many both any no not single none of at least only official"
)
_SELF_WORDS = frozenset({"its", "our", "we", "his", "her", "their"})


def _actor(
    ws: Sequence[str],
    party: str | None,
    mentions: Sequence[tuple[int, int, str]],
    *,
    unlawful_at: int = -1,
    harm_at: frozenset[int] = frozenset(),
) -> tuple[str | None, bool]:
    """The party the claim says acted (``mentions``: the parties the words name, see
    :func:`_mentions`).

    In order: an agent after "by"/"from" ("destroyed by Ukrainian shelling"); the party
    whose act is called unlawful ("Philippine vessels that had illegally intruded"); the
    subject the claim opens with ("Russian troops had blown up..."); the speaker itself
    ("its units", "our forces").
    """
    if not ws:
        return None, False
    for start, _end, who in mentions:
        k = start - 1
        while k >= 0 and start - k <= 3 and ws[k] in _SKIPPABLE:
            k -= 1
        if k >= 0 and ws[k] in ACTOR_PREPS:
            return who, who == party
    if unlawful_at >= 0:
        k = unlawful_at
        before = [m for m in mentions if m[1] <= k and k - m[1] <= 6]
        if before:
            who = before[-1][2]
            return who, who == party
    for start, end, who in mentions:
        # The claim opens with this party as its subject: only quantifiers come before.
        if (
            all(w in _PRE_SUBJECT or w.isdigit() for w in ws[:start])
            and not _passive_after(ws, end)
            and not _names_victims(ws, end)
        ):
            return who, who == party
        break
    lead = [w for w in ws[:4] if w not in _PRE_SUBJECT]
    if lead and lead[0] in _SELF_WORDS and party:
        return party, True
    for _start, end, who in mentions:
        # "... when Kyrgyz forces fired on the village": a party right before its act.
        if (
            any(k in harm_at for k in range(end, min(len(ws), end + 3)))
            and not _passive_after(ws, end)
            and not _names_victims(ws, end)
        ):
            return who, who == party
    if ws[0] in ("we", "it") and party:
        return party, True
    return None, False


_PASSIVE_AUX = wordset("was were been is are being")


def _names_victims(ws: Sequence[str], end: int) -> bool:
    """ "Afghan migrants shot dead at the border": the party's name describes the victims,
    not the doers."""
    return end < len(ws) and CIVILIAN.get(ws[end], 0) >= 1.5


def _passive_after(ws: Sequence[str], end: int) -> bool:
    """Whether the phrase ending at ``end`` is the patient of a passive verb."""
    for k in range(end, min(len(ws), end + 5)):
        if ws[k] in _PASSIVE_AUX and k + 1 < len(ws):
            nxt = ws[k + 1]
            if nxt.endswith(("ed", "en")) or nxt in ("hit", "struck", "shot", "built", "sent"):
                return True
    return False


def _side_near(
    ws: Sequence[str], k: int, party: str | None, mentions: Sequence[tuple[int, int, str]]
) -> str | None:
    """The party named nearest word ``k`` (``mentions``: see :func:`_mentions`)."""
    window = ws[max(0, k - 2) : k + 12]
    if any(w in ("its", "our", "their") for w in window[:5]) and party:
        return party
    best = None
    best_d = 99
    for start, _end, who in mentions:
        d = abs(start - k)
        if d < best_d and d <= 20:
            best, best_d = who, d
    return best
