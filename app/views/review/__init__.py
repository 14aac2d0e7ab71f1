"""Review cycle in the app: snapshots, Compare, Merge a Copy, Send a Copy."""
