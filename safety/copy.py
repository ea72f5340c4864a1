"""The crisis texts people read, with an operator's own wording when there is one.

Every text here can be changed in the admin (Safety → Safety texts, by key);
until then the default below is used. Readers of another language than
LANGUAGE_CODE get the defaults, translated. Keep them short and warm: short
sentences, no jargon, no blame, nothing asked of the reader.
"""

from __future__ import annotations

from django.conf import settings
from django.db import DatabaseError
from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

StrOrPromise = str | Promise

DEFAULTS: dict[str, StrOrPromise] = {
    "crisis_intro": _(
        "What you wrote sounds like you may be going through something very hard right now. "
        "You don't have to face it alone, and you don't have to wait for anyone here. "
        "People are ready to listen, this minute:"
    ),
    "gentle_intro": _(
        "If any of this is about wanting to die or to hurt yourself, you don't have to wait "
        "for anyone here. People are ready to listen, this minute:"
    ),
    "signal_kept": _(
        "Your words have not been posted. But they are not lost: we have kept them, and a "
        "moderator — a real person — will read what you wrote."
    ),
    "signal_not_kept": _(
        "We couldn't keep your words just now, so please copy them below. Please don't wait: "
        "the lines above are there for you now."
    ),
    "protocol": _(
        "Read the whole text and any earlier comments from the same person.\n"
        "Claim the item, so nobody else acts on it at the same time.\n"
        "At level 4 or 5, reach out within the hour: the message goes from the site, "
        "never from your own address, and carries the crisis lines.\n"
        "If the person mentions a time, a place or means they already have, and you know "
        "where they are, call the emergency services.\n"
        "Decide: publish with a support note, or keep it private. Never publish method "
        "details; redact them first.\n"
        "Write a short note of what you did. Look after yourself too: talk to another "
        "moderator after a hard case."
    ),
    "reach_out": _(
        "We read what you wrote on our site, and we wanted to say: we're glad you told "
        "someone. What you are feeling matters, and you deserve support right now.\n\n"
        "We are not a crisis service, but the people below are, and they are there for you "
        "at any hour. Talking to one of them can help, even if you're not sure what to say.\n\n"
        "You don't need to answer this message."
    ),
    "support_note": _(
        "The person who wrote this may be going through a very hard time. If you answer, "
        "please be gentle: listen, don't judge, and don't give advice about methods or "
        "medication. If you are worried about them, or about yourself, these lines "
        "are open now:"
    ),
    "kept_private": _(
        "Thank you for writing. We have decided to keep your comment private, so it won't "
        "appear in the discussion. That is not a judgement of you or of what you feel: we "
        "do it when a comment shares so much pain that we want to answer you first, not "
        "leave you alone with strangers' replies.\n\n"
        "If you are struggling, please reach out to one of the lines below. They are free "
        "and open at any hour."
    ),
    "check_in_offer": _("Would it help if we checked in with you in a few days?"),
    "check_in_1": _(
        "A few days ago you wrote to us at a hard moment, and you asked us to check in. "
        "So: we're thinking of you, and we hope today is a little easier. There is "
        "nothing you need to do or answer."
    ),
    "check_in_2": _(
        "Two weeks ago you asked us to check in with you. We hope things have eased, even "
        "a little. Whatever today is like, you matter, and help is still there whenever "
        "you want it. This is our last message unless you write to us again."
    ),
}


def text(key: str) -> str:
    """The operator's wording for `key`, or the default (also when the database is down)."""
    from safety.models import SafetyText

    default = str(DEFAULTS[key])
    if (translation.get_language() or settings.LANGUAGE_CODE) != settings.LANGUAGE_CODE:
        # An operator's wording is in the site's own language; other readers get the
        # default in theirs (the catalogues).
        return default
    try:
        own = SafetyText.objects.filter(key=key).values_list("text", flat=True).first()
    except DatabaseError:
        own = None
    return own or default


def paragraphs(key: str) -> list[str]:
    return [part.strip() for part in text(key).split("\n\n") if part.strip()]


def lines(key: str) -> list[str]:
    return [line.strip() for line in text(key).splitlines() if line.strip()]
