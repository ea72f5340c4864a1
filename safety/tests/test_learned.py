"""Tests for the learned stage (safety.learned) and its artefact; no database.

Every text here was written for these tests. Speed is measured by
``tools/screen_model/speed.py``, not here.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from safety import learned

ROOT = Path(__file__).resolve().parents[2]
TRAIN_SCRIPT = ROOT / "tools" / "screen_model" / "train.py"

# Crisis sentences in words the rules may not list: paraphrase, stockpiling,
# method searches, self-harm kept out of sight.
CRISIS_SENTENCES = [
    "Lately I catch myself planning how I would end my life if the pain doesn't stop.",
    "Everyone would honestly be better off if I stopped existing.",
    "I've been saving up my tablets in a shoebox under the bed for when I'm ready.",
    "I keep looking up how many paracetamol it takes to shut your liver down.",
    "I've started cutting my thighs again where nobody can see.",
    "There's a rope in the garage and I keep thinking about it.",
]

# Long, heavy, ordinary comments: endings, grief, a past overdose, a novel about a suicide.
ORDINARY_LONG = [
    "I started seeing my counsellor after my divorce, and last week she told me she is moving "
    "to Scotland in the spring. I knew counsellors leave, of course, but I still went home and "
    "cried in the bath like a teenager. We have eight sessions left. She has suggested we use "
    "them to look back at what has changed, and honestly a lot has: I sleep better, I can talk "
    "to my ex without shaking, and I started swimming again on Saturday mornings. I am scared "
    "of starting over with somebody new, of telling the whole story again from the beginning. "
    "But I am also a bit proud that the thing I dread most is a goodbye rather than the life I "
    "had two years ago. If anyone has moved on to a new counsellor after a long one, how did "
    "you choose?",
    "My mum died in February and the grief group at the hospice finished its last meeting last "
    "night. Twelve of us, every Thursday for ten weeks, tea in those green cups and a box of "
    "tissues that never ran out. I did not expect to miss it this much. The facilitator, Ruth, "
    "said something at the end that I wrote on the back of my hand so I would not forget it: "
    "grief is love with nowhere to go. I am tired all the time and I have cried in the "
    "supermarket twice this week, but I am eating, going to work and walking the dog every "
    "evening. I just wanted to tell somebody that the group ending feels like another small "
    "loss on top of the big one.",
    "Ten years ago I was in a very dark place and spent a month in hospital after an overdose. "
    "I am writing this for anyone reading who is where I was. Today I have a job I like, a "
    "small flat with too many plants, and a dog called Biscuit who thinks she is a cat. I still "
    "have bad weeks, and when my therapist of six years retired in June I was frightened that "
    "everything would fall apart. It did not. I used my safety plan twice, rang a friend at "
    "midnight once, and went to my GP, who found me a new counsellor within a month. I am not "
    "in danger now. I just want people to know that the worst night of your life does not have "
    "to be the end of the story.",
    "Our book club read a novel this month about a family after a suicide, and I was nervous "
    "because of my own history, but it turned out to be one of the gentlest books I have read. "
    "The author never describes the death itself. Instead it follows the sister through the "
    "year afterwards: the casseroles, the awful well-meaning phone calls, the first birthday. "
    "Two people in the group spoke about losing friends, and we ended up talking for three "
    "hours. I left feeling lighter. If anyone wants a recommendation for something honest "
    "about grief that does not leave you raw, I am happy to share the title next week.",
]


@pytest.fixture
def enabled(monkeypatch):
    monkeypatch.setattr(learned, "ENABLED", True)


def _run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_the_artefact_and_the_embeddings_load_with_the_network_cut_off():
    code = (
        "import socket\n"
        "def refuse(*args, **kwargs):\n"
        "    raise RuntimeError('network used')\n"
        "socket.socket.connect = socket.socket.connect_ex = refuse\n"
        "socket.create_connection = socket.getaddrinfo = refuse\n"
        "from safety import learned\n"
        "learned.ENABLED = True\n"
        "found = learned.flag('I keep thinking everyone would be better off without me.')\n"
        "print(type(found).__name__)\n"
    )
    done = _run(code)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() in ("LearnedFlag", "NoneType")
    assert "network used" not in done.stderr


def test_the_artefact_is_small_and_plain_arrays():
    assert learned.ARTEFACT_PATH.stat().st_size < 1_000_000
    with np.load(learned.ARTEFACT_PATH, allow_pickle=False) as data:
        assert {"weights" if k.endswith("_weights") else k for k in data.files} >= {
            "weights",
            "bias",
            "threshold",
            "settings",
            "data_hash",
        }


@pytest.mark.parametrize("text", ORDINARY_LONG)
def test_ordinary_long_comments_are_not_flagged(enabled, text):
    assert len(text) >= 550
    assert learned.flag(text) is None


@pytest.mark.parametrize("sentence", CRISIS_SENTENCES)
def test_crisis_sentences_are_flagged(enabled, sentence):
    found = learned.flag(sentence)
    assert found is not None
    assert found.sentence == sentence
    assert found.score >= learned.load().threshold


def test_a_crisis_sentence_buried_in_a_long_comment_is_the_one_reported(enabled):
    sentence = CRISIS_SENTENCES[2]
    head, tail = ORDINARY_LONG[0].split("We have eight sessions left. ")
    text = f"{head}We have eight sessions left. {sentence} {tail}"
    found = learned.flag(text)
    assert found is not None
    assert found.sentence == sentence
    assert text[found.start : found.end] == found.sentence


def test_the_reported_sentence_is_an_exact_substring(enabled):
    text = "Thanks for the column.\n\n  i   just want to disappear for good!!  \nSorry."
    found = learned.flag(text)
    assert found is not None
    assert text[found.start : found.end] == found.sentence
    assert found.sentence == "i   just want to disappear for good!!"


def test_switched_off_it_flags_nothing(monkeypatch):
    monkeypatch.setattr(learned, "ENABLED", False)
    assert learned.flag(CRISIS_SENTENCES[0]) is None


@pytest.mark.parametrize("value", ["yes", "true", "", "2"])
def test_the_switch_refuses_anything_but_0_or_1(monkeypatch, value):
    monkeypatch.setenv("SCREEN_MODEL_TEST", value)
    with pytest.raises(ValueError):
        learned._switch("SCREEN_MODEL_TEST", "1")


def test_text_without_words_is_not_flagged(enabled):
    assert learned.flag("") is None
    assert learned.flag(" ... !!! \n ?") is None


def test_sentences_and_their_words_agree():
    text = "First one, short. Second: with a clause; and more!\nThird without an end " + ", ".join(
        ["a run-on clause of six words"] * 12
    )
    found = learned.sentences(text)
    assert [w for *_, w in found] == learned.sentence_words(text)
    for start, end, words in found:
        assert learned.words(text[start:end]) == words
        assert len(words) <= learned.MAX_WORDS


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        ("I'm not suicidal, just tired.", {"first_person", "negation", "safe"}),
        ("I used to cut years ago.", {"first_person", "past"}),
        ("My best friend took an overdose.", {"first_person", "relative"}),
        ("As a hospice nurse I see death often.", {"first_person", "professional"}),
        ("That film about a suicide was haha terrible.", {"media", "figurative"}),
    ],
)
def test_cues_see_what_embeddings_miss(sentence, cues):
    assert cues <= set(learned.cue_names(learned.words(sentence)))


def test_the_recorded_training_data_hash_matches_the_training_files():
    train = _load_train_script()
    with np.load(learned.ARTEFACT_PATH, allow_pickle=False) as data:
        recorded = str(data["data_hash"])
    assert recorded == train.data_hash(), "training data changed: run tools/screen_model/train.py"


def test_the_artefact_was_trained_with_the_installed_wordllama():
    import wordllama

    assert learned.load().settings["wordllama"] == wordllama.__version__


def test_the_artefact_records_its_dev_figures():
    with np.load(learned.ARTEFACT_PATH, allow_pickle=False) as data:
        report = json.loads(str(data["report"]))
    dev = report["dev"]
    assert dev["long_text_false_alarms"] <= 0.05
    assert dev["sentence_recall_risk"] > 0.5


def test_the_train_script_imports_without_scikit_learn(monkeypatch):
    monkeypatch.setitem(sys.modules, "sklearn", None)  # any import of it now fails
    monkeypatch.setitem(sys.modules, "scipy", None)
    train = _load_train_script()
    assert callable(train.main)
    with pytest.raises(ImportError):
        train.main(["--dry-run"])


def _load_train_script():
    """The training script as a fresh module (it is a tool, not a package of the app)."""
    spec = importlib.util.spec_from_file_location("screen_model_train", TRAIN_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module
