"""The column's side of the discussion under every answer.

The discussion imports nothing of the column: `connect()` (from `ColumnConfig.ready()`)
tells it where its threads hang (discussion/hosts.py) and listens for the change in
the number of comments readers see, which each answer keeps for its lists.
"""

from __future__ import annotations

from django.db.models import F

from column.models import Answer
from discussion import events, hosts
from discussion.queries import published_count


def count_changed(sender, answer_id: int, delta: int | None, **kwargs) -> None:
    """`shown_count_changed`: move the answer's comment count, or count again."""
    if delta is not None:
        Answer.objects.filter(pk=answer_id).update(comment_count=F("comment_count") + delta)
        return
    answer = Answer.objects.filter(pk=answer_id).first()
    if answer is not None:
        # Saved, not updated: its page and the lists are dropped (column/signals.py).
        answer.comment_count = published_count(answer_id)
        answer.save(update_fields=["comment_count"])


def connect() -> None:
    from column.views import answer_page

    hosts.register(
        answers=lambda: Answer.objects.all(),
        open_answers=Answer.objects.published,
        page=answer_page,
    )
    events.shown_count_changed.connect(count_changed, dispatch_uid="column.threads.count_changed")
