"""The reader's module patterns are compiled on first use (lazy_re), not at import: compiling
them was most of the reader's import, which the command line's ``extract`` pays at each start
(issue 18 part 2). No timing here: what must not happen at import is checked instead."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.extract.reader.lazy_re import LazyPattern, compile_all, lazy

ROOT = Path(__file__).resolve().parents[3]
READER = ROOT / "pipeline" / "extract" / "reader"


def _module_level_compiles(tree: ast.Module) -> list[int]:
    """Lines of ``re.compile(...)`` calls run when the module is imported (outside functions)."""
    found: list[int] = []

    def visit(node: ast.AST, top: bool) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            top = False
        if (
            top
            and isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "compile"
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "re"
        ):
            found.append(node.lineno)
        for child in ast.iter_child_nodes(node):
            visit(child, top)

    visit(tree, True)
    return found


def test_no_reader_module_compiles_a_pattern_at_import() -> None:
    # lazy(...) in place of re.compile(...) at a module's top level
    offenders = {
        path.name: lines
        for path in sorted(READER.glob("*.py"))
        if path.name != "lazy_re.py"
        and (lines := _module_level_compiles(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert offenders == {}


def _run(code: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return out.stdout.strip()


def test_importing_the_reader_compiles_almost_none_of_its_patterns() -> None:
    # a couple are used while the modules build their tables; none of the big alternations
    out = _run(
        "import sys, pipeline.extract.reader.api\n"
        "from pipeline.extract.reader import lazy_re\n"
        "from pipeline.extract.reader.night_dates import _BEFORE_SECOND\n"
        "done, made = lazy_re.compiled_count()\n"
        "print(done, made, _BEFORE_SECOND.is_compiled, 'usaddress' in sys.modules)"
    )
    done, made, night, usaddress = out.split()
    assert int(made) > 400
    assert int(done) <= 5
    assert night == "False"  # 20,000 characters of month and weekday names
    assert usaddress == "False"  # a CRF model, for the few US addresses no rule places


def test_the_forkserver_compiles_every_pattern_before_forking() -> None:
    # its children inherit them compiled, as they did when modules compiled them at import
    out = _run(
        "import sys, pipeline.extract.reader.warm\n"
        "from pipeline.extract.reader import lazy_re\n"
        "done, made = lazy_re.compiled_count()\n"
        "print(done == made, 'usaddress' in sys.modules)"
    )
    assert out == "True True"


@pytest.mark.parametrize(
    ("pattern", "flags", "text"),
    [
        (r"(?P<h>\d\d?):(?P<m>\d\d)", 0, "Call 7:30, wrap 19:45"),
        (r"\bcrew\s+call\b", re.I, "CREW CALL 07:00 / crew  call"),
        (r"[,;]\s*", 0, "a, b;c"),
    ],
)
def test_a_lazy_pattern_reads_as_the_compiled_one(pattern: str, flags: int, text: str) -> None:
    compiled = re.compile(pattern, flags)
    for first in ("search", "pattern", "sub"):  # whatever is asked first compiles it
        p = lazy(pattern, flags)
        assert isinstance(p, LazyPattern)
        getattr(p, first)
        assert p.pattern == compiled.pattern
        assert [m.span() for m in p.finditer(text)] == [m.span() for m in compiled.finditer(text)]
        assert p.findall(text) == compiled.findall(text)
        assert p.sub("_", text) == compiled.sub("_", text)
        assert p.split(text) == compiled.split(text)
        assert bool(p.match(text)) == bool(compiled.match(text))
        assert bool(p.fullmatch(text)) == bool(compiled.fullmatch(text))
        assert (p.flags, p.groups, p.groupindex) == (
            compiled.flags,
            compiled.groups,
            compiled.groupindex,
        )
        assert p.compiled is re.compile(pattern, flags)  # re's own cache: the same object


def test_a_lazy_pattern_compiles_on_first_use_only() -> None:
    p = LazyPattern(r"unused-\d+-pattern")
    assert not p.is_compiled  # its source is there: other patterns are built from it
    assert p.pattern == r"unused-\d+-pattern"
    assert p.search("an unused-12-pattern")
    assert p.is_compiled
    assert "search" in vars(p)  # later calls go straight to the compiled pattern's method
    q = LazyPattern(r"another-\d+")
    assert compile_all() >= 1
    assert q.is_compiled
    with pytest.raises(AttributeError):
        _ = p.no_such_method
