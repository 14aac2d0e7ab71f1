"""Strategy & actions: pillars, initiatives and their links, the
responsibility matrix and checkpoints (tables and pure rules)."""
