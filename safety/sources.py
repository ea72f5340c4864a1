"""What safety needs from the apps whose texts it looks after, as one small protocol.

Safety imports nothing of the content apps. Each of them registers, from its
``AppConfig.ready()``, an object for its kind of text (``register(kind, source)``):

- every kind (comments, letters, circle posts) tells the crisis cases what a text
  is — its words, pen name, where it was written (:meth:`ContentSource.cases`) —
  and, when it has one, the page where staff work such a case;
- a kind that waits in the moderation queue and is acted on one text at a time
  (:class:`ModeratedSource`: the discussion's comments) also hands safety its
  texts for the queue, the reports and the digest, changes them through its own
  services (approve, reject, edit, redact), and answers the rules' question
  "has this email had a text published?".

The items a moderated source hands out are its own objects; safety reads only the
attributes :class:`ModeratedSource` lists, and changes them only through it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ImproperlyConfigured
from django.db.models import Q, QuerySet

from safety.models import CrisisCase


@dataclass(frozen=True)
class Source:
    """What a content app tells safety about one of its texts."""

    text: str
    pen_name: str
    email: str  # used to send a message; never shown to anyone
    title: str  # where it was written, e.g. the answer's title
    staff_url: str  # where staff see the text in full
    public_url: str = ""  # where readers see it, when they do
    status: str = ""
    screening: dict | None = None
    language: str = ""  # what the person read the site in; "" for the site's own


class ContentSource:
    """One kind of text, as the crisis cases read it."""

    def cases(self, ids: list[int]) -> dict[int, Source]:
        """ids -> Source (ids that no longer exist are left out)."""
        raise NotImplementedError

    def staff_path(self, object_id: int) -> str | None:
        """Where moderators work a case of this kind, when it is not the case's own page
        (a private text read on a page that logs each view); None for the case page."""
        return None


class LoaderSource(ContentSource):
    """A source made of two functions (what ``cases.register_source`` registers)."""

    def __init__(
        self,
        loader: Callable[[list[int]], dict[int, Source]],
        staff_path: Callable[[int], str] | None = None,
    ) -> None:
        self._loader, self._staff_path = loader, staff_path

    def cases(self, ids: list[int]) -> dict[int, Source]:
        return self._loader(ids)

    def staff_path(self, object_id: int) -> str | None:
        return self._staff_path(object_id) if self._staff_path else None


Item = Any  # the content app's own object (a comment)


class ModeratedSource(ContentSource):
    """A kind of text that moderators read in the queue and act on one by one.

    Safety reads these attributes of an item: ``pk``, ``body``, ``pen_name``,
    ``email`` and ``ip_hash`` (matched and hashed, never shown), ``status``,
    ``crisis_level``, ``screening``, ``held_for``, ``support_note`` and ``language``
    (what the author read the site in: the emails to them are written in it); the queue
    orders by ``crisis_level`` and reports point at items (``Report.comment``).
    """

    # --- reading -------------------------------------------------------------------

    def for_moderators(self) -> QuerySet:
        """Every item, with what a moderator's page shows loaded and nothing private."""
        raise NotImplementedError

    def needs_person(self, *, reported: Q) -> Q:
        """Which items wait for a moderator; `reported` is true of an item with open reports."""
        raise NotImplementedError

    def get(self, pk: int) -> Item | None:
        """One item for a moderator, whatever its status."""
        raise NotImplementedError

    def many(self, ids: Iterable[int]) -> Iterable[Item]:
        raise NotImplementedError

    def history(self, item: Item, *, limit: int) -> Iterable[Item]:
        """The same person's other items, newest first (matched by email, never shown)."""
        raise NotImplementedError

    def reportable(self, pk: int) -> Item | None:
        """An item readers can see, so may report; None otherwise."""
        raise NotImplementedError

    def back_url(self, pk: int) -> str:
        """Where a reader who reported the item goes back to; "" when nowhere is left."""
        raise NotImplementedError

    def pending(self) -> QuerySet:
        """Items waiting for a moderator's approval (the digest counts them by level)."""
        raise NotImplementedError

    def published(self) -> QuerySet:
        raise NotImplementedError

    def published_by(self, email: str) -> QuerySet:
        """The items published under this email (the rules' "returning" question)."""
        raise NotImplementedError

    def title(self, item: Item) -> str:
        """Where the item was written, for the emails to its author."""
        raise NotImplementedError

    def public_url(self, item: Item) -> str:
        """The item's public address (a path), "" when readers don't see it."""
        raise NotImplementedError

    def is_published(self, item: Item) -> bool:
        raise NotImplementedError

    def is_removed(self, item: Item) -> bool:
        """Its author took it down: nobody else may change it then."""
        raise NotImplementedError

    # --- acting, through the owning app's services ---------------------------------

    def approve(self, item: Item) -> Item:
        raise NotImplementedError

    def reject(self, item: Item) -> Item:
        raise NotImplementedError

    def mark_spam(self, item: Item) -> Item:
        raise NotImplementedError

    def edit(self, item: Item, body: str) -> Item:
        """New words, screened again."""
        raise NotImplementedError

    def redact(self, item: Item, spans: list[dict]) -> list[dict]:
        """Replace these spans with "[removed]"; returns the spans actually removed."""
        raise NotImplementedError

    def add_support_note(self, item: Item) -> None:
        """Show the note for readers (crisis lines, how to answer kindly) beside it."""
        raise NotImplementedError


_SOURCES: dict[str, ContentSource] = {}
MODERATED_KIND = CrisisCase.Kind.COMMENT  # the kind the moderation queue holds


def register(kind: str, source: ContentSource) -> None:
    """A content app's source for its kind of text (from its AppConfig.ready())."""
    _SOURCES[kind] = source


def registered(kind: str) -> ContentSource | None:
    return _SOURCES.get(kind)


def source_for(kind: str) -> ContentSource:
    try:
        return _SOURCES[kind]
    except KeyError:
        raise ImproperlyConfigured(f"No app registered a safety source for {kind!r}.") from None


def moderated() -> ModeratedSource:
    """The source of the texts in the moderation queue (the discussion's comments)."""
    found = source_for(MODERATED_KIND)
    if not isinstance(found, ModeratedSource):
        raise ImproperlyConfigured(f"The {MODERATED_KIND!r} source can't be moderated.")
    return found
