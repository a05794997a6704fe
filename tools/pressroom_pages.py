"""Write test pages set by the seventh layouter (tests/pressroom.py) with their gold.

    python -m tools.pressroom_pages OUT --count N --seed S [--corpus PATH]

OUT receives page-NNN.txt (the raw text of a page) and page-NNN.gold.yaml (its
annotation) for N pages; the same seed always gives the same pages.
"""

from __future__ import annotations

import sys

from tests.pressroom import pressroom_page
from tools.layouter_pages import CORPORA, PageSetTool, named_page_seeds

DEFAULT_CORPUS = CORPORA / "pressroom.yaml"
page_seeds = named_page_seeds("pressroom")

TOOL = PageSetTool(
    module="pressroom_pages",
    layouter="tests/pressroom.py",
    verb="set",
    layout_page=pressroom_page,
    page_seeds=page_seeds,
    continued=lambda article: article["pressroom"]["jump"] != "none",
    default_corpus=DEFAULT_CORPUS,
)
main = TOOL.main

if __name__ == "__main__":
    sys.exit(main())
