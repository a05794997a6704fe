#!/usr/bin/env python3
"""Write pages set by the twenty-fourth layouter (tests/brayer.py) and their gold.

    python -m tools.brayer_pages OUT [--count 20] [--seed 0] [--corpus tests/corpus/brayer.yaml]

writes OUT/page-001.txt and OUT/page-001.gold.yaml, ...; the same --seed gives the same pages.
"""

from __future__ import annotations

import sys

from tests.brayer import brayer_page
from tools.layouter_pages import CORPORA, PageSetTool, named_page_seeds

TOOL = PageSetTool(
    module="brayer_pages",
    layouter="tests/brayer.py",
    verb="set",
    layout_page=brayer_page,
    page_seeds=named_page_seeds("brayer"),
    continued=lambda article: article["brayer"]["jump"] != "none",
    default_corpus=CORPORA / "brayer.yaml",
)


def main(argv: list[str] | None = None) -> int:
    return TOOL.main(argv)


if __name__ == "__main__":
    sys.exit(main())
