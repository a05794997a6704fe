#!/usr/bin/env python3
"""Write pages set by the thirty-fourth layouter (tests.verso.py) and their gold.

    python -m tools.verso_pages OUT [--count 20] [--seed 0] [--corpus tests/corpus/verso.yaml]

writes OUT/page-001.txt and OUT/page-001.gold.yaml, ...; the same --seed gives the same pages.
"""

from __future__ import annotations

import sys

from tests.verso import verso_page
from tools.layouter_pages import CORPORA, PageSetTool, named_page_seeds

TOOL = PageSetTool(
    module="verso_pages",
    layouter="tests.verso.py",
    verb="set",
    layout_page=verso_page,
    page_seeds=named_page_seeds("verso"),
    # a weekly markets page sets its stories whole: no story jumps to another page
    continued=lambda article: "continued_to" in article,
    default_corpus=CORPORA / "verso.yaml",
)


def main(argv: list[str] | None = None) -> int:
    return TOOL.main(argv)


if __name__ == "__main__":
    sys.exit(main())
