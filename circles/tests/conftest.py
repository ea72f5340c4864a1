import pytest


@pytest.fixture
def sending(django_capture_on_commit_callbacks):
    """`with sending(): …` — the emails queued inside go out when the block ends (the
    immediate task backend runs once the transaction commits, which tests never do)."""
    return lambda: django_capture_on_commit_callbacks(execute=True)
