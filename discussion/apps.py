from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiscussionConfig(AppConfig):
    name = "discussion"
    verbose_name = _("The discussion")

    def ready(self) -> None:
        # Safety reads and moderates this app's comments through its small protocol.
        from discussion.safety_source import CommentSource
        from safety import sources

        sources.register(sources.MODERATED_KIND, CommentSource())
