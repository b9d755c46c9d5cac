"""newsgraph analyze and newsgraph demo (being written)."""
