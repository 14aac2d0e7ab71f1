"""Registers the deck's "What changed since …" section; its slides are
built by app/services/review/changes_deck.py, imported only for a plan that
has snapshots (a plan without any costs one query, not the review
machinery's imports, on every deck export)."""

from __future__ import annotations

from app.services.deck.registry import section_renderer


@section_renderer("changes", order=5, title_zh="评审以来的变化", title_en="What changed since the last review")
def changes_slides(ctx):
    """One or two slides of the changes that matter since the reference
    snapshot; none when the plan has no snapshot."""
    if ctx.plan.conn.execute('SELECT 1 FROM "plan_snapshot" LIMIT 1').fetchone() is None:
        return
    from app.services.review import changes_deck

    yield from changes_deck.changes_slides(ctx)
