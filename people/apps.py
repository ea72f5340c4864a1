from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PeopleConfig(AppConfig):
    name = "people"
    verbose_name = _("People: pen names, notifications, data rights")

    def ready(self) -> None:
        from column import offers
        from discussion import events
        from discussion import pen_names as discussion_pen_names
        from people import checkins, listeners, pen_names

        # The discussion announces; people listens (people/listeners.py).
        events.comment_posted.connect(listeners.comment_posted, dispatch_uid="people.posted")
        events.comment_published.connect(
            listeners.comment_published, dispatch_uid="people.published"
        )
        # Who may post under a verified pen name is people's to say.
        discussion_pen_names.register(
            questions=pen_names.poster_questions, read=pen_names.poster_from
        )
        # The column's crisis notices offer a caring check-in.
        offers.register_check_in_offer(checkins.check_in_offer)
