"""What the screen returns: frozen results that are safe to pass around and store."""

from __future__ import annotations

from dataclasses import dataclass, field

FLAG_ORDER = ("negated", "historical", "third_party", "figurative", "self_harm", "model")
PRIVACY_KINDS = ("person", "phone", "email", "url", "address", "handle", "organisation")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str
    reason: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "reason": self.reason}


@dataclass(frozen=True)
class Crisis:
    level: int = 0
    flags: tuple[str, ...] = ()
    spans: tuple[Span, ...] = ()

    def to_dict(self) -> dict:
        return {
            "level": self.level,
            "flags": list(self.flags),
            "spans": [s.to_dict() for s in self.spans],
        }


@dataclass(frozen=True)
class PrivacyFinding:
    kind: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return {"kind": self.kind, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Screening:
    crisis: Crisis = field(default_factory=Crisis)
    privacy: tuple[PrivacyFinding, ...] = ()
    needs_review: bool = False

    def to_dict(self) -> dict:
        return {"crisis": self.crisis.to_dict(), "privacy": [f.to_dict() for f in self.privacy]}
