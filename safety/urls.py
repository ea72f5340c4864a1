"""The moderation workspace, mounted at /moderation/."""

from django.urls import path

from safety import views

app_name = "safety"

urlpatterns = [
    path("", views.queue, name="queue"),
    path("bulk/", views.bulk, name="bulk"),
    path("log/", views.audit_log, name="log"),
    path("comments/<int:pk>/", views.comment_detail, name="comment"),
    path("comments/<int:pk>/approve/", views.approve, name="approve"),
    path("comments/<int:pk>/reject/", views.reject, name="reject"),
    path("comments/<int:pk>/spam/", views.spam, name="spam"),
    path("comments/<int:pk>/edit/", views.edit, name="edit"),
    path("comments/<int:pk>/redact/", views.redact, name="redact"),
    path("comments/<int:pk>/ban/", views.ban, name="ban"),
    path("comments/<int:pk>/resolve/", views.resolve, name="resolve"),
    path("comments/<int:pk>/publish-with-note/", views.publish_with_note, name="publish_with_note"),
    path("comments/<int:pk>/keep-private/", views.keep_private, name="keep_private"),
    path("cases/<int:pk>/", views.case_detail, name="case"),
    path("cases/<int:pk>/claim/", views.case_claim, name="case_claim"),
    path("cases/<int:pk>/release/", views.case_release, name="case_release"),
    path("cases/<int:pk>/reach-out/", views.case_reach_out, name="case_reach_out"),
    path("cases/<int:pk>/acknowledge/", views.case_acknowledge, name="case_acknowledge"),
]
