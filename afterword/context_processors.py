"""Template context shared by every page."""

from django.conf import settings

from afterword.staff import staff_links


def site(request):
    return {
        "SITE_NAME": settings.SITE_NAME,
        "SITE_URL": settings.SITE_URL,
        **staff_links(request),  # staff pages only; public pages get nothing personal
    }
