"""Email, sent by the background worker.

Every message is a template trio — `<name>_subject.txt`, `<name>.txt`,
`<name>.html` — rendered when it is queued and sent by a task once the
transaction that caused it has committed (afterword.queue). One message per recipient, so no one
ever sees another person's address.

django-tasks does not retry a failed task, so sending does it itself: when the
mail server can't be reached or refuses for now, the task queues itself again
a little later (1, 2, 4, 8… minutes), up to EMAIL_MAX_ATTEMPTS, then fails and
stays failed in the task admin for an operator to see.
"""

from __future__ import annotations

import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django_tasks import task

from afterword.queue import enqueue

logger = logging.getLogger(__name__)

# Worth trying again later: the server is down, busy or refused for now.
TRANSIENT_ERRORS = (smtplib.SMTPException, OSError)


def deliver(*, to: str, subject: str, text: str, html: str, headers: dict | None = None) -> None:
    message = EmailMultiAlternatives(subject, text, to=[to], headers=headers or {})
    message.attach_alternative(html, "text/html")
    message.send()


def retry_later(the_task, attempt: int, error: Exception, **kwargs) -> None:
    """Queue `the_task` again with attempt + 1, or raise `error` after the last attempt.

    Where the backend can defer (the database queue) the next attempt waits;
    the in-process backend of the tests runs it at once.
    """
    if attempt >= settings.EMAIL_MAX_ATTEMPTS:
        raise error
    # Name the error, never the recipient or the message: logs hold no addresses or links.
    logger.warning(
        "Sending an email failed (%s), attempt %d of %d; trying again later.",
        type(error).__name__,
        attempt,
        settings.EMAIL_MAX_ATTEMPTS,
    )
    if the_task.get_backend().supports_defer:
        delay = timedelta(minutes=2 ** (attempt - 1))
        the_task = the_task.using(run_after=timezone.now() + delay)
    the_task.enqueue(attempt=attempt + 1, **kwargs)


@task()
def send_email(
    *,
    to: str,
    subject: str,
    text: str,
    html: str,
    headers: dict | None = None,
    attempt: int = 1,
):
    try:
        deliver(to=to, subject=subject, text=text, html=html, headers=headers)
    except TRANSIENT_ERRORS as error:
        message = {"to": to, "subject": subject, "text": text, "html": html, "headers": headers}
        retry_later(send_email, attempt, error, **message)


def render_email(template: str, context: dict) -> tuple[str, str, str]:
    # Every email can point its reader back to their words (My words), and does.
    context = {"me_url": settings.SITE_URL + reverse("people:me"), **context}
    # The subject and the text part are plain text: rendered without HTML escaping.
    subject = " ".join(render_to_string(f"{template}_subject.txt", context, using="text").split())
    return (
        subject,
        render_to_string(f"{template}.txt", context, using="text"),
        render_to_string(f"{template}.html", context),
    )


def queue_email(template: str, *, to: str, context: dict, headers: dict | None = None) -> None:
    """Render now; the worker sends it once the current transaction has committed."""
    subject, text, html = render_email(template, context)
    enqueue(send_email, to=to, subject=subject, text=text, html=html, headers=headers)
