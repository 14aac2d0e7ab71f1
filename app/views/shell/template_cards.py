"""The New Plan gallery's cards: each template drawn as a card with its
title, description and a preview — a miniature title slide (period) and what
the plan starts with (objectives, SWOT, channels, KPIs, risks)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from app.views.common import style

PREVIEW_ROLE = int(Qt.ItemDataRole.UserRole) + 1
DESCRIPTION_ROLE = int(Qt.ItemDataRole.UserRole) + 2
CARD = QSize(250, 172)


class TemplateCardDelegate(QStyledItemDelegate):
    """Paints one gallery entry as a card; selection draws a brand border."""

    def sizeHint(self, option, index) -> QSize:
        return CARD

    def paint(self, painter: QPainter, option, index) -> None:
        rect = option.rect.adjusted(6, 6, -6, -6)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(style.BRAND if selected else style.RULE), 2 if selected else 1))
        painter.setBrush(QColor(style.BRAND_SOFT if selected else style.SURFACE))
        painter.drawRoundedRect(rect, 8, 8)
        # miniature slide: a 16:9 page with the brand bar and the period
        slide = QRect(rect.x() + 12, rect.y() + 12, rect.width() - 24, 70)
        painter.setPen(QPen(QColor(style.RULE), 1))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRect(slide)
        painter.fillRect(QRect(slide.x(), slide.y(), slide.width(), 10), QColor(style.BRAND))
        lines = index.data(PREVIEW_ROLE) or []
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        painter.setFont(small)
        painter.setPen(QColor(style.MUTED))
        slide_text = slide.adjusted(8, 14, -8, -4)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
        painter.drawText(slide_text, flags, "\n".join(lines[:3]))
        # title and description
        title_font = QFont(option.font)
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        painter.setFont(title_font)
        painter.setPen(QColor(style.TEXT))
        title_rect = QRect(rect.x() + 12, slide.bottom() + 8, rect.width() - 24, 24)
        title = painter.fontMetrics().elidedText(
            index.data(Qt.ItemDataRole.DisplayRole) or "", Qt.ElideRight, title_rect.width()
        )
        painter.drawText(title_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
        painter.setFont(small)
        painter.setPen(QColor(style.MUTED))
        text_rect = QRect(
            rect.x() + 12, title_rect.bottom() + 4, rect.width() - 24, rect.bottom() - title_rect.bottom() - 10
        )
        painter.drawText(text_rect, flags, index.data(DESCRIPTION_ROLE) or "")
        painter.restore()


def preview_lines(template) -> list[str]:
    """The card's miniature: period, then what the plan starts with."""
    from app.services.plan.templates import preview

    seen = preview(template)
    counts = seen.counts
    start, end = seen.period
    return [
        f"{start} – {end}" if start and end else "",
        QCoreApplication.translate("TemplateCards", "%1 objectives · %2 SWOT items · %3 channels")
        .replace("%1", str(counts["objective"]))
        .replace("%2", str(counts["swot_item"]))
        .replace("%3", str(counts["channel"])),
        QCoreApplication.translate("TemplateCards", "%1 KPIs · %2 risks · %3 crisis playbook(s)")
        .replace("%1", str(counts["kpi"]))
        .replace("%2", str(counts["risk"]))
        .replace("%3", str(counts["playbook"])),
    ]
