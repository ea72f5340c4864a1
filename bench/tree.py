"""The shape and words of a synthetic thread, in plain Python (no Django).

Both Afterword's benchmark and the django-comments-xtd comparison build their
threads from `thread_rows`, so the two render exactly the same tree.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

_OPENINGS = [
    "I found this page at two in the morning, which seems to be when most of us find it.",
    "Reading everyone's stories here has helped more than I expected.",
    "I have been coming back to this thread for months without saying anything.",
    "This is the first time I've written any of this down.",
    "Thank you for what you wrote.",
    "An update, since a few of you asked.",
]
_MIDDLES = [
    "My therapist retired in the spring after eleven years, and nobody in my life seems "
    "to understand why I am still sad about it.",
    "We had six sessions to wind down, which sounded like a lot and turned out to be nothing.",
    "I keep rehearsing things I want to tell her on the drive to work, then remembering.",
    "My partner is kind about it but clearly thinks I should be over it by now.",
    "The new counsellor is fine, thoughtful even, but the room smells wrong and she "
    "doesn't know the history, so every week I start from the beginning.",
    "I wrote her a letter, the way the column suggested, and then sat with it for a month.",
    "What surprised me was how physical it was, the tight chest on Thursday afternoons.",
    "Some weeks are fine. Then a song comes on in the supermarket and I am undone.",
    "I didn't know there was a word for grief that other people don't recognise.",
    "Part of me is angry, and I feel guilty about being angry, which is its own loop.",
    "It helps to know that this happens to people who are otherwise doing all right.",
    "She was the first person who didn't flinch when I talked about my father.",
]
_CLOSINGS = [
    "Be gentle with yourselves this week.",
    "Sending something like a hand on the shoulder to everyone here.",
    "I will come back and tell you how it goes.",
    "Thank you for keeping this place going.",
    "That's all. I just needed to say it somewhere.",
]
NAMES = [
    "Mara",
    "Theo",
    "Dot",
    "Jo Ann",
    "Rob from Ohio",
    "Kestrel",
    "Hannah",
    "Bellwether",
    "Sam",
    "Marguerite",
    "Quiet Tuesday",
    "Oren",
    "Lou",
    "Parking Lot Person",
    "Ines",
]


@dataclass(frozen=True)
class Row:
    index: int
    parent: int | None  # index of the tree parent (at most max_depth deep)
    target: int | None  # index of the comment actually answered
    depth: int
    name: str
    body: str
    created_at: datetime


def comment_text(rng: random.Random, target: int = 900) -> str:
    """A comment of roughly `target` characters in two to four paragraphs."""
    paragraphs = [rng.choice(_OPENINGS)]
    length = len(paragraphs[0])
    goal = max(80, int(rng.gauss(target, target * 0.35)))
    while length < goal:
        paragraph = " ".join(rng.sample(_MIDDLES, k=rng.randint(2, 4)))
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    paragraphs.append(rng.choice(_CLOSINGS))
    return "\n\n".join(paragraphs)


def thread_rows(count: int, *, seed: int = 7, max_depth: int = 4, reply_share: float = 0.8):
    """`count` comments over six years, oldest first; about one in five starts a conversation."""
    rng = random.Random(seed)
    start = datetime(2019, 1, 1, tzinfo=UTC)
    step = timedelta(days=365 * 6) / max(count, 1)
    rows: list[Row] = []
    conversations: list[list[Row]] = []
    by_root: dict[int, list[Row]] = {}
    roots: dict[int, int] = {}
    for i in range(count):
        parent = target = None
        if conversations and rng.random() < reply_share:
            # Replies go to recent conversations more often than to old ones.
            back = min(int(rng.expovariate(0.3)), len(conversations) - 1)
            target = rng.choice(conversations[-1 - back])
            parent = target
            if target.depth >= max_depth and target.parent is not None:
                parent = rows[target.parent]  # too deep: answer beside it, under its parent
        row = Row(
            index=i,
            parent=parent.index if parent else None,
            target=target.index if target else None,
            depth=parent.depth + 1 if parent else 1,
            name=rng.choice(NAMES),
            body=comment_text(rng),
            created_at=start + step * i,
        )
        rows.append(row)
        roots[i] = roots[parent.index] if parent else i
        if parent is None:
            by_root[i] = [row]
            conversations.append(by_root[i])
        else:
            by_root[roots[i]].append(row)
    return rows
