"""exchange: see docs/architecture.md."""
