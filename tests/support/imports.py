"""The import graph of a package tree, read with ast (nothing is imported), and the rules the
layout keeps: stages import only the core, nothing but the app imports the app, the core names
no stage but in the registry, no cycles."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from pipeline.runtime.stages import STAGE_MODULES

# The stages are the registry's (one line each); the rest of pipeline/ is the core.
STAGES = tuple(m.split(".")[1] for m in STAGE_MODULES)
# The one core module that names the stages: the registry.
REGISTRY = "pipeline.runtime.stages"
# Entry points that may start the app: ``python -m pipeline`` (the console script names it too).
APP_ENTRIES = frozenset({"pipeline.__main__"})


def module_names(root: Path, package: str) -> dict[str, Path]:
    """Every module under ``root`` (the folder of ``package``) by dotted name."""
    found = {}
    for path in sorted(root.rglob("*.py")):
        parts = [package, *path.relative_to(root).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST) -> Iterable[ast.Import | ast.ImportFrom]:
    """Import statements that run (any depth, lazy ones too), not those for type checkers."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node):
            stack.extend(node.orelse)
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        stack.extend(ast.iter_child_nodes(node))


def import_graph(root: Path, package: str) -> dict[str, set[str]]:
    """Module -> the modules of the same tree it imports (``from a import b`` with ``a.b`` a
    module counts as importing ``a.b``)."""
    modules = module_names(root, package)
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        targets: set[str] = set()
        for node in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets.update(a.name for a in node.names)
                continue
            base = node.module or ""
            if node.level:
                parent = name.split(".")[: None if is_package else -1]
                parent = parent[: len(parent) - (node.level - 1)]
                base = ".".join([*parent, base] if base else parent)
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                targets.add(sub if sub in modules else base)
        graph[name] = {t for t in targets if t in modules and t != name}
    return graph


def stage_of(module: str, package: str = "pipeline") -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == package and parts[1] in STAGES else None


def in_app(module: str, package: str = "pipeline") -> bool:
    return module == f"{package}.app" or module.startswith(f"{package}.app.")


def boundary_violations(graph: Mapping[str, set[str]], package: str = "pipeline") -> list[str]:
    """Each import that breaks a rule, worded: a stage imports another stage or the app; a
    module outside the app (but its entry points) imports the app."""
    entries = {e.replace("pipeline", package, 1) for e in APP_ENTRIES}
    found = []
    for module, targets in sorted(graph.items()):
        stage = stage_of(module, package)
        may_use_app = in_app(module, package) or module in entries
        for target in sorted(targets):
            other = stage_of(target, package)
            if stage and other and other != stage:
                found.append(f"{module} imports {target}: a stage imports another stage")
            elif in_app(target, package) and not may_use_app:
                found.append(f"{module} imports {target}: only the app imports the app")
    return found


def core_naming_stages(root: Path, package: str = "pipeline") -> list[str]:
    """Each core module (not in a stage's folder) that imports a stage's module or names one in
    a string (``"pipeline.route.cli:app"``, ``"pipeline/route/..."``), but the registry."""
    modules = module_names(root, package)
    graph = import_graph(root, package)
    registry = REGISTRY.replace("pipeline", package, 1)
    named = re.compile(rf"\b{re.escape(package)}[./]({'|'.join(STAGES)})\b")
    found = []
    for module, path in sorted(modules.items()):
        if stage_of(module, package) or module == registry:
            continue
        for target in sorted(graph[module]):
            if stage_of(target, package):
                found.append(f"{module} imports {target}: only the registry knows the stages")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                for hit in sorted({m.group(0) for m in named.finditer(node.value)}):
                    found.append(f"{module} names {hit}: only the registry knows the stages")
    return found


def cycles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """The import cycles (strongly connected groups of more than one module), each sorted.

    A package and the modules inside it are not a cycle: importing ``a.b`` runs ``a`` first,
    and ``a`` re-exporting names of ``a.b`` is the usual shape of an ``__init__``.
    """

    def inside(a: str, b: str) -> bool:
        return b.startswith(a + ".") or a.startswith(b + ".")

    edges = {m: {t for t in ts if not inside(m, t)} for m, ts in graph.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in edges.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found
