"""Score the safety screen against the held-out corpus.

    uv run python -m safety.evaluate [--verbose] [--no-model]

Prints ``name: value`` lines on stdout and exits 1 if a target is missed.
With ``--verbose`` every miss is written to stderr.

The figures are for the whole screen, rules plus the learned second stage
(``safety.model``) when it is enabled; ``--no-model`` scores the rules alone.
Every crisis set also gets ``rules_only_recall_level_ge2``,
``rules_only_recall_level_ge4`` and ``rules_only_false_alarm_rate`` (with the
set's prefix) so the two can be compared in one run.

The main corpus (``crisis.jsonl`` / ``privacy.jsonl``) is reported without a
prefix and its targets are enforced. Further sets are reported per file with a
prefix and never change the exit code: ``round2_`` (``round2_crisis.jsonl`` /
``round2_privacy.jsonl``) and ``heldout_`` (``heldout_crisis.jsonl`` /
``heldout_privacy.jsonl``), each only when its file exists.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from safety import screen as screen_module
from safety.screen import PRIVACY_KINDS, _screen_crisis, screen

CORPUS = Path(__file__).resolve().parent / "corpus"

TARGETS = {
    "recall_level_ge2": (">=", 0.95),
    "recall_level_ge4": (">=", 1.0),
    "false_alarm_rate": ("<=", 0.05),
    "screenings_per_second": (">=", 2000),
}
PRIVACY_RECALL_TARGET = 0.9

# A realistic ~1,000-character letter for the speed measurement.
SPEED_LETTER = (
    "Dear Afterword, I have been reading your column for years and never thought I would write. "
    "My therapist of nine years, Dr. Ellen Hart at Riverside Clinic, retired in March. I knew it "
    "was coming, we planned the ending together for months, but nothing prepared me for how "
    "empty Tuesday evenings feel now. Our last appointment was gentle; she said she would always "
    "remember me and that I had done brave work. I went home and slept for fourteen hours. Since "
    "then I keep rereading the goodbye card she wrote me, and I catch myself rehearsing things "
    "to tell her. My partner doesn't understand why I am grieving someone who is alive and well "
    "and probably gardening somewhere. Friends say I should just find someone new, and I have an "
    "assessment next week, but it feels like a betrayal. Is it normal to feel this much for a "
    "professional relationship? How do other readers get through the first months without the "
    "one person who knew the whole story? I'm not in danger, just very sad and tired. Thank you "
    "for reading. — Sam"
)


def _load(name: str) -> list[dict]:
    with open(CORPUS / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _share(num: int, den: int) -> float:
    return num / den if den else 1.0


def _fmt(value: float) -> str:
    return f"{value:.2f}"


# (prefix, crisis file, privacy file) for the sets that are reported, not enforced.
EXTRA_SETS = (
    ("round2_", "round2_crisis.jsonl", "round2_privacy.jsonl"),
    ("heldout_", "heldout_crisis.jsonl", "heldout_privacy.jsonl"),
)


def evaluate_crisis(
    misses: list[str], name: str = "crisis.jsonl", label: str = "crisis"
) -> dict[str, float]:
    rows = _load(name)
    got = []
    for row in rows:
        s = screen(row["text"])
        got.append((row, s))
    ge2 = [(r, s) for r, s in got if r["level"] >= 2]
    ge4 = [(r, s) for r, s in got if r["level"] >= 4]
    lt2 = [(r, s) for r, s in got if r["level"] < 2]
    review = [(r, s) for r, s in got if r.get("review") or r["level"] >= 2]
    out: dict[str, float] = {"crisis_texts": len(rows)}
    out["recall_level_ge2"] = _share(sum(s.crisis.level >= 2 for _r, s in ge2), len(ge2))
    out["recall_level_ge4"] = _share(sum(s.crisis.level >= 4 for _r, s in ge4), len(ge4))
    out["false_alarm_rate"] = _share(sum(s.crisis.level >= 2 for _r, s in lt2), len(lt2))
    for level in range(6):
        group = [(r, s) for r, s in got if r["level"] == level]
        out[f"exact_match_level_{level}"] = _share(
            sum(s.crisis.level == level for _r, s in group), len(group)
        )
    out["review_recall"] = _share(sum(s.needs_review for _r, s in review), len(review))
    for r, s in got:
        want_review = bool(r.get("review")) or r["level"] >= 2
        if s.crisis.level != r["level"] or (want_review and not s.needs_review):
            misses.append(
                f"{label} want={r['level']} got={s.crisis.level} review={s.needs_review} "
                f"flags={','.join(s.crisis.flags)} :: {r['text']}"
            )
    return out


def evaluate_rules_only(name: str = "crisis.jsonl") -> dict[str, float]:
    """The three headline crisis figures for the rules alone (no second stage)."""
    rows = _load(name)
    got = [(row["level"], _screen_crisis(row["text"], use_model=False)[0].level) for row in rows]
    ge2 = [lvl for want, lvl in got if want >= 2]
    ge4 = [lvl for want, lvl in got if want >= 4]
    lt2 = [lvl for want, lvl in got if want < 2]
    return {
        "rules_only_recall_level_ge2": _share(sum(lvl >= 2 for lvl in ge2), len(ge2)),
        "rules_only_recall_level_ge4": _share(sum(lvl >= 4 for lvl in ge4), len(ge4)),
        "rules_only_false_alarm_rate": _share(sum(lvl >= 2 for lvl in lt2), len(lt2)),
    }


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def evaluate_privacy(
    misses: list[str], name: str = "privacy.jsonl", label: str = "privacy"
) -> dict[str, float]:
    rows = _load(name)
    expected = dict.fromkeys(PRIVACY_KINDS, 0)
    found = dict.fromkeys(PRIVACY_KINDS, 0)
    reported = dict.fromkeys(PRIVACY_KINDS, 0)
    correct = dict.fromkeys(PRIVACY_KINDS, 0)
    for row in rows:
        text = row["text"]
        s = screen(text, country=row.get("country", "US"))
        wants = []
        for f in row["findings"]:
            start = text.find(f["text"])
            wants.append((f["kind"], (start, start + len(f["text"]))))
        for kind, span in wants:
            expected[kind] += 1
            if any(p.kind == kind and _overlaps(span, (p.start, p.end)) for p in s.privacy):
                found[kind] += 1
            else:
                misses.append(f"{label} missed {kind} {text[span[0] : span[1]]!r} :: {text}")
        for p in s.privacy:
            reported[p.kind] += 1
            if any(kind == p.kind and _overlaps(span, (p.start, p.end)) for kind, span in wants):
                correct[p.kind] += 1
            else:
                misses.append(f"{label} false {p.kind} {p.text!r} :: {text}")
    out: dict[str, float] = {"privacy_texts": len(rows)}
    for kind in PRIVACY_KINDS:
        out[f"privacy_recall_{kind}"] = _share(found[kind], expected[kind])
        out[f"privacy_precision_{kind}"] = _share(correct[kind], reported[kind])
    return out


def demo_texts() -> list[str]:
    """The demo's letters and comments: long, ordinary writing about grief, none in crisis."""
    import tomllib

    path = Path(__file__).resolve().parent.parent / "column" / "demo" / "content.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    texts = [answer["letter"] for answer in data["answers"]]
    texts += [c["body"] for answer in data["answers"] for c in answer.get("comments", [])]
    return texts


def long_text_false_alarms(use_model: bool) -> float:
    texts = demo_texts()
    raised = sum(
        1 for text in texts if screen_module._screen_crisis(text, use_model=use_model)[0].level >= 2
    )
    return raised / len(texts)


def with_model_on(function, *args):
    previous = screen_module.MODEL_ENABLED
    screen_module.MODEL_ENABLED = True
    try:
        return function(*args)
    finally:
        screen_module.MODEL_ENABLED = previous


def measure_speed(seconds: float = 2.0) -> float:
    text = SPEED_LETTER
    for _ in range(50):  # warm caches
        screen(text)
    count = 0
    start = time.perf_counter()
    elapsed = 0.0
    while elapsed < seconds:
        for _ in range(200):
            screen(text)
        count += 200
        elapsed = time.perf_counter() - start
    return count / elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="print every miss to stderr")
    parser.add_argument(
        "--no-model", action="store_true", help="score the rules alone, without the second stage"
    )
    args = parser.parse_args(argv)
    if args.no_model:
        screen_module.MODEL_ENABLED = False

    misses: list[str] = []
    results = evaluate_crisis(misses)
    results.update(evaluate_rules_only())
    results.update(evaluate_privacy(misses))
    results["screenings_per_second"] = measure_speed()
    extra: dict[str, float] = {}
    for prefix, crisis_file, privacy_file in EXTRA_SETS:
        if (CORPUS / crisis_file).exists():
            for name, value in evaluate_crisis(misses, crisis_file, prefix + "crisis").items():
                extra[prefix + name] = value
            for name, value in evaluate_rules_only(crisis_file).items():
                extra[prefix + name] = value
        if (CORPUS / privacy_file).exists():
            for name, value in evaluate_privacy(misses, privacy_file, prefix + "privacy").items():
                extra[prefix + name] = value

    # The second stage, switched on for comparison (it ships off; see screen.py).
    extra["demo_texts"] = len(demo_texts())
    extra["demo_false_alarm_rate"] = long_text_false_alarms(use_model=False)
    extra["model_demo_false_alarm_rate"] = long_text_false_alarms(use_model=True)
    if (CORPUS / "heldout_crisis.jsonl").exists():
        scored = with_model_on(evaluate_crisis, [], "heldout_crisis.jsonl", "heldout_crisis")
        for name in ("recall_level_ge2", "recall_level_ge4", "false_alarm_rate"):
            extra[f"model_heldout_{name}"] = scored[name]

    failed = []
    for name, value in [*results.items(), *extra.items()]:
        if name.endswith("_texts") or name == "screenings_per_second":
            print(f"{name}: {int(value)}")
        else:
            print(f"{name}: {_fmt(value)}")
    for name, (op, target) in TARGETS.items():
        value = results[name]
        if (op == ">=" and value < target) or (op == "<=" and value > target):
            failed.append(f"{name} {_fmt(value)} (target {op} {target})")
    for kind in PRIVACY_KINDS:
        value = results[f"privacy_recall_{kind}"]
        if value < PRIVACY_RECALL_TARGET:
            failed.append(
                f"privacy_recall_{kind} {_fmt(value)} (target >= {PRIVACY_RECALL_TARGET})"
            )

    if args.verbose:
        for line in misses:
            print(f"misses: {line}", file=sys.stderr)
    if failed:
        for line in failed:
            print(f"target missed: {line}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
