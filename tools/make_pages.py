#!/usr/bin/env python3
"""Write generated park pages and their gold annotations, to score the parser on.

    python -m tools.make_pages OUT_DIR [--count 200] [--seed 1]

writes OUT_DIR/page-001.txt and OUT_DIR/page-001.gold.yaml, ... The same
--seed gives the same pages. Score a parse of them with tests/score_parse.py.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import yaml

from tests.pagegen import generate_page, page_seeds


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Write generated raw park pages (page-NNN.txt) with gold annotations "
        "(page-NNN.gold.yaml), laid out from tests/corpus/articles.yaml."
    )
    parser.add_argument(
        "out_dir", metavar="OUT_DIR", type=Path, help="folder to write into (created if missing)"
    )
    parser.add_argument("--count", type=int, default=200, help="number of pages (default 200)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the page set (default 1)")
    parser.add_argument(
        "--corpus",
        type=Path,
        default=None,
        help="articles to lay out (default tests/corpus/articles.yaml); "
        "tests/corpus/heldout.yaml holds articles no rule was worked out on",
    )
    return checked_args(parser, argv)


def checked_args(parser: argparse.ArgumentParser, argv: list[str]) -> argparse.Namespace:
    """A page set's arguments, with a one-line error for a count under one or a missing corpus."""
    args = parser.parse_args(argv)
    if args.count < 1:
        parser.error("--count must be at least 1")
    if args.corpus is not None and not args.corpus.is_file():
        parser.error(f"no corpus file {args.corpus}")
    return args


def load_articles(corpus: Path) -> list[dict]:
    with open(corpus, encoding="utf-8") as f:
        return yaml.safe_load(f)["articles"]


def write_pair(out_dir: Path, name: str, raw: str, gold: dict) -> None:
    """NAME.txt, the page, and NAME.gold.yaml, its annotation naming it."""
    gold["page"] = f"{name}.txt"
    (out_dir / f"{name}.txt").write_text(raw, encoding="utf-8")
    write_yaml(out_dir / f"{name}.gold.yaml", gold)


def write_yaml(path: Path, data: dict) -> None:
    """YAML as people read it: Chinese as it is, keys in their order, no folded lines."""
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, allow_unicode=True, sort_keys=False, width=1000)


def write_pages(out_dir: Path, count: int, seed: int, corpus: Path | None = None) -> Counter:
    """Write the page pairs; return what they hold, for the summary line."""
    out_dir.mkdir(parents=True, exist_ok=True)
    digits = max(3, len(str(count)))
    tally: Counter = Counter()
    for number, page_seed in enumerate(page_seeds(seed, count), 1):
        raw, gold = generate_page(page_seed, corpus)
        write_pair(out_dir, f"page-{number:0{digits}d}", raw, gold)
        tally["pages"] += 1
        tally["articles"] += len(gold["articles"])
        tally["continued"] += sum("continued_from" in a or "continued_to" in a for a in gold["articles"])
        tally["back_to_back"] += "back_to_back" in gold
    return tally


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    tally = write_pages(args.out_dir, args.count, args.seed, args.corpus)
    print(
        f"wrote {tally['pages']} pages ({tally['articles']} articles, {tally['continued']} continued, "
        f"{tally['back_to_back']} with back-to-back features) to {args.out_dir}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
