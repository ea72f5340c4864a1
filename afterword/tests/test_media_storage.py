"""Where uploads go: MEDIA_ROOT by default, S3-compatible storage with MEDIA_STORAGE=s3.

Nothing here talks to S3 (no bucket is reachable from the test machine): the
settings are checked, and the storage's URLs, which it builds without a request."""

from __future__ import annotations

import json

from afterword.tests.test_settings import PRODUCTION, manage

SHOW = (
    "import django, json; django.setup();"
    "from django.conf import settings; from django.core.files.storage import storages;"
    "media = storages['default'];"
    "print(json.dumps({'backend': type(media).__module__ + '.' + type(media).__name__,"
    " 'root': str(settings.MEDIA_ROOT), 'url': media.url('columnists/ada.jpg'),"
    " 'img_src': settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']}))"
)


def show(**env: str) -> dict:
    result = manage(_code=SHOW, **PRODUCTION, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_uploads_go_to_media_root_by_default(tmp_path):
    shown = show(AFTERWORD_VAR_DIR=str(tmp_path))
    assert shown["backend"] == "django.core.files.storage.filesystem.FileSystemStorage"
    assert shown["root"] == str(tmp_path / "media")
    assert shown["url"] == "/media/columnists/ada.jpg"


def test_a_shared_folder_for_several_servers(tmp_path):
    shown = show(AFTERWORD_VAR_DIR=str(tmp_path), MEDIA_ROOT=str(tmp_path / "shared"))
    assert shown["root"] == str(tmp_path / "shared")


def test_s3_compatible_storage_from_the_environment(tmp_path):
    shown = show(
        AFTERWORD_VAR_DIR=str(tmp_path),
        MEDIA_STORAGE="s3",
        AWS_STORAGE_BUCKET_NAME="afterword-media",
        AWS_S3_CUSTOM_DOMAIN="media.afterword.example",
        AWS_ACCESS_KEY_ID="test-only",
        AWS_SECRET_ACCESS_KEY="test-only",
    )
    assert shown["backend"] == "storages.backends.s3.S3Storage"
    assert shown["url"] == "https://media.afterword.example/columnists/ada.jpg"
    # Pages may show the photos from there.
    assert "https://media.afterword.example" in shown["img_src"]


def test_s3_needs_a_bucket_and_a_known_storage_is_named(tmp_path):
    result = manage("check", **PRODUCTION, MEDIA_STORAGE="s3", AFTERWORD_VAR_DIR=str(tmp_path))
    assert result.returncode != 0 and "AWS_STORAGE_BUCKET_NAME" in result.stderr
    result = manage("check", **PRODUCTION, MEDIA_STORAGE="nfs", AFTERWORD_VAR_DIR=str(tmp_path))
    assert result.returncode != 0 and "must be local or s3" in result.stderr
