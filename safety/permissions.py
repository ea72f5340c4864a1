"""Who may work the moderation queue, and who may read the audit log."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

MODERATORS_GROUP = "Moderators"


def is_moderator(user) -> bool:
    """Members of the Moderators group, and superusers (operators can always step in)."""
    if not (user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or user.groups.filter(name=MODERATORS_GROUP).exists()


def moderator_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Anonymous visitors go to sign in; signed-in people without the role get 403."""

    @login_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not is_moderator(request.user):
            raise PermissionDenied("Only moderators can do this.")
        return view(request, *args, **kwargs)

    return wrapper


def admin_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """The audit log watches the moderators, so only operators (superusers) read it."""

    @login_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not (request.user.is_active and request.user.is_superuser):
            raise PermissionDenied("The audit log is for administrators.")
        return view(request, *args, **kwargs)

    return wrapper
