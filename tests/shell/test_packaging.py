"""The packaged application's rules, checked without building a bundle:
what the spec leaves out, the icon files, resource look-up when frozen, and
the start-up report the smoke test and the bundle benchmark rely on.

The smoke test of a real bundle is slow and needs one built first
(python build/build.py); it runs only with ``pytest -m slow``."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from app.services.plan import paths

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "build"


def _load(path: Path):
    """A script in build/ as a module (build/ is not a package, and the name
    ``build`` belongs to PyPA's build tool)."""
    spec = importlib.util.spec_from_file_location(f"stratdeck_build_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_script = _load(BUILD / "build.py")
bundle_filter = _load(BUILD / "bundle_filter.py")
smoke_test = _load(BUILD / "smoke_test.py")


# -- What the bundle leaves out -------------------------------------------------------
@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/lib/libQt6WebEngineCore.so.6",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt/lib/libQt6Quick3D.so.6",
        "PySide6/Qt/lib/libQt6Multimedia.so.6",
        "PySide6/Qt/lib/libQt6PdfQuick.so.6",
        "PySide6/QtQml.abi3.so",
        "PySide6/Qt/qml/QtQuick/Controls/qmldir",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/imageformats/libqtiff.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6\\Qt6WebEngineCore.dll",
    ],
)
def test_unused_qt_files_are_dropped(dest):
    assert not bundle_filter.keep(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/lib/libQt6PdfWidgets.so.6",
        "PySide6/Qt/lib/libQt6Network.so.6",  # QtPdf links it
        "PySide6/Qt/lib/libQt6Svg.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland-egl.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/translations/qtbase_zh_CN.qm",
        "PySide6/Qt/translations/qtbase_en.qm",
        "resources/translations/stratdeck_zh_CN.qm",
        "resources/fonts/WenQuanYiMicroHei.ttf",
        "resources/samples/qiyun-tea-2027-zh.json",
        "libpython3.11.so.1.0",
    ],
)
def test_what_the_app_uses_is_kept(dest):
    assert bundle_filter.keep(dest)


def _imported_modules() -> set[str]:
    """Every module named in an import statement under app/."""
    names = set()
    pattern = re.compile(r"^\s*(?:from\s+([\w.]+)\s+import|import\s+([\w.]+))", re.M)
    for path in (ROOT / "app").rglob("*.py"):
        for match in pattern.finditer(path.read_text(encoding="utf-8")):
            names.add(match.group(1) or match.group(2))
    return names


def test_the_app_imports_nothing_the_bundle_excludes():
    excluded = set(bundle_filter.excluded_modules())
    hits = sorted(name for name in _imported_modules() if any(name == e or name.startswith(e + ".") for e in excluded))
    assert not hits, f"the bundle excludes these, but app/ imports them: {hits} (build/bundle_filter.py)"


def test_the_app_needs_none_of_the_dropped_runtime_hooks():
    needed = {module for module in bundle_filter.DROPPED_RUNTIME_HOOKS.values() if module}
    hits = sorted(name for name in _imported_modules() if name.split(".")[0] in needed)
    assert not hits, f"app/ imports {hits}: keep its PyInstaller run-time hook (build/bundle_filter.py)"


def test_orphan_pruning_and_stripping_leave_other_systems_alone(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "platform", "win32")
    binaries = [("Qt6Core.dll", "C:/x/Qt6Core.dll", "BINARY")]
    assert bundle_filter.prune_orphans(binaries) == (binaries, [])
    assert bundle_filter.strip_debug_info(binaries, tmp_path) == (binaries, 0)


# -- The spec and the build script --------------------------------------------------------
def test_spec_is_valid_python_and_names_existing_files():
    text = (BUILD / "stratdeck.spec").read_text(encoding="utf-8")
    compile(text, "stratdeck.spec", "exec")
    assert (BUILD / "stratdeck_entry.py").is_file()
    for name in re.findall(r'ICONS / "([^"]+)"', text):
        assert (ROOT / "resources" / "icons" / name).is_file(), name


def test_build_env_lives_in_an_ignored_folder():
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert "build/.venv-build/" in ignored
    assert {"build/dist/", "build/work/"} <= set(ignored)


@pytest.mark.parametrize(
    ("relative", "group"),
    [
        ("_internal/PySide6/Qt/lib/libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6"),
        ("_internal/PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms"),
        ("_internal/PySide6/QtGui.abi3.so", "PySide6/QtGui.abi3.so"),
        ("_internal/numpy/_core/_multiarray_umath.so", "numpy"),
        ("_internal/resources/fonts/WenQuanYiMicroHei.ttf", "resources/fonts"),
        ("_internal/libpython3.11.so.1.0", "libpython3.11.so.1.0"),
        ("stratdeck", "stratdeck"),
        ("Contents/Frameworks/PySide6/Qt/lib/QtCore.framework", "PySide6/Qt/lib/QtCore.framework"),
    ],
)
def test_size_report_groups_files_by_contributor(relative, group):
    assert build_script.contributor(Path(relative)) == group


def test_size_report_totals_and_orders(tmp_path):
    (tmp_path / "_internal" / "big").mkdir(parents=True)
    (tmp_path / "_internal" / "big" / "a.so").write_bytes(b"x" * 3000)
    (tmp_path / "_internal" / "big" / "b.so").write_bytes(b"x" * 2000)
    (tmp_path / "_internal" / "small.so").write_bytes(b"x" * 1000)
    total, biggest = build_script.size_report(tmp_path, top=2)
    assert total == 6000
    assert biggest == [("big", 5000), ("small.so", 1000)]


# -- Icon ---------------------------------------------------------------------------------
def test_icon_files_exist_in_every_platform_format():
    icons = ROOT / "resources" / "icons"
    with Image.open(icons / "stratdeck.png") as png:
        assert png.size == (512, 512) and png.mode == "RGBA"
        assert png.getpixel((0, 0))[3] == 0  # transparent corner: a rounded tile
    with Image.open(icons / "stratdeck.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= ico.info["sizes"]
    with Image.open(icons / "stratdeck.icns") as icns:
        assert icns.format == "ICNS"
    assert paths.icon_file() == icons / "stratdeck.png"


# -- Resources when frozen -------------------------------------------------------------------
def test_resources_come_from_the_checkout_when_not_frozen():
    assert paths.resources_dir() == ROOT / "resources"
    assert sorted(paths.samples_dir().glob("*.json"))
    assert (paths.resources_dir() / "fonts" / "WenQuanYiMicroHei.ttf").is_file()


def test_resources_come_from_the_bundle_when_frozen(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    assert paths.resources_dir() == tmp_path / "_internal" / "resources"
    assert paths.samples_dir() == tmp_path / "_internal" / "resources" / "samples"
    assert paths.translations_dir() == tmp_path / "_internal" / "resources" / "translations"


# -- The start-up report (used by the smoke test and bench/bundle_startup.py) -----------------
def _entry(args: list[str], tmp_path, report: bool) -> subprocess.CompletedProcess:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        STRATDECK_DATA_DIR=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    env.pop("STRATDECK_STARTUP_REPORT", None)
    if report:
        env["STRATDECK_STARTUP_REPORT"] = "1"
    return subprocess.run(
        [sys.executable, str(BUILD / "stratdeck_entry.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )


def test_entry_point_reports_start_up_and_quits(tmp_path):
    result = _entry(["--demo"], tmp_path, report=True)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    assert lines[:2] == ["painted", "editable"]
    assert lines[2].startswith("fonts ") and "WenQuanYi" in lines[2]
    assert lines[3].strip() == "heavy"  # no pandas, matplotlib, reportlab or ORM at start-up


def test_entry_point_without_the_report_is_the_plain_command(tmp_path):
    result = _entry(["--version"], tmp_path, report=False)
    assert result.returncode == 0
    assert result.stdout.strip() == f"stratdeck {smoke_test.source_version()}"


# -- The real bundle (slow; needs python build/build.py first) -----------------------------------
@pytest.mark.slow
def test_smoke_test_passes_on_the_built_bundle():
    if not smoke_test.default_executable().is_file():
        pytest.skip("no bundle: build it with python build/build.py")
    assert smoke_test.main([]) == 0


def test_the_bundle_carries_the_icon_font_where_the_app_looks(monkeypatch, tmp_path):
    """The spec collects qtawesome's Phosphor font files; the filter keeps
    them; frozen, the app looks for them in <bundle data>/qtawesome/fonts."""
    from app.views.common import icons

    text = (BUILD / "stratdeck.spec").read_text(encoding="utf-8")
    assert 'collect_data_files("qtawesome", includes=["fonts/phosphor*"])' in text
    assert (icons.font_dir() / icons.FONT_FILE).is_file() and (icons.font_dir() / icons.CHARMAP_FILE).is_file()
    assert bundle_filter.keep(f"qtawesome/fonts/{icons.FONT_FILE}")
    assert bundle_filter.keep(f"qtawesome/fonts/{icons.CHARMAP_FILE}")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert icons.font_dir() == tmp_path / "qtawesome" / "fonts"
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"qtawesome>=' in pyproject
