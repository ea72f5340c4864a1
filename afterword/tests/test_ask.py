"""afterword.ask: several questions, one query, the same answers as asking one by one."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from afterword.ask import Questions
from conftest import make_comment
from discussion.models import Comment
from people.models import PenName


def test_answers_match_the_orm_asked_separately(answer):
    for body in ("one", "two", "three"):
        make_comment(answer, name="Mara", email="mara@example.org", body=body)
    make_comment(answer, name="Jo", email="jo@example.org", status=Comment.Status.PENDING)
    mine = Comment.objects.filter(email="mara@example.org")
    questions = Questions()
    questions.exists("any_mara", mine)
    questions.exists("any_kit", Comment.objects.filter(email="kit@example.org"))
    questions.at_least("mara_3", mine, 3)
    questions.at_least("mara_4", mine, 4)
    questions.value("jo_status", Comment.objects.filter(pen_name="Jo"), "status")
    questions.value("nobody", Comment.objects.filter(pen_name="Nobody"), "pk")
    questions.exists("none", Comment.objects.none())
    with CaptureQueriesContext(connection) as queries:
        answers = questions.ask()
    assert len(queries) == 1
    assert answers == {
        "any_mara": True,
        "any_kit": False,
        "mara_3": True,
        "mara_4": False,
        "jo_status": "pending",
        "nobody": None,
        "none": False,
    }
    assert answers["mara_3"] == (mine.count() >= 3)


def test_values_come_from_the_first_row_in_the_querysets_order(db):
    PenName.objects.create(email_hash="b", name="Bea", normalised="bea")
    PenName.objects.create(email_hash="a", name="Bea", normalised="bea")
    questions = Questions()
    questions.value("first", PenName.objects.order_by("pk"), "email_hash")
    questions.value("last", PenName.objects.order_by("-pk"), "email_hash")
    assert questions.ask() == {"first": "b", "last": "a"}


def test_a_question_is_asked_once_and_counts_start_at_one(db):
    questions = Questions()
    questions.exists("x", PenName.objects.all())
    with pytest.raises(ValueError, match="asked twice"):
        questions.exists("x", PenName.objects.all())
    with pytest.raises(ValueError, match="at least 1"):
        questions.at_least("y", PenName.objects.all(), 0)
    assert Questions().ask() == {}


def test_next_id_takes_an_id_nobody_else_will_get(answer):
    def take():
        questions = Questions()
        questions.next_id("next", Comment)
        questions.exists("any", Comment.objects.all())  # asked in the same query
        answers = questions.ask()
        assert answers["any"] is False
        return answers["next"]

    first = take()
    if connection.vendor != "postgresql":
        assert first is None  # SQLite numbers rows only as it inserts them
        return
    second = take()
    comment = make_comment(answer)
    assert first < second < comment.pk


BUILT = []


def _by_email_since(email, since):
    BUILT.append(email)
    return Comment.objects.filter(email=email, created_at__gte=since)


def _by_lowered_email(email):
    BUILT.append(email)
    return Comment.objects.filter(email=email.lower())


def test_a_built_question_is_compiled_once_and_answers_as_its_queryset(answer):
    from datetime import timedelta

    from django.utils import timezone

    make_comment(answer, name="Mara", email="mara@example.org")
    make_comment(answer, name="Jo", email="jo@example.org")
    BUILT.clear()
    now = timezone.now()
    for email in ("mara@example.org", "jo@example.org", "kit@example.org"):
        for since in (now - timedelta(hours=1), now + timedelta(hours=1)):
            questions = Questions()
            questions.exists("any", _by_email_since, email=email, since=since)
            questions.at_least("two", _by_email_since, 2, email=email, since=since)
            expected = Comment.objects.filter(email=email, created_at__gte=since)
            assert questions.ask() == {"any": expected.exists(), "two": expected.count() >= 2}
    # Built with stand-ins once for each kind of question, never again.
    assert len(BUILT) == 2 and not any("@" in email for email in BUILT)


def test_a_value_the_query_changes_is_built_each_time(answer):
    make_comment(answer, name="Mara", email="mara@example.org")
    BUILT.clear()
    for email, found in (("MARA@example.org", True), ("Jo@example.org", False)):
        questions = Questions()
        questions.exists("any", _by_lowered_email, email=email)
        assert questions.ask() == {"any": found}
    # The stand-in came out changed, so the shape could not be learnt: built each time.
    assert BUILT[-2:] == ["MARA@example.org", "Jo@example.org"]


def test_questions_are_built_by_module_level_functions(db):
    def build(email):
        return Comment.objects.filter(email=email)

    with pytest.raises(TypeError):
        Questions().exists("any", build, email="mara@example.org")
