"""The fixed choices of the calendar's tables, defined once: the tables'
CHECK constraints (tables.py), the services' checks and the editors' lists
read them here. No ORM, so importing this costs nothing at start-up."""

from __future__ import annotations

CAMPAIGN_STATUSES = ("idea", "planned", "live", "done", "cancelled")
PHASE_KINDS = ("warm_up", "launch", "long_tail", "custom")
KEY_DATE_KINDS = ("holiday", "workday", "festival", "brand_day")
