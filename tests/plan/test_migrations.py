"""Real upgrades: a plan written by the format-1 Stratdeck opens in this one."""

from __future__ import annotations

import shutil

from app.services.exchange import json_exchange
from app.services.plan import schema
from app.services.plan.storage.plan_file import PlanFile
from tests.file_checks import integrity_ok, sha256

FORMAT_1 = "tests/data/format-1-qiyun.stratdeck"  # the sample plan, saved by format 1


def _copy(tmp_path):
    target = tmp_path / "Qiyun.stratdeck"
    shutil.copyfile(FORMAT_1, target)
    return target


def _rows(conn, table):
    return conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]


def test_format_1_plan_upgrades_keeping_every_row(tmp_path):
    path = _copy(tmp_path)
    original = sha256(path)
    import sqlite3

    from app.services.plan.storage import migrations

    newer = {name for names in migrations.ADDED_TABLES.values() for name in names}  # none in a format-1 file
    with sqlite3.connect(FORMAT_1) as old:
        before = {t.name: _rows(old, t.name) for t in schema.tables() if t.name not in newer}
        title, share = old.execute(
            "SELECT p.title, c.market_share_pct FROM plan p, competitor c ORDER BY c.position LIMIT 1"
        ).fetchone()
    with PlanFile.open(path, keep_backups=0) as plan:
        conn = plan.conn
        assert conn.execute("PRAGMA user_version").fetchone() == (schema.schema_version(),)
        assert {t.name: _rows(conn, t.name) for t in schema.tables() if t.name not in newer} == before
        assert all(_rows(conn, name) == 0 for name in newer)
        row = conn.execute(
            "SELECT title, channel_overlap_days, competitor_x_axis, competitor_y_axis, total_budget FROM plan"
        ).fetchone()
        assert row == (title, 7, "price", "quality", None)
        assert conn.execute("SELECT market_share_pct FROM competitor ORDER BY position LIMIT 1").fetchone() == (share,)
        assert conn.execute("SELECT count(*) FROM playbook WHERE product = ''").fetchone()[0] == before["playbook"]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        # cascades still work after the rebuild: deleting a playbook removes its steps
        playbook_id = conn.execute("SELECT id FROM playbook LIMIT 1").fetchone()[0]
        with plan.transaction():
            conn.execute("DELETE FROM playbook WHERE id = ?", (playbook_id,))
        assert conn.execute("SELECT count(*) FROM playbook_step WHERE playbook_id = ?", (playbook_id,)).fetchone() == (
            0,
        )
    assert sha256(path.with_name("Qiyun (format 1 backup).stratdeck")) == original
    assert integrity_ok(path)
    with PlanFile.open(path, read_only=True) as again:  # opens as a current plan, no second upgrade
        assert again.conn.execute("PRAGMA user_version").fetchone() == (schema.schema_version(),)


def test_format_1_plan_read_only_is_upgraded_in_a_private_copy(tmp_path):
    path = _copy(tmp_path)
    digest = sha256(path)
    with PlanFile.open(path, read_only=True) as plan:
        document = json_exchange.export_plan(plan.conn)
    assert document["format_version"] == schema.schema_version()
    assert document["plan"]["competitor_x_axis"] == "price"
    assert sha256(path) == digest


FORMAT_2 = {"zh": "tests/data/format-2-qiyun-zh.stratdeck", "en": "tests/data/format-2-qiyun-en.stratdeck"}


def test_format_2_plans_upgrade_to_the_current_format_keeping_every_row(tmp_path):
    """Both samples as the format-2 Stratdeck saved them: every row survives,
    the tables format 3 added exist (empty), the original is kept byte-exact
    and the JSON export of the upgraded plan equals the format-2 content."""
    import sqlite3

    from app.services.plan.storage import migrations

    for language, source in FORMAT_2.items():
        path = tmp_path / f"Qiyun-{language}.stratdeck"
        shutil.copyfile(source, path)
        original = sha256(path)
        with sqlite3.connect(source) as old:
            assert old.execute("PRAGMA user_version").fetchone() == (2,)
            old_tables = {r[0] for r in old.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            before = {name: _rows(old, name) for name in old_tables}
        with PlanFile.open(path, keep_backups=0) as plan:
            conn = plan.conn
            assert conn.execute("PRAGMA user_version").fetchone() == (schema.schema_version(),)
            assert {name: _rows(conn, name) for name in old_tables} == before
            assert {"deck_headline", "deck_note"} <= set(migrations.ADDED_TABLES[3])  # the deck's own texts
            for name in migrations.ADDED_TABLES[3]:
                assert _rows(conn, name) == 0
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert sha256(path.with_name(f"Qiyun-{language} (format 2 backup).stratdeck")) == original
        assert integrity_ok(path)


def test_format_2_plan_takes_strategy_and_actions_after_the_upgrade(tmp_path):
    """The upgraded sample gets pillars, initiatives linked to its own rows,
    RACI cells and checkpoints; deleting a pillar cascades to its links."""
    path = tmp_path / "Qiyun.stratdeck"
    shutil.copyfile(FORMAT_2["zh"], path)
    with PlanFile.open(path, keep_backups=0) as plan:
        conn = plan.conn
        tows = conn.execute("SELECT id FROM tows_strategy LIMIT 1").fetchone()[0]
        kpi = conn.execute("SELECT id FROM kpi LIMIT 1").fetchone()[0]
        campaign = conn.execute("SELECT id FROM campaign LIMIT 1").fetchone()[0]
        with plan.transaction():
            conn.execute("INSERT INTO pillar (id, position, name, intent) VALUES ('p1', 0, '全渠道整合营销', '')")
            conn.execute(
                "INSERT INTO initiative (id, position, pillar_id, name, description, owner, department, start_date,"
                " end_date, quarter, status, priority) VALUES ('i1', 0, 'p1', '抖音自播', '', '王可欣', '电商部',"
                " NULL, NULL, '2027-Q2', 'planned', 'high')"
            )
            conn.execute("INSERT INTO initiative_tows_strategy VALUES ('i1', ?, 0)", (tows,))
            conn.execute("INSERT INTO initiative_kpi VALUES ('i1', ?, 0)", (kpi,))
            conn.execute("INSERT INTO initiative_campaign VALUES ('i1', ?, 0)", (campaign,))
            conn.execute(
                "INSERT INTO raci_party (id, position, name, kind, note) VALUES ('r1', 0, '市场部', 'internal', '')"
            )
            conn.execute("INSERT INTO raci_cell VALUES ('i1', 'r1', 'A')")
            conn.execute(
                "INSERT INTO checkpoint (id, position, date, name, result, decision)"
                " VALUES ('c1', 0, '2027-06-30', '第一阶段目标达成率', 'pending', '')"
            )
            conn.execute("INSERT INTO checkpoint_kpi VALUES ('c1', ?, 0.8, 0)", (kpi,))
        with plan.transaction():
            conn.execute("DELETE FROM pillar WHERE id = 'p1'")
        for table in ("initiative", "initiative_tows_strategy", "initiative_kpi", "initiative_campaign", "raci_cell"):
            assert _rows(conn, table) == 0
        assert _rows(conn, "tows_strategy") > 0 and _rows(conn, "checkpoint_kpi") == 1
