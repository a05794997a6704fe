#!/usr/bin/env python3
"""Write pages set by the thirty-first layouter (tests.agate.py) and their gold.

    python -m tools.agate_pages OUT [--count 20] [--seed 0] [--corpus tests/corpus/agate.yaml]

writes OUT/page-001.txt and OUT/page-001.gold.yaml, ...; the same --seed gives the same pages.
"""

from __future__ import annotations

import sys

from tests.agate import agate_page
from tools.layouter_pages import CORPORA, PageSetTool, named_page_seeds

TOOL = PageSetTool(
    module="agate_pages",
    layouter="tests.agate.py",
    verb="set",
    layout_page=agate_page,
    page_seeds=named_page_seeds("agate"),
    continued=lambda article: "continued_to" in article,
    default_corpus=CORPORA / "agate.yaml",
)


def main(argv: list[str] | None = None) -> int:
    return TOOL.main(argv)


if __name__ == "__main__":
    sys.exit(main())
