"""One safety queue: crisis comments, letters and signals side by side, crisis first,
and the moderator protocol on each (claim, reach out, publish with a note, keep private)."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse

from column.services import receive_letter
from conftest import make_comment, make_user
from discussion.models import Comment
from discussion.services import post_comment
from safety import cases
from safety.models import AuditEntry, CrisisCase

PLAN = "I have the pills counted out and tonight is the night I take them all."
METHOD = "I keep thinking about jumping off the bridge near my flat."


def crisis_comment(answer, name="Wren", body=PLAN):
    return post_comment(
        answer=answer, pen_name=name, email=f"{name.lower()}@example.org", body=body
    ).comment


def case_of(kind, pk) -> CrisisCase:
    return CrisisCase.objects.get(kind=kind, object_id=pk)


def queue_html(client) -> str:
    response = client.get(reverse("safety:queue"))
    assert response.status_code == 200
    return response.content.decode()


def test_a_crisis_comment_opens_one_case_at_its_level(answer):
    comment = crisis_comment(answer)
    case = case_of("comment", comment.pk)
    assert case.level == comment.crisis_level == 5 and case.is_open
    assert case.pen_name == "" and case.text == ""  # the words and name stay with the comment
    assert cases.source(case).pen_name == "Wren"


def test_ordinary_and_imported_comments_open_no_case(answer):
    make_comment(answer, body=PLAN)  # a forced status, as importers and the demo do
    post_comment(answer=answer, pen_name="Ana", email="ana@example.org", body="Thank you.")
    assert not CrisisCase.objects.exists()


def test_letters_signals_and_comments_share_the_queue_crisis_first(moderator_client, answer):
    ordinary = make_comment(answer, name="Quiet", status=Comment.Status.PENDING)
    comment = crisis_comment(answer, name="Method", body=METHOD)
    received = receive_letter(
        pen_name="Letter Writer", email="lw@example.org", body=PLAN, consent_to_publish=True
    )
    signal = cases.keep_signal(text=PLAN, screening={}, level=5, reason="email missing")
    html = queue_html(moderator_client)
    letter_case = case_of("letter", received.letter.pk)
    # Level 5 first (letter, then the signal that came later), then level 4, then the rest.
    order = [
        html.index(reverse("safety:case", args=[letter_case.pk])),
        html.index(reverse("safety:case", args=[signal.pk])),
        html.index(reverse("safety:comment", args=[comment.pk])),
        html.index(f">{ordinary.pen_name}</a></h3>"),
    ]
    assert order == sorted(order)
    assert "mentions a plan" in html  # the level in plain words
    assert "lw@example.org" not in html


def test_a_moderator_reads_a_crisis_letter_without_the_writers_email(moderator_client, db):
    received = receive_letter(
        pen_name="Letter Writer", email="lw@example.org", body=PLAN, consent_to_publish=True
    )
    case = case_of("letter", received.letter.pk)
    html = moderator_client.get(reverse("safety:case", args=[case.pk])).content.decode()
    assert "tonight is the night" in html and "Letter Writer" in html
    assert "lw@example.org" not in html
    assert "What to do" in html and "Claim" in html


def test_claim_is_logged_and_a_second_moderator_cannot_take_it(moderator_client, answer):
    case = case_of("comment", crisis_comment(answer).pk)
    url = reverse("safety:case_claim", args=[case.pk])
    assert moderator_client.post(url).status_code == 302
    case.refresh_from_db()
    assert case.claimed_by.username == "mod" and case.acknowledged
    assert AuditEntry.objects.filter(action="case_claim", details__case=case.pk).exists()
    other = make_user("other-mod", group="Moderators")
    with pytest.raises(cases.CaseError):
        cases.claim(other, case)


def test_reach_out_sends_the_lines_from_the_site_never_the_moderators_address(
    moderator_client, moderator, answer, settings, django_capture_on_commit_callbacks
):
    settings.CRISIS_REPLY_TO = "care@afterword.example"
    moderator.email = "private-mod@example.org"
    moderator.save()
    comment = crisis_comment(answer)
    case = case_of("comment", comment.pk)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = moderator_client.post(reverse("safety:case_reach_out", args=[case.pk]))
    assert response.status_code == 302
    [message] = [m for m in mail.outbox if m.to == ["wren@example.org"]]
    text = message.body + message.alternatives[0][0]
    assert "988" in text and "911" in text
    assert "private-mod@example.org" not in text + str(message.extra_headers) + message.from_email
    assert message.extra_headers["Reply-To"] == "care@afterword.example"
    case.refresh_from_db()
    assert case.reached_out_at and case.claimed_by == moderator
    assert AuditEntry.objects.filter(action="case_reach_out").exists()


def test_reach_out_needs_an_address(moderator_client, db, django_capture_on_commit_callbacks):
    signal = cases.keep_signal(text=PLAN, screening={}, level=5, reason="email missing")
    with django_capture_on_commit_callbacks(execute=True):
        response = moderator_client.post(
            reverse("safety:case_reach_out", args=[signal.pk]), follow=True
        )
    assert "We have no email address for this person" in response.content.decode()
    signal.refresh_from_db()
    assert signal.reached_out_at is None
    assert not [m for m in mail.outbox if "We read what you wrote" in m.subject]


def test_publish_with_a_support_note_shows_readers_the_lines(moderator_client, client, answer):
    comment = crisis_comment(answer, body=METHOD)
    response = moderator_client.post(reverse("safety:publish_with_note", args=[comment.pk]))
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PUBLISHED and comment.support_note
    case = case_of("comment", comment.pk)
    assert case.outcome == CrisisCase.Outcome.PUBLISHED_WITH_NOTE and not case.is_open
    html = client.get(answer.get_absolute_url()).content.decode()
    article = html[html.index(f'id="c{comment.pk}"') :]
    assert article.index("A note from the moderators") < article.index("</article>")
    assert "988" in article[: article.index("</article>")]


def test_keep_private_tells_the_writer_gently_with_the_lines(
    moderator_client, answer, django_capture_on_commit_callbacks
):
    comment = crisis_comment(answer)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        moderator_client.post(reverse("safety:keep_private", args=[comment.pk]))
    comment.refresh_from_db()
    assert comment.status == Comment.Status.REJECTED
    assert case_of("comment", comment.pk).outcome == CrisisCase.Outcome.KEPT_PRIVATE
    [message] = [m for m in mail.outbox if m.to == ["wren@example.org"]]
    assert "keep your comment private" in message.body and "988" in message.body


def test_bulk_approve_never_touches_someone_in_danger(moderator_client, answer):
    ordinary = make_comment(answer, name="Quiet", status=Comment.Status.PENDING)
    comment = crisis_comment(answer)
    moderator_client.post(
        reverse("safety:bulk"), {"action": "approve", "ids": [ordinary.pk, comment.pk]}
    )
    ordinary.refresh_from_db()
    comment.refresh_from_db()
    assert ordinary.status == Comment.Status.PUBLISHED
    assert comment.status == Comment.Status.PENDING
    assert case_of("comment", comment.pk).is_open


def test_the_bulk_action_has_no_default(moderator_client, answer):
    ordinary = make_comment(answer, name="Quiet", status=Comment.Status.PENDING)
    html = queue_html(moderator_client)
    assert '<option value="" selected>Choose…</option>' in html
    moderator_client.post(reverse("safety:bulk"), {"ids": [ordinary.pk]})
    ordinary.refresh_from_db()
    assert ordinary.status == Comment.Status.PENDING


def test_approving_a_crisis_comment_on_its_page_closes_its_case(moderator_client, answer):
    comment = crisis_comment(answer)
    moderator_client.post(reverse("safety:approve", args=[comment.pk]))
    assert case_of("comment", comment.pk).outcome == CrisisCase.Outcome.PUBLISHED


def test_closing_a_signal_takes_it_off_the_queue(moderator_client, db):
    signal = cases.keep_signal(text=PLAN, screening={}, level=5, reason="email missing")
    url = reverse("safety:case_acknowledge", args=[signal.pk])
    moderator_client.post(url, {"note": "Read; nothing more we can do without an address."})
    signal.refresh_from_db()
    assert not signal.is_open and signal.outcome == CrisisCase.Outcome.ACKNOWLEDGED
    assert reverse("safety:case", args=[signal.pk]) not in queue_html(moderator_client)


@pytest.mark.parametrize(
    "name", ["case_claim", "case_release", "case_reach_out", "case_acknowledge"]
)
def test_case_actions_need_post_and_a_moderator(client, columnist_client, db, name):
    signal = cases.keep_signal(text=PLAN, screening={}, level=5, reason="email missing")
    url = reverse(f"safety:{name}", args=[signal.pk])
    assert columnist_client.post(url).status_code == 403
    columnist_client.logout()
    moderator = make_user("m2", group="Moderators")
    client.force_login(moderator)
    assert client.get(url).status_code == 405
