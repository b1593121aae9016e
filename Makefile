# The two commands of the README: `make demo` and `make test`. Both set up what is missing first.
VENV := .venv
PY := $(VENV)/bin/python
TS := $(wildcard content/translations/*.ts)
QM := $(TS:.ts=.qm)
QML_DIR := kiosk/ui/qml

.PHONY: setup demo test lint check-imports qmllint pytest bench translations update-translations

setup:
	@tools/bootstrap.sh
	@$(MAKE) --no-print-directory translations

translations: $(QM)

content/translations/%.qm: content/translations/%.ts
	@$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts sources from the QML and Python sources (for translators).
update-translations: setup
	$(VENV)/bin/pyside6-lupdate -locations none $$(find kiosk -name '*.qml' -o -name '*.py' | sort) -ts $(TS)

demo: setup
	$(VENV)/bin/machikado demo

test: setup
	@$(MAKE) --no-print-directory lint check-imports qmllint pytest

lint:
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

check-imports:
	$(VENV)/bin/lint-imports

qmllint:
	$(PY) tools/qmllint.py

pytest:
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest

bench: setup
	$(PY) benchmarks/run_all.py
