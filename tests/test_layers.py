"""The package's folders are layers in the order data flows: contract -> catalogue -> read -> analyse -> corpus ->
report -> the command line on top. A module may import its own layer or a lower one, never a higher one,
so each later change has one obvious room and the reading code never depends on how it is shown."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "lib" / "workreport"
LAYERS = ["contract", "catalogue", "read", "analyse", "corpus", "report", "<top>"]


def layer_of(module: str) -> str:
    """'workreport.read.claims' -> 'read'; modules directly in the package (cli, __init__) are the top."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in LAYERS else "<top>"


def module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> list[str]:
    """Every module of the package that `path` imports, resolved to an absolute name."""
    return imports_in(path.read_text(encoding="utf-8"), module_name(path), path.name == "__init__.py")


def imports_in(source: str, module: str, is_package: bool) -> list[str]:
    tree = ast.parse(source)
    here = module.split(".")
    package = here if is_package else here[:-1]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.startswith("workreport")]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
                found += [target] if node.module else [f"{target}.{a.name}" for a in node.names]
            elif node.module and node.module.startswith("workreport"):
                found.append(node.module)
    return found


MODULES = sorted(PACKAGE.rglob("*.py"))


def test_every_module_lies_in_a_known_layer():
    # a layer may hold sub-packages (read/zh/ is the Chinese reader): the layer is the first folder
    folders = {p.relative_to(PACKAGE).parts[0] for p in MODULES if p.parent != PACKAGE}
    assert folders <= set(LAYERS), f"unknown layer folders: {sorted(folders - set(LAYERS))}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: module_name(p))
def test_no_import_runs_up_a_layer(path):
    mine = LAYERS.index(layer_of(module_name(path)))
    upward = [m for m in imports_of(path) if LAYERS.index(layer_of(m)) > mine]
    assert not upward, f"{module_name(path)} ({LAYERS[mine]}) imports higher layers: {upward}"


def test_the_checker_sees_an_upward_import():
    """The rule can fail: a reading module that imported the analysis would be caught."""
    found = imports_in("from ..analyse import growth\nfrom . import lexicon", "workreport.read.claims", False)
    assert [layer_of(m) for m in found] == ["analyse", "read"]
