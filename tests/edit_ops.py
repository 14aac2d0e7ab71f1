"""Random Overview edits as plain, JSON-ready dicts, and the service calls
that apply them. Used by the kill child (tests/kill_child.py) and the disk
suites, so the edits a killed process acknowledged can be replayed on a
reference plan. Imports only the services (a child starts in ~0.1 s)."""

from __future__ import annotations

import random
import struct
import uuid
import zlib

from app.services.overview import service as svc
from app.services.plan import rows
from app.services.plan.storage.plan_file import PlanFile

SAMPLES = (
    "双11 GMV 1.2 亿",
    "Emoji 😀👍🏽 🇨🇳",
    "<b>bold & <i>unclosed <img src='/etc/passwd'> &amp;",
    "\u200f\u202eRTL override\u202c \u200bzero width",
    "control \x00\x01\x07\x1b[31m\x7f chars",
    "lines\nand\r\nreturns\tand tabs",
    "=SUM(A1:A9) +1 -1 @cmd",
    "",
)
ALPHABETS = (
    "abc XYZ 012",
    "栖云茶研私域复购",
    "😀🎉🍵🇨🇳",
    "\u05d0\u05d1\u0627\u0644\u200f\u202e",
    "\x00\x1b\t\n<>&\"'=+",
)


def png_bytes(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A valid, tiny PNG image, built without Pillow."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def random_text(rng: random.Random, limit: int) -> str:
    """Awkward text up to *limit* characters; now and then a long one."""
    roll = rng.random()
    if roll < 0.3:
        return rng.choice(SAMPLES)[:limit]
    size = rng.randint(limit // 2, limit) if roll > 0.95 else rng.randint(0, min(limit, 60))
    alphabet = rng.choice(ALPHABETS)
    return "".join(rng.choice(alphabet) for _ in range(size))


def random_date(rng: random.Random) -> str | None:
    """An ISO date in 2025-2029, or None."""
    if rng.random() < 0.1:
        return None
    return f"{rng.randint(2025, 2029)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def new_id(rng: random.Random) -> str:
    """A lowercase UUID drawn from *rng* (reproducible)."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def random_field_edit(rng: random.Random) -> dict:
    """One plan-field edit; dates may be refused (end before start)."""
    field = rng.choice(svc.FIELDS)
    if field in svc.TEXT_FIELDS:
        value = random_text(rng, svc.TEXT_FIELDS[field])
    elif field == "currency":
        value = rng.choice(["CNY", "USD", "EUR", "JPY"])
    elif field == "language":
        value = rng.choice(["zh", "en"])
    elif field == "brand_color":
        value = rng.choice([None, f"#{rng.getrandbits(24):06x}"])
    else:
        value = random_date(rng)
    return {"op": "field", "field": field, "value": value}


def random_op(rng: random.Random, ids: dict[str, list[str]]) -> dict:
    """A random edit of the Overview (and SWOT rows through rows.insert_row).
    *ids* holds the current "objective" and "swot" ids in order."""
    objectives, swot = ids["objective"], ids["swot"]
    roll = rng.random()
    if roll < 0.4 or (roll < 0.8 and not objectives):
        return random_field_edit(rng)
    if roll < 0.45:
        return {"op": "period", "start": random_date(rng), "end": random_date(rng)}
    if roll < 0.48:
        logo = rng.choice([None, (rng.randint(1, 40), rng.randint(1, 40), rng.getrandbits(24))])
        return {"op": "logo", "png": logo}
    if roll < 0.6 or not objectives:
        text = random_text(rng, svc.OBJECTIVE_FIELDS["text"])
        return {"op": "add_objective", "id": new_id(rng), "text": text, "index": rng.randint(0, len(objectives))}
    if roll < 0.7:
        field = rng.choice(list(svc.OBJECTIVE_FIELDS))
        value = random_text(rng, svc.OBJECTIVE_FIELDS[field])
        return {"op": "update_objective", "id": rng.choice(objectives), "field": field, "value": value}
    if roll < 0.77:
        return {"op": "move_objective", "id": rng.choice(objectives), "index": rng.randint(0, len(objectives))}
    if roll < 0.83:
        return {"op": "delete_objective", "id": rng.choice(objectives)}
    if roll < 0.95 or not swot:
        quadrant = rng.choice("SWOT")
        return {
            "op": "insert_swot",
            "id": new_id(rng),
            "quadrant": quadrant,
            "text": random_text(rng, 500),
            "weight": rng.randint(1, 5),
            "index": rng.randint(0, 5),
        }
    return {"op": "delete_swot", "id": rng.choice(swot)}


def apply_op(plan: PlanFile, op: dict) -> None:
    """Apply *op* through the services (raises what they raise)."""
    kind = op["op"]
    if kind == "field":
        svc.set_field(plan, op["field"], op["value"])
    elif kind == "period":
        svc.set_period(plan, op["start"], op["end"])
    elif kind == "logo":
        if op["png"] is None:
            svc.set_logo(plan, None, None)
        else:
            width, height, colour = op["png"]
            svc.set_logo(plan, png_bytes(width, height, colour.to_bytes(3, "big")), "image/png")
    elif kind == "add_objective":
        svc.add_objective(plan, op["text"], op["index"], op["id"])
    elif kind == "update_objective":
        svc.update_objective(plan, op["id"], op["field"], op["value"])
    elif kind == "move_objective":
        svc.move_objective(plan, op["id"], op["index"])
    elif kind == "delete_objective":
        svc.delete_objective(plan, op["id"])
    elif kind == "insert_swot":
        values = {"quadrant": op["quadrant"], "text": op["text"], "weight": op["weight"]}
        rows.insert_row(plan, "swot_item", values, op["index"], op["id"], scope={"quadrant": op["quadrant"]})
    elif kind == "delete_swot":
        rows.delete_row(plan, "swot_item", op["id"], scope_fields=("quadrant",))
    else:  # pragma: no cover - a typo in a test
        raise ValueError(kind)


def track(op: dict, ids: dict[str, list[str]]) -> None:
    """Update the id lists after *op* was applied (order is irrelevant here)."""
    kind = op["op"]
    if kind == "add_objective":
        ids["objective"].append(op["id"])
    elif kind == "delete_objective":
        ids["objective"].remove(op["id"])
    elif kind == "insert_swot":
        ids["swot"].append(op["id"])
    elif kind == "delete_swot":
        ids["swot"].remove(op["id"])


def current_ids(plan: PlanFile) -> dict[str, list[str]]:
    """The objective and SWOT ids now in *plan*."""
    return {
        "objective": [r["id"] for r in svc.list_objectives(plan)],
        "swot": [r[0] for r in plan.conn.execute("SELECT id FROM swot_item")],
    }
