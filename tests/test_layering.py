"""The layering of the package holds: Qt only in the Qt layer, arrows pointing down, no import circles."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "csod_desktop"


def test_import_linter_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 2 kept, 0 broken" in result.stdout


def test_core_imports_without_qt():
    """The Qt-free packages import in a process where PySide6 cannot be imported at all."""
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'PySide6' or name.startswith('PySide6.'):\n"
        "            raise ImportError('PySide6 is blocked in this test')\n"
        "sys.meta_path.insert(0, Block())\n"
        "import pkgutil, importlib, csod_desktop\n"
        "for mod in pkgutil.walk_packages(csod_desktop.__path__, 'csod_desktop.'):\n"
        "    top = mod.name.split('.')[1]\n"
        "    if top in ('ui', 'workers', 'app', 'resources'):\n"
        "        continue\n"
        "    importlib.import_module(mod.name)\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("ok")


def test_the_qt_contract_has_no_hole_but_the_lazy_demo_import():
    """Without ``allow_indirect_imports`` any path from the CLI or the services to Qt breaks the contract;
    the one path allowed is named."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    assert not any("allow_indirect_imports" in contract for contract in contracts)
    (qt,) = [c for c in contracts if c.get("forbidden_modules") == ["PySide6"]]
    assert qt["ignore_imports"] == ["csod_desktop.cli.demo_cmd -> csod_desktop.app"]


def _imports(tree: ast.Module) -> list[tuple[str, ast.ImportFrom | None]]:
    """Every import of a module, inside functions too (a lazy import that dodges a circle is still one),
    but not those under ``if TYPE_CHECKING`` (they bind nothing at run time)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            node.body = []
    out: list[tuple[str, ast.ImportFrom | None]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(alias.name, None) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            out.append((node.module or "", node))
    return out


def import_graph() -> dict[str, set[str]]:
    modules = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    edges: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = path.name == "__init__.py"
        for target, node in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            if node is not None and node.level:
                base = name.split(".") if package else name.split(".")[:-1]
                target = ".".join(base[: len(base) - node.level + 1] + ([target] if target else []))
            if not target.startswith("csod_desktop"):
                continue
            for candidate in [target] + ([f"{target}.{a.name}" for a in node.names] if node is not None else []):
                while candidate and candidate not in modules:
                    candidate = candidate.rpartition(".")[0]
                if candidate and candidate != name and not name.startswith(candidate + "."):
                    edges[name].add(candidate)
    return edges


def circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of two or more modules (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in edges:
        if v not in index:
            visit(v)
    return found


def test_no_import_circle_between_modules():
    assert circles(import_graph()) == []


def test_the_circle_check_sees_a_circle():
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
