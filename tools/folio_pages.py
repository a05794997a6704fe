#!/usr/bin/env python3
"""Write pages set by the thirty-second layouter (tests.folio.py) and their gold.

    python -m tools.folio_pages OUT [--count 20] [--seed 0] [--corpus tests/corpus/folio.yaml]

writes OUT/page-001.txt and OUT/page-001.gold.yaml, ...; the same --seed gives the same pages.
"""

from __future__ import annotations

import sys

from tests.folio import folio_page
from tools.layouter_pages import CORPORA, PageSetTool, named_page_seeds

TOOL = PageSetTool(
    module="folio_pages",
    layouter="tests.folio.py",
    verb="set",
    layout_page=folio_page,
    page_seeds=named_page_seeds("folio"),
    # the folio pages carry no jump lines: a special edition's stories end on the page
    continued=lambda article: "continued_to" in article,
    default_corpus=CORPORA / "folio.yaml",
)


def main(argv: list[str] | None = None) -> int:
    return TOOL.main(argv)


if __name__ == "__main__":
    sys.exit(main())
