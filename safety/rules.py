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
from django.db.models import Exists, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from afterword.identity import normalise_email
from safety import sources
from safety.models import Ban
from safety.screen import Screening

HELD_CRISIS = "crisis"
HELD_REVIEW = "review"
HELD_FIRST = "first"
HELD_LINKS = "links"
HELD_SUSPECT = "suspect"
SPAM_HONEYPOT = "honeypot"

# What a decision makes of a comment; the discussion's statuses carry the same values.
PUBLISHED, PENDING, SPAM = "published", "pending", "spam"

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


def _refusing(
    *, pen_name: str, email: str, ip_hash: str, recent: Callable[..., QuerySet] | None
) -> dict[str, QuerySet]:
    """The querysets that refuse a post when they have a row: the poster's bans, and the
    posts past each rate limit.

    `recent(since, email=…)` / `recent(since, ip_hash=…)` gives the posts (comments or
    letters) that count toward the limit; None counts nothing (an edit is not a new post).
    """
    email = normalise_email(email)
    found = {"banned": Ban.matching(pen_name=pen_name, email=email, ip_hash=ip_hash)}
    if recent is None:
        return found
    since = rate_window_start()
    # The limit-th post in the window, if there is one: a row means the poster is over it.
    limit = settings.RATE_LIMIT_PER_EMAIL
    found["over_email"] = recent(since, email=email)[limit - 1 : limit]
    if ip_hash:
        limit = settings.RATE_LIMIT_PER_IP
        found["over_ip"] = recent(since, ip_hash=ip_hash)[limit - 1 : limit]
    return found


def refusal_questions(
    *, pen_name: str, email: str, ip_hash: str, recent: Callable[..., QuerySet] | None
) -> dict[str, Exists]:
    """Is the poster banned, over the email limit, over the address limit? As `Exists`
    expressions, for a post to ask in one query with its other questions; `refusal_for`
    reads the answers."""
    found = _refusing(pen_name=pen_name, email=email, ip_hash=ip_hash, recent=recent)
    return {name: Exists(queryset) for name, queryset in found.items()}


def refusal_for(answers: dict, *, body: str) -> Refused | None:
    """The refusal for a banned poster, banned words or a poster over a rate limit, from
    the answers to `refusal_questions`; None when the post may go on."""
    if answers["banned"]:
        return Refused(
            _(
                "This pen name or address can't post here any more. If you think this is a "
                "mistake, please write to the moderators."
            ),
            code="banned",
        )
    banned = _word_pattern(settings.MODERATION_BANNED_WORDS)
    if banned and (match := banned.search(body)):
        message = _(
            "Your text contains “%(word)s”, which isn't allowed here. Everything "
            "you wrote is still in the form: please change that part and post again."
        )
        return Refused(message % {"word": match.group(0)}, code="banned_word")
    if answers.get("over_email") or answers.get("over_ip"):
        minutes = max(1, settings.RATE_LIMIT_WINDOW // 60)
        message = _(
            "You've posted a lot in a short time, so we've paused posting from you for a "
            "few minutes (at most %(minutes)s). Your text is safe in the form below — "
            "please send it again in a little while."
        )
        return Refused(message % {"minutes": minutes}, code="rate_limited")
    return None


def check_refusal(
    *, pen_name: str, email: str, body: str, ip_hash: str, recent: Callable[..., QuerySet] | None
) -> None:
    """Raise Refused when the rules refuse this text (letters and edits, which have no
    other questions to ask with these): one small indexed query per check."""
    found = _refusing(pen_name=pen_name, email=email, ip_hash=ip_hash, recent=recent)
    answers = {name: queryset.exists() for name, queryset in found.items()}
    if refused := refusal_for(answers, body=body):
        raise refused


def history_questions(*, email: str) -> dict[str, Exists]:
    """Has this email had a comment published ("returning")? Asked only when first
    comments are held; `decide_comment` reads the answer."""
    if not settings.COMMENTS_HOLD_FIRST:
        return {}
    return {"returning": Exists(sources.moderated().published_by(email))}


def decide_comment(
    *,
    email: str,
    body: str,
    screening: Screening,
    honeypot: bool = False,
    returning: bool | None = None,
) -> Decision:
    """Publish or hold. `returning` (from `history_questions`) says whether the email has had a
    comment published before; when not given, it is looked up."""
    if honeypot and screening.crisis.level < 2:
        return Decision(status=SPAM, reasons=(SPAM_HONEYPOT,))
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
            returning = sources.moderated().published_by(email).exists()
        if not returning:
            reasons.append(HELD_FIRST)
    status = PENDING if reasons else PUBLISHED
    return Decision(status=status, reasons=tuple(reasons))
