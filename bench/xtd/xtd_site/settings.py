"""A minimal site that uses django-comments-xtd the way its quick start and tutorial describe.

Only for the comparison benchmark: SQLite in a throw-away folder, DEBUG off.
"""

import os
import secrets
import tempfile
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

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": DATA_DIR / "xtd.sqlite3",
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
COMMENTS_XTD_CONFIRM_EMAIL = True
COMMENTS_XTD_SALT = b"afterword comparison benchmark, not a real site"
COMMENTS_XTD_FROM_EMAIL = "webmaster@example.com"
COMMENTS_XTD_CONTACT_EMAIL = "helpdesk@example.com"
# Plain-text comments (the default), default list order ('thread_id', 'order').
