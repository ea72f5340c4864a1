"""Can a crisis alert reach anyone right now? Said where staff will see it.

Two things make alerts fail silently: nobody to send them to, and no worker to
send them. Both are a system check (shown by `manage.py check`, `migrate`,
`runserver` and the worker's start) and a banner on every staff page.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.core import checks
from django.core.cache import cache
from django.db import DatabaseError
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from safety import tasks
from safety.alerts import moderators_with_email
from safety.models import WorkerHeartbeat
from safety.permissions import is_moderator

NO_RECIPIENTS = "safety.W001"
NO_WORKER = "safety.W002"

# The worker beats every minute; this long without one, it is not running.
HEARTBEAT_STALE_AFTER = timedelta(minutes=10)
CACHE_KEY = "safety:health"
CACHE_SECONDS = 60

CHECK_TEXT = {
    NO_RECIPIENTS: (
        "Crisis alerts can reach no one: no active moderator or superuser has an email "
        "address, and CRISIS_ALERT_EMAILS and CRISIS_ALERT_WEBHOOK_URL are empty.",
        "Give a moderator's account an email address, or set CRISIS_ALERT_EMAILS.",
    ),
    NO_WORKER: (
        "The task worker has not run in the last 10 minutes: crisis alerts and other "
        "emails wait unsent.",
        "Start it with `python manage.py db_worker` and keep it running.",
    ),
}

BANNER_TEXT = {
    NO_RECIPIENTS: _(
        "Crisis alerts can't reach anyone: no moderator has an email address and no "
        "alert address is set. Add an email address to a moderator's account."
    ),
    NO_WORKER: _(
        "The background worker hasn't run for over 10 minutes, so crisis alerts and "
        "other emails are waiting unsent. Ask whoever runs the site to start it."
    ),
}


def last_beat() -> datetime | None:
    """When the worker last ran its heartbeat, if ever."""
    return (
        WorkerHeartbeat.objects.filter(name=tasks.WORKER).values_list("beat_at", flat=True).first()
    )


def worker_state() -> str:
    """For /healthz: "ok" (beat in the last 10 minutes), "stale" (an older beat), or
    "unknown" (never beaten, tasks run in-process, or the database cannot say).

    Only reads: a load balancer asking every few seconds must not queue anything.
    """
    if not tasks.uses_worker():
        return "unknown"
    try:
        beat = last_beat()
    except DatabaseError:
        return "unknown"
    if beat is None:
        return "unknown"
    return "ok" if beat >= timezone.now() - HEARTBEAT_STALE_AFTER else "stale"


def problems() -> list[str]:
    """The codes of what stops alerts now; parts that need a database that is not
    there (not migrated, unreachable) are skipped, never an error."""
    found = []
    if not (settings.CRISIS_ALERT_EMAILS or settings.CRISIS_ALERT_WEBHOOK_URL):
        try:
            if not moderators_with_email().exists():
                found.append(NO_RECIPIENTS)
        except DatabaseError:
            pass
    if tasks.uses_worker():  # with in-process tasks there is no worker to lose
        try:
            beat = last_beat()
            if beat is None or beat < timezone.now() - HEARTBEAT_STALE_AFTER:
                found.append(NO_WORKER)
            tasks.ensure_heartbeat()
        except DatabaseError:
            pass
    return found


def check_alerts(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    """System check: safety.W001 (no one to alert), safety.W002 (no worker)."""
    if app_configs is not None and not any(app.name == "safety" for app in app_configs):
        return []
    return [
        checks.Warning(CHECK_TEXT[code][0], hint=CHECK_TEXT[code][1], id=code)
        for code in problems()
    ]


def cached_problems() -> list[str]:
    codes = cache.get(CACHE_KEY)
    if codes is None:
        codes = problems()
        cache.set(CACHE_KEY, codes, CACHE_SECONDS)
    return codes


def _is_staff_page(path: str) -> bool:
    return path.startswith((reverse("safety:queue"), reverse("column:desk")))


def staff_warnings(request: HttpRequest) -> dict:
    """Context processor: {"staff_warnings": [sentences]} on staff pages, for staff.

    Public pages never get it (nor do they touch the session for it); the
    database's answer is cached for a minute.
    """
    if not _is_staff_page(request.path):
        return {}
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    codes = cached_problems()
    if not codes or not (user.is_staff or is_moderator(user)):
        return {}
    return {"staff_warnings": [BANNER_TEXT[code] for code in codes]}
