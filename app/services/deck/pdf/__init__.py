"""The PDF renderer: draws the laid-out slide model with reportlab
(see docs/deck.md)."""
