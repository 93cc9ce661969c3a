"""Shared fixtures: paths to the project's examples and the original dispatch."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SAMPLES = Path(os.environ.get("NEWSIFT_SAMPLES", ROOT.parent / "shared" / "samples"))
DISPATCH = SAMPLES / "dispatch-2025-09-hts-israel-talks.txt"


@pytest.fixture(scope="session")
def dispatch_path() -> Path:
    assert DISPATCH.exists(), f"the original dispatch is expected at {DISPATCH} (set NEWSIFT_SAMPLES)"
    return DISPATCH


@pytest.fixture(scope="session")
def nlp():
    from newsift.nlp import get_pipeline

    return get_pipeline()


@pytest.fixture()
def cli():
    """Run the CLI in-process; returns click's Result (exit_code, stdout, stderr)."""
    from newsift.cli import app

    runner = CliRunner()

    def invoke(*args: str, input: str | bytes | None = None):
        return runner.invoke(app, list(args), input=input)

    return invoke


def run_newsift(*args: str, input: bytes | None = None) -> subprocess.CompletedProcess:
    """Run the real console entry point in a subprocess (exit codes, stderr, no traceback)."""
    return subprocess.run(
        [sys.executable, "-c", "from newsift.cli import main; main()", *args],
        input=input,
        capture_output=True,
        timeout=120,
    )


@pytest.fixture(scope="session")
def kb():
    from newsift.actors import get_knowledge_base

    return get_knowledge_base()


def load_tool(name: str):
    """A script from tools/ imported as a module (tools are not part of the package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module
