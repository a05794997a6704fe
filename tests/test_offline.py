"""The built sample site needs no host but its own, and speaks Chinese throughout.

Readers in mainland China waited 30 s for a first paint while the pages asked Google
Fonts for a web font. Here every page of the real build (sources/ through MkDocs and
Pagefind, tests/sitedata.py) is read for addresses of other hosts, the theme's switches
for fonts and repository facts, and the Chinese of the parts the theme writes. The
browser half (no request leaves the machine, first paint under a second) is in
test_browser.py.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from mkdocs.config import load_config
from sitedata import ROOT

# The theme's own inline SVGs name their XML namespace: an identifier, never fetched.
NAMESPACES = {"http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"}
URL = re.compile(r"""https?://[^\s"'<>()\\]+""")
READERS_FONTS = ["PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC",
                 "Source Han Sans SC", "WenQuanYi Micro Hei"]


class Page(HTMLParser):
    """What a page refers to: links a reader may follow (<a href>) apart from everything the
    browser fetches by itself (src, <link href>, srcset, CSS url(), inline script text)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.fetched: list[str] = []
        self.text: list[str] = []
        self.html_lang = ""
        self.tags: list[tuple[str, dict[str, str]]] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attrs = {k: v or "" for k, v in attrs}
        self.tags.append((tag, attrs))
        if tag == "html":
            self.html_lang = attrs.get("lang", "")
        if tag == "script":
            self._in_script = True
        for name, value in attrs.items():
            if name == "href" and tag == "a":
                self.links.append(value)
            elif name in ("src", "href", "srcset", "poster", "data", "action", "style", "content"):
                self.fetched += URL.findall(value) if name in ("srcset", "style", "content") else [value]

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.fetched += URL.findall(data)
        else:
            self.text.append(data)


@pytest.fixture(scope="module")
def config(sample_site):
    return load_config(str(sample_site / "mkdocs.yml"))


@pytest.fixture(scope="module")
def pages(sample_site) -> dict[str, Page]:
    site = sample_site / "site"
    parsed = {}
    for path in sorted(site.rglob("*.html")):
        page = Page()
        page.feed(path.read_text(encoding="utf-8"))
        parsed[path.relative_to(site).as_posix()] = page
    assert len(parsed) >= 30
    return parsed


def outside(url: str, site_url: str) -> bool:
    """A URL to a host other than the site's (relative URLs are the site's)."""
    parts = urlsplit(url)
    absolute = bool(parts.scheme or parts.netloc) and parts.scheme in ("http", "https", "")
    return absolute and not url.startswith(site_url)


def test_no_page_fetches_from_another_host(pages, config):
    for name, page in pages.items():
        fetched = [url for url in page.fetched if url not in NAMESPACES and outside(url, config.site_url)]
        assert not fetched, (name, fetched)


def test_the_only_links_to_another_host_are_the_repository(pages, config):
    """The repository (its page, a page's edit and source links) as plain links, nothing else."""
    repo = config.repo_url.rstrip("/")
    for name, page in pages.items():
        others = [url for url in page.links if outside(url, config.site_url)
                  and not (url == repo or url.startswith(repo + "/"))]
        assert not others, (name, others)


def test_no_address_of_another_host_anywhere_in_the_html(sample_site, config):
    """A cruder check over the raw text, comments and all: only the site, the repository
    and the SVG namespace (no Google Fonts, no font or icon CDN, no api.github.com)."""
    repo = config.repo_url.rstrip("/")
    for path in (sample_site / "site").rglob("*.html"):
        for url in URL.findall(path.read_text(encoding="utf-8")):
            ours = url.startswith(config.site_url) or url == repo or url.startswith(repo + "/")
            if url in NAMESPACES or ours:
                continue
            pytest.fail(f"{path.name}: {url}")


def test_our_styles_and_scripts_name_no_other_host():
    overrides = ROOT / "templates" / "overrides"
    for path in sorted(overrides.rglob("*")):
        if path.suffix in (".css", ".js", ".html"):
            urls = [u for u in URL.findall(path.read_text(encoding="utf-8")) if u not in NAMESPACES]
            assert not urls, (path.name, urls)


def test_no_web_font_and_the_readers_own_chinese_fonts(sample_site, config, pages):
    assert config.theme["font"] is False
    home = pages["index.html"]
    assert not any("fonts.googleapis" in url or "fonts.gstatic" in url for url in home.fetched)
    css = (sample_site / "site" / "assets" / "digest.css").read_text(encoding="utf-8")
    stack = re.search(r"--md-text-font-family:\s*([^;]+);", css).group(1)
    names = [name.strip().strip('"') for name in stack.split(",")]
    assert names == READERS_FONTS + ["sans-serif"]
    styles = [attrs.get("href", "") for tag, attrs in home.tags if tag == "link"]
    assert any(href.endswith("assets/digest.css") for href in styles)


def test_no_repository_facts_are_fetched(pages):
    """Material's JavaScript asks api.github.com for stars and forks of the element marked
    data-md-component="source"; the repository link carries no such mark."""
    for name, page in pages.items():
        marked = [attrs for tag, attrs in page.tags if attrs.get("data-md-component") == "source"]
        assert not marked, name
        sources = [attrs for tag, attrs in page.tags if "md-source" in attrs.get("class", "").split()]
        assert sources, name  # the link itself is still there


def text_of(page: Page) -> str:
    return " ".join(" ".join(page.text).split())


def test_html_lang_is_zh_cn_everywhere(pages):
    for name, page in pages.items():
        if name.startswith("pagefind/"):
            continue
        assert page.html_lang == "zh-CN", name


def test_the_theme_speaks_chinese(pages, config):
    home = text_of(pages["index.html"])
    assert "Made with" not in home and "Material for MkDocs" in home  # the generator, credited in Chinese
    assert "本站由 MkDocs 与 Material for MkDocs 生成" in home
    assert "版权归原报社所有" in home and "本站仅作摘编与检索" in home
    assert config.repo_name == "源代码" and "GitHub" not in home
    article = next(p for n, p in pages.items() if re.match(r"\d{4}/\d\d/[0-9a-f]+/index\.html$", n))
    permalinks = [attrs for tag, attrs in article.tags
                  if tag == "a" and "headerlink" in attrs.get("class", "")]
    assert permalinks and all(attrs.get("title") == "本节链接" for attrs in permalinks)
    for page in pages.values():
        assert "Permanent link" not in text_of(page)


def test_404_page_is_chinese(pages):
    page = pages["404.html"]
    text = text_of(page)
    assert "页面不存在" in text and "Not found" not in text
    links = [attrs["href"] for tag, attrs in page.tags if tag == "a" and "href" in attrs]
    assert any(href.endswith("/search/") for href in links)
    assert any(href.endswith("/archive/") for href in links)


def test_dark_mode_toggle_with_chinese_labels(pages, config):
    palette = config.theme["palette"]
    assert [scheme["scheme"] for scheme in palette] == ["default", "slate"]
    home = pages["index.html"]
    toggles = [attrs for tag, attrs in home.tags if tag == "input" and attrs.get("name") == "__palette"]
    assert [t["data-md-color-scheme"] for t in toggles] == ["default", "slate"]
    assert {t["aria-label"] for t in toggles} == {"切换到深色模式", "切换到浅色模式"}


def sidebar(page: Page) -> dict[str, str]:
    return next(attrs for tag, attrs in page.tags if attrs.get("data-md-type") == "navigation")


def test_no_one_item_sidebar(pages):
    """The tabs carry the navigation; the left sidebar would list one page or none."""
    for name in ("index.html", "issues/index.html", "search/index.html", "404.html"):
        assert "hidden" in sidebar(pages[name]), name
    articles = [p for n, p in pages.items() if re.match(r"\d{4}/\d\d/[0-9a-f]+/index\.html$", n)]
    assert articles and all("hidden" in sidebar(p) for p in articles)


def test_every_page_has_the_header_search(pages):
    for name, page in pages.items():
        if name.startswith("pagefind/") or name == "search/index.html":
            continue
        forms = [attrs for tag, attrs in page.tags
                 if tag == "form" and "digest-header-search" in attrs.get("class", "")]
        assert len(forms) == 1 and forms[0]["action"].endswith("search/"), name
        inputs = [attrs for tag, attrs in page.tags if tag == "input" and attrs.get("id") == "__digest_q"]
        assert inputs and inputs[0]["name"] == "q", name
        icons = [attrs for tag, attrs in page.tags if "digest-header-search__link" in attrs.get("class", "")]
        assert icons and icons[0]["href"].endswith("search/"), name
    search = pages["search/index.html"]
    assert not [attrs for tag, attrs in search.tags if "digest-header-search" in attrs.get("class", "")]
    assert [attrs for tag, attrs in search.tags if attrs.get("class") == "digest-search__input"]


def test_site_assets_are_served_by_the_site(sample_site):
    site = sample_site / "site"
    for asset in ("assets/digest.css", "assets/digest.js", "assets/search.js", "pagefind/pagefind.js"):
        assert (site / asset).is_file(), asset
