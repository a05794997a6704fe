"""Parse and enrich on a process pool: docs/ and the build record equal a one-process build's,
and a build that parses one new page sums the archive IDF from the record's term sets."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.run import add_new_issue, generate_archive  # noqa: E402
from digest import build as build_module  # noqa: E402
from digest.build import build  # noqa: E402


def _files(docs: Path) -> dict[str, bytes]:
    return {
        p.relative_to(docs).as_posix(): p.read_bytes()
        for p in sorted(docs.rglob("*"))
        if p.is_file() and p.name != "lock"
    }


@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("archive")
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    generate_archive(folder / "sources", 30, seed=3)
    return folder / "sources"


def _project(tmp_path: Path, sources: Path, name: str) -> Path:
    project = tmp_path / name
    shutil.copytree(sources.parent, project)
    return project


def test_a_build_with_workers_equals_one_without(tmp_path, sources):
    one, two = _project(tmp_path, sources, "one"), _project(tmp_path, sources, "two")
    report = build(one / "sources", one / "docs", progress=False, workers=1)
    assert report.parsed >= 2
    build(two / "sources", two / "docs", progress=False, workers=2)
    assert _files(one / "docs") == _files(two / "docs")


def test_one_new_page_runs_jieba_over_that_page_only(tmp_path, sources, monkeypatch):
    # One parser throughout, even if its code is edited while the test runs.
    monkeypatch.setattr(build_module, "parser_fingerprint", lambda: "test-parser")
    project = _project(tmp_path, sources, "incremental")
    before = build(project / "sources", project / "docs", progress=False, workers=1).articles
    add_new_issue(project / "sources", 3)
    fresh = _project(tmp_path, project / "sources", "fresh")
    shutil.rmtree(fresh / "docs", ignore_errors=True)

    import digest.enrich as enrich

    counted: list[str] = []
    real = enrich.article_terms
    monkeypatch.setattr(enrich, "article_terms", lambda text: counted.append(text) or real(text))
    report = build(project / "sources", project / "docs", progress=False, workers=1)
    assert report.parsed == 1
    assert 0 < len(counted) == report.articles - before
    monkeypatch.setattr(enrich, "article_terms", real)
    # ...and the pages equal those of a build that parsed the whole archive at once
    # (keywords of older pages aside: they keep the IDF of the build that parsed them).
    build(fresh / "sources", fresh / "docs", progress=False, workers=1)
    new_page = sorted((project / "docs").glob("2026/12/*.md"))
    assert new_page
    for page in new_page:
        assert page.read_bytes() == (fresh / "docs" / page.relative_to(project / "docs")).read_bytes()


def test_the_pool_starts_only_with_pages_enough():
    assert build_module.worker_pool(1, None).__class__.__name__ == "nullcontext"
    assert build_module.worker_pool(build_module.POOL_FROM - 1, 1).__class__.__name__ == "nullcontext"
