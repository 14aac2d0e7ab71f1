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


IMPORT = re.compile(r"^\s*(?:from\s+([\w.]+)\s+import\s+\(?([\w, ]+)|import\s+([\w.]+))", re.M)


def _module_file(name: str) -> Path | None:
    """The file of module *name* under app/ (a package: its __init__.py)."""
    base = ROOT.joinpath(*name.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _runtime_files() -> set[Path]:
    """app/'s files the running app can reach: the entry points, every
    service and view (the spec bundles them all) and whatever app module
    they import, with the packages around it. app/models' ORM tables and
    schema generator are reached by none of them."""
    todo = [ROOT / "app" / name for name in ("__init__.py", "__main__.py", "main.py")]
    todo += [*(ROOT / "app" / "services").rglob("*.py"), *(ROOT / "app" / "views").rglob("*.py")]
    seen: set[Path] = set()
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        for match in IMPORT.finditer(path.read_text(encoding="utf-8")):
            module = match.group(1) or match.group(3)
            if not module.startswith("app."):
                continue
            names = [module] + [f"{module}.{n.strip()}" for n in (match.group(2) or "").split(",") if n.strip()]
            parts = module.split(".")
            names += [".".join(parts[:i]) for i in range(1, len(parts))]  # the packages around it run first
            todo += [found for found in map(_module_file, names) if found]
    return seen


def _imported_modules() -> set[str]:
    """Every module named in an import statement of the app's run-time code."""
    texts = [path.read_text(encoding="utf-8") for path in _runtime_files()]
    return {match.group(1) or match.group(3) for text in texts for match in IMPORT.finditer(text)}


def test_the_run_time_code_is_what_the_bundle_analysis_sees():
    """The scan follows app imports into app/models (not vacuous), and the
    ORM-only modules stay out of reach, which lets the bundle leave SQLModel,
    SQLAlchemy and pydantic out."""
    reached = {path.relative_to(ROOT).as_posix() for path in _runtime_files()}
    assert {"app/models/swot/rules.py", "app/models/findings.py", "app/models/deck/limits.py"} <= reached
    assert not reached & {"app/models/registry.py", "app/models/schema_gen.py", "app/models/base.py"}
    assert not [name for name in reached if name.endswith("/tables.py") and name.startswith("app/models/")]
    assert {"sqlmodel", "sqlalchemy", "pydantic"} <= set(bundle_filter.excluded_modules())


def test_the_app_imports_nothing_the_bundle_excludes():
    excluded = set(bundle_filter.excluded_modules())
    hits = sorted(name for name in _imported_modules() if any(name == e or name.startswith(e + ".") for e in excluded))
    assert not hits, f"the bundle excludes these, but app/ imports them: {hits} (build/bundle_filter.py)"


def test_the_app_needs_none_of_the_dropped_runtime_hooks():
    needed = {module for module in bundle_filter.DROPPED_RUNTIME_HOOKS.values() if module}
    hits = sorted(name for name in _imported_modules() if name.split(".")[0] in needed)
    assert not hits, f"app/ imports {hits}: keep its PyInstaller run-time hook (build/bundle_filter.py)"


@pytest.mark.parametrize(
    "dest",
    [
        "matplotlib/mpl-data/sample_data/goog.npz",
        "matplotlib/mpl-data/fonts/afm/phvr8a.afm",
        "matplotlib/mpl-data/fonts/pdfcorefonts/Helvetica.afm",
        "matplotlib/mpl-data/fonts/ttf/DejaVuSerif-Bold.ttf",
        "matplotlib/backends/web_backend/js/mpl.js",
        "reportlab/fonts/DarkGarden.sfd",
    ],
)
def test_unused_library_data_is_dropped(dest):
    assert not bundle_filter.keep(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "matplotlib/mpl-data/matplotlibrc",
        "matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf",  # matplotlib's default and mathtext face
        "matplotlib/mpl-data/fonts/ttf/DejaVuSansMono.ttf",
        "matplotlib/mpl-data/fonts/ttf/DejaVuSansDisplay.ttf",
        "matplotlib/mpl-data/fonts/ttf/STIXGeneral.ttf",  # mathtext's fallback ("$5 and $8" in a name)
        "matplotlib/mpl-data/fonts/ttf/LastResortHE-Regular.ttf",
        "matplotlib/mpl-data/fonts/ttf/cmr10.ttf",
        "matplotlib/mpl-data/stylelib/classic.mplstyle",
        "reportlab/fonts/Vera.ttf",
        "reportlab/fonts/_a______.afm",
        "pptx/templates/default.pptx",
        "qtawesome/fonts/phosphor-1.3.0.ttf",
    ],
)
def test_library_data_the_app_reads_is_kept(dest):
    assert bundle_filter.keep(dest)


@pytest.mark.parametrize(
    "module",
    [
        "matplotlib.backends.backend_qtagg", "matplotlib.backends.backend_qt", "matplotlib.backends.qt_compat",
        "matplotlib.backends.backend_agg", "matplotlib.backends.qt_editor", "pandas", "numpy", "lxml.etree",
        "pptx", "xlsxwriter", "openpyxl", "PIL.PngImagePlugin", "PIL.JpegImagePlugin", "PySide6.QtSvg",
        "PySide6.QtPdf", "fontTools.ttLib", "mpl_toolkits",
    ],
)  # fmt: skip
def test_what_features_need_is_not_excluded(module):
    """pandas computes the forecast export; the editors' charts need QtAgg on
    Agg (and matplotlib imports mpl_toolkits, warning without it); QtSvg is
    loaded by QtPdf; fontTools' ttLib reads the deck font."""
    excluded = bundle_filter.excluded_modules()
    assert not [e for e in excluded if module == e or module.startswith(e + ".")]


def test_orphan_pruning_reaches_wheels_vendored_libraries(monkeypatch):
    """A library in a wheel's ``.libs`` folder that nothing kept links to
    (pillow's libwebp once PIL._webp is excluded) goes like a top-level one;
    libraries inside packages (Qt's own) are never pruned."""
    needs = {
        "PIL/_imaging.so": {"libjpeg-1a.so.62"},
        "pillow.libs/libjpeg-1a.so.62": set(),
        "pillow.libs/libwebp-2b.so.7": {"libsharpyuv-3c.so.0"},
        "pillow.libs/libsharpyuv-3c.so.0": set(),
        "numpy/_core/_multiarray_umath.so": {"libscipy_openblas64_-4d.so"},
        "numpy.libs/libscipy_openblas64_-4d.so": {"libgfortran-5e.so.5"},
        "numpy.libs/libgfortran-5e.so.5": set(),
        "PySide6/Qt/lib/libQt6Svg.so.6": set(),
        "libfoo.so.1": set(),
        "libpython3.11.so.1.0": set(),
    }
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(bundle_filter.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(bundle_filter, "_needed", lambda source: needs[source])
    binaries = [(dest, dest, "BINARY") for dest in needs]
    kept, removed = bundle_filter.prune_orphans(binaries)
    assert sorted(removed) == ["libfoo.so.1", "pillow.libs/libsharpyuv-3c.so.0", "pillow.libs/libwebp-2b.so.7"]
    assert [entry[0] for entry in kept] == [dest for dest in needs if dest not in removed]


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


# -- What the bundle keeps still works without what it leaves out ---------------------------
BLOCKED_RUN = '''
import importlib.abc, sys
from pathlib import Path

BLOCKED = sys.argv[1].split(",")


class Excluded(importlib.abc.MetaPathFinder):
    """Refuses what the spec excludes, as the frozen bundle would."""

    def find_spec(self, name, path, target=None):
        if any(name == b or name.startswith(b + ".") for b in BLOCKED):
            raise ImportError(f"not in the bundle: {name}")
        return None


sys.meta_path.insert(0, Excluded())
try:
    import sqlalchemy  # noqa: F401
    raise SystemExit("the blocker does not block")
except ImportError:
    pass
tmp = Path(sys.argv[2])
from PySide6.QtWidgets import QApplication

qt = QApplication([])
from app.main import main
from app.services.plan import paths

sample = sorted(paths.samples_dir().glob("*-zh.json"))[0]
plan_path = tmp / "plan.stratdeck"
assert main(["import", str(sample), "-o", str(plan_path)]) == 0
assert main(["export", str(plan_path), "--format", "csv", "--part", "forecast", "-o", str(tmp / "f.csv")]) == 0
assert main(["export", str(plan_path), "--format", "xlsx", "-o", str(tmp / "all.xlsx")]) == 0

from app.services.budget import service as budget_service
from app.services.plan.storage.plan_file import PlanFile
from app.views.budget.charts import BudgetCharts

with PlanFile.open(plan_path, read_only=True) as plan:
    grid = budget_service.load_grid(plan)
charts = BudgetCharts(lambda: grid, "zh")
charts.resize(1000, 300)
charts.redraw()
charts.canvas.draw()
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure

from app.services.deck import fonts

figure = Figure(figsize=(4, 3), dpi=90)  # a positioning-map-like scatter with Chinese names
FigureCanvasQTAgg(figure)
axes = figure.add_subplot()
axes.scatter([1, 2, 3], [3, 1, 2])
for x, name in ((1, "栖云茶研"), (2, "Brand $5 and $8"), (3, "山野茶")):
    axes.annotate(name, (x, 2), fontfamily=fonts.register_matplotlib())
figure.canvas.draw()
width, height = charts.canvas.get_width_height()
print("charts", width, height, charts.draw_count)
print("loaded", " ".join(sorted(m for m in ("pandas", "matplotlib.backends.backend_qtagg") if m in sys.modules)))
'''


def test_exports_and_live_charts_work_without_the_excluded_modules(tmp_path):
    """The forecast's CSV/XLSX export (pandas) and the budget editor's QtAgg
    charts, run with every module the spec excludes made unimportable."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", STRATDECK_DATA_DIR=str(tmp_path / "data"))
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    blocked = ",".join(bundle_filter.excluded_modules())
    result = subprocess.run(
        [sys.executable, "-c", BLOCKED_RUN, blocked, str(tmp_path)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr and "Warning" not in result.stderr, result.stderr[-2000:]
    assert re.search(r"^charts [1-9]\d+ [1-9]\d+ 1$", result.stdout, re.M), result.stdout  # drawn once
    assert "loaded matplotlib.backends.backend_qtagg pandas" in result.stdout
    assert (tmp_path / "f.csv").read_text(encoding="utf-8-sig").count("\n") >= 5
