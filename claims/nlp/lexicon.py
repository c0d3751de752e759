"""Party resolution: which side, if any, a source speaks for.

A lexicon only has to name each party and give its demonyms ("Moscow": Russia, Russian...).
Built-in tables then add the country's other names and institutions (a party aliased
"Russia" also answers to "Kremlin" and "Russians"), and mark third parties (the UN, the
Red Cross, other countries, witnesses, analysts...), which are attributed to themselves:
their party is ``None`` unless the lexicon explicitly maps them.

Matching works on word sequences, so it is usable on spaCy tokens (with the parse telling
which words are the core of the noun phrase) and on plain strings (the contradiction
suggester, unit tests).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import NamedTuple

from .types import Lexicon
from .wordlists import wordset

# Each group: the names, demonyms, capital and emblematic institutions of one state.
# A lexicon party that uses any of them inherits the whole group.
COUNTRY_GROUPS: tuple[tuple[str, ...], ...] = (
    ("Russia", "Russian", "Russians", "Russian Federation", "Moscow", "Kremlin"),
    ("Ukraine", "Ukrainian", "Ukrainians", "Kyiv", "Kiev", "Verkhovna Rada"),
    ("Belarus", "Belarusian", "Minsk"),
    (
        "United States",
        "U.S.",
        "US",
        "USA",
        "American",
        "Americans",
        "Washington",
        "White House",
        "Pentagon",
        "State Department",
    ),
    ("United Kingdom", "Britain", "British", "UK", "U.K.", "London", "Downing Street"),
    ("France", "French", "Paris", "Elysee", "Élysée"),
    ("Germany", "German", "Germans", "Berlin"),
    ("Italy", "Italian", "Rome"),
    ("Spain", "Spanish", "Madrid"),
    ("Poland", "Polish", "Warsaw"),
    ("Turkey", "Turkish", "Ankara", "Türkiye"),
    ("China", "Chinese", "Beijing", "PRC"),
    ("Taiwan", "Taiwanese", "Taipei"),
    ("Japan", "Japanese", "Tokyo"),
    ("North Korea", "North Korean", "Pyongyang", "DPRK"),
    ("South Korea", "South Korean", "Seoul"),
    ("India", "Indian", "Indians", "New Delhi", "Delhi"),
    ("Pakistan", "Pakistani", "Pakistanis", "Islamabad"),
    ("Afghanistan", "Afghan", "Afghans", "Kabul"),
    ("Iran", "Iranian", "Iranians", "Tehran", "Islamic Republic"),
    ("Iraq", "Iraqi", "Iraqis", "Baghdad"),
    ("Syria", "Syrian", "Syrians", "Damascus"),
    ("Israel", "Israeli", "Israelis", "Jerusalem"),
    ("Lebanon", "Lebanese", "Beirut"),
    ("Saudi Arabia", "Saudi", "Saudis", "Riyadh"),
    ("Yemen", "Yemeni", "Sanaa"),
    ("Egypt", "Egyptian", "Cairo"),
    ("Sudan", "Sudanese", "Khartoum"),
    ("Ethiopia", "Ethiopian", "Addis Ababa"),
    ("Eritrea", "Eritrean", "Asmara"),
    ("Libya", "Libyan", "Tripoli"),
    ("Armenia", "Armenian", "Armenians", "Yerevan"),
    ("Azerbaijan", "Azerbaijani", "Azerbaijanis", "Azeri", "Baku"),
    ("Georgia", "Georgian", "Tbilisi"),
    ("Serbia", "Serbian", "Belgrade"),
    ("Kosovo", "Kosovan", "Kosovar", "Pristina"),
    ("Kyrgyzstan", "Kyrgyz", "Bishkek"),
    ("Tajikistan", "Tajik", "Dushanbe"),
    ("Kazakhstan", "Kazakh", "Astana"),
    ("Uzbekistan", "Uzbek", "Tashkent"),
    ("Philippines", "Philippine", "Filipino", "Filipinos", "Manila"),
    ("Vietnam", "Vietnamese", "Hanoi"),
    ("Thailand", "Thai", "Bangkok"),
    ("Cambodia", "Cambodian", "Phnom Penh"),
    ("Myanmar", "Burmese", "Naypyitaw"),
    ("Indonesia", "Indonesian", "Jakarta"),
    ("Venezuela", "Venezuelan", "Caracas"),
    ("Guyana", "Guyanese", "Georgetown"),
    ("Colombia", "Colombian", "Bogota"),
    ("Brazil", "Brazilian", "Brasilia"),
    ("Mexico", "Mexican", "Mexico City"),
    ("Canada", "Canadian", "Ottawa"),
    ("Democratic Republic of Congo", "DR Congo", "Congolese", "Kinshasa"),
    ("Rwanda", "Rwandan", "Kigali"),
    ("Somalia", "Somali", "Mogadishu"),
    ("Mali", "Malian", "Bamako"),
    ("Nigeria", "Nigerian", "Abuja"),
    ("Greece", "Greek", "Athens"),
    ("Cyprus", "Cypriot", "Nicosia"),
    ("Qatar", "Qatari", "Doha"),
    ("Moldova", "Moldovan", "Chisinau"),
    ("Cameroon", "Cameroonian", "Yaounde", "Yaoundé"),
    ("Finland", "Finnish", "Helsinki"),
    ("Sweden", "Swedish", "Stockholm"),
    ("Norway", "Norwegian", "Oslo"),
    ("Denmark", "Danish", "Copenhagen"),
    ("Estonia", "Estonian", "Tallinn"),
    ("Latvia", "Latvian", "Riga"),
    ("Lithuania", "Lithuanian", "Vilnius"),
    ("Netherlands", "Dutch"),  # not "The Hague", mostly the ICC's seat in wire copy
    ("Belgium", "Belgian", "Brussels"),
    ("Austria", "Austrian", "Vienna"),
    ("Switzerland", "Swiss", "Bern"),
    ("Hungary", "Hungarian", "Budapest"),
    ("Romania", "Romanian", "Bucharest"),
    ("Bulgaria", "Bulgarian"),  # not "Sofia", a first name
    ("Croatia", "Croatian", "Zagreb"),
    ("Bosnia", "Bosnian", "Sarajevo"),
    ("Albania", "Albanian", "Tirana"),
    ("Bangladesh", "Bangladeshi", "Dhaka"),
    ("Nepal", "Nepali", "Nepalese", "Kathmandu"),
    ("Sri Lanka", "Sri Lankan", "Colombo"),
    ("Malaysia", "Malaysian", "Kuala Lumpur"),
    ("Laos", "Laotian", "Vientiane"),  # not "Lao", a surname
    ("Kenya", "Kenyan", "Nairobi"),
    ("Uganda", "Ugandan", "Kampala"),
    ("South Sudan", "South Sudanese", "Juba"),
    ("Burkina Faso", "Burkinabe", "Ouagadougou"),
    ("Algeria", "Algerian", "Algiers"),
    ("Morocco", "Moroccan", "Rabat"),
    ("Tunisia", "Tunisian", "Tunis"),
    ("Mozambique", "Mozambican", "Maputo"),
    ("Jordanian", "Amman"),  # not "Jordan", a first name
    ("United Arab Emirates", "UAE", "Emirati", "Abu Dhabi"),
    ("Kuwait", "Kuwaiti"),
    ("Peru", "Peruvian", "Lima"),
    ("Ecuador", "Ecuadorian", "Quito"),
    ("Argentina", "Argentine", "Buenos Aires"),
    ("Chile", "Chilean"),  # not "Santiago", a first name
    ("Cuba", "Cuban", "Havana"),
    ("Nicaragua", "Nicaraguan", "Managua"),
    ("Australia", "Australian", "Canberra"),
    ("Haiti", "Haitian", "Port-au-Prince"),
    ("Dominican Republic", "Dominican", "Santo Domingo"),
    ("Honduras", "Honduran", "Tegucigalpa"),
    ("Guatemala", "Guatemalan", "Guatemala City"),
    ("El Salvador", "Salvadoran", "San Salvador"),
    ("Costa Rica", "Costa Rican", "San Jose"),
    ("Panama", "Panamanian", "Panama City"),
    ("Bolivia", "Bolivian", "La Paz"),
    ("Paraguay", "Paraguayan", "Asuncion"),
    ("Niger", "Nigerien", "Niamey"),
    ("Chadian", "N'Djamena"),  # not "Chad", a first name
    ("Central African Republic", "Bangui"),
    ("Burundi", "Burundian", "Bujumbura"),
    ("Tanzania", "Tanzanian", "Dodoma"),
    ("South Africa", "South African", "Pretoria"),
    ("Zimbabwe", "Zimbabwean", "Harare"),
    ("Angola", "Angolan", "Luanda"),
    ("Senegal", "Senegalese", "Dakar"),
    ("Ghana", "Ghanaian", "Accra"),
    ("Djibouti", "Djiboutian"),
    ("Oman", "Omani", "Muscat"),
    ("Bahrain", "Bahraini", "Manama"),
    ("Portugal", "Portuguese", "Lisbon"),
    ("Ireland", "Irish", "Dublin"),
    ("Slovenia", "Slovenian", "Ljubljana"),
    ("Montenegro", "Montenegrin", "Podgorica"),
    ("North Macedonia", "Macedonian", "Skopje"),
    ("Mongolia", "Mongolian", "Ulaanbaatar"),
    ("Turkmenistan", "Turkmen", "Ashgabat"),
    ("Singapore", "Singaporean"),
    ("New Zealand", "Wellington"),
    ("Belize", "Belizean", "Belmopan"),
    ("Mauritania", "Mauritanian", "Nouakchott"),
    ("Gambia", "Gambian", "Banjul"),
    ("Sierra Leone", "Sierra Leonean", "Freetown"),
    ("Liberia", "Liberian", "Monrovia"),
    ("Togo", "Togolese", "Lome", "Lomé"),
    ("Benin", "Beninese", "Porto-Novo", "Cotonou"),
    ("Gabon", "Gabonese", "Libreville"),
    ("Equatorial Guinea", "Equatoguinean", "Malabo"),
    ("Ivory Coast", "Ivorian", "Abidjan", "Yamoussoukro"),
    ("Zambia", "Zambian", "Lusaka"),
    ("Malawi", "Malawian", "Lilongwe"),
    ("Namibia", "Namibian", "Windhoek"),
    ("Botswana", "Gaborone"),
    ("Madagascar", "Malagasy", "Antananarivo"),
    ("Bhutan", "Bhutanese", "Thimphu"),
    ("Papua New Guinea", "Port Moresby"),
    ("East Timor", "Timor-Leste", "Timorese", "Dili"),
    ("Uruguay", "Uruguayan", "Montevideo"),
    ("Suriname", "Surinamese", "Paramaribo"),
    ("Czech Republic", "Czech", "Prague"),
    ("Jamaica", "Jamaican"),
    ("Trinidad and Tobago", "Trinidad", "Trinidadian", "Port of Spain"),
    ("Bahamas", "Bahamian", "Nassau"),
    ("Barbados", "Barbadian", "Bridgetown"),
    ("Lesotho", "Basotho", "Maseru"),
    ("Eswatini", "Swaziland", "Mbabane"),
    ("Fiji", "Fijian", "Suva"),
    ("Samoa", "Samoan", "Apia"),
    ("Tonga", "Tongan", "Nuku'alofa"),
    ("Vanuatu", "Vanuatuan", "Port Vila"),
    ("Solomon Islands", "Solomon Islander", "Honiara"),
    ("Iceland", "Icelandic", "Reykjavik"),
    ("Slovakia", "Slovak", "Bratislava"),
)

# A party with one of these aliases is a state's side ("the army", "the junta").
STATE_ALIASES = wordset("government army military junta ministry federal")

# International organisations and bodies that speak for no party.
THIRD_PARTY_NAMES: tuple[str, ...] = (
    "United Nations",
    "UN",
    "U.N.",
    "UN Security Council",
    "Security Council",
    "UNESCO",
    "UNICEF",
    "UNHCR",
    "OCHA",
    "UNMOGIP",
    "World Health Organization",
    "WHO",
    "World Food Programme",
    "WFP",
    "International Labour Organization",
    "International Labor Organization",
    "ILO",
    "International Organization for Migration",
    "IOM",
    "Food and Agriculture Organization",
    "FAO",
    "IAEA",
    "International Atomic Energy Agency",
    "ICRC",
    "Red Cross",
    "Red Crescent",
    "NATO",
    "EU",
    "European Union",
    "European Commission",
    "OSCE",
    "African Union",
    "Arab League",
    "ASEAN",
    "Association of Southeast Asian Nations",
    "Amnesty International",
    "Amnesty",
    "Human Rights Watch",
    "HRW",
    "Transparency International",
    "Doctors Without Borders",
    "MSF",
    "Medecins Sans Frontieres",
    "International Criminal Court",
    "ICC",
    "International Court of Justice",
    "ICJ",
    "KFOR",
    "G7",
    "Interpol",
    "international community",
    "human rights office",
    "Reuters",
    "Associated Press",
    "AP",
    "AFP",
    "BBC",
)

_CAPITALISED_THIRD_NAMES = frozenset(
    tuple(w.lower() for w in name.split())
    for name in THIRD_PARTY_NAMES
    if " " in name and not name.islower()
)

# Speakers who are witnesses or commentators, whatever their nationality.
# "the region's Moscow-backed capital": a word naming who backs a speaker, not who it is.
BACKER_WORDS = wordset(
    "backed installed allied supported sponsored funded appointed aligned friendly armed"
)

THIRD_PARTY_HEADS = wordset(
    "resident villager witness journalist reporter analyst expert observer monitor engineer "
    "researcher academic scientist historian commentator neighbour neighbor passer-by "
    "survivor eyewitness fisherman farmer herder shepherd driver shopkeeper trader merchant "
    "vendor economist lecturer professor photographer photojournalist cameraman correspondent"
)

# Words that mark a name as a business's: "Kasompe Mining Ltd", "Gulf Oil Corp", and
# the legal forms of companies abroad ("Minera Andina SA", "Nordwerk AG").
COMPANY_NAME_WORDS = wordset(
    "ltd limited inc incorporated corp corporation company co plc llc holdings mining "
    "industries resources petroleum sa ag gmbh nv bv spa sas sarl pty bhd tbk jsc pjsc "
    "ojsc llp oyj asa groupe grupo compagnie compania compañía companhia société societe empresa "
    "entreprise bank"
)

# A name of several words ending in its trade is a business's: "Gulf Papua Gas", "Nordic
# Energy", "Andes Shale Energia", "Kintyre Gold" (but "Oil Workers' Union", with the trade
# inside, is not).
_INDUSTRY_ENDINGS = wordset(
    "gas oil energy energia energía shale power shipping telecom airlines petrochemical "
    "petrochemicals chemical chemicals steel mining refining pharmaceuticals logistics gold "
    "copper nickel lithium uranium cobalt diamonds minerals metals"
)


def _is_business_name(words: Sequence[str]) -> bool:
    """A name (lower-case words) with a word of a business or, of several words, ending
    in its trade."""
    return any(w.replace(".", "") in COMPANY_NAME_WORDS for w in words) or (
        len(words) > 1 and words[-1] in _INDUSTRY_ENDINGS
    )


# "the Kyiv-based group", "the mine's Toronto-listed owner": where a body is, not who.
_LOCATED = wordset("based listed registered headquartered")


def based_after(words: Sequence[str], k: int) -> bool:
    """Word k begins "based" or "-based" (or "-listed"...): the word before it says
    where a body is ("the Kyiv-based group")."""
    nxt = [w.lower() for w in words[k : k + 2]]
    return nxt[:1] == ["based"] or (len(nxt) == 2 and nxt[0] == "-" and nxt[1] in _LOCATED)


# What "the two ..." can name when it names both sides: "the two governments said".
SIDE_NOUNS = wordset(
    "side government country state army military capital minister leader delegation "
    "neighbour neighbor"
)

# Capitalised words that do not begin a name ("The Security Council said").
_NOT_NAME_WORDS = wordset("the a an this that these those its their his her our")

_TOKEN_RE = re.compile(r"[^\W_]+(?:\.[^\W_]+)*\.?|[^\W\s]", re.UNICODE)


def _noun_forms(word: str, lemma: str) -> bool:
    """Whether ``word`` is ``lemma`` or its plural ("fishermen" of "fisherman")."""
    w, lem = word.lower(), lemma.lower()
    plurals = {lem, lem + "s", lem + "es"}
    if lem.endswith("man"):
        plurals.add(lem[:-3] + "men")
    return w in plurals


# Capitalised words that make a country's name or demonym before them part of a place name.
_PLACE_FEATURES = frozenset({"Ocean", "Sea", "Peninsula", "Strait", "Straits"})


def alias_words(alias: str) -> tuple[str, ...]:
    """Split an alias or a text the way matching compares them (hyphens and 's dropped)."""
    words = []
    text = alias.replace("’", "'")
    for m in _TOKEN_RE.finditer(text):
        w = m.group(0)
        if not any(c.isalnum() for c in w):
            continue
        if w in ("s", "S") and m.start() > 0 and text[m.start() - 1] == "'":
            continue  # "Tigray People's Liberation Front": the parse drops the "'s" too
        if w.endswith(".") and w.count(".") == 1 and len(w) > 2:
            w = w[:-1]  # sentence-final full stop glued to a word
        words.append(w)
    return tuple(words)


def _key(words: Sequence[str], case_sensitive: bool) -> tuple[str, ...]:
    return tuple(words) if case_sensitive else tuple(w.lower() for w in words)


def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 5


@lru_cache(maxsize=4096)
def _alias_key(alias: str) -> tuple[tuple[str, ...], bool, tuple[str, ...]]:
    """An alias's words, whether it is an acronym, and its table key: the same for every
    lexicon (the built-in country and organisation names are added to each one)."""
    words = alias_words(alias)
    acronym = _is_acronym(alias)
    return words, acronym, _key(words, acronym)


# (A NamedTuple, not a frozen dataclass: as immutable, and twice as cheap to build.)
class Match(NamedTuple):
    start: int  # word index, inclusive
    end: int  # word index, exclusive
    kind: str  # "party", "source" or "third"
    party: str | None


# (A frozen dataclass: the rules read its fields far more often than they build one, and
# a NamedTuple's fields are slower to read.)
@dataclass(frozen=True)
class Resolution:
    party: str | None
    status: str  # "party", "source", "third", "joint" or "unknown"

    @property
    def final(self) -> bool:
        return self.status != "unknown"


UNKNOWN = Resolution(None, "unknown")


# Trailing words of an alias naming a state's organ: "Sudan's army", "Sudanese Armed Forces".
_STATE_ORGAN_TAIL = STATE_ALIASES | wordset("armed forces")


def _country_of_state_organ(alias: str) -> str:
    """The folded country of an alias that names its state's organ ("Sudan's army",
    "Sudanese Armed Forces", "Myanmar military": "sudan", "sudanese", "myanmar"), or "".
    Such a party is that country's state: "Sudan's Health Ministry" speaks for it."""
    words = [w.lower() for w in alias_words(alias)]
    if len(words) < 2 or words[-1] not in _STATE_ORGAN_TAIL:
        return ""
    while words and words[-1] in _STATE_ORGAN_TAIL:
        words.pop()
    return " ".join(words)


@lru_cache(maxsize=1)
def _groups_by_name() -> dict[str, tuple[int, ...]]:
    """Folded name -> the indices of the built-in country groups that hold it."""
    out: dict[str, list[int]] = {}
    for gi, group in enumerate(COUNTRY_GROUPS):
        for name in {g.lower() for g in group}:
            out.setdefault(name, []).append(gi)
    return {name: tuple(gis) for name, gis in out.items()}


def is_country_name(name: str) -> bool:
    """A built-in country's name ("Papua New Guinea", "Timor-Leste")."""
    return name.lower() in _groups_by_name()


@dataclass(frozen=True)
class _ThirdPartyTables:
    exact: dict[tuple[str, ...], tuple[str, str | None]]
    folded: dict[tuple[str, ...], tuple[str, str | None]]
    group_keys: tuple[tuple[tuple[bool, tuple[str, ...]], ...], ...]  # per country group
    # (acronym, key) -> the groups that hold it (-1: a built-in third party's name)
    holders: dict[tuple[bool, tuple[str, ...]], frozenset[int]]


@lru_cache(maxsize=1)
def _third_party_tables() -> _ThirdPartyTables:
    """Every built-in country and third-party name as "third", built once: a resolver
    copies the tables and drops the names of the groups its parties claim."""
    exact: dict[tuple[str, ...], tuple[str, str | None]] = {}
    folded: dict[tuple[str, ...], tuple[str, str | None]] = {}
    holders: dict[tuple[bool, tuple[str, ...]], set[int]] = {}
    group_keys: list[tuple[tuple[bool, tuple[str, ...]], ...]] = []
    named = list(enumerate(COUNTRY_GROUPS))
    named.append((-1, tuple(THIRD_PARTY_NAMES)))
    for gi, names in named:
        keys: list[tuple[bool, tuple[str, ...]]] = []
        for name in names:
            words, acronym, key = _alias_key(name)
            if not words:
                continue
            (exact if acronym else folded).setdefault(key, ("third", None))
            holders.setdefault((acronym, key), set()).add(gi)
            keys.append((acronym, key))
        if gi >= 0:
            group_keys.append(tuple(keys))
    return _ThirdPartyTables(
        exact, folded, tuple(group_keys), {k: frozenset(v) for k, v in holders.items()}
    )


class PartyResolver:
    """Maps word sequences to parties, explicit sources and third parties."""

    def __init__(self, lexicon: Lexicon | None) -> None:
        self.lexicon = lexicon
        self._exact: dict[tuple[str, ...], tuple[str, str | None]] = {}
        self._folded: dict[tuple[str, ...], tuple[str, str | None]] = {}
        # First words of all aliases, folded, with the lengths of the aliases they open
        # (longest first): matching tries only those lengths.
        self._firsts: dict[str, list[int]] = {}
        self.party_aliases: dict[str, set[str]] = {}
        # Parties that speak for a state (they own a built-in country group, or have an
        # alias such as "army" or "government"): only they have ministers, ambassadors,
        # prosecutors and police (see speakers/states.py).
        self.state_parties: frozenset[str] = frozenset()
        parties = lexicon.parties if lexicon else ()
        for p in parties:
            names = {p.name, *p.aliases}
            self.party_aliases[p.name] = set(names)
        # Expand each party with the country group it names, unless two parties claim it.
        owners: dict[int, set[str]] = {}
        groups_of = _groups_by_name()
        for party, names in self.party_aliases.items():
            for n in names:
                for gi in groups_of.get(n.lower(), ()):
                    owners.setdefault(gi, set()).add(party)
                for gi in groups_of.get(_country_of_state_organ(n), ()):
                    owners.setdefault(gi, set()).add(party)
        for gi, claimants in owners.items():
            if len(claimants) == 1:
                owner = next(iter(claimants))
                self.party_aliases[owner].update(COUNTRY_GROUPS[gi])
                self.state_parties |= {owner}
        self.state_parties |= {
            party
            for party, names in self.party_aliases.items()
            if any(n.lower() in STATE_ALIASES for n in names)
        }
        # The names of the groups no party claims and the built-in third parties, all
        # "third": the prebuilt tables less the names only claimed groups hold.
        base = _third_party_tables()
        self._exact = dict(base.exact)
        self._folded = dict(base.folded)
        claimed = set(owners)
        for gi in claimed:
            for acronym, key in base.group_keys[gi]:
                holders = base.holders[(acronym, key)]
                if holders <= claimed:
                    del (self._exact if acronym else self._folded)[key]
        for k in [*self._exact, *self._folded]:
            self._note_first(k[0], len(k))
        for party, names in self.party_aliases.items():
            for name in names:
                self._add(name, "party", party)
                words = alias_words(name)
                plural_ok = name[-1:].isalpha() and not name.endswith("s")
                if len(words) == 1 and not _is_acronym(name) and plural_ok:
                    self._add(name + "s", "party", party)  # "Russians", "Ukrainians"
                if len(words) > 1 and words[-1].lower() == "tribe":
                    # "tribal leaders say" of the "Yaqui tribe": the tribe's own
                    self._add("tribal", "party", party, weak=True)
        for src in lexicon.sources if lexicon else ():
            for name in (src.name, *src.aliases):
                self._add(name, "source", src.party)

    def _add(self, alias: str, kind: str, party: str | None, *, weak: bool = False) -> None:
        words, acronym, key = _alias_key(alias)
        if not words:
            return
        table = self._exact if acronym else self._folded
        if weak and key in table:
            return
        existing = table.get(key)
        if existing and existing[0] == "party" and kind == "party" and existing[1] != party:
            table[key] = ("joint", None)  # an alias two parties share identifies neither
            return
        table[key] = (kind, party)
        self._note_first(words[0], len(words))

    def _note_first(self, first: str, length: int) -> None:
        lengths = self._firsts.setdefault(first.lower(), [])
        if length not in lengths:
            lengths.append(length)
            lengths.sort(reverse=True)

    @cached_property
    def alias_openers(self) -> dict[str, set[str]]:
        """The parties each name of several words opens with a capitalised word, by that
        word folded ("baloch" for "Baloch Yakjehti Committee"); see speakers/namesakes.py."""
        firsts: dict[str, set[str]] = {}
        for party, names in self.party_aliases.items():
            for name in names:
                words = name.split()
                if len(words) > 1 and words[0][:1].isupper():
                    firsts.setdefault(words[0].lower(), set()).add(party)
        return firsts

    @cached_property
    def parties_by_last_word(self) -> dict[str, frozenset[str]]:
        """The parties each name of several words ends with, by that last word folded
        ("administration" for "the Autonomous Administration"); see speakers/roles.py."""
        lasts: dict[str, set[str]] = {}
        for party, names in self.party_aliases.items():
            for words in map(alias_words, names):
                if len(words) > 1:
                    lasts.setdefault(words[-1].lower(), set()).add(party)
        return {w: frozenset(parties) for w, parties in lasts.items()}

    @cached_property
    def party_words(self) -> dict[str, frozenset[str]]:
        """Each party's name and alias words, lower-case, as written and singular
        ("unions" -> "union", "Workers'" -> "worker"); see speakers/namesakes.py."""
        out: dict[str, frozenset[str]] = {}
        for party, names in self.party_aliases.items():
            words = {w for name in names for w in name.lower().split()}
            for name in names:
                for w in name.lower().replace("'", " ").split():
                    words.add(w)
                    if w.endswith("s") and not w.endswith("ss"):
                        words.add(w.removesuffix("s"))
            out[party] = frozenset(words)
        return out

    @cached_property
    def all_party_words(self) -> frozenset[str]:
        """The words of all parties' names (see :attr:`party_words`)."""
        return frozenset().union(*self.party_words.values())

    @cached_property
    def non_state_parties(self) -> tuple[str, ...]:
        """The parties that are not a state's, in the lexicon's order."""
        return tuple(p for p in self.party_aliases if p not in self.state_parties)

    @cached_property
    def company_parties(self) -> tuple[str, ...]:
        """The parties one of whose names marks a business ("Kasompe Mining Ltd")."""
        return tuple(
            party
            for party, names in self.party_aliases.items()
            if any(_is_business_name(n.lower().split()) for n in names)
        )

    def is_party(self, name: str | None) -> bool:
        return name is not None and name in self.party_aliases

    def matches(self, words: Sequence[str]) -> list[Match]:
        """Longest, leftmost alias matches in a word sequence."""
        folded = [w.lower() for w in words]
        out: list[Match] = []
        i = 0
        n = len(words)
        while i < n:
            found: Match | None = None
            lengths = self._firsts.get(folded[i])
            if lengths is None:
                i += 1
                continue
            for length in lengths:
                if length > n - i:
                    continue
                hit = self._exact.get(tuple(words[i : i + length]))
                if hit is None:
                    hit = self._folded.get(tuple(folded[i : i + length]))
                if hit is not None:
                    found = Match(i, i + length, hit[0], hit[1])
                    break
            if found is None:
                i += 1
                continue
            if found.end < n and words[found.end] in _PLACE_FEATURES:
                # "the southern Indian Ocean", "the South China Sea": a place named after a
                # country, which speaks for nobody
                i = found.end
                continue
            out.append(found)
            i = found.end
        return out

    def resolve_words(
        self,
        words: Sequence[str],
        levels: Sequence[int] | None = None,
        head_lemma: str | None = None,
    ) -> Resolution:
        """Decide the party of a source phrase.

        ``levels`` ranks each word: 0 for the core of the noun phrase (head, possessor,
        compounds, adjectives, appositions, conjuncts), higher for words inside its
        prepositional phrases ("the UN mission in Ukraine": Ukraine is peripheral).
        """
        found = self._own_names(words, self.matches(words))
        if len(found) > 1:
            # "Transfluvial del Plata, the Buenos Aires-based company": where a body is
            # based says where it is, beside a name that says who it is.
            named = [m for m in found if not based_after(words, m.end)]
            found = named or found
        lv = levels if levels is not None else [0] * len(words)
        if not found:
            if head_lemma and head_lemma.lower() in THIRD_PARTY_HEADS:
                return Resolution(None, "third")
            if any(w.lower() in ("both", "each") for w in words):
                return Resolution(None, "joint")  # "both sides", "officials in both countries"
            if (
                head_lemma
                and head_lemma.lower() in SIDE_NOUNS
                and any(w.lower() == "two" for w in words)
            ):
                return Resolution(None, "joint")  # "the two governments", "the two sides"
            return UNKNOWN

        def level(m: Match) -> int:
            backer = m.end < len(words) and words[m.end].lower() in BACKER_WORDS
            return min(lv[m.start : m.end]) + (10 if backer else 0)

        levels_found = [level(m) for m in found]
        best = min(levels_found)
        top = [m for m, lv_m in zip(found, levels_found, strict=True) if lv_m == best]
        sources = [m for m in top if m.kind == "source"]
        if sources:
            # The lexicon's explicit mapping wins over everything said at the same depth.
            parties = {m.party for m in sources}
            return (
                Resolution(parties.pop(), "source")
                if len(parties) == 1
                else Resolution(None, "joint")
            )
        if (
            head_lemma
            and head_lemma.lower() in THIRD_PARTY_HEADS
            # unless the lexicon makes the head word itself a party's alias ("fishermen")
            and not any(
                m.kind == "party" and _noun_forms(words[m.end - 1], head_lemma) for m in top
            )
        ):
            return Resolution(None, "third")
        if any(m.kind == "joint" for m in top):
            return Resolution(None, "joint")
        parties = {m.party for m in top if m.kind == "party"}
        thirds = [m for m in top if m.kind == "third"]
        if (
            len(parties) == 1
            and thirds
            and head_lemma
            and all(
                t.end - t.start == 1 and words[t.start].lower() in _groups_by_name() for t in thirds
            )
            and any(
                m.kind == "party"
                and _noun_forms(words[m.end - 1], head_lemma)
                and all(t.end <= m.start for t in thirds)
                and " ".join(words[m.start : m.end]).lower() not in _groups_by_name()
                for m in top
            )
        ):
            # "Mongolian herders" when the lexicon makes "herders" a party's alias: the
            # head names the side; a third country's name before it says where (not
            # "Amnesty International Indonesia", a body's name ending in a country).
            return Resolution(parties.pop(), "party")
        if len(parties) > 1 or (parties and thirds):
            return Resolution(None, "joint")
        if parties:
            return Resolution(parties.pop(), "party")
        return Resolution(None, "third")

    @staticmethod
    def _own_names(words: Sequence[str], found: list[Match]) -> list[Match]:
        """Drop a third party's name of several words that ends a longer capitalised name:
        "The National Security Council" is a state's council, not the U.N. Security
        Council (a possessor or demonym before it, "Iran's", "Ukrainian", is an alias and
        still counts; a determiner is no part of a name)."""
        if all(m.kind != "third" or m.end - m.start == 1 for m in found):
            return found  # (most phrases: nothing to drop)
        ends = {m.end for m in found}
        return [
            m
            for m in found
            if not (
                m.kind == "third"
                and m.end - m.start > 1
                and (
                    (
                        m.start > 0
                        and m.start not in ends
                        and words[m.start - 1][:1].isupper()
                        and words[m.start - 1].lower() not in _NOT_NAME_WORDS
                    )
                    # "Manila's national security council": a name written in lower case
                    # is a description, not the capitalised body's name.
                    or (
                        all(w.islower() for w in words[m.start : m.end])
                        and tuple(w.lower() for w in words[m.start : m.end])
                        in _CAPITALISED_THIRD_NAMES
                    )
                )
            )
        ]

    def resolve_text(self, text: str) -> Resolution:
        return self.resolve_words(alias_words(text))

    def mentions(self, text: str) -> list[tuple[int, str]]:
        """(word index, party) for each party alias in a plain text, in order."""
        words = alias_words(text)
        return [(m.start, m.party) for m in self.matches(words) if m.kind == "party" and m.party]


@lru_cache(maxsize=1)
def _organisation_keys() -> frozenset[tuple[str, ...]]:
    return frozenset(_alias_key(name)[2] for name in THIRD_PARTY_NAMES)


def is_organisation_name(words: Sequence[str]) -> bool:
    """Whether the words are exactly the name of a built-in international organisation
    ("Amnesty International", "UNICEF"), not a country's."""
    words = list(words)
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]  # "the UN's envoy"
    if not words:
        return False
    return tuple(words) in _organisation_keys() or (
        tuple(w.lower() for w in words) in _organisation_keys()
    )


def party_alias_words(names: Iterable[str]) -> dict[str, set[str]]:
    """Alias sets for party names alone (no lexicon): the name plus its country group."""
    out: dict[str, set[str]] = {}
    for name in names:
        aliases = {name}
        for group in COUNTRY_GROUPS:
            if name.lower() in {g.lower() for g in group}:
                aliases.update(group)
        out[name] = aliases
    return out


@lru_cache(maxsize=64)
def resolver_for(lexicon: Lexicon | None) -> PartyResolver:
    """One resolver per lexicon (lexicons are frozen, hence hashable)."""
    return PartyResolver(lexicon)
