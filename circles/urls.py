"""Support circles, mounted at the site's root: /circles/… for readers and members,
/moderation/circles/… for moderators acting on a report or a crisis."""

from django.urls import path

from circles import staff, views

app_name = "circles"

urlpatterns = [
    path("circles/", views.circle_list, name="list"),
    path("circles/join/<str:token>/", views.confirm, name="confirm"),
    path("circles/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("circles/<slug:slug>/", views.about, name="about"),
    path("circles/<slug:slug>/room/", views.room, name="room"),
    path("circles/<slug:slug>/rounds/<int:number>/", views.round_detail, name="round"),
    path("circles/<slug:slug>/rounds/<int:number>/post/", views.post, name="post"),
    path("circles/<slug:slug>/rounds/<int:number>/pass/", views.pass_round, name="pass"),
    path("circles/<slug:slug>/posts/<int:pk>/edit/", views.edit, name="edit"),
    path("circles/<slug:slug>/posts/<int:pk>/delete/", views.delete, name="delete"),
    path("circles/<slug:slug>/posts/<int:pk>/report/", views.report, name="report"),
    path("circles/<slug:slug>/settings/", views.circle_settings, name="settings"),
    path("circles/<slug:slug>/leave/", views.leave, name="leave"),
    path("circles/<slug:slug>/facilitate/", staff.facilitate, name="facilitate"),
    path("circles/<slug:slug>/facilitate/open/", staff.open_round, name="open_round"),
    path("circles/<slug:slug>/rounds/<int:number>/close/", staff.close_round, name="close_round"),
    path("circles/<slug:slug>/posts/<int:pk>/hide/", staff.hide, name="hide"),
    path("circles/<slug:slug>/members/<int:pk>/answer/", staff.answer_request, name="answer"),
    path("circles/<slug:slug>/members/<int:pk>/remove/", staff.remove_member, name="remove"),
    path("moderation/circles/", staff.reports, name="reports"),
    path("moderation/circles/posts/<int:pk>/", staff.review, name="review"),
]
