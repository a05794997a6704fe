#!/usr/bin/env python3
"""Line roles: the layout rules alone against a learned decision tree's second opinion.

    python -m benchmarks.eval_line_classifier [--work DIR] [--confidence 0 0.9]

Asks whether a line classifier grown on generated pages, with the layout rules' own
predicates and measurements as its features, generalises better than the rules. Generates
the page sets from fixed seeds, labels every layout item (a printed line, or a headline
group) with its role from the page's gold annotation, grows a small CART tree in pure Python
on the tuning sets (pagegen seed 1; typesetter seeds 31, 33, 37) and, on sets it was not grown
on (typesetter seeds 51, 53, 57 over the held-out, kinds and articles corpora; pagegen seed 5
over the held-out corpus), prints the share of items whose role matches the gold and the
parse scores of tests/score_parse.py, for the rules alone and for the tree overriding them
(always, or where its leaf is that sure). Then the line accuracy of a tree grown on one
layouter's pages and tried on the other's. Features are computed lazily, along the path a
line takes down the tree, as a parser would have to.
"""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from benchmarks.eval_layouters import FIGURES
from digest.language import gazetteer, names
from digest.language.text import display_width, ends_half_width, ends_sentence, is_letter_spaced, squeeze
from digest.parse import captions, credits, marks, people
from digest.parse import items as layout_items
from digest.parse.lines import INDENT
from digest.parse.read import read_raw_page
from digest.parse.segment import segment

lay = importlib.import_module("digest.parse.layout")  # the package's `layout` is the function

KINDS = (
    layout_items.BODY,
    layout_items.HEADLINE,
    layout_items.BYLINE,
    layout_items.AUTHOR,
    layout_items.CAPTION,
    layout_items.FURNITURE,
)
NEIGHBOUR_KEYS = ("ends_sentence", "clause_mark", "width", "parks", "are_names", "dateline")
# (prefix, how to find the neighbour): the reading flow skips floating captions and furniture
NEIGHBOURS: tuple[tuple[str, Callable[[list[layout_items.Item], int], int | None]], ...] = (
    ("prev", lambda items, i: layout_items.neighbour(items, i, -1)),
    ("next", lambda items, i: layout_items.neighbour(items, i, +1)),
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
    "clause_mark": lambda t: _flag(layout_items.CLAUSE_MARK.search(t)),
    "inner_full_stop": lambda t: _flag(layout_items.INNER_FULL_STOP.search(t)),
    "letter_spaced": lambda t: _flag(is_letter_spaced(t)),
    "opens_more": lambda t: _flag(layout_items.opens_more_than_it_closes(t)),
    "dateline": lambda t: _flag(names.DATELINE.match(t)),
    "dash": lambda t: _flag(t.startswith("——")),
    "reads_as_title": lambda t: _flag(lay._reads_as_title(t)),
    "speaker_turn": lambda t: _flag(layout_items.speaker(t)),
    "parks": lambda t: float(len(gazetteer.mentions(squeeze(t)))),
    "are_names": lambda t: _flag(names.are_names(t)),
    "reads_as_names": lambda t: _flag(people.reads_as_names(t)),
    "unlisted_name": lambda t: _flag(people.reads_as_unlisted_name(t)),
    "reads_as_authors": lambda t: _flag(people.reads_as_authors(t.strip("（）() "))),
    "is_byline": lambda t: _flag(names.is_byline(t)),
    "byline_mark": lambda t: _flag(marks.BYLINE_MARK.match(t)),
    "page_name": lambda t: _flag(marks.PAGE_NAME.match(t)),
    "furniture_line": lambda t: _flag(marks.FURNITURE_LINE.search(t)),
    "caption_label": lambda t: _flag(captions.CAPTION_LABEL.search(t)),
    "space": lambda t: _flag(" " in t.strip()),
    "digits": lambda t: sum(ch.isdigit() for ch in squeeze(t)) / max(len(squeeze(t)), 1),
}


class PageFeatures:
    """The features of every item of one page, each computed when first asked for."""

    def __init__(self, items: list[layout_items.Item]) -> None:
        self.items = items
        self._widths: dict[int, float] | None = None
        self._cache: dict[tuple[int, str], float] = {}

    def column(self, i: int) -> float:
        if self._widths is None:  # one pass over the page measures every line's column
            self._widths = layout_items.local_widths(self.items, list(range(len(self.items))))
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


def _single(items: list[layout_items.Item], i: int) -> bool:
    return items[i].kind in (layout_items.BODY, layout_items.HEADLINE) and len(items[i].lines) == 1


def _stacks(items: list[layout_items.Item], i: int) -> bool:
    """The rules' test of a line under a headline, asked of every body line: its cheap
    condition (no clause) first."""
    return (
        _single(items, i)
        and not layout_items.CLAUSE_MARK.search(items[i].text)
        and lay._stacks_on_headline(items, i)
    )


def _rel_below(f: PageFeatures, i: int) -> float:
    below = lay._column_below(f.items, i, 6)
    return display_width(f.items[i].text) + INDENT - below if below is not None else 0.0


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
        lay._paragraph_ended(f.items, layout_items.neighbour(f.items, i, -1), f.column(i))
    ),
    "could_be_headline": lambda f, i: _flag(
        lay._could_be_headline(layout_items.Item(layout_items.BODY, f.items[i].lines, f.items[i].text))
    ),
    "last_in_run": lambda f, i: _flag(credits.last_in_run(f.items, i)),
    "closes_paragraph": lambda f, i: _flag(credits.closes_paragraph(f.items, i)),
    "position": lambda f, i: i / max(len(f.items) - 1, 1),
    "near_edge": lambda f, i: _flag(
        i < layout_items.EDGE_LINES or i >= len(f.items) - layout_items.EDGE_LINES
    ),
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


def relabel(items: list[layout_items.Item], tree: Tree, confidence: float) -> list[layout_items.Item]:
    """The items with the roles the tree is sure of put in place of the rules' ones."""
    features = PageFeatures(items)
    decided = [leaf(tree, lambda name, i=i: features.get(i, name)) for i in range(len(items))]
    out = []
    for item, (kind, share) in zip(items, decided):
        if kind != item.kind and share >= confidence and _can_become(item, kind):
            # title_like is the rules' doubt about a body line, not the tree's
            item = replace(item, kind=kind, title_like=False)
        out.append(item)
    return out


def _can_become(item: layout_items.Item, kind: str) -> bool:
    """A group printed as several lines is no single body line."""
    return not (len(item.lines) > 1 and kind == layout_items.BODY)


ROOT = Path(__file__).resolve().parent.parent
AMBIGUOUS = "?"
DEPTH, MIN_LEAF = 8, 20
# (name, generator module, seed, pages, corpus)
TRAINING_SETS = (
    ("pagegen-1", "make_pages", 1, 200, "articles"),
    ("typeset-31", "typeset_pages", 31, 150, "heldout"),
    ("typeset-33", "typeset_pages", 33, 60, "kinds"),
    ("typeset-37", "typeset_pages", 37, 150, "articles"),
)


def _bare(text: str) -> str:
    return "".join(text.split())


@dataclass
class GoldRoles:
    """The texts of each role on a page, whitespace removed: a line is the role whose text holds it."""

    exact: dict[str, set[str]] = field(default_factory=lambda: {kind: set() for kind in KINDS})
    parts: dict[str, list[str]] = field(default_factory=lambda: {kind: [] for kind in KINDS})

    @classmethod
    def of(cls, gold: dict) -> GoldRoles:
        roles = cls()
        roles.exact[layout_items.FURNITURE] |= {_bare(text) for text in gold.get("furniture") or []}
        for art in gold["articles"]:
            roles.parts[layout_items.HEADLINE] += [
                _bare(art[key]) for key in ("kicker", "title", "subtitle") if art.get(key)
            ]
            for block in art["blocks"]:
                roles.parts[
                    layout_items.HEADLINE if block["type"] == "heading" else layout_items.BODY
                ].append(_bare(block["text"]))
            trailing, byline = art.get("trailing_author") or "", art.get("byline") or ""
            if trailing:
                roles.parts[layout_items.AUTHOR].append(_bare(trailing))
            if byline and byline != trailing:
                roles.parts[layout_items.AUTHOR if _names_alone(byline, art) else layout_items.BYLINE].append(
                    _bare(byline)
                )
            for cap in art.get("captions") or []:
                text, credit = cap.get("text") or "", cap.get("credit") or ""
                label = cap.get("label") or cap.get("credit_label") or ""
                roles.parts[layout_items.CAPTION] += [
                    _bare(text + label + credit),
                    _bare(text + credit + label),
                ]
        return roles

    def role(self, text: str) -> str:
        bare = _bare(text)
        found = [
            kind
            for kind in KINDS
            if bare in self.exact[kind] or any(bare in part for part in self.parts[kind])
        ]
        if len(found) > 1:  # a whole headline, caption or byline, rather than a piece of a paragraph
            whole = [
                k
                for k in found
                if k != layout_items.BODY and (bare in self.exact[k] or bare in self.parts[k])
            ]
            found = whole if len(whole) == 1 else found
        return found[0] if bare and len(found) == 1 else AMBIGUOUS


def _names_alone(byline: str, art: dict) -> bool:
    """pagegen keeps a trailing author in `byline`: then it holds the authors' names alone."""
    words = byline.replace("（", " ").replace("）", " ").split()
    return bool(words) and all(word in art.get("authors", []) for word in words)


def item_label(item: layout_items.Item, roles: GoldRoles) -> str:
    whole = roles.role(item.text)
    if whole != AMBIGUOUS or len(item.lines) == 1:
        return whole
    labels = {roles.role(line.text) for line in item.lines}  # a headline group: title and subtitle
    return labels.pop() if len(labels) == 1 else AMBIGUOUS


@dataclass
class PageData:
    txt: Path
    items: list[layout_items.Item]
    rows: list[dict[str, float]]
    labels: list[str]


def make_set(work: Path, spec: tuple) -> Path:
    name, tool, seed, count, corpus = spec
    out = work / name
    if not out.exists():
        cmd = [sys.executable, "-m", f"tools.{tool}", str(out), "--count", str(count), "--seed", str(seed)]
        if tool == "typeset_pages" or corpus != "articles":  # pagegen lays out articles.yaml unless told
            cmd += ["--corpus", f"tests/corpus/{corpus}.yaml"]
        subprocess.run(cmd, check=True, cwd=ROOT, capture_output=True)
    return out


def load_set(folder: Path) -> list[PageData]:
    pages = []
    for txt in sorted(folder.glob("page-*.txt")):
        gold = yaml.safe_load(txt.with_name(txt.stem + ".gold.yaml").read_text(encoding="utf-8"))
        roles = GoldRoles.of(gold)
        items = lay.layout(read_raw_page(txt))
        features = PageFeatures(items)
        rows = [features.row(i) for i in range(len(items))]
        pages.append(PageData(txt, items, rows, [item_label(item, roles) for item in items]))
    return pages


def training_rows(pages: list[PageData]) -> tuple[list[dict[str, float]], list[str]]:
    pairs = [
        (row, label) for page in pages for row, label in zip(page.rows, page.labels) if label != AMBIGUOUS
    ]
    return [row for row, _ in pairs], [label for _, label in pairs]


# ---------------------------------------------------------------- CART on binned thresholds


def _gini(counts: Counter, total: int) -> float:
    return 1.0 - sum((c / total) ** 2 for c in counts.values()) if total else 0.0


def _thresholds(values: list[float], bins: int = 24) -> list[float]:
    distinct = sorted(set(values))
    if len(distinct) <= bins:
        return [(a + b) / 2 for a, b in zip(distinct, distinct[1:])]
    return sorted({distinct[len(distinct) * k // bins] for k in range(1, bins)})


def grow(
    rows: list[dict[str, float]], labels: list[str], depth: int = DEPTH, min_leaf: int = MIN_LEAF
) -> list:
    names = sorted({key for row in rows for key in row})
    cuts = {name: _thresholds([row.get(name, 0.0) for row in rows] + [0.0]) for name in names}
    return _grow(rows, labels, list(range(len(rows))), cuts, depth, min_leaf)


def _grow(rows, labels, index, cuts, depth, min_leaf) -> list:
    counts = Counter(labels[k] for k in index)
    kind, most = counts.most_common(1)[0]
    node = [kind, most / len(index), len(index)]
    if depth == 0 or len(counts) == 1 or len(index) < 2 * min_leaf:
        return node
    split = _best_split(rows, labels, index, cuts, counts, min_leaf)
    if split is None:
        return node
    name, threshold = split
    low = [k for k in index if rows[k].get(name, 0.0) <= threshold]
    high = [k for k in index if rows[k].get(name, 0.0) > threshold]
    return _merged(
        [
            name,
            threshold,
            _grow(rows, labels, low, cuts, depth - 1, min_leaf),
            _grow(rows, labels, high, cuts, depth - 1, min_leaf),
        ]
    )


def _merged(node: list) -> list:
    """Two leaves of one role are one leaf: the parser then asks for no feature that decides nothing."""
    low, high = node[2], node[3]
    if len(low) == 3 and len(high) == 3 and low[0] == high[0]:
        rows = low[2] + high[2]
        return [low[0], (low[1] * low[2] + high[1] * high[2]) / rows, rows]
    return node


def _best_split(rows, labels, index, cuts, counts, min_leaf) -> tuple[str, float] | None:
    total = len(index)
    best_cost, best = _gini(counts, total) * total - 1e-9, None
    for name, thresholds in cuts.items():
        if not thresholds:
            continue
        values = sorted((rows[k].get(name, 0.0), labels[k]) for k in index)
        low: Counter = Counter()
        high = Counter(counts)
        pos = 0
        for threshold in thresholds:
            while pos < total and values[pos][0] <= threshold:
                low[values[pos][1]] += 1
                high[values[pos][1]] -= 1
                pos += 1
            if pos < min_leaf or total - pos < min_leaf:
                continue
            cost = _gini(low, pos) * pos + _gini(high, total - pos) * (total - pos)
            if cost < best_cost:
                best_cost, best = cost, (name, threshold)
    return best


CHECK_SETS = (
    ("typeset-51", "typeset_pages", 51, 150, "heldout"),
    ("typeset-53", "typeset_pages", 53, 60, "kinds"),
    ("typeset-57", "typeset_pages", 57, 150, "articles"),
    ("pagegen-5", "make_pages", 5, 200, "heldout"),
)
METRICS = FIGURES  # the figures the README's tables report


def decisions(page: PageData, tree: list, confidence: float) -> list[str]:
    return [item.kind for item in relabel(page.items, tree, confidence)]


def accuracy(pages: list[PageData], kinds_of: Callable[[PageData], list[str]]) -> float:
    pairs = [
        (kind, label)
        for page in pages
        for kind, label in zip(kinds_of(page), page.labels)
        if label != AMBIGUOUS
    ]
    return sum(kind == label for kind, label in pairs) / len(pairs)


def score(pages: list[PageData], items_of: Callable[[PageData], list]) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        pairs = []
        for n, page in enumerate(pages):
            out = Path(tmp) / f"{n}.json"
            parsed = segment(items_of(page), page.txt.name).to_dict()
            out.write_text(json.dumps(parsed, ensure_ascii=False), encoding="utf-8")
            pairs += [str(page.txt.with_name(page.txt.stem + ".gold.yaml")), str(out)]
        result = subprocess.run(
            [sys.executable, str(ROOT / "tests" / "score_parse.py"), *pairs, "--json"],
            capture_output=True,
            text=True,
            check=True,
        )
    return json.loads(result.stdout)


def _cell(value: object) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--work", type=Path, default=None, help="folder for the page sets (default: temporary)"
    )
    parser.add_argument("--confidence", type=float, nargs="*", default=[0.0, 0.9])
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="line-roles-"))
    train = {spec[0]: load_set(make_set(work, spec)) for spec in TRAINING_SETS}
    check = {spec[0]: load_set(make_set(work, spec)) for spec in CHECK_SETS}
    tree = grow(*training_rows([page for pages in train.values() for page in pages]))

    print("| set | decider | line_acc | " + " | ".join(METRICS) + " |")
    print("|" + "---|" * (3 + len(METRICS)))
    for name, pages in check.items():
        rows = [("rules", lambda page: [item.kind for item in page.items], lambda page: page.items)]
        for c in args.confidence:
            rows.append(
                (
                    f"tree (leaf share >= {c})",
                    lambda page, c=c: decisions(page, tree, c),
                    lambda page, c=c: relabel(page.items, tree, c),
                )
            )
        for label, kinds_of, items_of in rows:
            m = score(pages, items_of)
            cells = [name, label, f"{accuracy(pages, kinds_of):.4f}", *(_cell(m.get(k)) for k in METRICS)]
            print("| " + " | ".join(cells) + " |", flush=True)

    print("\nAcross layouters (line accuracy, rules -> tree always):")
    by_maker = {"pagegen": [], "typeset": []}
    for name, pages in train.items():
        by_maker[name.split("-")[0]] += pages
    for grown_on, tried_on in (("pagegen", "typeset"), ("typeset", "pagegen")):
        other = grow(*training_rows(by_maker[grown_on]))
        for name, pages in check.items():
            if name.startswith(tried_on):
                rules = accuracy(pages, lambda page: [item.kind for item in page.items])
                learned = accuracy(pages, lambda page: decisions(page, other, 0.0))
                print(f"  grown on {grown_on} tuning pages, tried on {name}: {rules:.4f} -> {learned:.4f}")


if __name__ == "__main__":
    main()
