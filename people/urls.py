from django.urls import path

from people import views

app_name = "people"

urlpatterns = [
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("answers/<slug:slug>/follow/", views.follow, name="follow"),
    path("check-ins/", views.check_in, name="check_in"),
    path("check-ins/stop/<str:token>/", views.check_in_stop, name="check_in_stop"),
    path("comments/<int:pk>/follow/", views.follow_person, name="follow_person"),
    path("follows/stop/<str:token>/", views.follow_person_stop, name="follow_person_stop"),
    path("me/", views.me, name="me"),
    path("me/sign-in/<str:token>/", views.sign_in_link, name="sign_in_link"),
    path("me/sign-out/", views.sign_out, name="sign_out"),
    path("me/comments/<int:pk>/edit/", views.edit_comment, name="edit_comment"),
    path("me/comments/<int:pk>/delete/", views.delete_comment, name="delete_comment"),
    path("me/subscriptions/<int:pk>/", views.subscription, name="subscription"),
    path("me/letters/<int:pk>/withdraw/", views.withdraw_letter, name="withdraw_letter"),
    path("me/digest/", views.digest, name="digest"),
    path("me/claims/", views.claim, name="claim"),
    path("me/claims/undo/", views.unclaim, name="unclaim"),
    path("me/claim/<str:token>/", views.claim_link, name="claim_link"),
    path("me/export/", views.export, name="export"),
    path("me/erase/", views.erase, name="erase"),
]
