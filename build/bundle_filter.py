"""What build/stratdeck.spec leaves out of the bundle, and how it slims
what stays. Plain data and functions over PyInstaller's ``(dest, source,
kind)`` entries, so tests can check the rules without building anything.

- :func:`excluded_modules` — Python modules never bundled (the spec's
  ``excludes``); ``DROPPED_RUNTIME_HOOKS`` — PyInstaller run-time hooks
  left out.
- :func:`keep` — drops files of Qt parts the app does not use (WebEngine,
  QML/Quick, 3D, Multimedia, Charts, …), Qt plugins a desktop app does not
  need (embedded platforms, TLS and network information for an offline app,
  the GTK theme, which would drag the build machine's GTK stack along) and
  Qt's translations other than Chinese and English.
- :func:`prune_orphans` — after those drops, removes system libraries that
  nothing kept still links to (Linux).
- :func:`strip_debug_info` — strips debug sections from libraries that carry
  them (Linux): pyenv-built interpreters ship ~25 MB of them in libpython and
  lib-dynload. Only ``--strip-debug``: symbols stay, and libraries without
  debug sections (the wheels' own, often patched by auditwheel) are not
  touched."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

# Qt modules the app does not use. The dev venv has the full PySide6 (with
# WebEngine); the build environment has only PySide6-Essentials and
# PySide6_Pdf, and excluding these keeps their unused modules out as well.
QT_UNUSED_MODULES = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtAxContainer", "QtBluetooth", "QtCanvasPainter", "QtCharts", "QtConcurrent", "QtDataVisualization",
    "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLocation",
    "QtMultimedia", "QtMultimediaWidgets", "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets",
    "QtPositioning", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets",
    "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql",
    "QtStateMachine", "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel",
    "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
)  # fmt: skip
MATPLOTLIB_UNUSED_BACKENDS = (
    "backend_pdf", "backend_pgf", "backend_ps", "backend_svg", "_backend_pdf_ps", "backend_mixed",
    "backend_cairo", "backend_qtcairo", "backend_qt5cairo", "backend_template", "backend_nbagg",
    "backend_webagg", "backend_webagg_core", "_backend_tk", "backend_tkagg", "backend_tkcairo",
    "_backend_gtk", "backend_gtk3", "backend_gtk3agg", "backend_gtk3cairo", "backend_gtk4",
    "backend_gtk4agg", "backend_gtk4cairo", "backend_wx", "backend_wxagg", "backend_wxcairo", "backend_macosx",
)  # fmt: skip
OTHER_EXCLUDED_MODULES = (
    # other GUI toolkits and Qt bindings that optional code paths mention
    "tkinter", "_tkinter", "PyQt5", "PyQt6", "PySide2", "wx", "gi", "IPython", "jupyter_client",
    # matplotlib: only the editors' live charts use it (budget, positioning
    # map: QtAgg on Agg; Agg also measures the map's names). The deck draws
    # its charts itself (reportlab, native PPTX charts) and nothing saves a
    # figure to a file, so the file back ends (PDF, PS, SVG, PGF, and fontTools'
    # subsetter they pull), Cairo, Tk, GTK, wx, macOS and the web back ends go
    *(f"matplotlib.backends.{name}" for name in MATPLOTLIB_UNUSED_BACKENDS),
    # the ORM (SQLModel, its SQLAlchemy and pydantic): app/models' tables
    # serve schema generation (python -m app.models.schema_gen) and tests only;
    # the running app opens plans with sqlite3 and the generated schema
    # snapshot. pandas reaches SQLAlchemy only for read_sql/to_sql (unused).
    "sqlmodel", "sqlalchemy", "pydantic", "pydantic_core",
    # Qt bindings that only PyInstaller's hooks name: the app and matplotlib
    # import neither (their Qt libraries stay: QtPdf links Qt Network, Qt Gui
    # Qt DBus)
    "PySide6.QtNetwork", "PySide6.QtDBus",
    # the interactive line editor (readline, with libreadline and libtinfo):
    # no prompt of the app reads from a terminal line by line
    "readline",
    # standard-library parts no user of the app reaches
    "test", "idlelib", "lib2to3", "pydoc_data", "turtledemo", "turtle", "ensurepip", "venv",
    # build and test tools that some libraries import optionally
    "setuptools", "pkg_resources", "pip", "pytest", "_pytest", "hypothesis", "numpy.f2py",
    # TLS: the app never goes online (drops OpenSSL; hashlib falls back to its built-in digests)
    "ssl", "_ssl", "_hashlib",
    # optional parts of libraries that the app does not reach: AVIF images
    # (logos are PNG/JPEG), lxml's objectify/HTML/Schematron (python-pptx uses etree)
    "PIL._avif", "PIL.AvifImagePlugin", "PIL.ImageTk", "PIL._imagingtk", "PIL.ImageQt",
    # WebP decoding and colour management (libwebp, LittleCMS): images the
    # app reads are PNG or JPEG only (app/services/plan/images.py refuses
    # others, a WebP file then as "not a PNG or JPEG image"); nothing
    # applies ICC profiles
    "PIL._webp", "PIL._imagingcms", "PIL.ImageCms",
    # Pillow's FreeType text drawing (with its vendored FreeType, HarfBuzz,
    # Brotli and libpng): nothing draws text with Pillow (the charts draw
    # with matplotlib's own FreeType, the deck with reportlab and Qt)
    "PIL._imagingft",
    # matplotlib's triangulation (Delaunay, tricontour): no chart triangulates
    "matplotlib._qhull", "matplotlib._tri",
    "lxml.objectify", "lxml.html", "lxml.isoschematron",
    # svglib: the deck no longer draws SVG (python-pptx uses lxml's etree)
    "svglib",
    # pandas is bundled: app/services/forecast/service.py computes the
    # forecast table with it (inside functions, never at start-up; see
    # docs/decisions.md). It was excluded while nothing in app/ used it.
)  # fmt: skip


def excluded_modules() -> list[str]:
    """Python modules PyInstaller must not bundle (the spec's ``excludes``)."""
    return [f"PySide6.{name}" for name in QT_UNUSED_MODULES] + list(OTHER_EXCLUDED_MODULES)


# PyInstaller run-time hooks that run at every start but serve nothing the
# app does (each costs milliseconds before the first paint), with the module
# whose use would need the hook back (tests/shell/test_packaging.py watches app/):
# - multiprocessing: makes frozen child processes work; the app starts none
#   (the hook imports multiprocessing and ctypes: ~15-20 ms);
# - mplconfig: points MPLCONFIGDIR at a fresh temporary folder at every start;
#   build/stratdeck_entry.py points it at a lasting one instead;
# - inspect: lets inspect.getsource() read modules inside base_library.zip,
#   which only introspection tools do; it imports zipfile (~10 ms).
DROPPED_RUNTIME_HOOKS = {
    "pyi_rth_multiprocessing": "multiprocessing",
    "pyi_rth_mplconfig": None,
    "pyi_rth_inspect": None,
}


# Qt modules whose libraries, plugins and data are never used.
QT_UNUSED_PARTS = (
    "WebEngine|WebChannel|WebSockets|WebView|Qml|Quick|3D|Multimedia|SpatialAudio|Charts|DataVisualization"
    "|Graphs|Designer|UiTools|Help|Location|Positioning|Sensors|SerialPort|SerialBus|Bluetooth|Nfc"
    "|RemoteObjects|Scxml|StateMachine|TextToSpeech|HttpServer|NetworkAuth|Test|Sql|VirtualKeyboard"
    "|Lottie|Labs|ShaderTools|PdfQuick|CanvasPainter|FFmpeg|EglFS|EglFs"
)
DROP_PATTERNS = [
    re.compile(rf"(^|/)(lib)?Qt6?({QT_UNUSED_PARTS})"),
    re.compile(r"(^|/)qml(/|$)"),
    re.compile(
        r"/plugins/(sqldrivers|multimedia|position|sensors|texttospeech|webview|qmltooling|qmllint|designer"
        r"|canbus|geoservices|scenegraph|renderers|sceneparsers|assetimporters|virtualkeyboard|tls"
        r"|networkinformation|egldeviceintegrations|generic|qmlls)/"
    ),
    # The GTK theme plugin needs the build machine's GTK, cairo and pango; Qt's
    # own dialogs (or the xdg-desktop-portal theme, kept) serve instead.
    re.compile(r"/plugins/platformthemes/libqgtk3"),
    # Platforms: keep the desktop ones (xcb, wayland, windows, cocoa) and offscreen.
    re.compile(r"/plugins/platforms/(lib)?q(eglfs|linuxfb|minimal|minimalegl|vnc|vkkhrdisplay|direct2d)\b"),
    # Image formats the app never shows (logos are PNG or JPEG; icons SVG/ICO).
    re.compile(r"/plugins/imageformats/(lib)?q(tiff|webp|tga|wbmp|pdf)\b"),
    # matplotlib data nothing reads: the PS/PDF back ends' AFM metrics (those
    # back ends are excluded), DejaVu Serif (the charts draw in the bundled
    # WenQuanYi; mathtext's default set keeps DejaVu Sans, Sans Mono, Sans
    # Display and its STIX fallback), the example data sets and the web
    # back end's pages
    re.compile(r"(^|/)matplotlib/mpl-data/(sample_data/|fonts/afm/|fonts/pdfcorefonts/|fonts/ttf/DejaVuSerif)"),
    re.compile(r"(^|/)matplotlib/backends/web_backend/"),
    # reportlab's demo font (a FontForge source and a Type 1 font); the
    # standard Type 1 metrics and Vera stay
    re.compile(r"(^|/)reportlab/fonts/DarkGarden"),
]
QT_TRANSLATION = re.compile(r"PySide6/Qt/translations/[^/]+\.qm$")
QT_TRANSLATION_KEPT = re.compile(r"/qt\w*_(zh_CN|en)\.qm$")


def keep(dest: str) -> bool:
    """Whether the file bundled as *dest* stays in the bundle."""
    dest = dest.replace("\\", "/")
    if QT_TRANSLATION.search(dest):
        return bool(QT_TRANSLATION_KEPT.search(dest))
    return not any(pattern.search(dest) for pattern in DROP_PATTERNS)


def _is_top_level_library(dest: str) -> bool:
    """A shared library PyInstaller put beside the Python runtime (system
    libraries and their dependencies, not libpython itself), or one a wheel
    vendors in its ``<name>.libs/`` folder (auditwheel: e.g. pillow.libs'
    libwebp, needed only by the excluded PIL._webp)."""
    dest = dest.replace("\\", "/")
    folder, _, name = dest.rpartition("/")
    if folder and not (folder.endswith(".libs") and "/" not in folder):
        return False
    return ".so" in name and not name.startswith("libpython")


def _needed(source: str) -> set[str]:
    """The sonames an ELF file links to (``objdump -p``)."""
    result = subprocess.run(["objdump", "-p", source], capture_output=True, text=True)
    return {line.split()[1] for line in result.stdout.splitlines() if line.strip().startswith("NEEDED")}


def prune_orphans(binaries: list) -> tuple[list, list[str]]:
    """Remove top-level libraries nothing kept links to; return the kept
    entries and the names removed. Linux only (other systems: unchanged)."""
    if not sys.platform.startswith("linux") or shutil.which("objdump") is None:
        return binaries, []
    needs = {entry[0]: _needed(entry[1]) for entry in binaries}
    removed: list[str] = []
    kept = list(binaries)
    while True:
        wanted = set().union(*(needs[entry[0]] for entry in kept)) if kept else set()
        orphans = [e for e in kept if _is_top_level_library(e[0]) and Path(e[0]).name not in wanted]
        if not orphans:
            return kept, removed
        removed += [entry[0] for entry in orphans]
        kept = [entry for entry in kept if entry not in orphans]


def _has_debug_info(source: str) -> bool:
    result = subprocess.run(["objdump", "-h", source], capture_output=True, text=True)
    return ".debug_info" in result.stdout


def strip_debug_info(binaries: list, workdir: Path) -> tuple[list, int]:
    """Replace libraries carrying debug sections by stripped copies in
    *workdir*; return the new entries and the bytes saved (Linux only)."""
    if not sys.platform.startswith("linux") or not (shutil.which("strip") and shutil.which("objdump")):
        return binaries, 0
    result, saved = [], 0
    for dest, source, kind in binaries:
        if _has_debug_info(source):
            target = workdir / "stripped" / dest
            target.parent.mkdir(parents=True, exist_ok=True)
            done = subprocess.run(["strip", "--strip-debug", "-o", str(target), source], capture_output=True)
            if done.returncode == 0:
                saved += Path(source).stat().st_size - target.stat().st_size
                source = str(target)
        result.append((dest, source, kind))
    return result, saved
