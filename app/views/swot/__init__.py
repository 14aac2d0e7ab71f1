"""swot: see docs/architecture.md."""
