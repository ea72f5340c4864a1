"""gunicorn's access log without the secrets of emailed links.

A link in an email (confirm, sign in, unsubscribe, stop check-ins, a letter's
status) is its own password; the request line, the path and the Referer of the
page it opens would write it to the log. This logger masks it in every value a
log format can name (gunicorn.conf.py sets `logger_class` to it).
"""

from __future__ import annotations

from gunicorn.glogging import Logger

from afterword.logs import mask_links


class MaskedLinksLogger(Logger):
    def atoms(self, resp, req, environ, request_time) -> dict:
        atoms = super().atoms(resp, req, environ, request_time)
        return {
            name: mask_links(value) if isinstance(value, str) else value
            for name, value in atoms.items()
        }
