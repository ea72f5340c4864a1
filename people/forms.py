"""Forms of people's pages: an email (sign in, follow), an edit, the erase choice."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from afterword.fields import TextField
from afterword.identity import normalise_email
from people.models import Subscription

_EMAIL_ERRORS = {
    "required": _("Please add your email address."),
    "invalid": _("That email doesn't look complete — could you check it?"),
}


class EmailForm(forms.Form):
    email = forms.EmailField(
        label=_("Your email"),
        max_length=254,
        error_messages=_EMAIL_ERRORS,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    # Left empty by people; filled in by bots.
    website = forms.CharField(required=False)

    def clean_email(self) -> str:
        return normalise_email(self.cleaned_data["email"])


class EditCommentForm(forms.Form):
    body = TextField(
        label=_("Your comment"),
        max_length=settings.COMMENT_MAX_LENGTH,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 10}),
        error_messages={
            "required": _("Your comment is empty. To take it down, delete it instead."),
            "max_length": _(
                "Your comment is %(show_value)d characters long; the limit is "
                "%(limit_value)d. Your text is all still here."
            ),
        },
    )
    # "Save anyway" after the privacy check.
    privacy_ok = forms.BooleanField(required=False)


class FrequencyForm(forms.Form):
    frequency = forms.ChoiceField(choices=Subscription.Frequency.choices)


class EraseForm(forms.Form):
    DELETE, ANONYMISE = "delete", "anonymise"
    comments = forms.ChoiceField(
        label=_("What should happen to your comments?"),
        widget=forms.RadioSelect,
        choices=[
            (
                DELETE,
                _(
                    "Delete them. Each leaves a “removed by its author” note so replies "
                    "to it still make sense."
                ),
            ),
            (
                ANONYMISE,
                _(
                    "Keep the words for others to read, under the name “Former member”, "
                    "with nothing that leads back to you."
                ),
            ),
        ],
        error_messages={"required": _("Please choose what should happen to your comments.")},
    )
    sure = forms.BooleanField(
        label=_("I understand this can't be undone."),
        error_messages={"required": _("Please tick the box to confirm.")},
    )
