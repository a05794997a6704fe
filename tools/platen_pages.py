#!/usr/bin/env python3
"""Write pages set by the twenty-fifth layouter (tests/platen.py) and their gold.

    python -m tools.platen_pages OUT [--count 20] [--seed 0] [--corpus tests/corpus/platen.yaml]

writes OUT/page-001.txt and OUT/page-001.gold.yaml, ...; the same --seed gives the same pages.
"""

from __future__ import annotations

import sys

from tests.platen import platen_page
from tools.layouter_pages import CORPORA, PageSetTool, named_page_seeds

TOOL = PageSetTool(
    module="platen_pages",
    layouter="tests/platen.py",
    verb="set",
    layout_page=platen_page,
    page_seeds=named_page_seeds("platen"),
    continued=lambda article: article["platen"]["jump"] != "none",
    default_corpus=CORPORA / "platen.yaml",
)


def main(argv: list[str] | None = None) -> int:
    return TOOL.main(argv)


if __name__ == "__main__":
    sys.exit(main())
