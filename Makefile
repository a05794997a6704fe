# Two commands on a fresh machine:
#   make site   set up, build the site from sources/ (the bundled sample) into site/
#   make test   set up (Debian chromium included, for the browser tests) and run the tests
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: site serve test check golden bench setup browser

site: setup
	$(PY) build_digest.py build --site site
	@echo "Open site/index.html through a web server: make serve (http://127.0.0.1:8000/)"

serve: site
	$(PY) -m http.server --directory site --bind 127.0.0.1 8000

# pytest exits 5 when it collects no test: that is reported, not a failure.
test: setup browser
	$(PY) -m ruff check .
	$(PY) -m pytest -q || { status=$$?; if [ $$status -eq 5 ]; then echo "pytest: no tests collected"; else exit $$status; fi; }

# docs/ after hand edits: front matter, required fields, headings, links, sources (FILE:LINE: message).
check: setup
	$(PY) build_digest.py check

golden: setup
	$(PY) -m tools.golden

bench: setup
	$(PY) -m benchmarks.bench_parse
	$(PY) -m benchmarks.bench_enrich
	$(PY) -m benchmarks.bench_site
	$(PY) -m benchmarks.run --articles 1000

setup: $(VENV)/.installed

$(VENV)/.installed: requirements.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11 or newer is needed: make PYTHON=python3.11"; exit 1; }
	@if [ -x $(PY) ] && ! $(PY) -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then echo "$(VENV) was made by an older Python: rm -rf $(VENV) and run make again"; exit 1; fi
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

# Headless Chromium and a CJK font from Debian; never a browser downloaded by a test tool.
browser:
	@if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi 'wenquanyi\|noto sans cjk'; then \
		if [ "$$(id -u)" = 0 ]; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null; \
		else \
			echo "chromium missing: sudo apt-get install chromium fonts-wqy-microhei (browser tests skip without it)"; \
		fi; \
	fi
