#!/usr/bin/env python3
"""Park News Digest: `parse` one raw page, `build` the site from sources/, `check` docs/."""
import sys

from digest.cli import main

if __name__ == "__main__":
    sys.exit(main())
