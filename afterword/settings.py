"""Afterword's one settings module, driven by environment variables.

Out of the box it runs on an embedded SQLite database; set DATABASE_URL for
PostgreSQL. Every variable is read with a strict helper from `afterword.env`,
so a typo stops start-up with a clear message instead of being ignored.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from afterword.env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("AFTERWORD_VAR_DIR", str(BASE_DIR / "var")))

DEBUG = env_bool("DEBUG", False)

_DEV_SECRET_KEY = "django-insecure-afterword-development-key-do-not-use-in-production"  # noqa: S105 (used only with DEBUG on)
SECRET_KEY = env_str("SECRET_KEY", _DEV_SECRET_KEY if DEBUG else "")
if not SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY must be set when DEBUG is off. Generate one with: "
        "python -c 'import secrets; print(secrets.token_urlsafe(50))'"
    )
# To rotate SECRET_KEY, put the old key here (comma-separated) for as long as the links
# and sign-ins it signed should keep working: emailed links, unsubscribe links, sessions.
SECRET_KEY_FALLBACKS = env_list("SECRET_KEY_FALLBACKS", [])
# The key of the keyed hashes stored in the database (email and address hashes behind
# bans, pen names, rate limits and sign-in throttles). Unset, it is SECRET_KEY, as it
# always was; set it to the current SECRET_KEY before rotating that, or the stored hashes
# stop matching (a banned email could post again, a pen name would need verifying anew).
HASH_KEY = env_str("HASH_KEY", "") or SECRET_KEY

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
# Every emailed link is built from it, so a wrong guess would send people elsewhere.
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000" if DEBUG else "").rstrip("/")
if not SITE_URL:
    raise ImproperlyConfigured(
        "SITE_URL must be set when DEBUG is off: the address readers use, e.g. "
        "https://afterword.example (emailed links, feeds and the sitemap are built from it)."
    )
if not SITE_URL.startswith(("https://", "http://")):
    raise ImproperlyConfigured(f"SITE_URL={SITE_URL!r} must start with https:// or http://.")
SITE_NAME = env_str("SITE_NAME", "Afterword")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "afterword",
    "column",
    "discussion",
    "safety",
    "moving",
    "people",
    "circles",
    "search",
]

MIDDLEWARE = [
    "afterword.logs.RequestIdMiddleware",
    # Answers /healthz before anything checks the Host header or redirects to HTTPS:
    # a load balancer asks by the server's address.
    "afterword.healthz.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The reader's language: the footer's cookie, else Accept-Language (afterword/i18n.py).
    "afterword.i18n.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "safety.middleware.DatabaseUnavailableMiddleware",
    "moving.middleware.RedirectFallbackMiddleware",
]

ROOT_URLCONF = "afterword.urls"
WSGI_APPLICATION = "afterword.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "afterword.context_processors.site",
                "safety.context_processors.crisis_help",
                "safety.health.staff_warnings",
            ],
        },
    },
    # Emails' subjects and plain-text parts: plain text, so nothing is HTML-escaped
    # ("O'Brien", not "O&#x27;Brien"). Used by afterword.mail.render_email only.
    {
        "NAME": "text",
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {"autoescape": False},
    },
]

# --- Database -----------------------------------------------------------------
# SQLite in WAL mode with a busy timeout and IMMEDIATE transactions, so that
# concurrent posters wait their turn instead of failing with "database is locked".
_SQLITE_PATH = VAR_DIR / "afterword.sqlite3"
_DATABASE_URL = env_str("DATABASE_URL", "")
if _DATABASE_URL:
    try:
        DATABASES = {
            "default": dj_database_url.parse(
                _DATABASE_URL, conn_max_age=600, conn_health_checks=True
            )
        }
    except ValueError as exc:
        raise ImproperlyConfigured(f"DATABASE_URL is not a database URL: {exc}") from None
else:
    _SQLITE_PATH.parent.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": _SQLITE_PATH,
            # Reuse each thread's connection: opening one runs the PRAGMAs below.
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
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache ----------------------------------------------------------------------
_REDIS_URL = env_str("REDIS_URL", "")
# Public pages are served to anonymous readers without entering Django
# (afterword/pagecache.py): stored in the `pages` cache with a copy in each process
# (PAGE_CACHE_MAX_MB), and dropped when a version of what they show changes.
PAGE_CACHE = env_bool("PAGE_CACHE", True)
PAGE_CACHE_MAX_MB = env_int("PAGE_CACHE_MAX_MB", 48, minimum=1)
PAGE_CACHE_TTL = env_int("PAGE_CACHE_TTL", 60, minimum=1)
if _REDIS_URL:
    # Redis or Valkey, shared by every app server; an outage degrades to no cache
    # (afterword/cache.py). Short timeouts, so a cache that hangs can't hold a page.
    _SHARED = {
        "BACKEND": "afterword.cache.ResilientRedisCache",
        "LOCATION": _REDIS_URL,
        "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.5},
    }
    CACHES = {
        "default": _SHARED,
        "versions": _SHARED,
        "pages": {**_SHARED, "KEY_PREFIX": "pages", "TIMEOUT": PAGE_CACHE_TTL},
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        # Without a shared cache the versions live in the database (a table made by
        # afterword's migrations), so every worker and server agrees on them.
        "versions": {
            "BACKEND": "afterword.cache.ResilientDatabaseCache",
            "LOCATION": "afterword_page_versions",
            "TIMEOUT": None,
            "OPTIONS": {"MAX_ENTRIES": 1_000_000},
        },
        # Pages: each process keeps its own copies in front (PAGE_CACHE_MAX_MB), so a
        # second in-process store would only hold them twice.
        "pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }

# Messages (used on staff pages) live in a cookie, so public pages never touch
# the session and stay the same for every reader.
MESSAGE_STORAGE = "django.contrib.messages.storage.cookie.CookieStorage"

# --- Background tasks -------------------------------------------------------------
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

# --- Passwords and sign-in (staff only; readers and commenters have no passwords) ---
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Staff sign-in: this many failures per username or address in the window lock it.
SIGN_IN_FAILURE_LIMIT = env_int("SIGN_IN_FAILURE_LIMIT", 5, minimum=1)
SIGN_IN_LOCKOUT_MINUTES = env_int("SIGN_IN_LOCKOUT_MINUTES", 15, minimum=1)
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "staff_home"
LOGOUT_REDIRECT_URL = "column:home"

# --- Language, time ------------------------------------------------------------------
# The language comes from the reader, never from the URL (permalinks live for years): the
# footer's switch sets LANGUAGE_COOKIE_NAME, else Accept-Language, else English. Each app's
# catalogue is in its own locale/ folder (found because the app is installed), so
# LOCALE_PATHS names none; `manage.py compile_catalogues` builds the .mo files.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("es", "Español")]
LOCALE_PATHS: list[Path] = []
LANGUAGE_COOKIE_NAME = "django_language"
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
# The site's own date formats per language (afterword/formats/): English keeps the
# column's "1 January 2026", Spanish says "1 de enero de 2026".
FORMAT_MODULE_PATH = ["afterword.formats"]
# No thousands separator: numbers also go into addresses and ids (?page=1234, data-answer).
USE_THOUSAND_SEPARATOR = False
TIME_ZONE = env_str("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

# --- Static and uploaded files ---------------------------------------------------------
STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
# Uploads (columnists' photos). One machine: files in MEDIA_ROOT, served by nginx at
# /media/ (docs/nginx.conf). Several app servers must all see the same files: point
# MEDIA_ROOT at a shared folder (NFS…), or set MEDIA_STORAGE=s3 for S3-compatible
# storage through django-storages (AWS_STORAGE_BUCKET_NAME, optional AWS_S3_ENDPOINT_URL
# for MinIO, Garage, R2…; keys from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY or an
# instance role, as boto3 finds them).
MEDIA_URL = "media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
MEDIA_STORAGE = env_str("MEDIA_STORAGE", "local").lower()
_MEDIA_ORIGINS: list[str] = []
if MEDIA_STORAGE == "local":
    _MEDIA_BACKEND = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
elif MEDIA_STORAGE == "s3":
    _BUCKET = env_str("AWS_STORAGE_BUCKET_NAME", "")
    if not _BUCKET:
        raise ImproperlyConfigured("MEDIA_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME.")
    _S3_ENDPOINT = env_str("AWS_S3_ENDPOINT_URL", "").rstrip("/")
    _S3_DOMAIN = env_str("AWS_S3_CUSTOM_DOMAIN", "")
    _MEDIA_BACKEND = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": _BUCKET,
            "endpoint_url": _S3_ENDPOINT or None,
            "region_name": env_str("AWS_S3_REGION_NAME", "") or None,
            "custom_domain": _S3_DOMAIN or None,
            "location": env_str("AWS_LOCATION", ""),
            # Photos are public: plain URLs, unless the bucket is private.
            "querystring_auth": env_bool("AWS_QUERYSTRING_AUTH", False),
            "file_overwrite": False,
        },
    }
    # Pages show the photos from there: the Content-Security-Policy must allow it.
    if _S3_DOMAIN:
        _MEDIA_ORIGINS = [f"https://{_S3_DOMAIN}"]
    elif _S3_ENDPOINT:
        _MEDIA_ORIGINS = [_S3_ENDPOINT, _S3_ENDPOINT.replace("://", f"://{_BUCKET}.", 1)]
    else:
        _MEDIA_ORIGINS = ["https://*.amazonaws.com"]
else:
    raise ImproperlyConfigured(f"MEDIA_STORAGE={MEDIA_STORAGE!r} must be local or s3.")
STORAGES = {
    "default": _MEDIA_BACKEND,
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# --- Email ------------------------------------------------------------------------------
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Afterword <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25, minimum=1)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
if EMAIL_USE_TLS and EMAIL_USE_SSL:
    raise ImproperlyConfigured("EMAIL_USE_TLS and EMAIL_USE_SSL cannot both be on.")

# --- Security -----------------------------------------------------------------------------
CSRF_FAILURE_VIEW = "afterword.views.csrf_failure"
# What /healthz reports of the task worker (afterword/healthz.py imports no app).
HEALTHZ_WORKER_STATE = "safety.health.worker_state"
# No inline script or style anywhere on the public site; the JSON-LD block is data,
# which browsers never run. The admin (Django's own pages) is left out.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *_MEDIA_ORIGINS],
        "connect-src": [SELF],
        "font-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# The health check answers plain HTTP: a load balancer asks the server directly.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    LANGUAGE_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000, minimum=0)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
    if not SECURE_HSTS_PRELOAD:
        # Preloading is hard to undo and covers every subdomain: the operator opts in.
        SILENCED_SYSTEM_CHECKS = ["security.W021"]

# --- Afterword ------------------------------------------------------------------------------
# Deepest nesting shown in a thread; replies below it attach at this depth.
COMMENTS_MAX_DEPTH = env_int("COMMENTS_MAX_DEPTH", 4, minimum=1)
# Hold the first comment from an email address that has never been published.
COMMENTS_HOLD_FIRST = env_bool("COMMENTS_HOLD_FIRST", True)
# Top-level conversations per page of an answer's thread.
COMMENTS_THREADS_PER_PAGE = env_int("COMMENTS_THREADS_PER_PAGE", 25, minimum=1)
COMMENT_MAX_LENGTH = env_int("COMMENT_MAX_LENGTH", 10000, minimum=100)
LETTER_MAX_LENGTH = env_int("LETTER_MAX_LENGTH", 20000, minimum=100)
PEN_NAME_MAX_LENGTH = 80
# Country whose crisis resources are shown by default (ISO 3166 alpha-2).
CRISIS_COUNTRY = env_str("CRISIS_COUNTRY", "US").upper()
ANSWERS_PER_PAGE = env_int("ANSWERS_PER_PAGE", 10, minimum=1)

# --- The crisis path --------------------------------------------------------------------
# Crisis texts that could not be posted (signals) are kept this many days for moderators.
CRISIS_SIGNAL_RETENTION_DAYS = env_int("CRISIS_SIGNAL_RETENTION_DAYS", 30, minimum=1)
# Crisis alerts (level 4 and up) go to every active moderator and superuser with an
# email, and also to these addresses (comma-separated), e.g. an on-call mailbox.
CRISIS_ALERT_EMAILS = env_list("CRISIS_ALERT_EMAILS", [])
# Optionally also POSTed as JSON (no words, no email) to this URL, e.g. a chat webhook.
CRISIS_ALERT_WEBHOOK_URL = env_str("CRISIS_ALERT_WEBHOOK_URL", "")
if CRISIS_ALERT_WEBHOOK_URL and not CRISIS_ALERT_WEBHOOK_URL.startswith(("https://", "http://")):
    raise ImproperlyConfigured("CRISIS_ALERT_WEBHOOK_URL must start with https:// or http://.")
# An alert nobody has claimed after this many minutes is sent again, to the
# escalation list (empty: the same people as the first alert).
CRISIS_ALERT_ESCALATE_MINUTES = env_int("CRISIS_ALERT_ESCALATE_MINUTES", 30, minimum=1)
CRISIS_ALERT_ESCALATION_EMAILS = env_list("CRISIS_ALERT_ESCALATION_EMAILS", [])
# A monitored mailbox people can reply to when a moderator reaches out (Reply-To).
CRISIS_REPLY_TO = env_str("CRISIS_REPLY_TO", "")
# Caring check-ins, for those who ask from the crisis notice: the days after opting in on
# which a short message goes (safety texts check_in_1 for the first, check_in_2 for the last).
try:
    CHECK_IN_DAYS = [int(day) for day in env_list("CHECK_IN_DAYS", ["3", "14"])]
except ValueError:
    CHECK_IN_DAYS = []
if not CHECK_IN_DAYS or sorted(set(CHECK_IN_DAYS)) != CHECK_IN_DAYS or CHECK_IN_DAYS[0] < 1:
    raise ImproperlyConfigured(
        "CHECK_IN_DAYS must be whole numbers of days, rising, separated by commas, e.g. 3,14"
    )
# "Invite me back in a year": days after someone's last comment in a discussion before
# the one note goes (people/invitations.py), sent by the daily send_digests job.
INVITE_BACK_DAYS = env_int("INVITE_BACK_DAYS", 365, minimum=1)

# --- Moderation rules ---------------------------------------------------------------
# Comments with this many links or more wait for a moderator.
MODERATION_HOLD_LINKS = env_int("MODERATION_HOLD_LINKS", 2, minimum=1)
# Banned words refuse a post (with a clear message); suspect words hold it.
MODERATION_BANNED_WORDS = env_list(
    "MODERATION_BANNED_WORDS", ["viagra", "cialis", "casino bonus", "payday loan"]
)
MODERATION_SUSPECT_WORDS = env_list(
    "MODERATION_SUSPECT_WORDS",
    ["whatsapp me", "telegram me", "dm me", "text me at", "crypto", "bitcoin", "sugar daddy"],
)
# Posts (comments and letters) allowed per address and per email in the window.
RATE_LIMIT_WINDOW = env_int("RATE_LIMIT_WINDOW", 600, minimum=10)
RATE_LIMIT_PER_IP = env_int("RATE_LIMIT_PER_IP", 10, minimum=1)
RATE_LIMIT_PER_EMAIL = env_int("RATE_LIMIT_PER_EMAIL", 8, minimum=1)
# Proxies in front of the app that append to X-Forwarded-For (nginx: 1; a load balancer
# and nginx: 2). The client's address is the entry this many places from the right;
# 0 takes the connection's own address. BEHIND_PROXY=1 is the old spelling of 1.
TRUSTED_PROXY_HOPS = env_int("TRUSTED_PROXY_HOPS", int(env_bool("BEHIND_PROXY", False)), minimum=0)

# --- People: pen names, notifications, data rights -------------------------------------
# Keyed hashes of posters' network addresses are cleared after this many days
# (`manage.py purge_retention`); bans and rate limits only need recent ones.
IP_RETENTION_DAYS = env_int("IP_RETENTION_DAYS", 90, minimum=1)
# Subscriptions nobody confirmed, and pen names nobody verified, go after this many days.
UNCONFIRMED_RETENTION_DAYS = env_int("UNCONFIRMED_RETENTION_DAYS", 14, minimum=1)
# How long an emailed link works: confirming a pen name or subscription, and signing in.
CONFIRM_LINK_HOURS = env_int("CONFIRM_LINK_HOURS", 72, minimum=1)
SIGN_IN_LINK_MINUTES = env_int("SIGN_IN_LINK_MINUTES", 30, minimum=1)
# How long a "My words" sign-in lasts in the browser.
MY_WORDS_SESSION_HOURS = env_int("MY_WORDS_SESSION_HOURS", 12, minimum=1)
# An optional mailbox for RFC 8058 List-Unsubscribe mailto: (e.g. unsubscribe@example.org).
UNSUBSCRIBE_MAILTO = env_str("UNSUBSCRIBE_MAILTO", "")
# Attempts to hand an email to the mail server before the task is left failed.
EMAIL_MAX_ATTEMPTS = env_int("EMAIL_MAX_ATTEMPTS", 5, minimum=1)

# --- Operating ---------------------------------------------------------------------------
try:
    with open(BASE_DIR / "pyproject.toml", "rb") as _pyproject:
        VERSION = tomllib.load(_pyproject)["project"]["version"]
except (OSError, KeyError, tomllib.TOMLDecodeError):
    VERSION = "unknown"

# One line per event, on stderr, with the id of the request it belongs to
# (afterword/logs.py); emailed links' tokens never reach the log.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "afterword.logs.RequestIdFilter"}},
    "formatters": {
        "line": {
            "class": "afterword.logs.MaskedFormatter",
            "format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s",
        }
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id"],
            "formatter": "line",
        }
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
}

# Errors to Sentry (or a compatible service such as GlitchTip) when a DSN is set:
# no personal data, no emailed links' tokens (afterword/errors.py).
SENTRY_DSN = env_str("SENTRY_DSN", "")
if SENTRY_DSN:
    from afterword.errors import start_sentry

    start_sentry(SENTRY_DSN, release=VERSION)
