"""The deck's layout step: turns section content into measured, fitted
slides of the slide model (see docs/deck.md)."""
