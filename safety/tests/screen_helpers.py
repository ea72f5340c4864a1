"""What the screen's tests share: the flags and kinds it may return, and small readers."""

from __future__ import annotations

from safety.screen import Screening, screen

FLAGS = {"negated", "historical", "third_party", "figurative", "self_harm"}
KINDS = {"person", "phone", "email", "url", "address", "handle", "organisation"}


def level(text: str) -> int:
    return screen(text).crisis.level


def kinds(text: str, country: str = "US") -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in screen(text, country=country).privacy:
        out.setdefault(f.kind, []).append(f.text)
    return out


def assert_offsets(text: str, s: Screening) -> None:
    for span in s.crisis.spans:
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text
        assert span.reason
    for f in s.privacy:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text
        assert f.kind in KINDS
