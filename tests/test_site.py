"""The real thing: the sample issue through the whole build (MkDocs --strict, Pagefind),
the feeds through feedparser, and the workflow through its schema."""
from __future__ import annotations

import re
import subprocess
import sys
from html import escape

import feedparser
import yaml
from mkdocs.utils.meta import get_data
from sitedata import ROOT

from digest.site.search_index import records, search_text


def articles(repo) -> list[dict]:
    """Front matter of every article page the build wrote."""
    pages = sorted((repo / "docs").glob("[0-9][0-9][0-9][0-9]/[0-9][0-9]/*.md"))
    return [get_data(p.read_text(encoding="utf-8"))[1] for p in pages]


def guid_id(guid: str) -> str:
    assert guid.startswith("tag:") and "/article/" in guid, guid
    return guid.rsplit("/article/", 1)[1]


def meta_month(by_id: dict, guid: str) -> str:
    return by_id[guid_id(guid)]["date"][:7]


def test_strict_mkdocs_build_and_search_index(sample_site):
    site = sample_site / "site"
    for page in ("index.html", "issues/index.html", "parks/index.html", "topics/index.html",
                 "archive/index.html", "search/index.html", "subscribe/index.html"):
        assert (site / page).is_file(), page
    assert (site / "pagefind" / "pagefind-ui.js").is_file()
    assert not (site / "search" / "search_index.json").exists()  # Material's own search is off
    assert not (site / ".digest").exists()  # the build record is not published


def test_every_article_has_a_page_with_feeds_and_a_small_nav(sample_site):
    site = sample_site / "site"
    metas = articles(sample_site)
    assert len(metas) >= 3
    for meta in metas:
        year, month = meta["date"][:4], meta["date"][5:7]
        html = (site / year / month / meta["id"] / "index.html").read_text(encoding="utf-8")
        assert html.count('type="application/rss+xml"') == len(meta["feeds"])
        assert 'href="../../../feeds/all.xml"' in html
        # The navigation lists the seven index pages (and the page's own headings), not the archive.
        assert html.count("md-nav__link") < 40 and len(html) < 60_000


def test_search_records_pair_han_characters_and_carry_filters(sample_site):
    assert search_text("知识产权质押 R&D 光") == " 知识 识产 产权 权质 质押  R&D  光 "
    found = {r["url"]: r for r in records(sample_site / "docs")}
    metas = articles(sample_site)
    assert len(found) == len(metas)
    wuhan = next(m for m in metas if m["park"] == "东湖高新区")
    record = found[f"/{wuhan['date'][:4]}/{wuhan['date'][5:7]}/{wuhan['id']}/"]
    assert record["meta"]["title"] == wuhan["title"] and record["meta"]["summary"] == wuhan["summary"]
    assert record["filters"]["园区"] == ["东湖高新区"] and record["filters"]["年份"] == [wuhan["date"][:4]]
    assert set(record["filters"]["主题"]) == set(wuhan["topics"])
    words = record["content"].split()
    assert "光谷" in words and "质押" in words  # an alias of the park, and the body's words
    assert "pagefind-ui.js" in {p.name for p in (sample_site / "site" / "pagefind").iterdir()}


def test_feeds_parse_with_the_expected_items(sample_site):
    feeds_dir = sample_site / "site" / "feeds"
    metas = articles(sample_site)
    by_id = {m["id"]: m for m in metas}
    paths = sorted(feeds_dir.rglob("*.xml"))
    assert len(paths) >= 3
    for path in paths:
        feed = feedparser.parse(path.read_bytes())
        assert feed.bozo == 0, (path, feed.get("bozo_exception"))
        assert feed.version == "rss20"
        for item in feed.entries:
            # A tag: URI of the site's host and path, the article's month and its id: unique
            # across all the feeds a reader follows, never built from the title.
            month = meta_month(by_id, item.id)
            assert item.id == f"tag:example.org,{month}:park-news-digest/article/{guid_id(item.id)}"
            meta = by_id[guid_id(item.id)]
            assert item.guidislink is False
            assert item.published.endswith("+0800")
            assert item.link.endswith(f"/{meta['date'][:4]}/{meta['date'][5:7]}/{meta['id']}/")
            assert item.content[0].value.startswith("<p>")
    everything = feedparser.parse((feeds_dir / "all.xml").read_bytes())
    assert {guid_id(e.id) for e in everything.entries} == set(by_id)
    assert feedparser.parse((feeds_dir / "corrections.xml").read_bytes()).entries == []
    for meta in metas:
        if meta["park"]:
            park_feed = next(f["path"] for f in meta["feeds"] if f["path"].startswith("feeds/parks/"))
            park_items = feedparser.parse((sample_site / "site" / park_feed).read_bytes()).entries
            assert meta["id"] in {guid_id(e.id) for e in park_items}


def test_feed_items_carry_one_creator_and_the_subtitle(sample_site):
    """Readers show the last dc:creator only: all authors share one, so the reporter is not lost;
    the subtitle and kicker open the item's description and content."""
    everything = feedparser.parse((sample_site / "site" / "feeds" / "all.xml").read_bytes())
    xml = (sample_site / "site" / "feeds" / "all.xml").read_text(encoding="utf-8")
    by_id = {m["id"]: m for m in articles(sample_site)}
    assert xml.count("<dc:creator>") == sum(1 for m in by_id.values() if m["authors"])
    headed = 0
    for item in everything.entries:
        meta = by_id[guid_id(item.id)]
        names = [a["name"] for a in meta["authors"]]
        if names:
            assert item.author == "、".join(names)
        for head in (meta["kicker"], meta["subtitle"]):
            if head:
                headed += 1
                assert item.summary.startswith(head) or item.summary.split("\n")[1] == head
                assert head in item.content[0].value.split("</p>")[0] + item.content[0].value.split("</p>")[1]
    assert headed and any(len(m["authors"]) > 1 for m in by_id.values())


def test_topic_and_park_pages_advertise_their_own_feed(sample_site):
    site = sample_site / "site"
    for folder in ("parks", "topics"):
        pages = [p for p in (site / folder).glob("*/index.html")]
        assert pages
        for page in pages:
            html = page.read_text(encoding="utf-8")
            assert f'href="../../feeds/{folder}/{page.parent.name}.xml"' in html


def test_built_docs_match_the_committed_nav(sample_site):
    nav = yaml.safe_load(re.search(r"^nav:\n(?:  - .*\n)+", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"),
                                   re.M).group(0))["nav"]
    for item in nav:
        assert (sample_site / "docs" / next(iter(item.values()))).is_file()


def test_workflows_and_dependabot_validate_against_their_schemas():
    workflows = sorted(str(p) for p in (ROOT / ".github" / "workflows").glob("*.yml"))
    dependabot = ROOT / ".github" / "dependabot.yml"
    assert workflows and dependabot.is_file()
    for schema, files in (("vendor.github-workflows", workflows), ("vendor.dependabot", [str(dependabot)])):
        check = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, *files],
                               capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
    config = yaml.safe_load(dependabot.read_text(encoding="utf-8"))
    updates = {u["package-ecosystem"]: u for u in config["updates"]}
    assert set(updates) == {"github-actions", "pip"}
    assert all(u["schedule"]["interval"] == "weekly" for u in updates.values())


def test_workflow_publishes_main_only_and_never_cancels_a_deploy():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "site.yml").read_text(encoding="utf-8"))
    on = workflow[True]  # YAML 1.1 reads the key `on` as true
    assert on["push"] == {"branches": ["main"]} and "pull_request" in on and "workflow_dispatch" in on
    assert workflow["permissions"] == {"contents": "read"}
    jobs = workflow["jobs"]
    assert all(isinstance(job.get("timeout-minutes"), int) for job in jobs.values())
    deploy = jobs["deploy"]
    assert deploy["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    steps = [step.get("uses", "") for step in deploy["steps"]]
    assert any(u.startswith("actions/configure-pages@") for u in steps)
    assert any(u.startswith("actions/deploy-pages@") for u in steps)
    for name, job in jobs.items():  # Pages rights only where Pages is deployed
        if name != "deploy":
            assert "permissions" not in job, name
    # Runs on main are never cancelled by a newer one.
    assert "github.ref != 'refs/heads/main'" in workflow["concurrency"]["cancel-in-progress"]
    check = "\n".join(step.get("run", "") for step in jobs["check"]["steps"])
    assert "python build_digest.py build" in check and "git diff --exit-code" in check and "docs/" in check
    setup = next(step for step in jobs["check"]["steps"]
                 if step.get("uses", "").startswith("actions/setup-python@"))
    assert setup["with"]["cache"] == "pip" and setup["with"]["cache-dependency-path"] == "requirements.txt"
    site = next(step for step in jobs["build"]["steps"] if step.get("run") == "make site")
    assert "github.repository_owner" in site["env"]["SITE_URL"]
    assert "github.repository" in site["env"]["REPO_URL"]


def page_html(site, meta) -> str:
    page = site / meta["date"][:4] / meta["date"][5:7] / meta["id"] / "index.html"
    return page.read_text(encoding="utf-8")


def day(date: str) -> str:
    """The sitemap's day of a front matter date: the 1st when only the month is known."""
    return date[:10] if len(date) >= 10 else date + "-01"


def test_article_pages_describe_themselves_to_link_previews(sample_site):
    """WeChat, Weibo and Baidu preview a shared link from its description and Open Graph
    tags: the article's own, not the site's tagline (templates/hooks/page_meta.py)."""
    site = sample_site / "site"
    for meta in articles(sample_site):
        html = page_html(site, meta)
        head = html[: html.index("</head>")]
        summary = escape(meta["summary"], quote=True)
        assert f'<meta name="description" content="{summary}">' in head
        assert f'<meta property="og:description" content="{summary}">' in head
        assert f'<meta property="og:title" content="{escape(meta["title"], quote=True)}">' in head
        assert '<meta property="og:site_name" content="园区新闻摘编">' in head
        assert '<meta property="og:type" content="article">' in head
        assert f'<meta property="article:published_time" content="{meta["date"]}">' in head
        # Readers see the paper, date and 版面 as the source, not a file of the repository.
        assert "来源：中国高新技术产业导报 2021年1月 第1版" in html and meta["source"] not in html
    home = (site / "index.html").read_text(encoding="utf-8")
    assert '<meta property="og:type" content="website">' in home and home.count('property="og:title"') == 1


def test_sitemap_dates_are_the_articles_not_the_build_day(sample_site):
    sitemap = (sample_site / "site" / "sitemap.xml").read_text(encoding="utf-8")
    lastmod = dict(re.findall(r"<loc>([^<]+)</loc>\s*<lastmod>([^<]+)</lastmod>", sitemap))
    metas = articles(sample_site)
    assert len(lastmod) >= len(metas) + 8
    for meta in metas:
        url = f"https://example.org/park-news-digest/{meta['date'][:4]}/{meta['date'][5:7]}/{meta['id']}/"
        assert lastmod[url] == day(meta["date"])
    newest = max(day(m["date"]) for m in metas)
    assert lastmod["https://example.org/park-news-digest/"] == newest
    assert set(lastmod.values()) <= {day(m["date"]) for m in metas}  # no build day anywhere


def test_only_article_pages_offer_the_edit_button(sample_site):
    """An edit of a generated page froze it: those pages hide Material's edit button and say
    in their front matter that they are generated; article pages keep the button."""
    site = sample_site / "site"
    meta = articles(sample_site)[0]
    article = page_html(site, meta)
    assert f'edit/main/docs/{meta["date"][:4]}/{meta["date"][5:7]}/{meta["id"]}.md' in article
    docs = sample_site / "docs"
    generated = ["index.md", "issues/index.md", "parks/index.md", "parks/donghu.md", "topics/index.md",
                 "archive/index.md", "archive/2021-01.md", "corrections.md", "subscribe.md"]
    for page in generated:
        note = get_data((docs / page).read_text(encoding="utf-8"))[1]["note"]
        assert "本页由构建程序生成，请勿手工修改" in note
        url = page.removesuffix(".md").removesuffix("index")
        html = (site / url / "index.html").read_text(encoding="utf-8")
        assert "edit/main/docs/" not in html, page
