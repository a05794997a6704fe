"""A second opinion on the layout rules: a small decision tree over the rules' own measures.

The tree was grown on generated pages (tools/train_line_roles.py) from each layout item's
text (width, closing punctuation, names, parks), its place in the reading flow (width
against the local column and the column below, what the rules decided for it and for its
neighbours) and the rules' predicates. Where a leaf is sure enough of another role than
the rules gave, that role is taken. Features are computed only along the path a line takes
down the tree, so an ordinary body line costs a few lookups.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from pathlib import Path

from ..language import gazetteer, names
from ..language.text import display_width, ends_half_width, ends_sentence, is_letter_spaced, squeeze

lay = importlib.import_module(".layout", __package__)  # the package's `layout` is the function

KINDS = (lay.BODY, lay.HEADLINE, lay.BYLINE, lay.AUTHOR, lay.CAPTION, lay.FURNITURE)
TREE_JSON = Path(__file__).resolve().parents[2] / "data" / "line_roles.json"
NEIGHBOUR_KEYS = ("ends_sentence", "clause_mark", "width", "parks", "are_names", "dateline")
# (prefix, how to find the neighbour): the reading flow skips floating captions and furniture
NEIGHBOURS: tuple[tuple[str, Callable[[list[lay.Item], int], int | None]], ...] = (
    ("prev", lambda items, i: lay._neighbour(items, i, -1)),
    ("next", lambda items, i: lay._neighbour(items, i, +1)),
    ("raw_prev", lambda items, i: i - 1 if i else None),
    ("raw_next", lambda items, i: i + 1 if i + 1 < len(items) else None),
)


def _flag(value: object) -> float:
    return 1.0 if value else 0.0


TEXT_FEATURES: dict[str, Callable[[str], float]] = {
    "width": display_width,
    "chars": lambda t: float(len(squeeze(t))),
    "ends_sentence": lambda t: _flag(ends_sentence(t)),
    "ends_full_stop": lambda t: _flag(t.rstrip().endswith("。")),
    "ends_half_width": lambda t: _flag(ends_half_width(t)),
    "clause_mark": lambda t: _flag(lay.CLAUSE_MARK.search(t)),
    "inner_full_stop": lambda t: _flag(lay.INNER_FULL_STOP.search(t)),
    "letter_spaced": lambda t: _flag(is_letter_spaced(t)),
    "opens_more": lambda t: _flag(lay._opens_more_than_it_closes(t)),
    "dateline": lambda t: _flag(names.DATELINE.match(t)),
    "dash": lambda t: _flag(t.startswith("——")),
    "reads_as_title": lambda t: _flag(lay._reads_as_title(t)),
    "speaker_turn": lambda t: _flag(lay._is_speaker_turn(t)),
    "parks": lambda t: float(len(gazetteer.mentions(squeeze(t)))),
    "are_names": lambda t: _flag(names.are_names(t)),
    "reads_as_names": lambda t: _flag(lay._reads_as_names(t)),
    "unlisted_name": lambda t: _flag(lay._reads_as_unlisted_name(t)),
    "reads_as_authors": lambda t: _flag(lay._reads_as_authors(t.strip("（）() "))),
    "is_byline": lambda t: _flag(names.is_byline(t)),
    "byline_mark": lambda t: _flag(lay.BYLINE_MARK.match(t)),
    "page_name": lambda t: _flag(lay.PAGE_NAME.match(t)),
    "furniture_line": lambda t: _flag(lay.FURNITURE_LINE.search(t)),
    "caption_label": lambda t: _flag(lay.CAPTION_LABEL.search(t)),
    "space": lambda t: _flag(" " in t.strip()),
    "digits": lambda t: sum(ch.isdigit() for ch in squeeze(t)) / max(len(squeeze(t)), 1),
}


class PageFeatures:
    """The features of every item of one page, each computed when first asked for."""

    def __init__(self, items: list[lay.Item]) -> None:
        self.items = items
        self._widths: dict[int, float] | None = None
        self._cache: dict[tuple[int, str], float] = {}

    def column(self, i: int) -> float:
        if self._widths is None:  # one pass over the page measures every line's column
            self._widths = lay._local_widths(self.items, list(range(len(self.items))))
        return self._widths[i]

    def get(self, i: int, name: str) -> float:
        key = (i, name)
        if key not in self._cache:
            self._cache[key] = self._compute(i, name)
        return self._cache[key]

    def row(self, i: int) -> dict[str, float]:
        """Every feature of item i, the zero ones left out: a row to grow a tree on."""
        values = {name: self.get(i, name) for name in FEATURE_NAMES}
        return {name: value for name, value in values.items() if value}

    def _compute(self, i: int, name: str) -> float:
        items = self.items
        if name.startswith("rule_"):
            return _flag(items[i].kind == name[5:])
        if name in TEXT_FEATURES:
            return TEXT_FEATURES[name](items[i].text)
        if name in FLOW_FEATURES:
            return FLOW_FEATURES[name](self, i)
        prefix, _, rest = name.partition("_")
        if prefix == "raw":
            more, _, rest = rest.partition("_")
            prefix += "_" + more
        j = dict(NEIGHBOURS)[prefix](items, i)
        if rest == "none":
            return _flag(j is None)
        if j is None:
            return 0.0
        if rest == "rel_width":
            return display_width(items[j].text) - self.column(i)
        if rest in TEXT_FEATURES:
            return TEXT_FEATURES[rest](items[j].text)
        return _flag(items[j].kind == rest)


def _single(items: list[lay.Item], i: int) -> bool:
    return items[i].kind in (lay.BODY, lay.HEADLINE) and len(items[i].lines) == 1


def _stacks(items: list[lay.Item], i: int) -> bool:
    """The rules' test of a line under a headline, asked of every body line: its cheap
    condition (no clause) first."""
    return (
        _single(items, i) and not lay.CLAUSE_MARK.search(items[i].text) and lay._stacks_on_headline(items, i)
    )


def _rel_below(f: PageFeatures, i: int) -> float:
    below = lay._column_below(f.items, i, 6)
    return display_width(f.items[i].text) + lay.INDENT - below if below is not None else 0.0


FLOW_FEATURES: dict[str, Callable[[PageFeatures, int], float]] = {
    "column": lambda f, i: f.column(i),
    "rel_width": lambda f, i: display_width(f.items[i].text) - f.column(i),
    "rel_below": _rel_below,
    "has_below": lambda f, i: _flag(lay._column_below(f.items, i, 6) is not None),
    "lines": lambda f, i: float(len(f.items[i].lines)),
    "tight": lambda f, i: _flag(f.items[i].lines[-1].tight),
    "starts_article": lambda f, i: _flag(f.items[i].starts_article),
    "ends_article": lambda f, i: _flag(f.items[i].ends_article),
    "title_like": lambda f, i: _flag(f.items[i].title_like),
    "continues_above": lambda f, i: _flag(lay._continues_above(f.items, i)),
    "breaks_off": lambda f, i: _flag(_single(f.items, i) and lay._breaks_off(f.items, i)),
    "stacks": lambda f, i: _flag(_stacks(f.items, i)),
    "opens_below": lambda f, i: _flag(
        _single(f.items, i) and lay._opens_paragraph_below(f.items, i, display_width(f.items[i].text))
    ),
    "paragraph_ended": lambda f, i: _flag(
        lay._paragraph_ended(f.items, lay._neighbour(f.items, i, -1), f.column(i))
    ),
    "could_be_headline": lambda f, i: _flag(
        lay._could_be_headline(lay.Item(lay.BODY, f.items[i].lines, f.items[i].text))
    ),
    "last_in_run": lambda f, i: _flag(lay._last_in_run(f.items, i)),
    "closes_paragraph": lambda f, i: _flag(lay._closes_paragraph(f.items, i)),
    "position": lambda f, i: i / max(len(f.items) - 1, 1),
    "near_edge": lambda f, i: _flag(i < lay.EDGE_LINES or i >= len(f.items) - lay.EDGE_LINES),
}


def _feature_names() -> tuple[str, ...]:
    out = [f"rule_{kind}" for kind in KINDS] + list(TEXT_FEATURES) + list(FLOW_FEATURES)
    for prefix, _ in NEIGHBOURS:
        out += [f"{prefix}_none", f"{prefix}_rel_width"]
        out += [f"{prefix}_{kind}" for kind in KINDS] + [f"{prefix}_{key}" for key in NEIGHBOUR_KEYS]
    return tuple(out)


FEATURE_NAMES = _feature_names()

# A tree is nested lists: [feature, threshold, low, high], or a leaf [kind, share of its
# training rows of that kind, rows].
Tree = list


def leaf(tree: Tree, value: Callable[[str], float]) -> tuple[str, float]:
    node = tree
    while len(node) == 4:
        node = node[3] if value(node[0]) > node[1] else node[2]
    return node[0], node[1]


@cache
def load_model(path: Path = TREE_JSON) -> tuple[Tree, float]:
    """The tree and the share of its leaf's rows a role needs to override the rules."""
    record = json.loads(path.read_text(encoding="utf-8"))
    return record["tree"], record["confidence"]


def relabel(items: list[lay.Item], tree: Tree | None = None, confidence: float = 0.0) -> list[lay.Item]:
    """The items with the roles the tree is sure of put in place of the rules' ones."""
    if tree is None:
        tree, confidence = load_model()
    features = PageFeatures(items)
    decided = [leaf(tree, lambda name, i=i: features.get(i, name)) for i in range(len(items))]
    out = []
    for item, (kind, share) in zip(items, decided):
        if kind != item.kind and share >= confidence and _can_become(item, kind):
            # title_like is the rules' doubt about a body line, not the tree's
            item = replace(item, kind=kind, title_like=False)
        out.append(item)
    return out


def _can_become(item: lay.Item, kind: str) -> bool:
    """A group printed as several lines is no single body line."""
    return not (len(item.lines) > 1 and kind == lay.BODY)
