import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from sitedata import sample_site  # noqa: E402,F401  (a fixture shared by the site and browser tests)
