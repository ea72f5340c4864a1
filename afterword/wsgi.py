"""WSGI entry point for gunicorn: Django behind the public page cache."""

import os

from django.conf import settings
from django.core.wsgi import get_wsgi_application

from afterword.pagecache import PageCache
from afterword.warmup import warm

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "afterword.settings")
application = get_wsgi_application()

warm()
if settings.PAGE_CACHE:
    application = PageCache(
        application,
        max_bytes=settings.PAGE_CACHE_MAX_MB * 1024 * 1024,
        ttl=settings.PAGE_CACHE_TTL,
        session_cookie=settings.SESSION_COOKIE_NAME,
    )
