"""No module of the package binds one top-level name twice.

The parser's modules are large and several engineers add rules to them at once: a second ``_RELATIVE_ASIDE = ...``
further down a module silently replaces the first for every function that reads it at call time, and changes
figures far from the rule that added it (this happened once, at a merge, and moved dev regions 0.956 -> 0.950)."""
import ast
import collections
from pathlib import Path

import pytest

import zgc_etl

MODULES = sorted(Path(zgc_etl.__file__).parent.rglob("*.py"))


def _top_level_names(tree: ast.Module) -> collections.Counter:
    names = collections.Counter()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(Path(zgc_etl.__file__).parent).as_posix())
def test_each_top_level_name_is_bound_once(path):
    names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
    assert [n for n, k in names.items() if k > 1] == []


def test_the_check_sees_a_second_binding():
    tree = ast.parse("_A = 1\ndef f():\n    return _A\n_A = 2\n")
    assert _top_level_names(tree)["_A"] == 2
