#!/usr/bin/env python3
"""Write pages made up by the twenty-second layouter (tests/frisket.py) and their gold.

    python -m tools.frisket_pages OUT [--count 20] [--seed 0] [--corpus tests/corpus/frisket.yaml]

writes OUT/page-001.txt and OUT/page-001.gold.yaml, ...; the same --seed gives the same pages.
"""

from __future__ import annotations

import sys

from tests.frisket import frisket_page
from tools.layouter_pages import CORPORA, PageSetTool, named_page_seeds

TOOL = PageSetTool(
    module="frisket_pages",
    layouter="tests/frisket.py",
    verb="made up",
    layout_page=frisket_page,
    page_seeds=named_page_seeds("frisket"),
    continued=lambda article: False,
    default_corpus=CORPORA / "frisket.yaml",
)


def main(argv: list[str] | None = None) -> int:
    return TOOL.main(argv)


if __name__ == "__main__":
    sys.exit(main())
