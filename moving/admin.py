from django.contrib import admin

from moving.models import Redirect, SourceRecord


@admin.register(Redirect)
class RedirectAdmin(admin.ModelAdmin):
    list_display = ["old_path", "new_url", "created_at"]
    search_fields = ["old_path", "new_url"]


@admin.register(SourceRecord)
class SourceRecordAdmin(admin.ModelAdmin):
    list_display = ["source", "kind", "source_id", "object_id", "imported_at"]
    list_filter = ["kind", "source"]
    search_fields = ["source_id"]
