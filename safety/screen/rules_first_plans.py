"""The first rounds' crisis rules: masks and figurative idioms (listed first so
they win at a position), then level 5: intent, plans, preparation, imminent
danger.

Each rule is ``(name, level, kind, reason, pattern, options)``. Kinds: mask /
figurative (clear what they cover), context (level 0 cue), distress, passive,
selfharm, state, act, abuse, method, acq, and the level-5 kinds intent / prep /
imminent / doit. ``safety.screen.rules`` puts the tables together in this order.
"""

from __future__ import annotations

import re

from safety.screen.cues import (
    _ACT,
    _DRUGS,
    _ESTATE,
    _GIVE_VERB,
    _GONE_CUE,
    _HOPEFUL,
    _IM,
    _INTENT,
    _LEAVING,
    _MEANS_IN,
    _MEANS_SRC,
    _MY,
    _OUTING,
    _PLACE_BENIGN,
    _REFL,
    _ROUTINE,
    _TEMPORARY,
    _TIME_IN,
    _WRIST_CUE,
)

RULES: list[tuple[str, int, str, str, str, dict]] = [
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
        r"ut) (?:to )?(?:die|died|dying) (?:of|from|laughing|when|with)"
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
        r"ake)|with (?:work|this|the|revision|training|overtime|shifts)|over (?:this|work|the))",
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
        r"(?:giv\w*|gave) away (?:all |most |half |lots |a lot )?(?:of )?my (?:\w+ )?(?:things|stuf"
        r"f|belongings|possessions|pets?)"
        r"|(?:giv\w*|gave) (?:away )?(?:all )?my (?:things|stuff|belongings|possessions)\b"
        r"|(?:giv\w*|gave) my (?:cat|dog|pets?|rabbit|bird|kitten|puppy) (?:away|to)\b"
        r"|(?:giv\w*|gave) away (?:my|our) (?:cat|dog|pets?|rabbit|bird|kitten|puppy)\b",
        {"unless": (_LEAVING,)},
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
        r"|by (?:morning|tomorrow|the weekend|\w+day)|next (?:week|weekend)|after tonight|in the mo"
        r"rning|by the morning|this time tomorrow|when (?:you|they|everyone|my \w+) wakes? up)"
        r"|(?:i'?ll|i will) be (?:gone|dead) (?:by|before|soon|tomorrow)",
        {"benign": "travel"},
    ),
    (
        "night",
        5,
        "prep",
        "preparation: tonight is the night",
        r"tonight(?:'s| is) the night",
        {"requires": "context_or_means"},
    ),
    (
        "standing",
        5,
        "imminent",
        "imminent: at a high place",
        r"(?:standing|stood|sitting|sat|i'?m|im|i am) (?:on|at) (?:the )?(?:(?:edge|top|end) of (?:"
        r"the |a |this )?(?:bridge|roof|rooftop|ledge|cliffs?|cliff (?:path|top)|clifftop|platform|"
        r"viaduct|multi-?storey|multi storey|car park roof|car park|quarry|weir|tower block|buildin"
        r"g"
        r")|(?:the |a |this )?(?:bridge|roof|rooftop|ledge|cliffs?|cliff edge|clifftop|platform edg"
        r"e"
        r"|parapet|railings?|car park roof))\b(?! (?:team|club|game))",
        {
            "requires": "time_or_context_or_hist",
            "unless": (
                _PLACE_BENIGN,
                re.compile(
                    r"\b(?:keep|kept|often|always|every (?:day|night|time)|sometimes|some nights)\b"
                ),
            ),
        },
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
        + r"|them)\b|(?:took|taken|had) an overdose|overdosed",
        {"method": True},
    ),
    (
        "od_taken_bare",
        5,
        "imminent",
        "imminent: medicine taken",
        r"(?:took|taken|swallowed|downed) (?:the |some )?(?:sleeping )?"
        + _DRUGS
        + r"\b(?! as usual| every| like| this morning)",
        {"method": True, "unless": (_ROUTINE, _HOPEFUL)},
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
        r" park)?|multi storey(?: car park)?|car park roof|viaduct|motorway bridge|overpass|flyover"
        r"|p"
        r"ier|station|platform|reservoir|weir|canal|woods|forest|moors?|coast|cliff path|car park)"
        r"\b"
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
        r"?:long|much longer"
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
]
