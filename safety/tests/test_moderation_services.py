"""Moderator actions: each changes the comment through the discussion's services,
keeps counts right, writes one audit entry, and tells the author when it should."""

import json

import pytest
from django.core.exceptions import ValidationError

from afterword.identity import email_key
from conftest import make_comment
from discussion import services
from discussion.models import Comment
from discussion.services import post_comment
from safety import moderation
from safety.models import AuditEntry, Ban, Report

PHONE_TEXT = "My old therapist Ann Blake gave me her number, 555-0100, years ago."


def with_privacy(comment: Comment) -> Comment:
    """Store privacy findings as the screen would (the real screen is written elsewhere)."""
    findings = []
    for kind, text in (("person", "Ann Blake"), ("phone", "555-0100")):
        start = comment.body.index(text)
        findings.append({"kind": kind, "start": start, "end": start + len(text), "text": text})
    screening = {"crisis": {"level": 0, "flags": [], "spans": []}, "privacy": findings}
    Comment.objects.filter(pk=comment.pk).update(screening=screening)
    comment.refresh_from_db()
    return comment


def audit_text() -> str:
    return json.dumps(list(AuditEntry.objects.values("action", "note", "details")))


@pytest.fixture
def pending(answer):
    return make_comment(
        answer, name="Mara", email="mara-secret@example.org", status=Comment.Status.PENDING
    )


def test_approve_publishes_counts_and_logs(moderator, answer, pending):
    moderation.approve(moderator, pending)
    answer.refresh_from_db()
    assert Comment.objects.get(pk=pending.pk).status == Comment.Status.PUBLISHED
    assert answer.comment_count == 1
    entry = AuditEntry.objects.get()
    assert (entry.actor, entry.action, entry.comment_id) == (moderator, "approve", pending.pk)
    assert entry.details["after"] == Comment.Status.PUBLISHED


def test_reject_emails_the_author_with_the_note(
    moderator, pending, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        moderation.reject(moderator, pending, note="Please leave out the clinic's name.")
    assert Comment.objects.get(pk=pending.pk).status == Comment.Status.REJECTED
    [message] = mailoutbox
    assert message.to == ["mara-secret@example.org"]
    assert "Please leave out the clinic's name." in message.body
    assert "This helped me so much." in message.body  # their words are given back
    assert AuditEntry.objects.get().note == "Please leave out the clinic's name."


def test_rejecting_a_published_comment_lowers_the_count_and_closes_reports(moderator, answer):
    comment = make_comment(answer)
    Report.objects.create(comment=comment, reason=Report.Reason.ABUSIVE)
    moderation.reject(moderator, comment)
    answer.refresh_from_db()
    assert answer.comment_count == 0
    assert not Report.objects.filter(resolved_at__isnull=True).exists()
    assert AuditEntry.objects.get().details["reports"] == 1


def test_spam_sends_no_email(moderator, pending, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        moderation.mark_spam(moderator, pending)
    assert Comment.objects.get(pk=pending.pk).status == Comment.Status.SPAM
    assert mailoutbox == []
    assert AuditEntry.objects.get().action == "spam"


def test_edit_screens_the_new_text_and_logs_only_lengths(moderator, answer, pending):
    moderation.edit(moderator, pending, "I have decided to end it this weekend.", note="typo")
    comment = Comment.objects.get(pk=pending.pk)
    assert comment.crisis_level == 5
    assert comment.body_html == "<p>I have decided to end it this weekend.</p>"
    assert comment.edited_at is not None
    entry = AuditEntry.objects.get()
    assert entry.details["crisis_after"] == 5
    assert "weekend" not in audit_text()
    assert "helped" not in audit_text()


def test_redaction_removes_chosen_details_logs_kinds_and_tells_the_author(
    moderator, answer, mailoutbox, django_capture_on_commit_callbacks
):
    comment = with_privacy(make_comment(answer, body=PHONE_TEXT, email="ro@example.org"))
    phone = next(f for f in comment.screening["privacy"] if f["kind"] == "phone")
    with django_capture_on_commit_callbacks(execute=True):
        kinds = moderation.redact(moderator, comment, [moderation.span_key(phone)])
    assert kinds == ["phone"]
    comment.refresh_from_db()
    assert comment.body == "My old therapist Ann Blake gave me her number, [removed], years ago."
    assert "[removed]" in comment.body_html
    entry = AuditEntry.objects.get()
    assert entry.action == "redact"
    assert entry.details == {"kinds": ["phone"], "count": 1}
    assert "555" not in audit_text()
    [message] = mailoutbox
    assert message.to == ["ro@example.org"]
    assert "a phone number" in message.body
    assert "protect privacy" in message.body
    assert "555" not in message.body + message.alternatives[0][0]


def test_redacting_everything_removes_every_finding(moderator, answer):
    comment = with_privacy(make_comment(answer, body=PHONE_TEXT))
    assert sorted(moderation.redact(moderator, comment)) == ["person", "phone"]
    comment.refresh_from_db()
    assert comment.body == "My old therapist [removed] gave me her number, [removed], years ago."


def test_redacting_a_changed_text_removes_nothing_and_logs_nothing(moderator, answer):
    comment = with_privacy(make_comment(answer, body=PHONE_TEXT))
    Comment.objects.filter(pk=comment.pk).update(body="Rewritten entirely by its author.")
    comment.refresh_from_db()
    assert moderation.redact(moderator, comment) == []
    assert not AuditEntry.objects.exists()


def test_ban_by_email_refuses_the_next_post_under_any_name(moderator, answer):
    comment = make_comment(answer, name="Mara", email="mara@example.org")
    moderation.ban(moderator, comment, ["email"], reason="abuse")
    assert Ban.objects.get().value != "mara@example.org"  # a keyed hash, not the address
    assert Ban.objects.get().value == email_key("mara@example.org")  # the one convention
    with pytest.raises(ValidationError) as refused:
        post_comment(answer=answer, pen_name="Someone New", email="MARA@example.org", body="Hi")
    assert refused.value.code == "banned"


def test_ban_by_pen_name_refuses_any_spelling_of_it(moderator, answer):
    comment = make_comment(answer, name="Mára Lee", email="mara@example.org")
    moderation.ban(moderator, comment, ["pen_name"])
    with pytest.raises(ValidationError) as refused:
        post_comment(answer=answer, pen_name="  mara  LEE", email="other@example.org", body="Hi")
    assert refused.value.code == "banned"


def test_ban_logs_kinds_never_addresses(moderator, answer):
    comment = make_comment(answer, email="mara@example.org", ip_hash="f" * 64)
    assert moderation.ban(moderator, comment, ["email", "ip", "email"]) == ["email", "ip"]
    assert AuditEntry.objects.get().details == {"kinds": ["email", "ip"]}
    assert "mara@" not in audit_text()
    assert "f" * 64 not in audit_text()


def test_ip_ban_without_an_address_does_nothing(moderator, answer):
    comment = make_comment(answer)  # imported comments have no address hash
    assert moderation.ban(moderator, comment, ["ip"]) == []
    assert not Ban.objects.exists()
    assert not AuditEntry.objects.exists()


def test_resolving_reports_keeps_the_comment_published(moderator, answer):
    comment = make_comment(answer)
    Report.objects.create(comment=comment, reason=Report.Reason.SPAM)
    Report.objects.create(comment=comment, reason=Report.Reason.OTHER)
    assert moderation.resolve_reports(moderator, comment, note="Fine as it is") == 2
    assert Comment.objects.get(pk=comment.pk).status == Comment.Status.PUBLISHED
    assert AuditEntry.objects.get().details == {"reports": 2, "reasons": ["spam", "other"]}


def test_bulk_approve_logs_each_comment(moderator, answer):
    comments = [make_comment(answer, name=f"P{i}", status=Comment.Status.PENDING) for i in range(3)]
    assert moderation.bulk(moderator, "approve", [c.pk for c in comments] + [999999]) == 3
    answer.refresh_from_db()
    assert answer.comment_count == 3
    assert AuditEntry.objects.filter(action="approve").count() == 3


def test_a_comment_its_author_removed_stays_removed(moderator, answer):
    comment = make_comment(answer, status=Comment.Status.REMOVED)
    with pytest.raises(moderation.ModerationError):
        moderation.approve(moderator, comment)
    assert moderation.bulk(moderator, "approve", [comment.pk]) == 0
    assert Comment.objects.get(pk=comment.pk).status == Comment.Status.REMOVED
    assert not AuditEntry.objects.exists()


def test_a_failed_action_leaves_no_audit_entry(moderator, pending, monkeypatch):
    def broken(comment):
        raise RuntimeError("database went away")

    monkeypatch.setattr(services, "approve_comment", broken)
    with pytest.raises(RuntimeError):
        moderation.approve(moderator, pending)
    assert not AuditEntry.objects.exists()


def test_a_comment_without_an_address_bans_no_address(moderator, answer):
    """Banning the email of an imported (or erased) comment, which has none, must not
    refuse everyone else who has none."""
    comment = make_comment(answer, name="Imported", email="")
    assert moderation.ban(moderator, comment, ["email", "pen_name"]) == ["pen_name"]
    assert not Ban.objects.filter(kind=Ban.Kind.EMAIL).exists()


def test_an_old_ban_on_the_empty_address_matches_nobody(answer):
    Ban.objects.create(kind=Ban.Kind.EMAIL, value=email_key(""))  # made before the fix
    assert not Ban.matches(pen_name="Someone", email="")
    assert not Ban.matches(pen_name="Someone", email="  ")
    post_comment(answer=answer, pen_name="Someone", email="someone@example.org", body="Hi")
    Ban.objects.create(kind=Ban.Kind.EMAIL, value=email_key("someone@example.org"))
    assert Ban.matches(pen_name="Anyone", email=" Someone@Example.org ")
