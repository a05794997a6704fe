"""Articles for the render and site tests, built without the parser: the gold annotation
of the sample page (real text, parks, topics, summaries) plus one hostile article whose
every field is made of Markdown, HTML, YAML and Jinja syntax; and the sample issue
built into a real site, for the site and browser tests."""

from __future__ import annotations

import functools
import hashlib
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from digest.build import build
from digest.models import Article, Author, Block, Caption, Issue, IssuePage, Page, SourcePage

ROOT = Path(__file__).resolve().parent.parent
# Debian's chromium, without background networking (no outside network here); never a downloaded browser.
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
GOLD = ROOT / "tests" / "gold" / "park-page-2021-01.gold.yaml"
HOSTILE_TITLE = "<script>alert(1)</script> *粗* #标签 | 表格 {{ config }} 说明: 冒号 [链接](http://x) &amp;"


def project_copy(target: Path) -> Path:
    """What a build reads (mkdocs.yml, templates/, sources/) copied into `target`."""
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", target / "templates")
    shutil.copytree(ROOT / "sources", target / "sources")
    return target


def gold_articles() -> list[Article]:
    data = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    articles = []
    for item in data["articles"]:
        body = "".join(b["text"] for b in item["blocks"])
        articles.append(
            Article(
                id=hashlib.sha1(body[:60].encode()).hexdigest()[:10],
                title=item["title"],
                subtitle=item.get("subtitle", ""),
                dateline=item.get("dateline", ""),
                authors=[Author(name) for name in item["authors"]],
                blocks=[Block(b["type"], b["text"]) for b in item["blocks"]],
                captions=[
                    Caption(c["text"], c.get("credit", ""), "图片来源：" if c.get("credit") else "")
                    for c in item.get("captions", [])
                ],
                park=item["park"],
                parks=[item["park"]],
                topics=list(item["topics"]),
                keywords=["知识产权", "质押"] if "知识产权" in item["topics"] else ["高质量发展"],
                summary=item["summary"],
            )
        )
    return articles


def hostile_article() -> Article:
    return Article(
        id="0123456789",
        kicker="# 不是标题",
        title=HOSTILE_TITLE,
        subtitle="- 不是列表 1. 也不是",
        dateline="本报讯（记者 <b>王</b>）",
        authors=[Author("*王*", "记者"), Author("李_四", "")],
        blocks=[
            Block(
                "paragraph", "本报讯（记者 <b>王</b>）第一段：<img src=x onerror=alert(1)> `代码` \\ 反斜杠"
            ),
            Block("heading", "小标题 ## 带井号 {#id}"),
            Block("paragraph", "1. 不是列表\n# 也不是标题\n> 不是引用"),
            Block("paragraph", ": 定义 | 表格 | --- 与 &lt; 实体 &#60;"),
        ],
        captions=[Caption("图 <i>说明</i>", "来源*", "图片来源：")],
        park="中国光谷",
        parks=["中国光谷"],
        province="湖北省",
        city="武汉市",
        topics=["知识产权", "<科技金融>"],
        keywords=["{{ x }}"],
        summary="摘要: <script>x</script> **粗**",
    )


def issue(date: str = "2021-01", key: str | None = None) -> Issue:
    return Issue(
        key=key or date,
        publication="中国高新技术产业导报",
        date=date,
        pages=[IssuePage("park-page.txt", 1, "园区")],
    )


def placed(
    articles: list[Article], date: str = "2021-01", key: str | None = None, number: int = 1
) -> SourcePage:
    item = issue(date, key)
    entry = IssuePage(f"page-{number}.txt", number, "园区")
    return SourcePage(
        item, entry, f"sources/{item.key}/{entry.file}", Page(source=entry.file, articles=articles)
    )


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory) -> Path:
    """The sample issue built for real, as CI builds it: parse, docs/, MkDocs --strict, Pagefind.
    Returns the repository copy; the site is in its site/ folder."""
    repo = tmp_path_factory.mktemp("repo")
    shutil.copy(ROOT / "mkdocs.yml", repo / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", repo / "templates")
    shutil.copytree(ROOT / "sources", repo / "sources")
    build(repo / "sources", repo / "docs", site=repo / "site", progress=False)
    return repo


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@contextmanager
def serve(site: Path) -> Iterator[str]:
    """A built site served on 127.0.0.1 by http.server in a thread; yields its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=site))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        thread.join()
        server.server_close()
