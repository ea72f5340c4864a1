"""English dates as the column has always written them: 1 January 2026."""

DATE_FORMAT = "j F Y"  # 1 January 2026
DATETIME_FORMAT = "j F Y, H:i"  # 1 January 2026, 14:05
SHORT_DATE_FORMAT = "j M Y"  # 1 Jan 2026 (comments in a thread)
SHORT_DATETIME_FORMAT = "j M Y, H:i"
MONTH_DAY_FORMAT = "j M"  # 1 Jan (the archive, under its month)
YEAR_MONTH_FORMAT = "F Y"  # January 2026
