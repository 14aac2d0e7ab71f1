"""PowerPoint sections from the model's outline: each slide with a
``bookmark`` starts a section of that name (the PDF makes it a bookmark), so
the slide sorter groups the deck as the agenda does and a section can be
moved or hidden whole. Slides before the first bookmark (cover, summary,
agenda) form a first section named after the deck.

Sections are PowerPoint 2010's extension of ``presentation.xml``
(``p14:sectionLst``); programs that do not know it ignore it."""

from __future__ import annotations

import uuid

from lxml import etree
from pptx.oxml.ns import qn

from app.services.deck.pptx.text import clean

P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
SECTION_EXT = "{521415D9-36F7-43E2-AB2F-B90AF26B5E84}"


def add_sections(presentation, deck, opening: str) -> list[str]:
    """Write the sections of *deck* into *presentation*; returns their
    names. *opening* names the slides before the first bookmark."""
    ids = [entry.get("id") for entry in presentation.part._element.sldIdLst]
    groups: list[tuple[str, list[str]]] = []
    for slide_id, slide in zip(ids, deck.slides, strict=True):
        name = " ".join(clean(getattr(slide, "bookmark", "")).split())[:100]
        if name or not groups:
            groups.append((name or opening, []))
        groups[-1][1].append(slide_id)
    if len(groups) < 2:
        return []
    root = presentation.part._element
    ext_list = root.find(qn("p:extLst"))
    if ext_list is None:
        ext_list = etree.SubElement(root, qn("p:extLst"))
    ext = etree.SubElement(ext_list, qn("p:ext"), uri=SECTION_EXT)
    section_list = etree.SubElement(ext, f"{{{P14}}}sectionLst", nsmap={"p14": P14})
    for name, slide_ids in groups:
        section = etree.SubElement(section_list, f"{{{P14}}}section", name=name,
                                   id="{" + str(uuid.uuid4()).upper() + "}")
        members = etree.SubElement(section, f"{{{P14}}}sldIdLst")
        for slide_id in slide_ids:
            etree.SubElement(members, f"{{{P14}}}sldId", id=slide_id)
    return [name for name, _ in groups]
