"""What the page-set tools of the third, fourth and fifth layouters share: their command line,
the pages and gold they write, and the summary line.

A tool is a `PageSetTool` naming its layouter; `tools/makeup_pages.py`, `tools/desk_pages.py` and
`tools/compositor_pages.py` are one each.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from tools.make_pages import checked_args, load_articles, write_pair

CORPORA = Path(__file__).resolve().parent.parent / "tests" / "corpus"


def corpus_articles(corpus: Path) -> list[dict]:
    """The corpus's articles, or none when the file is not a corpus at all."""
    try:
        articles = load_articles(corpus)
    except (yaml.YAMLError, UnicodeDecodeError, TypeError, KeyError):
        return []
    return articles if isinstance(articles, list) and all(isinstance(a, dict) for a in articles) else []


def named_page_seeds(name: str) -> Callable[[int, int], list[int]]:
    """One seed per page, drawn from the set's seed under the layouter's name, so that page k is
    the same in a longer set and two layouters' sets of one seed share no page seeds."""

    def page_seeds(seed: int, count: int) -> list[int]:
        rng = random.Random(f"{name}-set:{seed}")
        return [rng.randrange(2**32) for _ in range(count)]

    return page_seeds


@dataclass(frozen=True)
class PageSetTool:
    module: str  # "makeup_pages": run as python -m tools.<module>
    layouter: str  # the file that lays the pages out, for the help text
    verb: str  # how the layouter's pages come about ("made up", "set")
    layout_page: Callable[[int, list[dict]], tuple[str, dict]]  # (page seed, articles) -> raw, gold
    page_seeds: Callable[[int, int], list[int]]  # (set seed, count) -> one seed per page
    continued: Callable[[dict], bool]  # whether a gold article is part of one continued
    default_corpus: Path

    def parse_args(self, argv: list[str]) -> argparse.Namespace:
        corpus = f"tests/corpus/{self.default_corpus.name}"
        parser = argparse.ArgumentParser(
            prog=f"python -m tools.{self.module}",
            description=f"Write N pages {self.verb} by {self.layouter} (page-NNN.txt) and their gold "
            "annotations (page-NNN.gold.yaml) into OUT.",
        )
        parser.add_argument(
            "out_dir", type=Path, metavar="OUT", help="folder to write the pages into (created if missing)"
        )
        parser.add_argument("--count", type=int, default=20, metavar="N", help="number of pages (default 20)")
        parser.add_argument("--seed", type=int, default=0, metavar="S", help="seed of the set (default 0)")
        parser.add_argument(
            "--corpus",
            type=Path,
            default=self.default_corpus,
            metavar="PATH",
            help=f"corpus of articles in the tests/corpus format (default {corpus})",
        )
        args = checked_args(parser, argv)
        if args.out_dir.exists() and not args.out_dir.is_dir():
            parser.error(f"OUT {args.out_dir} is a file, not a folder")
        if not corpus_articles(args.corpus):
            parser.error(f"{args.corpus} is not a corpus: no list of articles under 'articles'")
        return args

    def write_pages(self, out_dir: Path, count: int, seed: int, corpus: Path) -> Counter:
        """Write the page pairs; return what they hold, for the summary line."""
        articles = load_articles(corpus)
        out_dir.mkdir(parents=True, exist_ok=True)
        digits = max(3, len(str(count)))
        tally: Counter = Counter()
        for number, page_seed in enumerate(self.page_seeds(seed, count), 1):
            raw, gold = self.layout_page(page_seed, articles)
            write_pair(out_dir, f"page-{number:0{digits}d}", raw, gold)
            tally["pages"] += 1
            tally["articles"] += len(gold["articles"])
            tally["jumps"] += sum(self.continued(a) for a in gold["articles"])
        return tally

    def main(self, argv: list[str] | None = None) -> int:
        args = self.parse_args(sys.argv[1:] if argv is None else argv)
        tally = self.write_pages(args.out_dir, args.count, args.seed, args.corpus)
        held = f"{tally['articles']} articles, {tally['jumps']} continued"
        print(f"wrote {tally['pages']} pages ({held}) to {args.out_dir}")
        return 0
