"""The shape of the tree: packages by job, and no layer reaching up (checked on the source's imports)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "quizgen"
MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def _name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every module `path` imports, at any depth (lazy imports inside functions count too)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{a.name}" for a in node.names}
    return found


def _layer_of(module: str) -> str:
    return module.split(".")[1] if module.count(".") else ""


@pytest.mark.parametrize("path", MODULES, ids=_name)
def test_no_layer_reaches_up(path):
    module, imported = _name(path), _imports(path)
    top = {m.split(".")[0] for m in imported}
    in_tui = module.startswith("quizgen.tui")
    in_cli = module.startswith(("quizgen.commands", "quizgen.cli", "quizgen.__main__"))
    if not in_tui:
        assert "textual" not in top, f"{module} imports Textual; only quizgen.tui may"
    else:
        assert not top & {"spacy", "thinc"}, f"{module} (the app) imports spaCy"
        assert not any(m.startswith("quizgen.generate") for m in imported), f"{module} (the app) imports the generator"
    if not in_cli:
        assert not any(m.startswith(("quizgen.commands", "quizgen.cli")) for m in imported), \
            f"{module} imports the CLI layer, which sits above it"


def test_the_top_level_holds_packages_by_job_and_few_modules():
    modules = sorted(p.name for p in PACKAGE.glob("*.py"))
    packages = sorted(p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists())
    assert len(modules) <= 10, modules
    assert {"deck", "generate", "quiz", "export", "progress", "tui", "commands", "data"} <= set(packages)


@pytest.mark.parametrize("step", ["read", "resolve", "simplify", "ask", "options"])
def test_each_generator_step_is_a_package_named_in_the_readme(step):
    assert (PACKAGE / "generate" / step / "__init__.py").exists()
    assert f"generate/{step}/" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_documented_deck_api_is_importable():
    from quizgen.deck import Deck, Question, load_deck, save_deck

    assert callable(load_deck) and callable(save_deck) and Deck and Question
