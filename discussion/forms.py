"""The comment form. Field names are part of the public contract:
`name`, `email`, `body`, `accept_terms`, `parent` (and, added later, the optional
`notify_replies`, `follow` and `invite_back`)."""

from __future__ import annotations

from django import forms
from django.conf import settings

from afterword.fields import TextField


class CommentForm(forms.Form):
    name = TextField(
        one_line=True,
        label="Pen name",
        max_length=settings.PEN_NAME_MAX_LENGTH,
        help_text="Shown with your comment. It doesn't need to be your real name.",
        error_messages={
            "required": "Please choose a pen name — any name you like.",
            "max_length": "Please keep your pen name under %(limit_value)d characters "
            "(it has %(show_value)d).",
        },
        widget=forms.TextInput(attrs={"autocomplete": "nickname"}),
    )
    email = forms.EmailField(
        label="Email",
        max_length=254,
        help_text="Never shown to anyone.",
        error_messages={
            "required": "Please add your email. It is never shown; it lets you come back "
            "to your words.",
            "invalid": "That email doesn't look complete — could you check it?",
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    body = TextField(
        label="Your comment",
        max_length=settings.COMMENT_MAX_LENGTH,
        strip=False,
        error_messages={
            "required": "Your comment is empty — write a few words, then post.",
            "max_length": "Your comment is %(show_value)d characters long; the limit is "
            "%(limit_value)d. Your text is all still here — perhaps split it into two.",
        },
        widget=forms.Textarea(attrs={"rows": 7}),
    )
    accept_terms = forms.BooleanField(
        label="I accept the community terms",
        error_messages={"required": "Please read and accept the community terms to post."},
    )
    parent = forms.IntegerField(
        required=False,
        min_value=1,
        widget=forms.HiddenInput,
        error_messages={"invalid": "We couldn't tell which comment you were replying to."},
    )

    notify_replies = forms.BooleanField(
        required=False,
        initial=True,
        label="Email me when someone replies to me",
    )
    follow = forms.BooleanField(required=False, label="Follow this whole discussion by email")
    invite_back = forms.BooleanField(
        required=False,
        label="Invite me back in a year to tell people here how things went",
        help_text="One short email, a year after your last comment here, then never again.",
    )

    # Left empty by people; filled in by bots that fill in every field.
    website = forms.CharField(required=False, label="Leave this empty")
    # Set by the "publish anyway" button of the privacy check.
    privacy_ok = forms.BooleanField(required=False, widget=forms.HiddenInput)
