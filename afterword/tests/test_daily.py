"""afterword.daily: a daily job's claim on its day."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from afterword.daily import STALE_AFTER, run_once_today
from afterword.models import DailyRun


def test_the_first_run_of_the_day_runs_and_the_next_skips(db):
    first = run_once_today("job", lambda: 42)
    assert first.ran and first.result == 42
    second = run_once_today("job", lambda: pytest.fail("ran twice"))
    assert not second.ran
    assert "job already ran on" in second.skipped_message("job")
    assert "finished" in second.skipped_message("job")
    assert run_once_today("other job", lambda: 1).ran  # each job has its own day


def test_force_runs_again(db):
    run_once_today("job", lambda: 1)
    assert run_once_today("job", lambda: 2, force=True).result == 2
    assert DailyRun.objects.count() == 1


def test_a_failed_run_gives_the_day_back(db):
    def broken():
        raise RuntimeError("mail server on fire")

    with pytest.raises(RuntimeError):
        run_once_today("job", broken)
    assert not DailyRun.objects.exists()
    assert run_once_today("job", lambda: "fixed").ran


def test_a_claim_left_by_a_killed_process_is_taken_over_when_stale(db):
    run_once_today("job", lambda: 1)
    DailyRun.objects.update(finished_at=None)  # as if the process died mid-way
    assert not run_once_today("job", lambda: 2).ran
    DailyRun.objects.update(started_at=timezone.now() - STALE_AFTER - timedelta(minutes=1))
    assert run_once_today("job", lambda: 3).result == 3
