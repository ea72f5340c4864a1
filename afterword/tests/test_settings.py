"""Settings come from the environment, strictly: bad values stop start-up."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from afterword.env import env_bool, env_int, env_list, env_str

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": "a-production-secret-key-for-the-checks-only-0123456789-abcdefghij",
    "ALLOWED_HOSTS": "afterword.example",
    "SITE_URL": "https://afterword.example",
}


def manage(*args: str, _code: str = "", **env: str) -> subprocess.CompletedProcess:
    """manage.py with `args` (or, with `_code`, Python running that code) in a clean
    environment plus `env`."""
    dropped = {
        "DEBUG", "SECRET_KEY", "SECRET_KEY_FALLBACKS", "HASH_KEY", "SITE_URL", "DATABASE_URL",
        "DJANGO_ALLOW_ASYNC_UNSAFE", "TRUSTED_PROXY_HOPS", "BEHIND_PROXY", "SENTRY_DSN",
    }  # fmt: skip
    clean = {k: v for k, v in os.environ.items() if k not in dropped}
    clean.update(DJANGO_SETTINGS_MODULE="afterword.settings", **env)
    command = ["-c", _code] if _code else ["manage.py"]
    return subprocess.run(
        [sys.executable, *command, *args],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("raw", "value"), [("1", True), ("yes", True), ("off", False), ("", False)]
)
def test_env_bool_accepts_clear_words(monkeypatch, raw, value):
    monkeypatch.setenv("FLAG", raw)
    assert env_bool("FLAG", not value) is value


def test_env_bool_refuses_anything_else(monkeypatch):
    monkeypatch.setenv("FLAG", "yes please")
    with pytest.raises(ImproperlyConfigured, match="FLAG='yes please' is not a boolean"):
        env_bool("FLAG", False)


def test_env_int_and_list(monkeypatch):
    monkeypatch.setenv("N", "12")
    monkeypatch.setenv("HOSTS", "a.example, b.example,,")
    assert env_int("N", 1) == 12
    assert env_list("HOSTS", []) == ["a.example", "b.example"]
    monkeypatch.setenv("N", "twelve")
    with pytest.raises(ImproperlyConfigured, match="not a whole number"):
        env_int("N", 1)
    monkeypatch.setenv("N", "0")
    with pytest.raises(ImproperlyConfigured, match="at least 1"):
        env_int("N", 1, minimum=1)


def test_env_str_required(monkeypatch):
    monkeypatch.delenv("MISSING", raising=False)
    with pytest.raises(ImproperlyConfigured, match="MISSING must be set"):
        env_str("MISSING")


def test_start_up_fails_clearly_on_a_bad_value():
    result = manage("check", **{**PRODUCTION, "DEBUG": "maybe"})
    assert result.returncode != 0
    assert "DEBUG='maybe' is not a boolean" in result.stderr


def test_start_up_fails_without_a_secret_key_in_production():
    result = manage("check", DEBUG="0")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_bad_database_url_is_reported():
    result = manage("check", **PRODUCTION, DATABASE_URL="nonsense://x")
    assert result.returncode != 0
    assert "DATABASE_URL" in result.stderr


def test_production_settings_pass_the_deployment_checklist():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stderr + result.stdout


def test_staff_passwords_are_hashed_with_argon2():
    code = "from django.conf import settings; print(settings.PASSWORD_HASHERS[0])"
    result = manage("shell", "-c", code, **PRODUCTION)
    assert (
        result.stdout.strip().splitlines()[-1] == "django.contrib.auth.hashers.Argon2PasswordHasher"
    )


def production_settings(*names: str, **env: str) -> dict:
    """Some values of afterword/settings.py read under production settings and `env`
    (the module alone, in a fresh process: quicker than a manage.py command)."""
    code = (
        "import json, sys, sentry_sdk; from afterword import settings; "
        "client = sentry_sdk.get_client(); "
        "print(json.dumps({**{n: getattr(settings, n) for n in sys.argv[1:]}, "
        "'sentry': [client.is_active(), client.options.get('send_default_pii'), "
        "client.options.get('include_local_variables'), "
        "client.options.get('max_request_body_size')]}))"
    )
    result = manage(*names, _code=code, **{**PRODUCTION, **env})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_start_up_fails_without_a_site_url_in_production():
    without = {k: v for k, v in PRODUCTION.items() if k != "SITE_URL"}
    result = manage("check", **without)
    assert result.returncode != 0
    assert "SITE_URL must be set when DEBUG is off" in result.stderr
    result = manage("check", **{**PRODUCTION, "SITE_URL": "afterword.example"})
    assert "must start with https:// or http://" in result.stderr


def test_keys_proxies_and_error_reports_by_default():
    values = production_settings("HASH_KEY", "SECRET_KEY_FALLBACKS", "TRUSTED_PROXY_HOPS")
    assert values["HASH_KEY"] == PRODUCTION["SECRET_KEY"]  # as before: stored hashes still match
    assert values["SECRET_KEY_FALLBACKS"] == []
    assert values["TRUSTED_PROXY_HOPS"] == 0
    assert values["sentry"][0] is False  # no DSN, no Sentry


def test_keys_proxies_and_error_reports_when_set():
    values = production_settings(
        "HASH_KEY", "SECRET_KEY_FALLBACKS", "TRUSTED_PROXY_HOPS",
        HASH_KEY="a-separate-key", SECRET_KEY_FALLBACKS="old-1,old-2", BEHIND_PROXY="1",
        SENTRY_DSN="https://public@sentry.invalid/1",
    )  # fmt: skip
    assert values["HASH_KEY"] == "a-separate-key"
    assert values["SECRET_KEY_FALLBACKS"] == ["old-1", "old-2"]
    assert values["TRUSTED_PROXY_HOPS"] == 1  # BEHIND_PROXY=1, the old spelling
    # Active, without personal data, request bodies or the frames' local variables.
    assert values["sentry"] == [True, False, False, "never"]


def test_trusted_proxy_hops_wins_over_behind_proxy_and_is_checked():
    values = production_settings("TRUSTED_PROXY_HOPS", TRUSTED_PROXY_HOPS="2", BEHIND_PROXY="1")
    assert values["TRUSTED_PROXY_HOPS"] == 2
    result = manage("check", **PRODUCTION, TRUSTED_PROXY_HOPS="-1")
    assert "TRUSTED_PROXY_HOPS=-1 must be at least 0" in result.stderr
