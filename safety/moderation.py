"""What a moderator can do to a comment, one function per action.

Each function changes the comment through the discussion's own services (which
keep counts right), reached through safety.sources, and writes an AuditEntry in
the same transaction, so there is never an action without its record, nor a
record of an action that failed.
Audit entries never hold an email address, an IP address or removed text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, pgettext

from afterword import languages
from afterword.mail import queue_email
from safety import cases, outreach, sources
from safety.models import AuditEntry, Ban, CrisisCase, Report, normalise_name
from safety.privacy import kind_label
from safety.resources import crisis_context
from safety.sources import Item


class ModerationError(Exception):
    """An action that can't be done to this comment; the message says why."""


def _log(actor, action: str, comment: Item | None, note: str = "", **details) -> AuditEntry:
    return AuditEntry.objects.create(
        actor=actor, action=action, comment=comment, note=note, details=details
    )


def _check_open(comment: Item) -> None:
    """A comment its author removed stays removed: that was their choice to make."""
    if sources.moderated().is_removed(comment):
        raise ModerationError(gettext("Its author removed this comment; it can't be moderated."))


def _resolve_open_reports(comment: Item) -> int:
    """Acting on a reported comment answers its reports."""
    return Report.objects.filter(comment=comment, resolved_at__isnull=True).update(
        resolved_at=timezone.now()
    )


def _status_change(
    actor, comment: Item, action: str, change: Callable[[Item], Item], note: str = ""
) -> Item:
    _check_open(comment)
    with transaction.atomic():
        before = comment.status
        changed = change(comment)
        resolved = _resolve_open_reports(comment)
        _log(actor, action, changed, note, before=before, after=changed.status, reports=resolved)
    return changed


def _close_case(actor, comment: Item, outcome: str, note: str = "") -> None:
    cases.close_for(actor, CrisisCase.Kind.COMMENT, comment.pk, outcome, note)


def approve(actor, comment: Item) -> Item:
    """Publish a waiting comment, or keep a reported one up and close its reports."""
    with transaction.atomic():
        approved = _status_change(actor, comment, "approve", sources.moderated().approve)
        _close_case(actor, approved, CrisisCase.Outcome.PUBLISHED)
    return approved


def publish_with_note(actor, comment: Item, note: str = "") -> Item:
    """Publish a crisis comment with a note beside it for readers: the crisis lines
    and how to answer kindly."""
    _check_open(comment)
    comments = sources.moderated()
    with transaction.atomic():
        comments.add_support_note(comment)
        published = _status_change(actor, comment, "publish_with_note", comments.approve, note)
        _close_case(actor, published, CrisisCase.Outcome.PUBLISHED_WITH_NOTE, note)
    return published


def keep_private(actor, comment: Item, note: str = "") -> Item:
    """Don't publish; tell the author gently why, with the crisis lines."""
    with transaction.atomic():
        kept = _status_change(actor, comment, "keep_private", sources.moderated().reject, note)
        _close_case(actor, kept, CrisisCase.Outcome.KEPT_PRIVATE, note)
        if kept.email:
            outreach.send_kept_private(
                to=kept.email, pen_name=kept.pen_name, language=kept.language
            )
    return kept


def reject(actor, comment: Item, note: str = "") -> Item:
    """Take the comment out of the discussion and tell its author, kindly, with the note."""
    with transaction.atomic():
        rejected = _status_change(actor, comment, "reject", sources.moderated().reject, note)
        _email_rejection(rejected, note)
        _close_case(actor, rejected, CrisisCase.Outcome.REJECTED, note)
    return rejected


def mark_spam(actor, comment: Item) -> Item:
    """Spam is not answered: no email goes out."""
    with transaction.atomic():
        marked = _status_change(actor, comment, "spam", sources.moderated().mark_spam)
        _close_case(actor, marked, CrisisCase.Outcome.REJECTED, "spam")
    return marked


def edit(actor, comment: Item, body: str, note: str = "") -> Item:
    """Change the words (the text is screened again). Only lengths are logged."""
    _check_open(comment)
    with transaction.atomic():
        before = (len(comment.body), comment.crisis_level)
        sources.moderated().edit(comment, body)
        _log(
            actor,
            "edit",
            comment,
            note,
            length_before=before[0],
            length_after=len(comment.body),
            crisis_before=before[1],
            crisis_after=comment.crisis_level,
        )
    return comment


def redact(actor, comment: Item, keys: Iterable[str] | None = None) -> list[str]:
    """Replace chosen privacy findings (all of them when `keys` is None) with "[removed]".

    `keys` are span keys as given by `span_key`. Returns the kinds removed; the log
    records kinds and counts, never the removed text. The author is told why.
    """
    _check_open(comment)
    findings = comment.screening.get("privacy", []) if comment.screening else []
    wanted = None if keys is None else set(keys)
    spans = [f for f in findings if wanted is None or span_key(f) in wanted]
    with transaction.atomic():
        removed = sources.moderated().redact(comment, spans)
        kinds = [span.get("kind", "detail") for span in removed]
        if removed:
            _log(actor, "redact", comment, kinds=sorted(set(kinds)), count=len(removed))
            _email_redaction(comment, kinds)
    return kinds


def span_key(span: dict) -> str:
    """A span's identity in a form: where it sits, so a changed text can't mix them up."""
    return f"{span['start']}-{span['end']}"


def ban(actor, comment: Item, kinds: Iterable[str], reason: str = "") -> list[str]:
    """Refuse future posts from this comment's pen name, email and/or address.

    Emails and addresses are stored as keyed hashes; returns the kinds banned.
    """
    values = {
        Ban.Kind.PEN_NAME: normalise_name(comment.pen_name),
        Ban.Kind.EMAIL: Ban.email_value(comment.email),  # "" without an address: no ban
        Ban.Kind.IP: comment.ip_hash,
    }
    done: list[str] = []
    with transaction.atomic():
        for kind in dict.fromkeys(kinds):
            if kind not in values or not values[kind]:
                continue  # an imported comment has no network address to ban
            Ban.objects.get_or_create(
                kind=kind,
                value=values[kind],
                defaults={"reason": reason, "created_by": actor},
            )
            done.append(kind)
        if done:
            _log(actor, "ban", comment, reason, kinds=done)
    return done


def resolve_reports(actor, comment: Item, note: str = "") -> int:
    """Close a comment's open reports and leave the comment as it is."""
    with transaction.atomic():
        reasons = list(
            Report.objects.filter(comment=comment, resolved_at__isnull=True).values_list(
                "reason", flat=True
            )
        )
        resolved = _resolve_open_reports(comment)
        if resolved:
            _log(actor, "resolve_reports", comment, note, reports=resolved, reasons=reasons)
    return resolved


BULK_ACTIONS: dict[str, Callable] = {"approve": approve, "reject": reject, "spam": mark_spam}


def bulk(actor, action: str, ids: Iterable[int]) -> int:
    """Apply approve, reject or spam to many comments; each gets its own log entry.

    Comments removed by their authors are skipped, and so is every comment that
    may be from someone in danger: those are decided on their own page, one by one.
    Returns how many were changed.
    """
    do = BULK_ACTIONS[action]
    done = 0
    in_crisis = cases.open_case_ids(CrisisCase.Kind.COMMENT)
    comments = sources.moderated()
    with transaction.atomic():
        for comment in comments.many(ids):
            if comments.is_removed(comment):
                continue
            if comment.pk in in_crisis or comment.crisis_level >= 2:
                continue
            do(actor, comment)
            done += 1
    return done


def _email_rejection(comment: Item, note: str) -> None:
    context = {
        "pen_name": comment.pen_name,
        "answer_title": sources.moderated().title(comment),
        "note": note,
        "body": comment.body,
        "terms_url": settings.SITE_URL + reverse("column:terms"),
        "SITE_NAME": settings.SITE_NAME,
    }
    with languages.writing_in(comment.language):  # the author's, not the moderator's
        if comment.crisis_level >= 2:
            context.update(crisis_context(None))
        queue_email("safety/email/comment_rejected", to=comment.email, context=context)


def _joined(words: list[str]) -> str:
    """ "a phone number and an email address": the kinds, joined as the language does."""
    joined = words[0] if words else ""
    for word in words[1:]:
        joined = pgettext("kinds of removed detail", "%(some)s and %(another)s") % {
            "some": joined,
            "another": word,
        }
    return joined


def _email_redaction(comment: Item, kinds: list[str]) -> None:
    with languages.writing_in(comment.language):  # the author's, not the moderator's
        comments = sources.moderated()
        words = [kind_label(kind) for kind in dict.fromkeys(kinds)]
        shown = comments.is_published(comment)
        context = {
            "pen_name": comment.pen_name,
            "answer_title": comments.title(comment),
            "removed_words": _joined(words),
            "url": settings.SITE_URL + comments.public_url(comment) if shown else "",
            "SITE_NAME": settings.SITE_NAME,
        }
        queue_email("safety/email/comment_redacted", to=comment.email, context=context)
