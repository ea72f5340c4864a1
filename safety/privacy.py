"""Showing a poster the details in their text that could identify someone."""

from __future__ import annotations

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

EXPLANATIONS = {
    "person": _(
        "a person's name — even a first name, with the other details, can identify someone"
    ),
    "phone": _("a phone number"),
    "email": _("an email address"),
    "url": _("a web address, which may lead back to a person"),
    "address": _("a street address"),
    "handle": _("a social media name or handle"),
    "organisation": _(
        "a named clinic, hospital, practice or school, which can identify a therapist or you"
    ),
}
# The same, short: how a moderator's page and the author's email name each kind.
LABELS = {
    "person": _("a person's name"),
    "phone": _("a phone number"),
    "email": _("an email address"),
    "url": _("a web address"),
    "address": _("a street address"),
    "handle": _("a social media name or handle"),
    "organisation": _("a named clinic"),
}
A_PERSONAL_DETAIL = _("a personal detail")


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
OTHER_LABELS = {"crisis": _("words that suggest danger")}


def kind_label(kind: str) -> str:
    if kind in OTHER_LABELS:
        return str(OTHER_LABELS[kind])
    return str(LABELS.get(kind, A_PERSONAL_DETAIL))


def explanations(findings: list[dict]) -> list[tuple[str, str]]:
    """One line per kind found: (the texts found, why it matters)."""
    kinds: dict[str, list[str]] = {}
    for finding in findings:
        kinds.setdefault(finding["kind"], []).append(finding["text"])
    return [
        (", ".join(dict.fromkeys(texts)), str(EXPLANATIONS.get(kind, A_PERSONAL_DETAIL)))
        for kind, texts in kinds.items()
    ]
