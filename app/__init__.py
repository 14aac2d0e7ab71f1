"""Stratdeck: offline marketing-plan workbench."""

__version__ = "0.1.0"
