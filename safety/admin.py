"""Operators' view of safety: crisis lines and crisis texts they edit, bans, reports,
and the audit log."""

from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from safety.copy import DEFAULTS
from safety.models import AuditEntry, Ban, CrisisResource, Report, SafetyText


@admin.register(CrisisResource)
class CrisisResourceAdmin(admin.ModelAdmin):
    """The crisis lines shown to people in danger: the operator keeps them current."""

    list_display = ["name", "country", "how", "order", "active"]
    list_editable = ["order", "active"]
    list_filter = ["country", "active"]
    search_fields = ["name", "how"]


@admin.register(Ban)
class BanAdmin(admin.ModelAdmin):
    """Bans are made from the moderation queue (which hashes emails and addresses);
    here an operator can see them and lift one by deleting it."""

    list_display = ["kind", "reason", "created_by", "created_at"]
    list_filter = ["kind"]
    readonly_fields = ["kind", "value", "reason", "created_by", "created_at"]

    def has_add_permission(self, request):
        return False


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    list_display = ["comment", "reason", "created_at", "resolved_at"]
    list_filter = ["reason", "resolved_at"]
    raw_id_fields = ["comment"]
    exclude = ["reporter_ip_hash"]
    readonly_fields = ["comment", "reason", "note", "created_at"]

    def has_add_permission(self, request):
        return False


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    """The record of what moderators did: read-only, for everybody."""

    list_display = ["created_at", "actor", "action", "comment", "note"]
    list_filter = ["action"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class SafetyTextForm(forms.ModelForm):
    key = forms.ChoiceField(choices=[(key, key.replace("_", " ")) for key in DEFAULTS])

    class Meta:
        model = SafetyText
        fields = ["key", "text"]


@admin.register(SafetyText)
class SafetyTextAdmin(admin.ModelAdmin):
    """The operator's own wording for a crisis text; delete it to go back to the default.

    Keys: crisis_intro, signal_kept and signal_not_kept (the crisis box), protocol (the
    moderators' steps, one per line), reach_out, kept_private, support_note, and the
    check-in texts. Paragraphs are separated by a blank line."""

    form = SafetyTextForm
    list_display = ["key", "updated_at"]
    readonly_fields = ["default"]

    @admin.display(description=_("Default wording"))
    def default(self, obj) -> str:
        return (
            DEFAULTS.get(obj.key, "") if obj and obj.pk else _("Choose a key and save to see it.")
        )
