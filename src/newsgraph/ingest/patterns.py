"""Line shapes of page furniture in scraped text: data, not code."""

from __future__ import annotations

import re

# Whole lines that are never article text: players, share bars, section furniture.
BOILERPLATE_LINE = re.compile(
    r"""^(?:
        \d{1,2}:\d{2}(?::\d{2})?                       # a video player's 0:00
      | (?:share|tweet|email|print|comment|comments|save|copy\ link|facebook|twitter|x|linkedin
         |whatsapp|reddit|pinterest|telegram|instagram|youtube|flipboard)
      | (?:share|follow\ us)\ (?:this|on)\b.*
      | related(?:\ topics|\ articles|\ stories|\ content)?
      | (?:read|see)\ (?:more|also|the\ rest\ here)\b.*
      | advertisement | sponsored(?:\ content)? | subscribe(?:\ now)?\b.* | sign\ up\b.*
      | listen\ to\ this\ article.* | (?:\d+\ )?min(?:ute)?s?\ read
      | (?:updated|published|posted|last\ updated)\s*:?\s*
      | copyright\b.* | ©.* | all\ rights\ reserved\.?
      | most\ (?:read|popular|viewed)
      | (?:leave\ a\ )?(?:comment|reply)s?
      | top\ stories | trending(?:\ now)? | more\ from\b.*
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

# Words that make a sentence about a named person an author bio.
BIO_ROLE_WORDS = re.compile(
    r"\b(?:reporter|writer|journalist|correspondent|editor|contributor|columnist|author"
    r"|freelance|bureau chief|producer|photographer)\b",
    re.IGNORECASE,
)

# A roundup item's source cited after its sentence: '… why Indiana is “weird.” [538]'.
TRAILING_CITATION = re.compile(r"\s*[\[(][^\])\n]{1,40}[\])]\s*$")
