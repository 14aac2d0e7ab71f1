"""competitors: see docs/architecture.md."""
