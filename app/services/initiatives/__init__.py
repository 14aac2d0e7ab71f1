"""Services of the Strategy & actions canvas: pillars and initiatives with
their links, the responsibility matrix, checkpoints, findings and exports."""
