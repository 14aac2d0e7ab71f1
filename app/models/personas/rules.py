"""Rules of the Personas & segments canvas (personas, value tiers, journeys),
as pure functions of plain row dicts."""

from __future__ import annotations

from app.models.findings import INFO, WARNING, Finding

CANVAS = "personas"
# The same six stages as app.models.strategy.JOURNEY_STAGES (the schema's
# CHECK), repeated so views and services need not import SQLModel at start-up
# (tests/personas/test_persona_service.py checks that they agree).
JOURNEY_STAGES = ("awareness", "consideration", "purchase", "use", "loyalty", "advocacy")
SHARE_TOLERANCE = 0.05  # percentage points: 33.33 × 3 is a full 100 %


def pct(value: float) -> str:
    """A percentage without trailing zeros: 100, 99.5, 33.33."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def persona_label(persona: dict, index: int) -> str:
    """How a message names a persona: its name, or 'persona N' when unnamed."""
    name = (persona.get("name") or "").strip()
    return name if name else f"persona {index}"


def share_total(values) -> float:
    """Sum of the set (not None) shares."""
    return sum(v for v in values if v is not None)


def check_tiers(tiers: list[dict]) -> list[Finding]:
    """Tier shares must add up to 100 % (customers; revenue when given);
    tier names should be set and distinct."""
    found: list[Finding] = []
    if not tiers:
        return found
    first = tiers[0]["id"]
    total = share_total(t["customer_share_pct"] for t in tiers)
    if abs(total - 100) > SHARE_TOLERANCE:
        found.append(
            Finding(
                "personas.tier_total",
                WARNING,
                CANVAS,
                f"The value tiers' shares of customers add up to {pct(total)} %, not 100 %.",
                "value_tier",
                first,
                "customer_share_pct",
                (("total", pct(total)),),
            )
        )
    revenue = [t["revenue_share_pct"] for t in tiers]
    if any(v is not None for v in revenue):
        total = share_total(revenue)
        if abs(total - 100) > SHARE_TOLERANCE:
            found.append(
                Finding(
                    "personas.tier_revenue_total",
                    WARNING,
                    CANVAS,
                    f"The value tiers' shares of revenue add up to {pct(total)} %, not 100 %.",
                    "value_tier",
                    first,
                    "revenue_share_pct",
                    (("total", pct(total)),),
                )
            )
    seen: set[str] = set()
    for index, tier in enumerate(tiers, start=1):
        name = (tier.get("name") or "").strip()
        if not name:
            found.append(
                Finding(
                    "personas.tier_no_name",
                    WARNING,
                    CANVAS,
                    f"Value tier {index} has no name.",
                    "value_tier",
                    tier["id"],
                    "name",
                    (("index", index),),
                )
            )
        elif name.casefold() in seen:
            found.append(
                Finding(
                    "personas.tier_duplicate",
                    WARNING,
                    CANVAS,
                    f"Two value tiers are named '{name}'.",
                    "value_tier",
                    tier["id"],
                    "name",
                    (("name", name),),
                )
            )
        seen.add(name.casefold())
        if name and not (tier.get("service_level") or "").strip():
            found.append(
                Finding(
                    "personas.tier_no_service",
                    INFO,
                    CANVAS,
                    f"Value tier '{name}' has no service level.",
                    "value_tier",
                    tier["id"],
                    "service_level",
                    (("name", name),),
                )
            )
    return found


def check_personas(personas: list[dict], stage_counts: dict[str, int]) -> list[Finding]:
    """Persona findings: shares over 100 %, unnamed personas, personas with
    no journey or a journey with gaps. *stage_counts* maps a persona id to
    how many journey stages it has filled."""
    found: list[Finding] = []
    total = share_total(p.get("customer_share_pct") for p in personas)
    if total > 100 + SHARE_TOLERANCE:
        found.append(
            Finding(
                "personas.share_over",
                WARNING,
                CANVAS,
                f"The personas' shares of customers add up to {pct(total)} %, more than 100 %.",
                "persona",
                personas[0]["id"],
                "customer_share_pct",
                (("total", pct(total)),),
            )
        )
    for index, persona in enumerate(personas, start=1):
        label = persona_label(persona, index)
        if not (persona.get("name") or "").strip():
            found.append(
                Finding(
                    "personas.no_name",
                    WARNING,
                    CANVAS,
                    f"Persona {index} has no name.",
                    "persona",
                    persona["id"],
                    "name",
                    (("index", index),),
                )
            )
        filled = stage_counts.get(persona["id"], 0)
        if filled == 0:
            found.append(
                Finding(
                    "personas.no_journey",
                    WARNING,
                    CANVAS,
                    f"Persona '{label}' has no customer journey.",
                    "persona",
                    persona["id"],
                    "journey",
                    (("name", label),),
                )
            )
        elif filled < len(JOURNEY_STAGES):
            missing = len(JOURNEY_STAGES) - filled
            found.append(
                Finding(
                    "personas.journey_gaps",
                    INFO,
                    CANVAS,
                    f"The journey of '{label}' leaves {missing} of {len(JOURNEY_STAGES)} stages empty.",
                    "persona",
                    persona["id"],
                    "journey",
                    (("name", label), ("missing", missing)),
                )
            )
    return found
