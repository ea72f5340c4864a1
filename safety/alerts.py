"""Emails to moderators: at once when someone may be in immediate danger, and a
daily digest of what waits in the queue.

A crisis alert (level 4 and up) goes to every active moderator and superuser
with an email and to CRISIS_ALERT_EMAILS, one message per address, and to
CRISIS_ALERT_WEBHOOK_URL when it is set. If nobody has claimed the case after
CRISIS_ALERT_ESCALATE_MINUTES, it is sent again ("Still waiting") to the
escalation list. Alerts never carry the writer's words or email address: the
link leads to the case, where a moderator sees the words and what to do.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Count, Min, Q, QuerySet
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from afterword import languages
from afterword.mail import queue_email
from afterword.queue import enqueue
from safety import sources
from safety.cases import level_words, source, staff_path
from safety.models import CrisisCase, Report
from safety.permissions import MODERATORS_GROUP
from safety.tasks import escalate_case, post_webhook

# Crisis levels from this one up alert at once (safety.cases.LEVEL_WORDS).
ALERT_LEVEL = 4


def moderators_with_email() -> QuerySet:
    """Active moderators and superusers who have an email address."""
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    return users.filter(Q(is_superuser=True) | Q(groups__name=MODERATORS_GROUP))


def moderator_addresses() -> list[str]:
    """Active moderators and superusers who have an email address, each once."""
    return sorted(set(moderators_with_email().values_list("email", flat=True)))


def each_once(addresses: Iterable[str]) -> list[str]:
    """The addresses in the order given, each once, whatever its letter case."""
    seen: dict[str, str] = {}
    for address in addresses:
        address = address.strip()
        if address:
            seen.setdefault(address.casefold(), address)
    return list(seen.values())


def alert_addresses() -> list[str]:
    """Who a crisis alert goes to: the moderators, then CRISIS_ALERT_EMAILS."""
    return each_once([*moderator_addresses(), *settings.CRISIS_ALERT_EMAILS])


def escalation_addresses() -> list[str]:
    """Who a "Still waiting" alert goes to; by default the same people as the first."""
    return each_once(settings.CRISIS_ALERT_ESCALATION_EMAILS) or alert_addresses()


ALERT_WHAT = {
    CrisisCase.Kind.COMMENT: _("a comment"),
    CrisisCase.Kind.LETTER: _("a letter to the column"),
    CrisisCase.Kind.SIGNAL: _("words that could not be posted (kept for you to read)"),
    CrisisCase.Kind.CIRCLE: _("a post in a private support circle"),
}
# The same, short, for a chat message.
WEBHOOK_WHAT = {
    CrisisCase.Kind.COMMENT: "a comment",
    CrisisCase.Kind.LETTER: "a letter",
    CrisisCase.Kind.SIGNAL: "a text that could not be posted",
    CrisisCase.Kind.CIRCLE: "a support circle post",
}


def case_url(case) -> str:
    """The case's page, as a full address for an email or a chat message."""
    return settings.SITE_URL + staff_path(case)


def alert_context(case: CrisisCase) -> dict:
    found = source(case)  # a comment's or letter's pen name lives with it, not the case
    return {
        "what": ALERT_WHAT[case.kind],
        "level": case.level,
        "level_words": languages.in_site_language(level_words, case.level),
        "pen_name": (found.pen_name if found else "") or _("Someone"),
        "url": case_url(case),
        "SITE_NAME": settings.SITE_NAME,
    }


def webhook_body(case: CrisisCase, *, still_waiting: bool = False) -> dict:
    """What the webhook receives: the kind, level and link — no words, no email."""
    url = case_url(case)
    what = WEBHOOK_WHAT[case.kind]
    if still_waiting:
        text = f"Still waiting — nobody has claimed crisis level {case.level} ({what}): open {url}"
    else:
        text = f"Crisis level {case.level} ({what}): open {url}"
    return {
        "text": text,
        "level": case.level,
        "kind": str(case.kind),
        "url": url,
        "case": case.pk,
        "still_waiting": still_waiting,
    }


def _send(case: CrisisCase, addresses: list[str], *, context: dict, still_waiting: bool) -> int:
    """Queue one email per address, and the webhook when there is one."""
    template = "safety/email/crisis_escalation" if still_waiting else "safety/email/crisis_alert"
    with translation.override(settings.LANGUAGE_CODE):  # not the writer's language
        for address in addresses:
            queue_email(template, to=address, context=context)
    if settings.CRISIS_ALERT_WEBHOOK_URL:
        enqueue(post_webhook, body=webhook_body(case, still_waiting=still_waiting))
    return len(addresses)


def alert_case(case: CrisisCase) -> int:
    """Queue the crisis alert for a case of level 4 or more; returns how many emails.

    Queued in the surrounding transaction (afterword.queue), with the check that
    sends it again if nobody has taken the case in CRISIS_ALERT_ESCALATE_MINUTES.
    """
    if case.level < ALERT_LEVEL:
        return 0
    sent = _send(case, alert_addresses(), context=alert_context(case), still_waiting=False)
    now = timezone.now()
    CrisisCase.objects.filter(pk=case.pk).update(alerted_at=now)
    case.alerted_at = now
    schedule_escalation(case, now)
    return sent


def schedule_escalation(case: CrisisCase, now: datetime) -> bool:
    """Queue escalate_case to run CRISIS_ALERT_ESCALATE_MINUTES from now.

    A backend that cannot defer (the tests' in-process one) has no "later": it
    would escalate at once, so nothing is queued; tests run the task themselves.
    """
    if not escalate_case.get_backend().supports_defer:
        return False
    later = now + timedelta(minutes=settings.CRISIS_ALERT_ESCALATE_MINUTES)
    enqueue(escalate_case.using(run_after=later), case_id=case.pk)
    return True


def escalate(case_id: int) -> int:
    """Send the alert again, once, if nobody has claimed, reached out or closed the case.

    Returns how many emails were queued (0 when the case needs no escalation).
    """
    with transaction.atomic():
        case = CrisisCase.objects.select_for_update().filter(pk=case_id).first()
        if case is None or case.acknowledged or case.escalated_at:
            return 0
        waited = timezone.now() - (case.alerted_at or case.created_at)
        context = {**alert_context(case), "minutes": max(1, int(waited.total_seconds() // 60))}
        sent = _send(case, escalation_addresses(), context=context, still_waiting=True)
        case.escalated_at = timezone.now()
        case.save(update_fields=["escalated_at"])
    return sent


def digest_summary() -> dict | None:
    """What waits for the moderators, or None when nothing does."""
    comments = sources.moderated()
    pending = comments.pending()
    by_level = list(
        pending.values("crisis_level")
        .annotate(count=Count("pk"))
        .order_by("-crisis_level")
        .values_list("crisis_level", "count")
    )
    reports = Report.objects.filter(resolved_at__isnull=True, comment__in=comments.published())
    pending_count = sum(count for _level, count in by_level)
    reported = reports.values("comment").distinct().count()
    if not pending_count and not reported:
        return None
    oldest = [
        pending.aggregate(at=Min("created_at"))["at"],
        reports.aggregate(at=Min("created_at"))["at"],
    ]
    return {
        "pending": pending_count,
        "by_level": [{"level": level, "count": count} for level, count in by_level if level],
        "crisis": sum(count for level, count in by_level if level >= 2),
        "reported": reported,
        "open_reports": reports.count(),
        "danger_reports": reports.filter(reason=Report.Reason.DANGER).count(),
        "oldest": min(at for at in oldest if at is not None),
    }


def send_digest() -> int:
    """Email each moderator the summary; returns how many were sent (0 when all is quiet)."""
    summary = digest_summary()
    if summary is None:
        return 0
    context = {
        **summary,
        "total": summary["pending"] + summary["reported"],
        "now": timezone.now(),
        "url": settings.SITE_URL + reverse("safety:queue"),
        "SITE_NAME": settings.SITE_NAME,
    }
    addresses = moderator_addresses()
    with translation.override(settings.LANGUAGE_CODE):  # the moderators read the site's
        for address in addresses:
            queue_email("safety/email/moderation_digest", to=address, context=context)
    return len(addresses)
