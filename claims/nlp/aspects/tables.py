"""The term matcher, the table of aspect terms and the word lists several rules share.

`words_of` splits a claim into lower-case words and `TermMatcher` finds table terms in them;
`ASPECT_TERMS` weighs each term towards a point in dispute (`_PRIORITY` breaks ties) and `_HARM`
holds the words of an act or a harm. Here too: number words (`_number`, `_is_count`), the
people and grammar words that rules in several modules read, and the words the suggester
compares claims by (`STOP`, `COMMON_STEMS`, `GENERIC_REFERENTS`).

Term syntax in the tables: words separated by spaces; a trailing ``*`` makes the last
word a prefix ("violat*" matches violate, violated, violation...).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..wordlists import words, wordset

_W = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")

_POSSESSIVE = re.compile(r"'s\b")

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


def _found(pattern: re.Pattern[str], needs: Sequence[str], text: str) -> bool:
    """Whether ``pattern`` matches ``text``, one of whose ``needs`` every match contains: a
    pattern that opens on a word boundary is tried at every position of the text, which
    costs more than a few substring tests that rule out most claims at once."""
    for piece in needs:
        if piece in text:
            return pattern.search(text) is not None
    return False


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
        ("compliance", 1.5),  # "acted in full compliance with Canadian law"
        ("complied", 1.5),
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


def _number(w: str) -> int | None:
    if w in _NUMBER_WORDS:
        return _NUMBER_WORDS[w]
    if w[:1].isdigit():
        digits = w.replace(",", "")
        return int(digits) if digits.isdigit() else None
    return None


def _is_count(w: str) -> bool:
    return w.isdigit() or w in _NUMBER_WORDS


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

_HOLD = wordset("seized seizing detained detaining arrested arresting captured capturing")
_HELD = _PEOPLE | wordset("officers officer policemen police guards soldiers men man woman")

_PAST_IRREGULAR = wordset(
    "shot hit struck set took left sent began wore carried fired burned burnt threw drove cut "
    "blew broke brought fought led made put ran stole"
)
# Words that may stand between the subject and its verb ("had only returned fire").
_BEFORE_VERB = wordset(
    "had have has not never only first also already then allegedly deliberately repeatedly"
)

_COPULA = wordset("was were is are included")

_PASSIVE_AUX = wordset("was were been is are being")

_DETERMINERS = wordset("the a an its their his her our your this that")

# What may follow a reduced passive of harm ("... Killed as", "... Wounded in").
_REDUCED_NEXT = wordset("as in after during near off on while")

_WHERE = wordset("near in at inside among operating hiding there present")

_AIM_PREPS = wordset("at into on")

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

TARGET_PREPS = wordset(
    "on at against into toward towards inside near in across over to onto upon of"
)
ACTOR_PREPS = frozenset({"by", "from"})
