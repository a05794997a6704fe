#!/usr/bin/env python3
"""Write pages set by the fortieth layouter (tests.gravure.py) and their gold.

    python -m tools.gravure_pages OUT [--count 20] [--seed 0] [--corpus tests/corpus/gravure.yaml]

writes OUT/page-001.txt and OUT/page-001.gold.yaml, ...; the same --seed gives the same pages.
"""

from __future__ import annotations

import sys

from tests.gravure import gravure_page
from tools.layouter_pages import CORPORA, PageSetTool, named_page_seeds

TOOL = PageSetTool(
    module="gravure_pages",
    layouter="tests.gravure.py",
    verb="set",
    layout_page=gravure_page,
    page_seeds=named_page_seeds("gravure"),
    # a special section sets every story whole on its page: nothing is continued
    continued=lambda article: False,
    default_corpus=CORPORA / "gravure.yaml",
)


def main(argv: list[str] | None = None) -> int:
    return TOOL.main(argv)


if __name__ == "__main__":
    sys.exit(main())
