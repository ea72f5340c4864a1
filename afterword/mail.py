"""Email, sent by the background worker.

Every message is a template trio — `<name>_subject.txt`, `<name>.txt`,
`<name>.html` — rendered when it is queued and sent by a task after the
transaction that caused it commits. One message per recipient, so no one
ever sees another person's address.
"""

from __future__ import annotations

from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django_tasks import task

from afterword.dblock import queued_write


@task()
def send_email(*, to: str, subject: str, text: str, html: str, headers: dict | None = None):
    message = EmailMultiAlternatives(subject, text, to=[to], headers=headers or {})
    message.attach_alternative(html, "text/html")
    message.send()


def render_email(template: str, context: dict) -> tuple[str, str, str]:
    subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
    return (
        subject,
        render_to_string(f"{template}.txt", context),
        render_to_string(f"{template}.html", context),
    )


def queue_email(template: str, *, to: str, context: dict, headers: dict | None = None) -> None:
    """Render now, send from the worker once the current transaction has committed."""
    subject, text, html = render_email(template, context)

    def enqueue() -> None:
        with queued_write():  # the task row is a write like any other
            send_email.enqueue(to=to, subject=subject, text=text, html=html, headers=headers)

    transaction.on_commit(enqueue)
