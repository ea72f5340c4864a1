"""What readers see changed: the one place that moves the versions of public pages.

Every write path (the services, the admin, imports, scheduled publication,
erasure, moderation, a shell) saves or deletes rows of the models readers see,
so listening to those models' signals covers them all, and a new path cannot
forget it. The versions move when the transaction commits, once per version
however many rows changed (afterword/pagecache.py says what the versions are):

- an answer, saved or deleted: its page, `site` (lists, feeds, the sitemap, the
  answer's header) and `counts`;
- a columnist or a topic, or an answer's topics: `site`;
- a comment readers can see (published, or removed and kept as a placeholder),
  saved or deleted: its answer's page and its conversation (the thread's HTML is
  kept per conversation, column/threads.py), and `counts` when it comes, goes or
  changes status (the lists show comment counts); a held comment changes
  nothing readers see, until it is approved; an answer saved or deleted also
  moves its whole thread (an import ends that way);
- crisis lines and the safety texts: `site`.

Django sends no signal for `QuerySet.update()`, `bulk_create()` or raw SQL, so
the services write what readers see with `save()` and `delete()`, and the
importer, which bulk-inserts, ends by saving the answer's count.
"""

from __future__ import annotations

import threading

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from afterword import pagecache

_pending = threading.local()


class _Batch:
    """The versions one transaction changes, moved once when it commits."""

    def __init__(self) -> None:
        self.names: set[str] = set()
        self.answer_ids: set[int] = set()
        self.flushed = False

    def flush(self) -> None:
        from column.models import Answer

        self.flushed = True
        names = set(self.names)
        if self.answer_ids:  # a deleted answer is gone here; its own signal named its page
            slugs = Answer.objects.filter(pk__in=self.answer_ids).values_list("slug", flat=True)
            names |= {pagecache.answer_version(slug) for slug in slugs}
        pagecache.bump(names)


def _batch() -> _Batch | None:
    """This transaction's batch, or None outside a transaction (then: move at once)."""
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        return None
    batch = getattr(_pending, "batch", None)
    # One batch per transaction and savepoint: a batch whose transaction ended, or
    # whose savepoint was rolled back (Django drops its callback then), is not reused.
    here = set(connection.savepoint_ids)
    waiting = [hook for hook in connection.run_on_commit if batch and hook[1] == batch.flush]
    # (A batch already flushed, as a test's captured callbacks are, is not reused either.)
    if not waiting or waiting[0][0] != here or batch.flushed:
        batch = _pending.batch = _Batch()
        transaction.on_commit(batch.flush, robust=True)
    return batch


def _changed(*names: str, answer_id: int | None = None) -> None:
    batch = _batch() or _Batch()
    batch.names.update(names)
    if answer_id is not None:
        batch.answer_ids.add(answer_id)
    if not transaction.get_connection().in_atomic_block:
        batch.flush()


def answer_changed(sender, instance, **kwargs) -> None:
    _changed(
        pagecache.answer_version(instance.slug),
        pagecache.thread_version(instance.pk),
        pagecache.SITE,
        pagecache.COUNTS,
    )


def site_changed(sender, **kwargs) -> None:
    _changed(pagecache.SITE)


def comment_saved(sender, instance, created: bool, update_fields=None, **kwargs) -> None:
    if created:
        if instance.is_shown:
            _comment_changed(instance, pagecache.COUNTS)
    elif update_fields is None or "status" in update_fields:  # it may have come or gone
        _comment_changed(instance, pagecache.COUNTS)
    elif instance.is_shown:
        _comment_changed(instance)


def comment_deleted(sender, instance, origin=None, **kwargs) -> None:
    from column.models import Answer

    if isinstance(origin, Answer) or getattr(origin, "model", None) is Answer:
        return  # the answer's own signal says it all
    if instance.is_shown:
        _comment_changed(instance, pagecache.COUNTS)


def _comment_changed(comment, *names: str) -> None:
    names += _conversation(comment)
    if type(comment).answer.is_cached(comment):
        _changed(pagecache.answer_version(comment.answer.slug), *names)
    else:
        _changed(*names, answer_id=comment.answer_id)


def _conversation(comment) -> tuple[str, ...]:
    """The version of the conversation a comment is in; the whole thread's when the
    row was read without it, none for a new conversation (no page holds it yet)."""
    if "root_id" in comment.get_deferred_fields():
        return (pagecache.thread_version(comment.answer_id),)
    if comment.root_id is None:
        return ()
    return (pagecache.conversation_version(comment.root_id),)


def connect() -> None:
    """Called once, from ColumnConfig.ready()."""
    from column.models import Answer, Columnist, Topic
    from discussion.models import Comment
    from safety.models import CrisisResource, SafetyText

    for signal in (post_save, post_delete):
        signal.connect(answer_changed, sender=Answer, dispatch_uid="pages-answer")
        for model in (Columnist, Topic, CrisisResource, SafetyText):
            signal.connect(site_changed, sender=model, dispatch_uid=f"pages-{model.__name__}")
    m2m_changed.connect(site_changed, sender=Answer.topics.through, dispatch_uid="pages-topics")
    post_save.connect(comment_saved, sender=Comment, dispatch_uid="pages-comment")
    post_delete.connect(comment_deleted, sender=Comment, dispatch_uid="pages-comment")
