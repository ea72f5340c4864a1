"""Train the learned second stage of the crisis screen and write ``safety/model.json``.

    uv run --group train python -m safety.train_model [--dry-run]

Training data: the dev corpora (``crisis.jsonl``, ``round2_crisis.jsonl``,
``round3_dev.jsonl``) plus ``train_extra.jsonl`` (sentences written for
training). The held-out files are never read.

Features, regularisation and the four thresholds are chosen by 5-fold
cross-validation on the dev corpora only (the extra sentences are always in
the training part of a fold and never scored). A threshold is the lowest
margin at which the combined screen (rules, then the model raising only texts
the rules did not clear) keeps its out-of-fold false-alarm rate for that rung
at or under ``FALSE_ALARM_BUDGET``; it is never below even odds (the method and
intent rungs have higher floors, ``MIN_THRESHOLD``).

scikit-learn is used here only; the exported JSON is read by ``safety.model``
in pure Python.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from safety.model import MODEL_PATH, Model, features, sentences
from safety.screen import _crisis

CORPUS = Path(__file__).resolve().parent / "corpus"
DEV_FILES = ("crisis.jsonl", "round2_crisis.jsonl", "round3_dev.jsonl")
EXTRA_FILE = "train_extra.jsonl"
HEADS = (2, 4, 5)  # passive/self-harm, method, intent; the rules split 2 from 3
FOLDS = 5
SEED = 0
FALSE_ALARM_BUDGET = 0.01  # per rung, out of fold, on texts below that rung
MIN_THRESHOLD = (0.0, 1.0, 1.0)  # margin floors per rung (0 = even odds)
MIN_WEIGHT = 0.002  # weights below this (in every head) are not exported

CONFIGS = (
    {"bigrams": True, "prefix": 0, "char": [], "neg": 0},
    {"bigrams": True, "prefix": 5, "char": [], "neg": 0},
    {"bigrams": True, "prefix": 4, "char": [], "neg": 0},
    {"bigrams": True, "prefix": 5, "char": [], "neg": 3},
    {"bigrams": True, "prefix": 0, "char": [4], "neg": 0},
)
C_GRID = (0.3, 1.0, 3.0, 10.0)


def _load(name: str) -> list[dict]:
    with open(CORPUS / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def text_features(text: str, config: dict) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for s, e in sentences(text):
        counts.update(features(text[s:e], config))
    return dict(counts)


def fit(rows: list[dict], config: dict, c: float) -> dict:
    """Train one logistic head per rung; return the exportable dict (thresholds 0)."""
    vec = DictVectorizer()
    x = vec.fit_transform([text_features(r["text"], config) for r in rows])
    names = vec.get_feature_names_out()
    coefs, bias = [], []
    for head in HEADS:
        y = [int(r["level"] >= head) for r in rows]
        clf = LogisticRegression(
            C=c, class_weight="balanced", solver="lbfgs", max_iter=5000, random_state=SEED
        )
        clf.fit(x, y)
        coefs.append(clf.coef_[0])
        bias.append(round(float(clf.intercept_[0]), 4))
    weights = {}
    for j, name in enumerate(names):
        w = [float(col[j]) for col in coefs]
        if max(abs(v) for v in w) >= MIN_WEIGHT:
            weights[str(name)] = [round(v, 4) for v in w]
    return {
        "config": config,
        "heads": list(HEADS),
        "bias": bias,
        "thresholds": [0.0] * len(HEADS),
        "weights": weights,
    }


def rule_view(rows: list[dict]) -> list[tuple[int, bool]]:
    """(rule level, cleared by the rules) for every row, rules alone."""
    out = []
    for r in rows:
        crisis, _lowered, cleared = _crisis(r["text"])
        out.append((crisis.level, cleared))
    return out


def out_of_fold(dev: list[dict], extra: list[dict], config: dict, c: float) -> list[list[float]]:
    margins: list[list[float]] = [[] for _ in dev]
    folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=SEED)
    for train_idx, test_idx in folds.split(dev, [r["level"] for r in dev]):
        model = Model(fit([dev[i] for i in train_idx] + extra, config, c))
        for i in test_idx:
            margins[i] = model.margins(dev[i]["text"])
    return margins


def choose_thresholds(
    dev: list[dict], rules: list[tuple[int, bool]], margins: list[list[float]]
) -> list[float]:
    """Lowest threshold per rung keeping the combined screen's false alarms in budget."""
    thresholds: list[float] = []
    for k, head in enumerate(HEADS):
        below = [i for i, r in enumerate(dev) if r["level"] < head]
        allowed = int(FALSE_ALARM_BUDGET * len(below))
        # Alarms the model could add at this rung: texts below it that the rules
        # left below it and did not clear, and that pass the lower rungs' gate.
        cands = sorted(
            (
                margins[i][k]
                for i in below
                if rules[i][0] < head
                and not rules[i][1]
                and (k == 0 or margins[i][0] > thresholds[0])
            ),
            reverse=True,
        )
        t = cands[allowed] if len(cands) > allowed else float("-inf")
        thresholds.append(round(max(t, MIN_THRESHOLD[k]) + 1e-4, 4))
    return thresholds


def scores(
    dev: list[dict],
    rules: list[tuple[int, bool]],
    margins: list[list[float]],
    model: Model,
    thresholds: list[float],
) -> dict[str, float]:
    th = tuple(thresholds)
    model_level = [model.level_of(m, th) for m in margins]
    combined = [
        rl if cleared or rl >= 5 else max(rl, ml)
        for (rl, cleared), ml in zip(rules, model_level, strict=True)
    ]
    rule_level = [rl for rl, _c in rules]

    def share(pred: list[int], want_min: int, pred_min: int, below: bool = False) -> float:
        idx = [
            i
            for i, r in enumerate(dev)
            if (r["level"] < want_min if below else r["level"] >= want_min)
        ]
        return sum(pred[i] >= pred_min for i in idx) / len(idx) if idx else 1.0

    out = {}
    for prefix, pred in (
        ("cv_", combined),
        ("cv_rules_only_", rule_level),
        ("cv_model_only_", model_level),
    ):
        out[prefix + "recall_level_ge2"] = share(pred, 2, 2)
        out[prefix + "recall_level_ge4"] = share(pred, 4, 4)
        out[prefix + "false_alarm_rate"] = share(pred, 2, 2, below=True)
    out["cv_model_raised"] = sum(c > r for c, r in zip(combined, rule_level, strict=True))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="cross-validate, write nothing")
    args = parser.parse_args(argv)

    dev = [row for name in DEV_FILES for row in _load(name)]
    extra = _load(EXTRA_FILE)
    rules = rule_view(dev)

    best = None
    for config in CONFIGS:
        for c in C_GRID:
            margins = out_of_fold(dev, extra, config, c)
            probe = Model(fit(dev[:1] + extra, config, c))  # only its level_of() is used
            thresholds = choose_thresholds(dev, rules, margins)
            got = scores(dev, rules, margins, probe, thresholds)
            key = got["cv_model_only_recall_level_ge2"] + got["cv_model_only_recall_level_ge4"]
            print(
                f"# config={json.dumps(config)} C={c} thresholds={thresholds} "
                f"model_only ge2={got['cv_model_only_recall_level_ge2']:.3f} "
                f"ge4={got['cv_model_only_recall_level_ge4']:.3f} "
                f"fa={got['cv_model_only_false_alarm_rate']:.3f}",
                file=sys.stderr,
            )
            if best is None or key > best[0]:
                best = (key, config, c, thresholds, got)

    assert best is not None
    _key, config, c, thresholds, got = best
    data = fit(dev + extra, config, c)
    data["thresholds"] = thresholds
    data["C"] = c
    data["trained_on"] = [*DEV_FILES, EXTRA_FILE]
    data["cv"] = {name: round(value, 4) for name, value in got.items()}

    print(f"cv_folds: {FOLDS}")
    print(f"cv_dev_texts: {len(dev)}")
    print(f"train_extra_texts: {len(extra)}")
    print(f"cv_config: {json.dumps(config)} C={c}")
    print(f"cv_thresholds: {thresholds}")
    for name, value in got.items():
        print(f"{name}: {value}" if name == "cv_model_raised" else f"{name}: {value:.2f}")
    print(f"model_features: {len(data['weights'])}")
    if not args.dry_run:
        with open(MODEL_PATH, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
            fh.write("\n")
        print(f"model_bytes: {MODEL_PATH.stat().st_size}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
