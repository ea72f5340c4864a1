"""Background work of the column."""

from __future__ import annotations

from django_tasks import task

from afterword.pagecache import content_changed


@task()
def answer_goes_live(answer_id: int) -> None:
    """A scheduled answer's time has come: drop stored pages so that it appears."""
    content_changed()
