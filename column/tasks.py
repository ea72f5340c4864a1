"""Background work of the column."""

from __future__ import annotations

from django_tasks import task

from afterword.pagecache import content_changed


@task()
def answer_goes_live(answer_id: int) -> None:
    """A scheduled answer's time has come: drop stored pages so that it appears,
    and tell the letter's writer."""
    from column.models import Answer
    from column.services import tell_writer_if_answered

    content_changed()
    answer = Answer.objects.filter(pk=answer_id).first()
    if answer is not None:
        tell_writer_if_answered(answer)
