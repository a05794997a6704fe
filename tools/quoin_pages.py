"""Write test pages wedged up by the quoin layouter (tests/quoin.py) with their gold.

    python -m tools.quoin_pages OUT --count N --seed S [--corpus PATH]

OUT receives page-NNN.txt (the raw text of a page) and page-NNN.gold.yaml (its
annotation) for N pages; the same seed always gives the same pages.
"""

from __future__ import annotations

import sys

from tests.quoin import quoin_page
from tools.layouter_pages import CORPORA, PageSetTool, named_page_seeds

DEFAULT_CORPUS = CORPORA / "quoin.yaml"
page_seeds = named_page_seeds("quoin")

TOOL = PageSetTool(
    module="quoin_pages",
    layouter="tests/quoin.py",
    verb="wedged up",
    layout_page=quoin_page,
    page_seeds=page_seeds,
    continued=lambda article: article["quoin"]["jump"] != "none",
    default_corpus=DEFAULT_CORPUS,
)
main = TOOL.main

if __name__ == "__main__":
    sys.exit(main())
