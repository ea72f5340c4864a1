""" "Invite me back in a year": one note, a year after someone's last comment in a
discussion, only if they ticked the box, only to a proven address, never twice."""

from datetime import timedelta
from io import StringIO

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from afterword.identity import email_key
from conftest import make_comment
from discussion.models import Comment
from people import data_rights, invitations
from people.models import InviteBack, Mute, PenName
from safety.models import normalise_name

EMAIL = "harriet@example.org"
FORM = {
    "name": "Harriet",
    "email": EMAIL,
    "body": "My counsellor moved away in June. I'm trying the group she suggested.",
    "accept_terms": "on",
    "parent": "",
}
A_YEAR_ON = timedelta(days=366)


def verify(email=EMAIL, name="Harriet"):
    PenName.objects.create(
        email_hash=email_key(email),
        name=name,
        normalised=normalise_name(name),
        verified_at=timezone.now(),
    )


def ticked(answer, **extra):
    comment = make_comment(answer, name="Harriet", email=EMAIL, **extra)
    invitations.ask(comment)
    return comment


def send(mailoutbox, capture, *, after=A_YEAR_ON):
    with capture(execute=True):
        count = invitations.send_due(now=timezone.now() + after)
    return count, [m for m in mailoutbox if m.to == [EMAIL]]


def test_the_form_offers_the_box_unticked_and_keeps_the_choice(client, answer):
    page = client.get(answer.get_absolute_url()).content.decode()
    assert 'name="invite_back"' in page
    assert 'name="invite_back" id="id_invite_back" value="on" aria-describedby' in page
    url = reverse("discussion:post", args=[answer.slug])
    assert client.post(url, FORM).status_code == 302
    assert not InviteBack.objects.exists()
    assert client.post(url, {**FORM, "body": "A second note.", "invite_back": "on"}).status_code
    [invite] = InviteBack.objects.all()
    assert invite.email_hash == email_key(EMAIL) and invite.answer == answer
    assert invite.comment.body == "A second note."


def test_one_note_a_year_after_the_last_comment_then_never_again(
    answer, mailoutbox, django_capture_on_commit_callbacks
):
    verify()
    comment = ticked(answer)
    assert send(mailoutbox, django_capture_on_commit_callbacks, after=timedelta(days=300)) == (
        0,
        [],
    )
    count, [message] = send(mailoutbox, django_capture_on_commit_callbacks)
    assert count == 1
    assert answer.title in message.subject
    assert answer.get_absolute_url() in message.body
    assert comment.get_absolute_url() in message.body
    assert "only note" in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    mailoutbox.clear()
    assert send(mailoutbox, django_capture_on_commit_callbacks, after=timedelta(days=800)) == (
        0,
        [],
    )


def test_writing_again_moves_the_year_and_a_new_tick_asks_again(
    answer, mailoutbox, django_capture_on_commit_callbacks
):
    verify()
    ticked(answer, created_at=timezone.now() - timedelta(days=200))
    make_comment(answer, name="Harriet", email=EMAIL, body="An update, half a year on.")
    # A year after the first comment, but not after the last: nothing yet.
    assert send(mailoutbox, django_capture_on_commit_callbacks, after=timedelta(days=200))[0] == 0
    assert send(mailoutbox, django_capture_on_commit_callbacks)[0] == 1
    # Ticking again on a new comment asks for one more, a year after that one.
    ticked(answer, body="Two years on, I'm back with news.")
    assert send(mailoutbox, django_capture_on_commit_callbacks, after=timedelta(days=100))[0] == 0
    assert send(mailoutbox, django_capture_on_commit_callbacks)[0] == 1


def test_no_note_to_an_address_nobody_proved(
    answer, mailoutbox, django_capture_on_commit_callbacks
):
    ticked(answer)
    assert send(mailoutbox, django_capture_on_commit_callbacks) == (0, [])
    # Closed, not retried every day.
    assert InviteBack.objects.filter(sent_at__isnull=True).count() == 0


def test_no_note_after_stopping_emails_about_the_discussion(
    answer, mailoutbox, django_capture_on_commit_callbacks
):
    verify()
    ticked(answer)
    Mute.objects.create(email_hash=email_key(EMAIL), answer=answer)
    assert send(mailoutbox, django_capture_on_commit_callbacks) == (0, [])


def test_no_note_about_a_comment_that_is_no_longer_shown(
    answer, mailoutbox, django_capture_on_commit_callbacks
):
    verify()
    comment = ticked(answer)
    Comment.objects.filter(pk=comment.pk).update(status=Comment.Status.REMOVED)
    assert send(mailoutbox, django_capture_on_commit_callbacks) == (0, [])


def test_erasing_forgets_the_invitation(answer, django_capture_on_commit_callbacks):
    ticked(answer)
    with django_capture_on_commit_callbacks(execute=True):
        data_rights.erase(EMAIL, delete_comments=True)
    assert not InviteBack.objects.exists()


def test_the_daily_job_sends_them(answer, mailoutbox, django_capture_on_commit_callbacks):
    verify()
    ticked(answer, created_at=timezone.now() - A_YEAR_ON)
    InviteBack.objects.update(asked_at=timezone.now() - A_YEAR_ON)
    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_digests", stdout=out)
    assert "Queued 1 invitation(s) to come back after a year." in out.getvalue()
    assert [m.to for m in mailoutbox] == [[EMAIL]]
