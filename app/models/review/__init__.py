"""Review cycle: snapshots of a plan kept inside the plan file."""
