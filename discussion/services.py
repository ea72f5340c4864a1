"""The one path a comment takes into the house, and the staff actions on it.

Views call `post_comment`, the demo loader `seed_comment` and importers
`importing.import_comments`; all three share the tree rules and the way a row is
made (storing.py), so no comment skips the safety screen, the moderation rules or
the bookkeeping of counts. What happened is announced (events.py) to the apps that
care; this module imports none of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from afterword import languages
from afterword.identity import normalise_email
from afterword.text import clean_line, clean_text, plain_to_html
from discussion import events, pen_names
from discussion.models import Comment
from discussion.storing import SPOT_FIELDS, Placement, Spot, new_comment, place_reply, placed
from safety import cases, rules
from safety.models import CrisisCase
from safety.redaction import redact_text
from safety.screen import screen


class NeedsPrivacyCheck(Exception):
    """The text names people, places or contacts: the poster confirms before publishing."""

    def __init__(self, findings: list[dict]):
        super().__init__("privacy check")
        self.findings = findings


@dataclass(frozen=True)
class Posted:
    comment: Comment
    reasons: tuple[str, ...]  # why it was held; empty when published

    @property
    def held(self) -> bool:
        return self.comment.status == Comment.Status.PENDING


@dataclass(frozen=True)
class Choices:
    """What the poster ticked on the form (people acts on them: events.comment_posted)."""

    notify_replies: bool = True  # email me when someone replies to this comment
    follow_thread: bool = False  # email me the new comments of this discussion
    invite_back: bool = False  # invite me back in a year


def _reply_target(answer, parent_id: int | None) -> Spot | None:
    """The published comment of this answer being replied to, or raise ValidationError."""
    if not parent_id:
        return None
    found = (
        Comment.objects.filter(pk=parent_id, answer=answer)
        .values_list(*SPOT_FIELDS, "status")
        .first()
    )
    if found is None or found[-1] != Comment.Status.PUBLISHED:
        raise ValidationError(
            _(
                "The comment you were replying to is no longer available. Your words are "
                "still here — you can post them as a new comment."
            ),
            code="parent",
        )
    return Spot(*found[:-1])


def _comments_since(since, **who):
    """Comments someone posted since then (for the rate limits)."""
    return Comment.objects.filter(created_at__gte=since, **who)


def _ask(answer, questions: dict) -> dict:
    """The answers to `Exists`/`Subquery` questions, in one query.

    A SELECT needs a row to select from: the answer being commented on gives one. An
    answer deleted since it was loaded gives none, and the post is refused.
    """
    try:
        return type(answer).objects.values(**questions).get(pk=answer.pk)
    except type(answer).DoesNotExist:
        raise ValidationError(_("This answer isn't open for comments."), code="answer") from None


def _checked(answer, *, pen_name: str, email: str, ip_hash: str = "", live: bool) -> dict:
    """Everything the rules and the pen-name check need to know, in one query."""
    questions = pen_names.questions(pen_name=pen_name, email=email)
    questions |= rules.history_questions(email=email)
    if live:
        questions |= rules.refusal_questions(
            pen_name=pen_name, email=email, ip_hash=ip_hash, recent=_comments_since
        )
    return _ask(answer, questions)


def _store(comment: Comment, placement: Placement) -> None:
    """Insert, then set the path (it ends with the id the INSERT just gave)."""
    comment.save()
    placed(comment, placement)


def _count_changed(comment: Comment, delta: int | None) -> None:
    # Every post to an answer updates the answer's row: last in the transaction,
    # so its lock is held only for the commit.
    events.shown_count_changed.send(sender=Comment, answer_id=comment.answer_id, delta=delta)


def post_comment(
    *,
    answer,
    pen_name: str,
    email: str,
    body: str,
    parent_id: int | None = None,
    choices: Choices = Choices(),  # noqa: B008 (frozen: never changed)
    privacy_confirmed: bool = True,
    honeypot: bool = False,
    screening=None,
    ip_hash: str = "",
) -> Posted:
    """What someone sent from the comment form: screen, decide and store it in one
    transaction, then announce it (events.py).

    Raises ValidationError (a refusal, a bad reply target, a pen name verified
    by someone else) or NeedsPrivacyCheck; the caller gives the text back in
    either case. `screening` is the screen's verdict on this same text when the
    caller already has it (the view's, from safety.help), so the text is not
    screened twice; `ip_hash` is the keyed hash of the request's address.
    """
    if not answer.is_live:
        raise ValidationError(_("This answer isn't open for comments."), code="answer")
    # Forms clean text already; scripts come here directly.
    body, pen_name = clean_text(body), clean_line(pen_name)
    placement = place_reply(_reply_target(answer, parent_id))
    live = not honeypot
    answers = _checked(answer, pen_name=pen_name, email=email, ip_hash=ip_hash, live=live)
    if live and (refused := rules.refusal_for(answers, body=body)):
        raise refused
    # A post under someone else's verified pen name is refused (text kept).
    poster = pen_names.read(answers, pen_name=pen_name, email=email, enforce=True)
    if screening is None:
        screening = screen(body, country=settings.CRISIS_COUNTRY)
    crisis = screening.crisis.level >= 2
    # Someone who may be in danger sees help at once; moderators redact details later.
    if screening.privacy and not privacy_confirmed and not crisis and not honeypot:
        raise NeedsPrivacyCheck([finding_dict(f) for f in screening.privacy])
    decision = rules.decide_comment(
        email=email,
        body=body,
        screening=screening,
        honeypot=honeypot,
        returning=answers.get("returning"),
    )
    comment = new_comment(
        answer_id=answer.pk,
        placement=placement,
        pen_name=pen_name,
        email=email,
        body=body,
        status=decision.status,
        screening=screening,
        pen_name_verified=bool(poster and poster.verified),
        notify_replies=choices.notify_replies,
        held_for=list(decision.reasons),
        ip_hash=ip_hash,
        language=languages.asked_in(),
    )
    # The answer in hand: what listens to the post (column/signals.py needs its slug)
    # reads it from here instead of asking the database again.
    comment.answer = answer
    with transaction.atomic():
        _store(comment, placement)
        if comment.crisis_level >= 2:
            # From level 4 this also pages the moderators.
            cases.open_case(CrisisCase.Kind.COMMENT, comment.pk, comment.crisis_level)
        if live:
            _announce_post(comment, choices=choices, poster=poster, reasons=decision.reasons)
        if comment.status == Comment.Status.PUBLISHED:
            _count_changed(comment, +1)
    return Posted(comment=comment, reasons=decision.reasons)


def _announce_post(comment: Comment, *, choices: Choices, poster, reasons) -> None:
    events.comment_posted.send(sender=Comment, comment=comment, choices=choices, poster=poster)
    if comment.reply_to_id:
        events.reply_posted.send(sender=Comment, comment=comment, reply_to_id=comment.reply_to_id)
    if comment.status == Comment.Status.PENDING:
        events.comment_held.send(sender=Comment, comment=comment, reasons=reasons)
    elif comment.status == Comment.Status.PUBLISHED:
        events.comment_published.send(sender=Comment, comment=comment)


def seed_comment(
    *,
    answer,
    pen_name: str,
    email: str,
    body: str,
    status: str,
    parent_id: int | None = None,
    created_at: datetime | None = None,
    notify_replies: bool = True,
    ip_hash: str = "",
) -> Posted:
    """A comment whose status is already decided: the demo loader's, or a script's.

    Placed, screened and stored as a post is, and its pen name's verified mark and
    the rules' reasons are kept as a post's would be; but nothing is refused, no
    crisis case is opened and nobody is emailed (nothing is announced but the count).
    """
    body, pen_name = clean_text(body), clean_line(pen_name)
    target = _reply_target(answer, parent_id) if parent_id else None
    placement = place_reply(target)
    answers = _checked(answer, pen_name=pen_name, email=email, live=False)
    poster = pen_names.read(answers, pen_name=pen_name, email=email, enforce=False)
    screening = screen(body, country=settings.CRISIS_COUNTRY)
    decision = rules.decide_comment(
        email=email, body=body, screening=screening, returning=answers.get("returning")
    )
    extra = {"created_at": created_at} if created_at is not None else {}
    comment = new_comment(
        answer_id=answer.pk,
        placement=placement,
        pen_name=pen_name,
        email=email,
        body=body,
        status=status,
        screening=screening,
        pen_name_verified=bool(poster and poster.verified),
        notify_replies=notify_replies,
        held_for=list(decision.reasons),
        ip_hash=ip_hash,
        **extra,
    )
    with transaction.atomic():
        _store(comment, placement)
        if comment.status == Comment.Status.PUBLISHED:
            _count_changed(comment, +1)
    return Posted(comment=comment, reasons=decision.reasons)


def crisis_sources(ids: list[int]) -> dict[int, cases.Source]:
    """Comments as the crisis queue reads them (safety.cases' protocol)."""
    found = Comment.objects.filter(pk__in=ids).select_related("answer")
    return {
        c.pk: cases.Source(
            text=c.body,
            pen_name=c.pen_name,
            email=c.email,
            title=c.answer.title,
            staff_url=reverse("safety:comment", args=[c.pk]),
            public_url=c.get_absolute_url() if c.status == Comment.Status.PUBLISHED else "",
            status=c.get_status_display(),
            screening=c.screening,
            language=c.language,
        )
        for c in found
    }


def finding_dict(finding) -> dict:
    return {"kind": finding.kind, "start": finding.start, "end": finding.end, "text": finding.text}


def _set_status(comment: Comment, status: str) -> Comment:
    with transaction.atomic():
        locked = Comment.objects.select_for_update().get(pk=comment.pk)
        was_published = locked.status == Comment.Status.PUBLISHED
        locked.status = status
        locked.moderated_at = timezone.now()
        now_published = status == Comment.Status.PUBLISHED
        first_time = now_published and locked.published_at is None
        if first_time:
            locked.published_at = locked.moderated_at
        locked.save(update_fields=["status", "moderated_at", "published_at"])
        if first_time:
            # A held comment tells those waiting for it only now, and only once:
            # a comment hidden and then restored is not news.
            events.comment_published.send(sender=Comment, comment=locked)
        if was_published != now_published:
            _count_changed(locked, 1 if now_published else -1)
    return locked


def approve_comment(comment: Comment) -> Comment:
    return _set_status(comment, Comment.Status.PUBLISHED)


def reject_comment(comment: Comment) -> Comment:
    return _set_status(comment, Comment.Status.REJECTED)


def mark_spam(comment: Comment) -> Comment:
    return _set_status(comment, Comment.Status.SPAM)


def edit_comment_body(comment: Comment, body: str, screening=None) -> Comment:
    """Replace a comment's text: rendered and screened again, so the stored HTML, the
    crisis level and the spans moderators see always describe the words as they are now."""
    screening = screening or screen(body, country=settings.CRISIS_COUNTRY)
    comment.body = body
    comment.body_html = plain_to_html(body)
    comment.screening = screening.to_dict()
    comment.crisis_level = screening.crisis.level
    comment.edited_at = timezone.now()
    comment.save(update_fields=["body", "body_html", "screening", "crisis_level", "edited_at"])
    return comment


# --- The author's own actions (people/my_words.py checks that they are the author) -------

FORMER_MEMBER = "Former member"


def edit_by_author(
    comment: Comment, body: str, *, privacy_confirmed: bool = True
) -> tuple[Comment, tuple[str, ...]]:
    """The author changes their words: screened again, and held again when the screen
    or the rules would hold the new words. Returns the comment and why it was held.

    Banned words refuse the edit (rules.Refused) with the text given back; details
    that could identify someone raise NeedsPrivacyCheck unless `privacy_confirmed`,
    as for a new comment.
    """
    rules.check_refusal(
        pen_name=comment.pen_name,
        email=comment.email,
        body=body,
        ip_hash="",
        recent=None,  # an edit is not a new post: no rate limit
    )
    screening = screen(body, country=settings.CRISIS_COUNTRY)
    if screening.privacy and not privacy_confirmed and screening.crisis.level < 2:
        raise NeedsPrivacyCheck([finding_dict(f) for f in screening.privacy])
    with transaction.atomic():
        edit_comment_body(comment, body, screening)
        decision = rules.decide_comment(email=comment.email, body=body, screening=screening)
        reasons = tuple(r for r in decision.reasons if r != rules.HELD_FIRST)
        if reasons and comment.status == Comment.Status.PUBLISHED:
            comment = _set_status(comment, Comment.Status.PENDING)
        if reasons:
            Comment.objects.filter(pk=comment.pk).update(held_for=list(reasons))
            comment.held_for = list(reasons)
        if comment.crisis_level >= 2:
            cases.open_case(CrisisCase.Kind.COMMENT, comment.pk, comment.crisis_level)
    return comment, reasons


def remove_by_author(comment: Comment) -> Comment:
    """The author deletes a comment: its words go, a placeholder keeps the replies' place."""
    with transaction.atomic():
        removed = _set_status(comment, Comment.Status.REMOVED)
        Comment.objects.filter(pk=removed.pk).update(
            body="", body_html="", screening={}, held_for=[]
        )
    return removed


def erase_author(email: str, *, delete: bool) -> int:
    """Erase a person from the discussion: every comment under `email` is removed
    (`delete`) or kept under the name "Former member"; either way the email and
    address hashes go, and replies say "in reply to Former member". Returns the count."""
    email = normalise_email(email)
    mine = Comment.objects.filter(email=email)
    ids = list(mine.values_list("pk", flat=True))
    if not ids:
        return 0
    with transaction.atomic():
        if delete:
            for comment in Comment.objects.filter(pk__in=ids).exclude(
                status=Comment.Status.REMOVED
            ):
                _set_status(comment, Comment.Status.REMOVED)
            Comment.objects.filter(pk__in=ids).update(
                body="", body_html="", screening={}, held_for=[]
            )
        # Saved one by one (an erasure is rare and a person's comments few), so the
        # pages that show these names are dropped (column/signals.py).
        for comment in Comment.objects.filter(pk__in=ids).only("pk", "answer_id", "status"):
            comment.pen_name, comment.pen_name_verified = FORMER_MEMBER, False
            comment.email = comment.ip_hash = comment.claimed_name = ""
            comment.save(
                update_fields=["pen_name", "pen_name_verified", "claimed_name", "email", "ip_hash"]
            )
        replies = Comment.objects.filter(reply_to_id__in=ids).exclude(pk__in=ids)
        for reply in replies.only("pk", "answer_id", "status"):
            reply.reply_to_name = FORMER_MEMBER
            reply.save(update_fields=["reply_to_name"])
    return len(ids)


def delete_comments(comments) -> int:
    """Delete comments for good (the admin's delete), with the replies under them
    (`parent` cascades), and recount their answers' published comments."""
    with transaction.atomic():
        answer_ids = set(comments.values_list("answer_id", flat=True))
        deleted, _ = comments.delete()
        for answer_id in answer_ids:
            events.shown_count_changed.send(sender=Comment, answer_id=answer_id, delta=None)
    return deleted


def forget_ip_hashes(*, before: datetime) -> int:
    """Clear the address hashes of comments posted before `before` (retention)."""
    return Comment.objects.filter(created_at__lt=before).exclude(ip_hash="").update(ip_hash="")


def mark_pen_name_verified(comment_ids: list[int]) -> int:
    """Show the "verified" mark on these comments (their pen name was just verified).

    Saved one by one (a person's comments are few), so their pages are dropped."""
    unmarked = Comment.objects.filter(pk__in=comment_ids, pen_name_verified=False)
    changed = 0
    for comment in unmarked.only("pk", "answer_id", "status"):
        comment.pen_name_verified = True
        comment.save(update_fields=["pen_name_verified"])
        changed += 1
    return changed


def set_claimed_name(comment_ids: list[int], name: str) -> int:
    """Show these comments under the verified pen name that claimed them (people/claims.py);
    an empty `name` undoes the claim. The pen name they were written with stays.

    Saved one by one (a person's comments are few), so their pages are dropped."""
    changed = 0
    to_change = Comment.objects.filter(pk__in=comment_ids).exclude(claimed_name=name)
    for comment in to_change.only("pk", "answer_id", "status"):
        comment.claimed_name = name
        comment.save(update_fields=["claimed_name"])
        changed += 1
    return changed


def redact_comment(comment: Comment, spans: list[dict]) -> list[dict]:
    """Replace the given spans of the comment's text with "[removed]".

    Returns the spans actually removed: a span whose text no longer matches (the
    comment changed since it was screened) is left alone rather than cutting words.
    """
    body, removed = redact_text(comment.body, spans)
    if removed:
        edit_comment_body(comment, body)
    return removed
