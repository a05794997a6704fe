import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from sitedata import sample_site  # noqa: E402,F401  (a fixture shared by the site and browser tests)


@pytest.fixture
def repo(built, tmp_path) -> Path:
    """A fresh copy of the module's `built` project, for a test to change."""
    copy = tmp_path / "repo"
    shutil.copytree(built, copy)
    return copy
