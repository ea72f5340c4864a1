"""Cutting identifying details out of a text, for moderators protecting someone's privacy.

Plain Python, no Django: the spans come from the safety screen's privacy findings.
"""

from __future__ import annotations

REMOVED = "[removed]"


def redact_text(text: str, spans: list[dict]) -> tuple[str, list[dict]]:
    """The text with each span replaced by "[removed]", and the spans that were replaced.

    A span is skipped when it overlaps one already taken, falls outside the text, or
    (when it carries its "text") no longer matches what is at its place.
    """
    taken: list[dict] = []
    last_end = -1
    for span in sorted(spans, key=lambda s: (s["start"], -s["end"])):
        start, end = span["start"], span["end"]
        if start < last_end or start < 0 or end > len(text) or start >= end:
            continue
        if "text" in span and text[start:end] != span["text"]:
            continue
        taken.append(span)
        last_end = end
    for span in reversed(taken):
        text = text[: span["start"]] + REMOVED + text[span["end"] :]
    return text, taken
