from django.db import models
from django.urls import reverse


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
