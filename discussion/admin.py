from django.contrib import admin

from discussion import services
from discussion.models import Comment


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    list_display = ["pen_name", "answer", "status", "crisis_level", "created_at"]
    list_filter = ["status", "crisis_level"]
    search_fields = ["pen_name", "body"]
    raw_id_fields = ["answer", "parent", "reply_to"]

    # Comments enter and change through the discussion's services, which screen
    # them and keep counts right; the admin only shows them.
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    # Deleting for good (with the replies under it) keeps the answers' counts right;
    # the pages that showed it are dropped by the delete itself (column/signals.py).
    def delete_model(self, request, obj):
        services.delete_comments(Comment.objects.filter(pk=obj.pk))

    def delete_queryset(self, request, queryset):
        services.delete_comments(queryset)
