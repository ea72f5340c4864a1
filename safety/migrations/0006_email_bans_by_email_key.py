"""Email bans move to the one keyed-hash convention, ``email_key()``.

Until now an email ban stored ``keyed_hash(email.strip().lower())``; every other
table (pen names, circles, follows) stores ``afterword.identity.email_key(email)``,
that is ``keyed_hash("email:" + normal form)``. A hash can't be turned back into an
address, so the old values are rewritten from the addresses the database still
holds in plain text: comments, letters, circle memberships, crisis signals,
people's subscriptions, emailed links, check-ins and invitations back, and staff
accounts. For each address the old and the new hash are computed, and every email
ban holding the old one gets the new one (a few bulk queries, not one per ban).
An old ban whose new form is already there is dropped as a duplicate.

Bans whose address is nowhere left in the database (everything its owner wrote
has been erased or purged) can't be rewritten: they stay exactly as they were,
and no longer match anyone. Nothing is lost that the site could still use: with
no address on record, the only thing such a ban could do is refuse that person
again, and a moderator can ban their next comment in one click.

The hashes are computed here rather than with ``afterword.identity``, so that this
migration always means the conventions of this day, whatever the code becomes.
Reversible: going back rewrites the same bans the other way.
"""

from __future__ import annotations

import hashlib
import hmac

from django.conf import settings
from django.db import migrations

# Every (app, model) with a plaintext ``email`` column when this migration was written.
EMAIL_TABLES = (
    ("discussion", "Comment"),
    ("column", "Letter"),
    ("circles", "Membership"),
    ("safety", "CrisisCase"),
    ("people", "Subscription"),
    ("people", "EmailLink"),
    ("people", "CheckIn"),
    ("people", "InviteBack"),
)
BATCH = 500


def _hash(value: str) -> str:
    return hmac.new(settings.HASH_KEY.encode(), value.encode(), hashlib.sha256).hexdigest()


def old_hash(email: str) -> str:
    return _hash(email.strip().lower())


def new_hash(email: str) -> str:
    return _hash("email:" + email.strip().lower())


def _models_with_email(apps):
    user_app, user_model = settings.AUTH_USER_MODEL.split(".")
    for app_label, model_name in (*EMAIL_TABLES, (user_app, user_model)):
        try:
            yield apps.get_model(app_label, model_name)
        except LookupError:  # an app that isn't installed holds no addresses
            continue


def known_emails(apps) -> set[str]:
    """Every address the database holds in plain text, in normal form."""
    found: set[str] = set()
    for model in _models_with_email(apps):
        rows = model.objects.exclude(email="").order_by().values_list("email", flat=True).distinct()
        found.update(email.strip().lower() for email in rows.iterator())
    return found


def _rewrite(apps, convert) -> int:
    """Give every email ban its value under `convert(old) -> new`; returns how many changed."""
    Ban = apps.get_model("safety", "Ban")
    bans = {ban.value: ban for ban in Ban.objects.filter(kind="email").only("pk", "value")}
    if not bans:
        return 0
    renamed: dict[str, str] = {}
    for email in known_emails(apps):
        before, after = convert(email)
        if before in bans and before != after:
            renamed[before] = after
    changed, duplicates = [], []
    for before, after in renamed.items():
        if after in bans:  # already banned in the other form
            duplicates.append(bans[before].pk)
            continue
        ban = bans[before]
        ban.value = after
        changed.append(ban)
    Ban.objects.filter(pk__in=duplicates).delete()
    Ban.objects.bulk_update(changed, ["value"], batch_size=BATCH)
    return len(changed) + len(duplicates)


def rewrite_email_bans(apps, schema_editor=None) -> int:
    return _rewrite(apps, lambda email: (old_hash(email), new_hash(email)))


def restore_email_bans(apps, schema_editor=None) -> int:
    return _rewrite(apps, lambda email: (new_hash(email), old_hash(email)))


class Migration(migrations.Migration):
    dependencies = [
        ("safety", "0005_circle_cases"),
        ("discussion", "0001_initial"),
        ("column", "0001_initial"),
        ("circles", "0001_initial"),
        ("people", "0003_invite_back"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [migrations.RunPython(rewrite_email_bans, restore_email_bans)]
