"""afterword.queue: with the database backend a task commits or rolls back with the
data it is about; other backends get it only after the commit."""

import pytest
from django.db import transaction
from django_tasks_db.models import DBTaskResult

from afterword.mail import send_email
from afterword.queue import enqueue

pytestmark = pytest.mark.django_db(transaction=True)

MESSAGE = {"to": "a@example.org", "subject": "s", "text": "t", "html": "<p>t</p>"}


@pytest.fixture
def database_queue(settings):
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }


class Crash(Exception):
    pass


def test_a_task_commits_with_its_transaction(database_queue):
    with transaction.atomic():
        enqueue(send_email, **MESSAGE)
        assert DBTaskResult.objects.count() == 1  # written now, inside the transaction
    assert DBTaskResult.objects.ready().count() == 1


def test_a_task_rolls_back_with_its_transaction(database_queue):
    with pytest.raises(Crash), transaction.atomic():
        enqueue(send_email, **MESSAGE)
        raise Crash
    assert not DBTaskResult.objects.exists()


def test_other_backends_get_the_task_after_the_commit(mailoutbox):
    # The test settings use the immediate backend, which runs the task on enqueue.
    with transaction.atomic():
        enqueue(send_email, **MESSAGE)
        assert mailoutbox == []
    assert [m.to for m in mailoutbox] == [["a@example.org"]]
    with pytest.raises(Crash), transaction.atomic():
        enqueue(send_email, **{**MESSAGE, "to": "b@example.org"})
        raise Crash
    assert len(mailoutbox) == 1
