"""Builds the translations' .mo files from the .po files the translators write.

In pure Python (Babel), so `make run` works on a fresh machine: Django's own
`compilemessages` needs GNU gettext's `msgfmt`, which a plain Debian install
doesn't have. Fuzzy entries are left out, as msgfmt leaves them out.
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po


def catalogues(base: Path) -> list[Path]:
    """Every app's .po files under `base` (…/<app>/locale/<lang>/LC_MESSAGES/*.po)."""
    return sorted(
        path
        for path in base.glob("*/locale/*/LC_MESSAGES/*.po")
        if not any(part.startswith(".") for part in path.relative_to(base).parts)
    )


def compile_catalogue(po: Path, *, force: bool = False) -> bool:
    """Write the .mo beside `po`; False when it was already newer than the .po."""
    mo = po.with_suffix(".mo")
    if not force and mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
        return False
    with po.open("rb") as source:
        catalog = read_po(source, abort_invalid=True)
    temporary = mo.with_suffix(".mo.tmp")
    with temporary.open("wb") as target:
        write_mo(target, catalog, use_fuzzy=False)
    temporary.replace(mo)  # a running server never reads half a file
    return True


def compile_all(base: Path, *, force: bool = False) -> list[Path]:
    """Compile every catalogue that changed; the .po files that were compiled."""
    return [po for po in catalogues(base) if compile_catalogue(po, force=force)]
