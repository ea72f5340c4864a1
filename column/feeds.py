"""Atom feed of published answers and the sitemap."""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from column.models import Answer, Columnist, Topic


class LatestAnswersFeed(Feed):
    feed_type = Atom1Feed
    title = _("Afterword — latest answers")
    subtitle = _("Letters about therapy, endings and grief, answered by licensed professionals.")

    def link(self):
        return reverse("column:home")

    def items(self):
        return Answer.objects.published().select_related("columnist")[:20]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_author_name(self, item):
        return item.columnist.display_name

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at


class AnswerSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return Answer.objects.published().order_by("-published_at")

    def lastmod(self, item):
        return item.updated_at


class PageSitemap(Sitemap):
    def items(self):
        return [
            "column:home",
            "column:archive",
            "column:topics",
            "column:authors",
            "column:write",
            "column:terms",
            "column:privacy",
        ]

    def location(self, item):
        return reverse(item)


class TopicSitemap(Sitemap):
    def items(self):
        return Topic.objects.all()


class AuthorSitemap(Sitemap):
    def items(self):
        return Columnist.objects.all()


SITEMAPS = {
    "pages": PageSitemap,
    "answers": AnswerSitemap,
    "topics": TopicSitemap,
    "authors": AuthorSitemap,
}
