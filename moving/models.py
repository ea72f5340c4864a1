"""What moving in leaves behind: old addresses that still lead somewhere, and a
record of where every imported thing came from (so a second run updates)."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

from django.db import models
from django.utils import timezone

# Old WordPress permalinks by id: "/?p=123", also reached as "/index.php?p=123".
_ID_PATHS = ("", "/", "/index.php")
_ID_PARAMETERS = ("p", "page_id")


def redirect_key(url: str) -> str:
    """The lookup key of an old address: its decoded path without a trailing slash,
    or "/?p=ID" for WordPress's numeric links. Host and other parameters are ignored."""
    parts = urlsplit(url.strip())
    path = unquote(parts.path) or "/"
    if path in _ID_PATHS:
        query = parse_qs(parts.query)
        for name in _ID_PARAMETERS:
            value = (query.get(name) or [""])[0]
            if value.isdigit():
                return f"/?p={int(value)}"
    return path.rstrip("/") or "/"


class Redirect(models.Model):
    """An old address (usually a WordPress permalink) and where it lives now."""

    old_path = models.CharField(max_length=500, unique=True, help_text='As "/2019/05/slug".')
    new_url = models.CharField(max_length=500)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["old_path"]

    def __str__(self) -> str:
        return f"{self.old_path} → {self.new_url}"

    @classmethod
    def target_for(cls, url: str) -> str | None:
        return (
            cls.objects.filter(old_path=redirect_key(url)).values_list("new_url", flat=True).first()
        )


class SourceRecord(models.Model):
    """One imported thing: where it came from (source, kind, id there) and its id here."""

    source = models.CharField(max_length=200, help_text='"wxr:<site>", "disqus" or "json:<site>".')
    kind = models.CharField(max_length=20)  # answer, comment, columnist, letter
    source_id = models.CharField(max_length=200)
    object_id = models.BigIntegerField()
    imported_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["source", "kind", "source_id"], name="source_record_unique"
            )
        ]
        indexes = [models.Index(fields=["kind", "object_id"], name="source_record_object")]

    def __str__(self) -> str:
        return f"{self.source} {self.kind} {self.source_id} → {self.object_id}"
