"""risks: see docs/architecture.md."""
