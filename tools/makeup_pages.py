"""Write test pages made up by the third layouter (tests/makeup.py) with their gold.

    python -m tools.makeup_pages OUT --count N --seed S [--corpus PATH]

OUT receives page-NNN.txt (the raw text of a page) and page-NNN.gold.yaml (its
annotation) for N pages; the same seed always gives the same pages.
"""

from __future__ import annotations

import random
import sys

from tests.makeup import makeup_page
from tools.layouter_pages import CORPORA, PageSetTool

DEFAULT_CORPUS = CORPORA / "wire.yaml"


def page_seeds(seed: int, count: int) -> list[int]:
    """One seed per page, drawn from the set's seed, so that page k is the same in a longer set.
    Drawn with randrange, not pagegen's getrandbits: the sets the README measures are these."""
    rng = random.Random(seed)
    return [rng.randrange(2**32) for _ in range(count)]


TOOL = PageSetTool(
    module="makeup_pages",
    layouter="tests/makeup.py",
    verb="made up",
    layout_page=makeup_page,
    page_seeds=page_seeds,
    continued=lambda article: bool(article["jumps"]),
    default_corpus=DEFAULT_CORPUS,
)
main = TOOL.main

if __name__ == "__main__":
    sys.exit(main())
