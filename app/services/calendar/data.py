"""The campaign calendar read in one go for exports and the deck: campaigns
with their channel and persona names, phases and milestones (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.models.calendar.rules import parse_date
from app.services.plan.rows import read_rows


@dataclass
class CampaignView:
    """A campaign row with what hangs off it, names resolved."""

    row: dict
    channels: list[str] = field(default_factory=list)
    channel_colors: list[str | None] = field(default_factory=list)
    personas: list[str] = field(default_factory=list)
    phases: list[dict] = field(default_factory=list)
    milestones: list[dict] = field(default_factory=list)

    @property
    def start(self):
        """The first day as a date (None when missing or not a date)."""
        return parse_date(self.row.get("start_date"))

    @property
    def end(self):
        """The last day as a date (None when missing or not a date)."""
        return parse_date(self.row.get("end_date"))

    @property
    def dated(self) -> bool:
        """Both ends set, real dates, in order."""
        return self.start is not None and self.end is not None and self.start <= self.end


def _names(conn, sql: str) -> dict[str, list[tuple]]:
    grouped: dict[str, list[tuple]] = {}
    for campaign_id, *values in conn.execute(sql):
        grouped.setdefault(campaign_id, []).append(tuple(values))
    return grouped


def load_campaigns(conn) -> list[CampaignView]:
    """Every campaign in its order, with channels (by link position),
    personas, phases (by position) and its milestones."""
    channels = _names(
        conn,
        "SELECT cc.campaign_id, ch.name, ch.color FROM campaign_channel cc "
        "JOIN channel ch ON ch.id = cc.channel_id "
        "ORDER BY cc.campaign_id, cc.position, ch.position",
    )
    personas = _names(
        conn,
        "SELECT cp.campaign_id, p.name FROM campaign_persona cp "
        "JOIN persona p ON p.id = cp.persona_id ORDER BY cp.campaign_id, cp.position, p.position",
    )
    phases: dict[str, list[dict]] = {}
    for phase in read_rows(conn, "campaign_phase"):
        phases.setdefault(phase["campaign_id"], []).append(phase)
    milestones: dict[str, list[dict]] = {}
    for milestone in read_rows(conn, "milestone"):
        milestones.setdefault(milestone["campaign_id"], []).append(milestone)
    views = []
    for row in read_rows(conn, "campaign"):
        linked = channels.get(row["id"], [])
        views.append(
            CampaignView(
                row,
                [name for name, _ in linked],
                [colour for _, colour in linked],
                [name for (name,) in personas.get(row["id"], [])],
                sorted(phases.get(row["id"], []), key=lambda p: p["position"]),
                milestones.get(row["id"], []),
            )
        )
    return views
