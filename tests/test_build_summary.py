"""`build --summary`: what CI's job summary tells editors after a build (articles added,
corrected and removed since a commit, and those needing a look), through the command line."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from sitedata import project_copy

from digest.cli import main
from digest.editorial.build_summary import ArticleChanges
from digest.editorial.record import BuildRecord

SOURCE = "sources/2021-01/park-page-2021-01.txt"


def git(repo: Path, *args: str) -> None:
    env = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1"}
    subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)


def build(repo: Path, *extra: str) -> int:
    return main(
        ["build", "--sources", str(repo / "sources"), "--docs", str(repo / "docs"), "--quiet", *extra]
    )


@pytest.fixture(scope="module")
def repo(tmp_path_factory) -> Path:
    """The sample issue in a git repository: sources committed first, then its build."""
    repo = project_copy(tmp_path_factory.mktemp("summary"))
    (repo / "docs").mkdir()
    git(repo, "init", "--quiet")
    git(repo, "config", "user.name", "编辑")
    git(repo, "config", "user.email", "desk@example.org")
    git(repo, "add", "--all", ".")
    git(repo, "commit", "--quiet", "-m", "sources")
    assert build(repo) == 0
    git(repo, "add", "--all", ".")
    git(repo, "commit", "--quiet", "-m", "build")
    return repo


def summary(repo: Path, capsys, *extra: str) -> str:
    target = repo / "summary.md"
    target.unlink(missing_ok=True)
    capsys.readouterr()
    assert build(repo, "--summary", str(target), *extra) == 0
    return target.read_text(encoding="utf-8")


def test_articles_of_the_build_count_as_added_since_the_commit_before(repo, capsys):
    text = summary(repo, capsys, "--since", "HEAD~1")
    assert "### Articles since HEAD~1: 6 added, 0 corrected, 0 removed" in text
    titles = [a.title for a in BuildRecord.load(repo / "docs").previous_parse(SOURCE).articles]
    assert all(f"- added: {title} (`" in text for title in titles)
    assert "### Needing a look: " in text and "of 6 articles" in text


def test_a_correction_shows_and_nothing_is_added_since_head(repo, capsys):
    assert "### Articles since HEAD: 0 added, 0 corrected, 0 removed" in summary(repo, capsys)
    first = BuildRecord.load(repo / "docs").previous_parse(SOURCE).articles[0]
    page = repo / "docs" / "2021" / "01" / f"{first.id}.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace(first.title, first.title + "（更正）"), encoding="utf-8")
    text = summary(repo, capsys)
    assert "0 added, 1 corrected, 0 removed" in text
    assert f"- corrected (标题): {first.title}（更正） (`" in text
    git(repo, "checkout", "--", "docs")


def test_summary_is_appended_and_a_bad_commit_is_one_line(repo, capsys):
    target = repo / "both.md"
    assert build(repo, "--summary", str(target)) == 0 and build(repo, "--summary", str(target)) == 0
    assert target.read_text(encoding="utf-8").count("## Digest build") == 2
    capsys.readouterr()
    assert build(repo, "--summary", str(target), "--since", "no-such-commit") == 1
    err = capsys.readouterr().err
    assert err.startswith("error: --since no-such-commit") and err.count("\n") == 1


def test_outside_git_the_build_writes_are_the_changes(tmp_path, capsys):
    repo = project_copy(tmp_path)
    text = summary(repo, capsys)
    assert "### Articles this build wrote: 6 written, 0 removed (" in text
    assert text.count("- written: ") == 6


@pytest.mark.parametrize(
    "statuses, added, changed, removed",
    [
        ({"2021/01/a.md": "A", "index.md": "M"}, ["2021/01/a.md"], [], []),
        (
            {"2021/01/b.md": "M", "2021/01/c.md": "D", "feeds/all.xml": "A"},
            [],
            ["2021/01/b.md"],
            ["2021/01/c.md"],
        ),
        ({"parks/x.md": "A", "2021/01/d.md": "T"}, [], [], []),
    ],
)
def test_only_article_pages_count(statuses, added, changed, removed):
    changes = ArticleChanges.of(statuses)
    assert (changes.added, changes.changed, changes.removed) == (added, changed, removed)
