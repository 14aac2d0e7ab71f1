"""personas: see docs/architecture.md."""
