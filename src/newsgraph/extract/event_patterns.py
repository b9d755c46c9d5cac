"""The event ontology and its trigger lexicon, as data.

``extract/events.py`` reads only these tables; ``docs/events.md`` documents them. Each type
maps to a PLOVER event type (Open Event Data Alliance, codebook 2021) and a CAMEO code;
a code is left out where that scheme has no such event (PLOVER dropped CAMEO's "make public
statement"; neither scheme codes elections).
"""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.extract.time_patterns import UNITS


@dataclass(frozen=True, slots=True)
class EventType:
    name: str
    plover: str | None
    cameo: str | None
    description: str

    def codes(self) -> dict[str, str]:
        out: dict[str, str] = {}
        if self.plover:
            out["plover"] = self.plover
        if self.cameo:
            out["cameo"] = self.cameo
        return out


EVENT_TYPES: dict[str, EventType] = {
    t.name: t
    for t in (
        EventType("meet", "CONSULT", "040", "in-person meeting, talks or summit"),
        EventType("visit", "CONSULT", "042", "a trip by an actor to a place or a host"),
        EventType("call", "CONSULT", "041", "a phone or video call"),
        EventType("statement", None, "010", "a formal written or joint statement issued"),
        EventType("press_conference", None, "010", "a press conference or briefing"),
        EventType("publish", None, "010", "a plan, report or document made public"),
        EventType("agreement", "AGREE", "057", "an agreement, deal, treaty or partnership"),
        EventType("attack", "ASSAULT", "190", "use of force against people or things"),
        EventType("invasion", "ASSAULT", "192", "a military invasion of a territory"),
        EventType("sanction", "SANCTION", "163", "sanctions, embargo or boycott imposed"),
        EventType("trade", "COOPERATE", "061", "buying, selling, exporting, importing"),
        EventType("protest", "PROTEST", "141", "a demonstration, rally or protest"),
        EventType("election", None, None, "an election held, won or someone elected"),
        EventType("arrest", "COERCE", "173", "an arrest or detention"),
        EventType("aid", "AID", "070", "aid, weapons or assistance provided"),
        EventType("threat", "THREATEN", "130", "a threat against a target"),
    )
}

def event_types_named(text: str) -> tuple[str, ...]:
    """A user's comma-separated event types ('meet, call') as the ontology's names; a name the
    ontology lacks is a ValueError that lists the ones it has."""
    names = tuple(dict.fromkeys(part.strip().lower() for part in text.split(",") if part.strip()))
    unknown = [name for name in names if name not in EVENT_TYPES]
    if unknown:
        raise ValueError(f"unknown event type {unknown[0]!r}: one of {', '.join(EVENT_TYPES)}")
    return names


# Types whose grammatical object is a partner, not a target: "X met Y" -> actors [X, Y].
SYMMETRIC_TYPES = frozenset({"meet", "call", "agreement", "trade"})

# --- Verb triggers -------------------------------------------------------------------------
# Lemmas that are an event of that type whatever their object.
VERB_TRIGGERS: dict[str, str] = {
    "meet": "meet",
    "visit": "visit",
    "phone": "call",
    "telephone": "call",
    "invade": "invasion",
    "attack": "attack",
    "bomb": "attack",
    "shell": "attack",
    "raid": "attack",
    "airstrike": "attack",
    "sanction": "sanction",
    "embargo": "sanction",
    "blacklist": "sanction",
    "protest": "protest",
    "rally": "protest",  # "Protesters rallied outside parliament"; markets and teams below
    "demonstrate": "protest",  # "Thousands demonstrated in Lunde"; not "demonstrated that/its"
    "arrest": "arrest",
    "detain": "arrest",
    "jail": "arrest",
    "imprison": "arrest",
    "threaten": "threat",
    "publish": "publish",
    "elect": "election",
    "reelect": "election",
    "re-elect": "election",
    "trade": "trade",
    "export": "trade",
    "import": "trade",
    "arm": "aid",
}

# Nouns of time: after "arrive in" or "speak to" they make no journey or call ("arrive in a month")
TIME_NOUNS = frozenset(UNITS) | {"fortnight", "time", "while"}

# Lemmas that are an event only with this preposition: "travel to", "speak with".
VERB_PREP_TRIGGERS: dict[tuple[str, str], str] = {
    ("travel", "to"): "visit",
    ("fly", "to"): "visit",
    ("arrive", "in"): "visit",
    ("speak", "to"): "call",
    ("speak", "with"): "call",
    ("talk", "to"): "call",
    ("talk", "with"): "call",
    ("fire", "on"): "attack",
    ("fire", "at"): "attack",
}

# 'Protesters gathered outside the embassy', 'Demonstrators marched on parliament': a gathering
# whose subject says it protests is a protest ('Families gathered for the holiday' is none).
GATHERING_VERBS = frozenset({"gather", "march", "assemble", "converge", "mass", "picket"})
PROTESTER_NOUNS = frozenset({"protester", "protestor", "demonstrator", "marcher", "picketer"})

# A labour strike is a protest (CAMEO 143, under PROTEST): "Teachers went on strike", "the
# dockers remain on strike". Only in this phrase: "a strike on a depot" is an attack.
STRIKE_NOUN = "strike"
# Who strike by the verb alone ('nurses would strike again'): working people and their unions.
STRIKER_NOUNS = frozenset({"worker", "employee", "staff", "nurse", "doctor", "teacher", "miner", "docker",
                           "dockworker", "driver", "pilot", "union", "member", "crew", "cleaner", "porter"})
# Compounds that make members no working people: 'gang members', 'militia members'.
NOT_WORKERS = frozenset({"gang", "militia", "cartel", "family", "club", "cult"})
# Adverbs of a blow: 'struck back', 'struck first', 'struck twice'.
BLOW_ADVERBS = frozenset({"back", "first", "twice", "hard"})
ON_STRIKE_VERBS = frozenset({"go", "be", "remain", "stay", "come"})

# "speak/talk with X" is a call only when the passage says so; otherwise a meeting.
TALK_VERBS = frozenset({"speak", "talk"})
# What one calls someone to do that only a call does: "called Amara to congratulate her".
PURPOSES_OF_A_CALL = frozenset({"congratulate", "discuss", "thank", "apologise", "apologize", "offer",
                                "express", "convey", "wish", "condole", "reassure"})
PHONE_CUES = frozenset({"call", "phone", "telephone", "video", "videoconference", "phoned"})

# Lemmas that are an event only with an object noun from the given set.
VERB_OBJECT_TRIGGERS: dict[str, tuple[str, frozenset[str]]] = {}

AID_GOODS = frozenset(
    {"aid", "assistance", "weapon", "arms", "ammunition", "munition", "missile", "tank",
     "artillery", "shell", "loan", "funding", "fund", "equipment", "supply", "jet"}
)
# Weapons named by what they are for: "air defence systems", "missile launchers", "tank
# shells" (the head noun alone, "systems", is nothing).
AID_GOODS_COMPOUNDS = frozenset({"defence", "defense", "missile", "rocket", "artillery", "tank",
                                 "weapon", "arms", "ammunition"})
AID_VERBS = frozenset({"provide", "send", "give", "supply", "deliver", "ship", "pledge",
                       "donate", "transfer"})
PUBLICATION_NOUNS = frozenset(
    {"plan", "report", "framework", "proposal", "document", "paper", "roadmap", "blueprint",
     "strategy", "guideline", "guidance", "data", "study", "manifesto", "position",
     "map", "research", "findings", "results", "analysis", "survey", "poll", "assessment", "forecast"}
)
PUBLISH_VERBS = frozenset({"unveil", "release", "issue", "present", "put"})
STATEMENT_NOUNS = frozenset({"statement", "communique", "communiqué", "declaration"})
STATEMENT_VERBS = frozenset({"issue", "release", "put", "publish", "adopt", "sign"})
TRADE_GOODS = frozenset({"oil", "gas", "grain", "wheat", "coal", "chip", "semiconductor",
                         "goods", "fuel", "fertilizer", "crude"})
TRADE_VERBS = frozenset({"buy", "purchase", "sell", "import", "export"})
# "destroy", "strike", "hit", "shoot down" are attacks only when force is involved.
FORCE_VERBS = frozenset({"destroy", "strike", "hit", "shoot", "down", "kill", "bombard",
                         "target", "shell", "intercept"})

for _verb in AID_VERBS:
    VERB_OBJECT_TRIGGERS[_verb] = ("aid", AID_GOODS)
for _verb in PUBLISH_VERBS:
    VERB_OBJECT_TRIGGERS[_verb] = ("publish", PUBLICATION_NOUNS)
for _verb in TRADE_VERBS:
    VERB_OBJECT_TRIGGERS.setdefault(_verb, ("trade", TRADE_GOODS))
# A ban on trade is an embargo (CAMEO 163): "Talvia banned exports of chips to Ostmark",
# "halted imports from Kessia"; "banned smoking" is no sanction.
TRADE_FLOW_NOUNS = frozenset({"export", "import", "sale", "shipment", "trade", "purchase"})
TRADE_BAN_VERBS = frozenset({"ban", "halt", "suspend", "block", "bar"})
for _verb in TRADE_BAN_VERBS:
    VERB_OBJECT_TRIGGERS.setdefault(_verb, ("sanction", TRADE_FLOW_NOUNS))
# What stops trade without imposing anything: "The strike has halted exports of coal", "floods
# suspended shipments" (an event or a mishap as the subject is a cause, not a sanctioner).
TRADE_BAN_CAUSES = frozenset({"strike", "war", "fighting", "flood", "storm", "fire", "drought",
                              "outbreak", "crisis", "shortage", "blockade", "protest", "attack"})

# Heads of an agent phrase that make a force verb an attack: "Russian forces destroyed".
MILITARY_NOUNS = frozenset(
    {"force", "troop", "army", "military", "soldier", "jet", "fighter", "pilot", "navy",
     "warship", "missile", "drone", "militant", "rebel", "airstrike", "artillery", "aircraft",
     "plane", "bomber", "helicopter", "tank", "gunman", "insurgent", "militia", "unit", "militiaman",
     "paramilitary", "commando", "marine", "guard", "sniper", "rocket"}
)
# Defences that fire: 'air defences', 'missile defense' (a court's 'defense' strikes no one).
ARMED_DEFENCE_MODIFIERS = frozenset({"air", "missile", "anti-aircraft", "antiaircraft", "anti-missile"})
# Who march in a parade or a ceremony, not a protest: 'Bands marched through Velm'.
PARADE_MARCHERS = frozenset({"band", "musician", "cadet", "scout", "majorette", "drummer"})
# What a march is part of when it is no protest: 'marched during the national day parade'.
PARADE_NOUNS = frozenset({"parade", "ceremony", "celebration", "procession", "festival", "carnival", "pageant"})

# --- Noun triggers -------------------------------------------------------------------------
# Lemmas (and a few two-word compounds, "press conference") that name an event; they count
# only with an argument (possessive, of/by/between/with/to/on/against) or a light verb.
NOUN_TRIGGERS: dict[str, str] = {
    "invasion": "invasion",
    "visit": "visit",
    "trip": "visit",
    "meeting": "meet",
    "summit": "meet",
    "talk": "meet",
    "call": "call",
    "phonecall": "call",
    "attack": "attack",
    "airstrike": "attack",
    "bombing": "attack",
    "sanction": "sanction",
    "embargo": "sanction",
    "agreement": "agreement",
    "deal": "agreement",
    "partnership": "agreement",
    "treaty": "agreement",
    "pact": "agreement",
    "accord": "agreement",
    "protest": "protest",
    "demonstration": "protest",
    "rally": "protest",  # documented as a trigger; "market rally" is blocked below
    "walkout": "protest",
    "march": "protest",  # the noun written in lower case: "March 29" is the month
    "strike": "protest",  # a labour strike only: it needs a modifier that says so (below)
    "election": "election",
    "runoff": "election",
    "run-off": "election",
    "referendum": "election",
    "race": "election",  # an electoral race only, told by its modifier or office (below)
    "arrest": "arrest",
    "detention": "arrest",
    "aid": "aid",
    "assistance": "aid",
    "threat": "threat",
    "conference": "press_conference",
    "briefing": "press_conference",
    "statement": "statement",
    "communique": "statement",
}
# Nouns that are events only with this compound or modifier before them.
NOUN_NEEDS_MODIFIER: dict[str, frozenset[str]] = {
    "conference": frozenset({"press", "news"}),
    "talk": frozenset(),  # "talks" needs arguments like any other; "peace talks" alone is none
    "statement": frozenset({"joint"}),
    "communique": frozenset({"joint"}),
    "threat": frozenset(),
    # 'a general strike', 'the nurses' strike', 'a 24-hour strike': a labour strike; a bare
    # 'strike' may be an attack ('the strike killed 12', 'a strike on a depot')
    # 'the mayoral race', 'the race for mayor' (see OFFICES_RUN_FOR); not 'the arms race'
    "race": frozenset({"mayoral", "presidential", "gubernatorial", "senate", "congressional",
                       "parliamentary", "leadership", "primary", "council", "senatorial"}),
    # (who strikes, in the singular or as a plural compound: 'a nurses strike', 'the teachers' strike')
    "strike": frozenset(
        {"general", "hunger", "labour", "labor", "wildcat", "sympathy", "national", "nationwide",
         "rail", "port", "dock", "transport",
         "hour", "day", "week", "indefinite"}  # ('a 48-hour strike': the parser's compound "hour")
    ) | STRIKER_NOUNS | {f"{noun}s" for noun in STRIKER_NOUNS},
}
# Nominal triggers that count only in the plural ("talks", not "talk") or only as given.
PLURAL_ONLY_NOUNS = frozenset({"talk"})
# "a great deal of", "a call for": a modifier or a preposition that undoes the trigger.
NOUN_BLOCKING_MODIFIERS: dict[str, frozenset[str]] = {
    "deal": frozenset({"great", "good", "big"}),
    "call": frozenset({"roll", "wake", "close", "judgment", "judgement", "curtain"}),
    # a campaign's own rally is electioneering, not a protest
    "rally": frozenset({"market", "stock", "price", "relief", "campaign", "election", "victory",
                        "pep", "fundraising"}),
}
# The verb "rally" is no protest when prices or a team rally ("Stocks rallied", "the side
# rallied from two goals down"), or when people rally behind someone or rally support.
RALLY_NON_SUBJECTS = NOUN_BLOCKING_MODIFIERS["rally"] | frozenset(
    {"share", "index", "dollar", "euro", "pound", "yen", "currency", "bond", "yield", "oil",
     "gold", "team", "side", "player", "squad", "club"}
)
RALLY_NON_PREPS = frozenset({"behind", "around", "round", "to", "from"})
NOUN_BLOCKING_MODIFIERS["attack"] = frozenset({"heart", "panic", "asthma"})
NOUN_BLOCKING_PREPS: dict[str, frozenset[str]] = {
    "call": frozenset({"for", "on"}),
    "march": frozenset({"of", "into"}),  # 'the march of technology'; 'the army's march into Velm'
}

# Verbs of response whose "with" carries the event the responder does: "Ostmark would respond
# with an embargo", "Kessia retaliated with sanctions".
RESPONSE_VERBS = frozenset({"respond", "retaliate", "react", "reply", "answer", "hit back"})

# Verbs that carry a nominal event: "held talks", "made a phone call", "announced a deal".
LIGHT_VERBS = frozenset(
    {"hold", "have", "make", "host", "attend", "launch", "carry", "conduct", "stage", "sign",
     "reach", "strike", "announce", "conclude", "seal", "ink", "impose", "slap", "levy",
     "provide", "give", "send", "supply", "deliver", "pledge", "win", "pay", "begin", "start",
     "mount", "organize", "organise", "call", "issue", "release", "receive", "order", "extend",
     "plan", "schedule", "arrange", "agree", "finalize", "finalise", "forge", "unveil", "lead",
     "convene", "resume", "restart", "reopen", "continue"}
)
# Parts of an agreement as a text in force: "Article 4 of the treaty" (a "breach of the 2019
# deal" still tells of a deal made in 2019).
PARTS_OF_A_TEXT = frozenset({"article", "clause", "section", "chapter", "provision", "text", "annex"})
# Offices a race is run for: "the race for mayor" is an election.
OFFICES_RUN_FOR = frozenset({"mayor", "president", "presidency", "governor", "seat", "leader",
                             "leadership", "senate", "senator", "chancellor", "premier", "nomination"})
# Nouns that count events, standing for them in the clause: "held a second round of talks".
EVENT_MEASURE_NOUNS = frozenset({"round", "series", "wave", "spate", "string", "flurry", "day", "week"})

# Verbs saying that a noun event took place, with the event as their subject: "The meeting
# took place on Monday", "Talks broke down in April", "The summit opens on June 3". Each is
# (lemma, particle or object that must go with it, or "").
# Events held rather than done: one needs no actor when a place or date places it.
ACTORLESS_TYPES = frozenset({"election"})

OCCURRENCE_VERBS = frozenset(
    {("take", "place"), ("break", "down"), ("go", "ahead"), ("happen", ""), ("occur", ""),
     ("collapse", ""), ("stall", ""), ("begin", ""), ("start", ""), ("open", ""), ("end", ""),
     ("conclude", ""), ("resume", ""), ("close", ""), ("proceed", ""), ("convene", "")}
)

# Parts of an event that stand for it as a subject: "The next round of talks will take place".
EVENT_PART_NOUNS = frozenset({"round", "session", "series"})

# Speaking to a gathering is holding or attending it: "Selin told a press conference",
# "Kolt addressed the summit" (the speaker is its actor).
ADDRESSING_VERBS = frozenset({"tell", "address", "brief"})
GATHERING_TYPES = frozenset({"press_conference", "meet"})

# --- Status cues ---------------------------------------------------------------------------
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should", "can", "'d"})
NEGATION_WORDS = frozenset({"not", "n't", "never", "no"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
# The marks of a condition a plan hangs on ('will sanction them if they block the strait'); a
# 'whether' clause concedes ('whether or not Korlan agrees'): the plan holds either way.
CONDITION_MARKS = CONDITIONAL_MARKS - {"whether"}
# Governing verbs (and nouns) that make what they govern planned, hypothetical or denied.
PLAN_VERBS = frozenset(
    {"plan", "schedule", "intend", "expect", "prepare", "set", "due", "agree", "arrange",
     "go", "aim", "slate", "poise", "vow", "pledge", "promise", "upcoming", "planned",
     "scheduled", "expected", "proposed", "forthcoming", "next"}
)
HYPOTHETICAL_VERBS = frozenset(
    {"consider", "mull", "weigh", "propose", "suggest", "seek", "want", "hope", "wish",
     "urge", "encourage", "offer", "invite", "ask", "call", "demand", "push", "explore",
     "threaten",
     "possible", "potential", "rumor", "rumour", "speculation", "report",
     "ready", "willing"}
)
# Past reporting verbs whose "would" is a backshifted "will": "she said X would publish".
REPORTING_VERBS = frozenset({"say", "tell", "announce", "confirm", "state", "add", "report",
                             "disclose", "reveal", "inform"})
# "not arrested for political reasons": a reason whose negation denies the motive only.
MOTIVE_NOUNS = frozenset({"reason", "motive", "ground"})
DENY_VERBS = frozenset({"deny", "dismiss", "refute", "reject", "rebuff"})
# Governing verbs that say the event did not (or will not) take place.
NEGATING_VERBS = frozenset({"refuse", "decline", "fail", "cancel", "call off", "postpone",
                            "scrap", "avoid", "refrain"})
# Nominal events governed by these are planned ("plans a visit") or hypothetical.
NOMINAL_PLAN_GOVERNORS = frozenset({"plan", "schedule", "arrange", "prepare", "set", "propose"})
# Temporal heads: the time of "ahead of X in February" belongs to X too.
TEMPORAL_HEADS = frozenset({"ahead", "before", "after", "prior", "since", "during", "until"})

# --- Actors --------------------------------------------------------------------------------
# Words that point back to two people or parties mentioned together.
# What makes "two leaders" the two already named: "the two leaders", "their two countries".
DEFINITE_DETERMINERS = frozenset({"the", "these", "those", "their", "our"})
PAIR_NOUNS = frozenset({"leader", "side", "president", "country", "nation", "man", "minister",
                        "counterpart", "head", "government", "party", "them", "pair"})
PERSONAL_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs"})
THING_PRONOUNS = frozenset({"it", "its"})
# Institutions that act for their state: "the government of Orvan" -> Orvan.
STATE_INSTITUTIONS = frozenset({"government", "administration", "regime", "cabinet", "parliament",
                                "army", "military", "navy"})
# Roles whose holder's 'we' is their state: '"We will sanction their banks," the foreign minister said'.
STATE_ROLE_WORDS = frozenset({"minister", "president", "premier", "chancellor", "spokesman", "spokeswoman",
                              "spokesperson", "ambassador", "envoy", "secretary", "king", "queen", "emir",
                              "sultan", "official", "diplomat", "general", "commander"})
# Acts that withhold something from whom 'to' names: 'threatened to cut gas supplies to Varn'.
WITHHOLDING_VERBS = frozenset({"cut", "halt", "stop", "suspend", "block", "restrict", "limit", "reduce", "end",
                               "close", "shut", "deny", "withdraw", "freeze"})
# People who speak for a state, so that 'their' in what they report is that state's: 'Officials
# in Gellis said their government would send 20 tanks' (not 'Activists in Velm … their leaders').
STATE_VOICES = frozenset({"official", "authority", "minister", "diplomat", "envoy", "negotiator", "spokesman",
                          "spokeswoman", "spokesperson", "source", "government"})
# First-person subjects of a quoted clause: its speaker (``NameReader._speaker_of_its_quote``).
SPEAKER_PRONOUNS = frozenset({"i", "we"})
DROPPED_PRONOUNS = frozenset({"i", "me", "my", "we", "us", "our", "you", "your", "who",
                              "which", "that", "this", "these", "those", "one"})
# Place prepositions read off the trigger, its nominal or its object.
PLACE_PREPS = frozenset({"in", "at", "over", "near", "inside", "outside", "off", "across"})
# Where a going goes is a place too ('marched through the capital'); 'talks through Qatar' are
# not held in Qatar (it passes them on).
MOTION_VERBS = frozenset({"march", "walk", "drive", "travel", "pass", "parade", "move", "sail", "fly", "roll"})
MOTION_PLACE_PREPS = frozenset({"through", "along"})
PLACE_ENTITY_TYPES = frozenset({"GPE", "LOC", "FAC"})
# Prepositions after which a lone name is a place ("met in Teluk", "flew to Drev", "attacked a
# post near Kel"), and the recogniser's types that are never one ("in March", "in English").
PLACE_NAME_PREPS = frozenset({"in", "to", "near"})
NOT_PLACE_ENTS = frozenset({"DATE", "TIME", "NORP", "LANGUAGE", "EVENT", "WORK_OF_ART", "LAW",
                            "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "PRODUCT"})
# Nouns for a place whose name may follow in apposition: "in the Ardenian capital, Sarvo,".
PLACE_NOUNS = frozenset({"capital", "city", "town", "village", "region", "province", "port",
                         "district", "county", "island", "enclave", "territory", "suburb",
                         "neighbourhood", "neighborhood"})
ACTOR_ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})

# Demonyms and short forms -> country names, for "Russian forces" -> Russia.
DEMONYMS: dict[str, str] = {
    "american": "United States", "u.s.": "United States", "us": "United States",
    "america": "United States", "united states": "United States", "usa": "United States",
    "russian": "Russia", "chinese": "China", "ukrainian": "Ukraine", "british": "United Kingdom",
    "uk": "United Kingdom", "u.k.": "United Kingdom", "britain": "United Kingdom",
    "french": "France", "german": "Germany", "italian": "Italy", "spanish": "Spain",
    "japanese": "Japan", "korean": "South Korea", "south korean": "South Korea",
    "north korean": "North Korea", "indian": "India", "pakistani": "Pakistan",
    "iranian": "Iran", "iraqi": "Iraq", "syrian": "Syria", "israeli": "Israel",
    "palestinian": "Palestine", "turkish": "Turkey", "saudi": "Saudi Arabia",
    "egyptian": "Egypt", "canadian": "Canada", "mexican": "Mexico", "brazilian": "Brazil",
    "australian": "Australia", "polish": "Poland", "belarusian": "Belarus",
    "taiwanese": "Taiwan", "vietnamese": "Vietnam", "afghan": "Afghanistan",
    "lebanese": "Lebanon", "jordanian": "Jordan", "qatari": "Qatar", "emirati":
    "United Arab Emirates", "yemeni": "Yemen", "libyan": "Libya", "sudanese": "Sudan",
    "ethiopian": "Ethiopia", "nigerian": "Nigeria", "kenyan": "Kenya",
    "south african": "South Africa", "venezuelan": "Venezuela", "cuban": "Cuba",
    "colombian": "Colombia", "argentine": "Argentina", "argentinian": "Argentina",
    "chilean": "Chile", "dutch": "Netherlands", "belgian": "Belgium", "swedish": "Sweden",
    "finnish": "Finland", "norwegian": "Norway", "danish": "Denmark", "swiss": "Switzerland",
    "austrian": "Austria", "hungarian": "Hungary", "czech": "Czech Republic",
    "romanian": "Romania", "greek": "Greece", "serbian": "Serbia", "georgian": "Georgia",
    "armenian": "Armenia", "azerbaijani": "Azerbaijan", "kazakh": "Kazakhstan",
    "indonesian": "Indonesia", "filipino": "Philippines", "philippine": "Philippines",
    "thai": "Thailand", "malaysian": "Malaysia", "irish": "Ireland", "portuguese": "Portugal",
    "moldovan": "Moldova", "lithuanian": "Lithuania", "latvian": "Latvia",
    "estonian": "Estonia", "slovak": "Slovakia", "bulgarian": "Bulgaria",
    "croatian": "Croatia", "kosovar": "Kosovo", "albanian": "Albania", "bangladeshi": "Bangladesh",
    "sri lankan": "Sri Lanka", "nepali": "Nepal", "burmese": "Myanmar", "mongolian": "Mongolia",
    "new zealand": "New Zealand", "algerian": "Algeria", "moroccan": "Morocco",
    "tunisian": "Tunisia", "somali": "Somalia", "congolese": "Congo", "malian": "Mali",
    "rwandan": "Rwanda", "ugandan": "Uganda", "ghanaian": "Ghana", "peruvian": "Peru",
}
# Institutions that stand for their country when they act: "the Kremlin said" -> Russia.
METONYMS: dict[str, str] = {
    "kremlin": "Russia", "white house": "United States", "pentagon": "United States",
    "state department": "United States", "downing street": "United Kingdom",
    "elysee": "France", "élysée": "France", "zhongnanhai": "China",
}
# Words trimmed from the ends of a noun-phrase fallback.
NP_TRIM_DEPS = frozenset({"det", "punct", "relcl", "acl", "appos", "cc", "advmod", "case",
                          "prep", "predet"})

# Types whose grammatical object is the one acted upon: "Russia invaded Ukraine".
TARGETED_TYPES = frozenset({"attack", "invasion", "sanction", "arrest", "threat", "aid",
                            "protest", "election"})
# Types whose object is always people, named or not: "detained the journalists"; a person's
# possessive is that object too: "her arrest" (the police's arrest of a man keeps the doer).
PERSON_TARGETED_TYPES = frozenset({"arrest"})
# Objects that make "meet" mean "satisfy", not a meeting: "met the deadline".
MEET_NON_OBJECTS = frozenset(
    {"expectation", "demand", "need", "target", "goal", "deadline", "criterion", "criteria",
     "requirement", "standard", "threshold", "obligation", "condition", "end", "fate",
     "challenge", "payroll", "quota", "cost", "definition", "approval", "resistance",
     "opposition", "eye", "gaze", "death"}
)
# Modifiers of an event noun that tell its status: "the planned visit", "a possible meeting".
PLANNED_MODIFIERS = frozenset({"planned", "upcoming", "scheduled", "expected", "forthcoming",
                               "next", "proposed", "impending", "coming", "future"})
HYPOTHETICAL_MODIFIERS = frozenset({"possible", "potential", "hypothetical", "rumored",
                                    "rumoured", "mooted", "prospective"})

# What the object of a preposition on an event noun is: "invasion of Ukraine" -> target,
# "visit of Putin" -> actor, "meeting between X and Y" -> actors, "trip to Moscow" -> place.
# Keys are (event type, preposition); "*" stands for any type.
NOUN_PREP_ROLES: dict[tuple[str, str], str] = {
    ("*", "by"): "actor",
    ("*", "between"): "actor",
    ("*", "among"): "actor",
    ("*", "with"): "partner",
    ("*", "against"): "target",
    ("*", "on"): "target",
    ("*", "in"): "place",
    ("*", "at"): "place",
    ("*", "over"): "place",
    ("invasion", "of"): "target",
    ("attack", "of"): "target",
    ("arrest", "of"): "target",
    ("election", "of"): "target",
    ("visit", "of"): "actor",
    ("meet", "of"): "actor",
    ("protest", "of"): "actor",
    ("visit", "to"): "place",
    ("aid", "to"): "target",
    ("aid", "for"): "target",
    ("aid", "from"): "actor",
    ("call", "to"): "partner",
    ("call", "from"): "partner",
    ("threat", "to"): "target",
    ("threat", "from"): "actor",
    ("statement", "from"): "actor",
    ("visit", "from"): "actor",
    ("invasion", "into"): "target",
    ("invasion", "in"): "target",
    ("sanction", "on"): "target",
}
# A place name before an event noun: where ("Benghazi attack") or whom ("Ukraine invasion").
PLACE_MODIFIED_TYPES = frozenset({"attack", "protest", "election", "summit", "meet"})
TARGET_MODIFIED_TYPES = frozenset({"invasion"})
# Prepositions that bring a partner to a verb of a symmetric type: "met with", "spoke to".
PARTNER_PREPS = frozenset({"with", "to", "between", "from"})
# Prepositions that attach a nominal event to the clause whose subject performs it:
# "said at a press conference", "told X during a visit to Y", "said in a call with Z".
ADJUNCT_PREPS = frozenset({"at", "during", "in", "on", "after", "before"})
# Verbs whose subject suffers a targeted event rather than doing it: 'received death threats'.
RECEIVING_VERBS = frozenset({"receive", "get", "face", "suffer", "endure", "survive"})
# Journeys whose "for" names their purpose: "arrived in Riga for talks with X" (X and the
# traveller meet); "pushed for talks" is no journey and no meeting.
TRAVEL_VERBS = frozenset({"arrive", "travel", "fly", "come", "go", "head", "return", "land",
                          "visit", "journey"})
ADJUNCT_NOMINAL_TYPES = frozenset({"press_conference", "visit", "meet", "call"})
