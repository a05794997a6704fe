"""Write test pages set by the fifth layouter (tests/compositor.py) with their gold.

    python -m tools.compositor_pages OUT --count N --seed S [--corpus PATH]

OUT receives page-NNN.txt (the raw text of a page) and page-NNN.gold.yaml (its
annotation) for N pages; the same seed always gives the same pages.
"""

from __future__ import annotations

import sys

from tests.compositor import compositor_page
from tools.layouter_pages import CORPORA, PageSetTool, named_page_seeds

DEFAULT_CORPUS = CORPORA / "compositor.yaml"
page_seeds = named_page_seeds("compositor")

TOOL = PageSetTool(
    module="compositor_pages",
    layouter="tests/compositor.py",
    verb="set",
    layout_page=compositor_page,
    page_seeds=page_seeds,
    continued=lambda article: article["compositor"]["jump"] != "none",
    default_corpus=DEFAULT_CORPUS,
)
main = TOOL.main

if __name__ == "__main__":
    sys.exit(main())
