"""Tests for the learned second stage (safety.model) and how screen() uses it.

Plain functions, no database. Speed is measured by ``safety.evaluate``, not here.
"""

from __future__ import annotations

import json

import pytest

from safety import model as model_module
from safety import screen as screen_module
from safety.screen import Crisis, _screen_crisis, _with_model, screen

# Sentences written for these tests (not in any corpus file).
PASSIVE_PARAPHRASES = [
    "I keep thinking my family would cope better if I were gone for good.",
    "It would be kinder to everyone if I wasn't around any more.",
    "Lately I've been wishing my life would just end.",
]

FIGURATIVE = [
    "That presentation nearly killed me, I was so nervous.",
    "I was dead on my feet after the first session with the new counsellor.",
    "I could have killed my brother for telling everyone about my therapy.",
    "I'm dying for a holiday after this year.",
    "My old therapist's retirement party was to die for, apparently.",
    "My phone died just as the clinic rang back.",
]

COLUMN_VOCABULARY = [
    "Her last session with me ended on a Friday and the practice shut the following week.",
    "I'm ending therapy with my counsellor next month.",
    "Our final appointment felt like a small funeral.",
    "She said the work had come to a natural end.",
    "I keep taking my tablets at breakfast like the GP said.",
    "My counsellor died of cancer in the autumn and I went to the funeral.",
    "I've decided to stop seeing her after the summer.",
]

CLEARED_BY_CONTEXT = [
    ("I'd never take my own life, I just miss her.", "negated"),
    ("When I was twenty I wanted to die, but I'm doing fine now.", "historical"),
    ("My brother said he wanted to kill himself last week.", "third_party"),
]

MIXED = [
    "I want to die.",
    "I keep thinking about hanging myself.",
    "I have the rope ready for tonight.",
    "I feel completely hopeless since my therapist retired.",
    "My therapist retired and I feel lost every Tuesday.",
    "I've been cutting myself again.",
    "I want to die. My uncle sold his rifle years ago.",
    *PASSIVE_PARAPHRASES,
    *FIGURATIVE,
    *COLUMN_VOCABULARY,
]


@pytest.fixture(autouse=True)
def model_switched_on(monkeypatch):
    """These tests exercise the second stage itself, which ships switched off."""
    monkeypatch.setattr(screen_module, "MODEL_ENABLED", True)


def test_the_second_stage_ships_switched_off():
    """On long, ordinary comments (the demo's) it raised about a quarter to level 2
    or more, so it stays off until it is trained on long texts; see the README."""
    import inspect
    import re

    source = inspect.getsource(screen_module)
    assert re.search(r"^MODEL_ENABLED = False$", source, re.M)


def rules_level(text: str) -> int:
    return _screen_crisis(text, use_model=False)[0].level


def test_model_loads_from_json():
    m = model_module.load()
    assert m is not None
    assert m.heads[0] == 2 and list(m.heads) == sorted(m.heads)
    assert len(m.bias) == len(m.thresholds) == len(m.heads)
    assert all(len(w) > 100 for w in m.weights)
    assert model_module.MODEL_PATH.stat().st_size < 2_000_000
    with open(model_module.MODEL_PATH, encoding="utf-8") as fh:
        data = json.load(fh)
    assert set(data) >= {"config", "heads", "bias", "thresholds", "weights"}
    assert model_module.load() is m  # read once


@pytest.mark.parametrize("text", MIXED)
def test_model_never_lowers_a_level(text):
    assert screen(text).crisis.level >= rules_level(text)


@pytest.mark.parametrize("text", FIGURATIVE + COLUMN_VOCABULARY)
def test_figurative_and_column_vocabulary_are_not_raised(text):
    s = screen(text)
    assert s.crisis.level == rules_level(text) == 0, (text, s.crisis.to_dict())
    assert "model" not in s.crisis.flags
    assert s.needs_review is False


@pytest.mark.parametrize(("text", "flag"), CLEARED_BY_CONTEXT)
def test_context_lowering_is_kept(text, flag):
    s = screen(text)
    assert s.crisis.level == 1
    assert flag in s.crisis.flags and "model" not in s.crisis.flags


@pytest.mark.parametrize("text", PASSIVE_PARAPHRASES)
def test_passive_ideation_paraphrases_are_raised(text):
    assert rules_level(text) < 2  # the rules alone miss these
    s = screen(text)
    assert s.crisis.level >= 2
    assert s.needs_review
    assert "model" in s.crisis.flags
    spans = [sp for sp in s.crisis.spans if sp.reason == "model"]
    assert len(spans) == 1
    assert text[spans[0].start : spans[0].end] == spans[0].text
    assert spans[0].text.strip()


def test_model_span_is_the_sentence_that_drove_it():
    text = "I went to the shops today. " + PASSIVE_PARAPHRASES[1] + " Then I made tea."
    s = screen(text)
    (span,) = [sp for sp in s.crisis.spans if sp.reason == "model"]
    assert span.text == PASSIVE_PARAPHRASES[1]


def test_cleared_text_is_never_raised_even_if_the_model_would():
    rules = Crisis(level=1, flags=("negated",), spans=())
    assert _with_model(PASSIVE_PARAPHRASES[0], rules, cleared=True) is rules
    top = Crisis(level=5, flags=(), spans=())
    assert _with_model(PASSIVE_PARAPHRASES[0], top, cleared=False) is top


def test_disabled_model_is_the_rules_alone(monkeypatch):
    monkeypatch.setattr(screen_module, "MODEL_ENABLED", False)
    for text in PASSIVE_PARAPHRASES:
        assert screen(text).crisis.level == rules_level(text)
        assert "model" not in screen(text).crisis.flags


def test_a_broken_model_does_not_break_the_screen(monkeypatch):
    def boom(_text):
        raise RuntimeError("model failed")

    monkeypatch.setattr(model_module, "suggest", boom)
    s = screen(PASSIVE_PARAPHRASES[0])
    assert s.crisis.level == rules_level(PASSIVE_PARAPHRASES[0])


def test_suggest_handles_odd_input():
    for text in ("", " ", "...", "\n\n", "😀" * 50, "İ" * 20 + " I want it to end"):
        found = model_module.suggest(text)
        assert found is None or (2 <= found.level <= 5 and 0 <= found.start < found.end)
