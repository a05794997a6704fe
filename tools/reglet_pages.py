#!/usr/bin/env python3
"""Write pages wedged up by the eighteenth layouter (tests/reglet.py) and their gold.

    python -m tools.reglet_pages OUT [--count 20] [--seed 0] [--corpus tests/corpus/reglet.yaml]

writes OUT/page-001.txt and OUT/page-001.gold.yaml, ...; the same --seed gives the same pages.
"""

from __future__ import annotations

import sys

from tests.reglet import reglet_page
from tools.layouter_pages import CORPORA, PageSetTool, named_page_seeds

TOOL = PageSetTool(
    module="reglet_pages",
    layouter="tests/reglet.py",
    verb="wedged up",
    layout_page=reglet_page,
    page_seeds=named_page_seeds("reglet"),
    continued=lambda article: article["reglet"]["jump"] != "none",
    default_corpus=CORPORA / "reglet.yaml",
)


def main(argv: list[str] | None = None) -> int:
    return TOOL.main(argv)


if __name__ == "__main__":
    sys.exit(main())
