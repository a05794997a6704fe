#!/usr/bin/env python3
"""Write park pages laid out by tests/typesetter.py, with their gold annotations.

    python -m tools.typeset_pages OUT_DIR [--count 200] [--seed 1] [--corpus PATH]

writes OUT_DIR/page-001.txt and OUT_DIR/page-001.gold.yaml, ... The same --seed gives
the same pages. The typesetter is a layouter written apart from tests/pagegen.py, so a
parse of its pages (scored with tests/score_parse.py) measures how the parser copes
with conventions it was not built on.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from tests.typesetter import page_seed, typeset_page
from tools.make_pages import checked_args, load_articles, write_pair

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "articles.yaml"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Write raw park pages (page-NNN.txt) laid out by tests/typesetter.py, with gold "
                    "annotations (page-NNN.gold.yaml).")
    parser.add_argument("out_dir", metavar="OUT_DIR", type=Path,
                        help="folder to write into (created if missing)")
    parser.add_argument("--count", type=int, default=200, help="number of pages (default 200)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the page set (default 1)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                        help="articles to lay out (default tests/corpus/articles.yaml); "
                             "tests/corpus/heldout.yaml holds articles no rule was worked out on")
    return checked_args(parser, argv)


def write_pages(out_dir: Path, count: int, seed: int, corpus: Path) -> Counter:
    """Write the page pairs; return what they hold, for the summary line."""
    out_dir.mkdir(parents=True, exist_ok=True)
    articles = load_articles(corpus)
    digits = max(3, len(str(count)))
    tally: Counter = Counter()
    for number in range(1, count + 1):
        raw, gold = typeset_page(page_seed(seed, number), articles)
        write_pair(out_dir, f"page-{number:0{digits}d}", raw, gold)
        tally["pages"] += 1
        tally["articles"] += len(gold["articles"])
        tally["hard_cases"] += len(gold["layout"]["hard_cases"])
    return tally


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    tally = write_pages(args.out_dir, args.count, args.seed, args.corpus)
    print(f"wrote {tally['pages']} pages ({tally['articles']} articles, {tally['hard_cases']} hard cases) "
          f"to {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
