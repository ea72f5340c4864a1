"""The caring check-in offer's wording, for `people/_check_in_offer.html` wherever a
crisis notice includes it (the operator edits it as the safety text "check_in_offer")."""

from django import template

from safety import copy

register = template.Library()


@register.simple_tag
def check_in_offer() -> str:
    return copy.text("check_in_offer")
