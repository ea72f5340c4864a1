from django.contrib.sitemaps.views import sitemap
from django.urls import path

from afterword.pagecache import public_page
from column import desk, views
from column.feeds import SITEMAPS, LatestAnswersFeed

app_name = "column"

urlpatterns = [
    path("", views.home, name="home"),
    path("answers/<slug:slug>/", views.answer_detail, name="answer"),
    path("topics/", views.topic_list, name="topics"),
    path("topics/<slug:slug>/", views.topic_detail, name="topic"),
    path("authors/", views.author_list, name="authors"),
    path("authors/<slug:slug>/", views.author_detail, name="author"),
    path("archive/", views.archive, name="archive"),
    path("feed/", public_page(LatestAnswersFeed()), name="feed"),
    path("write/", views.write_letter, name="write"),
    path("letters/<str:token>/", views.letter_status, name="letter_status"),
    path("terms/", views.terms, name="terms"),
    path("privacy/", views.privacy, name="privacy"),
    path("robots.txt", views.robots_txt, name="robots"),
    path("desk/", desk.dashboard, name="desk"),
    path("desk/letters/<int:pk>/", desk.letter_detail, name="desk_letter"),
    path("desk/letters/<int:pk>/status/", desk.letter_set_status, name="desk_letter_status"),
    path("desk/answers/new/", desk.answer_edit, name="desk_answer_new"),
    path("desk/answers/<int:pk>/", desk.answer_edit, name="desk_answer"),
    path("desk/answers/<int:pk>/unpublish/", desk.answer_unpublish, name="desk_unpublish"),
    path("desk/answers/<int:pk>/thread-note/", desk.thread_note_edit, name="desk_thread_note"),
]

sitemap_urls = [path("sitemap.xml", public_page(sitemap), {"sitemaps": SITEMAPS}, name="sitemap")]
