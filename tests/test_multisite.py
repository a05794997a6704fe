"""The site split by year (`build --site site --split-years`): a root site and one sub-site per
year, each a MkDocs build with the shared theme and its own Pagefind index, served under one
root; the search page merges the years' indexes, so one search finds articles of every year.

The archive is the sample page's gold articles, rendered by the build's own render stage:
three in an issue of January 2021, three in one of March 2022.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from sitedata import CHROMIUM, CHROMIUM_ARGS, gold_articles, placed, project_copy, serve

from digest.build import build, build_split_site, publish
from digest.cli import main
from digest.editorial.record import BuildRecord
from digest.errors import DigestError
from digest.site.config import load_site_config

ROOT = Path(__file__).resolve().parent.parent
WAIT_MS = 15_000
YEARS = {"2021": "2021-01", "2022": "2022-03"}


def make_archive(repo: Path) -> Path:
    """mkdocs.yml, templates/ and docs/ with the gold articles in two years; returns mkdocs.yml."""
    shutil.copy(ROOT / "mkdocs.yml", repo / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", repo / "templates")
    articles = gold_articles()
    pages = [placed(articles[:3], YEARS["2021"]), placed(articles[3:], YEARS["2022"])]
    record = BuildRecord.load(repo / "docs")
    publish(pages, record, load_site_config(repo / "mkdocs.yml"))
    record.save()
    return repo / "mkdocs.yml"


@pytest.fixture(scope="module")
def split_site(tmp_path_factory) -> Path:
    repo = tmp_path_factory.mktemp("split")
    config = make_archive(repo)
    assert build_split_site(config, repo / "docs", repo / "site", repo / "no-previous-site") == [
        "2022",
        "2021",
    ]
    return repo / "site"


def article_urls(site: Path, year: str) -> list[str]:
    return sorted(p.parent.relative_to(site).as_posix() + "/" for p in (site / year).glob("*/*/index.html"))


def test_each_year_is_a_sub_site_with_its_own_index_and_the_root_has_the_rest(split_site):
    for year in YEARS:
        assert len(article_urls(split_site, year)) == 3
        assert (split_site / year / "pagefind" / "pagefind.js").is_file()
        assert (split_site / year / "sitemap.xml").read_text(encoding="utf-8").count("<loc>") == 3
    assert not (split_site / "pagefind").exists()  # no index of the whole site
    for page in (
        "index.html",
        "parks/index.html",
        "archive/2021-01/index.html",
        "search/index.html",
        "feeds/all.xml",
    ):
        assert (split_site / page).is_file(), page
    search_page = (split_site / "search" / "index.html").read_text(encoding="utf-8")
    assert 'data-bundles="../2022/pagefind/ ../2021/pagefind/ "' in search_page


def test_links_between_sub_sites_resolve_as_in_the_whole_site(split_site):
    """An article links to the root's index pages and to articles of the other year."""
    for year in YEARS:
        for url in article_urls(split_site, year):
            page = (split_site / url / "index.html").read_text(encoding="utf-8")
            for href in re.findall(r'href="(\.\./[^"#?]+)"', page):
                target = (split_site / url / href).resolve()
                assert (target / "index.html").is_file() or target.is_file(), (url, href)


def test_only_the_years_whose_pages_changed_are_built_again(split_site, tmp_path):
    repo = split_site.parent
    previous = tmp_path / "previous"
    shutil.copytree(split_site, previous)
    page = next((repo / "docs" / "2021").glob("*/*.md"))
    original = page.read_text(encoding="utf-8")
    try:
        page.write_text(original.replace("\n# ", "\n# 更正：", 1), encoding="utf-8")
        rebuilt = build_split_site(repo / "mkdocs.yml", repo / "docs", tmp_path / "site", previous)
    finally:
        page.write_text(original, encoding="utf-8")
    assert rebuilt == ["2021"]
    kept = next((tmp_path / "site" / "2022").glob("*/*/index.html"))
    assert (
        kept.stat().st_ino == (previous / kept.relative_to(tmp_path / "site")).stat().st_ino
    )  # linked, not built
    assert "更正：" in (
        tmp_path / "site" / page.relative_to(repo / "docs").with_suffix("") / "index.html"
    ).read_text(encoding="utf-8")


def test_a_link_to_a_missing_page_of_another_year_fails_the_build(split_site, tmp_path):
    """MkDocs sees every page while it builds one year, so --strict still checks links across years."""
    repo = split_site.parent
    page = next((repo / "docs" / "2022").glob("*/*.md"))
    original = page.read_text(encoding="utf-8")
    try:
        page.write_text(original + "\n[另一年](../../2021/01/no-such-article.md)\n", encoding="utf-8")
        with pytest.raises(DigestError, match="mkdocs 2022"):
            build_split_site(repo / "mkdocs.yml", repo / "docs", tmp_path / "site", split_site)
    finally:
        page.write_text(original, encoding="utf-8")


def test_the_build_splits_the_site_and_builds_again_only_what_changed(tmp_path, capsys):
    """Through build(): the sample issue's year and the root; a second build rebuilds the root only."""
    repo = project_copy(tmp_path)
    build(repo / "sources", repo / "docs", site=repo / "site", progress=False, split_years=True)
    assert (repo / "site" / "2021" / "pagefind" / "pagefind.js").is_file()
    assert (repo / "site" / "parks" / "index.html").is_file()
    assert "the root and 1 of 1 years (2021)" in capsys.readouterr().err
    build(repo / "sources", repo / "docs", site=repo / "site", progress=False, split_years=True)
    assert "the root and 0 of 1 years (none)" in capsys.readouterr().err
    assert (repo / "site" / "2021" / "pagefind" / "pagefind.js").is_file()


def test_split_years_needs_a_site():
    with pytest.raises(SystemExit) as exit:
        main(["build", "--split-years"])
    assert exit.value.code == 2


# --- in the browser -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is missing: CI must install Debian's chromium (make browser)")
        pytest.skip(f"{CHROMIUM} is missing: apt-get install chromium fonts-wqy-microhei")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(WAIT_MS)
    yield page
    context.close()


@pytest.fixture(scope="module")
def base_url(split_site):
    with serve(split_site) as url:
        yield url


def found_urls(page, base_url: str, query: str) -> list[str]:
    """The result links of the search page for `query`, in the order shown."""
    page.goto(f"{base_url}search/?q={query}")
    page.locator(".digest-search__result").first.wait_for()
    page.wait_for_function(
        "() => !document.querySelector('.digest-search__status').textContent.includes('正在')"
    )
    return page.locator(".digest-search__result-link").evaluate_all("links => links.map(a => a.href)")


def year_of(url: str, base_url: str) -> str:
    return url.removeprefix(base_url)[:4]


def test_one_search_finds_the_articles_of_both_years_newest_first(page, base_url):
    urls = found_urls(page, base_url, "高新区")
    years = [year_of(url, base_url) for url in urls]
    assert set(years) == {"2021", "2022"}, urls
    assert years == sorted(years, reverse=True), urls  # newest first across the merged indexes


@pytest.mark.parametrize(("query", "year"), [("光谷", "2021"), ("永川", "2022")])
def test_results_of_each_sub_site_open(page, base_url, query, year):
    urls = found_urls(page, base_url, query)
    assert urls and {year_of(url, base_url) for url in urls} == {year}, urls
    response = page.goto(urls[0])
    assert response is not None and response.ok
    assert page.locator("article h1").inner_text()


def test_without_the_merge_a_year_index_alone_misses_the_other_year(page, base_url):
    """What the merge adds: the 2022 index alone finds nothing for 光谷 (a 2021 park), the 2021
    index alone does; the search page above finds it because it merges both."""
    page.goto(base_url)

    def count(year: str) -> int:
        return page.evaluate(
            """async (bundle) => {
                document.documentElement.setAttribute("lang", "en");  // the index's language
                const pagefind = await import(bundle + "pagefind.js");
                await pagefind.options({ baseUrl: "/" });
                const found = await pagefind.search('"光谷"');
                await pagefind.destroy();
                return found.results.length;
            }""",
            f"{base_url}{year}/pagefind/",
        )

    assert count("2022") == 0
    assert count("2021") > 0
