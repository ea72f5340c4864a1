"""The moderation workspace: the queue, one comment, the audit log, and who may use them."""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from conftest import make_comment, make_user
from discussion.models import Comment
from safety.models import AuditEntry, Report

SECRET_EMAIL = "mara-secret@example.org"
SECRET_IP_HASH = "9" * 64

POST_VIEWS = ["approve", "reject", "spam", "edit", "redact", "ban", "resolve"]


def post_urls(comment):
    return [reverse(f"safety:{name}", args=[comment.pk]) for name in POST_VIEWS] + [
        reverse("safety:bulk")
    ]


def held(answer, name="Mara", **kw):
    return make_comment(answer, name=name, status=Comment.Status.PENDING, **kw)


def set_level(comment, level):
    Comment.objects.filter(pk=comment.pk).update(crisis_level=level)


def queue_html(client) -> str:
    response = client.get(reverse("safety:queue"))
    assert response.status_code == 200
    return response.content.decode()


# --- who may -----------------------------------------------------------------


def test_every_moderation_post_view_refuses_get(moderator_client, answer):
    for url in post_urls(held(answer)):
        assert moderator_client.get(url).status_code == 405, url


def test_every_moderation_post_view_refuses_columnists(columnist_client, answer):
    comment = held(answer)
    for url in post_urls(comment):
        assert columnist_client.post(url, {"ids": [comment.pk]}).status_code == 403, url
    assert Comment.objects.get(pk=comment.pk).status == Comment.Status.PENDING


def test_every_moderation_post_view_refuses_outsiders(outsider_client, answer):
    comment = held(answer)
    for url in post_urls(comment):
        assert outsider_client.post(url).status_code == 403, url


def test_every_moderation_post_view_sends_anonymous_visitors_to_sign_in(client, answer):
    comment = held(answer)
    for url in post_urls(comment):
        response = client.post(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/accounts/login/")
    assert not AuditEntry.objects.exists()


@pytest.mark.parametrize("name", ["safety:queue", "safety:comment"])
def test_pages_refuse_wrong_roles(client, columnist_client, answer, name):
    comment = held(answer)
    args = [comment.pk] if name == "safety:comment" else []
    assert columnist_client.get(reverse(name, args=args)).status_code == 403
    columnist_client.logout()
    assert client.get(reverse(name, args=args)).status_code == 302


def test_moderation_posts_need_the_csrf_token(moderator, answer):
    comment = held(answer)
    client = Client(enforce_csrf_checks=True)
    client.force_login(moderator)
    assert client.post(reverse("safety:approve", args=[comment.pk])).status_code == 403
    assert Comment.objects.get(pk=comment.pk).status == Comment.Status.PENDING


def test_superusers_may_moderate(client, answer):
    client.force_login(make_user("root", is_superuser=True))
    assert client.get(reverse("safety:queue")).status_code == 200


def test_audit_log_is_for_admins_only(client, moderator_client, answer):
    assert moderator_client.get(reverse("safety:log")).status_code == 403
    moderator_client.logout()
    assert client.get(reverse("safety:log")).status_code == 302
    admin = make_user("root", is_superuser=True)
    comment = held(answer)
    AuditEntry.objects.create(actor=admin, action="ban", comment=comment, details={"kinds": ["ip"]})
    client.force_login(admin)
    response = client.get(reverse("safety:log"))
    assert response.status_code == 200
    assert "kinds: ip" in response.content.decode()


# --- the queue -----------------------------------------------------------------


def test_queue_lists_held_and_reported_comments_only(moderator_client, answer):
    held(answer, name="Waiting")
    reported = make_comment(answer, name="Reported")
    Report.objects.create(comment=reported, reason=Report.Reason.ABUSIVE)
    make_comment(answer, name="Quiet")
    closed = make_comment(answer, name="Settled")
    Report.objects.create(comment=closed, reason=Report.Reason.SPAM, resolved_at=timezone.now())
    html = queue_html(moderator_client)
    assert "Waiting" in html
    assert "Reported" in html
    assert "Abusive or unkind" in html
    assert "Quiet" not in html
    assert "Settled" not in html


def test_queue_puts_crisis_first_then_most_reported_then_oldest(moderator_client, answer):
    now = timezone.now()
    oldest = held(answer, name="Oldest", created_at=now - timedelta(days=3))
    newer = held(answer, name="Newer", created_at=now - timedelta(days=1))
    reported = make_comment(answer, name="Reported")
    for _ in range(2):
        Report.objects.create(comment=reported, reason=Report.Reason.SPAM)
    urgent = held(answer, name="Urgent")
    set_level(urgent, 4)
    html = queue_html(moderator_client)
    positions = [html.index(f">{c.pen_name}</a></h3>") for c in (urgent, reported, oldest, newer)]
    assert positions == sorted(positions)


def test_a_danger_report_raises_a_published_comment_to_the_top(moderator_client, answer):
    worried = held(answer, name="Worried")
    set_level(worried, 2)
    quiet = make_comment(answer, name="Quiet")
    Report.objects.create(comment=quiet, reason=Report.Reason.DANGER)
    html = queue_html(moderator_client)
    assert html.index(">Quiet</a></h3>") < html.index(">Worried</a></h3>")
    assert "Treated as crisis level 3: a reader fears for this person" in html
    higher = held(answer, name="Higher")
    set_level(higher, 4)  # a screened level 4 still comes before a danger report
    html = queue_html(moderator_client)
    assert html.index(">Higher</a></h3>") < html.index(">Quiet</a></h3>")


def test_queue_shows_why_it_was_held_and_highlights_spans(moderator_client, answer):
    body = "I want to die. Dr Ann Blake stopped answering."
    comment = make_comment(answer, body=body, status=Comment.Status.PENDING)
    screening = {
        "crisis": {
            "level": 3,
            "flags": ["wish to die"],
            "spans": [{"start": 2, "end": 13, "text": "want to die", "reason": "wish to die"}],
        },
        "privacy": [{"kind": "person", "start": 18, "end": 27, "text": "Ann Blake"}],
    }
    Comment.objects.filter(pk=comment.pk).update(
        screening=screening, crisis_level=3, held_for=["crisis", "first"]
    )
    html = queue_html(moderator_client)
    assert "Crisis level 3" in html
    assert "wish to die" in html
    assert '<mark data-kind="crisis">want to die' in html
    assert '<mark data-kind="person">Ann Blake' in html
    assert "the first comment from this email address" in html
    assert "words that suggest the writer may be in danger" in html


def test_queue_and_detail_never_show_an_email_or_address(moderator_client, answer):
    comment = held(answer, email=SECRET_EMAIL, ip_hash=SECRET_IP_HASH)
    for url in (reverse("safety:queue"), reverse("safety:comment", args=[comment.pk])):
        html = moderator_client.get(url).content.decode()
        assert "mara-secret" not in html
        assert SECRET_IP_HASH not in html


@pytest.mark.parametrize("size", [5, 50])
def test_queue_queries_do_not_grow_with_the_queue(
    moderator_client, answer, size, django_assert_num_queries, settings
):
    settings.CRISIS_ALERT_EMAILS = ["on-call@example.org"]  # no "nobody is alerted" banner
    for i in range(size):
        comment = held(answer, name=f"P{i}", email=f"p{i}@example.org")
        if i % 2:
            Report.objects.create(comment=comment, reason=Report.Reason.OTHER)
    # session, user, moderator group, count, the comments, their open reports, crisis cases
    with django_assert_num_queries(7):
        html = queue_html(moderator_client)
    assert html.count('class="card queue-item') == size


def test_bulk_action_applies_to_the_ticked_comments(moderator_client, answer):
    first, second, untouched = (held(answer, name=n) for n in ("A", "B", "C"))
    response = moderator_client.post(
        reverse("safety:bulk"), {"action": "spam", "ids": [first.pk, second.pk]}
    )
    assert response.status_code == 302
    statuses = dict(Comment.objects.values_list("pen_name", "status"))
    assert statuses == {"A": "spam", "B": "spam", "C": "pending"}
    assert AuditEntry.objects.filter(action="spam").count() == 2


def test_bulk_action_without_a_selection_changes_nothing(moderator_client, answer):
    held(answer)
    response = moderator_client.post(reverse("safety:bulk"), {"action": "approve"}, follow=True)
    assert "Select at least one comment" in response.content.decode()
    assert not AuditEntry.objects.exists()


def test_actions_return_only_to_this_site(moderator_client, answer):
    comment = held(answer)
    response = moderator_client.post(
        reverse("safety:approve", args=[comment.pk]), {"next": "https://evil.example/"}
    )
    assert response["Location"] == reverse("safety:queue")


def test_reject_from_the_queue_sends_the_note(
    moderator_client, answer, mailoutbox, django_capture_on_commit_callbacks
):
    comment = held(answer, email=SECRET_EMAIL)
    with django_capture_on_commit_callbacks(execute=True):
        moderator_client.post(
            reverse("safety:reject", args=[comment.pk]), {"note": "Too much detail, sorry."}
        )
    assert Comment.objects.get(pk=comment.pk).status == Comment.Status.REJECTED
    assert "Too much detail, sorry." in mailoutbox[0].body


# --- one comment ---------------------------------------------------------------


def test_detail_shows_the_commenters_history_newest_first(moderator_client, answer):
    now = timezone.now()
    make_comment(answer, name="Old me", email=SECRET_EMAIL, created_at=now - timedelta(days=9))
    spam = held(answer, name="Later me", email=SECRET_EMAIL, created_at=now - timedelta(days=2))
    Comment.objects.filter(pk=spam.pk).update(status=Comment.Status.SPAM)
    make_comment(answer, name="Someone else", email="else@example.org")
    comment = held(answer, name="Now", email=SECRET_EMAIL)
    html = moderator_client.get(reverse("safety:comment", args=[comment.pk])).content.decode()
    history = html[html.index("This commenter's history") :]
    assert history.index("Later me") < history.index("Old me")
    assert "Spam" in history
    assert "Someone else" not in history
    assert "mara-secret" not in html


def test_edit_form_saves_the_new_text(moderator_client, answer):
    comment = held(answer)
    url = reverse("safety:edit", args=[comment.pk])
    response = moderator_client.post(url, {"body": "Shorter, kinder words.", "note": "tone"})
    assert response.status_code == 302
    assert Comment.objects.get(pk=comment.pk).body == "Shorter, kinder words."
    assert AuditEntry.objects.get().action == "edit"


def test_an_empty_edit_is_refused_with_the_page_intact(moderator_client, answer):
    comment = held(answer)
    response = moderator_client.post(reverse("safety:edit", args=[comment.pk]), {"body": "  "})
    assert response.status_code == 400
    assert "can&#x27;t be empty" in response.content.decode()
    assert Comment.objects.get(pk=comment.pk).body == "This helped me so much."


def test_redact_form_removes_the_chosen_detail(moderator_client, answer):
    body = "Ann Blake at 555-0100."
    comment = held(answer, body=body)
    privacy = [
        {"kind": "person", "start": 0, "end": 9, "text": "Ann Blake"},
        {"kind": "phone", "start": 13, "end": 21, "text": "555-0100"},
    ]
    Comment.objects.filter(pk=comment.pk).update(screening={"privacy": privacy})
    detail = reverse("safety:comment", args=[comment.pk])
    html = moderator_client.get(detail).content.decode()
    assert 'value="13-21"' in html
    moderator_client.post(reverse("safety:redact", args=[comment.pk]), {"spans": ["13-21"]})
    assert Comment.objects.get(pk=comment.pk).body == "Ann Blake at [removed]."
    assert AuditEntry.objects.get().details["kinds"] == ["phone"]


def test_ban_form_bans_and_the_page_says_so(moderator_client, answer):
    comment = held(answer)
    url = reverse("safety:ban", args=[comment.pk])
    moderator_client.post(url, {"kinds": ["pen_name", "email"], "reason": "threats"})
    html = moderator_client.get(reverse("safety:comment", args=[comment.pk])).content.decode()
    assert "Already banned: Pen name, Email" in html


def test_desk_links_to_the_queue_for_moderators_only(client, columnist, answer):
    held(answer)
    client.force_login(columnist.user)
    assert reverse("safety:queue") not in client.get(reverse("column:desk")).content.decode()
    columnist.user.groups.create(name="Moderators")
    assert reverse("safety:queue") in client.get(reverse("column:desk")).content.decode()
