"""The forms of a circle. The words field is `body`, as in the discussion, so the
safety screen (safety.help.public_text) reads it before anything can refuse it."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from afterword.fields import TextField
from circles.models import CircleReport, Membership


class JoinForm(forms.Form):
    name = TextField(
        one_line=True,
        label=_("Pen name"),
        max_length=settings.PEN_NAME_MAX_LENGTH,
        help_text=_("How the circle will know you. It doesn't need to be your real name."),
        error_messages={"required": _("Please choose a pen name — any name you like.")},
    )
    email = forms.EmailField(
        label=_("Email"),
        max_length=254,
        help_text=_("Never shown to anyone, not even the facilitator. We send the link here."),
        error_messages={
            "required": _("Please add your email: the link to join is sent there."),
            "invalid": _("That email doesn't look complete — could you check it?"),
        },
    )
    accept_rules = forms.BooleanField(
        label=_("I have read the ground rules and will keep them"),
        error_messages={"required": _("Please read the ground rules and tick the box to join.")},
    )
    website = forms.CharField(required=False, label=_("Leave this empty"))


class PostForm(forms.Form):
    body = TextField(
        label=_("Your words"),
        max_length=settings.COMMENT_MAX_LENGTH,
        strip=False,
        error_messages={
            "required": _("Your post is empty — write a few words, then post."),
            "max_length": _(
                "Your post is %(show_value)d characters long; the limit is "
                "%(limit_value)d. Your text is all still here."
            ),
        },
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    parent = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)
    privacy_ok = forms.BooleanField(required=False, widget=forms.HiddenInput)


class PromptForm(forms.Form):
    body = TextField(
        label=_("This week's prompt"),
        max_length=2000,
        strip=False,
        help_text=_("A question or an invitation. Members answer it once, in their own time."),
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class SummaryForm(forms.Form):
    body = TextField(
        label=_("A short summary for the circle"),
        max_length=3000,
        strip=False,
        help_text=_("What came up, in a few kind sentences — no names of outside people."),
        widget=forms.Textarea(attrs={"rows": 5}),
    )


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("What is wrong?"),
        choices=[c for c in CircleReport.Reason.choices if c[0] != CircleReport.Reason.HIDDEN],
        widget=forms.RadioSelect,
    )
    note = TextField(
        label=_("Anything the moderators should know (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ReasonForm(forms.Form):
    reason = TextField(
        one_line=True,
        label=_("Why (only moderators read this)"),
        max_length=300,
        error_messages={"required": _("Please give a reason in a few words.")},
    )


class EmailsForm(forms.Form):
    emails = forms.ChoiceField(
        label=_("Emails from this circle"),
        choices=Membership.Emails.choices,
        widget=forms.RadioSelect,
    )


class LeaveForm(forms.Form):
    KEEP, DELETE = "keep", "delete"
    posts = forms.ChoiceField(
        label=_("Your posts in the circle"),
        choices=[
            (KEEP, _("Keep them, shown as “a former member”")),
            (DELETE, _("Delete them")),
        ],
        widget=forms.RadioSelect,
        initial=KEEP,
    )
