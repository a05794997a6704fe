"""The search index: Pagefind records made from the article pages in docs/.

Measured on 5,000 articles, Pagefind's own Chinese handling misses most matches: the
indexer cuts text with jieba ("知识产权/质押贷款") while the browser cuts the query with
its own segmenter ("知识/产权/质/押"), so the words rarely agree ("质押" found 3 of
4,251 articles). Here both sides use the same rule instead, overlapping character
pairs: "知识产权质押" is indexed and searched as 知识 识产 产权 权质 质押. A query then
finds every article containing it, and park names and aliases (shown on each article
and added here) match like any other text, so 光谷 finds the 东湖高新区 articles.

The records are built from docs/, front matter and body as published, so an editor's
correction is what search finds. The search page (templates/overrides/search.html)
applies the same pairing to the query, searches a Chinese phrase as a phrase (its pairs
in a row), lists results newest first and shows each article's summary as the excerpt.
The browser must not cut the pairs again: Pagefind segments a query by the language it
starts with, read from the page's <html lang> (zh), so the search page starts it as en.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import markdown
from mkdocs.utils.meta import get_data

from ..errors import DigestError
from ..language import gazetteer
from .urls import ARTICLE_PAGE, page_url

# Records are declared English: Pagefind then neither segments nor stems Chinese. The
# browser re-segments queries of zh, ja and th pages, which is why the search page
# starts Pagefind as en (with zh, "权质" became 权 质, matched as prefixes: 1,043 of the
# 2,966 articles containing it at 5,000 articles).
LANGUAGE = "en"
_HAN_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_TAGS = re.compile(r"<[^>]+>")
# Previous/next and related articles: other articles' titles, not this one's text.
_NAVIGATION = re.compile(r'<div class="digest-nav".*?</div>', re.S)


def search_text(text: str) -> str:
    """Each run of Han characters as its overlapping pairs; other words as they are."""
    return _HAN_RUN.sub(lambda m: " " + _pairs(m.group()) + " ", text)


def _pairs(run: str) -> str:
    if len(run) == 1:
        return run
    return " ".join(run[i : i + 2] for i in range(len(run) - 1))


def records(docs: Path, year: str | None = None) -> Iterator[dict]:
    """One Pagefind record per article page in docs/ (YYYY/MM/<id>.md), or in docs/<year>/."""
    md = markdown.Markdown(extensions=["admonition", "attr_list", "md_in_html"])
    for path in sorted((docs / year if year else docs).rglob("*.md")):
        relative = path.relative_to(docs).as_posix()
        if not ARTICLE_PAGE.match(relative):
            continue
        body, meta = get_data(path.read_text(encoding="utf-8"))
        if not meta.get("id"):
            continue
        text = html.unescape(_TAGS.sub(" ", _NAVIGATION.sub(" ", md.reset().convert(body))))
        park = gazetteer.lookup(str(meta.get("park") or ""))
        aliases = " ".join(park.names) if park else ""
        date = str(meta.get("date") or "")[:10]
        yield {
            "url": "/" + page_url(relative),
            "content": search_text(f"{text} {aliases}"),
            "meta": {
                "title": str(meta.get("title") or ""),
                "summary": str(meta.get("summary") or ""),
                "date": date,
            },
            "filters": _filters(meta),
            # Results are listed newest first; Pagefind leaves out a page without this key.
            "sort": date or relative[:7].replace("/", "-"),
        }


def _filters(meta: dict) -> dict[str, list[str]]:
    filters = {
        "园区": [meta.get("park")],
        "省份": [meta.get("province")],
        "主题": list(meta.get("topics") or []),
        "年份": [str(meta.get("date") or "")[:4]],
    }
    return {name: [str(v) for v in values if v] for name, values in filters.items() if any(values)}


def write_index(docs: Path, site: Path, year: str | None = None) -> int:
    """Write site/pagefind/ (index and UI) for the articles in docs/, or site/<year>/pagefind/
    for one year's (a site split by year); returns how many. Result URLs are site-relative
    either way, so the search page merges the years' indexes as they are.

    Each record becomes a small HTML document in a staging folder that Pagefind's CLI
    indexes (its Python API waits 0.1 s per record: minutes at 5,000 articles)."""
    count = 0
    output = site / year / "pagefind" if year else site / "pagefind"
    with tempfile.TemporaryDirectory(prefix="digest-search-") as stage:
        for record in records(docs, year):
            target = Path(stage, record["url"].strip("/"), "index.html")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(_document(record), encoding="utf-8")
            count += 1
        command = [
            sys.executable,
            "-m",
            "pagefind",
            "--site",
            stage,
            "--output-path",
            str(output.resolve()),
            "--quiet",
        ]
        if subprocess.run(command).returncode != 0:
            raise DigestError("pagefind failed (its messages are above)")
    return count


def _document(record: dict) -> str:
    """The record as the HTML Pagefind reads: the paired text is indexed; meta (shown with
    a result), filters and the date to sort results by ride along."""
    e = html.escape
    tags = [f'<span data-pagefind-meta="{e(key)}">{e(value)}</span>' for key, value in record["meta"].items()]
    tags.append(f'<span data-pagefind-sort="date">{e(record["sort"])}</span>')
    tags += [
        f'<span data-pagefind-filter="{e(name)}">{e(value)}</span>'
        for name, values in record["filters"].items()
        for value in values
    ]
    return (
        f'<!doctype html><html lang="{LANGUAGE}"><head><meta charset="utf-8"></head><body>'
        f"<main data-pagefind-body>{e(record['content'])}</main>"
        f"<div data-pagefind-ignore>{''.join(tags)}</div></body></html>\n"
    )
