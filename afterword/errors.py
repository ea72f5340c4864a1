"""Error reports to Sentry (or GlitchTip, or any service speaking its protocol).

Started from settings only when SENTRY_DSN is set. What people write here can be
about the worst night of their life, so a report carries the error and where it
happened, never their words: no personal data (send_default_pii=False), no
request bodies, no local variables of the frames (they hold comment text and
email addresses), and the tokens of emailed links masked in the URL and headers.
"""

from __future__ import annotations

from typing import Any

from afterword.logs import mask_links


def scrub(event: dict[str, Any], hint: dict[str, Any] | None = None) -> dict[str, Any]:
    """before_send: mask emailed links' tokens wherever the request is described."""
    request = event.get("request")
    if isinstance(request, dict):
        for key in ("url", "query_string"):
            if isinstance(request.get(key), str):
                request[key] = mask_links(request[key])
        headers = request.get("headers")
        if isinstance(headers, dict):
            request["headers"] = {
                name: mask_links(value) if isinstance(value, str) else value
                for name, value in headers.items()
            }
    return event


def start_sentry(dsn: str, *, release: str) -> None:
    import sentry_sdk

    sentry_sdk.init(
        dsn=dsn,
        release=release,
        send_default_pii=False,
        include_local_variables=False,
        max_request_body_size="never",
        before_send=scrub,
    )
