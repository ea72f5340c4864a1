"""A backup and restore round trip gives back every row of every table."""

from __future__ import annotations

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.base import CommandError

from column.services import receive_letter
from conftest import make_comment


def snapshot() -> dict[str, list[tuple]]:
    """Every row of every table the project's apps own, in a stable order."""
    tables = {}
    for model in apps.get_models():
        if model._meta.app_label not in {"column", "discussion", "safety", "people", "moving"}:
            continue
        rows = model.objects.order_by("pk").values_list()
        tables[model._meta.label] = list(rows)
    return tables


@pytest.mark.django_db(transaction=True)
def test_backup_and_restore_give_back_every_row(answer, tmp_path):
    first = make_comment(answer, name="Kept", body="Words that must survive.")
    make_comment(answer, name="Reply", body="And the reply.", parent=first)
    receive_letter(
        pen_name="Writer", email="w@example.org", body="A letter.", consent_to_publish=True
    )
    before = snapshot()
    assert sum(len(rows) for rows in before.values()) > 5
    path = tmp_path / "afterword.backup"
    call_command("backup", str(path))
    assert path.stat().st_size > 0

    first.delete()  # something goes wrong after the backup
    answer.delete()
    assert snapshot() != before

    call_command("restore", str(path), "--yes")
    assert snapshot() == before


@pytest.mark.django_db
def test_restore_asks_for_confirmation(tmp_path):
    with pytest.raises(CommandError, match="--yes"):
        call_command("restore", str(tmp_path / "x"))


@pytest.mark.django_db
def test_restore_names_a_missing_file(tmp_path):
    with pytest.raises(CommandError, match="no backup"):
        call_command("restore", str(tmp_path / "missing"), "--yes")
