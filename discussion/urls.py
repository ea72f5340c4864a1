from django.urls import path

from discussion import views

app_name = "discussion"

urlpatterns = [
    path("answers/<slug:slug>/comments/", views.post_comment, name="post"),
    path("answers/<slug:slug>/comments/feed/", views.AnswerCommentsFeed(), name="feed"),
    path("comments/<int:pk>/", views.permalink, name="permalink"),
    path("desk/comments/", views.pending, name="pending"),
    path("desk/comments/<int:pk>/", views.moderate, name="moderate"),
]
