"""Write test pages made up into the forme by the forme layouter (tests/forme.py) with their gold.

    python -m tools.forme_pages OUT --count N --seed S [--corpus PATH]

OUT receives page-NNN.txt (the raw text of a page) and page-NNN.gold.yaml (its
annotation) for N pages; the same seed always gives the same pages.
"""

from __future__ import annotations

import sys

from tests.forme import forme_page
from tools.layouter_pages import CORPORA, PageSetTool, named_page_seeds

DEFAULT_CORPUS = CORPORA / "forme.yaml"
page_seeds = named_page_seeds("forme")

TOOL = PageSetTool(
    module="forme_pages",
    layouter="tests/forme.py",
    verb="made up into the forme",
    layout_page=forme_page,
    page_seeds=page_seeds,
    continued=lambda article: article["forme"]["jump"] != "none",
    default_corpus=DEFAULT_CORPUS,
)
main = TOOL.main

if __name__ == "__main__":
    sys.exit(main())
