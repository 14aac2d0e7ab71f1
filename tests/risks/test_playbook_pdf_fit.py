"""The one-page war-room PDF stays readable: a long playbook is set smaller
to keep one page but never below 8 pt; one too long even at 8 pt runs onto
a second page headed with its name, and the export says so."""

from __future__ import annotations

from app.services.plan.storage.plan_file import PlanFile
from app.services.risks import playbooks as playbook_service
from app.services.risks.playbook_pdf import MIN_PT, write_playbooks_pdf
from tests.cli_support import run
from tests.deck_support import page_texts, squash
from tests.risks_support import add_steps, pdf_text_sizes, playbook_plan

LONG_STATEMENT = "我们高度重视消费者反馈，已第一时间联系当事消费者并冻结相关批次。" * 12


def _export(path, target):
    with PlanFile.open(path) as plan:
        return write_playbooks_pdf(plan.conn, target)


def _sizes_of(sizes: list[tuple[str, float]], text: str) -> list[float]:
    return [size for piece, size in sizes if text in piece]


def test_a_short_playbook_keeps_its_full_size_type(tmp_path):
    path = tmp_path / "short.stratdeck"
    playbook_plan(path)
    assert _export(path, tmp_path / "short.pdf") == (1, 1, [])
    sizes = pdf_text_sizes(tmp_path / "short.pdf")[0]
    assert _sizes_of(sizes, "Form the task force") == [12.0]
    assert max(_sizes_of(sizes, "Complaint")) == 24.0  # the name on top


def test_many_steps_contacts_and_a_long_statement_shrink_to_one_page_but_not_below_8_pt(tmp_path):
    path = tmp_path / "long.stratdeck"
    ids = playbook_plan(path)
    add_steps(path, ids["playbook"], 16)
    with PlanFile.open(path) as plan:
        for n in range(6):
            playbook_service.add_child(
                plan, "escalation_contact", ids["playbook"], {"role": f"值班经理 {n}", "name": "林晓岚"}
            )
        playbook_service.update_child(plan, "holding_statement", ids["statement"], "body", LONG_STATEMENT)
    assert _export(path, tmp_path / "long.pdf") == (1, 1, [])
    sizes = pdf_text_sizes(tmp_path / "long.pdf")
    assert len(sizes) == 1
    smallest = min(size for _, size in sizes[0])
    assert smallest >= MIN_PT - 0.01
    step = _sizes_of(sizes[0], "第 15 步")
    assert step and MIN_PT - 0.01 <= step[0] < 12  # set smaller than a short playbook, still readable
    text = squash(page_texts(tmp_path / "long.pdf")[0])
    assert squash("8. 值班经理 5 — 林晓岚") in text and "冻结相关批次" in text


def test_a_playbook_too_long_for_8_pt_continues_with_its_name_repeated(tmp_path):
    path = tmp_path / "huge.stratdeck"
    ids = playbook_plan(path)
    add_steps(path, ids["playbook"], 70)
    with PlanFile.open(path) as plan:  # a second playbook must still start on a page of its own
        playbook_service.add_playbook(plan, {"name": "Supplier failure", "spokesperson": "Lin"})
    playbooks, pages, warnings = _export(path, tmp_path / "huge.pdf")
    assert playbooks == 2 and pages >= 3
    assert [str(w) for w in warnings] == [
        f"Playbook 'Complaint' does not fit one page at 8 pt; it continues over {pages - 1} pages."
    ]  # warnings are messages by key; str() is the English the CLI prints
    texts = page_texts(tmp_path / "huge.pdf")
    assert len(texts) == pages
    assert squash("Complaint（续）") in squash(texts[1])  # the name again, on top (drawn last)
    assert squash(texts[1]).startswith(squash("时间 行动 负责人"))  # the timeline header repeats
    assert squash("预案 1 / 2 · 第 2 页") in squash(texts[1])
    joined = squash(" ".join(texts[:-1]))
    assert all(squash(f"第 {n} 步") in joined for n in range(70))  # nothing was dropped
    assert "（续）" not in texts[-1] and squash("Supplier failure") in squash(texts[-1])
    assert squash("预案 2 / 2") in squash(texts[-1]) and "第 2 页" not in texts[-1]
    for page in pdf_text_sizes(tmp_path / "huge.pdf"):
        assert min(size for _, size in page) >= MIN_PT - 0.01


def test_the_cli_says_when_playbooks_take_more_pages(capsys, tmp_path):
    path = tmp_path / "huge.stratdeck"
    ids = playbook_plan(path)
    add_steps(path, ids["playbook"], 70, language="en")
    target = tmp_path / "war room.pdf"
    code, out, err = run(capsys, "export", path, "--format", "playbooks", "-o", target)
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == f"Exported {target} (1 playbooks on 2 pages)"
    assert lines[1] == "Warning: Playbook 'Complaint' does not fit one page at 8 pt; it continues over 2 pages."
    assert squash("Complaint (continued)") in squash(page_texts(target)[1])
    assert squash("Playbook 1 of 1 · page 2") in squash(page_texts(target)[1])
