"""Operators see pen names, subscriptions and mutes; emailed links never (they are keys)."""

from django.contrib import admin

from people.models import Mute, PenName, Subscription


@admin.register(PenName)
class PenNameAdmin(admin.ModelAdmin):
    list_display = ("name", "verified_at", "created_at")
    search_fields = ("normalised",)
    readonly_fields = ("email_hash", "normalised", "created_at")


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    list_display = ("scope", "answer", "frequency", "confirmed_at", "created_at")
    list_filter = ("scope", "frequency")
    readonly_fields = ("email_hash", "created_at", "last_sent_at")


@admin.register(Mute)
class MuteAdmin(admin.ModelAdmin):
    list_display = ("answer", "created_at")
    readonly_fields = ("email_hash", "created_at")
