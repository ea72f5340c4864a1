"""The site's own date formats, per language (settings.FORMAT_MODULE_PATH).

Only what the pages use is set here; anything else comes from Django's formats for
the language. Templates and discussion/render.py name a format (DATE_FORMAT,
SHORT_DATE_FORMAT…) and each language says how it reads.
"""
