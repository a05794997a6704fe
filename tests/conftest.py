import shutil
from pathlib import Path

import pytest
from sitedata import project_copy, sample_site  # noqa: F401  (a fixture shared by the site and browser tests)

from digest.cli import main

# Tests that build a whole site or parse hundreds of pages: `pytest -m "not slow"` leaves them out.
SLOW_FIXTURES = {"sample_site", "built"}
SLOW_MODULES = {"test_parse_generated", "test_sample_variants", "test_browser", "test_multisite"}
# Tests that drive a built site in headless Chromium (a browser fixture in the module).
BROWSER_MODULES = {"test_browser", "test_multisite"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        module = item.module.__name__.rsplit(".", 1)[-1]
        fixtures = set(getattr(item, "fixturenames", ()))
        if module in BROWSER_MODULES and (module == "test_browser" or "browser" in fixtures):
            item.add_marker(pytest.mark.browser)
        if module in SLOW_MODULES or SLOW_FIXTURES & fixtures:
            item.add_marker(pytest.mark.slow)


@pytest.fixture
def repo(built, tmp_path) -> Path:
    """A fresh copy of the module's `built` project, for a test to change."""
    copy = tmp_path / "repo"
    shutil.copytree(built, copy)
    return copy


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    """The project (mkdocs.yml, templates/, sources/) with docs/ built once per module."""
    repo = project_copy(tmp_path_factory.mktemp("base"))
    (repo / "docs").mkdir()
    assert main(["build", "--sources", str(repo / "sources"), "--docs", str(repo / "docs"), "--quiet"]) == 0
    return repo


@pytest.fixture
def proj(base, tmp_path) -> Path:
    """A fresh copy of the module's `base`, for a test to change."""
    copy = tmp_path / "proj"
    shutil.copytree(base, copy)
    return copy
