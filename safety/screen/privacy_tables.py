"""The expressions and word lists the privacy pass reads: name words, emails and
links, handles, phone numbers, addresses, organisations, and the words that
say a capitalised word is no name. Pure tables, compiled once at import.
"""

from __future__ import annotations

import re

from safety.screen import lexicon


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_UP = "A-ZÀ-ÖØ-Þ"
_LO = "a-zß-öø-ÿ"
# One capitalised name word: Sarah, O'Connor, McDonald, Whitaker-Jones, Lucía, Mary's
_NW = rf"[{_UP}](?:['’][{_UP}])?[{_LO}]+(?:[{_UP}][{_LO}]+)?(?:-[{_UP}][{_LO}]+)*(?:['’]s)?"
_TITLES = ("dr", "doctor", "mr", "mrs", "ms", "miss", "mx", "prof", "professor")
_CHAIN_WORD = rf"(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|St)\.|{_NW})"
# A run of capitalised words on one line ("Dr. Eleanor Voss", "University of Leeds").
_CHAIN = re.compile(rf"{_CHAIN_WORD}(?:[ \t]+(?:(?:of|&)[ \t]+)?{_CHAIN_WORD})*(?![\w@])")

_EMAIL = re.compile(
    r"@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9"
    r"])?)*"
    r"\.[A-Za-z]{2,24}\b"
)
_EMAIL_LOCAL = re.compile(r"[A-Za-z0-9_][A-Za-z0-9._%+-]{0,63}$")
_EMAIL_OBF = re.compile(
    r"(?i)(?<![\w.])[a-z0-9][a-z0-9._+-]{0,63}[ \t]*(?:\[at\]|\(at\)|\{at\}|[ \t]at[ \t])[ \t]*"
    r"[a-z0-9-]{2,}(?:[ \t]*(?:\[dot\]|\(dot\)|\{dot\}|[ \t]dot[ \t])[ \t]*[a-z]{2,})+\b"
)
_URL = re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>\"'()\[\]{}]+")
_TLDS = (
    r"(?:com|org|net|co\.uk|org\.uk|ac\.uk|nhs\.uk|uk|io|blog|me|info|ly|app|dev|edu|gov|us|ca|au|i"
    r"e"
    r"|de|fr|nz|tv|xyz|site|online|page|link|gg|social|ee|ai|co|eu|es|nl|be|ch|se|dk|fi|pl|pt|at"
    r"|art|studio|shop|store|club|live|life|world|space|website|tech|news|substack|bio|fm)"
)
_TLD_HINT = re.compile(r"\." + _TLDS + r"\b")
_URL_BARE = re.compile(
    r"(?<![\w@./-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+"
    + _TLDS
    + r"\b(?:/[^\s<>\"'()\[\]{}]*)?"
)
_HANDLE_AT = re.compile(r"@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)")
_HANDLE_REDDIT = re.compile(r"(?<![\w/])u/[A-Za-z0-9_-]{3,}")
_PLATFORM_WORDS = tuple(
    _words("insta snap tiktok twitter discord threads tumblr reddit kik telegram facebook bluesky")
) + ("bsky", "tik tok")
_IG_FB = re.compile(r"(?:ig|fb)\b")
_HANDLE_PLATFORM = re.compile(
    r"(?i:\b(?:insta(?:gram)?|ig|snap(?:chat)?|tik ?tok|twitter|discord|threads|tumblr|reddit|kik"
    r"|telegram|facebook|fb|bluesky|bsky)\b)(?:[ \t]+(?i:handle|username|user ?name|name|id|account"
    r"|tag))?(?P<sep>[ \t]*(?::|-|=|(?i:is))[ \t]*|[ \t]+)@?(?P<h>[A-Za-z0-9_][A-Za-z0-9_.#]{0,30}"
    r"[A-Za-z0-9_])"
)
# "add me on discord, I'm moth_lamp" / "I'm moth_lamp on discord"
_PLATFORM_RE = (
    r"(?:insta(?:gram)?|ig|snap(?:chat)?|tik ?tok|twitter|discord|threads|tumblr|reddit|kik|telegr"
    r"am|facebook|fb|bluesky|bsky)"
)
_HANDLE_NAME_SRC = r"@?(?P<h>[A-Za-z0-9_][A-Za-z0-9_.#]{0,30}[A-Za-z0-9_])(?![\w@])"
_HANDLE_INTRO = re.compile(
    r"(?i:\b(?:on|via|at|over) " + _PLATFORM_RE + r"\b)[^.!?\n]{0,25}?(?i:\b(?:i'?m|i am|it'?s"
    r"|as|under|username|user name|handle|name|tag)\b)[ \t:]*(?i:is[ \t]+)?" + _HANDLE_NAME_SRC
)
_HANDLE_INTRO_AFTER = re.compile(
    r"(?i:\b(?:i'?m|i am)[ \t]+)" + _HANDLE_NAME_SRC + r"(?i:[ \t]+on[ \t]+" + _PLATFORM_RE + r"\b)"
)
_HANDLE_STOP = _words(
    """
    private public down dead gone deleted the a an my not off on full where how same also
    just still empty inactive new old and or but so then too if when is was are were for
    from with about mostly only all really now here there this that it me you her him them
    us dm message
    """
)
_PHONE_INTL = re.compile(r"\+(?:44|353|1)[ \t.-]?\(?\d[\d \t().-]{6,16}\d")
# International numbers dialled with 00 instead of + ("0044 7700 900123").
_PHONE_00 = re.compile(r"(?<![\d+])00[1-9]\d{0,2}[ \t.-]?\(?\d[\d \t().-]{6,16}\d")
_PHONE_NATIONAL = re.compile(r"0\d{2,4}[ \t.-]?\d{3,4}[ \t.-]?\d{3,4}(?!\d)")
_DIGIT = re.compile(r"\d")
_DIGITS = "0123456789"

_STREET = (
    r"(?:Street|St|Road|Rd|Avenue|Ave|Av|Lane|Ln|Drive|Dr|Close|Way|Terrace|Gardens|Boulevard|Blvd"
    r"|Place|Pl|Court|Ct|Crescent|Cres|Grove|Square|Sq|Row|Mews|Parade|Walk|Highway|Hwy|Parkway"
    r"|Pkwy|Circle|Cir|Rise)"
)
_STREET_WORD = re.compile(_STREET + r"\.?", re.I)
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2}"
_ADDRESS = re.compile(
    r"\d{1,5}[A-Za-z]?,?[ \t]+(?:(?:[NSEW]|North|South|East|West)\.?[ \t]+)?"
    r"(?P<words>(?:(?:[A-Za-z][\w'’-]*|\d{1,3}(?:st|nd|rd|th))[ \t]+){1,3}?)(?i:"
    + _STREET
    + r")\b\.?"
    r"(?:[ \t]+(?:NW|NE|SW|SE|N|S|E|W)\b)?"
    r"(?:,?[ \t]*(?:,[ \t]*[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)(?:,?[ \t]+(?:[A-Z]{2}[ \t]+\d{5}(?:-"
    r"\d{4})?"
    r"|" + _UK_POSTCODE + r"))?)?"
)
_ADDRESS_PREFIX = re.compile(r"(?i:flat|apt|apartment|unit|suite|ste)\.?[ \t]+\w{1,5},?[ \t]+$")
_ADDRESS_STOP = _words(
    """
    the a an my her his our their your down up to of and or from into along across miles
    times years months weeks days hours minutes sessions more than over under about around
    near past by at in on for with this that these those per
    """
)
_POSTCODE = re.compile(_UK_POSTCODE + r"(?![\w])")

_ORG_WORDS = _words(
    """
    clinic hospital practice centre center counselling counseling medical health school
    university college group trust institute surgery hospice foundation associates
    insurance assurance healthcare partners partnership wellness collective consultancy
    psychotherapy ltd llc inc plc mutual psychology psychiatry therapy therapies
    physiotherapy society cooperative co-op benefits chambers pharmacy dental
    """
)
_OPENERS = frozenset(lexicon.entries("sentence_openers"))
_TITLE_CUES = frozenset(lexicon.entries("title_cues"))
# Insurers by name, and a capitalised name right after "my insurer" and the like.
_INSURER = re.compile(r"(?<![\w@./-])" + lexicon.trie(lexicon.entries("insurers")) + r"(?![\w@])")
_INSURER_FIRST = frozenset(name.split()[0] for name in lexicon.entries("insurers"))
_CAPITALISED = re.compile(r"[A-Z][\w-]*")
_INSURER_CUE = re.compile(
    r"(?i:\b(?:insurer|insurance company|insurance provider|health (?:plan|insurer)|insurance)"
    r"[,:]?[ \t]+(?:is[ \t]+|was[ \t]+|called[ \t]+)?)(?P<name>[A-Z][\w&'’-]+(?:[ \t]+[A-Z][\w&'’-"
    r"]+){0,3})"
)
_ORG_GENERIC = _words(
    """
    grief support mental health family community care bereavement counselling counseling
    therapy local national main general new old private public the a an my our your her his
    their this that psychology psychiatric medical primary secondary high day children's
    womens women's cognitive behavioural behavioral behaviour behavior dialectical schema
    art music drama play couples marriage talking speech occupational physical sports
    online group individual
    """
)
_STOP_NAMES = _words(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december christmas easter eve new year
    years halloween thanksgiving ramadan eid diwali hanukkah passover god lord heaven i i'm
    my me her his she he we they it you our their the a an this that these those and but or
    so because if when while after before since until as honestly yesterday today tomorrow
    tonight sometimes every everyone nobody thanks thank love dear hi hello hey please sorry
    yes no ok okay well also still then now there here what why how who where is was does
    did do can could would should will last next first mum mom dad mummy daddy grandma
    grandpa nan gran dr mr mrs ms mx miss prof doctor professor saint st mental health
    therapy therapist counsellor counselor grief part chapter week weekend day morning
    evening night afternoon english british irish scottish welsh american canadian
    australian french german spanish italian polish indian chinese san los las north south
    east west upper lower fort port mount lake great spring summer autumn fall winter
    afterword reddit instagram insta twitter tiktok discord snapchat whatsapp facebook
    google youtube zoom covid nhs uk us usa london manchester leeds chicago dublin sydney
    edinburgh glasgow bristol liverpool birmingham paris anyway ask call text email just
    maybe even all some any one two three catholic christian jewish muslim hindu buddhist
    atheist
    """
)
_NATIONALITY = re.compile(r"(?:ish|ian|ese|ean|ic|ist)$")
_REL_NOUNS = _words(
    """
    therapist counsellor counselor psychologist psychiatrist analyst psychotherapist gp
    doctor sister brother mum mom dad mother father friend partner husband wife son daughter
    cousin aunt uncle colleague boss supervisor niece nephew grandma grandad grandpa nan
    gran
    """
)
_REL_ADJ = _words(
    """
    old new former late first last wonderful lovely dear previous ex ex- school best little
    big older younger
    """
)
_SIGNOFF_WORDS = _words(
    """
    love thanks thank you many best wishes all the warmly warm regards kind cheers sincerely
    yours truly take care hugs with much gratefully blessings xx xo
    """
)
_SENTENCE_CUT = re.compile(r"[.!?\n]+\s*")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
