#!/usr/bin/env python3
"""Write pages set by the twenty-ninth layouter (tests/kern.py) and their gold.

    python -m tools.kern_pages OUT [--count 20] [--seed 0] [--corpus tests/corpus/kern.yaml]

writes OUT/page-001.txt and OUT/page-001.gold.yaml, ...; the same --seed gives the same pages.
"""

from __future__ import annotations

import sys

from tests.kern import kern_page
from tools.layouter_pages import CORPORA, PageSetTool, named_page_seeds

TOOL = PageSetTool(
    module="kern_pages",
    layouter="tests/kern.py",
    verb="set",
    layout_page=kern_page,
    page_seeds=named_page_seeds("kern"),
    continued=lambda article: False,  # no story jumps to another page here
    default_corpus=CORPORA / "kern.yaml",
)


def main(argv: list[str] | None = None) -> int:
    return TOOL.main(argv)


if __name__ == "__main__":
    sys.exit(main())
