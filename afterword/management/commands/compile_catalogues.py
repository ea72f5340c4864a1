"""manage.py compile_catalogues: build every app's .mo files from its .po files.

Like Django's compilemessages, without needing GNU gettext (afterword/catalogues.py).
"""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand

from afterword.catalogues import catalogues, compile_all


class Command(BaseCommand):
    help = "Compile the translations (.po) of every app into .mo files, in pure Python."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Compile even unchanged ones.")

    def handle(self, *args, force: bool = False, **options):
        built = compile_all(settings.BASE_DIR, force=force)
        total = len(catalogues(settings.BASE_DIR))
        for po in built:
            self.stdout.write(f"compiled {po.relative_to(settings.BASE_DIR)}", ending="\n")
        self.stdout.write(f"{len(built)} of {total} catalogues compiled, the others unchanged.")
