"""The cue expressions the crisis rules' conditions read.

A rule of the tables (``rules_*.py``) may ask for a cue in its sentence
(``need``), anywhere in the text (``need_text``), or for its absence
(``unless``); these are those cues, and the word classes the rules' patterns
are built from. Pure tables: nothing here runs at screening time but the
compiled expressions.
"""

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
    r"lades?|razors?|bleach|antifreeze|(?:the |my |those |these |all (?:the |my )?)pills|"
    r"(?:the |my |those |all (?:the |my )?)tablets|(?:the |my |his |dad'?s |a )gun|"
    r"(?:the |a |that )(?:motorway |railway |rail |road |foot ?|suspension |high |old |big |tall )?"
    r"bridge(?! between| of a| club| game| player| hand)|tallest buildings?|multi-?storey|(?:the "
    r"|a )cliffs?|(?:the |that |a )(?:reservoir|quarry|viaduct|weir)|(?:the )?(?:platform|cliff) ed"
    r"ge|(?:the |a )ledge|overdos\w*|(?:the )?knife|"
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
    + r"|in (?:an|a few|a couple of|two|three|four|five|ten|fifteen|twenty|thirty|forty|half an|\d"
    r"+) (?:hours?|minutes?|mins?)"
    r"|when the sun (?:goes down|sets|comes up)|at (?:sunset|sunrise|dusk)"
    r"|(?:when|after|once) i'?(?:ve| have)? (?:posted|post|send|sent|hit send|finish(?:ed)? (?:th"
    r"is|writing))(?: this)?|after posting this"
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
    r"|have)|with (?:the|my|a|some|our|friends|family|him|her|them)|picnic|swim\w*|fishing"
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
    r"(?:cut|cuts|cutting|burn(?:s|t|ed|ing)?|scald\w*|pinch\w*|slap\w*|scratch\w*|hit|hits|hitti"
    r"ng|punch\w*|bang\w*|smash\w*"
    r"|bit|bite|biting|slash\w*|carv\w*|stab\w*|scrap\w*|pick(?:ing|ed)? at|bruis\w*)"
)
_SH_CUE = re.compile(
    r"\b(?:on purpose|deliberately|until|till|til|because i|cos i|to feel|deserve\w*|again|when i"
    r" (?:panic|get|feel)|when it gets|wanted it to hurt|so (?:no one|nobody) (?:would|will) see"
    r"|with (?:a|the|my) (?:\w+ )?(?:cigarette|lighter|compass|razor|blade|straighteners?|pen|nails"
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
    r"g|relaps\w*|slipped|back (?:on|to))\b(?: \w+){0,2}? ?$"
    r"|\b(?:want\w*|wanna|going|gonna|plan\w*|ready|decided|about) (?:to |2 )?(?:die|end it|end my"
    r" life) by $"
)
_PLACE_PLANS = frozenset({"place_plan", "chosen_bare", "know_which"})
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
# Someone else's message or joke quoted: counts only when that someone is the subject.
_REPORTED_OTHER = re.compile(
    r"\b(?:texted|texts|messaged|messages|joked|jokes|joking|replied|replies|tweeted|commented|ca"
    r"ptioned|shouted|yelled|screamed|goes|went|sent|sends|wrote|writes|says|said)\b(?: \w+){0,2}"
    r"?[ ,:]+['\"]"
    r"|\b(?:texted|texts|joked|jokes|joking|replied|replies|commented|captioned|goes|says|said)(?"
    r": me| us)? ['\"]?$"
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

# --------------------------------------------------------------------------
# Round 5 cues: means gathered, places, someone else's means, new passive wording,
# other self-harm verbs, euphemisms, preparations (tuning split of train/)
# --------------------------------------------------------------------------

_PET = (
    r"(?:dogs?|cats?|pets?|rabbits?|bunn(?:y|ies)|birds?|budgies?|kittens?|pupp(?:y|ies)|horses?"
    r"|pon(?:y|ies)|hamsters?|guinea pigs?|parrots?|tortoises?|ferrets?|gerbils?)"
)
_LOVED = (
    r"(?:mum|mom|mother|dad|father|parents|kids|children|son|daughter|family|wife|husband|partner"
    r"|sister|brother|flatmate|housemate|roommate|girlfriend|boyfriend|nan|gran|grandma|grandad"
    r"|friends?|best friend|loved ones|wee ones|boys|girls)"
)
# Heights, railways and water that are a means in themselves.
_DANGER_PLACE = (
    r"(?:bridge|cliffs?|cliff (?:edge|top|path)|clifftop|reservoir|quarry|viaduct|weir|railway"
    r"(?: line| bridge)?|(?:train |railway )?tracks|level crossing|(?:station )?platform(?: edge)?"
    r"|multi-?storey(?: car park)?|multi storey(?: car park)?|car park roof|top (?:floor|storey)"
    r"|roof(?:top)?|ledge|river|canal|sea|lake|pier|harbour wall|motorway bridge|overpass|flyover"
    r"|tower block|balcony|railings?|parapet|stairwell|viewpoint|lookout|edge|drop|water)"
)
_DANGER_PLACE_IN = re.compile(r"\b" + _DANGER_PLACE + r"\b")
# Being at such a place now ("I'm on the bridge", "sat at the top of the multi-storey").
_AT_DANGER = (
    r"(?:i'?m|im|i am|standing|sitting|sat|stood|here) (?:now |still )?(?:right )?(?:(?:on|at|b"
    r"y|in|near|up on|on top of|at the top of|at the edge of|on the edge of|at the end of|at the"
    r" bottom of) (?:the |this |a )?(?:edge of (?:the )?|end of (?:the )?)?(?:\w+ )?"
    + _DANGER_PLACE
    + r"|(?:on|at|up on) (?:the )?top (?:floor |level |storey )?of (?:the |a |this )?(?:\w+ )?"
    r"(?:" + _DANGER_PLACE + r"|car park|building|tower|block))\b"
)
_GUN = r"(?:guns?|rifles?|shotguns?|pistols?|firearms?|revolvers?|handguns?)"
_GUN_IN = re.compile(r"\b" + _GUN + r"\b")
# Wording around a place that makes it a means: the drop, the pull, looking down.
_DARK_PLACE_CUE = re.compile(
    r"\b(?:how (?:high|far|deep|cold|easy|quick|fast|long)|the drop|look\w* (?:down|over)|over the"
    r" edge|(?:at|on|near|over) the (?:very )?(?:edge|lip|brink|rim)|standing (?:right )?(?:at|on"
    r"|near)|jump\w*|fall\w*|lean\w* (?:over|forward)|step\w* (?:off|over|out|forward)|walk\w* in\b"
    r"|go(?:ing)? in\b|go(?:ing)? under|calling|pull\w*|drawn|no one would|nobody would|end it|be"
    r" (?:quick|easy|over)|railing|this is it|at night|in the dark|think\w* about (?:it|them|that|g"
    r"oing|doing|jumping|it all)|can'?t stop think\w*|the nerve|the guts|the courage|brave enough"
    r"|want\w* to (?:jump|go in|step|fall|end|die|dis"
    r"appear)|wish\w*|never (?:come|coming) back|not (?:come|coming) back)\b"
)
_AWAY = re.compile(
    r"\b(?:holidays?|vacation|trip|flight|abroad|travel\w*|day out|weekend away|sightseeing|tour"
    r"ists?)\b"
)
_PLACE_GRIEF = re.compile(
    r"\b(?:died|found (?:him|her|them)|accident|drowned|crash|where (?:he|she|they|my \w+) (?:di"
    r"ed|was found|jumped|fell)|killed|memorial|funeral|ashes|anniversary)\b"
)
_PLACE_BENIGN = re.compile(
    r"\b(?:walk\w* (?:the|my) dogs?|dog walk\w*|with (?:the|my) (?:dog|kids|family|friends?|partner"
    r"|husband|wi"
    r"fe)|picnic|swim\w*|paddl\w*|kayak\w*|fishing|sailing|rowing|run(?:ning)? club|parkrun|phot"
    r"ograph\w*|sketch\w*|paint\w*|birdwatch\w*|bird ?watching|holiday|festival|sunset walk"
    r"|the view is|views?\b|beautiful|lovely|gorgeous|peacef"
    r"ul walk|to think|clear my head|calms? me|ducks|feed\w*|meditat\w*|train (?:was|is) (?:late|"
    r"delayed|cancelled)|delayed|cancelled|waiting for (?:my|the|a) (?:train|bus|friend|lift|tax"
    r"i)|on my way|running late|see you|be there in|meet\w*|ice cream|scatter\w*|ashes)\b"
)
_IMMINENT_CUE = re.compile(
    r"\b(?:i'?m sorry(?! (?:i'?m|for being|to be) late|,? (?:i'?m|for being) late)|sorry (?:everyon"
    r"e|everybody|all|mum|mom|"
    r"dad)|forgive me|goodbye|bye\b|this is it|going (?:in|over|to jump|to step|to do it|to go)|"
    r"jump|step (?:off|out|over|forward)|it'?s so (?:windy|cold|high|dark|quiet)|the water is|no"
    r" one (?:knows|will find)|can'?t do this|i'?m ready|the end|love you all|tell (?:my|them|eve"
    r"ryone)|last (?:message|post)|not coming (?:back|home)|looking (?:down|over)|the drop|i"
    r"t'?s time|no going back)\b"
)
# A pretext: the benign reading ("the move", "the trip") is a cover story.
_COVER_STORY = re.compile(
    r"\b(?:there (?:is|'s|was) no (?:move|trip|holiday|flight|new job)|(?:thinks?|thought|belie"
    r"ves?) i'?m (?:away|on (?:a|the|holiday|my)|going (?:away|on)|moving|at)|pretend\w*|cover s"
    r"tory|(?:said|told (?:her|him|them|everyone)) (?:it'?s|it was) (?:because of|for) (?:the|a)"
    r" (?:move|trip|holiday|new job))\b"
)
_SAVE_BENIGN = re.compile(
    r"\b(?:flight|trip|holiday|travel\w*|abroad|as prescribed|side effects?|headache|migraine|pe"
    r"riods?|cramps?|toothache|back pain|cold|flu|fever|hangover|return\w* (?:them )?to the phar"
    r"mac\w*|dispos\w*|expired|out of date|pharmacist (?:said|told)|doctor (?:said|told)|gp (?:sa"
    r"id|told)|shortage|supply issues?|out of stock|repeat prescription)\b"
)
_FIND_ME = (
    r"(?:(?:won'?t|doesn'?t|don'?t|will not|wouldn'?t|does not|do not|never) (?:have to )?(?:be t"
    r"he (?:one|ones|person) (?:to|who) )?(?:finds?|find|see) me|(?:isn'?t|is not|won'?t be|would"
    r"n'?t be) (?:\w+ ){0,3}?(?:who|that|to) (?:finds?|find) me)"
)
_SUDDEN = re.compile(
    r"\b(?:suddenly|in a hurry|out of nowhere|at \d ?am|in the middle of the night|without telling"
    r"|no one knows|nobody knows|(?:they|she|he) (?:doesn'?t|don'?t) know|so (?:they|everyone|my \w"
    r"+) (?:won'?t|don'?t|doesn'?t) have to|passwords?|letters?|notes?|goodbye|given away|everythi"
    r"ng (?:is )?sorted|sorted everything|i'?m only \d+)\b"
)
_WILL_BENIGN = re.compile(
    r"\b(?:baby|pregnan\w*|married|wedding|mortgage|bought (?:a|our) (?:house|flat)|buying a (?:"
    r"house|flat)|solicitor|lawyer|executor|retir\w*|(?:mum|mom|dad|nan|gran|her|his|their|\w+'s)"
    r" will|adult\w*|responsible|pension|life insurance|funeral plan|estate|diagnos\w*|terminal|c"
    r"ancer|surgery|operation|grown[- ]?up|sensible|finally got round|adulting|life admin|checklist"
    r"|new year)\b"
)
_PET_BENIGN = re.compile(
    r"\b(?:died|dead|put down|put to sleep|pts|vet\w*|rainbow bridge|passed|euthan\w*|kennels?|ca"
    r"ttery|sitter|boarding|moving|move|new flat|new house|uni|university|college|abroad|holiday|t"
    r"rip|flight|allerg\w*|landlord|deployment|hospital|rescue centre|adopt\w*|fostering|foster|wor"
    r"k|school|shift|office|college|gym|groomer\w*|dog ?sitter|while i'?m|when i'?m away|(?:was|age"
    r"d?) \d+|years old|old age|illness|kidney|tumou?r|after \d+ years)\b"
)
_HARM_CONSEQUENCE = (
    r"(?:(?:it|they|i|the skin|my skin|my \w+) (?:bled|bleeds?|bleeding|blistered|blisters|bruis"
    r"ed|split|broke|cracked|went numb|stung|hurt)|(?:i )?(?:bled|bleed|bleeding|blistered|bruise"
    r"d)|there was blood|blood|raw|i couldn'?t feel|i felt something|i could feel something)"
)
_MEANS_STRONG = (
    r"(?:rope|noose|ligature|guns?|pistol|rifle|shotgun|blades?|razor blades?|charcoal|helium|h"
    r"ose(?:pipe)?|" + _DRUGS + r")"
)

_PET_IN = re.compile(r"\b" + _PET + r"\b")
_SECRET = re.compile(
    r"\b(?:(?:she|he|they) (?:doesn'?t|don'?t|does not|do not|didn'?t) know(?: why| what| it'?s)?|n"
    r"o one knows|nobody knows|for good|forever|for always|without (?:telling|saying) (?:her|him|th"
    r"em|anyone) why)\b"
)
# The end of a job, a course or a stay: goodbye messages that are ordinary.
_CHAPTER_END = re.compile(
    r"\b(?:(?:leav\w*|left|quit\w*) (?:the |my |this |our )?(?:job|company|team|school|uni|ward|off"
    r"ice|role|post|practice|clinic|choir|group|club)|last day|farewell (?:party|do|card)|"
    r"leaving (?:do|party|card|present|drinks)|new job|discharged|graduat\w*|end of (?:term|the yea"
    r"r|the season))\b"
)
_GO_THROUGH_CONTEXT = re.compile(
    r"\b(?:die|dying|dead|death|alive|be here|exist\w*|kill\w*|suicid\w*|end (?:it|my life|thing"
    r"s)|pills|tablets|overdos"
    r"\w*|rope|noose|bridge|cliff|note|letters?|goodbye|gone|not be here|better off|method|attempt"
    r"\w*|want out|the means|the dogs?|the cats?|my (?:dog|cat|pets?))\b"
)
_SOMEDAY = re.compile(
    r"\b(?:(?:when|once|after|before|until|till) i (?:leave|die|go|pass|depart)|one day|some ?day|"
    r"eventually|when my time|ashes|old age|funeral|my will|hotel|airbnb|library|shop|supermarket|"
    r"till|hospital|ward|discharg\w*|checkout)\b"
)
_ITCH = re.compile(
    r"\b(?:eczema|itch\w*|bites?|rash|hives|chickenpox|psoriasis|mosquito\w*|midges?|nettles?|scab"
    r"ies|allerg\w*|sunburn\w*|kitchen|chef|cooking|garden\w*|brambles?|thorns?|climb\w*|boulder\w*"
    r"|tripped|fell)\b"
)
_CLIFFISH = re.compile(
    r"\b(?:cliffs?|clifftop|roof(?:top)?|platform|bridge|building|car park|multi-?storey|quarry|le"
    r"dge|top floor|viaduct|balcony|headland|drop)\b"
)
_INTENT_IN = re.compile(
    r"\b(?:going to|gonna|about to|i'?ll|i will|planning|plan to|ready to|decided|want\w* to|wanna"
    r"|think\w*|thought|tempt\w*|urges?|could|imagin\w*|pictur\w*)\b"
)
_DRUG_IN = re.compile(r"\b" + _DRUGS + r"\b")
_FIRST_IN_SENT = re.compile(r"\b(?:i|i'?ve|i'?m|i'?d|i'?ll|my|me|myself)\b")
# Ordinary jobs that "decided how I'll do it" can be about.
# What "doing it tonight" is about when it is an ordinary job.
_DOING_BENIGN = re.compile(
    r"\b(?:homework|chores|laundry|washing|clean\w*|hoover\w*|revision|tidy\w*|surpris\w*|presen"
    r"ts?|cake|call|ring|watch\w*|episode|film|movie|show|game|bath|shower|wrap\w*|read\w*|stud\w"
    r"*|work\w*|exercis\w*|yoga|journal\w*|stream\w*|pack\w*|essay|email)\b"
)
_TASK_BENIGN = re.compile(
    r"\b(?:presentation|interview|speech|move|moving|garden|kitchen|wedding|party|project|renovat"
    r"\w*|loft|hair|tattoo|essay|thesis|exam|course|budget|diet|training|marathon|race|painting|p"
    r"roposal|business|shop|website|recipe|cake|dinner|christmas|birthday)\b"
)
