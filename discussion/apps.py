from django.apps import AppConfig


class DiscussionConfig(AppConfig):
    name = "discussion"
    verbose_name = "The discussion"

    def ready(self) -> None:
        # The crisis queue reads this app's texts through safety's small protocol.
        from discussion.services import crisis_sources
        from safety.cases import register_source
        from safety.models import CrisisCase

        register_source(CrisisCase.Kind.COMMENT, crisis_sources)
