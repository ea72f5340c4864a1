from django.contrib import admin

from column.models import Answer, Columnist, Letter, Topic
from column.services import render_answer

# Admin edits of what readers see drop the cached public pages through the models'
# signals (column/signals.py), like every other write.


@admin.register(Columnist)
class ColumnistAdmin(admin.ModelAdmin):
    list_display = ["display_name", "credentials", "location", "user"]
    prepopulated_fields = {"slug": ["display_name"]}


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Letter)
class LetterAdmin(admin.ModelAdmin):
    list_display = ["pen_name", "status", "crisis_level", "received_at"]
    list_filter = ["status", "crisis_level"]
    exclude = ["screening"]
    readonly_fields = ["crisis_level", "received_at"]


@admin.register(Answer)
class AnswerAdmin(admin.ModelAdmin):
    list_display = ["title", "columnist", "status", "published_at", "comment_count"]
    list_filter = ["status", "columnist", "topics"]
    search_fields = ["title", "question", "body"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["comment_count"]
    raw_id_fields = ["letter"]

    def save_model(self, request, obj, form, change):
        render_answer(obj)
        super().save_model(request, obj, form, change)
