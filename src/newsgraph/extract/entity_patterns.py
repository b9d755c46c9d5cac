"""Word lists for the entities extractor: data, not logic.

Everything here is compared case-folded unless a name says otherwise. Lists are sets or dicts
so that lookups stay O(1) per token.
"""

from __future__ import annotations

import re


def _words(text: str) -> list[str]:
    """Whitespace-separated words: long word lists stay readable as blocks of text."""
    return text.split()


# spaCy labels worth keeping as entities; DATE, TIME, CARDINAL and friends belong to times.
KEPT_TYPES = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "FAC", "WORK_OF_ART", "LAW", "PRODUCT"}
)

# Article regions that are page furniture ("Related Topics", "twitter"): no entities there.
FURNITURE_REGIONS = ("boilerplate", "navigation", "share", "footer")

# Types whose mention keeps a preceding "the" ("the Kremlin", "the White House").
DETERMINED_TYPES = frozenset({"ORG", "GPE", "LOC", "FAC", "EVENT", "LAW", "WORK_OF_ART"})

POSSESSIVE_SUFFIXES = ("’s", "'s", "’", "'")

# Courtesy titles that stay inside a person mention ("Mr. Putin" is a mention of Putin).
# Clergy forms of address count too ('the Rev. Peter Hallam', 'Father Tomás Quiroga'): like
# 'Mr.', they are no part of the name.
HONORIFICS = frozenset(
    {"mr.", "mrs.", "ms.", "mr", "mrs", "ms", "miss", "mx.", "dr.", "dr", "prof.", "sir", "dame",
     "rev.", "rev", "revd", "revd.", "reverend", "fr.", "father", "msgr."}
)


# A title as written before a name, and the word a later description uses for it: 'Gen. Robert
# Tallis … the general said', 'Sen. Ana Ruiz … the senator added'.
TITLE_ABBREVIATIONS = {
    "gen.": "general", "lt.": "lieutenant", "col.": "colonel", "maj.": "major", "capt.": "captain",
    "sgt.": "sergeant", "cpl.": "corporal", "pvt.": "private", "brig.": "brigadier", "adm.": "admiral",
    "cmdr.": "commander", "sen.": "senator",
    "rep.": "representative", "gov.": "governor",
    "supt.": "superintendent", "det.": "detective", "insp.": "inspector", "prof.": "professor",
    "amb.": "ambassador", "atty.": "attorney", "sec.": "secretary", "pres.": "president",
}


# Name suffixes that are not surnames ("Martin Luther King Jr.").
NAME_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})

# Nouns that head a title or function ("Defense Secretary", "Kremlin spokesman").
# A premodifier role must end in one of these.
TITLE_WORDS = frozenset(
    _words(
        """
        president vice-president premier minister secretary spokesman spokeswoman spokesperson
        leader chancellor king queen prince princess emperor sultan emir sheikh pope governor
        senator representative congressman congresswoman congressmember lawmaker legislator
        assemblyman assemblywoman assemblymember
        mayor ambassador envoy diplomat general admiral colonel commander chief
        director chairman chairwoman chair ceo cfo coo founder head official officer adviser
        advisor aide reporter correspondent editor journalist columnist photographer writer
        analyst economist judge justice attorney prosecutor lawyer counsel candidate nominee
        speaker deputy secretary-general commissioner inspector superintendent sheriff police
        captain lieutenant sergeant marshal negotiator strategist pollster professor researcher
        scientist expert manager executive owner chairperson president-elect ruler dictator
        monarch mp mep councilman councilwoman councillor councilor councilmember alderman
        alderwoman treasurer comptroller controller auditor trustee delegate clerk host anchor
        moderator presenter commentator pundit author novelist poet artist singer actor actress
        comedian filmmaker producer activist organizer coach investor businessman businesswoman
        entrepreneur billionaire lt col capt maj sgt cpl pvt brig
        chef shopkeeper farmer teacher headteacher nurse doctor pensioner landlord landlady
        builder plumber electrician mechanic engineer architect accountant paramedic firefighter
        surgeon midwife carer soldier footballer cricketer golfer boxer cyclist jockey forecaster meteorologist
        campaigner volunteer homeowner grandmother grandfather mum dad vicar priest rabbi imam
        pastor bishop archbishop cardinal chaplain constable musician rapper guitarist drummer star
        striker midfielder defender goalkeeper goalie winger forward quarterback pitcher skipper boss librarian
        passenger traveller traveler commuter motorist tourist shopper resident agent trainer
        referee umpire warden coroner magistrate provost
        """
    )
) | (TITLE_ABBREVIATIONS.keys() - HONORIFICS)  # (the abbreviations; a form of address is no title)
# (Occupations that are also common surnames, 'Baker', 'Cooper', 'Driver', 'Hunter', stay out:
# 'Adam Driver' is no driver.)

# Roles in TITLE_WORDS that a company or body may hold as well as a person ('its adviser,
# Lazard', 'the owner, Halden Group', 'the show's producer, Northlight Films'): a name set
# beside one of these may be an organisation.
ROLES_A_COMPANY_MAY_HOLD = frozenset(
    _words(
        """
        owner investor host producer manager leader head adviser advisor counsel auditor controller
        comptroller trustee builder architect accountant engineer founder police delegate expert
        researcher author chair chairperson executive officer official candidate nominee
        """
    )
)


def is_title_or_honorific(word: str) -> bool:
    """A word written before a name that is no part of it: 'Coach', 'Mrs', 'Gen.', 'Sen' (its
    abbreviation without the point), so never a given name."""
    low = word.casefold()
    return low in TITLE_WORDS or low in HONORIFICS or low in TITLE_ABBREVIATIONS or f"{low}." in TITLE_ABBREVIATIONS


def only_a_person_holds(role: str) -> bool:
    """A role word only a person holds ('lawyer', 'chairman'), so a name set beside it is a person."""
    low = role.lower()
    return low in TITLE_WORDS and low not in ROLES_A_COMPANY_MAY_HOLD

# Lowercase words that may sit inside a role before its head ("former deputy prime minister").
ROLE_MODIFIERS = frozenset(
    _words(
        """
        former deputy acting senior chief top vice assistant interim outgoing incoming then
        prime foreign defense defence press national security state general first lady principal
        lead special associate managing executive political military white house interior
        finance trade justice health economy energy intelligence staff news
        financial operating technology information marketing legal medical scientific investment
        commercial economic policy fire regional police
        """
    )
)

# Connectors allowed inside a premodifier role ("Minister of Foreign Affairs", "Russia's").
ROLE_CONNECTORS = frozenset({"of", "for", "’s", "'s", "-", "&"})

# Tokens that end a person span in scraped pages ("Tom Ozimek Updated").
BYLINE_JUNK = frozenset(
    _words(
        """
        updated published posted by reporter staff writer contributor correspondent share
        comments print email follow and
        """
    )
)

# Whole phrases scraped from page furniture; never entities.
BOILERPLATE_PHRASES = frozenset(
    {
        "related topics", "read more", "sign up", "most popular", "advertisement",
        "subscribe", "newsletter", "share this article", "comments", "trending",
        "copyright", "all rights reserved", "updated", "published",
    }
)

# Page-furniture words that are junk only when they fill a whole line ("twitter").
LINE_ONLY_JUNK = frozenset(
    {"twitter", "facebook", "linkedin", "email", "print", "share", "whatsapp", "telegram",
     "reddit", "instagram", "youtube", "reporter", "editor"}
)

# Single words the model tags as ORG inside titles ("U.S. Defense Secretary"): never an
# entity on their own.
GENERIC_ENTITY_WORDS = frozenset(
    _words(
        """
        defense defence foreign interior justice finance treasury state ministry department
        government council committee office agency national security federal
        """
    )
)

# Time zones the model tags as organisations: '(0100 GMT)'.
TIME_ZONES = frozenset({"gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "cet", "cest", "bst"})

# "<Country>'s <modifiers> <head>": government bodies the model misses in lowercase.
GOVERNMENT_BODY_MODIFIERS = frozenset(
    _words(
        """
        foreign defense defence interior finance justice health trade economy economic energy
        education armed communist central national state security intelligence emergency
        emergencies culture agriculture transport environment labor labour home
        """
    )
)
GOVERNMENT_BODY_HEADS = frozenset(
    _words(
        """
        ministry government military army navy forces parliament embassy cabinet administration
        office department bank guard service services police
        """
    )
)

# Buildings and seats that stand for a government: always ORG, always that country.
GOVERNMENT_BUILDINGS: dict[str, str] = {
    "kremlin": "Russia",
    "white house": "United States",
    "pentagon": "United States",
    "state department": "United States",
    "capitol": "United States",
    "downing street": "United Kingdom",
    "whitehall": "United Kingdom",
    "elysee": "France",
    "élysée": "France",
    "elysee palace": "France",
    "élysée palace": "France",
    "zhongnanhai": "China",
    "blue house": "South Korea",
    "bankova": "Ukraine",
    "quai d'orsay": "France",
    "foggy bottom": "United States",
}

# Other names of countries, mapped to the gazetteer's canonical name.
COUNTRY_ALIASES: dict[str, str] = {
    "u.s.": "United States", "us": "United States", "u.s": "United States",
    "usa": "United States", "u.s.a.": "United States", "america": "United States",
    "united states of america": "United States", "the states": "United States",
    "u.k.": "United Kingdom", "uk": "United Kingdom", "britain": "United Kingdom",
    "great britain": "United Kingdom", "england": "United Kingdom",
    "russian federation": "Russia", "prc": "China", "people's republic of china": "China",
    "mainland china": "China", "republic of korea": "South Korea", "rok": "South Korea",
    "dprk": "North Korea", "uae": "United Arab Emirates", "u.a.e.": "United Arab Emirates",
    "holland": "Netherlands", "the netherlands": "Netherlands", "czechia": "Czech Republic",
    "türkiye": "Turkey", "turkiye": "Turkey", "ivory coast": "Ivory Coast",
    "côte d'ivoire": "Ivory Coast", "burma": "Myanmar", "persia": "Iran",
    "vatican": "Vatican", "holy see": "Vatican", "palestine": "Palestinian Territory",
    "eswatini": "Eswatini", "swaziland": "Eswatini", "east timor": "Timor Leste",
    "the philippines": "Philippines", "dr congo": "Democratic Republic of the Congo",
    "drc": "Democratic Republic of the Congo",
}

# Demonyms and country adjectives ("Chinese" -> China), as "Demonym=Country;" data.
_DEMONYM_DATA = """
Afghan=Afghanistan; Albanian=Albania; Algerian=Algeria; American=United States;
Angolan=Angola; Argentine=Argentina; Argentinian=Argentina; Armenian=Armenia;
Australian=Australia; Austrian=Austria; Azerbaijani=Azerbaijan; Azeri=Azerbaijan;
Bahraini=Bahrain; Bangladeshi=Bangladesh; Belarusian=Belarus; Belarussian=Belarus;
Belgian=Belgium; Bolivian=Bolivia; Bosnian=Bosnia and Herzegovina; Brazilian=Brazil;
British=United Kingdom; Briton=United Kingdom; Bulgarian=Bulgaria; Burmese=Myanmar;
Cambodian=Cambodia; Cameroonian=Cameroon; Canadian=Canada; Chadian=Chad; Chilean=Chile;
Chinese=China; Colombian=Colombia; Congolese=Democratic Republic of the Congo;
Croatian=Croatia; Cuban=Cuba; Cypriot=Cyprus; Czech=Czech Republic; Danish=Denmark;
Dane=Denmark; Dutch=Netherlands; Ecuadorian=Ecuador; Egyptian=Egypt;
Emirati=United Arab Emirates; English=United Kingdom; Eritrean=Eritrea; Estonian=Estonia;
Ethiopian=Ethiopia; Filipino=Philippines; Finnish=Finland; Finn=Finland; French=France;
Georgian=Georgia; German=Germany; Ghanaian=Ghana; Greek=Greece; Guatemalan=Guatemala;
Haitian=Haiti; Honduran=Honduras; Hungarian=Hungary; Icelandic=Iceland; Indian=India;
Indonesian=Indonesia; Iranian=Iran; Iraqi=Iraq; Irish=Ireland; Israeli=Israel; Italian=Italy;
Jamaican=Jamaica; Japanese=Japan; Jordanian=Jordan; Kazakh=Kazakhstan; Kenyan=Kenya;
Korean=South Korea; South Korean=South Korea; North Korean=North Korea; Kosovar=Kosovo;
Kuwaiti=Kuwait; Kyrgyz=Kyrgyzstan; Lao=Laos; Laotian=Laos; Latvian=Latvia; Lebanese=Lebanon;
Liberian=Liberia; Libyan=Libya; Lithuanian=Lithuania; Luxembourgish=Luxembourg;
Malaysian=Malaysia; Malian=Mali; Maltese=Malta; Mexican=Mexico; Moldovan=Moldova;
Mongolian=Mongolia; Montenegrin=Montenegro; Moroccan=Morocco; Mozambican=Mozambique;
Namibian=Namibia; Nepalese=Nepal; Nepali=Nepal; New Zealander=New Zealand;
Nicaraguan=Nicaragua; Nigerian=Nigeria; Nigerien=Niger; Norwegian=Norway; Omani=Oman;
Pakistani=Pakistan; Palestinian=Palestinian Territory; Panamanian=Panama;
Paraguayan=Paraguay; Peruvian=Peru; Polish=Poland; Pole=Poland; Portuguese=Portugal;
Qatari=Qatar; Romanian=Romania; Russian=Russia; Rwandan=Rwanda; Saudi=Saudi Arabia;
Senegalese=Senegal; Serbian=Serbia; Serb=Serbia; Singaporean=Singapore; Slovak=Slovakia;
Slovenian=Slovenia; Somali=Somalia; South African=South Africa; Spanish=Spain;
Spaniard=Spain; Sri Lankan=Sri Lanka; Sudanese=Sudan; Swedish=Sweden; Swede=Sweden;
Swiss=Switzerland; Syrian=Syria; Taiwanese=Taiwan; Tajik=Tajikistan; Tanzanian=Tanzania;
Thai=Thailand; Tunisian=Tunisia; Turkish=Turkey; Turk=Turkey; Turkmen=Turkmenistan;
Ugandan=Uganda; Ukrainian=Ukraine; Uruguayan=Uruguay; Uzbek=Uzbekistan; Venezuelan=Venezuela;
Vietnamese=Vietnam; Yemeni=Yemen; Zambian=Zambia; Zimbabwean=Zimbabwe;
Scottish=United Kingdom; Welsh=United Kingdom; U.S.=United States;
"""


def _parse_pairs(data: str) -> dict[str, str]:
    pairs = (item.split("=") for item in data.replace("\n", " ").split(";") if "=" in item)
    return {left.strip().casefold(): right.strip() for left, right in pairs}


DEMONYMS: dict[str, str] = _parse_pairs(_DEMONYM_DATA)

# Regions that the city and country tables do not hold; typed GPE.
REGIONS: dict[str, str] = {
    "crimea": "UA", "donbas": "UA", "donbass": "UA", "luhansk": "UA", "donetsk": "UA",
    "kherson": "UA", "zaporizhzhia": "UA", "bakhmut": "UA", "kashmir": "IN",
    "tibet": "CN", "xinjiang": "CN", "gaza": "PS", "gaza strip": "PS", "west bank": "PS",
    "kurdistan": "IQ", "catalonia": "ES", "scotland": "GB", "wales": "GB",
    "northern ireland": "GB", "quebec": "CA", "ontario": "CA", "bavaria": "DE",
    "siberia": "RU", "chechnya": "RU", "darfur": "SD", "tigray": "ET",
    "nagorno-karabakh": "AZ", "transnistria": "MD", "abkhazia": "GE", "south ossetia": "GE",
}

# Nouns after "<Place>'s" that keep the place a place ("Crimea's coast").
PLACE_HEAD_NOUNS = frozenset(
    _words(
        """
        coast border borders capital city streets street outskirts center centre residents
        people population mayor airport port region territory north south east west northeast
        northwest southeast southwest coastline shores airspace waters soil neighborhood suburbs
        province provinces countryside economy skyline
        """
    )
)

# Ways of travel between two places: "flights between Oslo and Santiago" joins the cities, while
# "talks between Beijing and Washington" and "the link between Moscow and Tehran" join parties.
ROUTE_NOUNS = frozenset(
    _words(
        """
        flight route road highway motorway railway rail train bus ferry distance bridge tunnel
        pipeline corridor crossing trip journey drive
        """
    )
)

# Prepositions after which a place name is a location, not an actor.
LOCATIVE_PREPS = frozenset(
    {"in", "to", "at", "from", "near", "into", "across", "around", "through", "outside",
     "inside", "toward", "towards", "within", "throughout"}
)

# Verbs whose object place is an actor ("urged Beijing", "accused Moscow").
RELATIONAL_VERBS = frozenset(
    _words(
        """
        urge press accuse warn criticize criticise blame sanction condemn ask tell persuade push
        convince pressure praise thank support back call join invite rebuke reassure
        """
    )
)

# Photo agencies and words that mark a credit segment as an organisation.
PHOTO_AGENCIES = frozenset(
    _words(
        """
        afp ap reuters getty images epa efe xinhua tass sputnik ria novosti bloomberg anadolu
        pool kyodo yonhap upi shutterstock alamy zuma dpa ansa ukrinform kcna
        """
    )
)
AGENCY_SUFFIXES = frozenset(
    {"images", "photo", "photos", "press", "news", "agency", "pool", "wire", "media"}
)
PHOTOGRAPHER_ROLE = "photographer"

# Platforms and services the small model takes for people ("Twitter said", "on Facebook").
PLATFORMS = frozenset(
    """
    twitter facebook instagram youtube tiktok snapchat linkedin reddit whatsapp telegram
    google amazon apple microsoft netflix uber airbnb spotify wikipedia
    """.split()
)

# Head nouns of an apposition that make the name before it an organisation:
# "Elering, the Estonian grid operator", "Acme, a Boston-based company".
ORGANISATION_NOUNS = frozenset(
    """
    operator company firm agency group party union association bank ministry department council
    committee organization organisation foundation institute university newspaper broadcaster
    network carrier airline utility manufacturer maker retailer startup regulator watchdog
    nonprofit charity coalition alliance federation league club team
    """.split()
)

# Last words of a company's name, never a person's surname: 'Northline Rail', 'Skyhop Airways',
# 'Corvane Systems', 'Brellin Foods', 'Harrow Securities' (the small model tags some people).
COMPANY_NAME_ENDINGS = frozenset(
    """
    airways airlines rail railway railways trains systems foods holdings plc ltd ltd. inc inc.
    corp corp. corporation llc securities technologies pharmaceuticals industries enterprises
    motors insurance ventures properties alloys metals minerals mining labs laboratories networks
    logistics realty party uk
    """.split()
)

# Last words of a sports club's name, never a person's or a place's: 'Kestrel Rovers', 'Harlow
# Athletic', 'Dunmore United' ('Town' and 'City' are left out: 'Cape Town', 'Kansas City').
CLUB_NAME_ENDINGS = frozenset("rovers wanderers athletic albion united rangers hotspur fc afc".split())

# A company's legal form closing its name: 'Harwick Foods Inc.', 'Velta Ltd', 'Orsa Group PLC'.
LEGAL_FORMS = frozenset({"Inc.", "Inc", "Corp.", "Corp", "Ltd.", "Ltd", "LLC", "PLC", "Plc", "Co.", "GmbH", "AG"})

# A court case's name: 'Trump v. Trump', 'Brown vs. Board of Education'.
CASE_NAME = re.compile(r"\s(?:v\.|vs\.?|versus)\s")


# Endings that make a demonym of a country's name: Merania -> Meranian, Brol -> Brolian.
DEMONYM_SUFFIXES = ("n", "an", "ian", "ese", "i")
# A name in -land makes its demonym of the stem and -ish: Poland -> Polish, Drevland -> Drevish.
LAND_DEMONYM = ("land", "ish")


def demonym_forms(name: str) -> list[str]:
    """The demonyms a one-word place name may take, lower case: 'Merania' -> 'meranian', ...;
    'Drevland' -> 'drevish' too."""
    low = name.casefold()
    forms = [low + suffix for suffix in DEMONYM_SUFFIXES]
    ending, demonym_ending = LAND_DEMONYM
    if low.endswith(ending) and len(low) - len(ending) >= 3:
        forms.append(low.removesuffix(ending) + demonym_ending)
    return forms
