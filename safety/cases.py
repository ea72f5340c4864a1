"""Crisis cases: everyone who may be in danger, in one queue, whatever they wrote.

A case opens for every live crisis text — a comment or reply, a letter to the
column, an edit from My words — and for every crisis text that could not be
posted (a *signal*, which keeps the words itself). Moderators claim a case,
reach out, and close it; every action goes to the audit log.

Content apps tell safety about their texts through a small protocol instead of
safety reading their models (safety.sources): each registers a source for its kind
(`sources.register`, or `register_source` with a loader) that returns a `Source` per id.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from afterword.identity import normalise_email
from safety.models import AuditEntry, CrisisCase
from safety.sources import LoaderSource, Source, register, registered, source_for

LEVEL_WORDS = {
    1: _("sounds distressed; no words about dying or self-harm were found"),
    2: _("wishes to die or not to wake up, or hurts themself, but names no plan"),
    3: _("is thinking about suicide, without naming a way to do it"),
    4: _("is thinking about suicide and names a way or the means to do it"),
    5: _("mentions a plan: a time, a place, means ready, or a goodbye — treat as urgent"),
}

# Signals are stored without an email, so a flood from one address is capped.
SIGNALS_PER_ADDRESS_PER_HOUR = 5


def register_source(
    kind: str,
    loader: Callable[[list[int]], dict[int, Source]],
    staff_path: Callable[[int], str] | None = None,
) -> None:
    """A content app's loader for its kind of case: ids -> Source (missing ids left out).

    `staff_path(object_id)`, when given, is where moderators work such a case instead
    of the case's own page (a private text that is read on a page that logs each view).
    The short form of `safety.sources.register` for a kind that is not moderated.
    """
    register(kind, LoaderSource(loader, staff_path))


def sources(cases: Iterable[CrisisCase]) -> dict[int, Source]:
    """Each case's Source, by case id; a signal is its own source."""
    found: dict[int, Source] = {}
    wanted: dict[str, list[CrisisCase]] = {}
    for case in cases:
        if case.kind == CrisisCase.Kind.SIGNAL:
            found[case.pk] = Source(
                text=case.text,
                pen_name=case.pen_name,
                email=case.email,
                title=case.meant_for_title,
                staff_url="",
                public_url=case.meant_for_url,
                status=gettext("not posted"),
                screening=case.screening,
            )
        else:
            wanted.setdefault(case.kind, []).append(case)
    for kind, group in wanted.items():
        loaded = source_for(kind).cases([case.object_id for case in group])
        for case in group:
            if case.object_id in loaded:
                found[case.pk] = loaded[case.object_id]
    return found


def source(case: CrisisCase) -> Source | None:
    return sources([case]).get(case.pk)


def staff_path(case: CrisisCase) -> str:
    """Where a moderator works a case: a comment's own page, or the case's page."""
    from django.urls import reverse

    if case.kind == CrisisCase.Kind.COMMENT:
        return reverse("safety:comment", args=[case.object_id])
    found = registered(case.kind)
    path = found.staff_path(case.object_id) if found and case.object_id is not None else None
    return path or reverse("safety:case", args=[case.pk])


def level_words(level: int) -> str:
    return str(LEVEL_WORDS.get(level, ""))  # in the language active now


def open_case(kind: str, object_id: int, level: int) -> CrisisCase:
    """Open (or raise the level of) the case for a comment or letter; alert at level 4+.

    The case keeps no copy of the text or the pen name: they stay with the comment
    or letter, so an edit or an erasure there is the only one needed.

    Called inside the transaction that stores the text, so the case, its alerts and
    the text commit together or not at all.
    """
    from safety import alerts

    case = CrisisCase.objects.filter(kind=kind, object_id=object_id, closed_at__isnull=True).first()
    if case is None:
        case = CrisisCase.objects.create(kind=kind, object_id=object_id, level=level)
    elif level > case.level:
        case.level = level
        case.save(update_fields=["level"])
    else:
        return case
    if case.level >= 4:
        alerts.alert_case(case)
    return case


def keep_signal(
    *,
    text: str,
    screening: dict,
    level: int,
    reason: str,
    pen_name: str = "",
    email: str = "",
    meant_for_title: str = "",
    meant_for_url: str = "",
    ip_hash: str = "",
) -> CrisisCase | None:
    """Keep a crisis text that could not be posted, for the moderators; alert at once.

    Returns None when this address has already left SIGNALS_PER_ADDRESS_PER_HOUR
    signals in the last hour (the page still shows the person the crisis lines).
    """
    from safety import alerts

    if ip_hash:
        since = timezone.now() - timedelta(hours=1)
        recent = CrisisCase.objects.filter(
            kind=CrisisCase.Kind.SIGNAL, ip_hash=ip_hash, created_at__gte=since
        )
        if recent.count() >= SIGNALS_PER_ADDRESS_PER_HOUR:
            return None
    with transaction.atomic():
        case = CrisisCase.objects.create(
            kind=CrisisCase.Kind.SIGNAL,
            level=level,
            text=text,
            screening=screening,
            pen_name=pen_name[: settings.PEN_NAME_MAX_LENGTH],
            email=email,
            meant_for_title=meant_for_title[:300],
            meant_for_url=meant_for_url[:500],
            reason=reason[:200],
            ip_hash=ip_hash,
        )
        if level >= 4:
            alerts.alert_case(case)
    return case


def open_cases():
    """Open cases, most urgent first, then the longest waiting."""
    return (
        CrisisCase.objects.filter(closed_at__isnull=True)
        .select_related("claimed_by")
        .order_by("-level", "created_at", "pk")
    )


def open_case_ids(kind: str) -> set[int]:
    return set(
        CrisisCase.objects.filter(kind=kind, closed_at__isnull=True).values_list(
            "object_id", flat=True
        )
    )


def case_for(kind: str, object_id: int) -> CrisisCase | None:
    """The open case of a comment or letter, or its latest closed one."""
    return (
        CrisisCase.objects.filter(kind=kind, object_id=object_id)
        .order_by("closed_at", "-created_at")
        .first()
    )


# --- what moderators do --------------------------------------------------------


class CaseError(Exception):
    """An action that can't be done to this case; the message says why."""


def _log(actor, action: str, case: CrisisCase, note: str = "", **details) -> None:
    details = {"case": case.pk, "kind": case.kind, "level": case.level, **details}
    comment_id = case.object_id if case.kind == CrisisCase.Kind.COMMENT else None
    AuditEntry.objects.create(
        actor=actor, action=action, comment_id=comment_id, note=note, details=details
    )


def claim(actor, case: CrisisCase) -> CrisisCase:
    """Take the case, so two moderators don't both act and none is left wondering."""
    with transaction.atomic():
        locked = CrisisCase.objects.select_for_update().get(pk=case.pk)
        if locked.closed_at:
            raise CaseError(gettext("This case is already closed."))
        if locked.claimed_by_id and locked.claimed_by_id != actor.pk:
            raise CaseError(
                gettext("%(who)s has already claimed this case.") % {"who": locked.claimed_by}
            )
        locked.claimed_by, locked.claimed_at = actor, timezone.now()
        locked.save(update_fields=["claimed_by", "claimed_at"])
        _log(actor, "case_claim", locked)
    return locked


def release(actor, case: CrisisCase) -> CrisisCase:
    with transaction.atomic():
        CrisisCase.objects.filter(pk=case.pk).update(claimed_by=None, claimed_at=None)
        _log(actor, "case_release", case)
    case.claimed_by, case.claimed_at = None, None
    return case


def close(actor, case: CrisisCase, outcome: str, note: str = "") -> CrisisCase:
    """Close a case with what was decided (called in the transaction of the action)."""
    now = timezone.now()
    updated = CrisisCase.objects.filter(pk=case.pk, closed_at__isnull=True).update(
        closed_at=now, outcome=outcome
    )
    if updated:
        case.closed_at, case.outcome = now, outcome
        _log(actor, "case_close", case, note, outcome=outcome)
    return case


def close_for(actor, kind: str, object_id: int, outcome: str, note: str = "") -> None:
    """Close the open case of a comment or letter, if it has one."""
    case = CrisisCase.objects.filter(kind=kind, object_id=object_id, closed_at__isnull=True).first()
    if case is not None:
        close(actor, case, outcome, note)


def acknowledge(actor, case: CrisisCase, note: str = "") -> CrisisCase:
    """A moderator has read it and done what the protocol asks: the case closes."""
    with transaction.atomic():
        return close(actor, case, CrisisCase.Outcome.ACKNOWLEDGED, note)


def reach_out(actor, case: CrisisCase) -> CrisisCase:
    """Email the person a warm message with the crisis lines, from the site.

    The worker sends it; the moderator's address never appears, and replies go to
    CRISIS_REPLY_TO (a monitored mailbox) when it is set.
    """
    from safety import outreach

    found = source(case)
    if found is None or not found.email:
        raise CaseError(
            gettext("We have no email address for this person, so we can't write to them.")
        )
    with transaction.atomic():
        outreach.send_reach_out(to=found.email, pen_name=found.pen_name, language=found.language)
        now = timezone.now()
        CrisisCase.objects.filter(pk=case.pk).update(reached_out_at=now)
        case.reached_out_at = now
        if not case.claimed_at:
            CrisisCase.objects.filter(pk=case.pk).update(claimed_by=actor, claimed_at=now)
            case.claimed_by, case.claimed_at = actor, now
        _log(actor, "case_reach_out", case)
    return case


def forget_signals(*, before) -> int:
    """Delete crisis signals (their words too) created before `before` (retention)."""
    deleted, _kinds = CrisisCase.objects.filter(
        kind=CrisisCase.Kind.SIGNAL, created_at__lt=before
    ).delete()
    return deleted


def forget_email(email: str) -> int:
    """A person erased their data: their signals go, and no case keeps their address."""
    email = normalise_email(email)
    deleted, _kinds = CrisisCase.objects.filter(kind=CrisisCase.Kind.SIGNAL, email=email).delete()
    return deleted
