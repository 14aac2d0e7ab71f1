"""deck: see docs/architecture.md."""
