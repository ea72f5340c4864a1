"""The questions other apps ask of the column (answers, letters, topics, columnists)."""

from __future__ import annotations

from afterword.identity import normalise_email
from column.models import Answer, Columnist, Letter, Topic


def published_answers():
    """Answers readers can see (and comment on)."""
    return Answer.objects.published()


def answer(pk: int) -> Answer | None:
    """An answer, whatever its state."""
    return Answer.objects.filter(pk=pk).first()


def answer_for_notice(pk: int) -> Answer:
    """An answer with its columnist and their user (for notifying the columnist)."""
    return Answer.objects.select_related("columnist__user").get(pk=pk)


def answers_by_id(ids) -> dict[int, Answer]:
    return Answer.objects.in_bulk(ids)


def letters_of(email: str):
    """The letters written with this email, newest first."""
    return Letter.objects.filter(email=normalise_email(email)).order_by("-received_at")


def letter_of(email: str, pk: int) -> Letter | None:
    return letters_of(email).filter(pk=pk).first()


def topic(slug: str) -> Topic:
    return Topic.objects.get(slug=slug)


def is_columnist(user) -> bool:
    return Columnist.objects.filter(user=user).exists()
