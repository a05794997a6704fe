"""Write test pages set by the eighth layouter (tests/platemaker.py) with their gold.

    python -m tools.platemaker_pages OUT --count N --seed S [--corpus PATH]

OUT receives page-NNN.txt (the raw text of a page) and page-NNN.gold.yaml (its
annotation) for N pages; the same seed always gives the same pages.
"""

from __future__ import annotations

import sys

from tests.platemaker import platemaker_page
from tools.layouter_pages import CORPORA, PageSetTool, named_page_seeds

DEFAULT_CORPUS = CORPORA / "platemaker.yaml"
page_seeds = named_page_seeds("platemaker")

TOOL = PageSetTool(
    module="platemaker_pages",
    layouter="tests/platemaker.py",
    verb="set",
    layout_page=platemaker_page,
    page_seeds=page_seeds,
    continued=lambda article: article["platemaker"]["jump"] != "none",
    default_corpus=DEFAULT_CORPUS,
)
main = TOOL.main

if __name__ == "__main__":
    sys.exit(main())
