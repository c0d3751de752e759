"""The word lists of speakers, and the string ids the rules compare tokens against.

Person nouns, roles, institutions, state bodies and offices, armed groups, civil society,
businesses, media, places; their unions that the rules test against (built once); the
string ids of labels and words that the per-document arrays are compared with.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.strings import get_string_id

from ..lexicon import THIRD_PARTY_HEADS
from ..wordlists import wordset

# Heads that can only be a person ("A doctor at the hospital told Reuters ... she said").
PERSON_NOUNS = wordset(
    "man woman boy girl fisherman farmer shepherd herder driver doctor nurse teacher "
    "relative father mother brother sister son daughter wife husband uncle cousin "
    "chairman chairwoman chairperson executive ceo"
)
# Third-party heads that are people ("the monitor said" may be an organisation).
_PEOPLE_HEADS = THIRD_PARTY_HEADS - frozenset({"monitor", "observer"})
# Heads that name a role rather than a body: "a military spokesman" speaks for whoever
# the paragraph's previous speaker spoke for, unless the phrase names a party itself.
ROLE_NOUNS = wordset(
    "spokesman spokeswoman spokesperson official officer commander minister governor "
    "president premier mayor source ambassador envoy general colonel chief adviser advisor "
    "aide representative secretary head director deputy lieutenant major captain admiral "
    "marshal commissioner undersecretary under-secretary delegate prefect"
)
# Definite phrases that refer back ("the ministry said", "the group said").
ANAPHOR_HEADS = ROLE_NOUNS | wordset(
    "ministry group agency company army military government office service department "
    "authority authorities forces force committee council militia fleet navy coast "
    "guard operator bureau police presidency directorate coordinator organiser organizer"
)
# Institution heads worth remembering per document ("Russia's defence ministry" -> ministry).
INSTITUTION_HEADS = ANAPHOR_HEADS - ROLE_NOUNS | frozenset({"fleet", "guards", "staff"})
# Capitalised words of institutions' names that say nothing about who a later speaker is.
_NOT_NAMES = wordset(
    "defence defense foreign interior ministry state media national security service "
    "committee office general staff prime president minister coast guard armed forces "
    "navy army air force regional deputy chief spokesman spokeswoman federal"
)
# Words of organisations' names: "The U.S. Navy's Fifth Fleet" is not a person.
ORG_WORDS = wordset(
    "fleet ministry forces army navy council committee union nations service guard guards "
    "staff office agency organisation organization group command corps department "
    "government court police military company firm party front movement brigade battalion "
    "regiment division mission programme program fund association league borders cross "
    "crescent watch international media news times post press tv radio channel network "
    "institute center centre foundation bureau authority authorities corporation"
)
# Bodies of a state: "the armed forces said" speaks for the state of the story's speaker.
STATE_BODIES = wordset(
    "forces force army military ministry government authorities authority navy guard police "
    "bureau presidency"
)
# "The region's security committee", "the group's political office": the possessor refers
# back to the side named before, so the body speaks for it.
POSSESSOR_ANAPHORS = wordset(
    "region group country movement territory republic enclave rebel militia government "
    "state administration province side organisation organization party authority"
)
# Offices only a state has: "Defence Minister Pedro Arango", "the prosecutor's office".
# With no party named, such a speaker never takes the party of a rebel group that spoke
# before it, but the nearest state party's. (Not "police" here: "a local police official"
# is often quoted as a witness; "the police said" is a state body, below.)
STATE_ROLES = wordset("minister ministry ambassador embassy prosecutor")
# Titles of heads of state or government before a name: "President Emmerson Chikore"
# (not "the group's president", a rebel movement's office).
HEAD_OF_STATE_TITLES = wordset("president premier")
# Fields of ministries: "Foreign Minister X" heads the foreign ministry named before.
MINISTRY_HEADS = wordset("ministry presidency")
MINISTRY_FIELDS = wordset("foreign defence defense interior justice home information")
# Bodies that only a state has: "the police said" never speaks for a rebel group.
STATE_ONLY_BODIES = wordset("ministry government authorities authority police bureau presidency")
# A state's armed bodies, which no company or union has either (a company has guards).
ARMED_STATE_BODIES = STATE_BODIES - STATE_ONLY_BODIES - wordset("guard")
# Bodies that only a non-state side has: "the group denied" after the insurgents spoke
# refers back to them, not to the government that spoke last.
NON_STATE_BODIES = wordset("group militia")
# What a non-state side is called when described rather than named ("the independence
# movement" for the Polisario Front).
NON_STATE_MOVEMENTS = NON_STATE_BODIES | wordset("movement front")
# Nouns of armed groups: "a Colombian guerrilla group" is in Colombia but is not the
# Colombian state, whose party the demonym would otherwise give it.
ARMED_GROUP_NOUNS = wordset(
    "guerrilla guerrillas rebel rebels militia militias insurgent insurgents militant "
    "militants separatist separatists resistance"
)
# What makes a group an armed side ("armed", "jihadist") or ties it to a network the
# lexicon does not name ("an al Qaeda-linked group"): see StateRules._the_armed_side.
ARMED_GROUP_ADJECTIVES = wordset("armed jihadist islamist")
LINKED_WORDS = wordset("linked affiliated allied aligned")
# Words for the armed side of a state-against-rebels story (not "militia", often a third
# armed group): see StateRules._the_armed_side (states.py).
ARMED_SIDE_NOUNS = wordset(
    "guerrilla guerrillas rebel rebels insurgent insurgents militant militants separatist "
    "separatists resistance"
)
# Organs only a state has, as the head of a speaker or a word on it ("a military
# official", "government forces"): see StateRules._state_organ (states.py).
STATE_ORGANS = wordset("army military government police gendarmerie customs custom")
# "The regional prosecutor", "the provincial governor": offices of the region the story
# is datelined in.
REGIONAL_WORDS = wordset("regional provincial")
REGIONAL_ROLES = STATE_ROLES | wordset("governor governorate administration")
# Unnamed state bodies that, failing all else, speak for the state of the dateline.
DATELINE_BODIES = STATE_ONLY_BODIES | wordset("council")
# Businesses: "the National Grid Corporation of X" is in X but does not speak for it.
COMMERCIAL_BODIES = wordset("corporation company firm")
# "The Internal Security Operations Command", "the Strategic Operational Command": a
# body named for security or defence work (SECURITY_NAME_WORDS) with a body's head word
# (SECURITY_BODY_WORDS) is a state's, when nothing in the name says whose.
SECURITY_NAME_WORDS = wordset(
    "security defence defense operations operational intelligence task military"
)
SECURITY_BODY_WORDS = wordset(
    "command service committee council forces force agency directorate bureau department"
)


def names_security_body(words: set[str] | frozenset[str]) -> bool:
    """Lower-case words of a name holding a security word and a body word."""
    return not words.isdisjoint(SECURITY_NAME_WORDS) and not words.isdisjoint(SECURITY_BODY_WORDS)


# Nouns that describe a business by what it does: "the mine's operator, X", "X, a
# lithium producer", "a Chilean lithium producer blamed...".
BUSINESS_NOUNS = COMMERCIAL_BODIES | wordset(
    "operator producer miner manufacturer contractor developer exporter supplier conglomerate "
    "driller refiner insurer airline shipper retailer lender owner bank"
)
# Heads of the names of a state's agencies: "the Fisheries Agency", "the Border Service".
STATE_AGENCY_HEADS = wordset(
    "agency service authority directorate inspectorate administration department bureau"
)
# Words of international or non-state bodies' names: "the International Energy Agency".
INTERNATIONAL_WORDS = wordset(
    "international world global european african asian arab islamic united regional"
)
# Bodies of civil society: "the fishermen's association in X" speaks for its members.
CIVIL_BODIES = wordset(
    "association union cooperative federation syndicate guild network forum trust foundation"
)
# Possessors that may be the last word of a party's name: the referring ones, and civil
# bodies ("the federation's president" after "the Bangladesh Apparel Workers' Federation").
ENDING_POSSESSORS = POSSESSOR_ANAPHORS | CIVIL_BODIES
# Civil society described by a state's demonym ("a Bangladeshi rights group", "a local
# fishing association"): the demonym says where the body is, not whom it speaks for.
CIVIL_SOCIETY_WORDS = CIVIL_BODIES | wordset(
    "rights advocacy charity ngo watchdog humanitarian monitor monitoring fishing farming "
    "volunteer relief"
)
# Prepositions of where a speaker is: "a union official in Yeosu", "A fishers' association
# on Tanzania's shore of Lake Victoria".
PLACE_PREPOSITIONS = wordset("in near outside inside on along")
# A body's branches in a country: "the Greek section of Amnesty International", "the
# International Labour Organization's office in Colombo".
BRANCH_NOUNS = wordset("section chapter branch affiliate office")
# People at the head of a body or in it: "union leaders said".
LEADER_NOUNS = wordset("leader member organiser organizer activist")
# Bodies made of other bodies: "a coalition of rights groups", "an alliance of unions".
COLLECTIVE_NOUNS = wordset("coalition alliance umbrella network platform")
# A state's offices for civil matters: "the Ukrainian human rights ombudsman".
STATE_OFFICES_FOR_CIVIL_MATTERS = STATE_ROLES | wordset("ombudsman commissioner ministry")
# Places of civil life whose staff speak for no side: "the director of the town's hospital".
CIVIL_PLACES = wordset("hospital clinic morgue school university college mosque church temple")
# People who care for the wounded: "Doctors at the hospital in X said" speak for no side
# (unless a state's force is named: "army medics").
MEDICAL_HEADS = wordset("doctor nurse medic paramedic surgeon physician")
# Words that put such people in a state's or an armed side's service.
SERVICE_WORDS = wordset("army military police navy naval militia rebel government ministry")
# "Shipping sources", "industry sources": people of a trade, who speak for no side.
TRADE_WORDS = wordset("shipping industry market trade trading insurance business commercial")
# Words that open a place's name rather than a brand's ("North Korea", "New Caledonia").
PLACE_NAME_WORDS = wordset(
    "north south east west northern southern eastern western central upper lower new "
    "greater great little old republic democratic federal united"
)
# Places named "of" a name: "Georgia's breakaway region of Abkhazia" is Abkhazia.
REGION_NOUNS = wordset("region province territory republic enclave")
# People of a region who speak for it: "regional leaders", "regional officials".
REGION_PEOPLE = wordset("leader official authority authorities lawmaker politician")
# Craft whose crew speak for no side unless a word makes them a state's.
CIVIL_CRAFT = wordset("boat trawler")
STATE_CRAFT_WORDS = wordset("patrol navy naval police guard military gun coastguard")
# "State media reported", "the state news agency SUNA": a state's outlet, which speaks
# for the nearest state that spoke before it.
MEDIA_NOUNS = wordset("media agency television tv radio broadcaster newspaper news")
# "The country's defence ministry": a possessor that refers back to a state.
STATE_POSSESSORS = wordset("country state government republic administration nation")
# What a bare rejection rejects: "rejected the accusation".
BARE_CHARGES = frozenset(
    f"the {w}{s}" for w in ("accusation", "allegation", "charge", "claim") for s in ("", "s")
)
# Unions of the tables above that the rules test against (built once, not per call).
_ROLES_AND_CIVIL_OFFICES = ROLE_NOUNS | STATE_OFFICES_FOR_CIVIL_MATTERS
_STATE_BODIES_AND_ORGANS = STATE_BODIES | STATE_ORGANS
_NOT_BRANDS = ROLE_NOUNS | HEAD_OF_STATE_TITLES | ORG_WORDS
_ORGANS_AND_ORG_WORDS = STATE_ORGANS | ORG_WORDS
_NON_STATE_POSSESSORS = POSSESSOR_ANAPHORS - STATE_POSSESSORS
# How far back (tokens) "the militia" looks for "the Fano militia".
NAMESAKE_WINDOW = 1500
PERSON_PRONOUNS = frozenset({"he", "she", "i", "him", "her"})
_CORE_DEPS = wordset(
    "compound amod poss appos conj nmod nummod det cc punct npadvmod case quantmod advmod flat nn"
)


# The string ids _Parse and _levels compare (hashes, or symbols: the same in every vocab).
_CORE_DEP_IDS = frozenset(get_string_id(d) for d in _CORE_DEPS)
_COMPOUND = get_string_id("compound")
_POSS = get_string_id("poss")
_RELCL = get_string_id("relcl")
_POSSESSIVE_TAG = get_string_id("POS")
_AMPERSAND = get_string_id("&")
_AMOD = get_string_id("amod")
_POBJ = get_string_id("pobj")
_DET = get_string_id("det")
_COMMA = get_string_id(",")
_HYPHEN = get_string_id("-")


def _ids(words: Iterable[str]) -> frozenset[int]:
    """The string ids of lower-case words, to test a token's LOWER id against (its
    ``lower_`` is in ``words`` exactly when its id is in these)."""
    return frozenset(get_string_id(w) for w in words)


_NOT_NAME_IDS = _ids(_NOT_NAMES)
_SERVICE_IDS = _ids(SERVICE_WORDS)
_REGIONAL_IDS = _ids(REGIONAL_WORDS)
_MEDIA_IDS = _ids(MEDIA_NOUNS)
_CIVIL_SOCIETY_IDS = _ids(CIVIL_SOCIETY_WORDS)
_PLACE_PREPOSITION_IDS = _ids(PLACE_PREPOSITIONS)
# The forms of the civil bodies' nouns, singular and plural ("union", "unions").
_CIVIL_BODY_FORM_IDS = _ids(CIVIL_BODIES | {w + "s" for w in CIVIL_BODIES})
_PREP = get_string_id("prep")
_ARMED_GROUP_IDS = _ids(ARMED_GROUP_NOUNS)
_MINISTRY_FIELD_IDS = _ids(MINISTRY_FIELDS)
_ORG_WORD_IDS = _ids(ORG_WORDS)
_DEFINITE_IDS = _ids(("the", "this", "that"))
_FOR_OF_AT = _ids(("for", "of", "at"))
_STATE_OR_GOVERNMENT = _ids(("state", "government"))
_OWNED_OR_RUN = _ids(("owned", "run", "controlled"))
_STATE = get_string_id("state")
_BASED = get_string_id("based")
_RIGHTS = get_string_id("rights")
_OPPOSITION = get_string_id("opposition")
_OMBUDSMAN = get_string_id("ombudsman")
