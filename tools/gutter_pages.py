#!/usr/bin/env python3
"""Write pages laid out by the twenty-first layouter (tests/gutter.py) and their gold.

    python -m tools.gutter_pages OUT [--count 20] [--seed 0] [--corpus tests/corpus/gutter.yaml]

writes OUT/page-001.txt and OUT/page-001.gold.yaml, ...; the same --seed gives the same pages.
"""

from __future__ import annotations

import sys

from tests.gutter import gutter_page
from tools.layouter_pages import CORPORA, PageSetTool, named_page_seeds

TOOL = PageSetTool(
    module="gutter_pages",
    layouter="tests/gutter.py",
    verb="laid out",
    layout_page=gutter_page,
    page_seeds=named_page_seeds("gutter"),
    continued=lambda article: False,  # this layouter continues no story on another page
    default_corpus=CORPORA / "gutter.yaml",
)


def main(argv: list[str] | None = None) -> int:
    return TOOL.main(argv)


if __name__ == "__main__":
    sys.exit(main())
