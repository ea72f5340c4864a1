from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MovingConfig(AppConfig):
    name = "moving"
    verbose_name = _("Moving in and out")
