#!/usr/bin/env python3
"""Write pages set by the twenty-third layouter (tests/tympan.py) and their gold.

    python -m tools.tympan_pages OUT [--count 20] [--seed 0] [--corpus tests/corpus/tympan.yaml]

writes OUT/page-001.txt and OUT/page-001.gold.yaml, ...; the same --seed gives the same pages.
"""

from __future__ import annotations

import sys

from tests.tympan import tympan_page
from tools.layouter_pages import CORPORA, PageSetTool, named_page_seeds

TOOL = PageSetTool(
    module="tympan_pages",
    layouter="tests/tympan.py",
    verb="set",
    layout_page=tympan_page,
    page_seeds=named_page_seeds("tympan"),
    continued=lambda article: False,  # no story on these pages jumps to another
    default_corpus=CORPORA / "tympan.yaml",
)


def main(argv: list[str] | None = None) -> int:
    return TOOL.main(argv)


if __name__ == "__main__":
    sys.exit(main())
