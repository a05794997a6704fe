"""One part of the site split by year: MkDocs --strict over the whole docs/, every page outside
the part excluded.

    python -m digest.site.mkdocs_part CONFIG SITE_DIR --year 2021
    python -m digest.site.mkdocs_part CONFIG SITE_DIR --root 2022 2021   (the years, newest first)

A year part renders that year's article pages; the root part renders every other page and
copies the feeds, and its search page merges the years' search indexes. MkDocs still reads
every page's path, so a link to a page of another part is checked (a missing page fails the
build) and written as the relative URL it has in the whole site: MkDocs logs a link to an
excluded page at INFO and resolves it. The parts, put side by side, are the whole site.

MkDocs' command line takes no configuration overrides, hence this module: the configuration
is mkdocs.yml as it is (its relative paths still resolve from its folder), plus the exclusions.
"""

from __future__ import annotations

import argparse
import logging
import sys

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, MkDocsException

# gitignore patterns over docs/ (MkDocs' exclude_docs): article pages live in YYYY/ folders.
ARTICLE_YEARS = "/[0-9][0-9][0-9][0-9]/"


def year_exclusions(year: str) -> str:
    """Everything but docs/<year>/."""
    return f"/*\n!/{year}/\n"


def build_part(config_file: str, site_dir: str, exclude: str, year_sites: list[str] | None = None) -> None:
    config = load_config(config_file, site_dir=site_dir, exclude_docs=exclude, strict=True)
    if year_sites is not None:
        # The search page (templates/overrides/search.html) loads these years' indexes.
        config.extra["year_sites"] = year_sites
    build(config)


def _log_like_mkdocs() -> None:
    """MkDocs' own "LEVEL    -  message" lines on stderr, which digest.build filters and shows."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("config")
    parser.add_argument("site_dir")
    part = parser.add_mutually_exclusive_group(required=True)
    part.add_argument("--year", help="build this year's article pages")
    part.add_argument(
        "--root", nargs="*", metavar="YEAR", help="build the other pages; the years, newest first"
    )
    args = parser.parse_args(argv)
    _log_like_mkdocs()
    try:
        if args.year:
            build_part(args.config, args.site_dir, year_exclusions(args.year))
        else:
            build_part(args.config, args.site_dir, ARTICLE_YEARS, year_sites=args.root)
    except (Abort, MkDocsException) as error:
        print(f"ERROR   -  {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
