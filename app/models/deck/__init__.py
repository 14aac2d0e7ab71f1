"""deck: the plan's own deck texts (headline overrides, speaker notes)."""
