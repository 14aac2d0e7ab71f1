"""The Strategy & actions canvas (策略与行动): pillars and initiatives with
their links, the responsibility matrix and checkpoints."""
