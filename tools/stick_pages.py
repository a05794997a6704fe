#!/usr/bin/env python3
"""Write pages set by the twentieth layouter (tests/stick.py) and their gold.

    python -m tools.stick_pages OUT [--count 20] [--seed 0] [--corpus tests/corpus/stick.yaml]

writes OUT/page-001.txt and OUT/page-001.gold.yaml, ...; the same --seed gives the same pages.
"""

from __future__ import annotations

import sys

from tests.stick import stick_page
from tools.layouter_pages import CORPORA, PageSetTool, named_page_seeds

TOOL = PageSetTool(
    module="stick_pages",
    layouter="tests/stick.py",
    verb="set",
    layout_page=stick_page,
    page_seeds=named_page_seeds("stick"),
    continued=lambda article: article["stick"]["jump"] != "none",
    default_corpus=CORPORA / "stick.yaml",
)


def main(argv: list[str] | None = None) -> int:
    return TOOL.main(argv)


if __name__ == "__main__":
    sys.exit(main())
