"""The crisis rules kept as data (safety/screen/data/phrases.txt) and the evaluation's options
(tools/screen_model/evaluate.py)."""

import json
import re

import pytest

from safety.screen import phrases, screen
from tools.screen_model import evaluate


def test_inflections_cover_regular_and_listed_irregular_forms():
    assert {"cut", "cuts", "cutting"} <= set(phrases.inflections("cut"))
    assert {"bleed", "bled", "bleeding"} <= set(phrases.inflections("bleed"))
    forms = set(phrases.inflections("scratch"))
    assert {"scratch", "scratches", "scratched", "scratching"} <= forms


def test_a_phrase_allows_a_few_words_inside_it_and_no_more():
    rx = re.compile(phrases.compile_phrase("gave ... my {possessions}"))
    assert rx.search("gave my nephew all of my tools")
    assert not rx.search("gave the lad who lives two doors down from us my tools")


def test_a_phrase_that_ends_a_sentence_needs_the_sentence_to_end():
    rx = re.compile(phrases.compile_phrase("i've taken them $"))
    assert rx.search("i've taken them. all of them")
    assert not rx.search("i've taken them to school")


def test_phrase_rules_never_share_a_name_with_the_rules_module():
    names = [r[0] for r in phrases.rules()]
    assert all(n.startswith("phrase_") for n in names)
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    "text",
    [
        "the note is written and the date is set",
        "found a good home for my dog and sorted all my paperwork, I won't be here for Christmas",
        "i've taken them. all of them",
    ],
)
def test_preparations_in_ordinary_words_are_a_plan(text):
    assert screen(text).crisis.level == 5


@pytest.mark.parametrize(
    "text",
    [
        "sorted out all my paperwork for the new job",
        "we found a lovely home for the kittens",
        "I scratched my mosquito bites until they bled, so itchy",
        "I took them, the three free sessions, and they helped",
    ],
)
def test_one_ordinary_preparation_is_not_a_plan(text):
    assert screen(text).crisis.level < 2


def test_the_held_out_set_is_scored_only_when_asked(tmp_path, monkeypatch):
    rows = [{"text": "I want to kill myself", "level": 3}, {"text": "We had tea.", "level": 0}]
    (tmp_path / "h").mkdir()
    (tmp_path / "h" / "crisis.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    monkeypatch.setattr(evaluate, "CORPUS", tmp_path)
    monkeypatch.setattr(evaluate, "SETS", (("small_", "h/crisis.jsonl", None, evaluate.ALL),))
    monkeypatch.setattr(evaluate, "HELDOUT", ("heldout_", "h/crisis.jsonl", None, evaluate.ALL))
    monkeypatch.setattr(evaluate, "demo_texts", lambda: ["We walked the dog."])
    monkeypatch.setattr(evaluate, "measure_speed", lambda *a, **k: 2000.0)
    results, _failed = evaluate.evaluate(heldout=False, misses=[])
    assert "heldout_no_help" not in results and results["small_no_help"] == 0.0
    results, _failed = evaluate.evaluate(heldout=True, misses=[])
    assert results["heldout_no_help"] == 0.0
    lines = evaluate.curves(heldout=True)
    assert any(name.startswith("heldout_curve_") and "no_help=" in v for name, v in lines)


def test_the_development_split_takes_every_third_item(tmp_path, monkeypatch):
    (tmp_path / "f.jsonl").write_text("\n".join(json.dumps({"i": i}) for i in range(9)))
    monkeypatch.setattr(evaluate, "CORPUS", tmp_path)
    assert [r["i"] for r in evaluate._load("f.jsonl", evaluate.DEV)] == [2, 5, 8]
    assert len(evaluate._load("f.jsonl", evaluate.TRAIN)) == 6
