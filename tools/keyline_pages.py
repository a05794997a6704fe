"""Write test pages drawn by the keyline layouter (tests/keyline.py) with their gold.

    python -m tools.keyline_pages OUT --count N --seed S [--corpus PATH]

OUT receives page-NNN.txt (the raw text of a page) and page-NNN.gold.yaml (its
annotation) for N pages; the same seed always gives the same pages.
"""

from __future__ import annotations

import sys

from tests.keyline import keyline_page
from tools.layouter_pages import CORPORA, PageSetTool, named_page_seeds

DEFAULT_CORPUS = CORPORA / "keyline.yaml"
page_seeds = named_page_seeds("keyline")

TOOL = PageSetTool(
    module="keyline_pages",
    layouter="tests/keyline.py",
    verb="made up",
    layout_page=keyline_page,
    page_seeds=page_seeds,
    continued=lambda article: article["keyline"]["jump"] != "none",
    default_corpus=DEFAULT_CORPUS,
)
main = TOOL.main

if __name__ == "__main__":
    sys.exit(main())
