#!/usr/bin/env python3
"""Write pages set by the twenty-seventh layouter (tests/proof.py) and their gold.

    python -m tools.proof_pages OUT [--count 20] [--seed 0] [--corpus tests/corpus/proof.yaml]

writes OUT/page-001.txt and OUT/page-001.gold.yaml, ...; the same --seed gives the same pages.
"""

from __future__ import annotations

import sys

from tests.proof import proof_page
from tools.layouter_pages import CORPORA, PageSetTool, named_page_seeds

TOOL = PageSetTool(
    module="proof_pages",
    layouter="tests/proof.py",
    verb="proofed",
    layout_page=proof_page,
    page_seeds=named_page_seeds("proof"),
    continued=lambda article: article["proof"]["jump"] != "none",
    default_corpus=CORPORA / "proof.yaml",
)


def main(argv: list[str] | None = None) -> int:
    return TOOL.main(argv)


if __name__ == "__main__":
    sys.exit(main())
