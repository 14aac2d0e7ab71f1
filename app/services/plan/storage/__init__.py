"""The plan file on disk: opening, locking, validation, SQLite guards, safe
writes, sidecars, backups, restore, snapshots and format migrations
(see docs/architecture.md)."""
