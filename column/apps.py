from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ColumnConfig(AppConfig):
    name = "column"
    verbose_name = _("The column")

    def ready(self) -> None:
        from column import signals, tasks, threads
        from column.events import answer_scheduled
        from column.services import crisis_sources
        from safety.cases import register_source
        from safety.models import CrisisCase

        # The crisis queue reads this app's texts through safety's small protocol.
        register_source(CrisisCase.Kind.LETTER, crisis_sources)
        # What readers see changed: public pages' versions move (column/signals.py).
        signals.connect()
        # Discussions hang under answers, and answers count their comments.
        threads.connect()
        answer_scheduled.connect(tasks.when_scheduled, dispatch_uid="column.tasks.when_scheduled")
