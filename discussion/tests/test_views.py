"""Posting through the web form, permalinks, the comment feed and approval."""

from urllib.parse import parse_qs, urlparse

import pytest
from django.urls import reverse

from conftest import make_comment
from discussion.models import Comment

FORM = {
    "name": "Harriet",
    "email": "harriet@example.org",
    "body": "I read this three times.\n\nThank you.",
    "accept_terms": "on",
    "parent": "",
}


def post_url(answer):
    return reverse("discussion:post", args=[answer.slug])


def test_posting_needs_post(client, answer):
    assert client.get(post_url(answer)).status_code == 405


def test_a_missing_field_keeps_everything_typed(client, answer):
    data = {**FORM, "accept_terms": "", "body": "Every word <i>matters</i> here\n\nsecond"}
    response = client.post(post_url(answer), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "accept the community terms" in html
    assert "Every word &lt;i&gt;matters&lt;/i&gt; here\n\nsecond</textarea>" in html
    assert 'value="Harriet"' in html
    assert 'value="harriet@example.org"' in html
    assert not Comment.objects.exists()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("name", "", "choose a pen name"),
        ("email", "not-an-email", "doesn&#x27;t look complete"),
        ("body", "   ", "comment is empty"),
        ("name", "x" * 500, "under 80 characters"),
    ],
)
def test_each_error_is_explained(client, answer, field, value, message):
    response = client.post(post_url(answer), {**FORM, field: value})
    assert response.status_code == 400
    assert message in response.content.decode()


def test_an_overlong_comment_comes_back_whole(client, answer, settings):
    body = "word " * 2500
    response = client.post(post_url(answer), {**FORM, "body": body})
    assert response.status_code == 400
    assert body.strip() in response.content.decode()


def test_held_comment_tells_its_author_on_the_next_page(client, answer):
    response = client.post(post_url(answer), FORM, follow=True)
    html = response.content.decode()
    assert response.status_code == 200
    assert "waiting for a moderator" in html
    assert "first comment" in html
    assert "I read this three times." in html  # their words, shown back to them
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    # The held comment is not in the public thread.
    assert f'id="c{comment.pk}"' not in client.get(answer.get_absolute_url()).content.decode()


def test_published_comment_lands_on_its_anchor(client, answer):
    make_comment(answer, name="Harriet", email="harriet@example.org")
    response = client.post(post_url(answer), FORM)
    comment = Comment.objects.latest("pk")
    assert comment.status == Comment.Status.PUBLISHED
    assert response.status_code == 302
    assert response["Location"].endswith("#posted")
    page = client.get(response["Location"]).content.decode()
    assert "Your comment is published" in page
    assert f'id="c{comment.pk}"' in page


def test_reply_from_the_form_is_placed_under_its_parent(client, answer):
    parent = make_comment(answer, name="Mara")
    make_comment(answer, name="Harriet", email="harriet@example.org")
    client.post(post_url(answer), {**FORM, "parent": str(parent.pk)})
    reply = Comment.objects.latest("pk")
    assert reply.parent == parent
    html = client.get(answer.get_absolute_url()).content.decode()
    assert f'in reply to <a href="#c{parent.pk}">Mara</a>' in html


def test_reply_to_a_vanished_comment_keeps_the_text(client, answer):
    response = client.post(post_url(answer), {**FORM, "parent": "999999"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "no longer available" in html
    assert "I read this three times." in html


def test_reply_to_a_vanished_comment_is_explained_in_spanish(client, answer):
    data = {**FORM, "parent": "999999"}
    response = client.post(post_url(answer), data, HTTP_ACCEPT_LANGUAGE="es")
    assert response.status_code == 400
    html = response.content.decode()
    assert "El comentario al que respondías ya no está disponible" in html
    assert "no longer available" not in html
    assert "I read this three times." in html


def test_crisis_post_shows_resources_at_once(client, answer):
    data = {**FORM, "body": "I have decided to end it this weekend."}
    html = client.post(post_url(answer), data, follow=True).content.decode()
    assert "988" in html
    assert "Samaritans" not in html or "116 123" in html
    assert "A moderator — a real person — will read it soon" in html
    assert "please call 911 now" in html  # level 5 adds emergency guidance


def test_crisis_resources_follow_the_chosen_country(client, answer):
    data = {**FORM, "body": "I have decided to end it this weekend."}
    response = client.post(post_url(answer), data)
    location = response["Location"].split("#")[0]
    html = client.get(location + "&country=GB").content.decode()
    assert "116 123" in html
    assert "please call 999 now" in html


def test_the_reply_link_works_without_javascript(client, answer):
    parent = make_comment(answer, name="Mara")
    html = client.get(answer.get_absolute_url() + f"?reply={parent.pk}").content.decode()
    assert "Reply to Mara" in html
    assert f'name="parent" value="{parent.pk}"' in html


def test_permalink_redirects_to_the_right_page(client, answer, settings):
    settings.COMMENTS_THREADS_PER_PAGE = 1
    make_comment(answer, name="First")
    second = make_comment(answer, name="Second")
    response = client.get(reverse("discussion:permalink", args=[second.pk]))
    assert response.status_code == 302
    url = urlparse(response["Location"])
    assert parse_qs(url.query)["page"] == ["2"]
    assert url.fragment == f"c{second.pk}"
    held = make_comment(answer, name="Held", status=Comment.Status.PENDING)
    assert client.get(reverse("discussion:permalink", args=[held.pk])).status_code == 404


def test_comment_feed_lists_published_comments_without_emails(client, answer):
    make_comment(answer, name="Mara", email="mara-secret@example.org", body="Visible words")
    make_comment(answer, name="Held", status=Comment.Status.PENDING, body="Hidden words")
    response = client.get(reverse("discussion:feed", args=[answer.slug]))
    body = response.content.decode()
    assert response["Content-Type"].startswith("application/atom+xml")
    assert "Visible words" in body
    assert "Hidden words" not in body
    assert "mara-secret" not in body


def test_moderation_queue_refuses_anonymous_and_wrong_roles(client, answer):
    url = reverse("safety:queue")
    response = client.get(url)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_columnist_cannot_moderate(columnist_client, answer):
    comment = make_comment(answer, status=Comment.Status.PENDING)
    assert columnist_client.get(reverse("safety:queue")).status_code == 403
    response = columnist_client.post(reverse("safety:approve", args=[comment.pk]))
    assert response.status_code == 403
    assert Comment.objects.get(pk=comment.pk).status == Comment.Status.PENDING


def test_outsider_cannot_moderate(outsider_client, answer):
    assert outsider_client.get(reverse("safety:queue")).status_code == 403


def test_anonymous_moderation_goes_to_sign_in(client, answer):
    comment = make_comment(answer, status=Comment.Status.PENDING)
    response = client.post(reverse("safety:approve", args=[comment.pk]))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert Comment.objects.get(pk=comment.pk).status == Comment.Status.PENDING


def test_moderate_needs_post(moderator_client, answer):
    comment = make_comment(answer, status=Comment.Status.PENDING)
    assert moderator_client.get(reverse("safety:approve", args=[comment.pk])).status_code == 405


def test_moderator_approves_and_the_comment_appears(moderator_client, answer):
    comment = make_comment(answer, name="Waiting", status=Comment.Status.PENDING)
    crisis = make_comment(answer, name="Urgent", status=Comment.Status.PENDING)
    Comment.objects.filter(pk=crisis.pk).update(crisis_level=4)
    listing = moderator_client.get(reverse("safety:queue")).content.decode()
    assert listing.index("Urgent") < listing.index("Waiting")  # crisis first
    moderator_client.post(reverse("safety:approve", args=[comment.pk]))
    assert Comment.objects.get(pk=comment.pk).status == Comment.Status.PUBLISHED
    page = moderator_client.get(answer.get_absolute_url()).content.decode()
    assert f'id="c{comment.pk}"' in page


def test_a_published_post_lands_where_it_appears(client, answer, settings):
    settings.COMMENTS_THREADS_PER_PAGE = 2
    first = make_comment(answer, name="Harriet", email="harriet@example.org", body="Earlier.")
    for name in ("B", "C", "D"):
        make_comment(answer, name=name)
    # A new conversation is the newest: the last page, counted by the page itself.
    response = client.post(post_url(answer), FORM)
    url = urlparse(response["Location"])
    assert parse_qs(url.query)["page"] == ["last"]
    page = client.get(f"{url.path}?{url.query}")
    new = Comment.objects.latest("pk")
    assert new.status == Comment.Status.PUBLISHED
    assert f'id="c{new.pk}"' in page.content.decode()
    assert page.context["thread"].number == 3
    # A reply lands on the page of its conversation.
    response = client.post(post_url(answer), {**FORM, "parent": first.pk, "body": "And again."})
    url = urlparse(response["Location"])
    assert "page" not in parse_qs(url.query)
    reply = Comment.objects.latest("pk")
    assert f'id="c{reply.pk}"' in client.get(f"{url.path}?{url.query}").content.decode()


def test_a_removed_comment_nobody_answered_leaves_no_line(client, answer):
    from discussion.services import remove_by_author

    kept = make_comment(answer, name="Stays", body="Still here.")
    alone = make_comment(answer, name="Gone", body="Second thoughts.")
    answered = make_comment(answer, name="Answered", body="Taken back later.")
    make_comment(answer, name="Reply", body="I read you.", parent=answered)
    remove_by_author(alone)
    remove_by_author(answered)
    page = client.get(answer.get_absolute_url()).content.decode()
    assert f'id="c{alone.pk}"' not in page
    assert f'id="c{answered.pk}"' in page  # a placeholder keeps the reply's place
    assert page.count("This comment was removed by its author.") == 1
    assert f'id="c{kept.pk}"' in page
