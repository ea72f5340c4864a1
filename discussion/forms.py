"""The comment form. Field names are part of the public contract:
`name`, `email`, `body`, `accept_terms`, `parent` (and, added later, the optional
`notify_replies`, `follow` and `invite_back`)."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from afterword.fields import TextField


class CommentForm(forms.Form):
    name = TextField(
        one_line=True,
        label=_("Pen name"),
        max_length=settings.PEN_NAME_MAX_LENGTH,
        help_text=_("Shown with your comment. It doesn't need to be your real name."),
        error_messages={
            "required": _("Please choose a pen name — any name you like."),
            "max_length": _(
                "Please keep your pen name under %(limit_value)d characters "
                "(it has %(show_value)d)."
            ),
        },
        widget=forms.TextInput(attrs={"autocomplete": "nickname"}),
    )
    email = forms.EmailField(
        label=_("Email"),
        max_length=254,
        help_text=_("Never shown to anyone."),
        error_messages={
            "required": _(
                "Please add your email. It is never shown; it lets you come back to your words."
            ),
            "invalid": _("That email doesn't look complete — could you check it?"),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    body = TextField(
        label=_("Your comment"),
        max_length=settings.COMMENT_MAX_LENGTH,
        strip=False,
        error_messages={
            "required": _("Your comment is empty — write a few words, then post."),
            "max_length": _(
                "Your comment is %(show_value)d characters long; the limit is "
                "%(limit_value)d. Your text is all still here — perhaps split it into two."
            ),
        },
        widget=forms.Textarea(attrs={"rows": 7}),
    )
    accept_terms = forms.BooleanField(
        label=_("I accept the community terms"),
        error_messages={"required": _("Please read and accept the community terms to post.")},
    )
    parent = forms.IntegerField(
        required=False,
        min_value=1,
        widget=forms.HiddenInput,
        error_messages={"invalid": _("We couldn't tell which comment you were replying to.")},
    )

    notify_replies = forms.BooleanField(
        required=False,
        initial=True,
        label=_("Email me when someone replies to me"),
    )
    follow = forms.BooleanField(required=False, label=_("Follow this whole discussion by email"))
    invite_back = forms.BooleanField(
        required=False,
        label=_("Invite me back in a year to tell people here how things went"),
        help_text=_("One short email, a year after your last comment here, then never again."),
    )

    # Left empty by people; filled in by bots that fill in every field.
    website = forms.CharField(required=False, label=_("Leave this empty"))
    # Set by the "publish anyway" button of the privacy check.
    privacy_ok = forms.BooleanField(required=False, widget=forms.HiddenInput)
