"""Docs stay honest: every command has help and is documented in the README."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer

from accord.cli import app

README = Path(__file__).resolve().parent.parent / "README.md"
COMMANDS = typer.main.get_command(app).commands
README_TEXT = README.read_text(encoding="utf-8") if README.exists() else ""
HAS_COMMANDS_SECTION = re.search(r"^## Commands\b", README_TEXT, re.M) is not None


def test_docs_commands_are_registered():
    assert {"ingest", "recode", "events", "export", "actors", "code", "evaluate", "demo"} <= set(COMMANDS)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_docs_command_has_help(name):
    assert (COMMANDS[name].help or "").strip(), f"accord {name} has no help text"


@pytest.mark.skipif(not HAS_COMMANDS_SECTION, reason="README.md has no '## Commands' section yet")
@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_docs_command_is_in_readme(name):
    assert f"accord {name}" in README_TEXT, f"README.md does not mention 'accord {name}'"
