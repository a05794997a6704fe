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
from .urls import ARTICLE_PAGES_GLOB, KEPT_PAGES

# Beside a year's pages in the built site: the key of what they were built from.
KEY_FILE = ".inputs-sha256"
# What a year part is built with besides its pages: this code, the indexer's and the build
# runner's, and the packages that render it.
_CODE = [Path(__file__).with_name(name) for name in ("search_index.py", "mkdocs_part.py", "urls.py")]
_PACKAGES = ("mkdocs", "mkdocs-material", "pagefind")


def article_years(docs: Path) -> list[str]:
    """The years of docs/ that hold article pages (YYYY/MM/<id>.md), newest first."""
    years = {path.parts[-3] for path in docs.glob(ARTICLE_PAGES_GLOB)}
    return sorted(years, reverse=True)


def year_keys(config: Path, docs: Path, years: list[str]) -> dict[str, str]:
    """{year: a hash of everything its part is built from}: its pages, what the build still
    draws on those editors own (kept-pages.json), mkdocs.yml with the addresses it resolves
    to, the theme's overrides and hooks (templates/), the park names the index adds, and the
    code and package versions (those read once, for every year). Links to other parts are not
    in it: a link's URL depends only on the path of its target, and a page whose targets
    change is itself rewritten by the build."""
    site = load_site_config(config)
    shared = hashlib.sha256(f"{site.site_url}\0{site.source_url}\0".encode())
    shared.update(" ".join(version(package) for package in _PACKAGES).encode())
    # Named relative to their folder: the key of a checkout does not depend on where it is.
    _add_files(shared, [(path.name, path) for path in (config, *_CODE)])
    for folder, base in ((config.parent / "templates", config.parent), (DATA, DATA.parent)):
        _add_files(shared, _files_under(folder, base))
    kept = _kept_pages(docs)
    keys = {}
    for year in years:
        digest = shared.copy()
        digest.update(
            json.dumps({k: v for k, v in kept.items() if k.startswith(year + "/")}, sort_keys=True).encode()
        )
        _add_files(digest, _files_under(docs / year, docs))
        keys[year] = digest.hexdigest()
    return keys


def _files_under(folder: Path, base: Path) -> list[tuple[str, Path]]:
    return [(path.relative_to(base).as_posix(), path) for path in sorted(folder.rglob("*")) if path.is_file()]


def _add_files(digest, named: list[tuple[str, Path]]) -> None:
    for name, path in named:
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")


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
