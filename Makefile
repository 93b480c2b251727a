# Event Archive: Pelican's usual targets, plus the set-up they need.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PELICAN ?= $(BIN)/pelican
INPUTDIR := content
OUTPUTDIR ?= output
CONFFILE := pelicanconf.py
PUBLISHCONF := publishconf.py
PORT ?= 8000
N ?= 2000
# STRICT=1 turns every build warning into a failing exit code.
STRICT ?=
PELICANOPTS ?=
STRICT_OPT := $(if $(STRICT),-e STRICT=true,)

.PHONY: help html serve devserver publish test lint bench clean browser

help:
	@echo "make html     set up .venv and build the site from seeds/ into $(OUTPUTDIR)/"
	@echo "make serve    serve $(OUTPUTDIR)/ on http://127.0.0.1:$(PORT)/"
	@echo "make devserver  build, serve, and build again on every change to seeds, content, theme"
	@echo "make publish  build for GitHub Pages with $(PUBLISHCONF) (SITEURL from the environment)"
	@echo "make test     set up everything (Chromium included) and run the whole test suite"
	@echo "make bench    benchmark a generated archive of N seeds (N=$(N))"
	@echo "make clean    remove the output and caches"

$(BIN)/.installed: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

html: $(BIN)/.installed
	$(PELICAN) $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) $(STRICT_OPT) $(PELICANOPTS)

serve: $(BIN)/.installed
	$(PELICAN) -l $(OUTPUTDIR) -p $(PORT) -b 127.0.0.1

devserver: $(BIN)/.installed
	$(BIN)/python -m event_archive.devserver -s $(CONFFILE) -o $(OUTPUTDIR) -p $(PORT)

publish: $(BIN)/.installed
	$(PELICAN) $(INPUTDIR) -o $(OUTPUTDIR) -s $(PUBLISHCONF) $(STRICT_OPT) $(PELICANOPTS)

browser:
	@command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || { \
	  echo "Installing Debian's chromium for the browser tests"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; }

test: $(BIN)/.installed browser
	$(BIN)/ruff check plugins tests pelicanconf.py publishconf.py
	$(BIN)/pytest -q

lint: $(BIN)/.installed
	$(BIN)/ruff check plugins tests pelicanconf.py publishconf.py

bench: $(BIN)/.installed
	$(BIN)/python -m event_archive.bench --seeds $(N)

clean:
	rm -rf $(OUTPUTDIR) .cache build-report.json
