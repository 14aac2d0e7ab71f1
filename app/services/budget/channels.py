"""Read and edit the plan's channels (Budget › Summary › Channels): add,
rename, recolour, set the target share, reorder, delete and restore.

A channel is referenced by budget lines (their cells go with them), by
campaigns (campaign_channel) and by its forecast inputs. Deleting a channel
takes all of those with it in one transaction and returns a snapshot that
restore_channel puts back exactly (same ids, same positions). The budget
rules about channel target shares live in budget_service."""

from __future__ import annotations

from app.models.values import COLOR_PATTERN
from app.services.budget.messages import CHANNEL_LABELS, MESSAGES
from app.services.plan import kept_links
from app.services.plan.changes import Change
from app.services.plan.errors import EditRefused, shown
from app.services.plan.field_checks import is_blank, refuse_non_characters, typed_number
from app.services.plan.messages import Term
from app.services.plan.row_refs import row_exists
from app.services.plan.rows import insert_row, move_row, plan_language, read_rows
from app.services.plan.storage.plan_file import PlanFile

CANVAS = "budget"
TABLE = "channel"
FIELDS = ("name", "target_share_pct", "color", "note")
NAME_LIMIT, NOTE_LIMIT = 100, 2_000
LABELS = CHANNEL_LABELS
GONE = MESSAGES("channel_gone")
# the channels every template uses: (zh name, en name, target share %, colour, zh note, en note)
STANDARD_CHANNELS = (
    ("社交媒体", "Social media", 40.0, "#C8553D", "小红书、抖音、微博", "Xiaohongshu, Douyin, Weibo"),
    ("电商平台", "E-commerce", 30.0, "#2E86AB", "天猫、京东", "Tmall, JD"),
    ("搜索引擎", "Search", 15.0, "#7A9E7E", "百度、平台搜索", "Baidu, marketplace search"),
    ("线下渠道", "Offline", 15.0, "#8E6C8A", "门店、商超、展会", "Stores, supermarkets, fairs"),
)
# rows that hang on a channel, in the order they are put back (parents first)
DEPENDENT_TABLES = ("budget_line", "budget_cell", "campaign_channel", "forecast_assumption")


def list_channels(plan: PlanFile) -> list[dict]:
    """Channels in their order (id, position, name, target_share_pct, color, note)."""
    return read_rows(plan.conn, TABLE)


def channel_usage(plan: PlanFile, channel_id: str) -> dict:
    """What deleting *channel_id* would take with it: counts of budget
    lines, campaigns and forecast inputs (0 or 1)."""
    conn = plan.conn
    count = lambda sql: conn.execute(sql, (channel_id,)).fetchone()[0]  # noqa: E731
    return {
        "lines": count("SELECT COUNT(*) FROM budget_line WHERE channel_id = ?"),
        "campaigns": count("SELECT COUNT(*) FROM campaign_channel WHERE channel_id = ?"),
        "forecast": count("SELECT COUNT(*) FROM forecast_assumption WHERE channel_id = ?"),
    }


def _check_name(plan: PlanFile, value, channel_id: str | None) -> str:
    if not isinstance(value, str):
        raise EditRefused("name", MESSAGES("channel_name_not_text"))
    name = value.strip()
    if not name:
        raise EditRefused("name", MESSAGES("channel_name_empty"))
    if len(name) > NAME_LIMIT:
        raise EditRefused("name", MESSAGES("channel_name_too_long", count=len(name), limit=NAME_LIMIT))
    refuse_non_characters("name", Term(LABELS["name"]), name)
    for row in plan.conn.execute("SELECT id, name FROM channel"):
        if row[0] != channel_id and (row[1] or "").strip().casefold() == name.casefold():
            raise EditRefused("name", MESSAGES("channel_exists", name=shown(row[1])))
    return name


def _check_share(value) -> float | None:
    if is_blank(value):
        return None
    text = value.strip().rstrip("%").strip() if isinstance(value, str) else value
    number = typed_number(text)
    if number is None or not 0 <= number <= 100:
        raise EditRefused("target_share_pct", MESSAGES("target_share_bad"))
    return number


def _check_color(value) -> str | None:
    if is_blank(value):
        return None
    if not isinstance(value, str) or not COLOR_PATTERN.match(value.strip()):
        raise EditRefused("color", MESSAGES("channel_colour_bad"))
    return value.strip().upper()


def validate_field(plan: PlanFile, channel_id: str | None, field: str, value):
    """The value to store in *field* of a channel, or EditRefused naming the field."""
    if field == "name":
        return _check_name(plan, value, channel_id)
    if field == "target_share_pct":
        return _check_share(value)
    if field == "color":
        return _check_color(value)
    if field == "note":
        if not isinstance(value, str):
            raise EditRefused(field, MESSAGES("note_not_text"))
        if len(value) > NOTE_LIMIT:
            raise EditRefused(field, MESSAGES("note_too_long", count=len(value), limit=NOTE_LIMIT))
        refuse_non_characters(field, Term(LABELS[field]), value)
        return value
    raise EditRefused(field, MESSAGES("unknown_channel_field", field=shown(field)))


def add_channel(
    plan: PlanFile,
    name: str,
    target_share_pct=None,
    color=None,
    index: int | None = None,
    channel_id: str | None = None,
) -> Change:
    """Insert a channel at *index* (end by default); Change.ids holds its id."""
    values = {
        "name": _check_name(plan, name, channel_id),
        "target_share_pct": _check_share(target_share_pct),
        "color": _check_color(color),
    }
    new_id = insert_row(plan, TABLE, values, index, channel_id)
    return Change(CANVAS, TABLE, (new_id,), structure=True)


def update_channel(plan: PlanFile, channel_id: str, field: str, value) -> Change:
    """Change one field (name, target_share_pct, color, note) of a channel."""
    if not row_exists(plan.conn, TABLE, channel_id):
        raise EditRefused(field, GONE)
    stored = validate_field(plan, channel_id, field, value)
    with plan.transaction() as conn:
        conn.execute(f'UPDATE channel SET "{field}" = ? WHERE id = ?', (stored, channel_id))
    return Change(CANVAS, TABLE, (channel_id,), (field,))


def move_channel(plan: PlanFile, channel_id: str, index: int) -> Change:
    """Move a channel to *index* in the list (budget lines follow channel order)."""
    if not row_exists(plan.conn, TABLE, channel_id):
        raise EditRefused("", GONE)
    move_row(plan, TABLE, channel_id, index)
    return Change(CANVAS, TABLE, (channel_id,), structure=True)


def _rows(conn, sql: str, params: tuple = ()) -> list[dict]:
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _positions(conn) -> dict:
    """Every position a delete may renumber, so restore can put them all back."""
    return {
        "channel": conn.execute("SELECT id, position FROM channel").fetchall(),
        "budget_line": conn.execute("SELECT id, position FROM budget_line").fetchall(),
        "forecast_assumption": conn.execute("SELECT id, position FROM forecast_assumption").fetchall(),
        "campaign_channel": conn.execute("SELECT campaign_id, channel_id, position FROM campaign_channel").fetchall(),
    }


def _renumber(conn, table: str, order: str, group: str = "") -> None:
    """Dense positions 0..n-1 (per *group* when given) after rows left."""
    keys = "campaign_id, channel_id" if table == "campaign_channel" else "id"
    rows = conn.execute(f'SELECT {keys}{", " + group if group else ""} FROM "{table}" ORDER BY {order}').fetchall()
    counters: dict = {}
    for row in rows:
        scope = row[-1] if group else None
        position = counters.get(scope, 0)
        counters[scope] = position + 1
        where = "campaign_id = ? AND channel_id = ?" if table == "campaign_channel" else "id = ?"
        conn.execute(f'UPDATE "{table}" SET position = ? WHERE {where}', (position, *row[: 2 if group else 1]))


def delete_channel(plan: PlanFile, channel_id: str) -> tuple[Change, dict]:
    """Delete a channel with its budget lines (and their cells), its campaign
    links and its forecast inputs, in one transaction. Returns the change
    and a snapshot for restore_channel."""
    conn = plan.conn
    if not row_exists(conn, TABLE, channel_id):
        raise EditRefused("", GONE)
    line_ids = [r[0] for r in conn.execute("SELECT id FROM budget_line WHERE channel_id = ?", (channel_id,))]
    marks = ",".join("?" for _ in line_ids)
    snapshot = {
        "channel": _rows(conn, "SELECT * FROM channel WHERE id = ?", (channel_id,)),
        "budget_line": _rows(conn, "SELECT * FROM budget_line WHERE channel_id = ?", (channel_id,)),
        "budget_cell": _rows(conn, f"SELECT * FROM budget_cell WHERE budget_line_id IN ({marks})", tuple(line_ids)),
        "campaign_channel": _rows(conn, "SELECT * FROM campaign_channel WHERE channel_id = ?", (channel_id,)),
        "forecast_assumption": _rows(conn, "SELECT * FROM forecast_assumption WHERE channel_id = ?", (channel_id,)),
        "positions": _positions(conn),
    }
    kept_links.keep(plan, "budget_line", line_ids)
    with plan.transaction() as conn:
        conn.execute(f"DELETE FROM budget_cell WHERE budget_line_id IN ({marks})", tuple(line_ids))
        conn.execute("DELETE FROM budget_line WHERE channel_id = ?", (channel_id,))
        conn.execute("DELETE FROM campaign_channel WHERE channel_id = ?", (channel_id,))
        conn.execute("DELETE FROM forecast_assumption WHERE channel_id = ?", (channel_id,))
        conn.execute("DELETE FROM channel WHERE id = ?", (channel_id,))
        _renumber(conn, "channel", "position, id")
        _renumber(conn, "budget_line", "position, id")
        _renumber(conn, "forecast_assumption", "position, id")
        _renumber(conn, "campaign_channel", "campaign_id, position, channel_id", "campaign_id")
    campaigns = tuple(row["campaign_id"] for row in snapshot["campaign_channel"])
    return Change(CANVAS, TABLE, (channel_id,), structure=True, extra={"campaigns": campaigns}), snapshot


def restore_channel(plan: PlanFile, snapshot: dict) -> Change:
    """Put a deleted channel back with everything delete_channel took (same
    ids, same positions), in one transaction (undo of delete)."""
    with plan.transaction() as conn:
        for table in ("channel", *DEPENDENT_TABLES):
            for row in snapshot[table]:
                names = list(row)
                conn.execute(
                    f'INSERT INTO "{table}" ({", ".join(chr(34) + n + chr(34) for n in names)}) '
                    f"VALUES ({', '.join('?' for _ in names)})",
                    [row[n] for n in names],
                )
        kept_links.put_back(conn, plan, "budget_line", [row["id"] for row in snapshot["budget_line"]])
        positions = snapshot["positions"]
        for table in ("channel", "budget_line", "forecast_assumption"):
            conn.executemany(f'UPDATE "{table}" SET position = ? WHERE id = ?', [(p, i) for i, p in positions[table]])
        conn.executemany(
            "UPDATE campaign_channel SET position = ? WHERE campaign_id = ? AND channel_id = ?",
            [(p, campaign, channel) for campaign, channel, p in positions["campaign_channel"]],
        )
    channel_id = snapshot["channel"][0]["id"]
    campaigns = tuple(row["campaign_id"] for row in snapshot["campaign_channel"])
    return Change(CANVAS, TABLE, (channel_id,), structure=True, extra={"campaigns": campaigns})


def add_standard_channels(plan: PlanFile, language: str | None = None) -> Change:
    """Add the four channels the templates use (social media, e-commerce,
    search, offline; target shares 40/30/15/15) to a plan that has none, in
    one transaction, named in *language* (zh or en; the plan's by default)."""
    if language is None:
        language = plan_language(plan)
    if list_channels(plan):
        raise EditRefused("name", MESSAGES("standard_channels_need_empty"))
    english = language != "zh"
    ids = []
    with plan.transaction():
        for zh, en, share, color, zh_note, en_note in STANDARD_CHANNELS:
            new_id = insert_row(plan, TABLE, {"name": en if english else zh, "target_share_pct": share, "color": color,
                                              "note": en_note if english else zh_note})  # fmt: skip
            ids.append(new_id)
    return Change(CANVAS, TABLE, tuple(ids), structure=True)


def delete_channels(plan: PlanFile, channel_ids: list[str]) -> Change:
    """Delete several channels without a snapshot (undo of add_standard_channels)."""
    with plan.transaction():
        for channel_id in channel_ids:
            delete_channel(plan, channel_id)
    return Change(CANVAS, TABLE, tuple(channel_ids), structure=True)
