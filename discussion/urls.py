from django.urls import path

from afterword.pagecache import answer_version, public_page
from discussion import views
from safety import views as safety_views

app_name = "discussion"

urlpatterns = [
    path("answers/<slug:slug>/comments/", views.post_comment, name="post"),
    path(
        "answers/<slug:slug>/comments/feed/",
        public_page(views.AnswerCommentsFeed(), versions=lambda slug: [answer_version(slug)]),
        name="feed",
    ),
    path("comments/<int:pk>/", views.permalink, name="permalink"),
    # Readers' reports are safety's; their addresses sit with the comment's own.
    path("comments/<int:pk>/report/", safety_views.report_comment, name="report"),
    path(
        "comments/<int:pk>/report/thanks/<slug:reason>/",
        safety_views.report_thanks,
        name="report_thanks",
    ),
]
