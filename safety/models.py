"""Safety's records: crisis resources operators edit, bans, readers' reports,
and the audit log of every moderator action."""

from __future__ import annotations

import unicodedata

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from afterword.identity import email_key, normalise_email
from afterword.identity import keyed_hash as keyed_hash  # re-exported for existing callers


def normalise_name(name: str) -> str:
    """Case-, accent- and whitespace-insensitive form of a pen name."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.casefold().split())


class CrisisResource(models.Model):
    """A crisis line or service shown to people whose words suggest danger."""

    country = models.CharField(
        max_length=2, help_text=_("ISO 3166 code, e.g. US, GB, IE; leave empty for everywhere.")
    )
    name = models.CharField(max_length=120)
    how = models.CharField(max_length=300, help_text=_('e.g. "Call or text 988, any time."'))
    url = models.URLField(blank=True)
    order = models.PositiveSmallIntegerField(default=0)
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["country", "order", "pk"]

    def __str__(self) -> str:
        return f"{self.country or 'All'}: {self.name}"


class Ban(models.Model):
    class Kind(models.TextChoices):
        PEN_NAME = "pen_name", _("Pen name")
        EMAIL = "email", _("Email")
        IP = "ip", _("IP address (hash)")

    kind = models.CharField(max_length=10, choices=Kind.choices)
    # Emails are stored as afterword.identity.email_key(), IPs as safety.http.ip_hash()
    # (both keyed hashes); pen names in normalised form.
    value = models.CharField(max_length=128)
    reason = models.CharField(max_length=300, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "value"], name="ban_unique")]

    def __str__(self) -> str:
        return f"Ban on {self.get_kind_display()}"

    @staticmethod
    def email_value(email: str) -> str:
        """What an email ban stores and matches: the address's key, or "" for no address
        (an imported comment's, an erased author's), which no ban may be on: it would
        refuse everyone else without one."""
        return email_key(email) if normalise_email(email) else ""

    @classmethod
    def matching(cls, *, pen_name: str, email: str, ip_hash: str = "") -> models.QuerySet:
        """The bans that apply to this pen name, email or address."""
        return cls.matching_keys(
            name=normalise_name(pen_name), email_hash=cls.email_value(email), ip_hash=ip_hash
        )

    @classmethod
    def matching_keys(cls, *, name: str, email_hash: str, ip_hash: str = "") -> models.QuerySet:
        """The bans on this normalised pen name, email hash or address hash (an empty
        one matches nothing: no ban is on the empty address, not even one made before
        moderation.ban refused to make it)."""
        query = models.Q(kind=cls.Kind.PEN_NAME, value=name)
        if email_hash:
            query |= models.Q(kind=cls.Kind.EMAIL, value=email_hash)
        if ip_hash:
            query |= models.Q(kind=cls.Kind.IP, value=ip_hash)
        return cls.objects.filter(query)

    @classmethod
    def matches(cls, *, pen_name: str, email: str, ip_hash: str = "") -> bool:
        return cls.matching(pen_name=pen_name, email=email, ip_hash=ip_hash).exists()


class Report(models.Model):
    """A reader's report about a comment. A danger report raises it in the queue."""

    class Reason(models.TextChoices):
        SPAM = "spam", _("Spam")
        ABUSIVE = "abusive", _("Abusive or unkind")
        PRIVATE = "private", _("Shares someone's private details")
        DANGER = "danger", _("This person may be in danger")
        OTHER = "other", _("Something else")

    comment = models.ForeignKey(
        "discussion.Comment", on_delete=models.CASCADE, related_name="reports"
    )
    reason = models.CharField(max_length=10, choices=Reason.choices)
    note = models.TextField(blank=True, max_length=2000)
    reporter_ip_hash = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["resolved_at", "reason"])]

    def __str__(self) -> str:
        return f"{self.get_reason_display()} on comment {self.comment_id}"


class AuditEntry(models.Model):
    """One moderator action: who did what to which comment or letter, and why."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    action = models.CharField(max_length=40)
    comment = models.ForeignKey(
        "discussion.Comment", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    note = models.TextField(blank=True)
    details = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name_plural = _("audit entries")

    def __str__(self) -> str:
        return f"{self.actor} {self.action} at {self.created_at:%Y-%m-%d %H:%M}"


class FailedSignIn(models.Model):
    """A failed staff sign-in, kept as keyed hashes, to slow down password guessing."""

    username_hash = models.CharField(max_length=64)
    ip_hash = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [
            models.Index(fields=["username_hash", "created_at"]),
            models.Index(fields=["ip_hash", "created_at"]),
        ]

    def __str__(self) -> str:
        return f"Failed sign-in at {self.created_at:%Y-%m-%d %H:%M}"


class CrisisCase(models.Model):
    """Someone who may be in danger, as the moderators work it: one per crisis comment,
    crisis letter, or crisis signal.

    A *signal* is a crisis text that could not be posted (no email, over the rate
    limit, a banned word, a failed form): the case itself keeps the words, so
    nothing is lost and nothing is published. Comments and letters keep their own
    words; their case points at them by id through the source the content app
    registers (safety.cases), so safety reads no other app's models here.
    """

    class Kind(models.TextChoices):
        COMMENT = "comment", _("Comment")
        LETTER = "letter", _("Letter to the column")
        SIGNAL = "signal", _("Not posted (crisis signal)")
        CIRCLE = "circle", _("Support circle post")

    class Outcome(models.TextChoices):
        OPEN = "", pgettext_lazy("a crisis case's outcome", "Open")
        ACKNOWLEDGED = "acknowledged", _("Acknowledged")
        PUBLISHED_WITH_NOTE = "published_with_note", _("Published with a support note")
        PUBLISHED = "published", _("Published")
        KEPT_PRIVATE = "kept_private", _("Kept private")
        REJECTED = "rejected", _("Rejected")

    kind = models.CharField(max_length=10, choices=Kind.choices)
    object_id = models.PositiveBigIntegerField(null=True, blank=True)
    level = models.PositiveSmallIntegerField()
    # Signals only: what was written, where it was meant to go, and why it wasn't posted.
    text = models.TextField(blank=True)
    screening = models.JSONField(default=dict, blank=True)
    pen_name = models.CharField(max_length=settings.PEN_NAME_MAX_LENGTH, blank=True)
    # Kept only when the person typed a valid one, so a moderator can reach out.
    email = models.EmailField(blank=True)
    meant_for_title = models.CharField(max_length=300, blank=True)
    meant_for_url = models.CharField(max_length=500, blank=True)
    reason = models.CharField(max_length=200, blank=True)
    ip_hash = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    # The alert trail: first sent, then sent again to the escalation list.
    alerted_at = models.DateTimeField(null=True, blank=True)
    escalated_at = models.DateTimeField(null=True, blank=True)
    claimed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    claimed_at = models.DateTimeField(null=True, blank=True)
    reached_out_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    outcome = models.CharField(max_length=24, choices=Outcome.choices, blank=True, default="")

    class Meta:
        indexes = [
            models.Index(fields=["closed_at", "level", "created_at"], name="case_queue"),
            models.Index(fields=["kind", "object_id"], name="case_source"),
            models.Index(fields=["ip_hash", "created_at"], name="case_ip_recent"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} at crisis level {self.level}"

    @property
    def is_open(self) -> bool:
        return self.closed_at is None

    @property
    def acknowledged(self) -> bool:
        """Someone has taken it: claimed, reached out or closed."""
        return bool(self.claimed_at or self.reached_out_at or self.closed_at)


class SafetyText(models.Model):
    """An operator's wording for one of the crisis texts (safety.copy has the defaults)."""

    key = models.CharField(max_length=40, unique=True)
    text = models.TextField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["key"]

    def __str__(self) -> str:
        return self.key


class WorkerHeartbeat(models.Model):
    """When a task worker last ran: the alerts' system check warns when it is too long ago."""

    name = models.CharField(max_length=40, unique=True, default="worker")
    beat_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.name} at {self.beat_at:%Y-%m-%d %H:%M}"
