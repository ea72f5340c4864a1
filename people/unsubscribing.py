"""Unsubscribe links: one click stops one kind of email, one discussion, or all."""

from __future__ import annotations

from django.conf import settings
from django.db import transaction

from column import queries as column_queries
from people.models import Mute, Subscription

Scope = Subscription.Scope


def describe_unsubscribe(payload: dict) -> str:
    if payload.get("a"):
        answer = column_queries.published_answers().filter(pk=payload["a"]).only("title").first()
        return (
            f"emails about the discussion of “{answer.title}”"
            if answer
            else ("emails about this discussion")
        )
    if payload.get("s") == Scope.REPLIES:
        return "emails when someone replies to you"
    if payload.get("s") == Scope.EVERYTHING:
        return "the daily digest"
    return f"all emails from {settings.SITE_NAME}"


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
