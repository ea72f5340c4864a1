"""The crisis rule table and the cue expressions the judge uses."""

from __future__ import annotations

import re

from safety.screen import lexicon, phrases

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


# --------------------------------------------------------------------------
# Round 5 rules (written against the train/ tuning split and the issue's list)
# --------------------------------------------------------------------------

_ROUND5_RULES: list[tuple[str, int, str, str, str, dict]] = [
    # ---- figurative: idioms that clear what they cover
    (
        "fig_rather_than",
        0,
        "figurative",
        "figurative: I'd rather ... than",
        r"(?:rather|sooner) (?:just )?(?:jump (?:off|from|out of) (?:a|the) (?:\w+ )?"
        r"\w+|throw myself (?:off|under|in front of) (?:a|the) (?:\w+ )?\w+|stab myself in the \w+|"
        r"se"
        r"t myself on fire|eat glass|walk into the sea|gouge my eyes out|chew (?:my own arm off|gla"
        r"s"
        r"s|tin ?foil)|swallow glass|be hit by a (?:bus|train)|lie down in traffic|drive (?:off|int"
        r"o)"
        r" (?:a|the) (?:\w+ )?\w+|walk into traffic|step in front of (?:a|the) (?:bus|train))(?: \w"
        r"+){0,4}? than"
        r" (?!(?:live|living|go on|going on|carry on|keep (?:going|living|on)|feel(?:ing)? (?:like"
        r"|this)|be (?:here|alive|around)|being (?:here|alive)|stay(?:ing)? alive|spend another|fa"
        r"ce another|wake up|another (?:day|night|year)|survive|exist)\b)",
        {},
    ),
    (
        "fig_overdose_on",
        0,
        "figurative",
        "figurative: overdosed on something harmless",
        r"(?:overdos\w*|od(?:'?d|ing|ed)?) on (?:(?:the |all the |so much |too much |way too much |"
        r"a lot of |some )?(?:\w+ )?(?:podcasts?|audiobooks?|true crime|reality tv|tv|telly|box set"
        r"s?|episodes?|films?|movies?|musicals?|books?|novels?|memes?|tiktoks?|tik tok|youtube|vide"
        r"os?|social media|news|doomscrolling|instagram|reels|coffee|espresso|caffeine|tea|energy d"
        r"rinks?|red bull|monster|diet coke|coke|sugar|sweets|chocolate|cake|biscuits|crisps|mince "
        r"p"
        r"ies|carbs|pasta|pizza|cheese|christmas|halloween|nostalgia|cuteness|kittens|puppies|sunsh"
        r"ine|vitamin d|fresh air|exercise|gym|self-help|therapy speak|mindfulness|positivity|sleep"
        r"|naps|gossip|drama|k-?pop|taylor swift|music|ads|adverts)\b)",
        {},
    ),
    # ---- level 5: means gathered without a time
    (
        "gather_shops",
        5,
        "prep",
        "preparation: gathering means from several shops",
        r"(?:different|several|multiple|various|separate|a few|a couple of|two|three|four|five|six"
        r"|lots of|loads of|all the) (?:different |separate )?(?:pharmacies|chemists|shops|supermar"
        r"kets|stores|corner shops|garages|branches)\b"
        r"|(?:a|one|two|a couple of) (?:packs?|packets?|boxes?) (?:from|at|in) (?:each|every|differ"
        r"e"
        r"nt) (?:shop|chemist|pharmacy|supermarket|store|garage)",
        {
            "recent_ok": True,
            "need_text": (_DRUG_IN,),
            "need_any": (
                re.compile(
                    r"\b(?:so (?:they|nobody|no one|no-one|it) (?:don'?t|won'?t|wouldn'?t|doe"
                    r"sn'?t|isn'?t) (?:ask|notice|refuse|get suspicious|question|look)|so (?:nobo"
                    r"dy|no one|no-one|they never) (?:asks|notices|questions|gets suspicious|looks|"
                    r"refuses)|so (?:that )?(?:\w+ ){0,3}?(?:don'?t|doesn'?t|won'?t|wouldn'?t|neve"
                    r"r|can'?t|isn'?t|aren'?t) (?:\w+ )?(?:ask|notice|refuse|flag|question|suspic"
                    r"ious|look|stop|clock|realis|realiz|know|twig|catch)\w*|so (?:nobody|no one|n"
                    r"o-one) (?:\w+ )?(?:asks|notices|questions|flags|knows|realises|realizes|suspe"
                    r"cts|stops)|without (?:anyone|them|the pharmacist|staff) (?:noticing|asking)|t"
                    r"he"
                    r" limit|only (?:let|sell)|enough|stock\w* up|from each|at each|in each|every s"
                    r"hop i pass|so much|so many|lots of|loads of|in bulk)\b"
                ),
            ),
            "unless": (_SAVE_BENIGN,),
        },
    ),
    (
        "gather_packets",
        5,
        "prep",
        "preparation: gathering means from several shops",
        r"(?:a|one|two|a couple of) (?:packs?|packets?|boxes?) (?:from|at|in) (?:each|every|differe"
        r"nt) (?:chemist|pharmacy|boots|superdrug)\b|(?:different|several|multiple|various|separate"
        r"|a few|two|three|four|five) (?:different )?(?:chemists|pharmacies)\b(?=[^.!?]{0,60}\bso ("
        r"?"
        r":they|nobody|no one|no-one|the pharmacist) (?:don'?t|won'?t|wouldn'?t|doesn'?t|never|can'"
        r"?t)"
        r"? ?(?:ask|asks|notice|notices|refuse|refuses|get suspicious|question))",
        {"recent_ok": True, "unless": (_SAVE_BENIGN,)},
    ),
    (
        "letters_everyone",
        5,
        "prep",
        "preparation: letters to everyone",
        r"(?:written|wrote|writing|finished|recorded|made) (?:my |a |one )?(?:goodbye |last |final "
        r")?"
        r"(?:letters?|notes?|videos?|messages?) (?:to|for) (?:everyone|each of (?:my|them|the)|all "
        r"(?:of )?my (?:family|friends|loved ones|people)|ea"
        r"ch (?:of my )?(?:kids|children|friends)|my (?:whole )?family)\b(?! (?:for|about|at|thanki"
        r"ng|to (?:say )?thank|with (?:the|my) (?:news|update)))",
        {
            "unless": (
                _NEVER_SENT,
                _LEAVING,
                _CHAPTER_END,
                re.compile(
                    r"\b(?:christmas|thank\w*|wedd"
                    r"ing|invit\w*|birthday|newsletter|penpal|pen pal|cards?)\b"
                ),
            )
        },
    ),
    (
        "gather_aside",
        5,
        "prep",
        "preparation: saving up means",
        r"(?:put|putting|set|setting|keep|keeping|kept|hold|holding|held|save|saving|saved|hide|hid"
        r"i"
        r"ng|hid|stash|stashing|stashed) (?:a few|some|one|two|a couple|half|them|some of them|a co"
        r"u"
        r"ple of them|one or two|one of (?:them|my \w+)) (?:aside|back|by|away)\b",
        {
            "need_text": (_DRUG_IN,),
            "need_any": (
                re.compile(
                    r"\b(?:prescriptions?|every time|each time|each (?:week|month|night|day)|ever"
                    r"y (?:week|month|night|day)|instead of taking|from each|from every|refill)\b"
                ),
            ),
            "unless": (_SAVE_BENIGN,),
            "recent_ok": True,
        },
    ),
    (
        "gather_save",
        5,
        "prep",
        "preparation: saving up means",
        r"(?:(?:stop(?:ped|ping)?|quit|not|haven'?t been|skip(?:ped|ping)?) taking|(?:stop(?:ped|pi"
        r"ng)?|quit|came off|come off)(?: all)?) (?:my |the )?(?:\w+ )?"
        + _DRUGS
        + r"\b[^.!?]{0,50}?\b(?:so (?:that )?(?:i (?:can|could|would|'d|will|'ll) )?"
        r"(?:have (?:enough|them|a stash|more|plenty|loads)|save (?:them|it|up)|build (?:up )?(?:a|"
        r"e"
        r"nough|my)|keep (?:them|enough)|stock ?pile|hoard|collect (?:them|enough))|to (?:save (?:t"
        r"h"
        r"em|it|up|enough)|build (?:up )?(?:a|enough)|stock ?pile|hoard|collect (?:them|enough))|an"
        r"d"
        r" (?:i'?ve been |started |i'?m |am |been )?(?:sav\w*|keep\w*|kept|stor\w*|hid\w*|hoard\w*|"
        r"stash\w*|collect\w*|putt?\w* (?:them )?(?:aside|away)) (?:them|the (?:pills|tablets)|the "
        r"rest|it|every|each|all)|(?:saving|keeping|hiding|storing|hoarding|stashing|collecting) th"
        r"em)"
        r"|skip\w* (?:my |a |the |one )?(?:\w+ )?(?:doses?|pills?|tablets?) (?:and|so|to) (?:i )?(?"
        r":keep|save|put|hide|stash|store)\w*\b"
        r"|(?:sav(?:e|ed|ing)(?: up)?|stash(?:ed|ing)?|squirrel\w*(?: away)?|pocket(?:ed|ing)?|(?:p"
        r"ut|putting|set|setting|keep|keeping|kept|hold|holding|held) (?:aside|back|by)) (?:a few |"
        r"some |one |two |half |a couple |a couple of )?(?:of )?(?:my |the |them |these |those )?("
        r"?:\w+ )?(?:" + _DRUGS + r"|doses?|them)\b[^.!?]{0,40}?\b(?:instead of taking|rather than "
        r"taking|each (?:week|day|month|time|night|morning|evening)|every (?:week|day|month|time|pr"
        r"escription|night|morning|evening)|a (?:week|da"
        r"y|month)\b|from each|for (?:when i|one day|the day|it\b|that\b)|(?:until|till) i (?:have|"
        r"'"
        r"ve got|'ve) enough|in case i (?:need|decide|want)|so i (?:have|'ve got|'d have) enough)",
        {"recent_ok": True, "unless": (_SAVE_BENIGN,)},
    ),
    (
        "gather_stock",
        5,
        "prep",
        "preparation: stockpiled means",
        r"(?:stockpil\w*|hoard(?:ed|ing)|stash(?:ed|ing)? away|squirrel\w* away|amass\w*|accumulat"
        r"\w*|buil(?:t|ding|d) up) (?:a |my |some |enough |quite a |a big |a little )?(?:stash|sto"
        r"ckpile|supply|collection|pile|store|hoard|them|it\b|(?:of )?(?:my |the )?(?:\w+ )?"
        + _DRUGS
        + r")"
        r"|(?:all|every one of|each of) (?:my |the )?(?:\w+ )?(?:" + _DRUGS + r") (?:\w+ ){0,2}?(?"
        r":in|into) one (?:place|box|bag|drawer|pile|spot)"
        r"|(?:enough|a (?:month|year|week|few months)'?s?(?: supply| worth)?(?: of)?|twenty|thirty"
        r"|forty|fifty|sixty|a hundred|hundreds of|loads of|dozens of) (?:of )?(?:my |the )?"
        r"(?:\w+ )?"
        + _DRUGS
        + r"\b (?:\w+ ){0,3}?(?:saved|put aside|hidden|stashed|squirrell?ed away|saved up|in (?:a|t"
        r"he|my) (?:sock|shoebox|tin|jar|envelope|hiding place|secret))"
        r"|full of (?:\w+ )?(?:pills|tablets|meds|"
        + _DRUGS
        + r") (?:(?:that )?i'?ve |i have |i )?(?:"
        r"saved|collected|hoarded|stashed|hidden|kept|been saving|been collecting)\b"
        r"|this time i'?(?:ll| will) have enough|(?:getting|got|buying|bought|collecting|collected)"
        r" more (?:\w+ )?" + _DRUGS + r"\b[^.!?]{0,40}\b(?:enough|this time|next time)",
        {"recent_ok": True, "need_text": (_DRUG_IN,), "unless": (_SAVE_BENIGN,)},
    ),
    (
        "means_lined_up",
        5,
        "prep",
        "preparation: means laid out",
        r"(?:pills|tablets|meds|" + _DRUGS + r") (?:\w+ ){0,3}?(?:lined up|counted out|laid out|in"
        r" a row|in rows|in piles|in a pile|sorted into piles|on the (?:bathroom )?(?:sink|side|bed"
        r"|table|counter) (?:in front of me|ready|waiting|next to))"
        r"|(?:had|put|held|have|got) (?:the|my|all the|a handful of|some of the) (?:\w+ )?(?:pill"
        r"s|tablets) in my mouth",
        {"unless": (_ROUTINE, _HOPEFUL)},
    ),
    # ---- level 5: at a dangerous place now
    (
        "at_place",
        5,
        "imminent",
        "imminent: at a dangerous place",
        _AT_DANGER,
        {"need_any": (_IMMINENT_CUE,), "unless": (_PLACE_BENIGN, _AWAY, _HOBBY)},
    ),
    (
        "this_is_it",
        5,
        "imminent",
        "imminent: this is it, at a place",
        _AT_DANGER
        + r"[^.!?]{0,80}?(?:[.!?]+ ?[^.!?]{0,30}?)?\bthis is it\b(?! (?:for (?:now|today|the|th"
        r"is)|then\b|guys|folks|the (?:one|best|moment|year|place for)))",
        {"unless": (_PLACE_BENIGN, _AWAY)},
    ),
    # ---- level 5: preparations
    (
        "found_me",
        5,
        "prep",
        "preparation: so loved ones don't find me",
        r"(?:so|because|that way) (?:that )?(?:(?:my|the) (?:\w+ )?" + _LOVED + r"|(?:she|he|they|"
        r"mum|mom|dad)) " + _FIND_ME + r"(?= *(?:$|[.!?,;]|first|like (?:that|this)|dead|afterwards"
        r"|after|in the (?:morning|bath|garage|car|woods|bathroom|bedroom)|when|until))"
        r"|(?:booked|booking|going|go|drive|driving|walk|walking|travel\w*|take myself|head\w*) (?:"
        r"\w"
        r"+ ){0,4}?(?:somewhere|a place|far away) (?:where )?(?:no one|nobody|they|my \w+|she|he) ("
        r"?:will|would|can|could|won'?t|wouldn'?t|can'?t) (?:ever )?(?:find|finds) me\b"
        r"|(?:so|because|that way) (?:that )?it (?:isn'?t|is not|won'?t be|wouldn'?t be) (?:my |"
        r"the )?(?:\w+ )?" + _LOVED + r" (?:who|that) (?:finds?|find) me\b"
        r"|(?:sorry|apolog\w*) to (?:whoever|the person who|the one who|whoever it is that) (?:fin"
        r"ds?|found) me|(?:whoever|the person who|the one who) (?:finds|will find|has to find) me"
        r"\b|(?:so|because|that way) (?:nobody|no one|no-one) (?:i (?:love|know) )?(?:has to |will "
        r"|would )?(?:find|finds) me(?= *(?:$|[.!?,;]|first|afterwards|after|when|until))|(?:be|bei"
        r"ng) the (?:one|ones|person) (?:to|who) find me\b",
        {"unless": (re.compile(r"\b(?:hide and seek|hide-and-seek|game|escape room|surprise)\b"),)},
    ),
    (
        "tidy_for_them",
        5,
        "prep",
        "preparation: tidying for others to find",
        r"(?:tid(?:y|ied|ying)|clean(?:ed|ing)?|clear(?:ed|ing)?|sort(?:ed|ing)? (?:out|through)|pa"
        r"ck(?:ed|ing)? up|label(?:l?ed|l?ing)) (?:up |out )?(?:all )?(?:my|the) (?:\w+ )?(?:room|"
        r"flat|house|bedroom|place|stuff|things|desk|drawers|belongings|clothes|wardrobe|papers)\b"
        r"[^.!?]{0,60}?\b(?:(?:finds?|found|find) (?:me|my body)\b|(?:for|after|when) (?:i'?m|i am"
        r") gone|(?:won'?t|don'?t|doesn'?t|will not) have to (?:clear|sort|deal with|go through|cle"
        r"an|tidy)\b(?: \w+){0,3}? (?:after|later|when|my stuff|my things|it all|everything))",
        {},
    ),
    (
        "for_after",
        5,
        "prep",
        "preparation: messages for afterwards",
        r"(?:letters?|notes?|cards?|messages?|e-?mails?|voice (?:notes?|memos?|messages?)|videos?|r"
        r"ecordings?|instructions|texts?)\b(?: \w+){0,6}? (?:for (?:after(?! \w)|afterwards|after "
        r"i'?m (?:gone|not here)|after i die|when i'?m (?:gone|not here|dead)|once i'?m gone|them t"
        r"o read after)|so (?:she|he|they|you)(?:'ll| will| can) find (?:it|them) after|to (?:be )?"
        r"(?:open(?:ed)?|read) (?:after|when i'?m|once i'?m))"
        r"|goodbye (?:messages|e-?mails|texts|videos|posts|voice notes)\b"
        r"|(?:saying|say|said|this is (?:my )?) ?goodbye to (?:\w+ ){0,4}?(?:everything|life|the w"
        r"orld|it all|everyone and everything)\b"
        r"|(?:scheduled|timed|queued|set up) (?:\w+ ){0,6}?(?:e-?mails?|messages?|posts?|texts?|twe"
        r"ets?)\b[^.!?]{0,50}\b(?:explaining (?:everything|why)|to say goodbye|saying goodbye|sayin"
        r"g sorry|goodbye)"
        r"|notes? (?:saying|that says?) (?:i'?m )?sorry\b(?! (?:for|about|i|that|to|we|you))"
        r"|(?:posting|writing|sending) this as (?:a|my) (?:final |last )?goodbye\b",
        {"unless": (_LEAVING, _NEVER_SENT, _CHAPTER_END)},
    ),
    (
        "funeral_wishes",
        5,
        "prep",
        "preparation: funeral wishes left",
        r"(?:left|leaving|written|wrote|writing|made|put) (?:\w+ ){0,2}?(?:instructions|wishes|a p"
        r"laylist|the songs|a list) (?:for|about) my (?:own )?funeral",
        {"unless": (_WILL_BENIGN,)},
    ),
    (
        "will_sudden",
        5,
        "prep",
        "preparation: a will written suddenly",
        r"(?:wrote|written|writing|made|drew up|drawn up|did|done|sorted|updated|finished|signed) ("
        r"?:out )?(?:a|my) will\b",
        {"need_any": (_SUDDEN,), "unless": (_WILL_BENIGN,)},
    ),
    (
        "pet_goodbye",
        5,
        "prep",
        "preparation: saying goodbye to a pet",
        r"(?:said|saying|say|whispered|kissed|kissing|told) (?:my |a |our )?(?:goodbyes?|bye) to (?"
        r":my|the|our) (?:\w+ )?" + _PET + r"\b"
        r"|(?:kissed|kissing|hugged|hugging|cuddled|cuddling|held|holding|stroked|stroking) (?:my|"
        r"the|our) (?:\w+ )?" + _PET + r" (?:goodbye|for the last time|one last time|a final time)"
        r"|(?:told|telling) (?:my|the|our) (?:\w+ )?" + _PET + r" (?:i'?m sorry|goodbye|that i'?m s"
        r"orry|i love (?:her|him|them|you) and (?:i'?m )?sorry)"
        r"|(?:took|taken|gave|give|giving|taking) (?:my |the |our )?(?:\w+ )?(?:dogs?) (?:for )?(?:"
        r"on"
        r"e|a) (?:last|final) walk|(?:last|final) walk with (?:my|the|our) (?:\w+ )?dogs?\b",
        {"unless": (_PET_BENIGN, _LEAVING, _TEMPORARY)},
    ),
    (
        "pet_rehomed",
        5,
        "prep",
        "preparation: pets or belongings handed over for good",
        r"(?:(?:he|she|it|they)'?s (?:hers|his|theirs|yours|ours) now|(?:he|she|it) (?:is|belongs"
        r" to) (?:hers|his|theirs|yours|them|her|him) now|they'?re (?:hers|his|theirs|yours) now)\b"
        r"|(?:found|finding|arranged|sorted|got) (?:someone|somebody|a home|a new home|homes|peopl"
        r"e) (?:to take|for|to have|to look after) (?:my |the |our )?(?:\w+ )?" + _PET + r"\b"
        r"|(?:made|making|arranged|sorted) (?:the )?arrangements for (?:my|the|our) (?:\w+ )?"
        + _PET
        + r"\b"
        r"|(?:keep|look after) (?:it|them|him|her|these|those) (?:forever|for good|for always)\b"
        r"|(?:made sure|making sure|arranged|sorted it so) (?:that )?(?:my |the |our )?(?:\w+ )?"
        + _PET
        + r" (?:will be|is|are|gets?|will get) (?:looked after|fed|taken care of|cared for|rehomed)"
        r"\b",
        {
            "need": (_FIRST_IN_SENT,),
            "need_any": (_PET_IN, _SECRET),
            "unless": (_PET_BENIGN, _LEAVING, _TEMPORARY),
            "access": True,
        },
    ),
    (
        "giveaway_secret",
        5,
        "prep",
        "preparation: giving away belongings",
        r"(?:gave|given|giving|give|left|leaving|handed|handing|told (?:\w+ ){1,3}?to (?:give|have|"
        r"keep)) (?:\w+ ){0,3}?my (?:\w+ )?(?:things|stuff|belongings|possessions|" + _PET + r"|pla"
        r"nts|books|sketchbooks|clothes|games|console|xbox|playstation|ps\d|guitar|jewell?e?ry|rin"
        r"g|savings|records|vinyl|collection|art|camera|laptop|bike|car|watch|necklace|passwords)\b"
        r"[^.!?]{0,60}?\b(?:(?:she|he|they) (?:doesn'?t|don'?t|does not|do not|didn'?t) know(?: wh"
        r"y| what it means| (?:it'?s|that it'?s|this is) (?:goodbye|the last))?(?= *(?:$|[.!?,;]))|"
        r"keep (?:it|them|him|her) forever|for good|i won'?t (?:be )?(?:using|ne"
        r"ed\w*|wanting) (?:it|them|any of it)|won'?t be (?:around|here|there) (?:for|to)|no one kn"
        r"ows why|without (?:telling|saying) (?:her|him|them) why)",
        {
            "unless": (
                _LEAVING,
                _TEMPORARY,
                _PET_BENIGN,
                re.compile(
                    r"\b(?:now i|since i|upgrad\w*|new one|outgrown|declutter\w*|marie kondo|char"
                    r"ity|donat\w*)\b"
                ),
            )
        },
    ),
    (
        "not_there_for",
        5,
        "prep",
        "preparation: won't be around for it",
        r"(?:won'?t|will not|wont|not going to|not gonna) be (?:there|around|here) (?:to (?:hand|gi"
        r"ve|see|watch|open|celebrate|read)|for (?:it|them|that|(?:her|his|their|the|my|next) \w+))"
        r"\b",
        {
            "need_any": (
                re.compile(
                    r"\b(?:early|already|in advance|labell?ed|wrapped|so they|so she|so he|still ge"
                    r"t|from me|any year|ever again)\b"
                ),
            ),
            "unless": (
                _LEAVING,
                _TEMPORARY,
                re.compile(r"\b(?:hospital|working|shift|away|visi\w*)\b"),
            ),
        },
    ),
    (
        "not_ever_again",
        5,
        "prep",
        "preparation: won't be there again",
        r"(?:won'?t|will not|wont|not going to|not gonna) (?:make it|be (?:there|home|around|here)|"
        r"c"
        r"ome home|see (?:you|her|him|them))\b[^.!?]{0,40}?\b(?:or any (?:other )?(?:year|christmas"
        r"|"
        r"birthday)|(?:this|next) year or any)",
        {"unless": (_LEAVING, _CHAPTER_END)},
    ),
    (
        "plan_date",
        5,
        "intent",
        "plan: a date or the means set",
        r"(?:i'?ve|i have|i) (?:got )?a plan and a (?:date|time|day|place|method)|(?:the|my) plan i"
        r"s"
        r" (?:set|ready|in place|made|done|final|sorted|decided)\b",
        {
            "unless": (
                re.compile(
                    r"\b(?:wedding|party|move|moving|holiday|trip|surgery|operation|court|exam|in"
                    r"terview|launch|birthday|date night|first date|revision|diet|training|budget"
                    r"|business|project)\b"
                ),
            )
        },
    ),
    (
        "decided_how",
        5,
        "intent",
        "plan: decided how or where",
        r"(?:decided|worked out|figured out|planned|chosen|chose|picked) (?:exactly )?(?:how|where|"
        r"when) (?:i'?ll|i will|i'?m going to|i'?m gonna|i would|i'?d|to) (?:do it|end it|die|kill"
        r" myself|end my life|do this)\b(?! (?:to|with|for|about|on)\b)",
        {"unless": (_TASK_BENIGN,)},
    ),
    (
        "attempt_again",
        5,
        "intent",
        "intent: trying again after an attempt",
        r"(?:going to|gonna|will|i'?ll|planning to|about to) (?:try|do it) again\b",
        {
            "need": (
                re.compile(
                    r"\b(?:(?:tried|attempted) (?:last night|yesterday|this morning|earlier|befo"
                    r"re|again)|didn'?t take enough|woke up (?:in hospital|again)|survived|spat "
                    r"them out|last attempt|the last try|didn'?t work)\b"
                ),
            ),
            "unless": (
                _HOBBY,
                _LEAVING,
                re.compile(
                    r"\b(?:call\w*|phon\w*|ring\w*|text\w*|e-?mail\w*|message\w*|recipe|bak\w*|coo"
                    r"k\w*|log ?in|app|fix\w*|install\w*|update\w*|print\w*|order\w*|book\w*|sle"
                    r"ep\w*|nap\w*|meditat\w*|exam|test|driving)\b"
                ),
            ),
        },
    ),
    (
        "place_it_will_be",
        5,
        "intent",
        "plan: the place is chosen",
        r"(?:is|'s) where it (?:will|'ll|is going to|'s going to) (?:be|happen)\b"
        r"|it'?(?:ll| will|'s going to| is going to) (?:be|happen) (?:\w+ ){0,4}?(?:at|from|off|o"
        r"n|in) the (?:\w+ )?(?:" + _DANGER_PLACE + r"|quarry|woods|forest|garage|car park)\b",
        {"requires": "time_and_context_other", "unless": (_PLACE_BENIGN,)},
    ),
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


_RULES = _merge(_merge(_merge(_RULES, _NEW_RULES), _ROUND5_RULES), phrases.rules())

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
