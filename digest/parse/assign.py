"""One-to-one assignment that maximises the total score (bylines to articles and the like)."""

from __future__ import annotations

from functools import cache

EXACT_LIMIT = 12  # columns up to which the exact search (2^columns states) stays cheap


def best_assignment(scores: list[list[float]]) -> dict[int, int]:
    """Map each row to a distinct column (while columns last) so that the summed score is highest."""
    rows = len(scores)
    cols = len(scores[0]) if rows else 0
    if not rows or not cols:
        return {}
    if cols > EXACT_LIMIT:
        return _greedy(scores)

    @cache
    def best(row: int, used: int) -> tuple[float, tuple[int, ...]]:
        if row == rows or used == (1 << cols) - 1:
            return 0.0, ()
        options = []
        for col in range(cols):
            if not used & (1 << col):
                total, rest = best(row + 1, used | (1 << col))
                options.append((scores[row][col] + total, (col,) + rest))
        return max(options)

    return dict(enumerate(best(0, 0)[1]))


def _greedy(scores: list[list[float]]) -> dict[int, int]:
    pairs = sorted(((s, r, c) for r, row in enumerate(scores) for c, s in enumerate(row)), reverse=True)
    out: dict[int, int] = {}
    taken: set[int] = set()
    for _, r, c in pairs:
        if r not in out and c not in taken:
            out[r] = c
            taken.add(c)
    return out
