"""The header links of staff pages: the desk, the moderation queue and sign out.

Public pages are the same for every anonymous reader (and cached), so these
links are made only on staff pages (the desk, the moderation queue and the
staff landing page), and only for a signed-in columnist or moderator. What a
person may open is noted in their session when they sign in, so a staff page
asks the database nothing more for its header.
"""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import reverse

SESSION_KEY = "afterword.staff_links"


def _staff_paths() -> tuple[str, ...]:
    return (reverse("column:desk"), reverse("safety:queue"), reverse("staff_home"))


def roles_of(user) -> list[str]:
    """The workspaces this person may open: "desk", "queue", both or neither."""
    from column.models import Columnist
    from safety.permissions import is_moderator

    roles = []
    if user.is_active and Columnist.objects.filter(user=user).exists():
        roles.append("desk")
    if is_moderator(user):
        roles.append("queue")
    return roles


def note_roles(sender, request, user, **kwargs) -> None:
    """On sign-in (django.contrib.auth's user_logged_in): keep the roles in the session."""
    if request is not None and hasattr(request, "session"):
        request.session[SESSION_KEY] = roles_of(user)


def staff_links(request: HttpRequest) -> dict:
    """{"staff_links": {"desk": bool, "queue": bool}} on staff pages for staff, else {}.

    Other pages return at once, without touching the session or the user.
    """
    if not request.path.startswith(_staff_paths()):
        return {}
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    roles = request.session.get(SESSION_KEY)
    if roles is None:  # signed in before the roles were noted at sign-in
        roles = roles_of(user)
        request.session[SESSION_KEY] = roles
    if not roles:
        return {}
    return {"staff_links": {"desk": "desk" in roles, "queue": "queue" in roles}}
