"""The column: columnists, topics, private letters and published answers."""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Columnist(models.Model):
    """A licensed professional's public profile, tied to a staff account."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="columnist",
    )
    slug = models.SlugField(unique=True)
    display_name = models.CharField(max_length=120)
    credentials = models.CharField(max_length=160, help_text=_('For example "MS, LMHC".'))
    location = models.CharField(max_length=120, blank=True)
    specialties = models.CharField(
        max_length=300, blank=True, help_text=_("Comma-separated, for example: grief, endings.")
    )
    short_bio = models.CharField(max_length=400, help_text=_("Shown at the end of every answer."))
    bio = models.TextField(help_text=_("Plain text; blank lines separate paragraphs."))
    photo = models.ImageField(upload_to="columnists/", blank=True)

    class Meta:
        ordering = ["display_name"]

    def __str__(self) -> str:
        return self.display_name

    def get_absolute_url(self) -> str:
        return reverse("column:author", args=[self.slug])

    @property
    def specialty_list(self) -> list[str]:
        return [s.strip() for s in self.specialties.split(",") if s.strip()]

    @property
    def initials(self) -> str:
        words = [w for w in self.display_name.replace("Dr.", "").split() if w[:1].isalpha()]
        return "".join(w[0] for w in words[:2]).upper()


class Topic(models.Model):
    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=80)
    description = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("column:topic", args=[self.slug])


def _hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class LetterQuerySet(models.QuerySet):
    def with_status_token(self, token: str) -> LetterQuerySet:
        return self.filter(status_token_hash=_hash_token(token))


class Letter(models.Model):
    """A private submission to the column. Never shown publicly as written."""

    class Status(models.TextChoices):
        RECEIVED = "received", _("Received")
        SELECTED = "selected", _("Selected for an answer")
        ANSWERED = "answered", _("Answered")
        NOT_SELECTED = "not_selected", _("Not selected")

    pen_name = models.CharField(max_length=settings.PEN_NAME_MAX_LENGTH)
    email = models.EmailField()
    body = models.TextField()
    consent_to_publish = models.BooleanField()
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.RECEIVED)
    # Only a hash is stored, so a database leak does not open anyone's status page.
    status_token_hash = models.CharField(max_length=64, unique=True, editable=False)
    crisis_level = models.PositiveSmallIntegerField(default=0)
    screening = models.JSONField(default=dict, blank=True)
    ip_hash = models.CharField(max_length=64, blank=True)
    # The language the site was shown in when the letter was sent: its emails speak it
    # (afterword.languages).
    language = models.CharField(max_length=10, default=settings.LANGUAGE_CODE, editable=False)
    # When the writer was emailed that their letter is answered (once).
    answered_emailed_at = models.DateTimeField(null=True, blank=True, editable=False)
    received_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    objects = LetterQuerySet.as_manager()

    class Meta:
        ordering = ["-crisis_level", "received_at"]
        indexes = [
            models.Index(fields=["status", "received_at"]),
            models.Index(fields=["email", "received_at"]),
            models.Index(fields=["ip_hash", "received_at"]),
        ]

    def __str__(self) -> str:
        return f"Letter from {self.pen_name} ({self.get_status_display()})"

    def new_status_token(self) -> str:
        """Set a fresh private status token and return it (only the hash is kept)."""
        token = secrets.token_urlsafe(24)
        self.status_token_hash = _hash_token(token)
        return token

    @property
    def published_answer(self) -> Answer | None:
        return self.answers.published().first()


# A columnist may sum up a discussion once it has more comments than this.
THREAD_NOTE_AFTER = 50


class AnswerQuerySet(models.QuerySet):
    def published(self) -> AnswerQuerySet:
        return self.filter(status=Answer.Status.PUBLISHED, published_at__lte=timezone.now())

    def for_listing(self) -> AnswerQuerySet:
        return self.select_related("columnist").prefetch_related("topics")


class Answer(models.Model):
    """A published article: the edited letter, the columnist's answer, and its thread."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"

    slug = models.SlugField(max_length=120, unique=True)
    title = models.CharField(max_length=200)
    columnist = models.ForeignKey(Columnist, on_delete=models.PROTECT, related_name="answers")
    letter = models.ForeignKey(
        Letter, on_delete=models.SET_NULL, null=True, blank=True, related_name="answers"
    )
    pen_name = models.CharField(max_length=settings.PEN_NAME_MAX_LENGTH)
    question = models.TextField(help_text=_("The letter as edited for publication."))
    question_html = models.TextField(editable=False)
    body = models.TextField(help_text=_("The answer, in Markdown."))
    body_html = models.TextField(editable=False)
    # How the columnist signs the answer ("Warmly,\nJane"), shown under it; plain text.
    sign_off = models.CharField(max_length=200, blank=True)
    summary = models.CharField(max_length=300, blank=True)
    topics = models.ManyToManyField(Topic, related_name="answers", blank=True)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.DRAFT)
    # A published answer with a future date is scheduled: it appears when the date comes.
    published_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    # Published comments, kept by the discussion's services.
    comment_count = models.PositiveIntegerField(default=0)
    # On a long discussion, the columnist's note of what people there have found
    # (Markdown, shown above the discussion), and when it was last written.
    thread_note = models.TextField(blank=True)
    thread_note_html = models.TextField(blank=True, editable=False)
    thread_note_updated_at = models.DateTimeField(null=True, blank=True)

    objects = AnswerQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at"]
        indexes = [models.Index(fields=["status", "published_at"])]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("column:answer", args=[self.slug])

    @property
    def takes_thread_note(self) -> bool:
        """A note of what people have found is for long discussions (or one already written)."""
        return self.comment_count > THREAD_NOTE_AFTER or bool(self.thread_note)

    @property
    def is_live(self) -> bool:
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )

    @property
    def is_scheduled(self) -> bool:
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at > timezone.now()
        )
