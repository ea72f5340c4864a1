"""Get a fresh worker ready before it serves anyone.

A new process otherwise makes its first visitors pay for loading it: the URL
resolver importing every view, templates compiled on first use, the safety
screen's first run (phone-number metadata, its patterns), the email
validator's patterns (compiled on first use: 25 ms alone). Measured on a cold
gunicorn worker: the first post took 47 ms against 4–6 ms for the next ones,
and a burst of posters arriving at a freshly started worker all queued behind
it. afterword/wsgi.py calls warm() as the application loads, so the workers of
any WSGI server do this before they accept a connection. It touches no database:
a worker still starts while the database is briefly away.

Last, what is loaded by then (code, templates, the screen's tables and model:
some 110,000 objects that live as long as the process) is moved out of the
garbage collector's sight (`gc.freeze()`). Otherwise each full collection walks
them all again: profiled on the post path, one in about 300 posts paid ~100 ms
for it, against 13 ms for a post; frozen, a full collection takes under 10 ms.
"""

from __future__ import annotations

import gc
import logging
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.validators import URLValidator, validate_email
from django.template import TemplateSyntaxError
from django.template.loader import get_template
from django.urls import get_resolver

log = logging.getLogger(__name__)


def project_templates() -> list[str]:
    """The names of the templates of this project's own apps."""
    root = Path(settings.BASE_DIR).resolve()
    names = []
    for app in apps.get_app_configs():
        folder = Path(app.path).resolve() / "templates"
        installed = "site-packages" in folder.parts  # a virtualenv inside the checkout
        if folder.is_relative_to(root) and not installed and folder.is_dir():
            names += sorted(str(p.relative_to(folder)) for p in folder.rglob("*.html"))
    return names


def warm() -> None:
    from safety.screen import screen

    get_resolver().reverse_dict  # imports every view and builds the reverse table  # noqa: B018
    for name in project_templates():
        try:
            get_template(name)  # compiled once, kept by the cached loader
        except TemplateSyntaxError:
            # Serve the rest; the page that uses it reports the error when asked for.
            log.exception("Template %s does not compile", name)
    validate_email("someone@example.org")
    URLValidator()("https://example.org/")
    screen(
        "Warming up: call me on 555-0100 or write to someone@example.org, "
        "I live on Elm Street and I can't go on like this.",
        country=settings.CRISIS_COUNTRY,
    )
    gc.collect()
    gc.freeze()
