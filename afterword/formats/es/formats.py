"""Spanish dates: 1 de enero de 2026."""

DATE_FORMAT = r"j \d\e F \d\e Y"  # 1 de enero de 2026
DATETIME_FORMAT = r"j \d\e F \d\e Y, H:i"
SHORT_DATE_FORMAT = "j b Y"  # 1 ene 2026 (Spanish writes months in lower case)
SHORT_DATETIME_FORMAT = "j b Y, H:i"
MONTH_DAY_FORMAT = "j b"  # 1 ene
YEAR_MONTH_FORMAT = r"F \d\e Y"  # enero de 2026
