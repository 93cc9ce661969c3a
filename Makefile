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
	  && for set in heldout heldout_b heldout_c; do ../$(BIN)/python events_eval.py --gold data/events_$$set.yaml \
	       && ../$(BIN)/python framing_eval.py --gold data/framing_$$set.yaml || exit 1; done \
	  && for set in e f g h i j k l m n; do ../$(BIN)/python events_eval.py --gold data/events_heldout_$$set.yaml || exit 1; done \
	  && if [ -n "$(GSR)" ]; then ../$(BIN)/python plover_gsr_eval.py --gsr "$(GSR)"; fi \
	  && for set in d e f g h i j k l m n; do ../$(BIN)/python framing_eval.py --gold data/framing_heldout_$$set.yaml || exit 1; done \
	  && ../$(BIN)/python framing_eval.py --gold data/wire_neutral_dev.yaml \
	  && ../$(BIN)/python ingest.py

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
