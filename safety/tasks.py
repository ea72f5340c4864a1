"""Safety's background tasks: the crisis webhook, the second alert for a case
nobody has taken, and the worker's heartbeat.

The heartbeat is how the site knows its worker runs at all: the task writes
the time and queues itself again a minute later, so a beat older than a few
minutes means alerts are sitting unsent (safety.health warns about it).
"""

from __future__ import annotations

import http.client
import json
import logging
import urllib.request
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import TaskResultStatus, task
from django_tasks_db import DatabaseBackend
from django_tasks_db.models import DBTaskResult

from safety.models import WorkerHeartbeat

logger = logging.getLogger(__name__)

WEBHOOK_TIMEOUT_SECONDS = 10
# Worth trying again later: refused, timed out, an HTTP error status, a broken reply.
WEBHOOK_ERRORS = (OSError, http.client.HTTPException)

WORKER = "worker"
HEARTBEAT_EVERY = timedelta(seconds=60)
# Finished heartbeats are one row a minute; older ones are of no use to anyone.
HEARTBEAT_ROWS_KEPT = timedelta(hours=1)


@task()
def post_webhook(*, body: dict, attempt: int = 1) -> bool:
    """POST a crisis alert (kind, level, link: no words, no email) to the webhook.

    The URL is read when the task runs, not stored with it: a chat webhook's URL
    is its password. A failure is tried again later, like an email
    (afterword.mail), up to EMAIL_MAX_ATTEMPTS; then the task fails and stays
    failed in the task admin.
    """
    url = settings.CRISIS_ALERT_WEBHOOK_URL
    if not url:
        return False
    # The URL is the operator's setting, and settings accept http(s) only.
    request = urllib.request.Request(  # noqa: S310
        url,
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", "User-Agent": settings.SITE_NAME},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=WEBHOOK_TIMEOUT_SECONDS) as response:  # noqa: S310
            response.read()
    except WEBHOOK_ERRORS as error:
        _retry_webhook_later(attempt, error, body=body)
        return False
    return True


def _retry_webhook_later(attempt: int, error: Exception, **kwargs) -> None:
    """afterword.mail.retry_later for the webhook: 1, 2, 4… minutes, then the error stands."""
    if attempt >= settings.EMAIL_MAX_ATTEMPTS:
        raise error
    # Name the error, never the URL: it may carry the webhook's secret.
    logger.warning(
        "The crisis alert webhook failed (%s), attempt %d of %d; trying again later.",
        type(error).__name__,
        attempt,
        settings.EMAIL_MAX_ATTEMPTS,
    )
    again = post_webhook
    if again.get_backend().supports_defer:
        again = again.using(run_after=timezone.now() + timedelta(minutes=2 ** (attempt - 1)))
    again.enqueue(attempt=attempt + 1, **kwargs)


@task()
def escalate_case(case_id: int) -> int:
    """Send a crisis alert again if nobody has taken the case (safety.alerts.escalate)."""
    from safety.alerts import escalate

    return escalate(case_id)


def uses_worker() -> bool:
    """Tasks wait in the database for `manage.py db_worker` (not run in-process)."""
    return isinstance(heartbeat.get_backend(), DatabaseBackend)


def heartbeat_waiting() -> bool:
    """A heartbeat is already queued (due now or later) for the worker."""
    return DBTaskResult.objects.filter(
        status=TaskResultStatus.READY, task_path=heartbeat.module_path
    ).exists()


@task()
def heartbeat() -> None:
    """Record that the worker is running, and come back in a minute."""
    now = timezone.now()
    WorkerHeartbeat.objects.update_or_create(name=WORKER, defaults={"beat_at": now})
    if not uses_worker():
        return  # in-process tasks: there is no worker, and no "later"
    if not heartbeat_waiting():
        heartbeat.using(run_after=now + HEARTBEAT_EVERY).enqueue()
    DBTaskResult.objects.successful().filter(
        task_path=heartbeat.module_path, finished_at__lt=now - HEARTBEAT_ROWS_KEPT
    ).delete()


def ensure_heartbeat() -> bool:
    """Queue a heartbeat unless one already waits; True when one was queued.

    Called by the system check and the staff banner, so a fresh database, or a
    queue that was emptied, gets its heartbeat going again.
    """
    if not uses_worker() or heartbeat_waiting():
        return False
    heartbeat.enqueue()
    return True
