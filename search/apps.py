from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _repair_index(sender, using, **kwargs) -> None:
    """SQLite drops triggers with the table when a migration rebuilds it: put them back."""
    from search import index

    index.ensure(using)


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self) -> None:
        post_migrate.connect(_repair_index, sender=self, dispatch_uid="search.repair_index")
