"""What a page or feed is made from, as one hash: the build renders a page again only when
its key changes (editorial/record.py keeps the key of every file it wrote).

A key covers the code and templates that render (`code`, from the build), the site's
configuration, and every value the page's template is given. An article stands in a key
for all of its own data (Entry's fields but its links to other entries, whatever fields
the Article has), hashed once per build; paths of files are left out (they say where
the checkout is, which no page shows); pages that show an article's neighbours or
related articles name those entries in their key, so a change to any of them renders
the page again.
"""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

from ..models import Article
from .config import SiteConfig

# Field metadata of a dataclass field that links to another object of the archive (an
# Entry's neighbours): left out of the object's own key, which pages name it by.
LINK = "link"


class Keys:
    """Keys of the pages of one build."""

    def __init__(self, code: str, config: SiteConfig):
        # Each dataclass instance (an article, an issue) is encoded once; the memo holds it,
        # so its id is not reused meanwhile.
        self._done: dict[int, tuple[object, str]] = {}
        self._base = f"{code}\0{self._encode(config)}\0"

    def of(self, *parts: object) -> str:
        """The key of a page made from `parts` (values, entries, lists and dataclasses of them)."""
        return _hash(self._base + self._encode(parts))

    def _encode(self, value: object) -> str:
        if isinstance(value, (str, int, float, type(None), Article)):
            return repr(value)  # an article's repr: all of its fields, plain text data
        if isinstance(value, (list, tuple)):
            return "[" + ",".join(self._encode(item) for item in value) + "]"
        if isinstance(value, (set, frozenset)):
            return "{" + ",".join(sorted(self._encode(item) for item in value)) + "}"
        if isinstance(value, dict):
            return "{" + ",".join(f"{self._encode(k)}:{self._encode(v)}" for k, v in value.items()) + "}"
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return self._dataclass(value)
        if isinstance(value, Path):  # where this checkout is (docs_dir, an issue's folder): no page shows it
            return "Path"
        if callable(value):  # e.g. a URL maker: what it does is code and config
            return getattr(value, "__qualname__", type(value).__name__)
        return repr(value)

    def _dataclass(self, value: object) -> str:
        """Its fields (an Entry's but its links to other entries), hashed once per instance."""
        done = self._done.get(id(value))
        if done is None:
            fields = tuple(
                getattr(value, f.name) for f in dataclasses.fields(value) if not f.metadata.get(LINK)
            )
            done = self._done[id(value)] = (value, _hash(type(value).__name__ + self._encode(fields)))
        return done[1]


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
