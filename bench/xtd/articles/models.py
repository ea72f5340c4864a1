from django.db import models
from django.urls import reverse
from django_comments_xtd.moderation import SpamModerator, moderator


class Article(models.Model):
    title = models.CharField(max_length=200)
    slug = models.SlugField(unique=True)
    body = models.TextField()
    publish = models.DateTimeField()
    allow_comments = models.BooleanField(default=True)

    class Meta:
        ordering = ["-publish"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        # Comment permalinks go through contenttypes' shortcut view, which needs this.
        return reverse("article-detail", kwargs={"slug": self.slug})


class ArticleCommentModerator(SpamModerator):
    """The tutorial's moderation: comments from a blacklisted email domain are
    refused (SpamModerator, one query on BlackListedDomain per post), comments on an
    article older than a year are held, and the MANAGERS get an email about every
    comment."""

    email_notification = True
    auto_moderate_field = "publish"
    moderate_after = 365


moderator.register(Article, ArticleCommentModerator)
