"""Every message a service makes names a key its catalogue has: a call
``NAME("key", ...)`` where NAME is a catalogue in that module is checked
against the catalogue, so a mistyped or misplaced key fails here, not when a
user hits that refusal."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

from app.services.plan.messages import Catalogue

ROOT = Path(__file__).resolve().parents[2]


def _calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            if isinstance(node.args[0].value, str):
                func = node.func
                if isinstance(func, ast.Name):
                    yield func.id, None, node.args[0].value, node.lineno
                elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
                    yield func.value.id, func.attr, node.args[0].value, node.lineno


def test_every_literal_message_key_is_in_its_catalogue():
    problems = []
    for path in sorted((ROOT / "app" / "services").rglob("*.py")):
        module = importlib.import_module(".".join(path.relative_to(ROOT).with_suffix("").parts))
        for name, attr, key, line in _calls(ast.parse(path.read_text(encoding="utf-8"))):
            target = getattr(module, name, None)
            if attr is not None:
                target = getattr(target, attr, None)
            if isinstance(target, Catalogue) and key not in target.templates:
                problems.append(f"{path.relative_to(ROOT)}:{line}: {target.area}.{key}")
    assert problems == []
