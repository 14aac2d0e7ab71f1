"""Read and edit the campaign calendar: campaigns with their channels,
personas and phases, and milestones.

The one entry point the views, the CLI and the tests use; the work is done in
calendar_reading (queries), calendar_checks (validation and constants),
calendar_campaigns (campaign edits) and calendar_parts (phases and
milestones). Each edit validates first (refusing with EditRefused, nothing
stored), then commits in one transaction and returns a Change for the
"calendar" canvas. Key dates belong to app.services.calendar.key_dates."""

from __future__ import annotations

from app.services.calendar.campaigns import (
    add_campaign,
    delete_campaign,
    move_campaign,
    restore_campaign,
    set_campaign_channels,
    set_campaign_dates,
    set_campaign_personas,
    update_campaign,
)
from app.services.calendar.checks import (
    CAMPAIGN_FIELDS,
    CAMPAIGN_STATUSES,
    CAMPAIGN_TEXT,
    CANVAS,
    KEY_DATE_KINDS,
    MAX_SHIFT_DAYS,
    MILESTONE_FIELDS,
    PHASE_FIELDS,
    PHASE_KINDS,
)
from app.services.calendar.parts import (
    add_milestone,
    add_phase,
    delete_milestone,
    delete_phase,
    move_milestone,
    move_phase,
    restore_milestone,
    restore_phase,
    set_phase_dates,
    update_milestone,
    update_phase,
)
from app.services.calendar.reading import (
    campaign_index,
    get_campaign,
    key_date_markers,
    list_campaigns,
    list_channels,
    list_key_date_rows,
    list_milestones,
    list_personas,
    plan_period,
)

__all__ = [
    "CAMPAIGN_FIELDS",
    "CAMPAIGN_STATUSES",
    "CAMPAIGN_TEXT",
    "CANVAS",
    "KEY_DATE_KINDS",
    "MAX_SHIFT_DAYS",
    "MILESTONE_FIELDS",
    "PHASE_FIELDS",
    "PHASE_KINDS",
    "add_campaign",
    "add_milestone",
    "add_phase",
    "campaign_index",
    "delete_campaign",
    "delete_milestone",
    "delete_phase",
    "get_campaign",
    "key_date_markers",
    "list_campaigns",
    "list_channels",
    "list_key_date_rows",
    "list_milestones",
    "list_personas",
    "move_campaign",
    "move_milestone",
    "move_phase",
    "plan_period",
    "restore_campaign",
    "restore_milestone",
    "restore_phase",
    "set_campaign_channels",
    "set_campaign_dates",
    "set_campaign_personas",
    "set_phase_dates",
    "update_campaign",
    "update_milestone",
    "update_phase",
]
