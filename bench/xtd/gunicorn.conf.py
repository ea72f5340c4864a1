"""gunicorn's settings for the django-comments-xtd site: Afterword's own.

The worker count, worker class, threads, keep-alive and SO_REUSEPORT are read
from the checkout's gunicorn.conf.py, so both sites always run the same way
(five single-threaded gthread workers with DATABASE_URL, four on SQLite, unless
WEB_CONCURRENCY / WEB_THREADS say otherwise). Only Afterword's access-log format
is its own; this site logs requests with gunicorn's default format instead.
"""

import os
import runpy
import sys
from pathlib import Path

_checkout = Path(__file__).resolve().parents[2]
_afterword = runpy.run_path(str(_checkout / "gunicorn.conf.py"))
# The worker class is Afterword's (afterword/gthread.py, gunicorn's own but for when a
# new connection gets a thread); it imports nothing but gunicorn, so this site's
# environment can load it from the checkout.
sys.path.insert(0, str(_checkout))

bind = os.environ.get("BIND", "127.0.0.1:8000")
workers = _afterword["workers"]
worker_class = _afterword["worker_class"]
threads = _afterword["threads"]
keepalive = _afterword["keepalive"]
reuse_port = _afterword["reuse_port"]
accesslog = os.environ.get("ACCESS_LOG", "-") or None
