"""calendar: see docs/architecture.md."""
