"""Every app's translations are complete, and in step with the words the code uses.

Every catalogue of every app is read (`<app>/locale/<lang>/LC_MESSAGES/*.po`, both
django.po and djangojs.po): no entry may be left untranslated or fuzzy, and each
translation keeps its original's placeholders. Then the strings are extracted from
the code again, as a developer does with makemessages (into a copy of each app,
so nothing here is changed), and the catalogues must hold exactly those.
"""

from __future__ import annotations

import contextlib
import gettext
import re
import shutil
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from django.core.management import call_command

from afterword.catalogues import catalogues, compile_catalogue

BASE = Path(settings.BASE_DIR)
CATALOGUES = catalogues(BASE)
# Extracted as CONTRIBUTING.md says ("How to add a language"):
#   makemessages -l es --no-obsolete --add-location file --ignore tests [-d djangojs]
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]")


def _name(po: Path) -> str:
    return str(po.relative_to(BASE))


def _read(po: Path):
    with po.open("rb") as source:
        return read_po(source)


def _entries(po: Path) -> set[tuple]:
    """What a catalogue asks translators for: (context, msgid, plural msgid)."""
    found = set()
    for message in _read(po):
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id, None)
        found.add((message.context, *ids))
    return found


def test_there_are_catalogues_to_check():
    apps = {po.relative_to(BASE).parts[0] for po in CATALOGUES}
    assert {"afterword", "column", "discussion", "search"} <= apps
    assert BASE / "afterword/locale/es/LC_MESSAGES/djangojs.po" in CATALOGUES


@pytest.mark.parametrize("po", CATALOGUES, ids=_name)
def test_every_entry_is_translated_and_none_is_fuzzy(po):
    catalog = _read(po)
    assert not catalog.fuzzy, f"{_name(po)}: the header is still marked fuzzy"
    assert catalog.locale is not None, f"{_name(po)}: the header has no Language"
    problems = []
    for message in catalog:
        if not message.id:
            continue
        originals = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy:
            problems.append(f"fuzzy: {originals[0]!r}")
        elif not all(strings):
            problems.append(f"untranslated: {originals[0]!r}")
        else:
            wanted = set(PLACEHOLDER.findall(originals[-1])) | set(
                PLACEHOLDER.findall(originals[0])
            )
            for string in strings:
                if set(PLACEHOLDER.findall(string)) - wanted:
                    problems.append(f"unknown placeholder in the translation of {originals[0]!r}")
                elif len(originals) == 1 and set(PLACEHOLDER.findall(string)) != wanted:
                    problems.append(f"placeholders differ in {originals[0]!r}")
    assert problems == [], f"{_name(po)}:\n" + "\n".join(problems)


@pytest.mark.parametrize("po", CATALOGUES, ids=_name)
def test_every_catalogue_compiles_and_says_something_else(po, tmp_path):
    copy = tmp_path / po.name
    shutil.copy(po, copy)
    compile_catalogue(copy, force=True)
    with copy.with_suffix(".mo").open("rb") as mo:
        translations = gettext.GNUTranslations(mo)
    catalog = _read(po)
    first = next(m for m in catalog if m.id and isinstance(m.id, str) and not m.context)
    assert translations.gettext(first.id) == first.string


def _xgettext() -> str:
    found = shutil.which("xgettext")
    assert found, (
        "Checking the catalogues against the code needs GNU gettext's xgettext "
        "(Debian package gettext): run `sh scripts/ensure-test-tools.sh`."
    )
    return found


def _extract(app: Path, domain: str, into: Path) -> Path:
    """makemessages for one app and domain, run on a copy of the app's folder."""
    copy = into / app.name
    shutil.copytree(app, copy, ignore=shutil.ignore_patterns("*.mo", "__pycache__", "tests"))
    with contextlib.chdir(copy):  # makemessages reads the folder it runs in
        call_command(
            "makemessages",
            locale=["es"],
            domain=domain,
            no_obsolete=True,
            add_location="file",
            ignore_patterns=["tests"],
            verbosity=0,
        )
    return copy / "locale/es/LC_MESSAGES" / f"{domain}.po"


SPANISH = [po for po in CATALOGUES if po.parts[-3] == "es"]


@pytest.mark.parametrize("po", SPANISH, ids=_name)
def test_the_catalogue_holds_exactly_the_words_the_code_uses(po, tmp_path):
    _xgettext()
    app = BASE / po.relative_to(BASE).parts[0]
    fresh = _extract(app, po.stem, tmp_path)
    in_code, in_catalogue = _entries(fresh), _entries(po)
    missing = sorted(str(entry) for entry in in_code - in_catalogue)
    stale = sorted(str(entry) for entry in in_catalogue - in_code)
    assert (missing, stale) == ([], []), (
        f"{_name(po)} is out of step with the code: run makemessages in {app.name}/ "
        f"(CONTRIBUTING.md) and translate what is new.\n"
        f"missing: {missing}\nno longer used: {stale}"
    )
