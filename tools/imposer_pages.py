"""Write test pages set by the sixth layouter (tests/imposer.py) with their gold.

    python -m tools.imposer_pages OUT --count N --seed S [--corpus PATH]

OUT receives page-NNN.txt (the raw text of a page) and page-NNN.gold.yaml (its
annotation) for N pages; the same seed always gives the same pages.
"""

from __future__ import annotations

import sys

from tests.imposer import imposer_page
from tools.layouter_pages import CORPORA, PageSetTool, named_page_seeds

DEFAULT_CORPUS = CORPORA / "imposer.yaml"
page_seeds = named_page_seeds("imposer")

TOOL = PageSetTool(
    module="imposer_pages",
    layouter="tests/imposer.py",
    verb="set",
    layout_page=imposer_page,
    page_seeds=page_seeds,
    continued=lambda article: article["imposer"]["jump"] != "none",
    default_corpus=DEFAULT_CORPUS,
)
main = TOOL.main

if __name__ == "__main__":
    sys.exit(main())
