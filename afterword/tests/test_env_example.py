"""`.env.example` names every variable the settings read, as the README's table does."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def listed() -> set[str]:
    text = (ROOT / ".env.example").read_text(encoding="utf-8")
    return set(re.findall(r"^(?:# )?([A-Z][A-Z0-9_]+)=", text, flags=re.MULTILINE))


def test_every_variable_in_the_readmes_table_is_in_env_example():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"^\| (.+?) \|", table, flags=re.MULTILINE)[2:])
    names = {name for cell in documented for name in re.findall(r"`([A-Z][A-Z0-9_]+)`", cell)}
    assert len(names) > 50
    assert names - listed() == set()


def test_every_variable_the_settings_read_is_in_env_example():
    read = set()
    for source in ("afterword/settings.py", "gunicorn.conf.py"):
        code = (ROOT / source).read_text(encoding="utf-8")
        read |= set(re.findall(r"(?:env_\w+|os\.environ\.get)\(\s*\"([A-Z][A-Z0-9_]+)\"", code))
    assert {"SECRET_KEY", "TRUSTED_PROXY_HOPS", "ACCESS_LOG"} <= read
    assert read - listed() == set()
