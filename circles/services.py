"""Everything that changes a circle, one function per action.

Joining (pen name and email, proven by people's emailed link), the waiting list,
facilitators named by staff, members' own posts, replies, passes and leaving,
and what facilitators and moderators do. Words go through the same safety
screen and rules as the discussion; a crisis opens a case of kind "circle".
Rounds and the email rhythm live in circles.rounds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from afterword import languages
from afterword.identity import email_key, normalise_email
from afterword.pagecache import content_changed
from afterword.queue import enqueue
from afterword.text import clean_line, clean_text, plain_to_html
from circles import notices
from circles.models import Circle, CirclePost, CircleReport, Membership, NewCircleWanted, Pass
from people import confirming, links, pen_names
from safety import cases, rules
from safety.models import AuditEntry, CrisisCase
from safety.screen import screen

HOLD_LEVEL = 4  # from here a post waits for a moderator before the circle sees it
DANGER_REPORT_LEVEL = 3  # as in the moderation queue
MAX_FACILITATORS = 2


class CircleError(ValidationError):
    """Something that can't be done in the circle; the message says why, kindly."""


class NeedsPrivacyCheck(Exception):
    """The words name people, places or contacts: the member confirms before posting."""

    def __init__(self, findings: list[dict]):
        super().__init__("privacy check")
        self.findings = findings


def _log(action: str, circle: Circle, *, actor=None, note: str = "", **details) -> None:
    AuditEntry.objects.create(
        actor=actor, action=action, note=note, details={"circle": circle.pk, **details}
    )


def _changed() -> None:
    """Places left or a circle's state changed: listings and answer pages show it."""
    content_changed()


# --- Joining --------------------------------------------------------------------------


def join(circle: Circle, *, pen_name: str, email: str, honeypot: bool = False) -> None:
    """Ask to join (or to wait for a place): email a confirmation link.

    Answers the same whether or not the address is already in the circle, so
    nobody learns who is; the link itself signs its owner in.
    """
    pen_name, email = clean_line(pen_name), normalise_email(email)
    if not circle.is_open_to_join:
        raise CircleError(_("This circle isn't taking new members."), code="closed")
    rules.check_refusal(pen_name=pen_name, email=email, body="", ip_hash="", recent=None)
    key = email_key(email)
    owner = pen_names.verified_owner(pen_name)
    if owner is not None and owner != key:
        message = _(
            "“%(name)s” is a verified pen name here, so only its owner can use it. "
            "Please choose another — any name you like."
        )
        raise CircleError(message % {"name": pen_name}, code="pen_name_taken")
    if honeypot:
        return
    with transaction.atomic():
        language = languages.asked_in()  # the circle's emails to them are written in it
        membership, created = Membership.objects.get_or_create(
            circle=circle,
            email_hash=key,
            defaults={"pen_name": pen_name, "email": email, "language": language},
        )
        if membership.status == Membership.Status.REMOVED:
            raise CircleError(
                _(
                    "A facilitator asked you to leave this circle, so you can't join it again. "
                    "If you think this is a mistake, please write to the moderators."
                ),
                code="removed",
            )
        if membership.status == Membership.Status.UNCONFIRMED and not created:
            membership.pen_name, membership.email = pen_name, email
            membership.language = language
            membership.save(update_fields=["pen_name", "email", "language"])
        elif membership.language != language:  # asked again, reading another language
            membership.language = language
            membership.save(update_fields=["language"])
        pen_name_id = pen_names.note(email, pen_name)
        recent = timezone.now() - timedelta(minutes=1)
        waiting = links.live(links.CONFIRM).filter(
            email=email, created_at__gt=recent, data__circle_membership=membership.pk
        )
        if waiting.exists():  # a second press of the button sends nothing new
            return
        link = links.new_link(
            links.CONFIRM,
            email,
            {"pen_name": pen_name_id, "subscriptions": [], "circle_membership": membership.pk},
        )
        from circles.tasks import send_join_link

        enqueue(send_join_link, link_id=link.pk)


@dataclass(frozen=True)
class Joined:
    membership: Membership
    email: str
    pen_name_taken: bool = False


def confirm_join(token: str) -> Joined | None:
    """Spend a join link: verify the pen name (people's confirmation) and take a place,
    or a place on the waiting list when the circle has filled up meanwhile."""
    with transaction.atomic():
        link = links.find(token, links.CONFIRM)
        if link is None or "circle_membership" not in link.data:
            return None
        confirmed = confirming.confirm(token)
        if confirmed is None:
            return None
        membership = (
            Membership.objects.select_related("circle")
            .filter(pk=link.data["circle_membership"], email_hash=email_key(link.email))
            .first()
        )
        if membership is None:
            return None
        # One at a time per circle, so two confirmations can't take the last place twice.
        circle = Circle.objects.select_for_update().get(pk=membership.circle_id)
        if membership.status == Membership.Status.UNCONFIRMED:
            _take_place(circle, membership)
    return Joined(membership=membership, email=link.email, pen_name_taken=confirmed.pen_name_taken)


def _take_place(circle: Circle, membership: Membership) -> None:
    now = timezone.now()
    if not circle.is_open_to_join:
        membership.status = Membership.Status.WAITING
    elif circle.places_left(taken=None) > 0:
        approval = circle.join_mode == Circle.JoinMode.APPROVAL
        membership.status = Membership.Status.AWAITING if approval else Membership.Status.ACTIVE
        membership.joined_at = now if not approval else None
    else:
        membership.status = Membership.Status.WAITING
        _new_circle_wanted(circle)
    membership.save(update_fields=["status", "joined_at"])
    if membership.status == Membership.Status.AWAITING:
        notices.tell_facilitators_someone_asked(circle, membership)
    _changed()


def _new_circle_wanted(circle: Circle) -> None:
    """Record that a full circle turned someone away; tell staff once a week at most."""
    week_ago = timezone.now() - timedelta(days=7)
    told = NewCircleWanted.objects.filter(circle=circle, told_staff_at__gt=week_ago).exists()
    wanted = NewCircleWanted.objects.create(circle=circle, topic_id=circle.topic_id)
    if not told:
        notices.tell_staff_a_circle_is_wanted(circle)
        wanted.told_staff_at = timezone.now()
        wanted.save(update_fields=["told_staff_at"])


def _promote_waiting(circle: Circle) -> None:
    """A place came free: the first on the waiting list takes it, and is told."""
    if circle.places_left() <= 0 or not circle.is_open_to_join:
        return
    first = circle.memberships.filter(status=Membership.Status.WAITING).order_by("created_at")
    membership = first.first()
    if membership is None:
        return
    approval = circle.join_mode == Circle.JoinMode.APPROVAL
    membership.status = Membership.Status.AWAITING if approval else Membership.Status.ACTIVE
    membership.joined_at = None if approval else timezone.now()
    membership.save(update_fields=["status", "joined_at"])
    notices.place_opened(membership)


def approve(facilitator: Membership, membership: Membership) -> Membership:
    _check_facilitates(facilitator, membership.circle_id)
    if membership.status != Membership.Status.AWAITING:
        raise CircleError(_("This person isn't waiting for approval."), code="state")
    with transaction.atomic():
        membership.status, membership.joined_at = Membership.Status.ACTIVE, timezone.now()
        membership.save(update_fields=["status", "joined_at"])
        notices.welcome(membership)
    return membership


def decline(facilitator: Membership, membership: Membership) -> None:
    """Not this circle, for now: the request goes, and a place comes free."""
    _check_facilitates(facilitator, membership.circle_id)
    if membership.status != Membership.Status.AWAITING:
        raise CircleError(_("This person isn't waiting for approval."), code="state")
    with transaction.atomic():
        circle = membership.circle
        membership.delete()
        _promote_waiting(circle)
        _changed()


# --- Staff: circles and facilitators ---------------------------------------------------


def name_facilitator(circle: Circle, *, email: str, pen_name: str, by: User) -> Membership:
    """Make a verified person (an email-confirmed pen name) a facilitator of the circle."""
    email = normalise_email(email)
    key = email_key(email)
    verified_name = pen_names.verified_name(email, pen_name)
    if verified_name is None:
        raise CircleError(
            _(
                "A facilitator must be a verified person: this pen name hasn't been confirmed "
                "by email with this address."
            ),
            code="not_verified",
        )
    with transaction.atomic():
        others = circle.memberships.filter(role=Membership.Role.FACILITATOR).exclude(email_hash=key)
        if others.count() >= MAX_FACILITATORS:
            raise CircleError(_("A circle has one or two facilitators."), code="too_many")
        membership, _created = Membership.objects.update_or_create(
            circle=circle,
            email_hash=key,
            defaults={
                "role": Membership.Role.FACILITATOR,
                "status": Membership.Status.ACTIVE,
                "pen_name": verified_name,
                "email": email,
                "joined_at": timezone.now(),
            },
        )
        _log("circle_facilitator", circle, actor=by, membership=membership.pk)
        _changed()
    return membership


# --- Members' own words ------------------------------------------------------------------


def _check_in(membership: Membership | None, circle_id: int) -> Membership:
    if membership is None or membership.circle_id != circle_id or not membership.is_in:
        raise CircleError(_("Only members of this circle can do that."), code="not_member")
    return membership


def _check_facilitates(membership: Membership | None, circle_id: int) -> Membership:
    member = _check_in(membership, circle_id)
    if member.role != Membership.Role.FACILITATOR:
        raise CircleError(_("Only this circle's facilitators can do that."), code="not_facilitator")
    return member


def _recent_posts(since, email: str, **_):
    return CirclePost.objects.filter(created_at__gte=since, membership__email=email)


def _screened(membership: Membership, body: str, *, privacy_confirmed: bool, new: bool):
    rules.check_refusal(
        pen_name=membership.pen_name,
        email=membership.email,
        body=body,
        ip_hash="",
        recent=_recent_posts if new else None,
    )
    screening = screen(body, country=settings.CRISIS_COUNTRY)
    crisis = screening.crisis.level >= 2
    # Someone who may be in danger is answered at once; a moderator deals with details.
    if screening.privacy and not privacy_confirmed and not crisis:
        raise NeedsPrivacyCheck(
            [
                {"kind": f.kind, "start": f.start, "end": f.end, "text": f.text}
                for f in screening.privacy
            ]
        )
    return screening


def _apply_screening(post: CirclePost, body: str, screening) -> None:
    post.body, post.body_html = body, plain_to_html(body)
    post.crisis_level = screening.crisis.level
    post.screening = screening.to_dict()
    if post.crisis_level >= HOLD_LEVEL and post.status == CirclePost.Status.SHOWN:
        post.status = CirclePost.Status.HELD


def post(
    *,
    membership: Membership,
    round,
    body: str,
    parent: CirclePost | None = None,
    privacy_confirmed: bool = False,
    created_at=None,
) -> CirclePost:
    """A member's post in the open round (once per round), or a reply to a post in it."""
    _check_in(membership, round.circle_id)
    body = clean_text(body)
    if not body:
        raise CircleError(_("Your post is empty — write a few words, then post."), code="empty")
    if not round.is_open:
        raise CircleError(
            _(
                "This round has closed. Your words are still here — you can keep them for "
                "the next round."
            ),
            code="closed",
        )
    if parent is not None:
        if parent.round_id != round.pk or parent.status != CirclePost.Status.SHOWN:
            raise CircleError(
                _("The post you were replying to is no longer there. Your words are still here."),
                code="parent",
            )
        parent = parent.parent or parent  # replies sit under the round's post they answer
    screening = _screened(membership, body, privacy_confirmed=privacy_confirmed, new=True)
    new = CirclePost(
        circle_id=round.circle_id,
        round=round,
        parent=parent,
        membership=membership,
        pen_name=membership.pen_name,
    )
    if created_at is not None:
        new.created_at = created_at
    _apply_screening(new, body, screening)
    try:
        with transaction.atomic():
            new.save()
            if parent is None:
                Pass.objects.filter(round=round, membership=membership).delete()
            if new.crisis_level >= 2:
                cases.open_case(CrisisCase.Kind.CIRCLE, new.pk, new.crisis_level)
    except IntegrityError:
        raise CircleError(
            _(
                "You have already posted in this round: you can edit that post, or reply to "
                "someone. Your words are still here."
            ),
            code="once",
        ) from None
    return new


def _check_author(membership: Membership | None, post: CirclePost) -> None:
    if membership is None or post.membership_id != membership.pk:
        raise CircleError(_("Only its author can change a post."), code="not_author")
    if post.status in (CirclePost.Status.DELETED, CirclePost.Status.REMOVED):
        raise CircleError(_("This post can't be changed any more."), code="gone")


def edit(
    membership: Membership, post: CirclePost, body: str, *, privacy_confirmed: bool = False
) -> CirclePost:
    """The author's edit: screened again; held for a moderator when the new words call
    for it."""
    _check_author(membership, post)
    body = clean_text(body)
    if not body:
        raise CircleError(_("The post is empty — to take it away, delete it."), code="empty")
    screening = _screened(membership, body, privacy_confirmed=privacy_confirmed, new=False)
    with transaction.atomic():
        _apply_screening(post, body, screening)
        post.edited_at = timezone.now()
        post.save()
        if post.crisis_level >= 2:
            cases.open_case(CrisisCase.Kind.CIRCLE, post.pk, post.crisis_level)
    return post


def delete(membership: Membership, post: CirclePost) -> None:
    """The author's words go; a reply's place stays as "deleted by its author"."""
    _check_author(membership, post)
    _blank(CirclePost.objects.filter(pk=post.pk))


def _blank(posts) -> int:
    return posts.update(status=CirclePost.Status.DELETED, body="", body_html="", screening={})


def pass_round(membership: Membership, round, *, undo: bool = False) -> bool:
    """ "I pass this week" (or take it back). A member who has posted has not passed."""
    _check_in(membership, round.circle_id)
    if undo:
        Pass.objects.filter(round=round, membership=membership).delete()
        return False
    if not round.is_open:
        raise CircleError(_("This round has closed."), code="closed")
    posted = round.posts.filter(membership=membership, parent__isnull=True).exclude(
        status=CirclePost.Status.DELETED
    )
    if posted.exists():
        raise CircleError(_("You have already posted in this round."), code="posted")
    Pass.objects.get_or_create(round=round, membership=membership)
    return True


def set_emails(membership: Membership, choice: str) -> None:
    if choice not in Membership.Emails.values:
        raise CircleError(_("Please choose one of the options."), code="choice")
    changes = {"emails": choice}
    if choice != Membership.Emails.NONE:
        # Asking for emails: in the language of the page they were chosen on (a one-click
        # unsubscribe, from a mail client, says nothing about the language).
        changes["language"] = languages.asked_in()
    Membership.objects.filter(pk=membership.pk).update(**changes)
    membership.emails = choice


def leave(membership: Membership, *, keep_posts: bool) -> int:
    """Leave the circle: posts stay as "a former member" or are deleted; the email goes.
    Returns how many posts were affected."""
    with transaction.atomic():
        circle = membership.circle
        mine = CirclePost.objects.filter(membership=membership)
        count = mine.count()
        if not keep_posts:
            _blank(mine)
        mine.update(membership=None, pen_name="")
        CircleReport.objects.filter(reporter=membership).update(reporter=None)
        membership.delete()
        _promote_waiting(circle)
        _changed()
    return count


# --- Reports, facilitators and moderators -------------------------------------------------


def report(post: CirclePost, *, reporter: Membership, reason: str, note: str = "") -> CircleReport:
    """A member tells the moderators about a post; "may be in danger" puts it first."""
    _check_in(reporter, post.circle_id)
    if reason not in CircleReport.Reason.values or reason == CircleReport.Reason.HIDDEN:
        raise CircleError(_("Please choose a reason."), code="reason")
    with transaction.atomic():
        existing = CircleReport.objects.filter(
            post=post, reporter=reporter, reason=reason, resolved_at__isnull=True
        ).first()
        if existing:
            return existing
        filed = CircleReport.objects.create(
            post=post, reason=reason, note=clean_text(note)[:2000], reporter=reporter
        )
        if reason == CircleReport.Reason.DANGER:
            level = max(DANGER_REPORT_LEVEL, post.crisis_level)
            cases.open_case(CrisisCase.Kind.CIRCLE, post.pk, level)
        else:
            notices.tell_moderators(filed)
    return filed


def hide(facilitator: Membership, post: CirclePost, *, reason: str) -> CirclePost:
    """A facilitator takes a post out of the circle until a moderator has read it."""
    _check_facilitates(facilitator, post.circle_id)
    reason = clean_line(reason)
    if not reason:
        raise CircleError(_("Please say why, in a few words (only moderators read it)."), "reason")
    with transaction.atomic():
        CirclePost.objects.filter(pk=post.pk).update(status=CirclePost.Status.HIDDEN)
        post.status = CirclePost.Status.HIDDEN
        filed = CircleReport.objects.create(
            post=post, reason=CircleReport.Reason.HIDDEN, note=reason, reporter=facilitator
        )
        _log("circle_hide", post.circle, note=reason, post=post.pk, by=facilitator.pen_name)
        notices.tell_moderators(filed)
    return post


def remove_member(facilitator: Membership, membership: Membership, *, reason: str) -> None:
    """A facilitator asks someone to leave: logged with the reason; they can't rejoin."""
    _check_facilitates(facilitator, membership.circle_id)
    reason = clean_line(reason)
    if not reason:
        raise CircleError(_("Please give a reason (the moderators read it)."), code="reason")
    if membership.pk == facilitator.pk or membership.role == Membership.Role.FACILITATOR:
        raise CircleError(_("Facilitators are named and removed by staff."), code="facilitator")
    with transaction.atomic():
        membership.status, membership.removed_reason = Membership.Status.REMOVED, reason
        membership.email = ""  # no more email; the hash keeps them from rejoining
        membership.save(update_fields=["status", "removed_reason", "email"])
        _log(
            "circle_remove_member",
            membership.circle,
            note=reason,
            membership=membership.pk,
            by=facilitator.pen_name,
        )
        _promote_waiting(membership.circle)
        _changed()


def log_staff_view(user: User, post: CirclePost) -> None:
    """Every time staff read a circle post, the audit log says who, which and when."""
    _log("circle_post_view", post.circle, actor=user, post=post.pk)


def moderate(user: User, post: CirclePost, action: str, note: str = "") -> CirclePost:
    """A moderator's decision on a reported, hidden or held post; reports are resolved."""
    status = {"show": CirclePost.Status.SHOWN, "remove": CirclePost.Status.REMOVED}.get(action)
    if status is None and action != "resolve":
        raise CircleError(_("Unknown action."), code="action")
    with transaction.atomic():
        if status is not None:
            CirclePost.objects.filter(pk=post.pk).update(status=status)
            post.status = status
        now = timezone.now()
        CircleReport.objects.filter(post=post, resolved_at__isnull=True).update(resolved_at=now)
        _log(f"circle_post_{action}", post.circle, actor=user, note=clean_text(note), post=post.pk)
    return post
