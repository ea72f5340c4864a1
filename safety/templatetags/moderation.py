"""Template helpers for pages that show moderation links only to moderators."""

from django import template

from safety.permissions import is_moderator as _is_moderator

register = template.Library()


@register.filter
def is_moderator(user) -> bool:
    return _is_moderator(user)
