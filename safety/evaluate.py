"""Score the safety screen on every corpus, per set and per category.

    uv run python -m safety.evaluate [--verbose] [--no-model] [--heldout]

Prints ``name: value`` lines. For every crisis set: how many risk texts (level 2
and up) reach level 2, how many get *no help at all* (below level 2 and no flag
from the learned stage), how many method or plan texts (level 4 and up) reach
level 4, and false alarms per text — a level of 2 or more, or a learned-stage
flag — on short and on long ordinary texts. For every privacy set: recall and
precision per kind. Then screenings per second of a 1,000-character letter on
one core, with the learned stage on.

The fresh held-out set (``corpus/heldout_fresh``) is scored only with
``--heldout``: it is run once, at the end of a tuning round, by someone who did
not tune, and its figures go in the README first. Everything else is training or
development data now, so its scores only show that the screen fits them.

Exits 1 when a target of the main corpus is missed (``crisis.jsonl``,
``privacy.jsonl``), or, with ``--heldout``, a target of the held-out set.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable
from pathlib import Path

from safety import learned
from safety.screen import PRIVACY_KINDS, Screening, screen

CORPUS = Path(__file__).resolve().parent / "corpus"
LONG = 600  # characters: from here a text counts as a long comment

# (prefix, crisis file, privacy file); the first is the main corpus, reported unprefixed.
SETS = (
    ("", "crisis.jsonl", "privacy.jsonl"),
    ("round2_", "round2_crisis.jsonl", "round2_privacy.jsonl"),
    ("old_heldout_", "heldout_crisis.jsonl", "heldout_privacy.jsonl"),
    ("round3_", "round3_dev.jsonl", None),
    ("train_sentences_", "train/sentences.jsonl", None),
    ("train_long_", "train/long.jsonl", None),
)
HELDOUT = ("heldout_", "heldout_fresh/crisis.jsonl", "heldout_fresh/privacy.jsonl")

MAIN_TARGETS = {
    "recall_level_ge2": (">=", 0.95),
    "reached_level_ge4": (">=", 1.0),
    "false_alarms_short": ("<=", 0.05),
}
HELDOUT_TARGETS = {
    "heldout_no_help": ("<=", 0.05),
    "heldout_reached_level_ge4": (">=", 0.90),
    "heldout_false_alarms_short": ("<=", 0.05),
    "heldout_false_alarms_long": ("<=", 0.03),
    "heldout_privacy_precision_person": (">=", 0.85),
}
PRIVACY_RECALL_TARGET = 0.9
SPEED_TARGET = 1000

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
    return num / den if den else 0.0


def flagged_by_model(s: Screening) -> bool:
    return "model" in s.crisis.flags


def helped(s: Screening) -> bool:
    """The person sees crisis lines (level 2+) or a gentle version (a learned-stage flag)."""
    return s.crisis.level >= 2 or flagged_by_model(s)


def _category(row: dict) -> str:
    if "category" in row:
        return row["category"]
    if row["level"] >= 2:
        return f"level_{row['level']}"
    return "long_ordinary" if len(row["text"]) >= LONG else "short_negative"


def score_crisis(rows: list[dict], misses: list[str], label: str) -> dict[str, float]:
    got = [(row, screen(row["text"])) for row in rows]
    risk = [(r, s) for r, s in got if r["level"] >= 2]
    method = [(r, s) for r, s in got if r["level"] >= 4]
    short = [(r, s) for r, s in got if r["level"] < 2 and len(r["text"]) < LONG]
    long = [(r, s) for r, s in got if r["level"] < 2 and len(r["text"]) >= LONG]
    out: dict[str, float] = {
        "texts": len(rows),
        "risk_texts": len(risk),
        "recall_level_ge2": _share(sum(s.crisis.level >= 2 for _r, s in risk), len(risk)),
        "no_help": _share(sum(not helped(s) for _r, s in risk), len(risk)),
        "reached_level_ge4": _share(sum(s.crisis.level >= 4 for _r, s in method), len(method)),
        "short_negatives": len(short),
        "false_alarms_short": _share(sum(helped(s) for _r, s in short), len(short)),
        "long_negatives": len(long),
        "false_alarms_long": _share(sum(helped(s) for _r, s in long), len(long)),
    }
    categories = sorted({_category(r) for r, _s in got})
    for category in categories:
        group = [(r, s) for r, s in got if _category(r) == category]
        out[f"{category}_texts"] = len(group)
        if group[0][0]["level"] >= 2:
            out[f"{category}_no_help"] = _share(sum(not helped(s) for _r, s in group), len(group))
        else:
            out[f"{category}_false_alarms"] = _share(sum(helped(s) for _r, s in group), len(group))
    for r, s in got:
        wrong = (r["level"] >= 2) != helped(s) or (r["level"] >= 4 and s.crisis.level < 4)
        if wrong:
            misses.append(
                f"{label} want={r['level']} got={s.crisis.level} model={flagged_by_model(s)} "
                f"flags={','.join(s.crisis.flags)} :: {r['text'][:300]}"
            )
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_privacy(rows: list[dict], misses: list[str], label: str) -> dict[str, float]:
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
        out[f"privacy_precision_{kind}"] = (
            _share(correct[kind], reported[kind]) if reported[kind] else 1.0
        )
    return out


def demo_texts() -> list[str]:
    """The demo's letters and comments: long, ordinary writing about grief, none in crisis."""
    import tomllib

    path = Path(__file__).resolve().parent.parent / "column" / "demo" / "content.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    texts = [answer["letter"] for answer in data["answers"]]
    texts += [c["body"] for answer in data["answers"] for c in answer.get("comments", [])]
    return texts


def measure_speed(seconds: float = 2.0) -> float:
    for _ in range(50):  # warm the rules and load the learned stage
        screen(SPEED_LETTER)
    count, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        for _ in range(100):
            screen(SPEED_LETTER)
        count += 100
    return count / elapsed


def _print(results: Iterable[tuple[str, float]]) -> None:
    for name, value in results:
        shown = int(value) if name.endswith("texts") or name.endswith("negatives") else value
        print(f"{name}: {shown:.2f}" if isinstance(shown, float) else f"{name}: {shown}")


def _missed(results: dict[str, float], targets: dict) -> list[str]:
    failed = []
    for name, (op, target) in targets.items():
        value = results.get(name)
        if value is None:
            continue
        if (op == ">=" and value < target) or (op == "<=" and value > target):
            failed.append(f"{name} {value:.2f} (target {op} {target})")
    return failed


def evaluate(*, heldout: bool, misses: list[str]) -> tuple[dict[str, float], list[str]]:
    results: dict[str, float] = {}
    chosen = ((HELDOUT,) if heldout else ()) + SETS
    for prefix, crisis_file, privacy_file in chosen:
        if (CORPUS / crisis_file).exists():
            scored = score_crisis(_load(crisis_file), misses, prefix + "crisis")
            results.update({prefix + name: value for name, value in scored.items()})
        if privacy_file and (CORPUS / privacy_file).exists():
            scored = score_privacy(_load(privacy_file), misses, prefix + "privacy")
            results.update({prefix + name: value for name, value in scored.items()})
    demo = [{"text": text, "level": 0} for text in demo_texts()]
    scored = score_crisis(demo, misses, "demo")
    results["demo_texts"] = scored["texts"]
    results["demo_false_alarms"] = _share(
        sum(helped(screen(row["text"])) for row in demo), len(demo)
    )
    results["screenings_per_second"] = measure_speed()
    failed = _missed(results, MAIN_TARGETS)
    failed += [
        f"privacy_recall_{kind} {results[f'privacy_recall_{kind}']:.2f} (target >= 0.9)"
        for kind in PRIVACY_KINDS
        if results.get(f"privacy_recall_{kind}", 1.0) < PRIVACY_RECALL_TARGET
    ]
    if results["screenings_per_second"] < SPEED_TARGET:
        failed.append(f"screenings_per_second {results['screenings_per_second']:.0f} (< 1000)")
    if heldout:
        failed += _missed(results, HELDOUT_TARGETS)
        failed += [
            f"heldout_privacy_recall_{kind} below 0.9"
            for kind in PRIVACY_KINDS
            if results.get(f"heldout_privacy_recall_{kind}", 1.0) < PRIVACY_RECALL_TARGET
        ]
    return results, failed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="print every miss to stderr")
    parser.add_argument("--no-model", action="store_true", help="the rules alone")
    parser.add_argument(
        "--heldout", action="store_true", help="also score the fresh held-out set (once a round)"
    )
    args = parser.parse_args(argv)
    if args.no_model:
        learned.ENABLED = False
    misses: list[str] = []
    results, failed = evaluate(heldout=args.heldout, misses=misses)
    print(f"learned_stage: {'on' if learned.ENABLED else 'off'}")
    _print(results.items())
    if args.verbose:
        for line in misses:
            if not line.startswith("heldout_"):  # never shown: nobody tunes on it
                print(f"misses: {line}", file=sys.stderr)
    for line in failed:
        print(f"target missed: {line}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
