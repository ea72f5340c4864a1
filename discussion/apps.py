from django.apps import AppConfig


class DiscussionConfig(AppConfig):
    name = "discussion"
    verbose_name = "The discussion"

    def ready(self) -> None:
        # Safety reads and moderates this app's comments through its small protocol.
        from discussion.safety_source import CommentSource
        from safety import sources

        sources.register(sources.MODERATED_KIND, CommentSource())
