# TEMPORARY STUB written by the lead engineer so Django can start; the safety
# helper owns this file and should overwrite it completely.
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Crisis:
    level: int = 0
    flags: tuple = ()
    spans: tuple = ()


@dataclass(frozen=True)
class Screening:
    crisis: Crisis = field(default_factory=Crisis)
    privacy: tuple = ()
    needs_review: bool = False

    def to_dict(self):
        return {"crisis": {"level": self.crisis.level, "flags": [], "spans": []}, "privacy": []}


def screen(text, *, country="US"):
    lowered = text.lower()
    level = 5 if "end it this weekend" in lowered else 0
    return Screening(crisis=Crisis(level=level))
