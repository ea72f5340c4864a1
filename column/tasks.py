"""Background work of the column."""

from __future__ import annotations

from django_tasks import task


@task()
def answer_goes_live(answer_id: int) -> None:
    """A scheduled answer's time has come: it is saved as changed now (its
    `updated_at`), which moves the versions of the pages that show it
    (column/signals.py), and the letter's writer is told."""
    from column.models import Answer
    from column.services import tell_writer_if_answered

    answer = Answer.objects.filter(pk=answer_id).first()
    if answer is not None:
        answer.save(update_fields=["updated_at"])
        tell_writer_if_answered(answer)
