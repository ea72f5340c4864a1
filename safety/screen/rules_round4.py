"""Round 4's crisis rules: wider wording (written against the train/ tuning
split), merged into the first rounds' rules by level.

Each rule is ``(name, level, kind, reason, pattern, options)``. Kinds: mask /
figurative (clear what they cover), context (level 0 cue), distress, passive,
selfharm, state, act, abuse, method, acq, and the level-5 kinds intent / prep /
imminent / doit. ``safety.screen.rules`` puts the tables together in this order.
"""

from __future__ import annotations

import re

from safety.screen.cues import (
    _BODY,
    _CONTEMPLATE,
    _DOING_BENIGN,
    _DRINK,
    _DRUGS,
    _ESTATE,
    _GONE_CUE,
    _GOODBYE_IN,
    _HARM_VERB,
    _HOBBY,
    _HOPEFUL,
    _INGEST,
    _ITCH,
    _LEAVING,
    _MEANS_IN,
    _MEANS_SRC,
    _NEVER_SENT,
    _OUTING,
    _PLACE_SRC,
    _PLAN_PLACE,
    _QUANT,
    _ROUTINE,
    _SH_CUE,
    _TEMPORARY,
    _TIME_IN,
)

RULES: list[tuple[str, int, str, str, str, dict]] = [
    # ---- figurative and reports that clear or lower what they cover
    (
        "fig_hyperbole",
        0,
        "figurative",
        "figurative: hyperbole",
        r"(?:so |too |really )?(?:embarrass\w*|mortified|cringe\w*|awkward) (?:that )?(?:i )?(?:wa"
        r"nt to|could|wanna|i could|i'?m going to) (?:just )?(?:die|disappear|crawl)"
        r"|(?:rather|sooner) die than\b"
        r"|overdos\w* (?:on|of) (?!(?:my |the |her |his |some |a |an )?(?:\w+ )?" + _DRUGS + r")"
        r"(?:chocolate|sugar|netflix|tv|coffee|caffeine|cake|cheese|sweets|candy|christmas|easter"
        r"|pizza|carbs|sun|love|cuteness|nostalgia|\w+ (?:tv|shows?|films?))\b"
        r"|(?:caffeine|sugar|chocolate|coffee|carb|cuteness|netflix|information|sun) overdose",
        {},
    ),
    (
        "report_death",
        1,
        "report",
        "someone else's death",
        r"(?:died|death|dying|passed away|killed|lost (?:him|her|them)|lost (?:my|his|her|their) "
        r"\w+) (?:of|from|by|after|to|in) (?:an? |a |his |her |their )?(?:\w+ )?(?:overdose|suicid"
        r"e|suicide attempt)\b",
        {},
    ),
    # ---- level 5
    (
        "before_i_do_it",
        5,
        "intent",
        "intent: before I do it",
        r"(?:before|after|once|when) i (?:do it|go through with it|end it|kill myself|go for good)"
        r"\b(?! (?:again|for (?:a|the)|at|in the|on the|with)\b)",
        {"unless": (_LEAVING,)},
    ),
    (
        "farewell",
        5,
        "prep",
        "preparation: goodbye message",
        r"(?:goodbye|bye|farewell),? (?:to )?(?:everyone|everybody|all of you|you all|world|all)\b"
        r"(?=[^\n]{0,80}\b(?:thank you|thanks|i'?m done|i love you|i'?m sorry|sorry for|for tryin"
        r"g|for being|it'?s time|forgive me|take care of))",
        {"unless": (_LEAVING, _TEMPORARY)},
    ),
    (
        "scheduled_after",
        5,
        "prep",
        "preparation: messages for afterwards",
        r"(?:scheduled|set|timed|drafted|queued) (?:\w+ ){0,4}?for (?:after|when i'?m gone|once i"
        r"'?m gone)\b(?! (?:the|my|work|school|lunch|dinner|tea|christmas|new year|\w+day))",
        {},
    ),
    (
        "note_ready",
        5,
        "prep",
        "preparation: a note left",
        r"(?:written|wrote|writing|left|leaving|finishing|finished|drafted) (?:\w+ ){0,3}?(?:a |th"
        r"e |my |some )?(?:note|letters?|notes)\b(?! (?:for (?:the|my) (?:milkman|cleaner|neighb"
        r"ou?r|teacher|school|landlord)|on the fridge|about)\b)"
        r"|(?:the|my) (?:note|letter|letters)(?: is| are|'s) (?:in|on|under|by|next to|written)",
        {
            "need_any": (
                _TIME_IN,
                _MEANS_IN,
                _PLAN_PLACE,
                re.compile(
                    r"\bpasswords?\b|going to the (?:\w+ )?(?:river|bridge|cliffs?|sea|lake|tracks"
                    r"|railway|reservoir|quarry|viaduct)\b"
                ),
            ),
            "unless": (_NEVER_SENT, _OUTING),
        },
    ),
    (
        "letter_family_fault",
        5,
        "prep",
        "preparation: goodbye letter",
        r"(?:write|writing|wrote|written|left|leave|leaving) (?:\w+ ){0,3}?(?:a |some |the )?(?:le"
        r"tters?|notes?)\b[^.!?]{0,40}?\b(?:(?:wasn'?t|was not|isn'?t|is not) (?:their|your|his|h"
        r"er|anyone'?s) fault|explain\w* why i|so they (?:know|understand)|to say (?:goodbye|sorry"
        r"))",
        {"unless": (_NEVER_SENT,)},
    ),
    (
        "this_is_goodbye",
        5,
        "prep",
        "preparation: goodbye message",
        r"this is (?:my )?goodbye\b(?! (?:to (?:this|that|my|the|a|our) (?:\w+ )?(?:chapter|job|"
        r"house|flat|city|era|phase|part|group|course|forum|ward|team|school|town|office))|"
        r" (?:for now|for a while|for the (?:summer|year|term|week)))",
        {"unless": (_LEAVING, _TEMPORARY)},
    ),
    (
        "no_longer_need",
        5,
        "prep",
        "preparation: belongings or pets given away",
        r"(?:won'?t|will not|wont) need (?:me|it|them|these|those)"
        r" (?:after|anymore|any more|where i'?m going)\b"
        r"|no point (?:in )?(?:me )?(?:having|keeping|owning) (?:it|them|anything|my \w+)"
        r"|(?:found|finding|sorted) (?:a )?new homes? for (?:my|our) (?:cat|dog|pets?|rabbit|bird"
        r"|kitten|puppy|fish|hamster|guinea pigs?)",
        {"unless": (_LEAVING, _ESTATE, _HOBBY, re.compile(r"\b(?:library|charity|donat\w*)\b"))},
    ),
    (
        "giveaway_more",
        5,
        "prep",
        "preparation: giving away belongings",
        r"(?:giv\w*|gave|given) (?:away )?(?:\w+ )?(?:my|all my|most of my) (?:\w+ )?(?:plants|b"
        r"ooks|clothes|games|guitar|jewell?e?ry|ring|savings|records|vinyl|collection|art|camera|c"
        r"onsole|laptop|passwords)\b",
        {
            "need_any": (
                _GONE_CUE,
                _TIME_IN,
                _GOODBYE_IN,
                re.compile(r"\b(?:plan|no point|nothing left|won'?t need|because after)\b"),
            ),
            "unless": (
                _LEAVING,
                _HOBBY,
                re.compile(r"\b(?:library|charity|donat\w*|school|museum)\b"),
            ),
        },
    ),
    (
        "arranged",
        0,
        "context",
        "preparation",
        r"(?:i'?ve|i have|i|can|to) (?:got|bought|have|gathered|collected|buy|get) (?:everything|al"
        r"l the things"
        r"|the things|what) i need\b|(?:i'?ve|i have) set (?:everything|it all) up|it'?s all (?:ar"
        r"ranged|sorted|set)|everything is (?:set|arranged|sorted|ready)|except the plan|(?:sorted"
        r"|written|updated) my will\b[^.!?]{0,60}\bcancel\w*|cancel\w* my (?:phone|contract|subsc"
        r"riptions?|accounts?)\b[^.!?]{0,60}\b(?:will|arranged|sorted)|(?:have|got|'ve got) every"
        r"thing (?:ready|in place|sorted|prepared|set)|stones in my (?:\w+ )?pock"
        r"ets|(?:hugged|kissed) my (?:\w+ ){0,2}(?:extra long|goodbye|one last time|for the last"
        r" time)",
        {},
    ),
    (
        "place_plan",
        4,
        "intent",
        "plan: a chosen place",
        r"(?:picked|chosen|chose|decided on|settled on|found) (?:the |a |my )?(?:\w+ ){0,3}?(?:pl"
        r"ace|spot|bridge|weir|cliff|building|car park|bend|tree|river|station|platform|line|drop"
        r"|ledge|roof|woods|reservoir|quarry)\b(?! (?:for (?:the|a|our|my) (?:picnic|party|weddi"
        r"ng|holiday|wedding|meeting|meet|date|dinner)|to (?:meet|eat|stay|live)))"
        r"|(?:know|knows) (?:exactly )?(?:where|how) (?:i'?m going to|i'?ll|i will|i would|i'?d|i"
        r"'m gonna|to) (?:do it|go|jump|end it)\b"
        r"|(?:is|'s) where i'?(?:ll| will|'m going to|m going to| am going to|'d) (?:go|do it|ju"
        r"mp|end it|drive off)\b|where i'?(?:ll| will) (?:drive off|jump|do it)\b"
        r"|it'?(?:ll| will) be (?:at|from|off) the (?:\w+ )?" + _PLACE_SRC + r"\b",
        {"unless": (_LEAVING, _OUTING)},
    ),
    (
        "family_letters",
        5,
        "prep",
        "preparation: letters to family",
        r"(?:letters?|cards?|notes?|messages?|presents?|gifts?) (?:\w+ ){0,2}?(?:to|for) (?:all )?"
        r"(?:m"
        r"y|the) (?:\w+ )?(?:family|mum|mom|dad|kids|children|parents|sister|brother|wife|husband|p"
        r"artner|nieces?|nephews?|friends)\b[^.!?]{0,80}?\b(?:won'?t be (?:here|around|there|with"
        r" them)|without me|not (?:be )?(?:here|there|around)|after i'?m gone|for when i'?m|to ope"
        r"n (?:after|when|on)|in case i'?m not)",
        {"unless": (_LEAVING, _NEVER_SENT)},
    ),
    (
        "take_them_now",
        5,
        "intent",
        "intent: taking the means with a time",
        r"(?:i'?m|i am) (?:taking|swallowing|using|doing) (?:them|it|the lot|all of them|them all)"
        r"\b",
        {
            "need": (_TIME_IN,),
            "need_text": (_MEANS_IN,),
            "unless": (_ROUTINE, _HOPEFUL, _DOING_BENIGN),
        },
    ),
    (
        "means_at_hand",
        4,
        "method",
        "means at hand",
        r"(?:rope|noose|blade|razor|gun|rifle|hose|ligature|belt|knife|pills|tabl"
        r"ets) (?:is|are|'s) (?:up|ready|on the side|out|set up|tied|in my (?:hand|lap|pocket|bag"
        r"|car|drawer)|next to me|beside me|loaded|here)\b",
        {"unless": (_ROUTINE, _HOPEFUL)},
    ),
    # ---- level 4: a method or means
    (
        "how_to_self",
        4,
        "method",
        "method question",
        r"how (?:to|do (?:you|i|people|u)|can (?:you|i|u)|would (?:you|i)|does one|could i|should"
        r" i|easy is it to|hard is it to) (?:\w+ ){0,3}?(?:kill|hang|drown|poison|shoot|suffocate"
        r"|overdose|off|end|electrocute|starve|gas|slit|cut|unalive) (?:yourself|urself|your ?self|"
        r"oneself"
        r"|myself|my ?self|your (?:own )?life|my (?:own )?life|it all|your wrists?|my wrists?)\b"
        r"|how (?:do (?:you|i|people|u)|to|long does it take to|quickly can you|fast can you|long "
        r"(?:would it|does it) take to|cold does it need to be to) (?:\w+ ){0,3}?(?:bleed out|dro"
        r"wn|freeze to death|suffocate|die from|die of|overdose|od)\b",
        {"method": True, "own": True},
    ),
    (
        "what_happens_if",
        4,
        "method",
        "method research",
        r"what (?:happens|would happen|will happen) if (?:you|i|u|someone|one) (?:take|took|swall"
        r"ow\w*|mix\w*|drink|drank|inject\w*|overdose\w*) (?:\w+ ){0,3}?" + _DRUGS + r"\b"
        r"|what (?:happens|would happen) if (?:you|i|u|someone) (?:take|took|swallow\w*) (?:a |the"
        r" )?(?:whole|entire|full) ",
        {"own": True},
    ),
    (
        "ingest_quant",
        4,
        "method",
        "method: taking a lethal amount",
        _INGEST + r" (?:\w+ ){0,2}?" + _QUANT + r"\b(?: (?:of )?(?:my |the |his |her |those |the"
        r"se |their )?(?:\w+ ){0,3}?" + _DRUGS + r")?",
        {"need_any": (_MEANS_IN,), "need": (_CONTEMPLATE,), "unless": (_HOPEFUL,), "own": True},
    ),
    (
        "drug_drink",
        4,
        "method",
        "method: medicine with alcohol",
        _DRUGS
        + r" (?:with|and) (?:the |a |some )?(?:(?:bottle|can|glass|litre|pint)s? of )?(?:\w+ )?"
        + _DRINK
        + r"\b|"
        + _DRUGS
        + r" and (?:\w+ )?"
        + _DRINK
        + r"\b[^.!?]{0,30}(?:how i'?d|how i would|do it|that'?s how"
        r"|enough)",
        {
            "need_any": (
                _CONTEMPLATE,
                re.compile(
                    r"\b(?:how i'?d|how i would|do it|that'?s how|see if i wake|enough|wake up)\b"
                ),
            )
        },
    ),
    (
        "means_think",
        4,
        "method",
        "ideation about a means",
        r"(?:"
        + _MEANS_SRC[3:]
        + r"\b[^.!?;]{0,70}?\b(?:i (?:keep |always |sometimes |often |can'?t stop )?(?:think(?:ing)"
        r"?|"
        r"thought|dream(?:ing)?|fantasi[sz](?:e|ing)|imagin(?:e|ing)|pictur(?:e|ing)) (?:about|of) "
        r"(?:it|them|using|taking|mixing|swallowing|how|what|it every|it a"
        r"ll)|i (?:already )?know what i (?:want|'m going|am going|plan) to (?:use|do with) (?:it|t"
        r"hem)|(?:keep|kept) (?:looking|staring|glancing) at (?:it|them)|(?:keep|kept) (?:it|them)"
        r" (?:for|(?:just )?in case)|for when i decide|in case i decide|how (?:quick|easy|fast|simp"
        r"le) it would be|the (?:thought|idea|urge)s? (?:won'?t|will not|doesn'?t|does not|don'?t) "
        r"(?:go away|leave|stop|leave me))",
        {"own": True},
    ),
    (
        "think_method_verb",
        4,
        "method",
        "ideation about a method",
        r"(?:think\w*|thought|imagin\w*|pictur\w*|fantasi[sz]\w*|dream\w*|consider\w*|plan\w*|wan"
        r"t\w*|wish\w*|urges? to|tempted to|research\w*|googl\w*|look\w* up) (?:about |of |to )?"
        r"(?:\w+ ){0,3}?(?:bleeding out|bleed out|drowning(?! in (?:work|debt|paperwork|emails?))"
        r"|drown myself|hanging myself|hanging from|hanged|hang from|freez\w* to death|hypotherm"
        r"ia|lying down in the snow|walk\w* (?:out )?into (?:the )?(?:traffic|sea|river|lake|wate"
        r"r|road)|step\w* (?:out )?in front of|jump\w* (?:off|from|in front of)|throw\w* myself"
        r"|the top (?:one|floor)|slit\w* my (?:throat|wrists?)|overdos\w*|taking an overdose|od"
        r"ing|gassing myself|(?:suicide )?methods|ways to (?:die|do it|end it)|running the (?:car"
        r"|engine) in|carbon monoxide|the exhaust|crash\w* my car|drive off|driving off|walk\w* o"
        r"ff (?:the|a) (?:end|edge)|lean\w* (?:forward|over)|falling from|fall from)\b",
        {"inner_negation": True},
    ),
    (
        "car_garage",
        4,
        "method",
        "method: car exhaust",
        r"(?:run|running|ran|leave|leaving|left|sit\w* in) (?:the|my) (?:car|engine) (?:\w+ ){0,3}"
        r"?(?:in the garage|with the (?:garage )?doors? (?:shut|closed)|with a hose|running)",
        {"need_any": (_CONTEMPLATE, re.compile(r"\b(?:garage|hose|exhaust)\b"))},
    ),
    (
        "cold_method",
        4,
        "method",
        "method: cold",
        r"(?:lie|lying|lay) down in the (?:snow|cold|frost)|freeze to death|(?:leav\w*|without) my"
        r" coat[^.!?]{0,60}(?:minus|freezing|moor|snow|mountain)",
        {"need_any": (_CONTEMPLATE, _TIME_IN, re.compile(r"\b(?:tonight|going|how cold)\b"))},
    ),
    (
        "research_methods",
        4,
        "method",
        "method research",
        r"(?:research\w*|look\w* up|read\w* about|googl\w*|search\w*) (?:suicide |different )?(?:m"
        r"ethods|ways to die|how to (?:die|do it))"
        r"|(?:which|what) (?:\w+ ){0,2}?(?:train lines?|stations?|bridges?|buildings?|car parks?|"
        r"cliffs?) (?:don'?t|do not|have no|haven'?t got|without) (?:have )?(?:any )?(?:barriers|"
        r"fences|nets|cameras|staff|railings)",
        {},
    ),
    (
        "traffic",
        4,
        "method",
        "method: traffic",
        r"(?:walk\w*|step\w*|run\w*|throw\w* myself|jump\w*) (?:out )?(?:into|in front of) (?:the"
        r" |a |an |oncoming )?(?:traffic|road|bus|lorry|truck|car|van|oncoming)\b",
        {"need_any": (_CONTEMPLATE, re.compile(r"\b(?:i'?ll|i will|going to|gonna|i could)\b"))},
    ),
    (
        "drive_off",
        4,
        "method",
        "method: crash",
        r"(?:drive|driving|drove|crash\w*|swerv\w*|steer\w*) (?:my car |the car )?off (?:the |a )?"
        r"(?:road|bend|edge|cliff|bridge|motorway|embankment)|where i'?(?:ll| will) drive off",
        {},
    ),
    (
        "slit_throat",
        4,
        "method",
        "method: cutting",
        r"(?:slit|slitting|cut|cutting) my (?:own )?throat",
        {},
    ),
    (
        "hang_tree",
        4,
        "method",
        "method: hanging",
        r"hang(?:ing|ed)? (?:myself )?from (?:the|a) (?:tree|banister|beam|door|loft|hook|rail"
        r"ing|bannister)|picturing myself hanged|(?:myself|me) hanged",
        {},
    ),
    (
        "insulin_skip",
        4,
        "method",
        "method: withholding medicine",
        r"(?:skip\w*|stop\w* taking|not taking|withhold\w*) (?:my )?(?:insulin|heart (?:pills|"
        r"medication|tablets)|meds) (?:on purpose|deliberately|hoping|so (?:that )?i (?:die|don'?t"
        r" wake))",
        {},
    ),
    (
        "buy_means",
        4,
        "acq",
        "preparation: acquired means",
        r"(?:bought|buying|ordered|ordering|got|stocked up on|picked up) (?:\w+ ){0,2}?(?:boxes|"
        r"packets|packs|bottles|strips) of (?:\w+ )?" + _DRUGS + r"\b[^.!?]{0,60}(?:different (?:"
        r"shops|pharmacies|chemists|stores)|i know why|enough|just in case|for when)"
        r"|(?:bought|got|ordered) (?:me )?(?:\w+ (?:and )?){0,3}?(?:a |the |some )?(?:rope|noose|"
        r"hose|hosepipe|ligature|charcoal|gun|pistol|bullets|blades|razor blades|helium|tape and a "
        r"hose)\b|(?:got|have|found) the key to the gun (?:safe|cabinet|cupboard)",
        {"unless": (_OUTING, _HOBBY)},
    ),
    # ---- level 3: active ideation
    (
        "act_more",
        3,
        "act",
        "active ideation",
        r"(?:end|ending) (?:my|this) (?:\w+ ){1,2}?life\b|(?:end|ending) me\b|end(?:ing)? everyth"
        r"ing\b|(?:i|i'?ll|i'?m going to|want to|wanna|going to|gonna|i will) end it (?:now|here|"
        r"tonight)\b|(?:decided|going|plan(?:ning)?) to die\b|dying on purpose|delet"
        r"e myself|log\w* off[^.!?]{0,30}\b(?:from|of) life|exit,? like|(?:take|taking) my (?:\w+ "
        r")?life|follow (?:her|him|them) (?:there|into|to the grave)?\b(?=[^.!?]*(?:died|dead|gone"
        r"|death|grave))|(?:i|me) (?:want|wanna|need) to follow (?:her|him|them)\b",
        {},
    ),
    (
        "act_commit",
        3,
        "act",
        "active ideation (euphemism)",
        r"(?:want to|wanna|should|going to|gonna|could|might|will|thinking (?:about|of)|tempted to"
        r"|ready to) (?:just )?commit\b(?! (?:to|a|the|an|crimes?|fraud|murder|myself to|suicide "
        r"(?:prevention)))",
        {},
    ),
    # ---- level 2: self-harm
    (
        "selfharm_body",
        2,
        "selfharm",
        "self-harm",
        _HARM_VERB + r" (?:into |at )?(?:my|both my) (?:own )?(?:\w+ )?" + _BODY + r"\b",
        {"self_harm": True, "need": (_SH_CUE,), "unless": (_ITCH,)},
    ),
    (
        "selfharm_again",
        2,
        "selfharm",
        "self-harm",
        r"(?:cut|self-harmed|self-harm|sh|burned|burnt) (?:again|tonight|last night|today|this we"
        r"ek|\w+ times this week)\b|(?:relaps\w*|slipped) (?:and|&) (?:cut|self-harmed|burned|bu"
        r"rnt|hurt myself)|(?:i|still|secretly) (?:still )?cut\b(?! (?:the|a|my hair|back|down|it"
        r"|them|out|off|ties|class|costs|corners|through|across|in\b|up|him|her|you|people|a deal"
        r"|loose|short))|(?:want|wanna|need|urge) to cut\b(?! (?:the|a|my hair|back|down|it|them|"
        r"out|off|ties|class|costs|corners|through|across|in\b|up|him|her|you|people|a deal|loose|"
        r"short|my hours))|cutting is the only|(?:banging|bang|banged|hitting|hit|smashing|smashe"
        r"d) my head (?:on|against|off)|(?:picking|pick|picked) at (?:the |my )?(?:scabs|wounds|c"
        r"uts|scars)",
        {"self_harm": True},
    ),
    # ---- level 2: passive ideation
    (
        "passive_more",
        2,
        "passive",
        "passive ideation",
        r"(?:fall asleep|sleep|go to sleep|close my eyes|closing my eyes) (?:and )?(?:\w+ ){0,5}?("
        r"?:forever|for good|for a hundred years|and never (?:wake|come back|open)|and (?:just )?be"
        r" gone)|(?:pray|hope|wish)\w* (?:that )?(?:god|someone|something|the universe|it) (?:wou"
        r"ld |will |'d )?(?:takes?|take) me\b(?! (?:to|through|back|out|with|along|on|there|places|"
        r"under|by|in|into|up|from|over|far|beyond|for|as)\b)|put me out of my misery"
        r"|(?:don'?t|do not|dont) want to be (?:here|alive|around|on this earth|in this world)\b(?"
        r"! (?:at|in|with|for|when|if|this|right now|today|tonight)\b)"
        r"|wish(?:ing|ed)? (?:i'?d|i would|i could|i had) (?:just )?(?:die|died|cease to (?:be|ex"
        r"ist)|stop existing|not exist|vanish|disappear|be gone|not be here|sink)\b"
        r"|cease to (?:be|exist)\b|(?:don'?t|do not) care (?:if|whether) i (?:live or die|die|liv"
        r"e|wake up|survive)|(?:hoping|hope|wish\w*|pray\w*) (?:that )?(?:the|my|a) (?:\w+ )?(?:p"
        r"lane|car|bus|train|lorry|truck) (?:crash\w*|hits? me|would hit|will hit|doesn'?t stop|"
        r"won'?t stop|would (?:just )?take me|takes me)"
        r"|hope (?:the|my) cancer (?:comes back|returns|spreads)|if i (?:got|get|had) (?:cancer|"
        r"a terminal|ill|sick)[^.!?]{0,20}(?:relieved|glad|happy)"
        r"|if i died (?:\w+ )?i'?d be (?:relieved|glad|happy|fine|grateful)"
        r"|(?:be fine|not mind|be happy|be relieved|be glad|wouldn'?t mind|wouldn'?t care) if i "
        r"(?:\w+ ){0,2}?(?:died|froze|drowned|got hit|got killed|never woke up|didn'?t wake up|d"
        r"idn'?t come back|disappeared|was gone|wasn'?t here|didn'?t exist)\b"
        r"|(?:give|do) anything to (?:just )?(?:not wake up|die|disappear|not exist|be gone|stop "
        r"existing)|wish (?:i|i'?d) (?:was|were|had been) never (?:here|born)|wish (?:i|i'?d) (?"
        r":didn'?t|did not|never) (?:exist|existed)|(?:living|life|being alive) (?:feels|is|seem"
        r"s) optional|(?:press|push) a button and (?:just )?(?:stop existing|disappear|die|not ex"
        r"ist|vanish|be gone)|(?:tired|sick|done) (?:of|with) being (?:here|alive)\b|(?:want|wan"
        r"na|wish i could) (?:go |)be with (?:my )?(?:mum|mom|dad|nan|gran|grandma|grandad|son|da"
        r"ughter|brother|sister|husband|wife|partner|her|him|them) again|(?:get|got|getting) hit"
        r" by something|wish(?:ing)? (?:a|the) (?:\w+ ){0,2}(?:would|will|could) (?:just )?(?:fa"
        r"ll on|hit|kill|take|crush) me|(?:be|am|i'?m) done with (?:life|living|being alive|it al"
        r"l|everything)\b|not (?:come|coming) back up|(?:want|wanna|wish) (?:to )?(?:just )?(?:st"
        r"op|be gone|vanish|disappear)\b(?= *(?:$|[.!?]|and (?:never|not)))",
        {},
    ),
]
