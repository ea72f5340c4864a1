"""People's control of their own words, one function per action.

Confirming an email (which verifies a pen name and turns on the notifications
someone asked for), following a discussion, signing in to "My words" by email
link, notifying, the daily digest, unsubscribing, editing and deleting one's
comments, exporting and erasing everything tied to an email, and the retention
purge. Views, tasks and commands call these; comments change only through
discussion.services and letters only through column.services.

Emails are queued in the surrounding transaction (afterword.queue). Emails carrying a
single-use link are rendered by the worker (people.tasks.send_link_email), so
the link is never stored in the task queue; all others are rendered when queued.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, Exists, Q, Subquery
from django.urls import reverse
from django.utils import timezone

from afterword.mail import queue_email
from afterword.queue import enqueue
from column import services as column_services
from column.models import Answer, Letter
from discussion import services as discussion_services
from discussion.models import Comment
from people import checkins, following, invitations, links
from people.models import EmailLink, Mute, PenName, Subscription, email_key
from safety import cases
from safety.models import FailedSignIn, Report, normalise_name

Scope = Subscription.Scope
Frequency = Subscription.Frequency


# --- Pen names ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Poster:
    """What the house knows of someone about to post, from `poster_questions`."""

    verified: bool  # their pen name is verified for their email
    pen_name_id: int | None  # their PenName row, when they used this name with this email
    replies_id: int | None = None  # their "replies to me" subscription, if they have one
    replies_confirmed: bool = False


def poster_questions(*, pen_name: str, email: str) -> dict:
    """Who verified this pen name, if anyone; has this email used it before; has it asked
    for replies by email, and confirmed? As `Subquery`/`Exists` expressions, for a post to
    ask in one query with its other questions; `poster_from` reads the answers."""
    name, key = normalise_name(pen_name), email_key(email)
    # A name is verified by one email at most (the pen_name_verified_once constraint).
    owner = PenName.objects.filter(normalised=name, verified_at__isnull=False)
    mine = PenName.objects.filter(email_hash=key, normalised=name)
    replies = Subscription.objects.filter(email_hash=key, scope=Scope.REPLIES, answer=None)
    return {
        "pen_name_owner": Subquery(owner.values("email_hash")[:1]),
        "pen_name_id": Subquery(mine.values("pk")[:1]),
        "replies_id": Subquery(replies.values("pk")[:1]),
        "replies_confirmed": Exists(replies.filter(confirmed_at__isnull=False)),
    }


def poster_from(answers: dict, *, pen_name: str, email: str, enforce: bool = True) -> Poster:
    """The poster, from the answers to `poster_questions` (asked in one query with the
    post's other checks).

    With `enforce`, a name verified by another email is refused: a ValidationError
    with code "pen_name_taken", which the comment form shows with the text kept.
    """
    owner = answers["pen_name_owner"]
    verified = owner is not None and owner == email_key(email)
    if owner is not None and not verified and enforce:
        raise ValidationError(
            f"“{pen_name}” is a verified pen name here: its owner confirmed it by email, so "
            "only they can post under it. Please choose another pen name — everything you "
            "wrote is still here. If it is yours, use the email address you verified it with.",
            code="pen_name_taken",
        )
    return Poster(
        verified=verified,
        pen_name_id=answers["pen_name_id"],
        replies_id=answers["replies_id"],
        replies_confirmed=answers["replies_confirmed"],
    )


def _subscription(email: str, scope: str, answer: Answer | None = None) -> Subscription:
    sub, _ = Subscription.objects.get_or_create(
        email_hash=email_key(email),
        scope=scope,
        answer=answer,
        defaults={"email": email.strip().lower()},
    )
    return sub


def _covered(email: str) -> tuple[set[int], set[int]]:
    """Pen names and subscriptions already waiting in a live confirmation link."""
    pens: set[int] = set()
    subs: set[int] = set()
    for data in (
        links.live(EmailLink.Purpose.CONFIRM).filter(email=email).values_list("data", flat=True)
    ):
        if data.get("pen_name"):
            pens.add(data["pen_name"])
        subs.update(data.get("subscriptions", []))
    return pens, subs


def _ask_to_confirm(
    email: str, *, pen_name_id: int | None, subscriptions: list[int], **extra
) -> EmailLink | None:
    """Email a confirmation link unless one still waiting already covers all of this."""
    pens, subs = _covered(email)
    if (pen_name_id is None or pen_name_id in pens) and set(subscriptions) <= subs:
        return None
    data = {"pen_name": pen_name_id, "subscriptions": subscriptions}
    link = links.new_link(EmailLink.Purpose.CONFIRM, email, {**data, **extra})
    _queue_link(link)
    return link


def _queue_link(link: EmailLink) -> None:
    from people.tasks import send_link_email

    enqueue(send_link_email, link_id=link.pk)


def after_comment(
    comment: Comment, *, follow_thread: bool = False, poster: Poster | None = None
) -> None:
    """After a live post is stored (inside its transaction).

    A pen name or a notification this email hasn't confirmed yet gets one
    confirmation email (with crisis lines when the words call for them); a
    published comment tells those waiting for it. `poster`, when the caller
    already asked, saves looking the pen name up again.
    """
    email = comment.email
    if poster is not None and poster.pen_name_id is not None:
        pen_name_id, verified = poster.pen_name_id, poster.verified
    else:
        pen, _ = PenName.objects.get_or_create(
            email_hash=email_key(email),
            normalised=normalise_name(comment.pen_name),
            defaults={"name": comment.pen_name},
        )
        pen_name_id, verified = pen.pk, pen.verified_at is not None
    pending: list[int] = []
    wanted = [(Scope.REPLIES, None)] if comment.notify_replies else []
    if wanted and poster is not None and poster.replies_id is not None:
        # Asked with the post's checks: a returning poster's subscription is known.
        wanted = []
        if not poster.replies_confirmed:
            pending.append(poster.replies_id)
    if follow_thread:
        wanted.append((Scope.THREAD, comment.answer))
    for scope, answer in wanted:
        sub = _subscription(email, scope, answer)
        if not sub.is_confirmed:
            pending.append(sub.pk)
    if not verified or pending:
        _ask_to_confirm(
            email,
            pen_name_id=None if verified else pen_name_id,
            subscriptions=pending,
            comment=comment.pk,
        )
    if comment.status == Comment.Status.PUBLISHED:
        comment_published(comment)


def comment_published(comment: Comment) -> None:
    """Queue the notifications for a comment readers can now see."""
    from people.tasks import notify_comment

    enqueue(notify_comment, comment_id=comment.pk)


# --- Confirming ----------------------------------------------------------------------------


@dataclass
class Confirmed:
    email: str
    pen_name: str = ""
    pen_name_verified: bool = False
    pen_name_taken: bool = False
    subscriptions: list[Subscription] = field(default_factory=list)


def confirm(token: str) -> Confirmed | None:
    """Spend a confirmation link: verify its pen name, confirm its subscriptions."""
    with transaction.atomic():
        link = links.use(token, EmailLink.Purpose.CONFIRM)
        if link is None:
            return None
        key = email_key(link.email)
        now = timezone.now()
        result = Confirmed(email=link.email)
        pen = PenName.objects.filter(pk=link.data.get("pen_name"), email_hash=key).first()
        if pen is not None:
            result.pen_name = pen.name
            result.pen_name_verified, result.pen_name_taken = _verify(pen, link.email, now)
        subs = Subscription.objects.filter(
            pk__in=link.data.get("subscriptions", []), email_hash=key
        ).select_related("answer")
        for sub in subs:
            if sub.confirmed_at is None:
                sub.confirmed_at = now
                sub.save(update_fields=["confirmed_at"])
            result.subscriptions.append(sub)
        if subs:
            # Asking again undoes an earlier "stop": everywhere, or for these discussions.
            Mute.objects.filter(email_hash=key, answer__isnull=True).delete()
            answers = [s.answer_id for s in subs if s.answer_id]
            Mute.objects.filter(email_hash=key, answer_id__in=answers).delete()
    return result


def _verify(pen: PenName, email: str, now) -> tuple[bool, bool]:
    """(verified, taken by someone else first)."""
    if pen.verified_at is not None:
        return True, False
    if PenName.objects.filter(normalised=pen.normalised, verified_at__isnull=False).exists():
        return False, True
    try:
        with transaction.atomic():
            pen.verified_at = now
            pen.save(update_fields=["verified_at"])
    except IntegrityError:  # verified by another email in the same instant
        pen.verified_at = None
        return False, True
    mine = Comment.objects.filter(email=email.strip().lower()).values_list("pk", "pen_name")
    ids = [pk for pk, name in mine if normalise_name(name) == pen.normalised]
    discussion_services.mark_pen_name_verified(ids)
    return True, False


def follow(answer: Answer, email: str) -> None:
    """Follow a discussion without commenting: double opt-in, by email.

    Says nothing about whether the address is known or already following.
    """
    with transaction.atomic():
        sub = _subscription(email, Scope.THREAD, answer)
        if not sub.is_confirmed:
            _ask_to_confirm(email.strip().lower(), pen_name_id=None, subscriptions=[sub.pk])


# --- Signing in to "My words" --------------------------------------------------------------


def has_words(email: str) -> bool:
    email = email.strip().lower()
    key = email_key(email)
    return (
        Comment.objects.filter(email=email).exists()
        or Letter.objects.filter(email=email).exists()
        or PenName.objects.filter(email_hash=key).exists()
        or Subscription.objects.filter(email_hash=key).exists()
    )


def request_sign_in(email: str) -> bool:
    """Email a sign-in link if this address has anything here. The caller answers the
    same either way, so nobody can learn whether an address is known."""
    email = email.strip().lower()
    if not has_words(email):
        return False
    recent = timezone.now() - timedelta(minutes=1)
    live = links.live(EmailLink.Purpose.SIGN_IN).filter(email=email, created_at__gt=recent)
    if live.exists():  # a second click of the button sends nothing new
        return True
    with transaction.atomic():
        _queue_link(links.new_link(EmailLink.Purpose.SIGN_IN, email))
    return True


def sign_in(token: str) -> str | None:
    """Spend a sign-in link; returns the email it proves, or None."""
    link = links.use(token, EmailLink.Purpose.SIGN_IN)
    return link.email if link else None


# --- Unsubscribing -----------------------------------------------------------------------


def describe_unsubscribe(payload: dict) -> str:
    if payload.get("a"):
        answer = Answer.objects.published().filter(pk=payload["a"]).only("title").first()
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
            answer = Answer.objects.filter(pk=payload["a"]).first()
            if answer is not None:
                following = Subscription.objects.filter(email_hash=key, scope=Scope.THREAD)
                following.filter(answer=answer).delete()
                Mute.objects.get_or_create(email_hash=key, answer=answer)
        elif payload.get("s"):
            Subscription.objects.filter(email_hash=key, scope=payload["s"]).delete()
        else:
            Subscription.objects.filter(email_hash=key).delete()
            Mute.objects.get_or_create(email_hash=key, answer=None)


# --- Emails --------------------------------------------------------------------------------


def email_context(email: str, *, answer: Answer | None = None, scope: str = "") -> dict:
    """What every email's footer needs: the ways to stop, and where My words is."""
    key = email_key(email)
    everything = links.unsubscribe_token(key)
    context = {
        "SITE_NAME": settings.SITE_NAME,
        "SITE_URL": settings.SITE_URL,
        "me_url": settings.SITE_URL + reverse("people:me"),
        "unsubscribe_all_url": links.unsubscribe_url(everything),
        "unsubscribe_url": "",
        "unsubscribe_what": "",
    }
    token = everything
    if answer is not None:
        token = links.unsubscribe_token(key, answer_id=answer.pk)
        context["unsubscribe_what"] = "this discussion"
    elif scope:
        token = links.unsubscribe_token(key, scope=scope)
        context["unsubscribe_what"] = dict(Scope.choices)[scope].lower()
    if token != everything:
        context["unsubscribe_url"] = links.unsubscribe_url(token)
    context["headers"] = links.list_unsubscribe_headers(token)
    return context


def _queue(template: str, to: str, context: dict, **footer) -> None:
    full = {**email_context(to, **footer), **context}
    headers = full.pop("headers")
    queue_email(f"people/email/{template}", to=to, context=full, headers=headers)


def _muted(keys: set[str], answer: Answer) -> set[str]:
    return set(
        Mute.objects.filter(email_hash__in=keys)
        .filter(Q(answer__isnull=True) | Q(answer=answer))
        .values_list("email_hash", flat=True)
    )


def notify(comment: Comment) -> int:
    """Tell, once each, those waiting for this published comment; returns emails queued.

    The person it replies to (when they asked for replies and confirmed their
    email), those following the discussion, and the answer's columnist. Nobody
    is told about their own words; nobody learns another person's address.
    """
    if comment.status != Comment.Status.PUBLISHED:
        return 0
    answer = Answer.objects.select_related("columnist__user").get(pk=comment.answer_id)
    # Recipient key -> (email, why); the first reason found wins.
    recipients: dict[str, tuple[str, str]] = {}
    target = comment.reply_to
    if target is not None and target.notify_replies and target.email and target.is_shown:
        key = email_key(target.email)
        wants = Subscription.objects.filter(
            email_hash=key, scope=Scope.REPLIES, confirmed_at__isnull=False
        ).first()
        if wants is not None:
            # Daily readers get it in the digest, and are not emailed again below.
            instant = wants.frequency == Frequency.INSTANT
            recipients[key] = (target.email, "reply" if instant else "")
    # Those following this writer in this discussion (people/following.py).
    following_writer = following.followers(comment)
    for key, (email, _) in following_writer.items():
        recipients.setdefault(key, (email, "person"))
    followers = Subscription.objects.filter(
        scope=Scope.THREAD, answer=answer, confirmed_at__isnull=False
    ).values_list("email_hash", "email", "frequency")
    for key, email, frequency in followers:
        recipients.setdefault(key, (email, "thread" if frequency == Frequency.INSTANT else ""))
    user = answer.columnist.user
    if user is not None and user.is_active and user.email:
        recipients.setdefault(email_key(user.email), (user.email, "columnist"))
    recipients.pop(email_key(comment.email), None)
    muted = _muted(set(recipients), answer)
    sent = 0
    context = {
        "comment": comment,
        "answer": answer,
        "comment_url": settings.SITE_URL + comment.get_absolute_url(),
        "answer_url": settings.SITE_URL + answer.get_absolute_url(),
    }
    for key, (email, why) in recipients.items():
        if not why or key in muted:
            continue
        if why == "person":
            following.queue_notification(email, following_writer[key][1], context)
        else:
            _queue(f"notify_{why}", email, context, answer=answer)
        sent += 1
    return sent


# --- The daily digest ----------------------------------------------------------------------


def _published_between(start, end):
    """Comments that first became visible in (start, end]: posted then, or approved then."""
    return Comment.objects.published().filter(published_at__gt=start, published_at__lte=end)


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
    replies: list[Comment] = []
    threads: list[tuple[Answer, list[Comment]]] = []
    new_answers: list[Answer] = []
    busy: list[tuple[Answer, int]] = []
    for sub in group:
        since = sub.last_sent_at or sub.confirmed_at
        fresh = _published_between(since, now).exclude(email=email).exclude(answer_id__in=muted)
        if sub.scope == Scope.REPLIES:
            replies += list(
                fresh.filter(reply_to__email=email, reply_to__notify_replies=True)
                .select_related("answer")
                .order_by("created_at")
            )
        elif sub.scope == Scope.THREAD:
            comments = list(fresh.filter(answer=sub.answer).order_by("created_at"))
            if comments and sub.answer.is_live:
                threads.append((sub.answer, comments))
        else:
            new_answers = list(
                Answer.objects.published()
                .filter(published_at__gt=since, published_at__lte=now)
                .select_related("columnist")
            )
            counts = (
                fresh.filter(answer__in=Answer.objects.published())
                .values("answer")
                .annotate(n=Count("pk"))
                .order_by("-n")[:20]
            )
            by_id = Answer.objects.in_bulk([row["answer"] for row in counts])
            busy = [(by_id[row["answer"]], row["n"]) for row in counts]
    if not (replies or threads or new_answers or busy):
        return False
    context = {
        "replies": replies,
        "threads": threads,
        "new_answers": new_answers,
        "busy": busy,
    }
    _queue("digest", email, context)
    return True


# --- My words --------------------------------------------------------------------------------


def my_comments(email: str):
    return Comment.objects.filter(email=email).select_related("answer").order_by("-created_at")


def my_comment(email: str, pk: int) -> Comment | None:
    """One of this person's own comments that they can still change."""
    return (
        my_comments(email)
        .exclude(status__in=[Comment.Status.REMOVED, Comment.Status.SPAM])
        .filter(pk=pk)
        .first()
    )


def _check_author(email: str, comment: Comment) -> None:
    if not email or comment.email != email.strip().lower():
        raise PermissionDenied("Only its author can change a comment.")


def edit_comment(
    email: str, comment: Comment, body: str, *, privacy_confirmed: bool = True
) -> tuple[Comment, tuple[str, ...]]:
    """The author's edit: screened again; held again if the screen or rules say so."""
    _check_author(email, comment)
    return discussion_services.edit_by_author(comment, body, privacy_confirmed=privacy_confirmed)


def delete_comment(email: str, comment: Comment) -> Comment:
    _check_author(email, comment)
    return discussion_services.remove_by_author(comment)


def my_letters(email: str):
    return Letter.objects.filter(email=email).order_by("-received_at")


def my_pen_names(email: str):
    return PenName.objects.filter(email_hash=email_key(email)).order_by("name")


def my_subscriptions(email: str):
    return (
        Subscription.objects.filter(email_hash=email_key(email))
        .select_related("answer")
        .order_by("scope", "pk")
    )


def subscribe_signed_in(email: str, scope: str, answer: Answer | None = None) -> Subscription:
    """A signed-in person has proven their email: the subscription is confirmed at once."""
    with transaction.atomic():
        sub = _subscription(email, scope, answer)
        if sub.confirmed_at is None:
            sub.confirmed_at = timezone.now()
            sub.save(update_fields=["confirmed_at"])
        Mute.objects.filter(email_hash=email_key(email), answer__isnull=True).delete()
    return sub


def set_frequency(email: str, pk: int, frequency: str) -> bool:
    if frequency not in Frequency.values:
        return False
    mine = Subscription.objects.filter(email_hash=email_key(email), pk=pk)
    return bool(
        # Following a person is as it happens only (people/following.py).
        mine.exclude(scope=Scope.PERSON).update(frequency=frequency, last_sent_at=timezone.now())
    )


def stop_subscription(email: str, pk: int) -> bool:
    deleted, _ = Subscription.objects.filter(email_hash=email_key(email), pk=pk).delete()
    return bool(deleted)


@dataclass(frozen=True)
class _Words:
    export: Callable[[str], list]
    erase: Callable[..., int]


# Other apps' words tied to an email (support circles), by the name they export under.
_WORDS: dict[str, _Words] = {}


def register_words(name: str, *, export: Callable[[str], list], erase: Callable[..., int]) -> None:
    """An app whose words My words covers: `export(email)` gives plain data, and
    `erase(email, delete=...)` removes or keeps them (as "a former member"), returning
    a count. Called in the app's ready(), so people imports nothing of it."""
    _WORDS[name] = _Words(export=export, erase=erase)


def export(email: str) -> dict:
    """Everything tied to this email, as plain data (for a JSON download)."""
    email = email.strip().lower()

    def when(value):
        return value.isoformat() if value else None

    comments = [
        {
            "id": c.pk,
            "answer": c.answer.title,
            "url": settings.SITE_URL + c.answer.get_absolute_url() + f"#c{c.pk}",
            "pen_name": c.pen_name,
            "body": c.body,
            "status": c.status,
            "in_reply_to": c.reply_to_name or None,
            "claimed_as": c.claimed_name or None,
            "created_at": when(c.created_at),
            "edited_at": when(c.edited_at),
        }
        for c in my_comments(email)
    ]
    letters = [
        {
            "pen_name": letter.pen_name,
            "body": letter.body,
            "status": letter.status,
            "consent_to_publish": letter.consent_to_publish,
            "received_at": when(letter.received_at),
        }
        for letter in my_letters(email)
    ]
    pen_names = [{"name": p.name, "verified_at": when(p.verified_at)} for p in my_pen_names(email)]
    subscriptions = [
        {
            "what": s.get_scope_display(),
            "answer": s.answer.title if s.answer else None,
            "person": s.author_name or None,
            "frequency": s.frequency,
            "confirmed_at": when(s.confirmed_at),
        }
        for s in my_subscriptions(email)
    ]
    return {
        "site": settings.SITE_URL,
        "email": email,
        "exported_at": when(timezone.now()),
        "comments": comments,
        "letters": letters,
        "pen_names": pen_names,
        "subscriptions": subscriptions,
        **{name: words.export(email) for name, words in _WORDS.items()},
    }


@dataclass(frozen=True)
class Erased:
    comments: int
    letters: int


def erase(email: str, *, delete_comments: bool) -> Erased:
    """Erase everything tied to this email, in one transaction.

    Comments are removed (placeholders keep replies in place) or kept as "Former
    member"; either way the email and address hashes go. Letters, pen names,
    subscriptions, mutes and links are deleted. A last email confirms it.
    """
    email = email.strip().lower()
    key = email_key(email)
    with transaction.atomic():
        comments = discussion_services.erase_author(email, delete=delete_comments)
        letters = column_services.erase_letters(email)
        for words in _WORDS.values():
            words.erase(email, delete=delete_comments)
        PenName.objects.filter(email_hash=key).delete()
        Subscription.objects.filter(email_hash=key).delete()
        following.forget_author(email)  # nobody follows them any more
        Mute.objects.filter(email_hash=key).delete()
        EmailLink.objects.filter(email=email).delete()
        checkins.forget_email(email)
        invitations.forget_email(email)
        cases.forget_email(email)  # crisis signals that kept this address
        context = {"comments": comments, "letters": letters, "deleted": delete_comments}
        _queue("erased", email, context)
    return Erased(comments=comments, letters=letters)


# --- Retention ---------------------------------------------------------------------------------


def purge(now=None) -> dict[str, int]:
    """Forget what is no longer needed; returns counts by kind.

    Address hashes older than IP_RETENTION_DAYS, links used or expired,
    subscriptions and pen names nobody confirmed within UNCONFIRMED_RETENTION_DAYS,
    and the sent emails the task queue still holds after the same time.
    """
    from django_tasks_db.models import DBTaskResult

    now = now or timezone.now()
    old = now - timedelta(days=settings.IP_RETENTION_DAYS)
    unconfirmed = now - timedelta(days=settings.UNCONFIRMED_RETENTION_DAYS)
    counts = {
        "comment_ip_hashes": discussion_services.forget_ip_hashes(before=old),
        "letter_ip_hashes": column_services.forget_ip_hashes(before=old),
        "report_ip_hashes": Report.objects.filter(created_at__lt=old)
        .exclude(reporter_ip_hash="")
        .update(reporter_ip_hash=""),
    }
    # Failed staff sign-ins matter only while they can lock an account out.
    counts["failed_sign_ins"], _ = FailedSignIn.objects.filter(
        created_at__lt=now - timedelta(days=1)
    ).delete()
    counts["links"], _ = links.expired_or_used(now).delete()
    counts["unconfirmed_subscriptions"], _ = Subscription.objects.filter(
        confirmed_at__isnull=True, created_at__lt=unconfirmed
    ).delete()
    counts["unverified_pen_names"], _ = PenName.objects.filter(
        verified_at__isnull=True, created_at__lt=unconfirmed
    ).delete()
    # Sent emails (their text and address) are kept in the queue's results; failed
    # ones stay for an operator to look into.
    counts["sent_email_tasks"], _ = (
        DBTaskResult.objects.successful().filter(finished_at__lt=unconfirmed).delete()
    )
    return counts
