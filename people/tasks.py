"""Background work of people: notifications, the daily digest, emails with links, and
caring check-ins.

Run by the django-tasks worker (`manage.py db_worker`); the digest is also a
command (`manage.py send_digests`) for cron.
"""

from __future__ import annotations

from django_tasks import task

from afterword import languages
from afterword.daily import run_once_today
from afterword.mail import TRANSIENT_ERRORS, deliver, render_email, retry_later
from discussion import queries as comments
from discussion.models import Comment
from people import checkins, claims, digests, invitations, links, notifying
from people.emails import email_context
from people.models import EmailLink, PenName, Subscription
from safety.resources import crisis_context


@task()
def notify_comment(*, comment_id: int) -> int:
    """Tell those waiting for a newly published comment (each email is its own task)."""
    comment = comments.with_reply_to(comment_id)
    return notifying.notify(comment) if comment else 0


def daily_emails() -> tuple[int, int]:
    """The daily job: digests, and the invitations to come back whose year has come."""
    return digests.send_digests(), invitations.send_due()


def send_digests_once(*, force: bool = False):
    """`daily_emails` once a day across every host and worker (afterword.daily)."""
    return run_once_today("send_digests", daily_emails, force=force)


@task()
def send_digests(*, force: bool = False) -> int:
    outcome = send_digests_once(force=force)
    return sum(outcome.result) if outcome.ran else 0


@task()
def send_link_email(*, link_id: int, attempt: int = 1) -> None:
    """Render and send an email that carries a single-use link.

    The link is made here, at sending time, so it never sits in the task queue
    (whose rows the admin shows). A link already used or deleted sends nothing.
    """
    link = EmailLink.objects.filter(pk=link_id, used_at__isnull=True).first()
    if link is None:
        return
    # Written in the language the person asked in (afterword.languages).
    with languages.writing_in(link.language):
        subject, text, html, headers = _link_email(link)
    try:
        deliver(to=link.email, subject=subject, text=text, html=html, headers=headers)
    except TRANSIENT_ERRORS as error:
        retry_later(send_link_email, attempt, error, link_id=link_id)


def _link_email(link: EmailLink) -> tuple[str, str, str, dict]:
    if link.purpose == EmailLink.Purpose.SIGN_IN:
        template, context = "people/email/sign_in", {}
    elif link.purpose == EmailLink.Purpose.CLAIM:
        template, context = "people/email/claim", claims.email_context(link)
    else:
        template, context = "people/email/confirm", _confirm_context(link)
    footer = email_context(link.email)
    headers = footer.pop("headers")
    context = {**footer, **context, "link_url": links.url_for(link), "link": link}
    context["link_hours"] = int(links.max_age(link.purpose).total_seconds() // 3600)
    context["link_minutes"] = int(links.max_age(link.purpose).total_seconds() // 60)
    subject, text, html = render_email(template, context)
    return subject, text, html, headers


@task()
def send_check_in(*, check_in_id: int, number: int, attempt: int = 1) -> bool:
    """A caring check-in someone asked for, when it is due (people.checkins)."""
    return checkins.send(check_in_id, number, attempt)


def _confirm_context(link: EmailLink) -> dict:
    data = link.data
    comment = comments.with_answer(data.get("comment"))
    pen = PenName.objects.filter(pk=data.get("pen_name")).first() if data.get("pen_name") else None
    subs = list(
        Subscription.objects.filter(pk__in=data.get("subscriptions", [])).select_related("answer")
    )
    context: dict[str, object] = {
        "comment": comment,
        "held": comment is not None and comment.status == Comment.Status.PENDING,
        "pen_name": pen.name if pen else "",
        "subscriptions": subs,
        "crisis": bool(comment and comment.crisis_level >= 2),
        "crisis_level": comment.crisis_level if comment else 0,
    }
    threads = [s.answer for s in subs if s.answer]
    context["answer"] = comment.answer if comment else (threads[0] if threads else None)
    if context["crisis"]:
        context.update(crisis_context(None))
    return context
