from django.apps import AppConfig


class AfterwordConfig(AppConfig):
    name = "afterword"
    verbose_name = "Afterword"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in

        from afterword.staff import note_roles

        # Staff pages' header links come from the session (afterword/staff.py).
        user_logged_in.connect(note_roles, dispatch_uid="afterword.staff.note_roles")
