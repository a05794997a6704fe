"""Write test pages set by the fourth layouter (tests/desk.py) with their gold.

    python -m tools.desk_pages OUT --count N --seed S [--corpus PATH]

OUT receives page-NNN.txt (the raw text of a page) and page-NNN.gold.yaml (its
annotation) for N pages; the same seed always gives the same pages.
"""

from __future__ import annotations

import sys

from tests.desk import desk_page
from tools.layouter_pages import CORPORA, PageSetTool, named_page_seeds

DEFAULT_CORPUS = CORPORA / "desk.yaml"
page_seeds = named_page_seeds("desk")

TOOL = PageSetTool(
    module="desk_pages",
    layouter="tests/desk.py",
    verb="set",
    layout_page=desk_page,
    page_seeds=page_seeds,
    continued=lambda article: article["desk"]["jump"] != "none",
    default_corpus=DEFAULT_CORPUS,
)
main = TOOL.main

if __name__ == "__main__":
    sys.exit(main())
