"""One line, never a traceback (issue 20): a plan in a folder whose name is
not valid UTF-8 (unzipped from a GBK archive), text with control characters
in an XLSX export, and a reader that closes the pipe early."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from cli_support import run
from reliability_support import REPO, child_env

from app.services.overview import service as overview_service
from app.services.plan.storage.plan_file import PlanFile

GBK_FOLDER = b"\xd5\xc5\xc8\xfd \xbc\xc6\xbb\xae"  # 张三 计划 in GBK: not UTF-8


@pytest.fixture
def gbk_folder(tmp_path):
    folder = os.path.join(os.fsencode(tmp_path), GBK_FOLDER)
    os.mkdir(folder)
    path = os.fsdecode(folder)
    assert any(0xDC80 <= ord(c) <= 0xDCFF for c in path)  # surrogate escapes, as Python sees such names
    return path


def test_plan_in_a_folder_named_in_gbk_works_from_every_command(gbk_folder, capsys):
    plan = os.path.join(gbk_folder, "计划.stratdeck")
    code, out, err = run(capsys, "new", plan)
    assert code == 0 and err == "" and "\\udcd5" in out  # the undecodable byte shown as an escape
    with PlanFile.open(plan) as opened:  # the editing open builds a file: URI from the path
        overview_service.add_objective(opened, "赢得双十一")
    assert run(capsys, "check", plan)[0] == 0
    exported = os.path.join(gbk_folder, "out.json")
    assert run(capsys, "export", plan, "--format", "json", "-o", exported)[0] == 0
    copy = os.path.join(gbk_folder, "copy.stratdeck")
    assert run(capsys, "import", exported, "-o", copy)[0] == 0
    budget = os.path.join(gbk_folder, "budget.csv")
    with open(budget, "w", encoding="utf-8") as handle:
        handle.write("Channel,2027-01 planned\nNowhere,100\n")
    code, out, err = run(capsys, "import-budget", copy, budget)
    assert code == 4 and err.count("\n") == 1 and "Nowhere" in err  # a real refusal, not a crash
    with PlanFile.open(copy, read_only=True) as opened:
        assert [o["text"] for o in overview_service.list_objectives(opened)] == ["赢得双十一"]


def test_control_characters_in_text_do_not_break_the_xlsx_export(new_plan, tmp_path, capsys):
    from openpyxl import load_workbook

    texts = ["line one\x0bline two", "nul\x00 and escape\x1b[31m red", "=1+1\x00", "\x00=HYPERLINK(1)", "张三\x07 ok\t"]
    for text in texts:
        overview_service.add_objective(new_plan, text)
    new_plan.close()
    out = tmp_path / "objectives.xlsx"
    code, _, err = run(capsys, "export", new_plan.path, "--format", "xlsx", "--part", "objectives", "-o", out)
    assert code == 0, err
    sheet = load_workbook(out, read_only=True).worksheets[0]
    values = [cell for row in sheet.iter_rows(values_only=True) for cell in row if isinstance(cell, str)]
    assert "line one\nline two" in values  # Word's soft line break becomes a line break
    assert "nul and escape[31m red" in values  # NUL and ESC dropped, the rest kept
    assert "'=1+1" in values and "'=HYPERLINK(1)" in values  # still never a formula
    assert "张三 ok\t" in values


def test_check_piped_into_head_exits_quietly(new_plan):
    for number in range(40):
        overview_service.add_objective(new_plan, f"objective {number}")
    new_plan.close()
    command = f"{sys.executable} -m app check '{new_plan.path}' | head -1"
    done = subprocess.run(["sh", "-c", command], cwd=REPO, env=child_env(), capture_output=True, text=True, timeout=60)
    assert done.stdout.startswith("Plan:") and done.stdout.count("\n") == 1
    assert done.stderr == ""
    child = subprocess.Popen(
        [sys.executable, "-m", "app", "check", str(new_plan.path)],
        cwd=REPO,
        env=child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    child.stdout.close()  # the reader is gone before anything was written
    assert child.stderr.read() == b""
    assert child.wait(timeout=60) == 0
