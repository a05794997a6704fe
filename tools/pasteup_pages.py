"""Write test pages pasted up by the eleventh layouter (tests/pasteup.py) with their gold.

    python -m tools.pasteup_pages OUT --count N --seed S [--corpus PATH]

OUT receives page-NNN.txt (the raw text of a page) and page-NNN.gold.yaml (its
annotation) for N pages; the same seed always gives the same pages.
"""

from __future__ import annotations

import sys

from tests.pasteup import pasteup_page
from tools.layouter_pages import CORPORA, PageSetTool, named_page_seeds

DEFAULT_CORPUS = CORPORA / "pasteup.yaml"
page_seeds = named_page_seeds("pasteup")

TOOL = PageSetTool(
    module="pasteup_pages",
    layouter="tests/pasteup.py",
    verb="pasted up",
    layout_page=pasteup_page,
    page_seeds=page_seeds,
    continued=lambda article: article["pasteup"]["jump"] != "none",
    default_corpus=DEFAULT_CORPUS,
)
main = TOOL.main

if __name__ == "__main__":
    sys.exit(main())
