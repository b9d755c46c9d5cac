"""newsgraph eval (placeholder until eval lands)."""
