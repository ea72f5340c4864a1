"""The weekly rhythm of a circle: rounds opening and closing, and the daily job
that opens a round on the circle's day, reminds members the day before, sends
the weekly digest of replies, and starts and ends circles on their dates.

`daily()` is safe to run more than once a day: each thing it does is recorded
(a round per week, a reminder date, a digest time), so nothing happens twice.
"""

from __future__ import annotations

from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from afterword.pagecache import content_changed
from afterword.text import clean_text
from circles import notices
from circles.models import Circle, Membership, Round
from circles.services import CircleError, _check_facilitates

# Written into the round when it opens, in the site's language (the daily job's).
FALLBACK_PROMPT = gettext_lazy(
    "How has this week been for you? Share whatever feels right — a moment, a thought, "
    "something you noticed — or simply pass."
)


def current_round(circle: Circle) -> Round | None:
    return circle.rounds.filter(opened_at__isnull=False).order_by("-number").first()


def open_round(
    circle: Circle,
    *,
    prompt: str,
    by: Membership | None = None,
    today: date | None = None,
    announce: bool = True,
    weekly: bool = False,
) -> Round | None:
    """Open the next round with its prompt (the one before it closes, if still open).

    A forming circle may have a round too (a welcome while people gather); it starts
    running on its start date (the daily job) whatever its rounds.

    `by` is the facilitator; None is the daily job with the staff's default prompt,
    which passes `weekly`: then nothing opens if a round already did in the last six
    days (asked under the circle's lock, so two hosts running the day open one).
    """
    if by is not None:
        _check_facilitates(by, circle.pk)
    prompt = clean_text(prompt)
    if not prompt:
        raise CircleError(_("Please write a prompt for the round."), code="prompt")
    if circle.state not in (Circle.State.FORMING, Circle.State.RUNNING, Circle.State.ALUMNI):
        raise CircleError(_("This circle has ended."), code="ended")
    today = today or timezone.localdate()
    with transaction.atomic():
        locked = Circle.objects.select_for_update().get(pk=circle.pk)
        if weekly and _opened_this_week(locked, today):
            return None
        last = locked.rounds.order_by("-number").first()
        if last is not None and last.is_open:
            last.closed_at = timezone.now()
            last.save(update_fields=["closed_at"])
        new = Round.objects.create(
            circle=locked,
            number=(last.number + 1) if last else 1,
            prompt=prompt,
            opened_by=by.pen_name if by else "",
            opens_on=today,
            opened_at=timezone.now(),
        )
        if announce:
            notices.round_opened(new)
            new.announced_at = timezone.now()
            new.save(update_fields=["announced_at"])
    return new


def close_round(facilitator: Membership, round: Round, *, summary: str) -> Round:
    """Close the round with a short summary written by the facilitator."""
    _check_facilitates(facilitator, round.circle_id)
    summary = clean_text(summary)
    if not summary:
        raise CircleError(_("Please write a few words of summary for the circle."), "summary")
    round.summary = summary
    if round.closed_at is None:
        round.closed_at = timezone.now()
    round.save(update_fields=["summary", "closed_at"])
    return round


def set_state(circle: Circle, state: str) -> None:
    """Staff or the daily job: forming → running → ended (→ alumni)."""
    with transaction.atomic():
        if state in (Circle.State.ENDED, Circle.State.ALUMNI):
            circle.rounds.filter(opened_at__isnull=False, closed_at__isnull=True).update(
                closed_at=timezone.now()
            )
        Circle.objects.filter(pk=circle.pk).update(state=state)
        circle.state = state
        content_changed()


def _opened_this_week(circle: Circle, today: date) -> bool:
    return circle.rounds.filter(opens_on__gt=today - timedelta(days=6)).exists()


def daily(today: date | None = None) -> dict[str, int]:
    """The circles' day: returns counts of what it did."""
    today = today or timezone.localdate()
    done = {"started": 0, "ended": 0, "opened": 0, "reminded": 0, "digests": 0}
    for circle in Circle.objects.exclude(state=Circle.State.ENDED):
        if circle.state == Circle.State.FORMING and today >= circle.starts_on:
            set_state(circle, Circle.State.RUNNING)
            done["started"] += 1
        if circle.state == Circle.State.RUNNING and circle.ends_on and today > circle.ends_on:
            set_state(circle, Circle.State.ENDED)
            done["ended"] += 1
            continue
        if circle.state == Circle.State.FORMING:
            # A forming circle is reminded of its first round the day before it starts.
            if circle.starts_on == today + timedelta(days=1) and circle.reminded_on != today:
                done["reminded"] += _remind(circle, today)
            continue
        if today.weekday() == circle.weekday:
            prompt = circle.default_prompt or str(FALLBACK_PROMPT)
            if open_round(circle, prompt=prompt, today=today, weekly=True) is not None:
                done["opened"] += 1
        tomorrow = today + timedelta(days=1)
        last_reminder = circle.reminded_on
        if tomorrow.weekday() == circle.weekday and last_reminder != today:
            done["reminded"] += _remind(circle, today)
    done["digests"] = notices.send_digests()
    return done


def _remind(circle: Circle, today: date) -> int:
    with transaction.atomic():
        updated = Circle.objects.filter(pk=circle.pk).exclude(reminded_on=today)
        if not updated.update(reminded_on=today):
            return 0  # another run already did
        circle.reminded_on = today
        return notices.remind(circle)
