"""The site split by year (`build --site site --split-years`): what each part is made of.

The root part holds every page but the articles (home, issues, parks, topics, archive,
search, feeds, the theme's assets); each year's articles (docs/YYYY/) are a part of their
own, at the URLs they have in the whole site, with their own search index in YYYY/pagefind/.
A year's part is rebuilt only when what it is made of changed, which its key says.
"""

from __future__ import annotations

import hashlib
import json
from importlib.metadata import version
from pathlib import Path

from ..resources import DATA
from .config import load_site_config
from .urls import KEPT_PAGES

# Beside a year's pages in the built site: the key of what they were built from.
KEY_FILE = ".inputs-sha256"
# What a year part is built with besides its pages: this code, the indexer's and the build
# runner's, and the packages that render it.
_CODE = [Path(__file__).with_name(name) for name in ("search_index.py", "mkdocs_part.py", "urls.py")]
_PACKAGES = ("mkdocs", "mkdocs-material", "pagefind")


def article_years(docs: Path) -> list[str]:
    """The years of docs/ that hold article pages (YYYY/MM/<id>.md), newest first."""
    years = {path.parts[-3] for path in docs.glob("[0-9][0-9][0-9][0-9]/[0-9][0-9]/*.md")}
    return sorted(years, reverse=True)


def year_key(config: Path, docs: Path, year: str) -> str:
    """A hash of everything a year's part is built from: its pages, what the build still draws
    on those editors own (kept-pages.json), mkdocs.yml with the addresses it resolves to, the
    theme's overrides and hooks (templates/), the park names the index adds, and the code and
    package versions. Links to other parts are not in it: a link's URL depends only on the
    path of its target, and a page whose targets change is itself rewritten by the build."""
    digest = hashlib.sha256()
    site = load_site_config(config)
    digest.update(f"{site.site_url}\0{site.source_url}\0".encode())
    digest.update(" ".join(version(package) for package in _PACKAGES).encode())
    kept = _kept_pages(docs)
    digest.update(
        json.dumps({k: v for k, v in kept.items() if k.startswith(year + "/")}, sort_keys=True).encode()
    )
    # Named relative to their folder: the key of a checkout does not depend on where it is.
    named = [(path.name, path) for path in (config, *_CODE)]
    for folder, base in (
        (docs / year, docs),
        (config.parent / "templates", config.parent),
        (DATA, DATA.parent),
    ):
        named += [
            (path.relative_to(base).as_posix(), path) for path in sorted(folder.rglob("*")) if path.is_file()
        ]
    for name, path in named:
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _kept_pages(docs: Path) -> dict:
    try:
        return json.loads((docs / KEPT_PAGES).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}


def built_key(site: Path, year: str) -> str | None:
    """The key of the year's part in a built site, None if it has none."""
    try:
        return (site / year / KEY_FILE).read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError):
        return None
