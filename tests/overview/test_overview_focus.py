"""A finding in the Problems panel opens the Overview on its field: each
field's widget takes the focus (an objective's text: the objectives table)."""

from __future__ import annotations

from app.views.common.plan_document import PlanDocument
from app.views.overview.editor import OverviewEditor


def test_focus_field_focuses_the_fields_widget(qtbot, new_plan):
    editor = OverviewEditor(PlanDocument(new_plan))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    expected = {
        "title": editor.title_edit,
        "brand": editor.brand_edit,
        "owner": editor.owner_edit,
        "confidentiality": editor.confidentiality_edit,
        "market_context": editor.market_context,
        "period_start": editor.start_edit,
        "period_end": editor.end_edit,
        "currency": editor.currency_box,
        "language": editor.language_box,
        "brand_color": editor.color_button,
        "objectives": editor.objectives.table,
        "text": editor.objectives.table,
        "logo": editor.title_edit,  # no field widget to focus: the title
    }
    for field, widget in expected.items():
        editor.focus_field(field)
        qtbot.waitUntil(lambda w=widget: w.hasFocus() or w.isAncestorOf(editor.focusWidget()), timeout=2000)
