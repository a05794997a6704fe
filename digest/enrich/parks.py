"""The parks an article names, the one it is mainly about first."""

from __future__ import annotations

from ..language import gazetteer

# A park named in the headline is what the article is about far more often than
# one named most in the body, so a headline mention outweighs several body ones.
_HEADLINE_MENTION_WEIGHT = 4.0
# A park named in the opening lines gets up to this much on top of its count.
_EARLY_MENTION_WEIGHT = 1.5


def rank_parks(headline: str, body: str) -> list[gazetteer.Zone]:
    """Every park mentioned, the one the article is mainly about first."""
    in_headline = {zone: first for zone, _, first in gazetteer.mentions(headline)}
    scores: dict[gazetteer.Zone, float] = {}
    order: dict[gazetteer.Zone, int] = {}
    length = max(1, len(body))
    for zone, count, first in gazetteer.mentions(body):
        scores[zone] = count + _EARLY_MENTION_WEIGHT * (1 - first / length)
        order[zone] = first
    for zone, first in in_headline.items():
        scores[zone] = scores.get(zone, 0.0) + _HEADLINE_MENTION_WEIGHT
        # a park named in the headline alone comes before the body's, in the headline's order
        order.setdefault(zone, first - len(headline))
    return sorted(scores, key=lambda z: (-scores[z], order[z]))
