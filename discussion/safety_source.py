"""The discussion's comments as safety reads and moderates them (safety.sources' protocol).

Registered from `DiscussionConfig.ready()`; every change goes through this app's
services, so the counts, the events and the screen stay right.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Q, QuerySet

from afterword.identity import normalise_email
from discussion import services
from discussion.hosts import host
from discussion.models import Comment
from safety.sources import ModeratedSource, Source

# Never shown to moderators, so never loaded: a template can't leak them.
_PRIVATE = ("email", "ip_hash", "answer__body", "answer__body_html", "answer__question")


class CommentSource(ModeratedSource):
    def cases(self, ids: list[int]) -> dict[int, Source]:
        return services.crisis_sources(ids)

    # --- reading ---------------------------------------------------------------------

    def for_moderators(self) -> QuerySet:
        return Comment.objects.select_related("answer").defer(*_PRIVATE)

    def needs_person(self, *, reported: Q) -> Q:
        return (
            Q(status=Comment.Status.PENDING)
            | (Q(status=Comment.Status.PUBLISHED) & reported)
            # Published without a person reading it (imports): danger still needs a look.
            | Q(status=Comment.Status.PUBLISHED, crisis_level__gte=4, moderated_at__isnull=True)
        )

    def get(self, pk: int) -> Comment | None:
        return Comment.objects.select_related("answer").filter(pk=pk).first()

    def many(self, ids: Iterable[int]) -> Iterable[Comment]:
        return Comment.objects.filter(pk__in=list(ids)).select_related("answer")

    def history(self, item: Comment, *, limit: int) -> QuerySet:
        return (
            Comment.objects.filter(email=item.email)
            .exclude(pk=item.pk)
            .select_related("answer")
            .defer(*_PRIVATE)
            .order_by("-created_at")[:limit]
        )

    def reportable(self, pk: int) -> Comment | None:
        return (
            Comment.objects.published()
            .select_related("answer")
            .filter(pk=pk, answer__in=host().open_answers())
            .first()
        )

    def back_url(self, pk: int) -> str:
        comment = Comment.objects.select_related("answer").filter(pk=pk).first()
        return comment.answer.get_absolute_url() if comment and comment.answer.is_live else ""

    def pending(self) -> QuerySet:
        return Comment.objects.pending()

    def published(self) -> QuerySet:
        return Comment.objects.published()

    def published_by(self, email: str) -> QuerySet:
        return Comment.objects.published().filter(email=normalise_email(email))

    def title(self, item: Comment) -> str:
        return item.answer.title

    def public_url(self, item: Comment) -> str:
        return item.get_absolute_url() if self.is_published(item) else ""

    def is_published(self, item: Comment) -> bool:
        return item.status == Comment.Status.PUBLISHED

    def is_removed(self, item: Comment) -> bool:
        return item.status == Comment.Status.REMOVED

    # --- acting ----------------------------------------------------------------------

    def approve(self, item: Comment) -> Comment:
        return services.approve_comment(item)

    def reject(self, item: Comment) -> Comment:
        return services.reject_comment(item)

    def mark_spam(self, item: Comment) -> Comment:
        return services.mark_spam(item)

    def edit(self, item: Comment, body: str) -> Comment:
        return services.edit_comment_body(item, body)

    def redact(self, item: Comment, spans: list[dict]) -> list[dict]:
        return services.redact_comment(item, spans)

    def add_support_note(self, item: Comment) -> None:
        Comment.objects.filter(pk=item.pk).update(support_note=True)
        item.support_note = True
