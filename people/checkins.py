"""Caring check-ins: a short, warm message a few days after a crisis post, for those
who ask for it.

The crisis notice offers it with one click (a signed token naming the case, good
for a week); nothing else is asked. Opting in keeps the address the case already
has and queues one task per message, due CHECK_IN_DAYS after opting in. Each
task carries only ids; the message, with the crisis lines and a one-click stop,
is rendered when it is sent, and only if the person has not stopped, has not
erased their data, and has not had that message already. Nobody else is ever
told or sent anything. Check-ins are forgotten UNCONFIRMED_RETENTION_DAYS after
their last message, or after they were stopped.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from afterword import languages
from afterword.identity import email_key, normalise_email
from afterword.mail import TRANSIENT_ERRORS, deliver, render_email, retry_later
from afterword.queue import enqueue
from people.models import CheckIn, Mute
from safety import cases, copy
from safety.models import CrisisCase
from safety.resources import choose_country, crisis_context

_OFFER_SALT = "people.check_in"
_STOP_SALT = "people.check_in.stop"
OFFER_MAX_AGE = timedelta(days=7)


# --- Opting in ----------------------------------------------------------------------------


def offer_token(case: CrisisCase) -> str:
    """What the crisis notice's one-click form posts: this case, for a week."""
    return signing.dumps(case.pk, salt=_OFFER_SALT)


def check_in_offer(kind: str, object_id: int) -> str:
    """The offer token for a crisis notice about this comment or letter, or "" when
    there is nothing to offer: no case, no address to write to, or already chosen."""
    case = CrisisCase.objects.filter(kind=kind, object_id=object_id).order_by("-pk").first()
    if case is None or CheckIn.objects.filter(case=case).exists():
        return ""
    found = cases.source(case)
    return offer_token(case) if found is not None and found.email else ""


def _offered_case_id(token: str) -> int | None:
    try:
        case_id = signing.loads(token, salt=_OFFER_SALT, max_age=OFFER_MAX_AGE)
    except signing.BadSignature:  # includes SignatureExpired
        return None
    return case_id if isinstance(case_id, int) else None


def opt_in(token: str, *, country: str = "") -> CheckIn | None:
    """Check in with the person behind this offer; None when the offer is bad or old,
    or there is no address to write to. A second click returns the first check-in."""
    case_id = _offered_case_id(token)
    if case_id is None:
        return None
    with transaction.atomic():
        # Locking the case makes two clicks at once still one check-in.
        case = CrisisCase.objects.select_for_update().filter(pk=case_id).first()
        if case is None:
            return None
        existing = CheckIn.objects.filter(case=case).first()
        if existing is not None:
            return existing
        found = cases.source(case)
        if found is None or not found.email:
            return None
        email = normalise_email(found.email)
        check_in = CheckIn.objects.create(
            email=email,
            email_hash=email_key(email),
            case=case,
            pen_name=found.pen_name[: settings.PEN_NAME_MAX_LENGTH],
            country=choose_country(country) if country else "",
            language=languages.asked_in(),
        )
        _schedule(check_in)
    return check_in


def due_at(check_in: CheckIn, number: int) -> datetime:
    return check_in.created_at + timedelta(days=settings.CHECK_IN_DAYS[number - 1])


def planned(check_in: CheckIn) -> list[datetime]:
    """When the messages not sent yet will go (none once stopped)."""
    if check_in.stopped_at is not None:
        return []
    numbers = range(1, len(settings.CHECK_IN_DAYS) + 1)
    return [due_at(check_in, n) for n in numbers if n not in check_in.sent]


def _schedule(check_in: CheckIn) -> None:
    from people.tasks import send_check_in

    for number in range(1, len(settings.CHECK_IN_DAYS) + 1):
        the_task = send_check_in
        if the_task.get_backend().supports_defer:
            the_task = the_task.using(run_after=due_at(check_in, number))
        # A backend that can't wait runs it at once; `send` then sends nothing early.
        enqueue(the_task, check_in_id=check_in.pk, number=number)


# --- Sending --------------------------------------------------------------------------------


def send(check_in_id: int, number: int, attempt: int = 1) -> bool:
    """Send message `number` if it is still wanted; True when it went."""
    from people.tasks import send_check_in

    with transaction.atomic():
        check_in = CheckIn.objects.select_for_update().filter(pk=check_in_id).first()
        if check_in is None or not _wanted(check_in, number):
            return False
        # In the language they read the site in when they asked (afterword.languages).
        with languages.writing_in(check_in.language):
            context = message_context(check_in, number)
            subject, text, html = render_email("people/email/check_in", context)
        headers = _headers(check_in)
        try:
            deliver(to=check_in.email, subject=subject, text=text, html=html, headers=headers)
        except TRANSIENT_ERRORS as error:
            retry_later(send_check_in, attempt, error, check_in_id=check_in_id, number=number)
            return False
        check_in.sent = [*check_in.sent, number]
        check_in.save(update_fields=["sent"])
    return True


def _wanted(check_in: CheckIn, number: int) -> bool:
    if check_in.stopped_at is not None or number in check_in.sent:
        return False
    if not 1 <= number <= len(settings.CHECK_IN_DAYS):
        return False
    if timezone.now() < due_at(check_in, number):
        return False
    # "Stop all emails" from another message, clicked after opting in, stops these too.
    return not Mute.objects.filter(
        email_hash=check_in.email_hash, answer__isnull=True, created_at__gt=check_in.created_at
    ).exists()


def _text_key(number: int) -> str:
    # The safety texts are written for a first message and a last one.
    last = len(settings.CHECK_IN_DAYS)
    return "check_in_2" if number > 1 and number == last else "check_in_1"


def message_context(check_in: CheckIn, number: int) -> dict:
    return {
        "pen_name": check_in.pen_name,
        "paragraphs": copy.paragraphs(_text_key(number)),
        "number": number,
        "last": number == len(settings.CHECK_IN_DAYS),
        "stop_url": stop_url(check_in),
        "SITE_NAME": settings.SITE_NAME,
        **crisis_context(check_in.country or None),
    }


def _headers(check_in: CheckIn) -> dict:
    headers = {
        "List-Unsubscribe": f"<{stop_url(check_in)}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    if settings.CRISIS_REPLY_TO:
        headers["Reply-To"] = settings.CRISIS_REPLY_TO
    return headers


# --- Stopping and forgetting ------------------------------------------------------------------


def stop_token(check_in: CheckIn) -> str:
    # Without a timestamp: the same link in every message, and it never expires.
    return signing.Signer(salt=_STOP_SALT).sign_object(check_in.pk)


def stop_url(check_in: CheckIn) -> str:
    return settings.SITE_URL + reverse("people:check_in_stop", args=[stop_token(check_in)])


def read_stop(token: str) -> int | None:
    """The check-in id a stop link names (it never expires), or None if it was changed."""
    try:
        check_in_id = signing.Signer(salt=_STOP_SALT).unsign_object(token)
    except signing.BadSignature:
        return None
    return check_in_id if isinstance(check_in_id, int) else None


def stop(token: str) -> bool:
    """No more check-in messages. True for any genuine link, even one already used or
    whose check-in is gone: either way nothing more will be sent."""
    check_in_id = read_stop(token)
    if check_in_id is None:
        return False
    CheckIn.objects.filter(pk=check_in_id, stopped_at__isnull=True).update(
        stopped_at=timezone.now()
    )
    return True


def forget(*, before: datetime) -> int:
    """Delete check-ins stopped, or whose last message was due, before `before`."""
    last = timedelta(days=settings.CHECK_IN_DAYS[-1])
    deleted, _ = CheckIn.objects.filter(
        Q(stopped_at__lt=before) | Q(created_at__lt=before - last)
    ).delete()
    return deleted


def forget_email(email: str) -> int:
    """A person erased their data: their check-ins go, and with them every message not sent."""
    deleted, _ = CheckIn.objects.filter(email_hash=email_key(email)).delete()
    return deleted
