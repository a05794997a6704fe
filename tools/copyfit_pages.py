"""Write test pages drawn by the copy-fitting layouter (tests/copyfit.py) with their gold.

    python -m tools.copyfit_pages OUT --count N --seed S [--corpus PATH]

OUT receives page-NNN.txt (the raw text of a page) and page-NNN.gold.yaml (its
annotation) for N pages; the same seed always gives the same pages.
"""

from __future__ import annotations

import sys

from tests.copyfit import copyfit_page
from tools.layouter_pages import CORPORA, PageSetTool, named_page_seeds

DEFAULT_CORPUS = CORPORA / "copyfit.yaml"
page_seeds = named_page_seeds("copyfit")

TOOL = PageSetTool(
    module="copyfit_pages",
    layouter="tests/copyfit.py",
    verb="fitted",
    layout_page=copyfit_page,
    page_seeds=page_seeds,
    continued=lambda article: article["copyfit"]["jump"] != "none",
    default_corpus=DEFAULT_CORPUS,
)
main = TOOL.main

if __name__ == "__main__":
    sys.exit(main())
