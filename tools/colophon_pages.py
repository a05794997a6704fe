#!/usr/bin/env python3
"""Write pages set by the thirty-fifth layouter (tests.colophon.py) and their gold.

    python -m tools.colophon_pages OUT [--count 20] [--seed 0] [--corpus tests/corpus/colophon.yaml]

writes OUT/page-001.txt and OUT/page-001.gold.yaml, ...; the same --seed gives the same pages.
"""

from __future__ import annotations

import sys

from tests.colophon import colophon_page
from tools.layouter_pages import CORPORA, PageSetTool, named_page_seeds

TOOL = PageSetTool(
    module="colophon_pages",
    layouter="tests.colophon.py",
    verb="set",
    layout_page=colophon_page,
    page_seeds=named_page_seeds("colophon"),
    # a digest's page jumps a story both ways: （下转第N版） after its start, （上接第1版） before its end
    continued=lambda article: "continued_to" in article or "continued_from" in article,
    default_corpus=CORPORA / "colophon.yaml",
)


def main(argv: list[str] | None = None) -> int:
    return TOOL.main(argv)


if __name__ == "__main__":
    sys.exit(main())
