"""What the import commands share: one transaction, a progress bar, a summary."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from moving.disqus import DisqusError
from moving.importing import ImportFailed
from moving.progress import Progress
from moving.wxr import WxrError


def run_import(command: BaseCommand, path: str, importer, *, verbosity: int = 1, label: str):
    """Run `importer.run(file, progress)` in one transaction and print its summary.

    Any failure rolls the whole import back and becomes a CommandError that names
    the place in the file where it happened.
    """
    out = None
    if verbosity >= 1:
        out = command.stdout._out if command.stdout.isatty() else command.stdout
    try:
        with open(path, "rb") as file, transaction.atomic():
            summary = importer.run(file, Progress(file, out, label=label))
    except OSError as exc:
        raise CommandError(f"{path}: {exc.strerror or exc}") from exc
    except (WxrError, DisqusError, ImportFailed) as exc:
        raise CommandError(
            f"{path}: {exc}. Nothing was imported: the database is as it was before."
        ) from exc
    for line in summary.lines():
        command.stdout.write(line)
    return summary
