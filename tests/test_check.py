"""`build_digest.py check`: a broken edit is reported as FILE:LINE: message with exit 1;
a clean docs/ (as built, or well corrected) passes with exit 0. Through digest.cli.main."""

from __future__ import annotations

from pathlib import Path

import pytest
from sitedata import project_copy

from digest.cli import main
from digest.editorial.record import BuildRecord

SOURCE = "sources/2021-01/park-page-2021-01.txt"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    repo = project_copy(tmp_path_factory.mktemp("built"))
    assert main(["build", "--sources", str(repo / "sources"), "--docs", str(repo / "docs"), "--quiet"]) == 0
    return repo


@pytest.fixture
def page(repo) -> Path:
    """The first article's page."""
    first = BuildRecord.load(repo / "docs").previous_parse(SOURCE).articles[0]
    return repo / "docs" / "2021" / "01" / f"{first.id}.md"


def check(repo: Path, capsys) -> tuple[int, list[str]]:
    capsys.readouterr()
    code = main(["check", "--docs", str(repo / "docs")])
    return code, capsys.readouterr().out.splitlines()


def edit(page: Path, old: str, new: str) -> int:
    """Replace `old` once in the page; the 1-based line where it was."""
    text = page.read_text(encoding="utf-8")
    assert old in text
    page.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def front_title(page: Path) -> str:
    return page.read_text(encoding="utf-8").split("\ntitle: ", 1)[1].split("\n", 1)[0]


def line_starting(page: Path, start: str) -> int:
    return next(
        n for n, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1) if line.startswith(start)
    )


def test_docs_as_built_pass(repo, capsys):
    assert check(repo, capsys) == (0, [])


def test_a_good_correction_passes(repo, page, capsys):
    """The title corrected in both places, Markdown punctuation escaped in the heading only."""
    title = front_title(page)
    text = page.read_text(encoding="utf-8")
    page.write_text(
        text.replace(f"\ntitle: {title}\n", "\ntitle: '更正后的标题：冒号与 *星号*'\n").replace(
            f"\n# {title}\n", "\n# 更正后的标题：冒号与 \\*星号\\*\n"
        ),
        encoding="utf-8",
    )
    assert check(repo, capsys) == (0, [])


def test_front_matter_that_does_not_parse(repo, page, capsys):
    line = edit(page, "\ntitle: ", "\ntitle: [")
    code, out = check(repo, capsys)
    assert code == 1 and out == [
        f"{page}:{line + 1}: front matter is not valid YAML: expected ',' or ']', but got ':'"
    ]


def test_a_required_field_removed(repo, page, capsys):
    text = page.read_text(encoding="utf-8")
    title_line = next(line for line in text.splitlines() if line.startswith("title: "))
    page.write_text(text.replace(title_line + "\n", "", 1), encoding="utf-8")
    code, out = check(repo, capsys)
    assert code == 1 and out == [f"{page}:1: required field 'title' is missing from the front matter"]


def test_a_broken_link(repo, page, capsys):
    line = edit(page, "\n---\n\n来源：", "\n详见[另一篇](0000000000.md)。\n\n---\n\n来源：") + 1
    code, out = check(repo, capsys)
    assert code == 1 and out == [f"{page}:{line}: broken link (no such file in docs/): 0000000000.md"]


def test_a_source_that_vanished(repo, page, capsys):
    edit(page, "\n\n", "\n\n编者按：本文有删节。\n\n")  # an edited page: the build keeps it
    (repo / SOURCE).unlink()
    code, out = check(repo, capsys)
    assert code == 1 and out == [
        f"{page}:{line_starting(page, 'source: ')}: source {SOURCE} does not exist "
        "(the page file was removed or renamed)"
    ]


def test_a_title_corrected_in_one_place_only(repo, page, capsys):
    title = front_title(page)
    edit(page, f"\ntitle: {title}\n", "\ntitle: 新标题\n")
    code, out = check(repo, capsys)
    assert code == 1 and out == [
        f"{page}:{line_starting(page, '# ')}: the heading says '{title}' but the front "
        "matter title is '新标题': correct both"
    ]


def test_an_id_that_is_not_the_file_name(repo, page, capsys):
    line = edit(page, f"id: {page.stem}", "id: renamed")
    code, out = check(repo, capsys)
    assert code == 1 and out[0].startswith(f"{page}:{line}: id 'renamed' is not the file's name")


def test_links_the_build_redraws_are_not_the_editors(repo, capsys):
    """A deleted page leaves links in generated pages and in saved navigation: the build redraws them."""
    articles = BuildRecord.load(repo / "docs").previous_parse(SOURCE).articles
    (repo / "docs" / "2021" / "01" / f"{articles[1].id}.md").unlink()
    edit(repo / "docs" / "2021" / "01" / f"{articles[0].id}.md", "\n\n", "\n\n编者按。\n\n")
    assert check(repo, capsys) == (0, [])


def test_build_stops_at_a_page_it_cannot_read(repo, page, capsys):
    line = edit(page, "\ntitle: ", "\ntitle: [") + 1
    capsys.readouterr()
    code = main(["build", "--sources", str(repo / "sources"), "--docs", str(repo / "docs"), "--quiet"])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith(f"error: {page}:{line}: front matter is not valid YAML")
    assert "(run build_digest.py check)" in err


def test_usage(repo, capsys):
    assert main(["check", "--docs", str(repo / "nowhere")]) == 1
    assert capsys.readouterr().err == f"error: {repo / 'nowhere'}: no such folder\n"
    with pytest.raises(SystemExit) as exit_:
        main(["check", "--unknown"])
    assert exit_.value.code == 2


@pytest.mark.parametrize("generated", ["parks/donghu.md", "index.md", "topics/index.md"])
def test_a_hand_edit_of_a_generated_page_fails_check(repo, capsys, generated):
    path = repo / "docs" / generated
    path.write_text(path.read_text(encoding="utf-8") + "\n编辑手工加的一行。\n", encoding="utf-8")
    code, lines = check(repo, capsys)
    assert code == 1
    assert any(line.startswith(f"{path}:1: ") and "generated by the build" in line for line in lines), lines
