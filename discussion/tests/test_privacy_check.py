"""Before publishing details that could identify someone, the poster gets a second look."""

from django.urls import reverse

from conftest import make_comment
from discussion.models import Comment

FORM = {
    "name": "Harriet",
    "email": "harriet@example.org",
    "accept_terms": "on",
    "parent": "",
}
IDENTIFYING = "My therapist was Dr. Whitcombe. You can call me on (212) 555-0147 any evening."


def post(client, answer, **data):
    return client.post(reverse("discussion:post", args=[answer.slug]), {**FORM, **data})


def test_identifying_details_are_shown_back_before_anything_is_saved(client, answer):
    response = post(client, answer, body=IDENTIFYING)
    assert response.status_code == 200
    html = response.content.decode()
    assert "could this identify someone?" in html
    assert "<mark" in html and "Whitcombe" in html.split("<mark", 1)[1]
    assert "a phone number" in html
    assert 'name="privacy_ok" value="on"' in html
    assert f"{IDENTIFYING}</textarea>" in html  # the text stays, ready to edit
    assert not Comment.objects.exists()


def test_publish_anyway_posts_it(client, answer):
    make_comment(answer, name="Harriet", email="harriet@example.org")
    response = post(client, answer, body=IDENTIFYING, privacy_ok="on")
    assert response.status_code == 302
    comment = Comment.objects.latest("pk")
    assert comment.body == IDENTIFYING
    kinds = {finding["kind"] for finding in comment.screening["privacy"]}
    assert {"person", "phone"} <= kinds  # moderators see the spans


def test_an_edited_comment_without_details_posts_at_once(client, answer):
    make_comment(answer, name="Harriet", email="harriet@example.org")
    response = post(client, answer, body="My therapist retired. I miss our Tuesday talks.")
    assert response.status_code == 302


def test_someone_in_crisis_is_not_stopped_by_the_privacy_check(client, answer):
    body = "I have decided to end it this weekend. My name is Harriet Boyle."
    response = post(client, answer, body=body)
    assert response.status_code == 302
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    assert comment.screening["privacy"]
    assert "988" in client.get(response["Location"]).content.decode()
