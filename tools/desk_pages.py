"""Write test pages set by the fourth layouter (tests/desk.py) with their gold.

    python -m tools.desk_pages OUT --count N --seed S [--corpus PATH]

OUT receives page-NNN.txt (the raw text of a page) and page-NNN.gold.yaml (its
annotation) for N pages; the same seed always gives the same pages.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

from tests.desk import desk_page
from tools.make_pages import checked_args, load_articles, write_pair

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "desk.yaml"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tools.desk_pages",
        description="Write N pages set by tests/desk.py (page-NNN.txt) and their gold annotations "
        "(page-NNN.gold.yaml) into OUT.",
    )
    parser.add_argument(
        "out_dir", type=Path, metavar="OUT", help="folder to write the pages into (created if missing)"
    )
    parser.add_argument("--count", type=int, default=20, metavar="N", help="number of pages (default 20)")
    parser.add_argument("--seed", type=int, default=0, metavar="S", help="seed of the page set (default 0)")
    parser.add_argument(
        "--corpus",
        type=Path,
        default=DEFAULT_CORPUS,
        metavar="PATH",
        help="corpus of articles in the tests/corpus format (default tests/corpus/desk.yaml)",
    )
    return checked_args(parser, argv)


def page_seeds(seed: int, count: int) -> list[int]:
    """One seed per page, drawn from the set's seed, so that page k is the same in a longer set."""
    rng = random.Random(f"desk-set:{seed}")
    return [rng.randrange(2**32) for _ in range(count)]


def write_pages(out_dir: Path, count: int, seed: int, corpus: Path) -> Counter:
    """Write the page pairs; return what they hold, for the summary line."""
    articles = load_articles(corpus)
    out_dir.mkdir(parents=True, exist_ok=True)
    digits = max(3, len(str(count)))
    tally: Counter = Counter()
    for number, page_seed in enumerate(page_seeds(seed, count), 1):
        raw, gold = desk_page(page_seed, articles)
        write_pair(out_dir, f"page-{number:0{digits}d}", raw, gold)
        tally["pages"] += 1
        tally["articles"] += len(gold["articles"])
        tally["jumps"] += sum(a["desk"]["jump"] != "none" for a in gold["articles"])
    return tally


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    tally = write_pages(args.out_dir, args.count, args.seed, args.corpus)
    held = f"{tally['articles']} articles, {tally['jumps']} continued"
    print(f"wrote {tally['pages']} pages ({held}) to {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
