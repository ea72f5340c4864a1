"""Support circles: small private groups meeting in weekly written rounds.

A circle belongs to one of the column's topics and has one or two facilitators
named by staff. Members are people, not accounts: a pen name and an email,
proven by the emailed link; in the circle they are their pen name only. Each
week a round opens with a prompt; every member may post once in it, reply to
others, or pass. Nothing here is ever public except a circle's "about" page.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

DEFAULT_GROUND_RULES = """Speak from your own experience: "I" rather than "you should".
No advice unless someone asks for it.
What is said in the circle stays in the circle.
"I pass" is always allowed, and needs no reason.
Be gentle with each other, and with yourself.
If you are in danger, please call a crisis line or emergency services now: this is not one."""

WEEKDAYS = [
    (0, pgettext_lazy("the day a round opens", "Monday")),
    (1, pgettext_lazy("the day a round opens", "Tuesday")),
    (2, pgettext_lazy("the day a round opens", "Wednesday")),
    (3, pgettext_lazy("the day a round opens", "Thursday")),
    (4, pgettext_lazy("the day a round opens", "Friday")),
    (5, pgettext_lazy("the day a round opens", "Saturday")),
    (6, pgettext_lazy("the day a round opens", "Sunday")),
]


class CircleQuerySet(models.QuerySet):
    def open_to_join(self) -> CircleQuerySet:
        """Forming or running: the circles a reader may ask to join (full or not)."""
        return self.filter(state__in=[Circle.State.FORMING, Circle.State.RUNNING])

    def with_counts(self) -> CircleQuerySet:
        taken = Q(memberships__role=Membership.Role.MEMBER) & Q(
            memberships__status__in=Membership.TAKES_A_PLACE
        )
        return self.annotate(taken=models.Count("memberships", filter=taken, distinct=True))


class Circle(models.Model):
    class State(models.TextChoices):
        FORMING = "forming", _("Forming")
        RUNNING = "running", _("Running")
        ENDED = "ended", _("Ended")
        ALUMNI = "alumni", _("Alumni circle")

    class JoinMode(models.TextChoices):
        OPEN = "open", _("Open: members join once they confirm their email")
        APPROVAL = "approval", _("By approval: a facilitator says yes to each new member")

    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=120)
    topic = models.ForeignKey("column.Topic", on_delete=models.PROTECT, related_name="circles")
    description = models.TextField(max_length=1000, help_text=_("Two or three sentences."))
    ground_rules = models.TextField(
        default=DEFAULT_GROUND_RULES, help_text=_("One rule per line; shown before joining.")
    )
    size_limit = models.PositiveSmallIntegerField(
        default=8, validators=[MinValueValidator(2), MaxValueValidator(12)]
    )
    starts_on = models.DateField()
    ends_on = models.DateField(null=True, blank=True, help_text=_("Empty: open-ended."))
    weekday = models.PositiveSmallIntegerField(
        choices=WEEKDAYS, default=0, help_text=_("The day each new round opens.")
    )
    join_mode = models.CharField(max_length=10, choices=JoinMode.choices, default=JoinMode.OPEN)
    state = models.CharField(max_length=10, choices=State.choices, default=State.FORMING)
    default_prompt = models.TextField(
        blank=True,
        help_text=_("Opens a round on the circle's day when no facilitator has written one."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    # The day the last "a round opens tomorrow" reminder went out, so it goes once.
    reminded_on = models.DateField(null=True, blank=True)

    objects = CircleQuerySet.as_manager()

    class Meta:
        ordering = ["starts_on", "name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("circles:about", args=[self.slug])

    @property
    def rules(self) -> list[str]:
        return [line.strip() for line in self.ground_rules.splitlines() if line.strip()]

    @property
    def is_open_to_join(self) -> bool:
        return self.state in (self.State.FORMING, self.State.RUNNING)

    def places_left(self, taken: int | None = None) -> int:
        if taken is None:
            taken = getattr(self, "taken", None)
        if taken is None:
            taken = self.memberships.filter(
                role=Membership.Role.MEMBER, status__in=Membership.TAKES_A_PLACE
            ).count()
        return max(0, self.size_limit - taken)


class Membership(models.Model):
    """One person in one circle: a member, or a facilitator named by staff."""

    class Role(models.TextChoices):
        MEMBER = "member", _("Member")
        FACILITATOR = "facilitator", _("Facilitator")

    class Status(models.TextChoices):
        UNCONFIRMED = "unconfirmed", _("Waiting for the email to be confirmed")
        AWAITING = "awaiting", _("Waiting for a facilitator's approval")
        ACTIVE = "active", _("Member")
        WAITING = "waiting", _("On the waiting list")
        REMOVED = "removed", _("Removed by a facilitator")

    class Emails(models.TextChoices):
        ALL = "all", _("Everything: reminders, new rounds and a weekly digest of replies")
        REMINDERS = "reminders", _("Only the reminder the day before a round")
        NONE = "none", _("No emails")

    # A confirmed member waiting for approval already holds a place.
    TAKES_A_PLACE = [Status.ACTIVE, Status.AWAITING]

    circle = models.ForeignKey(Circle, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=12, choices=Role.choices, default=Role.MEMBER)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.UNCONFIRMED)
    pen_name = models.CharField(max_length=settings.PEN_NAME_MAX_LENGTH)
    # Never shown; emails are sent to it. The hash finds a signed-in person's rows.
    email = models.EmailField(blank=True)
    email_hash = models.CharField(max_length=64)
    emails = models.CharField(max_length=10, choices=Emails.choices, default=Emails.ALL)
    created_at = models.DateTimeField(default=timezone.now)
    joined_at = models.DateTimeField(null=True, blank=True)
    removed_reason = models.CharField(max_length=300, blank=True)
    # The weekly digest covers replies after this moment.
    digest_sent_at = models.DateTimeField(null=True, blank=True)
    # The language the person read the site in when they joined or last asked for
    # something here (afterword.languages): the circle's emails to them are written in it.
    language = models.CharField(max_length=10, default=settings.LANGUAGE_CODE)

    class Meta:
        ordering = ["joined_at", "created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["circle", "email_hash"], name="circle_member_once")
        ]
        indexes = [models.Index(fields=["email_hash"])]

    def __str__(self) -> str:
        return f"{self.pen_name} ({self.get_role_display()}, {self.get_status_display()})"

    @property
    def is_facilitator(self) -> bool:
        return self.role == self.Role.FACILITATOR and self.status == self.Status.ACTIVE

    @property
    def is_in(self) -> bool:
        """May read and write in the circle."""
        return self.status == self.Status.ACTIVE


class Round(models.Model):
    """One week of the circle: a prompt, the posts and passes, then a short summary."""

    circle = models.ForeignKey(Circle, on_delete=models.CASCADE, related_name="rounds")
    number = models.PositiveSmallIntegerField()
    prompt = models.TextField(max_length=2000)
    opened_by = models.CharField(max_length=settings.PEN_NAME_MAX_LENGTH, blank=True)
    opens_on = models.DateField()
    opened_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    summary = models.TextField(max_length=3000, blank=True)
    # The "a new round is open" note goes out once.
    announced_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["circle", "number"]
        constraints = [
            models.UniqueConstraint(fields=["circle", "number"], name="round_number_once")
        ]

    def __str__(self) -> str:
        return f"{self.circle} — round {self.number}"

    def get_absolute_url(self) -> str:
        return reverse("circles:round", args=[self.circle.slug, self.number])

    @property
    def is_open(self) -> bool:
        return self.opened_at is not None and self.closed_at is None


class PostQuerySet(models.QuerySet):
    def shown(self) -> PostQuerySet:
        return self.filter(status=CirclePost.Status.SHOWN)


class CirclePost(models.Model):
    """A member's words in a round: their one post, or a reply to someone's post."""

    class Status(models.TextChoices):
        SHOWN = "shown", _("Shown in the circle")
        HELD = "held", _("Held for a moderator to read first")
        HIDDEN = "hidden", _("Hidden by a facilitator, waiting for a moderator")
        REMOVED = "removed", _("Removed by a moderator")
        DELETED = "deleted", _("Deleted by its author")

    circle = models.ForeignKey(Circle, on_delete=models.CASCADE, related_name="posts")
    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="posts")
    parent = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="replies"
    )
    # Empty once its author left and chose to keep it: "a former member".
    membership = models.ForeignKey(
        Membership, on_delete=models.SET_NULL, null=True, blank=True, related_name="posts"
    )
    pen_name = models.CharField(max_length=settings.PEN_NAME_MAX_LENGTH, blank=True)
    body = models.TextField(blank=True)
    body_html = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.SHOWN)
    crisis_level = models.PositiveSmallIntegerField(default=0)
    screening = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)

    objects = PostQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["round", "membership"],
                condition=Q(parent__isnull=True) & ~Q(status="deleted"),
                name="one_post_per_member_per_round",
            )
        ]
        indexes = [models.Index(fields=["round", "parent", "created_at"])]

    def __str__(self) -> str:
        return f"{'Reply' if self.parent_id else 'Post'} in {self.round}"

    @property
    def author(self) -> str:
        if self.membership_id is None or self.membership.status == Membership.Status.REMOVED:
            return gettext("a former member")
        return self.pen_name

    @property
    def is_reply(self) -> bool:
        return self.parent_id is not None


class Pass(models.Model):
    """ "I pass this week": a gentle mark, not a post."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="passes")
    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="passes")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name_plural = _("passes")
        constraints = [
            models.UniqueConstraint(fields=["round", "membership"], name="pass_once_per_round")
        ]

    def __str__(self) -> str:
        return f"Pass in {self.round}"


class CircleReport(models.Model):
    """A member's report about a post, or a facilitator hiding one: for the moderators."""

    class Reason(models.TextChoices):
        DANGER = "danger", _("This person may be in danger")
        ABUSIVE = "abusive", _("Unkind or hurtful")
        PRIVATE = "private", _("Shares someone's private details")
        SPAM = "spam", _("Spam")
        OTHER = "other", _("Something else")
        HIDDEN = "hidden", _("Hidden by a facilitator")

    post = models.ForeignKey(CirclePost, on_delete=models.CASCADE, related_name="reports")
    reason = models.CharField(max_length=10, choices=Reason.choices)
    note = models.TextField(max_length=2000, blank=True)
    reporter = models.ForeignKey(
        Membership, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"{self.get_reason_display()} on post {self.post_id}"


class NewCircleWanted(models.Model):
    """Someone met a full circle: staff are told that another is wanted on this topic."""

    circle = models.ForeignKey(Circle, on_delete=models.CASCADE, related_name="+")
    topic = models.ForeignKey("column.Topic", on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    told_staff_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("new circle wanted")
        verbose_name_plural = _("new circles wanted")

    def __str__(self) -> str:
        return f"Another circle wanted on {self.topic}"
