"""Round 5's crisis rules, part three: passive ideation and self-harm in other
words, the second pass over the tuning split, and context cues.

Each rule is ``(name, level, kind, reason, pattern, options)``. Kinds: mask /
figurative (clear what they cover), context (level 0 cue), distress, passive,
selfharm, state, act, abuse, method, acq, and the level-5 kinds intent / prep /
imminent / doit. ``safety.screen.rules`` puts the tables together in this order.
"""

from __future__ import annotations

import re

from safety.screen.cues import (
    _AWAY,
    _BODY,
    _CHAPTER_END,
    _COVER_STORY,
    _DANGER_PLACE,
    _DARK_PLACE_CUE,
    _DOING_BENIGN,
    _DRUGS,
    _FIRST_IN_SENT,
    _GOODBYE_IN,
    _HARM_CONSEQUENCE,
    _HOBBY,
    _HOPEFUL,
    _ITCH,
    _LEAVING,
    _NEVER_SENT,
    _OUTING,
    _PET,
    _PET_BENIGN,
    _PLACE_BENIGN,
    _ROUTINE,
    _SAVE_BENIGN,
    _SECRET,
    _TASK_BENIGN,
    _TEMPORARY,
    _TIME_IN,
    _WILL_BENIGN,
)

RULES: list[tuple[str, int, str, str, str, dict]] = [
    # ---- level 2: passive ideation in other words
    (
        "passive_fade",
        2,
        "passive",
        "wish to be dead",
        r"(?:wish\w*|want(?:ed|ing|s)? to|wanna|long(?:ing)? to|would love to|i'?d love to|pray\w*"
        r"|hop\w*) (?:i could |that i could |i would |i'?d |i |to )?(?:just |simply |quietly )?(?:e"
        r"vaporate|dissolve|melt away|fade (?:away|out)(?! of)|be erased|be deleted|be wiped (?:out"
        r"|away)|blink out|turn to dust|stop being alive|stop being here|not be alive|stop breathin"
        r"g|cease(?= *(?:$|[.!?,;]|to (?:be|exist)))|go to sleep forever|sleep forever|sleep for ev"
        r"e"
        r"r|(?:not|never) wake up(?! (?:early|late|at|before|in time|with|tired|so|too))|not exist "
        r"a"
        r"ny ?more|not be here any ?more|be with (?:her|him|them) (?:in heaven|up there|on the othe"
        r"r"
        r" side)|go where (?:she|he|they)(?:'s| has| have|'ve| is| are) gone|join (?:her|him|them|m"
        r"y"
        r" \w+) (?:in heaven|up there|on the other side))\b(?! (?:my|the|a|an|this|that|these|those"
        r"|his|her|your|their|our|it|them|all|him)\b)"
        r"|(?:wish\w*|want\w* to|wanna) (?:i could |to )?(?:just )?not be(?= *(?:$|[.!?,;]|any ?mor"
        r"e))"
        r"|(?:wish\w*|hop\w*|pray\w*) (?:that )?(?:the |my |these |those )?(?:\w+ )?(?:pills|tablet"
        r"s|m"
        r"eds|medication|something|someone|it) (?:would|could|will) (?:just )?(?:make me|let me) (?"
        r":disappear|vanish|die|not wake up|sleep forever|stop existing|not exist|be gone)\b"
        r"|(?:go|went) to sleep and (?:just )?(?:stay asleep|not come back|never come back)\b(?! (?"
        r":u"
        r"ntil|till|for))|(?:hop\w*|wish\w*|pray\w*) (?:that )?i (?:get|got|'d get|would get) (?:re"
        r"a"
        r"lly |seriously |very )?(?:ill|sick|cancer|something terminal) and (?:just )?(?:don'?t|nev"
        r"er|wouldn'?t|won'?t) (?:recover|get better|wake up|come back)\b",
        {},
    ),
    (
        "passive_wake2",
        2,
        "passive",
        "wish not to wake up",
        r"(?:disappointed|gutted|sad|upset|angry|annoyed|frustrated|devastated|furious) (?:to|that "
        r"i"
        r"|i) (?:wake|woke|have woken|'ve woken)(?: up)?(?: again| alive| at all| each (?:morning|d"
        r"a"
        r"y)| every (?:morning|day)| this morning)?(?= *(?:$|[.!?,;]|and (?:i|lie|just)|because|but"
        r"|when))"
        r"|(?:disappointed|gutted|sad|upset|angry|annoyed|frustrated|devastated|furious) (?:that )?"
        r"(?:i'?m|i am) still (?:here|alive|breathing)(?= *(?:$|[.!?,;]|and|because|but|after|every"
        r"|each))"
        r"|wake (?:up )?(?:disappointed|angry|annoyed|sad|upset|furious|gutted) (?:that (?:i'?m|i a"
        r"m) still|to (?:be|still be) (?:here|alive)|i'?m still (?:here|alive))"
        r"|wish(?:ing|ed)? (?:that )?i (?:hadn'?t|had not|didn'?t|did not|would not|wouldn'?t|won'?"
        r"t) (?:wake|woke|woken)(?: up)?\b"
        r"|(?:tired|sick|exhausted|weary) of waking up(?= *(?:$|[.!?,;]|and\b|every (?:day|morning)"
        r"|again|alive|at all))|(?:wouldn'?t|would not) mind (?:not|never) (?:waking up|being here|"
        r"existing|being alive)\b"
        r"|(?:disappointed|gutted|devastated|sad|upset) (?:every time|each time|whenever|each morn"
        r"ing when|every morning when) i (?:wake|open my eyes)(?: up)?(?= *(?:$|[.!?,;]|and|becaus"
        r"e|but|still|alive|again))",
        {},
    ),
    (
        "passive_last",
        2,
        "passive",
        "passive ideation: hoping this is the last",
        r"(?:hop(?:e|ing)|pray\w*|wish\w*) (?:that )?(?:this|today|tonight|it|this year|this one|th"
        r"i"
        r"s birthday|this christmas) (?:is|will be|'s|was) (?:my|the) (?:very )?(?:last|final) (?:d"
        r"ay|night|birthday|christmas|morning|year|breath|sunrise|summer|one|time i (?:wake|open my"
        r" eyes|fall asleep|go to sleep|see (?:the|a) (?:sun|morning)))\b(?= *(?:$|[.!?,;]|and\b|so"
        r"\b|because\b|of my life|on earth|alive|here|i (?:ever )?(?:have|see|wake)))"
        r"|(?:hop(?:e|ing)|pray\w*|wish\w*) (?:that )?(?:this|tonight|today|this year|this birthday"
        r"|"
        r"this christmas|this one) (?:is|will be|'s) (?:my|the) (?:very )?(?:last|final)(?= *(?:$|["
        r".!?,;]|and\b|so\b|because\b))"
        r"|(?:hop(?:e|ing)|pray\w*) (?:that )?i (?:don'?t|do not|won'?t|never) (?:make it to|see|li"
        r"ve to see|get to|survive (?:until|till|to)) (?:another|next|the next|my next) (?:year|bir"
        r"thday|christmas|summer|week|day)",
        {},
    ),
    (
        "passive_heart",
        2,
        "passive",
        "passive ideation: wishing the body would stop",
        r"(?:wish\w*|hop\w*|pray\w*|want\w*) (?:that )?(?:my )?(?:heart|body|lungs|breathing) (?:wo"
        r"u"
        r"ld |will |'d |to |could )?(?:just )?(?:stops?|gives? (?:out|up)|fails?|quits?|packs? (?:i"
        r"n|up))\b(?!"
        r" (?:hurting|aching|racing|pounding|shaking|being|feeling|doing|itching|\w+ing|me|on me|th"
        r"e pain))"
        r"|(?:wish\w*|hop\w*|pray\w*) (?:that )?i(?: would|'d| will|'ll| could)? (?:just )?(?:stop "
        r"brea"
        r"thing|drop dead|die|pass away|croak|never wake)\b(?! (?:of|from|laughing|when|with|before"
        r" (?:i|you) (?:get|grow))\b)"
        r"|(?:wish\w*|hop\w*|pray\w*) (?:that )?i (?:don'?t|do not|won'?t|wouldn'?t) (?:make it|sur"
        r"vive)(?= *(?:$|[.!?,;]|through (?:the|this|tonight)|to (?:morning|tomorrow)|the (?:night|"
        r"o"
        r"peration|surgery|procedure|anaesthetic|winter)))",
        {},
    ),
    (
        "passive_god",
        2,
        "passive",
        "passive ideation: asking to be taken",
        r"(?:god|the lord|lord|jesus|the universe|death) (?:would |will |'d |could |to |can |would "
        r"please |will please |please )?(?:just )?(?:take|takes|took|come for|call|calls) me\b(?: "
        r"home| away| now| in my sleep| tonight| already| soon)?(?! (?:to|through|back|out|with|a"
        r"long|on|there|places|under|seriously|by|in|into|up|from|over|far|beyond|for|as)\b)"
        r"|(?:god|the lord|lord|jesus|the universe) (?:to |would |will |could |'d )?(?:just )?(?:pl"
        r"ease )?(?:let me (?:die|go|not wake up|sleep forever)|end (?:it|my life)|take my life)\b",
        {
            "need_any": (
                re.compile(
                    r"\b(?:wish\w*|hop\w*|pray\w*|if|ask\w*|beg\w*|ready|why won'?t|please|wait\w*"
                    r"|want\w*|long\w*)\b"
                ),
            )
        },
    ),
    (
        "passive_welcome",
        2,
        "passive",
        "passive ideation: welcoming death",
        r"(?:i'?d|i would|i will|i'?ll) (?:welcome|embrace|not fight|not resist|be glad of) (?:deat"
        r"h|the end|dying)\b|death (?:can'?t|cannot|couldn'?t) come (?:soon|quick|fast) enough|(?:j"
        r"ust )?waiting (?:to die|for death|for (?:it all|my life|life) to end)|can'?t wait (?:to d"
        r"ie|for (?:it all|everything|life|my life) to (?:end|be over))"
        r"|(?:i'?d|i would|i'?m|i am|i will|i'?ll) be (?:so )?(?:much )?(?:happier|better|better of"
        r"f|more at peace|at peace|relieved|free) (?:dead|gone|in the ground|in a grave|not (?:aliv"
        r"e|existing|here))\b(?! (?:from|for|by|to|on|at|in)\b)"
        r"|if i (?:was|were|'m|am) (?:gone|dead|not (?:here|around|alive))\b,? (?:it'?d|it would|ev"
        r"eryone|they|things|life|my \w+)[^.!?]{0,30}?\b(?:easier|better|happier|relieved|fine|li"
        r"ghter)"
        r"|wish\w* (?:that )?(?:my life|life|it all|everything|all of it|it) (?:would|could|will) ("
        r"?:just )?(?:end|stop|be over) (?:on its own|by itself|for good|forever|permanently)"
        r"|(?:the|my) (?:last|only) reason (?:to (?:live|stay alive|keep going|be here)|i'?m (?:sti"
        r"l"
        r"l )?(?:here|alive)|for (?:living|staying alive))|(?:the|my) last reason(?= *(?:$|[.!?;]))"
        r"",
        {},
    ),
    # ---- level 2: self-harm in other words
    (
        "selfharm_verbs",
        2,
        "selfharm",
        "self-harm",
        r"(?:scald\w*|burn\w*|burnt|scratch\w*|hit\w*|punch\w*|bang\w*|bit|bite|biting|pinch\w*|sla"
        r"p"
        r"\w*|claw\w*|dig\w* my nails into|carv\w*|cut\w*|stab\w*|whip\w*|bruis\w*|smash\w*|gouge\w"
        r"*"
        r") (?:at |into )?(?:myself|my (?:own )?(?:\w+ )?" + _BODY + r"|the (?:inside|back|top|skin"
        r"|side) of my (?:\w+ )?"
        + _BODY
        + r")(?: \w+){0,4}? (?:until|till|til) "
        + _HARM_CONSEQUENCE
        + r"|(?:hit|hitting|punch\w*|slap\w*|scratch\w*|bite|biting|bit|pinch\w*|claw\w*|scald\w*|b"
        r"urn\w*|cut\w*|bang\w*) myself (?:\w+ ){0,3}?(?:until|till|til)\b"
        r"|dig\w* my (?:finger)?nails (?:in|into) (?:my (?:\w+ )?"
        + _BODY
        + r" )?(?:\w+ ){0,3}?(?:un"
        r"til|till|til)\b"
        r"|(?:pour\w*|run\w*|ran) (?:boiling|scalding|hot) water (?:on|over) my (?:\w+ )?"
        + _BODY
        + r"\b(?=[^.!?]*\b(?:on purpose|deliberately|until|again|to feel|punish\w*|because i|wanted"
        r" it to hurt))|(?:hold\w*|held|put|press\w*) my (?:\w+ )?"
        + _BODY
        + r" (?:over|on|against|under|in) (?:"
        r"the |a )?(?:\w+ )?(?:flame|candle|hob|lighter|stove|iron|hot tap|boiling water)\b(?=[^.!?"
        r"]"
        r"*\b(?:on purpose|deliberately|until|again|to feel|punish\w*|because i|wanted it to hurt|a"
        r"s long as i could))"
        + r"|(?:scald\w*|burn\w*|burnt|cut\w*|hurt\w*|hit\w*|scratch\w*|punch\w*|bruis\w*|starv\w*"
        r"|injur\w*|harm\w*) myself\b[^.!?]{0,40}?\b(?:on purpose|deliberately|intentionally|to fe"
        r"el (?:something|anything|better|real|in control)|to punish|because i deserved?)"
        r"|(?:burn\w*|brand\w*) (?:the (?:inside|back|top|skin|side) of )?my (?:own )?(?:\w+ )?"
        + _BODY
        + r" with (?:a |the |my |some )?(?:\w+ )?(?:lighter|cigarettes?|matches|match)"
        r"|(?:cut|carv\w*|slash\w*|slic\w*) (?:into )?(?:the (?:inside|back|top|skin|side) of )?my "
        r"(?:own )?(?:\w+ )?" + _BODY + r" (?:open )?with (?:a |the |my |some )?(?:\w+ )?(?:compass"
        r"|razor|blade|sharpener|broken glass|shard)"
        r"|(?:carv\w*|etch\w*|engrav\w*) (?:\w+ ){1,3}?(?:into|on|in) (?:my|both my) (?:own )?(?:\w"
        r"+ )?" + _BODY + r"\b"
        r"|(?:punch\w*|hit|hitting|smash\w*|slam\w*|bang\w*|kick\w*) (?:the |a |my )?(?:wall|door|m"
        r"irror|window|brick)s? (?:until|till|til|so hard|on purpose|to feel)\b[^.!?]{0,40}?\b(?:kn"
        r"uckles|hand|fist|bled|bleed\w*|split|broke|bruis\w*|blood|hurt|feel something)"
        r"|(?:on purpose|deliberately|intentionally) (?:\w+ ){0,2}?to (?:punish|hurt|harm) myself",
        {"self_harm": True, "unless": (_ITCH,)},
    ),
    (
        "selfharm_signs",
        2,
        "selfharm",
        "self-harm: fresh wounds",
        r"(?:the|my) (?:fresh |new )?cuts (?:are|were) (?:fresh|deep|healing|bleeding|infected|new|"
        r"still|scabbing|sore|visible|showing|hidden|hard to hide)|(?:the|my) (?:fresh |new )?cuts "
        r"(?:on my|from last night|keep bleeding|won'?t stop bleeding)|(?:fresh|new|deep|open) (?:c"
        r"uts|wounds|burns) (?:on|all over|up) my|(?<!paper )cuts (?:on|up|all over) my (?:\w+ )?"
        + _BODY
        + r"|(?:pencil )?sharpener blades?|stitches (?:after|for|from) (?:cutting|i cut|the cuts)"
        r"|the only thing that (?:helps|works|calms me|stops it)[^.!?]{0,20}?(?:is|are) (?:the )?(?"
        r":blade|razor|cutting|burning|pain|blood)"
        r"|(?:bled|bleeding|blood) (?:through|on|all over) my (?:sleeve|sheets|bed|clothes|shirt|ju"
        r"mper|bandage)",
        {
            "self_harm": True,
            "unless": (
                _ITCH,
                re.compile(
                    r"\b(?:budget|funding|spending|service|council|government|nhs|staff|hair|barb"
                    r"er|meat|film|edit|director|period|nosebleed|nose|shaving|shave|paper)\b"
                ),
            ),
        },
    ),
    (
        "selfharm_feel",
        2,
        "selfharm",
        "self-harm: hurting to feel something",
        r"(?:bleed\w*|bled|blood|cut(?:ting)? myself|burn(?:ed|t|ing)? myself|hurt(?:ing)? myself)"
        r"\b[^.!?]{0,60}?\b(?:needed|wanted|just wanted|had) to feel (?:something|anything|real|pa"
        r"in)|(?:took|taking|take) (?:a few |some |a couple of )?(?:extra|more) (?:\w+ )?"
        + _DRUGS
        + r" (?:just )?to (?:feel nothing|numb (?:out|myself|everything)|blank out|switch off|not f"
        r"eel anything|escape)",
        {"self_harm": True},
    ),
    # ---- round 5, second pass (tuning split)
    (
        "scouting",
        4,
        "method",
        "means: a dangerous place checked out",
        r"(?:been|gone|went|walked|driven|drove|cycled) (?:up |out |down |back |over )?(?:to|onto) "
        r"("
        r"?:the )?(?:top (?:floor |level |storey )?of (?:the |a )?(?:\w+ )?(?:car park|building|tow"
        r"er|block|multi-?storey|multi storey)|edge of (?:the )?(?:\w+ )?"
        + _DANGER_PLACE
        + r"|(?:\w+ )?(?:bridge|cliffs?|viaduct|quarry|reservoir|weir|railway bridge|motorway bridg"
        r"e|top floor|car park roof|multi-?storey|multi storey|platform edge))\b[^.!?]{0,40}?\b(?:"
        r"twice|three times|four times|a few times|several times|\d+ times|to check|to look (?:at|o"
        r"ver|down)|to see how|to see if|to test|to practise|to practice)\b",
        {"unless": (_PLACE_BENIGN, _OUTING, _HOBBY)},
    ),
    (
        "know_which",
        4,
        "method",
        "means: a place picked",
        r"i know (?:exactly )?(?:which|the) (?:cliff|bridge|spot|place|building|car park|train|stat"
        r"i"
        r"on|tree|beam|drop|ledge|one)\b(?! (?:you|they|she|he|i|we) (?:mean|meant|mentioned|said|t"
        r"alk\w*|were|was)\b)(?! (?:is|was) (?:closed|open|best|nice|good|great))",
        {
            "need_any": (
                _DARK_PLACE_CUE,
                _TIME_IN,
                _GOODBYE_IN,
                re.compile(r"\b(?:one way|ticket|i'?m ready|ready|the nerve)\b"),
            ),
            "unless": (_PLACE_BENIGN, _OUTING),
        },
    ),
    (
        "chosen_bare",
        4,
        "intent",
        "plan: the place or way is chosen",
        r"(?:i'?ve|i have|ive) (?:chosen|picked|decided|worked out|found) (?:where|how|the place|th"
        r"e spot|the method)(?= *(?:$|[.!?,;]|and\b))|i know the spot(?= *(?:$|[.!?,;]|and\b))|the"
        r" (?:place|spot) is (?:pi"
        r"cked|chosen|set|decided|sorted)\b",
        {"unless": (_PLACE_BENIGN, _AWAY, _TASK_BENIGN)},
    ),
    (
        "waiting_empty",
        5,
        "prep",
        "preparation: waiting to be alone",
        r"(?:waiting|wait) (?:for|until|till) (?:the house|the flat|everyone|them|my \w+|mum|mom|da"
        r"d)"
        r" (?:to be|is|are|'s|to go|to leave|goes|leaves|to fall)(?: (?:empty|asleep|out|gone|away|"
        r"to bed|to sleep))?\b",
        {"requires": "context_other"},
    ),
    (
        "doit_secret",
        5,
        "intent",
        "intent: doing it when nobody is there",
        r"(?:do|doing|doin) it\b[^.!?]{0,40}?\bwhen (?:everyone|mum|mom|dad|they|my \w+|the house|t"
        r"he kids|the flat|nobody|no one)(?:'s| is| are| has| have)? (?:asleep|in bed|goes to bed|g"
        r"o to bed|gone to bed|out|at work|away|on holiday|go on holiday|goes on holiday|goes out|"
        r"go out|leaves?|empty|home alone)\b",
        {
            "unless": (
                _HOBBY,
                _TASK_BENIGN,
                _DOING_BENIGN,
            )
        },
    ),
    (
        "took_everything",
        5,
        "imminent",
        "imminent: everything taken",
        r"(?:i'?ve|i have|i) (?:just |already )?(?:taken|took|swallowed) (?:them all|everything|it "
        r"all|all of them|the lot|them)(?= *(?:$|[.!?,;]|and\b|now\b))",
        {
            "need_any": (
                re.compile(
                    r"\b(?:don'?t call|don'?t tell|too late|done it|it'?s done|goodbye|"
                    r"i'?m sorry|sorry|ambulance|nobody|no one)\b"
                ),
            ),
            "unless": (_ROUTINE, _HOPEFUL),
        },
    ),
    (
        "with_means_now",
        5,
        "imminent",
        "imminent: with the means now",
        r"(?:i'?m|im|i am|sitting|sat|lying|lay) (?:here )?(?:in|on) (?:the|my) (?:bath|bathroom|ba"
        r"t"
        r"htub|car|garage|bed|floor|shower|woods) with (?:a|the|my|all (?:the|my)) (?:\w+ )?(?:blad"
        r"es?|razors?|knife|rope|noose|gun|hose|" + _DRUGS + r")\b"
        r"|(?:got|have) (?:the|my) (?:car|engine) running in the garage|(?:the|my) (?:car|engine)(?"
        r":"
        r" is|'s) running in the (?:closed |shut )?garage",
        {"unless": (_ROUTINE, _HOPEFUL)},
    ),
    (
        "note_hidden",
        5,
        "prep",
        "preparation: a note left",
        r"(?:written|wrote|finished|left) the note\b(?! (?:for|to|about|from|on (?:the )?(?:fridge|"
        r"do"
        r"or))\b)|(?:put|placed|laid out|left|got) (?:[\w']+,? ){0,6}?(?:and )?the note (?:in|on|b"
        r"y|next to|under)\b"
        r"|(?:letter|note|card)\b[^.!?]{0,60}?\bso (?:she|he|they|you|my \w+)(?:'ll| will| can| w"
        r"ould) find (?:it|them) (?:after|afterwards|when)\b",
        {
            "unless": (
                _NEVER_SENT,
                re.compile(
                    r"\b(?:delivery|courier|parcel|milkman|neighbou?r|landlo"
                    r"rd|teacher|school|cleaner|dog walker|shopping)\b"
                ),
            )
        },
    ),
    (
        "dont_wait",
        5,
        "prep",
        "preparation: goodbye message",
        r"(?:(?:please )?(?:don'?t|do not)|not to) wait (?:up )?for me\b",
        {
            "need_any": (
                re.compile(
                    r"\b(?:better this way|goodbye|sorry|love you|any year|ever again|f"
                    r"orgive|any ?more|letter|note|pills|tablets)\b"
                ),
            ),
            "unless": (_LEAVING, _TEMPORARY),
        },
    ),
    (
        "cards_years",
        5,
        "prep",
        "preparation: gifts for years ahead",
        r"(?:cards?|presents?|gifts?|letters?|messages?) for (?:[\w']+ ){0,3}?(?:birthdays?|christm"
        r"as(?:"
        r"es)?|anniversar\w*|weddings?|graduations?|the next (?:few |\w+ )?years?)\b[^.!?]{0,50}?\b"
        r"(?:so (?:they|she|he|you) (?:will )?still (?:get|have)|still get one from me|(?:for|until"
        r")"
        r" (?:the next )?(?:\d+|two|three|five|ten|several|many) years)",
        {"unless": (_LEAVING,)},
    ),
    (
        "look_after_pet",
        5,
        "prep",
        "preparation: asking someone to take a pet",
        r"(?:look after|take care of|feed|keep) my (?:\w+ )?" + _PET + r"\b",
        {
            "need_any": (
                re.compile(
                    r"\b(?:last message|goodbye|when i'?m gone|after i'?m gone|for me "
                    r"when|forever|for good|i love you all|final)\b"
                ),
            ),
            "unless": (_PET_BENIGN, _LEAVING, _TEMPORARY),
        },
    ),
    (
        "pet_surrendered",
        5,
        "prep",
        "preparation: a pet given up",
        r"(?:took|taken|taking|dropped|surrendered|handed) (?:\w+ ){0,2}?my (?:\w+ )?"
        + _PET
        + r" ("
        r"?:off )?(?:to|at|in|into) (?:the |a )?(?:rescue|shelter|rspca|dogs trust|cats protection|"
        r"pound|farm|(?:\w+'s))\b",
        {
            "need_any": (_COVER_STORY, _SECRET),
            "unless": (
                re.compile(r"\b(?:vet\w*|groom\w*|walk\w*|play ?date|sitter|while i'?m)\b"),
            ),
        },
    ),
    (
        "no_one_deal",
        5,
        "prep",
        "preparation: affairs settled for afterwards",
        r"so (?:that )?(?:no one|nobody|no-one|they|my \w+|she|he) (?:has|have|will have|won'?t hav"
        r"e|doesn'?t have|don'?t have|wouldn'?t have) to (?:deal with|sort(?: out)?|clear(?: out)?|"
        r"go through|worry about|pay|clean up) (?:it|anything|my \w+|everything|the \w+)\b[^.!?]{0,"
        r"20}?\b(?:after(?:wards)?(?= *(?:$|[.!?,;]|i'?m|i die|i go))|when i'?m gone|once i'?m gon"
        r"e)",
        {"unless": (_WILL_BENIGN,)},
    ),
    (
        "secret_last",
        5,
        "prep",
        "preparation: a secret last goodbye",
        r"(?:they|she|he|nobody|no one|my \w+) (?:don'?t|doesn'?t|didn'?t|won'?t|will never) know ("
        r"?:that )?(?:it'?s|it was|it is|this is|this was|it will be|it'll be) (?:the |my |our |a )"
        r"?"
        r"(?:(?:last|final) (?:time|goodbye|visit|hug|session|meal|dinner|chat)|goodbye)\b",
        {"need": (_FIRST_IN_SENT,), "unless": (_AWAY, _CHAPTER_END), "access": True},
    ),
    (
        "somewhere_better",
        5,
        "prep",
        "preparation: goodbye message",
        r"(?:i'?ll|i will|i'?m going to) be (?:somewhere better|in a better place|at peace|with (?:"
        r"gr"
        r"andma|nan|gran|grandad|grandpa|her|him|them|mum|mom|dad) again)\b",
        {
            "need_any": (
                re.compile(
                    r"\b(?:don'?t be sad|please don'?t|sorry|love you|dear|goodbye|forg"
                    r"ive|miss me)\b"
                ),
            ),
            "unless": (_LEAVING,),
        },
    ),
    (
        "got_what_i_need",
        5,
        "prep",
        "preparation: the means gathered",
        r"(?:got|have|bought|collected|gathered) (?:the|all the|enough|all) (?:\w+ )?(?:pills|table"
        r"t"
        r"s|meds|" + _DRUGS + r") (?:that )?i need\b",
        {"unless": (_SAVE_BENIGN, _ROUTINE, _HOPEFUL)},
    ),
    (
        "sh_too_far",
        2,
        "selfharm",
        "self-harm",
        r"(?:cut|cutting|went|gone) too (?:far|deep)\b|bleeding again\b",
        {
            "self_harm": True,
            "need": (
                re.compile(
                    r"\b(?:bleed\w*|bled|blood|cut\w*|clean\w* (?:it|th"
                    r"em) up|bandage\w*|plasters?|stitches)\b"
                ),
            ),
            "unless": (re.compile(r"\b(?:nose|gums?|period|joke|argument|banter|prank)\b"),),
        },
    ),
    (
        "ctx_goodbyes",
        0,
        "context",
        "goodbyes",
        r"(?:written|wrote|writing) (?:a letter |letters )?to (?:my|each of my|all my|everyone)\b(?"
        r"! "
        r"(?:(?:old |former |new |ex-?)?(?:mp|council|landlord|bank|gp|doctor|school|boss|manager|i"
        r"ns"
        r"urance|lawyer|solicitor|local|therapist|counsell?or|psychologist|psychiatrist|analyst|sup"
        r"e"
        r"rvisor|editor|columnist|clinic)))|(?:said|saying) my goodbyes\b|hugged my \w+ (?:goodbye|"
        r"for a long time|extra|one last)|told (?:them|my \w+|everyone|her|him) (?:that )?i love (?"
        r":t"
        r"hem|her|him|you)",
        {},
    ),
    # ---- context cues
    (
        "ctx_calm",
        0,
        "context",
        "calm after deciding",
        r"(?:weirdly|strangely|oddly|eerily|finally|suddenly) calm\b|(?:feel|i'?m) (?:calm|at peace"
        r") (?:now|about it|about (?:the|my) (?:plan|decision))|this is it\s*[.!]|bye,? every(?:one"
        r"|body)|(?:got|put|have|getting|putting) (?:everything|my affairs|things|it all) in order",
        {},
    ),
]
