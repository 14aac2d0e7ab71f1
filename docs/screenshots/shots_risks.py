"""Screenshots of the Risks and Crisis-playbooks canvases: the register
filtered by a heat-map cell with the selected risk in the detail pane, and
the first playbook's step timeline."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QSplitter


def shoot(window, app, language, folder) -> list[str]:
    """Save risks-<language>.png (register + heat map, one cell chosen, the
    risk's details below) and playbooks-<language>.png (a playbook's chain
    timeline)."""
    keys = list(window.editors)
    risks = window.editors["risks"]
    window.navigator.setCurrentRow(keys.index("risks"))
    app.processEvents()
    counts = risks.heat_map.counts
    cell = max(counts, key=lambda c: (counts[c], c[0] * c[1])) if counts else None
    risks.set_cell(cell)
    if risks.model.rows:
        risks.table.selectRow(0)
    app.processEvents()
    names = [f"risks-{language}.png", f"playbooks-{language}.png"]
    window.grab().save(str(Path(folder) / names[0]))
    risks.set_cell(None)
    playbooks = window.editors["playbooks"]
    window.navigator.setCurrentRow(keys.index("playbooks"))
    if playbooks.playbooks.model.rows:
        playbooks.playbooks.select_id(playbooks.playbooks.model.rows[0]["id"])
    if playbooks.steps.model.rows:
        playbooks.steps.table.selectRow(1)
    app.processEvents()
    splitter = playbooks.findChild(QSplitter, "playbooks-splitter")
    splitter.setSizes([1, 10_000])  # the levels at their smallest: the playbook is the subject
    app.processEvents()
    bar = playbooks.scroll.verticalScrollBar()  # the step timeline, the war-room core
    bar.setValue(playbooks.steps.parentWidget().y() - 4)
    app.processEvents()
    window.grab().save(str(Path(folder) / names[1]))
    return names
