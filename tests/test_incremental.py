"""A build renders only the pages whose inputs changed, and writes what rendering every page
writes: docs/ after a new issue, a changed article, a changed template or configuration
equals, byte for byte (the build record included), docs/ with every page rendered again
from the same parses, and a clean build's where the parses are the same (a page parsed
earlier keeps the keywords of the archive IDF it was parsed with, and its articles their
ids). An editor's hand edit is still kept and told as a correction."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from test_faults import PAGE_TEXT, SOURCE, add_issue, build_ok, clean_build, snapshot

import digest.build
import digest.site.feeds
import digest.site.render
from benchmarks.run import generate_pages
from digest.resources import TEMPLATES


def rendered_afresh(repo: Path, where: Path, capsys) -> dict[str, bytes]:
    """docs/ of `repo` built again with no page's key in the record: every page rendered."""
    again = where / "afresh"
    shutil.copytree(repo, again)
    state = again / "docs" / ".digest" / "state.json"
    data = json.loads(state.read_text(encoding="utf-8"))
    assert data.pop("keys")
    state.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    build_ok(again, capsys)
    return snapshot(again / "docs")


@pytest.fixture
def renders(monkeypatch) -> list[str]:
    """The Markdown templates and feeds rendered from now on, one name each time."""
    done: list[str] = []
    markdown, feed = digest.site.render._markdown, digest.site.feeds._feed

    def counted_markdown(template: str, path: str, **context) -> str:
        done.append(template)
        return markdown(template, path, **context)

    def counted_feed(config, path: str, *rest) -> str:
        done.append(path)
        return feed(config, path, *rest)

    monkeypatch.setattr(digest.site.render, "_markdown", counted_markdown)
    monkeypatch.setattr(digest.site.feeds, "_feed", counted_feed)
    return done


@pytest.fixture
def templates(monkeypatch, tmp_path) -> Path:
    """A copy of templates/ that the build renders with (and fingerprints), to edit."""
    copy = tmp_path / "templates"
    shutil.copytree(TEMPLATES, copy)
    monkeypatch.setattr(digest.build, "RENDER_CODE", (digest.build.PACKAGE, copy))
    for module in (digest.site.render, digest.site.feeds):
        monkeypatch.setattr(module, "TEMPLATES", copy)
        module._environment.cache_clear()
    yield copy
    for module in (digest.site.render, digest.site.feeds):
        module._environment.cache_clear()


def test_a_build_with_nothing_new_renders_nothing(proj, capsys, renders):
    out = build_ok(proj, capsys)
    assert renders == [] and "0 files written" in out, out


def test_a_new_issue_leaves_the_other_issue_unrendered_and_equals_a_clean_build(
    proj, tmp_path, capsys, renders
):
    add_issue(proj, "2021-02-05", "2021-02-05", PAGE_TEXT.replace("武汉", "孝感"))
    build_ok(proj, capsys)
    assert renders.count("issue.md.j2") == 1  # the new issue's page; the other issue's is as it was
    assert snapshot(proj / "docs") == clean_build(proj, tmp_path, capsys)


def test_an_older_issue_added_later_equals_every_page_rendered_again(proj, tmp_path, capsys):
    text, _ = next(generate_pages(5, seed=3))
    add_issue(proj, "2020-12-04", "2020-12-04", text)
    build_ok(proj, capsys)
    assert snapshot(proj / "docs") == rendered_afresh(proj, tmp_path, capsys)


def test_a_changed_article_equals_every_page_rendered_again(proj, tmp_path, capsys, renders):
    page = proj / SOURCE
    text = page.read_text(encoding="utf-8")
    at = text.rindex("企业")
    page.write_text(text[:at] + "公司" + text[at + 2 :], encoding="utf-8")
    build_ok(proj, capsys)
    assert "article.md.j2" in renders
    assert snapshot(proj / "docs") == rendered_afresh(proj, tmp_path, capsys)


def test_a_changed_template_renders_again_and_equals_a_clean_build(proj, tmp_path, capsys, templates):
    article = templates / "article.md.j2"
    article.write_text(article.read_text(encoding="utf-8").replace("来源：", "出处："), encoding="utf-8")
    build_ok(proj, capsys)
    assert "出处：" in next((proj / "docs" / "2021" / "01").glob("*.md")).read_text(encoding="utf-8")
    assert snapshot(proj / "docs") == clean_build(proj, tmp_path, capsys)


def test_a_changed_site_name_equals_a_clean_build(proj, tmp_path, capsys):
    config = proj / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("园区新闻摘编", "园区新闻"), encoding="utf-8"
    )
    build_ok(proj, capsys)
    assert snapshot(proj / "docs") == clean_build(proj, tmp_path, capsys)


def test_a_hand_edit_is_kept_and_told_when_its_inputs_did_not_change(proj, capsys):
    page = sorted((proj / "docs" / "2021" / "01").glob("*.md"))[0]
    edited = page.read_text(encoding="utf-8").replace("\ntitle: ", "\ntitle: 更正后的", 1)
    page.write_text(edited, encoding="utf-8")
    add_issue(proj, "2021-02-05", "2021-02-05", PAGE_TEXT.replace("武汉", "孝感"))
    out = build_ok(proj, capsys)
    assert "kept as edited" in out and "1 corrections" in out, out
    assert page.read_text(encoding="utf-8") == edited
    assert page.relative_to(proj / "docs").with_suffix("").as_posix() in (
        proj / "docs" / "corrections.md"
    ).read_text(encoding="utf-8")


def test_a_generated_page_overwritten_with_an_older_version_is_written_again(proj, capsys):
    page = proj / "docs" / "index.md"
    current = page.read_bytes()
    add_issue(proj, "2021-02-05", "2021-02-05", PAGE_TEXT.replace("武汉", "孝感"))
    build_ok(proj, capsys)
    page.write_bytes(current)  # e.g. restored from git: still the build's own page, by its hash
    build_ok(proj, capsys)
    assert page.read_bytes() != current and "孝感" in page.read_text(encoding="utf-8")


def test_the_review_of_a_page_parsed_before_comes_from_the_record_until_its_code_changes(
    proj, capsys, monkeypatch, tmp_path
):
    state = proj / "docs" / ".digest" / "state.json"
    data = json.loads(state.read_text(encoding="utf-8"))
    (name,) = data["reviews"]["pages"]
    parse = json.loads((proj / "docs" / ".digest" / "parses" / name).read_text(encoding="utf-8"))
    data["reviews"]["pages"][name] = [article["id"] for article in parse["articles"]]
    state.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert "6 of 6 articles need a look" in build_ok(proj, capsys)
    changed = tmp_path / "review.py"
    changed.write_text(
        digest.build.REVIEW_CODE.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8"
    )
    monkeypatch.setattr(digest.build, "REVIEW_CODE", changed)
    # reviewed again: only the article whose byline was given by distance (安康高新区)
    assert "1 of 6 articles need a look" in build_ok(proj, capsys)
