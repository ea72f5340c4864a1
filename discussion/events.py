"""What the discussion announces, so the apps that care listen instead of being called.

The discussion imports none of its listeners: people (confirmation emails,
notifications, "invite me back") and the column (an answer's comment count) connect
their receivers in their own `AppConfig.ready()`. Every signal is sent inside the
transaction that stored the change, so a listener's writes and the tasks it
queues (afterword.queue) commit with the comment or not at all. A receiver that
raises rolls the change back: listeners do only what belongs with the comment.

Each signal's `sender` is the `Comment` class; the arguments are keywords:

``comment_posted(comment, choices, poster)``
    Someone posted a comment from the form (not an import, not the demo loader,
    not the honeypot), whatever its status. `choices` is the poster's `Choices`
    (services.py); `poster` is what the pen-name check said of them
    (pen_names.py), or None when no check is registered.

``comment_published(comment)``
    Readers can see this comment for the first time: a post published at once,
    or a held one approved. Hidden and restored again, it is not news: not sent.

``comment_held(comment, reasons)``
    A posted comment waits for a moderator; `reasons` say why (safety.rules).

``reply_posted(comment, reply_to_id)``
    A posted comment answers the comment `reply_to_id` (sent after
    ``comment_posted``, whatever the reply's status).

``shown_count_changed(answer_id, delta)``
    The number of published comments under answer `answer_id` changed by `delta`;
    `delta` None means "count them again" (imports, deletions). Sent last in its
    transaction: its listener updates the answer's row, whose lock is then held only
    for the commit.
"""

from __future__ import annotations

from django.dispatch import Signal

comment_posted = Signal()
comment_published = Signal()
comment_held = Signal()
reply_posted = Signal()
shown_count_changed = Signal()
