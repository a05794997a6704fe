import shutil
from pathlib import Path

import pytest
from sitedata import sample_site  # noqa: F401  (a fixture shared by the site and browser tests)

# Tests that build a whole site or parse hundreds of pages: `pytest -m "not slow"` leaves them out.
SLOW_FIXTURES = {"sample_site", "built"}
SLOW_MODULES = {"test_parse_generated", "test_sample_variants", "test_browser"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        module = item.module.__name__.rsplit(".", 1)[-1]
        if module == "test_browser":
            item.add_marker(pytest.mark.browser)
        if module in SLOW_MODULES or SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


@pytest.fixture
def repo(built, tmp_path) -> Path:
    """A fresh copy of the module's `built` project, for a test to change."""
    copy = tmp_path / "repo"
    shutil.copytree(built, copy)
    return copy
