"""People's records: verified pen names, subscriptions, and the single-use links
that prove a person reads an email address.

Nobody has an account or a password. An email address is proven by clicking a
link sent to it; what it proves is kept here. Pen names are stored with a keyed
hash of the email, never the address, so this table alone links no name to a
person; subscriptions keep the address because mail has to be sent to it.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from afterword.identity import email_key  # noqa: F401  (re-exported for existing callers)


class PenName(models.Model):
    """A pen name someone has used with an email; verified once they clicked the link.

    A verified name belongs to that email alone: nobody else can post under it
    (names compared in normalised form: case, accents and spacing don't matter).
    """

    email_hash = models.CharField(max_length=64)
    name = models.CharField(max_length=settings.PEN_NAME_MAX_LENGTH)
    normalised = models.CharField(max_length=settings.PEN_NAME_MAX_LENGTH * 2)
    created_at = models.DateTimeField(default=timezone.now)
    verified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["email_hash", "normalised"], name="pen_name_per_email"),
            # Whoever verifies a name first holds it.
            models.UniqueConstraint(
                fields=["normalised"],
                condition=Q(verified_at__isnull=False),
                name="pen_name_verified_once",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({'verified' if self.verified_at else 'not verified'})"


class Subscription(models.Model):
    """Someone asked to be told: about replies to them, one thread, one person's new
    comments in one thread, or everything.

    Following a person (`PERSON`, people/following.py) names the discussion, the keyed
    hash of the followed author's email (never their address) and the pen name
    followed; it is emailed as it happens only.
    """

    class Scope(models.TextChoices):
        REPLIES = "replies", _("Replies to my comments")
        THREAD = "thread", _("Every new comment in a discussion")
        PERSON = "person", _("New comments by one person in a discussion")
        EVERYTHING = "everything", _("A daily digest of new answers and comments")

    class Frequency(models.TextChoices):
        INSTANT = "instant", _("As it happens")
        DAILY = "daily", _("Once a day")

    email = models.EmailField()
    email_hash = models.CharField(max_length=64, db_index=True)
    scope = models.CharField(max_length=12, choices=Scope.choices)
    answer = models.ForeignKey(
        "column.Answer",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="subscriptions",
    )
    # Whom a PERSON subscription follows; empty for the other scopes.
    author_hash = models.CharField(max_length=64, blank=True)
    author_name = models.CharField(max_length=settings.PEN_NAME_MAX_LENGTH, blank=True)
    frequency = models.CharField(max_length=8, choices=Frequency.choices, default=Frequency.INSTANT)
    created_at = models.DateTimeField(default=timezone.now)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    # The digest covers what happened after this moment.
    last_sent_at = models.DateTimeField(null=True, blank=True)
    # The language the person read the site in when they asked (afterword.languages):
    # the emails this leads to are written in it.
    language = models.CharField(max_length=10, default=settings.LANGUAGE_CODE)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["email_hash", "scope", "answer", "author_hash", "author_name"],
                name="subscription_once",
            ),
            models.UniqueConstraint(
                fields=["email_hash", "scope"],
                condition=Q(answer__isnull=True),
                name="subscription_once_sitewide",
            ),
            # A thread, or a person in a thread, names its discussion; nothing else does.
            models.CheckConstraint(
                condition=Q(scope__in=["thread", "person"], answer__isnull=False)
                | (~Q(scope__in=["thread", "person"]) & Q(answer__isnull=True)),
                name="subscription_thread_has_answer",
            ),
            models.CheckConstraint(
                condition=Q(scope="person", author_hash__gt="")
                | (~Q(scope="person") & Q(author_hash="")),
                name="subscription_person_has_author",
            ),
        ]
        indexes = [models.Index(fields=["scope", "answer", "confirmed_at"])]

    def __str__(self) -> str:
        return f"{self.get_scope_display()} ({self.get_frequency_display()})"

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None


class Mute(models.Model):
    """Someone asked for no more email about one discussion, or about anything.

    A mute outlives deleted subscriptions, so a columnist or a commenter who
    unsubscribed is not signed up again by a default. `answer` empty: everything.
    """

    email_hash = models.CharField(max_length=64)
    answer = models.ForeignKey(
        "column.Answer", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["email_hash", "answer"], name="mute_once"),
            models.UniqueConstraint(
                fields=["email_hash"], condition=Q(answer__isnull=True), name="mute_all_once"
            ),
        ]

    def __str__(self) -> str:
        return "Muted everywhere" if self.answer_id is None else f"Muted on {self.answer_id}"


class EmailLink(models.Model):
    """One emailed link: what it does, for whom, and whether it was used.

    The link itself is this row's `nonce`, signed with a salt per purpose and a
    timestamp (django.core.signing), so it can't be forged or changed, expires,
    and works once: using it sets `used_at` in a guarded update.
    """

    class Purpose(models.TextChoices):
        CONFIRM = "confirm", _("Confirm a pen name or subscription")
        SIGN_IN = "sign_in", _("Sign in to My words")
        CLAIM = "claim", _("Claim comments written under other spellings")

    purpose = models.CharField(max_length=10, choices=Purpose.choices)
    nonce = models.CharField(max_length=64, unique=True)
    email = models.EmailField()
    # What confirming does: {"pen_name": id, "subscriptions": [ids], "comment": id};
    # for a claim, {"pen_name": id, "spellings": [names], "comments": [ids]}.
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    used_at = models.DateTimeField(null=True, blank=True)
    # The language the person read the site in when they asked (afterword.languages):
    # the emails this leads to are written in it.
    language = models.CharField(max_length=10, default=settings.LANGUAGE_CODE)

    class Meta:
        indexes = [models.Index(fields=["created_at"])]

    def __str__(self) -> str:
        return f"{self.get_purpose_display()} ({'used' if self.used_at else 'unused'})"


class CheckIn(models.Model):
    """Someone who may have been in danger asked us to check in with them later.

    Opt-in only, from the crisis notice, one click. The worker sends a short, warm
    message after CHECK_IN_DAYS (3 and 14 by default), each with the crisis lines
    and a one-click stop; nothing else is ever asked or sent. Purged with the rest
    (purge_retention) once the last message is past.
    """

    email = models.EmailField()
    email_hash = models.CharField(max_length=64, db_index=True)
    case = models.ForeignKey(
        "safety.CrisisCase", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    pen_name = models.CharField(max_length=settings.PEN_NAME_MAX_LENGTH, blank=True)
    country = models.CharField(max_length=2, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    # Which messages went out (1, 2…), so a task run twice sends nothing twice.
    sent = models.JSONField(default=list, blank=True)
    stopped_at = models.DateTimeField(null=True, blank=True)
    # The language the person read the site in when they asked (afterword.languages):
    # the emails this leads to are written in it.
    language = models.CharField(max_length=10, default=settings.LANGUAGE_CODE)

    def __str__(self) -> str:
        return (
            f"Check-in from {self.created_at:%Y-%m-%d} ({'stopped' if self.stopped_at else 'on'})"
        )


class InviteBack(models.Model):
    """Someone ticked "invite me back in a year" when they posted in a discussion.

    A year after their last comment there (INVITE_BACK_DAYS), the daily job sends
    one short note with a link to the thread, then never again unless they tick the
    box once more on a new comment. Deleted with everything else on erasure.
    """

    email = models.EmailField()
    email_hash = models.CharField(max_length=64, db_index=True)
    answer = models.ForeignKey("column.Answer", on_delete=models.CASCADE, related_name="+")
    comment = models.ForeignKey("discussion.Comment", on_delete=models.CASCADE, related_name="+")
    asked_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    # The language the person read the site in when they asked (afterword.languages):
    # the emails this leads to are written in it.
    language = models.CharField(max_length=10, default=settings.LANGUAGE_CODE)

    class Meta:
        indexes = [models.Index(fields=["sent_at", "asked_at"])]

    def __str__(self) -> str:
        return (
            f"Invite back from {self.asked_at:%Y-%m-%d} ({'sent' if self.sent_at else 'waiting'})"
        )
