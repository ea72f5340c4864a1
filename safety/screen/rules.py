"""The crisis rule table and the cue expressions the judge uses."""

from __future__ import annotations

import re

from safety.screen import lexicon

_REFL = r"(?:my|him|her|them|your|ur|one)\s?sel(?:f|ves)"
_REFL3 = r"(?:him|her|them)\s?sel(?:f|ves)"
_IM = r"(?:i'?m|i am)"
# Medicines by name and kind, from data/medications.txt.
_DRUGS = lexicon.MEDICATIONS
_METHOD_OBJ = (
    r"(?:train tracks|railway (?:line|tracks?)|(?:the |a )?tracks|car exhaust|exhaust fumes|"
    r"carbon monoxide|charcoal|(?:the |a |that )rope|noose|ligature|razor blades?|(?:the |my |a )?b"
    r"lades?|"
    r"razors?|bleach|antifreeze|(?:the |my |those |these |all (?:the |my )?)pills|"
    r"(?:the |my |those |all (?:the |my )?)tablets|(?:the |my |his |dad'?s |a )gun|"
    r"(?:the |a |that )bridge(?! between| of a)|tallest buildings?|multi-?storey|(?:the |a )cliff|"
    r"(?:the |a )ledge|overdos\w*|(?:the )?knife|"
    + lexicon.METHODS
    + r"|(?:the|my|those|these|all|all (?:the|my)|his|her|the whole) (?:\w+ )?"
    + _DRUGS
    + r")"
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
# Time words (data/time_words.txt) plus the ones with numbers in them.
_TIME_SRC = (
    r"\b(?:"
    + lexicon.TIME_WORDS[3:-1]
    + r"|in (?:an|a few|two|three|\d+) (?:hours?|minutes?|mins?)"
    r"|when (?:everyone|they|my \w+) (?:goes|go|is|are|leaves?|falls?|gets?)"
    r"|at \d{1,2}(?::\d\d)? ?(?:am|pm)"
    r"|once (?:everyone|they|my \w+)(?:'s| is| are| goes| go| leaves?| falls?| gets?))\b"
    r"|\bnow(?=\s*(?:[.!?,;]|$))"
)

# Helpers for conditional rules: opts["need"] must all be found in the hit's
# sentence (opts["need_text"]: anywhere in the text), opts["unless"] must not.
_MEANS_SRC = r"(?:" + lexicon.MEANS[3:-1] + r"|overdos\w*)"
_MEANS_IN = re.compile(r"\b" + _MEANS_SRC + r"\b")
_PLACE_SRC = r"(?:" + lexicon.PLACES[3:-1] + r"|tallest|train)"
_PLACE_IN = re.compile(r"\b" + _PLACE_SRC + r"\b")
_TIME_IN = re.compile(_TIME_SRC)
_CONTEMPLATE = re.compile(
    r"\b(?:think\w*|thought|imagin\w*|pictur\w*|fantasi[sz]\w*|dream\w*|want\w*|wanna|wish\w*"
    r"|urges?|tempt\w*|practis\w*|practic\w*|rehears\w*|wonder\w*|could just|so easy"
    r"|consider\w*|plan\w*|keep going back|feel like|wait\w* to see|see (?:if|whether) i|could|wou"
    r"ld)\b"
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

_FIRST = r"(?:i|i'm|i am|i've|i have|i'll|i will|i'd|i would|im|ive)"
_WANT = (
    r"(?:want(?:ed|s|ing)? to|wanna|wish(?:ed)? i could|would like to|i'?d like to|need to"
    r"|going to|gonna|about to|plan(?:ning)? (?:to|on)|ready to|decided to|tempted to"
    r"|think(?:ing)? (?:about|of)|thought (?:about|of)|considering|should|might|could)"
)
_INGEST = (
    r"(?:take|taking|took|taken|swallow\w*|down(?:ing|ed)?|neck(?:ing|ed)?|inject\w*|overdos\w*"
    r"|od(?:ing)? on|mix(?:ing|ed)?|use|using|chug\w*|empty\w*|emptied)"
)
_QUANT = (
    r"(?:all|every|everything|the whole|a whole|the lot|the rest|them all|them at once|at once"
    r"|the entire|an entire|a full|the full|too many|too much|a handful|loads|dozens|the box"
    r"|the bottle|the strip|the packet|a week'?s|a month'?s|\d{2,}|twenty|thirty|forty|fifty"
    r"|a hundred)"
)
_BODY = (
    r"(?:arms?|legs?|thighs?|wrists?|skin|stomach|belly|hands?|head|knuckles|face|hips?|ankles?"
    r"|fingers?|chest|sides?|shoulders?|forearms?)"
)
_HARM_VERB = (
    r"(?:cut|cuts|cutting|burn(?:s|t|ed|ing)?|scratch\w*|hit|hits|hitting|punch\w*|bang\w*|smash\w*"
    r"|bit|bite|biting|slash\w*|carv\w*|stab\w*|scrap\w*|pick(?:ing|ed)? at|bruis\w*)"
)
_SH_CUE = re.compile(
    r"\b(?:on purpose|deliberately|until|till|til|because i|cos i|to feel|deserve\w*|again|when i"
    r" (?:panic|get|feel)|when it gets|wanted it to hurt|so (?:no one|nobody) (?:would|will) see"
    r"|with (?:a|the|my) (?:cigarette|lighter|compass|razor|blade|straighteners|lighter|pen|nails"
    r"|scissors|knife|hairbrush|belt)|bled|bleed\w*|raw|scars?|punish\w*|relaps\w*|urges?|so bad"
    r"|cope|coping|only thing|the pain|numb|hate myself)\b"
)
_DRINK = r"(?:wine|vodka|alcohol|whisky|whiskey|booze|gin|rum|drink|beer|cider)"
_WORK_CUE = re.compile(
    r"\b(?:(?:as|i'?m|i am|i work as|i'?ve been|i have been|being|been) an? (?:\w+ ){0,2}?(?:nurse"
    r"|counsell?or|counselor|therapist|paramedic|doctor|gp|psychiatr"
    r"ist|psychologist|social worker|volunteer|teacher|coroner|coroner's officer|pathologist|tox"
    r"icologist|pharmacist|engineer|funeral director|police officer|officer|chaplain|samaritan|li"
    r"stener|trainer|researcher|lecturer|carer|worker|clinician|medic|practitioner|supervisor|m"
    r"anager|lawyer|solicitor|journalist|writer|student|trainee|firefighter|vet)|i work (?:in|on"
    r"|at|as|with|for)|in my (?:\w+ )?(?:work|job|practice|clinic|role|training|career|caseload|"
    r"shifts?)|my (?:clients?|patients?|caseload|service users|students|trainees|callers)|(?:eve"
    r"ry|each|per|a|night|on) shifts?|(?:we'?re|we are|we were|i was|i'?m) trained|paramedic here|"
    r"nurse here|volunteer here|traini"
    r"ng to be|our (?:module|training|course|team)|risk assessments?|poisons unit|crisis line vo"
    r"lunteer|i run (?:a|the)|we (?:see|get|train|teach|were taught)|workshops?|(?:the|our) ward"
    r"|callers?|on call|at work today|i teach|i train|safeguarding|postvention|in court|testify"
    r"|(?:in|at) a&e i|i (?:dress|treat|assess|stitch|triage)|prison officer|listening line)\b"
)
_MEDIA_NOUN = (
    r"(?:films?|movies?|novels?|books?|chapters?|episodes?|series|season|show|tv show|podcasts?|"
    r"articles?|documentar(?:y|ies)|plays?|poems?|songs?|lyrics|memoir|scenes?|fic|fanfic|news|"
    r"headlines?|study|statistics|report|leaflet|video|album|essay|paper|journal|anthology|plot|"
    r"thriller|drama|soap|storyline|character|musical|opera|comic|manga|game)"
)
_MEDIA_CUE = re.compile(
    r"\b(?:cw|tw|c/w|t/w|content warnings?|trigger warnings?|spoilers?|reading list|book club|s"
    r"toryline|protagonist|narrator|the author|the detective|romeo|juliet|hamlet|ophelia|the guard"
    r"ian|bbc|netflix|youtube|helplines? (?:in|at)|this column|poetry|(?:the|this|that|a|an|in th"
    r"e|in a|her|his|their|new|latest|last|first|its|the book'?s|whole) (?:\w+ )?"
    + _MEDIA_NOUN
    + r"(?:'s)?)\b"
)
# "a suicide loss", "scenes of self-harm or suicide": the word as a topic.
_MENTION_BEFORE = re.compile(
    r"\b(?:a|the|after|by|of|about|from|his|her|their|its|on|around|and|or|with|re|like|his"
    r"|mum's|dad's|\w+'s) $"
)
_MENTION_AFTER = re.compile(
    r" (?:loss|losses|prevention|rates?|statistics|risk|bereavement|survivors?|awareness|storyline"
    r"|scenes?|clusters?|figures|research|training|module|cases?|among|in (?:the|young|men|women))"
    r"\b"
)
# "the suicide thoughts are back": the writer's own, not a topic.
_OWN_THOUGHTS = re.compile(r" (?:thoughts?|feelings?|urges?|ideation|mode)\b")
_OWN_BEFORE = re.compile(
    r"(?:^|\b(?:my|the|these|those|having|have|had|get|got|getting|feel\w*) )$"
)
_MENTION_RULES = frozenset({"state_suicide", "selfharm", "method_od"})
_OWN_IDEATION = re.compile(
    r"\b(?:think\w*|thought|consider\w*|contemplat\w*|attempt\w*|commit\w*|tried|plan\w*|feel"
    r"\w*|felt|been|am|i'?m|go through with|urges?|urged|thoughts? (?:of|about)|ideas? of|havin"
    r"g)\b(?: \w+){0,2}? ?$"
)
_PLACE_PLANS = frozenset({"place_plan"})
_MENTION_KINDS = frozenset({"state", "selfharm", "method"})
_HYPERBOLE = re.compile(
    r"\bif i (?:have to |hear|see|get|sit through|do|read|watch|eat|am asked|'m asked)\b[^.!?]{0"
    r",60}\b(?:again|one more|another|ever again)\b|\b(?:rather|sooner) die than\b"
)
_REPORTED_SPEECH = re.compile(
    r"\b(?:hear|heard|hears|say|says|said|tell|tells|told|write|writes|wrote|typed|posted|hear"
    r"ing|saying|mentioned|quote\w*|means|meant|like|not)\b(?: \w+){0,2}?[ ,:]+['\"]"
    r"|\b(?:asked|asks|ask|asking)\b[^.!?]{0,24}?\b(?:if|whether)\b"
    r"|\b(?:said|says|typed|posted|mentioned|the word|the phrase|meant|means) ['\"]?$"
)
_OWN_FRAME = re.compile(
    r"\b(?:i|i'm|i've|i'd|i'll|me|my)\b[^.!?]{0,30}?\b(?:want\w*|wanna|wish\w*|think\w*|thought"
    r"|plan\w*|going to|gonna|feel\w*|keep|tempted|urges?|ready|need|decided|tried|try|myself"
    r"|can'?t stop|been)\b"
)
_NEVER_SENT = re.compile(
    r"\b(?:never (?:send|sent|posted|post|gave|give)|won'?t (?:send|post)|didn'?t (?:send|post)|to"
    r" (?:my|her|his) (?:late |old |former )?(?:therapist|counsell?or|mum|dad)\b[^.!?]{0,30}(?:di"
    r"ed|retired|left|gone|grave)|at (?:her|his|their) grave|therapist suggested|unsent|helped"
    r"|booked|consultation|someone new|new (?:therapist|counsell?or))\b"
)
_HOBBY = re.compile(
    r"\b(?:climbing|bouldering|garden\w*|course|camping|boat|sailing|tent|allotment|gym|swing|tow"
    r"|washing line|tomatoes|plants|hedge|lawn|car wash|aquarium|balloons?|party|hunting|shooting"
    r" (?:range|club)|clay|deer|farm|kitchen|cooking|chef|dog lead)\b"
)
_GOODBYE_IN = re.compile(r"\b" + lexicon.GOODBYES + r"\b")
_HOPEFUL = re.compile(
    r"\b(?:hopeful|hope (?:it|they|this) (?:helps?|works?)|the doctor (?:gave|prescribed)|prescri"
    r"b\w*|as prescribed|slept|sleep(?:ing)? (?:better|properly)|feel(?:ing)? (?:better|calmer|"
    r"brighter|more like myself|hopeful)|helped|helping|working|side effects?|first (?:dose|wee"
    r"k)|new (?:meds|medication|antidepressant|prescription|dose)|started (?:my|the|on)|starting"
    r"|this morning|with (?:food|breakfast|dinner)|every (?:morning|night|day)|dosage|the gp|my gp"
    r"|pharmacist|refill|review)\b"
)
_PLAN_PLACE = re.compile(
    r"\b(?:picked|chosen|chose|found|decided on|settled on|know exactly|know where|scouted"
    r"|checked out|been up to)\b[^.!?]{0,60}\b"
    + _PLACE_SRC
    + r"\b|\b"
    + _PLACE_SRC
    + r"\b[^.!?]{0,40}\b(?:is where|that'?s where|where i'?ll|where i will|is the one|that'?s the"
    r" one)\b"
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
        r"(?:giv\w*|gave) away (?:all )?(?:of )?my (?:\w+ )?(?:things|stuff|belongings|possessions|"
        r"pets?)"
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
        r",40}?" + r"\b" + _METHOD_OBJ + r"\b",
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
        r"(?:go to sleep|sleep|fall asleep) and (?:not|never) wake|sleep forever|(?:pray|hope|hopi"
        r"ng|wish)"
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


# --------------------------------------------------------------------------
# Round 4: wider wording (written against train/ tuning split)
# --------------------------------------------------------------------------

_NEW_RULES: list[tuple[str, int, str, str, str, dict]] = [
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
        r"|(?:the|my) (?:note|letter|letters) (?:is|are|'s) (?:in|on|under|by|next to|written)",
        {
            "need_any": (_TIME_IN, _MEANS_IN, _PLAN_PLACE, re.compile(r"\bpasswords?\b")),
            "unless": (_NEVER_SENT,),
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
                re.compile(
                    r"\b(?:plan|no point|nothing"
                    r" left|won'?t need|because after)\b"
                ),
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
        r"(?:i'?ve|i have|i) (?:got|bought|have|gathered|collected) (?:everything|all the things"
        r"|the things|what) i need\b|(?:i'?ve|i have) set (?:everything|it all) up|it'?s all (?:ar"
        r"ranged|sorted|set)|everything is (?:set|arranged|sorted|ready)|except the plan|(?:sorted"
        r"|written|updated) my will\b[^.!?]{0,60}\bcancel\w*|cancel\w* my (?:phone|contract|subsc"
        r"riptions?|accounts?)\b[^.!?]{0,60}\b(?:will|arranged|sorted)|stones in my (?:\w+ )?pock"
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
        {"need": (_TIME_IN,), "need_text": (_MEANS_IN,), "unless": (_ROUTINE, _HOPEFUL)},
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
        r"|overdose|off|end|electrocute|starve|gas|slit|cut) (?:yourself|urself|your ?self|oneself"
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
        + r" (?:with|and) (?:the |a |some )?(?:\w+ )?"
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
                    r"\b(?:how i'?d|how i would|do it|that'?s how|see if i"
                    r" wake|enough|wake up)\b"
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
        + r"\b[^.!?;]{0,70}?\b(?:i (?:keep |always |sometimes |often )?(?:think|thought|dream|fanta"
        r"sise|fantasize|imagine|picture) (?:about|of) (?:it|them|using|taking|how|what|it every|i"
        r"t a"
        r"ll)|i (?:already )?know what i (?:want|'m going|am going|plan) to (?:use|do with) (?:it|t"
        r"hem)|(?:keep|kept) (?:looking|staring|glancing) at (?:it|them)|(?:keep|kept) (?:it|them)"
        r" (?:for|just in case)|for when i decide|in case i decide|how (?:quick|easy|fast|simple) "
        r"it would be)",
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
        {"self_harm": True, "need": (_SH_CUE,)},
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
        r"(?:fall asleep|sleep|go to sleep|close my eyes|closing my eyes) (?:and )?(?:\w+ ){0,3}?("
        r"?:forever|for good|for a hundred years|and never (?:wake|come back|open)|and (?:just )?be"
        r" gone)|(?:pray|hope|wish)\w* (?:that )?(?:god|someone|something|the universe|it) (?:wou"
        r"ld |will |'d )?(?:takes?|take) me\b|put me out of my misery"
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


_RULES = _merge(_RULES, _NEW_RULES)

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
    r"|just|only|even|able|coping)\b|(?:don'?t|dont|do not|didn'?t) (?:know|care|think i can|get"
    r" why)\b|no (?:one|idea|matter|longer care)\b|never (?:stop|ends?|goes away)\b|not sure\b"
)
_POST_NEG = re.compile(
    r"\s*(?:is|was|are)(?:n'?t| not| never)\b|\s*(?:isnt|wasnt)\b"
    r"|\s*\?\s*(?:no|nope|not really|never|nah|not me)\b"
)
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
    r")?"
    r"(?:behind me|another (?:person'?s )?life)|\bit'?s been (?:\w+ ){1,2}(?:years?|months?)\b"
    r"|\bi remember when\b|\bthere was a time\b|\bmy old (?:\w+ )?(?:posts|scars|self)\b"
    r"|\b(?:scars|they) are (?:white|faded|silver) now\b"
)
# Strong present cues keep a hit current even beside a past cue; weak ones
# ("every day") do not outweigh a clear past frame ("used to", "in my twenties").
_PRESENT_STRONG = re.compile(
    r"\b(?:again|right now|tonight|tomorrow|today(?! is (?:\w+ ){0,2}(?:years?|months?|the anniv"
    r"ersary))|lately|at the moment|currently|any ?more|still|these days|last night|yesterday|ea"
    r"rlier|this (?:week|morning|evening|afternoon)|just now)\b"
)
_HIST_STRONG = re.compile(
    r"\b(?:used to|in my (?:teens|twenties|thirties|forties|youth)|when i was|years ago|at (?:schoo"
    r"l|uni|university)|as a (?:teen\w*|kid|child)|i remember when|back then|between the ages"
    r"|teenage years|(?:\w+|\d+) years since)\b"
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
