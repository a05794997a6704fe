"""The built sample site in headless Chromium, as a reader uses it: open the home page,
search (from the header, a phrase, a park alias, a phrase no article has), filter by park,
follow a topic, read an article and come back; on a phone-sized screen too. Every page is
opened with every host but this machine blocked, and must paint within a second without
having tried to reach one.

Needs Debian's chromium at /usr/bin/chromium (Playwright never downloads a browser
here). Without it the tests skip, except in CI (CI=true), where they fail.
Set SCREENSHOT_DIR to keep screenshots of the home page, the search page and an article
(the README's are assets/screenshot-home.png and assets/screenshot-search.png).
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from sitedata import CHROMIUM, CHROMIUM_ARGS, serve

from digest.site.search_index import records, search_text

WAIT_MS = 15_000
LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}
FIRST_PAINT_MS = 1_000
PAINT_TRIES = 3
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 375, "height": 667}

if not CHROMIUM.exists():
    if os.environ.get("CI") == "true":
        pytest.fail(f"{CHROMIUM} is missing: CI must install Debian's chromium (make browser)", pytrace=False)
    pytest.skip(f"{CHROMIUM} is missing: apt-get install chromium fonts-wqy-microhei",
                allow_module_level=True)

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


class Offline:
    """A browser context in which every request to a host other than this machine fails at
    once (as Google's hosts do from mainland China, or worse, hang) and is recorded."""

    def __init__(self, browser, viewport: dict):
        self.context = browser.new_context(viewport=viewport, locale="zh-CN")
        self.outside: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.set_default_timeout(WAIT_MS)

    def _route(self, route) -> None:
        if urlsplit(route.request.url).hostname in LOCAL_HOSTS:
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort("blockedbyclient")


@pytest.fixture
def offline(browser):
    made: list[Offline] = []

    def open_context(viewport: dict = DESKTOP) -> Offline:
        made.append(Offline(browser, viewport))
        return made[-1]

    yield open_context
    for context in made:
        assert not context.outside, f"requests to other hosts: {context.outside}"
        context.context.close()


@pytest.fixture
def page(offline):
    return offline().page


@pytest.fixture
def phone(offline):
    return offline(PHONE).page


def screenshot(page, name: str, tmp_path: Path) -> None:
    folder = Path(os.environ.get("SCREENSHOT_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / name), full_page=False)


def first_paint_ms(page) -> float:
    return page.evaluate("""() => {
        const entry = performance.getEntriesByName("first-contentful-paint")[0]
            || performance.getEntriesByName("first-paint")[0];
        return entry ? entry.startTime : null;
    }""")


def results(page):
    return page.locator(".digest-search__result")


def search(page, base_url: str, query: str) -> None:
    page.goto(base_url + "search/")
    page.locator(".digest-search__input").fill(query)
    results(page).first.wait_for()


def article_path(sample_site) -> str:
    page = next((sample_site / "site").glob("[0-9][0-9][0-9][0-9]/[0-9][0-9]/*/index.html"))
    return page.parent.relative_to(sample_site / "site").as_posix() + "/"


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_pages_paint_at_once_with_every_other_host_blocked(offline, base_url, sample_site, viewport,
                                                           record_property):
    """Each page in a fresh context (nothing cached), after one load that starts the browser's
    renderer and font cache, which a reader's browser has long done. No request to another
    host may even be tried. The machine is shared (other builds, this test's own server in
    the same process), so a page gets up to three loads to paint within the second: a page
    that waited for another host would be late every time."""
    offline(viewport).page.goto(base_url, wait_until="load")
    for path in ("", "search/?q=光谷", article_path(sample_site), "parks/", "subscribe/"):
        times = []
        for _ in range(PAINT_TRIES):
            context = offline(viewport)
            context.page.goto(base_url + path, wait_until="load")
            context.page.wait_for_load_state("networkidle")  # late requests (repository facts) too
            assert context.outside == [], (path, context.outside)
            times.append(first_paint_ms(context.page))
            assert times[-1] is not None, path
            if times[-1] < FIRST_PAINT_MS:
                break
        record_property(f"first_paint_ms {viewport['width']} /{path}", times)
        print(f"first paint {viewport['width']}px /{path}: {', '.join(f'{t:.0f}' for t in times)} ms")
        assert min(times) < FIRST_PAINT_MS, (path, times)


def test_home_page_shows_the_latest_issue(page, base_url, tmp_path):
    page.goto(base_url)
    expect(page).to_have_title("园区新闻摘编")
    expect(page.locator("html")).to_have_attribute("lang", "zh-CN")
    expect(page.locator("h2", has_text="最新一期")).to_be_visible()
    assert page.locator("article h3 a").count() >= 3  # the issue's articles, with summaries
    expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).to_have_count(1)
    expect(page.locator(".md-sidebar--primary")).to_be_hidden()  # no one-item sidebar
    expect(page.locator(".md-footer")).to_contain_text("版权归原报社所有")
    expect(page.locator(".digest-header-search__input")).to_be_visible()
    screenshot(page, "screenshot-home.png", tmp_path)


def test_dark_mode_toggle(page, base_url):
    page.goto(base_url)
    scheme = page.locator("body").get_attribute("data-md-color-scheme")
    toggle = page.locator("label.md-header__button[for^='__palette']:visible")
    expect(toggle).to_have_attribute("title", re.compile("切换到(深色|浅色)模式"))
    toggle.click()
    expect(page.locator("body")).not_to_have_attribute("data-md-color-scheme", scheme)
    assert {scheme, page.locator("body").get_attribute("data-md-color-scheme")} == {"default", "slate"}


def test_header_search_goes_to_the_search_page_with_the_query(page, base_url, tmp_path):
    page.goto(base_url + "parks/")
    page.keyboard.press("/")
    box = page.locator(".digest-header-search__input")
    expect(box).to_be_focused()
    page.keyboard.type("光谷")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q="))
    assert parse_qs(urlsplit(page.url).query) == {"q": ["光谷"]}
    expect(page.locator(".digest-search__input")).to_have_value("光谷")
    expect(page.locator(".digest-search__result-link", has_text="武汉东湖高新区").first).to_be_visible()
    screenshot(page, "screenshot-search.png", tmp_path)


def test_s_and_slash_focus_search_but_not_while_typing(page, base_url):
    page.goto(base_url + "search/?q=光谷")
    box = page.locator(".digest-search__input")
    results(page).first.wait_for()
    box.blur()
    page.keyboard.press("s")
    expect(box).to_be_focused()
    page.keyboard.press("End")
    page.keyboard.type("s")  # typed into the box, not a shortcut
    expect(box).to_have_value("光谷s")
    page.goto(base_url)
    page.keyboard.press("s")
    expect(page.locator(".digest-header-search__input")).to_be_focused()


def test_phone_header_has_a_search_icon(phone, base_url):
    phone.goto(base_url)
    expect(phone.locator(".digest-header-search__input")).to_be_hidden()
    icon = phone.locator(".digest-header-search__link")
    expect(icon).to_be_visible()
    icon.click()
    phone.wait_for_url(re.compile(r"/search/$"))
    expect(phone.locator(".digest-search__input")).to_be_focused()
    phone.goto(base_url + "topics/")
    phone.keyboard.press("/")  # no box in the header: the key opens the search page
    phone.wait_for_url(re.compile(r"/search/$"))


def test_query_stays_in_the_address_and_back_shows_the_search(page, base_url):
    search(page, base_url, "知识产权质押")
    page.wait_for_url(re.compile(r"\?q="))
    assert parse_qs(urlsplit(page.url).query) == {"q": ["知识产权质押"]}
    page.locator(".digest-search__result-link", has_text="知识产权质押贷款").first.click()
    expect(page.locator("article h1")).to_contain_text("知识产权质押贷款")
    page.go_back()
    expect(page.locator(".digest-search__input")).to_have_value("知识产权质押")
    expect(page.locator(".digest-search__result-link", has_text="知识产权质押贷款").first).to_be_visible()


def test_search_a_phrase_and_read_the_article(page, base_url, tmp_path):
    search(page, base_url, "知识产权质押")
    result = page.locator(".digest-search__result-link", has_text="知识产权质押贷款").first
    result.click()
    expect(page.locator("article h1")).to_contain_text("知识产权质押贷款")
    meta = page.locator(".digest-meta")
    expect(meta).to_contain_text("东湖高新区")
    expect(meta.locator("a", has_text="东湖高新区")).to_have_attribute("href", "../../../parks/donghu/")
    expect(page.locator(".admonition.abstract")).to_contain_text("知识产权质押贷款")  # the summary
    assert page.locator("article p").count() >= 5  # the body
    expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).to_have_count(2)  # + the park's
    expect(page.locator("a.headerlink").first).to_have_attribute("title", "本节链接")
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
        page.locator(".digest-search__input").fill(query)
        expect(page.locator(".digest-search__status")).to_have_text(
            f"找到 {count} 个 {query} 的相关结果" if count else f"未找到 {query} 的相关结果")
        expect(results(page)).to_have_count(min(count, 10))  # the first page of them
        expect(page.locator(".digest-search__note")).to_be_hidden()


def test_a_phrase_no_article_has_falls_back_to_all_its_words(page, base_url):
    """光谷高新区 stands in no article (光谷 is the 东湖 articles' alias, 高新区 in their
    text): the articles with both words are listed, under a note that says so."""
    search(page, base_url, "光谷高新区")
    expect(page.locator(".digest-search__note")).to_be_visible()
    expect(page.locator(".digest-search__note")).to_have_text("未找到完整短语，以下为包含全部词语的结果")
    expect(results(page)).to_have_count(1)
    expect(results(page).first).to_contain_text("东湖")
    page.locator(".digest-search__input").fill("光谷")
    expect(page.locator(".digest-search__note")).to_be_hidden()
    expect(results(page)).to_have_count(1)


def test_result_dates_read_as_on_the_rest_of_the_site(page, base_url):
    search(page, base_url, "高新区")
    dates = page.locator(".digest-search__result-meta time").all_inner_texts()
    assert dates and all(re.fullmatch(r"\d{4}年\d{1,2}月(\d{1,2}日)?", d) for d in dates), dates
    assert not page.locator(".digest-search__results").filter(has_text=re.compile(r"\d{4}-\d\d")).count()
    # The sample issue is dated by month; a day reads 2021年7月20日.
    days = page.evaluate("""async () => {
        const search = await import(new URL("../assets/search.js", location.href).href);
        return [search.dateZh("2021-07-20"), search.dateZh("2021-01"), search.dateZh("2021")];
    }""")
    assert days == ["2021年7月20日", "2021年1月", "2021年"]


def test_park_alias_finds_the_park(page, base_url):
    search(page, base_url, "光谷")
    expect(page.locator(".digest-search__result-link", has_text="武汉东湖高新区").first).to_be_visible()


def test_filter_results_by_park(page, base_url):
    search(page, base_url, "高新区")
    before = results(page).count()
    filters = page.locator(".digest-search__filters")
    expect(filters).to_have_attribute("open", "")  # beside the results on a wide screen
    filters.locator('input[name="园区"][value="东湖高新区"]').check()
    expect(page.locator(".digest-search__status")).to_contain_text("1")
    expect(results(page)).to_have_count(1)
    expect(results(page).first).to_contain_text("东湖")
    assert before > 1


def test_phone_results_come_before_the_fold(phone, base_url):
    """On a phone the filters fold into one line, so the first results show without scrolling."""
    phone.goto(base_url + "search/?q=高新区")
    first = results(phone).first
    first.wait_for()
    filters = phone.locator(".digest-search__filters")
    expect(filters).not_to_have_attribute("open", "")
    box = first.bounding_box()
    assert box["y"] + box["height"] / 2 < PHONE["height"], box
    filters.locator("summary").click()
    filters.locator('input[name="园区"][value="东湖高新区"]').check()
    expect(results(phone)).to_have_count(1)


def test_follow_a_topic_link(page, base_url):
    search(page, base_url, "知识产权质押")
    page.locator(".digest-search__result-link").first.click()
    page.locator(".digest-meta a", has_text="知识产权").click()
    expect(page.locator("article h1")).to_contain_text("知识产权")
    expect(page.locator("article li a", has_text="知识产权质押贷款")).to_be_visible()
    expect(page.locator('link[rel="alternate"][href$="feeds/topics/zhishichanquan.xml"]')).to_have_count(1)
