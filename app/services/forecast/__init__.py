"""forecast: see docs/architecture.md."""
