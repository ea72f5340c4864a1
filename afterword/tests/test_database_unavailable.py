"""A database that is briefly out of reach gives a kind 503, and a poster's words back."""

from django.db import OperationalError
from django.test import RequestFactory

from safety.middleware import DatabaseUnavailableMiddleware


def test_a_lost_database_connection_answers_503_with_the_words(db):
    middleware = DatabaseUnavailableMiddleware(lambda request: None)
    request = RequestFactory().post("/answers/x/comments/", {"body": "Words typed at 3am."})
    response = middleware.process_exception(request, OperationalError("server closed"))
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert "Words typed at 3am.</textarea>" in response.content.decode()


def test_other_errors_are_left_alone(db):
    middleware = DatabaseUnavailableMiddleware(lambda request: None)
    request = RequestFactory().get("/")
    assert middleware.process_exception(request, ValueError("bug")) is None
