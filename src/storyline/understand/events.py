"""Events: PLOVER-coded who-did-what-to-whom, each with its evidence sentence.

CONTRACT:  code_events(doc, actors: ActorIndex, times: TimeIndex, quotes, published=None)
               -> list[model.Event]

How: every verb, light verb + object, and event noun of the lexicon (event_lexicon.py) is a
candidate trigger. Its source and target come from the dependency parse (event_roles.py) and
are resolved to actors only through the ActorIndex; its negation, condition, intention and
reporting speaker from the clause around it (event_modality.py). A trigger that is the
complement of another trigger ("threatened to impose sanctions", "demanded the release")
is the content of that event, not an event of its own: it refines the outer event's mode.
Announced future cooperation becomes AGREE and announced future force THREATEN, as the PLOVER
manual asks. No event without a resolved source; none without a target where PLOVER requires
one; one event per source-target dyad; duplicates merge, keeping the highest confidence, the
first evidence as ``sentence``/``span`` and every further one in ``more_evidence``. A
target-less event repeating the type, mode, source and modality of an event with a target
("Canada's arrest" next to "Canada's arrest of X") merges into the nearest such event; an
event whose source and target are the same actor is dropped. A bare possessor of an
undergone noun is its patient ("her arrest"), unless it is a state ("Canada's arrest") or
the noun has an of-object ("X's arrest of Y").

Arguments the actor index does not know go through event_actors.py (demonym phrases,
quantity nouns, agentless attack nouns, the one country of the sentence). Further rules:
a light verb's object is part of the trigger, so its target comes from the prepositions
("imposed curbs on X") unless the object is itself an actor ("expelled two diplomats"); an
infinitive of purpose of a coded event is no event ("staged protests to demand ..."); an
announced act conditional on another side is a THREATEN to that side ("will withdraw unless
X ..."); "X said Y must ..." is a REQUEST of X on Y; an opinion about an act ("concern about
the death sentence against Y") targets the doer of that act, named there or coded earlier
in the article, and an official defending his own state's act is no event; a protest, a
curfew or an attack without a named target is on the state of the place where it happens;
obstruction by non-state people is PROTEST obstruct, and so is a strike of theirs without
an object ("teachers struck"); coordinated sources of a reciprocal type without a target act
on each other; a noun trigger keyed with its preposition ("went on strike", "placed under
arrest") takes the roles of its verb; a joint military move is COOPERATE; an unnamed target
of a state's act at home is the state's own country (event_actors.domestic_country).

Arguments decide between types (recode_by_target): expelling officials, a mission or a
country is SANCTION expel, expelling private people COERCE deport; a state's ban on another
country is SANCTION, a sanction on its own people COERCE restrict. Force an actor "prepared
to" use is MOBILIZE. A bare role without a country ("the prime minister", "troops") is a
side only next to a side placed in a country, and the weakest target candidate. Not coded:
the demand of a protest in its sentence (PLOVER manual), the content of "X said Y must ...",
a hypothetical relative clause on another trigger's argument ("a plan that would ...").

Confidence (0..1) is a documented heuristic, not a probability:
  0.45 base, +0.20 curated lexicon entry (vs. derived CAMEO entry), +0.15 target resolved,
  +0.10 subject written in the trigger's own clause, -0.15 subject taken from the reporting
  speaker or a reporting authority, -0.10 hypothetical, -0.05 nominal trigger.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import islice

from spacy.tokens import Doc, Span, Token

from storyline.model import Actor, Event, EventActor, Evidence, Quote
from storyline.understand import event_roles
from storyline.understand.actors import TOWN_POPULATION, ActorIndex, non_state, person_noun
from storyline.understand.contests import contest_sense
from storyline.understand.event_actors import (
    EventArguments,
    acting_state,
    city_country,
    conjoined_countries,
    framing_country,
    location_country,
    people_phrase,
    phrase_country,
    place_name_country,
    quantified,
)
from storyline.understand.event_lexicon import CURATED, Lexicon, Trigger, load_lexicon
from storyline.understand.event_modality import SPEECH_VERBS, Modality, factual_clause, modality
from storyline.understand.event_roles import (
    FINITE_TAGS,
    GERUND_CONTROL,
    GERUND_CONTROL_PREPS,
    word_lemmas,
)
from storyline.understand.lexicon import load_lexicon as load_actor_lexicon
from storyline.understand.nlp import Children, Columns, children, columns, doc_text, entity_at
from storyline.understand.ontology import describe, requires_recipient
from storyline.understand.places import event_place
from storyline.understand.roles import agent_sector
from storyline.understand.times import TimeIndex

CONTENT_TAKERS = frozenset({"AGREE", "REQUEST", "REJECT", "THREATEN"})
ACTING_AUTHORITY = frozenset({"GOV", "COP", "MIL", "JUD", "SPY"})
# (outer type, content type) -> (mode, CAMEO) of the outer event
CONTENT_CODES = {
    ("REQUEST", "RETREAT"): ("yield", "1053"), ("REQUEST", "CONCEDE"): ("yield", "105"),
    ("REQUEST", "CONSULT"): ("meet", "106"), ("REQUEST", "AID"): ("assist", "103"),
    ("REQUEST", "COOPERATE"): ("assist", "101"), ("REQUEST", "SUPPORT"): ("assist", "102"),
    ("REJECT", "RETREAT"): ("yield", "1243"), ("REJECT", "CONSULT"): ("meet", "125"),
    ("REJECT", "AID"): ("assist", "122"), ("REJECT", "COOPERATE"): ("assist", "121"),
    ("THREATEN", "SANCTION"): ("restrict", "1312"), ("THREATEN", "COERCE"): ("restrict", "132"),
    ("THREATEN", "ASSAULT"): ("violence", "138"), ("THREATEN", "MOBILIZE"): ("violence", "138"),
    ("AGREE", "COOPERATE"): (None, "031"), ("AGREE", "AID"): (None, "033"),
    ("AGREE", "RETREAT"): (None, "035"), ("AGREE", "CONCEDE"): (None, "035"),
    ("AGREE", "CONSULT"): (None, "036"), ("AGREE", "SUPPORT"): (None, "032"),
    ("REJECT", "CONCEDE"): ("yield", "124"), ("REJECT", "SUPPORT"): (None, "120"),
    ("REJECT", "AGREE"): (None, "120"),
}  # fmt: skip
THREAT_MODES = {"arrest": "arrest", "deport": "expel"}
# Types whose direct object is the source's own means ("mobilized reservists against X")
RESOURCE_TYPES = frozenset({"MOBILIZE"})
HANDOVER_CODES = ("063",)  # judicial cooperation: extradition, handing over suspects
# Types coded without a target where the only one found is the source itself ("Iran
# mobilised its forces", "a bomb exploded in Kabul")
SELF_TARGETED = frozenset({"MOBILIZE", "ASSAULT"})
ANSWERING = frozenset({"CONCEDE", "REJECT", "RETREAT"})  # acts that answer a demand
DEMANDING = frozenset({"REQUEST", "THREATEN", "REJECT"})
PROMISING = frozenset({"AGREE"})  # "offered to host negotiations": not held yet
ALLEGING = frozenset({"ACCUSE"})  # "alleged that X had opened fire": alleged, not reported
PARTY_CODES = frozenset({"045"})  # mediation: an event only between named parties
MISHAPS = frozenset({"failure", "collapse", "crash", "accident", "fire", "blaze", "explosion",
                     "death", "disappearance", "outbreak", "flood", "derailment", "sinking",
                     "leak", "spill", "cause", "incident", "malfunction"})
COMMERCIAL_TYPES = frozenset({"AID", "MOBILIZE"})  # a firm's deliveries and moves: trade
FIGHT_VERBS = frozenset({"fight", "combat", "battle"})
WARS = frozenset({"war", "battle", "conflict", "skirmish", "clash", "insurgency", "duel"})
OFFERS = frozenset({"offer", "promise"})  # what a firm offers or promises is trade
GIFTS = frozenset({"donate", "give", "gift"})  # "Pfizer donated vaccines": a firm's aid
# an event only without a direct object: not "conferred a knighthood", "the court
# demonstrated a shocking ignorance"
INTRANSITIVE_VERBS = frozenset({"confer", "demonstrate"})
# Routes and lines whose present participle says where they run, not what anyone did
ROUTES = frozenset({
    "highway", "road", "railway", "railroad", "rail", "bridge", "pipeline", "tunnel", "cable",
    "corridor", "route", "canal", "motorway", "expressway", "interconnector", "link",
})  # fmt: skip
# Attacks in words: "attacked the ruling as ...", "slammed the decision" (ACCUSE)
VERBAL_ATTACK_VERBS = frozenset({"attack", "assail", "blast", "slam", "lambast"})
ABSTRACT_TARGETS = frozenset({
    "decision", "ruling", "subpoena", "plan", "policy", "law", "bill", "proposal", "report",
    "statement", "remark", "comment", "idea", "deal", "agreement", "move", "measure",
    "budget", "verdict", "judgment", "judgement", "claim", "speech", "investigation",
    "probe", "inquiry", "decree", "order", "legislation", "resolution", "approach",
})  # fmt: skip
# What kills or hits without anyone doing it: "Hurricane Lorenzo hit the Azores" (not
# "fire": "Israeli fire killed two" is gunfire)
DISASTERS = frozenset({
    "hurricane", "storm", "typhoon", "cyclone", "tornado", "earthquake", "quake", "flood",
    "wildfire", "blaze", "tsunami", "avalanche", "landslide", "virus", "disease", "pandemic",
    "epidemic", "outbreak", "drought", "heatwave", "blizzard", "eruption", "mudslide",
})  # fmt: skip
# an event only when people are its object: not "snatched a late equaliser", "executed a
# planned shutdown"
# an event only when people undergo it: not "snatched an equaliser", "recalled that ..."
PEOPLE_OBJECT_VERBS = frozenset({"snatch", "execute", "recall"})
THING_PRONOUNS = frozenset({"it", "this", "that", "what", "which", "something", "nothing"})
IMPRESSION_VERBS = frozenset({"strike", "hit"})  # "it struck me as odd"
EXPULSION_MODES = frozenset({"expel", "deport"})
# what sets a military build-up against another side: "the border with X", "tensions with X"
RIVALRY_NOUNS = frozenset({"border", "frontier", "tension", "standoff", "dispute", "conflict",
                           "confrontation", "line"})
# declining to tell a reporter something is no refusal of anyone: "declined to say when"
DECLINING_VERBS = frozenset({"decline", "refuse"})
TELLING_VERBS = frozenset({
    "say", "comment", "state", "confirm", "elaborate", "specify", "disclose", "discuss",
    "name", "reveal", "answer", "detail", "speculate", "identify", "explain", "address",
})  # fmt: skip
# going somewhere is a visit only to someone: not "went to a steakhouse", "came to the scene"
TRAVEL_VERBS = frozenset({"go", "come", "travel", "head", "return", "fly"})
# an event only with an object: "searched the house", "burned cars" (not "Hong Kong is burning")
OBJECT_VERBS = frozenset({"search", "burn", "recognize", "recognise", "acknowledge"})
AIMING_VERBS = frozenset({"seek"})  # "seek to V" is an aim; "seek help" a request
# striving, not violence, when a to-clause says for what and no one is fought: "fought to
# get the script" (not "fought to retake the town": FIGHTING_AIMS)
STRIVING_VERBS = frozenset({"fight", "battle", "struggle"})
FIGHTING_AIMS = frozenset({"retake", "capture", "seize", "take", "control", "hold", "defend",
                           "repel", "recapture", "regain", "push", "drive", "break", "storm"})
# idioms whose subject is the empty "it": "when it comes to speakers" (no one comes)
EMPTY_SUBJECT_IDIOMS = frozenset({"come"})
EXCHANGE_VERBS = frozenset({"exchange", "trade", "swap"})  # "exchanged fire": mutual
# Links by which an act lies inside what a demand, refusal or threat is about
CONTENT_LINKS = frozenset({"dobj", "xcomp", "ccomp", "acl", "pobj", "prep", "conj", "advcl",
                           "pcomp"})
# COERCE modes that act on the population of a place: "imposed a curfew in X"
PLACE_MODES = frozenset({"curfew", "martial-law", "restrict", "withhold", "censor"})
# Event nouns and the verb whose light-verb entries their of-object selects
NOMINAL_VERBS = {"expulsion": "expel", "withdrawal": "withdraw", "release": "release",
                 "deployment": "deploy", "recall": "recall", "imposition": "impose",
                 "delivery": "deliver"}
# Nouns that name an event only through their of-object: "the delivery of aid", not "of a
# speech"
OBJECT_DECIDED = frozenset({"delivery"})
# Types whose unnamed target is the state where it happens (_state_of_population), and
# those of them whose fallback is the source's own state
IMPLIED_TARGETS = frozenset({"PROTEST", "ASSAULT", "CONCEDE", "RETREAT"})
DOMESTIC_BY_DEFAULT = frozenset({"PROTEST", "CONCEDE", "RETREAT"})
HOME_BY_DEFAULT = frozenset({"REQUEST", "MOBILIZE", "ASSAULT", "REJECT"})  # _home_act
# Acts a state addresses to another (a bare role placed only by its target's country is
# not that country's: _event)
TOWARD_OTHERS = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE",
                           "CONSULT", "SANCTION", "AID", "COOPERATE"})
# Types whose coordinated sources without a target act on each other
RECIPROCAL = frozenset({"AGREE", "CONSULT", "COOPERATE", "ASSAULT", "SUPPORT"})
# praise and tributes ("X and Y paid tribute"), pledges of aid ("X and Y pledged funds"):
# to a third, never to each other
ONE_WAY_CODES = ("051", "033")
OBLIGATION_MODALS = frozenset({"must", "should"})
# Verbs that are events only on objects of a kind (or on people): one signs agreements
# (CAMEO 057), hosts guests and gatherings (043)
KINDED_OBJECTS = {
    "sign": frozenset({"agreement", "accord", "treaty", "deal", "pact", "memorandum",
                       "declaration", "convention", "protocol", "charter", "communique",
                       "contract", "ceasefire", "truce", "armistice", "framework", "roadmap",
                       "partnership", "mou"}),
    "host": frozenset({"talk", "talks", "summit", "meeting", "conference", "delegation",
                       "visit", "forum", "dialogue", "negotiation", "round", "leader",
                       "president", "minister", "counterpart", "envoy", "official", "king",
                       "delegate", "guest", "visitor", "session", "gathering", "ceremony",
                       "mission", "team", "force", "troop", "base", "exercise", "drill",
                       "refugee", "contingent", "inspector", "observer", "monitor", "lunch",
                       "luncheon", "dinner", "banquet", "reception", "breakfast"}),
}
# Phrasal verbs that name no event, whatever their object
IDIOMS = frozenset({("wind", "up"), ("wound", "up"), ("sign", "up"), ("find", "out"),
                    ("hold", "back"), ("get", "out")})
# ... and those that name none without an object ("took over [a city]", "stepped up [drills]")
OBJECTLESS_IDIOMS = frozenset({("step", "up"), ("take", "over"), ("cut", "down")})
OATH_VERBS = frozenset({"swear", "vow", "promise"})
FUTURE_MARKS = frozenset({"will", "would", "shall", "'ll", "\u2019ll", "wo", "to", "going"})
# Verbs of knowing and feeling: what someone "must know" or "should feel" is no demand
MINDING_VERBS = frozenset({"know", "understand", "remember", "realise", "realize", "feel",
                           "think", "believe", "wonder", "imagine"})
DEMAND = Trigger("REQUEST", None, "100")
# Words and triggers of single rules below (each is read in one place)
PROPOSALS = frozenset({"offer", "proposal", "plan", "bid", "invitation", "initiative"})
PRESSURE_NOUNS = frozenset({"pressure", "call", "demand", "appeal", "request", "plea"})
TROOP_NOUNS = frozenset({"troop", "force", "soldier", "contingent", "unit", "mission"})
ARMED = frozenset({"MIL", "REB", "UAF", "CRM", "SPY"})  # "the march of the Taliban": no rally
LABOUR_STRIKES = frozenset({"strike", "strikes"})  # nouns: a walkout only by working people
LABOUR_STRIKE = Trigger("PROTEST", "strike", "143")
WORKING_PEOPLE = frozenset({"worker", "doctor", "nurse", "teacher", "union", "staff",
                            "employee", "pilot", "driver", "miner", "docker", "trucker",
                            "lawyer", "student", "farmer", "crew", "controller", "porter",
                            "cleaner", "journalist", "conductor", "firefighter", "technician",
                            "dockworker", "railworker", "lecturer", "professor", "physician",
                            "surgeon", "midwife", "postman", "courier", "labourer", "laborer"})
EMERGENCY_SERVICES = frozenset({"firefighter", "fireman", "rescuer", "paramedic",
                                "lifeguard", "ambulance", "firefighting"})
EVENT_HEADS = frozenset({"inquiry", "investigation", "probe", "case"})  # "the inquiry, opened"
PEACEKEEPING = Trigger("AID", None, "074")  # CAMEO: provide peacekeeping
DEPLOYMENT = Trigger("MOBILIZE", "troops", "154")
ENTITLEMENT_NOUNS = frozenset({"right", "ability", "authority", "permission", "freedom",
                               "power", "license", "licence", "mandate"})
IMPRISONMENT = Trigger("COERCE", "arrest", "173")
PRISON_WORDS = frozenset({"prison", "jail", "imprisonment", "custody", "penitentiary", "gaol"})
# Particles the tagger may call adverbs: "sent X back", "stepped down", "walked out"
ADVERB_PARTICLES = frozenset({"back", "down", "out", "aside", "off", "away"})
FORCE_MOVES = frozenset({"MOBILIZE", "RETREAT"})  # forces moved: _moved_forces
# Acts aimed across a border: "moved troops toward the border with X" targets X
FRONTIER_TYPES = frozenset({"MOBILIZE", "ASSAULT"})
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
# Measures whose of-object is what a light verb acts on: the event ("held a series of
# talks", "a fresh round of sanctions") or what is sent or let in ("flew 30 tonnes of
# supplies", "allowed a team of investigators")
MEASURE_NOUNS = frozenset({"series", "round", "spate", "wave", "string", "flurry", "raft",
                           "package", "batch", "set", "tonne", "ton", "consignment",
                           "shipment", "cargo", "load", "team", "euro", "dollar", "pound",
                           "yuan", "yen", "rupee", "franc", "peso", "rouble", "ruble",
                           "million", "billion", "trillion", "day", "week", "month", "hour",
                           "night", "$", "€", "£"})  # "$2 billion of debt", "two days of talks"
TOPIC_VERBS = frozenset({"discuss", "debate"})  # their object is what is talked about
PRIVATE_TRAVELLERS = frozenset({"CVL", "PPL", "EDU", "MED", "AGR", "REF", "BUS"})
URGING_VERBS = frozenset({"encourage"})  # with "to do": a request, not praise
URGING = Trigger("REQUEST", None, "020")
ASSERTING_VERBS = frozenset({"insist", "maintain"})  # demand or claim, by their clause
DEMAND_MODALS = frozenset({"should", "must", "shall", "would", "will", "to"})
PERMITTING_VERBS = frozenset({"allow", "permit", "let"})
WITHDRAWAL = Trigger("RETREAT", "withdraw", "0872")
DEPARTURE_VERBS = frozenset({"leave", "quit", "exit"})
# Modes whose verb also takes things ("released a report")
THING_OBJECT_MODES = frozenset({"release"})
# Nouns of people held, whom a release frees whatever people_phrase says of them
HELD_PEOPLE = frozenset({"hostage", "prisoner", "detainee", "captive", "inmate", "convict",
                         "soldier", "crew", "crewman", "sailor", "fisherman", "seafarer",
                         "body", "remains"})
HOLDING_VERBS = frozenset({"jail", "detain", "imprison", "capture", "kidnap", "abduct",
                           "hold", "arrest", "intern"})
# Opinions whose target is the doer of the act they are about
TOPIC_TAKERS = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
HOSTING = "043"  # CAMEO "host a visit": PLOVER codes the visitor as the actor (_event)
NOT_VISITORS = frozenset({"talk", "summit", "meeting", "conference", "refugee", "migrant"})
AUTHORED_TOPICS = TOPIC_TAKERS | {"PROTEST"}  # _topic_author
AUTHORING_VERBS = frozenset({"announce", "pass", "impose", "issue", "make", "adopt", "declare",
                             "propose", "introduce", "sign", "enact", "order", "draft", "build",
                             "launch", "approve", "unveil", "decree"})
# Events said or given, whose noun's from-phrase is the source: "an apology from X"
SAID_FROM = frozenset({"REQUEST", "CONCEDE", "SUPPORT", "ACCUSE", "THREATEN", "AID", "AGREE",
                       "REJECT"})
TOPIC_PREPS = ("about", "over", "at", "against", "for", "of", "on")
# Agentless passives that only a state does: "was arrested in X", "were pardoned"
STATE_ACTS = frozenset({"COERCE", "SANCTION"})
# Modes whose patient can only be people: "jailed an author" names a person, though
# "author" is no role the dictionaries know
PERSON_MODES = frozenset({"arrest", "convict", "deport", "abduct", "torture"})
CESSATION_VERBS = frozenset({"stop", "cease", "quit", "halt", "end", "discontinue"})
MEANS_VERBS = frozenset({"use", "employ", "wield"})  # "using drones": how, not what
# Harm that is done on purpose by someone, also when the sentence does not say who: "was
# stabbed", "were shot dead" (not "killed", "injured": accidents and disasters kill too)
INTENDED_HARM = frozenset({
    "stab", "murder", "assassinate", "ambush", "shoot", "poison", "behead", "kidnap",
    "abduct", "torture", "assault", "attack", "bomb", "lynch", "rape", "massacre",
    "slaughter", "strangle", "execute", "hack",
})  # fmt: skip
# Nouns for harm done on purpose, whose attacker may go unnamed: "an attack on X"
HARM_NOUNS = frozenset({
    "attack", "assault", "bombing", "shooting", "stabbing", "assassination", "ambush",
    "massacre", "airstrike", "strike", "shelling", "kidnapping", "abduction", "murder",
    "beheading", "poisoning", "raid", "rocket", "missile",
})  # fmt: skip
# Words for who attacked, in front of an attack noun: "a militant attack", "a rebel raid"
ATTACKER_WORDS = frozenset({
    "militant", "terrorist", "rebel", "insurgent", "jihadist", "islamist", "guerrilla",
    "gunman", "separatist", "extremist", "suicide", "mob", "police", "army", "military",
})  # fmt: skip
HARM_TARGET_PREPS = frozenset({"on", "upon", "against", "of"})
AGENT_LABELS = frozenset({"NORP", "GPE", "ORG", "PERSON"})
PARDONS = frozenset({"pardon", "amnesty"})
# Acts of force that, done by non-state people, are a protest: "workers blocked the bridge"
OBSTRUCTION_MODES = frozenset({"restrict"})
NON_STATE_SECTORS = frozenset({"CVL", "LAB", "AGR", "EDU", "REF", "BUS", "OPP", "REL", "MED"})
# Heads that make violence by a crowd a riot (PLOVER PROTEST riot), not an ASSAULT
RIOTERS = frozenset({"protester", "protestor", "rioter", "demonstrator", "mob", "crowd",
                     "marcher", "youth"})  # "youths torched cars": street violence
# A raid by investigators is a search (ACCUSE investigate), by soldiers an attack
RAIDERS = {"JUD": Trigger("ACCUSE", "investigate", "091"), "MIL": Trigger("ASSAULT", None, "190")}
MISSIONS = frozenset({"embassy", "consulate", "mission"})  # a protest there targets its state
# Protesters assembling are demonstrating (_crowd_gathering)
GATHERING_VERBS = frozenset({"gather", "assemble", "converge", "congregate", "mass"})
TRUCES = frozenset({"ceasefire", "truce", "armistice", "cease-fire"})
TRUCE_KEPT = Trigger("RETREAT", "ceasefire", "0871")
DEMONSTRATION = Trigger("PROTEST", "demo", "141")
# Acts of crowds that are rioting (an attack on named people stays ASSAULT)
RIOT_VERBS = frozenset({"storm", "torch", "loot", "burn", "ransack", "smash", "clash",
                        "vandalize", "vandalise"})
# Cooperation that is negated ("will not negotiate", "vowed not to return") is a refusal
NEGATED_AS_REJECT = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE",
                               "RETREAT"})
# A content an order enacts: "ordered the arrest of X", "ordered X expelled" (CAMEO codes the
# act, the order is how the authority does it)
ENACTED_BY_ORDER = frozenset({"COERCE", "SANCTION", "MOBILIZE", "RETREAT", "ASSAULT"})
ORDER_VERBS = frozenset({"order", "decree", "instruct", "direct"})
# The object's kind decides SANCTION against COERCE (recode_by_target)
OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "SPY", "JUD", "LEG", "IGO"})
PRIVATE_SECTORS = frozenset({"CVL", "MED", "BUS", "LAB", "EDU", "REF", "REL", "AGR", "OPP",
                             "ACT", "NGO"})
EXPULSION = Trigger("SANCTION", "expel", "166")
DEPORTATION = Trigger("COERCE", "deport", "174")
DIPLOMATIC_EXPULSIONS = frozenset({"1661"})  # "declared persona non grata": diplomats
BLOCKADES = frozenset({"191"})  # a blockade of another state stays COERCE restrict (PLOVER)
EMBARGO = Trigger("SANCTION", "discontinue", "163")
RESTRICTION = Trigger("COERCE", "restrict", "172")
# Force an actor gets ready for is a show of force: "prepared to attack" (PLOVER MOBILIZE)
PREPARED_AS_MOBILIZE = frozenset({"ASSAULT", "THREATEN"})
PREPARATION = Trigger("MOBILIZE", None, "150")
FUTURE_AS_AGREE = frozenset({"COOPERATE", "AID", "RETREAT", "CONSULT", "SUPPORT", "CONCEDE"})
FUTURE_AS_THREAT = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})


@dataclass(frozen=True)
class Candidate:
    token: Token  # the trigger's head word
    trigger: Trigger
    words: str  # the trigger as written
    nominal: bool = False
    light: bool = False  # a light verb: its object is part of the trigger
    possessor_undergoes: bool = False  # "her arrest": the bare possessor is the patient
    governor: Token | None = None  # the verb of a prepositional trigger: "went [on strike]"


def code_events(doc: Doc, actors: ActorIndex, times: TimeIndex, quotes: list[Quote],
                published: dt.date | None = None, use_derived: bool = False) -> list[Event]:
    """PLOVER events of one parsed article (see the module docstring)."""
    coder = _Coder(doc, actors, times, quotes, published)
    candidates = find_triggers(doc, load_lexicon(), use_derived)
    coder.trigger_ids = {c.token.i for c in candidates}
    coder.nominals = {c.token.i: c for c in candidates if c.nominal}
    coder.expulsions = {c.token.sent.start for c in candidates
                        if c.trigger.mode in EXPULSION_MODES}
    events: list[Event] = []
    for candidate in _absorb_contents(candidates):
        events.extend(coder.events(candidate))
    table = columns(doc)
    for i, (pos, dep) in enumerate(zip(table.pos, table.dep, strict=True)):
        if pos in ("VERB", "AUX") and dep == "ccomp" and _obliged(doc[i]):
            events.extend(coder.obligation(doc[i]))
        elif pos == "AUX" and dep == "ccomp" and _verdict(doc[i]) is not None:
            events.extend(coder.verdict(doc[i]))
    events = [e for e in events if (e.target is None or _actor_key(e.target)
                                    != _actor_key(e.source)) and _coded(e)
              and _has_counterpart(e)]
    events = drop_protest_topics(events)
    return merge_modes(drop_side_remarks(merge_untargeted(merge_duplicates(events))))


def _firm(actor: Actor) -> bool:
    """A business, or a body no dictionary knows that names no role ("Audi", "Nissan")."""
    return actor.sector == "BUS" or (
        actor.kind == "organization" and actor.sector is None and actor.role is None
        and not (actor.code or "").startswith(("IGO", "NGO")))


def _coded(event: Event) -> bool:
    """Does a side of the event have a code? "Brooke offered her spot to Van Der Beek": people
    of no known country, office or body make no event an analyst can place."""
    return bool(event.source.code or (event.target is not None and event.target.code))


def _has_counterpart(event: Event) -> bool:
    """A consultation is with someone: "talked to the trainers", "spoke with pride", "phoned
    in from London" name no one it was with (two sides that met are each other's target)."""
    return event.type != "CONSULT" or event.target is not None


def _warned_about(token: Token) -> bool:
    """A warning about something ("a warning about heavy rain"): a forecast, not a threat
    to anyone, when no side is named."""
    words = [token, *(c for c in token.children if c.dep_ == "dobj")]
    return any(w.lemma_.lower() in ("warn", "warning") and any(
        c.dep_ == "prep" and c.lower_ == "about" for c in w.children) for w in words)


def drop_protest_topics(events: list[Event]) -> list[Event]:
    """The demand of a protest is its topic, not an event of its own (PLOVER manual:
    "demonstrated ..., calling for independence" is one PROTEST)."""
    protesters = {(e.span, _actor_key(e.source)) for e in events if e.type == "PROTEST"}
    return [e for e in events
            if e.type != "REQUEST" or (e.span, _actor_key(e.source)) not in protesters]


def _main_be(doc: Doc, table, i: int) -> bool:  # noqa: ANN001 - the Doc's columns
    """"was in Cairo for talks": "be" as the main verb, which the tagger calls AUX, with a
    for-phrase (the only "be" entries are "be for talks" ones)."""
    return (table.pos[i] == "AUX" and table.lemma[i] == "be"
            and table.dep[i] not in ("aux", "auxpass")
            and any(table.lower[c] == "for" for c in children(doc).indices(i)))


def find_triggers(doc: Doc, lexicon: Lexicon, use_derived: bool = False) -> list[Candidate]:
    """Candidate triggers in text order; only words the lexicon may know become Tokens."""
    found: dict[int, Candidate] = {}
    light_objects: set[int] = set()
    table = columns(doc)
    for i, pos in enumerate(table.pos):
        if pos != "VERB" and not _main_be(doc, table, i):
            continue
        known = [lemma for lemma in word_lemmas(table.lemma[i], table.lower[i], table.tag[i])
                 if lexicon.may_be_verb(lemma, use_derived)]
        lemma = table.lemma[i].lower()
        candidate = _labelling(doc[i]) if lemma in LABELLING_VERBS else None
        if lemma in DEPARTURE_VERBS:
            candidate = _troop_departure(doc[i])
        if lemma in GATHERING_VERBS:
            candidate = _crowd_gathering(doc[i])
        if lemma == "hold" and candidate is None:
            candidate = _truce_held(doc[i])
        if candidate is None and known:
            candidate = _verb_trigger(doc[i], known, lexicon, use_derived, light_objects)
        if candidate is not None:
            found[i] = candidate
    for i, pos in enumerate(table.pos):
        if pos == "NOUN" and i not in light_objects and (
                lexicon.may_be_noun(table.lemma[i].lower()) or lexicon.may_be_noun(table.lower[i])
                or lexicon.noun(_hyphenated(doc[i]) or "")):
            candidate = _noun_trigger(doc[i], lexicon)
            if candidate is None and table.lower[i] in LABOUR_STRIKES:
                candidate = _labour_strike(doc[i])
            if candidate is not None:
                found[i] = candidate
    return [found[i] for i in sorted(found)]


# "X called Y a 'stab in the back'": naming someone or something is praise or criticism
# by the name (CAMEO 051 / 111; _labelling).
LABELLING_VERBS = frozenset({"call", "brand", "label", "dub"})
PRAISE_WORDS = frozenset({
    "decent", "good", "great", "hero", "heroic", "brave", "courageous", "historic", "honest",
    "excellent", "wonderful", "positive", "important", "friend", "partner", "ally", "model",
    "remarkable", "outstanding", "inspiring", "inspiration", "success", "landmark",
    "breakthrough", "legend", "champion", "iconic", "visionary", "true", "best",
    "stunning", "brilliant", "amazing", "superb", "fantastic", "extraordinary", "incredible",
    "impressive", "exceptional", "beautiful", "masterful", "genius", "gem", "triumph",
    "bold", "innovative", "groundbreaking", "tremendous", "perfect", "milestone", "victory",
})  # fmt: skip
PRAISE = Trigger("SUPPORT", None, "051")
CRITICISM = Trigger("ACCUSE", "disapprove", "111")
BLAME_WORDS = frozenset({
    "terrorism", "terrorist", "criminal", "crime", "fascism", "fascist", "nazism", "nazi",
    "racist", "lie", "liar", "disgrace", "shame", "shameful", "outrage", "outrageous",
    "absurd", "ridiculous", "farce", "sham", "hypocrite", "hypocritical", "dangerous",
    "provocation", "provocative", "illegal", "unacceptable", "betrayal", "barbaric",
    "barbarity", "failure", "propaganda", "aggression", "interference", "violation",
    "stab", "maneuver", "manoeuvre", "hoax", "witch", "insult", "irresponsible",
})  # fmt: skip
CALL_PREPS = frozenset({"on", "upon", "for", "off", "out", "back", "up", "in"})
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "``", "''"})


def _quoted_label(noun: Token) -> Token | None:
    """An adjective in quotation marks after the noun it follows, which the parser hangs on
    the noun: 'called the deal "lousy"' (English puts no other adjective there)."""
    doc = noun.doc
    for adjective in (c for c in noun.rights if c.dep_ == "amod" and c.pos_ == "ADJ"):
        if adjective.i > 0 and doc[adjective.i - 1].text in QUOTE_MARKS:
            return adjective
    return None


def _exchanged(verb: Token, found: Token | None, targets: list[Actor]) -> bool:
    """"X and Y troops exchanged [artillery] fire, damaging [villages]": each side is the
    other's target (not "X and Y exchanged fire with militants", who are the target)."""
    if verb.lemma_.lower() not in EXCHANGE_VERBS or any(
            p.dep_ == "prep" and p.lower_ == "with" for h in [verb, *verb.children]
            for p in h.children):
        return False
    return _inside_object(verb, found) or all(t.country is None for t in targets)


def _inside_object(verb: Token, found: Token | None) -> bool:
    """Is the side found a modifier of the verb's own object ("exchanged artillery fire"),
    not its with-phrase ("fire with militants")?"""
    return found is not None and any(found.i in range(o.left_edge.i, o.i)
                                     for o in verb.children if o.dep_ == "dobj")


def _of_object(noun: Token, found: Token | None) -> bool:
    return found is not None and found.dep_ == "pobj" and found.head.lower_ == "of" and (
        found.head.head == noun)


def _own_country(forces: Token) -> bool:
    """Do the forces name their country themselves ("Russian troops", "Israel's troops"),
    not only by the sentence ("the withdrawal of troops from Syria": Syria is left)?"""
    return any(c.dep_ in ("amod", "compound", "poss", "nmod")
               and c.ent_type_ in ("GPE", "NORP", "ORG") for c in forces.children)


def _destination(noun: Token, forces: Token) -> Token | None:
    """Where forces move from or to: "the withdrawal of troops [from Syria]", "the
    deployment of warships [to the Gulf]" (on the noun or on its of-object)."""
    for head in (noun, forces):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "to", "into", "near"):
                place = next((o for o in prep.children if o.dep_ == "pobj"), None)
                return _reference_point(place) if place is not None else None
    return None


INSURGENT_HELD = re.compile(r"\b(?:rebel|opposition|insurgent|militant|jihadist|separatist|"
                            r"guerrilla)-(?:held|controlled)\b", re.IGNORECASE)


def _insurgent_held(verb: Token) -> bool:
    """Is what the verb strikes "rebel-held" ("shelled rebel-held towns")?"""
    for phrase in (c for c in verb.children if c.dep_ in ("dobj", "prep")):
        if INSURGENT_HELD.search(verb.doc[phrase.left_edge.i: phrase.right_edge.i + 1].text):
            return True
    return False


def _protested(verb: Token) -> Token | None:
    """Whom an act "in protest against/at/over X" protests: X."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for noun in (o for o in prep.children if o.dep_ == "pobj" and o.lemma_ == "protest"):
            found = event_roles.pobjs(noun, ("against", "at", "over", "of"))
            if found:
                return found[0]
    return None


def _next_subject(conjunct: Token) -> bool:
    """"defeated ISIS and Turkey would be moving ...": Turkey is the next clause's subject."""
    if conjunct.i + 1 >= len(conjunct.doc):
        return False
    clause = conjunct.doc[conjunct.i + 1].head
    return clause.i > conjunct.i and event_roles.stranded_subject(clause) == conjunct


def _reference_point(place: Token) -> Token:
    """"waters southeast of Taiwan", "a base 20 km north of Kyiv": the place named as the
    reference point of a direction."""
    for direction in (c for c in place.children if c.dep_ == "advmod"):
        for prep in (c for c in direction.children if c.dep_ == "prep" and c.lower_ == "of"):
            return next((o for o in prep.children if o.dep_ == "pobj"), place)
    return place


def _labour_strike(token: Token) -> Candidate | None:
    """"the strike by doctors", "a strike of rail workers", "the teachers' strike": a
    strike is a walkout when working people strike (an air strike is not)."""
    agents = [o for p in token.children if p.dep_ == "prep" and p.lower_ in ("by", "of")
              for o in p.children if o.dep_ == "pobj"]
    agents += [c for c in token.children if c.dep_ in ("poss", "compound")]
    # working trades only: not "a strike by Navy destroyers"
    if any((quantified(a) or a).lemma_.lower() in WORKING_PEOPLE for a in agents):
        return Candidate(token, LABOUR_STRIKE, token.text, nominal=True)
    return None


def _truce_held(verb: Token) -> Candidate | None:
    """"A truce between X and Y largely held": the truce kept is each side's ceasefire
    (RETREAT, as "observed the truce"), read on the truce noun and its parties."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return None  # "held a truce summit", "held talks"
    truces = [c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in TRUCES]
    if not truces:
        return None
    return Candidate(truces[0], TRUCE_KEPT, f"{truces[0].text} {verb.text}", nominal=True)


def _crowd_gathering(token: Token) -> Candidate | None:
    """"Protesters gathered outside the embassy": protesters assembling demonstrate."""
    subjects = [quantified(c) or c for c in token.children if c.dep_ == "nsubj"]
    if any(s.lemma_.lower() in RIOTERS for s in subjects):
        return Candidate(token, DEMONSTRATION, token.text)
    return None


def _mission_country(trigger: Token) -> str | None:
    """"protested outside the Chinese embassy": the state whose mission it is."""
    return next((iso for token in _place_nouns(trigger, MISSIONS)
                 if (iso := phrase_country(token))), None)


def _place_nouns(trigger: Token, lemmas: frozenset[str]) -> Iterator[Token]:
    """The nouns of these lemmas in the trigger's prepositional phrases ("outside the
    embassy", "toward the border with X")."""
    return (t for prep in trigger.children if prep.dep_ == "prep" for t in prep.subtree
            if t.lemma_.lower() in lemmas)


def _troop_departure(token: Token) -> Candidate | None:
    """"US troops left Syria": troops leaving a country withdraw from it (RETREAT)."""
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    places = [c for c in token.children if c.dep_ == "dobj" and (c.ent_type_ == "GPE" or any(
        g.dep_ in ("poss", "appos", "compound") and g.ent_type_ == "GPE"
        for g in c.children))]  # "left Chad's capital N'Djamena", not "the stadium in X"
    if not places or not any(s.lemma_.lower() in TROOP_NOUNS for s in subjects):
        return None
    return Candidate(token, WITHDRAWAL, token.text)


def _labelling(token: Token) -> Candidate | None:
    """Criticism when the name blames or is set in quotation marks (news quotes a label to
    distance itself from it), praise when it praises; "called it unlikely that ..." and
    plain names ("they call him Big Jim") are neither."""
    objects = [c for c in token.children if c.dep_ == "dobj"]
    names = [c for c in token.children if c.dep_ == "oprd" and (
        c.pos_ in ("NOUN", "ADJ") or c.lemma_.lower() in BLAME_WORDS)]  # "absurd" as VBP
    names = names or [q for o in objects[:1] if (q := _quoted_label(o))]
    if not objects or not names or any(
            c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ in CALL_PREPS)
            for c in token.children):
        return None  # "called on X to", "called for X", "called it unlikely that ..."
    name = names[0]
    words = {t.lemma_.lower() for t in name.subtree}
    doc = token.doc
    # an opening mark before the name's head: 'a "decent man"', '"lousy"' (a closing mark
    # alone ends a longer quotation: 'We will call it a mosque"')
    opened = any(doc[i].text in QUOTE_MARKS for i in range(max(name.left_edge.i - 1, 0), name.i))
    if words & PRAISE_WORDS:
        trigger = PRAISE
    elif words & BLAME_WORDS or opened:
        trigger = CRITICISM
    else:
        return None
    return Candidate(token, trigger, f"{token.text} {name.text}")


def _verb_trigger(token: Token, lemmas: list[str], lexicon: Lexicon, use_derived: bool,
                  light_objects: set[int]) -> Candidate | None:
    for lemma in lemmas:
        found = _verb_entry(token, lemma, lexicon, use_derived, light_objects)
        if found is not None:
            return found
    return None


def _people_object(doc: Doc, table: Columns, kids: list[int]) -> bool:
    """Does the verb with these children act on people: an object or passive subject that
    is a people phrase, a name or a personal pronoun?"""
    return any(table.dep[c] in ("dobj", "nsubjpass") and (
        people_phrase(doc[c]) or table.pos[c] == "PROPN"
        or (table.pos[c] == "PRON" and table.lower[c] not in THING_PRONOUNS)) for c in kids)


def _untold(token: Token) -> bool:
    """Is the token inside what someone declined to tell ("refused to answer whether they
    would support X")?"""
    node = token
    for _ in range(4):
        head = node.head
        if head.i == node.i:  # the root
            return False
        if (head.lemma_.lower() in TELLING_VERBS and head.dep_ == "xcomp"
                and head.head.lemma_.lower() in DECLINING_VERBS):
            return True
        node = head
    return False


def _idiom(token: Token, lemma: str, particles: list[str], table: Columns,
           kids: list[int]) -> bool:
    """A phrasal verb that names no event: "stepped up (to the plate)", "wound up with",
    "signed up subscribers", "found out", "cut down"; "took over" with no object (a post);
    "called her up" (a person, not reservists); "seized on an idea"; "it's striking that",
    "as demonstrated by" (an adjective, a proof)."""
    dep = table.dep
    words = [*particles, *(table.lower[c] for c in kids if dep[c] == "prep")]
    if any((lemma, w) in IDIOMS or (table.lower[token.i], w) in IDIOMS for w in words):
        return True
    objects = [c for c in kids if dep[c] == "dobj"]
    if not objects and any((lemma, w) in OBJECTLESS_IDIOMS for w in words):
        return True  # "Morrison took over", "stepped up to the plate"
    if lemma == "call" and "up" in particles and any(
            table.pos[c] in ("PRON", "PROPN") for c in objects):
        return True
    if lemma in ("seize", "capture") and not objects and any(
            dep[c] == "prep" and table.lower[c] in ("on", "upon") for c in kids):
        return True
    if dep[token.i] == "acomp" and table.tag[token.i] == "VBG":
        return True  # "it's striking that ...", "the scene was shocking"
    if lemma == "decline" and any(
            (dep[c] == "nsubj" and _thing_subject(token.doc[c]))
            or token.doc[c].ent_type_ in ("PERCENT", "MONEY", "QUANTITY") for c in kids):
        return True  # "prices declined", "the population has declined 40%": a fall
    if lemma == "campaign" and not any(w in ("for", "against") for w in words):
        return True  # "to campaign through the primary season": electioneering
    return lemma == "demonstrate" and table.tag[token.i] == "VBN" and not any(
        dep[c] == "nsubj" for c in kids)  # "as demonstrated by his departure"


def _oath_on_a_fact(doc: Doc, table: Columns, kids: list[int]) -> bool:
    """Does a verb of swearing take only clauses without will/would/to (a fact sworn to),
    and no object or infinitive (which a promise has)?"""
    dep = table.dep
    clauses = [c for c in kids if dep[c] == "ccomp"]
    if not clauses or any(dep[c] in ("dobj", "xcomp", "dative") for c in kids):
        return False
    tree = children(doc)
    return not any(table.lower[g] in FUTURE_MARKS for c in clauses for g in tree.indices(c))


def _thing_subject(subject: Token) -> bool:
    """A subject that is a thing, not someone: "it", "that", "the software", "sculpting"
    (a relative pronoun stands for its noun)."""
    subject = event_roles.antecedent(subject)
    if subject.pos_ == "PRON":
        return subject.lower_ in THING_PRONOUNS
    if subject.pos_ == "VERB":
        return True  # a gerund: "sculpting in front of a crowd allows ..."
    return (subject.pos_ == "NOUN" and not subject.ent_type_ and not people_phrase(subject)
            and not any(c.ent_type_ in ("GPE", "NORP", "ORG") for c in subject.children))


def _asks_for_something(doc: Doc, table: Columns, kids: list[int]) -> bool:
    """Does "ask" request something: an act ("asked X to resign", "asked that X be freed"),
    a thing ("asked for help", "asked permission"), not only a person or a question?"""
    dep, lower = table.dep, table.lower
    tree = children(doc)
    for c in kids:
        if dep[c] == "prep" and lower[c] == "for":
            return True
        if dep[c] in ("xcomp", "ccomp", "advcl") and any(
                (dep[g] == "aux" and lower[g] == "to") or (dep[g] == "mark" and lower[g] == "that")
                for g in tree.indices(c)):
            return True
        if dep[c] == "dobj" and table.pos[c] == "NOUN" and not people_phrase(doc[c]):
            return True
    return False


def _striving(verb: Token, table: Columns, kids: list[int]) -> bool:
    """"fought to get a vote": a to-clause of aim and no opponent (object, against-, with-)."""
    dep, lower = table.dep, table.lower
    if any(dep[c] == "dobj" or (dep[c] == "prep" and lower[c] in ("against", "with"))
           for c in kids):
        return False
    tree = children(verb.doc)
    return any(dep[c] in ("xcomp", "advcl") and table.lemma[c].lower() not in FIGHTING_AIMS
               and any(lower[a] == "to" and dep[a] == "aux" for a in tree.indices(c))
               for c in kids)


def _verb_entry(token: Token, lemma: str, lexicon: Lexicon, use_derived: bool,
                light_objects: set[int]) -> Candidate | None:
    doc, table = token.doc, columns(token.doc)
    dep, lower = table.dep, table.lower
    tree = children(doc)
    kids = tree.indices(token.i)  # read from the tables: most verbs match nothing
    if (dep[token.i] == "acl" and table.tag[token.i] == "VBG"
            and table.lemma[token.head.i].lower() in ROUTES):
        return None  # "the highway linking X with Y", "a pipeline supplying X": a route
    if lemma in INTRANSITIVE_VERBS and any(dep[c] == "dobj" for c in kids):
        return None  # "conferred a knighthood on X": a grant, not a consultation
    if lemma in OATH_VERBS and _oath_on_a_fact(doc, table, kids):
        return None  # "I swear to you, I was speechless": an oath on what was, no promise
    if lemma == "ask" and not _asks_for_something(doc, table, kids):
        return None  # "when asked", "ask anyone", "asked me, 'Is it true?'": a question
    if lemma in OBJECT_VERBS and not any(dep[c] in ("dobj", "nsubjpass") for c in kids):
        return None  # "Biden searched for a running mate": looking, no search of a place
    if lemma in AIMING_VERBS and any(dep[c] == "xcomp" for c in kids) and not any(
            dep[c] == "dobj" for c in kids):
        return None  # "the firm seeks to improve its coverage": an aim, not a request
    if lemma == "charge" and not _people_object(doc, table, kids) and not (
            any(dep[c] == "prep" and lower[c] == "with" for c in kids)
            and any(dep[c] in ("dobj", "nsubjpass") for c in kids)):
        return None  # "charging a phone", "charge into the room": no one accused
    if lemma in IMPRESSION_VERBS and any(
            lower[c] == "as" or (table.pos[c] == "ADJ"
                                 and any(lower[g] == "as" for g in tree.indices(c)))
            for c in kids):
        return None  # "that struck me as different": an impression
    if lemma in STRIVING_VERBS and _striving(token, table, kids):
        return None  # "she fought to get the full script": effort, not a fight
    if lemma in EMPTY_SUBJECT_IDIOMS and any(dep[c] == "nsubj" and lower[c] == "it"
                                             for c in kids):
        return None  # "when it comes to prices"
    if lemma in PEOPLE_OBJECT_VERBS and not _people_object(doc, table, kids):
        return None  # "snatched a late equaliser": no one abducted; "she recalled it"
    particles = [lower[c] for c in kids if dep[c] == "prt"]
    if _idiom(token, lemma, particles, table, kids):
        return None  # "stepped up", "wound up", "took over" (a post), "called her up"
    objects = [_measured(o) for c in kids if dep[c] in ("dobj", "nsubjpass")
               for o in (doc[c], *doc[c].conjuncts)]  # "tributes were paid", "tanks and troops"
    objects += [g for o in objects for g in _cargo(o)]  # "planes loaded with food"
    objects += [doc[c] for c in kids if event_roles.plural_read_as_verb(doc[c])]
    if dep[token.i] == "acl" and table.tag[token.i] == "VBN":
        objects.append(token.head)  # "the inquiry, opened by X": the noun it describes
    if lemma in PERMITTING_VERBS:  # "allowed inspectors to visit": whom it lets in
        objects += [s for c in kids if dep[c] in ("ccomp", "xcomp")
                    for s in doc[c].children if s.dep_ == "nsubj"]
    for obj in objects:
        # the object is the event word ("issued a hurricane warning", "held a press
        # conference"), not a thing or people an event word names ("deployed riot police",
        # "issued an arrest warrant", "launched attack drones": the light verb decides)
        if any(c.dep_ == "compound" and _compound_key(c) in lexicon.not_events and (
                lexicon.noun(obj.lemma_.lower()) or not lexicon.noun(c.lemma_.lower()))
               for c in obj.children):
            return None  # "issued a hurricane warning": the compound names no event
        if " " in (_noun_key(obj, lexicon) or ""):
            continue  # "began a hunger strike": the compound noun is the trigger
        noun = object_lemma(obj)
        if f"{lemma} {noun}" in lexicon.not_event_phrases:
            return None  # "denied the charges": a statement, no PLOVER event
        for key in (*(f"{lemma} {p} {noun}" for p in particles), f"{lemma} {noun}"):
            entry = lexicon.light_verb(*key.split(" ", 1))
            if entry and entry.mode == "phone" and noun == "call" and any(
                    c.dep_ == "prep" and c.lower_ == "for" for c in obj.children):
                entry = URGING  # "made a call for dialogue": a request, not a phone call
            if entry:
                entry = _joint(obj, entry)
                light_objects.add(obj.i)
                return Candidate(token, entry, f"{token.text} {obj.text}", light=True)
        for adj in (c for c in tree.indices(obj.i) if dep[c] == "amod"):  # "ended martial law"
            entry = lexicon.light.get(f"{lemma} {lower[adj]}")
            if entry:
                light_objects.add(obj.i)
                return Candidate(token, entry, f"{token.text} {table.text[adj]} {obj.text}",
                                 light=True)
    for adj in (c for c in kids if dep[c] in ("oprd", "acomp", "ccomp", "xcomp")):
        entry = lexicon.light.get(f"{lemma} {lower[adj]}")  # "found X guilty": X undergoes
        if entry:
            return Candidate(token, entry, f"{token.text} {table.text[adj]}")
    for clause in (c for c in kids if dep[c] == "xcomp"):
        if lexicon.blocked(lemma, table.lemma[clause].lower()) or (
                lemma in DECLINING_VERBS and table.lemma[clause].lower() in TELLING_VERBS):
            return None  # "declined to comment", "declined to say when": no PLOVER event
    for prep in (c for c in kids if dep[c] == "prep"):
        for noun in (g for g in tree.indices(prep) if dep[g] == "pobj"):
            key = f"{lemma} {lower[prep]} {table.lemma[noun].lower()}"
            if key in lexicon.not_event_phrases:
                return None  # "fight for equal rights": advocacy, not violence
            if key in lexicon.light:  # "returned to Geneva for talks", "spoke by phone"
                side = next((lower[c] for c in kids if dep[c] == "prep"
                             and lower[c] in ("with", "to")), None)  # "... with X"
                return Candidate(token, replace(lexicon.light[key], prep=side),
                                 f"{token.text} {table.text[prep]} {table.text[noun]}")
            entry = lexicon.prep_object(lemma, lower[prep], table.lemma[noun].lower())
            if entry:
                return Candidate(token, replace(entry, prep=lower[prep]),
                                 f"{token.text} {table.text[prep]} {table.text[noun]}")
    attached = [lower[c] for c in kids if (dep[c] in ("prt", "prep") and not _dated(doc[c]))
                or (dep[c] == "advmod" and lower[c] in ADVERB_PARTICLES)]  # "sent X back"
    attached += [lower[a] for c in kids if dep[c] == "prep" for a in tree.indices(c)
                 if dep[a] == "advmod" and lower[a] in ADVERB_PARTICLES]  # "back across X"
    if any(event_roles.for_clause(doc[c]) for c in kids if dep[c] == "advcl"):
        attached.append("for")  # "called for X to resign": "for" marks the clause
    if lemma in URGING_VERBS and any(
            dep[c] in ("xcomp", "ccomp") and any(a.dep_ == "aux" and a.lower_ == "to"
                                                for a in doc[c].children) for c in kids):
        return Candidate(token, URGING, token.text)  # "encouraged X to investigate"
    if lemma in ASSERTING_VERBS and any(_statement(doc[c]) for c in kids if dep[c] == "ccomp"):
        return None  # "insisted she was never pressured": a claim, not a demand
    if lemma in KINDED_OBJECTS and objects and not any(
            object_lemma(o) in KINDED_OBJECTS[lemma] or people_phrase(o)
            or o.pos_ in ("PROPN", "PRON") for o in objects):
        return None  # "signed false certifications", "South Korea hosts manufacturers"
    if lemma == "welcome" and _welcomed_to_a_place(doc, table, tree, kids, objects):
        return Candidate(token, HOSTED_VISIT, token.text)  # "welcomed the king to Cairo"
    entry = lexicon.verb(lemma, attached, use_derived)
    if entry is None:
        return None
    if entry.type == "ASSAULT" and _verbal_attack(token, lemma):
        entry = CRITICISM
    words = f"{token.text} {entry.prep}" if entry.prep else token.text
    return Candidate(token, entry, words)


HOSTED_VISIT = Trigger("CONSULT", None, HOSTING)


def _welcomed_to_a_place(doc: Doc, table: Columns, tree: Children, kids: list[int],
                         objects: list[Token]) -> bool:
    """"welcomed the Jordanian king to Cairo": a guest welcomed to a place is a visit
    hosted, not praise."""
    if not any(people_phrase(o) or o.pos_ == "PROPN" for o in objects):
        return False
    return any(table.dep[c] == "prep" and table.lower[c] == "to" and any(
        table.dep[g] == "pobj" and doc[g].ent_type_ in ("GPE", "LOC", "FAC")
        for g in tree.indices(c)) for c in kids)


CROWD_COUNTS = frozenset({"thousands", "hundreds", "dozens", "millions", "scores", "tens"})


def _counted_crowd(verb: Token) -> bool:
    """Is the verb's subject a bare count of people ("thousands", "about 200")?"""
    return any(c.dep_ == "nsubj" and (c.lower_ in CROWD_COUNTS or c.pos_ == "NUM")
               and not any(g.dep_ == "prep" for g in c.children) for c in verb.children)


def _custody_place(token: Token) -> bool:
    """A prison or jail named as where someone is sent or held ("to prison", "in jail")."""
    return (token.lemma_.lower() in PRISON_WORDS and token.dep_ == "pobj"
            and token.head.lower_ in ("to", "in", "into", "from", "of"))


def _unknown(side: EventActor) -> bool:
    """A side with neither a country nor a code: a name the dictionaries do not know."""
    return not side.country and not side.code


def _disaster_subject(token: Token) -> bool:
    """Is the subject of the trigger a storm, quake, fire or disease (DISASTERS), by its head
    or the first word of its name ("Hurricane Lorenzo")?"""
    for subject in (c for c in token.children if c.dep_ == "nsubj"):
        words = {subject.lemma_.lower(), subject.doc[subject.left_edge.i].lemma_.lower()}
        words |= {c.lemma_.lower() for c in subject.children if c.dep_ == "compound"}
        if words & DISASTERS:
            return True
    return False


def _opinion_question(verb: Token) -> bool:
    """"agree on how inquiries work": a finite question clause (its own subject) is a
    matter of opinion; "agreed on how to share the water" is a plan, an agreement."""
    return any(c.dep_ in ("pcomp", "pobj") and any(g.dep_ == "nsubj" for g in c.children)
               and any(g.tag_ == "WRB" or g.lower_ in ("whether", "if") for g in c.children)
               for prep in verb.children if prep.dep_ == "prep" for c in prep.children)


ANIMALS = frozenset({
    "animal", "rabbit", "deer", "dog", "cat", "bird", "cow", "cattle", "sheep", "goat",
    "horse", "elephant", "rhino", "rhinoceros", "lion", "tiger", "bear", "wolf", "shark",
    "whale", "fish", "chicken", "pig", "boar", "monkey", "snake", "crocodile", "leopard",
})  # fmt: skip


def _animal_patient(verb: Token) -> bool:
    """"killed and ate a wild rabbit", "poachers shot two rhinos": no one is attacked."""
    patients = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not patients:  # "killed and ate a rabbit": the object of the last conjunct
        patients = [c for v in verb.conjuncts for c in v.children if c.dep_ == "dobj"]
    return bool(patients) and all(p.lemma_.lower() in ANIMALS for p in patients)


ACCIDENT_VERBS = frozenset({"crash", "collide", "overturn", "derail", "capsize", "skid"})


def _accident(verb: Token) -> bool:
    """A blow joined with a crash ("struck power lines and crashed", "hit a tree and
    overturned") is an accident, not an attack."""
    return any(v.lemma_.lower() in ACCIDENT_VERBS for v in verb.conjuncts)


def _verbal_attack(token: Token, lemma: str) -> bool:
    """"attacked the subpoena as ...", "slammed the ruling", "attacked Biden as weak": an
    attack in words on a decision or text, or on someone "as" something, is criticism."""
    if lemma not in VERBAL_ATTACK_VERBS:
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return any(o.lemma_.lower() in ABSTRACT_TARGETS for o in objects) or (
        bool(objects) and any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children))


def _measured(obj: Token) -> Token:
    """The event noun of "a series of talks", "a new round of sanctions"; else obj itself."""
    if obj.lemma_.lower() not in MEASURE_NOUNS:
        return obj
    for prep in obj.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((c for c in prep.children if c.dep_ == "pobj"), obj)
    return obj


def _dated(prep: Token) -> bool:
    """'on Saturday', 'in March': a preposition of time, which marks no side."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


CARRYING = frozenset({"load", "carry", "laden", "pack", "fill"})


def _cargo(vehicle: Token) -> list[Token]:
    """What a sent vehicle carries: "two planes loaded with medicine and food", "trucks
    carrying tents"."""
    found = []
    for clause in (c for c in vehicle.children if c.dep_ in ("acl", "amod")
                   and c.lemma_.lower() in CARRYING):
        for goods in (*event_roles.pobjs(clause, ("with",)),
                      *(c for c in clause.children if c.dep_ == "dobj")):
            found += [goods, *goods.conjuncts]
    return found


def object_lemma(obj: Token) -> str:
    """An object's lexicon word: "peacekeeping troops" are peacekeepers."""
    lemma = obj.lemma_.lower()
    if obj.is_sent_start and obj.tag_ == "NNPS" and lemma.endswith("s"):
        lemma = lemma[:-1]  # "Tributes were paid": the tagger calls the first word a name
    if lemma in TROOP_NOUNS and any(c.lower_ == "peacekeeping" for c in obj.children):
        return "peacekeeper"
    if obj.pos_ == "PROPN":  # "received Prime Minister Arjun Mehta": the title is the word
        titles = [c.lower_ for c in obj.children if c.dep_ == "compound"
                  and c.i < obj.i and agent_sector(c.lower_) is not None]
        if titles:
            return titles[-1]
    return lemma


def _statement(clause: Token) -> bool:
    """A clause that states a fact ("she was never pressured") rather than what should be
    done ("that Japan stop", "that X must go"): a finite verb, no modal."""
    finite = ("VBD", "VBZ", "VBP")
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    subjunctive = clause.tag_ == "VBP" and any(  # "insists that the budget include"
        c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in clause.children)
    return (clause.tag_ in finite or any(a.tag_ in finite for a in auxiliaries)) and not (
        subjunctive or any(a.lower_ in DEMAND_MODALS for a in auxiliaries))


def _nominal_light(token: Token, key: str, lexicon: Lexicon) -> Trigger | None:
    """"the expulsion of the ambassador" codes like "expelled the ambassador"."""
    verb = NOMINAL_VERBS.get(key)
    if verb is None:
        return None
    for obj in event_roles.pobjs(token, ("of",)):
        entry = lexicon.light_verb(verb, obj.lemma_.lower())
        if entry:
            return entry
    return None


def _noun_key(token: Token, lexicon: Lexicon) -> str | None:
    """The lexicon key of a nominal trigger: a compound ("hunger strike") before the noun, or
    the preposition that makes it a verb's state ("went on strike", "placed under arrest")."""
    lemma = token.lemma_.lower()
    joined = _hyphenated(token)
    if joined and lexicon.noun(joined):
        return joined
    governor = _governor(token)
    if governor is not None and lexicon.noun(f"{token.head.lower_} {lemma}"):
        return f"{token.head.lower_} {lemma}"
    if lemma in lexicon.compound_tails and token.n_lefts:
        for compound in (c for c in token.lefts if c.dep_ == "compound"):
            key = _compound_key(compound)
            if key in lexicon.not_events:
                return None
            if lexicon.noun(key):
                return key
    if lexicon.noun(lemma):
        return lemma
    return token.lower_ if lexicon.noun(token.lower_) else None  # "talks", not "talk"


def _hyphenated(token: Token) -> str | None:
    """"sit-in": the tagger splits the word at its hyphen, leaving "in" the noun."""
    doc, i = token.doc, token.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return None
    return f"{doc[i - 2].lower_}-{token.lower_}"


def _covers_place(trigger: Trigger) -> bool:
    """A coercion that covers a place (curfew, martial law, restrictions, censorship)."""
    return trigger.type == "COERCE" and trigger.mode in PLACE_MODES


def _compound_key(modifier: Token) -> str:
    """"riot police", "press release": a compound modifier and its head, as lemmas."""
    return f"{modifier.lemma_.lower()} {modifier.head.lemma_.lower()}"


def _undergone_under(cand: Candidate) -> tuple[Token | None, Token | None] | None:
    """(who acts, who undergoes) a prepositional trigger under "under" on a verb of
    undergoing ("X came under fire from Y", "X is under pressure from Y to resign"): the
    verb's subject undergoes it, the from-phrase acts; None for other triggers."""
    token = cand.token
    if cand.governor is None or token.head.lower_ != "under":
        return None
    if cand.governor.lemma_.lower() not in event_roles.UNDERGOING_VERBS:
        return None
    receiver, giver = event_roles.receiving(token)
    return (giver, receiver) if receiver is not None else None


def _governor(token: Token) -> Token | None:
    """The verb whose prepositional object token is: "went on [strike]"."""
    prep = token.head
    if token.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX"):
        return prep.head
    return None


def _noun_trigger(token: Token, lexicon: Lexicon) -> Candidate | None:
    if token.dep_ == "compound" and _compound_key(token) in lexicon.not_events:
        return None  # "riot police": the event noun only names the kind of unit
    key = _noun_key(token, lexicon)
    if key is None or _named_no_event(token, lexicon):
        return None
    light = _nominal_light(token, key, lexicon)
    if light is None and key in OBJECT_DECIDED:
        return None
    entry = _joint(token, light or lexicon.noun(key))
    words = key if " " in key or "-" in key else token.text
    prepositional = key.split(" ", 1)[0] == token.head.lower_ and " " in key
    return Candidate(token, entry, words, nominal=True,
                     possessor_undergoes=lexicon.possessor_undergoes(key),
                     governor=_governor(token) if prepositional else None)


def _named_no_event(noun: Token, lexicon: Lexicon) -> bool:
    """"a request for comment": a noun phrase of [not_events] phrases ("noun prep noun")."""
    lemma = noun.lemma_.lower()
    return any(f"{lemma} {prep.lower_} {obj.lemma_.lower()}" in lexicon.not_event_phrases
               for prep in noun.children if prep.dep_ == "prep"
               for obj in prep.children if obj.dep_ == "pobj")


def _joint(noun: Token, entry: Trigger) -> Trigger:
    """"held joint exercises": military moves done together are COOPERATE (PLOVER)."""
    if entry.type == "MOBILIZE" and any(c.lower_ == "joint" for c in noun.children):
        return replace(entry, type="COOPERATE", mode=None, cameo="062")
    return entry


def _absorb_contents(candidates: list[Candidate]) -> list[Candidate]:
    """Drop complements of content-taking triggers, refining the outer event's code."""
    by_token = {c.token.i: c for c in candidates}
    kept = {}
    for cand in candidates:
        outer = by_token.get(cand.token.head.i)
        is_complement = cand.token.dep_ in ("xcomp", "ccomp") or (
            cand.nominal and cand.token.dep_ == "dobj") or _to_clause(cand.token)
        if outer is None and cand.token.dep_ == "acl" and cand.token.head.dep_ == "dobj":
            light = by_token.get(cand.token.head.head.i)  # "expressed willingness to X"
            if light is not None and light.light:
                outer, is_complement = light, True
        ordered = by_token.get(cand.token.head.i) if _ordering_participle(cand) else None
        if ordered is not None and ordered.nominal and ordered.trigger.type in ENACTED_BY_ORDER:
            # "the deployment of police, ordered by the minister": the order is the act
            kept[cand.token.i] = replace(cand, trigger=ordered.trigger, light=True, words=(
                f"{cand.words} {ordered.words}"))
            kept.pop(ordered.token.i, None)
            continue
        if outer and outer is not cand and is_complement and _orders(outer, cand):
            kept[outer.token.i] = replace(outer, trigger=cand.trigger, words=(
                f"{outer.words} {cand.words}"), light=True, nominal=False)
            continue
        if outer and outer is not cand and is_complement and (
                outer.token.lemma_.lower() in PERMITTING_VERBS):
            continue  # "allowed inspectors to visit": the permission is the event
        if outer and outer is not cand and is_complement and (
                outer.trigger.type in CONTENT_TAKERS):
            code = _content_code(outer.trigger, cand.trigger, _has_negation(cand.token))
            if code and outer.token.i in kept:
                kept[outer.token.i] = replace(kept[outer.token.i], trigger=code)
            continue
        if cand.nominal and cand.trigger.type == "REQUEST" and _answered(cand, by_token):
            continue  # "bowed to the protesters' demands": what the concession answers
        kept[cand.token.i] = cand
    return [c for c in kept.values() if not _deep_content(c, by_token)]


def _answered(cand: Candidate, by_token: dict[int, Candidate]) -> bool:
    """Is a demand noun what a concession or refusal answers ("bowed to [demands]")?"""
    head = cand.token.head
    verb = head.head if head.dep_ == "prep" and cand.token.dep_ == "pobj" else head
    outer = by_token.get(verb.i)
    return outer is not None and outer is not cand and outer.trigger.type in ANSWERING


def _deep_content(cand: Candidate, by_token: dict[int, Candidate]) -> bool:
    """An act deeper inside the clause a demand, threat or promise is about ("demanded that
    X halt its offensive", "demanded that X cancel plans to sell arms", "offered to host
    negotiations", "a call for talks") is its content (direct complements are absorbed
    above)."""
    token, clause = cand.token, False
    if _grounds(token):
        return True
    for _ in range(4):
        if token.dep_ not in CONTENT_LINKS or token.head is token:
            return False
        if _asked_for(token):
            return True  # "a call for talks", whoever issued it
        if factual_clause(token):
            return False  # "agreed to pause its offensive [after Hamas released hostages]"
        if _alleged_consequence(token, by_token):
            return True  # "accused X of firing shells, [killing two villagers]"
        clause = clause or token.dep_ in ("xcomp", "ccomp") or _content_clause(token) or (
            token.dep_ == "pcomp" and token.head.lower_ == "of")  # "accused X [of firing]"
        token = token.head
        outer = by_token.get(token.i)
        if clause and outer is not None and (outer.trigger.type in DEMANDING | PROMISING or (
                outer.trigger.type in ALLEGING and outer.trigger.mode == "allege")):
            return True
        if (token.dep_ == "ccomp" and _obliged(token)
                and token.head.lemma_.lower() in SPEECH_VERBS):
            return True  # "X said Y must ensure security to allow ...": X's demand
    return False


def _each_other(verb: Token) -> bool:
    """"accused each other", "freed dozens of each other's fishermen", "blamed one
    another": a reciprocal pronoun in the verb's object phrases."""
    doc = verb.doc
    for phrase in (c for c in verb.children if c.dep_ in ("dobj", "dative", "prep")):
        for t in phrase.subtree:
            if t.i + 1 < len(doc) and (t.lower_, doc[t.i + 1].lower_) in RECIPROCAL_PRONOUNS:
                return True
    return False


RECIPROCAL_PRONOUNS = frozenset({("each", "other"), ("one", "another")})


def _grounds(token: Token) -> bool:
    """What an act toward someone is for ("criticised X for allowing Y", "arrested X for
    collaborating with Y", "is suspected of asking for Y") is its grounds, and what it
    warns against or keeps from happening ("warned X against attacking Y", "barred X from
    entering") did not happen, and a reason cited is no happening either: none is an
    event of its own."""
    prep = token.head
    return (token.dep_ == "pcomp" and prep.dep_ == "prep" and prep.lower_ in GERUND_CONTROL_PREPS
            and prep.head.lemma_.lower() in GERUND_CONTROL) or _cited(token)


def _cited(token: Token) -> bool:
    """"froze aid to X, citing Kigali's backing for rebels": the reason given for an act."""
    for ancestor in islice(token.ancestors, 6):
        if ancestor.lemma_.lower() == "cite" and ancestor.tag_ == "VBG":
            return True
        if ancestor.tag_ in FINITE_TAGS:
            return False
    return False


def _attacker_word(modifier: Token) -> bool:
    """A modifier of an attack noun that says who attacked: "a militant attack"."""
    return modifier.dep_ in ("amod", "compound") and modifier.lemma_.lower() in ATTACKER_WORDS


def _bare_harm_noun(token: Token | None) -> bool:
    """An attack noun that names no attacker: "the attacks", "drone strikes"; not "Israeli
    airstrikes", "Hamas's rocket attacks", "rebel raids"."""
    if token is None or token.lemma_.lower() not in HARM_NOUNS:
        return False
    return not any(c.dep_ == "poss" or c.ent_type_ in AGENT_LABELS or c.pos_ == "PROPN"
                   or _attacker_word(c)
                   or (c.dep_ == "prep" and c.lower_ == "by")
                   for c in token.children)


def _harm_phrase(verb: Token) -> Token | None:
    """The attack a verb's harm came in, when it names no attacker: "were killed in the
    attack", "was wounded during a bombing"."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during")):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            if _bare_harm_noun(noun):
                return noun
    return None


def _harm_noun_with_target(noun: Token, target: Token | None) -> bool:
    """An attack noun whose target is its own on-, against- or of-phrase or the one who
    receives it ("X came under attack"), with no word for who attacked ("a militant
    attack") and not the offence someone answers for ("jailed for the murder of X",
    "blamed X for the attack on Y": the agent is that someone)."""
    if target is None or noun.lemma_.lower() not in HARM_NOUNS:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "for":
        return False
    if any(_attacker_word(c) for c in noun.children):
        return False
    receiver = event_roles.receiving(noun)[0]
    return (receiver is not None and receiver.i == target.i) or any(
        c.dep_ == "prep" and c.lower_ in HARM_TARGET_PREPS
        and c.left_edge.i <= target.i <= c.right_edge.i for c in noun.children)


def _describes_its_patient(cand: Candidate) -> bool:
    """A participle describing the troops moved or the person accused, with no agent, is
    background ("Russian troops stationed in Transnistria would defend ...", "a man accused
    of fraud was extradited", "three men convicted of spying were executed"), not an act
    the sentence reports."""
    token = cand.token
    if cand.nominal or token.dep_ != "acl" or token.tag_ != "VBN":
        return False
    if any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in token.children):
        return False
    described = cand.trigger.type == "ACCUSE" or cand.trigger.mode == "convict"
    return (cand.trigger.type == "MOBILIZE" and token.head.lemma_.lower() in TROOP_NOUNS) or (
        described and token.head.pos_ in ("NOUN", "PROPN")
        and token.head.lemma_.lower() not in EVENT_HEADS)


def _content_clause(token: Token) -> bool:
    """"a pledge [that units would be pulled back]": a clause saying what a noun promises,
    demands or threatens (not "the units deployed there", which describes them)."""
    return token.dep_ == "acl" and any(
        (c.dep_ == "mark" and c.lower_ == "that")
        or (c.dep_ == "aux" and c.lower_ in ("would", "will", "to", "should", "must"))
        for c in token.children)


def _alleged_consequence(token: Token, by_token: dict[int, Candidate]) -> bool:
    """A participle the parser hangs on "accused X of doing Y" tells what Y did: alleged."""
    outer = by_token.get(token.head.i)
    return (token.dep_ == "advcl" and token.tag_ == "VBG" and outer is not None
            and outer.trigger.type in ALLEGING and outer.trigger.mode == "allege" and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pcomp" for g in c.children)
                for c in token.head.children))


def _asked_for(token: Token) -> bool:
    """"a call [for] talks", "a proposal [for] negotiations": what is asked or proposed."""
    return (token.dep_ == "prep" and token.lower_ == "for"
            and token.head.lemma_.lower() in PRESSURE_NOUNS | PROPOSALS)


def _to_clause(token: Token) -> bool:
    """"vowed to fight" is sometimes parsed as an adverbial clause: still the content."""
    return token.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _ordering_participle(cand: Candidate) -> bool:
    """"[the deployment ...,] ordered by X": an order verb describing an event noun."""
    token = cand.token
    return (not cand.nominal and token.dep_ == "acl" and token.tag_ == "VBN"
            and token.lemma_.lower() in ORDER_VERBS)


def _orders(outer: Candidate, inner: Candidate) -> bool:
    """"ordered the arrest of X", "ordered troops to withdraw": the order is the act."""
    return (outer.token.lemma_.lower() in ORDER_VERBS and not outer.nominal
            and inner.trigger.type in ENACTED_BY_ORDER)


def _has_negation(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def _content_code(outer: Trigger, inner: Trigger, negated: bool = False) -> Trigger | None:
    if outer.type == "AGREE" and negated and inner.type in NEGATED_AS_REJECT:
        return _as_refusal(inner)  # "vowed not to return the territory"
    if outer.type == "AGREE" and inner.type in FUTURE_AS_THREAT:
        return _as_threat(inner)  # "vowed to fight"
    code = CONTENT_CODES.get((outer.type, inner.type))
    if outer.type == "THREATEN" and inner.mode in THREAT_MODES:
        code = (THREAT_MODES[inner.mode], "130")
    if code is None:
        return None
    mode, cameo = code
    return replace(outer, mode=mode if mode else outer.mode, cameo=cameo)


def merge_duplicates(events: list[Event]) -> list[Event]:
    """One event per (type, mode, source, target, date): the first evidence, the best
    confidence, and every further evidence span in ``more_evidence``."""
    merged: dict[tuple, Event] = {}
    for event in events:
        key = (event.type, event.mode, _actor_key(event.source), _actor_key(event.target),
               event.date, event.negated, event.hypothetical)
        first = merged.get(key)
        merged[key] = event if first is None else absorb(first, event)
    return list(merged.values())


def absorb(kept: Event, other: Event) -> Event:
    """kept, with other's evidence added to its further evidence and the higher confidence."""
    seen = {(kept.span, kept.trigger), *((e.span, e.trigger) for e in kept.more_evidence)}
    extra = [e for e in (Evidence(sentence=other.sentence, span=other.span,
                                  trigger=other.trigger), *other.more_evidence)
             if (e.span, e.trigger) not in seen]
    more = sorted([*kept.more_evidence, *extra], key=lambda e: e.span)
    return kept.model_copy(update={"confidence": max(kept.confidence, other.confidence),
                                   "more_evidence": more})


def merge_untargeted(events: list[Event]) -> list[Event]:
    """A target-less event ("Canada's arrest") that repeats the type, mode, source and modality
    of an event with a target ("Canada's arrest of X") is that event: it merges into the
    nearest such event, which keeps its evidence span, takes this one as further evidence
    and the higher confidence."""
    targeted: dict[tuple, list[int]] = {}
    for number, event in enumerate(events):
        if event.target is not None:
            targeted.setdefault(_happening(event), []).append(number)
    kept = list(events)
    dropped: set[int] = set()
    for number, event in enumerate(events):
        peers = [i for i in targeted.get(_happening(event), []) if _same_day(event, events[i])]
        if event.target is not None or not peers:
            continue
        nearest = min(peers, key=lambda i: abs(events[i].span[0] - event.span[0]))
        kept[nearest] = absorb(kept[nearest], event)
        dropped.add(number)
    return [event for number, event in enumerate(kept) if number not in dropped]


def drop_side_remarks(events: list[Event]) -> list[Event]:
    """A target-less event of a source that, in the same sentence, acts on a named target is
    a side remark of that event ("will visit X to mediate", "defended X and insisted")."""
    targeted = {(e.span, _actor_key(e.source)) for e in events if e.target is not None}
    return [e for e in events
            if e.target is not None or (e.span, _actor_key(e.source)) not in targeted]


def merge_modes(events: list[Event]) -> list[Event]:
    """Two events of one sentence with the same type, dyad and modality are one happening told
    twice ("opened fire on X, shooting ..."): the first keeps the other as further evidence,
    and takes its mode where it has none."""
    merged: dict[tuple, Event] = {}
    for event in events:
        key = (event.span, event.type, _actor_key(event.source), _actor_key(event.target),
               event.negated, event.hypothetical)
        first = merged.get(key)
        if first is None:
            merged[key] = event
            continue
        kept = absorb(first, event)
        if kept.mode is None and event.mode is not None:
            kept = kept.model_copy(update={"mode": event.mode, "cameo": event.cameo,
                                           "goldstein": event.goldstein})
        merged[key] = kept
    return list(merged.values())


def _happening(event: Event) -> tuple:
    return (event.type, event.mode, _actor_key(event.source), event.negated,
            event.hypothetical)


def _same_day(one: Event, other: Event) -> bool:
    """Dates that do not contradict: equal, or one only the publication date."""
    return one.date == other.date or "published" in (one.date_how, other.date_how)


def _included(token: Token) -> list[Token]:
    """"world leaders including X and Y": the named members of a vague group."""
    return [member for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ == "including"
            for obj in prep.children if obj.dep_ == "pobj"
            for member in (obj, *obj.conjuncts)]


def _listed_appositions(token: Token) -> list[Token]:
    """"The United States, Australia, Japan and ..." is often parsed as an apposition."""
    listed = []
    for appos in (c for c in token.children if c.dep_ == "appos"):
        if appos.ent_type_ == "GPE" and token.ent_type_ == "GPE":
            listed.extend((appos, *appos.conjuncts))
    if token.ent_type_ == "PERSON":  # "US President X and Turkish President Y": X is
        listed.extend(t for t in token.lefts  # parsed inside Y's title, joined by "and"
                      for t in t.subtree if t.ent_type_ == "PERSON" and t.i < token.i
                      and any(c.dep_ == "cc" and c.lower_ == "and" for c in t.children))
    return listed


def _actor_key(actor) -> str | None:
    return None if actor is None else (actor.actor or actor.name)


class _Coder:
    def __init__(self, doc: Doc, actors: ActorIndex, times: TimeIndex, quotes: list[Quote],
                 published: dt.date | None) -> None:
        self.doc, self.actors, self.times, self.quotes = doc, actors, times, quotes
        self.published = published
        self.arguments = EventArguments(actors)
        self.trigger_ids: set[int] = set()
        self.expulsions: set[int] = set()  # starts of sentences with an expulsion trigger
        self.nominals: dict[int, Candidate] = {}
        self.coded: list[tuple[Trigger, Actor, Actor | None]] = []  # in text order
        self._cache: dict[int, list[Actor]] = {}

    def resolve(self, token: Token | None) -> list[Actor]:
        """Actors a noun phrase head (and its conjuncts) denotes, without duplicates."""
        if token is None:
            return []
        token = event_roles.antecedent(token)
        if _custody_place(token):
            return []  # "sentenced X to prison": where X goes, not a side
        if token.i not in self._cache:
            found: dict[str, Actor] = {}
            conjuncts = [c for c in token.conjuncts if not _next_subject(c)]
            for head in (token, *conjuncts, *_listed_appositions(token), *_included(token)):
                actor = self.arguments.actor_for(head)
                if actor is None:
                    continue
                found.setdefault(actor.id, actor)
                if head.pos_ == "NOUN":  # "U.S. and South Korean troops"
                    for iso in conjoined_countries(head):
                        other = self._conjoined(actor, head, iso)
                        found.setdefault(other.id, other)
            placed = [a for a in found.values() if not event_roles.placeless(a)]
            # "the United States, Japan and other governments": the vague rest adds no side
            self._cache[token.i] = placed if len(found) > 1 and placed else list(found.values())
        return self._cache[token.i]

    def _conjoined(self, actor: Actor, head: Token, iso: str) -> Actor:
        """The same kind of side of a conjoined country ("Venezuelan and Colombian
        migrants": Colombian migrants, private people like the first, not Colombia)."""
        if actor.kind == "country" or actor.sector is None:
            return self.actors.country_actor(iso)
        country = load_actor_lexicon().countries.get(iso)
        name = f"{country.adjective if country else iso} {head.text}"
        return self.actors.add(name, actor.kind, key=("conjoined", iso, actor.sector,
                                                      head.lemma_.lower()),
                               country=iso, sector=actor.sector, role=actor.role)

    def speaker_actor(self, mood: Modality, trigger: Token) -> Actor | None:
        speakers = self.resolve(mood.speaker)
        if speakers:
            return speakers[0]
        for quote in self.quotes:
            inside = quote.span[0] <= trigger.idx < quote.span[1]
            if inside and quote.speaker and quote.speaker.actor:
                return self.actors.get(quote.speaker.actor)
        return None

    def events(self, cand: Candidate) -> list[Event]:
        token = cand.token
        mood = modality(cand.governor or token)
        if mood.purpose and (token.head.i in self.trigger_ids or any(
                c.i in self.trigger_ids for c in token.head.children if c.dep_ == "dobj")):
            return []  # the motive of a coded event: "staged protests to demand reforms"
        if _statement_warning(cand, self.trigger_ids):
            return []
        if (token.dep_ == "xcomp" and token.tag_ == "VBG"
                and token.head.lemma_.lower() in CESSATION_VERBS):
            return []  # "stopped bombing X", "cease attacking": the act ends, none is done
        if cand.trigger.type in ("ASSAULT", "COERCE") and _disaster_subject(token):
            return []  # "Hurricane Lorenzo hit the Azores", "the virus killed 300"
        if cand.trigger.type == "ASSAULT" and not cand.nominal and (
                _accident(token) or _animal_patient(token)):
            return []  # "a helicopter struck power lines and crashed", "killed a rabbit"
        if token.lemma_.lower() in ("agree", "disagree") and _opinion_question(token):
            return []  # "do not agree on how inquiries work": a view, not a deal
        if (cand.trigger.type == "THREATEN" and token.lemma_.lower() == "give"
                and token.sent.start in self.expulsions):
            return []  # "expelled 12 diplomats, giving them 48 hours to leave": its deadline
        if _untold(token):
            return []  # "declined to say whether Kenya would sanction X": nothing told
        if token.lemma_.lower() in PERMITTING_VERBS and any(
                c.dep_ == "nsubj" and _thing_subject(c) for c in token.children):
            return []  # "that allows the car to ...": a thing enables (and what it lets
            # happen, absorbed as the permission's content, is no event either)
        if not cand.nominal and contest_sense(token):
            return []  # "Russia beat Croatia 3-0", "Democrats beat the incumbent governor"
        if (token.lemma_.lower() in MEANS_VERBS and token.dep_ in ("advcl", "acl", "xcomp")
                and (token.head.i in self.trigger_ids or token.head.head.i in self.trigger_ids)):
            return []  # "carried out the attack using drones": the means of that event
        if _background_clause(cand.governor or token):
            return []
        if _describes_its_patient(cand):
            return []  # "troops stationed in X", "a man accused of fraud": a description
        if token.dep_ == "acl" and token.head.lemma_.lower() in ENTITLEMENT_NOUNS:
            return []  # "the right of X to fire on Y": what X may do, not what it did
        if self._content_of_argument(token, mood):
            return []  # "rejected a plan that would give X ...": what the event is about
        if _obliged(token) and token.dep_ == "ccomp" and token.head.lemma_ in SPEECH_VERBS:
            return []  # "X said Y must ensure ...": the content of X's demand (obligation)
        undergone = _undergone_under(cand)
        if undergone is not None:  # "X came under fire from Y": Y acts on X
            if undergone[0] is None:
                return []  # "remains under pressure": from no one named
            source_tok, target_tok = undergone
            weak = False
        elif cand.governor is not None:  # "doctors went on strike": the verb's roles
            source_tok, target_tok, weak = event_roles.verb_roles(
                cand.governor, None, self.resolve,
                object_is_trigger=cand.trigger.type in RESOURCE_TYPES)
        elif cand.nominal:
            source_tok, target_tok, weak = event_roles.noun_roles(
                token, self.resolve, cand.possessor_undergoes,
                given=cand.trigger.type in SAID_FROM)
            if source_tok is None and self._of_agent(cand, target_tok):
                source_tok, target_tok = target_tok, None
            elif source_tok is None and self._forces_of(cand, target_tok):
                # "the withdrawal of Russian troops from Syria": the troops' state moves
                source_tok, target_tok = target_tok, _destination(token, target_tok)
        else:
            own = cand.light or cand.trigger.type in RESOURCE_TYPES
            source_tok, target_tok, weak = event_roles.verb_roles(
                token, cand.trigger.prep, self.resolve, object_is_trigger=own)
            if cand.light and source_tok is None:
                source_tok, target_tok = self._carried_agent(token, target_tok)
            if cand.light and source_tok is None:  # "the pullout of X troops was completed"
                source_tok, target_tok = self._light_forces(cand) or (source_tok, target_tok)
        if source_tok is None and self._moved_forces(cand, target_tok):
            # "troops were withdrawn from X", "police were placed on high alert"
            source_tok, target_tok = target_tok, None
        if cand.trigger.type in ("MOBILIZE", "COERCE") and source_tok is not None and (
                source_tok.lemma_.lower() in EMERGENCY_SERVICES):
            return []  # "firefighters dispatched 30 vehicles", "searched the apartments": a
            # rescue, no show of force or search of anyone
        reporter = self.speaker_actor(mood, token)
        sources = self.resolve(source_tok)
        if undergone is not None and cand.trigger.type == "ASSAULT" and not any(
                s.sector in ARMED or s.sector == "COP" for s in sources):
            cand = replace(cand, trigger=CRITICISM)  # "under fire from lawmakers": words
        if cand.trigger.type == "ASSAULT" and not cand.nominal and _bare_harm_noun(source_tok):
            # "airstrikes hit a hospital", "were hit by drone strikes": no attacker named
            sources = self._unnamed_attackers(cand, target_tok, attack=source_tok) or sources
        borrowed = False
        if not sources and reporter and self._may_borrow(source_tok, cand, reporter):
            sources, borrowed = [reporter], True
        if not sources and source_tok is None:
            sources = (self._state_of_place(cand) or self._crowd_of_place(cand)
                       or self._unnamed_attackers(cand, target_tok))
        if not sources and not cand.nominal and cand.trigger.type == "PROTEST" and (
                _counted_crowd(token)):  # "thousands demonstrated in Paris"
            iso = location_country(token)
            sources = [self._protesters(iso)] if iso else []
        if not sources:
            return []
        if cand.trigger.type in COMMERCIAL_TYPES and token.lemma_.lower() not in GIFTS and all(
                s.sector == "BUS" for s in sources):
            return []  # "Huawei supplied equipment to Kenya's operator": a sale
        if (token.lemma_.lower() in OFFERS and (not cand.light or cand.trigger.type == "AGREE")
                and all(_firm(s) for s in sources)):
            return []  # "Apple offers free repairs", "Audi will offer the car": trade
        trigger, mood = _recode_negated(cand.trigger, mood, cand.governor or token)
        stated = trigger
        trigger = _recode_future(trigger, mood)
        # an act announced as agreement or threat is itself done, not hypothetical (only
        # these recodes: "could deport diplomats" recoded by its target stays hypothetical)
        announced = trigger is not stated
        trigger = _recode_by_source(trigger, sources[0], token, source_tok)
        if mood.prepared and trigger.type in PREPARED_AS_MOBILIZE:
            trigger, announced = PREPARATION, True  # "the army prepared to resume shelling X"
        if mood.ultimatum is not None and self.resolve(mood.ultimatum):
            trigger = trigger if trigger.type == "THREATEN" else _as_threat(trigger)
            target_tok, announced = mood.ultimatum, True
        targets = [t for t in self.resolve(target_tok) if t.id not in {s.id for s in sources}]
        if trigger.type == "PROTEST":  # "blocked the crossing into X in protest against Y"
            targets = [t for t in self._side(_protested(token)) if t.id not in {
                s.id for s in sources}] or targets
        if not targets and trigger.type == "MOBILIZE":
            targets = self._rival(token, sources)  # "troops to the border with Guyana"
        if token.lemma_.lower() in TOPIC_VERBS and target_tok is not None and not (
                target_tok.dep_ == "pobj" and target_tok.head.lower_ == "with"):
            targets = []  # "discussed Libya-Turkey relations": a topic, not a side
        if token.lemma_.lower() in TOPIC_VERBS and not targets and len(sources) < 2:
            return []  # "he discusses his campaign": talking about, with no one
        if (not targets and len(sources) < 2 and trigger.type == "CONSULT"
                and not cand.nominal and token.lemma_.lower() in TRAVEL_VERBS):
            return []  # "went to Indiana University", "crowds came to the scene"
        # "blamed X for the attack": X, the object, is the side, not the attack's agent
        named_object = bool(targets) and target_tok is not None and target_tok.dep_ == "dobj"
        agent = self._topic_agent(cand) if (trigger.type in TOPIC_TAKERS
                                           and not named_object) else None
        if agent is None and not targets and trigger.type in AUTHORED_TOPICS:
            agent = self._topic_author(cand, sources)
        if agent is not None:
            if any(_own_state(source, agent) for source in sources):
                return []  # an official defending or explaining his own state's act
            targets = [agent]
        patient = target_tok or _patient(cand)
        released = _patient(cand) if trigger.mode in THING_OBJECT_MODES else None
        if trigger.mode in THING_OBJECT_MODES and (
                (not targets and patient is not None and not people_phrase(patient))
                or (released is not None and _thing(released) and not self.resolve(released))):
            return []  # "released a statement", "released a letter from his doctor"
        if trigger.mode in THING_OBJECT_MODES and all(_firm(s) for s in sources) and (
                patient is not None and not people_phrase(patient)):
            return []  # "Apple released a new MacBook Pro": a product
        if (not targets and token.lemma_.lower() in FIGHT_VERBS and patient is not None
                and not people_phrase(patient) and not self.resolve(patient)
                and patient.lemma_.lower() not in WARS):
            return []  # "has been fighting dirty air": a struggle against a thing
        if not targets and patient is not None and (people_phrase(patient) or (
                trigger.mode in PERSON_MODES and person_noun(patient))):
            targets = self._domestic(sources[0], token)  # "police arrested 12"
        if not targets and trigger.mode == "investigate":
            targets = self._investigated(cand, sources[0])
        if not targets and trigger.mode == "seize":  # "captured Goma": the town's state
            targets = self._state_of_seized_place(token, sources[0])
        if not targets and trigger.mode == "withdraw":  # "pulled out of Goma"
            targets = self._state_of_left_place(token, sources[0])
        implied = not targets and (trigger.type in IMPLIED_TARGETS or _covers_place(trigger))
        if implied:
            targets = self._state_of_population(cand, sources[0])
        if not targets and (trigger.mode == "visit" or trigger == PEACEKEEPING):
            # "arrived in X for a visit": the host
            iso = location_country(cand.governor or token)
            targets = [self.actors.country_actor(iso)] if iso and iso != sources[0].country \
                else []
        travel = trigger.mode == "visit" or (
            trigger.type == "CONSULT" and not cand.nominal and not cand.light
            and len(sources) < 2 and token.lemma_.lower() in TRAVEL_VERBS)  # not "for talks"
        if travel and (not targets or not _political(sources[0])
                       or all(_unknown(t) for t in targets)):
            return []  # a trip with no host or to a name no one can place ("Walt Disney
            # World"), or private people travelling: no visit
        if trigger.type == "REJECT":  # "declined despite pressure by X": X is refused
            targets = self._side(_presser(cand.governor or token)) or targets
        if not targets and trigger.type == "THREATEN":  # "threatened a curfew in X"
            targets = self._state_of_content_place(token)
        if not targets and trigger.type == "THREATEN" and _warned_about(token):
            return []  # "the weather office sounded a warning about heavy rain": no one
        if not targets and self._home_act(trigger, sources, token):
            targets = self._state_of_population(cand, sources[0], domestic=True)
            implied = bool(targets)
        if trigger.type in RESOURCE_TYPES:  # "mobilised its troops": the means, no side
            targets = [t for t in targets if not _own_forces(sources[0], t)]
        if trigger.type in RESOURCE_TYPES and all(event_roles.placeless(t) for t in targets):
            # "deployed warships near X": the place, not the bare "troops", is the target
            targets = self._state_of_population(cand, sources[0]) or targets
        if trigger.type in FRONTIER_TYPES and all(event_roles.placeless(t) for t in targets):
            targets = self._across_border(token, sources[0]) or targets  # "its border with X"
        if trigger.type == "MOBILIZE" and all(event_roles.placeless(t) for t in targets):
            targets = self._rival(token, sources) or targets  # "tanks along its frontier with X"
        confidence = _confidence(cand, bool(targets) and not implied, weak, borrowed, mood)
        named = targets[0] if targets else None
        placed = trigger.type == "CONSULT" and target_tok is not None and (
            target_tok.dep_ == "pobj" and target_tok.head.lower_ in ("in", "at"))
        mutual = (trigger.type in RECIPROCAL and not trigger.cameo.startswith(ONE_WAY_CODES)) or (
            trigger.mode == "ceasefire")
        unknown = all(t.country is None and t.sector is None and not non_state(t)
                      for t in targets)  # "Metema", a name the dictionaries do not know
        exchanged = cand.light and _exchanged(token, target_tok, targets)
        among = all(any(t.country == s.country for s in sources) for t in targets)
        # "India and China pulled back troops from the border": each pulls back from the other
        disengaging = trigger.mode == "withdraw" and bool(targets) and all(
            event_roles.placeless(t) for t in targets)
        if len(sources) > 1 and ((mutual and (placed or unknown or among)) or exchanged
                                 or disengaging or _each_other(cand.governor or token)):
            # "X and Y met in Z", "agreed to reopen the Z crossing": the place is no side;
            # "X and Y troops exchanged fire": each other's target, whatever it hit; "the
            # armies of X and Y held their fire": "their" is the sides themselves; "X and
            # Y accused each other", "freed each other's fishermen"
            targets = sources  # "X and Y agreed to cooperate": one event per ordered pair
        if not targets and trigger.cameo.startswith(HANDOVER_CODES) and trigger.prep == "to":
            targets = self._destination_state(token, sources)  # "extradited to Almaty"
        if not targets and (requires_recipient(trigger.type) or trigger.cameo in PARTY_CODES):
            return []  # "after mediation by Oman": a mediation between no one named
        self.coded.append((trigger, sources[0], named))
        events = []
        for source in sources:
            others = [t for t in targets if t.id != source.id]
            if targets and not others and (requires_recipient(trigger.type)
                                           or trigger.type not in SELF_TARGETED):
                continue
            # a domestic target that is the source itself ("Iran mobilised its forces"):
            # the event stands without one
            # PLOVER: a court sentence that includes imprisonment is also COERCE arrest
            acts = [trigger, IMPRISONMENT] if _imprisons(trigger, token) else [trigger]
            events.extend(self._event(cand, act, mood, reporter, source, target,
                                      confidence, target_tok, announced)
                          for act in acts for target in others or [None])
        return [e for e in events if not self._unplaced(e)]

    def _unplaced(self, event: Event) -> bool:
        """A bare role ("officials", "the prime minister") is a side only next to a side
        placed in a country: alone it says nothing about who acted; nor does a side with
        neither country nor code next to another such."""
        bare = self.arguments.bare_roles
        if all(side is None or (_unknown(side) and self.actors.get(side.actor).kind != "person")
               for side in (event.source, event.target)):
            return True  # "YouTube hosts", "they beat us": no side anyone could place (a
            # named person still is someone: "Ahmed Hassan stepped down")
        return (event.source.actor in bare and not event.source.country
                and (event.target is None or not event.target.country))

    def _content_of_argument(self, token: Token, mood: Modality) -> bool:
        """A hypothetical act in a relative clause on the argument of another trigger is
        what that event is about: "rejected a plan that would give X autonomy"; so is the
        act a demand asks for or an offer proposes: "dismissed an appeal to lay down their
        arms", "endorsed Kenya's offer to lead a mission"."""
        if token.dep_ == "acl" and token.head.lemma_.lower() in PRESSURE_NOUNS | PROPOSALS and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            return True
        if not mood.hypothetical or token.dep_ not in ("relcl", "acl"):
            return False
        noun = token.head
        return noun.dep_ in ("dobj", "nsubjpass", "pobj") and any(
            t.i in self.trigger_ids for t in (noun.head, noun.head.head))

    def obligation(self, clause: Token) -> list[Event]:
        """"X said Y must/should do Z" is a demand of X on Y (REQUEST, CAMEO 10)."""
        speech = clause.head
        if speech.lemma_.lower() not in SPEECH_VERBS or clause.lemma_.lower() in MINDING_VERBS:
            return []  # "people must know that ...": a thought urged, no act demanded
        subjects = [c for c in speech.children if c.dep_ == "nsubj"]
        if subjects and subjects[0].pos_ == "VERB":  # "the Red Cross operating in X said"
            subjects = [c for c in subjects[0].children if c.dep_ == "nsubj"]
        sources = self.resolve(subjects[0]) if subjects else []
        targets = self.resolve(event_roles.subject(clause))
        if not sources or not targets:
            return []
        cand = Candidate(clause, DEMAND, f"{_modal(clause)} {clause.text}")
        mood = Modality()
        return [self._event(cand, DEMAND, mood, None, source, target, 0.6)
                for source in sources for target in targets if target.id != source.id]

    def verdict(self, clause: Token) -> list[Event]:
        """"X said Y was illegal", "... a provocation": X's verdict on Y is criticism of Y
        (CAMEO 111), as "called Y illegal" is."""
        speech = clause.head
        if speech.lemma_.lower() not in SPEECH_VERBS | {"call"} or self.trigger_ids & {
                speech.i}:
            return []
        subjects = [c for c in speech.children if c.dep_ == "nsubj"]
        sources = self.resolve(subjects[0]) if subjects else []
        targets = self._owner(event_roles.subject(clause))
        if not sources or not targets:
            return []
        word = _verdict(clause)
        cand = Candidate(speech, CRITICISM, f"{speech.text} {word.text}")
        return [self._event(cand, CRITICISM, modality(speech), None, source, target, 0.6)
                for source in sources for target in targets
                if target.id != source.id and target.country != source.country]

    def _owner(self, head: Token | None) -> list[Actor]:
        """The side a noun phrase is, or whose thing it names: "Trump's declaration", "the
        US sanctions", "the American move"."""
        if head is None:
            return []
        possessor = next((c for c in head.children if c.dep_ == "poss"), None)
        found = self.resolve(head) or self.resolve(possessor)
        iso = None if found else phrase_country(head)
        return found or ([self.actors.country_actor(iso)] if iso else [])

    def _topic_agent(self, cand: Candidate) -> Actor | None:
        """Who did the act an opinion is about: "concern about the death sentence against
        X" is addressed to whoever sentenced X, named here or in an event coded before."""
        topic = _topic(cand, self.nominals)
        if topic is None:
            return None
        source_tok, target_tok, _ = event_roles.noun_roles(
            topic.token, self.resolve, topic.possessor_undergoes)
        named = self.resolve(source_tok)
        if named:
            return named[0]
        patients = self.resolve(target_tok)
        earlier = [(source, target) for trigger, source, target in self.coded
                   if trigger.type == topic.trigger.type and target is not None]
        for match in (lambda t, p: t.id == p.id, lambda t, p: t.country == p.country):
            same = [s for s, t in earlier if any(p.country and match(t, p) for p in patients)]
            if same:
                return same[-1]
        return earlier[-1][0] if earlier and not patients else None

    def _carried_agent(self, verb: Token, target: Token | None
                       ) -> tuple[Token | None, Token | None]:
        """"A call by the AU for talks between X and Y was issued": in an agentless passive
        light verb, the event noun's own by-phrase is the source, and its target the
        noun's."""
        for noun in (c for c in verb.children if c.dep_ == "nsubjpass"):
            if event_roles.pobjs(noun, ("by",)):
                source, own_target, _ = event_roles.noun_roles(noun, self.resolve, given=True)
                if source is not None:
                    return source, own_target if target in (None, source) else target
        return None, target

    def _topic_author(self, cand: Candidate, sources: list[Actor]) -> Actor | None:
        """"protested against the reform the government announced": whoever made the thing
        an opinion or protest is about is its target."""
        for phrase in _topic_phrases(cand):
            for author in _authors(phrase):
                found = [a for a in self.resolve(author) if a.id not in {s.id for s in sources}]
                if found:
                    return found[0]
        return None

    def _side(self, token: Token | None) -> list[Actor]:
        """The actors a token names, a capital or country named as a place included
        ("pressure from Washington")."""
        found = self.resolve(token)
        if found or token is None or token.ent_type_ != "GPE":
            return found
        iso = load_actor_lexicon().country_of_name(token.text)
        return [self.actors.country_actor(iso)] if iso else []

    def _domestic(self, source: Actor, trigger: Token) -> list[Actor]:
        """An unnamed target of a state's own act at home is its own country (CAMEO)."""
        located = self.arguments.located(source, trigger)
        iso = self.arguments.domestic_country(located, trigger)
        return [self.actors.country_actor(iso)] if iso else []

    def _state_of_place(self, cand: Candidate) -> list[Actor]:
        """An agentless passive arrest, expulsion, conviction or release from custody is the
        act of the state where it happens: "was arrested in X" -> X's government; a
        conviction, jailing or release from jail with no place in the sentence, the state
        the article is about (an arrest is not: "two Canadians, who were detained" may be
        held abroad)."""
        if cand.nominal or not event_roles.is_passive(cand.token):
            return []
        pardon = cand.token.lemma_.lower() in PARDONS
        freed = _freed_from_custody(cand)
        if cand.trigger.type not in STATE_ACTS and not pardon and not freed:
            return []
        iso = location_country(cand.token) or framing_country(cand.token.sent)
        if iso is None and (pardon or freed or _court_act(cand) or self._unmarked_arrest(cand)):
            # "he was convicted in 2006", "two suspects were arrested": the article's state
            home = self.arguments.home_country
            named = self.arguments.sentence_countries(cand.token.sent, adjectives=True)
            iso = home if named <= {home} else None
            if iso is None and pardon and len(named) == 1:
                iso = next(iter(named))  # "activists of Guinea's front were pardoned"
        return [self.actors.government_actor(iso)] if iso else []

    def _destination_state(self, trigger: Token, sources: list[Actor]) -> list[Actor]:
        """The state of the place someone is handed over to: "extradited to Almaty"."""
        own = {s.country for s in sources}
        for place in event_roles.pobjs(trigger, ("to", "into")):
            iso = place_name_country(place)
            if iso and iso not in own:
                return [self.actors.country_actor(iso)]
        return []

    def _rival(self, trigger: Token, sources: list[Actor]) -> list[Actor]:
        """The other side of a build-up the sentence sets it against: "troops deployed to the
        border with Guyana", "on alert amid tensions with India"."""
        own = {s.id for s in sources} | {s.country for s in sources if s.country}
        for noun in (t for t in trigger.sent if t.lemma_.lower() in RIVALRY_NOUNS):
            for side in event_roles.pobjs(noun, ("with",)):
                found = [a for a in self.resolve(side) if a.id not in own
                         and a.country not in own and a.country]
                if found:
                    return found
        return []

    def _unnamed_attackers(self, cand: Candidate, target: Token | None,
                           attack: Token | None = None) -> list[Actor]:
        """"Two officers were stabbed in Paris": an agentless passive attack (INTENDED_HARM),
        an attack noun with a side attacked and no attacker ("an attack on an Iraqi air
        base"), or an attack noun that does the act (attack: "airstrikes hit a hospital",
        "was hit by drone strikes", "were killed in the attack") is by unidentified
        attackers of the country where it happens (_attack_country)."""
        token = cand.token
        if cand.trigger.type != "ASSAULT":
            return []
        if attack is None and not cand.nominal and event_roles.is_passive(token):
            attack = _harm_phrase(token)  # "were killed in the attack": harm done on purpose
        if attack is None and not (
                _harm_noun_with_target(token, target) and bool(self.resolve(target))
                if cand.nominal
                else event_roles.is_passive(token) and token.lemma_.lower() in INTENDED_HARM):
            return []
        iso = self._attack_country(cand, target, attack)
        if iso is None:
            return []
        return [self.actors.add("unidentified attackers", "group",
                                key=("event-argument", iso, "UAF", "attacker"),
                                country=iso, sector="UAF")]

    def _attack_country(self, cand: Candidate, target: Token | None,
                        attack: Token | None) -> str | None:
        """Where an attack with no attacker named happened: a noun's own place phrase or its
        target's ("attacks on the embassy in Baghdad"); a verb's place (its attack noun's
        first), else the sentence's one country of places; with no place, the article's home
        country when the sentence names no other (with no home, the one country the sentence
        names)."""
        token, sentence = cand.token, cand.token.sent
        if cand.nominal:
            iso = location_country(token, outside=target) or location_country(target)
        else:
            placed = {p.country for p in self.actors.places if p.country
                      and sentence.start_char <= p.span[0] < sentence.end_char}
            iso = (attack is not None and location_country(attack)) or location_country(
                token) or (placed.pop() if len(placed) == 1 else None)
        if iso is not None:
            return iso
        home = self.arguments.home_country
        named = self.arguments.sentence_countries(sentence, adjectives=True)
        if home:
            return home if named <= {home} else None
        return next(iter(named)) if len(named) == 1 else None

    def _other_state(self, iso: str | None, source: Actor) -> list[Actor]:
        """The country actor of iso as the one side, unless it is the source itself."""
        own = self.actors.country_actor(iso) if iso else None
        return [own] if own is not None and own.id != source.id else []

    def _state_of_seized_place(self, token: Token, source: Actor) -> list[Actor]:
        """The state of a town or region seized ("rebels captured Goma"), not of things
        ("seized drugs")."""
        places = [n for o in token.children if o.dep_ == "dobj"
                  for n in (o, *event_roles.pobjs(o, ("of",)))]  # "the town of Goma"
        iso = next((found for o in places if (found := _place_country(o))), None)
        return self._other_state(iso, source)

    def _state_of_left_place(self, token: Token, source: Actor) -> list[Actor]:
        """The state of a town forces leave: "withdrew from Kherson", "pulled out of Goma"."""
        places = [*event_roles.pobjs(token, ("from",)), *event_roles.out_of(token)]
        iso = next((found for p in places if (found := _place_country(p))), None)
        return self._other_state(iso, source)

    def _crowd_of_place(self, cand: Candidate) -> list[Actor]:
        """"Protests continued in Baghdad": a protest no one is named for, which a clause
        reports as its subject, is by the people of the country where it happens (not one
        in the background: "the curfew imposed after riots in X")."""
        token = cand.token
        if not cand.nominal or cand.trigger.type != "PROTEST" or cand.trigger.mode == "boycott" \
                or token.dep_ != "nsubj" or any(
                c.dep_ in ("acl", "relcl") for c in token.children):
            return []  # "the march, approved by the council, ...": a described one
        iso = location_country(token) or location_country(token.head)
        if iso is None:
            return []
        return [self._protesters(iso)]

    def _protesters(self, iso: str) -> Actor:
        return self.actors.add("protesters", "group", key=("event-argument", iso, "CVL",
                                                           "protester"),
                               country=iso, sector="CVL")

    def _unmarked_arrest(self, cand: Candidate) -> bool:
        """An arrest of people named without a nationality: news names one when it matters
        ("two Canadians were detained" may be held abroad; "two suspects" are not)."""
        if cand.trigger.mode != "arrest":
            return False
        patients = [c for c in cand.token.children if c.dep_ == "nsubjpass"]
        if cand.token.dep_ in ("acl", "relcl") and cand.token.head.pos_ in ("NOUN", "PROPN"):
            patients.append(cand.token.head)  # "prisoners arrested during the campaign"
        return bool(patients) and not any(self._named_nationality(p) for p in patients)

    def _named_nationality(self, patient: Token) -> bool:
        """Whether a patient's country is said, by its phrase or a known actor, rather than
        inferred from the sentence ("an individual" in a sentence about Poland)."""
        return bool(phrase_country(patient)) or any(
            a.country and (self.actors.record(a).key or ("",))[0] != "event-argument"
            for a in self.resolve(patient))

    def _moved_forces(self, cand: Candidate, patient: Token | None) -> bool:
        """Forces moved in an agentless passive ("Israeli troops were withdrawn from X",
        "riot police had been massed") are their own state's move, not its target."""
        if patient is None or cand.trigger.type not in FORCE_MOVES or (
                patient.dep_ != "nsubjpass"):
            return False  # not "journalists were sent to prison"
        if not event_roles.is_passive(cand.governor or cand.token):
            return False
        return any(a.sector in STATE_FORCES for a in self.resolve(patient))

    def _across_border(self, trigger: Token, source: Actor) -> list[Actor]:
        """The state on the other side of a border the act goes to or along."""
        for token in _place_nouns(trigger, BORDER_NOUNS):
            for other in event_roles.pobjs(token, ("with",)):
                iso = place_name_country(other) or next(
                    (a.country for a in self.resolve(other) if a.country), None)
                if iso and iso != source.country:
                    return [self.actors.country_actor(iso)]
        return []

    def _home_act(self, trigger: Trigger, sources: list[Actor], token: Token) -> bool:
        """An order, appeal or deployment with no one named, a refusal by a body that faces
        no other state, or an attack by police or unknown people ("police shot the attacker",
        "he murdered ..."), is aimed at home, as CAMEO codes domestic events; not when the
        sources' countries differ or this or the previous sentence names another country,
        nor a strike by a state or a known group (it may cross a border). Threats are not:
        they face abroad as often as not."""
        if trigger.type not in HOME_BY_DEFAULT or len({s.country for s in sources}) != 1:
            return False
        if trigger.type == "ASSAULT" and not _insurgent_held(token) and any(
                s.kind == "country" or s.sector in ("GOV", "MIL")
                or (s.country is not None and s.sector != "COP") for s in sources):
            return False  # a state's strike, or a known group's, may cross a border (not
            # one on "rebel-held towns": a civil war's)
        if trigger.type == "REJECT" and any(_faces_abroad(s) for s in sources):
            return False
        home = self.arguments.located(sources[0], token).country
        sentence = token.sent
        named = self.arguments.sentence_countries(sentence, adjectives=True)
        if sentence.start > 0:  # "Israel said Hamas was to blame. Hamas denied it."
            named |= self.arguments.sentence_countries(token.doc[sentence.start - 1].sent,
                                                       adjectives=True)
        return named <= {home}

    def _state_of_population(self, cand: Candidate, source: Actor,
                             domestic: bool = False) -> list[Actor]:
        """A protest without a named target is against the state where it happens, else
        the protesters' own state (the PLOVER manual: toward a group or the authorities); a
        curfew, restriction or attack without one is on the state of the place it covers
        ("bombed positions in X"); a concession or retreat with none (a lifted curfew, a
        resignation, a declared truce) is domestic, as CAMEO codes it."""
        trigger = cand.token
        objects = [c for c in trigger.children if c.dep_ == "dobj"]
        iso = _mission_country(trigger) if cand.trigger.type == "PROTEST" else None
        iso = iso or location_country(trigger) or next(
            (found for o in objects if (found := location_country(o) or _place_country(o))),
            None)  # "bombed positions in X", "shelled X"
        if iso is None and cand.nominal and trigger.dep_ == "dobj":  # "carried out strikes in X"
            iso = location_country(trigger.head)
        if iso is None and (domestic or cand.trigger.type in DOMESTIC_BY_DEFAULT
                            or _covers_place(cand.trigger)):
            iso = self.arguments.located(source, trigger).country
        return self._other_state(iso, source)

    def _of_agent(self, cand: Candidate, found: Token | None) -> bool:
        """"a strike of rail workers", "the resignation of the minister": the of-object
        of a protest or resignation does it (not "the boycott of Israel", nor "the march of
        the Taliban on Kabul")."""
        trigger = cand.trigger
        if not (trigger.type == "PROTEST" or trigger.mode == "resign"):
            return False
        return (_of_object(cand.token, found) and trigger.mode != "boycott"
                and not any(a.sector in ARMED for a in self.resolve(found)))

    def _light_forces(self, cand: Candidate) -> tuple[Token, Token | None] | None:
        """The forces of a light verb's move noun, and where they move: "the pullout of
        Armenian guards from four villages was completed"."""
        if cand.trigger.type not in FORCE_MOVES:
            return None
        for noun in (c for c in cand.token.children if c.dep_ in ("dobj", "nsubjpass")):
            for forces in event_roles.pobjs(noun, ("of",)):
                if self._state_forces(forces):
                    return forces, _destination(noun, forces)
        return None

    def _forces_of(self, cand: Candidate, found: Token | None) -> bool:
        """"the withdrawal of Russian troops", "the deployment of Chinese warships": the
        of-object of a move of forces is the forces that move."""
        return (cand.trigger.type in FORCE_MOVES and _of_object(cand.token, found)
                and self._state_forces(found))

    def _state_forces(self, phrase: Token) -> bool:
        """A state's forces that name their state themselves ("Russian troops")."""
        return _own_country(phrase) and any(a.sector in STATE_FORCES and a.country
                                            for a in self.resolve(phrase))

    def _investigated(self, cand: Candidate, source: Actor) -> list[Actor]:
        """Whom an inquiry with no named target is into: the first side named in what it
        looks into ("into bribes paid by a Spanish firm"), else, for a state's inquiry in a
        sentence naming no other country, its own state (CAMEO codes it domestic)."""
        token = cand.token
        heads = [token, *(c for c in token.children if c.dep_ == "dobj")]
        phrases = [p for h in heads for p in event_roles.pobjs(h, ("into",))]
        for phrase in phrases:
            for word in (t for t in phrase.subtree if t.pos_ in ("NOUN", "PROPN")):
                found = [a for a in self.resolve(word) if a.id != source.id]
                if found:
                    return found[:1]
        if any(p.lemma_.lower() in MISHAPS for p in phrases):
            return []  # "an inquiry into the collapse of a dam": into what happened
        placed = next((iso for p in phrases if (iso := location_country(p))), None)
        if placed and placed != source.country:  # "into war crimes in Darfur": Sudan
            return [self.actors.country_actor(placed)]
        iso = self.arguments.domestic_country(self.arguments.located(source, token), token)
        return self._other_state(iso, source)

    def _state_of_content_place(self, trigger: Token) -> list[Actor]:
        """The state of the place a threatened act covers: "threatened to institute a
        curfew in Algiers" is a threat to Algeria."""
        for clause in (c for c in trigger.children if c.dep_ in ("xcomp", "dobj")):
            for head in (clause, *(c for c in clause.children if c.dep_ == "dobj")):
                iso = location_country(head)
                if iso:
                    return [self.actors.country_actor(iso)]
        return []

    def _may_borrow(self, source_tok: Token | None, cand: Candidate, reporter: Actor) -> bool:
        """A pronoun subject in reported speech, or an agentless passive announced by an
        authority ("police said two men were arrested"), stands for the reporter; not for an
        attack ("officials said three officers were stabbed")."""
        if source_tok is not None:
            return source_tok.pos_ == "PRON"
        acting = reporter.kind == "country" or (reporter.sector in ACTING_AUTHORITY)
        return (event_roles.is_passive(cand.token) and acting
                and cand.trigger.type != "ASSAULT")

    def _event(self, cand: Candidate, trigger: Trigger, mood: Modality,
               reporter: Actor | None, source: Actor, target: Actor | None,
               confidence: float, target_head: Token | None = None,
               announced: bool = False) -> Event:
        where = self.arguments.located(source, cand.token)
        inferred = source.id in self.arguments.sentence_placed or (
            target_head is not None and (target_head.dep_ in ("dobj", "dative", "pobj") or (
                target_head.dep_ == "nsubj" and target_head.head.i != cand.token.i))
            and source.country is None and source.kind != "country"
            and not non_state(source))  # "the government in Dhaka asked India": not India's
        if (inferred and target is not None
                and target.kind == "country" and where.country == target.country
                and trigger.type in TOWARD_OTHERS):
            # "the prime minister demanded that Rwanda ...": the sentence's one country is
            # the side addressed, not the unnamed speaker's
            where = where.model_copy(update={"country": None, "code": source.sector})
        whom = (self.arguments.located(target, cand.token, target_head, where)
                if target else None)
        trigger = recode_by_target(trigger, where, whom, target)
        coding = describe(trigger.type, trigger.cameo)
        if coding.cameo == HOSTING and whom is not None and target_head is not None and (
                target_head.dep_ in ("dobj", "nsubjpass")
                and target_head.lemma_.lower() not in NOT_VISITORS):
            # the PLOVER manual: "the visitor will always be coded as the actor and the host
            # will be the recipient" (CAMEO 043 codes the host as source)
            where, whom = whom, where
        sentence, span = evidence(cand.token.sent)
        date, how = self._date(cand.token)
        return Event(
            type=trigger.type, mode=trigger.mode, cameo=coding.cameo,
            quad_class=coding.quad_class, goldstein=coding.goldstein,
            source=where, target=whom,
            date=date, date_how=how, place=self._place(cand.token), negated=mood.negated,
            hypothetical=mood.hypothetical and not announced,
            reported_by=reporter.id if reporter and reporter.id != source.id else None,
            confidence=confidence, trigger=cand.words, sentence=sentence, span=span,
        )

    def _place(self, token: Token) -> str | None:
        place = event_place(token, self.actors.places)
        return place.text if place else None

    def _date(self, token: Token) -> tuple[str | None, str]:
        time = self.times.for_clause(token)
        if time is not None and time.value and time.grain in ("day", "week", "month", "year"):
            return time.value, "text"
        if self.published is not None:
            return self.published.isoformat(), "published"
        return None, "unknown"


COURT_WORDS = frozenset({"convict", "sentence", "jail", "imprison", "guilty"})


def _imprisons(trigger: Trigger, token: Token) -> bool:
    """A conviction or sentence whose words send someone to prison ("to ten years in
    prison", "a 47-month prison term")."""
    return trigger.mode == "convict" and bool(
        {t.lemma_.lower() for t in token.subtree} & PRISON_WORDS)


BAIL_WORDS = frozenset({"bail", "parole", "probation", "bond"})


def _freed_from_custody(cand: Candidate) -> bool:
    """"was released from jail", "was freed on bail": a release by the state that held
    someone (a hostage's release, by kidnappers, says neither)."""
    token = cand.token
    if cand.trigger.mode != "release" or cand.nominal:
        return False
    return any(prep.dep_ == "prep" and any(
        (prep.lower_ == "from" and o.lemma_.lower() in PRISON_WORDS)
        or (prep.lower_ == "on" and o.lemma_.lower() in BAIL_WORDS)
        for o in prep.children if o.dep_ == "pobj") for prep in token.children)


def _place_country(token: Token) -> str | None:
    """The country of the place a noun phrase names itself: "shelled Kharkiv" (also a
    large city the tagger calls a person or leaves untagged; called for an object no actor
    was found for)."""
    ent = entity_at(token.doc, token.i)
    if ent is not None and ent.label_ in ("GPE", "LOC", "FAC"):
        return place_name_country(ent[0])
    if token.pos_ == "PROPN" and (ent is None or ent.label_ == "PERSON") and (
            ent is None or len(ent) == 1):
        return city_country(token.text, TOWN_POPULATION)
    return None


def _court_act(cand: Candidate) -> bool:
    return cand.trigger.mode == "convict" or bool(
        COURT_WORDS & {t.lemma_.lower() for t in cand.token.subtree if t.i <= cand.token.i + 2})


def _as_refusal(trigger: Trigger) -> Trigger:
    mode, cameo = CONTENT_CODES.get(("REJECT", trigger.type), (None, "120"))
    return Trigger("REJECT", mode, cameo, trigger.origin, trigger.prep)


def _recode_negated(trigger: Trigger, mood: Modality, token: Token
                    ) -> tuple[Trigger, Modality]:
    """Negated cooperation ("will not negotiate with X", "did not agree") is a refusal,
    coded as done (PLOVER REJECT); negated conflict stays flagged as negated, and so does a
    meeting that did not happen ("they had not met since 1965", "I haven't talked to him")."""
    if mood.negated and trigger.type == "CONSULT" and any(
            c.dep_ == "aux" and (c.lemma_ in ("have", "can", "could")
                                 or (c.lemma_ == "do" and c.tag_ == "VBD"))
            for c in token.children):  # "did not", "has not", "can't": not refused
        return trigger, mood
    if mood.negated and trigger.type in NEGATED_AS_REJECT:
        return _as_refusal(trigger), replace(mood, negated=False, hypothetical=False,
                                             future=False)
    return trigger, mood


def _recode_future(trigger: Trigger, mood: Modality) -> Trigger:
    """Announced future cooperation is AGREE; announced future force is THREATEN (PLOVER)."""
    if not mood.future or mood.negated:
        return trigger
    if trigger.type in FUTURE_AS_AGREE:
        code = CONTENT_CODES.get(("AGREE", trigger.type), (None, "030"))
        return replace(trigger, type="AGREE", mode=None, cameo=code[1])
    if trigger.type in FUTURE_AS_THREAT:
        mode = THREAT_MODES.get(trigger.mode or "")
        code = CONTENT_CODES.get(("THREATEN", trigger.type), (None, "130"))
        return replace(trigger, type="THREATEN", mode=mode or code[0], cameo=code[1])
    return trigger


def _political(actor: Actor) -> bool:
    """A country, a body, an official or a named person of some country: whose trips are
    visits (not those of journalists, firms, students or crowds)."""
    if actor.kind == "country" or (actor.code or "")[:3] in ("IGO", "NGO"):
        return True
    if actor.sector is None:  # a named person of known country and unknown office
        return actor.kind == "person" and actor.country is not None
    return actor.sector not in PRIVATE_TRAVELLERS


def _presser(verb: Token) -> Token | None:
    """Who pressed for what was refused: "declined to resign despite pressure by X",
    "dismissed calls from X", "rejected X's proposal"."""
    clauses = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]  # "declined to go"
    nouns = [n for prep in (c for v in clauses for c in v.children
                            if c.dep_ == "prep" and c.lower_ == "despite")
             for n in prep.children]
    nouns += [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    for noun in (n for n in nouns if n.lemma_.lower() in PRESSURE_NOUNS | PROPOSALS):
        for by in (c for c in noun.children if c.lower_ in ("by", "from", "of")):
            return next((c for c in by.children if c.dep_ == "pobj"), None)
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if owner is not None:
            return owner
    return None


def _thing(phrase: Token) -> bool:
    """A common noun that names no people and no actor: "a letter", "the keyboard"."""
    return (phrase.pos_ == "NOUN" and not people_phrase(phrase)
            and phrase.lemma_.lower() not in HELD_PEOPLE
            and not any(c.dep_ == "amod" and c.lemma_.lower() in HOLDING_VERBS
                        for c in phrase.children))  # "jailed opposition figures"


def _patient(cand: Candidate) -> Token | None:
    """The unresolved phrase an act is done to: the object, the passive subject, the
    of-object of an event noun."""
    token = cand.governor or cand.token
    if cand.nominal and cand.governor is None:
        found = event_roles.pobjs(token, ("of",))
    elif event_roles.is_passive(token):
        found = [c for c in token.children if c.dep_ == "nsubjpass"]
    else:
        found = [] if cand.light else [c for c in token.children if c.dep_ == "dobj"]
    return found[0] if found else None


# what a copular clause under a speech verb may call its subject to criticise it
VERDICT_WORDS = BLAME_WORDS | {"unconstitutional", "unlawful", "illegitimate", "unjust",
                               "calamity", "mistake"}


def _verdict(clause: Token) -> Token | None:
    """The blaming word of "[Y] was illegal / a provocation" (not negated)."""
    if any(c.dep_ == "neg" for c in clause.children):
        return None
    return next((c for c in clause.children if c.dep_ in ("attr", "acomp")
                 and c.lemma_.lower() in VERDICT_WORDS), None)


def _obliged(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS for c in token.children)


def _modal(token: Token) -> str:
    return next(c.text for c in token.children if c.lower_ in OBLIGATION_MODALS)


def _topic(cand: Candidate, nominals: dict[int, Candidate]) -> Candidate | None:
    """The nominal event an opinion trigger is about ("defended the arrests of X")."""
    for phrase in _topic_phrases(cand):
        for head in (phrase, *phrase.conjuncts):
            if head.i in nominals:
                return nominals[head.i]
    return None


def _faces_abroad(source: Actor) -> bool:
    """A side whose refusals often answer another state: a state itself, its diplomats, an
    armed group ("Hamas rejected the plan", "the Russian embassy rejected the report")."""
    name = source.name.lower()
    return source.kind == "country" or source.sector in ("REB", "UAF", "CRM", "MIL") or any(
        word in name for word in ("embass", "ambassador", "foreign", "envoy", "diplomat"))


def _topic_phrases(cand: Candidate) -> list[Token]:
    """What an opinion trigger is about: its object (not a light verb's, which is the
    trigger) and the objects of its topic prepositions ("protested against X", "filed a
    lawsuit against X")."""
    token = cand.token
    objects = [c for c in token.children if c.dep_ == "dobj"]
    phrases = [] if cand.light else list(objects)
    phrases += event_roles.pobjs(token, TOPIC_PREPS)
    if cand.light:
        phrases += [p for h in objects for p in event_roles.pobjs(h, TOPIC_PREPS)]
    return phrases


def _authors(phrase: Token) -> list[Token]:
    """Who made the thing a phrase names, by the clause that describes it: "the reform (that)
    the government announced", "the ban imposed by Uganda"."""
    found = []
    for clause in (c for c in phrase.children if c.dep_ in ("relcl", "acl")
                   and c.pos_ == "VERB" and c.lemma_.lower() in AUTHORING_VERBS):
        if event_roles.is_passive(clause):
            found += event_roles.pobjs(clause, ("by",))
        else:
            found += [c for c in clause.children if c.dep_ == "nsubj" and c.tag_ not in
                      event_roles.RELATIVE_TAGS]
    return found


def _own_forces(source: Actor, target: Actor) -> bool:
    """The source state's own troops or police ("mobilised its troops", bare "troops"), not
    its opponents ("troops against Syrian rebels")."""
    return (target.kind != "country" and target.sector in STATE_FORCES
            and target.country in (None, source.country))  # "placed troops on alert"


STATE_FORCES = frozenset({"MIL", "COP", "SPY"})


def _background_clause(verb: Token) -> bool:
    """A relative clause that tells the story of a participant rather than the news: perfect
    or present tense, or a "where/when" clause ("X, who had taken them hostage, ...", "Serbia,
    where 24 people were killed last March, ..."). A past-tense one may be the news itself
    ("the attack, in which militants killed 20 soldiers, ..."). On the PLOVER tuning half the
    events of such clauses were 4 of 4 wrong."""
    if verb.dep_ != "relcl":
        return False
    children = list(verb.children)
    if any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in children):
        return True
    if any(c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in children):
        return True
    tenses = [verb.tag_, *(c.tag_ for c in children if c.dep_ in ("aux", "auxpass"))]
    return not any(tag in ("VBD", "MD") for tag in tenses) and any(
        tag in ("VBZ", "VBP") for tag in tenses)


def _own_state(source: Actor, agent: Actor) -> bool:
    return (agent.kind == "country" and source.country == agent.country
            and source.sector in ACTING_AUTHORITY)


def _statement_warning(cand: Candidate, triggers: set[int] = frozenset()) -> bool:
    """"warned that X may ...": a statement about a danger, not a threat (PLOVER); but
    "warned that it would retaliate / would act if ..." announces the warner's own act."""
    token = cand.token
    if cand.trigger.type != "THREATEN" or token.lemma_.lower() not in ("warn", "warning"):
        return False
    clauses = [c for c in token.children if c.dep_ == "ccomp"]
    if any(_announced_act(clause, triggers) for clause in clauses):
        return False
    # "warned X that ...", "X was warned by Y that ...": addressed to a side, a threat
    return bool(clauses) and not any(c.dep_ in ("dobj", "dative", "nsubjpass")
                                     for c in token.children)


def _announced_act(clause: Token, triggers: set[int]) -> bool:
    """A will/would clause that holds an event or a condition: "that it would strike back"."""
    modal = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in clause.children)
    conditional = any(c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children)
                      for c in clause.children)
    return modal and (clause.i in triggers or conditional)


def _as_threat(trigger: Trigger) -> Trigger:
    """An announced act made conditional on another side ("will withdraw unless X ...")."""
    mode = THREAT_MODES.get(trigger.mode or "")
    code = CONTENT_CODES.get(("THREATEN", trigger.type), (None, "130"))
    return replace(trigger, type="THREATEN", mode=mode or code[0], cameo=code[1])


def recode_by_target(trigger: Trigger, source: EventActor, target: EventActor | None,
                     actor: Actor | None = None) -> Trigger:
    """The object decides between SANCTION and COERCE (PLOVER): expelling a state's
    officials or an international mission is SANCTION expel, expelling private people COERCE
    deport; a state's ban or restriction on another country is SANCTION discontinue, one on
    its own people COERCE restrict."""
    if target is None:
        return trigger
    official = actor is not None and (actor.kind == "country" or non_state(actor) or (
        actor.sector in OFFICIAL_SECTORS))
    people = actor is not None and actor.kind != "country" and actor.sector in PRIVATE_SECTORS
    if trigger.type == "COERCE" and trigger.mode == "deport" and official:
        return EXPULSION
    # An NGO is both a body (non_state) and private (PRIVATE_SECTORS): for expulsion the body
    # wins, whichever verb: CAMEO 1663 "expel or withdraw aid agencies" is SANCTION expel, for
    # the organisation and its (foreign) staff alike; only private people are COERCE deport.
    # Its private side still counts for a ban at home (COERCE restrict, below).
    staff = trigger.cameo in DIPLOMATIC_EXPULSIONS and actor is not None and actor.sector == "LAB"
    if trigger.type == "SANCTION" and trigger.mode == "expel" and people and not (
            official or staff):  # "declared them [embassy staff] persona non grata"
        return DEPORTATION
    foreign = bool(target.country and source.country and target.country != source.country)
    if (trigger.type == "COERCE" and trigger.mode in ("restrict", "ban") and foreign
            and trigger.cameo not in BLOCKADES and acting_state(source)
            and (actor is None or actor.kind == "country")):
        return EMBARGO
    domestic = bool(target.country and target.country == source.country)
    if (trigger.type == "SANCTION" and trigger.mode == "discontinue" and domestic
            and people and acting_state(source)):
        return RESTRICTION
    return trigger


def _recode_by_source(trigger: Trigger, source: Actor, token: Token,
                      source_tok: Token | None = None) -> Trigger:
    """Obstruction by non-state people ("farmers blocked the road") is PROTEST obstruct; a
    strike of theirs without an object ("teachers struck") is PROTEST strike; their protest
    against a measure ("farmers protested against the tax") is a demonstration, not a
    state's diplomatic protest; violence by protesters or rioters is PROTEST riot."""
    people = source.kind != "country" and source.sector in NON_STATE_SECTORS
    if (trigger.type == "ASSAULT" and source_tok is not None
            and token.lemma_.lower() in RIOT_VERBS and source_tok.lemma_.lower() in RIOTERS):
        return replace(trigger, type="PROTEST", mode="riot", cameo="145")
    mover = (quantified(source_tok) or source_tok) if source_tok is not None else None
    if trigger.mode == "visit" and mover is not None and object_lemma(mover) == "peacekeeper":
        return PEACEKEEPING  # "(a deployment of) peacekeeping troops arrived in X"
    if trigger.mode == "visit" and mover is not None and (
            mover.lemma_.lower() in TROOP_NOUNS and source.sector == "MIL"):
        return DEPLOYMENT  # "French troops arrived in Mali": not a visit
    if token.lemma_.lower() == "raid" and source.sector in RAIDERS:
        return RAIDERS[source.sector]  # prosecutors search; soldiers attack
    if people and trigger.type == "ACCUSE" and token.lemma_.lower() == "protest":
        return replace(trigger, type="PROTEST", mode="demo", cameo="141")
    if trigger.type == "COERCE" and trigger.mode in OBSTRUCTION_MODES and people:
        return replace(trigger, type="PROTEST", mode="obstruct", cameo="144")
    if (people and token.lemma_.lower() == "strike" and token.pos_ == "VERB"
            and not any(c.dep_ == "dobj" for c in token.children)):
        return replace(trigger, type="PROTEST", mode="strike", cameo="143")
    return trigger


def _confidence(cand: Candidate, has_target: bool, weak: bool, borrowed: bool,
                mood: Modality) -> float:
    score = 0.45
    score += 0.20 if cand.trigger.origin == CURATED else 0.0
    score += 0.15 if has_target else 0.0
    score += 0.10 if not weak and not borrowed else 0.0
    score -= 0.15 if borrowed else 0.0
    score -= 0.10 if mood.hypothetical else 0.0
    score -= 0.05 if cand.nominal else 0.0
    return round(min(0.95, max(0.05, score)), 2)


def evidence(sentence: Span) -> tuple[str, tuple[int, int]]:
    """The sentence text without the blank lines the parser keeps at its edges, and its span."""
    text = doc_text(sentence.doc)[sentence.start_char:sentence.end_char]  # Span.text joins
    lead = len(text) - len(text.lstrip())
    start = sentence.start_char + lead
    return text.strip(), (start, start + len(text.strip()))
