"""Round 5's crisis rules, part two: level 4 (a place as the means, someone
else's means within reach, methods in other words) and level 3 euphemisms.

Each rule is ``(name, level, kind, reason, pattern, options)``. Kinds: mask /
figurative (clear what they cover), context (level 0 cue), distress, passive,
selfharm, state, act, abuse, method, acq, and the level-5 kinds intent / prep /
imminent / doit. ``safety.screen.rules`` puts the tables together in this order.
"""

from __future__ import annotations

import re

from safety.screen.cues import (
    _AWAY,
    _CLIFFISH,
    _CONTEMPLATE,
    _DANGER_PLACE,
    _DANGER_PLACE_IN,
    _DARK_PLACE_CUE,
    _DRUGS,
    _GO_THROUGH_CONTEXT,
    _GUN,
    _GUN_IN,
    _HOBBY,
    _HOPEFUL,
    _INTENT_IN,
    _LEAVING,
    _MEANS_STRONG,
    _MEDIA_CUE,
    _OUTING,
    _PLACE_BENIGN,
    _PLACE_GRIEF,
    _ROUTINE,
    _SAVE_BENIGN,
    _SOMEDAY,
)

RULES: list[tuple[str, int, str, str, str, dict]] = [
    # ---- level 4: a place as the means
    (
        "place_pull",
        4,
        "method",
        "means: drawn to a dangerous place",
        r"(?:keep|kept|been|going|go|went|end(?:ing)? up|find(?:ing)? myself|found myself) (?:going"
        r" |ending up |walking |driving |cycling |going back |coming back |standing |sitting |stood"
        r" "
        r"|sat |back |up |out |down |over )*(?:to|at|towards|near|by|pas"
        r"t|onto|on) (?:the )?(?:top (?:floor )?of (?:the )?|edge o"
        r"f (?:the )?|end of (?:the )?)?(?:\w+ )?" + _DANGER_PLACE + r"\b"
        r"|(?:drawn|pulled) (?:back )?to (?:the )?(?:\w+ )?" + _DANGER_PLACE + r"\b"
        r"|(?:keep|kept) (?:visiting|going back to|returning to|cycling past|driving past|walking p"
        r"ast|checking out|scoping out) (?:the )?(?:\w+ )?" + _DANGER_PLACE + r"\b"
        r"|(?:bridge|cliffs?|reservoir|quarry|viaduct|weir|railway|tracks|platform|river|canal|sea"
        r"|lake|water|edge|drop) (?:is|are|keeps?) (?:calling|pulling) (?:me|to me|at me)",
        {
            "need": (_DARK_PLACE_CUE,),
            "unless": (_PLACE_BENIGN, _AWAY, _OUTING, _HOBBY, _PLACE_GRIEF),
        },
    ),
    (
        "place_think",
        4,
        "method",
        "ideation about a dangerous place",
        r"(?:bridge|cliffs?|cliff edge|clifftop|reservoir|quarry|viaduct|weir|railway(?: line)?|tr"
        r"acks|level crossing|platform|multi-?storey|multi storey|top floor|roof(?:top)?|ledge|rive"
        r"r|canal|sea|lake|pier|motorway bridge|overpass|flyover|tower block|balcony|stairwell|vie"
        r"wpoint|edge|drop|water)\b[^.!?;]{0,60}?\bi (?:(?:keep|can'?t stop|still) (?:think(?:ing)?"
        r"|dream(?:ing)?|fantasi[sz](?:e|ing)|imagin(?:e|ing)|pictur(?:e|ing)) (?:about|of) (?:it|t"
        r"hem|that|going|walking|jumping|stepping|driving|falling|leaning|parking|lying)|(?:always "
        r"|often )?think (?:about|of) (?:it|them|that) (?:constantly|all the time|every day|every n"
        r"ight|a lot|too much)|(?:keep |always |sometimes |often |still )?(?:think(?:ing)?|dream(?:"
        r"ing)?|fantasi[sz](?:e|ing)|imagin(?:e|ing)|pictur(?:e|ing)) (?:about|of) (?:going|walking"
        r"|jumping|stepping|driving|falling|leaning|parking|lying) (?:in|off|over|into|under|down|o"
        r"n|there|out)\b)"
        r"|(?:bridge|cliffs?|reservoir|quarry|viaduct|weir|railway|tracks|platform|multi-?storey|to"
        r"p floor|roof|balcony|window)\b[^.!?;]{0,60}?\bi (?:keep|can'?t stop) (?:looking|staring|g"
        r"lancing) (?:at|down at|over) (?:it|them|that)\b"
        r"|the (?:drop|fall) (?:from|off) (?:my|the|our|that) (?:\w+ )?(?:balcony|window|roof|brid"
        r"ge|cliffs?|building|car park|multi-?storey)\b(?=[^.!?]*\b(?:think\w*|imagin\w*|wonder\w*|"
        r"kill|enough|how|could|would|tempt\w*|urge\w*))"
        r"|(?:think\w*|thought|fantasi[sz]\w*|imagin\w*|pictur\w*) (?:about |of )(?:parking|lying|l"
        r"y"
        r"ing down|standing|sitting|stopping) (?:on|in|across) (?:the |a )?(?:level crossing|tracks"
        r"|"
        r"railway|motorway|line)\b",
        {"unless": (_PLACE_BENIGN, _AWAY, _OUTING, _HOBBY, _PLACE_GRIEF), "own": True},
    ),
    (
        "think_jump",
        4,
        "method",
        "ideation about jumping or falling",
        r"(?:think\w*|thought|imagin\w*|pictur\w*|fantasi[sz]\w*|urges? to|tempted to|want\w* to|wa"
        r"nna|wish\w*|could) (?:about |of )?(?:just )?(?:jump(?:ing)?|step(?:ping)? (?:off|out|forw"
        r"ard|over)|lett?(?:ing)? (?:myself )?(?:go|fall)|falling|leaning (?:over|forward))\b(?! (?"
        r":"
        r"on|in|into|onto) (?:the |a |my )?(?:bandwagon|trampoline|pool|puddle|conversation|queue|s"
        r"hower|bath|bed|car|water fight|work|it|project)| (?:at|ship|through|the queue|rope|jacks|"
        r"fo"
        r"r joy|to conclusions|back|straight|right in|ahead|up|around|on board|the gun|in with|out "
        r"of (?:bed|my skin)|a (?:bit|little)))"
        r"|(?:think\w*|thought|imagin\w*|pictur\w*|fantasi[sz]\w*|urges? to|tempted to|want\w* to|w"
        r"anna|wish\w*) (?:about |of )?(?:just )?(?:walk(?:ing)? in|going in|go(?:ing)? under|keep "
        r"(?:going|walking) (?:until|till|til))(?= *(?:$|[.!?,;]|until|till|til|and (?:not|never|ke"
        r"ep)))",
        {
            "need_any": (
                _DANGER_PLACE_IN,
                re.compile(
                    r"\b(?:trains?|tube|tram|window|motorway|traffic|height|high|floor|storey|cli"
                    r"ff|bridge|roof)\b"
                ),
            ),
            "unless": (
                _PLACE_BENIGN,
                _HOBBY,
                re.compile(
                    r"\b(?:skydiv\w*|parachut\w*|bungee|trampoline|diving board|swimming pool|poo"
                    r"l|puddle|show ?jump\w*|long jump|high jump|ski jump\w*|wild swim\w*|cold wat"
                    r"er swim\w*|paddleboard\w*|job|jobs|career)\b"
                ),
            ),
        },
    ),
    (
        "jump_window",
        4,
        "method",
        "method: jumping from a window",
        r"(?:jump\w*|throw\w* myself|climb\w*|lean\w*) out (?:of )?(?:the|a|my|our|that) (?:\w+ )?"
        r"(?:window|balcony)\b",
        {
            "need_any": (_INTENT_IN,),
            "unless": (re.compile(r"\b(?:fire|burning|smoke|escape|joy|excited|skin|sneak\w*)\b"),),
        },
    ),
    (
        "walk_edge",
        4,
        "method",
        "method: walking off an edge",
        r"(?:walk|walking|step|stepping|go|going|run|running) (?:to|towards|off|over) the (?:cliff "
        r")"
        r"?edge\b",
        {"need": (_CLIFFISH,), "need_any": (_INTENT_IN,), "unless": (_PLACE_BENIGN,)},
    ),
    # ---- level 4: someone else's means within reach
    (
        "other_means_know",
        4,
        "method",
        "means within reach: knowing where it is kept",
        r"know (?:exactly )?(?:where|which (?:drawer|cupboard|box|shelf|cabinet|tin)) (?:\w+ ){0,4}"
        r"?(?:keeps?|kept|hides?|hid|stores?|puts?|leaves?|has|is|are)\b"
        r"|know (?:the|his|her|their) (?:code|combination|pin|passcode)\b",
        {
            "need_any": (
                _GUN_IN,
                re.compile(
                    r"\b(?:" + _DRUGS + r")\b(?=[^.!?\n]*\b(?:think\w*|could|enough|all of|the lot"
                    r"|tempt\w*|keep looking|for when|if i (?:wanted|needed))\b)|\b(?:think\w*|cou"
                    r"ld|enough|tempt\w*|keep looking|if i (?:wanted|needed))\b(?=[^.!?\n]*\b(?:"
                    + _DRUGS
                    + r")\b)"
                ),
            ),
            "unless": (
                _ROUTINE,
                re.compile(
                    r"\b(?:spare key|house key|front door|alarm|wifi|password|for emergencies|in "
                    r"an emergency|allerg\w*|epipen|inhaler)\b"
                ),
            ),
            "own": True,
        },
    ),
    (
        "other_means_take",
        4,
        "method",
        "means within reach: someone else's medicine or gun",
        r"(?:could|can|might|would|i'?d|going to|gonna) (?:just )?(?:take|use|swallow|have|grab|ge"
        r"t|down|finish|steal|borrow) (?:all (?:of )?|the rest of |some of )?(?:my )?(?:\w+'s|his|"
        r"her|their) (?:\w+ )?(?:" + _DRUGS + r"|patches|pens|injections|" + _GUN + r")\b"
        r"|(?:put\w*|stick\w*|wear\w*|apply\w*|us(?:e|ing)) (?:on )?(?:all|every|a handful of|loads"
        r" of|several) (?:of )?(?:the |my |his |her |\w+'s )?(?:\w+ )?patches",
        {
            "need_any": (
                re.compile(
                    r"\b(?:(?:wouldn'?t|won'?t|would never|'d never|never|not) (?:even )?(?:notice|"
                    r"know|miss (?:it|them))|all of|the lot|the whole|enough|if i (?:wanted|needed)"
                    r"|think\w*|keep looking|been looking|one day|end it|for it|on myself|at once|t"
                    r"ogether|all (?:of )?them)\b"
                ),
            ),
            "unless": (
                re.compile(
                    r"\b(?:headache|migraine|periods?|cramps?|toothache|back pain|cold|flu|fever"
                    r"|hangover|lift|drive|for (?:my|the) (?:pain|cough)|nicotine)\b"
                ),
            ),
            "own": True,
        },
    ),
    (
        "other_gun_kept",
        4,
        "method",
        "means within reach: a gun in the house",
        _GUN
        + r" (?:is |are |'s )?(?:kept |locked |stored |hidden )?(?:in|under|behind|on top of|at"
        r" the back of) (?:the|his|her|their|my|our) (?:\w+ )?(?:loft|attic|closet|wardrobe|cupboar"
        r"d|drawer|safe|cabinet|garage|shed|car|bedroom|house|basement|office|desk|truck|room)\b"
        r"|(?:gun|rifle|shotgun) (?:cabinet|safe|cupboard)(?: is|'s| was)? (?:never |always |often "
        r")?(?:unlocked|open|not locked|left open)\b|(?:gun|rifle|shotgun) (?:cabinet|safe|cupboard"
        r")"
        r" (?:isn'?t|is not|wasn'?t|is never) locked\b",
        {
            "need_any": (
                re.compile(
                    r"\b(?:know (?:the|where|how)|i could|access|unlocked|not locked|isn'?t locke"
                    r"d|never locked|left open|the key|think\w*|tempt\w*|keep looking|been looking"
                    r"|loaded|bullets|ammo)\b"
                ),
            ),
            "unless": (_HOBBY,),
            "access": True,
        },
    ),
    # ---- level 4: methods in other words
    (
        "method_more",
        4,
        "method",
        "method",
        r"(?:stab\w*|set\w* fire to|burn\w* (?:myself )?alive) myself|set(?:ting)? myself (?:on fi"
        r"re|alight|ablaze)|self-immolat\w*"
        r"|(?:hold\w*|held|push\w*) (?:myself|my head) under (?:the )?(?:water|bath|surface)?"
        r"|starv\w* myself to death|(?:drink|drinking|drank) myself to death"
        r"|crash\w* (?:my|the) (?:car|motorbike|bike|motorcycle|van) (?:on purpose|deliberately)"
        r"|if i (?:had|got|owned|could get) (?:a|the) (?:gun|rifle|shotgun|pistol),? (?:i'?d|id|i w"
        r"ould|i'?ll) (?:use it|do it|end it)"
        r"|plastic bag over my (?:head|face)|plastic bag (?:thoughts?|idea|method|and (?:tape|heliu"
        r"m|a belt))|exit bag|suicide bag|(?:helium|nitrogen) (?:and|with) (?:a |the )?(?:bag|hood|"
        r"mask)",
        {"own": True},
    ),
    (
        "method_more_cue",
        4,
        "method",
        "method",
        r"(?:let\w*|take\w*) (?:go of|my hands off) the (?:steering )?wheel"
        r"|(?:strong|sturdy|solid) (?:enough )?(?:branch|beam|hook|bannister|banister|rail)\b"
        r"|(?:strong|sturdy) enough to (?:hold|take) (?:me|my weight)",
        {
            "need_any": (
                _CONTEMPLATE,
                re.compile(r"\b(?:look\w*|search\w*|find\w*|check\w*|eye\w*|test\w*)\b"),
            ),
            "unless": (
                _HOBBY,
                re.compile(r"\b(?:hammock|swing|bird ?feeder|treehouse|pull-?ups?)\b"),
            ),
            "own": True,
        },
    ),
    (
        "means_in_hand",
        4,
        "method",
        "means at hand",
        r"(?:got|have|holding|hold|i'?ve got) (?:the|my|all the|all my|a handful of) (?:\w+ )?(?:pi"
        r"lls|tablets|blade|razor|rope|knife|gun|"
        + _DRUGS
        + r") (?:in my (?:hands?|palm|lap)|out i"
        r"n front of me|in front of me|next to me|beside me)"
        r"|(?:pills|tablets|blade|razor|rope|knife|gun|noose|"
        + _DRUGS
        + r")(?: and (?:the |a |my )"
        r"?(?:\w+ )?\w+)? (?:is|are|'s) (?:\w+ ){0,4}?(?:in front of me|next to me|beside me|in my "
        r"("
        r"?:hands?|lap|palm))",
        {"unless": (_ROUTINE, _HOPEFUL)},
    ),
    (
        "intent_means",
        4,
        "method",
        "plan: going somewhere with the means",
        r"(?:(?:i'?m going to|i'?m gonna|i will|i'?ll|i'?m planning to|planning to|plan to) (?:go|d"
        r"rive|walk|head|get|take myself|sit|do it|end it|park)|(?:i'?m|i am) (?:going|heading|driv"
        r"i"
        r"ng|walking|off) (?:up |out |down |over )?(?:to|into))\b(?: \w+){0,6}? (?:with|using|and t"
        r"ake) "
        r"(?:the|a|my|all (?:the|my)|some) (?:\w+ )?" + _MEANS_STRONG + r"\b",
        {
            "unless": (
                _ROUTINE,
                _LEAVING,
                re.compile(
                    r"\b(?:garden\w*|water(?:ing)? the|wash(?:ing)? the car|plants|lawn|hunting|sh"
                    r"ooting range|clay|rabbits|pests|vet|camping|climbing)\b"
                ),
            )
        },
    ),
    (
        "fast_train",
        4,
        "method",
        "method: a train that does not stop",
        r"(?:the )?(?:fast|express|non-?stopping) (?:ones?|trains?|services?)\b",
        {
            "need_any": (re.compile(r"\b(?:station|platform|tracks|line)\b"),),
            "need": (
                re.compile(
                    r"\b(?:that'?s the one|step\w* (?:off|out|in front)|jump\w*|in front|when it c"
                    r"omes|comes through|waiting for it|edge)\b"
                ),
            ),
            "unless": (
                _PLACE_BENIGN,
                re.compile(
                    r"\b(?:change at|missed|late for|so i have to|so i had to|annoying|rail replac"
                    r"ement)\b"
                ),
            ),
        },
    ),
    (
        "think_buy_means",
        4,
        "acq",
        "ideation: buying the means",
        r"(?:think\w*|thought|tempt\w*|urges? to|want\w* to|wanna|plan\w* to|picture\w*) (?:about |"
        r"of |to )?(?:buy\w*|get\w*|order\w*|stock\w* up on|pick\w* up) (?:\w+ ){0,3}?"
        + _DRUGS
        + r"\b",
        {
            "need_any": (
                re.compile(
                    r"\b(?:for it|enough|a lot|loads|boxes|packs|packets|several|for that|for when"
                    r"|to do it|to end|what i'?d do|what i would do)\b"
                ),
            ),
            "unless": (_SAVE_BENIGN,),
        },
    ),
    # ---- level 3: euphemisms
    (
        "euph_take_out",
        3,
        "act",
        "active ideation (euphemism)",
        r"(?:take|taking|took) myself out(?= *(?:$|[.!?,;]|of (?:the (?:picture|equation|world|game"
        r")|this world|existence|life|it all)|permanently|for good))"
        r"|(?:my|planning (?:my|a)) final exit\b|(?:check(?:ing)?|checked) out (?:early|for good|pe"
        r"rmanently|of (?:life|this world|here for good))|(?:leave|leaving|exit|exiting|depart|depa"
        r"rting) (?:this|the) (?:world|earth|life|planet)\b(?! (?:a |better|of)\b)|bow(?:ing)? out "
        r"("
        r"?:of life|for good|permanently)",
        {"unless": (_MEDIA_CUE, _SOMEDAY)},
    ),
    (
        "euph_go_through",
        3,
        "act",
        "active ideation (euphemism)",
        r"(?:ready|decided|going|gonna|will|'ll|finally|now i can|scared i'?ll|afraid i'?ll|might a"
        r"c"
        r"tually|could|might|may|probably|want to|urge to|tempted to|strength to|courage to|nerve t"
        r"o|brave enough to) ("
        r"?:to )?(?:actually |finally )?go through with it\b|(?:go(?:ing)? ahead|follow(?:ing)? thr"
        r"o"
        r"ugh|carry(?:ing)? out|stick(?:ing)? to) (?:with |on )?(?:the|my) plan\b",
        {
            "need_text": (_GO_THROUGH_CONTEXT,),
            "unless": (
                re.compile(
                    r"\b(?:wedding|surgery|operation|divorce|move|moving|interview|sale|procedure"
                    r"|abortion|adoption|appointment|date|test|treatment|exam|course|marathon|tatt"
                    r"oo|complaint|referral|assessment|presentation|audition|breakup|break up|con"
                    r"tract|purchase|application|race|skydive|speech|gig|concert|trip|holiday|ivf|"
                    r"transition|op)\b"
                ),
                _LEAVING,
            ),
        },
    ),
    (
        "act_catch_bus",
        3,
        "act",
        "active ideation (slang)",
        r"catch(?:ing)? the bus\b(?= *(?:$|[.!?,;]|for good|forever))",
        {"requires": "context_other"},
    ),
]
