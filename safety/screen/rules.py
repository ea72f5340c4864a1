"""The crisis rule table, put together from the tables, and the cue expressions the
judge uses.

The rules themselves live in ``rules_*.py`` (one module per round and part), the
cues their conditions read in ``cues.py``. Here they are merged in order: each
later round's rule goes in with the earlier rules of its level (masks first,
context last), then the phrase rules of ``data/phrases.txt``. The judge's own
expressions (negation, past time, whose experience it is, safety statements)
follow.
"""

from __future__ import annotations

import re

from safety.screen import (
    lexicon,
    phrases,
    rules_first_ideation,
    rules_first_plans,
    rules_round4,
    rules_round5_means,
    rules_round5_plans,
    rules_round5_words,
)
from safety.screen.cues import (
    _DRUGS,
    _REFL3,
    _TIME_SRC,
)

_FIRST_ROUNDS = rules_first_plans.RULES + rules_first_ideation.RULES
_ROUND5 = rules_round5_plans.RULES + rules_round5_means.RULES + rules_round5_words.RULES


def _merge(base: list, new: list) -> list:
    """Put each new rule with the base rules of its level (masks first, context last)."""
    out = list(base)
    for rule in new:
        level, kind = rule[1], rule[2]
        if kind in ("mask", "figurative", "report"):
            at = next(i for i, r in enumerate(out) if r[2] not in ("mask", "figurative", "report"))
        elif kind == "context":
            at = len(out)
        else:
            at = next(
                (
                    i
                    for i, r in enumerate(out)
                    if r[2] not in ("mask", "figurative", "report")
                    and (r[1] < level or r[2] == "context")
                ),
                len(out),
            )
        out.insert(at, rule)
    return out


_RULES = _merge(_merge(_merge(_FIRST_ROUNDS, rules_round4.RULES), _ROUND5), phrases.rules())

if len({r[0] for r in _RULES}) != len(_RULES):
    raise ValueError("two crisis rules share a name")
_RULE_INFO = {name: (level, kind, reason, opts) for name, level, kind, reason, _p, opts in _RULES}
_RULE_SRC = {name: rf"(?P<{name}>\b(?:{pattern}))" for name, _l, _k, _r, pattern, _o in _RULES}
_RULE_ORDER = [name for name, *_rest in _RULES]
for _src in _RULE_SRC.values():
    re.compile(_src)  # fail loudly at import on a broken rule

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
    r"|just|only|even|able|coping)\b|(?:don'?t|dont|do not|didn'?t|doesn'?t|does not|did not)"
    r" (?:know|care|think i can|get why)\b|no (?:one|idea|matter|longer care)\b"
    r"|never (?:stop|ends?|goes away)\b|not sure\b"
    r"|(?<=reason )not to\b|(?<=reasons )not to\b|(?<=why )not to\b"
)
_POST_NEG = re.compile(
    r"\s*(?:is|was|are)(?:n'?t| not| never)\b|\s*(?:isnt|wasnt)\b"
    r"|\s*\?\s*(?:no|nope|not really|never|nah|not me)\b"
)
# A year written as past time: "all through 2016", "in 2019", "2018 was the year".
_PAST_YEAR = (
    r"(?:(?:all |most of |the whole of |for all of |for most of )?(?:in|through|during|throughout|b"
    r"ack in|until|till|in (?:early|late|mid)|in the (?:summer|spring|autumn|winter|fall|start|end"
    r") of|(?:summer|spring|autumn|winter|january|february|march|april|may|june|july|august|septe"
    r"mber|october|november|december)) (?:19|20)\d\d|(?:19|20)\d\d (?:was|were) (?:the|a|my|when)"
    r"|(?:19|20)\d\d ?(?:-|to|until|till) ?(?:19|20)?\d\d)"
)
_HIST = re.compile(
    r"\b(?:(?:\w+|\d+) (?:years?|yrs?|months?|decades?) ago|(?:long|ages|years) ago|a long time ago"
    r"|when i was (?:a |an |in |at |little|young|younger|\d+|\w+teen|twenty|thirty|small)"
    r"|as a (?:teen(?:ager)?|kid|child|student|young)"
    r"|in my (?:teens|twenties|thirties|forties|fifties|youth|late|early)"
    r"|in (?:high school|secondary school|sixth form|college|uni|university|year \d+|school)"
    r"|back (?:in|then|when)|(?<!\bwe )(?<!\bthey )used to|"
    + _PAST_YEAR
    + r"|at (?:age )?(?:1\d|2\d|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty\w*)\b(?! ?(?:am|pm"
    r"|:))"
    r"|at the age of|survived|been clean|clean for|(?:haven'?t|have not|hasn'?t|not) \w+(?: \w+)?"
    r" (?:in|for) (?:\w+ )?(?:years?|months?)|i once|once (?:tried|attempted|took|wanted|thought|cu"
    r"t)|in the past|previously|recovered from|years back"
    r"|at (?:uni|university|college|boarding school)|as a (?:teen|kid|child)"
    r"|(?:long|well|far|all|way) behind me"
    r"|the (?:winter|summer|spring|autumn|year|month|week|night|day|time) (?:i|when|that|after|my)"
    r"|after (?:my|her|his) (?:\w+ )?(?:death|funeral|divorce|diagnosis)|there was a time"
    r"|i remember (?:when|wanting|feeling|being)|when i was|between the ages|teenage years"
    r"|(?:\w+|\d+) (?:years?|months?) since|in recovery)\b"
)
_RESOLVED = re.compile(
    r"\bthat was (?:\w+ ){0,3}ago\b|\bthat was (?:years|a long time|ages|long) |(?:i'?m|im|i am) (?"
    r":in a )?"
    r"(?:much |so much |a lot |far )?better (?:place )?now\b|\bdoing (?:much |so much |a lot )?bett"
    r"er now\b"
    r"|\bbut not any ?more\b|\bwhy i'?m still here\b|\b(?:long|well|far|all|way) behind me\b"
    r"|\bglad (?:every day )?(?:it didn'?t work|i'?m (?:still )?(?:alive|here)|i survived|i stayed)"
    r"|\bgot me through\b|\bit passed\b|\b(?:i'?m|i am) (?:ok|okay|fine|safe|calmer|doing ok|alrig"
    r"ht)"
    r" now\b|\bnow i'?m (?:\d+|ok|okay|fine|safe|glad|grateful|happy)|\b(?:is|are|feels?) (?:like "
    r")?(?:behind me|another (?:person'?s )?life)|\bit'?s been (?:\w+ ){1,2}(?:years?|months?)\b"
    r"|\bi remember when\b|\bthere was a time\b|\bmy old (?:\w+ )?(?:posts|scars|self)\b"
    r"|\b(?:scars|they) are (?:white|faded|silver) now\b"
    r"|\b(?:haven'?t|have not|hasn'?t) (?:(?:cut|self-harmed|done it|done that|harmed myself|hurt m"
    r"yself) )?(?:in|for) (?:over |about |almost |nearly )?(?:a|an|\d+|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|several|many)(?: (?:years?|months?))?\b"
)
# Strong present cues keep a hit current even beside a past cue; weak ones
# ("every day") do not outweigh a clear past frame ("used to", "in my twenties").
_PRESENT_STRONG = re.compile(
    r"\b(?:again|right now|tonight|tomorrow|today(?! is (?:\w+ ){0,2}(?:years?|months?|the anniv"
    r"ersary))|lately|at the moment|currently|any ?more|still|these days|last night|yesterday|ea"
    r"rlier|this (?:week|morning|evening|afternoon)|just now|this time(?! (?:last|of (?:the )?yea"
    r"r|around|in|two|three|a year)))\b"
)
_HIST_STRONG = re.compile(
    r"\b(?:(?<!\bwe )(?<!\bthey )used to|"
    + _PAST_YEAR
    + r"|in my (?:teens|twenties|thirties|forties|youth)|when i was|years ago|at (?:schoo"
    r"l|uni|university)|as a (?:teen\w*|kid|child)|i remember when|back then|between the ages"
    r"|teenage years|(?:\w+|\d+) years since)\b"
)
_PRESENT = re.compile(
    r"\b(?:again|right now|tonight|tomorrow|today|these days|lately|at the moment|currently|anymore"
    r"|any more|every day|still)\b"
)
_REL = (
    r"(?:mum|mom|mother|dad|father|parents?|brother|sister|sibling|cousin|uncle|aunt|auntie|nan|gra"
    r"n|grandma|grandmother|grandad|grandfather|grandpa|son|daughter|child|kid|friend|bestie|bf|gf"
    r"|boyfriend|girlfriend|partner|husband|wife|ex|flatmate|roommate|housemate|colleague|coworker"
    r"|mate|pal|buddy|bro|sis"
    r"|classmate|neighbou?r|client|patient|therapist|counsell?or|counselor|psychiatrist|psychologis"
    r"t|analyst|doctor|gp|teacher|boss|niece|nephew|family|guy|girl|man|woman|person|user|poster"
    r"|commenter|stepdad|stepmum|stepmom|supervisor|student)"
)
_SUBJ = re.compile(
    r"\b(?:(?P<f>i|i'?m|im|i'?ve|ive|i'?d|i'?ll|myself)|(?P<t>he|she|they|he'?s|she'?s|they'?re|he'"
    r"?d|she'?d|they'?d|we|someone|somebody|people|(?:my|his|her|their|our|a|the|your|whose)"
    r"(?: \w+){0,3}? " + _REL + r"(?:'?s)?))\b"
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
    r"|rope|noose|ligature|hang(?:ing)?"
    r"|gun|firearm|pistol|rifle|shotgun|razors?|blades?|knife|knives|bridge|cliff|ledge|rooftop|tal"
    r"lest"
    r"|multi-?storey|train tracks|railway|tracks|car exhaust|exhaust fumes|carbon monoxide|charcoal"
    r"|bleach|poison|antifreeze|wrists?|" + lexicon.MEANS[3:-1] + r")\b"
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
# Every phrase of _METHOD_MASK holds one of these: a cheap test before the scan.
_METHOD_MASK_WORDS = (
    "rope",
    "tether",
    "bridge",
    "chance",
    "shoot",
    "gun",
    "razor",
    "hanging",
    "pills",
    "tablets",
    "meds",
    "cutting",
    "track",
)


def _method_masked(norm: str) -> bool:
    return any(w in norm for w in _METHOD_MASK_WORDS) and bool(_METHOD_MASK.search(norm))


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

# A negation inside a preceding condition ("if she doesn't come back, I'm going to")
# does not negate the main clause that follows it.
_NEG_COND = re.compile(r"\b(?:if|unless|when|once)\b(?: \S+){0,4}\s*$")
_NEG_FIRST_AFTER = re.compile(r"\b(?:i'?m|i'?ll|i will|i am|then i|i'?d)\b")
# A future plan in the clause is not history ("the day my therapist retires").
_FUTURE = re.compile(r"\b(?:i'?ll|i will|i'?m going to|i'?m gonna|i am going to)\b")
# Someone else's slang said as a joke.
_JOKE = re.compile(
    r"\b(?:jok\w*|kidding|banter|lol|lmao|haha\w*|memes?|slang|a saying|an expression|figure of sp"
    r"eech|sarcas\w*|ironic\w*|dark humou?r)\b"
)
# The writer's own present statement that they are safe.
_SAFE_HINTS = ("safe", "danger", "act on", "suicidal", "at risk", "intention", "no plan")
_SAFE_NOW = re.compile(
    r"\b(?:i'?m|i am) (?:(?:completely |totally |perfectly |definitely |100% )?safe(?: now| tonig"
    r"ht| right now| today| at the moment)?(?! (?:to|from|with|if|when|because|driving|in|at|eno"
    r"ugh|place|space|person|house|home|here|for now|for the moment|for tonight|ish|haven|around|o"
    r"nline|there|as)\b)|not in (?:any )?(?:immediate )?danger|not (?:going to|gonna) (?:act on ("
    r"?:it|them|this|these|those|the thoughts?|the feelings?)|do anything(?: about it| stupid)?|hu"
    r"rt myself|harm myself|kill myself|end (?:it|my life))|not (?:actively )?suicidal|not at ris"
    r"k|not acting on (?:it|them|this|these|those))\b"
    r"|\bi (?:won'?t|will not|would never|'d never|will never) act on (?:it|them|this|these|those|"
    r"the thoughts?|the feelings?)\b"
    r"|\bi (?:have|'ve got|'ve) no (?:plans?|intention) (?:to|of) (?:act\w*|hurt\w*|harm\w*|kill"
    r"\w*|end\w*|do\w*)\b|\b(?:i'?m|i am) (?:keeping|staying) (?:myself )?safe\b"
)
_SAFE_BEFORE_DOUBT = re.compile(
    r"\b(?:not sure|don'?t know|do not know|unsure|wonder\w*|if|whether|pretend\w*|tell (?:them|p"
    r"eople|everyone|her|him|my \w+)|say|says|said|told (?:them|her|him|everyone|my \w+)|lying|l"
    r"ie|claim\w*|hope|hoping|wish|ask\w*|convince\w*|supposed to|meant to|should)\b(?: that)? ?$"
    r"|['\"] ?$"
)
_SAFE_AFTER_DOUBT = re.compile(
    r"[ ,]*(?:but|though|although|except|yet|or am i|i think|i guess|probably|for now|i hope|i"
    r" suppose|maybe|today|tonight|right now|at the moment|this time|this week|\?)"
)
# Only an episode that is told as over can be lowered: a past tense or a past time.
_SAFE_EPISODE = re.compile(
    r"\b(?:last (?:night|week|weekend|month|year)|yesterday|earlier|this morning|on (?:mon|tues|w"
    r"ednes|thurs|fri|satur|sun)day|at the weekend|for a (?:moment|minute|second|while|bit)|brief"
    r"ly|felt|wanted|wished|thought|was|were|had|came|hit|got|crept|passed)\b"
)
# Ideation that is going on now or keeps coming back is not lowered by a safety
# statement: "I'm not going to act on it" beside "I keep thinking about killing
# myself" is still ideation; it lowers an episode that is over ("last night I
# felt the old pull ... I'm safe now").
_SAFE_KEEPS = re.compile(
    r"\b(?:right now|tonight|at the moment|currently|today|keep|keeps|kept|still|again|every|mos"
    r"t (?:days|nights|mornings|evenings)|always|constantly|lately|these days|all the time|a lot|"
    r"more and more|getting (?:closer|worse|stronger|louder)|follows? me|won'?t go away|can'?t sto"
    r"p|any ?more|often|daily|nightly|sometimes|some (?:days|nights|mornings|evenings)|usually|mo"
    r"st of the time|comes? back|came back)\b"
)
