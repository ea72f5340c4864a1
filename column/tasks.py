"""Background work of the column: tasks call the services, never the other way round.

The services announce what needs later work (column/events.py); `when_scheduled`
listens (connected in `ColumnConfig.ready()`) and queues the task.
"""

from __future__ import annotations

from django_tasks import default_task_backend, task

from column.models import Answer
from column.services import tell_writer_if_answered


@task()
def answer_goes_live(answer_id: int) -> None:
    """A scheduled answer's time has come: it is saved as changed now (its
    `updated_at`), which moves the versions of the pages that show it
    (column/signals.py), and the letter's writer is told."""
    answer = Answer.objects.filter(pk=answer_id).first()
    if answer is not None:
        answer.save(update_fields=["updated_at"])
        tell_writer_if_answered(answer)


def when_scheduled(sender, answer: Answer, **kwargs) -> None:
    """`events.answer_scheduled`: announce the answer when it goes live."""
    if default_task_backend.supports_defer:  # the inline backend used by tests cannot wait
        answer_goes_live.using(run_after=answer.published_at).enqueue(answer.pk)
