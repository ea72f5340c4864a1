"""Moderation rules: refuse, hold or publish a screened text.

Rules hold; they refuse only for bans, banned words and rate limits, and then
with a clear message and the person's text given back. Whatever they decide,
the poster is told.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.utils import timezone

from afterword.ask import Questions
from safety.models import Ban, keyed_hash, normalise_name
from safety.screen import Screening

HELD_CRISIS = "crisis"
HELD_REVIEW = "review"
HELD_FIRST = "first"
HELD_LINKS = "links"
HELD_SUSPECT = "suspect"
SPAM_HONEYPOT = "honeypot"

_LINK = re.compile(r"(?i)\b(?:https?://|www\.)\S+")


def _word_pattern(words: list[str]) -> re.Pattern | None:
    return _compiled_words(tuple(words))


@lru_cache(maxsize=8)
def _compiled_words(words: tuple[str, ...]) -> re.Pattern | None:
    words = [w.strip() for w in words if w.strip()]
    if not words:
        return None
    return re.compile(r"(?i)(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


class Refused(ValidationError):
    """A post that the rules will not take; the message says why, kindly."""


@dataclass(frozen=True)
class Decision:
    status: str
    reasons: tuple[str, ...]


def rate_window_start():
    return timezone.now() - timedelta(seconds=settings.RATE_LIMIT_WINDOW)


def ask_refusal(
    questions: Questions,
    *,
    pen_name: str,
    email: str,
    ip_hash: str,
    recent: Callable[..., QuerySet] | None,
) -> None:
    """Add the questions `refuse` needs: is the poster banned, are they over a rate limit?

    `recent(since, email=…)` / `recent(since, ip_hash=…)`, a module-level function,
    gives the posts (comments or letters) that count toward the limit; None counts
    nothing (an edit is not a new post).
    """
    questions.exists(
        "banned",
        Ban.matching_keys,
        name=normalise_name(pen_name),
        email_hash=keyed_hash(email.strip().lower()),
        ip_hash=ip_hash,
    )
    if recent is None:
        return
    since = rate_window_start()
    limits = [("over_email", {"email": email.strip().lower()}, settings.RATE_LIMIT_PER_EMAIL)]
    if ip_hash:
        limits.append(("over_ip", {"ip_hash": ip_hash}, settings.RATE_LIMIT_PER_IP))
    for name, who, count in limits:
        questions.at_least(name, recent, count, since=since, **who)


def refuse(answers: dict, *, body: str) -> None:
    """Raise Refused for banned posters, banned words and posters over the rate limit,
    from the answers to `ask_refusal`'s questions."""
    if answers["banned"]:
        raise Refused(
            "This pen name or address can't post here any more. If you think this is a "
            "mistake, please write to the moderators.",
            code="banned",
        )
    banned = _word_pattern(settings.MODERATION_BANNED_WORDS)
    if banned and (match := banned.search(body)):
        raise Refused(
            f"Your text contains “{match.group(0)}”, which isn't allowed here. Everything "
            "you wrote is still in the form: please change that part and post again.",
            code="banned_word",
        )
    if answers.get("over_email") or answers.get("over_ip"):
        minutes = max(1, settings.RATE_LIMIT_WINDOW // 60)
        raise Refused(
            "You've posted a lot in a short time, so we've paused posting from you for a "
            f"few minutes (at most {minutes}). Your text is safe in the form below — "
            "please send it again in a little while.",
            code="rate_limited",
        )


def check_refusal(
    *, pen_name: str, email: str, body: str, ip_hash: str, recent: Callable[..., QuerySet] | None
) -> None:
    """`ask_refusal` and `refuse` in one step: one query."""
    questions = Questions()
    ask_refusal(questions, pen_name=pen_name, email=email, ip_hash=ip_hash, recent=recent)
    refuse(questions.ask(), body=body)


def _published_from(email: str) -> QuerySet:
    from discussion.models import Comment

    return Comment.objects.published().filter(email=email)


def ask_history(questions: Questions, *, email: str) -> None:
    """Add the question `decide_comment` needs: has this email had a comment published?"""
    if settings.COMMENTS_HOLD_FIRST:
        questions.exists("returning", _published_from, email=email.strip().lower())


def decide_comment(
    *,
    email: str,
    body: str,
    screening: Screening,
    honeypot: bool = False,
    returning: bool | None = None,
) -> Decision:
    """Publish or hold. `returning` (from `ask_history`) says whether the email has had a
    comment published before; when not given, it is looked up."""
    from discussion.models import Comment  # the rules read comments, they don't own them

    if honeypot and screening.crisis.level < 2:
        return Decision(status=Comment.Status.SPAM, reasons=(SPAM_HONEYPOT,))
    # A person in danger whose browser filled in the hidden field is still a person:
    # the post is held for a moderator to read, never dropped as spam.
    reasons: list[str] = [SPAM_HONEYPOT] if honeypot else []
    if screening.crisis.level >= 2:
        reasons.append(HELD_CRISIS)
    elif screening.needs_review:
        reasons.append(HELD_REVIEW)
    if len(_LINK.findall(body)) >= settings.MODERATION_HOLD_LINKS:
        reasons.append(HELD_LINKS)
    suspect = _word_pattern(settings.MODERATION_SUSPECT_WORDS)
    if suspect and suspect.search(body):
        reasons.append(HELD_SUSPECT)
    if settings.COMMENTS_HOLD_FIRST:
        if returning is None:
            returning = Comment.objects.published().filter(email=email.strip().lower()).exists()
        if not returning:
            reasons.append(HELD_FIRST)
    status = Comment.Status.PENDING if reasons else Comment.Status.PUBLISHED
    return Decision(status=status, reasons=tuple(reasons))
