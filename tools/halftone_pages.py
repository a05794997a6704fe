#!/usr/bin/env python3
"""Write pages set by the thirty-eighth layouter (tests.halftone.py) and their gold.

    python -m tools.halftone_pages OUT [--count 20] [--seed 0] [--corpus tests/corpus/halftone.yaml]

writes OUT/page-001.txt and OUT/page-001.gold.yaml, ...; the same --seed gives the same pages.
"""

from __future__ import annotations

import sys

from tests.halftone import halftone_page
from tools.layouter_pages import CORPORA, PageSetTool, named_page_seeds

TOOL = PageSetTool(
    module="halftone_pages",
    layouter="tests.halftone.py",
    verb="set",
    layout_page=halftone_page,
    page_seeds=named_page_seeds("halftone"),
    # a trade weekly's park page continues a page-1 story at its top and may send one on to a later page
    continued=lambda article: "continued_from" in article or "continued_to" in article,
    default_corpus=CORPORA / "halftone.yaml",
)


def main(argv: list[str] | None = None) -> int:
    return TOOL.main(argv)


if __name__ == "__main__":
    sys.exit(main())
