"""The first rounds' crisis rules from level 4 down: ideation with a method,
active ideation, self-harm, passive ideation, distress, and context cues.

Each rule is ``(name, level, kind, reason, pattern, options)``. Kinds: mask /
figurative (clear what they cover), context (level 0 cue), distress, passive,
selfharm, state, act, abuse, method, acq, and the level-5 kinds intent / prep /
imminent / doit. ``safety.screen.rules`` puts the tables together in this order.
"""

from __future__ import annotations

import re

from safety.screen.cues import (
    _ASKING,
    _CONTEMPLATE,
    _DRUGS,
    _MEANS_IN,
    _METHOD_OBJ,
    _NOT_AWAY,
    _PLACE_IN,
    _REFL,
    _REHEARSE_CUE,
    _ROUTINE,
)

RULES: list[tuple[str, int, str, str, str, dict]] = [
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
        r",40}?" + r"\b" + _METHOD_OBJ + r"\b",
        {"inner_negation": True, "own": True},
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
        r" |)?feels?|high|far|long)|(?:tied|tie|tying|made|mak"
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
        {
            "need": (_PLACE_IN,),
            "need_any": (
                _CONTEMPLATE,
                re.compile(r"\b(?:going to|gonna|about to|i'?ll|i will|ready to|when it does)\b"),
            ),
        },
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
        rf"unaliv\w*\b(?: {_REFL}|(?! (?:my|the|a|an|this|that|these|those|his|her|your|their|"
        rf"our|it|them|him|everyone|people|you)\b))|off(?:ing)? {_REFL}|self[- ]?delet\w*|kashoot",
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
        r"suicid\w*|sewer ?slid\w*|sui\b|self[- ]?unalive",
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
        r"exist|stop existing|disappear(?: forever| for good| and never| and not|\b"
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
        r"(?:go to sleep|sleep|fall asleep) and (?:not|never) wake|sleep forever|(?:pray|hope|hopi"
        r"ng|wish)\w*\b[^.!?]{0,40}?\b(?:won'?t|wouldn'?t|don'?t|do not|will not|never|not) wake up"
        r"|(?:don'?t|never) want to wake up",
        {},
    ),
    (
        "passive_better_off",
        2,
        "passive",
        "passive ideation",
        r"better off (?:dead|without me)|(?:rather|sooner) be dead|(?:rather|sooner) die\b"
        r"|(?:no ?one|nobody|no-one) would (?:even )?(?:notice|care|miss me)(?! if i (?:moved|le"
        r"ft|changed|cut|dyed|wore|stopped (?:posting|coming)|skipped|missed))"
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
        r"ll|carrying on|existing)(?! (?:at|in|with|for) (?:the|this|that|a|these|those|her|his|my)"
        r"\b)|life (?:isn'?t|is not|isnt|is no longer|is not) worth (?:living|it)|not worth living"
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
        r"|(?:stop|stopped) existing (?:for good|forever|altogether|completely)"
        r"|(?:wish i could|want to|wanna) (?:just )?stop being (?:alive|here)\b",
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
        r"ll get) (?:hit|run over|knocked down|killed)\b"
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
