# The two commands of the README: `make demo` and `make test`. Both set up what is missing first.
VENV := .venv
PY := $(VENV)/bin/python
# One Qt Linguist catalogue per service (and one for the shell), in its messages/ folder; the
# alerts' fixed wording is read from its .ts by Python as well.
TS := $(wildcard kiosk/shell/messages/*.ts kiosk/services/*/messages/*.ts \
	kiosk/technician/messages/*.ts content/alerts/messages/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: setup demo test lint check-imports typecheck qmllint pytest bench translations \
	update-translations deb deb-tools test-deb

setup:
	@tools/bootstrap.sh
	@$(MAKE) --no-print-directory translations

translations: $(QM)

# Japanese and Chinese translations are typeset for phrase line breaking as they are compiled.
%.qm: %.ts content/phrasing.py tools/compile_catalogue.py
	@$(PY) tools/compile_catalogue.py $< $@

# Refresh each catalogue from the QML and Python sources of its own folder (for translators);
# the shell's catalogue also holds the demo's words.
update-translations: setup
	$(VENV)/bin/python tools/update_translations.py

demo: setup
	$(VENV)/bin/machikado demo

test: setup
	@$(MAKE) --no-print-directory lint check-imports typecheck qmllint pytest

lint:
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

check-imports:
	$(VENV)/bin/lint-imports

# mypy --strict over the packages listed in pyproject.toml's [tool.mypy] files.
typecheck:
	$(VENV)/bin/mypy

qmllint:
	$(PY) tools/qmllint.py

pytest:
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest

# Every benchmark offscreen; bench-results/results.json and table.md, the table printed.
bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run_all.py

# The terminal's .deb (Debian 12: the venv uses this machine's /usr/bin/python3) into dist/,
# then lintian on it. Needs the Debian packaging tools, installed here if missing.
DEB_TOOLS := dpkg-dev lintian
deb-tools:
	@tools/apt-ensure.sh $(DEB_TOOLS)

deb: setup deb-tools
	@deb=$$($(PY) packaging/deb/build_deb.py --out dist) && echo "$$deb" && \
		lintian --fail-on error,warning "$$deb"

# The .deb on a clean Debian 12 root (packaging/deb/test-clean-root): the committed tree built
# as revisions 1 and 2, lintian on it, then installed from deb.debian.org with its dependencies,
# run, verified, upgraded, removed and purged. Needs root and the network; debootstrap's
# downloads are cached in .cache/debootstrap. Each step's time is in dist/test-deb/times.txt.
test-deb: setup
	@tools/apt-ensure.sh $(DEB_TOOLS) debootstrap
	@rm -rf dist/test-deb
	@commit=$$(git rev-parse HEAD) && \
		deb=$$($(PY) packaging/deb/build_deb.py --commit $$commit --out dist/test-deb) && \
		next=$$($(PY) packaging/deb/build_deb.py --commit $$commit --revision 2 \
			--out dist/test-deb) && \
		lintian --fail-on error,warning "$$deb" && \
		packaging/deb/test-clean-root bookworm "$$deb" "$$next" dist/test-deb
