"""Line shapes of page furniture in scraped text: data, not code."""

from __future__ import annotations

import re

from newsgraph.extract.time_patterns import MONTH, WEEKDAY

# A line that opens a block of links to other stories ('Related Coverage', 'More on this story',
# 'Top stories'): whole-line furniture, and after the story the marker of a link block.
_LINK_MARKER = r"""
        related(?:\ (?:topics|coverage|articles|stories|content|links|reading|news))?
      | more\ on\ this\ (?:story|topic|subject)
      | more\ (?:coverage|stories|news)(?:\ (?:from|on)(?:\ [\w'’&-]+){1,5})?
      | you\ (?:may|might)\ also\ (?:like|be\ interested\ in)
      | (?:top|latest)\ (?:stories|news|headlines)"""
# 'Read more', 'See also …': a link, or the marker of a block of them.
_READ_MORE = r"(?:read|see)\ (?:more|also)"

# Whole lines that are never article text: players, share bars, section furniture.
BOILERPLATE_LINE = re.compile(
    r"""^(?:"""
    + _LINK_MARKER
    + r"""
      | \d{1,2}:\d{2}(?::\d{2})?                       # a video player's 0:00
      | (?:share|tweet|email|print|comment|comments|save|copy\ link|facebook|twitter|x|linkedin
         |whatsapp|reddit|pinterest|telegram|instagram|youtube|flipboard)
      | (?:share|follow\ us)\ (?:this|on)\b.*
      | (?:read|see)\ the\ rest\ here\b.* | """
    + _READ_MORE
    + r"""\b.*
      | advertisement | sponsored(?:\ content)? | subscribe(?:\ now)?\b.* | sign\ up\b.*
      | listen\ to\ this\ article.* | (?:\d+\ )?min(?:ute)?s?\ read
      | (?:updated|published|posted|last\ updated)\s*:?\s*
      | copyright\b.* | ©.* | all\ rights\ reserved\.?
      | most\ (?:read|popular|viewed)
      | (?:leave\ a\ )?(?:comment|reply)s?
      | trending(?:\ now)? | more\ from\b.*
    )[.!:]?$""",
    re.IGNORECASE | re.VERBOSE,
)

# A site's promotion or link inside the article's own blocks: 'Related: Plumes on Europa',
# 'You may also like...', 'Have a tip? …', 'Subscribe to our newsletters', 'Follow her on Twitter'.
# Each must open the line; a story link ('Related: …') is a headline, with no closing period.
PROMO_LINE = re.compile(
    r"""^(?:
        (?:related|see\ also|also\ read|read\ more|more\ on\ this)\s*:[^.]*[^.\s]
      | you\ (?:may|might)\ also\ like\b.*
      | have\ a\ (?:news\ )?tip\?.*
      | (?:get|sign\ up\ for)\ the\ latest\b.*\b(?:inbox|newsletters?)\b.*
      | subscribe\ to\b.*\bnewsletters?\b.*
      | if\ you\ (?:enjoyed|liked)\ this\ (?:article|story)\b.*
      | follow\ (?:him|her|us|me)\ on\ (?:twitter|x|facebook|instagram)\b(?:[^.]*\.?|.*@\w+.*)
      | follow\ [\w'’.\ ]{1,30}?\ on\ (?:twitter|x|facebook|instagram|youtube|tiktok)
        (?:\s*(?:,|and|&)\s*(?:twitter|x|facebook|instagram|youtube|tiktok))*\s*\.?
      | follow\ (?:[\w'’]+\ ){0,3}?(?:full\ )?coverage\b.*
      | (?:see\ more|don['’]t\ miss)(?:\s*:.*)?
      | this\ (?:article|story)\ (?:was\ )?(?:originally|first)\ (?:published|appeared)\b.*
      | (?:order\ reprints|print\ article|reprints)
      | this\ copy\ is\ for\ your\ personal\b.*
      | write\ to\ [\w'’.\ -]{1,40}?\ at\ \S+@\S+.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
PROMO_MAX_WORDS = 40


def is_promo(line: str) -> bool:
    """A short line that is the site's promotion or a link to another story."""
    line = line.strip()
    return len(line.split()) <= PROMO_MAX_WORDS and PROMO_LINE.match(line) is not None

# "Updated: March 17, 2023 10:03 AM" and the like: furniture that carries the page's date.
DATELINE_LABEL = re.compile(
    r"^(?:updated|published|posted|last\ updated|first\ published)\s*(?:on|:)?\s*",
    re.IGNORECASE | re.VERBOSE,
)

# 'By', and the kind of piece before it: 'Analysis by Jane Roe', 'Opinion by …', 'Story by …'.
BYLINE_PREFIX = re.compile(
    r"^(?:(?:written|reporting|words|analysis|opinion|commentary|story|text|review)\ )?by\s+",
    re.IGNORECASE | re.VERBOSE,
)

# What a photo credit carries: agencies, "via Getty Images", a photographer/agency slash.
CREDIT_MARKERS = re.compile(
    r"""(?:\bvia\ Getty\ Images\b|\bGetty\ Images\b|\bAFP\b|\bReuters\b|\bAP\ Photo\b
        |\bAssociated\ Press\b|\bEPA\b|\bShutterstock\b|\bAlamy\b|\bSputnik\b|\bXinhua\b
        |\bBloomberg\b|\bPool\b|\bFile\ Photo\b|\bPhoto(?:graph)?\ (?:by|courtesy)\b|\bCredit\b
        |\b[A-Z][\w.-]+/[A-Z][\w.-]+)""",
    re.VERBOSE,
)

# A roundup item's source cited after its sentence: '… why Indiana is “weird.” [538]'.
TRAILING_CITATION = re.compile(r"\s*[\[(][^\])\n]{1,40}[\])]\s*$")

# The label before a photo credit, dropped from the credit: 'Photo: …', '(Photo: …)', 'Credit: …',
# 'Image source: …', 'Photograph: …'.
CREDIT_LABEL = re.compile(
    r"^\(?\s*(?:photo(?:graph)?s?|image(?:\s+source)?|picture|pic|credit|illustration)\s*:\s*",
    re.IGNORECASE,
)
# The label of a caption on its own line, as the BBC prints it: 'Image caption: …'.
CAPTION_LABEL = re.compile(r"^(?:image|photo|picture|video)\s+caption\s*:\s*", re.IGNORECASE)
# What makes a 'Name/Name' line a photo credit and not a story's 'Israel/Gaza' or 'NBC/Marist':
# an agency, or a word for a picture or its source.
PHOTO_SOURCE = re.compile(
    r"\b(?:Getty|AFP|Reuters|AP|EPA|Shutterstock|Alamy|Bloomberg|Xinhua|Sputnik|Anadolu|NTB|PA|ANP"
    r"|DPA|Corbis|Wire|(?i:images?|photo(?:graph)?s?|photography|pictures?|pool|handout|file))\b"
)
# A photographer and agency on a line of their own: 'Lewis Farrant/Capital Images',
# 'Ana Ruiz / Desert Wire' (a credit only with a PHOTO_SOURCE word).
SLASH_CREDIT = re.compile(
    r"^[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}\s?/\s?[A-Z][\w.’'&-]*(?: [A-Z][\w.’'&-]*){0,4}"
    r"(?: via [A-Z][\w ]+)?$"
)

# A journalist's job, one list for a role line under a byline ('Technology reporter', 'Local
# Democracy Reporter', 'Staff Writer' is no second author) and for an author bio. Jobs that are
# as often a source's ('chief', 'analyst', 'critic', 'producer', 'presenter') are not here.
JOURNALIST_ROLE = (
    r"(?:reporter|correspondent|editor|writer|columnist|journalist|contributor|photographer"
    r"|freelancer|author|bureau\ chief)s?"
)
ROLE_WORD = re.compile(JOURNALIST_ROLE, re.IGNORECASE)
# A role phrase ending a line or a byline's segment: 'Chief Political Correspondent'.
ROLE_AT_END = re.compile(rf"\b{JOURNALIST_ROLE}\.?$", re.IGNORECASE)
# Words that make a sentence about one of the page's authors a bio.
BIO_ROLE_WORDS = re.compile(rf"\b{JOURNALIST_ROLE}\b", re.IGNORECASE)

# A clock time and its zone: '6:45 a.m. CT', '7:15 AM PST', '07.15 BST', '7 p.m. ET', '16:10:00';
# never part of a longer run of digits ('09.01.25' is a date, '2025-01-09T16:10' an ISO stamp).
_CLOCK = (
    r"(?:(?<![\d.:])\d{1,2}(?::\d{2}(?::\d{2})?|\.\d{2})(?![.:]?\d)(?:\s*[ap]\.?\s?m\b\.?)?"
    r"|(?<![\d.:])\d{1,2}\s*[ap]\.?\s?m\b\.?)"
)
CLOCK_TIME = re.compile(rf"(?:\bat\s+)?\b{_CLOCK}(?:\s+\(?(?-i:[A-Z]{{2,5}})\)?(?![\w]))?", re.IGNORECASE)
_WEEKDAY = rf"{WEEKDAY},?"
_MONTH = MONTH
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# An ISO date, with or without its time and zone: '2025-01-09', '2025-01-09T23:30:00-05:00'.
ISO_DATE = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?![\d-])(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)
# A header line that is a date and nothing else, with no 'Published' before it, as the Guardian
# prints it: 'Monday 6 October 2025 07.15 BST', 'Oct. 6, 2025, 7:15 a.m. ET', '2025-10-06'.
DATE_LINE = re.compile(
    rf"""^(?:{_WEEKDAY}\s+)?
        (?:{_DAY}\s+{_MONTH},?\s+\d{{4}} | {_MONTH}\s+{_DAY},?\s+\d{{4}} | {ISO_DATE.pattern})
        (?:,?\s*(?:at\s+|[|•·–—-]\s*)?{_CLOCK}(?:\s+\(?(?-i:[A-Z]{{2,5}})\)?)?)?\.?$""",
    re.IGNORECASE | re.VERBOSE,
)

# A line after the story that opens a block of links to other stories: everything after it, down
# to the end, is page furniture ('Related Coverage', 'More on this story', 'Read more:').
LINK_BLOCK_MARKER = re.compile(
    r"^(?:" + _LINK_MARKER + r"| (?:" + _READ_MORE + r"|also\ read)(?:\s*:.*)?)\s*:?$",
    re.IGNORECASE | re.VERBOSE,
)
