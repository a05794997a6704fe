#!/usr/bin/env python3
"""Write pages set by the thirty-third layouter (tests.quire.py) and their gold.

    python -m tools.quire_pages OUT [--count 20] [--seed 0] [--corpus tests/corpus/quire.yaml]

writes OUT/page-001.txt and OUT/page-001.gold.yaml, ...; the same --seed gives the same pages.
"""

from __future__ import annotations

import sys

from tests.quire import quire_page
from tools.layouter_pages import CORPORA, PageSetTool, named_page_seeds

TOOL = PageSetTool(
    module="quire_pages",
    layouter="tests.quire.py",
    verb="set",
    layout_page=quire_page,
    page_seeds=named_page_seeds("quire"),
    # the pull-out's stories end on its page: an evening paper's weekly section carries no jump lines
    continued=lambda article: "continued_to" in article,
    default_corpus=CORPORA / "quire.yaml",
)


def main(argv: list[str] | None = None) -> int:
    return TOOL.main(argv)


if __name__ == "__main__":
    sys.exit(main())
