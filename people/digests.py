"""The daily digest: one email per address with daily subscriptions."""

from __future__ import annotations

from collections import defaultdict

from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from column import queries as column_queries
from discussion import queries as discussion_queries
from people.emails import queue
from people.models import Mute, Subscription

Scope = Subscription.Scope
Frequency = Subscription.Frequency


def send_digests(now=None) -> int:
    """One email per address with daily subscriptions: what happened since the last.

    Returns the number of emails queued; an address with nothing new gets none.
    """
    now = now or timezone.now()
    subs = (
        Subscription.objects.filter(confirmed_at__isnull=False)
        .filter(Q(frequency=Frequency.DAILY) | Q(scope=Scope.EVERYTHING))
        .select_related("answer")
        .order_by("email_hash", "pk")
    )
    groups: dict[str, list[Subscription]] = defaultdict(list)
    for sub in subs:
        groups[sub.email_hash].append(sub)
    sent = 0
    for key, group in groups.items():
        with transaction.atomic():
            if _digest_for(key, group, now):
                sent += 1
            Subscription.objects.filter(pk__in=[s.pk for s in group]).update(last_sent_at=now)
    return sent


def _digest_for(key: str, group: list[Subscription], now) -> bool:
    email = group[0].email
    muted_all = Mute.objects.filter(email_hash=key, answer__isnull=True).exists()
    if muted_all:
        return False
    muted = set(Mute.objects.filter(email_hash=key).values_list("answer_id", flat=True))
    replies: list = []
    threads: list[tuple] = []
    new_answers: list = []
    busy: list[tuple] = []
    for sub in group:
        since = sub.last_sent_at or sub.confirmed_at
        fresh = discussion_queries.published_between(since, now)
        fresh = fresh.exclude(email=email).exclude(answer_id__in=muted)
        if sub.scope == Scope.REPLIES:
            replies += list(
                fresh.filter(reply_to__email=email, reply_to__notify_replies=True)
                .select_related("answer")
                .order_by("created_at")
            )
        elif sub.scope == Scope.THREAD:
            assert sub.answer is not None  # a thread follow names its answer (check constraint)
            comments = list(fresh.filter(answer=sub.answer).order_by("created_at"))
            if comments and sub.answer.is_live:
                threads.append((sub.answer, comments))
        else:
            new_answers = list(
                column_queries.published_answers()
                .filter(published_at__gt=since, published_at__lte=now)
                .select_related("columnist")
            )
            counts = (
                fresh.filter(answer__in=column_queries.published_answers())
                .values("answer")
                .annotate(n=Count("pk"))
                .order_by("-n")[:20]
            )
            by_id = column_queries.answers_by_id([row["answer"] for row in counts])
            busy = [(by_id[row["answer"]], row["n"]) for row in counts]
    if not (replies or threads or new_answers or busy):
        return False
    context = {
        "replies": replies,
        "threads": threads,
        "new_answers": new_answers,
        "busy": busy,
    }
    # One email for several subscriptions: in the language of the latest ask.
    language = max(group, key=lambda sub: sub.pk).language
    queue("digest", email, context, language=language)
    return True
