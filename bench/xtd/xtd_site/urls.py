from articles.views import ArticleDetailView
from django.urls import include, path

urlpatterns = [
    path("articles/<slug:slug>/", ArticleDetailView.as_view(), name="article-detail"),
    # The documented mount point; it includes django-comments' own URLs too.
    path("comments/", include("django_comments_xtd.urls")),
]
