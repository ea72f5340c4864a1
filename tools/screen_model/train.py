"""Train the learned stage of the crisis screen and write ``safety/screen_model.npz``.

Run from the repository root (scikit-learn is in the ``train`` group only)::

    python3 -m uv run --group train python -m tools.screen_model.train [--dry-run] [--verbose]

``--dry-run`` prints the figures and writes nothing; ``--verbose`` also prints
every dev miss and false alarm to stderr. It takes a few minutes on one core.

Training data: ``tools/screen_model/corpus/crisis.jsonl``, ``round2_crisis.jsonl``,
``heldout_crisis.jsonl``, ``round3_dev.jsonl``, ``train_extra.jsonl``,
``train/sentences.jsonl``, ``train/round4.jsonl``, ``train/long.jsonl`` and
the previous round's held-out set ``heldout_fresh/crisis.jsonl``, plus the
demo's letters and comments (``column/demo/content.toml``: long ordinary
writing). Nothing else under ``corpus/`` is read (never
``heldout_fresh2``, this round's held-out set).

* Every fifth item of each file is the dev split: never trained or calibrated
  on; the figures printed at the end (and stored in the artefact) are its own.
  In ``heldout_fresh`` it is every third item, the split ``tools.screen_model.evaluate``
  reports as ``fresh1_dev_`` (nobody tunes the rules on it either).
* Positives: sentences at level >= 2, and the ``crisis_sentence`` of each long
  risk comment. Negatives: level 0-1 sentences (all the negated, past,
  third-party, figurative, professional and media twins) and *every* sentence
  of the long level 0-1 comments and of the demo's texts.
* The model is an L2 logistic regression over the features of
  ``safety.learned``: hashed words and word pairs, the mean wordllama
  embedding and the cues. Compared by cross-validation at the same false-alarm
  rates, dropping the embedding cost about 17 points of sentence recall and
  dropping the cues about 9; a small neural network over the embeddings (alone
  or added to this model) and cue-times-embedding interactions gained nothing
  that cross-validation could tell from noise, so they are not here.
* Threshold: a text's score is the maximum over its sentences. From
  out-of-fold scores (5 folds of blocks of consecutive items, so a paraphrase
  and its original are rarely on both sides), it is the lowest threshold at
  which at most 3 % of the long ordinary texts and at most 5 % of the short
  hard negatives reach it.

The artefact holds plain arrays (``allow_pickle=False``): the weights, the
bias, the threshold, the feature settings, the dev
figures and a SHA-256 of the training files, which
``safety/tests/test_learned.py`` compares with the files so that changing them
without retraining fails the tests.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(__file__).resolve().parent / "corpus"
# The artefact's data hash names each corpus file as it was named when the hash was
# first recorded (the corpus lived in safety/corpus), so moving the folder is not a
# change of training data.
HASHED_CORPUS_NAME = "safety/corpus"
DEMO = ROOT / "column" / "demo" / "content.toml"
SENTENCES = "train/sentences.jsonl"
ROUND4 = "train/round4.jsonl"
LONG = "train/long.jsonl"
FRESH = "heldout_fresh/crisis.jsonl"  # last round's held-out set: short and long, by category
SHORT_FILES = (
    "crisis.jsonl",
    "round2_crisis.jsonl",
    "heldout_crisis.jsonl",
    "round3_dev.jsonl",
    "train_extra.jsonl",
    SENTENCES,
    ROUND4,
)
DEV_EVERY = 5  # item i of a file is dev when i % DEV_EVERY == DEV_EVERY - 1
FRESH_DEV_EVERY = 3  # ... of heldout_fresh, as tools.screen_model.evaluate splits it
FOLDS = 5
FOLD_BLOCK = 20  # cross-validation folds are blocks of this many consecutive items
LONG_BUDGET = 0.03  # per-text false alarms allowed on long ordinary comments
SHORT_BUDGET = 0.05  # ... and on short hard negatives
HARD_KINDS = ("negated", "past", "third_party", "figurative", "professional", "media")

WORD_BUCKETS = 2**16
LINEAR_C = 0.3
MEAN_SCALE = 4.0  # the mean embedding's weight against the 0/1 word features


def training_files() -> list[Path]:
    return [CORPUS / name for name in (*SHORT_FILES, LONG, FRESH)] + [DEMO]


def _hashed_name(path: Path) -> str:
    if path.is_relative_to(CORPUS):
        return f"{HASHED_CORPUS_NAME}/{path.relative_to(CORPUS).as_posix()}"
    return path.relative_to(ROOT).as_posix()


def data_hash() -> str:
    """SHA-256 over the names and bytes of every training file, in a fixed order."""
    digest = hashlib.sha256()
    for path in training_files():
        digest.update(_hashed_name(path).encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


# --------------------------------------------------------------------------
# Data
# --------------------------------------------------------------------------


@dataclass
class Text:
    """One item of a file, scored as a whole (the maximum over its sentences)."""

    text: str
    positive: bool
    source: str
    kind: str
    index: int
    long: bool
    crisis_sentence: str | None = None

    @property
    def dev(self) -> bool:
        every = FRESH_DEV_EVERY if self.source == FRESH else DEV_EVERY
        return self.index % every == every - 1

    @property
    def fold(self) -> int:
        return (self.index // FOLD_BLOCK) % FOLDS

    @property
    def long_negative(self) -> bool:
        return self.long and not self.positive

    @property
    def hard_negative(self) -> bool:
        if self.positive or self.long:
            return False
        if self.source == FRESH:
            return self.kind == "hard_negative"
        return self.source in (SENTENCES, ROUND4) and self.kind in HARD_KINDS


def _jsonl(name: str) -> list[dict]:
    with open(CORPUS / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def demo_texts() -> list[str]:
    """The demo's letters and comments, read as ``tools.screen_model.evaluate`` reads them."""
    data = tomllib.loads(DEMO.read_text(encoding="utf-8"))
    texts = [answer["letter"] for answer in data["answers"]]
    texts += [c["body"] for answer in data["answers"] for c in answer.get("comments", [])]
    return texts


def load_texts() -> list[Text]:
    texts = []
    for name in SHORT_FILES:
        for i, row in enumerate(_jsonl(name)):
            kind = row.get("kind", "risk" if row["level"] >= 2 else "ordinary")
            texts.append(Text(row["text"], row["level"] >= 2, name, kind, i, long=False))
    for i, row in enumerate(_jsonl(LONG)):
        positive = row["level"] >= 2
        sentence = row.get("crisis_sentence") if positive else None
        texts.append(Text(row["text"], positive, LONG, row["kind"], i, True, sentence))
    for i, row in enumerate(_jsonl(FRESH)):
        # A long risk text here has no crisis sentence marked: it is scored, not learned.
        positive = row["level"] >= 2
        texts.append(Text(row["text"], positive, FRESH, row["category"], i, bool(row["long"])))
    for i, body in enumerate(demo_texts()):
        texts.append(Text(body, False, "demo", "ordinary", i, long=True))
    return texts


def training_units(text: Text) -> list[tuple[list[str], bool]]:
    """The (sentence's words, label) pairs a text contributes to training."""
    from safety.learned import sentences, words

    if text.crisis_sentence is not None:
        return [(words(text.crisis_sentence), True)]
    if text.positive and text.long:
        return []  # a long risk text without its sentence marked: nothing sure to learn
    found = sentences(text.text)
    if text.positive and len(found) > 1:
        # Which sentence carries the risk is not marked ("I've decided. Tomorrow
        # I'm going to the bridge."): learn the short text as one unit.
        return [(words(text.text), True)]
    return [(w, text.positive) for _s, _e, w in found]


class Corpus:
    """Every text with its training units and its sentences, featurised once."""

    def __init__(self, texts: list[Text]) -> None:
        from safety.learned import featurise, sentences

        self.texts = texts
        found = [sentences(t.text) for t in texts]
        self.spans = [[(s, e) for s, e, _w in f] for f in found]
        units = [training_units(t) for t in texts]
        self.unit_owner = np.repeat(np.arange(len(texts)), [len(u) for u in units])
        self.span_owner = np.repeat(np.arange(len(texts)), [len(s) for s in self.spans])
        self.unit_labels = np.array([y for u in units for _, y in u], dtype=int)
        self.units = featurise([w for u in units for w, _ in u], WORD_BUCKETS)
        self.sentences = featurise([w for f in found for _s, _e, w in f], WORD_BUCKETS)

    def mask(self, keep) -> np.ndarray:
        return np.array([bool(keep(t)) for t in self.texts])

    def text_max(self, sentence_scores: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Per text: the highest sentence score and that sentence's index in the text."""
        best = np.full(len(self.texts), -np.inf)
        where = np.full(len(self.texts), -1)
        first = np.concatenate([[0], np.cumsum([len(s) for s in self.spans])])
        for i in range(len(self.texts)):
            if first[i] < first[i + 1]:
                j = int(np.argmax(sentence_scores[first[i] : first[i + 1]]))
                best[i], where[i] = sentence_scores[first[i] + j], j
        return best, where


# --------------------------------------------------------------------------
# The model
# --------------------------------------------------------------------------


def matrix(feats):
    """The features as one sparse matrix: word buckets, then the embedding, then the cues."""
    from scipy import sparse

    shape = (len(feats.mean), WORD_BUCKETS)
    words = sparse.csr_matrix((np.ones(len(feats.grams)), (feats.owner, feats.grams)), shape=shape)
    dense = [sparse.csr_matrix(feats.mean * MEAN_SCALE), sparse.csr_matrix(feats.cues)]
    return sparse.hstack([words, *dense]).tocsr()


def subset(feats, rows: np.ndarray):
    from safety.learned import Features

    renumber = np.full(len(feats.mean), -1)
    renumber[rows] = np.arange(len(rows))
    keep = renumber[feats.owner] >= 0
    return Features(
        mean=feats.mean[rows],
        cues=feats.cues[rows],
        grams=feats.grams[keep],
        owner=renumber[feats.owner[keep]],
    )


def fit(corpus: Corpus, keep: np.ndarray, threshold: float = float("inf")):
    """The model fitted on the training units of the kept texts (weights as float16)."""
    from sklearn.linear_model import LogisticRegression

    from safety.learned import CUES, Model, vocabulary

    rows = np.flatnonzero(keep[corpus.unit_owner])
    regression = LogisticRegression(C=LINEAR_C, class_weight="balanced", max_iter=5000)
    regression.fit(matrix(subset(corpus.units, rows)), corpus.unit_labels[rows])
    coef = regression.coef_[0]
    dim = corpus.units.mean.shape[1]

    def f16(a) -> np.ndarray:  # the artefact stays small; scores move by ~1e-3
        return np.asarray(a, dtype=np.float16).astype(np.float32)

    return Model(
        word_weights=f16(coef[:WORD_BUCKETS]),
        mean_weights=f16(coef[WORD_BUCKETS : WORD_BUCKETS + dim] * MEAN_SCALE),
        cue_weights=f16(coef[WORD_BUCKETS + dim :]),
        bias=float(regression.intercept_[0]),
        threshold=threshold,
        settings={
            "cues": list(CUES),
            "word_buckets": WORD_BUCKETS,
            "embedding": "wordllama l2_supercat 256: mean of token vectors, unit length",
            "wordllama": vocabulary().version,
            "C": LINEAR_C,
            "mean_scale": MEAN_SCALE,
        },
        data_hash=data_hash(),
    )


def out_of_fold(corpus: Corpus) -> np.ndarray:
    """The score of every training-part sentence from a model that did not see it."""
    scores = np.full(len(corpus.sentences.mean), -np.inf)
    for fold in range(FOLDS):
        model = fit(corpus, corpus.mask(lambda t, f=fold: not t.dev and t.fold != f))
        held = corpus.mask(lambda t, f=fold: not t.dev and t.fold == f)
        rows = np.flatnonzero(held[corpus.span_owner])
        scores[rows] = model.scores(subset(corpus.sentences, rows))
    return scores


def threshold_for(scores: list[float], budget: float) -> float:
    """The lowest threshold at which at most ``budget`` of these texts reach it."""
    ordered = sorted(scores, reverse=True)
    allowed = int(budget * len(ordered))
    return float(np.nextafter(ordered[allowed], np.inf)) if ordered else float("inf")


def calibrate(corpus: Corpus, text_scores: np.ndarray, keep: np.ndarray) -> float:
    long_neg = [
        s for t, s, k in zip(corpus.texts, text_scores, keep, strict=True) if k and t.long_negative
    ]
    hard = [
        s for t, s, k in zip(corpus.texts, text_scores, keep, strict=True) if k and t.hard_negative
    ]
    return max(threshold_for(long_neg, LONG_BUDGET), threshold_for(hard, SHORT_BUDGET))


# --------------------------------------------------------------------------
# Figures
# --------------------------------------------------------------------------

OLDER = (
    "crisis.jsonl",
    "round2_crisis.jsonl",
    "heldout_crisis.jsonl",
    "round3_dev.jsonl",
    "train_extra.jsonl",
)
GROUPS = {
    "fresh_recall_risk": lambda t: t.source == FRESH and t.positive,
    "fresh_long_false_alarms": lambda t: t.source == FRESH and t.long_negative,
    "fresh_short_false_alarms": lambda t: t.source == FRESH and t.hard_negative,
    "round4_recall_risk": lambda t: t.source == ROUND4 and t.positive,
    "round4_false_alarms": lambda t: t.source == ROUND4 and not t.positive,
    "sentence_recall_risk": lambda t: t.source == SENTENCES and t.positive,
    "older_sets_recall_level_ge2": lambda t: t.source in OLDER and t.positive,
    "long_text_recall": lambda t: t.long and t.positive,
    "long_text_false_alarms": lambda t: t.long_negative,
    "long_text_false_alarms_train_long": lambda t: t.source == LONG and not t.positive,
    "long_text_false_alarms_demo": lambda t: t.source == "demo",
    "short_hard_negative_false_alarms": lambda t: t.hard_negative,
    **{f"false_alarms_{k}": (lambda t, k=k: t.hard_negative and t.kind == k) for k in HARD_KINDS},
    "short_ordinary_false_alarms": lambda t: (
        t.source == SENTENCES and not t.positive and t.kind == "ordinary"
    ),
    "older_sets_false_alarms": lambda t: t.source in OLDER and not t.positive,
}


def figures(
    corpus: Corpus, text_scores: np.ndarray, where: np.ndarray, keep: np.ndarray, threshold: float
) -> dict:
    out: dict[str, float | int] = {}
    for name, pred in GROUPS.items():
        hits = [
            s >= threshold
            for t, s, k in zip(corpus.texts, text_scores, keep, strict=True)
            if k and pred(t)
        ]
        out[name] = round(sum(hits) / len(hits), 4) if hits else float("nan")
        out[name + "_n"] = len(hits)
    right = total = 0
    for t, s, w, k, spans in zip(corpus.texts, text_scores, where, keep, corpus.spans, strict=True):
        if k and t.crisis_sentence is not None and s >= threshold:
            total += 1
            start, end = spans[w]
            right += t.text[start:end].strip(" .!?") == t.crisis_sentence.strip(" .!?")
    out["long_text_caught_by_the_crisis_sentence"] = (
        round(right / total, 4) if total else float("nan")
    )
    return out


def mistakes(corpus: Corpus, text_scores, where, keep, threshold: float) -> list[str]:
    lines = []
    for t, s, w, k, spans in zip(corpus.texts, text_scores, where, keep, corpus.spans, strict=True):
        if k and t.positive != (s >= threshold):
            sentence = t.text[spans[w][0] : spans[w][1]] if w >= 0 else ""
            what = "missed" if t.positive else "false alarm"
            lines.append(f"{what} {s:+.2f} {t.source}:{t.index} {t.kind} :: {sentence}")
    return lines


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------


def write(path: Path, model, report: dict) -> None:
    from safety.learned import ARRAYS

    np.savez_compressed(
        path,
        **{name: getattr(model, name).astype(np.float16) for name in ARRAYS},
        bias=np.float64(model.bias),
        threshold=np.float64(model.threshold),
        settings=np.str_(json.dumps(model.settings, sort_keys=True)),
        data_hash=np.str_(model.data_hash),
        report=np.str_(json.dumps(report, sort_keys=True)),
    )


def main(argv: list[str] | None = None) -> int:
    import sklearn  # noqa: F401 - fail here, clearly, when run outside the train group

    from safety.learned import ARTEFACT_PATH

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    parser.add_argument("--verbose", action="store_true", help="print dev mistakes to stderr")
    args = parser.parse_args(argv)

    corpus = Corpus(load_texts())
    train_part = corpus.mask(lambda t: not t.dev)
    dev_part = corpus.mask(lambda t: t.dev)

    oof_best, oof_where = corpus.text_max(out_of_fold(corpus))
    threshold = calibrate(corpus, oof_best, train_part)
    cv = figures(corpus, oof_best, oof_where, train_part, threshold)

    model = fit(corpus, train_part, threshold)
    best, where = corpus.text_max(model.scores(corpus.sentences))
    dev = figures(corpus, best, where, dev_part, threshold)
    report = {"threshold": threshold, "cross_validated": cv, "dev": dev}
    print(json.dumps(report, indent=1))
    if args.verbose:
        for line in mistakes(corpus, best, where, dev_part, threshold):
            print(line, file=sys.stderr)
    if not args.dry_run:
        write(ARTEFACT_PATH, model, report)
        print(f"wrote {ARTEFACT_PATH.relative_to(ROOT)} ({ARTEFACT_PATH.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
