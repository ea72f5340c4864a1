"""A backup and restore round trip gives back every row of every table."""

from __future__ import annotations

import tarfile
from io import StringIO

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.base import CommandError

from column.models import Answer
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


@pytest.mark.django_db(transaction=True)
def test_the_backup_holds_the_uploaded_files(answer, tmp_path, settings):
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    settings.MEDIA_ROOT = tmp_path / "media"
    photo = bytes(range(256)) * 40
    default_storage.save("columnists/ada.jpg", ContentFile(photo))
    default_storage.save("notes/deep/readme.txt", ContentFile(b"kept"))
    path = tmp_path / "afterword.backup"
    out = StringIO()
    call_command("backup", str(path), stdout=out)
    assert "2 uploaded file(s)" in out.getvalue()

    default_storage.delete("columnists/ada.jpg")  # lost after the backup
    default_storage.save("columnists/later.jpg", ContentFile(b"after the backup"))
    pk = answer.pk
    answer.delete()

    out = StringIO()
    call_command("restore", str(path), "--yes", stdout=out)
    assert "2 file(s)" in out.getvalue()
    assert (settings.MEDIA_ROOT / "columnists" / "ada.jpg").read_bytes() == photo
    assert (settings.MEDIA_ROOT / "notes" / "deep" / "readme.txt").read_bytes() == b"kept"
    assert not (settings.MEDIA_ROOT / "columnists" / "later.jpg").exists()
    assert Answer.objects.filter(pk=pk).exists()


@pytest.mark.django_db(transaction=True)
def test_no_media_leaves_the_files_out(tmp_path, settings):
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    settings.MEDIA_ROOT = tmp_path / "media"
    default_storage.save("columnists/ada.jpg", ContentFile(b"photo"))
    path = tmp_path / "afterword.backup"
    call_command("backup", str(path), "--no-media", stdout=StringIO())
    with tarfile.open(path) as archive:
        assert not [n for n in archive.getnames() if n.startswith("media/")]


@pytest.mark.django_db(transaction=True)
def test_a_bare_database_backup_from_before_still_restores(answer, tmp_path):
    from afterword.backup import _backup_database

    path = tmp_path / "old.backup"
    _backup_database(path)  # what `backup` wrote before media were included
    pk = answer.pk
    answer.delete()
    out = StringIO()
    call_command("restore", str(path), "--yes", stdout=out)
    assert "holds no uploaded files" in out.getvalue()
    assert Answer.objects.filter(pk=pk).exists()
