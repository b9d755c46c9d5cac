"""Word lists of the quote extractor: data, not code.

The speech lexicon is broad on purpose (reporting verbs of news English, after the verb classes
used by attribution corpora such as PARC and PolNeAR): a short list misses "grumbled" and
"quipped". Belief verbs are kept apart: they attribute too, but only with a clausal complement.
"""

from __future__ import annotations

SPEECH_VERBS = frozenset(
    """
    say tell add argue warn tweet write grumble sigh announce state claim insist explain note
    stress emphasize emphasise acknowledge admit assert contend declare maintain remark report
    reply respond retort suggest urge vow pledge promise predict caution complain concede
    confirm deny disclose reveal recall recount observe mention comment conclude counter testify
    quip joke muse shout yell scream whisper murmur mutter lament boast brag tout threaten ask demur
    wonder demand propose recommend advise assure allege charge accuse blast slam criticize
    criticise praise hail dismiss reject affirm reiterate repeat clarify elaborate estimate
    forecast proclaim indicate signal hint imply acknowledge concur agree disagree object
    protest plead beg implore request instruct order inform notify brief post text email message
    chant sing cry exclaim gush rave rant snap snarl growl bark bellow thunder fume complain
    grouse gripe whine moan bemoan decry deplore condemn denounce applaud welcome laud commend
    thank apologize apologise acknowledge caution counsel remind reassure concede grant allow
    explain outline detail describe characterize characterise label riff jeer taunt heckle scoff
    sneer holler roar chide scold rebuke admonish chastise berate surmise speculate opine theorize
    theorise posit express credit reference command assail snipe intimate confide ponder exhort
    """.split()
)

# Verbs that attribute only right next to a quotation: '“…,” he continued', 'Hannity pressed.',
# 'She went on: “…”', 'As Milbank puts it, “…”' (with "it"), 'As she related, “…”'. Elsewhere they
# mean other things ('related to the budget').
QUOTE_ADJACENT_VERBS = frozenset(
    {
        "continue", "press", "answer", "interject", "go", "put", "chime", "offer", "start", "begin", "react", "read",
        "remember", "reminisce", "beam", "smile", "laugh", "grin", "shrug", "nod", "sob", "gasp",
        "chuckle", "marvel", "mock", "crack", "retaliate", "question", "relate",
    }
)
# ... and the word some of them need after them: 'went on', 'put it'.
QUOTE_ADJACENT_NEEDS = {"go": "on", "put": "it"}

# Nouns for what a crowd shouts: 'chants of “USA!”', 'cries of “Shame!”'.
CHANT_NOUNS = frozenset({"chant", "cry", "shout", "scream", "yell", "roar", "cheer", "jeer", "call", "refrain"})

# Closing quotation marks as tokens and text: curly, straight, doubled apostrophes, guillemet.
CLOSING_QUOTES = ("”", '"', "''", "»")

# 'in an interview with CNN' after a report's quoted words: how it was said, not what.
SAYING_CIRCUMSTANCE_NOUNS = frozenset(
    """
    interview statement speech twitter tweet debate show program programme broadcast podcast
    post op-ed column letter email video rally conference briefing hearing appearance
    """.split()
)

# Communication verbs whose object is what was said: 'announced a ban on imports', 'urged
# Congress to act', 'rejected the plan as unworkable' (PolNeAR-style attributions).
OBJECT_REPORT_VERBS = frozenset(
    """
    announce propose endorse praise criticize criticise reject describe stress report deny
    confirm promise pledge urge warn demand defend dismiss blame accuse condemn denounce
    applaud outline detail disclose acknowledge admit concede suggest recommend request vow
    cite mention tout
    """.split()
)

# Nouns of saying that attribute their that-clause: "her claim that …", "the accusation that …".
NOMINAL_CUES = frozenset(
    """
    claim assertion accusation allegation argument statement remark comment warning promise
    pledge suggestion insistence admission denial charge contention prediction assurance
    announcement declaration complaint threat vow boast belief view concern fear hope
    """.split()
)
# "X made the claim that …": the subject of these verbs owns the noun's saying.
NOMINAL_SUPPORT_VERBS = frozenset(
    {"make", "issue", "repeat", "reiterate", "renew", "level", "voice", "express", "press"}
)
# Nouns of arguing that report their that-clause only when someone owns them, making or
# pressing them or by a possessive: 'made the case that …', 'made the point that …', 'his case
# that …' ('in case that …', 'at the point that …' report nothing).
ARGUED_NOUNS = frozenset({"case", "point"})

# Phrasal verbs of saying: the verb attributes only with its particle ('points out', 'weighed in').
PHRASAL_CUES = {"point": "out", "spell": "out", "weigh": "in", "lash": "out", "hit": "back", "cut": "in",
                "sound": "off", "pipe": "up", "speak": "out", "fire": "back", "shoot": "back", "play": "down"}

# Verbs that only attribute when they govern a clause: "he believes that ...". An agency's
# forecast is its claim: "the budget office projects that the levy will cost ..." ('project' with
# an object alone, "projected a film", reports nothing).
BELIEF_VERBS = frozenset(
    """
    believe think feel hope expect fear worry doubt know reckon suspect consider figure guess
    anticipate foresee
    show find project rule
    assume presume suppose imagine understand realize realise recognize recognise
    """.split()
)

# Nominal cues: "according to X", "in a statement", "X's claim that ...".
ACCORDING_TO = ("according", "to")

# "at a press conference": where it was said.
VENUE_NOUNS = frozenset(
    """
    conference briefing rally summit hearing meeting event forum session gathering ceremony
    speech address debate interview roundtable town-hall hall convention assembly parliament
    congress senate committee
    festival launch lecture seminar symposium workshop webinar vigil funeral memorial
    commencement reception dinner luncheon breakfast fundraiser stop protest demonstration
    """.split()
)

# "in a statement", "on Twitter": how it was said.
MEDIUM_NOUNS = frozenset(
    """
    statement tweet post letter interview email e-mail memo op-ed column essay podcast broadcast
    video message text release readout announcement communique communiqué blog television radio
    twitter facebook x instagram telegram truth social tiktok youtube linkedin newspaper filing
    affidavit transcript editorial report paper study note ad
    """.split()
)

# "a spokesperson for X": the speaker is X when no name is given.
SPOKES_NOUNS = frozenset(
    """
    spokesperson spokesman spokeswoman representative official officials aide aides source
    sources press secretary secretary envoy ambassador
    """.split()
)

PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
PERSON_PRONOUNS = frozenset({"he", "she", "i", "you"})
GROUP_PRONOUNS = frozenset({"they", "it", "we"})
# A possessive speaker ('in her words', 'his claim that') stands for its subject pronoun.
POSSESSIVES = {"his": "he", "her": "she", "my": "i", "their": "they", "its": "it", "our": "we"}

# Adverbial clauses opened by these marks comment on the report; they are not its content.
COMMENT_MARKS = frozenset({"as", "while", "whereas", "whilst"})
# Prepositions whose phrase at the end of a report is the writer's framing: "amid tensions".
COMMENT_PREPS = frozenset({"amid", "amidst"})
# After a comma, these open a comment on the whole clause: ", something that ...", ", which ...".
COMMENT_AFTER_COMMA = frozenset({"something", "which", "a", "an"})

# Verbs whose object feels what the subject causes: 'The timing doesn’t surprise Daron Shaw:'.
EXPERIENCER_OBJECT_VERBS = frozenset(
    """
    surprise worry concern trouble bother alarm puzzle frustrate anger impress encourage strike
    please disappoint shock amaze amuse annoy irritate frighten scare baffle delight
    """.split()
)

# Entity labels that can speak: a person, an organisation, a people, a country.
SPEAKER_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})

# Opening and closing double quotation marks.
OPEN_MARKS = "“„«"
CLOSE_MARKS = "”»"
STRAIGHT_MARK = '"'

# A quoted span this short, inside a sentence and not a clause of its own, is a fragment
# ("a “peace plan”", "a “no limits” partnership") unless a report governs it.
FRAGMENT_MAX_WORDS = 5

# Verbs that present what they name as something ('heralded the deal as a “breakthrough”',
# 'offered himself as a “law and order” candidate'): the quoted words after 'as' are the subject's.
PRESENTING_VERBS = frozenset(
    """
    herald defend offer present position posture declare list see view regard treat depict style
    bill pitch sell market envision denounce condemn criticize criticise recast reframe welcome
    celebrate hail describe characterize characterise portray cast paint label brand dismiss deride
    tout praise blast slam decry mock introduce
    """.split()
)
# Verbs that quote a few words as a label or a promise: "called Trump “unhinged.”",
# "described the field as “all very good”", "pledged to oppose it “today, tomorrow, forever.”"
LABELLING_VERBS = frozenset(
    """
    call describe label dub brand term find deem consider characterize characterise pledge vow
    promise praise blast slam decry deride mock dismiss hail label nickname refer blame accuse
    portray identify rail tout echo use quote cite applaud urge explain note comment insist
    question chide rate speculate oppose support endorse champion attack challenge ridicule
    fault knock rip lambast scold berate taunt cast paint liken compare equate frame talk speak
    """.split()
)

# Nouns that hold a name after 'with' or 'under': 'an email with the name “Richard Windsor”'.
NAME_NOUNS = frozenset({"name", "title", "nickname", "alias", "pseudonym", "username", "handle", "codename"})
# Quoted words right after these name or label a thing ("a “peace plan”"): not a quotation.
TITLE_DETERMINERS = frozenset(
    {"a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those", "so-called"}
)

# Words left lower case inside a title: "Law and Order", "Primates of Park Avenue".
TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "and", "or", "of", "in", "on", "to", "for", "at", "by", "with", "vs", "&", "+"}
)

# Verbs whose bare object is always the hearer, never the words: 'warned the crowd' ('warned
# of floods' says what), 'reminded residents' ('urged restraint', 'promised refunds' say what).
HEARER_ONLY_VERBS = frozenset({"warn", "remind", "inform", "notify", "assure", "reassure", "brief"})
# Verbs whose first object is who heard the words, a programme too ('told “Fox and Friends”').
HEARER_VERBS = frozenset({"tell", "inform", "assure", "brief", "notify", "reassure"})
# Verbs whose object is who heard the words: 'told Izvestia', 'assured reporters'.
ADDRESSEE_VERBS = frozenset(
    {
        "tell",
        "inform",
        "assure",
        "brief",
        "warn",
        "remind",
        "urge",
        "advise",
        "notify",
        "reassure",
        "ask",
        "promise",
        "email",
        "text",
        "message",
    }
)

# Verbs whose object is who the words are about: 'accused Moscow of lying', 'charged him with
# fraud'. In the passive their subject is that target, never the speaker: in 'The party was
# accused of misleading voters' the accusers go unnamed.
TARGET_VERBS = frozenset(
    """
    accuse charge blame criticize criticise condemn denounce slam blast fault chide scold rebuke
    admonish chastise berate
    """.split()
)
