"""DESIGN's rule: the web server never imports llmvpn.crypto or llmvpn.storage, directly or not.

Only the key server may decrypt provider keys; keeping those packages out of web/'s import graph makes
the promise checkable.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import llmvpn.web

FORBIDDEN = ("llmvpn.crypto", "llmvpn.storage")
WEB = Path(llmvpn.web.__file__).parent
MODULES = sorted(WEB.rglob("*.py"))


def _module_name(path: Path) -> str:
    parts = path.relative_to(WEB.parent.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports_in(source: str, package: str) -> set[str]:
    """Every module `source` (a module of `package`) names in an import, relative ones made absolute."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                anchor = parts[: len(parts) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def _imports(path: Path) -> set[str]:
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    return _imports_in(path.read_text(), package)


def _forbidden(name: str) -> bool:
    return any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN)


def test_there_are_web_modules_to_check() -> None:
    assert len(MODULES) >= 5


def test_no_web_module_imports_crypto_or_storage() -> None:
    offenders = {str(path.relative_to(WEB)): sorted(n for n in _imports(path) if _forbidden(n))
                 for path in MODULES}
    assert {path: names for path, names in offenders.items() if names} == {}


def test_relative_imports_are_resolved() -> None:
    # The checker itself: inside llmvpn/web/routes, `...` is llmvpn.
    found = _imports_in("from ...crypto import envelope\nfrom ... import storage\n", "llmvpn.web.routes")
    assert {"llmvpn.crypto", "llmvpn.storage"} <= found


def test_importing_the_web_server_loads_neither_transitively() -> None:
    modules = [_module_name(path) for path in MODULES if path.name != "__main__.py"]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        f"print(sorted(m for m in sys.modules if m.startswith({FORBIDDEN!r})))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
