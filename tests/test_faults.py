"""Faults a build must survive or refuse with one `error:` line, through the real command line
(digest.cli.main, or build_digest.py in a subprocess): interrupted builds, a lost build record,
duplicate pages, hostile text in feeds, symlinks, oversized or malformed input, encodings,
editors' line endings, the site swap and concurrent builds.

Each test checks the message, the exit code, and that nothing else in docs/ was lost or changed."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import feedparser
import pytest
from sitedata import project_copy

import digest.editorial.record as record_module
from digest.cli import main

ROOT = Path(__file__).resolve().parents[1]
SOURCE = "sources/2021-01/park-page-2021-01.txt"
PAGE_TEXT = (ROOT / SOURCE).read_text(encoding="utf-8")


# -- helpers ----------------------------------------------------------------------


def run(repo: Path, capsys, *args: str) -> tuple[int, str, str]:
    """`build_digest.py ARGS` in `repo` (build gets --sources/--docs/--quiet): exit code, stdout, stderr."""
    capsys.readouterr()
    if args and args[0] == "build":
        args = (
            "build",
            "--sources",
            str(repo / "sources"),
            "--docs",
            str(repo / "docs"),
            "--quiet",
            *args[1:],
        )
    elif args and args[0] == "check":
        args = ("check", "--docs", str(repo / "docs"), *args[1:])
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def build_ok(repo: Path, capsys, *extra: str) -> str:
    code, out, err = run(repo, capsys, "build", *extra)
    assert code == 0, err
    assert "Traceback" not in err
    return out


def snapshot(docs: Path) -> dict[str, bytes]:
    """Every file of docs/ (the build record included), but the lock of a running build."""
    return {
        p.relative_to(docs).as_posix(): p.read_bytes()
        for p in sorted(docs.rglob("*"))
        if p.is_file() and p.name != "lock"
    }


def clean_build(repo: Path, where: Path, capsys) -> dict[str, bytes]:
    """docs/ as a build from nothing writes it, for the sources and config of `repo`."""
    fresh = where / "clean"
    fresh.mkdir()
    shutil.copy(repo / "mkdocs.yml", fresh / "mkdocs.yml")
    shutil.copytree(repo / "templates", fresh / "templates")
    shutil.copytree(repo / "sources", fresh / "sources")
    (fresh / "docs").mkdir()
    build_ok(fresh, capsys)
    return snapshot(fresh / "docs")


def one_error_line(err: str) -> str:
    """stderr holds exactly one line, `error: …`, and no traceback; that line."""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("error: ") and "Traceback" not in err, err
    assert len(lines[0]) <= 300, len(lines[0])
    return lines[0]


def add_issue(repo: Path, folder: str, date: str, text: str = PAGE_TEXT, name: str = "p.txt") -> Path:
    issue = repo / "sources" / folder
    issue.mkdir()
    (issue / name).write_text(text, encoding="utf-8")
    (issue / "issue.yml").write_text(
        f"publication: 导报\ndate: {date}\npages:\n  - file: {name}\n    number: 1\n    name: 园区\n",
        encoding="utf-8",
    )
    return issue


def article_pages(docs: Path) -> list[Path]:
    return sorted(p for p in docs.glob("[0-9][0-9][0-9][0-9]/[0-9][0-9]/*.md"))


def interrupt_after(monkeypatch, writes: int) -> None:
    """The build's n-th file write raises KeyboardInterrupt (Ctrl-C), as a kill would stop it."""
    real, count = record_module.write_atomic, [0]

    def write(path, data):
        count[0] += 1
        if count[0] > writes:
            raise KeyboardInterrupt
        real(path, data)

    monkeypatch.setattr(record_module, "write_atomic", write)


# -- 1. an interrupted build invents no correction --------------------------------------


@pytest.mark.parametrize("writes", [0, 1, 7, 20, 35])
def test_an_interrupted_build_leaves_no_false_correction(proj, tmp_path, capsys, monkeypatch, writes):
    config = proj / "mkdocs.yml"  # a change that rewrites every page: a new site name
    config.write_text(
        config.read_text(encoding="utf-8").replace("园区新闻摘编", "园区新闻"), encoding="utf-8"
    )
    with monkeypatch.context() as patch:
        interrupt_after(patch, writes)
        code, out, err = run(proj, capsys, "build")
    assert code == 1 and err.strip() == "interrupted"
    add_issue(proj, "2021-02-05", "2021-02-05", PAGE_TEXT.replace("武汉", "孝感"))  # then any change
    out = build_ok(proj, capsys)
    assert "kept as edited" not in out and "corrections" not in out, out
    assert snapshot(proj / "docs") == clean_build(proj, tmp_path, capsys)


@pytest.mark.parametrize("writes", [3, 30])
def test_a_first_build_interrupted_then_rebuilt_equals_a_clean_build(
    proj, tmp_path, capsys, monkeypatch, writes
):
    shutil.rmtree(proj / "docs")
    (proj / "docs").mkdir()
    with monkeypatch.context() as patch:
        interrupt_after(patch, writes)
        assert run(proj, capsys, "build")[0] == 1
    out = build_ok(proj, capsys)
    assert "kept as edited" not in out and "corrections" not in out, out
    assert snapshot(proj / "docs") == clean_build(proj, tmp_path, capsys)


def test_a_killed_write_leaves_no_stale_temporary_file(proj, capsys):
    stale = proj / "docs" / "2021" / "01" / ".abc.md.x1y2.tmp"
    stale.write_text("half a page", encoding="utf-8")
    before = snapshot(proj / "docs")
    build_ok(proj, capsys)
    assert not stale.exists()
    assert snapshot(proj / "docs") == {k: v for k, v in before.items() if not k.endswith(".tmp")}


def test_generated_pages_carry_the_hash_of_what_the_build_wrote(proj):
    for page in [proj / "docs" / "index.md", *article_pages(proj / "docs")]:
        text = page.read_text(encoding="utf-8")
        match = re.match(r"---\ngenerated: ([0-9a-f]{16})\n", text)
        assert match, page
        rest = "---\n" + text[match.end() :]
        assert record_module.sha256(rest.encode())[:16] == match.group(1)


# -- 2. a lost or restored build record ------------------------------------------------------


@pytest.mark.parametrize("how", ["lost", "restored"])
def test_a_lost_or_restored_record_does_not_freeze_the_site(proj, tmp_path, capsys, how):
    state = proj / "docs" / ".digest" / "state.json"
    old = state.read_bytes()
    add_issue(proj, "2021-02-05", "2021-02-05", PAGE_TEXT.replace("武汉", "孝感"))
    build_ok(proj, capsys)
    if how == "lost":
        state.unlink()
    else:
        state.write_bytes(old)
    add_issue(proj, "2021-03-05", "2021-03-05", PAGE_TEXT.replace("武汉", "荆州"))
    out = build_ok(proj, capsys)
    assert "kept as edited" not in out and "corrections" not in out, out
    assert "荆州" in (proj / "docs" / "index.md").read_text(encoding="utf-8")
    assert "/2021/03/" in (proj / "docs" / "feeds" / "all.xml").read_text(encoding="utf-8")
    assert snapshot(proj / "docs") == clean_build(proj, tmp_path, capsys)


def test_an_edited_page_stays_edited_without_the_record(proj, capsys):
    page = article_pages(proj / "docs")[0]
    page.write_text(
        page.read_text(encoding="utf-8")
        .replace("\n# ", "\n# 更正后", 1)
        .replace("title: ", "title: 更正后", 1),
        encoding="utf-8",
    )
    (proj / "docs" / ".digest" / "state.json").unlink()
    out = build_ok(proj, capsys)
    assert "1 kept as edited" in out and "1 corrections" in out, out
    assert "更正后" in page.read_text(encoding="utf-8")


# -- 3. the same page bytes in two issues ---------------------------------------------------


def test_the_same_page_in_two_issues_keeps_unique_stable_ids_and_is_reported(proj, capsys):
    add_issue(proj, "2021-02-05", "2021-02-05")  # the very bytes of the sample page
    code, out, err = run(proj, capsys, "build")
    assert code == 0
    assert err.strip() == (
        "warning: sources/2021-02-05/p.txt has the same bytes as sources/2021-01/park-page-2021-01.txt"
    )
    ids = [p.stem for p in article_pages(proj / "docs")]
    assert len(ids) == 12 and len(set(ids)) == 12
    first = {p.stem for p in (proj / "docs" / "2021" / "01").glob("*.md")}
    # A correction to the second issue's article survives rebuilds and renames nothing.
    page = sorted((proj / "docs" / "2021" / "02").glob("*.md"))[0]
    page.write_text(page.read_text(encoding="utf-8").replace("。", "。更正。", 1), encoding="utf-8")
    for _ in range(2):
        out = build_ok(proj, capsys)
    assert sorted(p.stem for p in article_pages(proj / "docs")) == sorted(ids)
    assert {p.stem for p in (proj / "docs" / "2021" / "01").glob("*.md")} == first
    assert "更正。" in page.read_text(encoding="utf-8")
    assert "1 corrections" in out


# -- 4. feed injection -------------------------------------------------------------------------


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.text, self.tags = [], []

    def handle_data(self, data):
        self.text.append(data)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)


def rendered(fragment: str) -> tuple[str, list[str]]:
    parser = _Text()
    parser.feed(fragment)
    parser.close()
    return "".join(parser.text), parser.tags


def test_feed_items_carry_hostile_text_as_literal_text(proj, capsys):
    summary = "<img src=x onerror=alert(2)> & 摘要"
    title = "<b>粗</b> 标题 & 说明"
    page = article_pages(proj / "docs")[0]
    text = page.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^summary: .*$", "summary: '" + summary + "'", text, count=1)
    text = re.sub(r"(?m)^title: .*$", "title: '" + title + "'", text, count=1)
    text = re.sub(r"(?m)^# .*$", "# " + html.escape(title, quote=False), text, count=1)
    page.write_text(text, encoding="utf-8")
    build_ok(proj, capsys)
    feed = feedparser.parse((proj / "docs" / "feeds" / "all.xml").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    item = next(e for e in feed.entries if e.id.endswith("/" + page.stem))
    assert item.title == title
    shown, tags = rendered(item.summary)
    assert shown == summary and tags == []


# -- 5. symlinks ---------------------------------------------------------------------------------


def test_a_page_file_linking_outside_sources_is_refused(proj, tmp_path, capsys):
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:机密:/root:/bin/bash\n" * 50, encoding="utf-8")
    issue = add_issue(proj, "2021-02-05", "2021-02-05")
    (issue / "p.txt").unlink()
    (issue / "p.txt").symlink_to(secret)
    before = snapshot(proj / "docs")
    code, out, err = run(proj, capsys, "build")
    line = one_error_line(err)
    assert code == 1 and "sources/2021-02-05/p.txt" in line and "outside" in line and "link" in line
    assert snapshot(proj / "docs") == before
    assert not any("机密" in p.read_text(encoding="utf-8") for p in (proj / "docs").rglob("*.json"))


def test_an_issue_folder_linking_outside_sources_is_refused(proj, tmp_path, capsys):
    outside = tmp_path / "elsewhere"
    shutil.copytree(proj / "sources" / "2021-01", outside)
    (proj / "sources" / "2021-01").rename(proj / "2021-01.bak")
    (proj / "sources" / "2021-01").symlink_to(outside)
    before = snapshot(proj / "docs")
    code, out, err = run(proj, capsys, "build")
    assert code == 1 and "outside" in one_error_line(err)
    assert snapshot(proj / "docs") == before


# -- 6. size limits and YAML bombs --------------------------------------------------------------


@pytest.mark.parametrize("command", ["parse", "build"])
def test_an_oversized_page_is_refused_with_its_size(proj, capsys, command):
    issue = add_issue(proj, "2021-02-05", "2021-02-05", "园" * 700_000)  # one line, 2 MB
    before = snapshot(proj / "docs")
    if command == "parse":
        code, out, err = run(proj, capsys, "parse", str(issue / "p.txt"))
    else:
        code, out, err = run(proj, capsys, "build")
    line = one_error_line(err)
    assert code == 1 and line.endswith("p.txt: 2.0 MB is not a newspaper page (limit 512 KB)"), line
    assert snapshot(proj / "docs") == before


def test_a_yaml_alias_bomb_is_refused(proj, capsys):
    issue = add_issue(proj, "2021-02-05", "2021-02-05")
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(9)
    )
    (issue / "issue.yml").write_text(
        bomb + (issue / "issue.yml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    before = snapshot(proj / "docs")
    code, out, err = run(proj, capsys, "build")
    line = one_error_line(err)
    assert code == 1 and "issue.yml:1:" in line and "anchors and aliases" in line, line
    assert snapshot(proj / "docs") == before


def test_a_long_value_is_cut_in_the_message(proj, capsys):
    issue = add_issue(proj, "2021-02-05", "2021-02-05")
    manifest = issue / "issue.yml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace("file: p.txt", "file: " + "长" * 5000 + ".txt"),
        encoding="utf-8",
    )
    code, out, err = run(proj, capsys, "build")
    assert code == 1 and "…" in one_error_line(err)


# -- 7. tracebacks -------------------------------------------------------------------------------


MANIFEST_CASES = {
    "month 13": ("date: 2021-13-45", "date"),
    "quoted Feb 30": ("date: '2021-02-30'", "2021-02-30"),
    "month 13 only": ("date: 2021-13", "2021-13"),
    "month 0": ("date: 2021-00", "2021-00"),
    "full-width digits": ("date: ２０２１-０２-０５", "date"),
    "Arabic-Indic digits": ("date: ٢٠٢١-٠٢-٠٥", "date"),
    "trailing newline": ('date: "2021-02-05\\n"', "date"),
    "another day": ("date: 2021-03-05", "2021-03-05"),
}


@pytest.mark.parametrize("case", MANIFEST_CASES)
def test_a_bad_date_is_one_error_line(proj, capsys, case):
    date, expected = MANIFEST_CASES[case]
    issue = add_issue(proj, "2021-02-05", "2021-02-05")
    manifest = issue / "issue.yml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace("date: 2021-02-05", date), encoding="utf-8"
    )
    before = snapshot(proj / "docs")
    code, out, err = run(proj, capsys, "build")
    line = one_error_line(err)
    assert code == 1 and "issue.yml" in line and expected in line, line
    assert snapshot(proj / "docs") == before


def test_a_folder_named_for_another_date_names_both(proj, capsys):
    add_issue(proj, "2021-02-01", "2021-03-05")
    code, out, err = run(proj, capsys, "build")
    line = one_error_line(err)
    assert code == 1 and "2021-02-01" in line and "2021-03-05" in line, line


def test_a_gb18030_manifest_is_one_error_line(proj, capsys):
    issue = add_issue(proj, "2021-02-05", "2021-02-05")
    manifest = issue / "issue.yml"
    manifest.write_bytes(manifest.read_text(encoding="utf-8").encode("gb18030"))
    code, out, err = run(proj, capsys, "build")
    line = one_error_line(err)
    assert code == 1 and "issue.yml" in line and "UTF-8" in line, line


def test_a_manifest_that_is_a_folder_is_one_error_line(proj, capsys):
    issue = add_issue(proj, "2021-02-05", "2021-02-05")
    (issue / "issue.yml").unlink()
    (issue / "issue.yml").mkdir()
    code, out, err = run(proj, capsys, "build")
    assert code == 1 and "issue.yml" in one_error_line(err)


def test_a_folder_name_that_is_not_utf8_is_one_error_line(proj, capsys):
    folder = os.fsencode(proj / "sources") + b"/2021-02-05\xff"
    os.mkdir(folder)
    code, out, err = run(proj, capsys, "build")
    line = one_error_line(err)
    assert code == 1 and "not UTF-8" in line, line


def test_parse_into_a_closed_pipe_is_quiet():
    command = f"{sys.executable} build_digest.py parse {SOURCE} | head -1"
    done = subprocess.run(["bash", "-c", command], cwd=ROOT, capture_output=True, text=True)
    assert "Traceback" not in done.stderr and "Error" not in done.stderr, done.stderr
    assert done.stdout.startswith("park-page-2021-01.txt:")


def test_an_unexpected_exception_is_one_line_with_a_hint(proj, capsys, monkeypatch):
    import digest.build

    def broken(*args, **kwargs):
        raise RuntimeError("something nobody foresaw")

    monkeypatch.setattr(digest.build, "publish", broken)
    code, out, err = run(proj, capsys, "build")
    line = one_error_line(err)
    assert code == 1 and "something nobody foresaw" in line and "report" in line


# -- 8. encodings and control characters ----------------------------------------------------


BIG5 = "臺灣新竹科學園區今年營業額創新高，半導體產業持續成長。園區管理局表示，將推動更多創新計畫。\n" * 20


def test_a_big5_page_is_read_as_big5(proj, capsys):
    issue = add_issue(proj, "2021-02-05", "2021-02-05")
    (issue / "p.txt").write_bytes(BIG5.encode("big5"))
    code, out, err = run(proj, capsys, "parse", str(issue / "p.txt"))
    assert code == 0 and err == ""
    assert "臺灣新竹科學園區" in out


def test_utf16_without_bom_is_read(proj, capsys):
    issue = add_issue(proj, "2021-02-05", "2021-02-05")
    (issue / "p.txt").write_bytes(PAGE_TEXT.encode("utf-16-le"))
    code, out, err = run(proj, capsys, "parse", str(issue / "p.txt"), "--format", "json")
    assert code == 0 and err == ""
    assert '"title": "武汉东湖高新区三成上市后备企业' in out


def test_text_with_private_use_characters_is_refused(proj, capsys):
    issue = add_issue(proj, "2021-02-05", "2021-02-05")
    (issue / "p.txt").write_bytes((PAGE_TEXT[:2000] + "\ue000\ue001" + PAGE_TEXT[2000:]).encode("utf-8"))
    code, out, err = run(proj, capsys, "parse", str(issue / "p.txt"))
    line = one_error_line(err)
    assert code == 1 and re.search(r"p\.txt:\d+: private-use", line), line


def test_a_few_symbol_font_glyphs_are_kept_as_printed(proj, capsys):
    issue = add_issue(proj, "2021-02-05", "2021-02-05")
    (issue / "p.txt").write_text(PAGE_TEXT.replace("▶", "\uf0d8"), encoding="utf-8")
    code, out, err = run(proj, capsys, "parse", str(issue / "p.txt"), "--format", "json")
    assert code == 0 and err == ""
    assert "\\uf0d8" in out or "\uf0d8" in out


def test_text_thick_with_symbol_font_glyphs_is_refused(proj, capsys):
    issue = add_issue(proj, "2021-02-05", "2021-02-05")
    (issue / "p.txt").write_text(PAGE_TEXT.replace("，", "\uf0a7"), encoding="utf-8")
    code, out, err = run(proj, capsys, "parse", str(issue / "p.txt"))
    line = one_error_line(err)
    assert code == 1 and re.search(r"p\.txt:\d+: private-use", line), line


def test_control_characters_are_removed_and_counted(proj, capsys):
    issue = add_issue(proj, "2021-02-05", "2021-02-05")
    (issue / "p.txt").write_text(
        PAGE_TEXT.replace("。", "。\x07", 3).replace("，", "，\x1b", 2), encoding="utf-8"
    )
    out = build_ok(proj, capsys)
    assert "5 control characters removed" in out, out
    for path in (proj / "docs").rglob("*"):
        if path.is_file():
            assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", path.read_text(encoding="utf-8")), path


# -- 9. editors' line endings and BOMs; duplicate ids ----------------------------------


def correct(page: Path) -> str:
    text = page.read_text(encoding="utf-8").replace("。", "。编辑补充。", 1)
    return text


@pytest.mark.parametrize("form", ["crlf", "bom"])
def test_a_page_saved_with_crlf_or_a_bom_is_a_normal_correction(proj, capsys, form):
    page = article_pages(proj / "docs")[0]
    text = correct(page)
    data = text.replace("\n", "\r\n").encode("utf-8") if form == "crlf" else b"\xef\xbb\xbf" + text.encode()
    page.write_bytes(data)
    code, out, err = run(proj, capsys, "check")
    assert code == 0, out + err
    out = build_ok(proj, capsys)
    assert "1 kept as edited" in out and "1 corrections" in out, out
    assert page.read_bytes() == data
    corrections = (proj / "docs" / "corrections.md").read_text(encoding="utf-8")
    assert "正文" in corrections


def test_a_duplicated_id_stops_the_build_as_check_does(proj, capsys):
    pages = article_pages(proj / "docs")
    first, second = pages[0], pages[1]
    text = second.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^id: .*$", f"id: {first.stem}", text, count=1)
    copy = second.parent / "0000000000.md"
    copy.write_text(
        re.sub(r"(?m)^id: .*$", "id: 0000000000", text, count=1).replace("。", "。拆分", 1), encoding="utf-8"
    )
    second.write_text(text, encoding="utf-8")
    before = snapshot(proj / "docs")
    code, out, err = run(proj, capsys, "check")
    assert code == 1 and f"id '{first.stem}'" in out
    code, out, err = run(proj, capsys, "build")
    line = one_error_line(err)
    assert code == 1 and first.stem in line, line
    assert snapshot(proj / "docs") == before


# -- 10. the site swap, the child process, the lock ---------------------------------------------


def test_a_second_build_at_once_is_refused(proj, capsys):
    import fcntl

    lock = proj / "docs" / ".digest" / "lock"
    with open(lock, "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        before = snapshot(proj / "docs")
        code, out, err = run(proj, capsys, "build")
    line = one_error_line(err)
    assert code == 1 and "another build is running" in line
    assert snapshot(proj / "docs") == before


def test_an_interrupted_mkdocs_keeps_the_previous_site(proj, capsys, monkeypatch):
    import digest.build

    site = proj / "site"
    site.mkdir()
    (site / "index.html").write_text("the previous complete site", encoding="utf-8")

    def interrupted(config, target):
        Path(target).mkdir(parents=True, exist_ok=True)
        (Path(target) / "index.html").write_text("half", encoding="utf-8")
        raise KeyboardInterrupt

    monkeypatch.setattr(digest.build, "run_mkdocs", interrupted)
    code, out, err = run(proj, capsys, "build", "--site", str(site))
    assert code == 1 and err.strip() == "interrupted"
    assert sorted(p.name for p in site.iterdir()) == ["index.html"]
    assert (site / "index.html").read_text(encoding="utf-8") == "the previous complete site"
    assert not [p for p in proj.iterdir() if p.name.startswith(".site")]


def test_the_site_is_swapped_in_whole(proj, capsys, monkeypatch):
    import digest.build

    site = proj / "site"
    site.mkdir()
    (site / "stale.html").write_text("old", encoding="utf-8")

    def fake(config, target):
        Path(target).mkdir(parents=True, exist_ok=True)
        (Path(target) / "index.html").write_text("new", encoding="utf-8")

    monkeypatch.setattr(digest.build, "run_mkdocs", fake)
    monkeypatch.setattr(digest.build, "write_index", lambda docs, target: (Path(target) / "pagefind").mkdir())
    build_ok(proj, capsys, "--site", str(site))
    assert sorted(p.name for p in site.iterdir()) == ["index.html", "pagefind"]
    assert not [p for p in proj.iterdir() if p.name.startswith(".site")]


def test_mkdocs_is_started_to_die_with_the_build(proj, monkeypatch):
    import digest.build

    seen = {}

    class Child:
        returncode = 0
        stderr = iter(())

        def __init__(self, command, **kwargs):
            seen.update(kwargs)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

    monkeypatch.setattr(digest.build.subprocess, "Popen", Child)
    digest.build.run_mkdocs(proj / "mkdocs.yml", proj / "site")
    assert seen["preexec_fn"] is digest.build._die_with_parent


def test_a_child_started_so_dies_when_the_build_is_killed():
    script = (
        "import subprocess, sys, time\n"
        "from digest.build import _die_with_parent\n"
        "sleeper = [sys.executable, '-c', 'import time; time.sleep(60)']\n"
        "child = subprocess.Popen(sleeper, preexec_fn=_die_with_parent)\n"
        "print(child.pid, flush=True)\n"
        "time.sleep(60)\n"
    )
    build = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    pid = int(build.stdout.readline())
    build.kill()  # SIGKILL: no handler of the build runs
    build.wait()
    for _ in range(100):
        try:
            state = Path(f"/proc/{pid}/stat").read_text().split()[2]
        except FileNotFoundError:
            state = "gone"
        if state in ("Z", "X", "gone"):
            break
        time.sleep(0.05)
    assert state in ("Z", "X", "gone")


# -- 11. minor ----------------------------------------------------------------------------------


def test_written_files_follow_the_umask(proj, capsys):
    old = os.umask(0o022)
    try:
        shutil.rmtree(proj / "docs")
        (proj / "docs").mkdir()
        build_ok(proj, capsys)
    finally:
        os.umask(old)
    modes = {oct(p.stat().st_mode & 0o777) for p in (proj / "docs").rglob("*") if p.is_file()}
    assert modes == {oct(0o644)}


@pytest.mark.parametrize(
    "change, expected",
    [
        (("number: 1", "number: 1.9"), "number"),
        (("name: 园区", "name: 园区\n    nmae: x"), "nmae"),
        (("publication: 导报", "publication: 导报\npublisher: x"), "publisher"),
    ],
)
def test_manifest_typos_are_refused_with_key_and_line(proj, capsys, change, expected):
    issue = add_issue(proj, "2021-02-05", "2021-02-05")
    manifest = issue / "issue.yml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(*change), encoding="utf-8")
    code, out, err = run(proj, capsys, "build")
    line = one_error_line(err)
    assert code == 1 and expected in line and re.search(r"issue\.yml:\d+:", line), line


def test_an_uppercase_txt_page_is_not_skipped(proj, capsys):
    issue = add_issue(proj, "2021-02-05", "2021-02-05")
    (issue / "EXTRA.TXT").write_text(PAGE_TEXT, encoding="utf-8")
    code, out, err = run(proj, capsys, "build")
    assert code == 1 and err.startswith("error: ") and "EXTRA.TXT" in err.splitlines()[0], err
    assert "Traceback" not in err


def test_build_writes_its_phase_timings(tmp_path):

    repo = project_copy(tmp_path)
    timings = tmp_path / "timings.json"
    args = ["build", "--sources", str(repo / "sources"), "--docs", str(repo / "docs"), "--quiet"]
    assert main([*args, "--timings", str(timings)]) == 0
    phases = json.loads(timings.read_text(encoding="utf-8"))
    assert {"gather", "parse", "enrich", "render"} <= set(phases)
    assert all(seconds >= 0 for seconds in phases.values())
