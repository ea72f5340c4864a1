from django.views.generic import DetailView

from articles.models import Article


class ArticleDetailView(DetailView):
    model = Article


class ArticleCommentFormView(DetailView):
    """The article's comment form on its own page, the same form as the article's."""

    model = Article
    template_name = "articles/article_comment_form.html"
