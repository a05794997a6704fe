#!/usr/bin/env python3
"""Write pages set by the twenty-eighth layouter (tests/bodkin.py) and their gold.

    python -m tools.bodkin_pages OUT [--count 20] [--seed 0] [--corpus tests/corpus/bodkin.yaml]

writes OUT/page-001.txt and OUT/page-001.gold.yaml, ...; the same --seed gives the same pages.
"""

from __future__ import annotations

import sys

from tests.bodkin import bodkin_page
from tools.layouter_pages import CORPORA, PageSetTool, named_page_seeds

TOOL = PageSetTool(
    module="bodkin_pages",
    layouter="tests/bodkin.py",
    verb="set",
    layout_page=bodkin_page,
    page_seeds=named_page_seeds("bodkin"),
    continued=lambda article: False,  # the page carries no jumps
    default_corpus=CORPORA / "bodkin.yaml",
)


def main(argv: list[str] | None = None) -> int:
    return TOOL.main(argv)


if __name__ == "__main__":
    sys.exit(main())
