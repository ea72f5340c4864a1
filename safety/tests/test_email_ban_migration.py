"""Migration 0006: email bans stored in the old form match by email_key() afterwards."""

from __future__ import annotations

import importlib

from django.apps import apps

from afterword.identity import email_key, keyed_hash
from conftest import make_comment
from safety.models import Ban, CrisisCase

migration = importlib.import_module("safety.migrations.0006_email_bans_by_email_key")


def old_style(email: str) -> str:
    """What an email ban held before: the keyed hash of the bare address."""
    return keyed_hash(email.strip().lower())


def test_an_old_email_ban_matches_by_email_key_after_the_migration(answer):
    make_comment(answer, name="Mara", email="mara@example.org")
    Ban.objects.create(kind=Ban.Kind.EMAIL, value=old_style("mara@example.org"))
    assert not Ban.matches(pen_name="Someone", email="mara@example.org")

    assert migration.rewrite_email_bans(apps) == 1

    assert Ban.objects.get().value == email_key("mara@example.org")
    assert Ban.matches(pen_name="Someone", email=" Mara@Example.org ")


def test_addresses_kept_by_other_tables_count_too(db):
    # A crisis signal keeps the address of someone whose words could not be posted.
    CrisisCase.objects.create(kind=CrisisCase.Kind.SIGNAL, level=3, email="wren@example.org")
    Ban.objects.create(kind=Ban.Kind.EMAIL, value=old_style("wren@example.org"))
    migration.rewrite_email_bans(apps)
    assert Ban.matches(pen_name="Someone", email="wren@example.org")


def test_a_ban_whose_address_is_nowhere_left_stays_as_it_was(answer):
    make_comment(answer, name="Mara", email="mara@example.org")
    forgotten = Ban.objects.create(kind=Ban.Kind.EMAIL, value=old_style("gone@example.org"))
    name_ban = Ban.objects.create(kind=Ban.Kind.PEN_NAME, value="mara@example.org")
    assert migration.rewrite_email_bans(apps) == 0
    assert Ban.objects.get(pk=forgotten.pk).value == old_style("gone@example.org")
    assert Ban.objects.get(pk=name_ban.pk).value == "mara@example.org"  # other kinds untouched


def test_an_address_banned_in_both_forms_keeps_one_ban(answer):
    make_comment(answer, name="Mara", email="mara@example.org")
    Ban.objects.create(kind=Ban.Kind.EMAIL, value=old_style("mara@example.org"))
    Ban.objects.create(kind=Ban.Kind.EMAIL, value=email_key("mara@example.org"))
    migration.rewrite_email_bans(apps)
    assert list(Ban.objects.values_list("value", flat=True)) == [email_key("mara@example.org")]


def test_many_bans_are_rewritten_in_a_few_queries(answer, django_assert_max_num_queries):
    for i in range(30):
        email = f"person{i}@example.org"
        make_comment(answer, name=f"Person {i}", email=email)
        Ban.objects.create(kind=Ban.Kind.EMAIL, value=old_style(email))
    with django_assert_max_num_queries(20):
        assert migration.rewrite_email_bans(apps) == 30
    assert all(Ban.matches(pen_name="x", email=f"person{i}@example.org") for i in range(30))


def test_going_back_restores_the_old_values(answer):
    make_comment(answer, name="Mara", email="mara@example.org")
    Ban.objects.create(kind=Ban.Kind.EMAIL, value=old_style("mara@example.org"))
    migration.rewrite_email_bans(apps)
    migration.restore_email_bans(apps)
    assert Ban.objects.get().value == old_style("mara@example.org")
