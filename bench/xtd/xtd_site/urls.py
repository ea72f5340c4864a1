from articles.views import ArticleCommentFormView, ArticleDetailView
from django.urls import include, path

urlpatterns = [
    path("articles/<slug:slug>/", ArticleDetailView.as_view(), name="article-detail"),
    path(
        "articles/<slug:slug>/comment/",
        ArticleCommentFormView.as_view(),
        name="article-comment-form",
    ),
    # The documented mount point; it includes django-comments' own URLs too.
    path("comments/", include("django_comments_xtd.urls")),
]
