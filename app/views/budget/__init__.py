"""budget: see docs/architecture.md."""
