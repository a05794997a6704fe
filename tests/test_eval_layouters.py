"""The measured page sets' scoring (benchmarks/eval_layouters.py): reader groups, the sets file, a run."""

from __future__ import annotations

import importlib.util
import json

import pytest

from benchmarks import eval_layouters
from benchmarks.eval_layouters import PageSet, read_sets, reader_group


@pytest.mark.parametrize(
    ("layouter", "gold", "group"),
    [
        ("slug", {"slug": {"extractor": "documented"}}, "documented extractor"),
        ("slug", {"slug": {"extractor": "dense"}}, "other extractors"),
        ("pica", {"extractor": "paddleocr"}, "documented extractor"),
        ("pica", {"extractor": "documented"}, "other extractors"),
        ("agate", {"extractor": "documented", "agate_page": {}}, "documented extractor"),
        ("brayer", {"brayer": {"habits": ["cr_ends", "blank_after_lines"]}}, "documented extractor"),
        ("brayer", {"brayer": {"habits": ["cr_ends"]}}, "other extractors"),
        ("gutter", {"gutter": {"spacing": "blank_after_line"}}, "documented extractor"),
        ("compositor", {"compositor": {"line_spacing": "double"}}, "double-spaced"),
        ("compositor", {"compositor": {"line_spacing": "single"}}, "single-spaced"),
        ("desk", {"desk": {"extractor": "documented"}}, None),
    ],
)
def test_reader_group(layouter: str, gold: dict, group: str | None) -> None:
    assert reader_group(layouter, gold) == group


def test_sets_file_lists_every_layouter_with_a_tool(tmp_path) -> None:
    sets = read_sets(eval_layouters.SETS, [])
    assert len({s.name for s in sets}) == len(sets)
    for page_set in sets:
        module = eval_layouters.TOOL_MODULES.get(page_set.layouter, f"{page_set.layouter}_pages")
        assert importlib.util.find_spec(f"tools.{module}"), page_set
        assert (eval_layouters.ROOT / "tests" / "corpus" / f"{page_set.corpus}.yaml").exists(), page_set
    listed = tmp_path / "sets.txt"
    listed.write_text("# comment\nslug slug 3 2\n\npica pica 4 1\n", encoding="utf-8")
    assert read_sets(listed, ["pica"]) == [PageSet("pica", "pica", 4, 1)]


def test_a_run_writes_the_set_once_and_scores_it(tmp_path, capsys) -> None:
    listed = tmp_path / "sets.txt"
    listed.write_text("slug slug 3 2\n", encoding="utf-8")
    figures = tmp_path / "figures.json"
    args = [str(tmp_path / "sets"), "--sets", str(listed), "--json", str(figures), "--jobs", "1"]
    assert eval_layouters.main(args) == 0
    rows = capsys.readouterr().out.splitlines()
    assert rows and all(row.startswith("| slug, slug, seed 3 (") for row in rows)
    scored = json.loads(figures.read_text(encoding="utf-8"))["slug-slug-3"]
    assert scored["all"]["pages"] == 2
    page = tmp_path / "sets" / "slug-slug-3" / "page-001.txt"
    written = page.stat().st_mtime_ns
    assert eval_layouters.main(args + ["--before", str(figures)]) == 0
    assert page.stat().st_mtime_ns == written
    assert "(" in capsys.readouterr().out.split("|")[2]
