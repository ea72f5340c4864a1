"""Background work of circles: the join link, and the circles' day.

Run by the django-tasks worker (`manage.py db_worker`); the day is also a command
(`manage.py circles_daily`) for cron or a systemd timer, once a day.
"""

from __future__ import annotations

from django.urls import reverse
from django_tasks import task

from afterword import languages
from afterword.mail import TRANSIENT_ERRORS, deliver, render_email, retry_later
from circles import notices, rounds
from circles.models import Membership
from people import links


@task()
def send_join_link(*, link_id: int, attempt: int = 1) -> None:
    """Render and send the email that confirms a join, with its single-use link.

    As for people's links, the link is made here, when the email is sent, so it never
    sits in the task queue. A link already used or deleted sends nothing.
    """
    link = links.unused(link_id)
    if link is None:
        return
    membership = (
        Membership.objects.select_related("circle")
        .filter(pk=link.data.get("circle_membership"))
        .first()
    )
    if membership is None:
        return
    # In the language they asked to join in (afterword.languages).
    with languages.writing_in(link.language):
        context = notices.footer(membership)
        headers = context.pop("headers")
        token = links.token_for(link)
        context["link_url"] = context["SITE_URL"] + reverse("circles:confirm", args=[token])
        context["link_hours"] = int(links.max_age(link.purpose).total_seconds() // 3600)
        context["full"] = membership.circle.places_left() <= 0
        subject, text, html = render_email("circles/email/join", context)
    try:
        deliver(to=link.email, subject=subject, text=text, html=html, headers=headers)
    except TRANSIENT_ERRORS as error:
        retry_later(send_join_link, attempt, error, link_id=link_id)


@task()
def circles_daily() -> dict:
    return rounds.daily()
