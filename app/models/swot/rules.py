"""Rules of the SWOT & TOWS canvas, as pure functions of plain rows.

A TOWS strategy pairs two SWOT quadrants: SO pairs strengths with
opportunities, ST strengths with threats, WO weaknesses with opportunities,
WT weaknesses with threats. A strategy should cite items of exactly its two
quadrants, at least one of each."""

from __future__ import annotations

from app.models.findings import INFO, WARNING, Finding

CANVAS = "swot"
# The same choices as app.models.strategy (QUADRANTS, TOWS_KINDS), kept here
# because that module imports sqlmodel, which must not load at start-up
# (the Problems panel runs these rules when a plan opens); a test checks they agree.
QUADRANT_ORDER = ("S", "W", "O", "T")
TOWS_KIND_ORDER = ("SO", "ST", "WO", "WT")
QUADRANT_NAMES = {"S": "strength", "W": "weakness", "O": "opportunity", "T": "threat"}
PLURALS = {"S": "strengths", "W": "weaknesses", "O": "opportunities", "T": "threats"}
WITH_ARTICLE = {"S": "a strength", "W": "a weakness", "O": "an opportunity", "T": "a threat"}
HEAVY_WEIGHT = 4  # items this heavy should say where they come from


def kind_quadrants(kind: str) -> tuple[str, str]:
    """The two quadrants a TOWS kind pairs ('SO' → ('S', 'O'))."""
    return kind[0], kind[1]


def item_labels(items: list[dict]) -> dict[str, str]:
    """Short labels of SWOT items by id: quadrant letter and number within
    the quadrant in board order (S1, S2, W1…)."""
    counts = dict.fromkeys(QUADRANT_ORDER, 0)
    labels = {}
    for item in sorted(items, key=lambda i: (QUADRANT_ORDER.index(i["quadrant"]), i["position"])):
        counts[item["quadrant"]] += 1
        labels[item["id"]] = f"{item['quadrant']}{counts[item['quadrant']]}"
    return labels


def strategy_labels(strategies: list[dict]) -> dict[str, str]:
    """Short labels of TOWS strategies by id: kind and number (SO1, WT2…)."""
    counts: dict[str, int] = {}
    labels = {}
    for strategy in sorted(strategies, key=lambda s: (TOWS_KIND_ORDER.index(s["kind"]), s["position"])):
        counts[strategy["kind"]] = counts.get(strategy["kind"], 0) + 1
        labels[strategy["id"]] = f"{strategy['kind']}{counts[strategy['kind']]}"
    return labels


def sorted_by_weight(items: list[dict]) -> list[dict]:
    """*items* heaviest first; equal weights keep their current order."""
    return sorted(items, key=lambda i: (-int(i["weight"]), i["position"]))


def check_swot(items: list[dict], strategies: list[dict], citations: list[tuple[str, str]]) -> list[Finding]:
    """Findings about SWOT items and TOWS strategies.

    *citations* are (strategy_id, swot_item_id) pairs."""
    found: list[Finding] = []
    by_id = {i["id"]: i for i in items}
    item_label = item_labels(items)
    strategy_label = strategy_labels(strategies)
    cited: dict[str, list[str]] = {}
    for strategy_id, item_id in citations:
        cited.setdefault(strategy_id, []).append(item_id)

    present = {i["quadrant"] for i in items}
    if items:
        for quadrant in QUADRANT_ORDER:
            if quadrant not in present:
                name = PLURALS[quadrant]
                found.append(
                    Finding(
                        "swot.empty_quadrant",
                        INFO,
                        CANVAS,
                        f"The SWOT lists no {name} yet.",
                        "swot_item",
                        "",
                        f"quadrant:{quadrant}",  # the editor opens this quadrant
                        (("quadrant", quadrant),),
                    )
                )
    for item in sorted(items, key=lambda i: (QUADRANT_ORDER.index(i["quadrant"]), i["position"])):
        label = item_label[item["id"]]
        if not (item.get("text") or "").strip():
            found.append(
                Finding(
                    "swot.empty_item",
                    INFO,
                    CANVAS,
                    f"SWOT item {label} has no text.",
                    "swot_item",
                    item["id"],
                    "text",
                    (("item", label),),
                )
            )
        elif int(item["weight"]) >= HEAVY_WEIGHT and not (item.get("evidence") or "").strip():
            found.append(
                Finding(
                    "swot.no_evidence",
                    INFO,
                    CANVAS,
                    f"SWOT item {label} weighs {item['weight']} but names no evidence.",
                    "swot_item",
                    item["id"],
                    "evidence",
                    (("item", label), ("weight", item["weight"])),
                )
            )

    for strategy in sorted(strategies, key=lambda s: strategy_label[s["id"]]):
        found.extend(
            _strategy_findings(
                strategy,
                strategy_label[strategy["id"]],
                [by_id[i] for i in cited.get(strategy["id"], []) if i in by_id],
                item_label,
            )
        )
    return found


def _strategy_findings(strategy: dict, label: str, cited: list[dict], item_label: dict) -> list[Finding]:
    """Findings about one strategy and the items it cites."""
    found = []
    kind = strategy["kind"]

    def add(rule: str, severity: str, message: str, field: str, args: tuple) -> None:
        found.append(Finding(rule, severity, CANVAS, message, "tows_strategy", strategy["id"], field, args))

    if not (strategy.get("text") or "").strip():
        add("tows.empty_strategy", INFO, f"TOWS strategy {label} has no text.", "text", (("strategy", label),))
    if not cited:
        add(
            "tows.no_citation",
            WARNING,
            f"TOWS strategy {label} cites no SWOT item.",
            "citations",
            (("strategy", label),),
        )
        return found
    pair = kind_quadrants(kind)
    for item in cited:
        if item["quadrant"] not in pair:
            name = WITH_ARTICLE[item["quadrant"]]
            add(
                "tows.kind_mismatch",
                WARNING,
                f"TOWS strategy {label} cites {item_label[item['id']]}, {name}, which {kind} strategies do not pair.",
                "citations",
                (("strategy", label), ("item", item_label[item["id"]]), ("kind", kind), ("quadrant", item["quadrant"])),
            )
    quadrants = {item["quadrant"] for item in cited}
    for side in pair:
        if side not in quadrants:
            add(
                "tows.missing_side",
                INFO,
                f"TOWS strategy {label} cites no {QUADRANT_NAMES[side]}.",
                "citations",
                (("strategy", label), ("kind", kind), ("quadrant", side)),
            )
    return found
