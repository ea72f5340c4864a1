"""Crisis lines for Spain and Mexico, shown to readers of the Spanish site
(safety.resources.LANGUAGE_COUNTRIES) and to anyone who chooses either country.

Stored in English like the other default lines, and shown in the reader's language
through the catalogues (safety.resources.DEFAULT_TEXTS): keep the words in step.
"""

from django.db import migrations

LINES = [
    ("ES", 0, "Línea 024 de atención a la conducta suicida",
     "In Spain, call 024: free, at any hour of the day or night. Spain's Ministry of "
     "Health runs it for anyone thinking about suicide, and for those worried about them.",
     ""),
    ("MX", 0, "Línea de la Vida",
     "In Mexico, call 800 911 2000: free, at any hour of the day or night.", ""),
]  # fmt: skip


def add(apps, schema_editor):
    resource = apps.get_model("safety", "CrisisResource")
    for country, order, name, how, url in LINES:
        resource.objects.get_or_create(
            country=country, name=name, defaults={"order": order, "how": how, "url": url}
        )


def remove(apps, schema_editor):
    resource = apps.get_model("safety", "CrisisResource")
    for country, _, name, _, _ in LINES:
        resource.objects.filter(country=country, name=name).delete()


class Migration(migrations.Migration):
    dependencies = [("safety", "0006_email_bans_by_email_key")]
    operations = [migrations.RunPython(add, remove)]
