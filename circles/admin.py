"""Staff (columnists and moderators) create circles and name their facilitators here.

Members, posts and passes are not in the admin: a circle's words are read only by
its members, and by moderators acting on a report or a crisis (logged).
"""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from circles import rounds, services
from circles.models import Circle, Membership, NewCircleWanted


def _is_staff_role(user) -> bool:
    names = {"Columnists", "Moderators"}
    return user.is_active and (user.is_superuser or user.groups.filter(name__in=names).exists())


class CircleForm(forms.ModelForm):
    facilitator_email = forms.EmailField(
        required=False,
        help_text=_("Name a facilitator: the email of a verified pen name (confirmed by email)."),
    )
    facilitator_pen_name = forms.CharField(required=False, max_length=80)

    class Meta:
        model = Circle
        fields = [
            "name",
            "slug",
            "topic",
            "description",
            "ground_rules",
            "size_limit",
            "starts_on",
            "ends_on",
            "weekday",
            "join_mode",
            "state",
            "default_prompt",
        ]

    def clean(self):
        data = super().clean()
        if bool(data.get("facilitator_email")) != bool(data.get("facilitator_pen_name")):
            raise forms.ValidationError(_("Give both the facilitator's email and pen name."))
        ends, starts = data.get("ends_on"), data.get("starts_on")
        if ends and starts and ends < starts:
            self.add_error("ends_on", _("The end comes after the start."))
        return data


@admin.register(Circle)
class CircleAdmin(admin.ModelAdmin):
    form = CircleForm
    list_display = ["name", "topic", "state", "starts_on", "size_limit", "facilitators"]
    list_filter = ["state", "topic"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["facilitators"]

    def has_module_permission(self, request):
        return _is_staff_role(request.user) and request.user.is_staff

    def has_view_permission(self, request, obj=None):
        return self.has_module_permission(request)

    has_add_permission = has_change_permission = has_view_permission

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser

    @admin.display(description="Facilitators")
    def facilitators(self, obj) -> str:
        if obj is None or obj.pk is None:
            return "—"
        found = obj.memberships.filter(role=Membership.Role.FACILITATOR)
        return ", ".join(m.pen_name for m in found) or _("none yet")

    def save_model(self, request, obj, form, change):
        state_before = Circle.objects.filter(pk=obj.pk).values_list("state", flat=True).first()
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)
        if change and state_before and state_before != obj.state:
            rounds.set_state(obj, obj.state)
        email = form.cleaned_data.get("facilitator_email")
        if email:
            try:
                services.name_facilitator(
                    obj,
                    email=email,
                    pen_name=form.cleaned_data["facilitator_pen_name"],
                    by=request.user,
                )
            except services.CircleError as error:
                messages.error(request, error.message)


@admin.register(NewCircleWanted)
class NewCircleWantedAdmin(admin.ModelAdmin):
    list_display = ["topic", "circle", "created_at", "told_staff_at"]
    readonly_fields = ["topic", "circle", "created_at", "told_staff_at"]

    def has_add_permission(self, request):
        return False
