"""Write test pages locked up by the lock-up layouter (tests/lockup.py) with their gold.

    python -m tools.lockup_pages OUT --count N --seed S [--corpus PATH]

OUT receives page-NNN.txt (the raw text of a page) and page-NNN.gold.yaml (its
annotation) for N pages; the same seed always gives the same pages.
"""

from __future__ import annotations

import sys

from tests.lockup import lockup_page
from tools.layouter_pages import CORPORA, PageSetTool, named_page_seeds

DEFAULT_CORPUS = CORPORA / "lockup.yaml"
page_seeds = named_page_seeds("lockup")

TOOL = PageSetTool(
    module="lockup_pages",
    layouter="tests/lockup.py",
    verb="locked up",
    layout_page=lockup_page,
    page_seeds=page_seeds,
    continued=lambda article: article["lockup"]["jump"] != "none",
    default_corpus=DEFAULT_CORPUS,
)
main = TOOL.main

if __name__ == "__main__":
    sys.exit(main())
