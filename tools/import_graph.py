"""Print which of the product's apps import which, and the cycles among them.

    python -m tools.import_graph [--modules]

Reads the source with `ast` (nothing is imported or run). Migrations and
management commands count; tests don't (a test may reach into anything).
Output is `name: value` lines, then one `app -> app (n modules)` line per arrow,
then the pairs of apps that import each other and the groups bound in a loop.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPS = ("afterword", "column", "discussion", "people", "safety", "moving", "circles", "search")


def _app_of(module: str) -> str | None:
    head = module.split(".", 1)[0]
    return head if head in APPS else None


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    here = _module_name(path).split(".")
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against this package
                package = here[: len(here) - node.level + (path.name == "__init__.py")]
                base = ".".join(package + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            found.add(base)
    return found


def product_files() -> list[Path]:
    files = []
    for app in APPS:
        folder = ROOT / app
        if not folder.is_dir():
            continue
        for path in folder.rglob("*.py"):
            if "tests" in path.relative_to(folder).parts:
                continue
            files.append(path)
    return sorted(files)


def graph() -> dict[tuple[str, str], list[str]]:
    """(importer app, imported app) -> the importing modules."""
    edges: dict[tuple[str, str], list[str]] = defaultdict(list)
    for path in product_files():
        source = _module_name(path)
        own = _app_of(source)
        for target in imports_of(path):
            other = _app_of(target)
            if other and other != own:
                edges[(own, other)].append(source)
    return edges


def two_way(edges) -> list[tuple[str, str]]:
    """Pairs of apps that import each other."""
    return sorted((a, b) for a, b in edges if a < b and (b, a) in edges)


def tangles(edges) -> list[list[str]]:
    """Groups of apps bound in a loop (strongly connected, more than one app)."""
    nexts = defaultdict(set)
    for a, b in edges:
        nexts[a].add(b)
    apps = sorted({app for edge in edges for app in edge})

    def reach(start: str) -> set[str]:
        seen, todo = set(), [start]
        while todo:
            for following in nexts[todo.pop()]:
                if following not in seen:
                    seen.add(following)
                    todo.append(following)
        return seen

    reached = {app: reach(app) for app in apps}
    groups = []
    for app in apps:
        group = sorted(other for other in apps if other in reached[app] and app in reached[other])
        if len(group) > 1 and group not in groups:
            groups.append(group)
    return groups


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--modules", action="store_true", help="name the importing modules")
    args = parser.parse_args(argv)
    edges = graph()
    pairs, groups = two_way(edges), tangles(edges)
    print(f"arrows: {len(edges)}")
    print(f"two_way_pairs: {len(pairs)}")
    print(f"apps_in_loops: {sum(len(group) for group in groups)}")
    for (a, b), modules in sorted(edges.items()):
        print(f"{a} -> {b} ({len(modules)})")
        if args.modules:
            for module in sorted(set(modules)):
                print(f"    {module}")
    for a, b in pairs:
        print(f"both ways: {a} <-> {b}")
    for group in groups:
        print("loop: " + ", ".join(group))
    return 0


if __name__ == "__main__":
    sys.exit(main())
