#!/usr/bin/env python3
"""Write pages set by the thirtieth layouter (tests.pica.py) and their gold.

    python -m tools.pica_pages OUT [--count 20] [--seed 0] [--corpus tests/corpus/pica.yaml]

writes OUT/page-001.txt and OUT/page-001.gold.yaml, ...; the same --seed gives the same pages.
"""

from __future__ import annotations

import sys

from tests.pica import pica_page
from tools.layouter_pages import CORPORA, PageSetTool, named_page_seeds

TOOL = PageSetTool(
    module="pica_pages",
    layouter="tests.pica.py",
    verb="set",
    layout_page=pica_page,
    page_seeds=named_page_seeds("pica"),
    continued=lambda article: False,
    default_corpus=CORPORA / "pica.yaml",
)


def main(argv: list[str] | None = None) -> int:
    return TOOL.main(argv)


if __name__ == "__main__":
    sys.exit(main())
