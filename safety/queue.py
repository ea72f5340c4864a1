"""The moderation queue: which comments need a person, in the order they need one.

Comments waiting for approval and published comments with open reports, people
who may be in danger first (an open "danger" report counts as crisis level 3
at least), then the most reported, then the longest waiting. The comments come
from the discussion through safety.sources; which of them wait is the
discussion's to say, the order is safety's.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from safety import cases, rules, sources
from safety.models import CrisisCase, Report
from safety.privacy import mark_findings

DANGER_REPORT_LEVEL = 3

HELD_WORDS = {
    rules.HELD_CRISIS: _("words that suggest the writer may be in danger"),
    rules.HELD_REVIEW: _("the screen was unsure and asked for a person to read it"),
    rules.HELD_FIRST: _("the first comment from this email address"),
    rules.HELD_LINKS: _("several web addresses"),
    rules.HELD_SUSPECT: _("words often used in spam"),
    rules.SPAM_HONEYPOT: _("the hidden spam trap was filled in"),
    "imported_crisis": _("imported already published, with words that suggest danger"),
}


def open_reports():
    return Report.objects.filter(resolved_at__isnull=True)


def queue() -> QuerySet:
    """Every comment that needs a moderator, most urgent first, with its open reports.

    Comments with an open crisis case are listed with the cases (`crisis_first`)."""
    reports = open_reports().filter(comment=OuterRef("pk"))
    report_count = reports.order_by().values("comment").annotate(n=Count("pk")).values("n")
    open_cases = CrisisCase.objects.filter(
        kind=CrisisCase.Kind.COMMENT, closed_at__isnull=True, object_id__isnull=False
    )
    comments = sources.moderated()
    return (
        # Emails and addresses are never shown to moderators, so never loaded.
        comments.for_moderators()
        .annotate(
            open_report_count=Coalesce(Subquery(report_count), 0),
            danger_reported=Exists(reports.filter(reason=Report.Reason.DANGER)),
        )
        .annotate(
            priority=Case(
                When(
                    danger_reported=True,
                    crisis_level__lt=DANGER_REPORT_LEVEL,
                    then=Value(DANGER_REPORT_LEVEL),
                ),
                default=F("crisis_level"),
                output_field=IntegerField(),
            )
        )
        .filter(comments.needs_person(reported=Q(open_report_count__gt=0)))
        .exclude(pk__in=open_cases.values("object_id"))
        .prefetch_related(
            Prefetch("reports", queryset=open_reports().order_by("created_at"), to_attr="open")
        )
        .order_by("-priority", "-open_report_count", "created_at", "pk")
    )


@dataclass(frozen=True)
class Item:
    """A comment as a moderator reads it."""

    comment: sources.Item
    marked: SafeString
    held_words: list[str]
    crisis_flags: list[str]
    crisis_reasons: list[str]
    privacy: list[dict]


def crisis_part(comment: sources.Item) -> dict:
    return (comment.screening or {}).get("crisis") or {}


def privacy_findings(comment: sources.Item) -> list[dict]:
    return list((comment.screening or {}).get("privacy") or [])


def marked_text(comment: sources.Item) -> SafeString:
    """The text with crisis words and identifying details highlighted."""
    crisis = [
        {"kind": "crisis", "start": s["start"], "end": s["end"]}
        for s in crisis_part(comment).get("spans", [])
        if "start" in s and "end" in s
    ]
    return mark_findings(comment.body, crisis + privacy_findings(comment))


def item(comment: sources.Item) -> Item:
    crisis = crisis_part(comment)
    reasons = [s.get("reason", "") for s in crisis.get("spans", []) if s.get("reason")]
    return Item(
        comment=comment,
        marked=marked_text(comment),
        held_words=[str(HELD_WORDS.get(reason, reason)) for reason in comment.held_for or []],
        crisis_flags=[str(flag) for flag in crisis.get("flags", [])],
        crisis_reasons=list(dict.fromkeys(reasons)),
        privacy=privacy_findings(comment),
    )


# --- crisis cases: comments, letters and signals, side by side ---------------------


@dataclass(frozen=True)
class CaseItem:
    """A crisis case as a moderator reads it, whatever kind of text it is about."""

    case: CrisisCase
    source: cases.Source | None
    marked: SafeString
    level_words: str
    url: str  # where the moderator works it

    @property
    def pen_name(self) -> str:
        return (self.source.pen_name if self.source else "") or self.case.pen_name


def _marked(source: cases.Source | None) -> SafeString:
    if source is None:
        return mark_findings("", [])
    screening = source.screening or {}
    crisis = [
        {"kind": "crisis", "start": s["start"], "end": s["end"]}
        for s in (screening.get("crisis") or {}).get("spans", [])
        if "start" in s and "end" in s
    ]
    return mark_findings(source.text, crisis + list(screening.get("privacy") or []))


def case_items(found) -> list[CaseItem]:
    found = list(found)
    loaded = cases.sources(found)
    return [
        CaseItem(
            case=case,
            source=loaded.get(case.pk),
            marked=_marked(loaded.get(case.pk)),
            level_words=cases.level_words(case.level),
            url=cases.staff_path(case),
        )
        for case in found
    ]


def crisis_first() -> list[CaseItem]:
    """Every open crisis case, most urgent and longest waiting first."""
    return case_items(cases.open_cases())
