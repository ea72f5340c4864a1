"""Offline safety screen: crisis language and identifying details.

Pure Python (stdlib + ``phonenumbers``); nothing here imports Django.

``screen(text)`` returns a frozen :class:`Screening` with

* ``crisis`` – a level on a ladder after the Columbia Suicide Severity Rating
  Scale (0 none, 1 distress, 2 passive ideation / self-harm, 3 active ideation,
  4 ideation with a method, 5 intent, plan, preparation or imminent danger),
  context flags and the matched spans with a reason each;
* ``privacy`` – names, phone numbers, emails, links, addresses, handles and
  organisations a writer may not want to publish;
* ``needs_review`` – True when a person should read the text.

How the crisis pass works:

1. The text is normalised for matching (lowercase, accents and curly quotes
   folded, zero-width and bidi controls dropped, leetspeak digits inside words
   mapped to letters, spaced-out letters joined) while an index map keeps every
   normalised character tied to its offset in the original text.
2. One precompiled regular expression holds every rule as a named alternative.
   It is searched at every start position so nested phrases are all seen.
3. Each match is judged in its own clause: negation just before it, past and
   resolved time cues, and whose experience it is (reflexives, possessives and
   the nearest subject). Negated, historical or third-party matches drop to
   level 1 but still go to review; figurative idioms clear what they cover.
4. Levels combine across the text: ideation plus a means mentioned anywhere
   is level 4; an act or method plus a time word ("tonight", "by Friday",
   "after the funeral") in the same sentence is level 5.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

import phonenumbers
from phonenumbers import Leniency

from safety import model as _model

__all__ = ["Crisis", "PrivacyFinding", "Screening", "Span", "screen"]

FLAG_ORDER = ("negated", "historical", "third_party", "figurative", "self_harm", "model")
PRIVACY_KINDS = ("person", "phone", "email", "url", "address", "handle", "organisation")


# --------------------------------------------------------------------------
# Public data types
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str
    reason: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "reason": self.reason}


@dataclass(frozen=True)
class Crisis:
    level: int = 0
    flags: tuple[str, ...] = ()
    spans: tuple[Span, ...] = ()

    def to_dict(self) -> dict:
        return {
            "level": self.level,
            "flags": list(self.flags),
            "spans": [s.to_dict() for s in self.spans],
        }


@dataclass(frozen=True)
class PrivacyFinding:
    kind: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return {"kind": self.kind, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Screening:
    crisis: Crisis = field(default_factory=Crisis)
    privacy: tuple[PrivacyFinding, ...] = ()
    needs_review: bool = False

    def to_dict(self) -> dict:
        return {"crisis": self.crisis.to_dict(), "privacy": [f.to_dict() for f in self.privacy]}


# --------------------------------------------------------------------------
# Normalisation with an index map back to the original text
# --------------------------------------------------------------------------

_SPECIAL_CHARS = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u02bc": "'",
    "\uff07": "'",
    "`": "'",
    "\u00b4": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u2026": "...",
    "\u00a0": " ",
}
_FOLD_CACHE: dict[str, str] = {}
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# A digit or symbol inside a word is read as the letter it imitates (k1ll, mys3lf).
_LEET = re.compile(r"(?<=[a-z])[013457@$]+")
_LEET_TABLE = str.maketrans("013457@$", "oieastas")
# Four or more single letters separated by spaces/dots/dashes: "s u i c i d e".
_SPACED = re.compile(r"(?<![a-z0-9])[a-z](?:[ .\-_*]{1,2}[a-z](?![a-z0-9])){3,}")


def _fold_char(ch: str) -> str:
    folded = _FOLD_CACHE.get(ch)
    if folded is not None:
        return folded
    if ch in _SPECIAL_CHARS:
        folded = _SPECIAL_CHARS[ch]
    else:
        category = unicodedata.category(ch)
        if category in ("Cf", "Mn", "Me", "Cs", "Co", "Cn"):
            folded = ""  # zero-width, bidi controls, stray combining marks
        elif category in ("Zs",):
            folded = " "
        elif category in ("Zl", "Zp"):
            folded = "\n"
        elif category == "Cc":
            folded = " "
        else:
            decomposed = unicodedata.normalize("NFKD", ch)
            folded = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    if len(_FOLD_CACHE) < 20000:
        _FOLD_CACHE[ch] = folded
    return folded


def _normalise(text: str) -> tuple[str, list[int] | None]:
    """Return (normalised text, index map or None when the map is the identity).

    ``index[i]`` is the offset in ``text`` of normalised character ``i``; the map
    has one extra entry, ``len(text)``, so end offsets can be looked up too.
    """
    index: list[int] | None
    if text.isascii():
        norm = text.lower()
        index = None
    else:
        parts: list[str] = []
        index = []
        pos = 0
        for m in _NON_ASCII.finditer(text):
            s = m.start()
            if s > pos:
                parts.append(text[pos:s].lower())
                index.extend(range(pos, s))
            rep = _fold_char(m.group())
            if rep:
                parts.append(rep)
                index.extend([s] * len(rep))
            pos = s + 1
        if pos < len(text):
            parts.append(text[pos:].lower())
            index.extend(range(pos, len(text)))
        norm = "".join(parts)
        index.append(len(text))
    if _LEET.search(norm):
        norm = _LEET.sub(lambda m: m.group().translate(_LEET_TABLE), norm)
    if _SPACED.search(norm):
        if index is None:
            index = list(range(len(text) + 1))
        parts = []
        new_index: list[int] = []
        pos = 0
        for m in _SPACED.finditer(norm):
            s, e = m.span()
            parts.append(norm[pos:s])
            new_index.extend(index[pos:s])
            for i in range(s, e):
                if "a" <= norm[i] <= "z":
                    parts.append(norm[i])
                    new_index.append(index[i])
            pos = e
        parts.append(norm[pos:])
        new_index.extend(index[pos:])
        norm = "".join(parts)
        index = new_index
    return norm, index


# --------------------------------------------------------------------------
# Crisis rules
# --------------------------------------------------------------------------

_REFL = r"(?:my|him|her|them|your|ur|one)\s?sel(?:f|ves)"
_REFL3 = r"(?:him|her|them)\s?sel(?:f|ves)"
_IM = r"(?:i'?m|i am)"
_DRUGS = (
    r"(?:pills?|tablets?|meds|medications?|medicines?|prescriptions?|paracetamol|acetaminophen|tyl"
    r"enol|ibuprofen|"
    r"aspirin|painkillers?|sertraline|citalopram|fluoxetine|prozac|zoloft|antidepressants?|"
    r"insulin|sleeping pills|co-?codamol|codeine|benzos?|diazepam|opioids?)"
)
_METHOD_OBJ = (
    r"(?:train tracks|railway (?:line|tracks?)|(?:the |a )?tracks|car exhaust|exhaust fumes|"
    r"carbon monoxide|charcoal|(?:the |a |that )rope|noose|ligature|razor blades?|(?:the |my |a )?b"
    r"lades?|"
    r"razors?|bleach|antifreeze|(?:the |my |those |these |all (?:the |my )?)pills|"
    r"(?:the |my |those |all (?:the |my )?)tablets|(?:the |my |his |dad'?s |a )gun|"
    r"(?:the |a |that )bridge(?! between| of a)|tallest buildings?|multi-?storey|(?:the |a )cliff|"
    r"(?:the |a )ledge|overdos\w*|(?:the )?knife)"
)
_ACT = (
    rf"(?:kill {_REFL}|kms\b|end(?:ing)? (?:it all|it\b(?! with)|my (?:own )?life|things\b|everythi"
    rf"ng\b)"
    rf"|take (?:my|his|her|their) (?:own )?life|hang {_REFL}|overdose|od\b"
    r"|jump\b(?! at| to conclusions| ship| the gun| in\b(?! front)| on\b| up\b| back| through"
    r"| into (?:the )?(?:new|next|conversation|work|it))"
    rf"|unalive|off {_REFL}|shoot {_REFL}|take (?:all|every|them all|the lot)"
    r"|walk (?:onto|into) (?:the )?(?:train tracks|tracks|railway|sea|ocean|river|traffic)"
    rf"|step in front of|throw myself|drown {_REFL}|slit my wrists|swallow (?:all|every|them all))"
)
_INTENT = (
    r"(?:going to|gonna|about to|planning (?:to|on)|plans? to|decided to|ready to|"
    r"(?:i'?ve|ive|i have|i) decided (?:that )?(?:i'?m|im) going to|made up my mind to|"
    r"(?:i|she|he|they) will|i'?ll|i shall)"
)
_TIME_SRC = (
    r"\b(?:tonight|tonite|2nite|tomorrow|tmrw|tmr|2moro|2morrow|soon"
    r"|this (?:weekend|week|evening|afternoon|morning|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"|(?:on|by|this|next|before|until|till|come) (?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|by (?:the end of (?:the |this )?(?:week|month|day|night)|tomorrow|tonight|morning|the weeken"
    r"d)"
    r"|next (?:week|weekend|month)"
    r"|after (?:the funeral|the memorial|the service|my shift|work|school|everyone|they|dark|midnig"
    r"ht"
    r"|the kids|my (?:flatmate|partner|parents?|mum|mom|dad|wife|husband|kids|roommate))"
    r"|right now|just now|in (?:an|a few|two|three|\d+) (?:hours?|minutes?|mins?)"
    r"|later (?:today|tonight)|when (?:everyone|they|my \w+) (?:goes|go|is|are|leaves?|falls?|gets?"
    r")"
    r"|the next one|at (?:midnight|dawn|\d{1,2}(?::\d\d)? ?(?:am|pm))"
    r"|on (?:my|her|his|our) (?:birthday|anniversary)"
    r"|for (?:tonight|tomorrow|later tonight|the weekend|this weekend"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day is (?:when|the day|it)"
    r"|when it(?:'s| is| gets) dark|once it(?:'s| is) dark"
    r"|once (?:everyone|they|my \w+)(?:'s| is| are| goes| go| leaves?| falls?| gets?))\b"
    r"|\bnow(?=\s*(?:[.!?,;]|$))"
)

# Helpers for conditional rules: opts["need"] must all be found in the hit's
# sentence (opts["need_text"]: anywhere in the text), opts["unless"] must not.
_MEANS_SRC = (
    _DRUGS[:-1] + r"|rope|noose|ligature|belt|cord|cable|scarf|gun|pistol|rifle|shotgun|firearm"
    r"|blades?|razors?|knife|knives|charcoal|hose|helium|bleach|antifreeze|overdos\w*)"
)
_MEANS_IN = re.compile(r"\b" + _MEANS_SRC + r"\b")
_PLACE_SRC = (
    r"(?:bridge|cliffs?|edge|ledge|roof|rooftop|top floor|multi-?storey|car park|parking garage"
    r"|viaduct|platform|balcony|railings?|parapet|tracks|railway|train|quarry|tower|tallest|river"
    r"|motorway|overpass|flyover|pier)"
)
_PLACE_IN = re.compile(r"\b" + _PLACE_SRC + r"\b")
_TIME_IN = re.compile(_TIME_SRC)
_CONTEMPLATE = re.compile(
    r"\b(?:think\w*|thought|imagin\w*|pictur\w*|fantasi[sz]\w*|dream\w*|want\w*|wanna|wish\w*"
    r"|urges?|tempt\w*|practis\w*|practic\w*|rehears\w*|wonder\w*|could just|so easy"
    r"|consider\w*|plan\w*|keep going back|feel like)\b"
)
_ROUTINE = re.compile(
    r"\b(?:every (?:morning|day|night|evening)|each (?:morning|day|night)|a day\b|per day|daily"
    r"|organi[sz]er|dosette|pill ?box|prescrib\w*|pharmac\w*|chemist|refill|repeat prescription"
    r"|with (?:breakfast|dinner|food|water)|(?:so|that) i (?:don'?t|do not) forget|remember to"
    r"|doctor|gp|trip|holiday|travel\w*|flight|week ahead|normal|starting|safe|recommended|usual"
    r"|side effects?|dosage)\b"
)
_GONE_CUE = re.compile(
    r"\b(?:gone|dead|over|no longer|not (?:be )?here|won'?t be|will not be|too late|at peace|done"
    r"|already|the end)\b"
)
_GIVE_VERB = re.compile(
    r"\b(?:giv\w*|gave|hand\w*|rehom\w*|new homes? for|can have|sort\w*|left|leav\w*|donat\w*"
    r"|sold|selling|passwords?|pass(?:ed|ing)? on)\b"
)
_MY = re.compile(r"\bmy\b")
_ASKING = re.compile(
    r"\b(?:googl\w*|search\w*|research\w*|read\w*|look\w* up|work\w* out|check\w*|find\w* out"
    r"|wonder\w*|which|what|whether|calculat\w*|figur\w* out|ask\w*)\b"
)
_REHEARSE_CUE = re.compile(
    r"\b(?:stood|stand\w*|there|edge|looking down|look down|tied|tie|knot|noose|loop|hold|weight"
    r"|to see (?:if|whether)|how it (?:would )?feels?|dry run|trial run|test run|practice run)\b"
)
_ESTATE = re.compile(r"\b(?:my will|a will|pension|insurance|funeral plan|retire\w*|old age)\b")
_LEAVING = re.compile(
    r"\b(?:fly\w*|flight|travel\w*|trip|holidays?|vacation|visit\w*|moving|move|abroad|break"
    r"|offline|account|logging off|log off|social media|hiatus|busy|new job|course|forum|group"
    r"|subreddit|this site|the site|app)\b"
)
_OUTING = re.compile(
    r"\b(?:to (?:meet|see|feed|watch|visit|scatter|swim|fish|walk|paint|draw|photograph|play|run"
    r"|have)|with (?:the|my|a|some|our|friends|family|him|her|them)|ashes|picnic|swim\w*|fishing"
    r"|ducks|dog|kids)\b"
)
_TEMPORARY = re.compile(
    r"\b(?:(?:next|this) (?:week|weekend|month)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|unt"
    r"il|till|for (?:a|the) (?:week|while|day|few|month)|at (?:the|her|his|your) \w+|in (?:the mor"
    r"ning|person)|this time)\b"
)
_WRIST_CUE = re.compile(r"\b(?:blood|bleeding|bled|deep|just|won'?t stop|hospital|a ?& ?e)\b")

# "disappear" meant as a break, not as ceasing to exist
_NOT_AWAY = (
    r"(?! (?:for (?:a |the |an )?(?:bit|while|day|week|weekend|month|few|hour|afternoon|evening|n"
    r"ight|holiday|couple)|to (?:the|a|my|her|his)\b|off (?:social|the internet|the grid|instagr"
    r"am|facebook|twitter|the radar)|from (?:social|the internet|the group|the forum)|under (?:a"
    r"|the|my) (?:\w+ )?(?:duvet|blanket|covers)|into (?!the (?:sea|river|ocean|water|void|groun"
    r"d|darkness))|somewhere|abroad|on holiday|for a while))"
)

# (name, level, kind, reason, pattern, options)
# Kinds: mask / figurative (clear what they cover), context (level 0 cue),
# distress, passive, selfharm, state, act, abuse, method, acq, and the level-5
# kinds intent / prep / imminent / doit.
_RULES: list[tuple[str, int, str, str, str, dict]] = [
    # ---- masks and figurative idioms: listed first so they win at a position
    (
        "mask_services",
        0,
        "mask",
        "support service",
        r"suicid\w* (?:prevention|hotline|helpline|help ?line|line|awareness|crisis line|lifeline"
        r"|watch|support|services?|charity|training)|self[- ]?harm (?:services?|support|team|charit"
        r"y)",
        {},
    ),
    (
        "fig_die_of",
        0,
        "figurative",
        "figurative: dying of embarrassment/laughing",
        r"(?:want(?:ed|s)?|wanna|could(?: have| ?'ve)?|nearly|almost|practically|literally|just abo"
        r"ut)"
        r" (?:to )?(?:die|died|dying) (?:of|from|laughing|when|with)"
        r"|(?:died|dying|die) (?:laughing|of (?:shame|embarrassment|boredom|laughter|cringe))",
        {},
    ),
    (
        "fig_kill_for",
        0,
        "figurative",
        "figurative: idiom",
        rf"(?:could|would|i'?d|gonna) (?:just |literally |honestly )?kill {_REFL} for"
        rf"|kill {_REFL} for (?:\w+ing|not)\b"
        r"|kill(?:ing|ed)? myself (?:trying|working|laughing|at (?:work|the gym)|to (?:get|finish|m"
        r"ake))",
        {},
    ),
    (
        "fig_killing_me",
        0,
        "figurative",
        "figurative: idiom",
        r"killing me\b|killed me\b|(?:would|i'?d|gonna|going to)"
        r" kill (?:me|you)\b|kill(?:ed|ing)? (?:it|the conversation|the mood|time)\b"
        r"|(?:i'?d|would) kill for|dying to (?:know|hear|see|tell|find|meet|try|get|read|ask)"
        r"|(?:bored|scared|worried|frightened|terrified|sick) to death|dead (?:tired|on my feet)"
        r"|(?:i'?m|im) dead (?:lol|lmao|haha|😂)|the death of me|over my dead body|jump the gun"
        r"|drowning in (?:work|paperwork|emails?|admin|forms|debt)|end of an era",
        {},
    ),
    # ---- level 5: intent, plans, preparation, imminent danger
    (
        "suicide_note",
        5,
        "prep",
        "preparation: suicide note",
        r"(?:suicide|sewerslide) (?:note|letter)s?",
        {},
    ),
    (
        "goodbye_letters",
        5,
        "prep",
        "preparation: goodbye letters",
        r"goodbye (?:letters|notes)\b|goodbye (?:letter|note)s? to (?:my )?(?:family|kids|children|"
        r"parents|everyone|friends|loved ones|mum|mom|dad|wife|husband|partner|sister|brother)"
        r"|(?:said|saying|say) my goodbyes|(?:this is|here'?s) my (?:final |last )?goodbye\b"
        r"(?! to| letter| card| note| post to)",
        {},
    ),
    (
        "giveaway",
        5,
        "prep",
        "preparation: giving away belongings",
        r"(?:giv\w*|gave) away (?:all )?(?:of )?my (?:\w+ )?(?:things|stuff|belongings|possessions|"
        r"pets?)"
        r"|(?:giv\w*|gave) (?:away )?(?:all )?my (?:things|stuff|belongings|possessions)\b"
        r"|(?:giv\w*|gave) my (?:cat|dog|pets?|rabbit|bird|kitten|puppy) (?:away|to)\b"
        r"|(?:giv\w*|gave) away (?:my|our) (?:cat|dog|pets?|rabbit|bird|kitten|puppy)\b",
        {},
    ),
    (
        "stockpile",
        5,
        "prep",
        "preparation: stockpiled means",
        r"(?:stockpil\w*|hoard\w*|stash(?:ed|ing)?|a stash of|a stockpile of|sav(?:ed|ing) up|been "
        r"saving"
        r"|collect(?:ed|ing)|squirrel+ed away) (?:all )?(?:of )?(?:my |the |some |enough )?(?:\w+ )"
        r"?"
        + _DRUGS
        + r"|enough (?:\w+ )?"
        + _DRUGS
        + r" (?:saved|stored|put aside|hidden|to (?:do it|die|end it|kill me|overdose))",
        {},
    ),
    (
        "means_ready",
        5,
        "prep",
        "preparation: means ready",
        r"(?:rope|noose|gun|blades?|hose|ligature) (?:is |are )?(?:ready|set up|all set|tied)\b"
        r"|(?:have|got|put|laid out|lined up|set out)(?: got)? (?:the|my|a) (?:rope|noose|gun"
        r"|blades?|hose|ligature) (?:ready|out|lined up|laid out)|tied (?:a|the) noose"
        r"|loaded the gun",
        {},
    ),
    (
        "plan_how",
        5,
        "intent",
        "plan",
        r"plan(?:ning|ned)? (?:how|when|where|the way) (?:i'?d|i would|i will|i'?ll|i'?m going to|t"
        r"o"
        r"|i could|i'?m gonna) " + _ACT,
        {},
    ),
    (
        "my_plan",
        5,
        "intent",
        "plan with a method",
        r"my plan (?:is|would be|was|will be)\b",
        {"requires": "method_in_sentence"},
    ),
    (
        "intent",
        5,
        "intent",
        "intent",
        _INTENT + r" (?:just |finally |actually |really )?" + _ACT,
        {},
    ),
    (
        "progressive",
        5,
        "intent",
        "intent",
        _IM + r" (?:ending (?:my life|it all|it\b(?! with)|things)"
        r"|killing myself(?! (?:trying|for|over)))|ready to die",
        {},
    ),
    (
        "doit",
        5,
        "doit",
        "intent: doing it with a time",
        r"(?:do|doing) it\b|it'?s happening|it(?:'ll| will| is going to| is gonna) happen",
        {"requires": "time_and_context_or_means"},
    ),
    (
        "not_here",
        5,
        "imminent",
        "imminent: won't be here",
        r"i (?:won'?t|will not|wont) be (?:here|around|alive) (?:tomorrow|much longer|for (?:much )"
        r"?longer"
        r"|by (?:morning|tomorrow|the weekend|\w+day)|next (?:week|weekend)|after tonight)"
        r"|(?:i'?ll|i will) be (?:gone|dead) (?:by|before|soon|tomorrow)",
        {"benign": "travel"},
    ),
    (
        "night",
        5,
        "prep",
        "preparation: tonight is the night",
        r"tonight(?:'s| is) the night",
        {"requires": "context"},
    ),
    (
        "standing",
        5,
        "imminent",
        "imminent: at a high place",
        r"(?:standing|stood|sitting|sat|i'?m|im|i am) (?:on|at) (?:the )?(?:edge of )?(?:the |a |th"
        r"is )?"
        r"(?:bridge|roof|rooftop|ledge|cliff|platform edge)\b(?! (?:team|club|game))",
        {"requires": "time_or_context_or_hist"},
    ),
    (
        "od_taken",
        5,
        "imminent",
        "imminent: overdose taken",
        r"(?:took|taken|swallowed|downed) (?:all|every|the whole|a whole|the entire|the rest|\d{2,}"
        r"|a (?:bottle|handful|box|packet|pack|load)|loads|a lot|a bunch|too many)(?: of)?"
        r"(?: (?:my|the|those|these|his|her))?(?: bottle(?: of)?)?(?: sleeping)? (?:"
        + _DRUGS
        + r"|them)\b|(?:took|taken|swallowed|downed) (?:the |some )?(?:sleeping )?"
        + _DRUGS
        + r"\b(?! as usual| every| like| this morning)"
        + r"|(?:took|taken|had) an overdose|overdosed",
        {"method": True},
    ),
    (
        "cut_deep",
        5,
        "imminent",
        "imminent: serious self-injury",
        r"cut (?:too|so|really) deep",
        {"self_harm": True},
    ),
    (
        "means_set",
        5,
        "prep",
        "preparation: means ready with a time",
        _MEANS_SRC + r"(?:[ ,]+(?!and\b|but\b)[\w']+){0,7}?[ ,]+(?:are |is |all )*(?:ready|lined up"
        r"|counted(?: out)?|laid out|set out|saved(?: up)?|put (?:by|aside)|set aside|aside"
        r"|stashed|hidden|stockpiled|waiting)\b",
        {"need": (_TIME_IN,), "unless": (_ROUTINE,)},
    ),
    (
        "take_them_time",
        5,
        "intent",
        "intent: taking the means with a time",
        r"(?:going to|gonna|will|i'?ll|planning to|plan to|about to) (?:take|swallow|use) (?:them|"
        r"it"
        r"|the lot|all of them|them all)\b",
        {"need": (_TIME_IN,), "need_text": (_MEANS_IN,), "unless": (_ROUTINE,)},
    ),
    (
        "od_container",
        5,
        "imminent",
        "imminent: overdose taken",
        r"(?:took|taken|swallowed|downed|necked|emptied) (?:all|every|the whole|a whole|the entire"
        r"|an entire|the rest of|the full|a full|loads of)(?: of)?(?: (?:my|the|those|these|a))?"
        r"(?: \w+){0,2}? (?:packets?|box(?:es)?|bottles?|strips?|blister\w*|pack|tubs?|jars?|lot"
        r"|supply)\b(?! of (?!(?:my |the |those |these |her |his )?(?:\w+ )?" + _DRUGS + r"))"
        r"|(?:took|taken|swallowed|downed|necked) (?:about |around |maybe |over |nearly |almost |l"
        r"ike "
        r"|at least )?(?:all|every|the whole|a whole|the entire|the rest|a handful|twenty|thirty|fo"
        r"rty|fifty|sixty|seventy|eighty|ninety|a hundred|dozens|loads|\d{2,})(?:[- ]\w+)?(?: of)?"
        r"(?: (?:my|the|those|these|his|her|their))?(?: \w+'s)?(?: \w+)? "
        + _DRUGS
        + r"\b|emptied (?:a|the|my|the whole|a whole) (?:bottle|packet|box|tub|jar) of (?:\w+ )?"
        + _DRUGS
        + r"|emptied [^.!?]{0,30}(?:into my mouth|down my throat)"
        r"|(?:took|swallowed|taken|downed) (?:everything|all of it|whatever (?:was|i could find))"
        r" (?:in|from) (?:the|my) (?:\w+ )?(?:cabinet|cupboard|drawer|box|bathroom|first aid kit)"
        r"|(?:i'?ve|i have|i|already|just) (?:already |just )?(?:took|taken|swallowed|downed) them"
        r" all\b(?! (?:to|out|home|back|with|in|off|for|on|around))"
        r"|(?:took|taken|had|did) (?:an?|another) (?:\w+ )?overdose",
        {"method": True},
    ),
    (
        "wrists_cut",
        5,
        "imminent",
        "imminent: serious self-injury",
        r"(?:cut|slit|slashed|sliced) (?:open )?(?:my|both) (?:wrists?|throat)\b",
        {"self_harm": True, "need": (_WRIST_CUE,)},
    ),
    (
        "go_place",
        5,
        "intent",
        "intent: going to a high or dangerous place, decided, with a time",
        r"(?:going|go|heading|head|walking|walk|driving|drive|getting|get|taking|off) (?:myself )?"
        r"(?:up |down |out |over |back )?(?:to|towards) (?:the )?(?:top (?:floor )?of "
        r"(?:the )?|edge of (?:the )?)?(?:bridge|cliffs?|tracks|railway(?: line| bridge)?"
        r"|train (?:line|tracks)|river|sea|lake|quarry|roof(?:top)?|top floor|multi-?storey(?: car"
        r" park)?|car park roof|viaduct|motorway bridge|overpass|flyover|pier)\b"
        r"(?! club| game| tournament| night| party| lesson| class| group| festival| walk)",
        {"requires": "time_and_context_other", "unless": (_LEAVING, _OUTING)},
    ),
    (
        "place_time",
        5,
        "intent",
        "intent: a high or dangerous place with a time, decided",
        r"(?:the|that) (?:bridge|cliffs?|tracks|railway(?: line)?|roof(?:top)?|viaduct|multi-?stor"
        r"ey)"
        r",? (?:tonight|tomorrow|this weekend|today|later tonight)\b",
        {"requires": "time_and_context_other", "unless": (_LEAVING, _OUTING)},
    ),
    (
        "not_here_time",
        5,
        "imminent",
        "imminent: won't be here",
        r"(?:i (?:won'?t|will not|wont)|(?:i'?m|im|i am) not (?:going to|gonna)) be (?:here|around"
        r"|alive)\b",
        {"need": (_TIME_IN,), "unless": (_LEAVING,)},
    ),
    (
        "not_around_to",
        5,
        "prep",
        "preparation: won't be around",
        r"(?:won'?t|will not|wont|not going to|not gonna) be (?:here|around|alive) (?:to \w+|for ("
        r"?:"
        r"long|much longer"
        r"|christmas|(?:my|her|his|their) (?:birthday|wedding)|next year)|much longer|anymore|any "
        r"more|after (?:tonight|today|this))",
        {"unless": (_LEAVING, _TEMPORARY)},
    ),
    (
        "reading_this",
        5,
        "prep",
        "preparation: goodbye message",
        r"by the time (?:anyone|you|someone|people|they|u|my \w+) (?:reads?|sees?|finds?|gets?|hear"
        r"s?) (?:this|here)\b"
        r"|if (?:you'?re|you are|anyone is|someone is|u r|ur) reading this,? (?:then )?(?:i'?m|i a"
        r"m|"
        r"i'?ll be|i will be|it'?s|it is|it will be) (?:already |probably |likely )?(?:gone|dead|o"
        r"ve"
        r"r|too late|not here|no longer)",
        {"need": (_GONE_CUE,), "unless": (_LEAVING,)},
    ),
    (
        "last_post",
        5,
        "prep",
        "preparation: goodbye message",
        r"this (?:is|will be) (?:my|the) (?:very )?(?:last|final) (?:post|message|words|update"
        r"|goodbye|(?:thing|time) (?:i'?ll|i will|i'?m going to|i am going to|i) (?:ever )?(?:post"
        r"|write|say|send|be here))\b(?! (?:about|on|regarding|in|of|for a|for now|for today|for "
        r"this|for the|until|till|before|to (?:her|him|them|my (?:therapist|counsell?or|ex))))",
        {"unless": (_LEAVING,)},
    ),
    (
        "never_hear",
        5,
        "prep",
        "preparation: goodbye message",
        r"(?:won'?t|will not|wont|will never|'ll never) (?:hear from|see|hear) me (?:again|anymore|"
        r"any more|ever again)|(?:no ?one|nobody|no-one) (?:will|is going to|'ll) (?:hear from|se"
        r"e) me again|(?:before|when|after) i go for good|(?:last|final) (?:words|goodbye)"
        r" to (?:everyone|you all|all of you|the world)",
        {"unless": (_LEAVING,)},
    ),
    (
        "letter_why",
        5,
        "prep",
        "preparation: goodbye letter",
        r"(?:left|written|wrote|writing|leave|leaving) (?:a |some |the )?(?:letters?|notes?|messag"
        r"es?)\b[^.!?]{0,50}?\b(?:explaining why|why i (?:couldn'?t|can'?t|had to|did (?:it|this)|"
        r"chose)|for (?:when|after) i'?m gone|to find (?:me|after)|so they know why|for (?:them|my "
        r"\w+) to find)",
        {},
    ),
    (
        "give_gone",
        5,
        "prep",
        "preparation: giving away belongings",
        r"(?:won'?t|will not|wont) (?:be )?need(?:ing)? (?:it|them|any of (?:it|them)|those|these|m"
        r"y \w+)(?! (?:after|until|till|for|at|on|this|next|when|once|during|because|in|at))|(?:so"
        r"mething )?to remember me by|(?:when|after|once) i'?m (?:gone|not here|dead)"
        r"|no point (?:in )?keeping (?:them|it|anything|my \w+)",
        {"need": (_GIVE_VERB, _MY), "unless": (_ESTATE,)},
    ),
    # ---- level 4: ideation with a method
    (
        "method_hang",
        4,
        "method",
        "method: hanging",
        rf"hang(?:ing|ed|s)? {_REFL}",
        {},
    ),
    (
        "method_jump",
        4,
        "method",
        "method: jumping",
        r"(?:jump|jumping|jumped|leap|leaping|throw(?:ing)? myself) (?:off|from)\b"
        r"(?! (?:the |a )?(?:bus|bed|sofa|couch|horse|bike|call|phone|wagon|deep end|diving board))"
        r"",
        {},
    ),
    (
        "method_train",
        4,
        "method",
        "method: train or traffic",
        r"(?:step|stepping|stepped|walk|walking|throw|throwing|jump|jumping|lie|lying|lay)"
        r" (?:myself )?(?:in front of|under|onto) (?:a |the |an )?(?:\w+ )?(?:train|bus|lorry|truck"
        r"|tube|tram|traffic|tracks|railway)",
        {},
    ),
    ("method_od", 4, "method", "method: overdose", r"overdos(?:e|es|ing)\b|\bod(?:ing)? on\b", {}),
    (
        "method_wrists",
        4,
        "method",
        "method: cutting wrists",
        r"(?:slit|slitting|slash\w*|cut|cutting) (?:my|his|her|their) wrists?",
        {"self_harm": True},
    ),
    (
        "method_self",
        4,
        "method",
        "method",
        rf"(?:shoot(?:ing)?|shot|drown(?:ing|ed)?|poison(?:ing|ed)?|gas(?:s?ing)?|suffocat\w*|"
        rf"electrocut\w*|strangl\w*) {_REFL}|(?:use|using) (?:it|a gun|the gun|his gun|a knife|the "
        rf"knife)"
        rf" on {_REFL}|drink(?:ing)? (?:the )?(?:bleach|antifreeze)",
        {},
    ),
    (
        "method_drive",
        4,
        "method",
        "method: crash",
        r"(?:drive|driving|drove|crash\w*|steer\w*) (?:my car |the car )?(?:into|off) (?:a |the )?"
        r"(?:wall|tree|bridge|river|cliff|oncoming|lorry|truck|motorway)",
        {},
    ),
    (
        "method_sea",
        4,
        "method",
        "method: drowning",
        r"walk(?:ing|ed)? into the (?:sea|ocean|river|lake|water)",
        {},
    ),
    (
        "method_take_all",
        4,
        "method",
        "method: taking all the pills",
        r"(?:take|taking|swallow\w*) (?:all|every|the whole|the rest)(?: of)?(?: (?:my|the|his|her|"
        r"those"
        r"|their))? (?:\w+ )?" + _DRUGS + r"|(?:take|taking) every pill",
        {},
    ),
    (
        "method_them_all",
        4,
        "method",
        "method: taking them all",
        r"(?:take|taking|swallow\w*) them all",
        {"requires": "drug_in_sentence"},
    ),
    (
        "method_enough",
        4,
        "method",
        "method: lethal amount",
        r"enough to (?:kill me|end it|end my life|do it|die)"
        r"|which (?:pills|tablets|method|way) (?:would|will|is|are) "
        r"(?:work|best|quickest|fastest|painless)",
        {},
    ),
    (
        "method_think",
        4,
        "method",
        "ideation about a means",
        r"(?:think\w*|thought|imagin\w*|fantasi[sz]\w*|dream\w*|wonder\w*|googl\w*|research\w*|read"
        r"ing about"
        r"|read up on|look(?:ing|ed|s)? (?:up|at)|star(?:e|ing|ed) at|eyeing|picturing)\b[^.!?,;]{0"
        r",40}?" + r"\b" + _METHOD_OBJ,
        {"inner_negation": True},
    ),
    (
        "acquire",
        4,
        "acq",
        "preparation: acquired means",
        r"(?:bought|buying|buy|ordered|ordering|got|getting|loaded|sharpened|tied|prepared)"
        r" (?:me )?(?:a |the |some |my |enough )?(?:rope|noose|hose|ligature|charcoal|gun|pistol|bu"
        r"llets"
        r"|blades?|razor blades?|bleach|antifreeze|helium)\b",
        {},
    ),
    (
        "method_howmany",
        4,
        "method",
        "method research: lethal amount",
        r"how (?:many|much) (?:\w+ ){0,4}?(?:it would take|would it take|it takes|it'?d take"
        r"|would (?:kill|be (?:lethal|fatal|enough))|(?:\w+ )?" + _DRUGS + r")",
        {"need": (_MEANS_IN,), "unless": (_ROUTINE,)},
    ),
    (
        "method_lethal",
        4,
        "method",
        "method research: lethal dose",
        r"(?:lethal|fatal|deadly|toxic) (?:dose|amount|quantity|level|combination|mix)"
        r"|(?:would|could|will|might) be (?:lethal|fatal|deadly)|(?:is|are) (?:lethal|fatal)\b",
        {"need": (_MEANS_IN, _ASKING)},
    ),
    (
        "method_ways",
        4,
        "method",
        "method research: ways to die",
        r"(?:painless|painlessly|quick(?:est)?|easiest|easy|best|surest|fastest|peaceful|reliable"
        r"|simplest|least painful) (?:ways?|methods?|means) (?:to|of) (?:die|dying|go\b(?! to| ho"
        r"me| back| out| there| about| through| forward| on| for)|end (?:it|my life|things)\b(?! w"
        r"ith)|kill (?:myself|yourself|oneself)|suicide|commit|killing myself|ending (?:it|my life"
        r"))|how (?:high|tall|far (?:down|up)) (?:\w+ ){0,4}?(?:building|bridge|drop|fall|floor|st"
        r"orey|cliff|roof|jump)|(?:which|what|the) (?:\w+ )?(?:bridge|building|cliff|car park|mult"
        r"i-?st"
        r"orey|tower|drop|viaduct) (?:is|are|would be|was) (?:the )?(?:highest|tallest|high enough"
        r"|d"
        r"eadliest)|(?:the )?(?:fall|drop|jump|height) (?:from|off) [^.!?]{0,30}?(?:would|will|cou"
        r"ld|might|is enough to) kill (?:me|someone|a person)|how (?:long|quickly|fast) (?:it )?(?"
        r":takes|would take|does it take)"
        r" to (?:die|drown|bleed out|suffocate|hang)",
        {},
    ),
    (
        "method_rehearse",
        4,
        "method",
        "method rehearsal",
        r"practis\w*|practic\w*|rehears\w*|(?:dry|trial|practice|test) run|to see (?:if|whether) "
        r"(?:i could|it would|it'?d|i can|it can|it holds|it would hold)|to see how (?:it (?:would"
        r" |"
        r")?feels?|high|far|long)|(?:tied|tie|tying|made|mak"
        r"ing) (?:a |the )?(?:knot|noose|loop)",
        {"need": (_REHEARSE_CUE,), "need_any": (_MEANS_IN, _PLACE_IN)},
    ),
    (
        "method_fall",
        4,
        "method",
        "method: falling from a height",
        r"(?:stepping|step|stepped|leaning|lean|leant|leaned|going|go|went|falling|fall|fell|tippin"
        r"g|tip|rolling|roll|throwing myself|letting myself fall|let myself fall|climbing|climb)"
        r" (?:off|over|forward|out|of)\b(?! (?:the |a )?(?:train|bus|plane|tram|boat|kerb|curb|sta"
        r"ge|scale|ferry|notes|it|this|that|what))",
        {"need": (_PLACE_IN, _CONTEMPLATE)},
    ),
    (
        "method_swerve",
        4,
        "method",
        "method: crash",
        r"(?:swerv\w*|veer\w*|aim\w*|steer\w*|driv\w*|drove|crash\w*) (?:my car |the car |the whee"
        r"l )?(?:into|off) (?:a |the |an )?(?:\w+ )?(?:barrier|central reservation|oncoming traffi"
        r"c|"
        r"lamp ?post|pole|embankment|reservoir|canal|pillar|tree|wall|bridge|lorry|truck|cliff)",
        {"need": (_CONTEMPLATE,)},
    ),
    # ---- level 3: active ideation
    (
        "abuse",
        3,
        "abuse",
        "telling someone else to die",
        r"kys\b|k y s\b|(?:kill|unalive|hang|off) (?:your|ur)\s?sel(?:f|ves)|go die\b|drink bleach",
        {},
    ),
    ("act_kill", 3, "act", "active ideation", rf"kill(?:ing|ed|s)? {_REFL}|kms\b", {}),
    (
        "act_unalive",
        3,
        "act",
        "active ideation (slang)",
        rf"unaliv\w*(?: {_REFL})?|off(?:ing)? {_REFL}|self[- ]?delet\w*|catch the bus|kashoot",
        {},
    ),
    (
        "act_end",
        3,
        "act",
        "active ideation",
        r"(?:end|ending) (?:my (?:own )?life|it all|it\b(?! with| off| there| here| now\b)|things\b"
        r"(?! with| between| off))"
        r"|(?:take|taking|took|taken) (?:my|his|her|their) (?:own )?life",
        {},
    ),
    (
        "act_stupid",
        3,
        "act",
        "active ideation (euphemism)",
        r"(?:do|doing|did) (?:something|anything) (?:stupid|drastic|silly|permanent)",
        {},
    ),
    (
        "state_suicide",
        3,
        "state",
        "active ideation",
        r"suicid\w*|sewer ?slide\w*|sui\b|self[- ]?unalive",
        {},
    ),
    # ---- level 2: self-harm
    (
        "selfharm",
        2,
        "selfharm",
        "self-harm",
        rf"self[- ]?harm\w*|self[- ]?injur\w*|(?:cut|cuts|cutting|burn|burns|burning|burned|burnt|h"
        rf"urt"
        rf"|hurts|hurting|hit|hits|hitting|punch\w*|scratch\w*|starv\w*|harm\w*|bit|biting) {_REFL}"
        rf"(?! (?:at the gym|at work|playing|running|lifting|laughing|cooking|in the (?:kitchen|gar"
        rf"den|gym)"
        rf"|on (?:the|a) (?:stove|oven|iron|kettle|pan|hob)))"
        r"|(?:been|started|start|relapsed and|back to|keep|kept) cutting\b(?! back| down| ties| out"
        r"| off"
        r"| my hours| costs| corners| the| it| them| her| him| you| people| class| sessions| hair)"
        r"|cutting again|cut (?:my|his|her) (?:arms?|legs?|thighs?|skin|stomach)"
        r"|scratch\w* my (?:arms?|skin|legs?|face) (?:until|till|til) (?:they|it) bled",
        {"self_harm": True},
    ),
    (
        "selfharm_past",
        2,
        "selfharm",
        "self-harm (past habit)",
        r"used to (?:cut|burn|hurt|harm|scratch|hit|starve)\b(?! (?:my |her |his )?(?:own )?(?:hai"
        r"r|class\w*"
        r"|corners|the grass|down|back|out|through|across|off|in\b|it|them|people|the \w+))",
        {"self_harm": True},
    ),
    (
        "selfharm_stopped",
        2,
        "selfharm",
        "self-harm (stopped)",
        r"(?:stopped|quit|gave up|giving up) (?:cutting|self[- ]?harming|burning myself|hurting mys"
        r"elf|harming myself|hitting myself)\b(?! (?:my |her |his )?(?:hair|back|down|ties|out|cor"
        r"ne"
        r"rs|class))",
        {"self_harm": True, "inner_negation": True},
    ),
    # ---- level 2: wish to be dead, passive ideation
    (
        "passive_die",
        2,
        "passive",
        "wish to be dead",
        r"(?:want(?:ed|s|ing)? to|wanna|wish i could|wish to) (?:just |simply )?(?:die|be dead|not "
        r"exist"
        r"|stop existing|disappear(?: forever| for good| and never| and not|\b"
        + _NOT_AWAY
        + r"))\b"
        r"|wish(?:ed|es)? (?:i|i'?d|she|he|they|she'?d|he'?d) (?:was|were|had|could) (?:just )?"
        r"(?:dead|died|never been born|not born|not here|gone)|wish(?:ed|es)? (?:i'?d|i had) (?:die"
        r"d|never"
        r" been born|never existed)|wish it (?:was|were|had been) me\b",
        {},
    ),
    (
        "passive_wake",
        2,
        "passive",
        "wish not to wake up",
        r"(?:go to sleep|sleep|fall asleep) and (?:not|never) wake|sleep forever|(?:pray|hope|wish)"
        r"\w*"
        r"\b[^.!?]{0,40}?\b(?:won'?t|wouldn'?t|don'?t|do not|will not|never|not) wake up"
        r"|(?:don'?t|never) want to wake up",
        {},
    ),
    (
        "passive_better_off",
        2,
        "passive",
        "passive ideation",
        r"better off (?:dead|without me)|(?:rather|sooner) be dead|(?:rather|sooner) die\b"
        r"|(?:no ?one|nobody|no-one) would (?:even )?(?:notice|care|miss me)"
        r"|(?:no|any|don'?t have a|don'?t have any|haven'?t got a) reason (?:to|for) (?:live|living"
        r"|go on|"
        r"keep going|be alive|being alive|be here)|nothing (?:left )?to live for",
        {},
    ),
    (
        "passive_not_live",
        2,
        "passive",
        "passive ideation",
        r"don'?t want to (?:be (?:here|around) (?:anymore|any ?more|no more)|be alive|live\b|exist)"
        r"|(?:tired|sick|weary) of (?:living|being alive|life|existing)"
        r"|what'?s the point (?:of|in) (?:living|life|going on|being alive|being here|anything|it a"
        r"ll"
        r"|carrying on|existing)(?! (?:at|in|with|for) (?:the|this|that|a|these|those|her|his|my)"
        r"\b)"
        r"|life (?:isn'?t|is not|isnt|is no longer|is not) worth (?:living|it)|not worth living"
        r"|(?:don'?t|can'?t|cannot) see (?:a|any) future|want (?:it all|everything|all of it) to (?"
        r":stop|end)"
        r"|can'?t go on like this(?= any ?more)|can'?t (?:go on|carry on|keep living)(?! like this)"
        r"",
        {},
    ),
    (
        "passive_hit",
        2,
        "passive",
        "passive ideation",
        r"(?:hit by a (?:bus|car|train|truck|lorry)|died in my sleep|didn'?t wake up|never woke up)"
        r"[^.!?]{0,40}?(?:wouldn'?t|would not|won'?t|wouldnt) (?:mind|care)"
        r"|(?:wouldn'?t|would not|wouldnt) (?:mind|care) if i (?:died|didn'?t wake up|got hit|never"
        r" woke up"
        r"|was gone|wasn'?t here)",
        {},
    ),
    (
        "passive_point",
        2,
        "passive",
        "passive ideation: no point being here",
        r"(?:(?:don'?t|can'?t|cannot|do not|can not) see (?:the|any|much|a) (?:point|reason)|what'"
        r"?s"
        r" the point|no (?:point|reason)|is there (?:any|a) (?:point|reason)|there'?s no (?:point|r"
        r"eason)) (?:\w+ ){0,3}?(?:(?:of|in|for) )?(?:me )?(?:being|to be|to still be|still being|t"
        r"o stay|staying|to keep) (?:here|around|alive|on this earth|in this world)\b(?! (?:at|for"
        r"|in) (?:the|this|that|a|work|school|session|group|appointment))",
        {},
    ),
    (
        "passive_vanish",
        2,
        "passive",
        "passive ideation: wish not to exist",
        r"(?:feel(?:ing)? like|want(?:ed|s)? to|wanna|wish i could|would like to|i'?d like to|long "
        r"to) (?:just |simply )?(?:disappear(?:ing)?|vanish(?:ing)?|fade away|fading away|stop exis"
        r"ting|cease to exist|not (?:be )?exist(?:ing)?|not be (?:here|around|alive))\b"
        + _NOT_AWAY
        + r"|(?:just |simply )(?:not existing|stop existing|not exist)\b"
        r"|(?:stop|stopped) existing (?:for good|forever|altogether|completely)",
        {},
    ),
    (
        "passive_burden",
        2,
        "passive",
        "passive ideation: others better off",
        r"(?:better off|happier|easier|relieved|lighter|better|fine|okay|ok) (?:without me\b|if i "
        r"(?:"
        r"just |simply )?(?:(?:was|were) (?:gone|dead|not (?:here|around|alive))|(?:wasn'?t|weren'"
        r"?t"
        r"|was not|were not) (?:here|around|alive|in the picture|in their lives)|disappeared|died|"
        r"di"
        r"dn'?t exist|never existed|was never born|vanished)\b)(?! (?:on|for|at|this|next|today|tom"
        r"orrow|to(?:night|day)|in (?:the|this) (?:meeting|session|group|room|office)))",
        {},
    ),
    (
        "passive_hit2",
        2,
        "passive",
        "passive ideation: indifferent to dying",
        r"(?:wouldn'?t|would not|wouldnt|don'?t|do not) (?:mind|care) if (?:a|the|some) (?:\w+ )?(?"
        r":bus|car|train|truck|lorry|van|plane) (?:hit|ran|knocked|killed|took|crashed)"
        r"|(?:wouldn'?t|would not|wouldnt|don'?t|do not) (?:mind|care) if (?:something|anything) (?"
        r":happened to me|hit me|killed me)"
        r"|(?:fine|okay|ok|happy|glad|relieved|wouldn'?t mind|wouldn'?t care|don'?t care) if i (?:n"
        r"ever|didn'?t|don'?t|do not|did not) (?:wake|woke|waking)(?: up)?"
        r"|(?:rather|sooner|prefer to) not (?:exist|be alive|be here|be around|wake up|be born)\b"
        r"|(?:hope|hoping|wish|wishing|pray\w*) (?:that )?i (?:get|got|'d get|would get|will get|'"
        r"ll "
        r"get) (?:hit|run over|knocked down|killed)\b"
        r"|(?:hope|hoping|wish|wishing|pray\w*) (?:that )?(?:a|the|some) (?:\w+ )?(?:bus|car|train|"
        r"truck|lorry) (?:hits|kills|runs|will hit|would hit|hit|ran) me\b"
        r"|(?:hope|hoping|wish|wishing|pray\w*) (?:that )?something (?:bad |terrible |awful )?(?:wi"
        r"ll |would |'ll )?(?:happens?|happened) to me",
        {},
    ),
    # ---- level 1: distress
    (
        "distress",
        1,
        "distress",
        "distress",
        r"hopeless\w*|despair\w*|(?:can'?t|cannot|unable to) cope|can'?t (?:do|take) (?:this|it)"
        r" (?:anymore|any more)|can'?t go on like this|(?:such a|a|being a) burden|worthless|empty "
        r"inside"
        r"|(?:i'?m|i feel|feel|so) numb|no hope|lost (?:all )?hope|no way (?:out|forward|through)"
        r"|can'?t see a way (?:out|through|forward)|falling apart|give up on (?:everything|life)"
        r"|giving up on (?:everything|life)|pointless|what'?s the point|(?:nothing|never) (?:is )?("
        r"?:ever )?"
        r"going to get better|how much longer i can|end of my (?:rope|tether)|trapped\b|so alone\b"
        r"|can'?t breathe|want to give up|completely alone",
        {},
    ),
    (
        "distress_keep_going",
        1,
        "distress",
        "distress",
        r"(?:don'?t|do not|dont) know how (?:to|i can|i'?m going to|i'?ll|i will|much longer i can"
        r"|lon"
        r"g i can) (?:keep (?:going|doing this|on)|carry on|go on|cope|survive|get through|keep liv"
        r"ing|do this|hold on|manage)"
        r"|(?:can'?t|cannot|couldn'?t) stop crying|crying (?:every|all) (?:night|day)|cry myself to"
        r" sleep|barely (?:holding on|hanging on|surviving|coping|functioning|keeping it together)"
        r"|(?:can'?t|cannot) see (?:it|things|anything|life) (?:ever )?(?:getting|get) better"
        r"|(?:lost and empty|empty and lost)|feel (?:so |completely |totally )?empty\b"
        r"|(?:can'?t|cannot) (?:make it|make the pain|make this) stop",
        {},
    ),
    # ---- context cues (no level of their own)
    (
        "ctx_decided",
        0,
        "context",
        "decision",
        r"(?:i'?ve|i have|ive) decided\s*(?:[.!,;:-]|$)|it'?s decided|(?:my )?mind is made up"
        r"|i know what i'?m (?:doing|going to do)(?! (?:with|about|for|next|at|in))"
        r"|(?:this|tonight|today) is (?:my|the) (?:last|final) (?:night|day)\b(?! (?:in|at|of|her"
        r"e|with|before|off|as|on (?:the|my|this) (?:job|course|ward)))"
        r"|(?:i'?m|im|i am) done (?:fighting|trying|with (?:life|living|everything|it all))\b"
        r"|(?:i'?m|im|i am) ready to go\b(?! (?:to|out|home|back|on|for|with|in|at|now|shopping))"
        r"|no more (?:fighting|trying)\b|(?:i'?m|im|i am) finished with (?:everything|life|it all)"
        r"|everything(?:'s| is) (?:ready|in place|arranged|planned)|that'?s it\s*[.!]"
        r"|goodbye,? (?:everyone|everybody|all of you|you all|world)"
        r"|tell (?:my \w+|everyone|them) (?:that )?i(?:'m| am| was)? (?:love|loved|sorry)",
        {},
    ),
    (
        "ctx_plan",
        0,
        "context",
        "plan",
        r"(?:i'?ve|i have|ive|i) (?:got |made )?a plan\b(?! for| to (?:call|see|get|find|talk|write"
        r"|go))"
        r"|made (?:up )?my mind\b(?! (?:to|about) )|made my (?:decision|choice)|at peace with (?:it"
        r"|my"
        r" decision|this)|there'?s no other way",
        {},
    ),
]

_RULE_INFO = {name: (level, kind, reason, opts) for name, level, kind, reason, _p, opts in _RULES}
_RULE_SRC = {name: rf"(?P<{name}>\b(?:{pattern}))" for name, _l, _k, _r, pattern, _o in _RULES}
_RULE_ORDER = [name for name, *_rest in _RULES]
for _src in _RULE_SRC.values():
    re.compile(_src)  # fail loudly at import on a broken rule

# ---- Fast dispatch -------------------------------------------------------
# Scanning one big alternation at every position is slow in Python's regex
# engine. Instead each rule's possible leading characters (up to _WIN) are
# derived from its parsed pattern; at each word start only the rules whose
# prefix fits the next few characters are tried.
_WIN = 6
_WORD_START = re.compile(r"\b(?=(\w.{0," + str(_WIN - 1) + "}))", re.S)


def _leading(items, k: int) -> set[tuple[str, bool]]:
    """Possible leading literal strings of a parsed pattern: {(text, still_open)}."""
    from re import _constants as c  # stdlib internals; guarded by the caller

    states = {("", True)}
    for op, av in items:
        if not any(o and len(t) < k for t, o in states):
            break
        if op is c.LITERAL:
            parts = {(chr(av), True)}
        elif op in (c.AT, c.ASSERT_NOT, c.ASSERT):
            parts = {("", True)}
        elif op is c.SUBPATTERN:
            parts = _leading(av[3], k)
        elif op is c.BRANCH:
            parts = set()
            for branch in av[1]:
                parts |= _leading(branch, k)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            lo, hi, sub = av
            inner = _leading(sub, k)
            if lo == 1 and hi == 1:
                parts = inner
            else:
                parts = {(t, False) for t, _o in inner}
                if lo == 0:
                    parts.add(("", True))
        else:
            parts = {("", False)}
        new = set()
        for text, open_ in states:
            if not open_ or len(text) >= k:
                new.add((text, False))
                continue
            for t, o in parts:
                joined = (text + t)[:k]
                new.add((joined, o and len(joined) < k))
        states = new
    return states


def _rule_prefixes() -> dict[str, tuple[str, ...]]:
    try:
        from re import _parser

        out = {}
        for name, _l, _k, _r, pattern, _o in _RULES:
            parsed = _parser.parse(pattern)
            out[name] = tuple(sorted({t for t, _o in _leading(list(parsed), _WIN)}))
        return out
    except Exception:  # noqa: BLE001 - fall back to trying every rule everywhere
        return {name: ("",) for name in _RULE_ORDER}


_PREFIXES = _rule_prefixes()
_RANK = {name: i for i, name in enumerate(_RULE_ORDER)}
_CONDITIONAL = frozenset(
    name
    for name, _l, _k, _r, _p, opts in _RULES
    if any(k in opts for k in ("requires", "need", "need_text", "need_any", "unless", "benign"))
)
# prefix text -> indices of the rules that may start with it
_PREFIX_MAP: dict[str, frozenset[int]] = {}
for _i, _name in enumerate(_RULE_ORDER):
    for _p in _PREFIXES[_name]:
        _PREFIX_MAP[_p] = _PREFIX_MAP.get(_p, frozenset()) | {_i}
_ALWAYS = _PREFIX_MAP.get("", frozenset())
_WINDOW_CACHE: dict[str, tuple[re.Pattern, tuple[int, ...]] | None] = {}
_GROUP_CACHE: dict[tuple[int, ...], re.Pattern] = {}


def _rules_for(window: str) -> tuple[re.Pattern, tuple[int, ...]] | None:
    idx = set(_ALWAYS)
    get = _PREFIX_MAP.get
    for n in range(1, len(window) + 1):
        found = get(window[:n])
        if found:
            idx |= found
    entry = None
    if idx:
        key = tuple(sorted(idx))
        entry = (_group(key), key)
    if len(_WINDOW_CACHE) < 100000:
        _WINDOW_CACHE[window] = entry
    return entry


def _group(key: tuple[int, ...]) -> re.Pattern:
    regex = _GROUP_CACHE.get(key)
    if regex is None:
        regex = re.compile("|".join(_RULE_SRC[_RULE_ORDER[i]] for i in key))
        _GROUP_CACHE[key] = regex
    return regex


def _find_hits(norm: str) -> list[tuple[int, int, str]]:
    found = []
    cache = _WINDOW_CACHE
    for m in _WORD_START.finditer(norm):
        window = m.group(1)
        entry = cache.get(window, False)
        if entry is False:
            entry = _rules_for(window)
        if entry is None:
            continue
        regex, key = entry
        pos = m.start()
        hit = regex.match(norm, pos)
        # A conditional rule may be dropped later, so the rules after it still get a look.
        while hit is not None:
            name = hit.lastgroup
            found.append((hit.start(), hit.end(), name))
            if name not in _CONDITIONAL:
                break
            rank = _RANK[name]
            key = tuple(i for i in key if i > rank)
            if not key:
                break
            hit = _group(key).match(norm, pos)
    return found


_TIME = re.compile(_TIME_SRC)
_SENT_SPLIT = re.compile(r"[.!?\n]+")
_CLAUSE_SPLIT = re.compile(
    r"[.!?\n;:,()\"]+|\s-+\s|\s(?:but|and|so|because|cos|cause|though|although|while|whereas|yet|or"
    r"|except)\s"
)
_NEG = re.compile(
    r"\b(?:never|not|no|don'?t|dont|do not|doesn'?t|didn'?t|didnt|won'?t|wont|will not|wouldn'?t"
    r"|wouldnt|would not|haven'?t|havent|have not|hasn'?t|isn'?t|aren'?t|wasn'?t|nor|no longer"
    r"|stopped|quit)\b"
)
_NEG_EXCEPT = re.compile(
    r"(?:not|n'?t) (?:ok|okay|fine|good|well|coping|sure|alright|doing (?:well|ok|okay|great)|great"
    r"|just|only|even|able|coping)\b|(?:don'?t|dont|do not|didn'?t) (?:know|care|think i can|get"
    r" why)\b|no (?:one|idea|matter|longer care)\b|never (?:stop|ends?|goes away)\b|not sure\b"
)
_POST_NEG = re.compile(r"\s*(?:is|was|are)(?:n'?t| not| never)\b|\s*(?:isnt|wasnt)\b")
_HIST = re.compile(
    r"\b(?:(?:\w+|\d+) (?:years?|yrs?|months?|decades?) ago|(?:long|ages|years) ago|a long time ago"
    r"|when i was (?:a |an |in |at |little|young|younger|\d+|\w+teen|twenty|thirty|small)"
    r"|as a (?:teen(?:ager)?|kid|child|student|young)"
    r"|in my (?:teens|twenties|thirties|forties|fifties|youth|late|early)"
    r"|in (?:high school|secondary school|sixth form|college|uni|university|year \d+|school)"
    r"|back (?:in|then|when)|used to|in (?:19|20)\d\d"
    r"|at (?:age )?(?:1\d|2\d|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty\w*)\b(?! ?(?:am|pm|:"
    r"))"
    r"|at the age of|survived|been clean|clean for|(?:haven'?t|have not|hasn'?t|not) \w+(?: \w+)?"
    r" (?:in|for) (?:\w+ )?(?:years?|months?)|i once|once (?:tried|attempted|took|wanted|thought|cu"
    r"t)"
    r"|in the past|previously|recovered from|years back"
    r"|at (?:uni|university|college|boarding school)|as a (?:teen|kid|child)"
    r"|(?:long|well|far|all|way) behind me)\b"
)
_RESOLVED = re.compile(
    r"\bthat was (?:\w+ ){0,3}ago\b|\bthat was (?:years|a long time|ages|long) |(?:i'?m|im|i am) (?"
    r":in a )?"
    r"(?:much |so much |a lot |far )?better (?:place )?now\b|\bdoing (?:much |so much |a lot )?bett"
    r"er now\b"
    r"|\bbut not anymore\b|\bwhy i'?m still here\b|\b(?:long|well|far|all|way) behind me\b"
)
_PRESENT = re.compile(
    r"\b(?:again|right now|tonight|tomorrow|today|these days|lately|at the moment|currently|anymore"
    r"|any more|every day|still)\b"
)
_REL = (
    r"(?:mum|mom|mother|dad|father|parents?|brother|sister|sibling|cousin|uncle|aunt|auntie|nan|gra"
    r"n"
    r"|grandma|grandmother|grandad|grandfather|grandpa|son|daughter|child|kid|friend|bestie|bf|gf"
    r"|boyfriend|girlfriend|partner|husband|wife|ex|flatmate|roommate|housemate|colleague|coworker"
    r"|classmate|neighbou?r|client|patient|therapist|counsell?or|counselor|psychiatrist|psychologis"
    r"t"
    r"|analyst|doctor|gp|teacher|boss|niece|nephew|family|guy|girl|man|woman|person|user|poster"
    r"|commenter|stepdad|stepmum|stepmom|supervisor|student)"
)
_SUBJ = re.compile(
    r"\b(?:(?P<f>i|i'?m|im|i'?ve|ive|i'?d|i'?ll|myself)|(?P<t>he|she|they|he'?s|she'?s|they'?re|he'"
    r"?d"
    r"|she'?d|they'?d|we|someone|somebody|people|(?:my|his|her|their|our|a|the|your|whose)"
    r"(?: \w+){0,2}? " + _REL + r"(?:'?s)?))\b"
)
_THIRD_REFL = re.compile(
    r"\b(?:" + _REFL3 + r"|(?:your|ur)\s?sel(?:f|ves)|(?:his|her|their) own)\b"
)
_THIRD_IN_MATCH = re.compile(
    r"\b(?:he|she|they|his|their|he'?s|she'?s|they'?re)\b|\bher (?:pills|tablets|meds|life)\b"
)
_FIRST_IN_MATCH = re.compile(r"\b(?:i|me|my|myself|mine|i'?m|im|i'?d|i'?ve|ive|i'?ll)\b")
_TRAVEL = re.compile(
    r"\b(?:fly\w*|flight|travel\w*|trip|holidays?|vacation|away|visit\w*|leave for|leaving for|off "
    r"work"
    r"|working|shift|offline|camping|moving|out of town|abroad|conference|festival|hospital appoint"
    r"ment)\b"
)
_THERAPY_END = re.compile(
    r"\b(?:therapy|therapist|counsell?or|counselor|sessions?|the work|our work|appointments?|relati"
    r"onship"
    r"|treatment|contract|subscription|membership|friendship|marriage|job|course|medication)\b"
)
_METHOD_NOUN = re.compile(
    r"\b(?:pills?|tablets?|paracetamol|acetaminophen|tylenol|ibuprofen|aspirin|painkillers?|sertral"
    r"ine"
    r"|citalopram|fluoxetine|antidepressants?|meds|medications?|prescriptions?|insulin|overdos\w*"
    r"|rope|noose|ligature|hang(?:in"
    r"g)?"
    r"|gun|firearm|pistol|rifle|shotgun|razors?|blades?|knife|knives|bridge|cliff|ledge|rooftop|tal"
    r"lest"
    r"|multi-?storey|train tracks|railway|tracks|car exhaust|exhaust fumes|carbon monoxide|charcoal"
    r"|bleach|poison|antifreeze|wrists?)\b"
)
_METHOD_MASK = re.compile(
    r"end of (?:my|the|her|his) (?:rope|tether)|(?:cross|crossing) (?:that|the) bridge|bridge (?:be"
    r"tween"
    r"|of a|the gap)|rope (?:out of|in)|learn\w* the ropes|jump\w* at the chance|straight shooter|g"
    r"un"
    r" salute|jump the gun|razor[- ]sharp|hanging (?:on|out|in there|around)|left (?:me |it )?hangi"
    r"ng"
    r"|painting hanging|(?:took|take|taking) my (?:pills|tablets|meds) (?:every|as usual|like|this)"
    r"|cutting (?:back|ties|my hours)|off the tracks|on track"
)
_DRUG_RE = re.compile(r"\b" + _DRUGS + r"\b")
_END_IT_BARE = re.compile(r"\bend(?:ing|ed)? (?:it|things)$")

_CONDITIONS = ("requires", "need", "need_text", "need_any", "unless")
_PLAIN_CONDITIONS = frozenset(("need", "need_text", "need_any", "unless"))
# A means someone else owns still counts when it is within reach.
_ACCESS = re.compile(
    r"\b(?:keeps?|kept|has|have|got|there'?s|there is|there are|access to|could (?:use|get|take|"
    r"grab)|know where|in (?:the|my|his|her|our|their) (?:\w+ )?(?:cupboard|drawer|cabinet|garag"
    r"e|shed|safe|wardrobe|hall(?:way)?|kitchen|bathroom|house|car|loft|attic|bedroom)|right th"
    r"ere|lying around|at home|within reach|easy to get)\b"
)
_SUICIDAL_KINDS = frozenset({"passive", "state", "act", "method", "intent", "acq"})
_ACT_KINDS = frozenset({"act", "method", "acq"})


@dataclass
class _Hit:
    start: int
    end: int
    name: str
    level: int
    kind: str
    reason: str
    opts: dict
    negated: bool = False
    historical: bool = False
    third: bool = False
    drop: bool = False


class _Text:
    """Normalised text with sentence and clause boundaries computed lazily."""

    __slots__ = ("norm", "_sent", "_clause")

    def __init__(self, norm: str):
        self.norm = norm
        self._sent: list[int] | None = None
        self._clause: list[int] | None = None

    def _bounds(self, regex: re.Pattern) -> list[int]:
        cuts = [0]
        for m in regex.finditer(self.norm):
            cuts.append(m.start())
            cuts.append(m.end())
        cuts.append(len(self.norm))
        return cuts

    @staticmethod
    def _locate(cuts: list[int], pos: int) -> tuple[int, int]:
        # cuts is [0, s1, e1, s2, e2, ..., len]; segments are cuts[2k]..cuts[2k+1]
        i = bisect_right(cuts, pos) - 1
        if i % 2 == 1:  # inside a separator: attach to the following segment
            i += 1
        i = min(i, len(cuts) - 2)
        return cuts[i], cuts[i + 1]

    def sentence(self, pos: int) -> tuple[int, int]:
        if self._sent is None:
            self._sent = self._bounds(_SENT_SPLIT)
        return self._locate(self._sent, pos)

    def clause(self, pos: int) -> tuple[int, int]:
        if self._clause is None:
            self._clause = self._bounds(_CLAUSE_SPLIT)
        return self._locate(self._clause, pos)


def _is_negated(t: _Text, start: int, end: int, clause: tuple[int, int]) -> bool:
    pre = t.norm[clause[0] : start]
    last = None
    for m in _NEG.finditer(pre):
        if _NEG_EXCEPT.match(pre, m.start()):
            continue
        last = m
    if last is not None and len(pre[last.end() :].split()) <= 5:
        return True
    return bool(_POST_NEG.match(t.norm, end, clause[1]))


def _is_historical(t: _Text, start: int, clause: tuple[int, int]) -> bool:
    c0, c1 = clause
    if _PRESENT.search(t.norm, c0, c1):
        return False
    if _HIST.search(t.norm, c0, c1):
        return True
    s0, s1 = t.sentence(start)
    return bool(_RESOLVED.search(t.norm, s0, s1))


def _is_third_party(t: _Text, hit: _Hit, clause: tuple[int, int]) -> bool:
    if hit.kind == "abuse":
        return True
    matched = t.norm[hit.start : hit.end]
    if _THIRD_REFL.search(matched):
        return True
    if _FIRST_IN_MATCH.search(matched):
        return False
    if _THIRD_IN_MATCH.search(matched):
        return True
    last = None
    for m in _SUBJ.finditer(t.norm, clause[0], hit.start):
        last = m
    return last is not None and last.group("t") is not None


def _method_mention(t: _Text, lowered_ranges: list[tuple[int, int]]) -> re.Match | None:
    masked = [m.span() for m in _METHOD_MASK.finditer(t.norm)]
    for m in _METHOD_NOUN.finditer(t.norm):
        s, e = m.span()
        if any(a <= s < b for a, b in masked) or any(a <= s < b for a, b in lowered_ranges):
            continue
        clause = t.clause(s)
        probe = _Hit(s, e, "method_noun", 4, "method", "means mentioned", {})
        if _is_negated(t, s, e, clause):
            continue
        if _is_third_party(t, probe, clause) and not _ACCESS.search(t.norm, *clause):
            continue
        return m
    return None


def _crisis(text: str) -> tuple[Crisis, bool, bool]:
    """(crisis, lowered, cleared): ``cleared`` is True when the rules judged some
    wording benign or not the writer's own current danger (figurative, column
    vocabulary, negated, historical, someone else's); the model must not undo that."""
    if not text:
        return Crisis(), False, False
    norm, index = _normalise(text)
    found = _find_hits(norm)
    if not found:
        return Crisis(), False, bool(_METHOD_MASK.search(norm))
    t = _Text(norm)
    hits: list[_Hit] = []
    for start, end, name in found:
        level, kind, reason, opts = _RULE_INFO[name]
        hits.append(_Hit(start, end, name, level, kind, reason, opts))

    # Plain conditions (a cue that must or must not share the sentence) first:
    # most texts lose every hit here and skip the context analysis.
    cleared = False
    for h in hits:
        if _PLAIN_CONDITIONS.isdisjoint(h.opts):
            continue
        s0, s1 = t.sentence(h.start)
        opts = h.opts
        if any(rx.search(norm, s0, s1) for rx in opts.get("unless", ())):
            h.drop = True
            cleared = True  # a benign reading of the phrase ("my pills every morning")
        elif (
            any(not rx.search(norm, s0, s1) for rx in opts.get("need", ()))
            or any(not rx.search(norm) for rx in opts.get("need_text", ()))
            or ("need_any" in opts and not any(rx.search(norm, s0, s1) for rx in opts["need_any"]))
        ):
            h.drop = True
    hits = [h for h in hits if not h.drop]
    if not hits:
        return Crisis(), False, cleared or bool(_METHOD_MASK.search(norm))

    # Idioms and service names clear the phrases they cover.
    covers = [(h.start, h.end) for h in hits if h.kind in ("mask", "figurative")]
    figurative = False
    for h in hits:
        if h.kind in ("mask", "figurative"):
            figurative = figurative or h.kind == "figurative"
            continue
        if any(a <= h.start and h.end <= b for a, b in covers):
            h.drop = True
    cleared = cleared or bool(covers)

    # Context of each remaining hit, judged in its own clause.
    for h in hits:
        if h.drop or h.kind in ("mask", "figurative", "context"):
            continue
        clause = t.clause(h.start)
        h.negated = _is_negated(t, h.start, h.end, clause)
        if h.opts.get("inner_negation") and not h.negated:
            inner = norm[h.start : h.end]
            h.negated = any(not _NEG_EXCEPT.match(inner, n.start()) for n in _NEG.finditer(inner))
        h.historical = _is_historical(t, h.start, clause)
        h.third = _is_third_party(t, h, clause)
        if h.opts.get("benign") == "travel":
            s0, s1 = t.sentence(h.start)
            if _TRAVEL.search(norm, s0, s1):
                h.drop = True
                cleared = True
        if _END_IT_BARE.search(norm, h.start, h.end) and _THERAPY_END.search(norm, *clause):
            h.drop = True
            cleared = True
        if h.negated or h.historical or h.third:
            cleared = True
        if h.level == 1 and (h.negated or h.historical or h.third):
            h.drop = True  # "I'm not hopeless" / "she feels hopeless"

    def live(h: _Hit) -> bool:
        return not (h.drop or h.negated or h.historical or h.third)

    context = any(
        live(h) and (h.level >= 2 or h.kind in ("context", "acq", "prep"))
        for h in hits
        if h.kind not in ("mask", "figurative", "doit")
    )

    # Context from hits that stand on their own (conditional rules do not count).
    solid = [
        h
        for h in hits
        if live(h)
        and (h.level >= 2 or h.kind in ("context", "acq", "prep"))
        and h.kind not in ("mask", "figurative", "doit")
        and not any(k in h.opts for k in _CONDITIONS)
    ]

    # Conditional rules that depend on the rest of the text.
    for h in hits:
        req = h.opts.get("requires")
        if h.drop or not req:
            continue
        s0, s1 = t.sentence(h.start)
        if req == "time_and_context_other":
            ok = bool(_TIME.search(norm, s0, s1)) and any(o is not h for o in solid)
        elif req == "time_and_context_or_means":
            ok = bool(_TIME.search(norm, s0, s1)) and (
                context or bool(_MEANS_IN.search(norm, s0, s1))
            )
        elif req == "time_and_context":
            ok = bool(_TIME.search(norm, s0, s1)) and context
        elif req == "context":
            ok = context
        elif req == "method_in_sentence":
            ok = bool(_METHOD_NOUN.search(norm, s0, s1))
        elif req == "drug_in_sentence":
            ok = bool(_DRUG_RE.search(norm, s0, s1))
        elif req == "time_or_context_or_hist":
            ok = bool(_TIME.search(norm, s0, s1)) or context or h.historical
        else:
            ok = True
        if not ok:
            h.drop = True

    spans: list[tuple[int, int, str, int]] = []  # norm start, end, reason, effective level
    flags: set[str] = set()
    lowered_any = False
    level = 0
    live_hits: list[_Hit] = []
    lowered_ranges: list[tuple[int, int]] = []
    for h in hits:
        if h.drop:
            continue
        if h.kind == "figurative":
            spans.append((h.start, h.end, h.reason, 0))
            continue
        if h.kind in ("mask", "context"):
            continue
        if h.opts.get("self_harm") or h.kind == "selfharm":
            flags.add("self_harm")
        if h.negated or h.historical or h.third:
            notes = []
            if h.negated:
                flags.add("negated")
                notes.append("negated")
            if h.historical:
                flags.add("historical")
                notes.append("historical")
            if h.third:
                flags.add("third_party")
                notes.append("someone else")
            lowered_any = True
            lowered_ranges.append(t.clause(h.start))
            level = max(level, 1)
            spans.append((h.start, h.end, f"{h.reason} ({', '.join(notes)}; lowered)", 1))
            continue
        live_hits.append(h)

    for h in live_hits:
        eff = h.level
        reason = h.reason
        if eff < 5 and (h.kind in _ACT_KINDS or h.opts.get("method")):
            s0, s1 = t.sentence(h.start)
            tm = None
            for cand in _TIME.finditer(norm, s0, s1):
                if cand.group() == "now" and cand.start() - h.end > 24:
                    continue  # "... the only thing that calms me down now"
                tm = cand
                break
            if tm:
                eff = 5
                reason = f"{h.reason} + time"
                spans.append((tm.start(), tm.end(), "time word", 5))
        level = max(level, eff)
        spans.append((h.start, h.end, reason, eff))

    if 2 <= level <= 3 and any(h.kind in _SUICIDAL_KINDS for h in live_hits):
        m = _method_mention(t, lowered_ranges)
        if m is not None:
            level = 4
            spans.append((m.start(), m.end(), "means mentioned alongside ideation", 4))

    if figurative:
        flags.add("figurative")

    # Drop spans contained in another span of at least the same level; map offsets.
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    kept: list[tuple[int, int, str, int]] = []
    for sp in spans:
        if any(k[0] <= sp[0] and sp[1] <= k[1] and k[3] >= sp[3] for k in kept):
            continue
        kept.append(sp)
    out_spans = []
    for s, e, reason, _lvl in kept:
        if index is None:
            os_, oe = s, e
        else:
            os_, oe = index[s], index[e - 1] + 1
        out_spans.append(Span(os_, oe, text[os_:oe], reason))
    out_flags = tuple(f for f in FLAG_ORDER if f in flags)
    cleared = cleared or lowered_any or bool(_METHOD_MASK.search(norm))
    return Crisis(level=level, flags=out_flags, spans=tuple(out_spans)), lowered_any, cleared


# --------------------------------------------------------------------------
# Second stage: the learned model may raise a level, never lower one
# --------------------------------------------------------------------------

# Off: on short held-out sentences it raised recall (0.66 → 0.84 at level ≥ 2)
# without false alarms, but on long, ordinary comments — the demo's 190 texts,
# none in crisis — it raised 51 to level 2 or more (rules alone: 1). It was
# trained on single sentences; `safety.evaluate` prints both sides of this.
MODEL_ENABLED = False


def _with_model(text: str, crisis: Crisis, cleared: bool) -> Crisis:
    """Raise ``crisis`` to the model's suggestion when the model is confident.

    Texts the rules cleared (figurative, column vocabulary, negated, historical,
    someone else's) keep the rules' level, and so does anything already at 5.
    """
    if cleared or crisis.level >= 5:
        return crisis
    try:
        found = _model.suggest(text)
    except Exception:  # noqa: BLE001 - a broken model must not break the screen
        return crisis
    if found is None or found.level <= crisis.level:
        return crisis
    span = Span(found.start, found.end, text[found.start : found.end], "model")
    spans = tuple(sorted((*crisis.spans, span), key=lambda sp: (sp.start, -sp.end)))
    flags = tuple(f for f in FLAG_ORDER if f in crisis.flags or f == "model")
    return Crisis(level=found.level, flags=flags, spans=spans)


def _screen_crisis(text: str, *, use_model: bool | None = None) -> tuple[Crisis, bool]:
    """The crisis half of :func:`screen`; ``use_model=False`` gives the rules alone."""
    crisis, lowered, cleared = _crisis(text)
    if MODEL_ENABLED if use_model is None else use_model:
        crisis = _with_model(text, crisis, cleared)
    return crisis, lowered


# --------------------------------------------------------------------------
# Privacy
# --------------------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_UP = "A-ZÀ-ÖØ-Þ"
_LO = "a-zß-öø-ÿ"
# One capitalised name word: Sarah, O'Connor, McDonald, Whitaker-Jones, Lucía, Mary's
_NW = rf"[{_UP}](?:['’][{_UP}])?[{_LO}]+(?:[{_UP}][{_LO}]+)?(?:-[{_UP}][{_LO}]+)*(?:['’]s)?"
_TITLES = ("dr", "doctor", "mr", "mrs", "ms", "miss", "mx", "prof", "professor")
_CHAIN_WORD = rf"(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|St)\.|{_NW})"
# A run of capitalised words on one line ("Dr. Eleanor Voss", "University of Leeds").
_CHAIN = re.compile(rf"{_CHAIN_WORD}(?:[ \t]+(?:of[ \t]+)?{_CHAIN_WORD})*(?![\w@])")

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
    r"|de|fr|nz|tv|xyz|site|online|page|link|gg|social)"
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
    r"(?P<words>(?:[A-Za-z][\w'’-]*[ \t]+){1,3}?)(?i:" + _STREET + r")\b\.?"
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
    """
)
_ORG_GENERIC = _words(
    """
    grief support mental health family community care bereavement counselling counseling
    therapy local national main general new old private public the a an my our your her his
    their this that psychology psychiatric medical primary secondary high day children's
    womens women's
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


def _prev_ok(text: str, start: int, bad: str = "'’@./-_") -> bool:
    """True when the match at start is not glued to a preceding word."""
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] in bad)


def _is_title_case(text: str, pos: int) -> bool:
    """True when the sentence around pos is written in Title Case."""
    start = 0
    for m in _SENTENCE_CUT.finditer(text, max(0, pos - 300), pos):
        start = m.end()
    m = _SENTENCE_CUT.search(text, pos)
    end = m.start() if m else len(text)
    words = _WORD.findall(text, start, end)
    if len(words) < 4:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps / len(words) >= 0.7


def _sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\"'(“‘":
        i -= 1
    return i < 0 or text[i] in ".!?\n:"


def _clean_word(w: str) -> str:
    w = w.rstrip(".")
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    return w


def _prev_words(text: str, start: int, n: int = 4) -> list[str]:
    before = text[max(0, start - 48) : start]
    return [w.strip(",;:()").lower() for w in before.split()[-n:]]


def _name_cue(text: str, start: int) -> bool:
    """Is the capitalised word at start introduced as someone's name?"""
    prev = _prev_words(text, start)
    if not prev:
        return False
    last = prev[-1]
    raw_before = text[max(0, start - 48) : start]
    if last in _REL_NOUNS:
        # my therapist Miriam / my counsellor, Gareth / our old GP Dr Nguyen
        owner = prev[-2] if len(prev) >= 2 else ""
        if owner in _REL_ADJ and len(prev) >= 3:
            owner = prev[-3]
        return owner in ("my", "our", "her", "his")
    if last == "called" and len(prev) >= 2 and prev[-2] in ("was", "is", "i'm", "i’m", "am", "im"):
        return True
    if last == "named":
        return True
    if last == "is" and prev[-2:-1] == ["name"]:
        return True
    if last in ("name's", "name’s"):
        return True
    if last in ("i'm", "i’m", "im") or prev[-2:] == ["i", "am"]:
        # "Hi, I'm Rebecca." but not "I'm British" or "I'm in Dublin".
        cut = raw_before.rstrip()
        head = cut[: -len(last)] if last not in ("am",) else cut[:-4]
        head = head.rstrip()
        if not head or head[-1] in ".!?,;(\n" or head.lower().endswith(("hi", "hello", "hey")):
            return True
    return False


def _intro_lowercase(text: str, low: str) -> list[tuple[str, int, int]]:
    """Names typed in lower case after "my name is" / "call me" ("my name is jo")."""
    out = []
    for cue in ("my name is ", "my name's ", "i'm called ", "call me "):
        i = low.find(cue)
        while i != -1:
            s = i + len(cue)
            m = re.match(r"[a-zß-öø-ÿ][\w'’-]*", low[s:])
            if m:
                word = m.group()
                if (
                    word not in _STOP_NAMES
                    and word not in _HANDLE_STOP
                    and word
                    not in ("crazy", "silly", "whatever", "anytime", "anything", "back", "on")
                    and text[s].islower()
                ):
                    out.append(("person", s, s + len(word)))
            i = low.find(cue, i + 1)
    return out


def _signoff(text: str, start: int, end: int) -> bool:
    """Is the run at start..end a name signed at the very end of the text?"""
    if text[end:].strip(" \t\n.!") != "":
        return False
    before = text[max(0, start - 40) : start]
    stripped = before.rstrip(" \t")
    if stripped.endswith(("—", "–", "-", "~")):
        line_start = stripped.rstrip("—–-~ \t")
        return line_start == "" or line_start.endswith("\n")
    if (
        before.endswith("\n")
        and before.rstrip(" \t\n").endswith("\n") is False
        and "\n\n" in before
    ):
        return True
    words = [w.strip(",.!").lower() for w in stripped.split()[-3:]]
    return (
        bool(words)
        and words[-1] in _SIGNOFF_WORDS
        and stripped.rstrip()[-1:] in ",.!\n" + ("abcdefghijklmnopqrstuvwxyz")
    )


def _names_and_orgs(text: str) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    title_case: dict[int, bool] = {}
    for m in _CHAIN.finditer(text):
        group = m.group()
        if " " not in group and "\t" not in group:
            # A single capitalised word is a name only when introduced as one.
            lw = _clean_word(group).lower()
            if lw in _STOP_NAMES or lw in _ORG_WORDS or not _prev_ok(text, m.start()):
                continue
            if lw in _TITLES:
                continue
            s0, e0 = m.start(), m.start() + len(_clean_word(group))
            signed = _signoff(text, s0, m.end())
            if (signed or _name_cue(text, s0)) and (signed or not _NATIONALITY.search(lw)):
                out.append(("person", s0, e0))
            continue
        if not _prev_ok(text, m.start()):
            continue
        words = [(w.start() + m.start(), w.group()) for w in re.finditer(r"\S+", group)]
        lowered = [_clean_word(w).lower() for _, w in words]

        # ---- organisations
        org_found = False
        for i in range(len(words) - 1):
            if lowered[i] in ("st", "saint") and words[i + 1][1].endswith(("'s", "’s")):
                j = i + 2
                while j < len(words) and lowered[j] in _ORG_WORDS:
                    j += 1
                last = words[j - 1]
                out.append(("organisation", words[i][0], last[0] + len(last[1])))
                org_found = True
                break
        org_idx = [i for i, w in enumerate(lowered) if w in _ORG_WORDS]
        if org_idx and not org_found:
            last = org_idx[-1]
            first_org = last
            while first_org > 0 and lowered[first_org - 1] in _ORG_WORDS:
                first_org -= 1
            if last + 1 < len(words) and words[last + 1][1] == "of":
                # "University of Leeds"
                start_i = first_org
                while start_i > 0 and lowered[start_i - 1] not in _STOP_NAMES:
                    start_i -= 1
                end_word = words[-1]
                out.append(("organisation", words[start_i][0], end_word[0] + len(end_word[1])))
            elif last + 1 == len(words):  # more capitalised words after it: an event, a title
                start_i = 0
                while start_i < first_org and lowered[start_i] in _STOP_NAMES:
                    start_i += 1
                name_words = lowered[start_i:first_org]
                if name_words and not all(w in _ORG_GENERIC for w in name_words):
                    end_word = words[last]
                    out.append(
                        (
                            "organisation",
                            words[start_i][0],
                            end_word[0] + len(_clean_word(end_word[1])),
                        )
                    )
        if org_idx or org_found or " of " in m.group():
            continue

        # ---- people
        # Titles: "Dr. Eleanor Voss", "Mrs Kowalski"
        for i, low_w in enumerate(lowered):
            if low_w in _TITLES and i + 1 < len(words):
                rest = [
                    (p, w)
                    for p, w in words[i + 1 : i + 3]
                    if _clean_word(w).lower() not in _STOP_NAMES
                ]
                if rest:
                    out.append(("person", rest[0][0], rest[-1][0] + len(_clean_word(rest[-1][1]))))
                words = words[:i]
                lowered = lowered[:i]
                break
        if not words:
            continue
        cue = _name_cue(text, words[0][0]) or _signoff(
            text, words[0][0], words[-1][0] + len(words[-1][1])
        )
        names = [(p, w) for p, w in words if _clean_word(w).lower() not in _STOP_NAMES]
        if not names:
            continue
        if cue:
            if _NATIONALITY.search(_clean_word(names[0][1]).lower()) and not _signoff(
                text, words[0][0], words[-1][0] + len(words[-1][1])
            ):
                continue
            keep = names[:2]
            out.append(("person", keep[0][0], keep[-1][0] + len(_clean_word(keep[-1][1]))))
            continue
        if len(words) < 2:
            continue
        # Two or more capitalised words: a full name, unless the sentence is Title Case.
        if any(_STREET_WORD.fullmatch(w) for _, w in words[1:]):
            continue
        if any(lw in _STOP_NAMES for lw in lowered[1:]):
            continue
        run = words
        while run and _clean_word(run[0][1]).lower() in _STOP_NAMES:
            run = run[1:]
        if (
            run
            and _sentence_start(text, run[0][0])
            and run[0][1].lower().endswith(("ing", "ly", "ed"))
        ):
            run = run[1:]
        if len(run) < 2:
            continue
        key = m.start()
        if key not in title_case:
            title_case[key] = _is_title_case(text, key)
        if title_case[key]:
            continue
        out.append(("person", run[0][0], run[-1][0] + len(_clean_word(run[-1][1]))))
    return out


def _phone_findings(text: str, country: str) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    region = country.upper() if isinstance(country, str) else "US"
    if region not in phonenumbers.SUPPORTED_REGIONS:
        region = "ZZ"
    try:
        for m in phonenumbers.PhoneNumberMatcher(text, region, leniency=Leniency.POSSIBLE):
            if len(_DIGIT.findall(m.raw_string)) >= 7:
                out.append(("phone", m.start, m.end))
    except Exception:  # noqa: BLE001,S110 - the screen must never raise
        pass

    def taken(s: int, e: int) -> bool:
        return any(a < e and s < b for _k, a, b in out)

    for m in _PHONE_INTL.finditer(text):
        raw = m.group().rstrip(" .-(")
        s, e = m.start(), m.start() + len(raw)
        if taken(s, e) or not _prev_ok(text, s, "+"):
            continue
        try:
            if phonenumbers.is_possible_number(phonenumbers.parse(raw, None)):
                out.append(("phone", s, e))
        except Exception:  # noqa: BLE001,S112
            continue
    for m in _PHONE_NATIONAL.finditer(text):
        s, e = m.span()
        if taken(s, e) or not _prev_ok(text, s, "+") or len(_DIGIT.findall(m.group())) < 10:
            continue
        for alt in ("GB", "IE", "AU"):
            try:
                if phonenumbers.is_possible_number(phonenumbers.parse(m.group(), alt)):
                    out.append(("phone", s, e))
                    break
            except Exception:  # noqa: BLE001,S112
                continue
    return out


def _privacy(text: str, country: str) -> tuple[PrivacyFinding, ...]:
    if not text:
        return ()
    low = text.lower()
    found: list[tuple[str, int, int]] = []
    digits = sum(map(text.count, _DIGITS))
    has_at = "@" in text
    if has_at:
        for m in _EMAIL.finditer(text):
            local = _EMAIL_LOCAL.search(text, max(0, m.start() - 64), m.start())
            if local and _prev_ok(text, local.start(), ".+%-_"):
                found.append(("email", local.start(), m.end()))
    if "dot" in low and ("[at]" in low or "(at)" in low or "{at}" in low or " at " in low):
        found += [("email", *m.span()) for m in _EMAIL_OBF.finditer(text)]
    if "http" in low or "www." in low:
        for m in _URL.finditer(text):
            raw = m.group().rstrip(".,;:!?")
            if len(raw) > 4:
                found.append(("url", m.start(), m.start() + len(raw)))
    if _TLD_HINT.search(text):
        for m in _URL_BARE.finditer(text):
            raw = m.group().rstrip(".,;:!?")
            found.append(("url", m.start(), m.start() + len(raw)))
    if digits >= 7:
        found += _phone_findings(text, country)
    if has_at:
        for m in _HANDLE_AT.finditer(text):
            if _prev_ok(text, m.start()):
                found.append(("handle", m.start(), m.end(1)))
    if "u/" in text:
        found += [("handle", *m.span()) for m in _HANDLE_REDDIT.finditer(text)]
    if any(w in low for w in _PLATFORM_WORDS) or _IG_FB.search(low):
        for m in _HANDLE_PLATFORM.finditer(text):
            h = m.group("h")
            if h.lower() in _HANDLE_STOP:
                continue
            if not m.group("sep").strip() and not re.search(r"[\d_.#]", h):
                continue
            found.append(("handle", m.start("h"), m.end("h")))
        for rx in (_HANDLE_INTRO, _HANDLE_INTRO_AFTER):
            for m in rx.finditer(text):
                h = m.group("h")
                if (
                    h.lower() in _HANDLE_STOP
                    or not re.search(r"[\d_.#]", h)
                    or not re.search(r"[A-Za-z]", h)
                ):
                    continue
                found.append(("handle", m.start("h"), m.end("h")))
    if digits:
        for m in _ADDRESS.finditer(text):
            if not _prev_ok(text, m.start(), "/.,-"):
                continue
            words = m.group("words").split()
            if any(w.lower() in _ADDRESS_STOP for w in words):
                continue
            start = m.start()
            pre = _ADDRESS_PREFIX.search(text, max(0, start - 24), start)
            if pre:
                start = pre.start()
            found.append(("address", start, m.end()))
        for m in _POSTCODE.finditer(text):
            if _prev_ok(text, m.start()):
                found.append(("address", *m.span()))
    found += _names_and_orgs(text)
    if "my name" in low or "call" in low:
        found += _intro_lowercase(text, low)

    priority = {k: i for i, k in enumerate(("email", "url", "phone", "handle", "address"))}
    priority.update({"organisation": 5, "person": 6})
    found.sort(key=lambda f: (priority[f[0]], f[1], -(f[2] - f[1])))
    kept: list[tuple[str, int, int]] = []
    for kind, s, e in found:
        if e <= s:
            continue
        if any(a < e and s < b for _k, a, b in kept):
            continue
        kept.append((kind, s, e))
    kept.sort(key=lambda f: (f[1], f[2]))
    return tuple(PrivacyFinding(kind, s, e, text[s:e]) for kind, s, e in kept)


# --------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------


def screen(text: str, *, country: str = "US") -> Screening:
    """Screen one text for crisis language and identifying details. Never raises."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    try:
        crisis, lowered = _screen_crisis(text)
    except Exception:  # noqa: BLE001 - fail towards a human reading it
        crisis, lowered = Crisis(level=0, flags=(), spans=()), True
    try:
        privacy = _privacy(text, country or "US")
    except Exception:  # noqa: BLE001
        privacy = ()
    return Screening(crisis=crisis, privacy=privacy, needs_review=crisis.level >= 2 or lowered)
