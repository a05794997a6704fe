#!/usr/bin/env python3
"""Write pages set by the thirty-ninth layouter (tests.linotype.py) and their gold.

    python -m tools.linotype_pages OUT [--count 20] [--seed 0] [--corpus tests/corpus/linotype.yaml]

writes OUT/page-001.txt and OUT/page-001.gold.yaml, ...; the same --seed gives the same pages.
"""

from __future__ import annotations

import sys

from tests.linotype import linotype_page
from tools.layouter_pages import CORPORA, PageSetTool, named_page_seeds

TOOL = PageSetTool(
    module="linotype_pages",
    layouter="tests.linotype.py",
    verb="set",
    layout_page=linotype_page,
    page_seeds=named_page_seeds("linotype"),
    # a business daily's park page breaks a story within the page (转下栏) or sends it to another page
    continued=lambda article: "continued_to" in article or "continued_within" in article,
    default_corpus=CORPORA / "linotype.yaml",
)


def main(argv: list[str] | None = None) -> int:
    return TOOL.main(argv)


if __name__ == "__main__":
    sys.exit(main())
