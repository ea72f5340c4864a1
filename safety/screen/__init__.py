"""Offline safety screen: crisis language and identifying details.

Pure Python (stdlib + ``phonenumbers``); nothing here imports Django.

``screen(text)`` returns a frozen :class:`Screening` with

* ``crisis`` – a level on a ladder after the Columbia Suicide Severity Rating
  Scale (0 none, 1 distress, 2 passive ideation / self-harm, 3 active ideation,
  4 ideation with a method, 5 intent, plan, preparation or imminent danger),
  context flags and the matched spans with a reason each;
* ``privacy`` – names, phone numbers, emails, links, addresses, handles and
  organisations a writer may not want to publish;
* ``needs_review`` – True when a person should read the text.

How the crisis pass works:

1. The text is normalised for matching (lowercase, accents and curly quotes
   folded, zero-width and bidi controls dropped, leetspeak digits inside words
   mapped to letters, spaced-out letters joined) while an index map keeps every
   normalised character tied to its offset in the original text.
2. One precompiled regular expression holds every rule as a named alternative.
   It is searched at every start position so nested phrases are all seen.
3. Each match is judged in its own clause: negation just before it, past and
   resolved time cues, and whose experience it is (reflexives, possessives and
   the nearest subject). Negated, historical or third-party matches drop to
   level 1 but still go to review; figurative idioms clear what they cover.
4. Levels combine across the text: ideation plus a means mentioned anywhere
   is level 4; an act or method plus a time word ("tonight", "by Friday",
   "after the funeral") in the same sentence is level 5.
"""

from __future__ import annotations

from safety import learned
from safety.screen.crisis import _crisis
from safety.screen.findings import (
    FLAG_ORDER,
    PRIVACY_KINDS,
    Crisis,
    PrivacyFinding,
    Screening,
    Span,
)
from safety.screen.normalise import _normalise as _normalise  # re-exported for tools
from safety.screen.privacy import _privacy

__all__ = ["PRIVACY_KINDS", "Crisis", "PrivacyFinding", "Screening", "Span", "screen"]

# --------------------------------------------------------------------------
# The learned stage: it sends a text to a person, it never changes the level
# --------------------------------------------------------------------------

LEARNED_REASON = "the learned stage: this may be about wanting to die or self-harm"


def _with_learned(text: str, crisis: Crisis, cleared: bool) -> Crisis:
    """Flag a text the rules left below level 2 when the learned stage hears risk in it.

    The level stays as the rules set it: a flag holds the text for a person to
    read (``needs_review``), shows the writer a gentle version of the crisis
    lines, and marks the sentence that triggered it with the flag ``model``.
    Texts the rules cleared (figurative, negated, past, someone else's) are left
    as the rules judged them.
    """
    if crisis.level >= 2 or cleared or not learned.ENABLED:
        return crisis
    try:
        found = learned.flag(text)
    except Exception:  # noqa: BLE001 - a broken artefact must not break the screen
        return crisis
    if found is None:
        return crisis
    span = Span(found.start, found.end, text[found.start : found.end], LEARNED_REASON)
    spans = tuple(sorted((*crisis.spans, span), key=lambda sp: (sp.start, -sp.end)))
    flags = tuple(f for f in FLAG_ORDER if f in crisis.flags or f == "model")
    return Crisis(level=crisis.level, flags=flags, spans=spans)


def _screen_crisis(text: str, *, use_model: bool | None = None) -> tuple[Crisis, bool]:
    """The crisis half of :func:`screen`; ``use_model=False`` gives the rules alone."""
    crisis, lowered, cleared = _crisis(text)
    if use_model is not False:
        crisis = _with_learned(text, crisis, cleared)
    return crisis, lowered


# --------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------


def screen(text: str, *, country: str = "US") -> Screening:
    """Screen one text for crisis language and identifying details. Never raises."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    try:
        crisis, lowered = _screen_crisis(text)
    except Exception:  # noqa: BLE001 - fail towards a human reading it
        crisis, lowered = Crisis(level=0, flags=(), spans=()), True
    try:
        privacy = _privacy(text, country or "US")
    except Exception:  # noqa: BLE001
        privacy = ()
    review = crisis.level >= 2 or lowered or "model" in crisis.flags
    return Screening(crisis=crisis, privacy=privacy, needs_review=review)
