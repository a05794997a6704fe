"""MkDocs hook: what the build still draws on article pages editors own.

A corrected (or editor-added) page in docs/ is the editors' and the build never
rewrites it. The build writes, for each such page, the correction notice and the
current previous/next/related links to docs/.digest/kept-pages.json
(digest/render.py); this hook shows the notice under the page's title and puts the
links in place of the ones saved in the page, so they follow the archive as it grows
and as articles are merged away. The page file itself is untouched.
"""
from __future__ import annotations

import json
from pathlib import Path

KEPT_PAGES = Path(".digest") / "kept-pages.json"
NAV_START = '<div class="digest-nav"'

_parts: dict[str, dict[str, str]] = {}


def on_config(config):
    global _parts
    try:
        _parts = json.loads((Path(config["docs_dir"]) / KEPT_PAGES).read_text(encoding="utf-8"))
    except FileNotFoundError:  # docs/ not built yet: nothing to add
        _parts = {}
    return config


def on_page_markdown(markdown: str, page, config, files) -> str:
    parts = _parts.get(page.file.src_uri)
    if not parts:
        return markdown
    lines = markdown.split("\n")
    # The navigation is the last part of an article page: everything from its start is the build's.
    nav = next((i for i, line in enumerate(lines) if line.startswith(NAV_START)), len(lines))
    lines = lines[:nav] + ["", parts["nav"]]
    if parts["notice"]:
        title = next((i + 1 for i, line in enumerate(lines) if line.startswith("# ")), 0)
        lines[title:title] = ["", parts["notice"]]
    return "\n".join(lines)
