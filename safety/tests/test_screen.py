"""Unit tests for safety.screen: plain functions, no database.

The API, the ladder, flags, evasions, time words, contrast pairs, privacy and
offsets; the rule classes of later rounds are in test_screen_rounds.py.
"""

from __future__ import annotations

import dataclasses
import json
import time

import pytest

from safety.screen import Crisis, PrivacyFinding, Screening, Span, screen
from safety.tests.screen_helpers import FLAGS, assert_offsets, kinds, level

# --------------------------------------------------------------------------
# API shape
# --------------------------------------------------------------------------


def test_api_shape_and_frozen():
    s = screen("I want to die. Email me at jo@example.com")
    assert isinstance(s, Screening)
    assert isinstance(s.crisis, Crisis)
    assert all(isinstance(sp, Span) for sp in s.crisis.spans)
    assert all(isinstance(f, PrivacyFinding) for f in s.privacy)
    assert isinstance(s.crisis.flags, tuple) and isinstance(s.crisis.spans, tuple)
    assert set(s.crisis.flags) <= FLAGS
    for obj in (s, s.crisis, s.crisis.spans[0], s.privacy[0]):
        with pytest.raises(dataclasses.FrozenInstanceError):
            obj.start = 1  # type: ignore[misc]


def test_to_dict_is_json_ready():
    s = screen("I've been cutting again. My therapist Miriam left.")
    d = s.to_dict()
    assert set(d) == {"crisis", "privacy"}
    assert set(d["crisis"]) == {"level", "flags", "spans"}
    assert d["crisis"]["level"] == s.crisis.level
    assert d["crisis"]["flags"] == list(s.crisis.flags)
    assert all(set(sp) == {"start", "end", "text", "reason"} for sp in d["crisis"]["spans"])
    assert all(set(f) == {"kind", "start", "end", "text"} for f in d["privacy"])
    json.dumps(d)


def test_empty_text():
    s = screen("")
    assert s.crisis.level == 0 and s.crisis.flags == () and s.crisis.spans == ()
    assert s.privacy == () and s.needs_review is False
    assert s.to_dict() == {"crisis": {"level": 0, "flags": [], "spans": []}, "privacy": []}


# --------------------------------------------------------------------------
# Crisis ladder: one test per level
# --------------------------------------------------------------------------


def test_level_0_plain_grief():
    s = screen("My counsellor passed away and I never got to say goodbye.")
    assert s.crisis.level == 0
    assert s.needs_review is False


def test_level_1_distress():
    s = screen("I feel completely hopeless since my therapist retired.")
    assert s.crisis.level == 1
    assert s.needs_review is False


def test_level_2_passive_ideation():
    assert level("Some nights I wish I could go to sleep and never wake up.") == 2
    assert level("Everyone would be better off without me.") == 2
    assert screen("Some nights I just want to die.").needs_review


def test_level_3_active_ideation():
    assert level("Since she retired I keep thinking about killing myself.") == 3
    assert level("I'm suicidal and the waiting list is months long.") == 3


def test_level_4_method():
    assert level("I keep thinking about hanging myself.") == 4
    assert level("I want to die and I keep looking at the razor blades.") == 4


def test_level_4_method_in_another_sentence():
    assert level("I want to end my life. I keep thinking about the train tracks.") == 4


def test_level_5_intent_with_time():
    s = screen("I have decided to end it this weekend.")
    assert s.crisis.level == 5
    assert s.needs_review
    assert any(sp.text == "this weekend" for sp in s.crisis.spans)


@pytest.mark.parametrize(
    "text",
    [
        "I took the pills an hour ago.",
        "I've written goodbye letters to my family.",
        "By the time anyone reads this I'll be gone.",
        "I'm giving away my things so nobody has to sort them out.",
        "I have the rope ready for tonight.",
        "I'm standing on the bridge right now.",
    ],
)
def test_level_5_preparation_and_imminent(text):
    assert level(text) == 5


# --------------------------------------------------------------------------
# Flags
# --------------------------------------------------------------------------


def test_flag_negated():
    s = screen("I would never hurt myself, I just need to vent.")
    assert s.crisis.level == 1
    assert "negated" in s.crisis.flags
    assert s.needs_review is True


def test_flag_historical():
    s = screen("When I was a teenager I tried to kill myself.")
    assert s.crisis.level == 1
    assert "historical" in s.crisis.flags
    assert s.needs_review is True


def test_flag_third_party():
    s = screen("My cousin once said he wanted to die.")
    assert s.crisis.level == 1
    assert "third_party" in s.crisis.flags
    assert s.needs_review is True


def test_flag_figurative_clears():
    s = screen("This commute is killing me.")
    assert s.crisis.level == 0
    assert s.crisis.flags == ("figurative",)
    assert s.needs_review is False


def test_flag_self_harm():
    for text in ("I've been cutting again.", "I keep burning myself when it gets bad."):
        s = screen(text)
        assert s.crisis.level >= 2, text
        assert "self_harm" in s.crisis.flags, text


def test_abuse_at_someone_else_goes_to_review():
    s = screen("just kys already, nobody cares")
    assert s.crisis.level == 1
    assert "third_party" in s.crisis.flags
    assert s.needs_review


# --------------------------------------------------------------------------
# Slang, misspellings, evasions
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "minimum"),
    [
        ("thinking about sewerslide a lot", 3),
        ("ngl i want to unalive myself", 3),
        ("kms. she just stopped replying", 3),
        ("I want to k1ll mys3lf", 3),
        ("been thinking about su1c1de", 3),
        ("I keep thinking about s u i c i d e", 3),
        ("I keep thinking about k i l l i n g myself", 3),
        ("I w4nt to d1e", 2),
        ("I’m thinking about ending my life", 3),  # curly apostrophe
        ("I WANT TO KILL MYSELF", 3),
        ("I want to ｋｉｌｌ myself", 3),  # full-width letters
        ("I want to kill\u200b myself", 3),  # zero-width space
        ("Im thinking about suicíde", 3),  # accent
    ],
)
def test_slang_and_evasions(text, minimum):
    assert level(text) >= minimum


def test_abuse_slang_is_not_self_ideation():
    assert level("Someone in the comments said I should just kys.") == 1


# --------------------------------------------------------------------------
# Time words
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "time_word",
    ["tonight", "tomorrow", "this weekend", "by Friday", "after the funeral", "on Sunday"],
)
def test_time_word_raises_intent_to_5(time_word):
    assert level(f"I'm going to hang myself {time_word}.") == 5
    assert level(f"I keep thinking about overdosing {time_word}.") == 5


def test_time_word_alone_is_not_a_crisis():
    assert level("I'll be at her memorial this weekend.") == 0
    assert level("After the funeral I finally let myself cry.") == 0


def test_state_plus_time_stays_3():
    assert level("i feel suicidal tonight") == 3


# --------------------------------------------------------------------------
# Contrast pairs (explicit, written here; the corpus stays held out)
# --------------------------------------------------------------------------

CONTRAST = [
    # (crisis phrasing, its level, twin, twin level, twin needs review)
    ("I just want to kill myself.", 3, "I would never kill myself.", 1, True),
    ("I just want to kill myself.", 3, "Years ago I wanted to kill myself.", 1, True),
    ("I just want to kill myself.", 3, "My brother said he wanted to kill himself.", 1, True),
    ("I just want to kill myself.", 3, "I could kill myself for missing her call.", 0, False),
    ("I want to die.", 2, "I don't want to die, I want the ache to stop.", 1, True),
    ("I want to die.", 2, "I wanted to die of embarrassment in the waiting room.", 0, False),
    ("I want to die.", 2, "I'm dying to know how she is.", 0, False),
    ("I've decided to end it tonight.", 5, "I've decided to end it with my therapist.", 0, False),
    (
        "I've decided to end it tonight.",
        5,
        "My friend said she'd decided to end it tonight.",
        1,
        True,
    ),
    (
        "I'm going to jump off the bridge.",
        5,
        "We'll cross that bridge when we get there.",
        0,
        False,
    ),
    ("I keep thinking about the rope.", 4, "I feel like I'm at the end of my rope.", 1, False),
    ("I've been cutting myself again.", 2, "I've been cutting back on sessions.", 0, False),
    ("I've been cutting myself again.", 2, "I used to cut myself in school.", 1, True),
    ("I'm going to overdose tonight.", 5, "I'm not going to overdose tonight.", 1, True),
    ("I won't be here tomorrow.", 5, "I won't be here tomorrow, I'm flying to Rome.", 0, False),
    ("I wrote goodbye letters to my kids.", 5, "I wrote my therapist a goodbye letter.", 0, False),
    ("I took all my pills.", 5, "I took my pills as usual this morning.", 0, False),
    ("I'm suicidal.", 3, "I'm not suicidal, just very sad.", 1, True),
    ("I'm suicidal.", 3, "My old counsellor died by suicide.", 1, True),
    ("I keep hitting myself.", 2, "I keep hitting snooze.", 0, False),
    ("Nobody would notice if I disappeared.", 2, "She just disappeared from my life.", 0, False),
]


@pytest.mark.parametrize(("crisis", "crisis_level", "twin", "twin_level", "review"), CONTRAST)
def test_contrast_pair(crisis, crisis_level, twin, twin_level, review):
    assert level(crisis) == crisis_level
    s = screen(twin)
    assert s.crisis.level == twin_level
    assert s.needs_review is review


@pytest.mark.parametrize(
    "text",
    [
        "My therapist ended the work after six years.",
        "She dropped me as a client.",
        "Our last appointment was on Friday.",
        "It felt like a bereavement.",
        "It was the end of an era.",
        "My counsellor died last spring and the practice closed.",
        "He ghosted me after our final session.",
        "I'm grieving a therapist who is still alive.",
    ],
)
def test_column_vocabulary_is_not_a_crisis(text):
    s = screen(text)
    assert s.crisis.level == 0
    assert s.needs_review is False


def test_scope_is_per_clause():
    s = screen("My cousin said he wanted to die. I want to die too.")
    assert s.crisis.level >= 2
    assert "third_party" in s.crisis.flags
    assert level("I'm not okay and I want to kill myself.") == 3
    assert level("I can't stop thinking about killing myself.") == 3


def test_negation_after_the_phrase():
    s = screen("Suicide isn't something I'd ever consider.")
    assert s.crisis.level == 1 and "negated" in s.crisis.flags


# --------------------------------------------------------------------------
# Privacy: one test per kind, plus false-alarm guards
# --------------------------------------------------------------------------


def test_privacy_person():
    assert kinds("My therapist was Sarah Whitcombe.")["person"] == ["Sarah Whitcombe"]
    assert kinds("Dr. Patel ended our work.")["person"] == ["Patel"]
    assert kinds("My name is Hannah and I read every week.")["person"] == ["Hannah"]
    assert kinds("I'm called Tomasz.")["person"] == ["Tomasz"]
    assert kinds("My counsellor, Gareth, stopped replying.")["person"] == ["Gareth"]
    assert kinds("Thanks for reading.\n— Jane Smith")["person"] == ["Jane Smith"]
    assert kinds("I miss her.\nLove, Jane")["person"] == ["Jane"]


def test_privacy_phone():
    assert kinds("Call me on 07700 900123.", "GB")["phone"] == ["07700 900123"]
    assert kinds("My number is (415) 555-0132.")["phone"] == ["(415) 555-0132"]
    assert kinds("Her line was +44 20 7946 0958.")["phone"] == ["+44 20 7946 0958"]
    assert kinds("Mobile +353 87 123 4567, I'm in Dublin.")["phone"] == ["+353 87 123 4567"]
    assert kinds("Text me: 07911 123456")["phone"] == ["07911 123456"]  # UK number, US default


def test_privacy_email():
    assert kinds("Email me at jo.ann84@gmail.com please")["email"] == ["jo.ann84@gmail.com"]
    assert kinds("reach me: sam.b at gmail dot com")["email"] == ["sam.b at gmail dot com"]


def test_privacy_url():
    assert kinds("See https://example.com/t/1, it helped.")["url"] == ["https://example.com/t/1"]
    assert kinds("Try www.griefcircle.org.")["url"] == ["www.griefcircle.org"]
    assert kinds("I wrote at afterword-forum.net/t/1234")["url"] == ["afterword-forum.net/t/1234"]


def test_privacy_address():
    assert kinds("Her office was at 12 Elm Street, above a bakery.")["address"] == ["12 Elm Street"]
    assert kinds("I live at Flat 3, 22 Baker Road now.")["address"] == ["Flat 3, 22 Baker Road"]
    assert kinds("It was at 1420 W Maple Ave downtown.")["address"] == ["1420 W Maple Ave"]
    assert kinds("Write to 7 Rosewood Close, Leeds LS6 2QR.")["address"] == [
        "7 Rosewood Close, Leeds LS6 2QR"
    ]


def test_privacy_handle():
    assert kinds("Follow me @jo_ann84 for updates")["handle"] == ["@jo_ann84"]
    assert kinds("my insta is jo.ann_84")["handle"] == ["jo.ann_84"]
    assert kinds("add me on snapchat: griefgirl99")["handle"] == ["griefgirl99"]


def test_privacy_organisation():
    assert kinds("I saw her at Riverside Clinic.")["organisation"] == ["Riverside Clinic"]
    assert kinds("She moved to St. Mary's Hospital.")["organisation"] == ["St. Mary's Hospital"]
    assert kinds("She taught at the University of Leeds.")["organisation"] == [
        "University of Leeds"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "My therapist retired on Monday in March.",
        "God knows I tried to let her go.",
        "I think I'm okay. I really do.",
        "My therapist said I was brave.",
        "Honestly, Therapy Was The Best Thing I Ever Did.",
        "The Hospital was cold and the Clinic was worse.",
        "Mental Health Awareness Week always makes me think of her.",
        "I saw her for 12 years, from 2009 to 2021.",
        "The date was 12/03/2021.",
        "She said @ the end that she'd miss me.",
        "I read about it on twitter and then on instagram.",
        "I'm British and she was Irish.",
        "I walked 2 miles down the road.",
    ],
)
def test_privacy_false_alarms(text):
    assert screen(text).privacy == ()


def test_overlapping_kinds_resolve_once():
    found = kinds("I posted it on https://medium.com/@lostmytherapist/story")
    assert list(found) == ["url"]


# --------------------------------------------------------------------------
# Offsets and robustness
# --------------------------------------------------------------------------

OFFSET_TEXTS = [
    "I’m thinking about ending my life — Dr. Éloïse Brûlé knows.",
    "I want to k1ll mys3lf, email me: a.b@x.org",
    "Ｉ want to die\u200b tonight 🙂 call +44 7700 900 456",
    "I keep thinking about s u i c i d e. Love, Jane",
    "\u202eI want to die\u202c and my name is Ana",
    "café résumé naïve — I'm going to hang myself tonight.",
]


@pytest.mark.parametrize("text", OFFSET_TEXTS)
def test_offsets_point_into_the_original(text):
    s = screen(text)
    assert s.crisis.spans, text
    assert_offsets(text, s)


def test_spaced_letters_span_covers_the_original_letters():
    text = "I keep thinking about s u i c i d e"
    spans = [sp for sp in screen(text).crisis.spans if "s u" in sp.text]
    assert spans and spans[0].text == "s u i c i d e"


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n\n\n",
        "a" * 10_000,
        "A" * 10_000,
        "1" * 10_000,
        "@" * 5_000,
        "a." * 5_000,
        "\x00\x00I want to die\x00",
        "\u202e\u202d\u200f\u200e",
        "😀" * 2_000,
        "\u200b" * 1_000 + "kill myself",
        "ﷺ" * 500,
        "İ" * 500,
        "s u i c i d e " * 300,
        "Dr. " * 2_000,
        "12 " * 3_000,
    ],
)
def test_robustness_never_raises(text):
    start = time.perf_counter()
    s = screen(text)
    assert time.perf_counter() - start < 1.0
    assert 0 <= s.crisis.level <= 5
    assert_offsets(text, s)


def test_non_string_and_bad_country_do_not_raise():
    assert screen(None).crisis.level == 0  # type: ignore[arg-type]
    assert screen("call 07700 900123", country="nowhere").crisis.level == 0
    assert screen("call 07700 900123", country="").crisis.level == 0


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the same rule hit at the start, in the middle and at the end of a long text
        ("I want to kill myself. " + "We walked the dog and had tea. " * 30, 3),
        ("We walked the dog and had tea. " * 15 + "I want to kill myself. " + "Tea. " * 40, 3),
        ("We walked the dog and had tea. " * 30 + "I want to kill myself.", 3),
        # several rules starting at the same word
        ("I'm going to kill myself tonight.", 5),
        ("I'm going to the shops tonight.", 0),
    ],
)
def test_a_rule_is_found_wherever_it_stands(text, want):
    """Matching only at the word starts where some rule can begin never loses a match."""
    assert level(text) == want


def test_the_learned_stage_never_changes_a_level(monkeypatch):
    """Whatever the learned stage says, the level is the rules'; it can only add review."""
    from safety import learned
    from safety.screen import _screen_crisis

    for text in (
        "Since she left I lie awake wishing none of this had ever started.",
        "I have the pills counted out and tonight is the night I take them all.",
        "My therapist retired and I miss her.",
    ):
        with_stage = screen(text)
        rules_only = _screen_crisis(text, use_model=False)[0]
        assert with_stage.crisis.level == rules_only.level
        if "model" in with_stage.crisis.flags:
            assert with_stage.needs_review and with_stage.crisis.level < 2
    monkeypatch.setattr(learned, "ENABLED", False)
    assert "model" not in screen("I just want to stop being here, honestly.").crisis.flags
