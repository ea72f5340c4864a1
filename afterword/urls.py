"""Top-level URL map: each part of the product keeps its own URLs."""

from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.decorators.http import require_GET
from django.views.i18n import JavaScriptCatalog
from django.views.static import serve

from afterword.i18n import choose_language
from afterword.pagecache import public_page
from afterword.views import staff_home
from column.urls import sitemap_urls
from safety.signin import ThrottledLoginView

urlpatterns = [
    path("", include("column.urls")),
    path("", include("discussion.urls")),
    path("", include("people.urls")),
    path("", include("circles.urls")),
    path("moderation/", include("safety.urls")),
    path("search/", include("search.urls")),
    path("staff/", staff_home, name="staff_home"),
    # The footer's language switch, and site.js's words in the reader's language (the
    # same for every reader of a language, so kept in the page cache like a page).
    path("language/<str:code>/", choose_language, name="language"),
    path(
        "jsi18n/",
        require_GET(public_page(JavaScriptCatalog.as_view(packages=["afterword"]))),
        name="javascript-catalog",
    ),
    path("accounts/login/", ThrottledLoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
    *sitemap_urls,
]

if settings.DEBUG:
    urlpatterns += [path("media/<path:path>", serve, {"document_root": settings.MEDIA_ROOT})]
