"""Render and build: escaping, front matter, URLs, determinism, incremental builds,
and pages edited by hand in docs/."""

from __future__ import annotations

import html
import re
import shutil
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import markdown
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.utils.meta import get_data
from sitedata import HOSTILE_TITLE, ROOT, gold_articles, hostile_article, placed

from digest.build import build, publish
from digest.editorial.record import BuildRecord, inside
from digest.errors import DigestError
from digest.site.archive import Archive, _zone_slugs
from digest.site.config import SiteConfig, load_site_config
from digest.site.feeds import render_feeds
from digest.site.markup import md_text, safe_url
from digest.site.render import article_front_matter, render_pages

CONFIG = SiteConfig(
    "https://example.org/digest/", "园区新闻摘编", "https://github.com/example/digest/blob/main/"
)
# The Markdown extensions of mkdocs.yml that could give punctuation a meaning.
EXTENSIONS = ["admonition", "attr_list", "md_in_html", "toc", "tables", "def_list"]


def rendered_text(markdown_text: str) -> str:
    """What a reader sees: the paragraph's HTML with character references decoded."""
    out = markdown.markdown(markdown_text, extensions=EXTENSIONS)
    assert out.startswith("<p>") and out.endswith("</p>"), out
    inner = out[3:-4]
    assert "<" not in inner, f"markup leaked: {out}"
    return html.unescape(inner)


def collapse(text: str) -> str:
    return re.sub(r"[ \t\r\n\f\v]+", " ", text).strip()


# -- escaping -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        "*粗体* _斜体_ **更粗**",
        "# 不是标题",
        "## 也不是",
        "标题 #",
        "| 表格 | 列 |",
        "{{ config.site_name }}",
        "{% raw %}",
        "说明: 冒号",
        ": 定义列表",
        "- 列表",
        "+ 列表",
        "* 列表",
        "1. 有序",
        "2021. 年份",
        "> 引用",
        "[链接](http://example.org)",
        "![图](x.png)",
        "`代码`",
        "反斜杠 \\ 与 \\*",
        "&amp; &lt; &#60; R&D",
        "<http://example.org>",
        "标题 {: .cls }",
        "{#id}",
        "第一行\n# 第二行\n> 第三行",
        "    缩进四格",
        "~~删除~~ ==标记== ^上标^",
        "[^1] 脚注",
        "*[HTML]: 缩写",
    ],
)
def test_md_text_shows_source_text_literally(text):
    assert rendered_text(md_text(text)) == collapse(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="*_#|{}[]()<>&;:!`\\~^=+-.1234567890 \n\tab中关村：", min_size=1))
def test_md_text_any_punctuation_is_literal(text):
    if not collapse(text):
        return
    assert rendered_text(md_text(text)) == collapse(text)


def test_safe_url_refuses_what_would_need_escaping():
    assert safe_url("../../parks/donghu.md#page-1") == "../../parks/donghu.md#page-1"
    for bad in ('x" onclick="y', "a b", "javascript:alert(1)", "中文", "a)b", "a&b"):
        with pytest.raises(ValueError):
            safe_url(bad)


def test_hostile_article_renders_as_text_everywhere():
    archive = Archive([placed(gold_articles()), placed([hostile_article()], "2021-02-03")])
    entry = next(e for e in archive.entries if e.id == "0123456789")
    page = render_pages(archive, CONFIG)[entry.path]
    body = page.split("\n---\n", 1)[1]
    out = markdown.markdown(body, extensions=EXTENSIONS)
    assert "<script" not in out and "<img" not in out and "<b>" not in out and "<i>" not in out
    title = re.search(r"<h1[^>]*>(.*?)</h1>", out).group(1)
    assert html.unescape(title) == HOSTILE_TITLE
    assert re.search(r"<h2[^>]*>小标题 ## 带井号 \{#id\}</h2>", html.unescape(out))
    assert (
        "<ol>" not in out
        and "<blockquote>\n<p>不是引用" not in out
        and "<dl>" not in out
        and "<table>" not in out
    )


# -- front matter and URLs ----------------------------------------------------------


def test_front_matter_round_trips_through_yaml_and_mkdocs():
    archive = Archive([placed(gold_articles()), placed([hostile_article()], "2021-02-03")])
    pages = render_pages(archive, CONFIG)
    for entry in archive.entries:
        text = pages[entry.path]
        expected = article_front_matter(entry, CONFIG)
        assert yaml.safe_load(text.split("---\n")[1]) == expected
        _, meta = get_data(text)  # what MkDocs and the theme will see
        assert meta == expected
    hostile = article_front_matter(next(e for e in archive.entries if e.id == "0123456789"), CONFIG)
    assert hostile["title"] == HOSTILE_TITLE and hostile["date"] == "2021-02-03T00:00:00+08:00"
    assert hostile["park"] == "东湖高新区"  # the alias 中国光谷 resolved to the park's short name


def test_month_only_issue_is_dated_to_the_month():
    entry = Archive([placed(gold_articles())]).entries[0]
    assert article_front_matter(entry, CONFIG)["date"] == "2021-01"
    assert entry.published.isoformat() == "2021-01-01T00:00:00+08:00"


def test_urls_come_from_issue_month_and_id_only():
    articles = gold_articles()
    first = Archive([placed(articles)]).entries
    retitled = [replace(a, title="更正后的标题 <新>", park="") for a in articles]
    second = Archive([placed(retitled, "2021-01-15")]).entries  # the day became known
    assert [e.path for e in first] == [e.path for e in second]
    assert all(re.fullmatch(r"2021/01/[0-9a-f]{10}\.md", e.path) for e in first)


def test_unsafe_and_duplicate_ids_still_give_safe_distinct_paths():
    a, b = gold_articles()[:2]
    entries = Archive(
        [
            placed(
                [
                    replace(a, id="../../etc/passwd"),
                    replace(b, id="../../etc/passwd"),
                    replace(b, id="Same"),
                    replace(a, id="same"),
                ]
            )
        ]
    ).entries
    paths = [e.path for e in entries]
    assert len(set(paths)) == 4
    assert all(re.fullmatch(r"2021/01/[a-z0-9_-]+\.md", p) for p in paths)


def test_park_slugs_are_unique_ascii_and_readable():
    slugs = _zone_slugs()
    assert len(set(slugs.values())) == len(slugs)
    assert all(re.fullmatch(r"[a-z0-9-]+", s) for s in slugs.values())
    assert slugs["武汉东湖新技术开发区"] == "donghu" and slugs["中关村科技园区"] == "zhongguancun"


def test_writes_stay_inside_docs(tmp_path):
    docs = tmp_path / "docs"
    (docs / "ok").mkdir(parents=True)
    (tmp_path / "outside").mkdir()
    (docs / "link").symlink_to(tmp_path / "outside")
    assert inside(docs, "ok/page.md") == docs / "ok" / "page.md"
    for bad in ("../x.md", "/etc/x.md", "a/../../x.md", "link/x.md", "a\\..\\x.md", ""):
        with pytest.raises(DigestError):
            inside(docs, bad)


# -- feeds --------------------------------------------------------------------------


def test_feeds_have_stable_guids_offsets_and_escaped_content():
    archive = Archive([placed(gold_articles()), placed([hostile_article()], "2021-02-03")])
    feeds = render_feeds(archive, CONFIG)
    channel = ET.fromstring(feeds["feeds/all.xml"]).find("channel")
    items = channel.findall("item")
    assert [i.findtext("guid") for i in items] == [
        f"tag:example.org,{e.month}:digest/article/{e.id}" for e in reversed(archive.entries)
    ]
    assert all(i.find("guid").get("isPermaLink") == "false" for i in items)
    assert all(i.findtext("pubDate").endswith("+0800") for i in items)
    hostile = items[0]
    assert hostile.findtext("title") == HOSTILE_TITLE
    content = hostile.findtext("{http://purl.org/rss/1.0/modules/content/}encoded")
    assert "<script" not in content and "<h2>" in content and "&lt;img" in content
    # The kicker and subtitle open the content (escaped) and the description.
    assert content.startswith("<p><strong># 不是标题</strong></p>\n"
                              "<p><strong>- 不是列表 1. 也不是</strong></p>")
    assert hostile.findtext("description").startswith("# 不是标题\n- 不是列表 1. 也不是\n")
    assert ET.fromstring(feeds["feeds/corrections.xml"]).find("channel").findall("item") == []
    donghu = ET.fromstring(feeds["feeds/parks/donghu.xml"]).find("channel")
    assert {i.findtext("guid") for i in donghu.findall("item")} == {
        f"tag:example.org,{e.month}:digest/article/{e.id}"
        for e in archive.entries if e.park and e.park.slug == "donghu"
    }


def test_feed_guids_differ_between_sites_and_survive_a_new_title():
    """Readers key items by GUID across all their feeds: two sites never share one, and a
    corrected title keeps it."""
    def guids(archive: Archive, config: SiteConfig) -> list[str]:
        channel = ET.fromstring(render_feeds(archive, config)["feeds/all.xml"])
        return [i.findtext("guid") for i in channel.iter("item")]

    archive = Archive([placed(gold_articles())])
    ours, theirs = guids(archive, CONFIG), guids(archive, SiteConfig("https://news.example.com/", "另一摘编"))
    assert ours and not set(ours) & set(theirs)
    assert all(g.startswith("tag:news.example.com,2021-01:article/") for g in theirs)
    retitled = Archive([placed([replace(a, title=a.title + "（更正）") for a in gold_articles()])])
    assert guids(retitled, CONFIG) == ours


def test_all_authors_share_one_feed_creator():
    archive = Archive([placed(gold_articles())])
    items = ET.fromstring(render_feeds(archive, CONFIG)["feeds/all.xml"]).iter("item")
    creators = [[c.text for c in i.findall("{http://purl.org/dc/elements/1.1/}creator")] for i in items]
    by_title = {e.article.title: e.article for e in archive.entries}
    assert all(len(c) <= 1 for c in creators)
    several = [a for a in by_title.values() if len(a.authors) > 1]
    assert several
    for article in several:
        assert ["、".join(au.name for au in article.authors)] in creators


# -- the build ------------------------------------------------------------------------


@pytest.fixture
def repo(tmp_path):
    """A repository copy: mkdocs.yml, templates and the sample issue."""
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    return tmp_path


def snapshot(docs: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(p.relative_to(docs)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(docs.rglob("*"))
        if p.is_file()
    }


def test_build_is_deterministic(repo, tmp_path):
    other = tmp_path / "again"
    other.mkdir()
    shutil.copy(repo / "mkdocs.yml", other / "mkdocs.yml")
    shutil.copytree(repo / "sources", other / "sources")
    build(repo / "sources", repo / "docs", progress=False)
    build(other / "sources", other / "docs", progress=False)
    first = {k: v[0] for k, v in snapshot(repo / "docs").items()}
    assert first == {k: v[0] for k, v in snapshot(other / "docs").items()}
    assert ".digest/state.json" in first and "index.md" in first and "feeds/all.xml" in first


def test_second_build_rewrites_nothing(repo):
    first = build(repo / "sources", repo / "docs", progress=False)
    assert first.parsed == 1 and first.articles > 0 and first.result.written
    before = snapshot(repo / "docs")
    second = build(repo / "sources", repo / "docs", progress=False)
    assert second.parsed == 0 and second.result.written == [] and second.result.kept == []
    assert snapshot(repo / "docs") == before  # not one byte, not one timestamp
    assert "0 files written" in second.summary_line()


def test_only_changed_sources_are_parsed(repo):
    build(repo / "sources", repo / "docs", progress=False)
    second_issue = repo / "sources" / "2021-02-05"
    shutil.copytree(repo / "sources" / "2021-01", second_issue)
    manifest = second_issue / "issue.yml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace("date: 2021-01", "date: 2021-02-05"), encoding="utf-8"
    )
    report = build(repo / "sources", repo / "docs", progress=False)
    assert report.parsed == 1 and report.sources == 2
    assert any(p.startswith("2021/02/") for p in report.result.written)


def test_edited_page_is_kept_and_reported(repo, monkeypatch):
    docs = repo / "docs"
    build(repo / "sources", docs, progress=False)
    article = sorted((docs / "2021" / "01").glob("*.md"))[0]
    edited = article.read_text(encoding="utf-8").replace("\n# ", "\n# （已更正）", 1)
    article.write_text(edited, encoding="utf-8")
    # A change that alters every generated page, as a new site name would.
    config = repo / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("site_name: 园区新闻摘编", "site_name: 园区新闻"),
        encoding="utf-8",
    )
    report = build(repo / "sources", docs, progress=False)
    relative = str(article.relative_to(docs))
    assert report.result.kept == [relative]
    assert article.read_text(encoding="utf-8") == edited
    assert len(report.result.written) > 1  # every other page took the new name
    assert f"1 kept as edited in docs/ ({relative})" in report.summary_line()
    # ...and stays kept: the record still holds what the build last wrote there.
    again = build(repo / "sources", docs, progress=False)
    assert again.result.kept == [relative] and again.result.written == []


def test_hand_written_and_stale_files(repo):
    docs = repo / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# 编辑写的首页\n", encoding="utf-8")  # never written by the build
    report = build(repo / "sources", docs, progress=False)
    assert "index.md" in report.result.kept
    assert (docs / "index.md").read_text(encoding="utf-8") == "# 编辑写的首页\n"
    # Removing the issue removes its generated pages, except one an editor changed.
    pages = sorted((docs / "2021" / "01").glob("*.md"))
    pages[0].write_text(pages[0].read_text(encoding="utf-8") + "\n编者按。\n", encoding="utf-8")
    shutil.rmtree(repo / "sources" / "2021-01")
    report = build(repo / "sources", docs, progress=False)
    assert [p.name for p in (docs / "2021" / "01").glob("*.md")] == [pages[0].name]
    assert str(pages[0].relative_to(docs)) in report.result.kept
    assert len(report.result.removed) >= len(pages) - 1


def test_site_config_requires_an_absolute_site_url(tmp_path):
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\n", encoding="utf-8")
    with pytest.raises(DigestError, match="site_url"):
        load_site_config(config)
    config.write_text(
        "site_name: x\nsite_url: https://e.org/x\nrepo_url: https://github.com/o/r\n"
        "edit_uri: edit/trunk/docs/\n",
        encoding="utf-8",
    )
    assert load_site_config(config) == SiteConfig(
        "https://e.org/x/", "x", "https://github.com/o/r/blob/trunk/", docs_dir=(tmp_path / "docs").resolve()
    )


def test_site_is_built_only_from_the_docs_mkdocs_reads(repo):
    with pytest.raises(DigestError, match="builds the site from"):
        build(repo / "sources", repo / "elsewhere", site=repo / "site", progress=False)


def test_publish_without_sources_still_gives_every_nav_page(tmp_path):
    record = BuildRecord.load(tmp_path / "docs")
    result, corrections = publish([], record, CONFIG)
    assert corrections == []
    nav = yaml.safe_load(
        re.search(r"^nav:\n(?:  - .*\n)+", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.M).group(0)
    )["nav"]
    assert {next(iter(item.values())) for item in nav} <= set(result.written)


# -- the production build -------------------------------------------------------------


def test_a_broken_link_fails_the_production_build_and_shows_the_warning(tmp_path, capsys):
    """`build --site` is MkDocs --strict without --quiet (which hid every warning from --strict):
    a broken link on an editor's page fails the build with exit 1 and MkDocs' warning shown,
    and a line before MkDocs and before the search index says what the build is doing."""
    from sitedata import project_copy

    from digest.cli import main

    repo = project_copy(tmp_path)
    docs = repo / "docs"
    assert main(["build", "--sources", str(repo / "sources"), "--docs", str(docs), "--quiet",
                 "--site", str(repo / "site")]) == 0
    out = capsys.readouterr()
    assert "mkdocs: building site/ from " in out.err and "search index: " in out.err
    # mkdocs.yml's stand-in address (no SITE_URL here) is published only with a warning.
    assert "warning: site_url is the placeholder https://example.org/" in out.err
    assert "INFO" not in out.err.replace("mkdocs: INFO", "")  # MkDocs' chatter is left out
    (docs / "about.md").write_text("# 关于\n\n见[不存在的页面](missing.md)。\n", encoding="utf-8")
    code = main(["build", "--sources", str(repo / "sources"), "--docs", str(docs), "--quiet",
                 "--site", str(repo / "site")])
    err = capsys.readouterr().err
    assert code == 1
    assert "WARNING" in err and "missing.md" in err and "mkdocs build failed" in err


def test_home_page_shows_the_latest_issue_and_links_earlier_ones():
    archive = Archive([placed(gold_articles()[:2], "2021-01"), placed(gold_articles()[2:3], "2021-02-03"),
                       placed([hostile_article()], "2020-12")])
    home = render_pages(archive, CONFIG)["index.md"]
    latest, earlier = home.split("## 往期")
    assert "## 最新一期：中国高新技术产业导报 2021年2月3日" in latest
    assert "- [中国高新技术产业导报 2021年1月](issues/2021-01.md)（2 篇）" in earlier
    assert earlier.index("2021年1月") < earlier.index("2020年12月")  # newest first
    assert "2021年2月3日" not in earlier
    front = get_data(home)[1]
    assert front["updated"] == "2021-02-03" and "请勿手工修改" in front["note"]


def test_article_pages_name_the_paper_not_the_repository_file():
    archive = Archive([placed(gold_articles())])
    entry = archive.entries[0]
    page = render_pages(archive, CONFIG)[entry.path]
    assert "\n---\n\n来源：中国高新技术产业导报 2021年1月 第1版 园区\n" in page
    assert "github.com" not in page and get_data(page)[1]["source"] == entry.source


@pytest.mark.parametrize("url, placeholder", [
    ("https://example.org/park-news-digest/", True), ("https://example.com/", True),
    ("https://digest.example.cn/", False), ("https://owner.github.io/park-news-digest/", False),
])
def test_a_placeholder_site_url_is_recognised(url, placeholder):
    from digest.site.config import SiteConfig

    assert SiteConfig(site_url=url, site_name="x").placeholder is placeholder
