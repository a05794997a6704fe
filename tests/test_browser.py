"""The built sample site in headless Chromium, as a reader uses it: open the home page,
search (a phrase, a park alias), filter by park, follow a topic, read an article.

Needs Debian's chromium at /usr/bin/chromium (Playwright never downloads a browser
here). Without it the tests skip, except in CI (CI=true), where they fail.
Set SCREENSHOT_DIR to keep screenshots of the home page and an article (the README's).
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from sitedata import CHROMIUM, CHROMIUM_ARGS, serve

from digest.site.search_index import records, search_text

WAIT_MS = 15_000

if not CHROMIUM.exists():
    if os.environ.get("CI") == "true":
        pytest.fail(f"{CHROMIUM} is missing: CI must install Debian's chromium (make browser)", pytrace=False)
    pytest.skip(f"{CHROMIUM} is missing: apt-get install chromium fonts-wqy-microhei", allow_module_level=True)

from playwright.sync_api import expect, sync_playwright  # noqa: E402  (only once chromium is known to exist)


@pytest.fixture(scope="module")
def base_url(sample_site):
    with serve(sample_site / "site") as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(WAIT_MS)
    yield page
    context.close()


def screenshot(page, name: str, tmp_path: Path) -> None:
    folder = Path(os.environ.get("SCREENSHOT_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / name), full_page=False)


def search(page, base_url: str, query: str) -> None:
    page.goto(base_url + "search/")
    page.locator(".pagefind-ui__search-input").fill(query)
    page.locator(".pagefind-ui__result").first.wait_for()


def test_home_page_shows_the_latest_issue(page, base_url, tmp_path):
    page.goto(base_url)
    expect(page).to_have_title("园区新闻摘编")
    expect(page.locator("h2", has_text="最新一期")).to_be_visible()
    assert page.locator("article h3 a").count() >= 3  # the issue's articles, with summaries
    expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).to_have_count(1)
    screenshot(page, "screenshot-home.png", tmp_path)


def test_search_a_phrase_and_read_the_article(page, base_url, tmp_path):
    search(page, base_url, "知识产权质押")
    result = page.locator(".pagefind-ui__result-link", has_text="知识产权质押贷款").first
    result.click()
    expect(page.locator("article h1")).to_contain_text("知识产权质押贷款")
    meta = page.locator(".digest-meta")
    expect(meta).to_contain_text("东湖高新区")
    expect(meta.locator("a", has_text="东湖高新区")).to_have_attribute("href", "../../../parks/donghu/")
    expect(page.locator(".admonition.abstract")).to_contain_text("知识产权质押贷款")  # the summary
    assert page.locator("article p").count() >= 5  # the body
    expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).to_have_count(2)  # + the park's
    screenshot(page, "screenshot-article.png", tmp_path)


def test_search_finds_exactly_the_articles_containing_the_query(page, base_url, sample_site):
    """Every article that contains the query and no other: 进一步 in the articles where the
    three characters stand together, not in the one with 进一 and 一步 apart; 工作者
    (工作 and 作者 apart) nowhere. Checked against the indexed text (page and park names)."""
    texts = [f" {' '.join(record['content'].split())} " for record in records(sample_site / "docs")]
    for query in ("知识产权质押", "光谷", "进一步", "工作者"):
        phrase = f" {' '.join(search_text(query).split())} "
        count = sum(phrase in text for text in texts)
        page.goto(base_url + "search/")
        page.locator(".pagefind-ui__search-input").fill(query)
        expect(page.locator(".pagefind-ui__message")).to_have_text(
            f"找到 {count} 个 {query} 的相关结果" if count else f"未找到 {query} 的相关结果")
        if count:
            expect(page.locator(".pagefind-ui__result")).to_have_count(min(count, 5))  # the first page of them


def test_park_alias_finds_the_park(page, base_url):
    search(page, base_url, "光谷")
    expect(page.locator(".pagefind-ui__result-link", has_text="武汉东湖高新区").first).to_be_visible()


def test_filter_results_by_park(page, base_url):
    search(page, base_url, "高新区")
    results = page.locator(".pagefind-ui__result")
    before = results.count()
    page.locator(".pagefind-ui__filter-name", has_text="园区").click()
    page.locator('input.pagefind-ui__filter-checkbox[name="园区"][value="东湖高新区"]').check()
    expect(page.locator(".pagefind-ui__message")).to_contain_text("1")
    expect(results).to_have_count(1)
    expect(results.first).to_contain_text("东湖")
    assert before > 1


def test_follow_a_topic_link(page, base_url):
    search(page, base_url, "知识产权质押")
    page.locator(".pagefind-ui__result-link").first.click()
    page.locator(".digest-meta a", has_text="知识产权").click()
    expect(page.locator("article h1")).to_contain_text("知识产权")
    expect(page.locator("article li a", has_text="知识产权质押贷款")).to_be_visible()
    expect(page.locator('link[rel="alternate"][href$="feeds/topics/zhishichanquan.xml"]')).to_have_count(1)
