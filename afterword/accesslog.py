"""gunicorn's access log without the secrets of emailed links.

A link in an email (confirm, sign in, unsubscribe, stop check-ins, a letter's
status) is its own password; the request line, the path and the Referer of the
page it opens would write it to the log. This logger masks it in every value a
log format names (gunicorn.conf.py sets `logger_class` to it).

The masking is done as the format reads a value, so only the handful of values
the format names are masked, not the forty or so gunicorn offers (every header
and environ variable): masking them all cost a quarter of a cached page's
throughput (bench/http.py's cached_rps, 2,300 against 3,100 req/s unlogged).
"""

from __future__ import annotations

from gunicorn.glogging import Logger, SafeAtoms

from afterword.logs import mask_links


class MaskedAtoms(SafeAtoms):
    def __getitem__(self, key):
        value = super().__getitem__(key)
        return mask_links(value) if isinstance(value, str) else value


class MaskedLinksLogger(Logger):
    atoms_wrapper_class = MaskedAtoms
