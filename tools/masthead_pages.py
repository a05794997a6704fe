#!/usr/bin/env python3
"""Write pages set by the thirty-seventh layouter (tests.masthead.py) and their gold.

    python -m tools.masthead_pages OUT [--count 20] [--seed 0] [--corpus tests/corpus/masthead.yaml]

writes OUT/page-001.txt and OUT/page-001.gold.yaml, ...; the same --seed gives the same pages.
"""

from __future__ import annotations

import sys

from tests.masthead import masthead_page
from tools.layouter_pages import CORPORA, PageSetTool, named_page_seeds

TOOL = PageSetTool(
    module="masthead_pages",
    layouter="tests.masthead.py",
    verb="set",
    layout_page=masthead_page,
    page_seeds=named_page_seeds("masthead"),
    # an in-house paper's member-park page prints each story whole: none jumps to another page
    continued=lambda article: False,
    default_corpus=CORPORA / "masthead.yaml",
)


def main(argv: list[str] | None = None) -> int:
    return TOOL.main(argv)


if __name__ == "__main__":
    sys.exit(main())
