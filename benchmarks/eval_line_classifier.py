#!/usr/bin/env python3
"""Line roles: the layout rules alone against the rules with the learned tree's second opinion.

    python -m benchmarks.eval_line_classifier [--work DIR] [--confidence 0 0.9]

Generates the page sets from fixed seeds, grows the tree on the tuning sets exactly as
tools/train_line_roles.py does (pagegen seed 1; typesetter seeds 31, 33, 37), and on the sets
it was not grown on (typesetter seeds 51, 53, 57 over the held-out, kinds and articles
corpora; pagegen seed 5 over the held-out corpus) prints the share of layout items whose role
matches the gold annotation, and the parse scores of tests/score_parse.py, for the rules
alone and for the tree overriding them (always, or where its leaf is that sure). Also the
line accuracy of a tree grown on one generator's pages and tried on the other's.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from digest.parse import line_roles
from digest.parse.segment import segment
from tools.train_line_roles import AMBIGUOUS, TRAINING_SETS, PageData, grow, load_set, make_set, training_rows

ROOT = Path(__file__).resolve().parent.parent
CHECK_SETS = (
    ("typeset-51", "typeset_pages", 51, 150, "heldout"),
    ("typeset-53", "typeset_pages", 53, 60, "kinds"),
    ("typeset-57", "typeset_pages", 57, 150, "articles"),
    ("pagegen-5", "make_pages", 5, 200, "heldout"),
)
METRICS = (
    "article_f1",
    "body_cer",
    "title_acc",
    "author_f1",
    "para_break_f1",
    "heading_f1",
    "headline_space_errors",
)


def decisions(page: PageData, tree: list, confidence: float) -> list[str]:
    return [item.kind for item in line_roles.relabel(page.items, tree, confidence)]


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
                    lambda page, c=c: line_roles.relabel(page.items, tree, c),
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
