"""Sensible default crisis resources; operators edit them in the admin."""

from django.db import migrations

DEFAULTS = [
    ("US", 0, "988 Suicide & Crisis Lifeline",
     "Call or text 988, or chat online, any time, day or night.", "https://988lifeline.org"),
    ("US", 1, "Crisis Text Line", "Text HOME to 741741, any time.",
     "https://www.crisistextline.org"),
    ("GB", 0, "Samaritans", "Call 116 123 for free, any time, day or night.",
     "https://www.samaritans.org"),
    ("IE", 0, "Samaritans Ireland", "Call 116 123 for free, any time, day or night.",
     "https://www.samaritans.org/ireland/"),
    ("", 9, "Find a helpline in your country",
     "A free directory of crisis lines around the world.", "https://findahelpline.com"),
]


def add(apps, schema_editor):
    resource = apps.get_model("safety", "CrisisResource")
    for country, order, name, how, url in DEFAULTS:
        resource.objects.get_or_create(
            country=country, name=name, defaults={"order": order, "how": how, "url": url}
        )


def remove(apps, schema_editor):
    resource = apps.get_model("safety", "CrisisResource")
    for country, _, name, _, _ in DEFAULTS:
        resource.objects.filter(country=country, name=name).delete()


class Migration(migrations.Migration):
    dependencies = [("safety", "0001_initial")]
    operations = [migrations.RunPython(add, remove)]
