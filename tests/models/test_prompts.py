"""Template prompt text is recognised in both languages and only there."""

from app.models.prompts import is_prompt, without_prompt


def test_whole_prompts_are_recognised():
    assert is_prompt("（提示）我们最大的优势，例如产品力或渠道")
    assert is_prompt("(Prompt) Our biggest strength, e.g. product or channels")
    assert without_prompt("（提示）说明本次大促") == ""


def test_trailing_hints_are_cut_and_plain_text_is_kept():
    assert without_prompt("全年营收增长（提示：写明幅度）") == "全年营收增长"
    assert without_prompt("Grow annual revenue (prompt: by how much)") == "Grow annual revenue"
    for text in ("提示音优化", "Prompt delivery of orders", "我们的优势（品牌）", ""):
        assert not is_prompt(text)
    assert without_prompt("我们的优势（品牌）") == "我们的优势（品牌）"
