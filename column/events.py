"""What the column announces, so the code that acts on it is not called from here.

Signals (sender: the model class), connected in `ColumnConfig.ready()`:

``answer_scheduled(answer)``
    An answer was published for a later time; sent once its transaction has
    committed. column/tasks.py listens and queues `answer_goes_live` for that time,
    so the services never import the tasks that call them.
"""

from __future__ import annotations

from django.dispatch import Signal

answer_scheduled = Signal()
