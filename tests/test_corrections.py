"""Editorial corrections through git, on a temporary repository built from the sample
issue: an editor's fix survives rebuilds and a parser change, shows on the page and on
the corrections page, reaches the feeds; merges, splits and deletions stick; article
ids survive re-parsing, and segmentation changes are reported. Everything runs
through the command line entry, digest.cli.main."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import subprocess
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import feedparser
import pytest
from sitedata import project_copy

import digest.build
import digest.parse
from digest.cli import main
from digest.editorial.pagefile import read_docs_page
from digest.editorial.record import BuildRecord
from digest.models import Article

SOURCE = "sources/2021-01/park-page-2021-01.txt"
FIXED = "2024-05-01T10:00:00+08:00"
FIXED_UTC = (2024, 5, 1, 2, 0, 0)


def git(repo: Path, *args: str, date: str = "2024-04-01T09:00:00+08:00") -> str:
    env = {**os.environ, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date, "GIT_CONFIG_NOSYSTEM": "1"}
    return subprocess.run(
        ["git", *args], cwd=repo, env=env, check=True, capture_output=True, text=True
    ).stdout


def commit(repo: Path, message: str, date: str = FIXED) -> None:
    git(repo, "add", "--all", ".")
    git(repo, "commit", "--quiet", "-m", message, date=date)


def build(repo: Path, capsys, *extra: str) -> str:
    """`build_digest.py build` in the repository; its summary."""
    capsys.readouterr()
    code = main(
        ["build", "--sources", str(repo / "sources"), "--docs", str(repo / "docs"), "--quiet", *extra]
    )
    out = capsys.readouterr()
    assert code == 0, out.err
    return out.out


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """mkdocs.yml, templates/, sources/ and an empty docs/ in a new git repository, built and committed."""
    repo = project_copy(tmp_path_factory.mktemp("built"))
    (repo / "docs").mkdir()
    git(repo, "init", "--quiet")
    git(repo, "config", "user.name", "编辑")
    git(repo, "config", "user.email", "desk@example.org")
    git(repo, "config", "commit.gpgsign", "false")
    (repo / ".gitignore").write_text("site/\n", encoding="utf-8")
    commit(repo, "the sample issue", "2024-04-01T09:00:00+08:00")
    assert main(["build", "--sources", str(repo / "sources"), "--docs", str(repo / "docs"), "--quiet"]) == 0
    commit(repo, "build", "2024-04-02T09:00:00+08:00")
    return repo


def articles(repo: Path) -> list[Article]:
    """The sample page's articles in reading order, with their ids, as the build record holds them."""
    return BuildRecord.load(repo / "docs").previous_parse(SOURCE).articles


def item_id(guid: str) -> str:
    """The article id in a feed item's GUID: tag:<host>,<YYYY-MM>:<site path>article/<id>."""
    assert guid.startswith("tag:example.org,") and "/article/" in guid, guid
    return guid.rsplit("/article/", 1)[1]


def page_of(repo: Path, article_id: str) -> Path:
    return repo / "docs" / "2021" / "01" / f"{article_id}.md"


def donghu(repo: Path) -> Article:
    return next(a for a in articles(repo) if "东湖" in a.title)


def correct_title_and_text(repo: Path) -> tuple[Article, str]:
    """An editor fixes the 东湖 article's title (front matter and heading) and a typo in its text."""
    article = donghu(repo)
    page = page_of(repo, article.id)
    text = page.read_text(encoding="utf-8")
    assert text.count(article.title) == 2 and "熊友辉直夸" in text
    edited = text.replace(article.title, "武汉东湖高新区：三成上市后备企业获知识产权质押贷款").replace(
        "熊友辉直夸", "熊友辉连夸"
    )
    page.write_text(edited, encoding="utf-8")
    commit(repo, f"Update {page.name}\n\n更正：标题误读")
    return article, edited


def parser_change(monkeypatch, change: Callable[[list[Article]], list[Article]]) -> None:
    """A new parser: another fingerprint, and the segmenter's articles passed through `change`."""
    segment = digest.parse.segment

    def changed(items, source=""):
        page = segment(items, source)
        page.articles = change(page.articles)
        return page

    monkeypatch.setattr(digest.build, "parser_fingerprint", lambda: "a-better-parser")
    monkeypatch.setattr(digest.parse, "segment", changed)


def segmenter_id(article: Article) -> Article:
    """The id the segmenter gives: a hash of the body's first 60 characters."""
    article.id = hashlib.sha1("".join(article.body_text.split())[:60].encode()).hexdigest()[:10]
    return article


def retouched(articles: list[Article]) -> list[Article]:
    """Each article's text changed slightly at its start, which renames it for the segmenter."""
    for article in articles:
        first = article.blocks[0]
        article.blocks[0] = replace(first, text=first.text.replace("，", ",", 1))
        segmenter_id(article)
    return articles


# -- an edit sticks ------------------------------------------------------------------


def test_an_edit_survives_two_rebuilds_and_a_parser_change(repo, capsys, monkeypatch):
    article, edited = correct_title_and_text(repo)
    page = page_of(repo, article.id)
    relative = f"2021/01/{article.id}.md"
    first = build(repo, capsys)
    assert f"kept as edited in docs/ ({relative})" in first and "1 corrections" in first
    second = build(repo, capsys)
    assert "0 files written" in second and page.read_text(encoding="utf-8") == edited
    before = sorted(p.name for p in page.parent.glob("*.md"))

    parser_change(monkeypatch, retouched)
    third = build(repo, capsys)
    assert "(1 parsed)" in third and "segmentation changed" not in third
    assert page.read_text(encoding="utf-8") == edited
    assert sorted(p.name for p in page.parent.glob("*.md")) == before  # same ids, same URLs
    other = page_of(repo, next(a.id for a in articles(repo) if a.id != article.id))
    assert (
        "," in read_docs_page(other.read_text(encoding="utf-8")).text
    )  # ...and the other pages took the new parse
    # The kind of change is what the editor did, not what the new parser changed since.
    assert "更正了标题、正文。标题误读。" in (repo / "docs" / "corrections.md").read_text(encoding="utf-8")


def test_the_page_and_the_corrections_page_show_the_correction(repo, capsys):
    article, _ = correct_title_and_text(repo)
    build(repo, capsys, "--site", str(repo / "site"))
    listing = (repo / "docs" / "corrections.md").read_text(encoding="utf-8")
    assert (
        f"- 2024年5月1日 · [武汉东湖高新区：三成上市后备企业获知识产权质押贷款](2021/01/{article.id}.md)："
        "更正了标题、正文。标题误读。"
    ) in listing
    html = (repo / "site" / "2021" / "01" / article.id / "index.html").read_text(encoding="utf-8")
    notice = html[html.index('<p class="admonition-title">本文已更正</p>') :]
    assert "2024年5月1日：更正了标题、正文。标题误读。" in notice[:400]
    # The sitemap and the link preview date the page by its correction, not by the build.
    sitemap = (repo / "site" / "sitemap.xml").read_text(encoding="utf-8")
    at = sitemap.index(f"/2021/01/{article.id}/</loc>")
    assert sitemap[at:].split("</lastmod>")[0].endswith("<lastmod>2024-05-01")
    assert '<meta property="article:modified_time" content="2024-05-01">' in html
    assert html.index("</h1>") < html.index("本文已更正") < html.index("digest-meta")  # right under the title
    assert (repo / "site" / "corrections" / "index.html").is_file()


def test_feeds_carry_the_correction_under_the_same_guid(repo, capsys):
    article, _ = correct_title_and_text(repo)
    build(repo, capsys)
    feeds = repo / "docs" / "feeds"
    everything = feedparser.parse((feeds / "all.xml").read_bytes())
    assert everything.bozo == 0
    item = next(e for e in everything.entries if item_id(e.id) == article.id)
    assert item.title == "武汉东湖高新区：三成上市后备企业获知识产权质押贷款"
    assert tuple(item.updated_parsed)[:6] == FIXED_UTC and item.published.startswith("Fri, 01 Jan 2021")
    assert "熊友辉连夸" in item.content[0].value
    park = feedparser.parse((feeds / "parks" / "donghu.xml").read_bytes())
    assert [tuple(e.updated_parsed)[:6] for e in park.entries if item_id(e.id) == article.id] == [FIXED_UTC]
    corrections = feedparser.parse((feeds / "corrections.xml").read_bytes())
    assert corrections.bozo == 0 and len(corrections.entries) == 1
    (entry,) = corrections.entries
    assert entry.link.endswith(f"/2021/01/{article.id}/")
    assert entry.id.startswith("tag:example.org,2021-01:park-news-digest/correction/")
    assert tuple(entry.published_parsed)[:6] == FIXED_UTC and "标题误读" in entry.summary


def test_a_corrected_park_moves_the_article(repo, capsys):
    article = donghu(repo)
    page = page_of(repo, article.id)
    text = page.read_text(encoding="utf-8")
    page.write_text(
        text.replace("park: 东湖高新区", "park: 泰安高新区").replace(
            "../../parks/donghu.md", "../../parks/taian.md"
        ),
        encoding="utf-8",
    )
    commit(repo, "园区应为泰安")
    build(repo, capsys)
    taian = feedparser.parse((repo / "docs" / "feeds" / "parks" / "taian.xml").read_bytes())
    assert article.id in {item_id(e.id) for e in taian.entries}
    assert not (repo / "docs" / "parks" / "donghu.md").exists()  # its only article moved away
    assert "更正了园区。" in (repo / "docs" / "corrections.md").read_text(encoding="utf-8")


def test_a_correction_outside_git_is_dated_when_first_seen(repo, capsys):
    article = donghu(repo)
    page = page_of(repo, article.id)
    page.write_text(page.read_text(encoding="utf-8").replace("熊友辉直夸", "熊友辉连夸"), encoding="utf-8")
    build(repo, capsys)  # not committed: git's date would be the build's commit, not the edit's
    seen = BuildRecord.load(repo / "docs").corrections[f"2021/01/{article.id}.md"]["versions"][-1]["seen"]
    day = dt.datetime.fromisoformat(seen).date()
    assert f"{day.year}年{day.month}月{day.day}日" in (repo / "docs" / "corrections.md").read_text(
        encoding="utf-8"
    )
    before = (repo / "docs" / "corrections.md").read_bytes()
    build(repo, capsys)
    assert (repo / "docs" / "corrections.md").read_bytes() == before
    commit(repo, "更正：错字")
    build(repo, capsys)
    assert "2024年5月1日 · " in (repo / "docs" / "corrections.md").read_text(encoding="utf-8")


# -- merging, splitting, deleting ------------------------------------------------------


def test_a_merge_by_deleting_a_page_sticks(repo, capsys):
    *_, into, gone = articles(repo)  # the last article's text goes into the one before it
    target, deleted = page_of(repo, into.id), page_of(repo, gone.id)
    moved = read_docs_page(deleted.read_text(encoding="utf-8")).text
    text = target.read_text(encoding="utf-8")
    at = text.index("\n---\n\n来源：")
    target.write_text(text[:at] + "\n" + moved + text[at:], encoding="utf-8")
    git(repo, "rm", "--quiet", str(deleted.relative_to(repo)))
    commit(repo, f"并入 {into.id}")
    assert main(["check", "--docs", str(repo / "docs")]) == 0  # the stale links are the build's to redraw
    build(repo, capsys)
    build(repo, capsys, "--site", str(repo / "site"))  # --strict: no page links to the deleted one
    assert not deleted.exists()
    assert gone.id not in (repo / "docs" / "issues" / "2021-01.md").read_text(encoding="utf-8")
    listing = (repo / "docs" / "corrections.md").read_text(encoding="utf-8")
    assert f"[{into.title}](2021/01/{into.id}.md)：《{gone.title}》已并入《{into.title}》。" in listing
    assert "更正了正文。" in listing
    corrections = feedparser.parse((repo / "docs" / "feeds" / "corrections.xml").read_bytes())
    assert any(
        e.title == f"更正：{gone.title}" and e.link.endswith(f"/{into.id}/") for e in corrections.entries
    )
    nav = (repo / "site" / "2021" / "01" / into.id / "index.html").read_text(encoding="utf-8")
    assert "下一篇" not in nav  # its saved navigation pointed at the deleted page; the site's does not


def test_a_split_into_a_new_page_joins_the_archive(repo, capsys):
    article = donghu(repo)
    page = page_of(repo, article.id)
    text = page.read_text(encoding="utf-8")
    body = read_docs_page(text).text
    paragraphs = body.strip().split("\n\n")
    second = "\n\n".join(paragraphs[len(paragraphs) // 2 :])
    page.write_text(text.replace(second, "").replace("\n\n\n\n", "\n\n"), encoding="utf-8")
    new = page_of(repo, "d0ng1-xia")
    new.write_text(
        text.replace(f"id: {article.id}", "id: d0ng1-xia")
        .replace(body.strip(), second)
        .replace(article.title, "四方光电：质押专利获贷"),
        encoding="utf-8",
    )
    commit(repo, "拆分")
    assert main(["check", "--docs", str(repo / "docs")]) == 0
    build(repo, capsys)
    again = build(repo, capsys)
    assert "0 files written" in again
    issue = (repo / "docs" / "issues" / "2021-01.md").read_text(encoding="utf-8")
    assert "[四方光电：质押专利获贷](../2021/01/d0ng1-xia.md)" in issue
    everything = feedparser.parse((repo / "docs" / "feeds" / "all.xml").read_bytes())
    assert "d0ng1-xia" in {item_id(e.id) for e in everything.entries}
    listing = (repo / "docs" / "corrections.md").read_text(encoding="utf-8")
    assert f"[四方光电：质押专利获贷](2021/01/d0ng1-xia.md)：由《{article.title}》拆分而来。" in listing
    kept = json.loads((repo / "docs" / ".digest" / "kept-pages.json").read_text(encoding="utf-8"))
    assert {"2021/01/d0ng1-xia.md", f"2021/01/{article.id}.md"} <= set(kept)


# -- stable ids ------------------------------------------------------------------------


def test_ids_stay_when_the_parser_changes(repo, capsys, monkeypatch):
    before = [a.id for a in articles(repo)]
    parser_change(monkeypatch, retouched)
    out = build(repo, capsys)
    assert "0 removed" in out and "segmentation changed" not in out
    assert [a.id for a in articles(repo)] == before
    assert sorted(p.stem for p in (repo / "docs" / "2021" / "01").glob("*.md")) == sorted(before)


def test_a_split_by_the_parser_is_reported(repo, capsys, monkeypatch):
    old = articles(repo)[0]

    def split_first(articles: list[Article]) -> list[Article]:
        first, half = articles[0], len(articles[0].blocks) // 2
        parts = [
            segmenter_id(replace(first, blocks=first.blocks[:half])),
            segmenter_id(replace(first, blocks=first.blocks[half:], title="")),
        ]
        return parts + articles[1:]

    parser_change(monkeypatch, split_first)
    out = build(repo, capsys)
    new = [a.id for a in articles(repo)][:2]
    assert f"segmentation changed in {SOURCE}: {old.id} split into {', '.join(new)}" in out
    assert not page_of(repo, old.id).exists() or old.id in new  # a generated page follows the new parse


def test_a_merge_by_the_parser_is_reported(repo, capsys, monkeypatch):
    *_, a, b = articles(repo)

    def merge_last(articles: list[Article]) -> list[Article]:
        *rest, x, y = articles
        return rest + [segmenter_id(replace(x, blocks=x.blocks + y.blocks))]

    parser_change(monkeypatch, merge_last)
    out = build(repo, capsys)
    merged = articles(repo)[-1].id
    assert f"segmentation changed in {SOURCE}: {a.id}, {b.id} merged into {merged}" in out
    assert merged in (a.id, b.id)  # the larger part's id carries over


# -- every correction kept ------------------------------------------------------------


def test_every_correction_is_kept_with_its_own_date_reason_and_kinds(repo, capsys):
    """A second fix that touched only the text says 正文 (compared with the first fix, not with
    the generated page), and the first stays listed with its own date, reason and kinds."""
    article, edited = correct_title_and_text(repo)
    build(repo, capsys)
    page = page_of(repo, article.id)
    assert "知识产权质押贷款" in edited
    page.write_text(edited.replace("熊友辉连夸", "熊友辉称赞"), encoding="utf-8")
    commit(repo, f"Update {page.name}\n\n更正：引语用词", date="2024-06-02T10:00:00+08:00")
    build(repo, capsys)
    listing = (repo / "docs" / "corrections.md").read_text(encoding="utf-8")
    link = f"[武汉东湖高新区：三成上市后备企业获知识产权质押贷款](2021/01/{article.id}.md)"
    second = f"- 2024年6月2日 · {link}：更正了正文。引语用词。"
    first = f"- 2024年5月1日 · {link}：更正了标题、正文。标题误读。"
    assert second in listing and first in listing and listing.index(second) < listing.index(first)
    corrections = feedparser.parse((repo / "docs" / "feeds" / "corrections.xml").read_bytes())
    assert len(corrections.entries) == 2 and len({e.id for e in corrections.entries}) == 2
    summaries = [e.summary for e in corrections.entries]
    assert summaries == ["更正了正文。引语用词。", "更正了标题、正文。标题误读。"]
    memo = BuildRecord.load(repo / "docs").corrections[f"2021/01/{article.id}.md"]
    assert [v["kinds"] for v in memo["versions"]] == [["标题", "正文"], ["正文"]]
    # The article itself shows and carries the latest correction.
    everything = feedparser.parse((repo / "docs" / "feeds" / "all.xml").read_bytes())
    item = next(e for e in everything.entries if item_id(e.id) == article.id)
    assert "熊友辉称赞" in item.content[0].value and tuple(item.updated_parsed)[:3] == (2024, 6, 2)
    kept = json.loads((repo / "docs" / ".digest" / "kept-pages.json").read_text(encoding="utf-8"))
    assert "2024年6月2日：更正了正文。引语用词。" in kept[f"2021/01/{article.id}.md"]["notice"]
    again = build(repo, capsys)
    assert "0 files written" in again
    assert (repo / "docs" / "corrections.md").read_text(encoding="utf-8") == listing


def test_a_hand_edit_of_a_generated_page_is_refused_by_its_rule(repo, capsys):
    """Editing a park page froze it: the rule `check` applies to generated pages refuses the
    edit and says where corrections go; article pages and untouched pages pass."""
    from digest.editorial.check import generated_page_problems

    park = repo / "docs" / "parks" / "donghu.md"
    park.write_text(park.read_text(encoding="utf-8") + "\n编辑补充的一句话。\n", encoding="utf-8")
    record = BuildRecord.load(repo / "docs")
    ((line, message),) = generated_page_problems(record, "parks/donghu.md")
    assert line == 1 and "parks/donghu.md is generated by the build" in message
    assert "git checkout -- docs/parks/donghu.md" in message and "YYYY/MM/<id>.md" in message
    assert generated_page_problems(record, "parks/index.md") == []
    article = donghu(repo)
    page = page_of(repo, article.id)
    page.write_text(page.read_text(encoding="utf-8").replace("熊友辉直夸", "熊友辉连夸"), encoding="utf-8")
    assert generated_page_problems(record, f"2021/01/{article.id}.md") == []


def test_a_record_from_before_versions_finds_the_previous_version_in_git(repo, capsys):
    """An older record holds only {"page", "kinds", "seen"} of the latest version: the page's
    previous version comes from git by its hash, so the new fix still says just 正文."""
    article, edited = correct_title_and_text(repo)
    build(repo, capsys)
    path = f"2021/01/{article.id}.md"
    state = repo / "docs" / ".digest" / "state.json"
    data = json.loads(state.read_text(encoding="utf-8"))
    latest = data["corrections"][path]["versions"][-1]
    data["corrections"][path] = {key: latest[key] for key in ("page", "kinds", "seen")}
    state.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    page = page_of(repo, article.id)
    page.write_text(edited.replace("熊友辉连夸", "熊友辉称赞"), encoding="utf-8")
    commit(repo, f"Update {page.name}\n\n更正：引语用词", date="2024-06-02T10:00:00+08:00")
    build(repo, capsys)
    listing = (repo / "docs" / "corrections.md").read_text(encoding="utf-8")
    assert "更正了正文。引语用词。" in listing and "更正了标题、正文。" in listing


def test_a_corrected_page_later_withdrawn_keeps_its_correction_without_a_dead_link(repo, capsys):
    *_, gone = articles(repo)
    page = page_of(repo, gone.id)
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace(gone.title, gone.title + "（修订）"), encoding="utf-8")
    commit(repo, f"Update {page.name}\n\n更正：标题")
    build(repo, capsys)
    git(repo, "rm", "--quiet", str(page.relative_to(repo)))
    commit(repo, "撤下", date="2024-06-02T10:00:00+08:00")
    build(repo, capsys)
    build(repo, capsys, "--site", str(repo / "site"))  # --strict: the earlier correction links nowhere dead
    listing = (repo / "docs" / "corrections.md").read_text(encoding="utf-8")
    # The earlier correction is still listed, with its title unlinked: its page is gone.
    assert f"- 2024年5月1日 · {gone.title}（修订）：更正了标题。标题。" in listing and "已撤下。" in listing
    assert f"2021/01/{gone.id}.md" not in listing


def test_a_page_that_differs_only_in_a_stale_generated_line_is_no_correction(repo, capsys):
    """An editor's fix the parser now makes too: the page equals what the build writes but for
    the `generated:` line it was written with. It goes back to the build, with no correction."""
    page = page_of(repo, donghu(repo).id)
    text = page.read_text(encoding="utf-8")
    stale = re.sub(r"^(---\ngenerated: )[0-9a-f]{16}", r"\g<1>0000000000000000", text)
    assert stale != text
    page.write_text(stale, encoding="utf-8")
    summary = build(repo, capsys)
    assert "kept as edited" not in summary and "correction" not in summary, summary
    assert page.read_text(encoding="utf-8") == text
