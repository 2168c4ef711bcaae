"""Imports belong at the top of a module: an import inside a function is an exception.

Each one left says why, in a comment on its line or on the line just above (``# noqa``
alone is no reason), and there are at most ``MAX_FUNCTION_IMPORTS`` of them in the apps.
A cycle between modules is fixed by moving code (see docs/architecture.md), not by hiding
an import in a function.
"""

import ast
import io
import re
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = (
    "config",
    "demo",
    "search",
    "experiences",
    "projects",
    "library",
    "events",
    "actors",
    "territories",
    "network",
)
MAX_FUNCTION_IMPORTS = 20
NOQA = re.compile(r"noqa(:\s*[A-Z]+\d+(\s*,\s*[A-Z]+\d+)*)?", re.IGNORECASE)


def _sources():
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path


def _reasons(source: str) -> dict[int, str]:
    """Line number -> the comment's text on that line, without ``noqa`` directives."""
    reasons = {}
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT:
            text = NOQA.sub("", token.string.lstrip("#")).strip(" -—–:;,()")
            reasons[token.start[0]] = text
    return reasons


def imports_in(source: str) -> list[tuple[int, str, str]]:
    """(line, statement, reason) of every import inside a function of ``source``, once each
    (a nested function's too); the reason is "" when there is none."""
    lines = source.splitlines()
    reasons = _reasons(source)
    found = {}
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for inner in ast.walk(node):
            if isinstance(inner, ast.Import | ast.ImportFrom) and inner.lineno not in found:
                own = [reasons.get(n) for n in range(inner.lineno, inner.end_lineno + 1)]
                above = inner.lineno - 1
                if above >= 1 and lines[above - 1].strip().startswith("#"):
                    own.append(reasons.get(above))
                reason = next((text for text in own if text), "")
                found[inner.lineno] = (inner.lineno, lines[inner.lineno - 1].strip(), reason)
    return sorted(found.values())


def function_imports():
    """(path, line, statement, reason) of every import inside a function of the apps."""
    for path in _sources():
        for line, statement, reason in imports_in(path.read_text()):
            yield path.relative_to(ROOT), line, statement, reason


def test_function_imports_are_few():
    found = list(function_imports())
    listing = "\n".join(f"{path}:{line}: {statement}" for path, line, statement, _ in found)
    assert len(found) <= MAX_FUNCTION_IMPORTS, (
        f"{len(found)} imports inside functions (at most {MAX_FUNCTION_IMPORTS}): move them "
        f"to the top of their module, fixing the cycle if there is one.\n{listing}"
    )


def test_each_function_import_says_why():
    silent = [
        f"{path}:{line}: {statement}"
        for path, line, statement, reason in function_imports()
        if not reason
    ]
    assert not silent, "imports inside functions without a comment saying why:\n" + "\n".join(
        silent
    )


def test_the_counter_sees_them():
    """Nested functions count, each import once; ``noqa`` alone is no reason, a comment on
    the line or the line above is; module-level imports do not count."""
    source = (
        "import sys\n"
        "def f():\n"
        "    def g():\n"
        "        import os  # noqa: F401\n"
        "    # the parser is slow to import\n"
        "    import re\n"
        "    from json import (  # noqa: F401 – loaded on demand\n"
        "        dumps,\n"
        "    )\n"
    )
    assert imports_in(source) == [
        (4, "import os  # noqa: F401", ""),
        (6, "import re", "the parser is slow to import"),
        (7, "from json import (  # noqa: F401 – loaded on demand", "loaded on demand"),
    ]
