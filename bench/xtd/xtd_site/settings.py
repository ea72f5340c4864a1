"""A minimal site that uses django-comments-xtd the way its quick start and tutorial describe.

Only for the comparison benchmarks: SQLite in a throw-away folder, or the PostgreSQL
database in XTD_DATABASE_URL (postgres://user:password@host:port/name; never
Afterword's DATABASE_URL); DEBUG off.
The database settings are Afterword's own (afterword/settings.py), so both sites
meet the same database the same way.
"""

import os
import secrets
import tempfile
import urllib.parse
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(os.environ.get("XTD_BENCH_DATA_DIR") or tempfile.mkdtemp(prefix="xtd-bench-"))

SECRET_KEY = os.environ.get("XTD_BENCH_SECRET_KEY") or secrets.token_urlsafe(50)
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    # The "sites" framework, as the quick start asks.
    "django.contrib.sites",
    # django-comments-xtd first, then django-comments: the documented order.
    "django_comments_xtd",
    "django_comments",
    "articles",
]
SITE_ID = 1

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "xtd_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# As Afterword's: SQLite in WAL mode with a busy timeout and IMMEDIATE transactions
# (what Django's documentation recommends for concurrent writers), connections
# kept for 10 minutes; PostgreSQL with the same connection lifetime.
_DATABASE_URL = os.environ.get("XTD_DATABASE_URL", "")
if _DATABASE_URL:
    _url = urllib.parse.urlsplit(_DATABASE_URL)
    assert _url.scheme in ("postgres", "postgresql"), "XTD_DATABASE_URL: PostgreSQL only"
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": _url.path.lstrip("/"),
            "USER": urllib.parse.unquote(_url.username or ""),
            "PASSWORD": urllib.parse.unquote(_url.password or ""),
            "HOST": _url.hostname or "",
            "PORT": str(_url.port or ""),
            "CONN_MAX_AGE": 600,
            "CONN_HEALTH_CHECKS": True,
        }
    }
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": DATA_DIR / "xtd.sqlite3",
            "CONN_MAX_AGE": 600,
            "CONN_HEALTH_CHECKS": True,
            "OPTIONS": {
                "timeout": 20,
                "transaction_mode": "IMMEDIATE",
                "init_command": (
                    "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
                ),
            },
        }
    }

# No cache anywhere: every request renders the page from the database.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
STATIC_URL = "static/"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

# django-comments-xtd, per its quick start and tutorial.
COMMENTS_APP = "django_comments_xtd"
# Levels 0 to 3: Afterword's depths 1 to 4.
COMMENTS_XTD_MAX_THREAD_LEVEL = 3
# The tutorial's "Disallow black listed domains": no confirmation by email (with it,
# a visitor's comment is only signed into an emailed link and stored when the link is
# followed), SpamModerator on the articles instead (articles/models.py), which emails
# the MANAGERS about every comment.
COMMENTS_XTD_CONFIRM_EMAIL = False
MANAGERS = [("Bench Moderator", "moderator@example.com")]
COMMENTS_XTD_SALT = b"afterword comparison benchmark, not a real site"
COMMENTS_XTD_FROM_EMAIL = "webmaster@example.com"
COMMENTS_XTD_CONTACT_EMAIL = "helpdesk@example.com"
# Plain-text comments (the default), default list order ('thread_id', 'order').
