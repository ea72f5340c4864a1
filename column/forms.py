"""Forms of the column: the public letter form and the columnist's answer editor."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from afterword.fields import TextField
from column.models import Answer, Topic


class LetterForm(forms.Form):
    name = TextField(
        one_line=True,
        label=_("Pen name"),
        max_length=settings.PEN_NAME_MAX_LENGTH,
        help_text=_(
            'How to sign your letter if it is published, for example "Left in the Waiting Room".'
        ),
        error_messages={"required": _("Please choose a pen name to sign your letter with.")},
    )
    email = forms.EmailField(
        label=_("Email"),
        max_length=254,
        help_text=_("Private. Only used to tell you what happens to your letter."),
        error_messages={
            "required": _("Please add your email so we can tell you when your letter is answered."),
            "invalid": _("That email doesn't look complete — could you check it?"),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    body = TextField(
        label=_("Your letter"),
        max_length=settings.LETTER_MAX_LENGTH,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 14}),
        error_messages={
            "required": _("Your letter is empty — write as much or as little as you like."),
            "max_length": _(
                "Your letter is %(show_value)d characters long; the limit is "
                "%(limit_value)d. Everything you wrote is still here."
            ),
        },
    )
    consent_to_publish = forms.BooleanField(
        label=_(
            "An edited version of my letter may be published, without my email and with "
            "identifying details changed."
        ),
        error_messages={
            "required": _("We can only answer letters that may be published in an edited form.")
        },
    )
    accept_terms = forms.BooleanField(
        label=_("I accept the terms"),
        error_messages={"required": _("Please read and accept the terms to send your letter.")},
    )


class AnswerForm(forms.ModelForm):
    """What a columnist edits: no Django knowledge needed to use it."""

    publish_at = forms.DateTimeField(
        label=_("Publish at (optional)"),
        required=False,
        help_text=_("Leave empty to publish now. A future date schedules the answer."),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    topics = forms.ModelMultipleChoiceField(
        queryset=Topic.objects.all(), required=False, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = Answer
        fields = ["title", "slug", "pen_name", "question", "body", "sign_off", "summary", "topics"]
        labels = {
            "title": _("Title"),
            "pen_name": _("Letter signed by"),
            "question": _("The letter, edited for publication"),
            "body": _("Your answer (Markdown)"),
            "sign_off": _("Sign-off (optional)"),
            "summary": _("Summary for lists and search results (optional)"),
            "slug": _("Web address"),
        }
        help_texts = {
            "slug": _("Made from the title if left empty."),
            "sign_off": _(
                'Shown under the answer, for example "Warmly," and your name on the next line.'
            ),
            "body": _(
                "Blank lines between paragraphs; **bold**, *italic*, ## subheadings, "
                "> quotes, - lists and [links](https://example.org)."
            ),
        }
        widgets = {
            "question": forms.Textarea(attrs={"rows": 12}),
            "body": forms.Textarea(attrs={"rows": 22}),
            "sign_off": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slug"].required = False
        if self.instance.pk and self.instance.published_at:
            self.initial.setdefault("publish_at", self.instance.published_at)

    def clean_slug(self) -> str:
        slug = self.cleaned_data.get("slug") or slugify(self.cleaned_data.get("title", ""))[:100]
        if not slug:
            raise forms.ValidationError(_("Please give the answer a title or a web address."))
        clash = Answer.objects.filter(slug=slug).exclude(pk=self.instance.pk)
        if clash.exists():
            raise forms.ValidationError(_("Another answer already uses this web address."))
        return slug

    def clean_publish_at(self):
        when = self.cleaned_data.get("publish_at")
        if when is not None and timezone.is_naive(when):
            when = timezone.make_aware(when)
        return when


class ThreadNoteForm(forms.Form):
    """What people in a long discussion have found, in the columnist's words."""

    text = TextField(
        label=_("What people here have found"),
        required=False,
        strip=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_(
            "Markdown. Shown above the discussion with today's date. Link to a comment "
            "with its permalink, for example [as Maren said](/comments/123/). Leave empty to "
            "remove the note."
        ),
        error_messages={
            "max_length": _(
                "The note is %(show_value)d characters long; the limit is "
                "%(limit_value)d. Everything you wrote is still here."
            )
        },
    )
