"""Write test pages made up by the galley layouter (tests/galley.py) with their gold.

    python -m tools.galley_pages OUT --count N --seed S [--corpus PATH]

OUT receives page-NNN.txt (the raw text of a page) and page-NNN.gold.yaml (its
annotation) for N pages; the same seed always gives the same pages.
"""

from __future__ import annotations

import sys

from tests.galley import galley_page
from tools.layouter_pages import CORPORA, PageSetTool, named_page_seeds

DEFAULT_CORPUS = CORPORA / "galley.yaml"
page_seeds = named_page_seeds("galley")

TOOL = PageSetTool(
    module="galley_pages",
    layouter="tests/galley.py",
    verb="made up",
    layout_page=galley_page,
    page_seeds=page_seeds,
    continued=lambda article: article["galley"]["jump"] != "none",
    default_corpus=DEFAULT_CORPUS,
)
main = TOOL.main

if __name__ == "__main__":
    sys.exit(main())
