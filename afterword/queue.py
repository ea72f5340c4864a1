"""Queue background work as part of the transaction that calls for it.

With the database task backend (the one Afterword runs), a task is a row: it
is written inside the current transaction, so a comment and the notifications
it calls for commit together, in one commit, or not at all; a crash between
them cannot lose the notifications. A backend outside the database (tests use
the immediate one) gets the task once the transaction has committed, so it
never runs against data that might still roll back.
"""

from __future__ import annotations

from django.db import transaction
from django_tasks_db import DatabaseBackend


def enqueue(task, **kwargs) -> None:
    if isinstance(task.get_backend(), DatabaseBackend):
        task.enqueue(**kwargs)  # a row in this transaction
    else:
        transaction.on_commit(lambda: task.enqueue(**kwargs))
