"""Forms of the moderation workspace and of readers' reports."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from safety.models import Ban, Report

BULK_CHOICES = [("approve", _("Approve")), ("reject", _("Reject")), ("spam", _("Mark as spam"))]


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        choices=Report.Reason.choices,
        widget=forms.RadioSelect,
        label=_("What is wrong with this comment?"),
        error_messages={"required": _("Please choose what is wrong, so the right person looks.")},
    )
    note = forms.CharField(
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        label=_("Anything the moderators should know? (optional)"),
    )


class RejectForm(forms.Form):
    note = forms.CharField(
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        label=_("A kind note to the author (optional, sent by email)"),
    )


class EditForm(forms.Form):
    body = forms.CharField(
        max_length=settings.COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 10}),
        label=_("Text of the comment"),
        strip=False,
        error_messages={"required": _("The comment can't be empty; reject it instead.")},
    )
    note = forms.CharField(
        required=False, max_length=300, label=_("Why you edited it (for the log, optional)")
    )

    def clean_body(self) -> str:
        body = self.cleaned_data["body"].replace("\r\n", "\n")
        if not body.strip():
            raise forms.ValidationError(_("The comment can't be empty; reject it instead."))
        return body


class RedactForm(forms.Form):
    spans = forms.MultipleChoiceField(
        choices=[],
        widget=forms.CheckboxSelectMultiple,
        label=_("Details to remove"),
        error_messages={"required": _("Choose at least one detail to remove.")},
    )

    def __init__(self, *args, choices: list[tuple[str, str]], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["spans"].choices = choices


class BanForm(forms.Form):
    kinds = forms.MultipleChoiceField(
        choices=Ban.Kind.choices,
        widget=forms.CheckboxSelectMultiple,
        label=_("Refuse future posts from this"),
        error_messages={"required": _("Choose what to ban.")},
    )
    reason = forms.CharField(required=False, max_length=300, label=_("Reason (for the log)"))


class BulkForm(forms.Form):
    """The action from a select, and the ticked comments' ids as `ids` checkboxes."""

    action = forms.ChoiceField(
        choices=BULK_CHOICES,
        label=_("With the selected comments"),
        error_messages={"required": _("Choose what to do with the selected comments first.")},
    )

    def clean(self) -> dict:
        cleaned = super().clean()
        ids = [int(v) for v in self.data.getlist("ids") if v.isdigit()]
        if not ids:
            raise forms.ValidationError(_("Select at least one comment first."))
        cleaned["ids"] = ids
        return cleaned


class NoteForm(forms.Form):
    note = forms.CharField(required=False, max_length=300, label=_("Note (for the log, optional)"))
