"""A generator's gold scored against itself: what the scorer makes of a perfect parse."""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Iterable

import score_parse

# The figures a perfect parse scores 1.0 on, whatever the layouter (park_acc too where every
# article names a park: the scorer credits no empty one)
PERFECT_PARSE = (
    "article_f1",
    "title_acc",
    "headline_recall",
    "author_f1",
    "para_break_f1",
    "heading_f1",
    "caption_f1",
)


def shortfalls(figures: dict, also: tuple[str, ...] = ()) -> dict:
    """The figures below a perfect parse's: PERFECT_PARSE and `also` under 1.0, a body error above 0."""
    perfect = dict.fromkeys(PERFECT_PARSE + also, 1.0) | {"body_cer": 0.0}
    return {key: figures[key] for key, value in perfect.items() if figures[key] != value}


def self_score(pairs: Iterable[tuple[dict, dict]]) -> dict:
    """The scorer's figures over (gold, prediction) pairs. Identical texts are at distance 0
    without the scorer's pure-Python edit distance spending seconds proving it."""
    exact = score_parse.edit_distance
    score_parse.edit_distance = lambda a, b: 0 if a == b else exact(a, b)
    try:
        counts: Counter = Counter()
        zones = score_parse.load_zones()
        for gold, prediction in pairs:
            score_parse.score_page(copy.deepcopy(gold), prediction, counts, zones)
        return score_parse.summary(counts)
    finally:
        score_parse.edit_distance = exact
