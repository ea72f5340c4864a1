"""Support circles: small private groups meeting in weekly written rounds (see models)."""
