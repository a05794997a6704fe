#!/usr/bin/env python3
"""Write pages cast by the nineteenth layouter (tests/slug.py) and their gold.

    python -m tools.slug_pages OUT [--count 20] [--seed 0] [--corpus tests/corpus/slug.yaml]

writes OUT/page-001.txt and OUT/page-001.gold.yaml, ...; the same --seed gives the same pages.
"""

from __future__ import annotations

import sys

from tests.slug import slug_page
from tools.layouter_pages import CORPORA, PageSetTool, named_page_seeds

TOOL = PageSetTool(
    module="slug_pages",
    layouter="tests/slug.py",
    verb="cast",
    layout_page=slug_page,
    page_seeds=named_page_seeds("slug"),
    continued=lambda article: article["slug"]["jump"] != "none",
    default_corpus=CORPORA / "slug.yaml",
)


def main(argv: list[str] | None = None) -> int:
    return TOOL.main(argv)


if __name__ == "__main__":
    sys.exit(main())
