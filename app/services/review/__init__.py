"""Review cycle (Qt-free): snapshots inside the plan file, the diff of two
versions of a plan, and the three-way merge of two copies. See docs/reviews.md."""
