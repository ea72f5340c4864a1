"""Small factories for the search tests."""

from __future__ import annotations

from afterword.text import plain_to_html
from discussion.models import Comment


def bulk_comments(answer, bodies: list[str], *, name: str = "Bulk", status=None) -> list[Comment]:
    """Comments written the way imports and benchmarks write them: one bulk_create."""
    comments = [
        Comment(
            answer=answer,
            pen_name=f"{name} {i}",
            email=f"bulk{i}@example.org",
            body=body,
            body_html=plain_to_html(body),
            status=status or Comment.Status.PUBLISHED,
        )
        for i, body in enumerate(bodies)
    ]
    return Comment.objects.bulk_create(comments)


def found(client, q: str, **params) -> str:
    response = client.get("/search/", {"q": q, **params})
    assert response.status_code == 200
    return response.content.decode()
