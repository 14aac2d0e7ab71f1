"""Value shapes every canvas checks the same way (no Qt, no ORM)."""

from __future__ import annotations

import re

# A colour as the plan stores it: #RRGGBB.
COLOR_PATTERN = re.compile(r"^#[0-9A-Fa-f]{6}$")
