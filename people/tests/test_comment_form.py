"""The comment form's new choices (replies, following), the refusal of a pen name
verified by someone else, and the "verified" mark in the thread."""

from django.urls import reverse
from django.utils import timezone

from afterword.identity import email_key
from conftest import make_comment
from discussion.models import Comment
from people.models import PenName, Subscription
from safety.models import normalise_name

FORM = {
    "name": "Harriet",
    "email": "harriet@example.org",
    "body": "I read this three times.\n\nThank you.",
    "accept_terms": "on",
    "parent": "",
}


def post_url(answer):
    return reverse("discussion:post", args=[answer.slug])


def verify(name, email):
    PenName.objects.create(
        email_hash=email_key(email),
        name=name,
        normalised=normalise_name(name),
        verified_at=timezone.now(),
    )


def test_the_form_offers_both_choices_with_replies_ticked(client, answer):
    html = client.get(answer.get_absolute_url()).content.decode()
    assert 'name="notify_replies" id="id_notify_replies" value="on" checked' in html
    assert 'name="follow" id="id_follow" value="on">' in html
    assert 'id="follow-form"' in html  # follow without commenting


def test_the_choices_reach_the_service(client, answer, mailoutbox):
    data = {**FORM, "notify_replies": "", "follow": "on"}
    assert client.post(post_url(answer), data).status_code == 302
    comment = Comment.objects.get()
    assert comment.notify_replies is False
    assert [s.scope for s in Subscription.objects.all()] == [Subscription.Scope.THREAD]


def test_someone_elses_verified_name_is_refused_with_the_text_kept(client, answer):
    verify("Harriet", "the-real-harriet@example.org")
    response = client.post(post_url(answer), FORM)
    assert response.status_code == 400
    html = response.content.decode()
    assert "is a verified pen name here" in html
    assert 'id="name-error"' in html
    assert "I read this three times.\n\nThank you.</textarea>" in html
    assert 'value="harriet@example.org"' in html
    assert not Comment.objects.exists()


def test_verified_names_carry_a_mark_in_the_thread(client, answer):
    verify("Harriet", "harriet@example.org")
    make_comment(answer, name="Harriet")
    make_comment(answer, name="Other")
    html = client.get(answer.get_absolute_url()).content.decode()
    assert html.count('class="verified"') == 1
    assert 'id="c' in html and "✓</span> verified" in html


def test_verified_marks_cost_no_queries(client, answer, django_assert_num_queries):
    verify("Harriet", "harriet@example.org")
    for i in range(6):
        make_comment(answer, name="Harriet" if i % 2 else f"P{i}")
    with django_assert_num_queries(6):  # 5 for the page, 1 for the support circle line
        client.get(answer.get_absolute_url())
