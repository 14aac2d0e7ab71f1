"""Lengths the deck's own fields may have (plain constants: importing them
must not load SQLModel, which the running app never needs)."""

MAX_HEADLINE = 160  # characters: two lines of a slide at the smallest headline size
MAX_NOTES = 20000
