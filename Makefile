# Two commands for a fresh Debian machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test bench dist clean-venv

$(PY):
	$(PYTHON) -m venv $(VENV)

# Reinstall when the dependency list changes (editable: code and resources are used in place).
$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/fgd-app

# Tests run without network (the install above still has it): in an empty network namespace
# where `unshare -n` is allowed (root, as on CI), else behind the Python guard alone
# (tests/offline/sitecustomize.py, which conftest.py installs in every case).
test: $(STAMP)
	@if unshare -n true 2>/dev/null; then netns="unshare -n"; echo "make test: no network (empty network namespace)"; \
	else netns=""; echo "make test: no network (Python guard only: unshare -n is not allowed here)"; fi; \
	QT_QPA_PLATFORM=offscreen FGD_APP_TEST_NETNS=$${netns:+1} \
	PYTHONPATH="$(CURDIR)/tests/offline$${PYTHONPATH:+:$$PYTHONPATH}" $$netns $(PY) -m pytest -q
	$(VENV)/bin/lint-imports

bench: $(STAMP)
	$(PY) bench/run_all.py

# The one-folder program dist/fgd-app (build.spec; docs/release.md), then a smoke run of the
# built executables (tools/smoke_dist.py): portable mode, selftest --gui, exports, size limit.
$(VENV)/.installed-build: pyproject.toml $(STAMP)
	$(PY) -m pip install --quiet -e '.[build]'
	touch $@

dist: $(VENV)/.installed-build
	$(VENV)/bin/pyinstaller --noconfirm --clean build.spec
	$(PY) tools/smoke_dist.py

clean-venv:
	rm -rf $(VENV)
