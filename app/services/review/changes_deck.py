"""The slides of the deck's "What changed since …" section (registered in
app/services/review/deck_section.py): one or two slides right after
the executive summary, comparing the plan with its newest snapshot that
differs from it (so a snapshot taken by "mark as reviewed" just before the
export compares with the review before). It shows the changes that matter:
the budget figures that moved, campaigns added, moved or cancelled, KPIs
that changed colour, new or escalated risks. No snapshot, no section."""

from __future__ import annotations

import datetime as dt

from app.services.deck.layouts.slides import GAP
from app.services.deck.model import BODY_BOX, Box, Bullet, KeyFigure
from app.services.plan.wording import Wording
from app.services.review import snapshots
from app.services.review.diff import ADDED, REMOVED, diff_documents
from app.services.review.documents import digest, live_document
from app.services.review.figures import BUDGET, CAMPAIGN_DATES, CHANNEL_MIX, KPI_STATUS, RISK_SCORE, figure_changes

MAX_SLIDES = 2
# A fixed text of these slides in the plan's language.
word = Wording({
    "headline": ("Since “{name}” ({date}): {n} changes that matter",
                 "自“{name}”（{date}）以来：{n} 项重要变化"),
    "nothing": ("nothing that matters changed since the snapshot",
                "自快照以来没有重要变化"),
    "budget": ("Budget",
               "预算"),
    "campaigns": ("Campaigns",
                  "营销活动"),
    "kpis": ("KPIs",
             "KPI"),
    "risks": ("Risks",
              "风险"),
    "channels": ("Channel mix",
                 "渠道结构"),
    "allocated": ("Allocated {before} → {after}",
                  "已分配 {before} → {after}"),
    "envelope": ("Envelope {before} → {after}",
                 "预算总额 {before} → {after}"),
    "actual": ("Spent {before} → {after}",
               "实际花费 {before} → {after}"),
    "added": ("added {name} ({dates})",
              "新增 {name}（{dates}）"),
    "moved": ("moved {name}: {before} → {after}",
              "改期 {name}：{before} → {after}"),
    "cancelled": ("cancelled {name}",
                  "取消 {name}"),
    "removed": ("removed {name}",
                "删除 {name}"),
    "kpi": ("{name}: {before} → {after}",
            "{name}：{before} → {after}"),
    "new_risk": ("new: {name} (score {score}, {level})",
                 "新增：{name}（评分 {score}，{level}）"),
    "escalated": ("escalated: {name} {before} → {after} ({level})",
                  "升级：{name} {before} → {after}（{level}）"),
    "share": ("{name} {before} → {after}",
              "{name} {before} → {after}"),
    "more": ("… and {n} more (stratdeck diff lists every change)",
             "……另有 {n} 项（stratdeck diff 可列出全部变化）"),
    "fig_allocated": ("Allocated budget",
                      "已分配预算"),
    "fig_campaigns": ("Campaign changes",
                      "活动变化"),
    "fig_kpis": ("KPIs changed colour",
                 "KPI 变色"),
    "fig_risks": ("New or escalated risks",
                  "新增或升级的风险"),
    "was": ("was {value}",
            "原为 {value}"),
    "green": ("on track",
              "达标"),
    "amber": ("at risk",
              "预警"),
    "red": ("off track",
            "未达标"),
    "no_data": ("no data",
                "暂无数据"),
    "no_target": ("no target",
                  "无目标"),
    "low": ("low",
            "低"),
    "medium": ("medium",
               "中"),
    "high": ("high",
             "高"),
    "critical": ("critical",
                 "极高"),
})  # fmt: skip


def reference_snapshot(plan) -> tuple[snapshots.SnapshotInfo, dict, dict] | None:
    """The newest snapshot whose rows differ from the plan's, with both
    documents; None when there is none."""
    live = live_document(plan.conn)
    current = digest(live)
    for info in snapshots.list_snapshots(plan):
        if info.content_sha256 != current:
            return info, snapshots.read_snapshot(plan, info.id), live
    return None


def changes_slides(ctx):
    """One or two slides of the changes that matter since the reference snapshot."""
    found = reference_snapshot(ctx.plan)
    if found is None:
        return
    info, old, new = found
    moved = figure_changes(old, new)
    rows = diff_documents(old, new).rows
    figures, groups = [], []
    _budget(ctx, moved, figures, groups)
    _campaigns(ctx, moved, rows, figures, groups)
    _kpis(ctx, moved, figures, groups)
    _risks(ctx, moved, rows, figures, groups)
    count = sum(len(items) for _lead, items in groups)
    if not count:
        ctx.leave_out("the 'what changed' slide", word(ctx, "nothing"))
        return
    taken = _day(info.taken_at)
    headline = word(
        ctx, "headline", name=ctx.clean(info.name), date=ctx.date(taken) if taken else info.taken_at, n=count
    )
    yield from _slides(ctx, headline, figures, groups)


def _slides(ctx, headline: str, figures: list, groups: list) -> list:
    bullets = [
        Bullet(text, 0, f"{lead}{'：' if ctx.language != 'en' else ': '}") for lead, items in groups for text in items
    ]
    top = BODY_BOX.y
    blocks = []
    figure_block = ctx.slides.key_figures_block(figures[:4], Box(BODY_BOX.x, top, BODY_BOX.w, 96))
    if figure_block:
        blocks.append(figure_block)
        top = figure_block.box.bottom + GAP
    box = Box(BODY_BOX.x, top, BODY_BOX.w, BODY_BOX.bottom - top)
    pages = ctx.slides.bullet_blocks(bullets, box)
    if len(pages) > MAX_SLIDES:
        shown = sum(len(p.items) for p in pages[:MAX_SLIDES]) - 1
        bullets = bullets[:shown] + [Bullet(word(ctx, "more", n=len(bullets) - shown))]
        pages = ctx.slides.bullet_blocks(bullets, box)[:MAX_SLIDES]
    return ctx.slides.pages(headline, [blocks + [pages[0]], *[[p] for p in pages[1:]]], "changes.summary")


def _day(stamp: str) -> dt.date | None:
    try:
        return dt.datetime.fromisoformat(stamp).date()
    except ValueError:
        return None


def _money(ctx, value) -> str:
    return "—" if value is None else ctx.money(value)


def _budget(ctx, moved, figures, groups) -> None:
    items = []
    parts = {f.key: f for f in moved if f.kind == BUDGET}
    for part in ("envelope", "allocated", "actual"):
        if part in parts:
            f = parts[part]
            items.append(word(ctx, part, before=_money(ctx, f.before), after=_money(ctx, f.after)))
    if "allocated" in parts:
        f = parts["allocated"]
        figures.append(
            KeyFigure(ctx.money(f.after), word(ctx, "fig_allocated"), word(ctx, "was", value=ctx.money(f.before)))
        )
    shares = [
        f
        for f in moved
        if f.kind == CHANNEL_MIX and f.before is not None and f.after is not None and abs(f.after - f.before) >= 1.0
    ]
    for f in sorted(shares, key=lambda f: -abs(f.after - f.before))[:3]:
        items.append(word(ctx, "share", name=ctx.clean(f.label), before=f"{f.before:.0f}%", after=f"{f.after:.0f}%"))
    if items:
        groups.append((word(ctx, "budget"), items))


def _dates(ctx, value) -> str:
    start, end, _status = value
    return f"{ctx.date(start) if start else '?'}–{ctx.date(end) if end else '?'}"


def _campaigns(ctx, moved, rows, figures, groups) -> None:
    items = []
    for f in (f for f in moved if f.kind == CAMPAIGN_DATES):
        name = ctx.clean(f.label)
        if f.before is None:
            items.append(word(ctx, "added", name=name, dates=_dates(ctx, f.after)))
        elif f.after is None:
            items.append(word(ctx, "removed", name=name))
        elif f.after[2] == "cancelled" and f.before[2] != "cancelled":
            items.append(word(ctx, "cancelled", name=name))
        elif f.before[:2] != f.after[:2]:
            items.append(word(ctx, "moved", name=name, before=_dates(ctx, f.before), after=_dates(ctx, f.after)))
    if items:
        figures.append(KeyFigure(str(len(items)), word(ctx, "fig_campaigns")))
        groups.append((word(ctx, "campaigns"), items))


def _kpis(ctx, moved, figures, groups) -> None:
    colours = ("green", "amber", "red")
    items = [
        word(ctx, "kpi", name=ctx.clean(f.label), before=word(ctx, f.before), after=word(ctx, f.after))
        for f in moved
        if f.kind == KPI_STATUS and f.before in colours and f.after in colours
    ]
    if items:
        figures.append(KeyFigure(str(len(items)), word(ctx, "fig_kpis")))
        groups.append((word(ctx, "kpis"), items))


def _risks(ctx, moved, rows, figures, groups) -> None:
    added = {c.key[0] for c in rows if c.table == "risk" and c.kind == ADDED}
    removed = {c.key[0] for c in rows if c.table == "risk" and c.kind == REMOVED}
    items = []
    for f in (f for f in moved if f.kind == RISK_SCORE and f.key not in removed):
        name = ctx.clean(f.label)
        if f.key in added:
            items.append(word(ctx, "new_risk", name=name, score=f.after[0], level=word(ctx, f.after[1])))
        elif f.before is not None and f.after is not None and f.after[0] > f.before[0]:
            items.append(
                word(ctx, "escalated", name=name, before=f.before[0], after=f.after[0], level=word(ctx, f.after[1]))
            )
    if items:
        figures.append(KeyFigure(str(len(items)), word(ctx, "fig_risks")))
        groups.append((word(ctx, "risks"), items))
