"""Staff sign-in that slows down password guessing.

After SIGN_IN_FAILURE_LIMIT failed attempts for one username, or from one
address, within SIGN_IN_LOCKOUT_MINUTES, further attempts are refused with a
clear message until the window has passed. Usernames and addresses are kept
only as keyed hashes, like every other address in Afterword.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.db.models import Q
from django.utils import timezone

from afterword.identity import keyed_hash
from safety.http import ip_hash
from safety.models import FailedSignIn


def _username_hash(username: str) -> str:
    return keyed_hash("username:" + username.strip().casefold())


def locked_out(username: str, address_hash: str) -> bool:
    since = timezone.now() - timedelta(minutes=settings.SIGN_IN_LOCKOUT_MINUTES)
    mine = Q(username_hash=_username_hash(username))
    if address_hash:
        mine |= Q(ip_hash=address_hash)
    recent = FailedSignIn.objects.filter(mine, created_at__gte=since)
    return recent.values("pk")[: settings.SIGN_IN_FAILURE_LIMIT].count() >= (
        settings.SIGN_IN_FAILURE_LIMIT
    )


class ThrottledLoginView(auth_views.LoginView):
    def post(self, request, *args, **kwargs):
        username = request.POST.get("username", "")
        address_hash = ip_hash(request)
        if locked_out(username, address_hash):
            form = self.get_form()
            form.is_valid()  # keep the username in the form
            form.errors.clear()
            context = self.get_context_data(
                form=form, locked_out=True, lockout_minutes=settings.SIGN_IN_LOCKOUT_MINUTES
            )
            return self.render_to_response(context, status=429)
        response = super().post(request, *args, **kwargs)
        if response.status_code != 302:  # the form was shown again: a failed attempt
            FailedSignIn.objects.create(
                username_hash=_username_hash(username), ip_hash=address_hash
            )
        return response
