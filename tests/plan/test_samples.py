"""The demo plan: a copy of the plan file made from the bundled sample JSON
(build/make_samples.py), so it must hold exactly what importing the JSON
gives; without that file the JSON is imported."""

from __future__ import annotations

import json
import shutil

import pytest

from app.services.exchange import json_exchange
from app.services.plan import paths, samples
from app.services.plan.storage.plan_file import PlanFile


def _exported(plan_path, target) -> dict:
    with PlanFile.open(plan_path, read_only=True) as plan:
        json_exchange.export_json_file(plan.conn, target)
    return json.loads(target.read_text(encoding="utf-8"))


@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_demo_holds_what_importing_the_sample_json_gives(tmp_path, language):
    demo = samples.create_demo_plan(language, tmp_path / "demo")
    imported = tmp_path / "imported.stratdeck"
    json_exchange.import_json_file(samples.sample_json(language), imported)
    # a stale bundled plan file (sample or schema changed, build/make_samples.py not re-run) fails here
    assert _exported(demo, tmp_path / "demo.json") == _exported(imported, tmp_path / "imported.json")
    assert [p.name for p in (tmp_path / "demo").iterdir()] == [demo.name]  # no temporary file left


def test_each_demo_is_a_new_file_and_the_bundled_one_is_never_changed(tmp_path):
    bundled = samples.sample_json("en").with_suffix(".stratdeck")
    before = bundled.read_bytes()
    first = samples.create_demo_plan("en", tmp_path)
    second = samples.create_demo_plan("en", tmp_path)
    assert first != second
    with PlanFile.open(first) as plan, plan.transaction() as conn:
        conn.execute("UPDATE plan SET title = 'Changed'")
    assert bundled.read_bytes() == before


def test_without_the_bundled_plan_file_the_json_is_imported(tmp_path, monkeypatch):
    folder = tmp_path / "samples"
    folder.mkdir()
    shutil.copy(samples.sample_json("zh"), folder)
    monkeypatch.setattr(paths, "samples_dir", lambda: folder)
    demo = samples.create_demo_plan("zh", tmp_path / "demo")
    with PlanFile.open(demo, read_only=True) as plan:
        assert plan.conn.execute("SELECT brand FROM plan").fetchone()[0] == "栖云茶研"


def test_a_demo_that_cannot_be_written_says_why_and_leaves_nothing(tmp_path, monkeypatch):
    import shutil as shutil_module

    from app.services.plan.errors import PlanWriteError

    def full_disk(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(shutil_module, "copyfile", full_disk)
    folder = tmp_path / "demo"
    with pytest.raises(PlanWriteError, match="No space left on device"):
        samples.create_demo_plan("en", folder)
    assert list(folder.iterdir()) == []  # no half-written demo, no temporary file
