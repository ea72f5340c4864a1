"""`manage.py purge_retention`: old address hashes, spent links, unconfirmed
subscriptions and pen names, and sent emails in the task queue are forgotten."""

from datetime import timedelta
from io import StringIO

from django.core.management import call_command
from django.utils import timezone

from afterword.identity import email_key
from column.models import Letter
from column.services import receive_letter
from conftest import make_comment
from people import links
from people.models import EmailLink, PenName, Subscription
from safety.models import Report


def run() -> str:
    out = StringIO()
    call_command("purge_retention", stdout=out)
    return out.getvalue()


def test_old_address_hashes_are_cleared(answer, settings):
    long_ago = timezone.now() - timedelta(days=settings.IP_RETENTION_DAYS + 1)
    old = make_comment(answer, name="Old", ip_hash="a" * 64, created_at=long_ago)
    new = make_comment(answer, name="New", ip_hash="b" * 64)
    receive_letter(
        pen_name="L",
        email="l@example.org",
        body="x",
        consent_to_publish=False,
        ip_hash="c" * 64,
        received_at=long_ago,
    )
    Report.objects.create(
        comment=new, reason="spam", reporter_ip_hash="d" * 64, created_at=long_ago
    )
    output = run()
    old.refresh_from_db()
    new.refresh_from_db()
    assert old.ip_hash == "" and new.ip_hash == "b" * 64
    assert Letter.objects.get().ip_hash == ""
    assert Report.objects.get().reporter_ip_hash == ""
    assert "comment ip hashes: 1" in output


def test_spent_and_expired_links_go(db):
    used = links.new_link("confirm", "a@example.org")
    EmailLink.objects.filter(pk=used.pk).update(used_at=timezone.now() - timedelta(days=2))
    old = links.new_link("sign_in", "b@example.org")
    EmailLink.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=4))
    fresh = links.new_link("confirm", "c@example.org")
    run()
    assert list(EmailLink.objects.values_list("pk", flat=True)) == [fresh.pk]


def test_unconfirmed_subscriptions_and_names_go(db, settings):
    old = timezone.now() - timedelta(days=settings.UNCONFIRMED_RETENTION_DAYS + 1)
    key = email_key("a@example.org")
    Subscription.objects.create(
        email="a@example.org", email_hash=key, scope="replies", created_at=old
    )
    Subscription.objects.create(
        email="a@example.org", email_hash=key, scope="everything", created_at=old, confirmed_at=old
    )
    PenName.objects.create(email_hash=key, name="A", normalised="a", created_at=old)
    PenName.objects.create(
        email_hash=key, name="B", normalised="b", created_at=old, verified_at=old
    )
    run()
    assert [s.scope for s in Subscription.objects.all()] == ["everything"]
    assert [p.name for p in PenName.objects.all()] == ["B"]
