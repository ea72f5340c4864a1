"""WSGI entry point for gunicorn (the write benchmark, bench/post_xtd.py)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "xtd_site.settings")
application = get_wsgi_application()
