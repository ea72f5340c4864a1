"""Form fields for what people write."""

from __future__ import annotations

from django import forms

from afterword.text import clean_text


class TextField(forms.CharField):
    """A CharField that drops control characters, null bytes and hidden marks first.

    They are invisible to the writer, so refusing the text over them ("Null
    characters are not allowed") would only puzzle a person; they are removed
    before any validation instead.
    """

    def to_python(self, value):
        value = super().to_python(value)
        return clean_text(value) if value else value
