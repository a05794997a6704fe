"""Where the project's own files are: the data the pipeline reads and the site's templates."""

from functools import lru_cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
TEMPLATES = ROOT / "templates"


@lru_cache(maxsize=1)
def topic_table() -> tuple[dict, ...]:
    """data/topics.yaml: each topic's label and weighted terms, in file order (read once)."""
    with open(DATA / "topics.yaml", encoding="utf-8") as f:
        return tuple(yaml.safe_load(f)["topics"])
