"""Unsubscribe links: one click stops one kind of email, one discussion, or all."""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from column import queries as column_queries
from people.models import Mute, Subscription

Scope = Subscription.Scope


def describe_unsubscribe(payload: dict) -> str:
    if payload.get("a"):
        answer = column_queries.published_answers().filter(pk=payload["a"]).only("title").first()
        if answer is None:
            return _("emails about this discussion")
        return _("emails about the discussion of “%(title)s”") % {"title": answer.title}
    if payload.get("s") == Scope.REPLIES:
        return _("emails when someone replies to you")
    if payload.get("s") == Scope.EVERYTHING:
        return _("the daily digest")
    return _("all emails from %(site)s") % {"site": settings.SITE_NAME}


def unsubscribe(payload: dict) -> None:
    """Do what an unsubscribe link says. Doing it twice changes nothing."""
    key = payload["k"]
    with transaction.atomic():
        if payload.get("a"):
            answer = column_queries.answer(payload["a"])
            if answer is not None:
                following = Subscription.objects.filter(email_hash=key, scope=Scope.THREAD)
                following.filter(answer=answer).delete()
                Mute.objects.get_or_create(email_hash=key, answer=answer)
        elif payload.get("s"):
            Subscription.objects.filter(email_hash=key, scope=payload["s"]).delete()
        else:
            Subscription.objects.filter(email_hash=key).delete()
            Mute.objects.get_or_create(email_hash=key, answer=None)
