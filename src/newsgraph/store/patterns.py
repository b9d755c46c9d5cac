"""Word lists the store's name matching reads: data, not logic.

Keys are already folded (lower case, no diacritics, no punctuation), as ``names.fold`` makes them.
"""

from __future__ import annotations

# Titles and honorifics dropped from the front of a person's name before it is keyed:
# "Mr. Putin" and "President Putin" key like "Putin".
HONORIFICS = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "rev", "reverend", "fr", "father", "sister", "president", "vice", "prime", "minister",
    "premier", "chancellor", "secretary", "senator", "sen", "rep", "representative",
    "governor", "gov", "mayor", "judge", "justice", "general", "gen", "colonel", "col",
    "major", "maj", "captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "admiral", "adm",
    "commander", "cmdr", "king", "queen", "prince", "princess", "sheikh", "emir", "pope",
    "ambassador", "chairman", "chairwoman", "chair", "ceo", "spokesman", "spokeswoman",
    "spokesperson", "foreign", "defense", "defence", "state", "deputy", "former", "acting",
    "interior", "finance", "health",
})

# Name suffixes that are not a surname: "Martin Luther King Jr." has the surname "king".
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"})


# Short forms and other names of places and bodies that the gazetteers do not give.
# Folded form -> folded canonical form.
ABBREVIATIONS: dict[str, str] = {
    "us": "united states",
    "usa": "united states",
    "u s": "united states",
    "u s a": "united states",
    "america": "united states",
    "united states of america": "united states",
    "the us": "united states",
    "uk": "united kingdom",
    "u k": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "prc": "china",
    "peoples republic of china": "china",
    "mainland china": "china",
    "russian federation": "russia",
    "uae": "united arab emirates",
    "dprk": "north korea",
    "rok": "south korea",
    "republic of korea": "south korea",
    "eu": "european union",
    "un": "united nations",
    "u n": "united nations",
    "nato": "north atlantic treaty organization",
    "who": "world health organization",
    "imf": "international monetary fund",
}

# Old or transliterated spellings that the fuzzy rule would not join by itself.
KNOWN_VARIANTS: dict[str, str] = {
    "kiev": "kyiv",
    "kiyv": "kyiv",
    "kharkov": "kharkiv",
    "odessa": "odesa",
    "lvov": "lviv",
    "peking": "beijing",
    "bombay": "mumbai",
    "calcutta": "kolkata",
    "madras": "chennai",
    "burma": "myanmar",
    "rangoon": "yangon",
    "ivory coast": "cote d ivoire",
    "czechia": "czech republic",
    "turkiye": "turkey",
    "holland": "netherlands",
    "persia": "iran",
}

# Demonyms and adjectives of countries -> ISO 3166 alpha-2 code. "Chinese officials said"
# is about China. Only the common ones: the gazetteers carry no demonyms.
DEMONYMS: dict[str, str] = {
    "american": "US", "americans": "US", "british": "GB", "briton": "GB", "britons": "GB",
    "english": "GB", "scottish": "GB", "welsh": "GB", "chinese": "CN", "russian": "RU",
    "russians": "RU", "ukrainian": "UA", "ukrainians": "UA", "french": "FR", "german": "DE",
    "germans": "DE", "italian": "IT", "italians": "IT", "spanish": "ES", "portuguese": "PT",
    "dutch": "NL", "belgian": "BE", "swiss": "CH", "austrian": "AT", "polish": "PL",
    "poles": "PL", "czech": "CZ", "slovak": "SK", "hungarian": "HU", "romanian": "RO",
    "bulgarian": "BG", "greek": "GR", "greeks": "GR", "turkish": "TR", "turks": "TR",
    "swedish": "SE", "swedes": "SE", "norwegian": "NO", "danish": "DK", "finnish": "FI",
    "finns": "FI", "irish": "IE", "icelandic": "IS", "estonian": "EE", "latvian": "LV",
    "lithuanian": "LT", "belarusian": "BY", "moldovan": "MD", "georgian": "GE",
    "armenian": "AM", "azerbaijani": "AZ", "kazakh": "KZ", "uzbek": "UZ", "iranian": "IR",
    "iranians": "IR", "iraqi": "IQ", "iraqis": "IQ", "syrian": "SY", "syrians": "SY",
    "israeli": "IL", "israelis": "IL", "palestinian": "PS", "palestinians": "PS",
    "lebanese": "LB", "jordanian": "JO", "saudi": "SA", "saudis": "SA", "emirati": "AE",
    "qatari": "QA", "kuwaiti": "KW", "yemeni": "YE", "omani": "OM", "egyptian": "EG",
    "egyptians": "EG", "libyan": "LY", "tunisian": "TN", "algerian": "DZ", "moroccan": "MA",
    "sudanese": "SD", "ethiopian": "ET", "kenyan": "KE", "nigerian": "NG", "nigerians": "NG",
    "ghanaian": "GH", "south african": "ZA", "afghan": "AF", "afghans": "AF",
    "pakistani": "PK", "pakistanis": "PK", "indian": "IN", "indians": "IN",
    "bangladeshi": "BD", "sri lankan": "LK", "nepalese": "NP", "burmese": "MM",
    "thai": "TH", "vietnamese": "VN", "cambodian": "KH", "malaysian": "MY",
    "singaporean": "SG", "indonesian": "ID", "filipino": "PH", "philippine": "PH",
    "japanese": "JP", "korean": "KR", "south korean": "KR", "north korean": "KP",
    "taiwanese": "TW", "mongolian": "MN", "australian": "AU", "australians": "AU",
    "new zealander": "NZ", "canadian": "CA", "canadians": "CA", "mexican": "MX",
    "mexicans": "MX", "cuban": "CU", "venezuelan": "VE", "colombian": "CO",
    "brazilian": "BR", "brazilians": "BR", "argentine": "AR", "argentinian": "AR",
    "chilean": "CL", "peruvian": "PE", "bolivian": "BO", "ecuadorian": "EC",
    "haitian": "HT", "serbian": "RS", "serb": "RS", "serbs": "RS", "croatian": "HR",
    "bosnian": "BA", "kosovar": "XK", "albanian": "AL", "slovenian": "SI",
}

# Entity types that name the same kind of thing: a place tagged GPE in one article and LOC
# in another is one place. Types not listed are their own family.
TYPE_FAMILIES: dict[str, str] = {
    "PERSON": "person",
    "PER": "person",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "ORG": "org",
    "NORP": "group",
}

# Words whose presence flips a quotation's meaning: two wordings that differ in these (or in a
# number) are never the same quotation, however close their spelling ("will" / "will not").
NEGATIONS = frozenset({"not", "no", "never", "nor", "none", "nothing", "cannot", "cant", "wont",
                       "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "shouldnt",
                       "wouldnt", "couldnt", "hasnt", "havent", "hadnt", "neither", "without"})
