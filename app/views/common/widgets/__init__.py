"""Reusable widgets and widget helpers of the views: field widgets, button
rows, splitters, the image field, id drag-and-drop and table fitting
(see docs/architecture.md)."""
