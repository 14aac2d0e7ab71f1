"""Helpers for the Competitors tests: a crowded plan with many competitors."""

from __future__ import annotations

import random

NAMES = ("茗町", "鹿溪", "拾叶", "Leafwise", "云上茶", "Tea Harbour", "山野", "北岸茶社", "Oolong Lab", "青禾")


def add_many_competitors(plan, count: int = 100, seed: int = 7) -> list[str]:
    """Add *count* competitors with scattered scores and shares (our brand
    first); returns their names."""
    from app.services.competitors import service as svc

    rng = random.Random(seed)
    names = []
    for n in range(count):
        name = "栖云茶研" if n == 0 else f"{NAMES[n % len(NAMES)]} {n}"
        svc.add_competitor(
            plan,
            {
                "name": name,
                "is_own_brand": n == 0,
                "market_share_pct": round(rng.uniform(0.1, 1.0), 1),
                "price_score": round(rng.uniform(0, 10), 1),
                "quality_score": round(rng.uniform(0, 10), 1),
            },
        )
        names.append(name)
    return names
