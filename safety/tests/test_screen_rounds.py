"""Unit tests for safety.screen, continued: the rule classes of rounds 3 to 5, each
with the ordinary sentences it must leave alone. Plain functions, no database."""

from __future__ import annotations

import pytest

from safety.screen import screen
from safety.tests.screen_helpers import assert_offsets, kinds, level

# --------------------------------------------------------------------------
# Round 3 rule classes (sentences written for these tests)
# --------------------------------------------------------------------------

NEW_CLASS_CASES = [
    # means ready plus a time -> 5
    ("My tablets are all counted out on the windowsill for tomorrow night.", 5),
    ("I've had the codeine put aside for a month and Sunday is the day.", 5),
    ("The pills are stashed in my coat and I'll take them once everyone's asleep.", 5),
    # an act already done -> 5
    ("I've just swallowed the entire strip of my fluoxetine.", 5),
    ("I took about fifty of my mum's painkillers before I wrote this.", 5),
    ("I swallowed whatever was in the first aid kit.", 5),
    ("Took a huge overdose at six, I'm so tired.", 5),
    # decision plus a dangerous place and a time -> 5
    ("It's decided. After dark I'm walking out to the viaduct.", 5),
    ("I'm done fighting. Tomorrow I'm heading up to the top floor of the multi-storey.", 5),
    # goodbye messages in other words -> 5
    ("If you are reading this, it is already over.", 5),
    ("This will be the last thing I ever post. I'm sorry.", 5),
    ("Nobody will hear from me again, please look after mum.", 5),
    ("I left a note on the table explaining why I couldn't carry on.", 5),
    # giving things away -> 5
    ("I've passed on my camera to my niece because I won't be needing it.", 5),
    ("I've been giving my records to friends as something to remember me by.", 5),
    # method research and rehearsal -> 4
    ("I looked up the fatal dose of my sleeping tablets last night.", 4),
    ("I've been reading up on how much insulin it would take.", 4),
    ("I keep searching for the least painful way to die.", 4),
    ("I went up on the roof again and stood at the edge to see how it would feel.", 4),
    ("I keep picturing stepping off the ledge of the car park.", 4),
    ("Driving home I keep wanting to veer into the central reservation.", 4),
    # ideation with a means that is within reach, even someone else's -> 4
    ("I want to die and my stepdad keeps a rifle under his bed.", 4),
    ("I think about killing myself and I know where grandma hides her tablets.", 4),
    # passive ideation without death words -> 2
    ("I honestly can't see the point in me still being here.", 2),
    ("Some days I just want to vanish and never be found.", 2),
    ("My partner would be happier if I simply wasn't here.", 2),
    ("I wouldn't mind if a lorry ran me off the road.", 2),
    ("I'd rather not be alive, if I'm honest.", 2),
    ("I keep praying that something happens to me.", 2),
    # distress -> 1
    ("I don't know how much longer I can carry on like this.", 1),
    ("I cry myself to sleep most nights now.", 1),
    ("I'm barely functioning since the practice closed.", 1),
]

NEW_CLASS_ZEROES = [
    "I take my pills every morning with a glass of water.",
    "My tablets are sorted into a dosette box for the week.",
    "I took the whole packet of tissues to the session.",
    "I've decided. Tomorrow I'm going to the bridge club with my aunt.",
    "Tomorrow we're heading to the cliffs with the dog.",
    "Stop jumping to conclusions, my sister said.",
    "I'm done with this job and I'm done with this commute.",
    "This is my last post about the complaint, I promise.",
    "You won't hear from me again for a while, I'm taking a break from the forum.",
    "By the time you read this column I'll have met my new counsellor.",
    "I gave her old books to the charity shop.",
    "How many sessions would it take to feel normal again?",
    "I looked up how much sertraline is a usual starting dose.",
    "Paracetamol is lethal to cats, the vet told me.",
    "I practise the piano near the bridge every Sunday.",
    "I nearly swerved into a tree when a deer ran out.",
    "I feel like disappearing to the seaside for the weekend.",
    "My therapist died in the spring and the funeral was the last time I saw her name.",
    "Our final appointment felt like a bereavement.",
]


@pytest.mark.parametrize(("text", "want"), NEW_CLASS_CASES)
def test_new_rule_classes(text, want):
    s = screen(text)
    assert s.crisis.level == want, (text, s.crisis.to_dict())
    if want >= 2:
        assert s.needs_review
    assert_offsets(text, s)


@pytest.mark.parametrize("text", NEW_CLASS_ZEROES)
def test_new_rule_classes_do_not_fire_on_ordinary_text(text):
    s = screen(text)
    assert s.crisis.level == 0, (text, s.crisis.to_dict())
    assert s.needs_review is False


@pytest.mark.parametrize(
    "text",
    [
        "I used to burn my arms at college; that is well behind me.",
        "I stopped hurting myself six years ago.",
        "When I was nineteen I used to cut, but not since.",
    ],
)
def test_past_self_harm_is_historical(text):
    s = screen(text)
    assert s.crisis.level == 1
    assert s.needs_review is True
    assert "self_harm" in s.crisis.flags
    assert {"historical", "negated"} & set(s.crisis.flags)


def test_past_self_harm_with_a_current_act_stays_2():
    assert level("I burned myself again last night, like I used to.") == 2


def test_bare_now_far_from_the_act_is_not_a_time():
    assert level("Thinking about ending it is all that gets me to sleep now.") == 3
    assert level("I'm going to end it now.") == 5


def test_someone_elses_means_needs_access_to_count():
    assert level("I want to die. My uncle sold his rifle years ago.") == 2
    assert level("I want to die. My uncle keeps his rifle in the shed.") == 4


def test_being_here_at_a_session_is_not_passive_ideation():
    s = screen("What's the point of being here at this session if she won't listen?")
    assert s.crisis.level <= 1
    assert s.needs_review is False


def test_privacy_handle_keeps_the_at_sign():
    assert kinds("find me @tired.otter_3 on most apps")["handle"] == ["@tired.otter_3"]


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("Message me on discord, I'm paper_kite.", "paper_kite"),
        ("you can add me on snapchat as fern.moss22", "fern.moss22"),
        ("I'm lantern_owl on reddit if anyone wants to talk.", "lantern_owl"),
    ],
)
def test_privacy_handle_introduced_in_other_words(text, handle):
    assert kinds(text)["handle"] == [handle]


@pytest.mark.parametrize(
    "text",
    ["I'm new on reddit, I'm 34 and lost.", "Talk on discord? I'm free after 9.30 most nights."],
)
def test_privacy_handle_intro_false_alarms(text):
    assert "handle" not in kinds(text)


# --------------------------------------------------------------------------
# Round 4: wording the rules did not list (issue 13)
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "at_least"),
    [
        ("been thinkin bout endin it all week", 3),
        ("I looked up how many of my blood pressure pills it would take", 4),
        (
            "some nights I sit on the edge of the railway platform and wait to see if I will "
            "lean forward",
            4,
        ),
        # a typo or a dropped letter in a key word
        ("thinking about suicde every night", 3),
        ("i want to kil myslef", 3),
        # a filler inside the phrase
        ("I want to honestly just kill myself", 3),
        # slang
        ("been thinking about ctb again", 3),
        ("kms", 3),
        # inflections the rules did not list
        ("im thinking about bleeding out in the bath", 4),
        ("I keep picturing myself hanged in the hallway", 4),
        # "how to ... yourself" asked by the writer
        ("how to hang yourself without it hurting", 4),
        # medicines by brand and generic name; methods that are not medicine
        ("i keep staring at my sertraline and thinking about swallowing the whole box", 4),
        ("every time I cross the ring road I think about just walking into the traffic", 4),
        ("thinking about running the car in the garage with the door shut", 4),
        # a plan with a place, lifted by a goodbye elsewhere in the text
        ("The cliff path at the headland is where I'll go. I've written to my sister.", 5),
    ],
)
def test_new_wording_is_caught(text, at_least):
    assert level(text) >= at_least


@pytest.mark.parametrize(
    "text",
    [
        "my therapist died in March and I never got to say goodbye",
        "I started my new antidepressant this morning and honestly I feel hopeful",
        "took the pills the doctor gave me and slept properly for the first time in weeks",
        "Saying goodbye to this chapter of my life: the flat is packed, the new job is Monday.",
        "As a mental health nurse, I do suicide risk assessments every shift.",
        "Reading list for the grief group, cw suicide loss in two of the books.",
        "The film opens with a man on a bridge, content warning for suicide, but it is about hope.",
        "I'm so embarrassed I want to die",
        "I gave my cat to my mum when I moved abroad, she sends me photos every day.",
        "does anyone else get really vivid dreams on mirtazapine",
        "I was willing to try the new group.",
    ],
)
def test_known_false_alarms_stay_below_2(text):
    assert level(text) < 2


def test_a_typo_that_is_an_english_word_is_not_corrected():
    # "willing" is one letter from "killing" but is a word of its own.
    assert level("I'm willing myself to get up every morning.") < 2


def test_spans_of_rewritten_words_point_at_the_original_text():
    text = "Honestly I want to kil myslef"
    s = screen(text)
    assert s.crisis.level >= 3
    for span in s.crisis.spans:
        assert span.text == text[span.start : span.end]
        assert "kil" in span.text or "myslef" in span.text


def test_word_lists_are_data_files():
    from safety.screen import lexicon

    for name in ("medications", "methods", "places", "time_words", "goodbyes", "rewrites"):
        assert lexicon.entries(name), name
    assert "sertraline" in lexicon.entries("medications")


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        (
            "We saw Lindqvist Psychology Associates for two years.",
            "organisation",
            "Lindqvist Psychology Associates",
        ),
        ("My insurer, Aviva, refused the claim.", "organisation", "Aviva"),
        ("Bupa wouldn't pay for more sessions.", "organisation", "Bupa"),
        ("Call me on 0044 7700 900123 tonight.", "phone", "0044 7700 900123"),
        ("I called 001 212 555 0187 and nobody answered.", "phone", "001 212 555 0187"),
        ("Her office was at 14 West 83rd Street.", "address", "14 West 83rd Street."),
        ("Then Maria Lopez arrived.", "person", "Maria Lopez"),
    ],
)
def test_privacy_round_4_finds(text, kind, found):
    assert found in kinds(text).get(kind, [])


@pytest.mark.parametrize(
    "text",
    [
        "I read The Body Keeps the Score last year.",
        "I loved the film Inside Out.",
        "A book called Lost Connections helped.",
        "Tell Mark I said hi.",
        "Poor Ellie had no idea.",
        "Without Tom I'd be lost.",
    ],
)
def test_privacy_titles_and_lone_first_names_are_not_full_names(text):
    assert "person" not in kinds(text)


# --------------------------------------------------------------------------
# Round 5: crisis language the screen missed (means gathered, places, someone
# else's means, passive wishes, other self-harm verbs, euphemisms, preparations)
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "at_least"),
    [
        # gathering or saving up the means, no time word
        ("I've been going to different pharmacies so nobody asks why I buy so much paracetamol", 5),
        ("I buy a packet from every chemist on the high street", 5),
        ("stopped taking my sertraline so I can save them up", 5),
        ("I stopped my antidepressants a month ago and kept every single one", 5),
        ("I've been keeping back one of my tablets every night", 5),
        ("every time I get my prescription I put a few aside", 5),
        ("I've been stockpiling my tablets", 5),
        ("there's a shoebox under my bed full of pills I've saved", 5),
        # a place as the means, no method verb
        ("I keep ending up at the reservoir late at night looking at the water", 4),
        ("the cliff edge keeps calling me", 4),
        (
            "I sat on the top floor of the multi-storey car park for an hour looking over the edge",
            4,
        ),
        ("I keep visiting the old quarry and standing right at the lip of it", 4),
        ("I'm standing on the platform now. This is it.", 5),
        ("I'm at the top of the multi-storey, I'm sorry", 5),
        # someone else's means within reach
        (
            "mum's sleeping tablets are in the cupboard and I keep thinking I could take them all",
            4,
        ),
        ("I know where my dad keeps the key to the gun cabinet", 4),
        ("my grandad's shotgun is in the loft and I know where the key is", 4),
        ("I could take my nan's morphine, she'd never notice", 4),
        ("I think about dying and my stepdad's gun cabinet is never locked", 4),
        # passive wishes in new words
        ("I wish I could just evaporate", 2),
        ("I'm disappointed every time I wake up", 2),
        ("I wake up disappointed that I'm still here", 2),
        ("I keep hoping this birthday is my last", 2),
        ("I hope tonight is the last night", 2),
        ("I wish my heart would just stop", 2),
        ("I pray my heart gives out in my sleep", 2),
        ("if God would take me I'd go gladly", 2),
        ("I want to sleep forever", 2),
        ("part of me hopes I don't survive the operation", 2),
        ("I'd be better off dead honestly", 2),
        # self-harm with other verbs
        ("I scalded my arm with boiling water on purpose", 2),
        ("I burned the inside of my wrist with a lighter", 2),
        ("I scratched my arms until they bled", 2),
        ("I hit myself until my face went red", 2),
        ("I dig my nails into my arms until they bleed", 2),
        ("I punched the wall until my knuckles bled", 2),
        # euphemisms
        ("I'm going to take myself out", 3),
        ("I've been thinking about taking myself out of the picture", 3),
        ("honestly I might go through with it, I don't want to be alive", 3),
        ("the plastic bag idea keeps coming back", 4),
        ("planning my final exit", 3),
        # preparations
        ("I've tidied my room so whoever finds me doesn't have to deal with a mess", 5),
        ("I've booked a hotel room so my kids won't be the ones to find me", 5),
        ("I've written a letter for each of my kids", 5),
        ("I've given away most of my things this week", 5),
        ("I suddenly wrote a will and sorted all my passwords", 5),
        ("I said goodbye to my cat this morning", 5),
        ("I kissed my dog goodbye for the last time", 5),
        ("I gave my guitar to my brother, he doesn't know why", 5),
        ("I've made sure my rabbit will be looked after", 5),
        ("I told my sister he's hers now, for good", 5),
    ],
)
def test_round_5_wording_is_caught(text, at_least):
    assert level(text) >= at_least


@pytest.mark.parametrize(
    "text",
    [
        # the twins of the wording above, in ordinary use
        "I went to three pharmacies today looking for my son's antibiotics, there's a shortage",
        "I stopped taking my sertraline because of the side effects, my GP knows",
        "I keep a couple of paracetamol in my bag for headaches",
        "We walked round the reservoir with the dog, it was lovely",
        "I parked on the top floor of the multi-storey car park and couldn't find my car",
        "I'm on the platform now, the train's delayed again",
        "I'm on the bridge now, running late, sorry!",
        "This is it, the last day of term!",
        "my mum keeps her sleeping tablets in the kitchen cupboard",
        "I know where my dad keeps the spare key",
        "my dad keeps his rifle locked in the gun safe for deer stalking",
        "I took some of my mum's paracetamol for my headache",
        "I wish I could evaporate my inbox",
        "I was disappointed to wake up and find it was all a dream",
        "I hope this is the last winter we spend in this cold flat",
        "I wish my heart would stop racing",
        "I pray God takes me through this hard season",
        "I scalded my hand on the kettle this morning, so annoying",
        "I scratched my mosquito bites until they bled, so itchy",
        "I took myself out for dinner",
        "we decided to go through with the wedding",
        "take the final exit at the roundabout",
        "we checked out early from the hotel",
        "I want to leave this world a better place",
        "I tidied my room before my mum came to visit",
        "I've written a letter for each of my kids to open on their 18th birthday",
        "I gave away my old clothes to the charity shop",
        "I gave my old laptop to my nephew, he doesn't know how to use it yet",
        "I wrote my will when we bought the house",
        "we said goodbye to our cat last week, she was nineteen",
        "I kissed my dog goodbye before work",
        "I'm going to catch the bus early",
        "I know the spot where the best blackberries grow",
    ],
)
def test_round_5_twins_stay_below_2(text):
    assert level(text) < 2


@pytest.mark.parametrize(
    "text",
    [
        # a past year is past time
        "All through 2016 I wanted to die, but I'm in a much better place now",
        "In 2019 I tried to kill myself. I'm doing well now.",
        "2018 was the year I wanted to die; now I'm doing my PhD",
        # overdosed on something harmless
        "I overdosed on podcasts this weekend",
        "I totally overdosed on coffee today, I'm shaking",
        "overdosed on Christmas films again",
        # "I'd rather ... than" idioms
        "I'd rather jump off a bridge than sit through another staff meeting",
        "I'd rather throw myself under a bus than go to that party",
        "I'd rather drive off a cliff than spend Christmas with my in-laws",
        # a friend's slang quoted as a joke
        "my friend always says kms when she loses at mario kart, it's just a joke",
        "my mate texted 'gonna kms lol' about his exam results, he was joking",
        "my best mate always jokes he'll kill himself if Arsenal lose",
    ],
)
def test_round_5_false_alarms_stay_below_2(text):
    assert level(text) < 2


def test_rather_die_than_living_like_this_is_still_ideation():
    # the idiom clears trivial comparisons, not a wish to be dead
    assert level("I'd rather be dead than start over with someone new.") >= 2


def test_someone_elses_own_voice_is_not_a_joke():
    # the writer quoting their own message is their own words
    assert level("I texted my sister 'I can't do this anymore, I want to die'") >= 2


_STORY = (
    "My therapist of six years retired in the spring and I have been finding the evenings "
    "very long. I went back to the column last week and read every comment under the answer "
    "about endings, which helped more than I expected. My partner is kind about it but doesn't "
    "really get why I miss someone I only saw once a week. "
)


@pytest.mark.parametrize(
    "ending",
    [
        "Last night I felt the old pull, the thought that everyone would be better off without "
        "me. I want to be clear that I'm safe now and I have my plan for bad nights.",
        "On Sunday I wished I could just disappear. I'm not going to act on it, I know these "
        "thoughts pass, and I've told my GP.",
    ],
)
def test_a_long_text_saying_i_am_safe_now_lowers_an_episode_of_ideation(ending):
    s = screen(_STORY + ending)
    assert s.crisis.level < 2
    assert s.needs_review  # still read by a person
    assert "negated" in s.crisis.flags


@pytest.mark.parametrize(
    "ending",
    [
        # safe only for now, or doubted
        "Some nights I wish I could just disappear. I'm safe for now, I think.",
        "Some nights I wish I could just disappear. I don't know if I'm safe.",
        "Some nights I wish I could just disappear. I told my therapist I'm safe but I'm not.",
        # the ideation is going on now or keeps coming back
        "Tonight I want to die. I'm safe, don't worry.",
        "I keep thinking about killing myself. I'm not going to act on it today.",
        # someone else is safe
        "Some nights I wish I could just disappear. My sister says she's safe.",
    ],
)
def test_a_safety_statement_that_is_not_the_writers_clear_present_keeps_the_level(ending):
    assert level(_STORY + ending) >= 2


def test_a_safety_statement_never_lowers_a_method_or_self_harm():
    assert level(_STORY + "I keep looking at the pills in the cupboard. I'm safe now.") >= 4
    assert level(_STORY + "I've been cutting again. I'm safe now.") >= 2
    # and a short text is not lowered at all
    assert level("I want to die. I'm safe now.") >= 2


@pytest.mark.parametrize(
    "text",
    [
        "I keep going to the bridge near my house and looking down at the water",
        "I've got my mum's sleeping tablets and I keep thinking about taking them all",
        "I wish I could go to sleep and never wake up",
    ],
)
def test_round_5_wording_is_caught_inside_a_long_story(text):
    for where in ("start", "middle", "end"):
        if where == "start":
            long_text = text + ". " + _STORY
        elif where == "middle":
            long_text = _STORY[:200] + " " + text + ". " + _STORY[200:]
        else:
            long_text = _STORY + text + "."
        assert level(long_text) >= 2, where
