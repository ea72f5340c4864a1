"""Shared by the moving tests: where the samples are, and running a command."""

from __future__ import annotations

from io import StringIO
from pathlib import Path

from django.core.management import call_command

SAMPLES = Path(__file__).parent / "samples"


def run(command: str, *args) -> str:
    out = StringIO()
    call_command(command, *[str(a) for a in args], stdout=out)
    return out.getvalue()
