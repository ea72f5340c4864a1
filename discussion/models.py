"""The discussion: threaded comments under every answer.

A thread comes back in one ordered query: each comment stores its `parent`, its
`depth` (1 for a top-level comment), the id of its top-level ancestor (`root_id`)
and a sort `path` made of its ancestors' zero-padded ids, so ordering by
`path` lists every conversation oldest first with replies under what they answer.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

PATH_SEGMENT = 10  # digits per id in the sort path


def path_segment(pk: int) -> str:
    return f"{pk:0{PATH_SEGMENT}d}"


class CommentQuerySet(models.QuerySet):
    def visible(self) -> CommentQuerySet:
        """What readers see: published comments, and removed ones kept as placeholders."""
        return self.filter(status__in=Comment.SHOWN_STATUSES)

    def published(self) -> CommentQuerySet:
        return self.filter(status=Comment.Status.PUBLISHED)

    def pending(self) -> CommentQuerySet:
        return self.filter(status=Comment.Status.PENDING)


class Comment(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for a moderator")
        PUBLISHED = "published", _("Published")
        REJECTED = "rejected", _("Rejected")
        SPAM = "spam", _("Spam")
        REMOVED = "removed", _("Removed by its author")

    SHOWN_STATUSES = (Status.PUBLISHED, Status.REMOVED)

    answer = models.ForeignKey("column.Answer", on_delete=models.CASCADE, related_name="comments")
    # Where the comment sits in the tree (at most COMMENTS_MAX_DEPTH deep) ...
    parent = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="children"
    )
    # ... and whom it actually answers, which differs when the tree is at its deepest.
    reply_to = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reply_to_name = models.CharField(max_length=settings.PEN_NAME_MAX_LENGTH, blank=True)
    root_id = models.BigIntegerField(null=True, blank=True, editable=False)
    depth = models.PositiveSmallIntegerField(default=1, editable=False)
    path = models.CharField(max_length=255, blank=True, editable=False)

    pen_name = models.CharField(max_length=settings.PEN_NAME_MAX_LENGTH)
    # Copied from people.PenName when posted and when the name is verified later,
    # so the thread shows the "verified" mark without a query per comment.
    pen_name_verified = models.BooleanField(default=False)
    # The verified pen name of the person who wrote this under another spelling and
    # then claimed it from My words (people/claims.py); empty otherwise. The thread
    # shows this name, with "also wrote as" and the pen name above.
    claimed_name = models.CharField(max_length=settings.PEN_NAME_MAX_LENGTH, blank=True)
    email = models.EmailField()
    # The poster's choice on the form: email me when someone replies to this comment.
    notify_replies = models.BooleanField(default=True)
    body = models.TextField()
    body_html = models.TextField(editable=False)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PENDING)
    crisis_level = models.PositiveSmallIntegerField(default=0)
    screening = models.JSONField(default=dict, blank=True)
    # The language the poster read the site in (afterword.languages): what the site
    # writes to them about this comment (a rejection, a redaction, a reach-out) is in it.
    language = models.CharField(max_length=10, default=settings.LANGUAGE_CODE)
    # Why the rules held it ("crisis", "first", "links"...), for the moderators.
    held_for = models.JSONField(default=list, blank=True)
    # A keyed hash of the poster's IP address, never the address itself.
    ip_hash = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)
    moderated_at = models.DateTimeField(null=True, blank=True)
    # When readers could first see it (posted, or approved); never moved afterwards,
    # so hiding and restoring a comment doesn't announce it a second time.
    published_at = models.DateTimeField(null=True, blank=True)
    # A moderator published it with a note for readers: the crisis lines and how to
    # answer someone who may be in danger.
    support_note = models.BooleanField(default=False)

    objects = CommentQuerySet.as_manager()

    class Meta:
        ordering = ["path"]
        indexes = [
            # The conversations of an answer (distinct roots, counted and paged) ...
            models.Index(fields=["answer", "status", "root_id"], name="comment_roots"),
            # ... and the comments of one page of them, in reading order.
            models.Index(fields=["root_id", "path"], name="comment_conversation"),
            models.Index(fields=["status", "crisis_level", "created_at"], name="comment_queue"),
            models.Index(fields=["email", "status"], name="comment_email"),
            models.Index(fields=["email", "created_at"], name="comment_email_recent"),
            models.Index(fields=["ip_hash", "created_at"], name="comment_ip_recent"),
            models.Index(fields=["published_at"], name="comment_published"),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(depth__gte=1), name="comment_depth_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.pen_name} on {self.answer_id} ({self.status})"

    def get_absolute_url(self) -> str:
        return reverse("discussion:permalink", args=[self.pk])

    @property
    def anchor(self) -> str:
        return f"c{self.pk}"

    @property
    def is_shown(self) -> bool:
        return self.status in self.SHOWN_STATUSES

    @property
    def is_removed(self) -> bool:
        return self.status == self.Status.REMOVED
