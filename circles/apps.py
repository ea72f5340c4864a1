from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CirclesConfig(AppConfig):
    name = "circles"
    verbose_name = _("Support circles")

    def ready(self) -> None:
        # The crisis queue reads circle posts through safety's small protocol, and
        # My words covers them through people's registry: neither imports this app.
        from circles import demo, sources
        from column.demo import register_loader
        from people.data_rights import register_words
        from safety.cases import register_source
        from safety.models import CrisisCase

        register_source(
            CrisisCase.Kind.CIRCLE, sources.crisis_sources, staff_path=sources.staff_path
        )
        register_words("circles", export=sources.export_for, erase=sources.erase_for)
        # The demo loader (column's load_demo) adds the circles' demo.
        register_loader("support circles", demo.load)
