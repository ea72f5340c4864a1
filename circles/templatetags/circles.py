"""`{% circle_invitation answer %}`: the line on an answer page that points to a
support circle with places left on one of the answer's topics; and `pen_names`,
the names of some memberships as one piece of a translated sentence."""

from django import template

from circles import queries

register = template.Library()


@register.inclusion_tag("circles/_invitation.html")
def circle_invitation(answer):
    # The answer page has its topics already (prefetched): one query for the circle.
    topic_ids = [topic.pk for topic in answer.topics.all()]
    return {"circle": queries.invitation(topic_ids)}


@register.filter
def pen_names(memberships) -> str:
    """ "Ana, Bea, Carmen": the names go into a sentence as one placeholder."""
    return ", ".join(m.pen_name for m in memberships)
