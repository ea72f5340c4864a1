"""Round 5's crisis rules, part one: idioms that clear what they cover, and
level 5 (means gathered without a time, at a dangerous place now,
preparations). Written against the train/ tuning split and the issue's list.

Each rule is ``(name, level, kind, reason, pattern, options)``. Kinds: mask /
figurative (clear what they cover), context (level 0 cue), distress, passive,
selfharm, state, act, abuse, method, acq, and the level-5 kinds intent / prep /
imminent / doit. ``safety.screen.rules`` puts the tables together in this order.
"""

from __future__ import annotations

import re

from safety.screen.cues import (
    _AT_DANGER,
    _AWAY,
    _CHAPTER_END,
    _DANGER_PLACE,
    _DRUG_IN,
    _DRUGS,
    _FIND_ME,
    _FIRST_IN_SENT,
    _HOBBY,
    _HOPEFUL,
    _IMMINENT_CUE,
    _LEAVING,
    _LOVED,
    _NEVER_SENT,
    _PET,
    _PET_BENIGN,
    _PET_IN,
    _PLACE_BENIGN,
    _ROUTINE,
    _SAVE_BENIGN,
    _SECRET,
    _SUDDEN,
    _TASK_BENIGN,
    _TEMPORARY,
    _WILL_BENIGN,
)

RULES: list[tuple[str, int, str, str, str, dict]] = [
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
]
