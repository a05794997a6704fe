"""Write test pages made up by the stone-hand layouter (tests/stonehand.py) with their gold.

    python -m tools.stonehand_pages OUT --count N --seed S [--corpus PATH]

OUT receives page-NNN.txt (the raw text of a page) and page-NNN.gold.yaml (its
annotation) for N pages; the same seed always gives the same pages.
"""

from __future__ import annotations

import sys

from tests.stonehand import stonehand_page
from tools.layouter_pages import CORPORA, PageSetTool, named_page_seeds

DEFAULT_CORPUS = CORPORA / "stonehand.yaml"
page_seeds = named_page_seeds("stonehand")

TOOL = PageSetTool(
    module="stonehand_pages",
    layouter="tests/stonehand.py",
    verb="made up",
    layout_page=stonehand_page,
    page_seeds=page_seeds,
    continued=lambda article: article["stonehand"]["jump"] != "none",
    default_corpus=DEFAULT_CORPUS,
)
main = TOOL.main

if __name__ == "__main__":
    sys.exit(main())
