"""Write test pages locked into the chase by the chase layouter (tests/chase.py) with their gold.

    python -m tools.chase_pages OUT --count N --seed S [--corpus PATH]

OUT receives page-NNN.txt (the raw text of a page) and page-NNN.gold.yaml (its
annotation) for N pages; the same seed always gives the same pages.
"""

from __future__ import annotations

import sys

from tests.chase import chase_page
from tools.layouter_pages import CORPORA, PageSetTool, named_page_seeds

DEFAULT_CORPUS = CORPORA / "chase.yaml"
page_seeds = named_page_seeds("chase")

TOOL = PageSetTool(
    module="chase_pages",
    layouter="tests/chase.py",
    verb="locked into the chase",
    layout_page=chase_page,
    page_seeds=page_seeds,
    continued=lambda article: article["chase"]["jump"] != "none",
    default_corpus=DEFAULT_CORPUS,
)
main = TOOL.main

if __name__ == "__main__":
    sys.exit(main())
