"""How many times a second ``safety.learned.flag()`` screens the ~1,000-character letter.

    python3 -m uv run python -m tools.screen_model.speed

Pinned to one core, with the stage switched on; prints ``name: value`` lines.
The rate is counted in CPU time (``time.process_time``) so that other work on
a busy machine slows it less; the best of several rounds and the median are
both shown.
"""

from __future__ import annotations

import os
import time

from safety import learned
from tools.screen_model.evaluate import SPEED_LETTER

ROUNDS = 15
CALLS = 200


def main() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    learned.ENABLED = True
    for _ in range(50):  # load the model and fill the word cache
        learned.flag(SPEED_LETTER)
    rates = []
    for _ in range(ROUNDS):
        start = time.process_time()
        for _ in range(CALLS):
            learned.flag(SPEED_LETTER)
        rates.append(CALLS / (time.process_time() - start))
    rates.sort()
    print(f"letter_characters: {len(SPEED_LETTER)}")
    print(f"letter_sentences: {len(learned.sentence_words(SPEED_LETTER))}")
    print(f"flag_per_second_best: {rates[-1]:.0f}")
    print(f"flag_per_second_median: {rates[len(rates) // 2]:.0f}")


if __name__ == "__main__":
    main()
