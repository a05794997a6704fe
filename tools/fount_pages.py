#!/usr/bin/env python3
"""Write pages set by the twenty-sixth layouter (tests/fount.py) and their gold.

    python -m tools.fount_pages OUT [--count 20] [--seed 0] [--corpus tests/corpus/fount.yaml]

writes OUT/page-001.txt and OUT/page-001.gold.yaml, ...; the same --seed gives the same pages.
"""

from __future__ import annotations

import sys

from tests.fount import fount_page
from tools.layouter_pages import CORPORA, PageSetTool, named_page_seeds

TOOL = PageSetTool(
    module="fount_pages",
    layouter="tests/fount.py",
    verb="set",
    layout_page=fount_page,
    page_seeds=named_page_seeds("fount"),
    continued=lambda article: article["fount"]["split"] != "whole",
    default_corpus=CORPORA / "fount.yaml",
)


def main(argv: list[str] | None = None) -> int:
    return TOOL.main(argv)


if __name__ == "__main__":
    sys.exit(main())
