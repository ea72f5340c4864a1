"""Score the safety screen on every corpus, per set and per category.

    uv run python -m tools.screen_model.evaluate [--verbose] [--no-model] [--heldout] [--curve]

Prints ``name: value`` lines. For every crisis set: how many risk texts (level 2
and up) reach level 2, how many get *no help at all* (below level 2 and no flag
from the learned stage), how many method or plan texts (level 4 and up) reach
level 4, and false alarms per text — a level of 2 or more, or a learned-stage
flag — on short and on long ordinary texts. For every privacy set: recall and
precision per kind. Then screenings per second of a 1,000-character letter on
one core, with the learned stage on.

The held-out set of this round (``corpus/heldout_fresh2``) is scored only with
``--heldout``: it is run once, at the end of a tuning round, by someone who did
not tune, and its figures go in the README first. Everything else is training or
development data now, so its scores only show that the screen fits them. The
previous round's held-out set (``corpus/heldout_fresh``) is split: two items in
three are training data (``fresh1_``), every third is a development split
(``fresh1_dev_``) that nobody tunes on, so it shows how far tuning overfits.

``--curve`` prints recall against false alarms for a range of learned-stage
thresholds (``curve_<threshold>: no_help=... level2_or_flag=...
false_alarms_short=... false_alarms_long=...``): on every training and
development set pooled, on the development split alone (``curve_dev_``), or,
with ``--heldout``, on the held-out set alone. It shows what bounds a target
the shipped threshold misses.

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

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(__file__).resolve().parent / "corpus"
LONG = 600  # characters: from here a text counts as a long comment

# Which items of a file a set takes: all of them, or the training or development
# part of a split file (item i is development when i % DEV_EVERY == DEV_EVERY - 1).
ALL, TRAIN, DEV = "all", "train", "dev"
DEV_EVERY = 3

# (prefix, crisis file, privacy file, part); the first is the main corpus, reported unprefixed.
SETS = (
    ("", "crisis.jsonl", "privacy.jsonl", ALL),
    ("round2_", "round2_crisis.jsonl", "round2_privacy.jsonl", ALL),
    ("old_heldout_", "heldout_crisis.jsonl", "heldout_privacy.jsonl", ALL),
    ("round3_", "round3_dev.jsonl", None, ALL),
    ("train_sentences_", "train/sentences.jsonl", None, ALL),
    ("train_long_", "train/long.jsonl", None, ALL),
    ("round4_", "train/round4.jsonl", None, ALL),
    ("fresh1_", "heldout_fresh/crisis.jsonl", "heldout_fresh/privacy.jsonl", TRAIN),
    ("fresh1_dev_", "heldout_fresh/crisis.jsonl", "heldout_fresh/privacy.jsonl", DEV),
)
DEV_PREFIXES = ("fresh1_dev_",)
# Scored once per round, by the lead, with --heldout; nobody who tunes reads it.
HELDOUT = ("heldout_", "heldout_fresh2/crisis.jsonl", "heldout_fresh2/privacy.jsonl", ALL)

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


def _load(name: str, part: str = ALL) -> list[dict]:
    with open(CORPUS / name, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    if part == ALL:
        return rows
    dev = part == DEV
    return [r for i, r in enumerate(rows) if (i % DEV_EVERY == DEV_EVERY - 1) == dev]


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

    path = ROOT / "column" / "demo" / "content.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    texts = [answer["letter"] for answer in data["answers"]]
    texts += [c["body"] for answer in data["answers"] for c in answer.get("comments", [])]
    return texts


def measure_speed(seconds: float = 2.0, *, model: bool = True) -> float:
    """Screenings per second of the letter, in CPU time of this process (one core)."""
    was = learned.ENABLED
    learned.ENABLED = model and was
    try:
        for _ in range(50):  # warm the rules and load the learned stage
            screen(SPEED_LETTER)
        count, start = 0, time.process_time()
        while (elapsed := time.process_time() - start) < seconds:
            for _ in range(100):
                screen(SPEED_LETTER)
            count += 100
        return count / elapsed
    finally:
        learned.ENABLED = was


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
    for prefix, crisis_file, privacy_file, part in chosen:
        if (CORPUS / crisis_file).exists():
            scored = score_crisis(_load(crisis_file, part), misses, prefix + "crisis")
            results.update({prefix + name: value for name, value in scored.items()})
        if privacy_file and (CORPUS / privacy_file).exists():
            scored = score_privacy(_load(privacy_file, part), misses, prefix + "privacy")
            results.update({prefix + name: value for name, value in scored.items()})
    demo = [{"text": text, "level": 0} for text in demo_texts()]
    scored = score_crisis(demo, misses, "demo")
    results["demo_texts"] = scored["texts"]
    results["demo_false_alarms"] = _share(
        sum(helped(screen(row["text"])) for row in demo), len(demo)
    )
    results["screenings_per_second_rules_only"] = measure_speed(model=False)
    results["screenings_per_second"] = measure_speed()
    failed = _missed(results, MAIN_TARGETS)
    failed += [
        f"privacy_recall_{kind} {results[f'privacy_recall_{kind}']:.2f} (target >= 0.9)"
        for kind in PRIVACY_KINDS
        if results.get(f"privacy_recall_{kind}", 1.0) < PRIVACY_RECALL_TARGET
    ]
    if learned.ENABLED and results["screenings_per_second"] < SPEED_TARGET:
        failed.append(f"screenings_per_second {results['screenings_per_second']:.0f} (< 1000)")
    if heldout:
        failed += _missed(results, HELDOUT_TARGETS)
        failed += [
            f"heldout_privacy_recall_{kind} below 0.9"
            for kind in PRIVACY_KINDS
            if results.get(f"heldout_privacy_recall_{kind}", 1.0) < PRIVACY_RECALL_TARGET
        ]
    return results, failed


# --------------------------------------------------------------------------
# The curve: recall against false alarms as the learned stage's threshold moves
# --------------------------------------------------------------------------

CURVE_FACTORS = (-3.0, -2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0, 3.0)  # added to the threshold


def _curve_points(rows: list[dict]) -> list[tuple[int, bool, int, float]]:
    """Per text: (wanted level, long, the rules' level, the learned score or -inf).

    The learned score counts only where the screen would ask for it: the rules
    left the text below level 2 and did not clear it.
    """
    from safety.screen.crisis import _crisis

    model = learned.load()
    out = []
    for row in rows:
        crisis, _lowered, cleared = _crisis(row["text"])
        score = float("-inf")
        if crisis.level < 2 and not cleared:
            best = model.best(row["text"])
            score = best[2] if best is not None else score
        out.append((row["level"], len(row["text"]) >= LONG, crisis.level, score))
    return out


def curve(points: list[tuple[int, bool, int, float]], prefix: str) -> list[tuple[str, str]]:
    """``curve_<threshold>`` lines for thresholds around the shipped one."""
    shipped = learned.load().threshold
    risk = [p for p in points if p[0] >= 2]
    short = [p for p in points if p[0] < 2 and not p[1]]
    long = [p for p in points if p[0] < 2 and p[1]]
    lines = []
    for step in (*CURVE_FACTORS, float("inf")):
        t = shipped + step

        def helped_at(p, t=t):
            return p[2] >= 2 or p[3] >= t

        name = "rules_only" if step == float("inf") else f"{t:+.2f}"
        if step == 0.0:
            name += "_shipped"
        lines.append(
            (
                f"{prefix}curve_{name}",
                f"no_help={_share(sum(not helped_at(p) for p in risk), len(risk)):.3f} "
                f"level2_or_flag={_share(sum(helped_at(p) for p in risk), len(risk)):.3f} "
                f"false_alarms_short={_share(sum(helped_at(p) for p in short), len(short)):.3f} "
                f"false_alarms_long={_share(sum(helped_at(p) for p in long), len(long)):.3f}",
            )
        )
    return lines


def curves(*, heldout: bool) -> list[tuple[str, str]]:
    if heldout:
        _prefix, crisis_file, _privacy, part = HELDOUT
        return curve(_curve_points(_load(crisis_file, part)), "heldout_")
    pooled: list[dict] = []
    dev: list[dict] = []
    for prefix, crisis_file, _privacy, part in SETS:
        if (CORPUS / crisis_file).exists():
            (dev if prefix in DEV_PREFIXES else pooled).extend(_load(crisis_file, part))
    pooled += [{"text": text, "level": 0} for text in demo_texts()]
    return curve(_curve_points(pooled), "") + curve(_curve_points(dev), "dev_")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="print every miss to stderr")
    parser.add_argument("--no-model", action="store_true", help="the rules alone")
    parser.add_argument(
        "--heldout", action="store_true", help="also score the fresh held-out set (once a round)"
    )
    parser.add_argument(
        "--curve",
        action="store_true",
        help="only print recall against false alarms for a range of learned-stage thresholds",
    )
    args = parser.parse_args(argv)
    if args.no_model:
        learned.ENABLED = False
    if args.curve:
        print(f"learned_threshold: {learned.load().threshold:.4f}")
        for name, value in curves(heldout=args.heldout):
            print(f"{name}: {value}")
        return 0
    misses: list[str] = []
    results, failed = evaluate(heldout=args.heldout, misses=misses)
    print(f"learned_stage: {'on' if learned.ENABLED else 'off'}")
    _print(results.items())
    if args.verbose:
        for line in misses:
            # never shown: nobody tunes on the held-out set or the development split
            if not line.startswith(("heldout_", *DEV_PREFIXES)):
                print(f"misses: {line}", file=sys.stderr)
    for line in failed:
        print(f"target missed: {line}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
