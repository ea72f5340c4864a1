"""Form fields for what people write."""

from __future__ import annotations

from django import forms

from afterword.text import clean_line, clean_text


class TextField(forms.CharField):
    """A CharField that drops control characters, null bytes and hidden marks first.

    They are invisible to the writer, so refusing the text over them ("Null
    characters are not allowed") would only puzzle a person; they are removed
    before any validation instead. Text that is only blanks or hidden marks
    becomes empty, so the field's own "required" message answers it.
    `one_line=True` also turns runs of spaces into one (pen names).
    """

    def __init__(self, *, one_line: bool = False, **kwargs):
        self.one_line = one_line
        super().__init__(**kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return value
        return clean_line(value) if self.one_line else clean_text(value)
