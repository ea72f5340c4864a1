"""Showing a poster the details in their text that could identify someone."""

from __future__ import annotations

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

EXPLANATIONS = {
    "person": "a person's name — even a first name, with the other details, can identify someone",
    "phone": "a phone number",
    "email": "an email address",
    "url": "a web address, which may lead back to a person",
    "address": "a street address",
    "handle": "a social media name or handle",
    "organisation": "a named clinic, hospital, practice or school, which can identify a "
    "therapist or you",
}


def mark_findings(text: str, findings: list[dict]) -> SafeString:
    """The text, escaped, with each finding wrapped in <mark> and labelled for screen readers."""
    pieces: list[str] = []
    last = 0
    for finding in sorted(findings, key=lambda f: (f["start"], -f["end"])):
        start, end = finding["start"], finding["end"]
        if start < last or end > len(text):
            continue  # overlapping or stale spans: the first one is enough
        pieces.append(escape(text[last:start]))
        pieces.append(
            format_html(
                '<mark data-kind="{}">{}<span class="visually-hidden"> ({})</span></mark>',
                finding["kind"],
                text[start:end],
                kind_label(finding["kind"]),
            )
        )
        last = end
    pieces.append(escape(text[last:]))
    paragraphs = "".join(pieces).replace("\n\n", "</p><p>").replace("\n", "<br>")
    return mark_safe(f"<p>{paragraphs}</p>")  # noqa: S308 (every piece is escaped above)


# Marks that are not privacy findings: moderators also see the words that raised a crisis level.
OTHER_LABELS = {"crisis": "words that suggest danger"}


def kind_label(kind: str) -> str:
    if kind in OTHER_LABELS:
        return OTHER_LABELS[kind]
    return EXPLANATIONS.get(kind, "a personal detail").split(" — ")[0].split(",")[0]


def explanations(findings: list[dict]) -> list[tuple[str, str]]:
    """One line per kind found: (the texts found, why it matters)."""
    kinds: dict[str, list[str]] = {}
    for finding in findings:
        kinds.setdefault(finding["kind"], []).append(finding["text"])
    return [
        (", ".join(dict.fromkeys(texts)), EXPLANATIONS.get(kind, "a personal detail"))
        for kind, texts in kinds.items()
    ]
