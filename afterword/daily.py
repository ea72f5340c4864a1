"""Daily jobs run once a day across every host that shares the database.

With several app servers, cron (or a systemd timer) may start `send_digests`,
`moderation_digest` and `purge_retention` on each of them. A job first claims
its day by inserting a `DailyRun` row in a short transaction of its own; the
row is unique per (job, day), so on PostgreSQL and SQLite alike exactly one
insert wins and the other hosts skip, whether they start at the same moment or
an hour later. The job itself then runs outside that transaction, so a long
digest never holds a lock other writers wait for.

A job that fails gives its day back (the claim is deleted), so a later run may
try again. A claim left unfinished by a process that was killed is taken over
once it is older than `STALE_AFTER`. `force=True` runs the job again today.
"""

from __future__ import annotations

import os
import platform
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone

from afterword.models import DailyRun

STALE_AFTER = timedelta(hours=2)


@dataclass(frozen=True)
class Outcome:
    ran: bool
    result: Any = None
    claim: DailyRun | None = None  # the claim that made this run skip

    def skipped_message(self, job: str) -> str:
        claim = self.claim
        if claim is None:  # pragma: no cover - only a skipped outcome is described
            return ""
        local = timezone.localtime(claim.started_at)
        state = "finished" if claim.finished_at else "still running"
        return (
            f"{job} already ran on {claim.day:%Y-%m-%d} (started {local:%H:%M:%S} on "
            f"{claim.host or 'another host'}, {state}); skipped. Use --force to run it again."
        )


def this_host() -> str:
    return f"{platform.node()}:{os.getpid()}"


def _claim(job: str, *, force: bool) -> tuple[DailyRun | None, DailyRun | None]:
    """(our claim, None) when this run may go ahead, else (None, the claim in the way)."""
    now = timezone.now()
    day = timezone.localdate(now)
    try:
        with transaction.atomic():
            return DailyRun.objects.create(job=job, day=day, host=this_host(), started_at=now), None
    except IntegrityError:
        pass
    existing = DailyRun.objects.filter(job=job, day=day).first()
    if existing is None:  # the other run failed and gave the day back meanwhile
        return _claim(job, force=force)
    stale = existing.finished_at is None and existing.started_at < now - STALE_AFTER
    if force or stale:
        # Only one of several hosts forcing or taking over at once wins the update.
        taken = DailyRun.objects.filter(pk=existing.pk, started_at=existing.started_at).update(
            host=this_host(), started_at=now, finished_at=None
        )
        if taken:
            existing.refresh_from_db()
            return existing, None
        existing.refresh_from_db()
    return None, existing


def run_once_today(job: str, work: Callable[[], Any], *, force: bool = False) -> Outcome:
    """Run `work` unless another run of `job` has claimed today; see the module's notes."""
    claim, other = _claim(job, force=force)
    if claim is None:
        return Outcome(ran=False, claim=other)
    try:
        result = work()
    except BaseException:
        DailyRun.objects.filter(pk=claim.pk, started_at=claim.started_at).delete()
        raise
    DailyRun.objects.filter(pk=claim.pk).update(finished_at=timezone.now())
    return Outcome(ran=True, result=result)
