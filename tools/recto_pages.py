#!/usr/bin/env python3
"""Write pages set by the thirty-sixth layouter (tests.recto.py) and their gold.

    python -m tools.recto_pages OUT [--count 20] [--seed 0] [--corpus tests/corpus/recto.yaml]

writes OUT/page-001.txt and OUT/page-001.gold.yaml, ...; the same --seed gives the same pages.
"""

from __future__ import annotations

import sys

from tests.recto import recto_page
from tools.layouter_pages import CORPORA, PageSetTool, named_page_seeds

TOOL = PageSetTool(
    module="recto_pages",
    layouter="tests.recto.py",
    verb="set",
    layout_page=recto_page,
    page_seeds=named_page_seeds("recto"),
    # a weekly supplement's page holds its stories whole: none jumps to another page
    continued=lambda article: False,
    default_corpus=CORPORA / "recto.yaml",
)


def main(argv: list[str] | None = None) -> int:
    return TOOL.main(argv)


if __name__ == "__main__":
    sys.exit(main())
