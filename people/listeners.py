"""People's side of what the discussion announces (discussion/events.py).

Connected in `PeopleConfig.ready()`; each runs inside the transaction that stored the
comment, so the emails and tasks it queues (afterword.queue) commit with it.
"""

from __future__ import annotations

from afterword.queue import enqueue
from people import confirming, invitations, notifying


def comment_posted(sender, comment, choices, poster=None, **kwargs) -> None:
    """Confirm what the poster asked for, and note "invite me back" when ticked."""
    confirming.after_comment(comment, follow_thread=choices.follow_thread, poster=poster)
    if choices.invite_back and comment.email:
        invitations.ask(comment)


def comment_published(sender, comment, **kwargs) -> None:
    """Queue the notifications for a comment readers can now see, if anyone waits."""
    from people.tasks import notify_comment

    if notifying.anyone_waiting(comment):
        enqueue(notify_comment, comment_id=comment.pk)
