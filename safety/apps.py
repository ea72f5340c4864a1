from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SafetyConfig(AppConfig):
    name = "safety"
    verbose_name = _("Safety")

    def ready(self) -> None:
        from django.core import checks

        from safety import health

        # No database work here: the check itself reads (and starts the heartbeat).
        checks.register(health.check_alerts)
