"""The site shell's tables: daily jobs' claims (afterword/daily.py)."""

from __future__ import annotations

from django.db import models


class DailyRun(models.Model):
    """A daily job's claim on its day: one row per (job, day) across every host."""

    job = models.CharField(max_length=64)
    day = models.DateField()
    host = models.CharField(max_length=255, blank=True)
    started_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["job", "day"], name="daily_run_once")]

    def __str__(self) -> str:
        return f"{self.job} on {self.day}"
