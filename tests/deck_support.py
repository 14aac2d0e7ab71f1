"""Helpers for the deck tests: sample plans, plans with awkward content, and
reading a PDF back (text, text positions, fonts) with pypdf."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from pathlib import Path

from app.services.exchange import json_exchange
from app.services.plan import paths
from app.services.plan.storage.plan_file import PlanFile

TODAY = dt.date(2027, 6, 5)
PAGE_W, PAGE_H = 960.0, 540.0


def sample_plan(language: str, folder: Path) -> Path:
    """A plan file made from the bundled sample plan in *language*."""
    target = folder / f"sample-{language}.stratdeck"
    json_exchange.import_json_file(paths.samples_dir() / f"qiyun-tea-2027-{language}.json", target)
    return target


def plan_with(folder: Path, *, language: str = "en", objectives=(), **fields) -> Path:
    """A new plan with the given overview *fields* and *objectives*
    (``(text, metric, target)`` triples), closed again."""
    from app.services.overview import service as overview_service

    path = folder / f"plan-{len(list(folder.glob('plan-*.stratdeck')))}.stratdeck"
    plan = PlanFile.create(path, title=fields.pop("title", "Deck test plan"), language=language)
    try:
        for name, value in fields.items():
            overview_service.set_field(plan, name, value)
        with plan.transaction() as conn:  # straight SQL: fast, and beyond the editor's length limits
            conn.executemany(
                'INSERT INTO objective (id, position, text, metric, target) VALUES (?, ?, ?, ?, ?)',
                [(str(uuid.uuid4()), i, *row) for i, row in enumerate(objectives)],
            )
    finally:
        plan.close()
    return path


def build(plan_path: Path, target: Path, **options):
    """Open *plan_path* read-only and build its deck at *target*."""
    from app.services.deck import build_deck

    options.setdefault("today", TODAY)
    with PlanFile.open(plan_path, read_only=True) as plan:
        return build_deck(plan, target, **options)


def page_texts(pdf: Path, password: str | None = None) -> list[str]:
    """Extracted text of every page."""
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    if password is not None:
        reader.decrypt(password)
    return [page.extract_text() for page in reader.pages]


def squash(text: str) -> str:
    """*text* without any whitespace (extraction breaks lines where slides wrap)."""
    return re.sub(r"\s+", "", text)


def text_runs(pdf: Path) -> list[tuple[int, str, float, float, float, float]]:
    """Every drawn text run as (page, text, x0, x1, baseline y, font size),
    in page coordinates; x1 is measured with the deck font's metrics."""
    from pypdf import PdfReader
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from app.services.deck.fonts import register_reportlab

    font = register_reportlab()
    runs = []
    for number, page in enumerate(PdfReader(pdf).pages, 1):

        def visit(text, cm, tm, _font, size, number=number):
            if not text.strip():
                return
            a, b, _, _, e, f = tm  # text matrix × current transformation matrix
            m0, m1, m2, m3, m4, m5 = cm
            scale, x, y = a * m0 + b * m2, e * m0 + f * m2 + m4, e * m1 + f * m3 + m5
            for line in text.split("\n"):
                if line.strip():
                    runs.append((number, line, x, x + stringWidth(line, font, size) * scale, y, size * scale))

        page.extract_text(visitor_text=visit)
    return runs


def pdf_fonts(pdf: Path) -> list[dict]:
    """The font dictionaries used on any page (resolved)."""
    from pypdf import PdfReader

    fonts = {}
    for page in PdfReader(pdf).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            fonts[font["/BaseFont"]] = font
    return list(fonts.values())


def all_pdf_fonts(pdf: Path) -> list[dict]:
    """Every font dictionary anywhere in the file (pages, form XObjects,
    annotations…), not only those the pages list."""
    from pypdf import PdfReader
    from pypdf.generic import DictionaryObject, IndirectObject

    reader = PdfReader(pdf)
    fonts = []
    for number in range(1, int(reader.trailer["/Size"])):
        try:
            obj = reader.get_object(IndirectObject(number, 0, reader))
        except Exception:  # noqa: BLE001 - a free entry in the cross-reference table
            continue
        if isinstance(obj, DictionaryObject) and obj.get("/Type") == "/Font":
            fonts.append(obj)
    return fonts


ONLY_WITH_SNAPSHOTS = {"changes"}  # "What changed since …": no slides for a plan without snapshots


def dividers(language: str) -> list[tuple[str, str]]:
    """``(key, title)`` of the registered sections that open a divider (a
    section grouped under an earlier one shares that one's divider), in
    deck order: what the agenda lists when every section has slides."""
    from app.services.deck import registry

    opened, found = set(), []
    for spec in registry.registered():
        if spec.key in ONLY_WITH_SNAPSHOTS:
            continue
        if spec.group_key not in opened:
            opened.add(spec.group_key)
            found.append((spec.key, spec.title(language)))
    return found
