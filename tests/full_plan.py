"""One fixed, valid row in every plan table, for tests that need each
table present (schema validation, CLI round trips)."""

from __future__ import annotations

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
ROW_NAMES = (
    "objective swot tows persona tier stage competitor channel campaign phase milestone key_date line forecast"
    " kpi risk severity playbook contact step statement deck_headline deck_note"
).split()


def every_table_rows() -> dict[str, list[dict]]:
    """Rows for every table, and values for the plan's own fields."""
    u = {name: f"00000000-0000-4000-8000-{n:012d}" for n, name in enumerate(ROW_NAMES, start=1)}
    return {
        "plan": [
            {
                "title": "Spring tea launch",
                "brand": "Qiyun",
                "period_start": "2027-01-01",
                "period_end": "2027-12-31",
                "brand_color": "#C8102E",
                "logo": PNG_MAGIC + b"logo",
                "logo_mime": "image/png",
            }
        ],
        "objective": [{"id": u["objective"], "position": 0, "text": "GMV 1.2 亿", "metric": "GMV", "target": "1.2e8"}],
        "swot_item": [{"id": u["swot"], "position": 0, "quadrant": "S", "text": "Loyal tea drinkers", "weight": 4}],
        "tows_strategy": [{"id": u["tows"], "position": 0, "kind": "SO", "text": "Loyalty club"}],
        "tows_citation": [{"strategy_id": u["tows"], "swot_item_id": u["swot"], "position": 0}],
        "persona": [{"id": u["persona"], "position": 0, "name": "Lin", "customer_share_pct": 35.5}],
        "value_tier": [
            {"id": u["tier"], "position": 0, "name": "Core", "customer_share_pct": 20.0, "revenue_share_pct": 60.0}
        ],
        "journey_stage": [{"id": u["stage"], "position": 0, "persona_id": u["persona"], "stage": "awareness"}],
        "competitor": [{"id": u["competitor"], "position": 0, "name": "Rival", "is_own_brand": 0, "price_score": 7.5}],
        "channel": [{"id": u["channel"], "position": 0, "name": "Tmall", "target_share_pct": 40.0, "color": "#00AA55"}],
        "campaign": [
            {
                "id": u["campaign"],
                "position": 0,
                "name": "Double 11",
                "status": "planned",
                "start_date": "2027-10-20",
                "end_date": "2027-11-11",
            }
        ],
        "campaign_channel": [{"campaign_id": u["campaign"], "channel_id": u["channel"], "position": 0}],
        "campaign_persona": [{"campaign_id": u["campaign"], "persona_id": u["persona"], "position": 0}],
        "campaign_phase": [
            {
                "id": u["phase"],
                "position": 0,
                "campaign_id": u["campaign"],
                "kind": "launch",
                "start_date": "2027-11-01",
                "end_date": "2027-11-11",
            }
        ],
        "milestone": [
            {"id": u["milestone"], "position": 0, "name": "Presale", "date": "2027-10-24", "campaign_id": u["campaign"]}
        ],
        "key_date": [
            {
                "id": u["key_date"],
                "position": 0,
                "name": "Singles' Day",
                "kind": "festival",
                "date": "2027-11-11",
                "visible": 1,
            }
        ],
        "budget_line": [{"id": u["line"], "position": 0, "channel_id": u["channel"], "campaign_id": u["campaign"]}],
        "budget_cell": [{"budget_line_id": u["line"], "month": "2027-11", "planned": 50000.0, "actual": 48000.5}],
        "forecast_assumption": [
            {"id": u["forecast"], "position": 0, "channel_id": u["channel"], "cac": 35.0, "conversion_rate_pct": 2.5}
        ],
        "kpi": [
            {
                "id": u["kpi"],
                "position": 0,
                "name": "GMV",
                "target": 1.2e8,
                "direction": "higher",
                "cadence": "weekly",
                "campaign_id": u["campaign"],
            }
        ],
        "risk": [
            {
                "id": u["risk"],
                "position": 0,
                "title": "Stock-out",
                "likelihood": 2,
                "impact": 5,
                "status": "monitoring",
                "review_date": "2027-09-01",
            }
        ],
        "severity_level": [
            {
                "id": u["severity"],
                "position": 0,
                "level": 1,
                "name": "Critical",
                "response_minutes": 30,
                "update_interval_hours": 1.5,
            }
        ],
        "playbook": [
            {
                "id": u["playbook"],
                "position": 0,
                "name": "Product recall",
                "severity_level_id": u["severity"],
                "trigger_kpi_id": u["kpi"],
                "trigger_risk_id": u["risk"],
            }
        ],
        "escalation_contact": [{"id": u["contact"], "position": 0, "playbook_id": u["playbook"], "role": "PR lead"}],
        "playbook_step": [
            {"id": u["step"], "position": 0, "playbook_id": u["playbook"], "action": "Pause ads", "offset_minutes": 15}
        ],
        "holding_statement": [
            {
                "id": u["statement"],
                "position": 0,
                "playbook_id": u["playbook"],
                "title": "First statement",
                "body": "{brand} is looking into it.",
            }
        ],
        "deck_headline": [{"id": u["deck_headline"], "position": 0, "slide_key": "budget.summary",
                           "headline": "Social takes the biggest share"}],
        "deck_note": [{"id": u["deck_note"], "position": 0, "section": "budget", "notes": "Stress the 40 % share."}],
    }
