from django.apps import AppConfig


class ColumnConfig(AppConfig):
    name = "column"
    verbose_name = "The column"

    def ready(self) -> None:
        # The crisis queue reads this app's texts through safety's small protocol.
        from column import signals
        from column.services import crisis_sources
        from safety.cases import register_source
        from safety.models import CrisisCase

        register_source(CrisisCase.Kind.LETTER, crisis_sources)
        # What readers see changed: public pages' versions move (column/signals.py).
        signals.connect()
