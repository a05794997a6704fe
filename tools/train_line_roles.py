"""Grow the line-role tree (data/line_roles.json) on generated pages.

    python -m tools.train_line_roles [--work DIR] [--out data/line_roles.json]

The tuning sets are generated afresh from fixed seeds (pagegen seed 1; typesetter seeds 31,
33 and 37 over the held-out, kinds and articles corpora), every layout item is labelled with
its role from the page's gold annotation, and a decision tree is grown in pure Python on
the features of digest/parse/line_roles.py. Same seeds, same tree.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from digest.parse import line_roles
from digest.parse.read import read_raw_page

lay = line_roles.lay
ROOT = Path(__file__).resolve().parent.parent
AMBIGUOUS = "?"
DEPTH, MIN_LEAF, CONFIDENCE = 8, 20, 0.9
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

    exact: dict[str, set[str]] = field(default_factory=lambda: {kind: set() for kind in line_roles.KINDS})
    parts: dict[str, list[str]] = field(default_factory=lambda: {kind: [] for kind in line_roles.KINDS})

    @classmethod
    def of(cls, gold: dict) -> GoldRoles:
        roles = cls()
        roles.exact[lay.FURNITURE] |= {_bare(text) for text in gold.get("furniture") or []}
        for art in gold["articles"]:
            roles.parts[lay.HEADLINE] += [
                _bare(art[key]) for key in ("kicker", "title", "subtitle") if art.get(key)
            ]
            for block in art["blocks"]:
                roles.parts[lay.HEADLINE if block["type"] == "heading" else lay.BODY].append(
                    _bare(block["text"])
                )
            trailing, byline = art.get("trailing_author") or "", art.get("byline") or ""
            if trailing:
                roles.parts[lay.AUTHOR].append(_bare(trailing))
            if byline and byline != trailing:
                roles.parts[lay.AUTHOR if _names_alone(byline, art) else lay.BYLINE].append(_bare(byline))
            for cap in art.get("captions") or []:
                text, credit = cap.get("text") or "", cap.get("credit") or ""
                label = cap.get("label") or cap.get("credit_label") or ""
                roles.parts[lay.CAPTION] += [_bare(text + label + credit), _bare(text + credit + label)]
        return roles

    def role(self, text: str) -> str:
        bare = _bare(text)
        found = [
            kind
            for kind in line_roles.KINDS
            if bare in self.exact[kind] or any(bare in part for part in self.parts[kind])
        ]
        if len(found) > 1:  # a whole headline, caption or byline, rather than a piece of a paragraph
            whole = [k for k in found if k != lay.BODY and (bare in self.exact[k] or bare in self.parts[k])]
            found = whole if len(whole) == 1 else found
        return found[0] if bare and len(found) == 1 else AMBIGUOUS


def _names_alone(byline: str, art: dict) -> bool:
    """pagegen keeps a trailing author in `byline`: then it holds the authors' names alone."""
    words = byline.replace("（", " ").replace("）", " ").split()
    return bool(words) and all(word in art.get("authors", []) for word in words)


def item_label(item: lay.Item, roles: GoldRoles) -> str:
    whole = roles.role(item.text)
    if whole != AMBIGUOUS or len(item.lines) == 1:
        return whole
    labels = {roles.role(line.text) for line in item.lines}  # a headline group: title and subtitle
    return labels.pop() if len(labels) == 1 else AMBIGUOUS


@dataclass
class PageData:
    txt: Path
    items: list[lay.Item]
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
        features = line_roles.PageFeatures(items)
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


def _rounded(node: list) -> list:
    if len(node) == 4:
        return [node[0], node[1], _rounded(node[2]), _rounded(node[3])]
    return [node[0], round(node[1], 4), node[2]]


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--work", type=Path, default=None, help="folder for the page sets (default: temporary)"
    )
    parser.add_argument("--out", type=Path, default=line_roles.TREE_JSON)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="line-roles-"))
    pages = [page for spec in TRAINING_SETS for page in load_set(make_set(work, spec))]
    rows, labels = training_rows(pages)
    tree = grow(rows, labels)
    record = {
        "trained_on": [spec[0] for spec in TRAINING_SETS],
        "rows": len(rows),
        "depth": DEPTH,
        "min_leaf": MIN_LEAF,
        "confidence": CONFIDENCE,
        "tree": _rounded(tree),
    }
    args.out.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(rows)} rows {dict(Counter(labels))} -> {args.out}")


if __name__ == "__main__":
    main()
