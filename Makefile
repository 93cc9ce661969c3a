# Two entry points for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_ARTICLE ?= examples/khartoum-ceasefire-talks.txt
DEMO_FLAGS ?= --published 2025-03-03 --outlet "Nile Wire"

.PHONY: demo test install bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/newsift analyze $(DEMO_ARTICLE) $(DEMO_FLAGS)

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	cd benchmarks && ../$(BIN)/python throughput.py && ../$(BIN)/python components.py && ../$(BIN)/python knowledge.py \
	  && ../$(BIN)/python events_eval.py && ../$(BIN)/python framing_eval.py && ../$(BIN)/python ingest.py

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
